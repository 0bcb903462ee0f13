//! Showing a [`HistoricalDate`] in either calendar: as English text
//! ("25 Oct 1917", "19–22 Nov 1917", "c. Nov 1917?"), as ISO 8601 and as
//! EDTF. A month or year shown in the calendar it is not written in becomes
//! the range of days it covers there.

use super::HistoricalDate;
use super::parse::Shape;
use super::point::{Point, Qualifier};
use super::{Calendar, Precision};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date as seen from one calendar: one point, the first and last days of
/// one point written in the other calendar, or a range whose ends are points
/// of this calendar (`None` when open).
enum View {
    One(Point),
    Covered(Point, Point),
    Span(Option<Point>, Option<Point>),
}

impl HistoricalDate {
    /// English text in `calendar`: "25 Oct 1917", "Nov 1917", "19–22 Nov 1917",
    /// "c. 25 Oct 1917", "25 Oct 1917?", "from 28 Oct 1917", "until 1 Nov 1917".
    pub fn render(&self, calendar: Calendar) -> String {
        match self.view(calendar) {
            View::One(point) => text(point),
            View::Covered(first, last) => covered_text(first, last),
            View::Span(Some(start), Some(end)) => span_text(start, end),
            View::Span(Some(start), None) => format!("from {}", text(start)),
            View::Span(None, Some(end)) => format!("until {}", text(end)),
            View::Span(None, None) => "..".to_string(),
        }
    }

    /// Both calendars, the written one first:
    /// "25 Oct 1917 O.S. = 7 Nov 1917 N.S.".
    pub fn render_dual(&self) -> String {
        let written = self.calendar();
        let other = written.other();
        let (first, second) = (self.render(written), self.render(other));
        format!("{first} {} = {second} {}", written.style(), other.style())
    }

    /// ISO 8601 in `calendar`, without qualifiers: "1917-10-25",
    /// "1917-11-19/1917-11-22", "1917-11" (a month in its own calendar),
    /// "1917-11-14/1917-12-13" (a Julian month in the Gregorian calendar),
    /// "1917-10-28/..".
    pub fn iso(&self, calendar: Calendar) -> String {
        self.format_view(calendar, |point| iso(point).to_string())
    }

    /// EDTF (ISO 8601-2) in the Gregorian calendar, with the qualifiers `?`,
    /// `~`, `%` after each end and `..` for an open end.
    pub fn edtf(&self) -> String {
        self.format_view(Calendar::Gregorian, |point| {
            format!("{}{}", iso(point), point.qualifier.edtf())
        })
    }

    fn format_view(&self, calendar: Calendar, format: impl Fn(Point) -> String) -> String {
        let format_end = |end: Option<Point>| end.map_or_else(|| "..".to_string(), &format);
        match self.view(calendar) {
            View::One(point) => format(point),
            View::Covered(first, last) => format!("{}/{}", format(first), format(last)),
            View::Span(start, end) => format!("{}/{}", format_end(start), format_end(end)),
        }
    }

    fn view(&self, calendar: Calendar) -> View {
        let written = self.calendar();
        match *self.shape() {
            Shape::Single(point) => match shown(point, written, calendar) {
                (first, last) if first == last => View::One(first),
                (first, last) => View::Covered(first, last),
            },
            Shape::Range { start, end } => View::Span(
                start.map(|point| shown(point, written, calendar).0),
                end.map(|point| shown(point, written, calendar).1),
            ),
        }
    }
}

/// The point as it stands in `target`: itself in its own calendar, else its
/// first and last days there (the same day for a day-precision point).
fn shown(point: Point, written: Calendar, target: Calendar) -> (Point, Point) {
    if written == target {
        return (point, point);
    }
    let qualifier = point.qualifier;
    let first = Point::of_day(point.first_day(written), target, qualifier);
    let last = Point::of_day(point.last_day(written), target, qualifier);
    (first, last)
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn iso(point: Point) -> String {
    match (point.month, point.day) {
        (Some(month), Some(day)) => format!("{:04}-{month:02}-{day:02}", point.year),
        (Some(month), None) => format!("{:04}-{month:02}", point.year),
        _ => format!("{:04}", point.year),
    }
}

fn month_name(month: u8) -> &'static str {
    MONTHS[usize::from(month) - 1]
}

/// "25 Oct 1917", "Nov 1917" or "1917", without qualifiers.
fn plain(point: Point) -> String {
    match (point.month, point.day) {
        (Some(month), Some(day)) => format!("{day} {} {}", month_name(month), point.year),
        (Some(month), None) => format!("{} {}", month_name(month), point.year),
        _ => point.year.to_string(),
    }
}

/// [`plain`] with "c. " before an approximate and "?" after an uncertain point.
fn text(point: Point) -> String {
    qualified(point.qualifier, plain(point))
}

/// "c. " before approximate and "?" after uncertain text.
fn qualified(qualifier: Qualifier, body: String) -> String {
    let prefix = if qualifier.approximate { "c. " } else { "" };
    let suffix = if qualifier.uncertain { "?" } else { "" };
    format!("{prefix}{body}{suffix}")
}

/// The days one qualified point covers, qualified once:
/// "c. 19 Oct – 17 Nov 1917?".
fn covered_text(first: Point, last: Point) -> String {
    let bare = |point: Point| Point {
        qualifier: Qualifier::default(),
        ..point
    };
    qualified(first.qualifier, span_text(bare(first), bare(last)))
}

/// "19–22 Nov 1917", "28 Oct – 3 Nov 1917", "25 Dec 1917 – 6 Jan 1918";
/// ends with qualifiers or coarser precision are shown in full.
fn span_text(start: Point, end: Point) -> String {
    if start == end {
        return text(start);
    }
    let simple = |point: Point| {
        point.precision() == Precision::Day && point.qualifier == Qualifier::default()
    };
    let (Some(start_day), Some(end_day), true) = (start.day, end.day, simple(start) && simple(end))
    else {
        return format!("{} – {}", text(start), text(end));
    };
    let (start_month, end_month) = (start.month.unwrap_or(1), end.month.unwrap_or(1));
    if start.year != end.year {
        format!("{} – {}", plain(start), plain(end))
    } else if start_month != end_month {
        let start_text = format!("{start_day} {}", month_name(start_month));
        format!(
            "{start_text} – {end_day} {} {}",
            month_name(end_month),
            end.year
        )
    } else {
        format!(
            "{start_day}–{end_day} {} {}",
            month_name(end_month),
            end.year
        )
    }
}
