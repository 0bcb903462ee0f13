//! Simple voting games: weighted games `[q; w1, …, wn]` and games that
//! combine several of them, where a coalition must pass all the rules, or
//! any one of them, nested as deep as needed (the Council of the EU:
//! members and population, or a large enough number of members).

mod file;

pub use file::{GameFile, parse_game, quota_from_text};

use crate::PowerError;

/// One weighted rule: a coalition passes when its weight reaches the quota.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeightedRule {
    weights: Vec<u64>,
    quota: u64,
    total: u64,
}

impl WeightedRule {
    /// A rule with a weight per player; `1 <= quota <= total weight`.
    pub fn new(weights: Vec<u64>, quota: u64) -> Result<Self, PowerError> {
        if weights.is_empty() {
            return Err(PowerError::NoPlayers);
        }
        let total = weights
            .iter()
            .try_fold(0u64, |sum, &w| sum.checked_add(w))
            .ok_or(PowerError::WeightOverflow)?;
        if quota == 0 || quota > total {
            return Err(PowerError::QuotaOutOfRange {
                quota: quota.to_string(),
                total: u128::from(total),
            });
        }
        Ok(Self {
            weights,
            quota,
            total,
        })
    }
    /// Weights, one per player.
    pub fn weights(&self) -> &[u64] {
        &self.weights
    }
    /// The quota.
    pub fn quota(&self) -> u64 {
        self.quota
    }
    /// Sum of the weights.
    pub fn total(&self) -> u64 {
        self.total
    }
}

/// A decision rule over the same players.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// One weighted rule.
    Weighted(WeightedRule),
    /// Every sub-rule must pass.
    All(Vec<Rule>),
    /// At least one sub-rule must pass.
    Any(Vec<Rule>),
}

impl Rule {
    /// The weighted rules in depth-first order (the order of `sums` below).
    pub fn leaves(&self) -> Vec<&WeightedRule> {
        let mut out = Vec::new();
        self.collect_leaves(&mut out);
        out
    }

    fn collect_leaves<'a>(&'a self, out: &mut Vec<&'a WeightedRule>) {
        match self {
            Rule::Weighted(rule) => out.push(rule),
            Rule::All(rules) | Rule::Any(rules) => rules.iter().for_each(|r| r.collect_leaves(out)),
        }
    }

    /// Whether a coalition with these weight sums (one per leaf, in
    /// [`Rule::leaves`] order) passes.
    pub fn passes(&self, sums: &[u64]) -> bool {
        let mut cursor = 0;
        self.passes_from(sums, &mut cursor)
    }

    fn passes_from(&self, sums: &[u64], cursor: &mut usize) -> bool {
        match self {
            Rule::Weighted(rule) => {
                let sum = sums.get(*cursor).copied().unwrap_or(0);
                *cursor += 1;
                sum >= rule.quota
            }
            Rule::All(rules) => {
                // Every sub-rule is evaluated (no short circuit): each advances the cursor.
                let mut verdict = true;
                for rule in rules {
                    verdict &= rule.passes_from(sums, cursor);
                }
                verdict
            }
            Rule::Any(rules) => {
                let mut verdict = false;
                for rule in rules {
                    verdict |= rule.passes_from(sums, cursor);
                }
                verdict
            }
        }
    }
}

/// A simple game: a number of players and the rule that decides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Game {
    players: usize,
    rule: Rule,
}

impl Game {
    /// A weighted game `[quota; weights]`.
    pub fn weighted(weights: Vec<u64>, quota: u64) -> Result<Self, PowerError> {
        let rule = WeightedRule::new(weights, quota)?;
        Ok(Self {
            players: rule.weights.len(),
            rule: Rule::Weighted(rule),
        })
    }

    /// A game over `players` players; every weighted rule must have one
    /// weight per player, and composite rules must not be empty.
    pub fn new(players: usize, rule: Rule) -> Result<Self, PowerError> {
        if players == 0 {
            return Err(PowerError::NoPlayers);
        }
        check_rule(&rule, players)?;
        Ok(Self { players, rule })
    }

    /// Number of players.
    pub fn players(&self) -> usize {
        self.players
    }
    /// The decision rule.
    pub fn rule(&self) -> &Rule {
        &self.rule
    }
    /// The single weighted rule, when the game is one.
    pub fn as_weighted(&self) -> Option<&WeightedRule> {
        match &self.rule {
            Rule::Weighted(rule) => Some(rule),
            Rule::All(rules) | Rule::Any(rules) if rules.len() == 1 => match &rules[0] {
                Rule::Weighted(rule) => Some(rule),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether the coalition (one flag per player) wins.
    pub fn wins(&self, members: &[bool]) -> bool {
        let sums: Vec<u64> = self
            .rule
            .leaves()
            .iter()
            .map(|leaf| {
                leaf.weights
                    .iter()
                    .zip(members)
                    .filter(|(_, m)| **m)
                    .map(|(w, _)| *w)
                    .sum()
            })
            .collect();
        self.rule.passes(&sums)
    }
}

fn check_rule(rule: &Rule, players: usize) -> Result<(), PowerError> {
    for (index, leaf) in rule.leaves().iter().enumerate() {
        if leaf.weights.len() != players {
            return Err(PowerError::WeightCount {
                rule: index + 1,
                found: leaf.weights.len(),
                expected: players,
            });
        }
    }
    check_nonempty(rule)
}

fn check_nonempty(rule: &Rule) -> Result<(), PowerError> {
    match rule {
        Rule::Weighted(_) => Ok(()),
        Rule::All(rules) | Rule::Any(rules) if rules.is_empty() => Err(
            PowerError::InvalidParameter("a combined rule needs at least one rule".into()),
        ),
        Rule::All(rules) | Rule::Any(rules) => rules.iter().try_for_each(check_nonempty),
    }
}
