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

/// Entity files read from a folder are not kept in memory: the lines findings
/// point at are read back from disk, so a file that changes or goes away after
/// loading must still render, from what is there, without a panic.
#[test]
fn findings_render_from_disk_and_survive_the_file_changing() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    for entry in std::fs::read_dir(data("broken")).expect("readable") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, folder.path().join(path.file_name().unwrap())).expect("copied");
    }
    let loaded = load_dir(folder.path()).expect("loads");
    let spans: Vec<_> = loaded
        .diagnostics
        .iter()
        .filter_map(|d| d.location().span)
        .collect();
    assert!(!spans.is_empty());
    let before: Vec<String> = spans
        .iter()
        .map(|&span| render_location(&loaded.model, span))
        .collect();
    // the same as the same files loaded from memory, which keeps their texts
    let files = std::fs::read_dir(folder.path())
        .expect("readable")
        .map(|entry| {
            let path = entry.expect("entry").path();
            kenes_dataset::InputFile {
                bytes: std::fs::read(&path).expect("read"),
                path: path.strip_prefix(folder.path()).unwrap().to_owned(),
            }
        })
        .collect();
    let mut files: Vec<kenes_dataset::InputFile> = files;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let in_memory = kenes_dataset::load_files(files, &|_| None);
    let from_memory: Vec<String> = in_memory
        .diagnostics
        .iter()
        .filter_map(|d| d.location().span)
        .map(|span| render_location(&in_memory.model, span))
        .collect();
    assert_eq!(before, from_memory);
    for entry in std::fs::read_dir(folder.path()).expect("readable") {
        let path = entry.expect("entry").path();
        std::fs::write(&path, "x").expect("overwritten");
    }
    for &span in &spans {
        let file = loaded.model.files().get(span.file());
        let at = file.line_column(span.range().start);
        let _ = file.line_text(at.line);
    }
    drop(folder);
    for &span in &spans {
        render_location(&loaded.model, span);
    }
}

/// Large models load on several threads, small ones on one: both ways give
/// the same model and the same findings, in the same order.
#[test]
fn the_threaded_loader_gives_what_one_thread_gives() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../datasets/turkestan-1917");
    let describe = |loaded: &kenes_dataset::Loaded| {
        let findings: Vec<String> = loaded
            .diagnostics
            .iter()
            .map(|d| {
                let at = d.location().span.map(|s| render_location(&loaded.model, s));
                format!("{at:?} {} {}", d.code(), d.message())
            })
            .collect();
        let entities: Vec<String> = loaded.model.entities().map(|e| format!("{e:?}")).collect();
        (findings, entities)
    };
    let one = describe(&kenes_dataset::load_dir_on_threads(&folder, 1).expect("loads"));
    assert!(one.1.len() > 400, "the embedded model's entities");
    for threads in [2, 3, 7] {
        let many = describe(&kenes_dataset::load_dir_on_threads(&folder, threads).expect("loads"));
        assert_eq!(one, many, "on {threads} threads");
    }
    let broken = data("broken");
    let one = describe(&kenes_dataset::load_dir_on_threads(&broken, 1).expect("loads"));
    assert!(!one.0.is_empty());
    let many = describe(&kenes_dataset::load_dir_on_threads(&broken, 3).expect("loads"));
    assert_eq!(one, many);
}
