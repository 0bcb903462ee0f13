//! Largest-remainder methods: every party takes the whole number of quotas
//! in its votes, and the seats left go to the largest remainders. Quotas and
//! remainders are exact: integers over a common denominator.

use super::{Allocation, Quota, TieBreak, ties};
use crate::ApportionError;

/// The quota as a fraction `b / a` of votes per seat, so that a party's
/// share of seats is `votes · a / b`. All remainders then share the
/// denominator `b` and compare as integers. `a <= 2^64 + 1` and
/// `votes < 2^64`, so `votes · a` fits in 128 bits.
fn quota_fraction(quota: Quota, total: u128, house: u64) -> (u128, u128) {
    let s = u128::from(house);
    match quota {
        Quota::Hare => (s, total),
        Quota::Droop => (1, total / (s + 1) + 1),
        Quota::HagenbachBischoff => (s + 1, total),
        Quota::Imperiali => (s + 2, total),
    }
}

pub(super) fn allocate(
    votes: &[u64],
    house: u64,
    quota: &Quota,
    tie_break: &TieBreak,
) -> Result<Allocation, ApportionError> {
    let total: u128 = votes.iter().map(|&v| u128::from(v)).sum();
    if house == 0 || total == 0 {
        return Ok(Allocation {
            seats: vec![0; votes.len()],
            ties: Vec::new(),
        });
    }
    let (per_vote, denominator) = quota_fraction(*quota, total, house);
    let mut seats = Vec::with_capacity(votes.len());
    let mut remainders = Vec::with_capacity(votes.len());
    for &v in votes {
        let scaled = u128::from(v) * per_vote;
        seats.push(u64::try_from(scaled / denominator).unwrap_or(u64::MAX));
        remainders.push(scaled % denominator);
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
    remainders: &[u128],
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
