//! Disproportionality of seats against votes (or population): Gallagher's
//! least squares, Loosemore–Hanby, the Sainte-Laguë index, Rae and the
//! D'Hondt index, computed exactly on shares.
//!
//! **Units.** Every index is computed on shares as fractions of 1; the
//! `*_points` methods give the same value in percentage points (×100), the
//! unit of Gallagher (1991). The D'Hondt index is a ratio and has no unit.
//! Gallagher's index is a square root; its exact square is kept.
//!
//! **Unrepresented shares.** Parties (or constituencies) with votes but no
//! seats are treated as chosen by [`Unrepresented`], and the choice is kept in
//! the result.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, Zero};

use crate::ApportionError;
use crate::number::to_f64;

/// How parties with votes but no seats enter the indices.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Unrepresented {
    /// Each counts as a party of its own (the default; Loosemore–Hanby's usage).
    #[default]
    Separate,
    /// They are merged into one "others" category (Gallagher 1991 discusses it).
    Lumped,
    /// They are left out and vote shares renormalised over the represented.
    Excluded,
}

/// The five indices for one distribution of seats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disproportionality {
    /// How unrepresented parties were treated.
    pub unrepresented: Unrepresented,
    /// Number of categories the indices were computed over.
    pub categories: usize,
    /// Gallagher squared: `½ Σ (v−s)²`, in fractions squared.
    pub gallagher_squared: BigRational,
    /// Loosemore–Hanby: `½ Σ |v−s|`, fraction.
    pub loosemore_hanby: BigRational,
    /// Rae: `(1/n) Σ |v−s|`, fraction.
    pub rae: BigRational,
    /// Sainte-Laguë: `Σ (s−v)²/v`, fraction; `None` when a category with no
    /// votes holds seats (the index is infinite).
    pub sainte_lague: Option<BigRational>,
    /// D'Hondt: `max s/v`; `None` when a category with no votes holds seats.
    pub dhondt: Option<BigRational>,
}

impl Disproportionality {
    /// Gallagher's least-squares index, fraction.
    pub fn gallagher(&self) -> f64 {
        to_f64(&self.gallagher_squared).sqrt()
    }
    /// Gallagher's index in percentage points.
    pub fn gallagher_points(&self) -> f64 {
        100.0 * self.gallagher()
    }
    /// Loosemore–Hanby in percentage points.
    pub fn loosemore_hanby_points(&self) -> f64 {
        100.0 * to_f64(&self.loosemore_hanby)
    }
    /// Rae in percentage points.
    pub fn rae_points(&self) -> f64 {
        100.0 * to_f64(&self.rae)
    }
    /// Sainte-Laguë index on percentages (Gallagher's scale), if finite.
    pub fn sainte_lague_points(&self) -> Option<f64> {
        self.sainte_lague.as_ref().map(|v| 100.0 * to_f64(v))
    }
}

/// Computes the indices for `votes` and `seats` (same length, same order).
pub fn measure(
    votes: &[u64],
    seats: &[u64],
    unrepresented: Unrepresented,
) -> Result<Disproportionality, ApportionError> {
    if votes.len() != seats.len() {
        return Err(ApportionError::InvalidParameter(format!(
            "{} vote counts but {} seat counts",
            votes.len(),
            seats.len()
        )));
    }
    let (votes, seats) = categories(votes, seats, unrepresented);
    let total_votes: u128 = votes.iter().map(|&v| u128::from(v)).sum();
    let total_seats: u128 = seats.iter().map(|&s| u128::from(s)).sum();
    if votes.is_empty() || total_votes == 0 || total_seats == 0 {
        return Err(ApportionError::NoVotes);
    }
    let share = |part: u64, whole: u128| BigRational::new(BigInt::from(part), BigInt::from(whole));
    let pairs: Vec<(BigRational, BigRational)> = votes
        .iter()
        .zip(&seats)
        .map(|(&v, &s)| (share(v, total_votes), share(s, total_seats)))
        .collect();
    Ok(indices(&pairs, unrepresented))
}

fn indices(
    pairs: &[(BigRational, BigRational)],
    unrepresented: Unrepresented,
) -> Disproportionality {
    let half = BigRational::new(BigInt::from(1), BigInt::from(2));
    let absolute: BigRational = pairs.iter().map(|(v, s)| (v - s).abs()).sum();
    let squares: BigRational = pairs.iter().map(|(v, s)| (v - s) * (v - s)).sum();
    let n = BigRational::from_integer(BigInt::from(pairs.len()));
    Disproportionality {
        unrepresented,
        categories: pairs.len(),
        gallagher_squared: &half * squares,
        loosemore_hanby: &half * &absolute,
        rae: absolute / n,
        sainte_lague: sainte_lague(pairs),
        dhondt: dhondt(pairs),
    }
}

fn sainte_lague(pairs: &[(BigRational, BigRational)]) -> Option<BigRational> {
    let mut sum = BigRational::zero();
    for (v, s) in pairs {
        if v.is_zero() {
            if !s.is_zero() {
                return None;
            }
            continue;
        }
        sum += (s - v) * (s - v) / v;
    }
    Some(sum)
}

fn dhondt(pairs: &[(BigRational, BigRational)]) -> Option<BigRational> {
    let mut best: Option<BigRational> = None;
    for (v, s) in pairs {
        if v.is_zero() {
            if !s.is_zero() {
                return None;
            }
            continue;
        }
        let ratio = s / v;
        if best.as_ref().is_none_or(|b| ratio > *b) {
            best = Some(ratio);
        }
    }
    best
}

/// The categories the indices run over, after the chosen treatment.
fn categories(votes: &[u64], seats: &[u64], unrepresented: Unrepresented) -> (Vec<u64>, Vec<u64>) {
    let represented = |i: &usize| seats[*i] > 0 || votes[*i] == 0;
    let kept: Vec<usize> = (0..votes.len()).filter(represented).collect();
    match unrepresented {
        Unrepresented::Separate => (votes.to_vec(), seats.to_vec()),
        Unrepresented::Excluded => (
            kept.iter().map(|&i| votes[i]).collect(),
            kept.iter().map(|&i| seats[i]).collect(),
        ),
        Unrepresented::Lumped => {
            let others: u64 = (0..votes.len())
                .filter(|i| !represented(i))
                .map(|i| votes[i])
                .fold(0u64, u64::saturating_add);
            let mut v: Vec<u64> = kept.iter().map(|&i| votes[i]).collect();
            let mut s: Vec<u64> = kept.iter().map(|&i| seats[i]).collect();
            if others > 0 {
                v.push(others);
                s.push(0);
            }
            (v, s)
        }
    }
}
