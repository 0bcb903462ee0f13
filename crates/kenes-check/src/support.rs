//! Small helpers shared by the rules: where to point a finding, which sources
//! an entity rests on, and what the model's readings say about a conflict.

use std::collections::BTreeSet;

use kenes_model::{Id, Location, Model, Origin, Reading, SourceId};

/// The location of `key` of an entity (the whole entity when the key has no span).
pub fn at(id: &Id, origin: &Origin, key: &str) -> Location {
    Location::entity(id.clone(), origin.field_span(key))
}

/// The sources of the claims an entity rests on, in id order, without repeats.
pub fn sources_of<'m>(model: &'m Model, origin: &Origin) -> BTreeSet<&'m SourceId> {
    origin
        .claims()
        .iter()
        .filter_map(|claim| model.claim(claim))
        .map(|claim| claim.source())
        .collect()
}

/// The sources an entity rests on, as their citations: `[Наша газета, 1917. 8 ноябрь]`.
pub fn cite_sources(model: &Model, origin: &Origin) -> String {
    let labels: Vec<&str> = sources_of(model, origin)
        .into_iter()
        .map(|id| model.source(id).map_or(id.as_str(), |s| s.label()))
        .collect();
    if labels.is_empty() {
        "no cited source".to_owned()
    } else {
        labels.join("; ")
    }
}

/// Notes naming what each reading about any of `alternatives` adopts, and why.
pub fn reading_notes(model: &Model, alternatives: &[&Id]) -> Vec<String> {
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut notes = Vec::new();
    for reading in alternatives.iter().filter_map(|id| model.reading_about(id)) {
        if seen.insert(reading.id().as_str()) {
            notes.push(reading_note(reading));
        }
    }
    notes
}

fn reading_note(reading: &Reading) -> String {
    let adopted: Vec<String> = reading
        .adopted()
        .iter()
        .map(|id| format!("`{id}`"))
        .collect();
    format!(
        "reading `{}` adopts {}: {}",
        reading.id(),
        adopted.join(", "),
        reading.reason()
    )
}

/// Joins ids as a readable list: "`a`, `b` and `c`".
pub fn list_ids<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = ids.into_iter().map(|id| format!("`{id}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}
