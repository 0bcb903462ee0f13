//! K107 sources-disagree: two sources state the same fact differently.
//!
//! Kenes keeps both claims of a conflict; neither is thrown away. This rule
//! finds the conflicts so that an editor can see them side by side, judge
//! whether they can be reconciled, and record a reading. It compares:
//!
//! - (a) compositions of the same body or proposal from different sources: a
//!   different stated size, or the same constituency with a different number
//!   of seats. A source that lists a subset of the other's constituencies with
//!   equal numbers is *reconcilable* (it omits some); a different number for
//!   the same constituency is *not reconcilable*;
//! - (b) an event recorded as another source's account (`account_of`) against
//!   the event it is an account of: dates (one containing the other is
//!   reconcilable, disjoint dates are not), place, attendance;
//! - (c) population figures of the same group in the same place that give
//!   different shares or incompatible counts.
//!
//! A conflict between sources is a finding about the sources, not an error of
//! the model, so every finding is a warning — except an account that only
//! refines the other (a day within its range, a town within its region),
//! which is a note. When a reading chooses between
//! the two, a note names the adopted alternative and the reason.
//!
//! # Example
//!
//! ```toml
//! [[composition]]
//! id = "comp.council.tv"
//! of = "body.council"
//! size = 12
//! claims = ["c.turkestanskie-vedomosti.council"]
//! [[composition]]
//! id = "comp.council.birlik-tuy"
//! of = "body.council"
//! size = 15              # K107: 12 in one source, 15 in the other
//! claims = ["c.birlik-tuy.council"]
//! ```

mod accounts;
mod compositions;
mod populations;

use kenes_model::{Diagnostic, Model};

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    compositions::run(model, findings);
    accounts::run(model, findings);
    populations::run(model, findings);
}
