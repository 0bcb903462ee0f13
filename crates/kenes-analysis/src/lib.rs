//! The model computed, not typed in: the state of the system on any day
//! (bodies, power, arrests, stances, planned and undated events), the
//! dual-calendar timeline, the stance matrix, and a readable report.
//!
//! Everything here is pure: plain result types with public fields or
//! getters, built from a [`kenes_model::Model`]; the CLI and the web explorer
//! render them. No I/O, no serialisation.
//!
//! **Invariant:** every derived line carries the claims behind it, the event
//! or stance that caused it, the date it was last attested, and an explicit
//! [`Certainty`]; nothing is carried past the last attested date as if known.

pub mod certainty;
pub mod names;
pub mod report;
pub mod representation;
pub mod stances;
pub mod state;
pub mod timeline;

pub use certainty::{Cause, Certainty, Evidence};
pub use stances::{
    IssueMovement, MovementStep, StanceEntry, StanceMatrix, movement, stance_matrix,
};
pub use state::{State, state_at};
pub use timeline::{TimelineEntry, timeline};
