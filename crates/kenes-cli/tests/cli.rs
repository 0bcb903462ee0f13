//! The `kenes` binary as a user runs it: outputs, exit statuses (0 clean,
//! 1 findings at error level, 2 could not run) and files written.

use std::path::PathBuf;

use assert_cmd::Command;
use predicates::prelude::*;

fn kenes() -> Command {
    Command::cargo_bin("kenes").expect("the kenes binary is built")
}

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn json(output: &[u8]) -> serde_json::Value {
    serde_json::from_slice(output).expect("valid JSON")
}

#[test]
fn date_prints_both_calendars() {
    // 25 October 1917 O.S. is 7 November 1917 N.S. (the calendars were 13 days apart).
    let out = kenes()
        .args(["date", "1917-10-25", "--calendar", "julian", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let value = json(&out.stdout);
    assert_eq!(value["julian"], "1917-10-25");
    assert_eq!(value["gregorian"], "1917-11-07");
    assert_eq!(value["edtf"], "1917-11-07");
    kenes()
        .args(["date", "1917-10-25", "--calendar", "julian"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "25 Oct 1917 O.S. = 7 Nov 1917 N.S.",
        ));
}

#[test]
fn a_bad_date_is_one_line_with_status_2() {
    kenes()
        .args(["date", "1917-13-01"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("column 6"))
        .stderr(predicate::str::contains("month"));
}

#[test]
fn check_exit_statuses() {
    kenes().arg("check").arg(data("minimal")).assert().code(0);
    kenes()
        .arg("check")
        .arg(data("broken"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("a.toml:4:1"));
    kenes()
        .arg("check")
        .arg(data("nowhere"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a folder"));
}

#[test]
fn check_json_gives_findings_as_data() {
    let out = kenes()
        .arg("check")
        .arg(data("broken"))
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let value = json(&out.stdout);
    let findings = value["findings"].as_array().expect("findings");
    let unknown = findings
        .iter()
        .find(|f| f["code"] == "K002")
        .expect("the misspelt key is reported");
    assert_eq!(unknown["file"], "a.toml");
    assert_eq!(unknown["line"], 4);
    assert_eq!(unknown["column"], 1);
    assert!(value["summary"]["errors"].as_u64().unwrap() >= 4);
}

#[test]
fn export_writes_the_whole_model_atomically() {
    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("model.json");
    kenes()
        .args(["export", "--format", "json"])
        .arg(data("minimal"))
        .arg("--output")
        .arg(&target)
        .assert()
        .success();
    let value = json(&std::fs::read(&target).unwrap());
    assert_eq!(value["format"], "kenes-export");
    assert_eq!(value["format_version"], 1);
    assert_eq!(
        value["events"][0]["date"]["julian"],
        "1917-10-28/1917-11-01"
    );
    assert_eq!(
        value["events"][0]["date"]["gregorian"],
        "1917-11-10/1917-11-14"
    );
    assert_eq!(
        value["claims"][0]["passage"]["text"],
        "Ташкент шаһарында 28-ші октябрьде"
    );
    // Nothing but the target is left in the folder.
    assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 1);
}

#[test]
fn the_published_export_schema_matches_the_code() {
    let out = kenes().args(["export", "--schema"]).output().unwrap();
    let published = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/export.schema.json"),
    )
    .expect("docs/export.schema.json exists");
    assert!(
        published == String::from_utf8(out.stdout).unwrap(),
        "docs/export.schema.json is out of date: regenerate it with `kenes export --schema > docs/export.schema.json`"
    );
}

#[test]
fn show_an_entity_with_its_claims() {
    kenes()
        .args(["show", "place.tashkent"])
        .arg(data("minimal"))
        .assert()
        .success()
        .stdout(predicate::str::contains("claim c.one"))
        .stdout(predicate::str::contains(
            "passage (kk): «Ташкент шаһарында 28-ші октябрьде»",
        ))
        .stdout(predicate::str::contains("named by: ev.fighting"));
    kenes()
        .args(["show", "place.tashkend"])
        .arg(data("minimal"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean place.tashkent?"));
}

#[test]
fn a_reader_that_goes_away_early_is_no_panic() {
    use std::io::Read;
    use std::process::{Command as Process, Stdio};
    let mut child = Process::new(assert_cmd::cargo::cargo_bin("kenes"))
        .arg("export")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The pipe's reading end is dropped here, as `kenes export | head -c 16` would.
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}
