//! Largest-remainder methods: every party takes the whole number of quotas
//! in its votes, and the seats left go to the largest remainders. Quotas
//! and remainders are exact rationals.

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;

use super::{Allocation, Quota, TieBreak, ties};
use crate::ApportionError;

/// The quota for `total` votes and `house` seats (`house > 0`).
fn quota_value(quota: Quota, total: &BigInt, house: u64) -> BigRational {
    let s = BigInt::from(house);
    match quota {
        Quota::Hare => BigRational::new(total.clone(), s),
        Quota::Droop => BigRational::from_integer(total.div_floor(&(s + 1)) + 1),
        Quota::HagenbachBischoff => BigRational::new(total.clone(), s + 1),
        Quota::Imperiali => BigRational::new(total.clone(), s + 2),
    }
}

pub(super) fn allocate(
    votes: &[u64],
    house: u64,
    quota: &Quota,
    tie_break: &TieBreak,
) -> Result<Allocation, ApportionError> {
    if house == 0 {
        return Ok(Allocation {
            seats: vec![0; votes.len()],
            ties: Vec::new(),
        });
    }
    let total: BigInt = votes.iter().map(|&v| BigInt::from(v)).sum();
    let q = quota_value(*quota, &total, house);
    let mut seats = Vec::with_capacity(votes.len());
    let mut remainders = Vec::with_capacity(votes.len());
    for &v in votes {
        let share = BigRational::from_integer(BigInt::from(v)) / &q;
        let whole = share.floor();
        remainders.push(&share - &whole);
        seats.push(u64::try_from(whole.to_integer()).unwrap_or(u64::MAX));
    }
    let allocated: u128 = seats.iter().map(|&s| u128::from(s)).sum();
    if allocated > u128::from(house) {
        return Err(ApportionError::QuotaOverallocates {
            quota: quota.to_string(),
            allocated: u64::try_from(allocated).unwrap_or(u64::MAX),
            seats: house,
        });
    }
    let left = house - allocated as u64;
    let candidates: Vec<usize> = (0..votes.len()).filter(|&i| votes[i] > 0).collect();
    let tie = give_remainder_seats(&mut seats, &remainders, candidates, left, tie_break)?;
    Ok(Allocation {
        seats,
        ties: tie.into_iter().collect(),
    })
}

/// Gives `left` seats to the largest remainders among `candidates`; equal
/// remainders straddling the cut form a tie.
fn give_remainder_seats(
    seats: &mut [u64],
    remainders: &[BigRational],
    mut candidates: Vec<usize>,
    left: u64,
    tie_break: &TieBreak,
) -> Result<Option<ties::Tie>, ApportionError> {
    if left == 0 || candidates.is_empty() {
        return Ok(None);
    }
    candidates.sort_by(|&a, &b| remainders[b].cmp(&remainders[a]).then(a.cmp(&b)));
    let cut = usize::try_from(left)
        .unwrap_or(usize::MAX)
        .min(candidates.len());
    let boundary = &remainders[candidates[cut - 1]];
    let sure: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| remainders[i] > *boundary)
        .collect();
    let level: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| remainders[i] == *boundary)
        .collect();
    sure.iter().for_each(|&i| seats[i] += 1);
    let open = (cut - sure.len()) as u64;
    if level.len() as u64 == open {
        level.iter().for_each(|&i| seats[i] += 1);
        return Ok(None);
    }
    let tie = ties::settle(level, open, tie_break)?;
    tie.winners().iter().for_each(|&w| seats[w] += 1);
    Ok(Some(tie))
}
