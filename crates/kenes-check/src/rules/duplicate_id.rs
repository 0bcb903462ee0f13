//! K102 duplicate-id: two entities (of any kinds) share one id.
//!
//! All ids share one namespace, so that a reference, a `kenes show ID` or a
//! reading can name an entity alone. The model keeps the first entity under a
//! duplicate id and every reference resolves to it; the second is unreachable
//! and its facts vanish from derived views. The finding points at the second
//! entity and names the first.
//!
//! # Example
//!
//! ```toml
//! [[actor]]
//! id = "org.turan"
//! # …
//! [[body]]
//! id = "org.turan"     # K102: the id `org.turan` is also an actor's
//! ```

use kenes_model::diagnostic::code;
use kenes_model::{Diagnostic, Entity, Location, Model, Severity};

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    // The model's index keeps the first entity of each id, in the order of
    // `entities()`, and notes every other one while it is built.
    for entity in model.duplicates() {
        if let Some(first) = model.get(entity.id())
            && !std::ptr::eq(first.origin(), entity.origin())
        {
            findings.push(duplicate(&entity, &first));
        }
    }
}

fn duplicate(second: &Entity<'_>, first: &Entity<'_>) -> Diagnostic {
    let id = second.id();
    let message = format!(
        "the id `{id}` of this {} is already the id of {} {}",
        second.kind().as_str(),
        if first.kind().as_str().starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        },
        first.kind().as_str()
    );
    Diagnostic::new(
        code::DUPLICATE_ID,
        Severity::Error,
        message,
        Location::entity(id.clone(), second.origin().span()),
    )
    .with_note("references resolve to the first entity; this one cannot be reached")
    .with_related(
        Location::entity(id.clone(), first.origin().span()),
        format!("the first {} with this id", first.kind().as_str()),
    )
}
