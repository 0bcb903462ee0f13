//! Population figures of the same group in the same place that disagree: a
//! different share, or counts that cannot both be true.

use std::collections::BTreeMap;

use kenes_model::diagnostic::code;
use kenes_model::{Diagnostic, Model, Population, Severity};

use crate::support::{at, cite_sources, reading_notes, sources_of};

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    let mut by_subject: BTreeMap<(&str, &str), Vec<&Population>> = BTreeMap::new();
    for population in model.populations() {
        let subject = (population.scope().as_str(), population.group().as_str());
        by_subject.entry(subject).or_default().push(population);
    }
    for figures in by_subject.values() {
        for (i, first) in figures.iter().enumerate() {
            for second in &figures[i + 1..] {
                findings.extend(compare(model, first, second));
            }
        }
    }
}

fn compare(model: &Model, a: &Population, b: &Population) -> Option<Diagnostic> {
    let (sources_a, sources_b) = (sources_of(model, a.origin()), sources_of(model, b.origin()));
    if !sources_a.is_empty() && sources_a == sources_b {
        return None;
    }
    let mut differences = Vec::new();
    if let Some(((n1, d1), (n2, d2))) = a.share_percent().zip(b.share_percent())
        && u128::from(n1) * u128::from(d2) != u128::from(n2) * u128::from(d1)
    {
        differences.push(format!(
            "{} % against {} %",
            percent(n1, d1),
            percent(n2, d2)
        ));
    }
    if let Some(counts) = incompatible_counts(a, b) {
        differences.push(counts);
    }
    if differences.is_empty() {
        return None;
    }
    let message = format!(
        "sources disagree on the share of `{}` in `{}`: {}",
        b.group(),
        b.scope(),
        differences.join("; ")
    );
    let mut finding = Diagnostic::new(
        code::SOURCES_DISAGREE,
        Severity::Warning,
        message,
        at(b.id().id(), b.origin(), "share_percent"),
    )
    .with_note(format!("`{}` rests on {}", a.id(), cite_sources(model, a.origin())))
    .with_note(format!("`{}` rests on {}", b.id(), cite_sources(model, b.origin())))
    .with_note("not reconcilable as stated, unless the sources count different years or draw the group differently")
    .with_related(at(a.id().id(), a.origin(), "share_percent"), "the other source's figure");
    for note in reading_notes(model, &[a.id().id(), b.id().id()]) {
        finding = finding.with_note(note);
    }
    Some(finding)
}

/// Two counts that cannot both hold ("more than N" holds for any count ≥ N).
fn incompatible_counts(a: &Population, b: &Population) -> Option<String> {
    let (x, y) = (a.count()?, b.count()?);
    let compatible = match (a.count_is_lower_bound(), b.count_is_lower_bound()) {
        (false, false) => x == y,
        (true, false) => y >= x,
        (false, true) => x >= y,
        (true, true) => true,
    };
    let bound = |lower: bool| if lower { "more than " } else { "" };
    (!compatible).then(|| {
        format!(
            "count {}{x} against {}{y}",
            bound(a.count_is_lower_bound()),
            bound(b.count_is_lower_bound())
        )
    })
}

/// An exact share as written: `95`, `97.5`, or `n/d` for another denominator.
fn percent(numerator: u64, denominator: u64) -> String {
    let places = denominator.checked_ilog10().unwrap_or(0);
    if denominator == 0 || 10u64.pow(places) != denominator {
        return format!("{numerator}/{denominator}");
    }
    if places == 0 {
        return numerator.to_string();
    }
    let whole = numerator / denominator;
    let fraction = numerator % denominator;
    format!("{whole}.{fraction:0width$}", width = places as usize)
}
