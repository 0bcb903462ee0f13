//! Ties between parties for the last seats (or, in the quota method, for one
//! seat on the way), and the explicit ways of breaking them.

use crate::ApportionError;
use crate::rng::Rng;

/// How a tie that decides seats is handled.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum TieBreak {
    /// Leave the contested seats unallocated and report the tie.
    #[default]
    Report,
    /// Give the seats to the contenders ranked first in this order of party
    /// indices (every contender must appear).
    Order(Vec<usize>),
    /// Draw lots with this seed (reproducible).
    Lots {
        /// Seed of the generator.
        seed: u64,
    },
}

/// Parties with equal claims to fewer seats than there are of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tie {
    contenders: Vec<usize>,
    contested: u64,
    winners: Vec<usize>,
}

impl Tie {
    /// Party indices with equal claims, ascending.
    pub fn contenders(&self) -> &[usize] {
        &self.contenders
    }
    /// How many seats they contend for (fewer than contenders).
    pub fn contested(&self) -> u64 {
        self.contested
    }
    /// Who received the seats when the tie was broken; empty when reported only.
    pub fn winners(&self) -> &[usize] {
        &self.winners
    }
}

/// Settles a tie by the chosen rule. Returns the tie record; its winners are
/// empty under [`TieBreak::Report`].
pub(crate) fn settle(
    mut contenders: Vec<usize>,
    contested: u64,
    rule: &TieBreak,
) -> Result<Tie, ApportionError> {
    contenders.sort_unstable();
    let take = usize::try_from(contested)
        .unwrap_or(usize::MAX)
        .min(contenders.len());
    let winners = match rule {
        TieBreak::Report => Vec::new(),
        TieBreak::Order(order) => by_order(&contenders, order, take)?,
        TieBreak::Lots { seed } => {
            let mut drawn = contenders.clone();
            Rng::new(*seed).shuffle(&mut drawn);
            drawn.truncate(take);
            drawn.sort_unstable();
            drawn
        }
    };
    Ok(Tie {
        contenders,
        contested,
        winners,
    })
}

fn by_order(
    contenders: &[usize],
    order: &[usize],
    take: usize,
) -> Result<Vec<usize>, ApportionError> {
    let rank = |party: usize| order.iter().position(|&p| p == party);
    let mut ranked = Vec::with_capacity(contenders.len());
    for &party in contenders {
        let position = rank(party).ok_or(ApportionError::TieOrderIncomplete(party))?;
        ranked.push((position, party));
    }
    ranked.sort_unstable();
    let mut winners: Vec<usize> = ranked.into_iter().take(take).map(|(_, p)| p).collect();
    winners.sort_unstable();
    Ok(winners)
}
