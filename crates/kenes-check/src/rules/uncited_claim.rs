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

use std::collections::HashSet;

use kenes_model::{ClaimId, Diagnostic, Model, Severity};

use crate::rules::codes::UNCITED_CLAIM;
use crate::support::at;

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    let mut cited: HashSet<&ClaimId> = HashSet::new();
    for entity in model.entities() {
        cited.extend(entity.origin().claims());
    }
    for reading in model.readings() {
        cited.extend(
            reading
                .alternatives()
                .iter()
                .filter_map(|id| model.claim(&ClaimId::from(id.clone())))
                .map(|c| c.id()),
        );
    }
    for claim in model.claims().iter().filter(|c| !cited.contains(c.id())) {
        findings.push(Diagnostic::new(
            UNCITED_CLAIM,
            Severity::Note,
            "no entity cites this claim, so it supports nothing in the model",
            at(claim.id().id(), claim.origin(), "id"),
        ));
    }
}
