//! The whole resolved model as one JSON document: every entity, every claim
//! with its passage, both calendar renderings of each date, and all findings.
//! The schema is versioned (`format_version`) and published as a JSON Schema
//! in docs/export.schema.json, which a test keeps equal to what the code makes.

pub mod entities;
pub mod institutions;

use kenes_model::{Diagnostic, Model};
use schemars::JsonSchema;
use serde::Serialize;

use crate::render::{JsonFinding, Summary, json_finding};
use entities::*;
use institutions::*;
use kenes_web::json::JsonDate;

/// The name of the export format.
pub const FORMAT: &str = "kenes-export";
/// Raised on any change that a reader of the previous version could misread.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonCalendar {
    /// The calendar of dates that do not state one.
    pub default: &'static str,
    /// `stated` or `inferred` (recorded once for the whole model).
    pub basis: &'static str,
    pub reason: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonModelMeta {
    pub id: String,
    pub version: String,
    pub title: Vec<JsonName>,
    pub description: Option<String>,
    pub period: Option<JsonDate>,
    pub calendar: JsonCalendar,
    pub relaying_work: Option<String>,
}

/// A kenes export document.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Export {
    /// Always "kenes-export".
    pub format: &'static str,
    pub format_version: u32,
    /// The program that wrote it ("kenes 0.1.0").
    pub generator: String,
    pub model: JsonModelMeta,
    pub actors: Vec<JsonActor>,
    pub places: Vec<JsonPlace>,
    pub sources: Vec<JsonSource>,
    pub claims: Vec<JsonClaim>,
    pub readings: Vec<JsonReading>,
    pub bodies: Vec<JsonBody>,
    pub compositions: Vec<JsonComposition>,
    pub proposals: Vec<JsonProposal>,
    pub events: Vec<JsonEvent>,
    pub issues: Vec<JsonIssue>,
    pub stances: Vec<JsonStance>,
    pub votes: Vec<JsonVote>,
    pub populations: Vec<JsonPopulation>,
    pub summary: Summary,
    pub findings: Vec<JsonFinding>,
}

fn meta(model: &Model) -> JsonModelMeta {
    let meta = model.meta();
    let calendar = &meta.calendar;
    JsonModelMeta {
        id: meta.id.clone(),
        version: meta.version.clone(),
        title: names(&meta.title),
        description: meta.description.clone(),
        period: JsonDate::opt(meta.period.as_ref()),
        calendar: JsonCalendar {
            default: calendar.calendar().as_str(),
            basis: match calendar.basis() {
                kenes_model::date::CalendarBasis::Stated => "stated",
                kenes_model::date::CalendarBasis::Inferred => "inferred",
            },
            reason: calendar.reason().map(str::to_owned),
        },
        relaying_work: meta.relaying_work.as_ref().map(ToString::to_string),
    }
}

/// Builds the export document of a model and its findings.
pub fn export(model: &Model, findings: &[Diagnostic]) -> Export {
    Export {
        format: FORMAT,
        format_version: FORMAT_VERSION,
        generator: format!("kenes {}", env!("CARGO_PKG_VERSION")),
        model: meta(model),
        actors: model.actors().iter().map(actor).collect(),
        places: model.places().iter().map(place).collect(),
        sources: model.sources().iter().map(source).collect(),
        claims: model.claims().iter().map(claim).collect(),
        readings: model.readings().iter().map(reading).collect(),
        bodies: model.bodies().iter().map(body).collect(),
        compositions: model.compositions().iter().map(composition).collect(),
        proposals: model.proposals().iter().map(proposal).collect(),
        events: model.events().iter().map(event).collect(),
        issues: model.issues().iter().map(issue).collect(),
        stances: model.stances().iter().map(stance).collect(),
        votes: model.votes().iter().map(vote).collect(),
        populations: model.populations().iter().map(population).collect(),
        summary: Summary::of(findings),
        findings: findings.iter().map(|d| json_finding(model, d)).collect(),
    }
}

/// The JSON Schema of the export document, pretty-printed.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Export);
    serde_json::to_string_pretty(&schema).expect("a schema always serialises") + "\n"
}
