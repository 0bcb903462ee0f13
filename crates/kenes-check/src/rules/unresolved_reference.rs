//! K101 unresolved-reference: an id that an entity names does not resolve to
//! an entity of the kind the key takes.
//!
//! A model is a web of ids: a claim names its source, an event the body that
//! met, a composition the body or proposal it belongs to. An id that names
//! nothing (a typo, an entity never written) or an entity of the wrong kind
//! (a place where an actor is expected) silently drops a fact from every
//! derived view, so it is an error. The finding says which kind was expected
//! and suggests the nearest existing id of that kind.
//!
//! Also checked here: a reading adopts only among its own alternatives, and a
//! `body-formed` effect's composition belongs to the body it forms.
//!
//! # Example
//!
//! ```toml
//! [[composition]]
//! id = "comp.rec"
//! of = "body.regional-executive-comitee"   # K101: no entity has this id;
//!                                          # did you mean `body.regional-executive-committee`?
//! ```

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::OnceLock;

use rayon::prelude::*;

use kenes_model::diagnostic::code;
use kenes_model::{Diagnostic, Entity, EntityKind, Id, Location, Model, Severity};

use super::references::{Reference, references};
use crate::support::at;

const MAX_SUGGESTIONS: usize = 1000;

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    let candidates = Candidates::new(model);
    // millions of lookups, each a few cache misses: spread over the cores;
    // the suggestions come after, in order, so that the same ones are made
    // on every run
    let entities: Vec<Entity<'_>> = model.entities().collect();
    let found: Vec<(Diagnostic, Option<Reference<'_>>)> = entities
        .par_iter()
        .flat_map_iter(|entity| {
            let mut found = Vec::new();
            for reference in references(entity) {
                let location = || at(entity.id(), entity.origin(), reference.key);
                if let Some(finding) = unresolved(model, &reference, location) {
                    found.push((finding, Some(reference)));
                }
            }
            let mut others = Vec::new();
            check_reading(entity, &mut others);
            check_formed_composition(model, entity, &mut others);
            found.extend(others.into_iter().map(|finding| (finding, None)));
            found
        })
        .collect();
    for (finding, reference) in found {
        findings.push(match reference {
            Some(reference) => suggest(finding, &reference, &candidates),
            None => finding,
        });
    }
    check_relaying_work(model, &candidates, findings);
}

/// The finding for one reference, if it does not resolve to an expected kind.
fn unresolved(
    model: &Model,
    reference: &Reference<'_>,
    location: impl FnOnce() -> Location,
) -> Option<Diagnostic> {
    let target = reference.target;
    let found = model.get(target);
    if found.is_some_and(|found| reference.expected.contains(&found.kind())) {
        return None;
    }
    let expected = expected_kinds(reference.expected);
    let message = match found {
        Some(found) => format!(
            "`{}` names `{target}`, which is {} {}; expected {expected}",
            reference.key,
            article(found.kind().as_str()),
            found.kind().as_str()
        ),
        None => format!(
            "`{}` names `{target}`, but no entity has that id; expected {expected}",
            reference.key
        ),
    };
    Some(Diagnostic::new(
        code::UNRESOLVED_REFERENCE,
        Severity::Error,
        message,
        location(),
    ))
}

/// The finding with the id it likely meant, if one is near.
fn suggest(
    finding: Diagnostic,
    reference: &Reference<'_>,
    candidates: &Candidates<'_>,
) -> Diagnostic {
    match candidates.nearest(reference.target, reference.expected) {
        Some(nearest) => finding.with_note(format!("did you mean `{nearest}`?")),
        None => finding,
    }
}

fn check_reading(entity: &Entity<'_>, findings: &mut Vec<Diagnostic>) {
    let Entity::Reading(reading) = entity else {
        return;
    };
    for adopted in reading.adopted() {
        if !reading.alternatives().contains(adopted) {
            let finding = Diagnostic::new(
                code::UNRESOLVED_REFERENCE,
                Severity::Error,
                format!("reading adopts `{adopted}`, which is not among its alternatives"),
                at(entity.id(), entity.origin(), "adopted"),
            )
            .with_note("a reading chooses among its `alternatives`; add it there or fix the id");
            findings.push(finding);
        }
    }
}

fn check_formed_composition(model: &Model, entity: &Entity<'_>, findings: &mut Vec<Diagnostic>) {
    let Entity::Event(event) = entity else {
        return;
    };
    for effect in event.effects() {
        let kenes_model::Effect::BodyFormed {
            body,
            composition: Some(composition),
        } = effect
        else {
            continue;
        };
        let Some(found) = model.composition(composition) else {
            continue;
        };
        if found.of() != body.id() {
            findings.push(Diagnostic::new(
                code::UNRESOLVED_REFERENCE,
                Severity::Error,
                format!(
                    "`body-formed` forms `{body}` with composition `{composition}`, \
                     which is a composition of `{}`",
                    found.of()
                ),
                at(entity.id(), entity.origin(), "effects"),
            ));
        }
    }
}

fn check_relaying_work(model: &Model, candidates: &Candidates<'_>, findings: &mut Vec<Diagnostic>) {
    let meta = model.meta();
    let Some(work) = &meta.relaying_work else {
        return;
    };
    let reference = Reference {
        key: "relaying_work",
        target: work.id(),
        expected: &[EntityKind::Source],
    };
    let location = Location {
        span: meta.origin.field_span("relaying_work"),
        entity: None,
    };
    if let Some(finding) = unresolved(model, &reference, || location) {
        findings.push(suggest(finding, &reference, candidates));
    }
}

fn expected_kinds(kinds: &[EntityKind]) -> String {
    let names: Vec<String> = kinds
        .iter()
        .map(|k| format!("{} {}", article(k.as_str()), k.as_str()))
        .collect();
    names.join(" or ")
}

fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// Every id of the model by kind, gathered once, on the first suggestion asked.
struct Candidates<'m> {
    model: &'m Model,
    by_kind: OnceLock<HashMap<EntityKind, Vec<&'m Id>>>,
    asked: Cell<usize>,
}

impl<'m> Candidates<'m> {
    fn new(model: &'m Model) -> Candidates<'m> {
        Candidates {
            model,
            by_kind: OnceLock::new(),
            asked: Cell::new(0),
        }
    }

    /// The id of an expected kind nearest to `target`, if one is near enough
    /// to be a likely typo. Only the first [`MAX_SUGGESTIONS`] are computed,
    /// so that a model full of broken ids is still checked quickly.
    fn nearest(&self, target: &Id, kinds: &[EntityKind]) -> Option<&'m Id> {
        self.asked.set(self.asked.get() + 1);
        if self.asked.get() > MAX_SUGGESTIONS {
            return None;
        }
        let by_kind = self.by_kind.get_or_init(|| self.gather());
        let wanted = target.as_str();
        kinds
            .iter()
            .filter_map(|kind| by_kind.get(kind))
            .flatten()
            .filter(|id| id.as_str() != wanted)
            .map(|id| (strsim::levenshtein(wanted, id.as_str()), *id))
            .filter(|(distance, _)| *distance <= wanted.chars().count().div_ceil(3).max(2))
            .min()
            .map(|(_, id)| id)
    }

    fn gather(&self) -> HashMap<EntityKind, Vec<&'m Id>> {
        let mut by_kind: HashMap<EntityKind, Vec<&'m Id>> = HashMap::new();
        for entity in self.model.entities() {
            by_kind.entry(entity.kind()).or_default().push(entity.id());
        }
        by_kind
    }
}
