//! Fuzz target: any UTF-8 text read as a historical date in both calendars
//! must either be refused with an error or give a date whose every rendering,
//! conversion and comparison runs without panicking and stays consistent.

#![no_main]

use kenes_model::date::{Calendar, CalendarBasis, DateOrder, HistoricalDate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let dates: Vec<HistoricalDate> = [Calendar::Julian, Calendar::Gregorian]
        .into_iter()
        .filter_map(
            |calendar| match HistoricalDate::parse(text, calendar, CalendarBasis::Stated) {
                Ok(date) => Some(date),
                Err(error) => {
                    assert!(
                        error.column >= 1 && error.column <= text.chars().count() + 1,
                        "{error}"
                    );
                    None
                }
            },
        )
        .collect();
    for date in &dates {
        exercise(date);
        for other in &dates {
            let order = date.compare(other);
            let reverse = other.compare(date);
            let mirrored = match order {
                DateOrder::Before => DateOrder::After,
                DateOrder::After => DateOrder::Before,
                same_or_unknown => same_or_unknown,
            };
            assert_eq!(reverse, mirrored);
        }
    }
});

fn exercise(date: &HistoricalDate) {
    assert_eq!(date.as_written(), date.as_written().trim());
    for calendar in [Calendar::Julian, Calendar::Gregorian] {
        let _ = date.render(calendar);
        let iso = date.iso(calendar);
        let reparsed =
            HistoricalDate::parse(&iso, calendar, CalendarBasis::Stated).unwrap_or_else(|error| {
                panic!(
                    "iso {iso:?} of {:?} does not parse: {error}",
                    date.as_written()
                )
            });
        assert!(reparsed.precision() <= date.precision());
    }
    let _ = (
        date.render_dual(),
        date.edtf(),
        date.sort_key(),
        date.precision(),
    );
    let _ = (
        date.is_range(),
        date.is_approximate(),
        date.is_uncertain(),
        date.single_day(),
    );
    if let Some(day) = date.earliest() {
        let _ = date.relation_to(day);
        let _ = date.relation_to(day.previous());
    }
    if let Some(day) = date.latest() {
        let _ = date.relation_to(day.next());
    }
    let (earliest, latest) = date.sort_key();
    assert!(earliest <= latest);
    assert_eq!(date.compare(date) == DateOrder::Same, earliest == latest);
}
