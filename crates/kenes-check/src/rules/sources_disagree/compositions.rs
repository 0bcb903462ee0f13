//! Compositions of the same body or proposal that different sources state
//! differently: their sizes, or the seats of a constituency both list.

use std::collections::BTreeMap;

use kenes_model::diagnostic::code;
use kenes_model::{Composition, Diagnostic, Id, Model, SeatAllocation, Severity};

use crate::support::{at, cite_sources, list_ids, reading_notes, sources_of};

/// How two compositions differ: constituencies with different numbers
/// (constituency, first, second), and different stated sizes.
struct Disagreement<'c> {
    conflicts: Vec<(&'c str, u32, u32)>,
    sizes: Option<(u32, u32)>,
}

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

fn compare(model: &Model, a: &Composition, b: &Composition) -> Option<Diagnostic> {
    let (sources_a, sources_b) = (sources_of(model, a.origin()), sources_of(model, b.origin()));
    if !sources_a.is_empty() && sources_a == sources_b {
        return None;
    }
    let disagreement = disagreement(a, b)?;
    let message = format!(
        "sources disagree on the composition of `{}`: {}",
        a.of(),
        describe(&disagreement)
    );
    let key = if disagreement.sizes.is_some() {
        "size"
    } else {
        "seats"
    };
    let finding = Diagnostic::new(
        code::SOURCES_DISAGREE,
        Severity::Warning,
        message,
        at(b.id().id(), b.origin(), key),
    )
    .with_note(rests_on(model, a))
    .with_note(rests_on(model, b))
    .with_note(verdict(a, b, &disagreement))
    .with_related(
        at(a.id().id(), a.origin(), key),
        "the other source's composition",
    );
    Some(with_readings(model, finding, a, b))
}

fn disagreement<'c>(a: &'c Composition, b: &Composition) -> Option<Disagreement<'c>> {
    let conflicts: Vec<_> = a
        .seats()
        .iter()
        .filter_map(|seat| {
            let (x, y) = (seat.seats()?, b.seats_of(seat.constituency())?);
            (x != y).then_some((seat.constituency().as_str(), x, y))
        })
        .collect();
    let sizes = a.stated_size().zip(b.stated_size()).filter(|(x, y)| x != y);
    (!conflicts.is_empty() || sizes.is_some()).then_some(Disagreement { conflicts, sizes })
}

fn describe(disagreement: &Disagreement<'_>) -> String {
    let sizes = disagreement
        .sizes
        .map(|(x, y)| format!("size {x} against {y}"));
    let seats = disagreement
        .conflicts
        .iter()
        .map(|(constituency, x, y)| format!("`{constituency}` {x} seats against {y}"));
    sizes
        .into_iter()
        .chain(seats)
        .collect::<Vec<_>>()
        .join("; ")
}

fn rests_on(model: &Model, composition: &Composition) -> String {
    let sources = cite_sources(model, composition.origin());
    format!("`{}` rests on {sources}", composition.id())
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
fn verdict(a: &Composition, b: &Composition, disagreement: &Disagreement<'_>) -> String {
    if !disagreement.conflicts.is_empty() {
        let names = list_ids(disagreement.conflicts.iter().map(|(c, _, _)| *c));
        return format!("not reconcilable: the sources give {names} different numbers of seats");
    }
    let Some((size_a, size_b)) = disagreement.sizes else {
        return "not reconcilable as stated".to_owned();
    };
    let (smaller, larger) = if size_a < size_b { (a, b) } else { (b, a) };
    if smaller.seats().iter().any(|s| !lists(larger, s)) {
        return "not reconcilable: each source lists constituencies the other lacks".to_owned();
    }
    let omitted: Vec<&SeatAllocation> = larger
        .seats()
        .iter()
        .filter(|s| !lists(smaller, s))
        .collect();
    if omitted.is_empty() {
        return "not reconcilable: the same constituencies with the same seats, \
                but different stated sizes"
            .to_owned();
    }
    omission(smaller, &omitted, u64::from(size_a.abs_diff(size_b)))
}

/// Whether `composition` lists the constituency of `seat`.
fn lists(composition: &Composition, seat: &SeatAllocation) -> bool {
    composition
        .seats()
        .iter()
        .any(|s| s.constituency() == seat.constituency())
}

/// The verdict when one source lists a subset of the other's constituencies.
fn omission(smaller: &Composition, omitted: &[&SeatAllocation], gap: u64) -> String {
    let omitted_seats: u64 = omitted
        .iter()
        .filter_map(|s| s.seats())
        .map(u64::from)
        .sum();
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
