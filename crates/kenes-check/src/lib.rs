//! The checker: rules that read a loaded [`Model`] and report what a
//! historian or an editor must look at — references that resolve to nothing,
//! seats that do not add up, tallies that exceed the delegates present,
//! passages that do not stand in the text they are quoted from, sources that
//! disagree. Each rule lives in its own module under [`rules`], named after
//! the problem it finds, and opens with a page of documentation.
//!
//! Checking never fails and never panics on a model: every problem becomes a
//! [`Diagnostic`] with a stable code (see `docs/checks.md`).

mod passage;
pub mod rules;
mod support;

use kenes_model::{Diagnostic, Model};
use rayon::prelude::*;

pub use passage::{PassageIndex, PassageMatch, normalise};

/// One rule of the checker.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// The stable code of its findings (`K101`…).
    pub code: &'static str,
    /// Its kebab-case name: its module's name with `-` for `_`.
    pub name: &'static str,
    /// One line on what it finds.
    pub summary: &'static str,
    /// Runs the rule over a model, appending its findings.
    pub run: fn(&Model, &mut Vec<Diagnostic>),
}

/// Every rule, in code order.
pub fn rules() -> &'static [Rule] {
    rules::ALL
}

/// Runs every rule over `model`. The findings are sorted by file, offset and
/// code (then entity and message), so that the same model always yields the
/// same list in the same order; findings without a span come last.
pub fn check(model: &Model) -> Vec<Diagnostic> {
    let mut findings: Vec<Diagnostic> = rules()
        .par_iter()
        .flat_map_iter(|rule| run_rule(rule, model))
        .collect();
    sort_findings(&mut findings);
    findings
}

/// Runs one rule alone and returns its findings, sorted like [`check`]'s.
pub fn run_rule(rule: &Rule, model: &Model) -> Vec<Diagnostic> {
    let mut findings = Vec::new();
    (rule.run)(model, &mut findings);
    sort_findings(&mut findings);
    findings
}

fn sort_findings(findings: &mut [Diagnostic]) {
    findings.sort_by(|a, b| sort_key(a).cmp(&sort_key(b)));
}

fn sort_key(finding: &Diagnostic) -> (usize, usize, &'static str, Option<&str>, &str) {
    let location = finding.location();
    let (file, offset) = location.span.map_or((usize::MAX, usize::MAX), |s| {
        (s.file().index(), s.range().start)
    });
    let entity = location.entity.as_ref().map(|id| id.as_str());
    (file, offset, finding.code(), entity, finding.message())
}
