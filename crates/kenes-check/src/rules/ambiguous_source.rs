//! K112 ambiguous-source: a source whose locator cannot be read one way.
//!
//! A citation such as `[ҚРОММ, 9-қ., 1-т., 26-іс., 34-36-п.]` may be garbled
//! in the relaying work, or fit two archive files. The editor records why in
//! `ambiguous`; this note keeps the doubt in view of everyone who relies on
//! the source's claims.
//!
//! # Example
//!
//! ```toml
//! [[source]]
//! id = "src.archive.26"
//! kind = "archive-file"
//! ambiguous = "the paper prints the fund as both 9-қ. and 9-к."   # K112 (note)
//! ```

use kenes_model::{Diagnostic, Model, Severity};

use crate::rules::codes::AMBIGUOUS_SOURCE;
use crate::support::at;

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    for source in model.sources() {
        let Some(reason) = source.ambiguous() else {
            continue;
        };
        let claims = model
            .claims()
            .iter()
            .filter(|c| c.source() == source.id())
            .count();
        let message = format!(
            "the locator of `{}` cannot be read one way: {reason}",
            source.label()
        );
        findings.push(
            Diagnostic::new(
                AMBIGUOUS_SOURCE,
                Severity::Note,
                message,
                at(source.id().id(), source.origin(), "id"),
            )
            .with_note(format!("{claims} claim(s) rest on this source")),
        );
    }
}
