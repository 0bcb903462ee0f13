//! The state of the system on a day, computed by applying, in date order,
//! the effects of the model's held events up to that day: which bodies exist
//! and with what composition, who holds power where, who is under arrest,
//! where martial law runs, each actor's standing stance per issue, the events
//! of the day, the plans not (yet) attested as held, and the undated events
//! that are never applied.

mod agenda;
mod apply;
mod composition;
mod lines;
mod standing;

use kenes_model::date::{Day, HistoricalDate};
use kenes_model::{
    ActorId, BodyId, ClaimId, CompositionId, EventId, EventKind, IssueId, Model, PlaceId, Position,
    ReadingId, StanceId, StanceVoice,
};

use crate::certainty::{Certainty, Evidence, render_day};

pub use agenda::PlanDue;
pub use lines::{StateLine, section_heading, state_lines};
pub(crate) use standing::taken_at;

/// The system on one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub day: Day,
    /// The day in both calendars, the model's first.
    pub day_rendered: String,
    /// Set when the day lies past the model's period: what that means.
    pub beyond_period: Option<String>,
    pub bodies: Vec<BodyState>,
    pub power: Vec<PowerState>,
    pub martial_law: Vec<MartialLawState>,
    pub arrests: Vec<ArrestState>,
    /// Actors that walked out (of a body, or of an event), up to the day.
    pub departures: Vec<Departure>,
    pub stances: Vec<StanceState>,
    /// Held events whose date is, or may be, the day.
    pub events_on_day: Vec<EventOnDay>,
    /// Planned events not attested as held (never "happened").
    pub planned: Vec<PlannedEvent>,
    /// Events with no date: listed, never applied.
    pub undated: Vec<UndatedEvent>,
}

impl State {
    pub fn is_beyond_period(&self) -> bool {
        self.beyond_period.is_some()
    }
    pub fn body(&self, id: &BodyId) -> Option<&BodyState> {
        self.bodies.iter().find(|b| &b.body == id)
    }
    pub fn power_over(&self, scope: &PlaceId) -> Option<&PowerState> {
        self.power.iter().find(|p| &p.scope == scope)
    }
    pub fn arrest_of(&self, person: &ActorId) -> Option<&ArrestState> {
        self.arrests.iter().find(|a| &a.person == person)
    }
    pub fn stance_of(&self, actor: &ActorId, issue: &IssueId) -> Option<&StanceState> {
        self.stances
            .iter()
            .find(|s| &s.actor == actor && &s.issue == issue)
    }
    pub fn planned_event(&self, id: &EventId) -> Option<&PlannedEvent> {
        self.planned.iter().find(|p| &p.event == id)
    }
}

/// A body that exists on the day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BodyState {
    pub body: BodyId,
    pub name: String,
    pub composition: CompositionChoice,
    /// Actors that refused their seats in it.
    pub refused: Vec<ActorLine>,
    /// Actors that left it.
    pub left: Vec<ActorLine>,
    pub evidence: Evidence,
}

/// An actor named by a line (a refusal, a walk-out).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorLine {
    pub actor: ActorId,
    pub evidence: Evidence,
}

/// Which composition of a body the state shows, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompositionChoice {
    pub chosen: Option<CompositionId>,
    pub basis: ChoiceBasis,
    /// The body's other compositions, as other sources state them.
    pub alternatives: Vec<CompositionId>,
    /// The claims of the chosen composition.
    pub claims: Vec<ClaimId>,
}

/// Why a composition was chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChoiceBasis {
    /// A reading covers the body's compositions and adopts this one.
    Reading(ReadingId),
    /// The forming event names it, and no reading overrides it.
    NamedByEvent,
    /// The body has this one composition only.
    OnlyComposition,
    /// No composition is named, or several stand with no reading to choose.
    NoneChosen,
}

/// Who holds power over a place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PowerState {
    pub scope: PlaceId,
    pub holder: PowerHolder,
    pub evidence: Evidence,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PowerHolder {
    Held {
        by: ActorId,
        from: Option<ActorId>,
    },
    /// Fought over between the parties; an uncertain later passing is noted.
    Contested {
        parties: Vec<ActorId>,
        may_have_passed_to: Option<ActorId>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MartialLawState {
    pub scope: PlaceId,
    pub by: Option<ActorId>,
    pub evidence: Evidence,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArrestState {
    pub person: ActorId,
    pub evidence: Evidence,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Departure {
    pub actor: ActorId,
    pub from: Option<BodyId>,
    pub evidence: Evidence,
}

/// An actor's standing position on an issue: the latest stance attested on
/// or before the day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StanceState {
    pub actor: ActorId,
    pub issue: IssueId,
    pub position: Position,
    pub stance: StanceId,
    /// Declared by the actor, or ascribed (and by whom).
    pub voice: StanceVoice,
    /// The event where it was taken, if an event's `stance-taken` names it.
    pub taken_at: Option<EventId>,
    /// Other stances attested on the same date with a different position.
    pub disagreeing: Vec<StanceId>,
    pub evidence: Evidence,
}

/// A held event on (or possibly on) the day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventOnDay {
    pub event: EventId,
    pub title: String,
    pub kind: EventKind,
    pub date: HistoricalDate,
    /// `Certain` when dated exactly that day, else why it may be another day.
    pub certainty: Certainty,
    pub claims: Vec<ClaimId>,
}

/// A planned event not attested as held: it is reported as a plan only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedEvent {
    pub event: EventId,
    pub title: String,
    pub kind: EventKind,
    pub date: Option<HistoricalDate>,
    pub due: PlanDue,
    /// "planned for 25 Nov 1917 O.S. = …; not attested as held".
    pub message: String,
    pub claims: Vec<ClaimId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UndatedEvent {
    pub event: EventId,
    pub title: String,
    pub claims: Vec<ClaimId>,
}

/// The state of the system on `day`.
pub fn state_at(model: &Model, day: Day) -> State {
    let applied = apply::apply_events(model, day);
    let mut state = State {
        day,
        day_rendered: render_day(day, model.meta().calendar.calendar()),
        beyond_period: beyond_period(model, day),
        bodies: applied.bodies,
        power: applied.power,
        martial_law: applied.martial_law,
        arrests: applied.arrests,
        departures: applied.departures,
        stances: standing::standing_stances(model, day),
        events_on_day: agenda::events_on_day(model, day),
        planned: agenda::planned_events(model, day),
        undated: agenda::undated_events(model),
    };
    if state.beyond_period.is_some() {
        mark_as_last_attested(&mut state);
    }
    state
}

fn beyond_period(model: &Model, day: Day) -> Option<String> {
    let period = model.meta().period.as_ref()?;
    let end = period.latest()?;
    (day > end).then(|| {
        format!(
            "{} lies after the model's period ({}): nothing is known past its end; \
             every line holds only as last attested",
            render_day(day, model.meta().calendar.calendar()),
            period.render_dual()
        )
    })
}

fn mark_as_last_attested(state: &mut State) {
    let mut all: Vec<&mut Evidence> = Vec::new();
    for body in &mut state.bodies {
        all.push(&mut body.evidence);
        all.extend(body.refused.iter_mut().map(|line| &mut line.evidence));
        all.extend(body.left.iter_mut().map(|line| &mut line.evidence));
    }
    all.extend(state.power.iter_mut().map(|line| &mut line.evidence));
    all.extend(state.martial_law.iter_mut().map(|line| &mut line.evidence));
    all.extend(state.arrests.iter_mut().map(|line| &mut line.evidence));
    all.extend(state.departures.iter_mut().map(|line| &mut line.evidence));
    all.extend(state.stances.iter_mut().map(|line| &mut line.evidence));
    for evidence in all {
        evidence.as_last_attested = true;
    }
}
