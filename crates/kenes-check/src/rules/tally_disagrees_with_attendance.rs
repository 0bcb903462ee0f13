//! K106 tally-disagrees-with-attendance: a vote's tallies do not sum to the
//! delegates attested present.
//!
//! Vote counts are only meaningful against the assembly that cast them: 97
//! against and 17 abstaining is a unanimous rejection by a sitting of 114.
//! The tallies are summed and compared with the attendance attested for that
//! vote (`present`), else for its sitting (the vote's event's `attendance`):
//! a difference is an error. When only another sitting's attendance is known
//! — the congress the sitting is part of, or a sibling sitting of the same
//! congress — a difference is a note naming that sitting, since attendance
//! changes from sitting to sitting and the counts may differ for that reason.
//! Even an exact match with another sitting's attendance is a note when other
//! events of the same congress (delegates joining, walking out) may lie
//! between that sitting and the vote: the match then proves nothing.
//!
//! # Example
//!
//! ```toml
//! [[vote]]
//! id = "vote.lapin-points"
//! event = "ev.congress3.sitting-lapin"
//! tallies = [{ option = "against", count = 97 }, { option = "abstain", count = 17 }]
//! present = 120          # K106: the tallies sum to 114
//! ```

use kenes_model::date::DateOrder;
use kenes_model::diagnostic::code;
use kenes_model::{Diagnostic, Event, Model, Severity, Vote};

use crate::support::at;

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    for vote in model.votes().iter().filter(|v| !v.tallies().is_empty()) {
        findings.extend(check_vote(model, vote));
    }
}

fn check_vote(model: &Model, vote: &Vote) -> Option<Diagnostic> {
    let cast = vote.total_cast();
    let event = model.event(vote.event());
    if let Some(present) = vote.present() {
        return against_own(
            vote,
            cast,
            present,
            "present",
            "attested present at this vote",
        );
    }
    let event = event?;
    if let Some(attendance) = event.attendance() {
        let finding = against_own(vote, cast, attendance, "tallies", "")?;
        return Some(finding.with_related(
            at(event.id().id(), event.origin(), "attendance"),
            "the attendance of the sitting",
        ));
    }
    let other = other_sitting_attendance(model, event)?;
    let between = events_between(model, other.0, event);
    against_other(vote, cast, other, &between)
}

fn against_own(vote: &Vote, cast: u64, present: u32, key: &str, what: &str) -> Option<Diagnostic> {
    if cast == u64::from(present) {
        return None;
    }
    let what = if what.is_empty() {
        format!("present at its sitting `{}`", vote.event())
    } else {
        what.to_owned()
    };
    let message = format!(
        "the tallies sum to {cast}, but {present} delegates are {what} ({})",
        describe_gap(cast, u64::from(present))
    );
    Some(
        Diagnostic::new(
            code::TALLY_DISAGREES_WITH_ATTENDANCE,
            Severity::Error,
            message,
            at(vote.id().id(), vote.origin(), key),
        )
        .with_note(tally_breakdown(vote)),
    )
}

fn describe_gap(cast: u64, present: u64) -> String {
    if cast > present {
        format!("{} more votes than delegates", cast - present)
    } else {
        format!("{} delegates unaccounted for", present - cast)
    }
}

fn tally_breakdown(vote: &Vote) -> String {
    let parts: Vec<String> = vote
        .tallies()
        .iter()
        .map(|t| format!("{} {}", t.option(), t.count()))
        .collect();
    format!("tallies: {}", parts.join(", "))
}

/// The attendance of the nearest other sitting: the event the vote's sitting
/// is part of, else a sibling sitting of the same parent (the first in model
/// order that has one).
fn other_sitting_attendance<'m>(model: &'m Model, sitting: &Event) -> Option<(&'m Event, u32)> {
    let parent = model.event(sitting.part_of()?)?;
    if let Some(attendance) = parent.attendance() {
        return Some((parent, attendance));
    }
    model
        .events()
        .iter()
        .filter(|e| e.attendance().is_some() && e.id() != sitting.id())
        .find(|e| e.part_of() == Some(parent.id()))
        .and_then(|e| e.attendance().map(|a| (e, a)))
}

/// Other events of the same congress that lie (or may lie) after the sitting
/// whose attendance is known and not after the vote's sitting.
fn events_between<'m>(model: &'m Model, known: &Event, sitting: &Event) -> Vec<&'m Event> {
    let (Some(parent), Some(known_date), Some(sitting_date)) =
        (sitting.part_of(), known.date(), sitting.date())
    else {
        return Vec::new();
    };
    model
        .events()
        .iter()
        .filter(|e| e.part_of() == Some(parent) && e.id() != known.id() && e.id() != sitting.id())
        .filter(|e| {
            e.date().is_some_and(|d| {
                d.compare(known_date) == DateOrder::After
                    && d.compare(sitting_date) != DateOrder::After
            })
        })
        .collect()
}

fn against_other(
    vote: &Vote,
    cast: u64,
    (other, attendance): (&Event, u32),
    between: &[&Event],
) -> Option<Diagnostic> {
    let matches = cast == u64::from(attendance);
    if matches && between.is_empty() {
        return None;
    }
    let message = if matches {
        format!(
            "the tallies sum to {cast}, the attendance of `{}` ({}), another sitting; no attendance is attested for this vote or its sitting",
            other.id(),
            other.title()
        )
    } else {
        format!(
            "the tallies sum to {cast}; no attendance is attested for this vote or its sitting, \
             but `{}` ({}) had {attendance} present",
            other.id(),
            other.title()
        )
    };
    let mut finding = Diagnostic::new(
        code::TALLY_DISAGREES_WITH_ATTENDANCE,
        Severity::Note,
        message,
        at(vote.id().id(), vote.origin(), "tallies"),
    );
    if !between.is_empty() {
        let listed: Vec<String> = between
            .iter()
            .map(|e| {
                format!(
                    "`{}` ({}, {})",
                    e.id(),
                    e.title(),
                    e.date().map(|d| d.render_dual()).unwrap_or_default()
                )
            })
            .collect();
        finding = finding.with_note(format!(
            "between that sitting and the vote's sitting lie (or may lie) {}: attendance may have changed, so {}",
            listed.join("; "),
            if matches { "the match proves nothing about who voted" } else { "the difference may come from that" }
        ));
    }
    Some(
        finding
            .with_note(format!(
                "that is the attendance of `{}`, not of the vote's sitting `{}`; the counts \
             may differ because attendance changed",
                other.id(),
                vote.event()
            ))
            .with_note(tally_breakdown(vote))
            .with_related(
                at(other.id().id(), other.origin(), "attendance"),
                "the attendance of the other sitting",
            ),
    )
}
