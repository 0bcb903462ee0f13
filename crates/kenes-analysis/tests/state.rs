//! The state on a day, on the Turkestan-like fixture: power before, during
//! and after the fighting, a body formed on a range of days, a planned
//! congress, an arrest that persists, the period's end, readings, stances.

mod common;

use common::*;
use kenes_analysis::certainty::{Cause, Certainty};
use kenes_analysis::state::{ChoiceBasis, PlanDue, PowerHolder, State, state_at};
use kenes_model::{Effect, EventKind, Position, StanceVoice};

fn tashkent_power(state: &State) -> &kenes_analysis::state::PowerState {
    state
        .power_over(&place("place.tashkent"))
        .expect("power over Tashkent")
}

#[test]
fn power_is_held_before_the_fighting_contested_during_it_and_passed_after() {
    let model = turkestan_like();
    let before = state_at(&model, day("1917-10-27"));
    let held_by_committee = PowerHolder::Held {
        by: actor("org.turkestan-committee"),
        from: None,
    };
    assert_eq!(tashkent_power(&before).holder, held_by_committee);
    assert_eq!(
        tashkent_power(&before).evidence.certainty,
        Certainty::Certain
    );

    let during = state_at(&model, day("1917-10-30"));
    let power = tashkent_power(&during);
    assert_eq!(power.evidence.certainty, Certainty::Contested);
    let PowerHolder::Contested { parties, .. } = &power.holder else {
        panic!("not contested: {power:?}")
    };
    assert_eq!(
        parties,
        &[actor("soviet.tashkent"), actor("org.turkestan-committee")]
    );
    assert_eq!(power.evidence.cause, Cause::Event(event("ev.fighting")));
    assert_eq!(power.evidence.claims, [claim("c.ev.fighting")]);

    let after = state_at(&model, day("1917-11-02"));
    let power = tashkent_power(&after);
    let held_by_soviet = PowerHolder::Held {
        by: actor("soviet.tashkent"),
        from: Some(actor("org.turkestan-committee")),
    };
    assert_eq!(power.holder, held_by_soviet);
    assert_eq!(power.evidence.certainty, Certainty::Certain);
    assert_eq!(power.evidence.since.as_written(), "1917-11-01");
}

#[test]
fn martial_law_runs_from_the_fighting_on() {
    let model = turkestan_like();
    assert!(state_at(&model, day("1917-10-27")).martial_law.is_empty());
    let state = state_at(&model, day("1917-11-10"));
    assert_eq!(state.martial_law.len(), 1);
    assert_eq!(
        state.martial_law[0].by,
        Some(actor("org.turkestan-committee"))
    );
}

#[test]
fn a_body_formed_on_a_range_of_days_is_uncertain_inside_it_and_certain_after() {
    let model = turkestan_like();
    let sovnarkom = body("body.sovnarkom");
    assert!(
        state_at(&model, day("1917-11-18"))
            .body(&sovnarkom)
            .is_none()
    );

    let inside = state_at(&model, day("1917-11-20"));
    let line = inside.body(&sovnarkom).expect("may exist on 20 Nov");
    let reason = line
        .evidence
        .certainty
        .reason()
        .expect("uncertain on 20 Nov");
    assert!(reason.contains("19–22 Nov 1917 O.S."), "{reason}");

    let after = state_at(&model, day("1917-11-23"));
    let line = after.body(&sovnarkom).expect("exists on 23 Nov");
    assert_eq!(line.evidence.certainty, Certainty::Certain);
}

#[test]
fn a_planned_congress_stays_a_plan_before_and_after_its_day() {
    let model = turkestan_like();
    let kokand = event("ev.kokand");
    let before = state_at(&model, day("1917-11-24"));
    let plan = before.planned_event(&kokand).expect("planned on 24 Nov");
    assert_eq!(plan.due, PlanDue::NotYetDue);
    assert!(
        plan.message.starts_with("planned for 25 Nov 1917 O.S."),
        "{}",
        plan.message
    );

    let after = state_at(&model, day("1917-11-26"));
    let plan = after
        .planned_event(&kokand)
        .expect("still a plan on 26 Nov");
    assert_eq!(plan.due, PlanDue::PastDueNotAttested);
    assert!(plan.message.contains("do not attest that it was held"));
    for state in [&before, &after, &state_at(&model, day("1917-11-25"))] {
        assert!(
            state.events_on_day.iter().all(|e| e.event != kokand),
            "a plan never happened"
        );
    }
}

#[test]
fn a_plan_with_a_held_account_is_no_longer_listed_as_a_plan() {
    let mut fixture = Fixture::new(None);
    fixture.event_with(
        "ev.plan",
        EventKind::Congress,
        Some("1917-11-25"),
        kenes_model::EventStatus::Planned,
        vec![],
    );
    let model = fixture.build();
    assert!(
        state_at(&model, day("1917-11-26"))
            .planned_event(&event("ev.plan"))
            .is_some()
    );
}

#[test]
fn an_arrest_persists_and_says_when_it_was_last_attested() {
    let model = turkestan_like();
    let minister = actor("person.minister");
    assert!(
        state_at(&model, day("1917-11-01"))
            .arrest_of(&minister)
            .is_none()
    );
    let later = state_at(&model, day("1917-11-20"));
    let arrest = later.arrest_of(&minister).expect("still under arrest");
    assert_eq!(arrest.evidence.last_attested.as_written(), "1917-11-02");
    assert_eq!(arrest.evidence.attested_note(), None);

    let beyond = state_at(&model, day("1917-11-30"));
    let arrest = beyond.arrest_of(&minister).expect("as last attested");
    let note = arrest
        .evidence
        .attested_note()
        .expect("marked past the period");
    assert_eq!(
        note,
        "as last attested on 2 Nov 1917 O.S. = 15 Nov 1917 N.S."
    );
}

#[test]
fn a_day_after_the_period_is_flagged_and_every_line_marked() {
    let model = turkestan_like();
    assert!(!state_at(&model, day("1917-11-25")).is_beyond_period());
    let state = state_at(&model, day("1917-11-26"));
    let message = state.beyond_period.as_deref().expect("flagged");
    assert!(message.contains("after the model's period"), "{message}");
    assert!(state.bodies.iter().all(|b| b.evidence.as_last_attested));
    assert!(state.power.iter().all(|p| p.evidence.as_last_attested));
    assert!(state.stances.iter().all(|s| s.evidence.as_last_attested));
}

#[test]
fn a_reading_chooses_the_composition_and_keeps_the_other_as_alternative() {
    let model = turkestan_like();
    let state = state_at(&model, day("1917-11-17"));
    let rec = state.body(&body("body.rec")).expect("formed on 15 Nov");
    assert_eq!(rec.composition.chosen, Some(composition("comp.rec.b")));
    assert!(matches!(&rec.composition.basis, ChoiceBasis::Reading(r) if r.as_str() == "r.rec"));
    assert_eq!(rec.composition.alternatives, [composition("comp.rec.a")]);
    assert_eq!(rec.composition.claims, [claim("c.comp.rec.b")]);
}

#[test]
fn refusals_of_seats_stand_on_the_body_and_attest_it() {
    let model = turkestan_like();
    let state = state_at(&model, day("1917-11-17"));
    let rec = state.body(&body("body.rec")).unwrap();
    assert_eq!(rec.refused.len(), 1);
    assert_eq!(rec.refused[0].actor, actor("org.shuro-i-islam"));
    assert_eq!(rec.evidence.since.as_written(), "1917-11-15");
    assert_eq!(rec.evidence.last_attested.as_written(), "1917-11-16");
}

#[test]
fn the_standing_stance_is_the_latest_attested_with_its_voice() {
    let model = turkestan_like();
    let (ulema, soviet_power) = (actor("org.shuro-i-ulema"), issue("issue.soviet-power"));
    assert!(
        state_at(&model, day("1917-11-04"))
            .stance_of(&ulema, &soviet_power)
            .is_none()
    );
    let state = state_at(&model, day("1917-11-16"));
    let line = state.stance_of(&ulema, &soviet_power).unwrap();
    assert_eq!(line.position, Position::Oppose);
    assert_eq!(
        line.voice,
        StanceVoice::Ascribed {
            by: Some(actor("paper.birlik-tuy"))
        }
    );
    assert_eq!(line.evidence.cause, Cause::Stance(stance("st.ulema.2")));
    let state = state_at(&model, day("1917-11-21"));
    let line = state.stance_of(&ulema, &soviet_power).unwrap();
    assert_eq!(
        (line.position, &line.voice),
        (Position::Compromise, &StanceVoice::Declared)
    );
}

#[test]
fn undated_events_are_listed_and_never_applied() {
    let model = turkestan_like();
    let state = state_at(&model, day("1917-11-20"));
    assert_eq!(state.undated.len(), 1);
    assert_eq!(state.undated[0].event, event("ev.undated-arrest"));
    assert!(state.arrest_of(&actor("person.ghost")).is_none());
}

#[test]
fn events_on_the_day_say_whether_they_are_certainly_on_it() {
    let model = turkestan_like();
    let state = state_at(&model, day("1917-11-15"));
    let ids: Vec<_> = state
        .events_on_day
        .iter()
        .map(|e| e.event.as_str())
        .collect();
    assert_eq!(ids, ["ev.rec-formed"]);
    assert!(state.events_on_day[0].certainty.is_certain());
    let state = state_at(&model, day("1917-11-21"));
    assert!(!state.events_on_day[0].certainty.is_certain());
}

#[test]
fn an_uncertain_release_leaves_the_arrest_standing_but_uncertain() {
    let mut fixture = Fixture::new(None);
    fixture.event(
        "ev.arrest",
        EventKind::Arrest,
        Some("1917-11-02"),
        vec![Effect::Arrested {
            person: actor("person.x"),
        }],
    );
    fixture.event(
        "ev.release",
        EventKind::Order,
        Some("1917-11~"),
        vec![Effect::Released {
            person: actor("person.x"),
        }],
    );
    let model = fixture.build();
    let state = state_at(&model, day("1917-11-10"));
    let arrest = state
        .arrest_of(&actor("person.x"))
        .expect("may still be held");
    assert!(
        arrest
            .evidence
            .certainty
            .reason()
            .unwrap()
            .starts_with("may have been released")
    );
    assert!(
        state_at(&model, day("1918-01-05"))
            .arrest_of(&actor("person.x"))
            .is_none()
    );
}

#[test]
fn a_doubted_date_keeps_its_effects_uncertain() {
    let mut fixture = Fixture::new(None);
    fixture.event(
        "ev.arrest",
        EventKind::Arrest,
        Some("1917-11-02?"),
        vec![Effect::Arrested {
            person: actor("person.x"),
        }],
    );
    let model = fixture.build();
    let state = state_at(&model, day("1917-11-20"));
    let reason = state
        .arrest_of(&actor("person.x"))
        .unwrap()
        .evidence
        .certainty
        .reason()
        .unwrap();
    assert!(reason.contains("doubted"), "{reason}");
}

#[test]
fn no_day_and_no_model_makes_the_state_panic() {
    let model = turkestan_like();
    let empty = Fixture::new(None).build();
    let mut dangling = Fixture::new(Some("1917"));
    dangling.event(
        "ev.x",
        EventKind::Other,
        Some("../1917-11-01"),
        vec![
            Effect::BodyDissolved {
                body: body("body.none"),
            },
            Effect::SeatsRefused {
                actor: actor("a"),
                body: body("body.none"),
            },
            Effect::Left {
                actor: actor("a"),
                from: None,
            },
            Effect::Released {
                person: actor("nobody"),
            },
        ],
    );
    let dangling = dangling.build();
    let first = day("1917-01-01");
    for offset in 0..400 {
        for model in [&model, &empty, &dangling] {
            let state = state_at(model, first.plus(offset));
            assert!(!state.day_rendered.is_empty());
        }
    }
}

#[test]
fn a_stance_over_a_period_is_certain_inside_it_and_disagreement_is_kept() {
    let mut fixture = Fixture::new(None);
    let (who, on) = ("org.a", "issue.x");
    fixture.stance(
        "st.period",
        who,
        on,
        Position::Support,
        "1917-11-01/1917-11-10",
        None,
    );
    fixture.stance("st.late", who, on, Position::Oppose, "1917-11-12", None);
    fixture.stance(
        "st.other",
        who,
        on,
        Position::Neutral,
        "1917-11-12",
        Some("paper.p"),
    );
    fixture.stance(
        "st.vague",
        who,
        "issue.y",
        Position::Refuse,
        "1917-11",
        None,
    );
    let model = fixture.build();
    let state = state_at(&model, day("1917-11-05"));
    let line = state.stance_of(&actor(who), &issue(on)).unwrap();
    assert_eq!(
        (line.position, &line.evidence.certainty),
        (Position::Support, &Certainty::Certain)
    );
    let vague = state.stance_of(&actor(who), &issue("issue.y")).unwrap();
    assert!(vague.evidence.certainty.reason().unwrap().contains("month"));
    let state = state_at(&model, day("1917-11-13"));
    let line = state.stance_of(&actor(who), &issue(on)).unwrap();
    assert_eq!(
        line.stance,
        stance("st.other"),
        "the same date: the later id wins, stably"
    );
    assert_eq!(line.disagreeing, [stance("st.late")]);
}
