//! Banzhaf and Shapley–Shubik indices of a weighted game by generating
//! functions, exactly.
//!
//! The polynomial `Π (1 + x^w_i)` (with `y` marking coalition size for
//! Shapley–Shubik) is built once, truncated below the quota: O(nq) for
//! Banzhaf, O(n²q) for Shapley–Shubik. A player's swings are coalitions of
//! the *others* with weight in `[q − w, q − 1]`; dividing by `1 + x^w` is the
//! alternating series `Σ (−1)^j x^{jw}`, so with prefix sums `P` of the
//! coefficients the window sum is `Σ_j (−1)^j (P[q − jw] − P[q − (j+1)w])`:
//! O(q/w) per distinct weight instead of a new O(nq) pass per player.
//!
//! Further reductions, each exact: players of weight 0 are null players and
//! are set aside (others' values do not change); weights and quota are
//! divided by their common divisor; and the dual game (quota `W − q + 1`),
//! which has the same swings and the same Shapley–Shubik values, is used
//! when its quota is smaller.

use num_bigint::BigUint;
use num_integer::Integer;
use num_rational::BigRational;
use rayon::prelude::*;

use super::modular::{Modulus, PrimeField, Ring, Wrap, moduli_for, reconstruct};
use crate::PowerError;
use crate::game::WeightedRule;

/// Largest `(sizes × quota)` table allowed for Shapley–Shubik (u64 cells).
pub(crate) const MAX_SIZE_TABLE: u64 = 1 << 27;
/// Largest quota bound for Banzhaf.
pub(crate) const MAX_QUOTA: u64 = 1 << 27;

/// The game after setting aside zero weights, dividing by the gcd and
/// choosing the smaller of quota and dual quota.
pub(crate) struct Prepared {
    /// Positive weights (divided by the gcd), in player order.
    weights: Vec<u64>,
    /// For each original player, its index among positive weights.
    positions: Vec<Option<usize>>,
    /// The quota used (original or dual), at least 1.
    bound: u64,
    /// Distinct positive weights, ascending.
    distinct: Vec<u64>,
}

impl Prepared {
    pub(crate) fn new(rule: &WeightedRule) -> Self {
        let divisor = rule.weights().iter().fold(0u64, |g, &w| g.gcd(&w)).max(1);
        let mut positions = Vec::with_capacity(rule.weights().len());
        let mut weights = Vec::new();
        for &w in rule.weights() {
            positions.push((w > 0).then_some(weights.len()));
            if w > 0 {
                weights.push(w / divisor);
            }
        }
        let total = rule.total() / divisor;
        let quota = rule.quota().div_ceil(divisor);
        let dual_quota = total - quota + 1;
        let bound = dual_quota.min(quota);
        let mut distinct = weights.clone();
        distinct.sort_unstable();
        distinct.dedup();
        Self {
            weights,
            positions,
            bound,
            distinct,
        }
    }

    fn weight_slot(&self, weight: u64) -> usize {
        self.distinct.binary_search(&weight).unwrap_or(0)
    }
}

/// Adds `src` shifted by `shift` into `row` in place (`row[k] += row[k − shift]`),
/// top down in blocks whose sources lie below them, so each block is a plain
/// loop over two disjoint slices.
#[inline(always)]
fn add_shifted_in_place<R: Ring>(row: &mut [u64], shift: usize, ring: R) {
    let mut high = row.len();
    while high > shift {
        let low = (high - shift).max(shift);
        let (head, tail) = row.split_at_mut(low);
        let source = &head[low - shift..high - shift];
        for (d, s) in tail[..high - low].iter_mut().zip(source) {
            *d = ring.add(*d, *s);
        }
        high = low;
    }
}

/// `dst[k] += src[k − shift]` for `k − shift ≥ from` (`src` is zero below `from`).
#[inline(always)]
fn add_shifted<R: Ring>(dst: &mut [u64], src: &[u64], shift: usize, from: usize, ring: R) {
    let start = shift.saturating_add(from);
    if start >= dst.len() {
        return;
    }
    for (d, s) in dst[start..].iter_mut().zip(&src[from..]) {
        *d = ring.add(*d, *s);
    }
}

/// Turns coefficients `c[0..len-1]` into prefix sums `P[0..=len-1]` in place
/// (the last cell must be free).
#[inline(always)]
fn prefix_in_place<R: Ring>(row: &mut [u64], ring: R) {
    let mut running = 0u64;
    for cell in row.iter_mut() {
        let value = *cell;
        *cell = running;
        running = ring.add(running, value);
    }
}

/// `Σ_j (−1)^j (P[q − jw] − P[max(0, q − (j+1)w)])` over terms with `q − jw > 0`.
fn window<R: Ring>(
    prefix: impl Fn(usize, usize) -> u64,
    q: u64,
    w: u64,
    terms: usize,
    ring: R,
) -> u64 {
    let mut total = 0u64;
    let mut top = q;
    for j in 0..terms {
        if top == 0 {
            break;
        }
        let bottom = top.saturating_sub(w);
        let piece = ring.sub(prefix(j, top as usize), prefix(j, bottom as usize));
        total = if j % 2 == 0 {
            ring.add(total, piece)
        } else {
            ring.sub(total, piece)
        };
        top = bottom;
    }
    total
}

#[inline(always)]
fn banzhaf_pass<R: Ring>(prepared: &Prepared, ring: R) -> Vec<u64> {
    let bound = prepared.bound as usize;
    let mut counts = vec![0u64; bound + 1];
    counts[0] = 1;
    for &w in &prepared.weights {
        if (w as usize) < bound {
            add_shifted_in_place(&mut counts[..bound], w as usize, ring);
        }
    }
    prefix_in_place(&mut counts, ring);
    let terms = usize::MAX;
    prepared
        .distinct
        .iter()
        .map(|&w| window(|_, m| counts[m], prepared.bound, w, terms, ring))
        .collect()
}

fn run_pass<T: Send>(moduli: &[Modulus], pass: impl Fn(Modulus) -> T + Sync) -> Vec<T> {
    moduli.par_iter().map(|&m| pass(m)).collect()
}

/// Swing counts (raw Banzhaf) of every player.
pub(crate) fn banzhaf_swings(rule: &WeightedRule) -> Result<Vec<BigUint>, PowerError> {
    let prepared = Prepared::new(rule);
    if prepared.bound > MAX_QUOTA {
        return Err(PowerError::TooLarge(format!(
            "quota {} too large for generating functions",
            prepared.bound
        )));
    }
    let moduli = moduli_for(prepared.weights.len() as u64 + 1);
    let residues = run_pass(&moduli, |m| match m {
        Modulus::Wrapping => best::banzhaf(&prepared, Wrap),
        Modulus::Prime(p) => best::banzhaf(&prepared, PrimeField(p)),
    });
    let per_weight: Vec<BigUint> = (0..prepared.distinct.len())
        .map(|slot| {
            reconstruct(
                &moduli,
                &residues.iter().map(|r| r[slot]).collect::<Vec<_>>(),
            )
        })
        .collect();
    let zero_players = rule.weights().len() - prepared.weights.len();
    Ok(prepared
        .positions
        .iter()
        .map(|position| match position {
            None => BigUint::default(),
            Some(i) => &per_weight[prepared.weight_slot(prepared.weights[*i])] << zero_players,
        })
        .collect())
}

/// Highest coalition size that can still weigh less than the bound.
fn largest_size(weights: &[u64], bound: u64) -> usize {
    let mut sorted = weights.to_vec();
    sorted.sort_unstable();
    let mut sum = 0u64;
    sorted
        .iter()
        .take_while(|&&w| {
            sum = sum.saturating_add(w);
            sum < bound
        })
        .count()
}

/// `floor[s]`: the sum of the `s` lightest weights, below which row `s` of
/// the size table is zero whatever players have been added.
fn lightest_sums(weights: &[u64], sizes: usize) -> Vec<u64> {
    let mut sorted = weights.to_vec();
    sorted.sort_unstable();
    let mut floor = vec![0u64; sizes];
    for s in 1..sizes {
        floor[s] = floor[s - 1].saturating_add(sorted.get(s - 1).copied().unwrap_or(u64::MAX));
    }
    floor
}

/// Per distinct weight, per size `s` of the others' coalition: the number of
/// coalitions of the others of that size with weight in the swing window.
#[inline(always)]
fn shapley_pass<R: Ring>(prepared: &Prepared, sizes: usize, ring: R) -> Vec<Vec<u64>> {
    let stride = prepared.bound as usize + 1;
    let bound = prepared.bound as usize;
    let mut table = vec![0u64; sizes * stride];
    table[0] = 1;
    let floor = lightest_sums(&prepared.weights, sizes);
    let mut reached = 0usize;
    for &w in &prepared.weights {
        let w = w as usize;
        if w >= bound {
            continue;
        }
        reached = (reached + 1).min(sizes - 1);
        for s in (1..=reached).rev() {
            let (lower, upper) = table.split_at_mut(s * stride);
            let source = &lower[(s - 1) * stride..(s - 1) * stride + bound];
            let from = usize::try_from(floor[s - 1])
                .unwrap_or(usize::MAX)
                .min(bound);
            add_shifted(&mut upper[..bound], source, w, from, ring);
        }
    }
    table
        .chunks_mut(stride)
        .for_each(|row| prefix_in_place(row, ring));
    let players = prepared.weights.len();
    prepared
        .distinct
        .iter()
        .map(|&w| {
            (0..players)
                .map(|s| {
                    let prefix = |j: usize, m: usize| {
                        if j > s || s - j >= sizes {
                            0
                        } else {
                            table[(s - j) * stride + m]
                        }
                    };
                    window(prefix, prepared.bound, w, s + 1, ring)
                })
                .collect()
        })
        .collect()
}

/// Shapley–Shubik values of every player.
pub(crate) fn shapley_shubik(rule: &WeightedRule) -> Result<Vec<BigRational>, PowerError> {
    let prepared = Prepared::new(rule);
    let players = prepared.weights.len();
    let sizes = largest_size(&prepared.weights, prepared.bound) + 1;
    let cells = (sizes as u64).saturating_mul(prepared.bound + 1);
    if cells > MAX_SIZE_TABLE {
        return Err(PowerError::TooLarge(format!(
            "{sizes} sizes × quota {} cells for Shapley–Shubik",
            prepared.bound
        )));
    }
    let moduli = moduli_for(players as u64 + 1);
    let residues = run_pass(&moduli, |m| match m {
        Modulus::Wrapping => best::shapley(&prepared, sizes, Wrap),
        Modulus::Prime(p) => best::shapley(&prepared, sizes, PrimeField(p)),
    });
    let factorials = factorials(players);
    let per_weight: Vec<BigRational> = (0..prepared.distinct.len())
        .map(|slot| {
            let counts: Vec<BigUint> = (0..players)
                .map(|s| {
                    reconstruct(
                        &moduli,
                        &residues.iter().map(|r| r[slot][s]).collect::<Vec<_>>(),
                    )
                })
                .collect();
            shapley_value(&counts, &factorials)
        })
        .collect();
    Ok(prepared
        .positions
        .iter()
        .map(|position| match position {
            None => BigRational::default(),
            Some(i) => per_weight[prepared.weight_slot(prepared.weights[*i])].clone(),
        })
        .collect())
}

pub(crate) fn factorials(n: usize) -> Vec<BigUint> {
    let mut out = vec![BigUint::from(1u8)];
    for k in 1..=n {
        let next = &out[k - 1] * BigUint::from(k);
        out.push(next);
    }
    out
}

/// `Σ_s s!(n−1−s)! count_s / n!`. In the dual game size `s` stands for `n−1−s`;
/// the factor is symmetric in the two, so the sum is the same read either way.
pub(crate) fn shapley_value(counts: &[BigUint], factorials: &[BigUint]) -> BigRational {
    let n = counts.len();
    let numerator: BigUint = counts
        .iter()
        .enumerate()
        .map(|(s, count)| count * &factorials[s] * &factorials[n - 1 - s])
        .sum();
    crate::number::ratio(&numerator, &factorials[n]).unwrap_or_default()
}

/// The passes compiled for the widest vector extension the processor has
/// (checked at run time), so the inner loops of modular additions run
/// several lanes at a time without a `-C target-cpu` build.
mod best {
    use super::{Prepared, Ring, banzhaf_pass, shapley_pass};

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx512f,avx512vl")]
    fn banzhaf_avx512<R: Ring>(prepared: &Prepared, ring: R) -> Vec<u64> {
        banzhaf_pass(prepared, ring)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn banzhaf_avx2<R: Ring>(prepared: &Prepared, ring: R) -> Vec<u64> {
        banzhaf_pass(prepared, ring)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx512f,avx512vl")]
    fn shapley_avx512<R: Ring>(prepared: &Prepared, sizes: usize, ring: R) -> Vec<Vec<u64>> {
        shapley_pass(prepared, sizes, ring)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn shapley_avx2<R: Ring>(prepared: &Prepared, sizes: usize, ring: R) -> Vec<Vec<u64>> {
        shapley_pass(prepared, sizes, ring)
    }

    pub(super) fn banzhaf<R: Ring>(prepared: &Prepared, ring: R) -> Vec<u64> {
        #[cfg(target_arch = "x86_64")]
        {
            if std::arch::is_x86_feature_detected!("avx512f")
                && std::arch::is_x86_feature_detected!("avx512vl")
            {
                // SAFETY: the processor supports AVX-512F and VL (checked just above).
                return unsafe { banzhaf_avx512(prepared, ring) };
            }
            if std::arch::is_x86_feature_detected!("avx2") {
                // SAFETY: the processor supports AVX2 (checked just above).
                return unsafe { banzhaf_avx2(prepared, ring) };
            }
        }
        banzhaf_pass(prepared, ring)
    }

    pub(super) fn shapley<R: Ring>(prepared: &Prepared, sizes: usize, ring: R) -> Vec<Vec<u64>> {
        #[cfg(target_arch = "x86_64")]
        {
            if std::arch::is_x86_feature_detected!("avx512f")
                && std::arch::is_x86_feature_detected!("avx512vl")
            {
                // SAFETY: the processor supports AVX-512F and VL (checked just above).
                return unsafe { shapley_avx512(prepared, sizes, ring) };
            }
            if std::arch::is_x86_feature_detected!("avx2") {
                // SAFETY: the processor supports AVX2 (checked just above).
                return unsafe { shapley_avx2(prepared, sizes, ring) };
            }
        }
        shapley_pass(prepared, sizes, ring)
    }
}
