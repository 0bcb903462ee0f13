//! Exact indices of any simple game by enumerating all `2^n` coalitions in
//! Gray-code order (one weight update per step), for games no generating
//! function covers: combined rules, the Johnston index, and minimal winning
//! coalitions of combined games. One pass collects everything.

use crate::PowerError;
use crate::game::Game;

/// Most players for which all coalitions are enumerated.
pub const MAX_ENUMERATION_PLAYERS: usize = 30;

/// Counts gathered over all coalitions.
pub(crate) struct Tally {
    /// Swings per player.
    pub(crate) swings: Vec<u64>,
    /// Swings per player by the size of the coalition without the player.
    pub(crate) swings_by_size: Vec<Vec<u64>>,
    /// Per player, by number of critical members: winning coalitions where
    /// the player is critical.
    pub(crate) critical_by_count: Vec<Vec<u64>>,
    /// Per player, by size: minimal winning coalitions containing the player.
    pub(crate) minimal_by_size: Vec<Vec<u64>>,
    /// Minimal winning coalitions as bit masks, up to the listing limit.
    pub(crate) minimal: Vec<u64>,
    /// Number of minimal winning coalitions.
    pub(crate) minimal_count: u64,
}

impl Tally {
    fn new(players: usize) -> Self {
        Self {
            swings: vec![0; players],
            swings_by_size: vec![vec![0; players]; players],
            critical_by_count: vec![vec![0; players + 1]; players],
            minimal_by_size: vec![vec![0; players + 1]; players],
            minimal: Vec::new(),
            minimal_count: 0,
        }
    }
}

/// Enumerates every coalition; `list_limit` caps the minimal winning
/// coalitions kept as masks (all are counted).
pub(crate) fn enumerate(game: &Game, list_limit: usize) -> Result<Tally, PowerError> {
    let players = game.players();
    if players > MAX_ENUMERATION_PLAYERS {
        return Err(PowerError::TooLarge(format!(
            "{players} players: enumeration of all coalitions is limited to {MAX_ENUMERATION_PLAYERS}"
        )));
    }
    let leaves = game.rule().leaves();
    let weights: Vec<Vec<u64>> = (0..players)
        .map(|i| leaves.iter().map(|l| l.weights()[i]).collect())
        .collect();
    let mut tally = Tally::new(players);
    let mut sums = vec![0u64; leaves.len()];
    let mut scratch = vec![0u64; leaves.len()];
    let mut critical = Vec::with_capacity(players);
    for step in 0u64..(1u64 << players) {
        let mask = step ^ (step >> 1);
        if step > 0 {
            let flipped = step.trailing_zeros() as usize;
            let joined = mask >> flipped & 1 == 1;
            for (sum, &w) in sums.iter_mut().zip(&weights[flipped]) {
                *sum = if joined { *sum + w } else { *sum - w };
            }
        }
        if !game.rule().passes(&sums) {
            continue;
        }
        critical.clear();
        for member in (0..players).filter(|&i| mask >> i & 1 == 1) {
            for ((out, &sum), &w) in scratch.iter_mut().zip(&sums).zip(&weights[member]) {
                *out = sum - w;
            }
            if !game.rule().passes(&scratch) {
                critical.push(member);
            }
        }
        record(&mut tally, mask, &critical, list_limit);
    }
    Ok(tally)
}

fn record(tally: &mut Tally, mask: u64, critical: &[usize], list_limit: usize) {
    let size = mask.count_ones() as usize;
    for &i in critical {
        tally.swings[i] += 1;
        tally.swings_by_size[i][size - 1] += 1;
        tally.critical_by_count[i][critical.len()] += 1;
    }
    if critical.len() == size {
        tally.minimal_count += 1;
        critical
            .iter()
            .for_each(|&i| tally.minimal_by_size[i][size] += 1);
        if tally.minimal.len() < list_limit {
            tally.minimal.push(mask);
        }
    }
}
