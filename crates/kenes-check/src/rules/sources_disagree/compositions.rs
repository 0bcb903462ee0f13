//! Compositions of the same body or proposal that different sources state
//! differently: their sizes, or the seats of a constituency both list.

use std::collections::BTreeMap;

use kenes_model::diagnostic::code;
use kenes_model::{Composition, Diagnostic, Id, Model, Severity};

use crate::support::{at, cite_sources, list_ids, reading_notes, sources_of};

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    let mut by_owner: BTreeMap<&Id, Vec<&Composition>> = BTreeMap::new();
    for composition in model.compositions() {
        by_owner
            .entry(composition.of())
            .or_default()
            .push(composition);
    }
    for compositions in by_owner.values() {
        for (i, first) in compositions.iter().enumerate() {
            for second in &compositions[i + 1..] {
                findings.extend(compare(model, first, second));
            }
        }
    }
}

/// The seats both list with different numbers: (constituency, first, second).
fn number_conflicts<'c>(a: &'c Composition, b: &Composition) -> Vec<(&'c str, u32, u32)> {
    a.seats()
        .iter()
        .filter_map(|seat| {
            let (x, y) = (seat.seats()?, b.seats_of(seat.constituency())?);
            (x != y).then_some((seat.constituency().as_str(), x, y))
        })
        .collect()
}

fn compare(model: &Model, a: &Composition, b: &Composition) -> Option<Diagnostic> {
    let (sources_a, sources_b) = (sources_of(model, a.origin()), sources_of(model, b.origin()));
    if !sources_a.is_empty() && sources_a == sources_b {
        return None;
    }
    let conflicts = number_conflicts(a, b);
    let sizes = a.stated_size().zip(b.stated_size()).filter(|(x, y)| x != y);
    if conflicts.is_empty() && sizes.is_none() {
        return None;
    }
    let mut differences = Vec::new();
    if let Some((x, y)) = sizes {
        differences.push(format!("size {x} against {y}"));
    }
    for (constituency, x, y) in &conflicts {
        differences.push(format!("`{constituency}` {x} seats against {y}"));
    }
    let message = format!(
        "sources disagree on the composition of `{}`: {}",
        a.of(),
        differences.join("; ")
    );
    let verdict = verdict(a, b, &conflicts, sizes);
    let finding = Diagnostic::new(
        code::SOURCES_DISAGREE,
        Severity::Warning,
        message,
        at(
            b.id().id(),
            b.origin(),
            if sizes.is_some() { "size" } else { "seats" },
        ),
    )
    .with_note(format!(
        "`{}` rests on {}",
        a.id(),
        cite_sources(model, a.origin())
    ))
    .with_note(format!(
        "`{}` rests on {}",
        b.id(),
        cite_sources(model, b.origin())
    ))
    .with_note(verdict)
    .with_related(
        at(a.id().id(), a.origin(), "size"),
        "the other source's composition",
    );
    Some(with_readings(model, finding, a, b))
}

fn with_readings(
    model: &Model,
    mut finding: Diagnostic,
    a: &Composition,
    b: &Composition,
) -> Diagnostic {
    let mut alternatives: Vec<&Id> = vec![a.id().id(), b.id().id()];
    alternatives.extend(a.origin().claims().iter().map(|c| c.id()));
    alternatives.extend(b.origin().claims().iter().map(|c| c.id()));
    for note in reading_notes(model, &alternatives) {
        finding = finding.with_note(note);
    }
    finding
}

/// Whether the two can be reconciled, and how.
fn verdict(
    a: &Composition,
    b: &Composition,
    conflicts: &[(&str, u32, u32)],
    sizes: Option<(u32, u32)>,
) -> String {
    if !conflicts.is_empty() {
        let names = list_ids(conflicts.iter().map(|(c, _, _)| *c));
        return format!("not reconcilable: the sources give {names} different numbers of seats");
    }
    let Some((size_a, size_b)) = sizes else {
        return "not reconcilable as stated".to_owned();
    };
    let (smaller, larger) = if size_a < size_b { (a, b) } else { (b, a) };
    let omitted: Vec<_> = larger
        .seats()
        .iter()
        .filter(|s| {
            smaller
                .seats()
                .iter()
                .all(|t| t.constituency() != s.constituency())
        })
        .collect();
    let extra = smaller.seats().iter().any(|s| {
        larger
            .seats()
            .iter()
            .all(|t| t.constituency() != s.constituency())
    });
    if extra {
        return "not reconcilable: each source lists constituencies the other lacks".to_owned();
    }
    if omitted.is_empty() {
        return "not reconcilable: the same constituencies with the same seats, \
                but different stated sizes"
            .to_owned();
    }
    let omitted_seats: u64 = omitted
        .iter()
        .filter_map(|s| s.seats())
        .map(u64::from)
        .sum();
    let gap = u64::from(size_a.abs_diff(size_b));
    let accounts = if omitted_seats == gap {
        format!(", whose {omitted_seats} seats account for the difference of {gap}")
    } else {
        format!(" ({omitted_seats} seats; the sizes differ by {gap})")
    };
    format!(
        "reconcilable: `{}` omits {}{accounts}",
        smaller.id(),
        list_ids(omitted.iter().map(|s| s.constituency().as_str()))
    )
}
