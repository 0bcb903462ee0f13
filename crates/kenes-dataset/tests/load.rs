//! The loader as a user meets it: a clean folder loads with no findings, and
//! each kind of bad input becomes a finding at its file, line and column while
//! the rest of the model still loads.

use std::path::Path;

use kenes_dataset::{LoadError, load_dir, render_location};

fn data(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

#[test]
fn a_clean_folder_loads_without_findings() {
    let loaded = load_dir(&data("minimal")).expect("loads");
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    let model = &loaded.model;
    assert_eq!(model.meta().id, "minimal");
    assert_eq!(model.events().len(), 1);
    let event = &model.events()[0];
    // 28 Oct 1917 O.S. is 10 Nov N.S.: the calendars were 13 days apart in 1900–2099.
    let date = event.date().expect("dated");
    assert_eq!(
        date.iso(kenes_model::date::Calendar::Julian),
        "1917-10-28/1917-11-01"
    );
    assert_eq!(
        date.iso(kenes_model::date::Calendar::Gregorian),
        "1917-11-10/1917-11-14"
    );
    assert!(model.text("texts/work.txt").unwrap().contains("октябрьде"));
}

fn rendered(name: &str) -> Vec<String> {
    let loaded = load_dir(&data(name)).expect("loads");
    let mut lines: Vec<String> = loaded
        .diagnostics
        .iter()
        .map(|d| {
            let at = d
                .location()
                .span
                .map(|s| render_location(&loaded.model, s))
                .unwrap_or_default();
            let notes = d.notes().join("; ");
            format!(
                "{at} {} {}{}",
                d.code(),
                d.message(),
                if notes.is_empty() {
                    String::new()
                } else {
                    format!(" [{notes}]")
                }
            )
        })
        .collect();
    lines.sort();
    lines
}

#[test]
fn bad_input_is_reported_at_file_line_and_column() {
    let lines = rendered("broken");
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn a_misspelt_key_gets_a_did_you_mean_hint() {
    let lines = rendered("broken");
    let line = lines
        .iter()
        .find(|l| l.contains("sise"))
        .expect("unknown key reported");
    assert!(line.starts_with("a.toml:4:1 K002"), "{line}");
    assert!(line.contains("did you mean `size`?"), "{line}");
}

#[test]
fn a_folder_without_manifest_is_an_error() {
    let error = load_dir(&data("minimal/texts")).unwrap_err();
    assert!(matches!(error, LoadError::NoManifest { .. }), "{error}");
    assert!(matches!(
        load_dir(&data("nowhere")).unwrap_err(),
        LoadError::NotAFolder { .. }
    ));
}
