//! Fuzz target: the game-file parser of `kenes power --game` must never
//! panic, and small accepted games must evaluate without panicking.
#![no_main]

use kenes_power::game::parse_game;
use kenes_power::index::{ExactOptions, IndexKind, exact};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(file) = parse_game(text) else { return };
    let game = file.game;
    let small_rules = game
        .rule()
        .leaves()
        .iter()
        .all(|rule| rule.quota() < 10_000);
    if game.players() <= 12 && small_rules {
        let _ = exact(&game, &IndexKind::ALL, &ExactOptions::default());
    }
});
