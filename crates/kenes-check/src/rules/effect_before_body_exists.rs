//! K109 effect-before-body-exists: an effect acts on a body before the event
//! that forms it.
//!
//! A model's state on a day is computed by applying events in date order; an
//! organisation cannot refuse its seats in a committee, walk out of it, or
//! see it dissolved, and the committee cannot sit, before the event whose
//! `body-formed` effect creates it. Such an effect dated wholly before every
//! formation of the body is an error. When no event forms the body at all, a
//! note (one per body, naming the events) says so: they presuppose a body the
//! model never creates, so the body is absent from the state on every day
//! (a congress or a meeting exists in its sittings and needs no such effect;
//! a planned event presupposes nothing). A body
//! formed twice without being dissolved in between is a warning (two accounts
//! of one formation should say so with `account_of`).
//!
//! # Example
//!
//! ```toml
//! [[event]]
//! id = "ev.rec-formed"
//! date = "1917-11-15"
//! effects = [{ kind = "body-formed", body = "body.rec" }]
//! [[event]]
//! id = "ev.refusal"
//! date = "1917-11-10"   # K109: refuses seats in a body formed on 15 Nov
//! effects = [{ kind = "seats-refused", actor = "org.council", body = "body.rec" }]
//! ```

use std::collections::{BTreeMap, BTreeSet};

use kenes_model::date::{DateOrder, HistoricalDate};
use kenes_model::diagnostic::code;
use kenes_model::{BodyId, BodyKind, Diagnostic, Effect, Event, EventStatus, Model, Severity};

use crate::support::{at, list_ids};

/// The events that form and dissolve each body.
#[derive(Default)]
struct Lifecycle<'m> {
    formed: BTreeMap<&'m BodyId, Vec<&'m Event>>,
    dissolved: BTreeMap<&'m BodyId, Vec<&'m Event>>,
}

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    let lifecycle = lifecycle(model);
    let mut never_formed: BTreeMap<&BodyId, Vec<&Event>> = BTreeMap::new();
    // A plan presupposes nothing; a congress or a meeting exists in its
    // sittings, so a sitting of one needs no `body-formed` effect.
    for event in model
        .events()
        .iter()
        .filter(|e| e.status() != EventStatus::Planned)
    {
        for (body, what) in uses(event) {
            let Some(found) = model.body(body) else {
                continue;
            };
            let gathering = matches!(found.kind(), BodyKind::Congress | BodyKind::Meeting);
            if gathering && event.body() == Some(body) {
                continue;
            }
            match lifecycle.formed.get(body) {
                Some(formations) => findings.extend(check_use(formations, event, body, what)),
                None => never_formed.entry(body).or_default().push(event),
            }
        }
    }
    for (body, events) in never_formed {
        findings.extend(never_formed_note(model, body, &events));
    }
    for (body, formations) in &lifecycle.formed {
        findings.extend(formed_twice(model, &lifecycle, body, formations));
    }
}

/// One note per body that events presuppose but no event forms.
fn never_formed_note(model: &Model, body: &BodyId, events: &[&Event]) -> Option<Diagnostic> {
    let found = model.body(body)?;
    let names = list_ids(events.iter().map(|e| e.id().as_str()));
    let message = format!(
        "no event forms `{body}` (no `body-formed` effect), yet {} presuppose{} it exists: {names}",
        if events.len() == 1 {
            "one event"
        } else {
            "these events"
        },
        if events.len() == 1 { "s" } else { "" },
    );
    Some(
        Diagnostic::new(
            code::EFFECT_BEFORE_BODY_EXISTS,
            Severity::Note,
            message,
            at(found.id().id(), found.origin(), "id"),
        )
        .with_note(
            "if the body existed before the model's period, an event dated before it \
             (e.g. `../1917-10-25`) with a `body-formed` effect lets its state be computed",
        ),
    )
}

fn lifecycle(model: &Model) -> Lifecycle<'_> {
    let mut lifecycle = Lifecycle::default();
    for event in model.events() {
        for effect in event.effects() {
            match effect {
                Effect::BodyFormed { body, .. } => {
                    lifecycle.formed.entry(body).or_default().push(event)
                }
                Effect::BodyDissolved { body } => {
                    lifecycle.dissolved.entry(body).or_default().push(event)
                }
                _ => {}
            }
        }
    }
    lifecycle
}

/// The bodies an event presupposes, each once, with what presupposes it.
fn uses(event: &Event) -> Vec<(&BodyId, &'static str)> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    let effects = event.effects().iter().filter_map(|effect| match effect {
        Effect::SeatsRefused { body, .. } => Some((body, "a `seats-refused` effect")),
        Effect::BodyDissolved { body } => Some((body, "a `body-dissolved` effect")),
        Effect::Left {
            from: Some(body), ..
        } => Some((body, "a `left` effect")),
        _ => None,
    });
    for (body, what) in event
        .body()
        .map(|b| (b, "a sitting of the body"))
        .into_iter()
        .chain(effects)
    {
        if seen.insert(body) {
            out.push((body, what));
        }
    }
    out
}

fn check_use(
    formations: &[&Event],
    event: &Event,
    body: &BodyId,
    what: &str,
) -> Option<Diagnostic> {
    if formations.iter().any(|f| f.id() == event.id()) {
        return None;
    }
    let date = event.date()?;
    let first = formed_after(formations, date)?;
    let formed_on = first.date().map(|d| d.render_dual()).unwrap_or_default();
    let message = format!(
        "{what} on `{body}` is dated {}, before the body is formed by `{}` ({formed_on})",
        date.render_dual(),
        first.id()
    );
    let key = if what.starts_with("a sitting") {
        "body"
    } else {
        "effects"
    };
    let location = at(event.id().id(), event.origin(), key);
    let related = at(first.id().id(), first.origin(), "effects");
    Some(
        Diagnostic::new(
            code::EFFECT_BEFORE_BODY_EXISTS,
            Severity::Error,
            message,
            location,
        )
        .with_related(related, "the event that forms the body"),
    )
}

/// The first dated formation, if `date` lies wholly before every dated formation.
fn formed_after<'m>(formations: &[&'m Event], date: &HistoricalDate) -> Option<&'m Event> {
    let dated: Vec<&'m Event> = formations
        .iter()
        .copied()
        .filter(|f| f.date().is_some())
        .collect();
    let before_all = dated.iter().all(|f| {
        f.date()
            .is_some_and(|d| date.compare(d) == DateOrder::Before)
    });
    if !before_all {
        return None;
    }
    dated
        .into_iter()
        .min_by_key(|f| f.date().map(|d| d.sort_key()))
}

/// The event an account is of, followed to the first event that is no one's account.
fn root<'m>(model: &'m Model, event: &'m Event) -> &'m Event {
    let mut current = event;
    for _ in 0..model.events().len() {
        match current.account_of().and_then(|id| model.event(id)) {
            Some(next) if next.id() != current.id() => current = next,
            _ => break,
        }
    }
    current
}

fn formed_twice(
    model: &Model,
    lifecycle: &Lifecycle<'_>,
    body: &BodyId,
    formations: &[&Event],
) -> Vec<Diagnostic> {
    let mut roots: Vec<&Event> = Vec::new();
    for event in formations {
        let event_root = root(model, event);
        if roots.iter().all(|r| root(model, r).id() != event_root.id()) {
            roots.push(event);
        }
    }
    roots.sort_by_key(|e| e.date().map(|d| d.sort_key()));
    let dissolutions = lifecycle.dissolved.get(body).map_or(&[][..], Vec::as_slice);
    roots
        .windows(2)
        .filter(|pair| !dissolved_between(dissolutions, pair[0], pair[1]))
        .map(|pair| {
            Diagnostic::new(
                code::EFFECT_BEFORE_BODY_EXISTS,
                Severity::Warning,
                format!("`{body}` is formed again here, though `{}` already formed it and nothing dissolved it", pair[0].id()),
                at(pair[1].id().id(), pair[1].origin(), "effects"),
            )
            .with_note("if both records are accounts of one formation, mark one with `account_of`")
            .with_related(at(pair[0].id().id(), pair[0].origin(), "effects"), "the earlier formation")
        })
        .collect()
}

/// Whether a dissolution may lie between two formations (not before the
/// first, not after the second); undated events cannot be ordered and count.
fn dissolved_between(dissolutions: &[&Event], first: &Event, second: &Event) -> bool {
    dissolutions.iter().any(|d| {
        let (Some(date), Some(start), Some(end)) = (d.date(), first.date(), second.date()) else {
            return true;
        };
        date.compare(start) != DateOrder::Before && date.compare(end) != DateOrder::After
    })
}
