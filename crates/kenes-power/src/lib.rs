//! kenes-power: apportionment, disproportionality and voting power, in exact
//! arithmetic, usable on its own.
//!
//! * [`apportion`]: largest-remainder, divisor and quota methods, thresholds,
//!   minimum seats, and ties that are reported rather than broken silently.
//! * [`disproportionality`]: Gallagher, Loosemore–Hanby, Sainte-Laguë, Rae
//!   and D'Hondt indices of seats against votes or population.
//! * [`game`] and [`index`]: weighted voting games and their combinations,
//!   with Banzhaf, Shapley–Shubik, Deegan–Packel, Public Good and Johnston
//!   indices computed exactly (generating functions or enumeration) or
//!   estimated (Monte Carlo with confidence intervals).
//! * [`representation`]: seat shares against population shares for a body,
//!   with the indices and the apportionments each method would have given.
//! * [`csv`] and [`game::parse_game`]: parsers of the text inputs, with typed
//!   errors carrying line and column.
//!
//! The crate does no I/O; callers read files and render results.

pub mod apportion;
pub mod csv;
pub mod disproportionality;
mod error;
pub mod game;
pub mod index;
pub mod number;
pub mod representation;
mod rng;

pub use error::{ApportionError, ParseError, Position, PowerError};
pub use rng::Rng;
