//! `/api/conflicts`: what the page shows, as JSON — the counts, the filter,
//! the findings by code with each rule's explanation, the sides of each
//! conflict with their claims, and every reading.

use kenes_model::{Claim, Diagnostic, Location, Model};
use serde::Serialize;

use super::catalogue::{Block, RuleDoc};
use super::gather::{Conflicts, Counts, FindingView, Group, ReadingView, Side};
use super::location_text;

#[derive(Debug, Serialize)]
pub struct ConflictsJson {
    /// Of all the findings, whatever the filter.
    pub counts: CountsJson,
    /// Of the findings shown.
    pub shown: CountsJson,
    pub filter: FilterJson,
    pub codes: Vec<CodeJson>,
    pub readings: Vec<ReadingJson>,
}

#[derive(Debug, Serialize)]
pub struct CountsJson {
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
}

#[derive(Debug, Serialize)]
pub struct FilterJson {
    pub severity: Option<&'static str>,
    pub code: Option<String>,
}

/// One code: the rule's explanation (English) and its findings.
#[derive(Debug, Serialize)]
pub struct CodeJson {
    pub code: &'static str,
    pub name: Option<&'static str>,
    pub summary: Option<&'static str>,
    pub severity: Option<String>,
    /// Paragraphs, and lists as their items, in Markdown as documented.
    pub finds: Vec<Vec<String>>,
    pub why: Option<String>,
    pub findings: Vec<FindingJson>,
}

#[derive(Debug, Serialize)]
pub struct FindingJson {
    /// Its place (from 1) among all the findings: `#finding-{number}` on the page.
    pub number: usize,
    pub code: &'static str,
    pub severity: &'static str,
    pub message: String,
    pub location: LocationJson,
    pub notes: Vec<String>,
    pub related: Vec<RelatedJson>,
    /// The sides it sets against each other, when no reading shows them.
    pub sides: Vec<SideJson>,
    /// The readings that decide its conflict.
    pub readings: Vec<String>,
    /// Readings about what it points at that it does not concern.
    pub mentioned: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct LocationJson {
    pub entity: Option<String>,
    pub file: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

#[derive(Debug, Serialize)]
pub struct RelatedJson {
    pub label: String,
    pub location: LocationJson,
}

#[derive(Debug, Serialize)]
pub struct SideJson {
    pub id: String,
    pub kind: Option<&'static str>,
    pub label: Option<String>,
    pub role: Option<String>,
    pub adopted: Option<bool>,
    pub facts: Vec<FactJson>,
    pub note: Option<String>,
    pub claims: Vec<ClaimJson>,
}

#[derive(Debug, Serialize)]
pub struct FactJson {
    pub key: &'static str,
    pub value: Option<String>,
    pub entity: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ClaimJson {
    pub id: String,
    pub passage: String,
    pub lang: String,
    pub translated: bool,
    pub english: String,
    pub source: String,
    pub source_label: Option<String>,
    pub via: Vec<String>,
    pub locator: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ReadingJson {
    pub id: String,
    pub question: String,
    pub adopted: Vec<String>,
    pub reason: String,
    pub alternatives: Vec<SideJson>,
    /// Claims the reading cites that no alternative rests on.
    pub cited: Vec<ClaimJson>,
}

impl ConflictsJson {
    pub fn of(model: &Model, conflicts: &Conflicts) -> ConflictsJson {
        ConflictsJson {
            counts: counts(&conflicts.counts),
            shown: counts(&conflicts.shown),
            filter: FilterJson {
                severity: conflicts.filter.severity.map(|s| s.as_str()),
                code: conflicts.filter.code.clone(),
            },
            codes: conflicts
                .groups
                .iter()
                .map(|g| code(model, conflicts, g))
                .collect(),
            readings: conflicts
                .readings
                .iter()
                .map(|r| reading(model, r))
                .collect(),
        }
    }
}

fn counts(counts: &Counts) -> CountsJson {
    CountsJson {
        errors: counts.errors,
        warnings: counts.warnings,
        notes: counts.notes,
    }
}

fn code(model: &Model, conflicts: &Conflicts, group: &Group) -> CodeJson {
    let doc: Option<&RuleDoc> = group.doc;
    CodeJson {
        code: group.code,
        name: doc.map(|d| d.name),
        summary: doc.map(|d| d.summary),
        severity: doc.and_then(|d| d.severity.clone()),
        finds: doc.map_or_else(Vec::new, |d| d.finds.iter().map(block).collect()),
        why: doc.and_then(|d| d.why.clone()),
        findings: group
            .findings
            .iter()
            .map(|f| finding(model, conflicts, f))
            .collect(),
    }
}

fn block(block: &Block) -> Vec<String> {
    match block {
        Block::Paragraph(text) => vec![text.clone()],
        Block::List(items) => items.clone(),
    }
}

fn finding(model: &Model, conflicts: &Conflicts, view: &FindingView) -> FindingJson {
    let finding: &Diagnostic = view.diagnostic;
    let reading_id = |&position: &usize| conflicts.readings[position].reading.id().to_string();
    FindingJson {
        number: view.number,
        code: finding.code(),
        severity: finding.severity().as_str(),
        message: finding.message().to_owned(),
        location: location(model, finding.location()),
        notes: finding.notes().to_vec(),
        related: finding
            .related()
            .iter()
            .map(|(at, label)| RelatedJson {
                label: label.clone(),
                location: location(model, at),
            })
            .collect(),
        sides: view.sides.iter().map(|s| side(model, s)).collect(),
        readings: view.readings.iter().map(reading_id).collect(),
        mentioned: view.mentioned.iter().map(reading_id).collect(),
    }
}

fn location(model: &Model, location: &Location) -> LocationJson {
    let place = location_text(model, location);
    LocationJson {
        entity: location.entity.as_ref().map(ToString::to_string),
        file: place.as_ref().map(|p| p.file.clone()),
        line: place.as_ref().map(|p| p.line),
        column: place.as_ref().map(|p| p.column),
    }
}

fn side(model: &Model, side: &Side) -> SideJson {
    SideJson {
        id: side.id.to_string(),
        kind: side.entity.as_ref().map(|e| e.kind().as_str()),
        label: side.entity.as_ref().map(|e| e.label().to_owned()),
        role: side.role.map(str::to_owned),
        adopted: side.adopted,
        facts: side
            .facts
            .iter()
            .map(|fact| FactJson {
                key: fact.key.as_str(),
                value: fact.value.clone(),
                entity: fact.entity.map(ToString::to_string),
            })
            .collect(),
        note: side.note.map(str::to_owned),
        claims: side.claims.iter().map(|c| claim(model, c)).collect(),
    }
}

fn claim(model: &Model, claim: &Claim) -> ClaimJson {
    let passage = claim.passage();
    ClaimJson {
        id: claim.id().to_string(),
        passage: passage.text().to_owned(),
        lang: passage.lang().to_string(),
        translated: passage.translated(),
        english: claim.english().to_owned(),
        source: claim.source().to_string(),
        source_label: model.source(claim.source()).map(|s| s.label().to_owned()),
        via: claim.via().iter().map(ToString::to_string).collect(),
        locator: claim.locator().map(str::to_owned),
    }
}

fn reading(model: &Model, view: &ReadingView) -> ReadingJson {
    let reading = view.reading;
    ReadingJson {
        id: reading.id().to_string(),
        question: reading.question().to_owned(),
        adopted: reading.adopted().iter().map(ToString::to_string).collect(),
        reason: reading.reason().to_owned(),
        alternatives: view.alternatives.iter().map(|s| side(model, s)).collect(),
        cited: view.cited.iter().map(|c| claim(model, c)).collect(),
    }
}
