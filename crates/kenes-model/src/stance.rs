//! Issues and stances: an actor's position on an issue over a period, and
//! whether the actor declared it or another source ascribes it.

use crate::date::HistoricalDate;
use crate::id::{ActorId, IssueId, StanceId};
use crate::name::Names;
use crate::origin::Origin;

/// A question on which actors take positions (Soviet power, autonomy…).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    id: IssueId,
    names: Names,
    description: Option<String>,
    origin: Origin,
}

impl Issue {
    pub fn new(id: IssueId, names: Names, description: Option<String>, origin: Origin) -> Issue {
        Issue {
            id,
            names,
            description,
            origin,
        }
    }
    pub fn id(&self) -> &IssueId {
        &self.id
    }
    pub fn names(&self) -> &Names {
        &self.names
    }
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }
    pub fn origin(&self) -> &Origin {
        &self.origin
    }
}

/// A position on an issue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Position {
    Support,
    Oppose,
    Compromise,
    Refuse,
    Neutral,
}

impl Position {
    pub const ALL: [Position; 5] = [
        Position::Support,
        Position::Oppose,
        Position::Compromise,
        Position::Refuse,
        Position::Neutral,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Position::Support => "support",
            Position::Oppose => "oppose",
            Position::Compromise => "compromise",
            Position::Refuse => "refuse",
            Position::Neutral => "neutral",
        }
    }
    pub fn parse(text: &str) -> Option<Position> {
        Self::ALL.into_iter().find(|p| p.as_str() == text)
    }
}

/// Who says the actor holds the position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StanceVoice {
    /// The actor declared it itself (its resolution, its representative's speech).
    Declared,
    /// Another source ascribes it to the actor (a newspaper's account, a historian).
    Ascribed { by: Option<ActorId> },
}

impl StanceVoice {
    pub fn as_str(&self) -> &'static str {
        match self {
            StanceVoice::Declared => "declared",
            StanceVoice::Ascribed { .. } => "ascribed",
        }
    }
}

/// An actor's position on an issue, attested on a date or over a period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stance {
    id: StanceId,
    actor: ActorId,
    issue: IssueId,
    position: Position,
    date: HistoricalDate,
    voice: StanceVoice,
    summary: Option<String>,
    origin: Origin,
}

/// The parts a [`Stance`] is built from.
#[derive(Debug)]
pub struct StanceParts {
    pub id: StanceId,
    pub actor: ActorId,
    pub issue: IssueId,
    pub position: Position,
    /// When the position is attested (a day, or a range for a period).
    pub date: HistoricalDate,
    pub voice: StanceVoice,
    /// A short English summary of the position.
    pub summary: Option<String>,
    pub origin: Origin,
}

impl Stance {
    pub fn new(parts: StanceParts) -> Stance {
        let StanceParts {
            id,
            actor,
            issue,
            position,
            date,
            voice,
            summary,
            origin,
        } = parts;
        Stance {
            id,
            actor,
            issue,
            position,
            date,
            voice,
            summary,
            origin,
        }
    }
    pub fn id(&self) -> &StanceId {
        &self.id
    }
    pub fn actor(&self) -> &ActorId {
        &self.actor
    }
    pub fn issue(&self) -> &IssueId {
        &self.issue
    }
    pub fn position(&self) -> Position {
        self.position
    }
    pub fn date(&self) -> &HistoricalDate {
        &self.date
    }
    pub fn voice(&self) -> &StanceVoice {
        &self.voice
    }
    pub fn summary(&self) -> Option<&str> {
        self.summary.as_deref()
    }
    pub fn origin(&self) -> &Origin {
        &self.origin
    }
}
