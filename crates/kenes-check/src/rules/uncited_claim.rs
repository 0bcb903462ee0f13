//! K114 uncited-claim: a claim that no entity cites.
//!
//! A claim is evidence for facts; one that no actor, event, composition or
//! other entity names in its `claims` supports nothing in the model. It may be
//! a passage encoded for later, or a fact whose `claims` forgot it. A note.
//!
//! # Example
//!
//! ```toml
//! [[claim]]
//! id = "c.unused"          # K114 (note): no entity has "c.unused" in its claims
//! source = "src.paper"
//! ```

use kenes_model::{ClaimId, Diagnostic, Model, Severity};

use crate::rules::codes::UNCITED_CLAIM;
use crate::support::at;

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    // Whether an id is cited, by the position of the entity it names: an id
    // that names no entity cannot be a claim's.
    let mut cited = vec![false; model.entity_count()];
    let mut cite = |id: &kenes_model::Id| {
        if let Some(ordinal) = model.ordinal(id) {
            cited[ordinal] = true;
        }
    };
    for entity in model.entities() {
        entity
            .origin()
            .claims()
            .iter()
            .for_each(|claim| cite(claim.id()));
    }
    for reading in model.readings() {
        reading
            .alternatives()
            .iter()
            .filter_map(|id| model.claim(&ClaimId::from(id.clone())))
            .for_each(|claim| cite(claim.id().id()));
    }
    let is_cited = |id: &kenes_model::Id| model.ordinal(id).is_some_and(|ordinal| cited[ordinal]);
    for claim in model.claims().iter().filter(|c| !is_cited(c.id().id())) {
        findings.push(Diagnostic::new(
            UNCITED_CLAIM,
            Severity::Note,
            "no entity cites this claim, so it supports nothing in the model",
            at(claim.id().id(), claim.origin(), "id"),
        ));
    }
}
