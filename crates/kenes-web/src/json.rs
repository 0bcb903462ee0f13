//! The JSON shapes kenes speaks wherever it gives data — the explorer's API
//! and the command line's `--json` and export — so that one event or date
//! reads the same from both: dates as written, in both calendars, as EDTF,
//! with precision, qualifiers and bounds; timeline events with their date.

use kenes_analysis::timeline::TimelineEntry;
use kenes_model::date::{Calendar, HistoricalDate, Precision};
use schemars::JsonSchema;
use serde::Serialize;

/// A historical date in both calendars.
#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonDate {
    /// The date exactly as the model writes it.
    pub as_written: String,
    /// The calendar it is written in: `julian` (Old Style) or `gregorian` (New Style).
    pub calendar: &'static str,
    /// Whether the calendar is stated by the source or inferred for the whole model.
    pub basis: &'static str,
    /// In the Julian calendar: `YYYY-MM-DD` for a day, a `from/to` range otherwise.
    pub julian: String,
    /// In the Gregorian calendar, likewise.
    pub gregorian: String,
    /// Extended Date/Time Format (Gregorian, as EDTF has no calendar).
    pub edtf: String,
    /// Both renderings for readers: "25 Oct 1917 O.S. = 7 Nov 1917 N.S.".
    pub dual: String,
    /// `day`, `month` or `year`.
    pub precision: &'static str,
    pub approximate: bool,
    pub uncertain: bool,
    pub range: bool,
    /// First day it can denote, Gregorian `YYYY-MM-DD`; null for an open start.
    pub earliest: Option<String>,
    /// Last day it can denote, Gregorian `YYYY-MM-DD`; null for an open end.
    pub latest: Option<String>,
}

pub fn precision_name(precision: Precision) -> &'static str {
    match precision {
        Precision::Day => "day",
        Precision::Month => "month",
        Precision::Year => "year",
    }
}

impl JsonDate {
    pub fn of(date: &HistoricalDate) -> JsonDate {
        JsonDate {
            as_written: date.as_written().to_owned(),
            calendar: date.calendar().as_str(),
            basis: match date.basis() {
                kenes_model::date::CalendarBasis::Stated => "stated",
                kenes_model::date::CalendarBasis::Inferred => "inferred",
            },
            julian: date.iso(Calendar::Julian),
            gregorian: date.iso(Calendar::Gregorian),
            edtf: date.edtf(),
            dual: date.render_dual(),
            precision: precision_name(date.precision()),
            approximate: date.is_approximate(),
            uncertain: date.is_uncertain(),
            range: date.is_range(),
            earliest: date.earliest().map(|d| d.iso(Calendar::Gregorian)),
            latest: date.latest().map(|d| d.iso(Calendar::Gregorian)),
        }
    }
    pub fn opt(date: Option<&HistoricalDate>) -> Option<JsonDate> {
        date.map(JsonDate::of)
    }
}

/// One event of the timeline, as `/api/timeline` and `kenes timeline --json` give it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct TimelineEvent {
    pub event: String,
    pub title: String,
    pub kind: &'static str,
    /// `held` or `planned`.
    pub status: &'static str,
    /// Absent when the event is undated.
    pub date: Option<JsonDate>,
    /// The date in the Julian calendar (O.S.), "" when undated.
    pub old_style: String,
    /// The date in the Gregorian calendar (N.S.), "" when undated.
    pub new_style: String,
    pub approximate: bool,
    pub uncertain: bool,
    pub range: bool,
    pub undated: bool,
    pub place: Option<String>,
    pub participants: Vec<String>,
    pub claims: Vec<String>,
}

impl TimelineEvent {
    pub fn of(entry: &TimelineEntry) -> TimelineEvent {
        TimelineEvent {
            event: entry.event.to_string(),
            title: entry.title.clone(),
            kind: entry.kind.as_str(),
            status: entry.status.as_str(),
            date: JsonDate::opt(entry.date.as_ref()),
            old_style: entry.old_style.clone(),
            new_style: entry.new_style.clone(),
            approximate: entry.approximate,
            uncertain: entry.uncertain,
            range: entry.range,
            undated: entry.undated,
            place: entry.place.as_ref().map(ToString::to_string),
            participants: entry.participants.iter().map(ToString::to_string).collect(),
            claims: entry.claims.iter().map(ToString::to_string).collect(),
        }
    }
}
