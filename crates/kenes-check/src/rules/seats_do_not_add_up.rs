//! K105 seats-do-not-add-up: a composition's listed seats do not add up to
//! the size its source states.
//!
//! Seat arithmetic is the paper's thesis (95–98 % of the people, 2 of 9
//! seats), so a composition whose seats do not sum to its stated size makes
//! every share computed from it wrong. It is an error when every constituency
//! has a number and the sum differs, or when the numbered seats alone exceed
//! the size. When some constituencies are listed without a number, the sum
//! cannot be checked: a warning says which constituencies are unknown and how
//! many seats they must share. A constituency listed twice is an error.
//!
//! The rule compares a composition only with its own stated size; how the
//! compositions of different sources compare is `sources-disagree` (K107).
//!
//! # Example
//!
//! ```toml
//! [[composition]]
//! id = "comp.rec.nasha-gazeta"
//! of = "body.regional-executive-committee"
//! size = 9
//! seats = [
//!   { constituency = "soviet.regional", seats = 3 },
//!   { constituency = "org.kazakh-kyrgyz-council", seats = 1 },
//! ]                      # K105: 4 seats listed, the source states 9
//! ```

use std::collections::BTreeSet;

use kenes_model::diagnostic::code;
use kenes_model::{Composition, Diagnostic, Model, Severity};

use crate::support::{at, list_ids};

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    for composition in model.compositions() {
        findings.extend(repeated_constituencies(composition));
        if let Some(size) = composition.stated_size() {
            findings.extend(against_size(composition, u64::from(size)));
        }
    }
}

fn against_size(composition: &Composition, size: u64) -> Option<Diagnostic> {
    let (listed, complete) = composition.listed_seats();
    let unknown: Vec<&str> = composition
        .seats()
        .iter()
        .filter(|s| s.seats().is_none())
        .map(|s| s.constituency().as_str())
        .collect();
    if complete || listed > size {
        (listed != size).then(|| wrong_sum(composition, listed, size, &unknown))
    } else {
        Some(unknown_sum(composition, listed, size, &unknown))
    }
}

/// The error: the numbered seats differ from the size (and every seat is
/// numbered, or the numbered ones alone exceed it).
fn wrong_sum(composition: &Composition, listed: u64, size: u64, unknown: &[&str]) -> Diagnostic {
    let message = format!(
        "the seats listed add up to {listed}, but the source states a size of {size} ({})",
        difference(listed, size)
    );
    let location = at(composition.id().id(), composition.origin(), "seats");
    let finding = Diagnostic::new(
        code::SEATS_DO_NOT_ADD_UP,
        Severity::Error,
        message,
        location,
    );
    if unknown.is_empty() {
        return finding;
    }
    finding.with_note(format!(
        "even without {}, listed without a number",
        list_ids(unknown.iter().copied())
    ))
}

/// The warning: some constituencies have no number, so the sum is unknown.
fn unknown_sum(composition: &Composition, listed: u64, size: u64, unknown: &[&str]) -> Diagnostic {
    let message = format!(
        "the numbered seats add up to {listed} of a stated {size}; {} {} listed without a number, \
         so whether the seats add up is unknown",
        list_ids(unknown.iter().copied()),
        if unknown.len() == 1 { "is" } else { "are" }
    );
    let location = at(composition.id().id(), composition.origin(), "seats");
    Diagnostic::new(
        code::SEATS_DO_NOT_ADD_UP,
        Severity::Warning,
        message,
        location,
    )
    .with_note(format!(
        "they must hold the remaining {} seat(s) between them for the size to be right",
        size.saturating_sub(listed)
    ))
}

fn difference(listed: u64, size: u64) -> String {
    if listed > size {
        format!("{} too many", listed - size)
    } else {
        format!("{} missing", size - listed)
    }
}

fn repeated_constituencies(composition: &Composition) -> Vec<Diagnostic> {
    let mut seen = BTreeSet::new();
    let mut repeated = BTreeSet::new();
    for seat in composition.seats() {
        if !seen.insert(seat.constituency()) {
            repeated.insert(seat.constituency().as_str());
        }
    }
    repeated
        .into_iter()
        .map(|constituency| {
            Diagnostic::new(
                code::SEATS_DO_NOT_ADD_UP,
                Severity::Error,
                format!("`{constituency}` is listed more than once in the seats"),
                at(composition.id().id(), composition.origin(), "seats"),
            )
            .with_note("list each constituency once, with all its seats")
        })
        .collect()
}
