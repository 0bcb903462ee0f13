//! `kenes power`: voting power of the players of a weighted game
//! (`--quota`, `--weights`) or of a combined game (`--game FILE`), exactly by
//! default, by Monte Carlo when exact computation is out of reach or asked
//! for (with a progress bar on a terminal and a clean stop on Ctrl-C).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, bail};
use kenes_power::PowerError;
use kenes_power::game::{Game, parse_game, quota_from_text};
use kenes_power::index::{
    Algorithm, Control, Estimates, Exact, ExactOptions, IndexKind, exact, monte_carlo,
};
use kenes_power::number::{fraction_string, to_f64};
use serde_json::{Value, json};

/// Arguments of `kenes power`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Quota of a weighted game: an integer, or a share of the total weight
    /// (`50%`, `2/3`) rounded up.
    #[arg(long, short, allow_hyphen_values = true, requires = "weights")]
    pub quota: Option<String>,
    /// Weights of the players, comma-separated non-negative integers.
    #[arg(long, short, allow_hyphen_values = true, requires = "quota")]
    pub weights: Option<String>,
    /// Names of the players, comma-separated (default P1, P2, …).
    #[arg(long)]
    pub names: Option<String>,
    /// A game file (format in docs/power.md) instead of --quota/--weights.
    #[arg(long, short, conflicts_with_all = ["quota", "weights", "names"], required_unless_present = "quota")]
    pub game: Option<PathBuf>,
    /// Index to compute (repeatable or comma-separated): banzhaf,
    /// banzhaf-absolute, shapley-shubik, deegan-packel, public-good, johnston.
    /// Default: all.
    #[arg(long = "index", short, value_delimiter = ',')]
    pub indices: Vec<String>,
    /// auto, generating-function, enumeration or monte-carlo.
    #[arg(long, default_value = "auto")]
    pub algorithm: String,
    /// Samples for Monte Carlo estimation.
    #[arg(long, default_value_t = 1_000_000)]
    pub samples: u64,
    /// Seed for Monte Carlo estimation.
    #[arg(long, default_value_t = 1917)]
    pub seed: u64,
    /// List up to this many minimal winning coalitions.
    #[arg(long, default_value_t = 0)]
    pub minimal: usize,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// The game to analyse, with its players' names and weight columns.
struct Setup {
    names: Vec<String>,
    game: Game,
    title: Option<String>,
}

/// Runs the command.
pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let setup = setup(args)?;
    let explicit = !args.indices.is_empty();
    let indices = indices(args)?;
    let report = compute(args, &setup.game, indices, explicit)?;
    let output = match &report {
        Report::Exact(result) => exact_json(&setup, result),
        Report::Estimated(estimates) => estimate_json(&setup, estimates),
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&output)?);
    } else {
        print!("{}", table::render(&output));
    }
    Ok(ExitCode::SUCCESS)
}

fn setup(args: &Args) -> anyhow::Result<Setup> {
    if let Some(path) = &args.game {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let file = parse_game(&text).with_context(|| format!("{}", path.display()))?;
        return Ok(Setup {
            names: file.names,
            game: file.game,
            title: file.title,
        });
    }
    let (Some(quota), Some(weights)) = (&args.quota, &args.weights) else {
        bail!("give --quota and --weights, or --game FILE");
    };
    let weights = parse_weights(weights)?;
    let total: u128 = weights.iter().map(|&w| u128::from(w)).sum();
    let quota_value = quota_from_text(quota, total).with_context(|| {
        format!("quota {quota:?} is not a non-negative integer, a percentage or a fraction")
    })?;
    let game = Game::weighted(weights, quota_value)?;
    let names = player_names(args.names.as_deref(), game.players())?;
    Ok(Setup {
        names,
        game,
        title: None,
    })
}

fn parse_weights(text: &str) -> anyhow::Result<Vec<u64>> {
    text.split(',')
        .map(|field| {
            let field = field.trim();
            if field.starts_with('-') {
                bail!("weight {field:?} is negative: weights must be non-negative integers");
            }
            field
                .parse::<u64>()
                .with_context(|| format!("weight {field:?} is not a non-negative integer"))
        })
        .collect()
}

fn player_names(names: Option<&str>, players: usize) -> anyhow::Result<Vec<String>> {
    let Some(names) = names else {
        return Ok((1..=players).map(|i| format!("P{i}")).collect());
    };
    let names: Vec<String> = names.split(',').map(|n| n.trim().to_string()).collect();
    if names.len() != players {
        bail!("{} names for {players} weights", names.len());
    }
    Ok(names)
}

fn indices(args: &Args) -> anyhow::Result<Vec<IndexKind>> {
    if args.indices.is_empty() {
        return Ok(IndexKind::ALL.to_vec());
    }
    let mut kinds = Vec::new();
    for name in &args.indices {
        let kind: IndexKind = name.parse()?;
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    Ok(kinds)
}

enum Report {
    Exact(Exact),
    Estimated(Estimates),
}

fn compute(
    args: &Args,
    game: &Game,
    indices: Vec<IndexKind>,
    explicit: bool,
) -> anyhow::Result<Report> {
    let algorithm = match args.algorithm.as_str() {
        "auto" => Algorithm::Auto,
        "generating-function" => Algorithm::GeneratingFunction,
        "enumeration" => Algorithm::Enumeration,
        "monte-carlo" => return estimate(args, game, &estimable(&indices, explicit)?),
        other => bail!(
            "unknown algorithm {other:?} (auto, generating-function, enumeration, monte-carlo)"
        ),
    };
    let options = ExactOptions {
        algorithm,
        list_minimal: args.minimal,
        ..ExactOptions::default()
    };
    match exact(game, &indices, &options) {
        Err(PowerError::TooLarge(reason)) if algorithm == Algorithm::Auto => {
            fallback(args, game, &indices, explicit, &options, &reason)
        }
        other => Ok(Report::Exact(other?)),
    }
}

/// Exact is out of reach for some index: drop the indices only enumeration
/// gives (when the user did not ask for them), else estimate.
fn fallback(
    args: &Args,
    game: &Game,
    indices: &[IndexKind],
    explicit: bool,
    options: &ExactOptions,
    reason: &str,
) -> anyhow::Result<Report> {
    if !explicit {
        let without_johnston: Vec<IndexKind> = indices
            .iter()
            .copied()
            .filter(|k| *k != IndexKind::Johnston)
            .collect();
        let basic: Vec<IndexKind> = indices
            .iter()
            .copied()
            .filter(|k| is_estimable(*k))
            .collect();
        // Listing minimal winning coalitions is output-sensitive: give up early.
        let quick = ExactOptions {
            list_minimal: 0,
            minimal_limit: 1_000_000,
            ..*options
        };
        for subset in [without_johnston, basic] {
            if subset.len() < indices.len()
                && let Ok(result) = exact(game, &subset, &quick)
            {
                eprintln!("note: {reason}; showing the indices that can be computed exactly");
                return Ok(Report::Exact(result));
            }
        }
    }
    eprintln!(
        "note: exact computation out of reach ({reason}); estimating by Monte Carlo with {} samples",
        args.samples
    );
    estimate(args, game, &estimable(indices, explicit)?)
}

fn is_estimable(kind: IndexKind) -> bool {
    matches!(
        kind,
        IndexKind::Banzhaf | IndexKind::BanzhafAbsolute | IndexKind::ShapleyShubik
    )
}

fn estimable(indices: &[IndexKind], explicit: bool) -> anyhow::Result<Vec<IndexKind>> {
    if let Some(kind) = indices
        .iter()
        .find(|k| !is_estimable(**k))
        .filter(|_| explicit)
    {
        bail!("{kind} cannot be estimated by Monte Carlo, and exact computation is out of reach");
    }
    Ok(indices
        .iter()
        .copied()
        .filter(|k| is_estimable(*k))
        .collect())
}

fn estimate(args: &Args, game: &Game, indices: &[IndexKind]) -> anyhow::Result<Report> {
    interrupt::install();
    let show = std::io::stderr().is_terminal();
    let progress = move |done: u64, total: u64| {
        if show {
            progress_bar(done, total);
        }
    };
    let control = Control {
        stop: Some(&interrupt::STOP),
        progress: Some(&progress),
    };
    let result = monte_carlo(game, indices, args.samples, args.seed, &control);
    if show {
        eprintln!();
    }
    let estimates = result?;
    if estimates.stopped {
        eprintln!(
            "note: stopped after {} samples; estimates use those",
            estimates.samples
        );
    }
    Ok(Report::Estimated(estimates))
}

fn progress_bar(done: u64, total: u64) {
    let width = 40u64;
    let filled = (done.saturating_mul(width) / total.max(1)) as usize;
    let percent = done.saturating_mul(100) / total.max(1);
    let bar = format!(
        "{}{}",
        "#".repeat(filled),
        ".".repeat(width as usize - filled.min(width as usize))
    );
    let mut stderr = std::io::stderr();
    let _ = write!(stderr, "\r[{bar}] {percent:>3}% ({done}/{total} samples)");
    let _ = stderr.flush();
}

fn player_weights(game: &Game, player: usize) -> Value {
    let leaves = game.rule().leaves();
    match leaves.as_slice() {
        [single] => json!(single.weights()[player]),
        _ => Value::Array(leaves.iter().map(|l| json!(l.weights()[player])).collect()),
    }
}

fn game_json(setup: &Setup) -> Value {
    let leaves = setup.game.rule().leaves();
    let rules: Vec<Value> = leaves
        .iter()
        .map(|l| json!({ "quota": l.quota(), "total": l.total() }))
        .collect();
    json!({ "title": setup.title, "players": setup.game.players(), "rules": rules })
}

fn exact_json(setup: &Setup, result: &Exact) -> Value {
    let players: Vec<Value> = (0..setup.game.players())
        .map(|i| {
            let mut object = json!({ "name": setup.names[i], "weight": player_weights(&setup.game, i) });
            if let (Some(swings), Some(map)) = (result.swings(), object.as_object_mut()) {
                map.insert("swings".into(), json!(swings[i].to_string()));
            }
            for (kind, values) in result.values() {
                if let Some(map) = object.as_object_mut() {
                    map.insert(kind.name().into(), json!({ "exact": fraction_string(&values[i]), "decimal": to_f64(&values[i]) }));
                }
            }
            object
        })
        .collect();
    let methods: serde_json::Map<String, Value> = result
        .methods()
        .iter()
        .map(|(k, m)| (k.name().to_string(), json!(m)))
        .collect();
    let mut out =
        json!({ "game": game_json(setup), "exact": true, "methods": methods, "players": players });
    if let (Some(count), Some(map)) = (result.minimal_count(), out.as_object_mut()) {
        map.insert("minimal_winning_count".into(), json!(count));
        if let Some(listed) = result.minimal_winning() {
            let named: Vec<Vec<&String>> = listed
                .iter()
                .map(|c| c.iter().map(|&i| &setup.names[i]).collect())
                .collect();
            map.insert("minimal_winning".into(), json!(named));
        }
    }
    out
}

fn estimate_json(setup: &Setup, estimates: &Estimates) -> Value {
    let players: Vec<Value> = (0..setup.game.players())
        .map(|i| {
            let mut object =
                json!({ "name": setup.names[i], "weight": player_weights(&setup.game, i) });
            for (kind, values) in &estimates.values {
                let e = values[i];
                if let Some(map) = object.as_object_mut() {
                    map.insert(
                        kind.name().into(),
                        json!({ "decimal": e.value, "low": e.low, "high": e.high }),
                    );
                }
            }
            object
        })
        .collect();
    json!({
        "game": game_json(setup),
        "exact": false,
        "monte_carlo": { "samples": estimates.samples, "stopped": estimates.stopped, "confidence": 0.95 },
        "players": players,
    })
}

/// Ctrl-C during a Monte Carlo run sets a flag; the run stops after its
/// batch and reports what it has. A second Ctrl-C ends the process.
mod interrupt {
    use super::{AtomicBool, Ordering};

    pub static STOP: AtomicBool = AtomicBool::new(false);

    #[cfg(unix)]
    mod unix {
        use super::{Ordering, STOP};

        const SIGINT: i32 = 2;
        const SIG_DFL: usize = 0;

        unsafe extern "C" {
            fn signal(signum: i32, handler: usize) -> usize;
        }

        extern "C" fn on_interrupt(_signum: i32) {
            STOP.store(true, Ordering::Relaxed);
            // SAFETY: signal(2) is async-signal-safe; restoring the default makes
            // a second Ctrl-C end the process.
            unsafe {
                signal(SIGINT, SIG_DFL);
            }
        }

        pub fn install() {
            // SAFETY: the handler only stores to an atomic and calls signal(2),
            // both async-signal-safe.
            unsafe {
                signal(SIGINT, on_interrupt as extern "C" fn(i32) as usize);
            }
        }
    }

    pub fn install() {
        STOP.store(false, Ordering::Relaxed);
        #[cfg(unix)]
        unix::install();
    }
}

/// Plain-text rendering from the same JSON value that `--json` prints, so the
/// two never disagree.
mod table {
    use serde_json::Value;

    const INDEX_NAMES: [&str; 6] = [
        "banzhaf",
        "banzhaf-absolute",
        "shapley-shubik",
        "deegan-packel",
        "public-good",
        "johnston",
    ];

    /// The table: one row per player, one column per index (decimals; exact
    /// fractions are in `--json`), then notes.
    pub fn render(output: &Value) -> String {
        let players = output["players"].as_array().cloned().unwrap_or_default();
        let shown: Vec<&str> = INDEX_NAMES
            .iter()
            .copied()
            .filter(|name| players.first().is_some_and(|p| p.get(*name).is_some()))
            .collect();
        let width = players
            .iter()
            .filter_map(|p| p["name"].as_str())
            .map(|n| n.chars().count())
            .max()
            .unwrap_or(4)
            .max(6);
        let mut out = header(output, &shown, width);
        for player in &players {
            out += &row(player, &shown, width);
        }
        out += &notes(output);
        out
    }

    fn header(output: &Value, shown: &[&str], width: usize) -> String {
        let mut out = String::new();
        if let Some(title) = output["game"]["title"].as_str() {
            out += &format!("{title}\n");
        }
        let rules: Vec<String> = output["game"]["rules"]
            .as_array()
            .map(|rules| {
                rules
                    .iter()
                    .map(|r| format!("quota {} of {}", r["quota"], r["total"]))
                    .collect()
            })
            .unwrap_or_default();
        out += &format!(
            "{} players; {}\n",
            output["game"]["players"],
            rules.join("; ")
        );
        out += &format!("{:<width$}  {:>10}", "player", "weight");
        if output["exact"] == Value::Bool(true) && output["players"][0].get("swings").is_some() {
            out += &format!("  {:>12}", "swings");
        }
        for name in shown {
            out += &format!("  {name:>16}");
        }
        out + "\n"
    }

    fn row(player: &Value, shown: &[&str], width: usize) -> String {
        let weight = match &player["weight"] {
            Value::Array(values) => values
                .iter()
                .map(Value::to_string)
                .collect::<Vec<_>>()
                .join("/"),
            other => other.to_string(),
        };
        let mut out = format!(
            "{:<width$}  {weight:>10}",
            player["name"].as_str().unwrap_or("")
        );
        if let Some(swings) = player.get("swings").and_then(Value::as_str) {
            out += &format!("  {swings:>12}");
        }
        for name in shown {
            let value = &player[*name];
            let decimal = value["decimal"].as_f64().unwrap_or(f64::NAN);
            let cell = match value["high"].as_f64() {
                Some(high) => format!(
                    "{decimal:.5}±{:.5}",
                    (high - value["low"].as_f64().unwrap_or(high)) / 2.0
                ),
                None => format!("{decimal:.6}"),
            };
            out += &format!("  {cell:>16}");
        }
        out + "\n"
    }

    fn notes(output: &Value) -> String {
        let mut out = String::new();
        if output["exact"] == Value::Bool(true) {
            out += "exact values (fractions with --json)";
            if let Some(methods) = output["methods"].as_object() {
                let used: Vec<String> = methods
                    .iter()
                    .map(|(k, v)| format!("{k}: {}", v.as_str().unwrap_or("")))
                    .collect();
                out += &format!("; {}", used.join(", "));
            }
            out += "\n";
        } else {
            let mc = &output["monte_carlo"];
            out += &format!(
                "Monte Carlo estimates, {} samples, 95% intervals{}\n",
                mc["samples"],
                if mc["stopped"] == Value::Bool(true) {
                    " (stopped early)"
                } else {
                    ""
                }
            );
        }
        if let Some(count) = output.get("minimal_winning_count") {
            out += &format!("minimal winning coalitions: {count}\n");
        }
        for coalition in output["minimal_winning"].as_array().into_iter().flatten() {
            let names: Vec<&str> = coalition
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            out += &format!("  {{{}}}\n", names.join(", "));
        }
        out
    }
}
