//! Findings. Loading and checking never fail on content: they return the model
//! with a list of diagnostics, each with a stable code, a severity, a message,
//! a location and notes.

use crate::id::Id;
use crate::span::Span;

/// How serious a finding is. Only `Error` makes `kenes check` exit with 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Where a finding is: a span of a model file, an entity, or both.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub span: Option<Span>,
    pub entity: Option<Id>,
}

impl Location {
    pub fn span(span: Span) -> Location {
        Location {
            span: Some(span),
            entity: None,
        }
    }
    pub fn entity(entity: Id, span: Option<Span>) -> Location {
        Location {
            span,
            entity: Some(entity),
        }
    }
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    code: &'static str,
    severity: Severity,
    message: String,
    location: Location,
    notes: Vec<String>,
    related: Vec<(Location, String)>,
}

impl Diagnostic {
    /// `code` is stable: `K` and three digits (see docs/checks.md).
    pub fn new(
        code: &'static str,
        severity: Severity,
        message: impl Into<String>,
        location: Location,
    ) -> Diagnostic {
        Diagnostic {
            code,
            severity,
            message: message.into(),
            location,
            notes: Vec::new(),
            related: Vec::new(),
        }
    }
    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }
    /// Another place that takes part in the finding (the other claim of a conflict…).
    pub fn with_related(mut self, location: Location, label: impl Into<String>) -> Diagnostic {
        self.related.push((location, label.into()));
        self
    }
    pub fn code(&self) -> &'static str {
        self.code
    }
    pub fn severity(&self) -> Severity {
        self.severity
    }
    pub fn message(&self) -> &str {
        &self.message
    }
    pub fn location(&self) -> &Location {
        &self.location
    }
    pub fn notes(&self) -> &[String] {
        &self.notes
    }
    pub fn related(&self) -> &[(Location, String)] {
        &self.related
    }
}

/// The stable codes of findings. `K0xx` are found while loading files, `K1xx`
/// by the checker's rules (one module per rule in `kenes-check`).
pub mod code {
    /// A file cannot be read or is not valid TOML of the model's schema.
    pub const UNPARSEABLE_FILE: &str = "K001";
    /// A key that the format does not know.
    pub const UNKNOWN_KEY: &str = "K002";
    /// A value of the wrong form: a bad id, an unknown kind, a bad language tag.
    pub const INVALID_VALUE: &str = "K003";
    /// A source names a text file that is not in the model.
    pub const MISSING_TEXT: &str = "K004";
    pub const UNRESOLVED_REFERENCE: &str = "K101";
    pub const DUPLICATE_ID: &str = "K102";
    /// Invalid or impossible dates (unparseable ones are found while loading).
    pub const INVALID_DATE: &str = "K103";
    pub const PASSAGE_NOT_FOUND: &str = "K104";
    pub const SEATS_DO_NOT_ADD_UP: &str = "K105";
    pub const TALLY_DISAGREES_WITH_ATTENDANCE: &str = "K106";
    pub const SOURCES_DISAGREE: &str = "K107";
    pub const SOURCE_BEFORE_EVENT: &str = "K108";
    pub const EFFECT_BEFORE_BODY_EXISTS: &str = "K109";
}
