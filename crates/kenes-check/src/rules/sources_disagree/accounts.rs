//! An event recorded as another source's account of an event (`account_of`)
//! against that event: its date, place, attendance and participants.

use kenes_model::date::{DateOrder, HistoricalDate};
use kenes_model::diagnostic::code;
use kenes_model::{Diagnostic, Event, Model, Place, PlaceId, Severity};

use crate::support::{at, cite_sources, reading_notes};

/// One way the account differs, and whether that difference can be reconciled.
struct Difference {
    what: String,
    verdict: String,
    reconcilable: bool,
}

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    for account in model.events() {
        let Some(original) = account.account_of().and_then(|id| model.event(id)) else {
            continue;
        };
        if original.id() != account.id() {
            findings.extend(compare(model, account, original));
        }
    }
}

fn compare(model: &Model, account: &Event, original: &Event) -> Option<Diagnostic> {
    let differences: Vec<Difference> = [
        dates(account, original),
        places(model, account, original),
        attendance(account, original),
        participants(account, original),
    ]
    .into_iter()
    .flatten()
    .collect();
    let first = differences.first()?;
    let key = if first.what.starts_with("date") {
        "date"
    } else {
        "account_of"
    };
    let whats: Vec<&str> = differences.iter().map(|d| d.what.as_str()).collect();
    let message = format!(
        "this account of `{}` differs from it: {}",
        original.id(),
        whats.join("; ")
    );
    // A more precise account (a day within a range, a town within a region)
    // refines the other rather than contradicts it: a note, not a warning.
    let reconcilable = differences.iter().all(|d| d.reconcilable);
    let severity = if reconcilable {
        Severity::Note
    } else {
        Severity::Warning
    };
    let location = at(account.id().id(), account.origin(), key);
    let finding = Diagnostic::new(code::SOURCES_DISAGREE, severity, message, location)
        .with_note(format!(
            "this account rests on {}",
            cite_sources(model, account.origin())
        ))
        .with_note(format!(
            "`{}` rests on {}",
            original.id(),
            cite_sources(model, original.origin())
        ))
        .with_related(
            at(original.id().id(), original.origin(), "date"),
            "the event it is an account of",
        );
    Some(with_verdicts(
        model,
        finding,
        &differences,
        account,
        original,
    ))
}

fn with_verdicts(
    model: &Model,
    mut finding: Diagnostic,
    differences: &[Difference],
    account: &Event,
    original: &Event,
) -> Diagnostic {
    for difference in differences {
        finding = finding.with_note(difference.verdict.clone());
    }
    if differences.iter().all(|d| d.reconcilable) {
        finding = finding.with_note("the accounts can be reconciled: one is more precise");
    }
    for note in reading_notes(model, &[account.id().id(), original.id().id()]) {
        finding = finding.with_note(note);
    }
    finding
}

fn dates(account: &Event, original: &Event) -> Option<Difference> {
    let (a, b) = (account.date()?, original.date()?);
    if a.sort_key() == b.sort_key() {
        return None;
    }
    let what = format!("date {} against {}", a.render_dual(), b.render_dual());
    let (verdict, reconcilable) = match a.compare(b) {
        DateOrder::Before | DateOrder::After => {
            ("not reconcilable: the dates do not overlap", false)
        }
        _ if contains(a, b) || contains(b, a) => {
            ("reconcilable: one date lies within the other", true)
        }
        _ => ("perhaps reconcilable: the dates overlap", true),
    };
    Some(Difference {
        what,
        verdict: verdict.to_owned(),
        reconcilable,
    })
}

fn contains(outer: &HistoricalDate, inner: &HistoricalDate) -> bool {
    let ((outer_start, outer_end), (inner_start, inner_end)) = (outer.sort_key(), inner.sort_key());
    outer_start <= inner_start && inner_end <= outer_end
}

fn places(model: &Model, account: &Event, original: &Event) -> Option<Difference> {
    let (a, b) = (account.place()?, original.place()?);
    if a == b {
        return None;
    }
    let what = format!("place `{a}` against `{b}`");
    let reconcilable = lies_within(model, a, b) || lies_within(model, b, a);
    let verdict = if reconcilable {
        "reconcilable: one place lies within the other"
    } else {
        "not reconcilable: different places"
    };
    Some(Difference {
        what,
        verdict: verdict.to_owned(),
        reconcilable,
    })
}

/// Whether `inner` lies within `outer`, following `within` (cycles stop it).
fn lies_within(model: &Model, inner: &PlaceId, outer: &PlaceId) -> bool {
    let mut current = model.place(inner).and_then(Place::within);
    for _ in 0..model.places().len() {
        match current {
            Some(place) if place == outer => return true,
            Some(place) => current = model.place(place).and_then(Place::within),
            None => return false,
        }
    }
    false
}

fn attendance(account: &Event, original: &Event) -> Option<Difference> {
    let (a, b) = (account.attendance()?, original.attendance()?);
    (a != b).then(|| Difference {
        what: format!("attendance {a} against {b}"),
        verdict: "not reconcilable as stated: different attendance".to_owned(),
        reconcilable: false,
    })
}

/// Participants the account names that the original does not list: the two
/// sources disagree on who took part, unless the original's list is incomplete.
fn participants(account: &Event, original: &Event) -> Option<Difference> {
    let listed: Vec<&kenes_model::ActorId> =
        original.participants().iter().map(|p| p.actor()).collect();
    if listed.is_empty() {
        return None;
    }
    let extra: Vec<String> = account
        .participants()
        .iter()
        .map(|p| p.actor())
        .filter(|actor| !listed.contains(actor))
        .map(|actor| format!("`{actor}`"))
        .collect();
    (!extra.is_empty()).then(|| Difference {
        what: format!(
            "participants: {} only in this account ({} listed in the other)",
            extra.join(", "),
            listed.len()
        ),
        verdict: "reconcilable only if the other account's list of participants is incomplete"
            .to_owned(),
        reconcilable: false,
    })
}
