//! [`Day`]: one day independent of any calendar, kept as a Julian Day Number,
//! with the exact Julian⇄Gregorian conversion delegated to `icu_calendar`.

use icu_calendar::types::RataDie;
use icu_calendar::{Date, Gregorian, cal::Julian};

use super::{Calendar, DateError};

/// Julian Day Number of Rata Die 0 (31 Dec 1 BC, proleptic Gregorian):
/// `icu_calendar` counts days from Rata Die 1 = 1 Jan 1 AD (Gregorian).
const JDN_OF_RATA_DIE_ZERO: i64 = 1_721_425;

/// The years a [`Day`] can be built from (and shown in) either calendar.
pub(crate) const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// One day, whatever calendar names it. Ordered by time.
///
/// Internally a Julian Day Number (JDN; 1 Jan 2000 Gregorian is 2 451 545).
/// [`Day::ymd`] and [`Day::iso`] are exact for days in years 1–9999 of the
/// calendar asked for; a day outside that span is shown as the nearest day
/// `icu_calendar` supports.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Day(i64);

impl Day {
    /// The day `year-month-day` of `calendar`; rejects days that do not exist
    /// there (30 Feb; 29 Feb 1900 is Julian only) and years outside 1–9999.
    pub fn from_ymd(calendar: Calendar, year: i32, month: u8, day: u8) -> Result<Day, DateError> {
        if !YEARS.contains(&year) {
            return Err(DateError::new(0, "a year 1–9999", year.to_string()));
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::new(0, "a month 1–12", month.to_string()));
        }
        let last = days_in_month(calendar, year, month);
        if !(1..=last).contains(&day) {
            let expected = format!("a day 1–{last} of {year:04}-{month:02} ({calendar})");
            return Err(DateError::new(0, expected, day.to_string()));
        }
        Ok(Day::from_valid_ymd(calendar, year, month, day))
    }

    /// The year, month (1–12) and day of month of this day in `calendar`.
    pub fn ymd(self, calendar: Calendar) -> (i32, u8, u8) {
        let rata_die = RataDie::new(self.0 - JDN_OF_RATA_DIE_ZERO);
        match calendar {
            Calendar::Julian => parts(&Date::from_rata_die(rata_die, Julian)),
            Calendar::Gregorian => parts(&Date::from_rata_die(rata_die, Gregorian)),
        }
    }

    pub fn from_jdn(jdn: i64) -> Day {
        Day(jdn)
    }

    pub fn jdn(self) -> i64 {
        self.0
    }

    /// `YYYY-MM-DD` in `calendar`, e.g. `"1917-10-25"`.
    pub fn iso(self, calendar: Calendar) -> String {
        let (year, month, day) = self.ymd(calendar);
        format!("{year:04}-{month:02}-{day:02}")
    }

    pub fn next(self) -> Day {
        Day(self.0 + 1)
    }

    pub fn previous(self) -> Day {
        Day(self.0 - 1)
    }

    /// The day `days` later (earlier when negative).
    pub fn plus(self, days: i64) -> Day {
        Day(self.0 + days)
    }

    /// Builds a day already checked to exist; `icu_calendar` accepts years
    /// −9999…9999, which lets approximate dates widen past year 1 or 9999.
    pub(crate) fn from_valid_ymd(calendar: Calendar, year: i32, month: u8, day: u8) -> Day {
        let rata_die = match calendar {
            Calendar::Julian => {
                Date::try_new_julian(year, month, day).map(|date| date.to_rata_die())
            }
            Calendar::Gregorian => {
                Date::try_new_gregorian(year, month, day).map(|date| date.to_rata_die())
            }
        };
        let rata_die = rata_die.expect("the caller checked that the day exists");
        Day(rata_die.to_i64_date() + JDN_OF_RATA_DIE_ZERO)
    }
}

fn parts<A: icu_calendar::AsCalendar>(date: &Date<A>) -> (i32, u8, u8) {
    (
        date.year().extended_year(),
        date.month().ordinal,
        date.day_of_month().0,
    )
}

/// Whether `year` has a 29 February in `calendar`.
pub(crate) fn is_leap_year(calendar: Calendar, year: i32) -> bool {
    match calendar {
        Calendar::Julian => year.rem_euclid(4) == 0,
        Calendar::Gregorian => {
            year.rem_euclid(4) == 0 && (year.rem_euclid(100) != 0 || year.rem_euclid(400) == 0)
        }
    }
}

/// The number of days of `month` (1–12) of `year` in `calendar`.
pub(crate) fn days_in_month(calendar: Calendar, year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(calendar, year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The number of days of `year` in `calendar`.
pub(crate) fn days_in_year(calendar: Calendar, year: i32) -> i64 {
    if is_leap_year(calendar, year) {
        366
    } else {
        365
    }
}
