//! The numbers beside each account, from kenes-power with the same calls as
//! `kenes represent`: a proportional body of the same size at each population
//! figure (the local population against everyone else), the
//! disproportionality of the two blocs, and the voting power of the
//! constituencies in a labelled scenario (each votes as one bloc, a simple
//! majority passes; the sources give no decision rule). Exact throughout;
//! decimals are rounded for display only.

use kenes_analysis::representation::{LocalShare, Proportional};
use kenes_model::{Composition, Model};
use kenes_power::apportion::{Method, Options, apportion};
use kenes_power::disproportionality::{Unrepresented, measure};
use kenes_power::game::Game;
use kenes_power::index::{ExactOptions, IndexKind, exact};
use kenes_power::number::{decimal_string, fraction_string};
use serde::Serialize;

/// The largest body apportioned or weighed: a hostile size gets a reason
/// instead of minutes of arithmetic.
pub const MAX_ANALYSED_SEATS: u64 = 10_000;
/// The most constituencies whose voting power is computed.
pub const MAX_POWER_PLAYERS: usize = 40;

/// One population figure applied to an account.
#[derive(Debug, Serialize)]
pub struct Figure {
    pub population: String,
    pub group: String,
    /// Exact, in percent: `95`, `97/2`.
    pub share_percent: String,
    pub claims: Vec<String>,
    /// The citation of each source behind the figure, as written.
    pub sources: Vec<String>,
    /// The group's exact quota of the account's seats, and for display.
    pub quota: String,
    pub quota_decimal: String,
    /// The group's seats in a proportional body of the same size, by method.
    pub apportioned: Vec<Apportioned>,
    /// Loosemore–Hanby of the two blocs, exact (fraction of 1) and in points.
    pub loosemore_hanby: Option<String>,
    pub loosemore_hanby_points: Option<String>,
    /// Gallagher of the two blocs: its exact square, and in points.
    pub gallagher_squared: Option<String>,
    pub gallagher_points: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Apportioned {
    pub method: String,
    /// The group's certain seats; `None` when not computed (too large).
    pub seats: Option<u64>,
    /// Whether a tie the method does not settle leaves the group one more seat or none.
    pub tied: bool,
}

pub fn figure(model: &Model, share: &LocalShare, p: &Proportional, methods: &[Method]) -> Figure {
    let (n, d) = (p.share_percent.numerator, p.share_percent.denominator);
    // Two blocs: the group (n/d %) and everyone else, as integers over 100·d.
    let rest = d.checked_mul(100).and_then(|whole| whole.checked_sub(n));
    let population = rest.map(|rest| [n, rest]);
    let seats = [share.seats, share.total.saturating_sub(share.seats)];
    let measured = population.and_then(|pop| measure(&pop, &seats, Unrepresented::Separate).ok());
    let claims = model
        .population(&p.population)
        .map(|pop| {
            pop.origin()
                .claims()
                .iter()
                .map(ToString::to_string)
                .collect()
        })
        .unwrap_or_default();
    Figure {
        population: p.population.to_string(),
        group: p.group.to_string(),
        share_percent: p.share_percent.to_string(),
        claims,
        sources: p.sources.clone(),
        quota: p.quota.to_string(),
        quota_decimal: p.quota.decimal_display(),
        apportioned: methods
            .iter()
            .map(|method| apportioned(population, share.total, method))
            .collect(),
        loosemore_hanby: measured
            .as_ref()
            .map(|m| fraction_string(&m.loosemore_hanby)),
        loosemore_hanby_points: measured
            .as_ref()
            .map(|m| format!("{:.1}", m.loosemore_hanby_points())),
        gallagher_squared: measured
            .as_ref()
            .map(|m| fraction_string(&m.gallagher_squared)),
        gallagher_points: measured
            .as_ref()
            .map(|m| format!("{:.1}", m.gallagher_points())),
    }
}

fn apportioned(population: Option<[u64; 2]>, total: u64, method: &Method) -> Apportioned {
    let result = population
        .filter(|_| total <= MAX_ANALYSED_SEATS)
        .and_then(|pop| apportion(&pop, total, method, &Options::default()).ok());
    Apportioned {
        method: method.to_string(),
        seats: result.as_ref().map(|a| a.seats()[0]),
        tied: result.is_some_and(|a| a.ties().iter().any(|t| t.contenders().contains(&0))),
    }
}

/// The voting power of an account's constituencies, or why it is not given.
#[derive(Debug, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Power {
    /// Scenario: each constituency one bloc, `quota` of `total` seats to pass.
    Computed {
        quota: u64,
        total: u64,
        rows: Vec<PowerRow>,
    },
    Unavailable {
        reason: Unavailable,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unavailable {
    /// Some constituency is listed without a number.
    Unnumbered,
    /// The listed seats do not add up to the stated size.
    DoesNotAddUp,
    NoSeats,
    TooLarge,
    /// kenes-power refused the game (reported, never hidden).
    Refused,
}

#[derive(Debug, Serialize)]
pub struct PowerRow {
    pub constituency: String,
    pub seats: u32,
    /// Normalised Banzhaf, exact, and rounded to three decimals for display.
    pub banzhaf: String,
    pub banzhaf_decimal: String,
    pub shapley_shubik: String,
    pub shapley_shubik_decimal: String,
    pub can_pass_alone: bool,
    pub can_block: bool,
}

pub fn power(composition: &Composition) -> Power {
    match computed(composition) {
        Ok(power) => power,
        Err(reason) => Power::Unavailable { reason },
    }
}

fn computed(composition: &Composition) -> Result<Power, Unavailable> {
    let seats: Vec<u32> = composition
        .seats()
        .iter()
        .map(|s| s.seats())
        .collect::<Option<_>>()
        .ok_or(Unavailable::Unnumbered)?;
    let (listed, _) = composition.listed_seats();
    if composition
        .stated_size()
        .is_some_and(|size| u64::from(size) != listed)
    {
        return Err(Unavailable::DoesNotAddUp);
    }
    if listed == 0 {
        return Err(Unavailable::NoSeats);
    }
    if listed > MAX_ANALYSED_SEATS || seats.len() > MAX_POWER_PLAYERS {
        return Err(Unavailable::TooLarge);
    }
    let quota = listed / 2 + 1;
    let game = Game::weighted(seats.iter().map(|&s| u64::from(s)).collect(), quota)
        .map_err(|_| Unavailable::Refused)?;
    let kinds = [IndexKind::Banzhaf, IndexKind::ShapleyShubik];
    let result =
        exact(&game, &kinds, &ExactOptions::default()).map_err(|_| Unavailable::Refused)?;
    let value = |kind, i: usize| {
        let value = result.get(kind).and_then(|v| v.get(i));
        (
            value.map(fraction_string).unwrap_or_default(),
            value.map(|v| decimal_string(v, 3)).unwrap_or_default(),
        )
    };
    let rows = composition
        .seats()
        .iter()
        .zip(&seats)
        .enumerate()
        .map(|(i, (allocation, &weight))| {
            let (banzhaf, banzhaf_decimal) = value(IndexKind::Banzhaf, i);
            let (shapley_shubik, shapley_shubik_decimal) = value(IndexKind::ShapleyShubik, i);
            PowerRow {
                constituency: allocation.constituency().to_string(),
                seats: weight,
                banzhaf,
                banzhaf_decimal,
                shapley_shubik,
                shapley_shubik_decimal,
                can_pass_alone: u64::from(weight) >= quota,
                can_block: listed - u64::from(weight) < quota,
            }
        })
        .collect();
    Ok(Power::Computed {
        quota,
        total: listed,
        rows,
    })
}
