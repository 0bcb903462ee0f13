//! Properties of the state on any day of any model built from a small pool
//! of ids, dates and effects: no panic; a line is certain only when its
//! cause lies wholly on or before the day; nothing happens before its
//! earliest day; a plan never appears among the day's events; a day past
//! the period marks every line.

mod common;

use common::*;
use kenes_analysis::certainty::{Cause, Certainty, Evidence};
use kenes_analysis::state::{State, state_at};
use kenes_model::{Effect, EventKind, EventStatus, Model};
use proptest::prelude::*;

const DATES: [&str; 10] = [
    "1917-10-20",
    "1917-10-28/1917-11-01",
    "1917-11-01",
    "1917-11-02?",
    "1917-11-10~",
    "1917-11",
    "1917-11-19/1917-11-22",
    "../1917-11-05",
    "1917-11-20/..",
    "1917-11-25",
];

fn effect(kind: u8, who: u8) -> Effect {
    let person = actor(&format!("a{who}"));
    let scope = place(&format!("p{}", who % 2));
    let target = body(&format!("b{}", who % 2));
    match kind % 8 {
        0 => Effect::BodyFormed {
            body: target,
            composition: None,
        },
        1 => Effect::BodyDissolved { body: target },
        2 => Effect::PowerPassed {
            scope,
            from: None,
            to: person,
        },
        3 => Effect::PowerContested {
            scope,
            parties: vec![person],
        },
        4 => Effect::Arrested { person },
        5 => Effect::Released { person },
        6 => Effect::SeatsRefused {
            actor: person,
            body: target,
        },
        _ => Effect::MartialLaw {
            scope,
            by: Some(person),
        },
    }
}

type EventSpec = (Option<usize>, bool, Vec<(u8, u8)>);

fn build(specs: &[EventSpec]) -> Model {
    let mut fixture = Fixture::new(Some("1917-10-25/1917-11-25"));
    for (n, (date_index, planned, effects)) in specs.iter().enumerate() {
        let status = if *planned {
            EventStatus::Planned
        } else {
            EventStatus::Held
        };
        let effects = effects.iter().map(|(k, w)| effect(*k, *w)).collect();
        let date_text = date_index.map(|i| DATES[i % DATES.len()]);
        fixture.event_with(
            &format!("ev.{n}"),
            EventKind::Other,
            date_text,
            status,
            effects,
        );
    }
    fixture.build()
}

fn all_evidence(state: &State) -> Vec<&Evidence> {
    let bodies = state.bodies.iter().flat_map(|b| {
        let lines = b.refused.iter().chain(&b.left).map(|l| &l.evidence);
        std::iter::once(&b.evidence).chain(lines)
    });
    bodies
        .chain(state.power.iter().map(|p| &p.evidence))
        .chain(state.martial_law.iter().map(|m| &m.evidence))
        .chain(state.arrests.iter().map(|a| &a.evidence))
        .chain(state.departures.iter().map(|d| &d.evidence))
        .collect()
}

fn check(model: &Model, state: &State) {
    for evidence in all_evidence(state) {
        let Cause::Event(id) = &evidence.cause else {
            panic!("an event line caused by a stance")
        };
        let event = model.event(id).expect("the cause exists");
        assert_eq!(
            event.status(),
            EventStatus::Held,
            "a plan never takes effect"
        );
        let (earliest, latest) = event.date().expect("undated events never apply").sort_key();
        assert!(
            earliest <= state.day.jdn(),
            "{id} applied before its earliest day"
        );
        if evidence.certainty == Certainty::Certain {
            assert!(latest <= state.day.jdn(), "{id} certain inside its span");
        }
        assert_eq!(evidence.as_last_attested, state.is_beyond_period());
    }
    for on_day in &state.events_on_day {
        assert_eq!(
            model.event(&on_day.event).unwrap().status(),
            EventStatus::Held
        );
    }
}

proptest! {
    #[test]
    fn the_state_of_any_small_model_keeps_its_invariants(
        specs in prop::collection::vec(
            (prop::option::of(0usize..10), any::<bool>(), prop::collection::vec((0u8..8, 0u8..4), 0..3)),
            0..12,
        ),
        offset in -10i64..50,
    ) {
        let model = build(&specs);
        let state = state_at(&model, day("1917-10-20").plus(offset));
        check(&model, &state);
    }
}
