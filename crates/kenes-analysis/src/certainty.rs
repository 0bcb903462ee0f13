//! How sure a derived line is, and what it rests on. A line of the state on a
//! day is [`Certainty::Certain`] only when every date behind it lies wholly on
//! or before the day; a date whose span contains the day (a range, an
//! approximate day, a month) makes it [`Certainty::Uncertain`], and power
//! fought over is [`Certainty::Contested`].

use kenes_model::date::{Calendar, DayRelation, Precision};
use kenes_model::date::{Day, HistoricalDate};
use kenes_model::{ClaimId, EventId, StanceId};

/// How sure a line of the state is on the day asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Certainty {
    /// Every date behind the line lies on or before the day.
    Certain,
    /// The line may hold on the day; `reason` says why it is not certain.
    Uncertain { reason: String },
    /// Power is being fought over: no one holds it undisputed.
    Contested,
}

impl Certainty {
    /// `"certain"`, `"uncertain"` or `"contested"`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Certainty::Certain => "certain",
            Certainty::Uncertain { .. } => "uncertain",
            Certainty::Contested => "contested",
        }
    }
    pub fn is_certain(&self) -> bool {
        matches!(self, Certainty::Certain)
    }
    /// The reason of an uncertain line.
    pub fn reason(&self) -> Option<&str> {
        match self {
            Certainty::Uncertain { reason } => Some(reason),
            _ => None,
        }
    }
    pub(crate) fn uncertain(reason: impl Into<String>) -> Certainty {
        Certainty::Uncertain {
            reason: reason.into(),
        }
    }
}

impl std::fmt::Display for Certainty {
    /// "certain", "contested", or "uncertain: " and the reason.
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Certainty::Uncertain { reason } => write!(formatter, "uncertain: {reason}"),
            other => formatter.write_str(other.as_str()),
        }
    }
}

/// What caused a line: the event whose effect it is, or the stance it reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cause {
    Event(EventId),
    Stance(StanceId),
}

impl Cause {
    pub fn id(&self) -> &str {
        match self {
            Cause::Event(id) => id.as_str(),
            Cause::Stance(id) => id.as_str(),
        }
    }
}

/// What a line of the state rests on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    pub certainty: Certainty,
    /// The event or stance that made the line true.
    pub cause: Cause,
    /// The date of the cause: the line holds since then.
    pub since: HistoricalDate,
    /// The date of the last event or stance that supports the line.
    pub last_attested: HistoricalDate,
    /// The claims behind the cause (its `origin().claims()`).
    pub claims: Vec<ClaimId>,
    /// Set when the day lies past the model's period: the line is only "as
    /// last attested", not known to hold on the day.
    pub as_last_attested: bool,
}

impl Evidence {
    pub(crate) fn new(
        cause: Cause,
        date: &HistoricalDate,
        certainty: Certainty,
        claims: &[ClaimId],
    ) -> Evidence {
        Evidence {
            certainty,
            cause,
            since: date.clone(),
            last_attested: date.clone(),
            claims: claims.to_vec(),
            as_last_attested: false,
        }
    }

    /// Records a later event that supports the line.
    pub(crate) fn touch(&mut self, date: &HistoricalDate) {
        if date.sort_key().1 > self.last_attested.sort_key().1 {
            self.last_attested = date.clone();
        }
    }

    /// "as last attested on 25 Nov 1917 O.S. = 8 Dec 1917 N.S." when the day
    /// lies past the model's period.
    pub fn attested_note(&self) -> Option<String> {
        self.as_last_attested
            .then(|| format!("as last attested on {}", self.last_attested.render_dual()))
    }
}

/// How an event dated `date` bears on `day`: `None` when it has not happened
/// by then, else the certainty of its effects on that day.
pub(crate) fn bearing(date: &HistoricalDate, day: Day) -> Option<Certainty> {
    match date.relation_to(day) {
        DayRelation::After => None,
        DayRelation::MaybeOn => Some(Certainty::uncertain(span_reason(date))),
        DayRelation::On | DayRelation::Before if date.is_uncertain() => {
            Some(Certainty::uncertain(doubted_reason(date)))
        }
        DayRelation::On | DayRelation::Before => Some(Certainty::Certain),
    }
}

/// Like [`bearing`], for a stance: a stance dated by an exact range is
/// attested over that whole period, so it is certain on the days inside it.
pub(crate) fn stance_bearing(date: &HistoricalDate, day: Day) -> Option<Certainty> {
    let exact_period = date.is_range()
        && date.precision() == Precision::Day
        && !date.is_approximate()
        && !date.is_uncertain();
    match date.relation_to(day) {
        DayRelation::MaybeOn if exact_period => Some(Certainty::Certain),
        _ => bearing(date, day),
    }
}

/// Why an event whose date spans the day may not yet have happened.
pub(crate) fn span_reason(date: &HistoricalDate) -> String {
    let dual = date.render_dual();
    let what = if date.is_approximate() {
        "dated approximately"
    } else if date.is_range() {
        "dated by a range"
    } else if date.precision() != Precision::Day {
        "known only to the month or year"
    } else {
        "dated"
    };
    format!("{what} ({dual}) that contains this day: it may not have happened yet")
}

fn doubted_reason(date: &HistoricalDate) -> String {
    format!("its date ({}) is doubted in the source", date.render_dual())
}

/// The day shown in both calendars, the model's calendar first.
pub(crate) fn render_day(day: Day, calendar: Calendar) -> String {
    use kenes_model::date::CalendarBasis;
    HistoricalDate::from_day(day, calendar, CalendarBasis::Inferred).render_dual()
}
