//! Historical dates as the sources write them: in the Julian (Old Style) or
//! Gregorian (New Style) calendar, known to the day, month or year, possibly
//! approximate or uncertain, single or a range with open ends.
//!
//! Russia kept the Julian calendar until 1 (14) February 1918, so the dates of
//! the Turkestan sources are Old Style. A [`HistoricalDate`] keeps the text as
//! written and the calendar it is written in; [`Day`] is a calendar-free day (a
//! Julian Day Number), so dates of either calendar can be compared and shown in
//! both. Conversion between the calendars is done by `icu_calendar`.
//!
//! # Text syntax
//!
//! A strict subset of EDTF (ISO 8601-2, level 1); the calendar is *not* part
//! of the text, the caller passes it (a model records it once for all dates).
//!
//! | text | meaning |
//! | --- | --- |
//! | `1917-10-25` | one day (year of four digits 0001–9999, two-digit month and day) |
//! | `1917-11` | a month |
//! | `1917` | a year |
//! | `1917-10-25?` | uncertain: the source's date is doubted |
//! | `1917-10-25~` | approximate: "about 25 October" |
//! | `1917-10-25%` | both uncertain and approximate |
//! | `1917-11-19/1917-11-22` | a range; ends may differ in precision and qualifiers (`1917-11/1917-12-03~`) |
//! | `1917-10-28/..`, `../1917-11-01` | a range open at one end |
//!
//! Nothing else is accepted: no whitespace, no other separators, no open
//! single date, no range open at both ends, no range whose start lies after
//! its end (its first day after the end's last day), and no date that would
//! fall outside the years 0001–9999 of the other calendar (Julian
//! 1–2 Jan 1 and 20 Oct 9999 on). Errors name the 1-based character column
//! and what was expected:
//!
//! ```
//! use kenes_model::date::{Calendar, CalendarBasis, HistoricalDate};
//! let error = HistoricalDate::parse("1917-13", Calendar::Julian, CalendarBasis::Stated)
//!     .unwrap_err();
//! assert_eq!(error.to_string(), "column 6: expected a month 01–12, found \"13\"");
//! ```
//!
//! # Semantics
//!
//! A date denotes an interval of days `[earliest, latest]` (an open end is
//! `None`). A month or year written in one calendar is a run of days that, in
//! the other calendar, is shown as a day range.
//!
//! *Approximate* (`~`, `%`) widens an end by one unit of its precision on each
//! side: a day by [`APPROXIMATE_DAYS`] days, a month to the whole months before
//! and after it, a year to the whole years before and after it. So "c. Nov
//! 1917" denotes October–December 1917. *Uncertain* (`?`) keeps the interval
//! and is only reported.
//!
//! [`HistoricalDate::compare`] says `Before`/`After` only when the intervals
//! do not overlap, `Same` only when both are the same single day, and
//! `CannotTell` otherwise.
//!
//! ```
//! use kenes_model::date::{Calendar, CalendarBasis, HistoricalDate};
//! let revolution = HistoricalDate::parse("1917-10-25", Calendar::Julian, CalendarBasis::Stated)?;
//! assert_eq!(revolution.render_dual(), "25 Oct 1917 O.S. = 7 Nov 1917 N.S.");
//! assert_eq!(revolution.edtf(), "1917-11-07");
//! # Ok::<(), kenes_model::date::DateError>(())
//! ```

mod day;
mod error;
mod historical;
mod parse;
mod point;
mod render;

pub use day::Day;
pub use error::DateError;
pub use historical::HistoricalDate;

/// How many days an approximate (`~`) day-precision date may lie either side
/// of the day written.
pub const APPROXIMATE_DAYS: i64 = 7;

/// The calendar a date is written in.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Calendar {
    /// Old Style: used in Russia until 31 January 1918 (O.S.).
    Julian,
    /// New Style: used in Russia from 14 February 1918 (N.S.).
    Gregorian,
}

impl Calendar {
    /// Reads a calendar name, case-insensitively: `julian`, `old-style`, `os`,
    /// `o.s.`; `gregorian`, `new-style`, `ns`, `n.s.`.
    pub fn parse(name: &str) -> Option<Calendar> {
        match name.to_ascii_lowercase().as_str() {
            "julian" | "old-style" | "os" | "o.s." => Some(Calendar::Julian),
            "gregorian" | "new-style" | "ns" | "n.s." => Some(Calendar::Gregorian),
            _ => None,
        }
    }

    /// `"julian"` or `"gregorian"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Calendar::Julian => "julian",
            Calendar::Gregorian => "gregorian",
        }
    }

    /// `"O.S."` or `"N.S."`, as historians mark dates.
    pub fn style(self) -> &'static str {
        match self {
            Calendar::Julian => "O.S.",
            Calendar::Gregorian => "N.S.",
        }
    }

    /// The other calendar.
    pub fn other(self) -> Calendar {
        match self {
            Calendar::Julian => Calendar::Gregorian,
            Calendar::Gregorian => Calendar::Julian,
        }
    }
}

impl std::fmt::Display for Calendar {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Whether a date's calendar is written in the source (`Stated`) or inferred
/// once for the whole source or model (`Inferred`).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CalendarBasis {
    Stated,
    Inferred,
}

/// How finely a date (or an end of a range) is known. Ordered from finest to
/// coarsest, so the coarsest of several is their maximum.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    Day,
    Month,
    Year,
}

impl Precision {
    /// `"day"`, `"month"` or `"year"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }
}

/// The order of two dates, as far as their intervals of days allow to tell.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum DateOrder {
    /// Every day of the first lies before every day of the second.
    Before,
    /// Both are the same single day.
    Same,
    /// Every day of the first lies after every day of the second.
    After,
    /// The intervals overlap (or one is open towards the other).
    CannotTell,
}

/// Where a date lies relative to one day.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum DayRelation {
    /// The date lies wholly before the day.
    Before,
    /// The date is exactly that day (not approximate).
    On,
    /// The date may be that day: a range, a month or year, or an approximate
    /// day containing it.
    MaybeOn,
    /// The date lies wholly after the day.
    After,
}
