//! The outcome of the completeness check: each item accounted for, excluded
//! by category, or unaccounted; the stale entries of the exclusion list; and
//! the printed table of counts per kind and category.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::account::{Region, Verdict, judge};
use super::exclusions::{Category, Exclusion};
use super::facts::Facts;
use super::normal::line_column;
use super::scan::{Item, Kind};

/// Where one item ended up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Accounted(String),
    Excluded(Category),
    Unaccounted(String),
}

/// The outcome of every item and the stale exclusions.
#[derive(Debug, Default)]
pub struct Report {
    pub outcomes: Vec<(Item, usize, usize, Outcome)>,
    pub stale: Vec<String>,
}

/// Judges every item and applies the exclusion list.
pub fn build(
    paper: &str,
    items: Vec<Item>,
    regions: &[Region],
    facts: &Facts,
    list: &[Exclusion],
) -> Report {
    let mut used = vec![false; list.len()];
    let mut report = Report::default();
    for item in items {
        let (line, column) = line_column(paper, item.start);
        let entry = list
            .iter()
            .position(|e| e.kind == item.kind && e.text == item.text && e.line == line);
        let outcome = match (judge(&item, regions, facts), entry) {
            (Verdict::Accounted(how), Some(e)) => {
                used[e] = true;
                report.stale.push(format!(
                    "completeness.tsv:{}: {} {} on line {line} is accounted for by the model ({how}); remove the entry",
                    list[e].at, item.kind.as_str(), shown(&item),
                ));
                Outcome::Accounted(how)
            }
            (Verdict::Accounted(how), None) => Outcome::Accounted(how),
            (Verdict::Unaccounted(_), Some(e)) => {
                used[e] = true;
                Outcome::Excluded(list[e].category)
            }
            (Verdict::Unaccounted(why), None) => Outcome::Unaccounted(why),
        };
        report.outcomes.push((item, line, column, outcome));
    }
    for (entry, used) in list.iter().zip(used) {
        if !used {
            report.stale.push(format!(
                "completeness.tsv:{}: no {} «{}» on line {} of the paper (stale entry)",
                entry.at,
                entry.kind.as_str(),
                entry.text,
                entry.line
            ));
        }
    }
    report
}

/// The item's text in guillemets (a quote already has its own).
pub fn shown(item: &Item) -> String {
    if item.kind == Kind::Organisation {
        item.text.clone()
    } else {
        format!("«{}»", item.text)
    }
}

impl Report {
    pub fn unaccounted(&self) -> Vec<String> {
        self.outcomes
            .iter()
            .filter_map(|(item, line, column, outcome)| match outcome {
                Outcome::Unaccounted(why) => Some(format!(
                    "{line}:{column} {} {} — {why}",
                    item.kind.as_str(),
                    shown(item)
                )),
                _ => None,
            })
            .collect()
    }

    /// The table: one row per kind, a column per outcome.
    pub fn table(&self) -> String {
        let mut counts: BTreeMap<(Kind, String), usize> = BTreeMap::new();
        for (item, _, _, outcome) in &self.outcomes {
            let column = match outcome {
                Outcome::Accounted(_) => "accounted".to_owned(),
                Outcome::Excluded(c) => c.as_str().to_owned(),
                Outcome::Unaccounted(_) => "UNACCOUNTED".to_owned(),
            };
            *counts.entry((item.kind, column)).or_default() += 1;
        }
        let mut columns = vec!["accounted".to_owned()];
        columns.extend(Category::ALL.iter().map(|c| c.as_str().to_owned()));
        columns.push("UNACCOUNTED".to_owned());
        render(&counts, &columns)
    }
}

fn render(counts: &BTreeMap<(Kind, String), usize>, columns: &[String]) -> String {
    let mut out = String::new();
    let _ = write!(out, "{:<13}{:>6}", "kind", "total");
    for c in columns {
        let _ = write!(out, " {c:>w$}", w = c.len().max(4));
    }
    out.push('\n');
    let mut totals = vec![0usize; columns.len()];
    for kind in Kind::ALL {
        let row: Vec<usize> = columns
            .iter()
            .map(|c| counts.get(&(kind, c.clone())).copied().unwrap_or(0))
            .collect();
        row.iter().zip(totals.iter_mut()).for_each(|(n, t)| *t += n);
        line(&mut out, kind.as_str(), &row, columns);
    }
    line(&mut out, "all", &totals, columns);
    out
}

fn line(out: &mut String, label: &str, row: &[usize], columns: &[String]) {
    let _ = write!(out, "{label:<13}{:>6}", row.iter().sum::<usize>());
    for (n, c) in row.iter().zip(columns) {
        let _ = write!(out, " {n:>w$}", w = c.len().max(4));
    }
    out.push('\n');
}
