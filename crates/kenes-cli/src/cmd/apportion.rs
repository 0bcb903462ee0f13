//! `kenes apportion`: divide seats among the rows of a `name,count` CSV by a
//! named method, and show seats, shares, ties and disproportionality as a
//! table or as JSON. An unbroken tie leaves seats unallocated and exits 1.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, bail};
use kenes_power::apportion::{Apportionment, Method, Options, Threshold, TieBreak, apportion};
use kenes_power::csv::{CountRow, parse_counts};
use kenes_power::disproportionality::{Disproportionality, Unrepresented, measure};
use kenes_power::number::{parse_share, percent_string};
use serde_json::{Value, json};

/// Arguments of `kenes apportion`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// CSV with one `name,count` row per party or constituency (votes or
    /// population); an optional header row is skipped.
    pub file: PathBuf,
    /// Method: hamilton, droop, hagenbach-bischoff, imperiali-quota, dhondt
    /// (jefferson), sainte-lague (webster), modified-sainte-lague[:FIRST],
    /// huntington-hill, adams, dean, danish, imperiali, quota (Balinski–Young).
    #[arg(long, short)]
    pub method: String,
    /// Number of seats to divide.
    #[arg(long, short)]
    pub seats: u64,
    /// Threshold: a share (`5%`, `0.05`, `1/20`) of all votes, or `N votes`.
    #[arg(long)]
    pub threshold: Option<String>,
    /// Seats every row receives first (divisor methods only).
    #[arg(long, default_value_t = 0)]
    pub minimum: u64,
    /// Break ties in this order of names (comma-separated, all contenders).
    #[arg(long, value_name = "NAMES", conflicts_with = "lots")]
    pub tie_order: Option<String>,
    /// Break ties by lots drawn with this seed (reproducible).
    #[arg(long, value_name = "SEED")]
    pub lots: Option<u64>,
    /// How rows with votes but no seats enter the indices: separate, lumped, excluded.
    #[arg(long, default_value = "separate")]
    pub unrepresented: String,
    /// Print JSON (an array of rows with `name` and `seats`) instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Runs the command.
pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let rows = parse_counts(&text).with_context(|| format!("{}", args.file.display()))?;
    let method: Method = args.method.parse()?;
    let options = options(args, &rows)?;
    let counts: Vec<u64> = rows.iter().map(|r| r.count).collect();
    let result = apportion(&counts, args.seats, &method, &options)?;
    let treatment = unrepresented(&args.unrepresented)?;
    let indices = if result.is_complete() && !args.json {
        measure(&counts, result.seats(), treatment).ok()
    } else {
        None
    };
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&to_json(&rows, &result))?
        );
    } else {
        print!(
            "{}",
            table(&rows, &result, &method, args.seats, indices.as_ref())
        );
    }
    Ok(if result.is_complete() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn options(args: &Args, rows: &[CountRow]) -> anyhow::Result<Options> {
    let threshold = args.threshold.as_deref().map(parse_threshold).transpose()?;
    let tie_break = match (&args.tie_order, args.lots) {
        (Some(names), _) => TieBreak::Order(
            names
                .split(',')
                .map(|n| index_of(rows, n.trim()))
                .collect::<anyhow::Result<_>>()?,
        ),
        (None, Some(seed)) => TieBreak::Lots { seed },
        (None, None) => TieBreak::Report,
    };
    Ok(Options {
        threshold,
        minimum: args.minimum,
        tie_break,
    })
}

fn index_of(rows: &[CountRow], name: &str) -> anyhow::Result<usize> {
    match rows.iter().position(|r| r.name == name) {
        Some(index) => Ok(index),
        None => bail!("--tie-order names {name:?}, which is not a row of the CSV"),
    }
}

fn parse_threshold(text: &str) -> anyhow::Result<Threshold> {
    if let Some(count) = text.trim().strip_suffix("votes") {
        let votes = count
            .trim()
            .parse()
            .with_context(|| format!("threshold {text:?}: not a number of votes"))?;
        return Ok(Threshold::Votes(votes));
    }
    match parse_share(text) {
        Some(share) => Ok(Threshold::Share(share)),
        None => bail!("threshold {text:?} is not a share (5%, 0.05, 1/20) or `N votes`"),
    }
}

fn unrepresented(text: &str) -> anyhow::Result<Unrepresented> {
    match text {
        "separate" => Ok(Unrepresented::Separate),
        "lumped" => Ok(Unrepresented::Lumped),
        "excluded" => Ok(Unrepresented::Excluded),
        other => bail!("--unrepresented {other:?}: expected separate, lumped or excluded"),
    }
}

fn names(rows: &[CountRow], indices: &[usize]) -> Vec<String> {
    indices.iter().map(|&i| rows[i].name.clone()).collect()
}

fn to_json(rows: &[CountRow], result: &Apportionment) -> Value {
    let rows_json = rows.iter().enumerate().map(|(index, row)| {
        let mut object = json!({
            "name": row.name,
            "count": row.count,
            "seats": result.seats()[index],
            "excluded": result.excluded().contains(&index),
        });
        let tie = result
            .ties()
            .iter()
            .find(|t| t.contenders().contains(&index));
        if let (Some(tie), Some(map)) = (tie, object.as_object_mut()) {
            map.insert(
                "tie".into(),
                json!({
                    "contenders": names(rows, tie.contenders()),
                    "contested": tie.contested(),
                    "winners": names(rows, tie.winners()),
                    "broken": !tie.winners().is_empty(),
                }),
            );
        }
        object
    });
    Value::Array(rows_json.collect())
}

fn table(
    rows: &[CountRow],
    result: &Apportionment,
    method: &Method,
    house: u64,
    indices: Option<&Disproportionality>,
) -> String {
    let total: u128 = rows.iter().map(|r| u128::from(r.count)).sum();
    let width = rows
        .iter()
        .map(|r| r.name.chars().count())
        .max()
        .unwrap_or(4)
        .max(4);
    let mut out = format!(
        "{method}, {house} seats\n{:<width$}  {:>12}  {:>8}  {:>5}  {:>8}\n",
        "name", "count", "share", "seats", "seat %"
    );
    for (index, row) in rows.iter().enumerate() {
        let share = percent(u128::from(row.count), total);
        let seats = result.seats()[index];
        let mark = if result.excluded().contains(&index) {
            "  below threshold"
        } else {
            ""
        };
        out += &format!(
            "{:<width$}  {:>12}  {:>8}  {:>5}  {:>8}{mark}\n",
            row.name,
            row.count,
            share,
            seats,
            percent(u128::from(seats), u128::from(house))
        );
    }
    for tie in result.ties() {
        out += &tie_line(rows, tie);
    }
    if let Some(d) = indices {
        out += &indices_line(d);
    }
    out
}

fn tie_line(rows: &[CountRow], tie: &kenes_power::apportion::Tie) -> String {
    let contenders = names(rows, tie.contenders()).join(", ");
    if tie.winners().is_empty() {
        format!(
            "TIE: {contenders} have equal claims to {} seat(s); left unallocated (use --tie-order or --lots)\n",
            tie.contested()
        )
    } else {
        format!(
            "tie: {contenders} had equal claims to {} seat(s); given to {}\n",
            tie.contested(),
            names(rows, tie.winners()).join(", ")
        )
    }
}

fn percent(part: u128, whole: u128) -> String {
    if whole == 0 {
        return "-".into();
    }
    format!("{}%", percent_string(part, whole, 2))
}

fn indices_line(d: &Disproportionality) -> String {
    let sainte_lague = d
        .sainte_lague_points()
        .map_or("infinite".into(), |v| format!("{v:.3}"));
    let dhondt = d.dhondt.as_ref().map_or("infinite".into(), |v| {
        format!("{:.4}", kenes_power::number::to_f64(v))
    });
    format!(
        "disproportionality (percentage points; unrepresented rows {:?}): Gallagher {:.3}, Loosemore-Hanby {:.3}, Rae {:.3}, Sainte-Laguë {sainte_lague}; D'Hondt ratio {dhondt}\n",
        d.unrepresented,
        d.gallagher_points(),
        d.loosemore_hanby_points(),
        d.rae_points(),
    )
}
