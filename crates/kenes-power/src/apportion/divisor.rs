//! Divisor (highest averages) methods, seat by seat. A party's claim to its
//! next seat is `votes / d(seats)`; claims are compared through their squares
//! `votes² / d(seats)²`, which are rational for every method here, including
//! Huntington–Hill's geometric mean — so all comparisons are exact.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use num_bigint::BigInt;
use num_rational::BigRational;

use super::{Allocation, Divisor, Options, ties};
use crate::ApportionError;

/// A claim to the next seat, ordered weakest to strongest.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Claim {
    /// No votes: never a seat beyond the minimum.
    Zero,
    /// `votes² / d²`.
    Finite(BigRational),
    /// Divisor zero with votes: before any finite claim.
    Infinite,
}

/// `d(s)²` for the method.
fn squared_divisor(divisor: &Divisor, held: u64) -> BigRational {
    let s = BigInt::from(held);
    let int = |value: BigInt| BigRational::from_integer(value);
    let square = |value: BigInt| int(&value * &value);
    match divisor {
        Divisor::Jefferson => square(s + 1),
        Divisor::Webster => square(2 * s + 1),
        Divisor::ModifiedSainteLague { first } if held == 0 => first * first,
        Divisor::ModifiedSainteLague { .. } => square(2 * s + 1),
        Divisor::HuntingtonHill => int(&s * (&s + 1)),
        Divisor::Adams => square(s),
        Divisor::Dean => {
            let numer = 2 * &s * (&s + 1);
            let denom = 2 * s + 1;
            BigRational::new(&numer * &numer, &denom * &denom)
        }
        Divisor::Danish => square(3 * s + 1),
        Divisor::Imperiali => square(s + 2),
    }
}

fn claim(divisor: &Divisor, votes: u64, held: u64) -> Claim {
    if votes == 0 {
        return Claim::Zero;
    }
    let d2 = squared_divisor(divisor, held);
    if d2 == BigRational::default() {
        return Claim::Infinite;
    }
    let v = BigInt::from(votes);
    Claim::Finite(BigRational::from_integer(&v * &v) / d2)
}

/// Seat-by-seat allocation; a group of equal claims larger than the seats
/// left is a tie.
pub(super) fn allocate(
    votes: &[u64],
    excluded: &[usize],
    house: u64,
    divisor: &Divisor,
    options: &Options,
) -> Result<Allocation, ApportionError> {
    let mut seats: Vec<u64> = (0..votes.len())
        .map(|i| if excluded.contains(&i) { 0 } else { options.minimum })
        .collect();
    let mut left = house - seats.iter().sum::<u64>();
    let mut heap: BinaryHeap<(Claim, Reverse<usize>)> = (0..votes.len())
        .filter(|i| !excluded.contains(i))
        .map(|i| (claim(divisor, votes[i], seats[i]), Reverse(i)))
        .collect();
    while left > 0 {
        let Some((top, Reverse(first))) = heap.pop() else { break };
        let mut group = vec![first];
        while heap.peek().is_some_and(|(c, _)| *c == top) {
            if let Some((_, Reverse(next))) = heap.pop() {
                group.push(next);
            }
        }
        if group.len() as u64 > left {
            let tie = ties::settle(group, left, &options.tie_break)?;
            tie.winners().iter().for_each(|&w| seats[w] += 1);
            return Ok(Allocation { seats, ties: vec![tie] });
        }
        for party in group {
            seats[party] += 1;
            left -= 1;
            heap.push((claim(divisor, votes[party], seats[party]), Reverse(party)));
        }
    }
    Ok(Allocation { seats, ties: Vec::new() })
}
