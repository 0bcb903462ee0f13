//! Bodies (institutions with seats), their compositions as each source states
//! them, and proposals (draft compositions or decisions).

use crate::id::{ActorId, BodyId, CompositionId, EventId, Id, PlaceId, ProposalId, VoteId};
use crate::name::Names;
use crate::origin::Origin;

/// What kind of body this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BodyKind {
    ExecutiveCommittee,
    Council,
    Soviet,
    Congress,
    Duma,
    /// A council of people's commissars or another government.
    Government,
    Meeting,
    Commission,
    Other,
}

impl BodyKind {
    pub const ALL: [BodyKind; 9] = [
        BodyKind::ExecutiveCommittee,
        BodyKind::Council,
        BodyKind::Soviet,
        BodyKind::Congress,
        BodyKind::Duma,
        BodyKind::Government,
        BodyKind::Meeting,
        BodyKind::Commission,
        BodyKind::Other,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            BodyKind::ExecutiveCommittee => "executive-committee",
            BodyKind::Council => "council",
            BodyKind::Soviet => "soviet",
            BodyKind::Congress => "congress",
            BodyKind::Duma => "duma",
            BodyKind::Government => "government",
            BodyKind::Meeting => "meeting",
            BodyKind::Commission => "commission",
            BodyKind::Other => "other",
        }
    }
    pub fn parse(text: &str) -> Option<BodyKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// A body: an institution with seats. Whether it exists on a given day is
/// computed from the events that form and dissolve it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Body {
    id: BodyId,
    kind: BodyKind,
    names: Names,
    place: Option<PlaceId>,
    attached_to: Option<BodyId>,
    origin: Origin,
}

impl Body {
    /// `attached_to` is the body this one stands beside (a council attached to a committee).
    pub fn new(
        id: BodyId,
        kind: BodyKind,
        names: Names,
        place: Option<PlaceId>,
        attached_to: Option<BodyId>,
        origin: Origin,
    ) -> Body {
        Body {
            id,
            kind,
            names,
            place,
            attached_to,
            origin,
        }
    }
    pub fn id(&self) -> &BodyId {
        &self.id
    }
    pub fn kind(&self) -> BodyKind {
        self.kind
    }
    pub fn names(&self) -> &Names {
        &self.names
    }
    pub fn place(&self) -> Option<&PlaceId> {
        self.place.as_ref()
    }
    pub fn attached_to(&self) -> Option<&BodyId> {
        self.attached_to.as_ref()
    }
    pub fn origin(&self) -> &Origin {
        &self.origin
    }
}

/// The seats one constituency holds in a composition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeatAllocation {
    constituency: ActorId,
    seats: Option<u32>,
    note: Option<String>,
}

impl SeatAllocation {
    /// `seats` is `None` when the source names the constituency without a number.
    pub fn new(constituency: ActorId, seats: Option<u32>, note: Option<String>) -> SeatAllocation {
        SeatAllocation {
            constituency,
            seats,
            note,
        }
    }
    pub fn constituency(&self) -> &ActorId {
        &self.constituency
    }
    pub fn seats(&self) -> Option<u32> {
        self.seats
    }
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }
}

/// Seats per constituency of a body or of a proposed body, as one source
/// states them, with the size that source states.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Composition {
    id: CompositionId,
    of: Id,
    label: Option<String>,
    stated_size: Option<u32>,
    seats: Vec<SeatAllocation>,
    origin: Origin,
}

impl Composition {
    /// `of` is the body or proposal this composition belongs to.
    pub fn new(
        id: CompositionId,
        of: Id,
        label: Option<String>,
        stated_size: Option<u32>,
        seats: Vec<SeatAllocation>,
        origin: Origin,
    ) -> Composition {
        Composition {
            id,
            of,
            label,
            stated_size,
            seats,
            origin,
        }
    }
    pub fn id(&self) -> &CompositionId {
        &self.id
    }
    pub fn of(&self) -> &Id {
        &self.of
    }
    pub fn label(&self) -> Option<&str> {
        self.label.as_deref()
    }
    /// The size the source states, if it states one.
    pub fn stated_size(&self) -> Option<u32> {
        self.stated_size
    }
    pub fn seats(&self) -> &[SeatAllocation] {
        &self.seats
    }
    /// The sum of the listed seats, and whether every constituency has a number.
    pub fn listed_seats(&self) -> (u64, bool) {
        let sum = self
            .seats
            .iter()
            .filter_map(|s| s.seats)
            .map(u64::from)
            .sum();
        (sum, self.seats.iter().all(|s| s.seats.is_some()))
    }
    /// The seats given to `constituency`, if listed with a number.
    pub fn seats_of(&self, constituency: &ActorId) -> Option<u32> {
        self.seats
            .iter()
            .find(|s| &s.constituency == constituency)
            .and_then(|s| s.seats)
    }
    pub fn origin(&self) -> &Origin {
        &self.origin
    }
}

/// What became of a proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    Adopted,
    Rejected,
    Withdrawn,
    /// Not (yet) decided, or the sources do not say.
    Undecided,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Adopted => "adopted",
            Outcome::Rejected => "rejected",
            Outcome::Withdrawn => "withdrawn",
            Outcome::Undecided => "undecided",
        }
    }
    pub fn parse(text: &str) -> Option<Outcome> {
        [
            Outcome::Adopted,
            Outcome::Rejected,
            Outcome::Withdrawn,
            Outcome::Undecided,
        ]
        .into_iter()
        .find(|o| o.as_str() == text)
    }
}

/// A proposal: a draft composition of a body, or a draft decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    id: ProposalId,
    title: String,
    proposers: Vec<ActorId>,
    body: Option<BodyId>,
    event: Option<EventId>,
    vote: Option<VoteId>,
    outcome: Outcome,
    points: Vec<String>,
    origin: Origin,
}

/// The parts a [`Proposal`] is built from.
#[derive(Debug)]
pub struct ProposalParts {
    pub id: ProposalId,
    pub title: String,
    pub proposers: Vec<ActorId>,
    /// The body the proposal would form or change, if it is modelled as a body.
    pub body: Option<BodyId>,
    /// The event (a sitting, a meeting) at which it was put forward.
    pub event: Option<EventId>,
    pub vote: Option<VoteId>,
    pub outcome: Outcome,
    /// Its points, in English, when it has numbered points.
    pub points: Vec<String>,
    pub origin: Origin,
}

impl Proposal {
    pub fn new(parts: ProposalParts) -> Proposal {
        let ProposalParts {
            id,
            title,
            proposers,
            body,
            event,
            vote,
            outcome,
            points,
            origin,
        } = parts;
        Proposal {
            id,
            title,
            proposers,
            body,
            event,
            vote,
            outcome,
            points,
            origin,
        }
    }
    pub fn id(&self) -> &ProposalId {
        &self.id
    }
    pub fn title(&self) -> &str {
        &self.title
    }
    pub fn proposers(&self) -> &[ActorId] {
        &self.proposers
    }
    pub fn body(&self) -> Option<&BodyId> {
        self.body.as_ref()
    }
    pub fn event(&self) -> Option<&EventId> {
        self.event.as_ref()
    }
    pub fn vote(&self) -> Option<&VoteId> {
        self.vote.as_ref()
    }
    pub fn outcome(&self) -> Outcome {
        self.outcome
    }
    pub fn points(&self) -> &[String] {
        &self.points
    }
    pub fn origin(&self) -> &Origin {
        &self.origin
    }
}
