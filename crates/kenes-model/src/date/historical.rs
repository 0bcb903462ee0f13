//! [`HistoricalDate`]: a date as a source writes it, with its calendar and
//! the interval of days it denotes, compared with other dates and days.

use super::parse::{Shape, parse};
use super::point::{Point, Qualifier};
use super::{Calendar, CalendarBasis, DateError, DateOrder, Day, DayRelation, Precision};

/// A date kept as written (see the syntax in [`super`]), in the calendar it
/// is written in, with whether that calendar is stated or inferred.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct HistoricalDate {
    as_written: String,
    calendar: Calendar,
    basis: CalendarBasis,
    shape: Shape,
}

impl HistoricalDate {
    /// Reads `text` as a date written in `calendar`.
    pub fn parse(
        text: &str,
        calendar: Calendar,
        basis: CalendarBasis,
    ) -> Result<HistoricalDate, DateError> {
        let shape = parse(text, calendar)?;
        Ok(HistoricalDate {
            as_written: text.to_string(),
            calendar,
            basis,
            shape,
        })
    }

    /// One exact day, written as `YYYY-MM-DD` in `calendar`.
    pub fn from_day(day: Day, calendar: Calendar, basis: CalendarBasis) -> HistoricalDate {
        let point = Point::of_day(day, calendar, Qualifier::default());
        let as_written = day.iso(calendar);
        HistoricalDate {
            as_written,
            calendar,
            basis,
            shape: Shape::Single(point),
        }
    }

    /// The text exactly as parsed.
    pub fn as_written(&self) -> &str {
        &self.as_written
    }

    pub fn calendar(&self) -> Calendar {
        self.calendar
    }

    pub fn basis(&self) -> CalendarBasis {
        self.basis
    }

    pub fn is_range(&self) -> bool {
        matches!(self.shape, Shape::Range { .. })
    }

    /// The coarsest precision of its (known) ends.
    pub fn precision(&self) -> Precision {
        self.points()
            .map(|point| point.precision())
            .max()
            .unwrap_or(Precision::Day)
    }

    /// Whether any end is approximate (`~` or `%`).
    pub fn is_approximate(&self) -> bool {
        self.points().any(|point| point.qualifier.approximate)
    }

    /// Whether any end is uncertain (`?` or `%`).
    pub fn is_uncertain(&self) -> bool {
        self.points().any(|point| point.qualifier.uncertain)
    }

    /// The first day it can denote (widened if approximate); `None` for an
    /// open start.
    pub fn earliest(&self) -> Option<Day> {
        self.start().map(|point| point.earliest(self.calendar))
    }

    /// The last day it can denote (widened if approximate); `None` for an
    /// open end.
    pub fn latest(&self) -> Option<Day> {
        self.end().map(|point| point.latest(self.calendar))
    }

    /// The day of a single day-precision date, whatever its qualifiers.
    pub fn single_day(&self) -> Option<Day> {
        match &self.shape {
            Shape::Single(point) if point.precision() == Precision::Day => {
                Some(point.first_day(self.calendar))
            }
            _ => None,
        }
    }

    /// The order of the two intervals of days; see [`DateOrder`].
    pub fn compare(&self, other: &HistoricalDate) -> DateOrder {
        let (earliest, latest) = self.sort_key();
        let (other_earliest, other_latest) = other.sort_key();
        if latest < other_earliest {
            DateOrder::Before
        } else if earliest > other_latest {
            DateOrder::After
        } else if earliest == latest && (other_earliest, other_latest) == (earliest, latest) {
            DateOrder::Same
        } else {
            DateOrder::CannotTell
        }
    }

    /// Where the date lies relative to `day`; see [`DayRelation`].
    pub fn relation_to(&self, day: Day) -> DayRelation {
        let (earliest, latest) = self.sort_key();
        if latest < day.jdn() {
            DayRelation::Before
        } else if earliest > day.jdn() {
            DayRelation::After
        } else if self.single_day() == Some(day) && !self.is_approximate() {
            DayRelation::On
        } else {
            DayRelation::MaybeOn
        }
    }

    /// `(earliest JDN or i64::MIN, latest JDN or i64::MAX)`: orders a
    /// timeline stably, open starts first.
    pub fn sort_key(&self) -> (i64, i64) {
        let earliest = self.earliest().map_or(i64::MIN, Day::jdn);
        let latest = self.latest().map_or(i64::MAX, Day::jdn);
        (earliest, latest)
    }

    /// The written start (`None` when open).
    pub(crate) fn start(&self) -> Option<Point> {
        match self.shape {
            Shape::Single(point) => Some(point),
            Shape::Range { start, .. } => start,
        }
    }

    /// The written end (`None` when open).
    pub(crate) fn end(&self) -> Option<Point> {
        match self.shape {
            Shape::Single(point) => Some(point),
            Shape::Range { end, .. } => end,
        }
    }

    pub(crate) fn shape(&self) -> &Shape {
        &self.shape
    }

    fn points(&self) -> impl Iterator<Item = Point> {
        let (start, end) = match self.shape {
            Shape::Single(point) => (Some(point), None),
            Shape::Range { start, end } => (start, end),
        };
        start.into_iter().chain(end)
    }
}
