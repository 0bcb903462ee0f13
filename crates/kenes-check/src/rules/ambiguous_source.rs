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

use std::collections::HashMap;

use kenes_model::{Diagnostic, Model, Severity, SourceId};

use crate::rules::codes::AMBIGUOUS_SOURCE;
use crate::support::at;

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    let ambiguous: Vec<_> = model
        .sources()
        .iter()
        .filter(|s| s.ambiguous().is_some())
        .collect();
    if ambiguous.is_empty() {
        return;
    }
    let mut claims_of: HashMap<&SourceId, usize> = HashMap::new();
    for claim in model.claims() {
        *claims_of.entry(claim.source()).or_default() += 1;
    }
    for source in ambiguous {
        let reason = source.ambiguous().unwrap_or_default();
        let claims = claims_of.get(source.id()).copied().unwrap_or(0);
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
