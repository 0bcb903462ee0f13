//! Divisor (highest averages) methods, seat by seat. A party's claim to its
//! next seat is `votes / d(seats)`; claims are compared through their squares
//! `votes² / d(seats)²`, which are rational for every method here, including
//! Huntington–Hill's geometric mean — so all comparisons are exact.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use std::cmp::Ordering;

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

use super::{Allocation, Divisor, Options, ties};
use crate::ApportionError;

/// A claim to the next seat, `votes² / d²` kept as an unreduced fraction
/// `numer / denom` (both positive), ordered weakest to strongest.
#[derive(Clone, Debug)]
enum Claim {
    /// No votes: never a seat beyond the minimum.
    Zero,
    /// `numer / denom`, compared by cross-multiplication.
    Finite { numer: Magnitude, denom: Magnitude },
    /// Divisor zero with votes: before any finite claim.
    Infinite,
}

/// A natural number, in a machine word while it fits.
#[derive(Clone, Debug)]
enum Magnitude {
    Small(u128),
    Big(BigUint),
}

impl Magnitude {
    fn from_big(value: BigUint) -> Self {
        value
            .to_u128()
            .map_or(Magnitude::Big(value), Magnitude::Small)
    }
    fn big(&self) -> BigUint {
        match self {
            Magnitude::Small(v) => BigUint::from(*v),
            Magnitude::Big(v) => v.clone(),
        }
    }
    /// `self · other`, exactly.
    fn times(&self, other: &Magnitude) -> Magnitude {
        match (self, other) {
            (Magnitude::Small(a), Magnitude::Small(b)) => a
                .checked_mul(*b)
                .map_or_else(|| Magnitude::Big(BigUint::from(*a) * b), Magnitude::Small),
            _ => Magnitude::Big(self.big() * other.big()),
        }
    }
    fn compare(&self, other: &Magnitude) -> Ordering {
        match (self, other) {
            (Magnitude::Small(a), Magnitude::Small(b)) => a.cmp(b),
            _ => self.big().cmp(&other.big()),
        }
    }
}

impl Claim {
    fn rank(&self) -> u8 {
        match self {
            Claim::Zero => 0,
            Claim::Finite { .. } => 1,
            Claim::Infinite => 2,
        }
    }
}

impl Ord for Claim {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Claim::Finite { numer: a, denom: b }, Claim::Finite { numer: c, denom: d }) => {
                a.times(d).compare(&c.times(b))
            }
            _ => self.rank().cmp(&other.rank()),
        }
    }
}

impl PartialOrd for Claim {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Claim {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Claim {}

/// `d(s)²` for the method, as an unreduced fraction `(numer, denom)`.
fn squared_divisor(divisor: &Divisor, held: u64) -> (BigUint, BigUint) {
    let s = BigUint::from(held);
    let one = BigUint::from(1u8);
    let square = |value: BigUint| (&value * &value, BigUint::from(1u8));
    match divisor {
        Divisor::Jefferson => square(s + 1u8),
        Divisor::Webster => square(s * 2u8 + 1u8),
        Divisor::ModifiedSainteLague { first } if held == 0 => {
            let numer = first.numer().magnitude();
            let denom = first.denom().magnitude();
            (numer * numer, denom * denom)
        }
        Divisor::ModifiedSainteLague { .. } => square(s * 2u8 + 1u8),
        Divisor::HuntingtonHill => (&s * (&s + 1u8), one),
        Divisor::Adams => square(s),
        Divisor::Dean => {
            let numer = &s * (&s + 1u8) * 2u8;
            let denom = s * 2u8 + 1u8;
            (&numer * &numer, &denom * &denom)
        }
        Divisor::Danish => square(s * 3u8 + 1u8),
        Divisor::Imperiali => square(s + 2u8),
    }
}

fn claim(divisor: &Divisor, votes: u64, held: u64) -> Claim {
    if votes == 0 {
        return Claim::Zero;
    }
    let (d2_numer, d2_denom) = squared_divisor(divisor, held);
    if d2_numer.is_zero() {
        return Claim::Infinite;
    }
    let v = BigUint::from(votes);
    Claim::Finite {
        numer: Magnitude::from_big(&v * &v * d2_denom),
        denom: Magnitude::from_big(d2_numer),
    }
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
        .map(|i| {
            if excluded.contains(&i) {
                0
            } else {
                options.minimum
            }
        })
        .collect();
    let mut left = house - seats.iter().sum::<u64>();
    let mut heap: BinaryHeap<(Claim, Reverse<usize>)> = (0..votes.len())
        .filter(|i| !excluded.contains(i))
        .map(|i| (claim(divisor, votes[i], seats[i]), Reverse(i)))
        .collect();
    while left > 0 {
        let Some((top, Reverse(first))) = heap.pop() else {
            break;
        };
        let mut group = vec![first];
        while heap.peek().is_some_and(|(c, _)| *c == top) {
            if let Some((_, Reverse(next))) = heap.pop() {
                group.push(next);
            }
        }
        if group.len() as u64 > left {
            let tie = ties::settle(group, left, &options.tie_break)?;
            tie.winners().iter().for_each(|&w| seats[w] += 1);
            return Ok(Allocation {
                seats,
                ties: vec![tie],
            });
        }
        for party in group {
            seats[party] += 1;
            left -= 1;
            heap.push((claim(divisor, votes[party], seats[party]), Reverse(party)));
        }
    }
    Ok(Allocation {
        seats,
        ties: Vec::new(),
    })
}
