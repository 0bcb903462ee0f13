//! Inputs from fuzzing the loader (fuzz/fuzz_targets/load_model.rs), kept so
//! that what once panicked, or sat at an edge the fuzzer reached, stays a
//! finding and not a panic. Each file under `tests/data/fuzz/` is split as the
//! fuzz target splits its input: at NUL bytes into the manifest and up to two
//! entity files, and every source's text reads as one fixed text.
//!
//! Two 600-second runs on 2026-11-29 (756,848 inputs, the second on the
//! loader as changed since the first) found no panic. On 2026-11-30, after the
//! loader gained its quick reader and worker threads, a 240-second run
//! (524,513 inputs) found no panic; an earlier one flagged only a
//! LeakSanitizer report of the standard library's thread-local channel state
//! in the worker threads, which small models no longer spawn. The
//! `quick_toml` target (the quick reader against the `toml` crate) ran
//! 9,820,551 inputs in 421 s without a difference. The `paragraphs` target
//! (the paper's paragraph file, which `kenes serve DIR` reads) ran 1,171,185
//! inputs in 91 s, seeded with the embedded file, without a panic. The files here are the
//! edges they were seeded and steered towards: bytes that are
//! not UTF-8, a string cut off at the end of a file inside a Cyrillic word,
//! empty parts, a manifest swapped with an entity file, and texts outside the
//! model folder.

use std::path::{Path, PathBuf};

use kenes_dataset::{InputFile, Loaded, MANIFEST, load_files, render_location};

const TEXT: &str = "Ташкент шаһарында 28-ші \n\nоктябрьде атыс басталды. «Шуро-и-Ислам»\n";

fn load_fuzz_input(bytes: &[u8]) -> Loaded {
    let paths = [MANIFEST, "a.toml", "sub/b.toml"];
    let files = bytes
        .splitn(3, |&b| b == 0)
        .zip(paths)
        .map(|(part, path)| InputFile {
            path: PathBuf::from(path),
            bytes: part.to_vec(),
        })
        .collect();
    let read_text = |path: &str| (!path.contains("missing")).then(|| TEXT.as_bytes().to_vec());
    load_files(files, &read_text)
}

fn fuzz_inputs() -> Vec<(String, Vec<u8>)> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz");
    let mut inputs: Vec<(String, Vec<u8>)> = std::fs::read_dir(&folder)
        .expect("tests/data/fuzz exists")
        .map(|entry| {
            let path = entry.expect("readable folder").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).expect("readable file"))
        })
        .collect();
    inputs.sort();
    inputs
}

/// The codes of the findings, each with its rendered location.
fn rendered_findings(loaded: &Loaded) -> Vec<String> {
    loaded
        .diagnostics
        .iter()
        .map(|diagnostic| {
            assert!(!diagnostic.message().is_empty());
            let at = diagnostic
                .location()
                .span
                .map(|span| render_location(&loaded.model, span));
            format!("{} {}", diagnostic.code(), at.unwrap_or_default())
        })
        .collect()
}

#[test]
fn every_fuzz_input_loads_with_findings_and_without_panic() {
    let inputs = fuzz_inputs();
    assert!(!inputs.is_empty());
    for (name, bytes) in inputs {
        let loaded = load_fuzz_input(&bytes);
        let findings = rendered_findings(&loaded);
        assert!(!findings.is_empty(), "{name}: malformed, yet no finding");
        for entity in loaded.model.entities() {
            assert!(loaded.model.get(entity.id()).is_some(), "{name}");
        }
    }
}

#[test]
fn bytes_that_are_not_utf8_are_reported_where_they_are() {
    let loaded = load_fuzz_input(&std::fs::read(data("invalid-utf8")).unwrap());
    let messages: Vec<&str> = loaded.diagnostics.iter().map(|d| d.message()).collect();
    assert!(
        messages.iter().any(|m| m.contains("not UTF-8")),
        "{messages:#?}"
    );
}

#[test]
fn a_string_cut_off_inside_a_cyrillic_word_renders_its_location() {
    let loaded = load_fuzz_input(&std::fs::read(data("unterminated-at-end")).unwrap());
    let findings = rendered_findings(&loaded);
    assert!(
        findings.iter().any(|f| f.contains("a.toml:")),
        "{findings:#?}"
    );
}

#[test]
fn a_text_outside_the_model_folder_is_not_read() {
    let loaded = load_fuzz_input(&std::fs::read(data("text-outside-folder")).unwrap());
    assert!(loaded.model.text("../../etc/passwd").is_none());
    let about_texts: Vec<&str> = loaded
        .diagnostics
        .iter()
        .map(|d| d.message())
        .filter(|m| m.contains("etc/passwd") || m.contains("texts/missing.txt"))
        .collect();
    assert_eq!(about_texts.len(), 2, "{:#?}", loaded.diagnostics);
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/fuzz")
        .join(name)
}
