//! Parsing of the manifest and of entity files: TOML text to raw structs (a
//! TOML or schema error becomes one finding at its span, with a "did you mean"
//! hint for unknown keys), then raw structs to entities.

use kenes_model::date::{Calendar, CalendarBasis};
use kenes_model::diagnostic::code;
use kenes_model::*;

use crate::convert::{CalendarDefault, Converter};
use crate::raw::{RawFile, RawManifest};
use crate::suggest::hint_unknown_field;
use crate::{entities, events};

/// Parses TOML into `T`, or gives the finding that explains why not. The
/// quick reader takes files in the plain shape; the `toml` crate reads the rest
/// and explains every error.
fn parse<T: serde::de::DeserializeOwned>(file: FileId, text: &str) -> Result<T, Box<Diagnostic>> {
    if let Some(value) = crate::quick::from_str(text) {
        return Ok(value);
    }
    toml::from_str(text).map_err(|error| {
        let span = Span::new(file, error.span().unwrap_or(0..0));
        let message = error.message().trim().to_owned();
        let unknown = message.starts_with("unknown field");
        let code = if unknown {
            code::UNKNOWN_KEY
        } else {
            code::UNPARSEABLE_FILE
        };
        let diagnostic =
            Diagnostic::new(code, Severity::Error, message.clone(), Location::span(span));
        Box::new(match hint_unknown_field(&message) {
            Some(hint) => diagnostic.with_note(hint),
            None => diagnostic,
        })
    })
}

fn fallback_meta() -> (ModelMeta, CalendarDefault) {
    let calendar = CalendarDefault {
        calendar: Calendar::Julian,
        basis: CalendarBasis::Inferred,
    };
    let meta = ModelMeta {
        id: "unnamed".to_owned(),
        title: Names::default(),
        version: "0".to_owned(),
        description: None,
        period: None,
        calendar: CalendarInference::new(calendar.calendar, calendar.basis, None),
        relaying_work: None,
        origin: Origin::default(),
    };
    (meta, calendar)
}

/// Reads the manifest; without a usable one the model still loads, with a
/// default of Julian dates (inferred) and a finding saying so.
pub fn read(manifest: Option<(FileId, &str)>) -> (ModelMeta, CalendarDefault, Vec<Diagnostic>) {
    let Some((file, text)) = manifest else {
        let (meta, calendar) = fallback_meta();
        let finding = Diagnostic::new(
            code::UNPARSEABLE_FILE,
            Severity::Error,
            "the model has no kenes.toml manifest",
            Location::default(),
        );
        return (meta, calendar, vec![finding]);
    };
    match parse::<RawManifest>(file, text) {
        Ok(raw) => convert_manifest(file, raw),
        Err(finding) => {
            let (meta, calendar) = fallback_meta();
            (
                meta,
                calendar,
                vec![
                    (*finding).with_note(
                        "dates are read as Julian (inferred) until the manifest is fixed",
                    ),
                ],
            )
        }
    }
}

fn convert_manifest(
    file: FileId,
    raw: RawManifest,
) -> (ModelMeta, CalendarDefault, Vec<Diagnostic>) {
    let provisional = CalendarDefault {
        calendar: Calendar::Julian,
        basis: CalendarBasis::Inferred,
    };
    let mut c = Converter::new(file, provisional);
    let calendar = c
        .keyword(
            &raw.calendar.default,
            "calendar",
            &["julian", "gregorian"],
            Calendar::parse,
        )
        .unwrap_or(Calendar::Julian);
    let basis = c
        .keyword(
            &raw.calendar.basis,
            "calendar basis",
            &["stated", "inferred"],
            |s| match s {
                "stated" => Some(CalendarBasis::Stated),
                "inferred" => Some(CalendarBasis::Inferred),
                _ => None,
            },
        )
        .unwrap_or(CalendarBasis::Inferred);
    let default = CalendarDefault { calendar, basis };
    let mut c2 = Converter::new(file, default);
    let m = &raw.model;
    let meta = ModelMeta {
        id: m.id.get_ref().clone(),
        title: c2.names(&m.title),
        version: m.version.get_ref().clone(),
        description: m.description.clone(),
        period: c2.opt_date(&m.period, None),
        calendar: CalendarInference::new(calendar, basis, raw.calendar.reason.clone()),
        relaying_work: c2.opt_id(&m.relaying_work),
        origin: Origin::new(None, Vec::new(), None).with_fields(&[
            ("relaying_work", c2.opt_span(&m.relaying_work)),
            ("period", c2.opt_span(&m.period)),
        ]),
    };
    let mut findings = c.diagnostics;
    findings.append(&mut c2.diagnostics);
    (meta, default, findings)
}

/// The entities of one file, converted, in file order, and what converting found.
#[derive(Default)]
pub struct FileEntities {
    entities: Entities,
    diagnostics: Vec<Diagnostic>,
}

pub fn convert_file(file: FileId, text: &str, calendar: CalendarDefault) -> FileEntities {
    let quick = crate::quick::raw_file(text).map(Ok);
    let raw: RawFile = match quick.unwrap_or_else(|| parse(file, text)) {
        Ok(raw) => raw,
        Err(finding) => {
            return FileEntities {
                diagnostics: vec![*finding],
                ..FileEntities::default()
            };
        }
    };
    let mut c = Converter::new(file, calendar);
    let entities = Entities {
        actors: raw
            .actor
            .iter()
            .filter_map(|r| entities::actor(&mut c, r))
            .collect(),
        places: raw
            .place
            .iter()
            .filter_map(|r| entities::place(&mut c, r))
            .collect(),
        sources: raw
            .source
            .iter()
            .filter_map(|r| entities::source(&mut c, r))
            .collect(),
        claims: raw
            .claim
            .into_iter()
            .filter_map(|r| entities::claim(&mut c, r))
            .collect(),
        readings: raw
            .reading
            .iter()
            .filter_map(|r| entities::reading(&mut c, r))
            .collect(),
        bodies: raw
            .body
            .iter()
            .filter_map(|r| entities::body(&mut c, r))
            .collect(),
        compositions: raw
            .composition
            .iter()
            .filter_map(|r| entities::composition(&mut c, r))
            .collect(),
        proposals: raw
            .proposal
            .iter()
            .filter_map(|r| entities::proposal(&mut c, r))
            .collect(),
        events: raw
            .event
            .iter()
            .filter_map(|r| events::event(&mut c, r))
            .collect(),
        issues: raw
            .issue
            .iter()
            .filter_map(|r| entities::issue(&mut c, r))
            .collect(),
        stances: raw
            .stance
            .iter()
            .filter_map(|r| entities::stance(&mut c, r))
            .collect(),
        votes: raw
            .vote
            .iter()
            .filter_map(|r| entities::vote(&mut c, r))
            .collect(),
        populations: raw
            .population
            .iter()
            .filter_map(|r| entities::population(&mut c, r))
            .collect(),
    };
    FileEntities {
        entities,
        diagnostics: c.diagnostics,
    }
}

impl FileEntities {
    /// Moves the entities into the builder and returns the file's findings.
    pub fn entities(&self) -> &Entities {
        &self.entities
    }

    pub fn add_to(mut self, builder: &mut ModelBuilder) -> Vec<Diagnostic> {
        builder.append(&mut self.entities);
        self.diagnostics
    }
}
