//! K113 undated-event: an event with no date.
//!
//! An undated event has no place on the timeline, so its effects never apply
//! to the state of the system on any day: a body it forms never exists, power
//! it passes never passes. The sources may indeed give no date; the note
//! reminds the editor that even a month (`1917-11`) or an open range
//! (`../1917-11-01`) lets the event take part.
//!
//! # Example
//!
//! ```toml
//! [[event]]
//! id = "ev.meeting"
//! kind = "meeting"
//! title = "A meeting in the old city"   # K113 (note): no `date`
//! ```

use kenes_model::{Diagnostic, Model, Severity};

use crate::rules::codes::UNDATED_EVENT;
use crate::support::at;

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    for event in model.events().iter().filter(|e| e.date().is_none()) {
        let mut finding = Diagnostic::new(
            UNDATED_EVENT,
            Severity::Note,
            "the event has no date, so it has no place on the timeline",
            at(event.id().id(), event.origin(), "id"),
        );
        if !event.effects().is_empty() {
            finding = finding.with_note(format!(
                "its {} effect(s) never apply to the state of the system on any day",
                event.effects().len()
            ));
        }
        findings.push(finding.with_note("a month, a year or an open range is enough to place it"));
    }
}
