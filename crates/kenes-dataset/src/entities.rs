//! One conversion per entity table: raw struct in, model entity out (or
//! `None` when its id is unusable), diagnostics into the converter.

use kenes_model::diagnostic::code;
use kenes_model::*;

use crate::convert::{Converter, parse_percent};
use crate::raw::*;

fn kinds<E: Copy>(all: &[E], name: fn(E) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|k| name(*k)).collect()
}

pub fn actor(c: &mut Converter, raw: &S<RawActor>) -> Option<Actor> {
    let r = raw.get_ref();
    let id = c.id(&r.id)?;
    let kind = c.keyword(
        &r.kind,
        "actor kind",
        &kinds(&ActorKind::ALL, ActorKind::as_str),
        ActorKind::parse,
    )?;
    let affiliations = r
        .affiliations
        .iter()
        .filter_map(|a| {
            Some(Affiliation::new(
                c.id(&a.get_ref().organisation)?,
                a.get_ref().role.clone(),
            ))
        })
        .collect();
    let fields = [
        ("place", c.opt_span(&r.place)),
        ("part_of", c.opt_span(&r.part_of)),
    ];
    Some(Actor::new(ActorParts {
        id,
        kind,
        names: c.names(&r.names),
        description: r.description.clone(),
        affiliations,
        place: c.opt_id(&r.place),
        part_of: c.opt_id(&r.part_of),
        origin: c.origin(raw, &r.claims, &r.note, &fields),
    }))
}

pub fn place(c: &mut Converter, raw: &S<RawPlace>) -> Option<Place> {
    let r = raw.get_ref();
    let id = c.id(&r.id)?;
    let kind = c.keyword(
        &r.kind,
        "place kind",
        &kinds(&PlaceKind::ALL, PlaceKind::as_str),
        PlaceKind::parse,
    )?;
    let fields = [("within", c.opt_span(&r.within))];
    let names = c.names(&r.names);
    let within = c.opt_id(&r.within);
    Some(Place::new(
        id,
        kind,
        names,
        within,
        c.origin(raw, &r.claims, &r.note, &fields),
    ))
}

pub fn source(c: &mut Converter, raw: &S<RawSource>) -> Option<Source> {
    let r = raw.get_ref();
    let id = c.id(&r.id)?;
    let kind = c.keyword(
        &r.kind,
        "source kind",
        &kinds(&SourceKind::ALL, SourceKind::as_str),
        SourceKind::parse,
    )?;
    let calendar = c.calendar_override(&r.calendar);
    let basis = r.calendar_basis.as_ref().and_then(|b| {
        c.keyword(b, "calendar basis", &["stated", "inferred"], |s| match s {
            "stated" => Some(date::CalendarBasis::Stated),
            "inferred" => Some(date::CalendarBasis::Inferred),
            _ => None,
        })
    });
    let inference = calendar.map(|cal| {
        CalendarInference::new(
            cal,
            basis.unwrap_or(date::CalendarBasis::Stated),
            r.calendar_reason.clone(),
        )
    });
    let text = r.text.as_ref().and_then(|t| safe_text_path(c, t));
    let fields = [
        ("date", c.opt_span(&r.date)),
        ("text", c.opt_span(&r.text)),
        ("newspaper", c.opt_span(&r.newspaper)),
        ("issued_by", c.opt_span(&r.issued_by)),
    ];
    let parts = SourceParts {
        cited_as: r.cited_as.clone(),
        title: r.title.clone(),
        author: r.author.clone(),
        issued_by: c.opt_id(&r.issued_by),
        newspaper: c.opt_id(&r.newspaper),
        date: c.opt_date(&r.date, calendar),
        archive: r.archive.as_ref().map(|a| ArchiveRef {
            archive: a.archive.clone(),
            fund: a.fund.clone(),
            inventory: a.inventory.clone(),
            file: a.file.clone(),
            sheets: a.sheets.clone(),
        }),
        pages: r.pages.clone(),
        lang: r.lang.as_ref().and_then(|l| c.lang(l)),
        text,
        ambiguous: r.ambiguous.clone(),
        calendar: inference,
        origin: c.origin(raw, &r.claims, &r.note, &fields),
    };
    Some(Source::new(id, kind, parts))
}

/// A text path must stay inside the model's folder.
fn safe_text_path(c: &mut Converter, text: &S<String>) -> Option<String> {
    let path = text.get_ref();
    let escapes = path.starts_with('/')
        || path.contains('\\')
        || path.split('/').any(|part| part == ".." || part.is_empty());
    if escapes {
        let span = c.span(text);
        c.error(
            code::INVALID_VALUE,
            span,
            format!("text path {path:?} must be relative to the model folder, without '..'"),
        );
        return None;
    }
    Some(path.clone())
}

/// Takes the raw claim by value: its passage and English rendering, most of
/// a large model's text, move into the claim rather than being copied.
pub fn claim(c: &mut Converter, raw: S<RawClaim>) -> Option<Claim> {
    let span = c.span(&raw);
    let r = raw.into_inner();
    let id = c.id(&r.id)?;
    let source = c.id(&r.source)?;
    let voice = match r.voice.get_ref().as_str() {
        "quoted-document" => Voice::QuotedDocument,
        "author-judgement" => Voice::AuthorJudgement,
        "author-retelling" => Voice::AuthorRetelling {
            historian: c.opt_id(&r.historian),
        },
        _ => {
            c.keyword(
                &r.voice,
                "voice",
                &["quoted-document", "author-judgement", "author-retelling"],
                |_| None::<()>,
            );
            Voice::AuthorJudgement
        }
    };
    let confidence = r.confidence.as_ref().and_then(|t| {
        c.keyword(
            t,
            "confidence",
            &["low", "medium", "high"],
            Confidence::parse,
        )
    });
    let lang = c
        .lang(&r.lang)
        .unwrap_or_else(|| Lang::new("und").expect("valid tag"));
    let fields = [
        ("passage", Some(c.span(&r.passage))),
        ("source", Some(c.span(&r.source))),
        ("via", r.via.first().map(|v| c.span(v))),
    ];
    Some(Claim::new(ClaimParts {
        id,
        source,
        via: c.ids(&r.via),
        locator: r.locator,
        passage: Passage::new(r.passage.into_inner(), lang, r.translated),
        english: r.english,
        confidence,
        voice,
        origin: Origin::new(Some(span), Vec::new(), r.note).with_fields(&fields),
    }))
}

pub fn reading(c: &mut Converter, raw: &S<RawReading>) -> Option<Reading> {
    let r = raw.get_ref();
    let id = c.id(&r.id)?;
    // Serde's untagged enums cannot carry spans inside: every adopted id
    // points at the `adopted` value as a whole.
    let span = r.adopted.span();
    let adopted: Vec<S<String>> = match r.adopted.get_ref() {
        OneOrMany::One(one) => vec![S::new(span.clone(), one.clone())],
        OneOrMany::Many(many) => many
            .iter()
            .map(|id| S::new(span.clone(), id.clone()))
            .collect(),
    };
    let adopted = c.ids(&adopted);
    let fields = [("adopted", Some(c.span(&r.adopted)))];
    let alternatives = c.ids(&r.alternatives);
    let origin = c.origin(raw, &r.claims, &r.note, &fields);
    Some(Reading::new(
        id,
        r.question.clone(),
        alternatives,
        adopted,
        r.reason.clone(),
        origin,
    ))
}

pub fn body(c: &mut Converter, raw: &S<RawBody>) -> Option<Body> {
    let r = raw.get_ref();
    let id = c.id(&r.id)?;
    let kind = c.keyword(
        &r.kind,
        "body kind",
        &kinds(&BodyKind::ALL, BodyKind::as_str),
        BodyKind::parse,
    )?;
    let fields = [
        ("place", c.opt_span(&r.place)),
        ("attached_to", c.opt_span(&r.attached_to)),
    ];
    let names = c.names(&r.names);
    let (place, attached_to) = (c.opt_id(&r.place), c.opt_id(&r.attached_to));
    Some(Body::new(
        id,
        kind,
        names,
        place,
        attached_to,
        c.origin(raw, &r.claims, &r.note, &fields),
    ))
}

pub fn composition(c: &mut Converter, raw: &S<RawComposition>) -> Option<Composition> {
    let r = raw.get_ref();
    let id = c.id(&r.id)?;
    let of = c.id(&r.of)?;
    let seats = r
        .seats
        .iter()
        .filter_map(|s| {
            Some(SeatAllocation::new(
                c.id(&s.get_ref().constituency)?,
                s.get_ref().seats,
                s.get_ref().note.clone(),
            ))
        })
        .collect();
    let seats_span = (!r.seats.is_empty()).then(|| {
        let (first, last) = (c.span(&r.seats[0]), c.span(&r.seats[r.seats.len() - 1]));
        Span::new(first.file(), first.range().start..last.range().end)
    });
    let fields = [
        ("size", c.opt_span(&r.size)),
        ("seats", seats_span),
        ("of", Some(c.span(&r.of))),
    ];
    let origin = c.origin(raw, &r.claims, &r.note, &fields);
    Some(Composition::new(
        id,
        of,
        r.label.clone(),
        r.size.as_ref().map(|s| *s.get_ref()),
        seats,
        origin,
    ))
}

pub fn proposal(c: &mut Converter, raw: &S<RawProposal>) -> Option<Proposal> {
    let r = raw.get_ref();
    let id = c.id(&r.id)?;
    let outcomes = ["adopted", "rejected", "withdrawn", "undecided"];
    let outcome = c
        .keyword(&r.outcome, "outcome", &outcomes, Outcome::parse)
        .unwrap_or(Outcome::Undecided);
    let fields = [
        ("body", c.opt_span(&r.body)),
        ("event", c.opt_span(&r.event)),
        ("vote", c.opt_span(&r.vote)),
    ];
    Some(Proposal::new(ProposalParts {
        id,
        title: r.title.clone(),
        proposers: c.ids(&r.proposers),
        body: c.opt_id(&r.body),
        event: c.opt_id(&r.event),
        vote: c.opt_id(&r.vote),
        outcome,
        points: r.points.clone(),
        origin: c.origin(raw, &r.claims, &r.note, &fields),
    }))
}

pub fn issue(c: &mut Converter, raw: &S<RawIssue>) -> Option<Issue> {
    let r = raw.get_ref();
    let id = c.id(&r.id)?;
    let names = c.names(&r.names);
    let origin = c.origin(raw, &r.claims, &r.note, &[]);
    Some(Issue::new(id, names, r.description.clone(), origin))
}

pub fn stance(c: &mut Converter, raw: &S<RawStance>) -> Option<Stance> {
    let r = raw.get_ref();
    let id = c.id(&r.id)?;
    let position = c.keyword(
        &r.position,
        "position",
        &kinds(&Position::ALL, Position::as_str),
        Position::parse,
    )?;
    let calendar = c.calendar_override(&r.calendar);
    let date = c.date(&r.date, calendar)?;
    let voice = match r.voice.get_ref().as_str() {
        "declared" => StanceVoice::Declared,
        "ascribed" => StanceVoice::Ascribed {
            by: c.opt_id(&r.by),
        },
        _ => {
            c.keyword(&r.voice, "stance voice", &["declared", "ascribed"], |_| {
                None::<()>
            });
            return None;
        }
    };
    let fields = [
        ("actor", Some(c.span(&r.actor))),
        ("issue", Some(c.span(&r.issue))),
        ("date", Some(c.span(&r.date))),
        ("by", c.opt_span(&r.by)),
    ];
    Some(Stance::new(StanceParts {
        id,
        actor: c.id(&r.actor)?,
        issue: c.id(&r.issue)?,
        position,
        date,
        voice,
        summary: r.summary.clone(),
        origin: c.origin(raw, &r.claims, &r.note, &fields),
    }))
}

pub fn vote(c: &mut Converter, raw: &S<RawVote>) -> Option<Vote> {
    let r = raw.get_ref();
    let id = c.id(&r.id)?;
    let event = c.id(&r.event)?;
    let tallies = r
        .tallies
        .iter()
        .map(|t| Tally::new(t.option.clone(), t.count))
        .collect();
    let fields = [
        ("event", Some(c.span(&r.event))),
        ("present", c.opt_span(&r.present)),
        ("proposal", c.opt_span(&r.proposal)),
    ];
    let proposal = c.opt_id(&r.proposal);
    let origin = c.origin(raw, &r.claims, &r.note, &fields);
    Some(Vote::new(
        id,
        event,
        r.motion.clone(),
        proposal,
        tallies,
        r.present.as_ref().map(|p| *p.get_ref()),
        origin,
    ))
}

pub fn population(c: &mut Converter, raw: &S<RawPopulation>) -> Option<Population> {
    let r = raw.get_ref();
    let id = c.id(&r.id)?;
    let share = r.share_percent.as_ref().and_then(|text| {
        let share = parse_percent(text.get_ref());
        if share.is_none() {
            let span = c.span(text);
            c.error(
                code::INVALID_VALUE,
                span,
                format!(
                    "share_percent {:?} is not a number from 0 to 100 (e.g. \"95\" or \"97.5\")",
                    text.get_ref()
                ),
            );
        }
        share
    });
    let fields = [
        ("scope", Some(c.span(&r.scope))),
        ("group", Some(c.span(&r.group))),
        ("share_percent", c.opt_span(&r.share_percent)),
    ];
    let (scope, group) = (c.id(&r.scope)?, c.id(&r.group)?);
    let origin = c.origin(raw, &r.claims, &r.note, &fields);
    Some(Population::new(
        id,
        scope,
        group,
        share,
        r.count,
        r.count_is_lower_bound,
        origin,
    ))
}
