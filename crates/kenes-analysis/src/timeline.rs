//! Every event of the model in order, with its date in both calendars and
//! what is known about that date (approximate, uncertain, a range, undated),
//! its status (held or only planned), participants, place, kind and claims.

use kenes_model::date::{Calendar, HistoricalDate, Precision};
use kenes_model::{
    ActorId, ClaimId, Effect, Event, EventId, EventKind, EventStatus, Model, PlaceId,
};

/// One event on the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineEntry {
    pub event: EventId,
    pub title: String,
    pub kind: EventKind,
    pub status: EventStatus,
    pub date: Option<HistoricalDate>,
    /// The date in the Julian calendar (O.S.), "" when undated.
    pub old_style: String,
    /// The date in the Gregorian calendar (N.S.), "" when undated.
    pub new_style: String,
    /// "25 Oct 1917 O.S. = 7 Nov 1917 N.S.", or "undated".
    pub dual: String,
    pub approximate: bool,
    pub uncertain: bool,
    pub range: bool,
    pub undated: bool,
    /// The coarsest precision of the date's ends (day when undated).
    pub precision: Precision,
    pub place: Option<PlaceId>,
    /// The participants, in the order the event lists them.
    pub participants: Vec<ActorId>,
    /// Every actor the event involves: participants, those they acted for,
    /// and the actors its effects name.
    pub actors: Vec<ActorId>,
    pub claims: Vec<ClaimId>,
}

impl TimelineEntry {
    pub fn is_planned(&self) -> bool {
        self.status == EventStatus::Planned
    }
    pub fn involves(&self, actor: &ActorId) -> bool {
        self.actors.contains(actor)
    }
}

/// The model's events in order: dated ones by their span of days (then id),
/// undated ones last (by id).
pub fn timeline(model: &Model) -> Vec<TimelineEntry> {
    chronological(model).into_iter().map(entry).collect()
}

/// The entries that involve `actor`.
pub fn by_actor<'t>(entries: &'t [TimelineEntry], actor: &ActorId) -> Vec<&'t TimelineEntry> {
    entries
        .iter()
        .filter(|entry| entry.involves(actor))
        .collect()
}

/// The entries of one kind.
pub fn by_kind(entries: &[TimelineEntry], kind: EventKind) -> Vec<&TimelineEntry> {
    entries.iter().filter(|entry| entry.kind == kind).collect()
}

/// The model's events, dated first by `sort_key` then id, undated last.
pub(crate) fn chronological(model: &Model) -> Vec<&Event> {
    let mut events: Vec<&Event> = model.events().iter().collect();
    events.sort_by(|a, b| order_key(a).cmp(&order_key(b)));
    events
}

fn order_key(event: &Event) -> (bool, (i64, i64), &str) {
    let key = event.date().map_or((0, 0), HistoricalDate::sort_key);
    (event.date().is_none(), key, event.id().as_str())
}

fn entry(event: &Event) -> TimelineEntry {
    let date = event.date();
    let render = |calendar| date.map_or_else(String::new, |d| d.render(calendar));
    TimelineEntry {
        event: event.id().clone(),
        title: event.title().to_string(),
        kind: event.kind(),
        status: event.status(),
        date: date.cloned(),
        old_style: render(Calendar::Julian),
        new_style: render(Calendar::Gregorian),
        dual: date.map_or_else(|| "undated".to_string(), HistoricalDate::render_dual),
        approximate: date.is_some_and(HistoricalDate::is_approximate),
        uncertain: date.is_some_and(HistoricalDate::is_uncertain),
        range: date.is_some_and(HistoricalDate::is_range),
        undated: date.is_none(),
        precision: date.map_or(Precision::Day, HistoricalDate::precision),
        place: event.place().cloned(),
        participants: event
            .participants()
            .iter()
            .map(|p| p.actor().clone())
            .collect(),
        actors: involved_actors(event),
        claims: event.origin().claims().to_vec(),
    }
}

fn involved_actors(event: &Event) -> Vec<ActorId> {
    let mut actors: Vec<ActorId> = Vec::new();
    let participants = event.participants().iter();
    let named = participants.flat_map(|p| std::iter::once(p.actor()).chain(p.on_behalf_of()));
    for actor in named.chain(event.effects().iter().flat_map(effect_actors)) {
        if !actors.contains(actor) {
            actors.push(actor.clone());
        }
    }
    actors
}

fn effect_actors(effect: &Effect) -> Vec<&ActorId> {
    match effect {
        Effect::PowerPassed { from, to, .. } => from.iter().chain([to]).collect(),
        Effect::PowerHeld { by, .. } => vec![by],
        Effect::PowerContested { parties, .. } => parties.iter().collect(),
        Effect::MartialLaw { by, .. } => by.iter().collect(),
        Effect::Arrested { person } | Effect::Released { person } => vec![person],
        Effect::SeatsRefused { actor, .. } | Effect::Left { actor, .. } => vec![actor],
        _ => Vec::new(),
    }
}
