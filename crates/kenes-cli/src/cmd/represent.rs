//! `kenes represent ID [DIR]`: how representative a body or proposal of the
//! model was. For each composition (each source's account): the local Muslim
//! population's seats (the constituencies the reading `r.local-muslim-seats`
//! adopts) against each population figure the sources give; the
//! disproportionality of the two blocs; the same body apportioned by Hamilton,
//! D'Hondt and Sainte-Laguë; and the voting power of its constituencies.
//!
//! Blocs are only those the sources attest (the local population's seats
//! against the rest). The voting power of the constituencies assumes each
//! votes as one bloc under a simple majority: the sources give no decision
//! rule, so that part is printed as a labelled scenario, never as a fact.

use std::fmt::Write;
use std::process::ExitCode;

use anyhow::bail;
use kenes_analysis::names::label;
use kenes_analysis::representation::{LocalShare, Proportional, local_shares};
use kenes_model::{Composition, Id, Model};
use kenes_power::apportion::{Method, Options, apportion};
use kenes_power::disproportionality::{Unrepresented, measure};
use kenes_power::game::Game;
use kenes_power::index::{ExactOptions, IndexKind, exact};
use kenes_power::number::fraction_string;
use serde::Serialize;

use crate::load::ModelArgs;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A body, a proposal or one composition of the model; every composition when omitted with --all.
    #[arg(required_unless_present = "all")]
    pub id: Option<String>,
    /// Analyse every composition of the model.
    #[arg(long, conflicts_with = "id")]
    pub all: bool,
    #[command(flatten)]
    pub model: ModelArgs,
    /// Print the analysis as JSON.
    #[arg(long)]
    pub json: bool,
}

/// The population group whose share the local population's seats are set against.
const LOCAL_GROUP: &str = "group.muslims";

const COMPARED: [(&str, &str); 3] = [
    ("hamilton", "Hamilton"),
    ("dhondt", "D'Hondt"),
    ("sainte-lague", "Sainte-Laguë"),
];

#[derive(Debug, Serialize)]
struct JsonFigure {
    population: String,
    group: String,
    share_percent: String,
    sources: Vec<String>,
    /// Gallagher's index of the two blocs, percentage points.
    gallagher_points: Option<f64>,
    loosemore_hanby_points: Option<f64>,
    /// Local seats a body of the same size would give, by method.
    apportioned: Vec<(String, Option<u64>)>,
}

#[derive(Debug, Serialize)]
struct JsonPower {
    constituency: String,
    seats: u32,
    /// Normalised Banzhaf, exact "p/q".
    banzhaf: String,
    shapley_shubik: String,
    can_pass_alone: bool,
    can_block: bool,
}

#[derive(Debug, Serialize)]
struct JsonComposition {
    composition: String,
    of: String,
    label: Option<String>,
    total: u64,
    local_seats: u64,
    local_share: Option<String>,
    /// "exact", "at-least", "at-most" or "unknown".
    bound: &'static str,
    bound_note: Option<String>,
    figures: Vec<JsonFigure>,
    /// Scenario: each constituency votes as one bloc, simple majority.
    scenario_quota: Option<u64>,
    power: Vec<JsonPower>,
    power_unavailable: Option<String>,
}

/// The compositions an id names: a composition itself, or all of a body's or proposal's.
fn compositions<'m>(model: &'m Model, id: &Id) -> Vec<&'m Composition> {
    match model.get(id) {
        Some(kenes_model::Entity::Composition(c)) => vec![c],
        Some(_) => model
            .compositions()
            .iter()
            .filter(|c| c.of() == id)
            .collect(),
        None => Vec::new(),
    }
}

fn figure(share: &LocalShare, p: &Proportional) -> JsonFigure {
    let (n, d) = (p.share_percent.numerator, p.share_percent.denominator);
    // Two blocs: the group (n/d %) and everyone else, as integers over 100·d.
    let population = [n, (100 * d).saturating_sub(n)];
    let seats = [share.seats, share.total.saturating_sub(share.seats)];
    let measured = measure(&population, &seats, Unrepresented::Separate).ok();
    let apportioned = COMPARED
        .iter()
        .map(|(method, name)| {
            let seats = method
                .parse::<Method>()
                .ok()
                .and_then(|m| apportion(&population, share.total, &m, &Options::default()).ok())
                .filter(|a| a.ties().is_empty())
                .map(|a| a.seats()[0]);
            ((*name).to_owned(), seats)
        })
        .collect();
    JsonFigure {
        population: p.population.to_string(),
        group: p.group.to_string(),
        share_percent: if d == 1 {
            n.to_string()
        } else {
            format!("{n}/{d}")
        },
        sources: p.sources.clone(),
        gallagher_points: measured.as_ref().map(|m| m.gallagher_points()),
        loosemore_hanby_points: measured.as_ref().map(|m| m.loosemore_hanby_points()),
        apportioned,
    }
}

/// The scenario: every constituency one bloc, a simple majority to pass.
fn power(composition: &Composition) -> Result<(u64, Vec<JsonPower>), String> {
    let seats: Vec<u32> = composition
        .seats()
        .iter()
        .map(|s| s.seats())
        .collect::<Option<_>>()
        .ok_or("some constituencies have no number of seats")?;
    let (listed, _) = composition.listed_seats();
    if composition
        .stated_size()
        .is_some_and(|size| u64::from(size) != listed)
    {
        return Err("the listed seats do not add up to the stated size".to_owned());
    }
    if listed == 0 {
        return Err("no seats".to_owned());
    }
    let quota = listed / 2 + 1;
    let game = Game::weighted(seats.iter().map(|&s| u64::from(s)).collect(), quota)
        .map_err(|e| e.to_string())?;
    let result = exact(
        &game,
        &[IndexKind::Banzhaf, IndexKind::ShapleyShubik],
        &ExactOptions::default(),
    )
    .map_err(|e| e.to_string())?;
    let value = |kind, i: usize| {
        result
            .get(kind)
            .and_then(|v| v.get(i))
            .map(fraction_string)
            .unwrap_or_default()
    };
    let rows = composition
        .seats()
        .iter()
        .zip(&seats)
        .enumerate()
        .map(|(i, (allocation, &weight))| JsonPower {
            constituency: allocation.constituency().to_string(),
            seats: weight,
            banzhaf: value(IndexKind::Banzhaf, i),
            shapley_shubik: value(IndexKind::ShapleyShubik, i),
            can_pass_alone: u64::from(weight) >= quota,
            can_block: listed - u64::from(weight) < quota,
        })
        .collect();
    Ok((quota, rows))
}

fn analyse(composition: &Composition, shares: &[LocalShare]) -> JsonComposition {
    let share = shares.iter().find(|s| &s.composition == composition.id());
    let scenario = power(composition);
    let (local_seats, total, local_share, bound, bound_note, figures) = match share {
        Some(s) => (
            s.seats,
            s.total,
            s.share
                .map(|f| format!("{}/{}", f.numerator, f.denominator)),
            bound_name(s),
            s.bound_note.clone(),
            s.proportional
                .iter()
                .filter(|p| p.group.as_str() == LOCAL_GROUP)
                .map(|p| figure(s, p))
                .collect(),
        ),
        None => (
            0,
            composition.listed_seats().0,
            None,
            "unknown",
            Some("the model has no reading of the local population's seats".to_owned()),
            Vec::new(),
        ),
    };
    JsonComposition {
        composition: composition.id().to_string(),
        of: composition.of().to_string(),
        label: composition.label().map(str::to_owned),
        total,
        local_seats,
        local_share,
        bound,
        bound_note,
        figures,
        scenario_quota: scenario.as_ref().ok().map(|(q, _)| *q),
        power_unavailable: scenario.as_ref().err().cloned(),
        power: scenario.map(|(_, rows)| rows).unwrap_or_default(),
    }
}

fn bound_name(share: &LocalShare) -> &'static str {
    use kenes_analysis::representation::Bound;
    match share.bound {
        Bound::Exact => "exact",
        Bound::AtLeast => "at-least",
        Bound::AtMost => "at-most",
        Bound::Unknown => "unknown",
    }
}

fn human(model: &Model, analysis: &JsonComposition) -> String {
    let mut out = String::new();
    let name = |id: &str| {
        Id::new(id)
            .map(|id| label(model, &id))
            .unwrap_or_else(|_| id.to_owned())
    };
    let _ = writeln!(
        out,
        "{} — {} ({})",
        analysis.composition,
        name(&analysis.of),
        analysis.label.as_deref().unwrap_or("no label")
    );
    let marker = match analysis.bound {
        "at-least" => "at least ",
        "at-most" => "at most ",
        "unknown" => "unknown: ",
        _ => "",
    };
    let share = analysis
        .local_share
        .as_deref()
        .map(|s| format!(" = {marker}{s}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "  local Muslim population (reading r.local-muslim-seats): {} of {} seats{share}",
        analysis.local_seats, analysis.total
    );
    if let Some(note) = &analysis.bound_note {
        let _ = writeln!(out, "    ({note})");
    }
    for f in &analysis.figures {
        let methods: Vec<String> = f
            .apportioned
            .iter()
            .map(|(m, s)| format!("{m} {}", s.map_or("tie".to_owned(), |s| s.to_string())))
            .collect();
        let gallagher = f
            .gallagher_points
            .map_or(String::new(), |g| format!("; Gallagher {g:.1} pp"));
        let _ = writeln!(
            out,
            "  at {} % ({}){gallagher}; a proportional body of {} would give it {}",
            f.share_percent,
            f.sources.join("; "),
            analysis.total,
            methods.join(", ")
        );
    }
    match (&analysis.power_unavailable, analysis.scenario_quota) {
        (Some(why), _) => {
            let _ = writeln!(out, "  voting power: not computed ({why})");
        }
        (None, Some(quota)) => {
            let _ = writeln!(
                out,
                "  scenario — each constituency votes as one bloc, simple majority {quota} of {} (the sources give no decision rule):",
                analysis.total
            );
            for row in &analysis.power {
                let abilities = match (row.can_pass_alone, row.can_block) {
                    (true, _) => "can pass alone",
                    (false, true) => "can block, cannot pass alone",
                    (false, false) => "can neither pass nor block alone",
                };
                let seats = if row.seats == 1 {
                    "1 seat ".to_owned()
                } else {
                    format!("{} seats", row.seats)
                };
                let _ = writeln!(
                    out,
                    "    {:<40} {seats:>9}  Banzhaf {:<8} Shapley–Shubik {:<8} {abilities}",
                    row.constituency, row.banzhaf, row.shapley_shubik
                );
            }
        }
        (None, None) => {}
    }
    out
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let loaded = args.model.load()?;
    let model = &loaded.model;
    let found: Vec<&Composition> = match &args.id {
        None => model.compositions().iter().collect(),
        Some(text) => {
            let Ok(id) = Id::new(text) else {
                bail!("{text:?} is not an id")
            };
            let found = compositions(model, &id);
            if found.is_empty() {
                bail!(
                    "{text:?} is not a body, proposal or composition with a composition in {}",
                    args.model.name()
                );
            }
            found
        }
    };
    let shares = local_shares(model);
    let analyses: Vec<JsonComposition> = found.iter().map(|c| analyse(c, &shares)).collect();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&analyses)?);
    } else {
        for analysis in &analyses {
            println!("{}", human(model, analysis));
        }
    }
    Ok(ExitCode::SUCCESS)
}
