//! K103 invalid-date: dates that parse but cannot be right.
//!
//! Dates that do not parse are reported by the loader under the same code.
//! This rule finds dates that are well formed but contradict the rest of the
//! model, because a wrong date silently moves a fact to another day of the
//! timeline and changes who held power when:
//!
//! - an event or a stance dated wholly outside the model's period (warning:
//!   the period is where the model claims to know anything);
//! - a sitting (`part_of`) dated wholly outside its congress (error), or
//!   partly outside it (warning);
//! - a stance dated wholly before the event at which it was taken
//!   (`stance-taken`) (warning);
//! - a proposal decided (`proposal-decided`) wholly before the event at which
//!   it was put forward (error);
//! - a person released wholly before every arrest of them (error);
//! - a source dated after a work that relays it — a newspaper issue of
//!   December quoted by a book of November, or any source dated after the
//!   model's relaying work (error).
//!
//! # Example
//!
//! ```toml
//! [[event]]
//! id = "ev.congress3"
//! date = "1917-11-15/1917-11-22"
//! [[event]]
//! id = "ev.congress3.sitting-1"
//! part_of = "ev.congress3"
//! date = "1917-11-25"   # K103: the sitting lies after its congress
//! ```

use std::collections::BTreeMap;

use rustc_hash::FxHashSet;

use kenes_model::date::{DateOrder, HistoricalDate};
use kenes_model::diagnostic::code;
use kenes_model::{ActorId, Diagnostic, Effect, Event, Model, Severity, Source, SourceId};

use crate::support::at;

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    check_period(model, findings);
    for event in model.events() {
        check_sitting(model, event, findings);
        check_stances_taken(model, event, findings);
        check_decisions(model, event, findings);
    }
    check_relaying(model, findings);
    check_releases(model, findings);
}

fn check_period(model: &Model, findings: &mut Vec<Diagnostic>) {
    let Some(period) = &model.meta().period else {
        return;
    };
    let outside = |date: &HistoricalDate| {
        matches!(period.compare(date), DateOrder::Before | DateOrder::After)
    };
    let message = |what: &str, date: &HistoricalDate| {
        format!(
            "{what} is dated {}, wholly outside the model's period ({})",
            date.render_dual(),
            period.render_dual()
        )
    };
    for event in model.events() {
        if let Some(date) = event.date().filter(|d| outside(d)) {
            let location = at(event.id().id(), event.origin(), "date");
            findings.push(warning(message("the event", date), location));
        }
    }
    for stance in model.stances() {
        if outside(stance.date()) {
            let location = at(stance.id().id(), stance.origin(), "date");
            findings.push(warning(message("the stance", stance.date()), location));
        }
    }
}

fn warning(message: String, location: kenes_model::Location) -> Diagnostic {
    Diagnostic::new(code::INVALID_DATE, Severity::Warning, message, location)
}

fn check_sitting(model: &Model, sitting: &Event, findings: &mut Vec<Diagnostic>) {
    let Some(parent) = sitting.part_of().and_then(|id| model.event(id)) else {
        return;
    };
    let (Some(date), Some(parent_date)) = (sitting.date(), parent.date()) else {
        return;
    };
    let (start, end) = date.sort_key();
    let (parent_start, parent_end) = parent_date.sort_key();
    let severity = match date.compare(parent_date) {
        DateOrder::Before | DateOrder::After => Severity::Error,
        _ if start < parent_start || end > parent_end => Severity::Warning,
        _ => return,
    };
    let how = if severity == Severity::Error {
        "wholly outside"
    } else {
        "partly outside"
    };
    let finding = Diagnostic::new(
        code::INVALID_DATE,
        severity,
        format!(
            "this part of `{}` is dated {}, {how} it ({})",
            parent.id(),
            date.render_dual(),
            parent_date.render_dual()
        ),
        at(sitting.id().id(), sitting.origin(), "date"),
    )
    .with_related(
        at(parent.id().id(), parent.origin(), "date"),
        "the date of the event it is part of",
    );
    findings.push(finding);
}

fn check_stances_taken(model: &Model, event: &Event, findings: &mut Vec<Diagnostic>) {
    let Some(event_date) = event.date() else {
        return;
    };
    for effect in event.effects() {
        let Effect::StanceTaken { stance } = effect else {
            continue;
        };
        let Some(stance) = model.stance(stance) else {
            continue;
        };
        if stance.date().compare(event_date) == DateOrder::Before {
            let message = format!(
                "the stance is dated {}, before `{}` ({}) where it was taken",
                stance.date().render_dual(),
                event.id(),
                event_date.render_dual()
            );
            let finding = warning(message, at(stance.id().id(), stance.origin(), "date"))
                .with_related(
                    at(event.id().id(), event.origin(), "effects"),
                    "the event whose `stance-taken` effect names the stance",
                );
            findings.push(finding);
        }
    }
}

/// A source dated after a work that relays it: each link of every claim's
/// chain against the next, and every source against the relaying work.
fn check_relaying(model: &Model, findings: &mut Vec<Diagnostic>) {
    // a million claims name a few thousand links: gather them in a hash set,
    // then sort those few for a stable order
    let mut pairs: FxHashSet<(&SourceId, &SourceId)> = FxHashSet::default();
    for claim in model.claims() {
        let mut previous = claim.source();
        for next in claim.via() {
            pairs.insert((previous, next));
            previous = next;
        }
    }
    if let Some(work) = &model.meta().relaying_work {
        for source in model.sources().iter().filter(|s| s.id() != work) {
            pairs.insert((source.id(), work));
        }
    }
    let mut pairs: Vec<_> = pairs.into_iter().collect();
    pairs.sort_unstable();
    for (relayed, relaying) in pairs {
        if let (Some(relayed), Some(relaying)) = (model.source(relayed), model.source(relaying)) {
            findings.extend(relayed_after(relayed, relaying));
        }
    }
}

fn relayed_after(relayed: &Source, relaying: &Source) -> Option<Diagnostic> {
    let (date, relaying_date) = (relayed.date()?, relaying.date()?);
    if date.compare(relaying_date) != DateOrder::After {
        return None;
    }
    let message = format!(
        "the source is dated {}, after `{}` ({}), which relays it",
        date.render_dual(),
        relaying.id(),
        relaying_date.render_dual()
    );
    Some(
        Diagnostic::new(
            code::INVALID_DATE,
            Severity::Error,
            message,
            at(relayed.id().id(), relayed.origin(), "date"),
        )
        .with_related(
            at(relaying.id().id(), relaying.origin(), "date"),
            "the relaying work's date",
        ),
    )
}

/// A `proposal-decided` effect dated before the event the proposal was put
/// forward at.
fn check_decisions(model: &Model, event: &Event, findings: &mut Vec<Diagnostic>) {
    let Some(decided) = event.date() else {
        return;
    };
    for effect in event.effects() {
        let Effect::ProposalDecided { proposal } = effect else {
            continue;
        };
        let Some(put) = model
            .proposal(proposal)
            .and_then(|p| p.event())
            .and_then(|e| model.event(e))
        else {
            continue;
        };
        let Some(put_on) = put
            .date()
            .filter(|d| decided.compare(d) == DateOrder::Before)
        else {
            continue;
        };
        let message = format!(
            "`{proposal}` is decided here on {}, before it was put forward at `{}` ({})",
            decided.render_dual(),
            put.id(),
            put_on.render_dual()
        );
        let location = at(event.id().id(), event.origin(), "date");
        findings.push(
            Diagnostic::new(code::INVALID_DATE, Severity::Error, message, location).with_related(
                at(put.id().id(), put.origin(), "date"),
                "where it was put forward",
            ),
        );
    }
}

/// A `released` effect dated wholly before every `arrested` effect of the
/// same person (a release with no arrest at all is left alone).
fn check_releases(model: &Model, findings: &mut Vec<Diagnostic>) {
    let mut arrests: BTreeMap<&ActorId, Vec<&Event>> = BTreeMap::new();
    for event in model.events() {
        for effect in event.effects() {
            if let Effect::Arrested { person } = effect {
                arrests.entry(person).or_default().push(event);
            }
        }
    }
    for event in model.events() {
        for effect in event.effects() {
            if let Effect::Released { person } = effect
                && let Some(arrested) = arrests.get(person)
            {
                findings.extend(released_before_arrest(event, person, arrested));
            }
        }
    }
}

fn released_before_arrest(
    release: &Event,
    person: &ActorId,
    arrests: &[&Event],
) -> Option<Diagnostic> {
    let date = release.date()?;
    let dated: Vec<&Event> = arrests
        .iter()
        .copied()
        .filter(|a| a.date().is_some())
        .collect();
    let first = dated
        .iter()
        .min_by_key(|a| a.date().map(|d| d.sort_key()))?;
    let before_all = dated.iter().all(|a| {
        a.date()
            .is_some_and(|d| date.compare(d) == DateOrder::Before)
    });
    if !before_all {
        return None;
    }
    let message = format!(
        "`{person}` is released here on {}, before being arrested at `{}`",
        date.render_dual(),
        first.id()
    );
    let location = at(release.id().id(), release.origin(), "date");
    Some(
        Diagnostic::new(code::INVALID_DATE, Severity::Error, message, location)
            .with_related(at(first.id().id(), first.origin(), "date"), "the arrest"),
    )
}
