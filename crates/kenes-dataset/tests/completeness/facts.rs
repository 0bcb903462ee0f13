//! What the model states, in the shape the paper's items are compared with:
//! per claim, the numbers, days, day ranges and years of every entity that
//! cites it (and of the claim's own source chain); the names of persons and
//! of organisations, bodies, places and titled works; and the citations the
//! model records as written (a source's `cited_as`, a claim's `locator`).

use std::collections::{BTreeSet, HashMap, HashSet};

use kenes_model::date::{Calendar, Day, HistoricalDate};
use kenes_model::{Entity, Model, Source};

use super::normal::{name_key, squeezed_string};
use super::scan::MonthDay;

/// Values an entity (or the entities behind a claim) states.
#[derive(Clone, Debug, Default)]
pub struct Values {
    pub numbers: BTreeSet<u64>,
    pub days: BTreeSet<MonthDay>,
    pub ranges: BTreeSet<(MonthDay, MonthDay)>,
    pub years: BTreeSet<u32>,
}

impl Values {
    fn extend(&mut self, other: &Values) {
        self.numbers.extend(&other.numbers);
        self.days.extend(&other.days);
        self.ranges.extend(&other.ranges);
        self.years.extend(&other.years);
    }
    fn is_empty(&self) -> bool {
        self.numbers.is_empty() && self.days.is_empty() && self.years.is_empty()
    }
}

/// A person's name split for matching: lowercase initials and surname.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonName {
    pub initials: Vec<char>,
    pub surname: String,
    pub actor: String,
}

/// One name of an entity: its comparison key, its squeezed lowercase text
/// with guillemets kept, and the entity's id.
#[derive(Clone, Debug)]
pub struct NameEntry {
    pub key: String,
    pub quoted: String,
    pub id: String,
}

impl NameEntry {
    fn new(text: &str, id: &str) -> NameEntry {
        NameEntry {
            key: name_key(text),
            quoted: squeezed_string(text).to_lowercase(),
            id: id.to_owned(),
        }
    }
}

/// A citation the model records as written, with the sources it names.
#[derive(Clone, Debug)]
pub struct Citation {
    pub squeezed: String,
    pub by: String,
    pub sources: Vec<String>,
}

/// Everything the completeness test compares the paper with.
#[derive(Debug, Default)]
pub struct Facts {
    /// Claims some entity cites (or a reading weighs).
    pub live: HashSet<String>,
    /// Per claim: the values of the entities citing it and of its sources.
    pub by_claim: HashMap<String, Values>,
    /// Per entity: its own values (for hints on failure).
    pub by_entity: Vec<(String, Values)>,
    /// Per source: its date's values and its author's name key.
    pub sources: HashMap<String, (Values, Option<String>)>,
    pub persons: Vec<PersonName>,
    /// Names of actors, bodies, places, issues and titled sources.
    pub names: Vec<NameEntry>,
    pub citations: Vec<Citation>,
}

/// Collects the facts of `model`.
pub fn collect(model: &Model) -> Facts {
    let calendar = model.meta().calendar.calendar();
    let mut facts = Facts::default();
    for entity in model.entities() {
        let values = entity_values(entity, calendar);
        let id = entity.id().as_str().to_owned();
        for claim in entity.origin().claims() {
            if claim.as_str() != id {
                facts.live.insert(claim.as_str().to_owned());
                facts
                    .by_claim
                    .entry(claim.as_str().to_owned())
                    .or_default()
                    .extend(&values);
            }
        }
        if !values.is_empty() {
            facts.by_entity.push((id, values));
        }
    }
    for reading in model.readings() {
        facts
            .live
            .extend(reading.alternatives().iter().map(|a| a.as_str().to_owned()));
    }
    add_sources(model, calendar, &mut facts);
    add_claim_sources(model, &mut facts);
    add_names(model, &mut facts);
    add_citations(model, &mut facts);
    facts
}

fn entity_values(entity: Entity<'_>, calendar: Calendar) -> Values {
    let mut v = Values::default();
    match entity {
        Entity::Event(e) => {
            e.date()
                .into_iter()
                .for_each(|d| date_values(d, calendar, &mut v));
            v.numbers.extend(e.attendance().map(u64::from));
        }
        Entity::Stance(s) => date_values(s.date(), calendar, &mut v),
        Entity::Composition(c) => {
            v.numbers.extend(c.stated_size().map(u64::from));
            v.numbers
                .extend(c.seats().iter().filter_map(|s| s.seats()).map(u64::from));
        }
        Entity::Vote(vote) => {
            v.numbers
                .extend(vote.tallies().iter().map(|t| u64::from(t.count())));
            v.numbers.extend(vote.present().map(u64::from));
        }
        Entity::Population(p) => {
            let share = p.share_percent().filter(|&(_, d)| d == 1).map(|(n, _)| n);
            v.numbers.extend(share.into_iter().chain(p.count()));
        }
        Entity::Proposal(p) => v.numbers.extend(1..=p.points().len() as u64),
        Entity::Source(s) => v = source_values(s, calendar),
        _ => {}
    }
    v
}

fn source_values(source: &Source, calendar: Calendar) -> Values {
    let mut v = Values::default();
    source
        .date()
        .into_iter()
        .for_each(|d| date_values(d, calendar, &mut v));
    let mut texts: Vec<&str> = source.pages().into_iter().collect();
    if let Some(a) = source.archive() {
        texts.extend(
            [&a.fund, &a.inventory, &a.file, &a.sheets]
                .into_iter()
                .flatten()
                .map(|s| s.as_str()),
        );
    }
    for text in texts {
        v.numbers.extend(numbers_in(text));
    }
    v
}

/// Every digit run of `text` as a number.
pub fn numbers_in(text: &str) -> Vec<u64> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty() && s.len() <= 12)
        .filter_map(|s| s.parse().ok())
        .collect()
}

/// One end of a date as written: year, and month and day if given.
fn ymd(text: &str) -> Option<(i32, Option<u8>, Option<u8>)> {
    let text = text.trim_end_matches(['?', '~', '%']);
    let mut parts = text.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next().and_then(|m| m.parse().ok());
    let day = parts.next().and_then(|d| d.parse().ok());
    Some((year, month, day))
}

/// The days, range, years and numbers a date states: as written, and, for a
/// date written in the other calendar, in the model's calendar too.
fn date_values(date: &HistoricalDate, calendar: Calendar, v: &mut Values) {
    let ends: Vec<_> = date.as_written().split('/').map(ymd).collect();
    let mut days = Vec::new();
    for end in ends.iter().flatten() {
        let (year, month, day) = *end;
        v.years.insert(year as u32);
        v.numbers.insert(year as u64);
        if let (Some(m), Some(d)) = (month, day) {
            v.days.insert((m, d));
            v.numbers.insert(u64::from(d));
            days.push(Day::from_ymd(date.calendar(), year, m, d).ok());
            if date.calendar() != calendar {
                add_converted(date.calendar(), calendar, year, m, d, v);
            }
        }
    }
    if let [Some((_, Some(m1), Some(d1))), Some((_, Some(m2), Some(d2)))] = ends.as_slice() {
        v.ranges.insert(((*m1, *d1), (*m2, *d2)));
    }
    if let [Some(a), Some(b)] = days.as_slice() {
        let span = (b.jdn() - a.jdn()).unsigned_abs();
        v.numbers.extend([span, span + 1]);
    }
}

fn add_converted(from: Calendar, to: Calendar, y: i32, m: u8, d: u8, v: &mut Values) {
    if let Ok(day) = Day::from_ymd(from, y, m, d) {
        let (_, m, d) = day.ymd(to);
        v.days.insert((m, d));
    }
}

fn add_sources(model: &Model, calendar: Calendar, facts: &mut Facts) {
    for source in model.sources() {
        let author = source.author().map(name_key);
        let values = source_values(source, calendar);
        facts
            .sources
            .insert(source.id().as_str().to_owned(), (values, author));
    }
}

/// A claim also states the values of its source and of the works relaying it.
fn add_claim_sources(model: &Model, facts: &mut Facts) {
    for claim in model.claims() {
        let chain = std::iter::once(claim.source()).chain(claim.via());
        for source in chain {
            if let Some((values, _)) = facts.sources.get(source.as_str()).cloned() {
                facts
                    .by_claim
                    .entry(claim.id().as_str().to_owned())
                    .or_default()
                    .extend(&values);
            }
        }
    }
}

fn add_names(model: &Model, facts: &mut Facts) {
    for actor in model.actors() {
        let id = actor.id().as_str().to_owned();
        for name in actor.names().all() {
            facts.names.push(NameEntry::new(name.text(), &id));
            if actor.kind() == kenes_model::ActorKind::Person {
                facts.persons.extend(person_name(name.text(), &id));
            }
        }
    }
    let named = model
        .bodies()
        .iter()
        .map(|b| (b.id().as_str(), b.names()))
        .chain(model.places().iter().map(|p| (p.id().as_str(), p.names())))
        .chain(model.issues().iter().map(|i| (i.id().as_str(), i.names())));
    for (id, names) in named {
        facts
            .names
            .extend(names.all().iter().map(|n| NameEntry::new(n.text(), id)));
    }
    for source in model.sources() {
        if let Some(title) = source.title() {
            facts
                .names
                .push(NameEntry::new(title, source.id().as_str()));
        }
    }
}

/// Splits a person's name («П.А. Коровиченко», «Жүрсінбаев Б.А.», «Мұстафа
/// Шоқай») into lowercase initials and surname.
pub fn person_name(text: &str, actor: &str) -> Option<PersonName> {
    let key = name_key(text).replace('.', ". ");
    let mut initials = Vec::new();
    let mut words = Vec::new();
    for token in key.split_whitespace() {
        let letters: Vec<char> = token.chars().filter(|c| c.is_alphabetic()).collect();
        match (letters.len(), token.ends_with('.')) {
            (0, _) => {}
            (1, true) => initials.push(letters[0]),
            _ => words.push(letters.into_iter().collect::<String>()),
        }
    }
    let surname = words.pop()?;
    if initials.is_empty() {
        initials = words.iter().filter_map(|w| w.chars().next()).collect();
    }
    Some(PersonName {
        initials,
        surname,
        actor: actor.to_owned(),
    })
}

fn add_citations(model: &Model, facts: &mut Facts) {
    for source in model.sources() {
        if let Some(cited) = source.cited_as() {
            facts.citations.push(Citation {
                squeezed: squeezed_string(cited),
                by: source.id().as_str().to_owned(),
                sources: vec![source.id().as_str().to_owned()],
            });
        }
    }
    for claim in model.claims() {
        let live = facts.live.contains(claim.id().as_str());
        if let (Some(locator), true) = (claim.locator(), live) {
            let chain = std::iter::once(claim.source()).chain(claim.via());
            facts.citations.push(Citation {
                squeezed: squeezed_string(locator),
                by: claim.id().as_str().to_owned(),
                sources: chain.map(|s| s.as_str().to_owned()).collect(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kenes_model::date::CalendarBasis;

    fn values_of(text: &str, calendar: Calendar) -> Values {
        let date = HistoricalDate::parse(text, calendar, CalendarBasis::Stated).unwrap();
        let mut v = Values::default();
        date_values(&date, Calendar::Julian, &mut v);
        v
    }

    #[test]
    fn a_range_states_its_ends_and_its_length() {
        let v = values_of("1917-10-28/1917-11-01", Calendar::Julian);
        assert!(v.days.contains(&(10, 28)) && v.days.contains(&(11, 1)));
        assert!(v.ranges.contains(&((10, 28), (11, 1))));
        assert!(v.numbers.contains(&4) && v.numbers.contains(&5));
        assert!(v.years.contains(&1917));
    }

    #[test]
    fn a_gregorian_date_is_also_given_in_the_model_calendar() {
        let v = values_of("1917-11-07", Calendar::Gregorian);
        assert!(v.days.contains(&(11, 7)) && v.days.contains(&(10, 25)));
    }

    #[test]
    fn person_names_split_into_initials_and_surname() {
        let p = |t| {
            person_name(t, "x").map(|p| (p.initials.into_iter().collect::<String>(), p.surname))
        };
        assert_eq!(
            p("П.А. Коровиченко"),
            Some(("па".into(), "коровиченко".into()))
        );
        assert_eq!(
            p("Жүрсінбаев Б.А."),
            Some(("ба".into(), "жүрсінбаев".into()))
        );
        assert_eq!(p("Р.Абдуллаев"), Some(("р".into(), "абдуллаев".into())));
        assert_eq!(p("Мұстафа Шоқай"), Some(("м".into(), "шоқай".into())));
        assert_eq!(numbers_in("34-36-п."), vec![34, 36]);
    }
}
