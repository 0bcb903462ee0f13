//! Domain types of kenes: historical dates, ids, actors, places, bodies,
//! compositions, proposals, events and their effects, stances, votes,
//! sources, claims and readings, and the diagnostics that loading and checking
//! report. No I/O happens here: the dataset crate reads files into these types.

pub mod actor;
pub mod body;
pub mod date;
pub mod diagnostic;
pub mod event;
pub mod id;
pub mod model;
pub mod name;
pub mod origin;
pub mod source;
pub mod span;
pub mod stance;
pub mod translit;
pub mod vote;

pub use actor::{Actor, ActorKind, ActorParts, Affiliation, Place, PlaceKind};
pub use body::{Body, BodyKind, Composition, Outcome, Proposal, ProposalParts, SeatAllocation};
pub use diagnostic::{Diagnostic, Location, Severity};
pub use event::{Effect, Event, EventKind, EventParts, EventStatus, Participation};
pub use id::*;
pub use model::{Entities, Entity, EntityKind, Model, ModelBuilder, ModelMeta};
pub use name::{Lang, Name, NameKind, Names, Script, fold_lookalike};
pub use origin::Origin;
pub use source::{
    ArchiveRef, CalendarInference, Claim, ClaimParts, Confidence, Passage, Reading, Source,
    SourceKind, SourceParts, Voice,
};
pub use span::{FileId, Files, LineColumn, LineIndex, ReadBack, SourceFile, Span};
pub use stance::{Issue, Position, Stance, StanceParts, StanceVoice};
pub use vote::{Population, Tally, Vote};
