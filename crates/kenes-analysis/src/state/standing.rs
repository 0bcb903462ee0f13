//! Each actor's standing position per issue on a day: the latest stance
//! attested on or before the day (a stance dated by a period counts as
//! attested on each of its days), with its voice and any stance of the same
//! date that disagrees with it.

use std::collections::BTreeMap;

use kenes_model::date::Day;
use kenes_model::{ActorId, Effect, EventId, IssueId, Model, Stance, StanceId};

use super::StanceState;
use crate::certainty::{Cause, Certainty, Evidence, stance_bearing};

pub(super) fn standing_stances(model: &Model, day: Day) -> Vec<StanceState> {
    let mut groups: BTreeMap<(&ActorId, &IssueId), Vec<(&Stance, Certainty)>> = BTreeMap::new();
    for stance in model.stances() {
        if let Some(certainty) = stance_bearing(stance.date(), day) {
            let key = (stance.actor(), stance.issue());
            groups.entry(key).or_default().push((stance, certainty));
        }
    }
    groups
        .into_values()
        .filter_map(|group| standing(model, day, group))
        .collect()
}

/// How recent a stance is on `day`: its last day up to `day`, then its first.
fn recency(stance: &Stance, day: Day) -> (i64, i64, &str) {
    let (earliest, latest) = stance.date().sort_key();
    (latest.min(day.jdn()), earliest, stance.id().as_str())
}

fn standing(model: &Model, day: Day, group: Vec<(&Stance, Certainty)>) -> Option<StanceState> {
    let (stance, certainty) = group
        .iter()
        .max_by_key(|(stance, _)| recency(stance, day))?;
    let same_date = |other: &Stance| recency(other, day).0 == recency(stance, day).0;
    let disagreeing = group
        .iter()
        .filter(|(other, _)| same_date(other) && other.position() != stance.position())
        .map(|(other, _)| other.id().clone())
        .collect();
    let cause = Cause::Stance(stance.id().clone());
    Some(StanceState {
        actor: stance.actor().clone(),
        issue: stance.issue().clone(),
        position: stance.position(),
        stance: stance.id().clone(),
        voice: stance.voice().clone(),
        taken_at: taken_at(model, stance.id()),
        disagreeing,
        evidence: Evidence::new(
            cause,
            stance.date(),
            certainty.clone(),
            stance.origin().claims(),
        ),
    })
}

/// The event whose `stance-taken` effect names the stance.
pub(crate) fn taken_at(model: &Model, stance: &StanceId) -> Option<EventId> {
    model
        .events()
        .iter()
        .find(|event| {
            event
                .effects()
                .iter()
                .any(|effect| matches!(effect, Effect::StanceTaken { stance: s } if s == stance))
        })
        .map(|event| event.id().clone())
}
