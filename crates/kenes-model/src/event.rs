//! Events and their effects. Effects are what make a model executable: the
//! state of the system on a day is computed by applying, in date order, the
//! effects of the events up to that day.

use crate::date::HistoricalDate;
use crate::id::{ActorId, BodyId, CompositionId, EventId, PlaceId, ProposalId, StanceId, VoteId};
use crate::origin::Origin;

/// What kind of event this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventKind {
    Uprising,
    Fighting,
    Arrest,
    Order,
    Meeting,
    Sitting,
    Congress,
    Decision,
    Declaration,
    Publication,
    Telegram,
    Letter,
    Speech,
    Election,
    Journey,
    Other,
}

impl EventKind {
    pub const ALL: [EventKind; 16] = [
        EventKind::Uprising,
        EventKind::Fighting,
        EventKind::Arrest,
        EventKind::Order,
        EventKind::Meeting,
        EventKind::Sitting,
        EventKind::Congress,
        EventKind::Decision,
        EventKind::Declaration,
        EventKind::Publication,
        EventKind::Telegram,
        EventKind::Letter,
        EventKind::Speech,
        EventKind::Election,
        EventKind::Journey,
        EventKind::Other,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Uprising => "uprising",
            EventKind::Fighting => "fighting",
            EventKind::Arrest => "arrest",
            EventKind::Order => "order",
            EventKind::Meeting => "meeting",
            EventKind::Sitting => "sitting",
            EventKind::Congress => "congress",
            EventKind::Decision => "decision",
            EventKind::Declaration => "declaration",
            EventKind::Publication => "publication",
            EventKind::Telegram => "telegram",
            EventKind::Letter => "letter",
            EventKind::Speech => "speech",
            EventKind::Election => "election",
            EventKind::Journey => "journey",
            EventKind::Other => "other",
        }
    }
    pub fn parse(text: &str) -> Option<EventKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// Whether the sources attest the event as having happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventStatus {
    /// Attested as having taken place.
    Held,
    /// Announced or called for a date; not attested as held.
    Planned,
}

impl EventStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Held => "held",
            EventStatus::Planned => "planned",
        }
    }
    pub fn parse(text: &str) -> Option<EventStatus> {
        [EventStatus::Held, EventStatus::Planned]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

/// What an event changes in the system.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// A body comes into being, with the composition it was given, if known.
    BodyFormed {
        body: BodyId,
        composition: Option<CompositionId>,
    },
    BodyDissolved {
        body: BodyId,
    },
    /// Power over a place passes (to an actor; from one, when known).
    PowerPassed {
        scope: PlaceId,
        from: Option<ActorId>,
        to: ActorId,
    },
    /// A source attests that the actor holds power over a place on the
    /// event's date, without saying when or how it came to hold it.
    PowerHeld {
        scope: PlaceId,
        by: ActorId,
    },
    /// Power over a place is fought over; a later `PowerPassed` settles it.
    PowerContested {
        scope: PlaceId,
        parties: Vec<ActorId>,
    },
    MartialLaw {
        scope: PlaceId,
        by: Option<ActorId>,
    },
    Arrested {
        person: ActorId,
    },
    Released {
        person: ActorId,
    },
    /// An actor refuses the seats offered to it in a body.
    SeatsRefused {
        actor: ActorId,
        body: BodyId,
    },
    StanceTaken {
        stance: StanceId,
    },
    VoteHeld {
        vote: VoteId,
    },
    /// A proposal is adopted, rejected or withdrawn (the proposal says which).
    ProposalDecided {
        proposal: ProposalId,
    },
    /// An actor leaves a body or an event (walks out of a congress).
    Left {
        actor: ActorId,
        from: Option<BodyId>,
    },
}

impl Effect {
    pub fn kind(&self) -> &'static str {
        match self {
            Effect::BodyFormed { .. } => "body-formed",
            Effect::BodyDissolved { .. } => "body-dissolved",
            Effect::PowerPassed { .. } => "power-passed",
            Effect::PowerHeld { .. } => "power-held",
            Effect::PowerContested { .. } => "power-contested",
            Effect::MartialLaw { .. } => "martial-law",
            Effect::Arrested { .. } => "arrested",
            Effect::Released { .. } => "released",
            Effect::SeatsRefused { .. } => "seats-refused",
            Effect::StanceTaken { .. } => "stance-taken",
            Effect::VoteHeld { .. } => "vote-held",
            Effect::ProposalDecided { .. } => "proposal-decided",
            Effect::Left { .. } => "left",
        }
    }
    /// The body this effect acts on, if it acts on one.
    pub fn body(&self) -> Option<&BodyId> {
        match self {
            Effect::BodyFormed { body, .. }
            | Effect::BodyDissolved { body }
            | Effect::SeatsRefused { body, .. } => Some(body),
            Effect::Left { from, .. } => from.as_ref(),
            _ => None,
        }
    }
}

/// One participant of an event and the part it played.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participation {
    actor: ActorId,
    role: Option<String>,
    on_behalf_of: Option<ActorId>,
}

impl Participation {
    pub fn new(
        actor: ActorId,
        role: Option<String>,
        on_behalf_of: Option<ActorId>,
    ) -> Participation {
        Participation {
            actor,
            role,
            on_behalf_of,
        }
    }
    pub fn actor(&self) -> &ActorId {
        &self.actor
    }
    pub fn role(&self) -> Option<&str> {
        self.role.as_deref()
    }
    /// The organisation the participant represented.
    pub fn on_behalf_of(&self) -> Option<&ActorId> {
        self.on_behalf_of.as_ref()
    }
}

/// A dated event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    id: EventId,
    parts: EventParts,
}

/// The parts an [`Event`] is built from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventParts {
    pub kind: EventKind,
    /// A short English title.
    pub title: String,
    /// `None` when the sources give no date at all.
    pub date: Option<HistoricalDate>,
    pub place: Option<PlaceId>,
    pub status: EventStatus,
    /// The larger event this one is part of (a sitting of a congress).
    pub part_of: Option<EventId>,
    /// The body that met, when the event is a sitting of a body.
    pub body: Option<BodyId>,
    /// This event record is another source's account of that event.
    pub account_of: Option<EventId>,
    pub participants: Vec<Participation>,
    /// How many delegates or participants the sources attest as present.
    pub attendance: Option<u32>,
    pub effects: Vec<Effect>,
    pub origin: Origin,
}

impl Event {
    pub fn new(id: EventId, parts: EventParts) -> Event {
        Event { id, parts }
    }
    pub fn id(&self) -> &EventId {
        &self.id
    }
    pub fn kind(&self) -> EventKind {
        self.parts.kind
    }
    pub fn title(&self) -> &str {
        &self.parts.title
    }
    pub fn date(&self) -> Option<&HistoricalDate> {
        self.parts.date.as_ref()
    }
    pub fn place(&self) -> Option<&PlaceId> {
        self.parts.place.as_ref()
    }
    pub fn status(&self) -> EventStatus {
        self.parts.status
    }
    pub fn part_of(&self) -> Option<&EventId> {
        self.parts.part_of.as_ref()
    }
    pub fn body(&self) -> Option<&BodyId> {
        self.parts.body.as_ref()
    }
    pub fn account_of(&self) -> Option<&EventId> {
        self.parts.account_of.as_ref()
    }
    pub fn participants(&self) -> &[Participation] {
        &self.parts.participants
    }
    pub fn attendance(&self) -> Option<u32> {
        self.parts.attendance
    }
    pub fn effects(&self) -> &[Effect] {
        &self.parts.effects
    }
    pub fn origin(&self) -> &Origin {
        &self.parts.origin
    }
}
