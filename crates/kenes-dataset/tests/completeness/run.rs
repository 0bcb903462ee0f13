//! The whole check on one model folder: load it, scan its paper, judge every
//! item, apply the exclusion list. Used by the test on the real model and by
//! the tests that show the check fails when it should.

use std::path::Path;

use super::report::{Outcome, Report};
use super::{account, exclusions, facts, report, scan};

/// What one run found.
#[derive(Debug)]
pub struct Run {
    pub report: Report,
    /// Malformed or stale entries of the exclusion list.
    pub problems: Vec<String>,
    /// Live claims whose passage the paper does not hold.
    pub not_found: Vec<String>,
}

/// Checks the model in `dir` against the paper at `paper` (relative to `dir`)
/// with the exclusion list text `list`.
pub fn run(dir: &Path, paper: &str, list: &str) -> Run {
    let loaded = match kenes_dataset::load_dir(dir) {
        Ok(loaded) => loaded,
        Err(error) => return failed(format!("the model does not load: {error}")),
    };
    let Ok(paper) = std::fs::read_to_string(dir.join(paper)) else {
        return failed(format!("the paper {paper} is not readable"));
    };
    let (entries, mut problems) = exclusions::parse(list);
    let facts = facts::collect(&loaded.model);
    let (regions, not_found) = account::regions(&paper, &loaded.model, &facts);
    let report = report::build(&paper, scan::scan(&paper), &regions, &facts, &entries);
    problems.extend(report.stale.iter().cloned());
    Run {
        report,
        problems,
        not_found,
    }
}

fn failed(problem: String) -> Run {
    Run {
        report: Report::default(),
        problems: vec![problem],
        not_found: Vec::new(),
    }
}

impl Run {
    /// The failure message, or `None` when everything is accounted for.
    pub fn failure(&self) -> Option<String> {
        let unaccounted = self.report.unaccounted();
        let mut failure = String::new();
        if !unaccounted.is_empty() {
            failure += &format!(
                "{} items unaccounted for:\n{}\n",
                unaccounted.len(),
                unaccounted.join("\n")
            );
        }
        if !self.problems.is_empty() {
            failure += &format!("problems:\n{}\n", self.problems.join("\n"));
        }
        (!failure.is_empty()).then_some(failure)
    }

    /// Every item with its outcome, one a line (for `COMPLETENESS_VERBOSE`).
    pub fn listing(&self) -> String {
        self.report
            .outcomes
            .iter()
            .map(|(item, line, column, outcome)| {
                let outcome = match outcome {
                    Outcome::Accounted(how) => format!("accounted: {how}"),
                    Outcome::Excluded(c) => format!("excluded: {}", c.as_str()),
                    Outcome::Unaccounted(why) => format!("UNACCOUNTED: {why}"),
                };
                format!(
                    "{line}:{column} {} {} {outcome}",
                    item.kind.as_str(),
                    report::shown(item)
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}
