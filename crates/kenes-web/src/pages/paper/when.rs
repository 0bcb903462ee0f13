//! The day a paragraph speaks of, and the system on that day in a few lines.
//!
//! A paragraph speaks of the days of what its quoted claims attest: the
//! events and standing stances that rest on those claims. The latest such
//! day is the paragraph's (a paragraph tells a story up to its last step);
//! beside it go the lines of the system on that day that rest on the
//! paragraph's own claims, then who holds power, a few at most, with a link
//! to the whole state.

use std::cmp::Reverse;
use std::collections::HashMap;

use kenes_analysis::state::{State, state_at, state_lines};
use kenes_model::date::{Calendar, CalendarBasis, Day, HistoricalDate, Precision};
use kenes_model::{ClaimId, Model};

/// How many lines of the state a paragraph shows at most.
const KEY_LINES: usize = 4;

/// The system on the day a paragraph speaks of, in brief.
#[derive(Clone, Debug)]
pub struct When {
    pub day: Day,
    /// The day in Old Style and New Style: "28 Oct 1917".
    pub old_style: String,
    pub new_style: String,
    /// The day as `/state?at=` reads it (in the model's calendar).
    pub at: String,
    /// The key lines of the state on that day.
    pub lines: Vec<String>,
    /// How many lines the whole state has.
    pub total: usize,
    /// Set when the day lies outside the model's period.
    pub beyond: Option<String>,
}

/// For each claim, the day of what rests on it: the latest day of the events
/// and stances dated to the day that rest on it, or, when none is, the latest
/// day of those dated only to a month or year (a month's last day would
/// otherwise outrun every precise date). A paragraph takes the greatest of
/// its claims' in the same order.
pub fn claim_days(model: &Model) -> HashMap<&ClaimId, Dated> {
    let mut days: HashMap<&ClaimId, Dated> = HashMap::new();
    let events = model
        .events()
        .iter()
        .filter_map(|e| Some((e.date()?, e.origin().claims())));
    let stances = model
        .stances()
        .iter()
        .map(|s| (s.date(), s.origin().claims()));
    for (date, claims) in events.chain(stances) {
        let Some(day) = date.latest().or_else(|| date.earliest()) else {
            continue;
        };
        let key = Dated {
            finer: Reverse(date.precision()),
            day,
        };
        for claim in claims {
            let best = days.entry(claim).or_insert(key);
            *best = (*best).max(key);
        }
    }
    days
}

/// The day of what a claim attests, and how finely its date is known:
/// ordered so that the greatest is the latest of the finest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Dated {
    finer: Reverse<Precision>,
    pub day: Day,
}

/// The states of the days asked for, each computed once.
#[derive(Default)]
pub struct States {
    computed: HashMap<Day, State>,
}

impl States {
    /// The system on `day`, in brief, as seen from a paragraph quoting `claims`.
    pub fn when(&mut self, model: &Model, day: Day, claims: &[&ClaimId]) -> When {
        let state = self
            .computed
            .entry(day)
            .or_insert_with(|| state_at(model, day));
        let lines = state_lines(model, state);
        let rests_on_paragraph =
            |claims_of_line: &[ClaimId]| claims_of_line.iter().any(|c| claims.contains(&c));
        let own = lines
            .iter()
            .filter(|l| rests_on_paragraph(&l.evidence.claims));
        let power = lines
            .iter()
            .filter(|l| l.what == "power" && !rests_on_paragraph(&l.evidence.claims));
        let key = own.chain(power).take(KEY_LINES).map(|l| l.text.clone());
        When {
            day,
            old_style: render(day, Calendar::Julian),
            new_style: render(day, Calendar::Gregorian),
            at: day.iso(model.meta().calendar.calendar()),
            lines: key.collect(),
            total: lines.len(),
            beyond: state.beyond_period.clone(),
        }
    }
}

fn render(day: Day, calendar: Calendar) -> String {
    HistoricalDate::from_day(day, calendar, CalendarBasis::Inferred).render(calendar)
}
