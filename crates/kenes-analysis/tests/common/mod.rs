//! Builders for small test models, and the Turkestan-like fixture the tests
//! share: power in Tashkent held, fought over, then passed; a body formed on
//! a range of days; a planned congress never attested as held; an arrest; a
//! reading choosing a composition; an actor whose stance moves.
#![allow(dead_code)]

use kenes_model::date::{Calendar, CalendarBasis, Day, HistoricalDate};
use kenes_model::source::CalendarInference;
use kenes_model::{
    Actor, ActorId, ActorKind, ActorParts, Body, BodyId, BodyKind, ClaimId, Composition,
    CompositionId, Effect, Event, EventId, EventKind, EventParts, EventStatus, Files, Id, Issue,
    IssueId, Lang, Model, ModelBuilder, ModelMeta, Name, NameKind, Names, Origin, Place, PlaceId,
    PlaceKind, Position, Reading, ReadingId, SeatAllocation, Stance, StanceId, StanceParts,
    StanceVoice,
};

pub fn date(text: &str) -> HistoricalDate {
    HistoricalDate::parse(text, Calendar::Julian, CalendarBasis::Inferred).expect("a test date")
}

/// A day written in the Julian calendar, `YYYY-MM-DD`.
pub fn day(text: &str) -> Day {
    date(text).single_day().expect("a test day")
}

pub fn actor(id: &str) -> ActorId {
    ActorId::new(id).unwrap()
}
pub fn place(id: &str) -> PlaceId {
    PlaceId::new(id).unwrap()
}
pub fn body(id: &str) -> BodyId {
    BodyId::new(id).unwrap()
}
pub fn composition(id: &str) -> CompositionId {
    CompositionId::new(id).unwrap()
}
pub fn event(id: &str) -> EventId {
    EventId::new(id).unwrap()
}
pub fn issue(id: &str) -> IssueId {
    IssueId::new(id).unwrap()
}
pub fn stance(id: &str) -> StanceId {
    StanceId::new(id).unwrap()
}
pub fn claim(id: &str) -> ClaimId {
    ClaimId::new(id).unwrap()
}

fn name(text: &str, lang: &str, kind: NameKind) -> Name {
    Name::new(text, Lang::new(lang).unwrap(), kind).unwrap()
}

/// An original name, with an English rendering when `english` is given.
pub fn names(original: &str, lang: &str, english: Option<&str>) -> Names {
    let mut all = vec![name(original, lang, NameKind::Original)];
    all.extend(english.map(|text| name(text, "en", NameKind::Rendering)));
    Names::new(all)
}

fn origin(claims: &[&str]) -> Origin {
    Origin::new(None, claims.iter().map(|c| claim(c)).collect(), None)
}

pub fn meta(period: Option<&str>) -> ModelMeta {
    ModelMeta {
        id: "test-model".to_string(),
        title: names("Тест", "kk", Some("Test")),
        version: "0.1.0".to_string(),
        description: None,
        period: period.map(date),
        calendar: CalendarInference::new(
            Calendar::Julian,
            CalendarBasis::Inferred,
            Some("Russian sources of 1917 used Old Style.".to_string()),
        ),
        relaying_work: None,
        origin: Origin::default(),
    }
}

/// Collects a test model.
pub struct Fixture {
    pub builder: ModelBuilder,
}

impl Fixture {
    pub fn new(period: Option<&str>) -> Fixture {
        Fixture {
            builder: ModelBuilder::new(meta(period), Files::default()),
        }
    }

    pub fn actor(&mut self, id: &str, kind: ActorKind, names: Names) -> &mut Self {
        self.builder.add_actor(Actor::new(ActorParts {
            id: actor(id),
            kind,
            names,
            description: None,
            affiliations: Vec::new(),
            place: None,
            part_of: None,
            origin: Origin::default(),
        }));
        self
    }

    pub fn place(&mut self, id: &str, names: Names) -> &mut Self {
        let entity = Place::new(place(id), PlaceKind::Town, names, None, Origin::default());
        self.builder.add_place(entity);
        self
    }

    pub fn body(&mut self, id: &str, names: Names) -> &mut Self {
        let entity = Body::new(
            body(id),
            BodyKind::Government,
            names,
            None,
            None,
            Origin::default(),
        );
        self.builder.add_body(entity);
        self
    }

    pub fn composition(
        &mut self,
        id: &str,
        of: &str,
        size: Option<u32>,
        seats: &[(&str, Option<u32>)],
    ) -> &mut Self {
        let seats = seats
            .iter()
            .map(|(who, n)| SeatAllocation::new(actor(who), *n, None))
            .collect();
        let of = Id::new(of).unwrap();
        let entity = Composition::new(
            composition(id),
            of,
            Some(format!("as {id} lists it")),
            size,
            seats,
            origin(&[&format!("c.{id}")]),
        );
        self.builder.add_composition(entity);
        self
    }

    pub fn reading(&mut self, id: &str, alternatives: &[&str], adopted: &[&str]) -> &mut Self {
        let ids = |list: &[&str]| list.iter().map(|i| Id::new(i).unwrap()).collect();
        let entity = Reading::new(
            ReadingId::new(id).unwrap(),
            "Which composition?".to_string(),
            ids(alternatives),
            ids(adopted),
            "the nearer source".to_string(),
            Origin::default(),
        );
        self.builder.add_reading(entity);
        self
    }

    pub fn issue(&mut self, id: &str, english: &str) -> &mut Self {
        let entity = Issue::new(
            issue(id),
            names(english, "en", None),
            None,
            Origin::default(),
        );
        self.builder.add_issue(entity);
        self
    }

    /// A held event; `date` of `None` is undated.
    pub fn event(
        &mut self,
        id: &str,
        kind: EventKind,
        date_text: Option<&str>,
        effects: Vec<Effect>,
    ) -> &mut Self {
        self.event_with(id, kind, date_text, EventStatus::Held, effects)
    }

    pub fn event_with(
        &mut self,
        id: &str,
        kind: EventKind,
        date_text: Option<&str>,
        status: EventStatus,
        effects: Vec<Effect>,
    ) -> &mut Self {
        let parts = parts(id, kind, date_text, status, effects);
        self.builder.add_event(Event::new(event(id), parts));
        self
    }

    /// A held event that gives an account of the event `of` (a plan, say).
    pub fn account(&mut self, id: &str, of: &str, date_text: &str) -> &mut Self {
        let parts = parts(
            id,
            EventKind::Congress,
            Some(date_text),
            EventStatus::Held,
            Vec::new(),
        );
        let parts = EventParts {
            account_of: Some(event(of)),
            ..parts
        };
        self.builder.add_event(Event::new(event(id), parts));
        self
    }

    /// A stance; `by` of `None` is declared, `Some(by)` ascribed by `by`.
    pub fn stance(
        &mut self,
        id: &str,
        who: &str,
        on: &str,
        position: Position,
        when: &str,
        by: Option<&str>,
    ) -> &mut Self {
        let voice = match by {
            None => StanceVoice::Declared,
            Some(by) => StanceVoice::Ascribed {
                by: Some(actor(by)),
            },
        };
        self.builder.add_stance(Stance::new(StanceParts {
            id: stance(id),
            actor: actor(who),
            issue: issue(on),
            position,
            date: date(when),
            voice,
            summary: None,
            origin: origin(&[&format!("c.{id}")]),
        }));
        self
    }

    pub fn build(self) -> Model {
        self.builder.build()
    }
}

fn parts(
    id: &str,
    kind: EventKind,
    date_text: Option<&str>,
    status: EventStatus,
    effects: Vec<Effect>,
) -> EventParts {
    EventParts {
        kind,
        title: format!("Event {id}"),
        date: date_text.map(date),
        place: Some(place("place.tashkent")),
        status,
        part_of: None,
        body: None,
        account_of: None,
        participants: Vec::new(),
        attendance: None,
        effects,
        origin: origin(&[&format!("c.{id}")]),
    }
}

/// The shared Turkestan-like model (period 25 Oct – 25 Nov 1917 O.S.).
pub fn turkestan_like() -> Model {
    let mut f = Fixture::new(Some("1917-10-25/1917-11-25"));
    add_actors(&mut f);
    add_power_events(&mut f);
    add_bodies(&mut f);
    add_stances(&mut f);
    f.build()
}

fn add_actors(f: &mut Fixture) {
    f.place("place.tashkent", names("Ташкент", "kk", Some("Tashkent")));
    f.actor(
        "org.turkestan-committee",
        ActorKind::GovernmentOrgan,
        names("Түркістан комитеті", "kk", Some("Turkestan Committee")),
    );
    f.actor(
        "soviet.tashkent",
        ActorKind::Soviet,
        names("Ташкент кеңесі", "kk", Some("Tashkent Soviet")),
    );
    f.actor(
        "person.minister",
        ActorKind::Person,
        names("Министр", "kk", Some("Minister")),
    );
    f.actor(
        "person.ghost",
        ActorKind::Person,
        names("Ghost", "en", None),
    );
    f.actor(
        "org.shuro-i-ulema",
        ActorKind::Organisation,
        names("Шуро-и-Улема", "kk", Some("Shuro-i-Ulema")),
    );
    f.actor(
        "org.shuro-i-islam",
        ActorKind::Organisation,
        names("Шуро-и-Ислам", "kk", Some("Shuro-i-Islam")),
    );
    f.actor(
        "paper.birlik-tuy",
        ActorKind::Newspaper,
        names("Бірлік туы", "kk", Some("Birlik tuy")),
    );
}

fn add_power_events(f: &mut Fixture) {
    let tashkent = || place("place.tashkent");
    f.event(
        "ev.committee-rule",
        EventKind::Order,
        Some("1917-10-20"),
        vec![Effect::PowerPassed {
            scope: tashkent(),
            from: None,
            to: actor("org.turkestan-committee"),
        }],
    );
    f.event(
        "ev.fighting",
        EventKind::Fighting,
        Some("1917-10-28/1917-11-01"),
        vec![
            Effect::PowerContested {
                scope: tashkent(),
                parties: vec![actor("soviet.tashkent"), actor("org.turkestan-committee")],
            },
            Effect::MartialLaw {
                scope: tashkent(),
                by: Some(actor("org.turkestan-committee")),
            },
        ],
    );
    f.event(
        "ev.soviet-power",
        EventKind::Decision,
        Some("1917-11-01"),
        vec![Effect::PowerPassed {
            scope: tashkent(),
            from: Some(actor("org.turkestan-committee")),
            to: actor("soviet.tashkent"),
        }],
    );
    f.event(
        "ev.arrest",
        EventKind::Arrest,
        Some("1917-11-02"),
        vec![Effect::Arrested {
            person: actor("person.minister"),
        }],
    );
    f.event(
        "ev.undated-arrest",
        EventKind::Arrest,
        None,
        vec![Effect::Arrested {
            person: actor("person.ghost"),
        }],
    );
}

fn add_bodies(f: &mut Fixture) {
    f.body(
        "body.rec",
        names(
            "Өлкелік атқару комитеті",
            "kk",
            Some("Regional Executive Committee"),
        ),
    );
    f.body(
        "body.sovnarkom",
        names(
            "Халық комиссарлары кеңесі",
            "kk",
            Some("Council of People's Commissars"),
        ),
    );
    f.composition(
        "comp.rec.a",
        "body.rec",
        Some(9),
        &[("soviet.tashkent", Some(7)), ("org.shuro-i-islam", Some(2))],
    );
    f.composition(
        "comp.rec.b",
        "body.rec",
        Some(9),
        &[("soviet.tashkent", Some(6)), ("org.shuro-i-islam", Some(2))],
    );
    f.reading("r.rec", &["comp.rec.a", "comp.rec.b"], &["comp.rec.b"]);
    f.event(
        "ev.rec-formed",
        EventKind::Congress,
        Some("1917-11-15"),
        vec![Effect::BodyFormed {
            body: body("body.rec"),
            composition: Some(composition("comp.rec.a")),
        }],
    );
    f.event(
        "ev.islam-refuses",
        EventKind::Declaration,
        Some("1917-11-16"),
        vec![Effect::SeatsRefused {
            actor: actor("org.shuro-i-islam"),
            body: body("body.rec"),
        }],
    );
    f.event(
        "ev.sovnarkom-formed",
        EventKind::Congress,
        Some("1917-11-19/1917-11-22"),
        vec![Effect::BodyFormed {
            body: body("body.sovnarkom"),
            composition: None,
        }],
    );
    f.event_with(
        "ev.kokand",
        EventKind::Congress,
        Some("1917-11-25"),
        EventStatus::Planned,
        Vec::new(),
    );
}

fn add_stances(f: &mut Fixture) {
    f.issue("issue.soviet-power", "Soviet power in Turkestan");
    f.stance(
        "st.ulema.1",
        "org.shuro-i-ulema",
        "issue.soviet-power",
        Position::Oppose,
        "1917-11-05",
        None,
    );
    f.stance(
        "st.ulema.2",
        "org.shuro-i-ulema",
        "issue.soviet-power",
        Position::Oppose,
        "1917-11-15",
        Some("paper.birlik-tuy"),
    );
    f.stance(
        "st.ulema.3",
        "org.shuro-i-ulema",
        "issue.soviet-power",
        Position::Compromise,
        "1917-11-20",
        None,
    );
}
