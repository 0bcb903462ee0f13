//! Applying the effects of held, dated events in date order up to a day.
//! An effect whose event may not yet have happened on the day (its date
//! spans the day) is applied as uncertain; an ending effect (a dissolution,
//! a release) that may not yet have happened leaves the line standing, marked
//! uncertain, instead of removing it.

use std::collections::BTreeMap;

use kenes_model::date::{Day, HistoricalDate};
use kenes_model::{ActorId, BodyId, Effect, Event, Model, PlaceId};

use super::composition::choose_composition;
use super::{
    ActorLine, ArrestState, BodyState, Departure, MartialLawState, PowerHolder, PowerState,
};
use crate::certainty::{Cause, Certainty, Evidence, bearing};
use crate::names::label;

/// The lines that applying events yields.
pub(super) struct Applied {
    pub bodies: Vec<BodyState>,
    pub power: Vec<PowerState>,
    pub martial_law: Vec<MartialLawState>,
    pub arrests: Vec<ArrestState>,
    pub departures: Vec<Departure>,
}

/// One event applied on the day: its date and the certainty of its effects.
struct Due<'m> {
    event: &'m Event,
    date: &'m HistoricalDate,
    certainty: Certainty,
}

impl Due<'_> {
    fn evidence(&self, certainty: Certainty) -> Evidence {
        let cause = Cause::Event(self.event.id().clone());
        Evidence::new(cause, self.date, certainty, self.event.origin().claims())
    }
}

pub(super) fn apply_events(model: &Model, day: Day) -> Applied {
    let mut tracker = Tracker::new(model);
    for due in due_events(model, day) {
        for effect in due.event.effects() {
            tracker.apply(&due, effect);
        }
        tracker.touch_bodies(&due);
    }
    tracker.finish()
}

/// Held, dated events that have (or may have) happened by `day`, in the
/// order of their last possible day (then first, then id): an event dated
/// by a span takes effect after the exact events inside that span, so that
/// a release dated "c. Nov" follows an arrest of 2 Nov, and the passing of
/// power on the last day of the fighting follows the contest.
fn due_events(model: &Model, day: Day) -> Vec<Due<'_>> {
    let mut events: Vec<&Event> = model.events().iter().collect();
    events.sort_by_key(|event| application_key(event));
    events
        .into_iter()
        .filter(|event| event.status() == kenes_model::EventStatus::Held)
        .filter_map(|event| {
            let date = event.date()?;
            let certainty = bearing(date, day)?;
            Some(Due {
                event,
                date,
                certainty,
            })
        })
        .collect()
}

fn application_key(event: &Event) -> (i64, i64, &str) {
    let (earliest, latest) = event.date().map_or((0, 0), HistoricalDate::sort_key);
    (latest, earliest, event.id().as_str())
}

struct Tracker<'m> {
    model: &'m Model,
    bodies: Vec<BodyState>,
    refusals: Vec<(BodyId, ActorLine)>,
    power: BTreeMap<PlaceId, PowerState>,
    martial_law: BTreeMap<PlaceId, MartialLawState>,
    arrests: Vec<ArrestState>,
    departures: Vec<Departure>,
}

impl<'m> Tracker<'m> {
    fn new(model: &'m Model) -> Tracker<'m> {
        Tracker {
            model,
            bodies: Vec::new(),
            refusals: Vec::new(),
            power: BTreeMap::new(),
            martial_law: BTreeMap::new(),
            arrests: Vec::new(),
            departures: Vec::new(),
        }
    }

    fn apply(&mut self, due: &Due, effect: &Effect) {
        match effect {
            Effect::BodyFormed { body, composition } => self.form(due, body, composition.as_ref()),
            Effect::BodyDissolved { body } => self.dissolve(due, body),
            Effect::PowerPassed { scope, from, to } => self.pass(due, scope, from, to),
            Effect::PowerHeld { scope, by } => self.held(due, scope, by),
            Effect::PowerContested { scope, parties } => self.contest(due, scope, parties),
            Effect::MartialLaw { scope, by } => self.martial(due, scope, by),
            Effect::Arrested { person } => self.arrest(due, person),
            Effect::Released { person } => self.release(due, person),
            Effect::SeatsRefused { actor, body } => self.refuse(due, actor, body),
            Effect::Left { actor, from } => self.leave(due, actor, from.as_ref()),
            Effect::StanceTaken { .. } | Effect::VoteHeld { .. } => {}
            Effect::ProposalDecided { .. } => {}
        }
    }

    fn form(&mut self, due: &Due, body: &BodyId, named: Option<&kenes_model::CompositionId>) {
        if self.bodies.iter().any(|b| &b.body == body) {
            return;
        }
        self.bodies.push(BodyState {
            body: body.clone(),
            name: label(self.model, body.id()),
            composition: choose_composition(self.model, body, named),
            refused: Vec::new(),
            left: Vec::new(),
            evidence: due.evidence(due.certainty.clone()),
        });
    }

    fn dissolve(&mut self, due: &Due, body: &BodyId) {
        if due.certainty.is_certain() {
            self.bodies.retain(|b| &b.body != body);
        } else if let Some(state) = self.bodies.iter_mut().find(|b| &b.body == body) {
            let reason = format!("may have been dissolved: {}", reason_of(&due.certainty));
            weaken(&mut state.evidence, reason, due.date);
        }
    }

    fn pass(&mut self, due: &Due, scope: &PlaceId, from: &Option<ActorId>, to: &ActorId) {
        if !due.certainty.is_certain() && self.note_possible_passing(due, scope, to) {
            return;
        }
        let from = from.clone().or_else(|| self.holder_of(scope));
        let holder = PowerHolder::Held {
            by: to.clone(),
            from,
        };
        self.set_power(due, scope, holder, due.certainty.clone());
    }

    /// An attestation that `by` holds power: it confirms a standing holder
    /// (a later last-attested date) or sets one where none is known.
    fn held(&mut self, due: &Due, scope: &PlaceId, by: &ActorId) {
        if let Some(state) = self.power.get_mut(scope)
            && matches!(&state.holder, PowerHolder::Held { by: holder, .. } if holder == by)
        {
            state.evidence.touch(due.date);
            return;
        }
        let from = self.holder_of(scope).filter(|holder| holder != by);
        self.set_power(
            due,
            scope,
            PowerHolder::Held {
                by: by.clone(),
                from,
            },
            due.certainty.clone(),
        );
    }

    /// An uncertain passing of power over a contested place leaves it
    /// contested, noting to whom it may have passed; true if so.
    fn note_possible_passing(&mut self, due: &Due, scope: &PlaceId, to: &ActorId) -> bool {
        let Some(state) = self.power.get_mut(scope) else {
            return false;
        };
        let PowerHolder::Contested {
            may_have_passed_to, ..
        } = &mut state.holder
        else {
            return false;
        };
        *may_have_passed_to = Some(to.clone());
        state.evidence.touch(due.date);
        true
    }

    fn holder_of(&self, scope: &PlaceId) -> Option<ActorId> {
        match &self.power.get(scope)?.holder {
            PowerHolder::Held { by, .. } => Some(by.clone()),
            PowerHolder::Contested { .. } => None,
        }
    }

    fn contest(&mut self, due: &Due, scope: &PlaceId, parties: &[ActorId]) {
        let holder = PowerHolder::Contested {
            parties: parties.to_vec(),
            may_have_passed_to: None,
        };
        self.set_power(due, scope, holder, Certainty::Contested);
    }

    fn set_power(&mut self, due: &Due, scope: &PlaceId, holder: PowerHolder, certainty: Certainty) {
        let state = PowerState {
            scope: scope.clone(),
            holder,
            evidence: due.evidence(certainty),
        };
        self.power.insert(scope.clone(), state);
    }

    fn martial(&mut self, due: &Due, scope: &PlaceId, by: &Option<ActorId>) {
        let state = MartialLawState {
            scope: scope.clone(),
            by: by.clone(),
            evidence: due.evidence(due.certainty.clone()),
        };
        self.martial_law.insert(scope.clone(), state);
    }

    fn arrest(&mut self, due: &Due, person: &ActorId) {
        if let Some(state) = self.arrests.iter_mut().find(|a| &a.person == person) {
            state.evidence.touch(due.date);
            return;
        }
        self.arrests.push(ArrestState {
            person: person.clone(),
            evidence: due.evidence(due.certainty.clone()),
        });
    }

    fn release(&mut self, due: &Due, person: &ActorId) {
        if due.certainty.is_certain() {
            self.arrests.retain(|a| &a.person != person);
        } else if let Some(state) = self.arrests.iter_mut().find(|a| &a.person == person) {
            let reason = format!("may have been released: {}", reason_of(&due.certainty));
            weaken(&mut state.evidence, reason, due.date);
        }
    }

    fn refuse(&mut self, due: &Due, actor: &ActorId, body: &BodyId) {
        let line = ActorLine {
            actor: actor.clone(),
            evidence: due.evidence(due.certainty.clone()),
        };
        self.refusals.push((body.clone(), line));
    }

    fn leave(&mut self, due: &Due, actor: &ActorId, from: Option<&BodyId>) {
        self.departures.push(Departure {
            actor: actor.clone(),
            from: from.or(due.event.body()).cloned(),
            evidence: due.evidence(due.certainty.clone()),
        });
    }

    /// An event that sits in a body or acts on it attests that the body exists.
    fn touch_bodies(&mut self, due: &Due) {
        let acted_on = due.event.effects().iter().filter_map(Effect::body);
        let touched: Vec<&BodyId> = due.event.body().into_iter().chain(acted_on).collect();
        for state in &mut self.bodies {
            if touched.contains(&&state.body) {
                state.evidence.touch(due.date);
            }
        }
    }

    fn finish(mut self) -> Applied {
        for (body, line) in self.refusals {
            if let Some(state) = self.bodies.iter_mut().find(|b| b.body == body) {
                state.refused.push(line);
            }
        }
        for departure in &self.departures {
            let Some(from) = &departure.from else {
                continue;
            };
            if let Some(state) = self.bodies.iter_mut().find(|b| &b.body == from) {
                let line = ActorLine {
                    actor: departure.actor.clone(),
                    evidence: departure.evidence.clone(),
                };
                state.left.push(line);
            }
        }
        Applied {
            bodies: self.bodies,
            power: self.power.into_values().collect(),
            martial_law: self.martial_law.into_values().collect(),
            arrests: self.arrests,
            departures: self.departures,
        }
    }
}

fn reason_of(certainty: &Certainty) -> &str {
    certainty.reason().unwrap_or("its date spans this day")
}

/// Marks a standing line uncertain because a later, uncertain event may have ended it.
fn weaken(evidence: &mut Evidence, reason: String, date: &HistoricalDate) {
    evidence.certainty = Certainty::uncertain(reason);
    evidence.touch(date);
}
