//! Snapshots of what a person sees: the human output of `kenes check` and
//! `kenes state` on small fixture models.

use std::path::PathBuf;

use assert_cmd::Command;

fn run(args: &[&str], model: &str) -> String {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(model);
    let output = Command::cargo_bin("kenes")
        .unwrap()
        .args(args)
        .arg(&folder)
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    text.replace(&folder.display().to_string(), "<model>")
}

#[test]
fn check_shows_the_offending_lines() {
    insta::assert_snapshot!(run(&["check"], "broken"));
}

#[test]
fn state_during_the_fighting_is_contested() {
    insta::assert_snapshot!(run(&["state", "--at", "1917-10-30"], "minimal"));
}

#[test]
fn timeline_gives_both_calendars() {
    insta::assert_snapshot!(run(&["timeline"], "minimal"));
}
