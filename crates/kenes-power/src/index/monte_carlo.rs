//! Monte Carlo estimates of the Banzhaf and Shapley–Shubik indices, for games
//! beyond exact reach: random coalitions (each player in with probability ½)
//! for Banzhaf, random orderings for Shapley–Shubik, with 95 % Wilson
//! confidence intervals. Reproducible from a seed; the caller may watch
//! progress and stop early through [`Control`], and keeps what was sampled.

use std::sync::atomic::{AtomicBool, Ordering};

use super::IndexKind;
use crate::PowerError;
use crate::game::Game;
use crate::rng::Rng;

/// How the caller follows and stops a long run.
#[derive(Clone, Copy, Default)]
pub struct Control<'a> {
    /// Set to stop after the current batch.
    pub stop: Option<&'a AtomicBool>,
    /// Called with (samples done, samples asked) after each batch.
    pub progress: Option<&'a (dyn Fn(u64, u64) + Sync)>,
}

/// One estimated value with its 95 % confidence interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    /// Point estimate.
    pub value: f64,
    /// Lower bound of the interval.
    pub low: f64,
    /// Upper bound of the interval.
    pub high: f64,
}

/// Estimates per index, in player order.
#[derive(Clone, Debug, PartialEq)]
pub struct Estimates {
    /// Samples actually drawn (fewer than asked when stopped).
    pub samples: u64,
    /// Whether the run was stopped early.
    pub stopped: bool,
    /// Per index, per player.
    pub values: Vec<(IndexKind, Vec<Estimate>)>,
}

const BATCH: u64 = 4096;
const Z: f64 = 1.959_963_984_540_054;

/// Draws up to `samples` samples per needed kind and estimates the indices.
pub fn monte_carlo(
    game: &Game,
    indices: &[IndexKind],
    samples: u64,
    seed: u64,
    control: &Control<'_>,
) -> Result<Estimates, PowerError> {
    if samples == 0 {
        return Err(PowerError::InvalidParameter(
            "at least one sample is needed".into(),
        ));
    }
    if let Some(kind) = indices.iter().find(|k| {
        !matches!(
            k,
            IndexKind::Banzhaf | IndexKind::BanzhafAbsolute | IndexKind::ShapleyShubik
        )
    }) {
        return Err(PowerError::InvalidParameter(format!(
            "{kind} is not estimated by Monte Carlo"
        )));
    }
    let sampler = Sampler::new(game);
    let mut rng = Rng::new(seed);
    let wants_banzhaf = indices.iter().any(|k| k.needs_swings());
    let wants_shapley = indices.contains(&IndexKind::ShapleyShubik);
    let mut swings = vec![0u64; game.players()];
    let mut pivots = vec![0u64; game.players()];
    let mut done = 0u64;
    let mut stopped = false;
    while done < samples {
        if control
            .stop
            .is_some_and(|flag| flag.load(Ordering::Relaxed))
        {
            stopped = true;
            break;
        }
        let batch = BATCH.min(samples - done);
        for _ in 0..batch {
            if wants_banzhaf {
                sampler.coalition(&mut rng, &mut swings);
            }
            if wants_shapley {
                sampler.ordering(&mut rng, &mut pivots);
            }
        }
        done += batch;
        if let Some(report) = control.progress {
            report(done, samples);
        }
    }
    if done == 0 {
        return Err(PowerError::Stopped);
    }
    let values = indices
        .iter()
        .map(|&kind| (kind, estimates(kind, &swings, &pivots, done)))
        .collect();
    Ok(Estimates {
        samples: done,
        stopped,
        values,
    })
}

fn estimates(kind: IndexKind, swings: &[u64], pivots: &[u64], samples: u64) -> Vec<Estimate> {
    match kind {
        IndexKind::ShapleyShubik => pivots.iter().map(|&h| wilson(h, samples)).collect(),
        IndexKind::BanzhafAbsolute => swings.iter().map(|&h| wilson(h, samples)).collect(),
        _ => {
            // Normalised: each absolute estimate and its interval over the sum of
            // the absolute point estimates (the sum's own error is ignored).
            let total: u64 = swings.iter().sum();
            let scale = if total == 0 {
                0.0
            } else {
                samples as f64 / total as f64
            };
            swings
                .iter()
                .map(|&h| {
                    let e = wilson(h, samples);
                    Estimate {
                        value: e.value * scale,
                        low: e.low * scale,
                        high: e.high * scale,
                    }
                })
                .collect()
        }
    }
}

/// Wilson score interval at 95 % for `hits` successes in `n` trials.
fn wilson(hits: u64, n: u64) -> Estimate {
    let n_f = n as f64;
    let p = hits as f64 / n_f;
    let z2 = Z * Z;
    let denominator = 1.0 + z2 / n_f;
    let centre = (p + z2 / (2.0 * n_f)) / denominator;
    let half = Z / denominator * (p * (1.0 - p) / n_f + z2 / (4.0 * n_f * n_f)).sqrt();
    Estimate {
        value: p,
        low: (centre - half).max(0.0),
        high: (centre + half).min(1.0),
    }
}

/// Per-player weights by leaf, and the rule.
struct Sampler<'a> {
    game: &'a Game,
    weights: Vec<Vec<u64>>,
}

impl<'a> Sampler<'a> {
    fn new(game: &'a Game) -> Self {
        let leaves = game.rule().leaves();
        let weights = (0..game.players())
            .map(|i| leaves.iter().map(|l| l.weights()[i]).collect())
            .collect();
        Self { game, weights }
    }

    /// One random coalition; counts every player for whom it is a swing.
    fn coalition(&self, rng: &mut Rng, swings: &mut [u64]) {
        let players = self.weights.len();
        let mut members = vec![false; players];
        let mut bits = 0u64;
        for (i, member) in members.iter_mut().enumerate() {
            if i % 64 == 0 {
                bits = rng.next_u64();
            }
            *member = bits >> (i % 64) & 1 == 1;
        }
        let leaves = self.weights.first().map_or(0, Vec::len);
        let mut sums = vec![0u64; leaves];
        for (i, _) in members.iter().enumerate().filter(|(_, m)| **m) {
            sums.iter_mut()
                .zip(&self.weights[i])
                .for_each(|(s, w)| *s += w);
        }
        let mut other = vec![0u64; leaves];
        for i in 0..players {
            for ((o, s), w) in other.iter_mut().zip(&sums).zip(&self.weights[i]) {
                *o = if members[i] { s - w } else { s + w };
            }
            let (with, without) = if members[i] {
                (&sums, &other)
            } else {
                (&other, &sums)
            };
            if self.game.rule().passes(with) && !self.game.rule().passes(without) {
                swings[i] += 1;
            }
        }
    }

    /// One random ordering; counts its pivotal player.
    fn ordering(&self, rng: &mut Rng, pivots: &mut [u64]) {
        let mut order: Vec<usize> = (0..self.weights.len()).collect();
        rng.shuffle(&mut order);
        let mut sums = vec![0u64; self.weights.first().map_or(0, Vec::len)];
        for &player in &order {
            sums.iter_mut()
                .zip(&self.weights[player])
                .for_each(|(s, w)| *s += w);
            if self.game.rule().passes(&sums) {
                pivots[player] += 1;
                return;
            }
        }
    }
}
