//! Multi-modular exact counting: coalition counts can reach `2^n`, too large
//! for machine words, so every count is computed modulo 2^64 and modulo
//! several primes near 2^62 — each a pass over plain `u64` arrays with no heap
//! integers in the inner loops, and the passes independent (run in parallel).
//! The Chinese remainder theorem (Garner's form) then gives the exact count,
//! which is correct because the product of the moduli exceeds every count.

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

/// One modulus: 2^64 (wrapping arithmetic) or an odd prime below 2^62.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Modulus {
    /// Arithmetic modulo 2^64.
    Wrapping,
    /// Arithmetic modulo an odd prime `p < 2^62`, so `a + b` never overflows.
    Prime(u64),
}

/// Ring operations on residues, monomorphised per kind of modulus.
pub(crate) trait Ring: Copy + Send + Sync {
    fn add(self, a: u64, b: u64) -> u64;
    fn sub(self, a: u64, b: u64) -> u64;
}

#[derive(Clone, Copy)]
pub(crate) struct Wrap;

#[derive(Clone, Copy)]
pub(crate) struct PrimeField(pub(crate) u64);

impl Ring for Wrap {
    #[inline(always)]
    fn add(self, a: u64, b: u64) -> u64 {
        a.wrapping_add(b)
    }
    #[inline(always)]
    fn sub(self, a: u64, b: u64) -> u64 {
        a.wrapping_sub(b)
    }
}

impl Ring for PrimeField {
    #[inline(always)]
    fn add(self, a: u64, b: u64) -> u64 {
        let sum = a + b;
        if sum >= self.0 { sum - self.0 } else { sum }
    }
    #[inline(always)]
    fn sub(self, a: u64, b: u64) -> u64 {
        if a >= b { a - b } else { a + self.0 - b }
    }
}

fn mul_mod(a: u64, b: u64, p: u64) -> u64 {
    ((u128::from(a) * u128::from(b)) % u128::from(p)) as u64
}

fn pow_mod(mut base: u64, mut exponent: u64, p: u64) -> u64 {
    let mut result = 1 % p;
    base %= p;
    while exponent > 0 {
        if exponent & 1 == 1 {
            result = mul_mod(result, base, p);
        }
        base = mul_mod(base, base, p);
        exponent >>= 1;
    }
    result
}

/// Deterministic Miller–Rabin for 64-bit numbers.
fn is_prime(n: u64) -> bool {
    const BASES: [u64; 12] = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37];
    if n < 2 {
        return false;
    }
    if let Some(&b) = BASES.iter().find(|&&b| n.is_multiple_of(b)) {
        return n == b;
    }
    let (mut d, mut r) = (n - 1, 0);
    while d % 2 == 0 {
        d /= 2;
        r += 1;
    }
    BASES.iter().all(|&a| {
        let mut x = pow_mod(a, d, n);
        if x == 1 || x == n - 1 {
            return true;
        }
        (1..r).any(|_| {
            x = mul_mod(x, x, n);
            x == n - 1
        })
    })
}

/// Moduli whose product exceeds `2^bits`: 2^64 first, then primes below 2^62.
pub(crate) fn moduli_for(bits: u64) -> Vec<Modulus> {
    let mut moduli = vec![Modulus::Wrapping];
    let mut covered = 64u64;
    let mut candidate = (1u64 << 62) - 1;
    while covered <= bits {
        if is_prime(candidate) {
            moduli.push(Modulus::Prime(candidate));
            covered += 61;
        }
        candidate -= 2;
    }
    moduli
}

/// Reconstructs the natural number below the product of `moduli` that has
/// these residues.
pub(crate) fn reconstruct(moduli: &[Modulus], residues: &[u64]) -> BigUint {
    let mut value = BigUint::zero();
    let mut product = BigUint::from(1u8);
    for (modulus, &residue) in moduli.iter().zip(residues) {
        match *modulus {
            Modulus::Wrapping => {
                value = BigUint::from(residue);
                product = BigUint::from(1u8) << 64u32;
            }
            Modulus::Prime(p) => {
                let current = (&value % p).to_u64().unwrap_or(0);
                let product_mod = (&product % p).to_u64().unwrap_or(0);
                let inverse = pow_mod(product_mod, p - 2, p);
                let difference = PrimeField(p).sub(residue % p, current);
                let step = mul_mod(difference, inverse, p);
                value += &product * step;
                product *= p;
            }
        }
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reconstructs_large_numbers_from_residues() {
        let moduli = moduli_for(300);
        let target: BigUint = (BigUint::from(3u8) << 290u32) + BigUint::from(12345u32);
        let residues: Vec<u64> = moduli
            .iter()
            .map(|m| match m {
                Modulus::Wrapping => target.iter_u64_digits().next().unwrap_or(0),
                Modulus::Prime(p) => (&target % *p).to_u64().unwrap_or(0),
            })
            .collect();
        assert_eq!(reconstruct(&moduli, &residues), target);
    }

    #[test]
    fn finds_primes() {
        assert!(is_prime(2_305_843_009_213_693_951)); // 2^61 - 1
        assert!(!is_prime(2_305_843_009_213_693_953));
        assert!(moduli_for(1000).len() >= 17);
    }
}
