//! Minimal winning coalitions of a weighted game, listed output-sensitively:
//! with players in decreasing weight, a winning coalition is minimal exactly
//! when dropping its lightest member loses, so a depth-first search that
//! stops at the first player taking a coalition over the quota finds each
//! one once, and never explores a branch that cannot reach the quota.

use crate::PowerError;
use crate::game::WeightedRule;

/// What the search gathers.
pub(crate) struct Minimal {
    /// Per player, by coalition size: minimal winning coalitions containing it.
    pub(crate) by_size: Vec<Vec<u64>>,
    /// Number found.
    pub(crate) count: u64,
    /// Listed coalitions (player indices, ascending), up to the limit.
    pub(crate) listed: Vec<Vec<usize>>,
}

struct Search<'a> {
    order: Vec<usize>,
    weights: &'a [u64],
    suffix: Vec<u128>,
    quota: u64,
    members: Vec<usize>,
    found: Minimal,
    list_limit: usize,
    count_limit: u64,
}

/// Finds all minimal winning coalitions; fails past `count_limit` of them.
pub(crate) fn minimal_winning(
    rule: &WeightedRule,
    list_limit: usize,
    count_limit: u64,
) -> Result<Minimal, PowerError> {
    let weights = rule.weights();
    let mut order: Vec<usize> = (0..weights.len()).filter(|&i| weights[i] > 0).collect();
    order.sort_by(|&a, &b| weights[b].cmp(&weights[a]).then(a.cmp(&b)));
    let mut suffix = vec![0u128; order.len() + 1];
    for k in (0..order.len()).rev() {
        suffix[k] = suffix[k + 1] + u128::from(weights[order[k]]);
    }
    let players = weights.len();
    let found = Minimal {
        by_size: vec![vec![0; players + 1]; players],
        count: 0,
        listed: Vec::new(),
    };
    let mut search = Search {
        order,
        weights,
        suffix,
        quota: rule.quota(),
        members: Vec::new(),
        found,
        list_limit,
        count_limit,
    };
    search.descend(0, 0)?;
    Ok(search.found)
}

impl Search<'_> {
    fn descend(&mut self, start: usize, weight: u64) -> Result<(), PowerError> {
        for k in start..self.order.len() {
            if u128::from(weight) + self.suffix[k] < u128::from(self.quota) {
                return Ok(());
            }
            let player = self.order[k];
            let with = weight + self.weights[player];
            self.members.push(player);
            if with >= self.quota {
                self.record()?;
            } else {
                self.descend(k + 1, with)?;
            }
            self.members.pop();
        }
        Ok(())
    }

    fn record(&mut self) -> Result<(), PowerError> {
        self.found.count += 1;
        if self.found.count > self.count_limit {
            return Err(PowerError::TooLarge(format!(
                "more than {} minimal winning coalitions",
                self.count_limit
            )));
        }
        let size = self.members.len();
        for &player in &self.members {
            self.found.by_size[player][size] += 1;
        }
        if self.found.listed.len() < self.list_limit {
            let mut coalition = self.members.clone();
            coalition.sort_unstable();
            self.found.listed.push(coalition);
        }
        Ok(())
    }
}
