//! Findings for people and for programs: the human form shows the offending
//! line under a `file:line:column` header, the JSON form gives every field.

use std::fmt::Write;

use kenes_model::{Diagnostic, Location, Model, Severity, Span};
use schemars::JsonSchema;
use serde::Serialize;

/// A finding's place as data: file, 1-based line and column, and the entity.
#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonLocation {
    pub entity: Option<String>,
    pub file: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub end_line: Option<usize>,
    pub end_column: Option<usize>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonRelated {
    pub label: String,
    #[serde(flatten)]
    pub location: JsonLocation,
}

/// One finding as data.
#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonFinding {
    pub code: &'static str,
    pub severity: &'static str,
    pub message: String,
    #[serde(flatten)]
    pub location: JsonLocation,
    pub notes: Vec<String>,
    pub related: Vec<JsonRelated>,
}

pub fn json_location(model: &Model, location: &Location) -> JsonLocation {
    let mut out = JsonLocation {
        entity: location.entity.as_ref().map(|e| e.to_string()),
        file: None,
        line: None,
        column: None,
        end_line: None,
        end_column: None,
    };
    if let Some(span) = location.span {
        let file = model.files().get(span.file());
        let (start, end) = (
            file.line_column(span.range().start),
            file.line_column(span.range().end),
        );
        out.file = Some(file.path().display().to_string());
        (out.line, out.column, out.end_line, out.end_column) = (
            Some(start.line),
            Some(start.column),
            Some(end.line),
            Some(end.column),
        );
    }
    out
}

pub fn json_finding(model: &Model, diagnostic: &Diagnostic) -> JsonFinding {
    JsonFinding {
        code: diagnostic.code(),
        severity: diagnostic.severity().as_str(),
        message: diagnostic.message().to_owned(),
        location: json_location(model, diagnostic.location()),
        notes: diagnostic.notes().to_vec(),
        related: diagnostic
            .related()
            .iter()
            .map(|(l, label)| JsonRelated {
                label: label.clone(),
                location: json_location(model, l),
            })
            .collect(),
    }
}

/// `path:line:column`, with the entity after it when there is one.
pub fn place(model: &Model, location: &Location) -> String {
    let at = location.span.map(|span| span_header(model, span));
    match (at, &location.entity) {
        (Some(at), Some(entity)) => format!("{at} ({entity})"),
        (Some(at), None) => at,
        (None, Some(entity)) => format!("entity {entity}"),
        (None, None) => "the model".to_owned(),
    }
}

fn span_header(model: &Model, span: Span) -> String {
    let file = model.files().get(span.file());
    let at = file.line_column(span.range().start);
    format!("{}:{}:{}", file.path().display(), at.line, at.column)
}

/// The offending line of a span with a caret under its start.
fn excerpt(model: &Model, span: Span, out: &mut String) {
    let file = model.files().get(span.file());
    let at = file.line_column(span.range().start);
    let text = file.line_text(at.line);
    let gutter = at.line.to_string().len();
    let shown: String = text.chars().take(160).collect();
    let _ = writeln!(out, "{:gutter$} |", "");
    let _ = writeln!(out, "{} | {shown}", at.line);
    let _ = writeln!(
        out,
        "{:gutter$} | {}^",
        "",
        " ".repeat(at.column.saturating_sub(1).min(160))
    );
}

/// A finding as a person reads it.
pub fn human(model: &Model, diagnostic: &Diagnostic) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}[{}]: {}",
        diagnostic.severity().as_str(),
        diagnostic.code(),
        diagnostic.message()
    );
    let _ = writeln!(out, "  --> {}", place(model, diagnostic.location()));
    if let Some(span) = diagnostic.location().span {
        excerpt(model, span, &mut out);
    }
    for (location, label) in diagnostic.related() {
        let _ = writeln!(out, "  = {label}: {}", place(model, location));
    }
    for note in diagnostic.notes() {
        let _ = writeln!(out, "  = note: {note}");
    }
    out
}

/// Counts of findings by severity.
#[derive(Debug, Default, Serialize, JsonSchema, Clone, Copy)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
}

impl Summary {
    pub fn of(diagnostics: &[Diagnostic]) -> Summary {
        let count = |s| diagnostics.iter().filter(|d| d.severity() == s).count();
        Summary {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            notes: count(Severity::Note),
        }
    }
    pub fn line(&self) -> String {
        let count = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        format!(
            "{}, {}, {}",
            count(self.errors, "error"),
            count(self.warnings, "warning"),
            count(self.notes, "note")
        )
    }
}
