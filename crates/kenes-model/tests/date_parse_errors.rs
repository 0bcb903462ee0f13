//! The parser's error messages: each bad input with the exact column and
//! expectation it must report.

use kenes_model::date::{Calendar, CalendarBasis, HistoricalDate};

fn error(text: &str, calendar: Calendar) -> String {
    match HistoricalDate::parse(text, calendar, CalendarBasis::Stated) {
        Ok(date) => panic!("{text:?} parsed as {date:?}"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn bad_inputs_report_column_and_expectation() {
    let after_year = "'-', a qualifier '?', '~' or '%', '/' or end of date";
    let cases: &[(&str, &str)] = &[
        ("", "column 1: expected a year 0001–9999, found end of date"),
        ("17", "column 1: expected a year 0001–9999, found \"17\""),
        (
            "0000",
            "column 1: expected a year 0001–9999, found \"0000\"",
        ),
        (
            " 1917",
            "column 1: expected a year 0001–9999, found \" 191\"",
        ),
        ("1917-13", "column 6: expected a month 01–12, found \"13\""),
        ("1917-00", "column 6: expected a month 01–12, found \"00\""),
        ("1917-1", "column 6: expected a month 01–12, found \"1\""),
        ("1917-10-32", "column 9: expected a day 01–31, found \"32\""),
        ("1917-10-00", "column 9: expected a day 01–31, found \"00\""),
        ("1917-10-2", "column 9: expected a day 01–31, found \"2\""),
        (
            "1917-11-31",
            "column 9: expected a day 01–30 (day 31 does not exist in 1917-11 (julian)), found \"31\"",
        ),
        (
            "1917-02-29",
            "column 9: expected a day 01–28 (day 29 does not exist in 1917-02 (julian)), found \"29\"",
        ),
        (
            "19170",
            &format!("column 5: expected {after_year}, found \"0\""),
        ),
        (
            "1917 ",
            &format!("column 5: expected {after_year}, found \" \""),
        ),
        (
            "1917.10",
            &format!("column 5: expected {after_year}, found \".\""),
        ),
        (
            "1917-10-25 ",
            "column 11: expected a qualifier '?', '~' or '%', '/' or end of date, found \" \"",
        ),
        (
            "1917-10-25??",
            "column 12: expected '/' or end of date, found \"?\"",
        ),
        (
            "1917-10-25/1917-11-01/1917-12",
            "column 22: expected a qualifier '?', '~' or '%' or end of date, found \"/\"",
        ),
        (
            "1917-10-25/1917-11~?",
            "column 20: expected end of date, found \"?\"",
        ),
        (
            "1917-10-25/",
            "column 12: expected a year 0001–9999, found end of date",
        ),
        (
            "1917-11-02/1917-11-01",
            "column 12: expected an end on or after the start (range start is after its end), found \"1917-11-01\"",
        ),
        (
            "1917-12/1917-11",
            "column 9: expected an end on or after the start (range start is after its end), found \"1917-11\"",
        ),
        (
            "..",
            "column 3: expected '/' (an open end '..' only begins or ends a range), found end of date",
        ),
        (
            "..1917",
            "column 3: expected '/' (an open end '..' only begins or ends a range), found \"1\"",
        ),
        (
            "../..",
            "column 4: expected a date (a range cannot be open at both ends), found \"..\"",
        ),
        ("1917/..x", "column 8: expected end of date, found \"x\""),
        ("1917-١٠", "column 6: expected a month 01–12, found \"١٠\""),
        (
            "Oct 1917",
            "column 1: expected a year 0001–9999, found \"Oct \"",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(error(text, Calendar::Julian), *expected, "input {text:?}");
    }
}

/// Found by the `date_parse` fuzz target: Julian Dec 9999 is partly in
/// Gregorian year 10000, whose ISO form would not read back.
#[test]
fn dates_beyond_the_other_calendars_years_are_refused() {
    let beyond = "a date that falls in the years 0001–9999 of the gregorian calendar too";
    let cases = [
        (
            "9999-12",
            format!("column 1: expected {beyond}, found \"9999-12\""),
        ),
        (
            "9999",
            format!("column 1: expected {beyond}, found \"9999\""),
        ),
        (
            "0001-01-02",
            format!("column 1: expected {beyond}, found \"0001-01-02\""),
        ),
        (
            "1917/9999-10-20",
            format!("column 6: expected {beyond}, found \"9999-10-20\""),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(error(text, Calendar::Julian), expected, "input {text:?}");
    }
    for accepted in ["9999-10-19", "0001-01-03"] {
        let date =
            HistoricalDate::parse(accepted, Calendar::Julian, CalendarBasis::Stated).unwrap();
        let gregorian = date.iso(Calendar::Gregorian);
        assert!(
            HistoricalDate::parse(&gregorian, Calendar::Gregorian, CalendarBasis::Stated).is_ok()
        );
    }
    assert!(
        HistoricalDate::parse("9999-12-31", Calendar::Gregorian, CalendarBasis::Stated).is_ok()
    );
    assert!(
        HistoricalDate::parse("0001-01-01", Calendar::Gregorian, CalendarBasis::Stated).is_ok()
    );
}

#[test]
fn day_existence_depends_on_the_calendar() {
    assert!(HistoricalDate::parse("1900-02-29", Calendar::Julian, CalendarBasis::Stated).is_ok());
    assert_eq!(
        error("1900-02-29", Calendar::Gregorian),
        "column 9: expected a day 01–28 (day 29 does not exist in 1900-02 (gregorian)), found \"29\""
    );
}

#[test]
fn error_fields_are_public() {
    let error =
        HistoricalDate::parse("1917-13", Calendar::Julian, CalendarBasis::Stated).unwrap_err();
    assert_eq!(
        (error.column, error.expected.as_str(), error.found.as_str()),
        (6, "a month 01–12", "13")
    );
}
