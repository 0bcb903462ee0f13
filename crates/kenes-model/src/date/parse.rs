//! The strict reader of the date syntax documented in [`super`]: `YYYY`,
//! `YYYY-MM`, `YYYY-MM-DD` with an optional `?`, `~` or `%`, and ranges
//! `A/B` whose ends may be `..`. Every error names a column and what was
//! expected there.

use super::day::{YEARS, days_in_month};
use super::point::{Point, Qualifier};
use super::{Calendar, DateError, Day};

/// What a text says, before it is tied to its calendar basis.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Shape {
    Single(Point),
    /// A range; `None` is an open end (`..`). Invariant: not both open, and
    /// the start's first day is not after the end's last day.
    Range {
        start: Option<Point>,
        end: Option<Point>,
    },
}

const QUALIFIERS: &str = "a qualifier '?', '~' or '%'";
const OPEN_ALONE: &str = "'/' (an open end '..' only begins or ends a range)";

/// Reads `text` as a date written in `calendar`.
pub(crate) fn parse(text: &str, calendar: Calendar) -> Result<Shape, DateError> {
    let mut cursor = Cursor {
        chars: text.chars().collect(),
        position: 0,
        calendar,
    };
    let start = cursor.end(true)?;
    if cursor.peek().is_none() {
        return start
            .map(Shape::Single)
            .ok_or_else(|| cursor.error(OPEN_ALONE, 1));
    }
    cursor.position += 1; // the '/', checked by `end`
    let end_column = cursor.column();
    let end = cursor.end(false)?;
    check_range(&cursor, start, end, end_column)?;
    Ok(Shape::Range { start, end })
}

fn check_range(
    cursor: &Cursor,
    start: Option<Point>,
    end: Option<Point>,
    end_column: usize,
) -> Result<(), DateError> {
    let found = || cursor.chars[end_column - 1..].iter().collect::<String>();
    match (start, end) {
        (None, None) => {
            let expected = "a date (a range cannot be open at both ends)";
            Err(DateError::new(end_column, expected, found()))
        }
        (Some(start), Some(end))
            if start.first_day(cursor.calendar) > end.last_day(cursor.calendar) =>
        {
            let expected = "an end on or after the start (range start is after its end)";
            Err(DateError::new(end_column, expected, found()))
        }
        _ => Ok(()),
    }
}

struct Cursor {
    chars: Vec<char>,
    /// 0-based index of the next character.
    position: usize,
    calendar: Calendar,
}

impl Cursor {
    fn column(&self) -> usize {
        self.position + 1
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.position).copied()
    }

    fn eat(&mut self, wanted: char) -> bool {
        let matched = self.peek() == Some(wanted);
        self.position += usize::from(matched);
        matched
    }

    /// The next `width` characters (fewer at the end of the text).
    fn ahead(&self, width: usize) -> String {
        self.chars.iter().skip(self.position).take(width).collect()
    }

    fn error(&self, expected: impl Into<String>, width: usize) -> DateError {
        DateError::new(self.column(), expected, self.ahead(width))
    }

    /// One end of a date: `..` (open, `None`) or a point. `in_start` says
    /// whether a `/` may follow.
    fn end(&mut self, in_start: bool) -> Result<Option<Point>, DateError> {
        if self.ahead(2) != ".." {
            return self.point(in_start).map(Some);
        }
        self.position += 2;
        match (self.peek(), in_start) {
            (None, false) | (Some('/'), true) => Ok(None),
            (_, false) => Err(self.error("end of date", 1)),
            (None, true) => Ok(None), // reported by `parse`, which knows it is alone
            (Some(_), true) => Err(self.error(OPEN_ALONE, 1)),
        }
    }

    fn point(&mut self, in_start: bool) -> Result<Point, DateError> {
        let column = self.column();
        let year = self.number(4, "a year 0001–9999")?;
        let year = i32::try_from(year).ok().filter(|year| YEARS.contains(year));
        let year =
            year.ok_or_else(|| DateError::new(self.column() - 4, "a year 0001–9999", "0000"))?;
        let mut point = Point {
            year,
            month: None,
            day: None,
            qualifier: Qualifier::default(),
        };
        if self.eat('-') {
            let month = self.month()?;
            point.month = Some(month);
            if self.eat('-') {
                point.day = Some(self.day(year, month)?);
            }
        }
        self.check_other_calendar(&point, column)?;
        point.qualifier = self.qualifier();
        self.check_follower(&point, in_start)?;
        Ok(point)
    }

    /// Every written date must also be writable in the other calendar, whose
    /// years are limited to 0001–9999 too: this refuses the first two days of
    /// Julian year 1 and Julian dates from 20 Oct 9999 on.
    fn check_other_calendar(&self, point: &Point, column: usize) -> Result<(), DateError> {
        let other = self.calendar.other();
        let inside = |day: Day| YEARS.contains(&day.ymd(other).0);
        if inside(point.first_day(self.calendar)) && inside(point.last_day(self.calendar)) {
            return Ok(());
        }
        let expected =
            format!("a date that falls in the years 0001–9999 of the {other} calendar too");
        let found: String = self.chars[column - 1..self.position].iter().collect();
        Err(DateError::new(column, expected, found))
    }

    /// `width` ASCII digits as a number.
    fn number(&mut self, width: usize, expected: &str) -> Result<u32, DateError> {
        let digits = self.ahead(width);
        if digits.chars().count() != width || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(self.error(expected, width));
        }
        self.position += width;
        Ok(digits.parse().expect("ASCII digits"))
    }

    fn month(&mut self) -> Result<u8, DateError> {
        const EXPECTED: &str = "a month 01–12";
        let month = self.number(2, EXPECTED)?;
        match u8::try_from(month) {
            Ok(month @ 1..=12) => Ok(month),
            _ => Err(DateError::new(
                self.column() - 2,
                EXPECTED,
                format!("{month:02}"),
            )),
        }
    }

    fn day(&mut self, year: i32, month: u8) -> Result<u8, DateError> {
        const EXPECTED: &str = "a day 01–31";
        let day = self.number(2, EXPECTED)?;
        let column = self.column() - 2;
        let day = match u8::try_from(day) {
            Ok(day @ 1..=31) => day,
            _ => return Err(DateError::new(column, EXPECTED, format!("{day:02}"))),
        };
        let last = days_in_month(self.calendar, year, month);
        if day > last {
            let expected = format!(
                "a day 01–{last} (day {day} does not exist in {year:04}-{month:02} ({}))",
                self.calendar
            );
            return Err(DateError::new(column, expected, format!("{day:02}")));
        }
        Ok(day)
    }

    fn qualifier(&mut self) -> Qualifier {
        let qualifier = match self.peek() {
            Some('?') => Qualifier {
                uncertain: true,
                approximate: false,
            },
            Some('~') => Qualifier {
                uncertain: false,
                approximate: true,
            },
            Some('%') => Qualifier {
                uncertain: true,
                approximate: true,
            },
            _ => return Qualifier::default(),
        };
        self.position += 1;
        qualifier
    }

    /// After a point only the end of the text, or `/` in a range's start, may
    /// follow; the message lists what else could have come at that place.
    fn check_follower(&self, point: &Point, in_start: bool) -> Result<(), DateError> {
        match self.peek() {
            None => return Ok(()),
            Some('/') if in_start => return Ok(()),
            Some(_) => {}
        }
        let mut options = Vec::new();
        if point.qualifier == Qualifier::default() {
            if point.day.is_none() {
                options.push("'-'");
            }
            options.push(QUALIFIERS);
        }
        if in_start {
            options.push("'/'");
        }
        options.push("end of date");
        Err(self.error(one_of(&options), 1))
    }
}

/// "a, b or c".
fn one_of(options: &[&str]) -> String {
    match options.split_last() {
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}
