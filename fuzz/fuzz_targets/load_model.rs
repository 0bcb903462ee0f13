//! Fuzz target: any bytes, split at NUL bytes into a manifest and up to two
//! entity files, must load into a model plus findings without panicking, and
//! every finding's span must render as `path:line:column`. Loading is the
//! parser of user input that every command runs first (docs/format.md).

#![no_main]

use std::path::PathBuf;

use kenes_dataset::{InputFile, MANIFEST, load_files, render_location};
use kenes_model::Model;
use kenes_model::date::Calendar;
use libfuzzer_sys::fuzz_target;

/// What every source's `text` reads as: two lines with a blank line between,
/// as a PDF extraction gives them. A path naming `missing` reads as absent.
const TEXT: &str = "Ташкент шаһарында 28-ші \n\nоктябрьде атыс басталды. «Шуро-и-Ислам»\n";

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(3, |&b| b == 0);
    let manifest = parts.next().unwrap_or_default();
    let mut files = vec![input(MANIFEST, manifest)];
    if let Some(first) = parts.next() {
        files.push(input("a.toml", first));
    }
    if let Some(second) = parts.next() {
        files.push(input("sub/b.toml", second));
    }
    let read_text = |path: &str| (!path.contains("missing")).then(|| TEXT.as_bytes().to_vec());
    let loaded = load_files(files, &read_text);
    exercise(&loaded.model);
    for diagnostic in &loaded.diagnostics {
        assert!(!diagnostic.message().is_empty());
        let related = diagnostic.related().iter().map(|(location, _)| location);
        for location in std::iter::once(diagnostic.location()).chain(related) {
            if let Some(span) = location.span {
                let rendered = render_location(&loaded.model, span);
                assert!(rendered.contains(':'), "{rendered}");
            }
        }
    }
});

fn input(path: &str, bytes: &[u8]) -> InputFile {
    InputFile {
        path: PathBuf::from(path),
        bytes: bytes.to_vec(),
    }
}

/// Touches what the commands read first: every entity, its label and spans,
/// the lookup by id, and every event's date in both calendars.
fn exercise(model: &Model) {
    let _ = (model.meta().id.len(), model.entity_count());
    for entity in model.entities() {
        let _ = (entity.kind(), entity.label());
        assert!(model.get(entity.id()).is_some());
        let origin = entity.origin();
        for span in origin.span().into_iter().chain(origin.field_span("date")) {
            let _ = render_location(model, span);
        }
    }
    for event in model.events() {
        if let Some(date) = event.date() {
            let _ = (date.render(Calendar::Julian), date.render_dual());
        }
    }
    for (path, text) in model.texts() {
        assert!(!path.is_empty() && !text.is_empty());
    }
}
