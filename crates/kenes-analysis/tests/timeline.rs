//! The timeline: order, both calendars, date flags, status, filters.

mod common;

use common::*;
use kenes_analysis::timeline::{by_actor, by_kind, timeline};
use kenes_model::EventKind;
use kenes_model::date::Precision;

#[test]
fn events_run_in_date_order_with_undated_ones_last() {
    let entries = timeline(&turkestan_like());
    let ids: Vec<&str> = entries.iter().map(|e| e.event.as_str()).collect();
    assert_eq!(
        ids,
        [
            "ev.committee-rule",
            "ev.fighting",
            "ev.soviet-power",
            "ev.arrest",
            "ev.rec-formed",
            "ev.islam-refuses",
            "ev.sovnarkom-formed",
            "ev.kokand",
            "ev.undated-arrest",
        ]
    );
}

#[test]
fn each_entry_shows_both_calendars_and_what_is_known_of_its_date() {
    let entries = timeline(&turkestan_like());
    let find = |id: &str| entries.iter().find(|e| e.event.as_str() == id).unwrap();
    let fighting = find("ev.fighting");
    assert_eq!(fighting.old_style, "28 Oct – 1 Nov 1917");
    assert_eq!(fighting.new_style, "10–14 Nov 1917");
    assert_eq!(
        fighting.dual,
        "28 Oct – 1 Nov 1917 O.S. = 10–14 Nov 1917 N.S."
    );
    assert!(fighting.range && !fighting.approximate && !fighting.undated);
    let undated = find("ev.undated-arrest");
    assert!(undated.undated && undated.old_style.is_empty());
    assert_eq!(undated.dual, "undated");
    assert!(find("ev.kokand").is_planned());
    assert_eq!(find("ev.arrest").claims, [claim("c.ev.arrest")]);
    assert_eq!(find("ev.arrest").precision, Precision::Day);
}

#[test]
fn approximate_and_month_dates_are_flagged() {
    let mut fixture = Fixture::new(None);
    fixture.event("ev.about", EventKind::Meeting, Some("1917-11-10~"), vec![]);
    fixture.event("ev.month", EventKind::Meeting, Some("1917-11?"), vec![]);
    let entries = timeline(&fixture.build());
    let (month, about) = (&entries[0], &entries[1]);
    assert_eq!(
        month.event,
        event("ev.month"),
        "1 Nov starts before 10 Nov ± 7 days"
    );
    assert_eq!(month.precision, Precision::Month);
    assert!(month.uncertain && !month.approximate);
    assert!(about.approximate && !about.uncertain);
    assert_eq!(about.old_style, "c. 10 Nov 1917");
}

#[test]
fn filters_select_by_actor_and_by_kind() {
    let entries = timeline(&turkestan_like());
    let soviet: Vec<&str> = by_actor(&entries, &actor("soviet.tashkent"))
        .iter()
        .map(|e| e.event.as_str())
        .collect();
    assert_eq!(soviet, ["ev.fighting", "ev.soviet-power"]);
    let congresses = by_kind(&entries, EventKind::Congress);
    assert_eq!(congresses.len(), 3);
}
