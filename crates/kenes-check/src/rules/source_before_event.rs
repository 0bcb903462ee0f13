//! K108 source-before-event: a source is dated before the event a claim of it
//! is cited for.
//!
//! A newspaper cannot report on 8 November a sitting held on 15 November, so
//! either a date is wrong (often a calendar slip: an Old Style date read as
//! New Style) or the claim is cited for the wrong event. When the source is
//! dated wholly before the event it is an error; when the dates overlap and
//! the source may be earlier than the event's start (a source known only to
//! the month), a note says the order is uncertain. Planned events are skipped:
//! a source may well announce what is still to come.
//!
//! # Example
//!
//! ```toml
//! [[source]]
//! id = "src.nasha-gazeta.1917-11-08"
//! date = "1917-11-08"
//! [[event]]
//! id = "ev.congress3"
//! date = "1917-11-15/1917-11-22"
//! claims = ["c.nasha-gazeta.congress"]   # K108: a claim of a source dated 8 Nov
//! ```

use std::collections::BTreeSet;

use kenes_model::date::DateOrder;
use kenes_model::diagnostic::code;
use kenes_model::{Claim, Diagnostic, Event, EventStatus, Model, Severity, Source};

use crate::support::at;

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    for event in model
        .events()
        .iter()
        .filter(|e| e.status() == EventStatus::Held)
    {
        let mut seen = BTreeSet::new();
        for claim in event
            .origin()
            .claims()
            .iter()
            .filter_map(|c| model.claim(c))
        {
            let Some(source) = model.source(claim.source()) else {
                continue;
            };
            if seen.insert(source.id()) {
                findings.extend(check(event, claim, source));
            }
        }
    }
}

fn check(event: &Event, claim: &Claim, source: &Source) -> Option<Diagnostic> {
    let (source_date, event_date) = (source.date()?, event.date()?);
    let severity = match source_date.compare(event_date) {
        DateOrder::Before => Severity::Error,
        DateOrder::CannotTell if source_date.sort_key().0 < event_date.sort_key().0 => {
            Severity::Note
        }
        _ => return None,
    };
    let how = if severity == Severity::Error {
        "before"
    } else {
        "perhaps before"
    };
    let message = format!(
        "the event is cited from `{}` (claim `{}`), dated {}, {how} the event ({})",
        source.id(),
        claim.id(),
        source_date.render_dual(),
        event_date.render_dual()
    );
    let note = if severity == Severity::Error {
        "a source cannot report an event that had not yet happened: check both dates \
         (and their calendars) and whether the claim belongs to this event"
    } else {
        "the dates overlap, so the order cannot be told; a more precise date would settle it"
    };
    Some(
        Diagnostic::new(
            code::SOURCE_BEFORE_EVENT,
            severity,
            message,
            at(event.id().id(), event.origin(), "date"),
        )
        .with_note(note)
        .with_related(
            at(source.id().id(), source.origin(), "date"),
            "the source's date",
        ),
    )
}
