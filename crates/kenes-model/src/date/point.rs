//! [`Point`]: one written date (a year, a month or a day, with its
//! qualifiers) and the interval of days it denotes in the calendar it is
//! written in.

use super::day::{days_in_month, days_in_year};
use super::{APPROXIMATE_DAYS, Calendar, Day, Precision};

/// The EDTF qualifiers of one written date.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct Qualifier {
    /// `?`: the source's date is doubted.
    pub(crate) uncertain: bool,
    /// `~`: the date is "about" the one written.
    pub(crate) approximate: bool,
}

impl Qualifier {
    /// The EDTF suffix: `""`, `"?"`, `"~"` or `"%"`.
    pub(crate) fn edtf(self) -> &'static str {
        match (self.uncertain, self.approximate) {
            (false, false) => "",
            (true, false) => "?",
            (false, true) => "~",
            (true, true) => "%",
        }
    }
}

/// A year, month or day as written. Invariant: the month is `Some` whenever
/// the day is, and the fields name a day, month or year that exists in the
/// calendar the point is read in (the parser checks it).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Point {
    pub(crate) year: i32,
    pub(crate) month: Option<u8>,
    pub(crate) day: Option<u8>,
    pub(crate) qualifier: Qualifier,
}

impl Point {
    pub(crate) fn of_day(day: Day, calendar: Calendar, qualifier: Qualifier) -> Point {
        let (year, month, day) = day.ymd(calendar);
        Point {
            year,
            month: Some(month),
            day: Some(day),
            qualifier,
        }
    }

    pub(crate) fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (_, Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            (None, None) => Precision::Year,
        }
    }

    /// The first day the written point covers (ignoring approximation).
    pub(crate) fn first_day(&self, calendar: Calendar) -> Day {
        let month = self.month.unwrap_or(1);
        Day::from_valid_ymd(calendar, self.year, month, self.day.unwrap_or(1))
    }

    /// The last day the written point covers (ignoring approximation).
    pub(crate) fn last_day(&self, calendar: Calendar) -> Day {
        let month = self.month.unwrap_or(12);
        let day = self
            .day
            .unwrap_or_else(|| days_in_month(calendar, self.year, month));
        Day::from_valid_ymd(calendar, self.year, month, day)
    }

    /// The first day the point can denote: approximation widens it by one
    /// unit of its precision (see [`super::APPROXIMATE_DAYS`]).
    pub(crate) fn earliest(&self, calendar: Calendar) -> Day {
        let first = self.first_day(calendar);
        if !self.qualifier.approximate {
            return first;
        }
        match self.precision() {
            Precision::Day => first.plus(-APPROXIMATE_DAYS),
            Precision::Month => {
                first.plus(-days_in_previous_month(calendar, self.year, self.month))
            }
            Precision::Year => first.plus(-days_in_year(calendar, self.year - 1)),
        }
    }

    /// The last day the point can denote, widened like [`Point::earliest`].
    pub(crate) fn latest(&self, calendar: Calendar) -> Day {
        let last = self.last_day(calendar);
        if !self.qualifier.approximate {
            return last;
        }
        match self.precision() {
            Precision::Day => last.plus(APPROXIMATE_DAYS),
            Precision::Month => last.plus(days_in_next_month(calendar, self.year, self.month)),
            Precision::Year => last.plus(days_in_year(calendar, self.year + 1)),
        }
    }
}

fn days_in_previous_month(calendar: Calendar, year: i32, month: Option<u8>) -> i64 {
    let (year, month) = match month {
        Some(1) | None => (year - 1, 12),
        Some(month) => (year, month - 1),
    };
    i64::from(days_in_month(calendar, year, month))
}

fn days_in_next_month(calendar: Calendar, year: i32, month: Option<u8>) -> i64 {
    let (year, month) = match month {
        Some(12) | None => (year + 1, 1),
        Some(month) => (year, month + 1),
    };
    i64::from(days_in_month(calendar, year, month))
}
