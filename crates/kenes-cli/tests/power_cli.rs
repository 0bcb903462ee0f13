//! `kenes apportion`, `kenes power` and `kenes represent` as a user runs them,
//! with known answers from published examples and from the paper.

use assert_cmd::Command;
use predicates::prelude::*;

fn kenes() -> Command {
    Command::cargo_bin("kenes").expect("the kenes binary is built")
}

fn json(output: &[u8]) -> serde_json::Value {
    serde_json::from_slice(output).expect("valid JSON")
}

/// The worked example of Wikipedia's "D'Hondt method" article: 100,000,
/// 80,000, 30,000 and 20,000 votes for 8 seats give 4, 3, 1 and 0.
#[test]
fn apportion_dhondt_worked_example() {
    let folder = tempfile::tempdir().unwrap();
    let csv = folder.path().join("votes.csv");
    std::fs::write(&csv, "name,votes\nA,100000\nB,80000\nC,30000\nD,20000\n").unwrap();
    let out = kenes()
        .args(["apportion", "--method", "dhondt", "--seats", "8", "--json"])
        .arg(&csv)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let seats: Vec<u64> = json(&out.stdout)
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["seats"].as_u64().unwrap())
        .collect();
    assert_eq!(seats, [4, 3, 1, 0]);
}

#[test]
fn bad_power_input_is_one_line_with_status_2() {
    kenes()
        .args(["power", "--quota", "5", "--weights", "3,-2,1"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("error:"));
    kenes()
        .args([
            "apportion",
            "--method",
            "bogus",
            "--seats",
            "3",
            "missing.csv",
        ])
        .assert()
        .code(2);
}

/// The Council of the EEC, 1958 (weights 4,4,4,2,2,1, quota 12): normalised
/// Banzhaf 5/21 for France, Germany and Italy, 3/21 for Belgium and the
/// Netherlands, 0 for Luxembourg (Felsenthal & Machover, The Measurement of
/// Voting Power, 1998).
#[test]
fn power_of_the_eec_council_of_1958() {
    let out = kenes()
        .args([
            "power",
            "--quota",
            "12",
            "--weights",
            "4,4,4,2,2,1",
            "--index",
            "banzhaf",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let value = json(&out.stdout);
    let banzhaf: Vec<String> = value["players"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["banzhaf"]["exact"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(banzhaf, ["5/21", "5/21", "5/21", "1/7", "1/7", "0"]);
}

/// The paper: Shuro-i-Ulema proposed a 12-member executive committee of
/// 3 from the soviet, 3 from the city self-governments and 6 from the regional
/// Muslim congress (paper.kk.txt lines 633–637). Under a simple majority (7)
/// the congress's 6 could block any decision but pass none alone.
#[test]
fn represent_answers_whether_the_muslim_congress_could_pass_or_block() {
    let out = kenes()
        .args(["represent", "prop.ulema-executive-12", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let value = json(&out.stdout);
    let analysis = &value[0];
    assert_eq!(analysis["local_seats"], 6);
    assert_eq!(analysis["total"], 12);
    assert_eq!(analysis["scenario_quota"], 7);
    let congress = analysis["power"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["constituency"] == "congress.regional-muslim")
        .expect("the congress is a constituency");
    assert_eq!(congress["can_pass_alone"], false);
    assert_eq!(congress["can_block"], true);
    kenes()
        .args(["represent", "body.cpc"])
        .assert()
        .success()
        .stdout(predicate::str::contains("0 of 15 seats"));
    kenes().args(["represent", "nothing.here"]).assert().code(2);
}

/// docs/representation.md is what `kenes represent --all` prints.
#[test]
fn the_representation_page_matches_the_program() {
    let out = kenes().args(["represent", "--all"]).output().unwrap();
    let printed = String::from_utf8(out.stdout).unwrap();
    let page = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/representation.md"),
    )
    .unwrap();
    let block = page
        .split("```text\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a text block");
    assert!(
        block == printed,
        "docs/representation.md is out of date: regenerate its block with `kenes represent --all`"
    );
}
