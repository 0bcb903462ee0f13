//! Power indices of simple games: which index, computed how, and the exact
//! results. [`exact`] picks the fastest exact algorithm for each index;
//! [`monte_carlo`] estimates Banzhaf and Shapley–Shubik when exact
//! computation is out of reach.
//!
//! | index | weighted game | combined game |
//! | --- | --- | --- |
//! | Banzhaf (swings, absolute, normalised), Shapley–Shubik | generating functions | enumeration |
//! | Deegan–Packel, Public Good, minimal winning coalitions | depth-first listing | enumeration |
//! | Johnston | enumeration | enumeration |

mod enumerate;
mod generating;
mod minimal;
mod modular;
mod monte_carlo;

pub use enumerate::MAX_ENUMERATION_PLAYERS;
pub use monte_carlo::{Control, Estimate, Estimates, monte_carlo};

use std::fmt;
use std::str::FromStr;

use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::Zero;

use crate::PowerError;
use crate::game::{Game, WeightedRule};
use crate::number::ratio;

/// A power index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IndexKind {
    /// Normalised Banzhaf: swings over all swings.
    Banzhaf,
    /// Absolute Banzhaf (Penrose): swings over `2^(n−1)`.
    BanzhafAbsolute,
    /// Shapley–Shubik: share of orderings in which the player is pivotal.
    ShapleyShubik,
    /// Deegan–Packel: minimal winning coalitions equally likely, shared equally.
    DeeganPackel,
    /// Public Good (Holler): minimal winning coalitions containing the player.
    PublicGood,
    /// Johnston: swings weighted by one over the number of critical members.
    Johnston,
}

impl IndexKind {
    /// All indices, in output order.
    pub const ALL: [IndexKind; 6] = [
        IndexKind::Banzhaf,
        IndexKind::BanzhafAbsolute,
        IndexKind::ShapleyShubik,
        IndexKind::DeeganPackel,
        IndexKind::PublicGood,
        IndexKind::Johnston,
    ];

    /// The name used on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            IndexKind::Banzhaf => "banzhaf",
            IndexKind::BanzhafAbsolute => "banzhaf-absolute",
            IndexKind::ShapleyShubik => "shapley-shubik",
            IndexKind::DeeganPackel => "deegan-packel",
            IndexKind::PublicGood => "public-good",
            IndexKind::Johnston => "johnston",
        }
    }

    fn needs_swings(self) -> bool {
        matches!(self, IndexKind::Banzhaf | IndexKind::BanzhafAbsolute)
    }

    fn needs_minimal(self) -> bool {
        matches!(self, IndexKind::DeeganPackel | IndexKind::PublicGood)
    }
}

impl fmt::Display for IndexKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for IndexKind {
    type Err = PowerError;
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        let lower = name.trim().to_lowercase().replace('_', "-");
        IndexKind::ALL
            .into_iter()
            .find(|kind| kind.name() == lower)
            .or(match lower.as_str() {
                "shapley" | "ss" => Some(IndexKind::ShapleyShubik),
                "holler" | "pgi" => Some(IndexKind::PublicGood),
                "penrose" => Some(IndexKind::BanzhafAbsolute),
                _ => None,
            })
            .ok_or_else(|| PowerError::UnknownIndex(name.to_string()))
    }
}

/// Which exact algorithm to use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Algorithm {
    /// The fastest that applies.
    #[default]
    Auto,
    /// Generating functions (weighted games; Banzhaf and Shapley–Shubik).
    GeneratingFunction,
    /// Enumeration of all coalitions (any game up to 30 players).
    Enumeration,
}

/// Options of [`exact`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExactOptions {
    /// The algorithm.
    pub algorithm: Algorithm,
    /// How many minimal winning coalitions to list (0: none).
    pub list_minimal: usize,
    /// Most minimal winning coalitions the weighted search goes through.
    pub minimal_limit: u64,
}

impl Default for ExactOptions {
    fn default() -> Self {
        Self {
            algorithm: Algorithm::Auto,
            list_minimal: 0,
            minimal_limit: 50_000_000,
        }
    }
}

/// Exact results, per requested index, in player order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Exact {
    swings: Option<Vec<BigUint>>,
    values: Vec<(IndexKind, Vec<BigRational>)>,
    minimal: Option<Vec<Vec<usize>>>,
    minimal_count: Option<u64>,
    methods: Vec<(IndexKind, &'static str)>,
}

impl Exact {
    /// Banzhaf swing counts, when a Banzhaf index was asked for.
    pub fn swings(&self) -> Option<&[BigUint]> {
        self.swings.as_deref()
    }
    /// The values of an index, if computed.
    pub fn get(&self, kind: IndexKind) -> Option<&[BigRational]> {
        self.values
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, v)| v.as_slice())
    }
    /// All computed indices, in request order.
    pub fn values(&self) -> &[(IndexKind, Vec<BigRational>)] {
        &self.values
    }
    /// Listed minimal winning coalitions (player indices), if asked for.
    pub fn minimal_winning(&self) -> Option<&[Vec<usize>]> {
        self.minimal.as_deref()
    }
    /// Number of minimal winning coalitions, when they were searched.
    pub fn minimal_count(&self) -> Option<u64> {
        self.minimal_count
    }
    /// Which algorithm gave each index.
    pub fn methods(&self) -> &[(IndexKind, &'static str)] {
        &self.methods
    }
}

/// Computes the requested indices exactly.
pub fn exact(
    game: &Game,
    indices: &[IndexKind],
    options: &ExactOptions,
) -> Result<Exact, PowerError> {
    let mut run = Run {
        game,
        options,
        weighted: None,
        tally: None,
    };
    run.weighted = game
        .as_weighted()
        .filter(|_| options.algorithm != Algorithm::Enumeration);
    if options.algorithm == Algorithm::GeneratingFunction && run.weighted.is_none() {
        return Err(PowerError::InvalidParameter(
            "generating functions need a single weighted rule".into(),
        ));
    }
    let enumerates = indices.contains(&IndexKind::Johnston) || run.weighted.is_none();
    if enumerates && game.players() > MAX_ENUMERATION_PLAYERS {
        return Err(PowerError::TooLarge(format!(
            "{} players: enumeration of all coalitions is limited to {MAX_ENUMERATION_PLAYERS}",
            game.players()
        )));
    }
    let mut out = Exact::default();
    if indices.iter().any(|k| k.needs_swings()) {
        out.swings = Some(run.swings()?);
    }
    for &kind in indices {
        let (values, method) = run.index(kind, out.swings.as_deref().unwrap_or_default())?;
        out.values.push((kind, values));
        out.methods.push((kind, method));
    }
    if options.list_minimal > 0 || indices.iter().any(|k| k.needs_minimal()) {
        let (_, count, listed) = run.minimal(options.list_minimal)?;
        out.minimal_count = Some(count);
        out.minimal = (options.list_minimal > 0).then_some(listed);
    }
    Ok(out)
}

/// One computation: the game, and the enumeration once it has been run.
struct Run<'a> {
    game: &'a Game,
    options: &'a ExactOptions,
    weighted: Option<&'a WeightedRule>,
    tally: Option<enumerate::Tally>,
}

/// Minimal winning coalitions: counts by player and size, total, listing.
type MinimalFound = (Vec<Vec<u64>>, u64, Vec<Vec<usize>>);

const GENERATING: &str = "generating function";
const ENUMERATION: &str = "enumeration";
const MINIMAL: &str = "minimal winning coalitions";

impl Run<'_> {
    fn tally(&mut self) -> Result<&enumerate::Tally, PowerError> {
        if self.tally.is_none() {
            self.tally = Some(enumerate::enumerate(self.game, self.options.list_minimal)?);
        }
        self.tally.as_ref().ok_or(PowerError::Stopped)
    }

    /// In `Auto`, a generating function too large for memory falls back to
    /// enumeration.
    fn fallback_allowed<T>(&self, result: &Result<T, PowerError>) -> bool {
        matches!(result, Err(PowerError::TooLarge(_))) && self.options.algorithm == Algorithm::Auto
    }

    fn swings(&mut self) -> Result<Vec<BigUint>, PowerError> {
        if let Some(rule) = self.weighted {
            let result = generating::banzhaf_swings(rule);
            if !self.fallback_allowed(&result) {
                return result;
            }
        }
        Ok(to_big(&self.tally()?.swings))
    }

    fn swings_method(&self) -> &'static str {
        if self.weighted.is_some() && self.tally.is_none() {
            GENERATING
        } else {
            ENUMERATION
        }
    }

    fn index(
        &mut self,
        kind: IndexKind,
        swings: &[BigUint],
    ) -> Result<(Vec<BigRational>, &'static str), PowerError> {
        match kind {
            IndexKind::Banzhaf => Ok((normalise_big(swings), self.swings_method())),
            IndexKind::BanzhafAbsolute => {
                Ok((absolute(swings, self.game.players()), self.swings_method()))
            }
            IndexKind::ShapleyShubik => self.shapley_shubik(),
            IndexKind::Johnston => Ok((johnston(self.tally()?), ENUMERATION)),
            IndexKind::DeeganPackel | IndexKind::PublicGood => {
                let (by_size, count, _) = self.minimal(0)?;
                let method = if self.weighted.is_some() {
                    MINIMAL
                } else {
                    ENUMERATION
                };
                let values = match kind {
                    IndexKind::PublicGood => public_good(&by_size),
                    _ => deegan_packel(&by_size, count),
                };
                Ok((values, method))
            }
        }
    }

    fn shapley_shubik(&mut self) -> Result<(Vec<BigRational>, &'static str), PowerError> {
        if let Some(rule) = self.weighted {
            let result = generating::shapley_shubik(rule);
            if !self.fallback_allowed(&result) {
                return result.map(|values| (values, GENERATING));
            }
        }
        Ok((shapley_from_tally(self.tally()?), ENUMERATION))
    }

    /// Minimal winning coalitions: counts by player and size, total, listing.
    fn minimal(&mut self, list: usize) -> Result<MinimalFound, PowerError> {
        if let Some(rule) = self.weighted {
            let found = minimal::minimal_winning(rule, list, self.options.minimal_limit)?;
            return Ok((found.by_size, found.count, found.listed));
        }
        let players = self.game.players();
        let tally = self.tally()?;
        let listed = tally
            .minimal
            .iter()
            .map(|&mask| (0..players).filter(|&i| mask >> i & 1 == 1).collect())
            .collect();
        Ok((tally.minimal_by_size.clone(), tally.minimal_count, listed))
    }
}

fn to_big(values: &[u64]) -> Vec<BigUint> {
    values.iter().map(|&v| BigUint::from(v)).collect()
}

fn normalise_big(swings: &[BigUint]) -> Vec<BigRational> {
    let total: BigUint = swings.iter().sum();
    swings
        .iter()
        .map(|s| ratio(s, &total).unwrap_or_default())
        .collect()
}

fn absolute(swings: &[BigUint], players: usize) -> Vec<BigRational> {
    let denominator = BigUint::from(1u8) << players.saturating_sub(1);
    swings
        .iter()
        .map(|s| ratio(s, &denominator).unwrap_or_default())
        .collect()
}

fn shapley_from_tally(tally: &enumerate::Tally) -> Vec<BigRational> {
    let players = tally.swings.len();
    let factorials = generating::factorials(players);
    tally
        .swings_by_size
        .iter()
        .map(|counts| generating::shapley_value(&to_big(counts), &factorials))
        .collect()
}

fn johnston(tally: &enumerate::Tally) -> Vec<BigRational> {
    let raw: Vec<BigRational> = tally
        .critical_by_count
        .iter()
        .map(|counts| {
            counts
                .iter()
                .enumerate()
                .skip(1)
                .map(|(c, &n)| BigRational::new(BigInt::from(n), BigInt::from(c)))
                .sum()
        })
        .collect();
    normalise_rationals(raw)
}

fn normalise_rationals(raw: Vec<BigRational>) -> Vec<BigRational> {
    let total: BigRational = raw.iter().sum();
    if total.is_zero() {
        return raw;
    }
    raw.into_iter().map(|v| v / &total).collect()
}

fn public_good(by_size: &[Vec<u64>]) -> Vec<BigRational> {
    let raw = by_size
        .iter()
        .map(|sizes| {
            BigRational::from_integer(BigInt::from(
                sizes.iter().map(|&n| u128::from(n)).sum::<u128>(),
            ))
        })
        .collect();
    normalise_rationals(raw)
}

fn deegan_packel(by_size: &[Vec<u64>], count: u64) -> Vec<BigRational> {
    if count == 0 {
        return vec![BigRational::zero(); by_size.len()];
    }
    by_size
        .iter()
        .map(|sizes| {
            let sum: BigRational = sizes
                .iter()
                .enumerate()
                .skip(1)
                .map(|(size, &n)| BigRational::new(BigInt::from(n), BigInt::from(size)))
                .sum();
            sum / BigRational::from_integer(BigInt::from(count))
        })
        .collect()
}
