//! Apportionment: dividing a house of seats among parties (by votes) or
//! constituencies (by population). Largest-remainder methods, divisor methods
//! and the quota method of Balinski and Young, all in exact arithmetic.
//!
//! **Invariant:** ties are never broken silently. A tie that decides seats is
//! returned in [`Apportionment::ties`]; it is only broken when the caller chose
//! a [`TieBreak`] (a stated order, or lots drawn with a seed), and then the
//! tie is still reported together with its winners.

mod divisor;
mod largest_remainder;
mod method;
mod quota_method;
mod ties;

pub use method::{Divisor, METHOD_NAMES, Method, Quota};
pub use ties::{Tie, TieBreak};

use num_bigint::BigUint;
use num_rational::BigRational;

use crate::ApportionError;

/// An electoral threshold below which a party takes no seats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Threshold {
    /// A share of all votes cast (e.g. 5/100); a party needs at least this.
    Share(BigRational),
    /// An absolute number of votes; a party needs at least this.
    Votes(u64),
}

/// Options common to every method.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Parties below the threshold are excluded before seats are divided.
    pub threshold: Option<Threshold>,
    /// Seats every (non-excluded) party receives before the divisor method
    /// runs, as in the US House (one per state). Divisor methods only.
    pub minimum: u64,
    /// What to do with a tie that decides a seat.
    pub tie_break: TieBreak,
}

/// The outcome of an apportionment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Apportionment {
    seats: Vec<u64>,
    ties: Vec<Tie>,
    excluded: Vec<usize>,
}

impl Apportionment {
    /// Seats per party, in input order. With an unbroken tie the contested
    /// seats are not in here, so the sum is below the house size.
    pub fn seats(&self) -> &[u64] {
        &self.seats
    }
    /// Ties met on the way, broken (with winners) or not (the last one).
    pub fn ties(&self) -> &[Tie] {
        &self.ties
    }
    /// Whether an unbroken tie left seats unallocated.
    pub fn is_complete(&self) -> bool {
        self.ties.iter().all(|tie| !tie.winners().is_empty())
    }
    /// Parties excluded by the threshold (input indices).
    pub fn excluded(&self) -> &[usize] {
        &self.excluded
    }
}

/// What a method returns before tie-breaking is applied by its caller.
pub(crate) struct Allocation {
    pub(crate) seats: Vec<u64>,
    pub(crate) ties: Vec<Tie>,
}

/// Apportions `seats` among parties with the given `votes` (or populations).
pub fn apportion(
    votes: &[u64],
    seats: u64,
    method: &Method,
    options: &Options,
) -> Result<Apportionment, ApportionError> {
    if votes.is_empty() {
        return Err(ApportionError::NoParties);
    }
    let (eligible, excluded) = apply_threshold(votes, options.threshold.as_ref())?;
    if eligible.iter().all(|&v| v == 0) {
        return Err(ApportionError::NoVotes);
    }
    check_minimum(
        method,
        options.minimum,
        eligible.len() - excluded.len(),
        seats,
    )?;
    let allocation = match method {
        Method::LargestRemainder(quota) => {
            largest_remainder::allocate(&eligible, seats, quota, &options.tie_break)?
        }
        Method::Divisor(divisor) => {
            divisor::allocate(&eligible, &excluded, seats, divisor, options)?
        }
        Method::BalinskiYoung => quota_method::allocate(&eligible, seats, &options.tie_break)?,
    };
    Ok(Apportionment {
        seats: allocation.seats,
        ties: allocation.ties,
        excluded,
    })
}

fn check_minimum(
    method: &Method,
    minimum: u64,
    parties: usize,
    seats: u64,
) -> Result<(), ApportionError> {
    if minimum == 0 {
        return Ok(());
    }
    if !matches!(method, Method::Divisor(_)) {
        return Err(ApportionError::MinimumUnsupported {
            method: method.to_string(),
        });
    }
    let needed = (parties as u128) * u128::from(minimum);
    if needed > u128::from(seats) {
        return Err(ApportionError::MinimumExceedsSeats {
            minimum,
            parties,
            seats,
        });
    }
    Ok(())
}

/// Zeroes the votes of parties below the threshold; returns them and the
/// indices excluded. The share is taken of all votes, excluded ones included.
fn apply_threshold(
    votes: &[u64],
    threshold: Option<&Threshold>,
) -> Result<(Vec<u64>, Vec<usize>), ApportionError> {
    let total: BigUint = votes.iter().map(|&v| BigUint::from(v)).sum();
    let passes = |v: u64| -> Result<bool, ApportionError> {
        match threshold {
            None => Ok(true),
            Some(Threshold::Votes(minimum)) => Ok(v >= *minimum),
            Some(Threshold::Share(share)) => share_reached(v, &total, share),
        }
    };
    let mut eligible = Vec::with_capacity(votes.len());
    let mut excluded = Vec::new();
    for (index, &v) in votes.iter().enumerate() {
        if passes(v)? {
            eligible.push(v);
        } else {
            eligible.push(0);
            excluded.push(index);
        }
    }
    Ok((eligible, excluded))
}

fn share_reached(v: u64, total: &BigUint, share: &BigRational) -> Result<bool, ApportionError> {
    use num_traits::{One, Signed, Zero};
    if share.is_negative() || *share > BigRational::one() {
        return Err(ApportionError::InvalidParameter(format!(
            "threshold share {share} must lie between 0 and 1"
        )));
    }
    if total.is_zero() {
        return Ok(false);
    }
    let numer = share.numer().magnitude();
    let denom = share.denom().magnitude();
    Ok(BigUint::from(v) * denom >= numer * total)
}
