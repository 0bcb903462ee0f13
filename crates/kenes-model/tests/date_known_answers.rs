//! Known-answer tests of the historical-date module: published calendar
//! equivalences, and how dates render, convert, compare and relate to days.

use kenes_model::date::{
    Calendar, CalendarBasis, DateOrder, Day, DayRelation, HistoricalDate, Precision,
};

fn julian(text: &str) -> HistoricalDate {
    HistoricalDate::parse(text, Calendar::Julian, CalendarBasis::Inferred).unwrap()
}

fn gregorian(text: &str) -> HistoricalDate {
    HistoricalDate::parse(text, Calendar::Gregorian, CalendarBasis::Stated).unwrap()
}

fn day(calendar: Calendar, year: i32, month: u8, day: u8) -> Day {
    Day::from_ymd(calendar, year, month, day).unwrap()
}

/// The October Revolution: 25 Oct 1917 O.S. = 7 Nov 1917 N.S. (e.g.
/// Encyclopaedia Britannica, "Russian Revolution of 1917").
#[test]
fn october_revolution_is_seventh_of_november_new_style() {
    let revolution = day(Calendar::Julian, 1917, 10, 25);
    assert_eq!(revolution.ymd(Calendar::Gregorian), (1917, 11, 7));
    assert_eq!(revolution, day(Calendar::Gregorian, 1917, 11, 7));
    assert_eq!(
        julian("1917-10-25").render_dual(),
        "25 Oct 1917 O.S. = 7 Nov 1917 N.S."
    );
    assert_eq!(
        gregorian("1917-11-07").render_dual(),
        "7 Nov 1917 N.S. = 25 Oct 1917 O.S."
    );
}

/// Inter gravissimas (1582): Thursday 4 Oct 1582 (Julian) was followed by
/// Friday 15 Oct 1582 (Gregorian).
#[test]
fn gregorian_reform_followed_fourth_by_fifteenth_october_1582() {
    let last_julian = day(Calendar::Julian, 1582, 10, 4);
    let first_gregorian = day(Calendar::Gregorian, 1582, 10, 15);
    assert_eq!(last_julian.next(), first_gregorian);
    assert_eq!(first_gregorian.previous(), last_julian);
}

/// Decree of the Council of People's Commissars of 24 Jan 1918: the day after
/// 31 Jan 1918 is 14 Feb 1918; 1 Feb 1918 O.S. = 14 Feb 1918 N.S.
#[test]
fn soviet_calendar_decree_of_1918() {
    let first_february = day(Calendar::Julian, 1918, 2, 1);
    assert_eq!(first_february.iso(Calendar::Gregorian), "1918-02-14");
    let last_january = day(Calendar::Julian, 1918, 1, 31);
    assert_eq!(last_january.next().ymd(Calendar::Gregorian), (1918, 2, 14));
}

/// 1900 is a leap year in the Julian calendar only (divisible by 100, not by
/// 400); Julian 29 Feb 1900 = 13 Mar 1900 Gregorian (13 days apart from
/// 1 Mar 1900 Julian on).
#[test]
fn twenty_ninth_february_1900_is_julian_only() {
    assert_eq!(
        day(Calendar::Julian, 1900, 2, 29).iso(Calendar::Gregorian),
        "1900-03-13"
    );
    let error = Day::from_ymd(Calendar::Gregorian, 1900, 2, 29).unwrap_err();
    assert_eq!(
        error.to_string(),
        "expected a day 1–28 of 1900-02 (gregorian), found \"29\""
    );
    assert!(
        HistoricalDate::parse("1900-02-29", Calendar::Gregorian, CalendarBasis::Stated).is_err()
    );
    assert_eq!(julian("1900-02-29").edtf(), "1900-03-13");
}

/// The Julian Day Number of 1 Jan 2000 (Gregorian, noon) is 2 451 545
/// (Astronomical Almanac; the J2000.0 epoch).
#[test]
fn julian_day_number_of_the_year_2000() {
    assert_eq!(day(Calendar::Gregorian, 2000, 1, 1).jdn(), 2_451_545);
    assert_eq!(Day::from_jdn(2_451_545).iso(Calendar::Julian), "1999-12-19");
}

#[test]
fn rejects_impossible_days_and_years() {
    assert!(Day::from_ymd(Calendar::Julian, 1917, 2, 30).is_err());
    assert!(Day::from_ymd(Calendar::Julian, 1917, 13, 1).is_err());
    assert!(Day::from_ymd(Calendar::Julian, 0, 1, 1).is_err());
    assert!(Day::from_ymd(Calendar::Gregorian, 2000, 2, 29).is_ok());
}

#[test]
fn calendar_names_and_aliases() {
    for name in ["julian", "Old-Style", "OS", "o.s."] {
        assert_eq!(Calendar::parse(name), Some(Calendar::Julian), "{name}");
    }
    for name in ["GREGORIAN", "new-style", "ns", "N.S."] {
        assert_eq!(Calendar::parse(name), Some(Calendar::Gregorian), "{name}");
    }
    assert_eq!(Calendar::parse("islamic"), None);
    assert_eq!(Calendar::Julian.as_str(), "julian");
    assert_eq!(Calendar::Gregorian.style(), "N.S.");
}

#[test]
fn renders_in_both_calendars() {
    let cases = [
        ("1917-10-25", "25 Oct 1917", "7 Nov 1917"),
        ("1917-11", "Nov 1917", "14 Nov – 13 Dec 1917"),
        ("1917", "1917", "14 Jan 1917 – 13 Jan 1918"),
        ("1917-11-19/1917-11-22", "19–22 Nov 1917", "2–5 Dec 1917"),
        (
            "1917-10-28/1917-11-03",
            "28 Oct – 3 Nov 1917",
            "10–16 Nov 1917",
        ),
        (
            "1917-12-25/1918-01-06",
            "25 Dec 1917 – 6 Jan 1918",
            "7–19 Jan 1918",
        ),
        ("1917-10-25~", "c. 25 Oct 1917", "c. 7 Nov 1917"),
        ("1917-10-25?", "25 Oct 1917?", "7 Nov 1917?"),
        ("1917-10-25%", "c. 25 Oct 1917?", "c. 7 Nov 1917?"),
        ("1917-11%", "c. Nov 1917?", "c. 14 Nov – 13 Dec 1917?"),
        (
            "1917-11-19?/1917-11-22",
            "19 Nov 1917? – 22 Nov 1917",
            "2 Dec 1917? – 5 Dec 1917",
        ),
        ("1917-10-28/..", "from 28 Oct 1917", "from 10 Nov 1917"),
        ("../1917-11-01", "until 1 Nov 1917", "until 14 Nov 1917"),
        (
            "1917-11/1917-12-03",
            "Nov 1917 – 3 Dec 1917",
            "14 Nov – 16 Dec 1917",
        ),
    ];
    for (text, in_julian, in_gregorian) in cases {
        let date = julian(text);
        assert_eq!(date.render(Calendar::Julian), in_julian, "{text}");
        assert_eq!(date.render(Calendar::Gregorian), in_gregorian, "{text}");
    }
}

#[test]
fn iso_and_edtf_forms() {
    let cases = [
        ("1917-10-25", "1917-10-25", "1917-11-07", "1917-11-07"),
        (
            "1917-11",
            "1917-11",
            "1917-11-14/1917-12-13",
            "1917-11-14/1917-12-13",
        ),
        (
            "1917-11-19/1917-11-22",
            "1917-11-19/1917-11-22",
            "1917-12-02/1917-12-05",
            "1917-12-02/1917-12-05",
        ),
        (
            "1917-11~",
            "1917-11",
            "1917-11-14/1917-12-13",
            "1917-11-14~/1917-12-13~",
        ),
        (
            "1917-10-28?/..",
            "1917-10-28/..",
            "1917-11-10/..",
            "1917-11-10?/..",
        ),
        (
            "../1917-11-01%",
            "../1917-11-01",
            "../1917-11-14",
            "../1917-11-14%",
        ),
    ];
    for (text, iso_julian, iso_gregorian, edtf) in cases {
        let date = julian(text);
        assert_eq!(date.iso(Calendar::Julian), iso_julian, "{text}");
        assert_eq!(date.iso(Calendar::Gregorian), iso_gregorian, "{text}");
        assert_eq!(date.edtf(), edtf, "{text}");
    }
    assert_eq!(gregorian("1917-11~").edtf(), "1917-11~");
    assert_eq!(gregorian("1917?").edtf(), "1917?");
}

#[test]
fn precision_qualifiers_and_range_are_reported() {
    let date = julian("1917-11/1917-12-03~");
    assert_eq!(date.as_written(), "1917-11/1917-12-03~");
    assert!(date.is_range() && date.is_approximate() && !date.is_uncertain());
    assert_eq!(date.precision(), Precision::Month);
    assert_eq!(julian("1917").precision(), Precision::Year);
    assert_eq!(julian("1917-10-25?").precision(), Precision::Day);
    assert_eq!(julian("1917-10-25?").basis(), CalendarBasis::Inferred);
    assert_eq!(julian("1917-10-25?").calendar(), Calendar::Julian);
}

#[test]
fn intervals_with_approximation_widened() {
    let interval = |date: &HistoricalDate| {
        (
            date.earliest().unwrap().iso(Calendar::Julian),
            date.latest().unwrap().iso(Calendar::Julian),
        )
    };
    let strings = |a: &str, b: &str| (a.to_string(), b.to_string());
    assert_eq!(
        interval(&julian("1917-10-25")),
        strings("1917-10-25", "1917-10-25")
    );
    assert_eq!(
        interval(&julian("1917-10-25~")),
        strings("1917-10-18", "1917-11-01")
    );
    assert_eq!(
        interval(&julian("1917-11~")),
        strings("1917-10-01", "1917-12-31")
    );
    assert_eq!(
        interval(&julian("1917~")),
        strings("1916-01-01", "1918-12-31")
    );
    assert_eq!(
        interval(&julian("1917-11?")),
        strings("1917-11-01", "1917-11-30")
    );
    assert_eq!(julian("1917-10-28/..").latest(), None);
    assert_eq!(julian("../1917-10-28").earliest(), None);
    assert_eq!(julian("../1917-10-28").sort_key().0, i64::MIN);
}

#[test]
fn single_day_only_for_one_day_precision_date() {
    let october_25 = day(Calendar::Julian, 1917, 10, 25);
    assert_eq!(julian("1917-10-25~").single_day(), Some(october_25));
    assert_eq!(julian("1917-10-25?").single_day(), Some(october_25));
    assert_eq!(julian("1917-10").single_day(), None);
    assert_eq!(julian("1917-10-25/1917-10-26").single_day(), None);
    let from_day = HistoricalDate::from_day(october_25, Calendar::Gregorian, CalendarBasis::Stated);
    assert_eq!(from_day.as_written(), "1917-11-07");
    assert_eq!(from_day.single_day(), Some(october_25));
}

#[test]
fn compares_by_intervals_of_days() {
    let cases = [
        (
            julian("1917-10-25"),
            gregorian("1917-11-07"),
            DateOrder::Same,
        ),
        (
            julian("1917-10-25"),
            julian("1917-10-26"),
            DateOrder::Before,
        ),
        (julian("1917-11"), julian("1917-10-31"), DateOrder::After),
        (
            julian("1917-11"),
            julian("1917-11-15"),
            DateOrder::CannotTell,
        ),
        (
            julian("1917-11-01"),
            gregorian("1917-11"),
            DateOrder::CannotTell,
        ),
        (
            julian("1917-10-20"),
            gregorian("1917-11"),
            DateOrder::CannotTell,
        ),
        (
            julian("1917-10-18"),
            gregorian("1917-11"),
            DateOrder::Before,
        ),
        (
            julian("1917-10-25~"),
            julian("1917-10-25~"),
            DateOrder::CannotTell,
        ),
        (julian("1917-10-25?"), julian("1917-10-25"), DateOrder::Same),
        (
            julian("1917-10-25~"),
            julian("1917-11-02"),
            DateOrder::Before,
        ),
        (
            julian("1917-10-25~"),
            julian("1917-11-01"),
            DateOrder::CannotTell,
        ),
        (
            julian("../1917-10-24"),
            julian("1917-10-25"),
            DateOrder::Before,
        ),
        (
            julian("1917-10-28/.."),
            julian("1917-12"),
            DateOrder::CannotTell,
        ),
        (
            julian("1917-10-28/.."),
            julian("1917-10-27"),
            DateOrder::After,
        ),
    ];
    for (first, second, expected) in cases {
        assert_eq!(
            first.compare(&second),
            expected,
            "{} vs {}",
            first.as_written(),
            second.as_written()
        );
    }
}

#[test]
fn relates_to_a_day() {
    let october_25 = day(Calendar::Julian, 1917, 10, 25);
    let cases = [
        ("1917-10-25", DayRelation::On),
        ("1917-10-25?", DayRelation::On),
        ("1917-10-25~", DayRelation::MaybeOn),
        ("1917-10", DayRelation::MaybeOn),
        ("1917-10-24", DayRelation::Before),
        ("1917-11", DayRelation::After),
        ("../1917-10-25", DayRelation::MaybeOn),
        ("1917-10-26/..", DayRelation::After),
        ("1917-10-24/1917-10-25", DayRelation::MaybeOn),
    ];
    for (text, expected) in cases {
        assert_eq!(julian(text).relation_to(october_25), expected, "{text}");
    }
}
