//! Typed errors of the library: one enum per family, each variant naming the
//! problem precisely enough for the command line to print it as one line.

use thiserror::Error;

/// Where in a text input a problem was found (1-based line and column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

/// A text input (CSV of counts, game file) that could not be read.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
#[error("{position}: {message}")]
pub struct ParseError {
    /// Where the problem starts.
    pub position: Position,
    /// What is wrong, in a few words.
    pub message: String,
}

impl ParseError {
    pub(crate) fn new(line: usize, column: usize, message: impl Into<String>) -> Self {
        Self {
            position: Position { line, column },
            message: message.into(),
        }
    }
}

/// An apportionment that cannot be computed as asked.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum ApportionError {
    /// No party or constituency was given.
    #[error("no parties or constituencies to apportion among")]
    NoParties,
    /// Every party has zero votes (or all fell below the threshold).
    #[error("no votes left to apportion by (all zero or below the threshold)")]
    NoVotes,
    /// The minimum seats per party exceed the house size.
    #[error("minimum of {minimum} seats for {parties} parties exceeds the {seats} seats")]
    MinimumExceedsSeats {
        minimum: u64,
        parties: usize,
        seats: u64,
    },
    /// A minimum per party was asked of a method that has no place for it.
    #[error("method {method} does not take a minimum number of seats per party")]
    MinimumUnsupported { method: String },
    /// A quota so small that the whole parts alone exceed the house.
    #[error(
        "the {quota} quota gives {allocated} seats by whole quotas alone, more than the {seats} seats"
    )]
    QuotaOverallocates {
        quota: String,
        allocated: u64,
        seats: u64,
    },
    /// The method name is not known.
    #[error("unknown apportionment method {0:?} (known: {known})", known = crate::apportion::METHOD_NAMES.join(", "))]
    UnknownMethod(String),
    /// A parameter of a method or threshold is out of range.
    #[error("invalid parameter: {0}")]
    InvalidParameter(String),
    /// A tie-break order names a party that does not exist or misses a contender.
    #[error("tie-break order does not rank party {0}")]
    TieOrderIncomplete(usize),
    /// Internal invariant of the quota method broken (no eligible party).
    #[error("no party is eligible for seat {0} under the quota method")]
    NoEligibleParty(u64),
}

/// A voting game or power computation that cannot be run as asked.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum PowerError {
    /// A game with no players.
    #[error("a game needs at least one player")]
    NoPlayers,
    /// The quota lies outside 1..=total weight.
    #[error("quota {quota} out of range: must be between 1 and the total weight {total}")]
    QuotaOutOfRange { quota: String, total: u128 },
    /// Weight vectors of different lengths.
    #[error("weight list {rule} has {found} weights, expected {expected} (one per player)")]
    WeightCount {
        rule: usize,
        found: usize,
        expected: usize,
    },
    /// The sum of weights does not fit in 64 bits.
    #[error("total weight overflows 64 bits")]
    WeightOverflow,
    /// Exact computation would take too much memory or time.
    #[error("exact computation out of reach: {0}; use Monte Carlo estimation")]
    TooLarge(String),
    /// A parameter (samples, index name) is invalid.
    #[error("invalid parameter: {0}")]
    InvalidParameter(String),
    /// An index name is not known.
    #[error(
        "unknown power index {0:?} (known: banzhaf, banzhaf-absolute, shapley-shubik, deegan-packel, public-good, johnston)"
    )]
    UnknownIndex(String),
    /// The computation was stopped through its stop flag before any sample.
    #[error("stopped before any result")]
    Stopped,
}
