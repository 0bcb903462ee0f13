//! K110 fact-without-claim: a fact that rests on no claim.
//!
//! The first principle of kenes is that every fact is a claim by a source.
//! An event, a composition, a proposal, a stance, a vote or a population
//! figure without `claims` is the editor's word alone: nothing lets a reader
//! check it against a passage. Actors, places, bodies and issues are the
//! model's vocabulary and are not required to cite. This is a warning.
//!
//! # Example
//!
//! ```toml
//! [[event]]
//! id = "ev.tashkent-fighting"
//! kind = "fighting"
//! date = "1917-10-28/1917-11-01"   # K110: no `claims`
//! ```

use kenes_model::{Diagnostic, Entity, Model, Severity};

use crate::rules::codes::FACT_WITHOUT_CLAIM;

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    for entity in model.entities().filter(is_fact) {
        if entity.origin().claims().is_empty() {
            let message = format!(
                "this {} rests on no claim: no passage of a source attests it",
                entity.kind().as_str()
            );
            let location =
                kenes_model::Location::entity(entity.id().clone(), entity.origin().span());
            findings.push(
                Diagnostic::new(FACT_WITHOUT_CLAIM, Severity::Warning, message, location)
                    .with_note("add `claims` naming the claims whose passages attest it"),
            );
        }
    }
}

fn is_fact(entity: &Entity<'_>) -> bool {
    matches!(
        entity,
        Entity::Event(_)
            | Entity::Composition(_)
            | Entity::Proposal(_)
            | Entity::Stance(_)
            | Entity::Vote(_)
            | Entity::Population(_)
    )
}
