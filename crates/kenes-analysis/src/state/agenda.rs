//! The day's agenda: held events on (or possibly on) the day, planned events
//! not attested as held (reported as plans, never as facts), and undated
//! events, which are listed but never applied.

use kenes_model::date::{Day, DayRelation};
use kenes_model::{Event, EventStatus, Model};

use super::{EventOnDay, PlannedEvent, UndatedEvent};
use crate::certainty::bearing;
use crate::timeline::chronological;

/// Where a planned event's date stands relative to the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanDue {
    NotYetDue,
    DueToday,
    /// Planned for a span of days that contains the day.
    MaybeDue,
    /// Its date has passed and no held event is an account of it.
    PastDueNotAttested,
    /// Planned with no date.
    NoDate,
}

impl PlanDue {
    pub fn as_str(self) -> &'static str {
        match self {
            PlanDue::NotYetDue => "not yet due",
            PlanDue::DueToday => "due this day",
            PlanDue::MaybeDue => "may be due this day",
            PlanDue::PastDueNotAttested => "past due, not attested as held",
            PlanDue::NoDate => "no date",
        }
    }
}

pub(super) fn events_on_day(model: &Model, day: Day) -> Vec<EventOnDay> {
    chronological(model)
        .into_iter()
        .filter(|event| event.status() == EventStatus::Held)
        .filter_map(|event| {
            let date = event.date()?;
            if date.relation_to(day) == DayRelation::Before {
                return None;
            }
            Some(EventOnDay {
                event: event.id().clone(),
                title: event.title().to_string(),
                kind: event.kind(),
                date: date.clone(),
                certainty: bearing(date, day)?,
                claims: event.origin().claims().to_vec(),
            })
        })
        .collect()
}

pub(super) fn planned_events(model: &Model, day: Day) -> Vec<PlannedEvent> {
    chronological(model)
        .into_iter()
        .filter(|event| event.status() == EventStatus::Planned)
        .filter(|event| !attested_as_held(model, event, day) && announced_by(model, event, day))
        .map(|event| planned(event, day))
        .collect()
}

fn planned(event: &Event, day: Day) -> PlannedEvent {
    let due = match event.date().map(|date| date.relation_to(day)) {
        None => PlanDue::NoDate,
        Some(DayRelation::After) => PlanDue::NotYetDue,
        Some(DayRelation::On) => PlanDue::DueToday,
        Some(DayRelation::MaybeOn) => PlanDue::MaybeDue,
        Some(DayRelation::Before) => PlanDue::PastDueNotAttested,
    };
    PlannedEvent {
        event: event.id().clone(),
        title: event.title().to_string(),
        kind: event.kind(),
        date: event.date().cloned(),
        due,
        message: plan_message(event, due),
        claims: event.origin().claims().to_vec(),
    }
}

fn plan_message(event: &Event, due: PlanDue) -> String {
    let when = event.date().map_or_else(
        || "with no date given".to_string(),
        |d| format!("for {}", d.render_dual()),
    );
    let tail = match due {
        PlanDue::NotYetDue => "not yet due",
        PlanDue::PastDueNotAttested => "the sources do not attest that it was held",
        _ => "not attested as held",
    };
    format!("planned {when}; {tail}")
}

/// A held event that gives an account of the plan and has happened by the day.
fn attested_as_held(model: &Model, plan: &Event, day: Day) -> bool {
    model.events().iter().any(|event| {
        event.status() == EventStatus::Held
            && event.account_of() == Some(plan.id())
            && event
                .date()
                .is_some_and(|date| bearing(date, day).is_some())
    })
}

/// False only when every claim behind the plan comes from a source dated
/// wholly after the day: the plan was not yet announced.
fn announced_by(model: &Model, plan: &Event, day: Day) -> bool {
    let claims = plan.origin().claims();
    claims.is_empty()
        || claims.iter().any(|claim| {
            let source_date = model
                .claim(claim)
                .and_then(|claim| model.source(claim.source()))
                .and_then(|source| source.date());
            source_date.is_none_or(|date| date.earliest().is_none_or(|first| first <= day))
        })
}

pub(super) fn undated_events(model: &Model) -> Vec<UndatedEvent> {
    model
        .events()
        .iter()
        .filter(|event| event.date().is_none() && event.status() == EventStatus::Held)
        .map(|event| UndatedEvent {
            event: event.id().clone(),
            title: event.title().to_string(),
            claims: event.origin().claims().to_vec(),
        })
        .collect()
}
