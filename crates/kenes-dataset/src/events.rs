//! Conversion of events and their effects. Each effect kind takes its own
//! keys; a missing key names the kind and the key, a key that the kind does
//! not take is refused rather than ignored.

use kenes_model::diagnostic::code;
use kenes_model::*;

use crate::convert::Converter;
use crate::raw::*;

const EFFECT_KINDS: [&str; 13] = [
    "body-formed",
    "body-dissolved",
    "power-passed",
    "power-held",
    "power-contested",
    "martial-law",
    "arrested",
    "released",
    "seats-refused",
    "stance-taken",
    "vote-held",
    "proposal-decided",
    "left",
];

pub fn event(c: &mut Converter, raw: &S<RawEvent>) -> Option<Event> {
    let r = raw.get_ref();
    let id = c.id(&r.id)?;
    let kinds: Vec<&str> = EventKind::ALL.iter().map(|k| k.as_str()).collect();
    let kind = c.keyword(&r.kind, "event kind", &kinds, EventKind::parse)?;
    let status = match &r.status {
        Some(text) => c.keyword(
            text,
            "event status",
            &["held", "planned"],
            EventStatus::parse,
        )?,
        None => EventStatus::Held,
    };
    let calendar = c.calendar_override(&r.calendar);
    let fields = [
        ("date", c.opt_span(&r.date)),
        ("place", c.opt_span(&r.place)),
        ("part_of", c.opt_span(&r.part_of)),
        ("body", c.opt_span(&r.body)),
        ("account_of", c.opt_span(&r.account_of)),
        ("attendance", c.opt_span(&r.attendance)),
        ("effects", r.effects.first().map(|e| c.span(e))),
    ];
    let parts = EventParts {
        kind,
        title: r.title.clone(),
        date: c.opt_date(&r.date, calendar),
        place: c.opt_id(&r.place),
        status,
        part_of: c.opt_id(&r.part_of),
        body: c.opt_id(&r.body),
        account_of: c.opt_id(&r.account_of),
        participants: r
            .participants
            .iter()
            .filter_map(|p| participant(c, p))
            .collect(),
        attendance: r.attendance.as_ref().map(|a| *a.get_ref()),
        effects: r.effects.iter().filter_map(|e| effect(c, e)).collect(),
        origin: c.origin(raw, &r.claims, &r.note, &fields),
    };
    Some(Event::new(id, parts))
}

fn participant(c: &mut Converter, raw: &S<RawParticipant>) -> Option<Participation> {
    let r = raw.get_ref();
    Some(Participation::new(
        c.id(&r.actor)?,
        r.role.clone(),
        c.opt_id(&r.on_behalf_of),
    ))
}

/// The keys of a raw effect that hold a value, by name.
fn present_keys(r: &RawEffect) -> Vec<&'static str> {
    let keys = [
        ("body", r.body.is_some()),
        ("composition", r.composition.is_some()),
        ("scope", r.scope.is_some()),
        ("from", r.from.is_some()),
        ("to", r.to.is_some()),
        ("parties", !r.parties.is_empty()),
        ("by", r.by.is_some()),
        ("person", r.person.is_some()),
        ("actor", r.actor.is_some()),
        ("stance", r.stance.is_some()),
        ("vote", r.vote.is_some()),
        ("proposal", r.proposal.is_some()),
    ];
    keys.into_iter()
        .filter(|(_, present)| *present)
        .map(|(k, _)| k)
        .collect()
}

fn allowed_keys(kind: &str) -> &'static [&'static str] {
    match kind {
        "body-formed" => &["body", "composition"],
        "body-dissolved" => &["body"],
        "power-passed" => &["scope", "from", "to"],
        "power-held" => &["scope", "by"],
        "power-contested" => &["scope", "parties"],
        "martial-law" => &["scope", "by"],
        "arrested" | "released" => &["person"],
        "seats-refused" => &["actor", "body"],
        "stance-taken" => &["stance"],
        "vote-held" => &["vote"],
        "proposal-decided" => &["proposal"],
        "left" => &["actor", "from"],
        _ => &[],
    }
}

fn effect(c: &mut Converter, raw: &S<RawEffect>) -> Option<Effect> {
    let r = raw.get_ref();
    let kind = c.keyword(&r.kind, "effect kind", &EFFECT_KINDS, |k| {
        EFFECT_KINDS.iter().copied().find(|known| *known == k)
    })?;
    let span = c.span(raw);
    let allowed = allowed_keys(kind);
    for key in present_keys(r).into_iter().filter(|k| !allowed.contains(k)) {
        c.error(
            code::UNKNOWN_KEY,
            span,
            format!(
                "effect {kind:?} does not take `{key}`; it takes: {}",
                allowed.join(", ")
            ),
        );
    }
    let need = |c: &mut Converter, key: &str, value: &Option<S<String>>| -> Option<Id> {
        if value.is_none() {
            c.error(
                code::INVALID_VALUE,
                span,
                format!("effect {kind:?} needs `{key}`"),
            );
        }
        c.opt_id(value)
    };
    let effect = match kind {
        "body-formed" => Effect::BodyFormed {
            body: need(c, "body", &r.body)?.into(),
            composition: c.opt_id(&r.composition),
        },
        "body-dissolved" => Effect::BodyDissolved {
            body: need(c, "body", &r.body)?.into(),
        },
        "power-passed" => Effect::PowerPassed {
            scope: need(c, "scope", &r.scope)?.into(),
            from: c.opt_id(&r.from),
            to: need(c, "to", &r.to)?.into(),
        },
        "power-held" => Effect::PowerHeld {
            scope: need(c, "scope", &r.scope)?.into(),
            by: need(c, "by", &r.by)?.into(),
        },
        "power-contested" => Effect::PowerContested {
            scope: need(c, "scope", &r.scope)?.into(),
            parties: c.ids(&r.parties),
        },
        "martial-law" => Effect::MartialLaw {
            scope: need(c, "scope", &r.scope)?.into(),
            by: c.opt_id(&r.by),
        },
        "arrested" => Effect::Arrested {
            person: need(c, "person", &r.person)?.into(),
        },
        "released" => Effect::Released {
            person: need(c, "person", &r.person)?.into(),
        },
        "seats-refused" => Effect::SeatsRefused {
            actor: need(c, "actor", &r.actor)?.into(),
            body: need(c, "body", &r.body)?.into(),
        },
        "stance-taken" => Effect::StanceTaken {
            stance: need(c, "stance", &r.stance)?.into(),
        },
        "vote-held" => Effect::VoteHeld {
            vote: need(c, "vote", &r.vote)?.into(),
        },
        "proposal-decided" => Effect::ProposalDecided {
            proposal: need(c, "proposal", &r.proposal)?.into(),
        },
        _ => Effect::Left {
            actor: need(c, "actor", &r.actor)?.into(),
            from: c.opt_id(&r.from),
        },
    };
    Some(effect)
}
