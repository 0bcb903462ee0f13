//! Votes with their tallies, and population figures (what share of a place's
//! people a group is, as a source gives it).

use crate::id::{ActorId, EventId, PlaceId, PopulationId, ProposalId, VoteId};
use crate::origin::Origin;

/// The count for one option of a vote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    option: String,
    count: u32,
}

impl Tally {
    /// `option` is `for`, `against`, `abstain`, or another label the source uses.
    pub fn new(option: String, count: u32) -> Tally {
        Tally { option, count }
    }
    pub fn option(&self) -> &str {
        &self.option
    }
    pub fn count(&self) -> u32 {
        self.count
    }
}

/// A vote on a motion at a sitting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vote {
    id: VoteId,
    event: EventId,
    motion: String,
    proposal: Option<ProposalId>,
    tallies: Vec<Tally>,
    present: Option<u32>,
    origin: Origin,
}

impl Vote {
    /// `present` is the attendance the source gives for this vote itself.
    pub fn new(
        id: VoteId,
        event: EventId,
        motion: String,
        proposal: Option<ProposalId>,
        tallies: Vec<Tally>,
        present: Option<u32>,
        origin: Origin,
    ) -> Vote {
        Vote {
            id,
            event,
            motion,
            proposal,
            tallies,
            present,
            origin,
        }
    }
    pub fn id(&self) -> &VoteId {
        &self.id
    }
    /// The sitting at which the vote was held.
    pub fn event(&self) -> &EventId {
        &self.event
    }
    pub fn motion(&self) -> &str {
        &self.motion
    }
    pub fn proposal(&self) -> Option<&ProposalId> {
        self.proposal.as_ref()
    }
    pub fn tallies(&self) -> &[Tally] {
        &self.tallies
    }
    pub fn present(&self) -> Option<u32> {
        self.present
    }
    pub fn total_cast(&self) -> u64 {
        self.tallies.iter().map(|t| u64::from(t.count)).sum()
    }
    pub fn origin(&self) -> &Origin {
        &self.origin
    }
}

/// A population figure: a group's share of a place's people and/or its number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Population {
    id: PopulationId,
    scope: PlaceId,
    group: ActorId,
    share_percent: Option<(u64, u64)>,
    count: Option<u64>,
    count_is_lower_bound: bool,
    origin: Origin,
}

impl Population {
    /// `share_percent` is an exact fraction of 100 as (numerator, denominator),
    /// so that "95" is (95, 1); `count_is_lower_bound` marks "more than N".
    pub fn new(
        id: PopulationId,
        scope: PlaceId,
        group: ActorId,
        share_percent: Option<(u64, u64)>,
        count: Option<u64>,
        count_is_lower_bound: bool,
        origin: Origin,
    ) -> Population {
        Population {
            id,
            scope,
            group,
            share_percent,
            count,
            count_is_lower_bound,
            origin,
        }
    }
    pub fn id(&self) -> &PopulationId {
        &self.id
    }
    pub fn scope(&self) -> &PlaceId {
        &self.scope
    }
    /// The group (an actor of kind group) whose share this is.
    pub fn group(&self) -> &ActorId {
        &self.group
    }
    pub fn share_percent(&self) -> Option<(u64, u64)> {
        self.share_percent
    }
    pub fn count(&self) -> Option<u64> {
        self.count
    }
    pub fn count_is_lower_bound(&self) -> bool {
        self.count_is_lower_bound
    }
    pub fn origin(&self) -> &Origin {
        &self.origin
    }
}
