//! Benchmark harness: times the exact Banzhaf and Shapley–Shubik indices of
//! random weighted games at the sizes the project set as goals, and prints
//! one line per case. `cargo run --release -p kenes-power --example power_bench`
//! (add `quick` to skip the slowest case).

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
    let first = result.get(index).and_then(|v| v.first()).map(kenes_power::number::to_f64).unwrap_or(f64::NAN);
    let verdict = if seconds <= goal_seconds { "meets" } else { "MISSES" };
    println!(
        "{label:<34} n={players:<5} W={total:<7} {seconds:>8.3} s  (goal {goal_seconds} s: {verdict})  player 1: {first:.6e}"
    );
}

fn main() {
    let quick = std::env::args().any(|a| a == "quick");
    time_case("Banzhaf, 200 players", 200, 500, IndexKind::Banzhaf, 1.0);
    time_case("Shapley-Shubik, 100 players", 100, 100, IndexKind::ShapleyShubik, 1.0);
    time_case("Banzhaf, 1000 players", 1000, 500, IndexKind::Banzhaf, 10.0);
    if !quick {
        time_case("Shapley-Shubik, 200 players", 200, 500, IndexKind::ShapleyShubik, 30.0);
    }
}
