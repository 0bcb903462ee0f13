//! Benchmark harness: times the exact Banzhaf and Shapley–Shubik indices of
//! random weighted games at the sizes the project set as goals, and prints
//! one line per case. `cargo run --release -p kenes-power --example power_bench`
//! (add `quick` to skip the slowest case).
//!
//! `power_bench case power INDEX QUOTA WEIGHTS_FILE` and
//! `power_bench case apportion METHOD SEATS CSV_FILE` time one computation in
//! process and print `{"seconds": …, "values": […]}` — the form
//! `bench/power/compare.py` reads to compare with the Python peers.

use std::time::Instant;

use kenes_power::Rng;
use kenes_power::game::Game;
use kenes_power::index::{ExactOptions, IndexKind, exact};

/// Weights uniform in `1..2·mean`, seeded, so the total is about `players · mean`.
fn random_game(players: usize, mean: u64, seed: u64) -> Game {
    let mut rng = Rng::new(seed);
    let weights: Vec<u64> = (0..players).map(|_| 1 + rng.below(2 * mean - 1)).collect();
    let total: u64 = weights.iter().sum();
    Game::weighted(weights, total / 2 + 1).expect("valid game")
}

fn time_case(label: &str, players: usize, mean: u64, index: IndexKind, goal_seconds: f64) {
    let game = random_game(players, mean, 1917);
    let total = game.as_weighted().map_or(0, |rule| rule.total());
    let start = Instant::now();
    let result = exact(&game, &[index], &ExactOptions::default()).expect("exact result");
    let seconds = start.elapsed().as_secs_f64();
    let first = result
        .get(index)
        .and_then(|v| v.first())
        .map(kenes_power::number::to_f64)
        .unwrap_or(f64::NAN);
    let verdict = if seconds <= goal_seconds {
        "meets"
    } else {
        "MISSES"
    };
    println!(
        "{label:<34} n={players:<5} W={total:<7} {seconds:>8.3} s  (goal {goal_seconds} s: {verdict})  player 1: {first:.6e}"
    );
}

fn one_case(args: &[String]) -> Result<String, Box<dyn std::error::Error>> {
    let [kind, name, number, path] = args else {
        return Err("usage: case power INDEX QUOTA FILE | case apportion METHOD SEATS FILE".into());
    };
    let text = std::fs::read_to_string(path)?;
    let start = Instant::now();
    let values: Vec<f64> = if kind == "power" {
        let weights = text
            .trim()
            .split(',')
            .map(|w| w.trim().parse::<u64>())
            .collect::<Result<Vec<_>, _>>()?;
        let game = Game::weighted(weights, number.parse()?)?;
        let index: IndexKind = name.parse()?;
        let result = exact(&game, &[index], &ExactOptions::default())?;
        result
            .get(index)
            .unwrap_or_default()
            .iter()
            .map(kenes_power::number::to_f64)
            .collect()
    } else {
        let rows = kenes_power::csv::parse_counts(&text)?;
        let counts: Vec<u64> = rows.iter().map(|r| r.count).collect();
        let method: kenes_power::apportion::Method = name.parse()?;
        let result = kenes_power::apportion::apportion(
            &counts,
            number.parse()?,
            &method,
            &Default::default(),
        )?;
        result.seats().iter().map(|&s| s as f64).collect()
    };
    let seconds = start.elapsed().as_secs_f64();
    let listed: Vec<String> = values.iter().map(|v| format!("{v:e}")).collect();
    Ok(format!(
        "{{\"seconds\": {seconds}, \"values\": [{}]}}",
        listed.join(", ")
    ))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "case") {
        match one_case(&args[1..]) {
            Ok(line) => println!("{line}"),
            Err(error) => {
                eprintln!("error: {error}");
                std::process::exit(2);
            }
        }
        return;
    }
    let quick = std::env::args().any(|a| a == "quick");
    time_case("Banzhaf, 200 players", 200, 500, IndexKind::Banzhaf, 1.0);
    time_case(
        "Shapley-Shubik, 100 players",
        100,
        100,
        IndexKind::ShapleyShubik,
        1.0,
    );
    time_case("Banzhaf, 1000 players", 1000, 500, IndexKind::Banzhaf, 10.0);
    if !quick {
        time_case(
            "Shapley-Shubik, 200 players",
            200,
            500,
            IndexKind::ShapleyShubik,
            30.0,
        );
    }
}
