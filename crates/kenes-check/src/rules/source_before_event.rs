//! K108 source-before-event: a source is dated before the event a claim of it
//! is cited for.
//!
//! A newspaper cannot report on 8 November a sitting held on 15 November, so
//! either a date is wrong (often a calendar slip: an Old Style date read as
//! New Style) or the claim is cited for the wrong event. When the source is
//! dated wholly before the event it is an error; when the dates overlap and
//! the source may be earlier than the event's start (a source known only to
//! the month), a note says the order is uncertain. Planned events are skipped:
//! a source may well announce what is still to come. For a publication, the
//! newspaper issue in the claim's `via` that prints an older document is the
//! publication itself, so the latest-dated link of the chain is compared (the
//! model's relaying work, written long after, is left out).
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

use rayon::prelude::*;

use kenes_model::date::DateOrder;
use kenes_model::diagnostic::code;
use kenes_model::{Claim, Diagnostic, Event, EventKind, EventStatus, Model, Severity, Source};

use crate::support::at;

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    let mut found: Vec<Diagnostic> = model
        .events()
        .par_iter()
        .filter(|e| e.status() == EventStatus::Held)
        .flat_map_iter(|event| {
            let mut found = Vec::new();
            let mut seen = BTreeSet::new();
            let claims = event
                .origin()
                .claims()
                .iter()
                .filter_map(|c| model.claim(c));
            for claim in claims {
                let Some(witness) = witness(model, event, claim) else {
                    continue;
                };
                if seen.insert(witness.id()) {
                    found.extend(check(event, claim, witness));
                }
            }
            found
        })
        .collect();
    findings.append(&mut found);
}

/// The source whose date must not precede the event: the claim's source; for
/// a publication, the latest-dated link of the claim's chain (a newspaper
/// issue that prints an older document is the publication itself), leaving
/// out the model's relaying work, which is no witness of 1917.
fn witness<'m>(model: &'m Model, event: &Event, claim: &Claim) -> Option<&'m Source> {
    let source = model.source(claim.source())?;
    if event.kind() != EventKind::Publication {
        return Some(source);
    }
    let relaying_work = model.meta().relaying_work.as_ref();
    let chain = std::iter::once(claim.source())
        .chain(claim.via())
        .filter(|id| Some(*id) != relaying_work)
        .filter_map(|id| model.source(id));
    chain
        .max_by_key(|s| s.date().map(|d| d.sort_key().1))
        .or(Some(source))
}

fn check(event: &Event, claim: &Claim, source: &Source) -> Option<Diagnostic> {
    let (source_date, event_date) = (source.date()?, event.date()?);
    let (severity, how, note) = match source_date.compare(event_date) {
        DateOrder::Before => (Severity::Error, "before", IMPOSSIBLE),
        DateOrder::CannotTell if source_date.sort_key().0 < event_date.sort_key().0 => {
            (Severity::Note, "perhaps before", UNCERTAIN)
        }
        _ => return None,
    };
    let message = format!(
        "the event is cited from `{}` (claim `{}`), dated {}, {how} the event ({})",
        source.id(),
        claim.id(),
        source_date.render_dual(),
        event_date.render_dual()
    );
    let location = at(event.id().id(), event.origin(), "date");
    let related = at(source.id().id(), source.origin(), "date");
    Some(
        Diagnostic::new(code::SOURCE_BEFORE_EVENT, severity, message, location)
            .with_note(note)
            .with_related(related, "the source's date"),
    )
}

const IMPOSSIBLE: &str = "a source cannot report an event that had not yet happened: check \
    both dates (and their calendars) and whether the claim belongs to this event";
const UNCERTAIN: &str =
    "the dates overlap, so the order cannot be told; a more precise date would settle it";
