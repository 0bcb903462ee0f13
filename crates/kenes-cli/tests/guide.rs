//! Keeps the reader's guide `docs/turkestan-1917.md` honest:
//!
//! - its opening table must list every composition of the embedded model, with
//!   the local Muslim population's seats / size, share and proportional seats
//!   exactly as `kenes_analysis::representation::local_shares` computes them;
//! - every code at error or warning level that `kenes check` reports on the
//!   embedded model, and every entity such a finding names, must be explained
//!   in the guide.
//!
//! On a mismatch the test prints the table as the model now computes it.

use std::collections::BTreeMap;
use std::path::PathBuf;

use assert_cmd::Command;
use kenes_analysis::representation::{
    Hamilton, LocalShare, Proportional, TotalBasis, local_shares,
};

const MUSLIMS: &str = "group.muslims";

fn guide() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/turkestan-1917.md");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn shares() -> Vec<LocalShare> {
    local_shares(&kenes_dataset::load_embedded().model)
}

fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner.split('|').map(|c| c.trim().to_string()).collect()
}

fn backticked(cell: &str) -> Option<&str> {
    let start = cell.find('`')? + 1;
    let end = start + cell[start..].find('`')?;
    Some(&cell[start..end])
}

/// The guide's first table: its header and its rows, by composition id.
fn opening_table(text: &str) -> (Vec<String>, BTreeMap<String, Vec<String>>) {
    let lines: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.trim_start().starts_with('|'))
        .take_while(|l| l.trim_start().starts_with('|'))
        .collect();
    assert!(lines.len() > 2, "the guide does not open with a table");
    let header = cells(lines[0]);
    let mut rows = BTreeMap::new();
    for line in &lines[2..] {
        let row = cells(line);
        let id = backticked(&row[0])
            .unwrap_or_else(|| panic!("row without a composition id: {line}"))
            .to_string();
        assert!(rows.insert(id.clone(), row).is_none(), "{id} twice");
    }
    (header, rows)
}

/// `2 / 9`; `2 / 2*` when no size is stated (the total is the listed sum).
fn seats_cell(s: &LocalShare) -> String {
    let star = if s.total_basis == TotalBasis::ListedSum {
        "*"
    } else {
        ""
    };
    format!("{} / {}{star}", s.seats, s.total)
}

/// `171/20 = 8.55 → 9`.
fn proportional_cell(p: &Proportional) -> String {
    let seats = match p.hamilton {
        Some(Hamilton::Seats(n)) => n.to_string(),
        Some(Hamilton::Tie { lower }) => format!("{lower} or {} (tie)", lower + 1),
        None => "—".to_string(),
    };
    format!("{} = {} → {seats}", p.quota, p.quota.decimal_display())
}

fn muslim_figures(all: &[LocalShare]) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for p in all.iter().flat_map(|s| &s.proportional) {
        if p.group.as_str() == MUSLIMS && !ids.contains(&p.population.to_string()) {
            ids.push(p.population.to_string());
        }
    }
    ids
}

/// The table as the model computes it (the guide may add prose columns).
fn expected_table(all: &[LocalShare]) -> String {
    let figures = muslim_figures(all);
    let mut out =
        String::from("| composition | body or proposal | local Muslim seats / size | share |");
    for f in &figures {
        out.push_str(&format!(" proportional (`{f}`) |"));
    }
    out.push('\n');
    for s in all {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |",
            s.composition,
            s.of_label,
            seats_cell(s),
            s.share_display()
        ));
        for f in &figures {
            let cell = s
                .proportional
                .iter()
                .find(|p| p.population.as_str() == f)
                .map(proportional_cell)
                .unwrap_or_else(|| "—".to_string());
            out.push_str(&format!(" {cell} |"));
        }
        out.push('\n');
    }
    out
}

#[test]
fn the_opening_table_matches_the_computed_shares() {
    let all = shares();
    assert!(!all.is_empty(), "the embedded model has no local shares");
    let (header, rows) = opening_table(&guide());
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h.contains(name))
            .unwrap_or_else(|| panic!("no column «{name}» in {header:?}"))
    };
    let seats_col = col("seats / size");
    let share_col = col("share");
    let figure_cols: Vec<(String, usize)> = muslim_figures(&all)
        .into_iter()
        .map(|f| {
            let at = col(&format!("`{f}`"));
            (f, at)
        })
        .collect();

    let mut problems = Vec::new();
    for s in &all {
        let id = s.composition.as_str();
        let Some(row) = rows.get(id) else {
            problems.push(format!("{id}: missing from the table"));
            continue;
        };
        let cell = |at: usize| row.get(at).map(String::as_str).unwrap_or("");
        if cell(seats_col) != seats_cell(s) {
            problems.push(format!(
                "{id}: seats / size «{}», computed «{}»",
                cell(seats_col),
                seats_cell(s)
            ));
        }
        if cell(share_col) != s.share_display() {
            problems.push(format!(
                "{id}: share «{}», computed «{}»",
                cell(share_col),
                s.share_display()
            ));
        }
        for (figure, at) in &figure_cols {
            let expected = s
                .proportional
                .iter()
                .find(|p| p.population.as_str() == figure)
                .map(proportional_cell)
                .unwrap_or_else(|| "—".to_string());
            if cell(*at) != expected {
                problems.push(format!(
                    "{id}: at {figure} «{}», computed «{expected}»",
                    cell(*at)
                ));
            }
        }
    }
    for id in rows.keys() {
        if !all.iter().any(|s| s.composition.as_str() == id) {
            problems.push(format!(
                "{id}: in the table but not a composition of the model"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "the guide's opening table is out of date:\n  {}\n\nas computed now:\n{}",
        problems.join("\n  "),
        expected_table(&all)
    );
}

#[test]
fn every_error_and_warning_of_the_checker_is_explained() {
    let out = Command::cargo_bin("kenes")
        .expect("the kenes binary")
        .args(["check", "--json"])
        .output()
        .expect("kenes check runs");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let text = guide();
    let mut missing = Vec::new();
    for finding in report["findings"].as_array().expect("findings") {
        let severity = finding["severity"].as_str().unwrap_or("");
        if severity != "error" && severity != "warning" {
            continue;
        }
        let code = finding["code"].as_str().expect("a code");
        if !text.contains(&format!("`{code}`")) && !text.contains(code) {
            missing.push(format!("{code} ({severity})"));
        }
        if let Some(entity) = finding["entity"].as_str()
            && !text.contains(&format!("`{entity}`"))
        {
            missing.push(format!("{code} {severity} on `{entity}`"));
        }
    }
    assert!(
        missing.is_empty(),
        "docs/turkestan-1917.md does not explain: {}",
        missing.join(", ")
    );
}

/// `cargo test -p kenes-cli --test guide -- --ignored --nocapture` prints the
/// table as the model computes it, to paste into the guide.
#[test]
#[ignore = "prints the computed table"]
fn print_the_computed_table() {
    println!("{}", expected_table(&shares()));
}
