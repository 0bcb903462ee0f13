//! Property tests of the historical-date module against a slow, obvious
//! oracle written here independently of `icu_calendar`: integer Julian Day
//! Number formulas for both calendars, and day sets enumerated one by one.

use std::collections::BTreeSet;

use kenes_model::date::{
    APPROXIMATE_DAYS, Calendar, CalendarBasis, DateOrder, Day, DayRelation, HistoricalDate,
};
use proptest::prelude::*;

/// Julian Day Number of a date, counting months from March so that the leap
/// day falls at the end of the counting year: 153 days per five months
/// (31+30+31+30+31), 365 days a year plus one every fourth year, and for the
/// Gregorian calendar minus the century years not divisible by 400. The
/// constants place JDN 0 at 1 Jan 4713 BC (Julian) and -4713-11-24
/// (Gregorian); they are checked by `oracle_matches_published_day_numbers`.
fn oracle_jdn(calendar: Calendar, year: i64, month: i64, day: i64) -> i64 {
    let before_march = i64::from(month <= 2);
    let counting_year = year + 4800 - before_march;
    let month_from_march = month + 12 * before_march - 3;
    let days_before_month = (153 * month_from_march + 2) / 5;
    let common = day + days_before_month + 365 * counting_year + counting_year / 4;
    match calendar {
        Calendar::Julian => common - 32083,
        Calendar::Gregorian => common - counting_year / 100 + counting_year / 400 - 32045,
    }
}

/// Days in a month, as the gap between its first day and the next month's.
fn oracle_month_length(calendar: Calendar, year: i64, month: i64) -> i64 {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    oracle_jdn(calendar, next_year, next_month, 1) - oracle_jdn(calendar, year, month, 1)
}

/// Many cases; failures are printed, not persisted (an integration test has
/// no `lib.rs` beside it to persist them next to).
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn calendar() -> impl Strategy<Value = Calendar> {
    prop_oneof![Just(Calendar::Julian), Just(Calendar::Gregorian)]
}

/// A valid (calendar, year, month, day) with years 1000–2500.
fn valid_day() -> impl Strategy<Value = (Calendar, i32, u8, u8)> {
    (calendar(), 1000..=2500i32, 1..=12u8, 1..=31u8).prop_map(|(calendar, year, month, day)| {
        let length = oracle_month_length(calendar, year.into(), month.into());
        (calendar, year, month, day.min(length as u8))
    })
}

#[test]
fn oracle_matches_published_day_numbers() {
    assert_eq!(oracle_jdn(Calendar::Gregorian, 2000, 1, 1), 2_451_545);
    assert_eq!(
        oracle_jdn(Calendar::Julian, 1917, 10, 25),
        oracle_jdn(Calendar::Gregorian, 1917, 11, 7)
    );
    assert_eq!(
        oracle_jdn(Calendar::Julian, 1582, 10, 4) + 1,
        oracle_jdn(Calendar::Gregorian, 1582, 10, 15)
    );
    assert_eq!(oracle_month_length(Calendar::Julian, 1900, 2), 29);
    assert_eq!(oracle_month_length(Calendar::Gregorian, 1900, 2), 28);
}

proptest! {
    #![proptest_config(config(20_000))]

    #[test]
    fn day_from_ymd_matches_oracle((calendar, year, month, day) in valid_day()) {
        let built = Day::from_ymd(calendar, year, month, day).unwrap();
        prop_assert_eq!(built.jdn(), oracle_jdn(calendar, year.into(), month.into(), day.into()));
        prop_assert_eq!(built.ymd(calendar), (year, month, day));
    }

    #[test]
    fn conversion_to_other_calendar_matches_oracle((calendar, year, month, day) in valid_day()) {
        let jdn = oracle_jdn(calendar, year.into(), month.into(), day.into());
        let other = match calendar { Calendar::Julian => Calendar::Gregorian, Calendar::Gregorian => Calendar::Julian };
        let (other_year, other_month, other_day) = Day::from_jdn(jdn).ymd(other);
        let length = oracle_month_length(other, other_year.into(), other_month.into());
        prop_assert!((1..=length).contains(&other_day.into()));
        prop_assert_eq!(oracle_jdn(other, other_year.into(), other_month.into(), other_day.into()), jdn);
    }

    #[test]
    fn rejects_days_past_month_end(calendar in calendar(), year in 1000..=2500i32, month in 1..=12u8, extra in 1..=3u8) {
        let length = oracle_month_length(calendar, year.into(), month.into()) as u8;
        let day = length + extra;
        prop_assert!(Day::from_ymd(calendar, year, month, day).is_err());
        let text = format!("{year:04}-{month:02}-{day:02}");
        prop_assert!(HistoricalDate::parse(&text, calendar, CalendarBasis::Stated).is_err());
    }

    #[test]
    fn jdn_round_trips_through_both_calendars(jdn in 2_086_308i64..=2_634_166, calendar in calendar()) {
        let (year, month, day) = Day::from_jdn(jdn).ymd(calendar);
        prop_assert_eq!(oracle_jdn(calendar, year.into(), month.into(), day.into()), jdn);
        prop_assert_eq!(Day::from_ymd(calendar, year, month, day).unwrap().jdn(), jdn);
        let text = Day::from_jdn(jdn).iso(calendar);
        let date = HistoricalDate::parse(&text, calendar, CalendarBasis::Stated).unwrap();
        prop_assert_eq!(date.single_day(), Some(Day::from_jdn(jdn)));
    }
}

/// One written end, in 1916–1918 so that random dates often overlap.
#[derive(Clone, Copy, Debug)]
struct EndSpec {
    year: i64,
    month: Option<i64>,
    day: Option<i64>,
    qualifier: usize,
}

const QUALIFIERS: [&str; 4] = ["", "?", "~", "%"];

impl EndSpec {
    fn text(&self) -> String {
        let mut text = format!("{:04}", self.year);
        if let Some(month) = self.month {
            text += &format!("-{month:02}");
        }
        if let Some(day) = self.day {
            text += &format!("-{day:02}");
        }
        text + QUALIFIERS[self.qualifier]
    }

    fn approximate(&self) -> bool {
        self.qualifier >= 2
    }

    /// First and last JDN written, without approximation.
    fn bounds(&self, calendar: Calendar) -> (i64, i64) {
        let (first_month, last_month) = self.month.map_or((1, 12), |month| (month, month));
        let first = oracle_jdn(calendar, self.year, first_month, self.day.unwrap_or(1));
        let last_day = self
            .day
            .unwrap_or_else(|| oracle_month_length(calendar, self.year, last_month));
        (first, oracle_jdn(calendar, self.year, last_month, last_day))
    }

    /// First and last JDN it can denote: approximation adds a unit each side.
    fn widened(&self, calendar: Calendar) -> (i64, i64) {
        let (first, last) = self.bounds(calendar);
        if !self.approximate() {
            return (first, last);
        }
        match (self.month, self.day) {
            (_, Some(_)) => (first - APPROXIMATE_DAYS, last + APPROXIMATE_DAYS),
            (Some(month), None) => {
                let (previous_year, previous_month) = if month == 1 {
                    (self.year - 1, 12)
                } else {
                    (self.year, month - 1)
                };
                let (next_year, next_month) = if month == 12 {
                    (self.year + 1, 1)
                } else {
                    (self.year, month + 1)
                };
                let previous_first = oracle_jdn(calendar, previous_year, previous_month, 1);
                let next_last = oracle_jdn(
                    calendar,
                    next_year,
                    next_month,
                    oracle_month_length(calendar, next_year, next_month),
                );
                (previous_first, next_last)
            }
            (None, None) => (
                oracle_jdn(calendar, self.year - 1, 1, 1),
                oracle_jdn(calendar, self.year + 1, 12, 31),
            ),
        }
    }
}

fn end_spec() -> impl Strategy<Value = EndSpec> {
    (1916..=1918i64, 0..=2usize, 1..=12i64, 1..=31i64, 0..4usize).prop_map(
        |(year, precision, month, day, qualifier)| {
            let day = day.min(28);
            EndSpec {
                year,
                month: (precision >= 1).then_some(month),
                day: (precision == 2).then_some(day),
                qualifier,
            }
        },
    )
}

/// A day in the first week of October 1917 (either calendar), so that
/// random dates often touch or coincide.
fn nearby_day() -> impl Strategy<Value = EndSpec> {
    (1..=7i64, 0..4usize).prop_map(|(day, qualifier)| EndSpec {
        year: 1917,
        month: Some(10),
        day: Some(day),
        qualifier: if qualifier == 3 { 2 } else { qualifier % 2 },
    })
}

/// A written date: a single end, or a range whose ends may be open (`None`).
#[derive(Clone, Debug)]
enum DateSpec {
    Single(EndSpec),
    Range(Option<EndSpec>, Option<EndSpec>),
}

fn date_spec() -> impl Strategy<Value = DateSpec> {
    prop_oneof![
        end_spec().prop_map(DateSpec::Single),
        (
            proptest::option::of(end_spec()),
            proptest::option::of(end_spec())
        )
            .prop_filter("not open at both ends", |(start, end)| start.is_some()
                || end.is_some())
            .prop_map(|(start, end)| DateSpec::Range(start, end)),
    ]
}

/// Single days and short ranges from [`nearby_day`].
fn nearby_date() -> impl Strategy<Value = DateSpec> {
    let ordered = |(start, end): (EndSpec, EndSpec)| {
        let (start, end) = if start.day <= end.day {
            (start, end)
        } else {
            (end, start)
        };
        DateSpec::Range(Some(start), Some(end))
    };
    prop_oneof![
        nearby_day().prop_map(DateSpec::Single),
        (nearby_day(), nearby_day()).prop_map(ordered),
    ]
}

impl DateSpec {
    fn text(&self) -> String {
        let end_text = |end: &Option<EndSpec>| end.map_or("..".to_string(), |end| end.text());
        match self {
            DateSpec::Single(end) => end.text(),
            DateSpec::Range(start, end) => format!("{}/{}", end_text(start), end_text(end)),
        }
    }

    /// The same date with `~` dropped and `%` made `?`.
    fn without_approximation(&self) -> DateSpec {
        let strip = |end: EndSpec| EndSpec {
            qualifier: end.qualifier % 2,
            ..end
        };
        match self {
            DateSpec::Single(end) => DateSpec::Single(strip(*end)),
            DateSpec::Range(start, end) => DateSpec::Range(start.map(strip), end.map(strip)),
        }
    }

    /// Whether the range's start lies after its end (the parser must refuse).
    fn is_reversed(&self, calendar: Calendar) -> bool {
        match self {
            DateSpec::Range(Some(start), Some(end)) => {
                start.bounds(calendar).0 > end.bounds(calendar).1
            }
            _ => false,
        }
    }

    /// Every day it can denote, with open ends cut at the edges of `window`
    /// (which lie well beyond every bounded date generated).
    fn day_set(&self, calendar: Calendar, window: (i64, i64)) -> BTreeSet<i64> {
        let (first, last) = match self {
            DateSpec::Single(end) => end.widened(calendar),
            DateSpec::Range(start, end) => (
                start.map_or(window.0, |start| start.widened(calendar).0),
                end.map_or(window.1, |end| end.widened(calendar).1),
            ),
        };
        (first..=last).collect()
    }
}

fn window() -> (i64, i64) {
    (
        oracle_jdn(Calendar::Julian, 1914, 6, 1),
        oracle_jdn(Calendar::Julian, 1920, 6, 1),
    )
}

fn brute_force_order(first: &BTreeSet<i64>, second: &BTreeSet<i64>) -> DateOrder {
    // Every day of one against the nearest day of the other: the same as
    // against every day of it, in linear time.
    let (second_first, second_last) = (second.first().unwrap(), second.last().unwrap());
    if first.iter().all(|day| day < second_first) {
        DateOrder::Before
    } else if first.iter().all(|day| day > second_last) {
        DateOrder::After
    } else if first.len() == 1 && first == second {
        DateOrder::Same
    } else {
        DateOrder::CannotTell
    }
}

fn parse(spec: &DateSpec, calendar: Calendar) -> Option<HistoricalDate> {
    HistoricalDate::parse(&spec.text(), calendar, CalendarBasis::Inferred).ok()
}

proptest! {
    #![proptest_config(config(3_000))]

    #[test]
    fn compare_agrees_with_day_sets(first in date_spec(), second in date_spec(), calendars in (calendar(), calendar())) {
        let (Some(first_date), Some(second_date)) = (parse(&first, calendars.0), parse(&second, calendars.1)) else {
            prop_assume!(false);
            unreachable!()
        };
        let first_days = first.day_set(calendars.0, window());
        let second_days = second.day_set(calendars.1, window());
        prop_assert_eq!(first_date.compare(&second_date), brute_force_order(&first_days, &second_days));
    }

    #[test]
    fn compare_agrees_with_day_sets_of_nearby_days(first in nearby_date(), second in nearby_date(), calendar in calendar()) {
        let (Some(first_date), Some(second_date)) = (parse(&first, calendar), parse(&second, calendar)) else {
            prop_assume!(false);
            unreachable!()
        };
        let first_days = first.day_set(calendar, window());
        let second_days = second.day_set(calendar, window());
        prop_assert_eq!(first_date.compare(&second_date), brute_force_order(&first_days, &second_days));
    }

    #[test]
    fn relation_to_day_agrees_with_day_set(spec in date_spec(), calendar in calendar(), offset in 0..1200i64) {
        let Some(date) = parse(&spec, calendar) else { prop_assume!(false); unreachable!() };
        let day = oracle_jdn(Calendar::Julian, 1915, 6, 1) + offset;
        let days = spec.day_set(calendar, window());
        let expected = if days.iter().all(|&each| each < day) {
            DayRelation::Before
        } else if days.iter().all(|&each| each > day) {
            DayRelation::After
        } else if days.len() == 1 && !date.is_approximate() && !date.is_range() {
            DayRelation::On
        } else {
            DayRelation::MaybeOn
        };
        prop_assert_eq!(date.relation_to(Day::from_jdn(day)), expected);
    }

    #[test]
    fn parses_exactly_the_valid_texts_and_keeps_them(spec in date_spec(), calendar in calendar()) {
        let text = spec.text();
        let parsed = HistoricalDate::parse(&text, calendar, CalendarBasis::Stated);
        prop_assert_eq!(parsed.is_err(), spec.is_reversed(calendar), "{}", text);
        let Ok(date) = parsed else { return Ok(()) };
        prop_assert_eq!(date.as_written(), text.as_str());
        prop_assert_eq!(date.iso(calendar), text.replace(['?', '~', '%'], ""));
        if calendar == Calendar::Gregorian {
            prop_assert_eq!(date.edtf(), text.clone());
        }
        let reparsed = HistoricalDate::parse(date.as_written(), calendar, CalendarBasis::Stated).unwrap();
        prop_assert_eq!(reparsed, date);
    }

    #[test]
    fn iso_in_other_calendar_denotes_the_same_days(spec in date_spec(), calendar in calendar()) {
        let spec = spec.without_approximation();
        let Some(date) = parse(&spec, calendar) else { prop_assume!(false); unreachable!() };
        let other = match calendar { Calendar::Julian => Calendar::Gregorian, Calendar::Gregorian => Calendar::Julian };
        let converted = HistoricalDate::parse(&date.iso(other), other, CalendarBasis::Stated).unwrap();
        prop_assert_eq!(converted.sort_key(), date.sort_key());
        let back = HistoricalDate::parse(&converted.iso(calendar), calendar, CalendarBasis::Stated).unwrap();
        prop_assert_eq!(back.sort_key(), date.sort_key());
    }

    #[test]
    fn day_set_bounds_are_earliest_and_latest(spec in date_spec(), calendar in calendar()) {
        let Some(date) = parse(&spec, calendar) else { prop_assume!(false); unreachable!() };
        let days = spec.day_set(calendar, window());
        let earliest = date.earliest().map_or(window().0, Day::jdn);
        let latest = date.latest().map_or(window().1, Day::jdn);
        prop_assert_eq!((earliest, latest), (*days.first().unwrap(), *days.last().unwrap()));
    }
}
