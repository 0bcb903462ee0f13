//! The quota method of Balinski and Young ("The quota method of
//! apportionment", American Mathematical Monthly 82 (1975) 701–730): seats are
//! given one at a time, each to the party with the largest `votes / (seats + 1)`
//! among those that would not exceed their upper quota at the enlarged house.
//! It is house-monotone and satisfies quota.

use num_bigint::BigUint;

use super::{Allocation, TieBreak, ties};
use crate::ApportionError;

/// Whether party `i` may take seat number `house_after` without exceeding
/// its upper quota: `seats_i < votes_i * house_after / total`.
fn eligible(votes: u64, held: u64, house_after: u64, total: u128) -> bool {
    if votes == 0 {
        return false;
    }
    let right = u128::from(votes) * u128::from(house_after);
    match u128::from(held).checked_mul(total) {
        Some(left) => left < right,
        None => BigUint::from(held) * total < BigUint::from(right),
    }
}

/// Parties eligible for the next seat with the strongest Jefferson claim.
fn strongest(votes: &[u64], seats: &[u64], house_after: u64, total: u128) -> Vec<usize> {
    let mut best: Vec<usize> = Vec::new();
    for i in (0..votes.len()).filter(|&i| eligible(votes[i], seats[i], house_after, total)) {
        let Some(&leader) = best.first() else {
            best.push(i);
            continue;
        };
        // votes_i / (s_i + 1) against votes_l / (s_l + 1), cross-multiplied.
        let mine = u128::from(votes[i]) * (u128::from(seats[leader]) + 1);
        let theirs = u128::from(votes[leader]) * (u128::from(seats[i]) + 1);
        if mine > theirs {
            best = vec![i];
        } else if mine == theirs {
            best.push(i);
        }
    }
    best
}

pub(super) fn allocate(
    votes: &[u64],
    house: u64,
    tie_break: &TieBreak,
) -> Result<Allocation, ApportionError> {
    let total: u128 = votes.iter().map(|&v| u128::from(v)).sum();
    allocate_from(votes, vec![0; votes.len()], house, 0, tie_break, total)
}

/// Gives seats `given + 1 ..= house`, starting from `start`.
fn allocate_from(
    votes: &[u64],
    start: Vec<u64>,
    house: u64,
    given: u64,
    tie_break: &TieBreak,
    total: u128,
) -> Result<Allocation, ApportionError> {
    let mut seats = start;
    let mut found = Vec::new();
    let mut next = given;
    while next < house {
        let group = strongest(votes, &seats, next + 1, total);
        if group.len() > 1 && order_is_immaterial(votes, &seats, &group, next, house, total) {
            group.iter().for_each(|&p| seats[p] += 1);
            next += group.len() as u64;
            continue;
        }
        let winner = match group.as_slice() {
            [] => return Err(ApportionError::NoEligibleParty(next + 1)),
            [only] => *only,
            _ => {
                let tie = ties::settle(group, 1, tie_break)?;
                let Some(&winner) = tie.winners().first() else {
                    found.push(tie);
                    return Ok(Allocation { seats, ties: found });
                };
                found.push(tie);
                winner
            }
        };
        seats[winner] += 1;
        next += 1;
    }
    Ok(Allocation { seats, ties: found })
}

/// A tie at seat `given + 1` does not matter when, whichever order the tied
/// parties are served in, each of them receives one of the next seats: there
/// are enough seats left, and at each of those steps the strongest eligible
/// parties are exactly the tied ones not yet served.
fn order_is_immaterial(
    votes: &[u64],
    seats: &[u64],
    group: &[usize],
    given: u64,
    house: u64,
    total: u128,
) -> bool {
    if given + group.len() as u64 > house {
        return false;
    }
    let mut trial = seats.to_vec();
    for (step, &party) in group.iter().enumerate() {
        let strongest_now = strongest(votes, &trial, given + step as u64 + 1, total);
        let expected: Vec<usize> = group[step..].to_vec();
        if strongest_now != expected {
            return false;
        }
        trial[party] += 1;
    }
    true
}
