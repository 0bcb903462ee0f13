//! K111 name-spelled-two-ways: an actor's sources spell its name in more than
//! one way.
//!
//! Names are kept as each source spells them; a `variant` name records another
//! spelling met in a source (Шоқай, Чокаев, Шокай). That is no error, but a
//! historian wants to see it: a search for one spelling misses passages that
//! use the other, and a variant may be a misprint kept as printed. The note
//! lists every original and variant spelling.
//!
//! # Example
//!
//! ```toml
//! [[actor]]
//! id = "person.shokay"
//! names = [
//!   { text = "М. Шоқай", lang = "kk" },
//!   { text = "М. Чокаев", lang = "ru", kind = "variant" },   # K111 (note)
//! ]
//! ```

use kenes_model::{Diagnostic, Model, NameKind, Severity};

use crate::rules::codes::NAME_SPELLED_TWO_WAYS;
use crate::support::at;

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    for actor in model.actors() {
        let names = actor.names();
        if names.variants().next().is_none() {
            continue;
        }
        let spellings: Vec<String> = names
            .all()
            .iter()
            .filter(|n| n.kind() != NameKind::Rendering)
            .map(|n| {
                let kind = if n.kind() == NameKind::Variant {
                    ", variant"
                } else {
                    ""
                };
                format!("«{}» ({}{kind})", n.text(), n.lang())
            })
            .collect();
        let message = format!(
            "the sources spell this {} {} ways: {}",
            actor.kind().as_str(),
            spellings.len(),
            spellings.join(", ")
        );
        findings.push(Diagnostic::new(
            NAME_SPELLED_TWO_WAYS,
            Severity::Note,
            message,
            at(actor.id().id(), actor.origin(), "names"),
        ));
    }
}
