//! What an alternative of a conflict states, in a few facts: a composition's
//! stated size and seats, an event's date, place and attendance, a population
//! figure's share. These are the values sources disagree on, so they stand at
//! the head of each side before the claims behind them.

use kenes_model::{Composition, Entity, Event, Id, Population, Source, Stance, Vote};

use crate::i18n::Ui;

/// Which fact: its key in the API and its label on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactKey {
    Of,
    Size,
    Listed,
    Seats,
    Date,
    Place,
    Attendance,
    Status,
    AccountOf,
    Group,
    Scope,
    Share,
    Count,
    CitedAs,
    Motion,
    Tally,
    Present,
    Position,
    Sitting,
    Actor,
    Issue,
}

impl FactKey {
    /// The key of the fact in `/api/conflicts`.
    pub fn as_str(self) -> &'static str {
        self.labels()[0]
    }

    /// The label on the page, in the reader's language.
    pub fn label(self, ui: &Ui) -> &'static str {
        let [_, en, ru, kk] = self.labels();
        ui.t(en, ru, kk)
    }

    fn labels(self) -> [&'static str; 4] {
        match self {
            FactKey::Of => [
                "of",
                "Body or proposal",
                "Орган или проект",
                "Орган не жоба",
            ],
            FactKey::Size => [
                "size",
                "Stated size",
                "Заявленное число мест",
                "Айтылған саны",
            ],
            FactKey::Listed => [
                "listed",
                "Seats listed",
                "Перечислено мест",
                "Аталған орындар",
            ],
            FactKey::Seats => ["seats", "Seats of", "Места", "Орындары"],
            FactKey::Date => ["date", "Date", "Дата", "Күні"],
            FactKey::Place => ["place", "Place", "Место", "Орны"],
            FactKey::Attendance => ["attendance", "Present", "Присутствовало", "Қатысқаны"],
            FactKey::Status => ["status", "Status", "Статус", "Күйі"],
            FactKey::AccountOf => [
                "account_of",
                "An account of",
                "Версия события",
                "Оқиғаның нұсқасы",
            ],
            FactKey::Group => ["group", "Group", "Группа", "Топ"],
            FactKey::Scope => ["scope", "In", "Где", "Қайда"],
            FactKey::Share => ["share", "Share", "Доля", "Үлесі"],
            FactKey::Count => ["count", "Number", "Численность", "Саны"],
            FactKey::CitedAs => ["cited_as", "Cited as", "Ссылка", "Сілтеме"],
            FactKey::Motion => ["motion", "Motion", "Предложение", "Ұсыныс"],
            FactKey::Tally => ["tally", "Votes", "Голоса", "Дауыстар"],
            FactKey::Present => [
                "present",
                "Present at the vote",
                "Присутствовало при голосовании",
                "Дауыс беруде қатысқаны",
            ],
            FactKey::Position => ["position", "Position", "Позиция", "Ұстанымы"],
            FactKey::Sitting => ["sitting", "At the sitting", "На заседании", "Отырыста"],
            FactKey::Actor => ["actor", "Who", "Кто", "Кім"],
            FactKey::Issue => ["issue", "On", "По вопросу", "Мәселе"],
        }
    }
}

/// One fact: a value as the model has it, and the entity it names, if any.
/// A fact with neither (a seat listed without a number) says "not given".
#[derive(Clone, Debug)]
pub struct Fact<'m> {
    pub key: FactKey,
    pub value: Option<String>,
    pub entity: Option<&'m Id>,
}

impl<'m> Fact<'m> {
    fn text(key: FactKey, value: impl Into<String>) -> Fact<'m> {
        Fact {
            key,
            value: Some(value.into()),
            entity: None,
        }
    }
    fn entity(key: FactKey, entity: &'m Id) -> Fact<'m> {
        Fact {
            key,
            value: None,
            entity: Some(entity),
        }
    }
}

/// The facts an entity states; none for the model's vocabulary (actors,
/// places, bodies, issues), whose names say what they are.
pub fn facts_of<'m>(entity: &Entity<'m>) -> Vec<Fact<'m>> {
    match entity {
        Entity::Composition(composition) => composition_facts(composition),
        Entity::Event(event) => event_facts(event),
        Entity::Population(population) => population_facts(population),
        Entity::Source(source) => source_facts(source),
        Entity::Vote(vote) => vote_facts(vote),
        Entity::Stance(stance) => stance_facts(stance),
        _ => Vec::new(),
    }
}

fn composition_facts(composition: &Composition) -> Vec<Fact<'_>> {
    let mut facts = vec![Fact::entity(FactKey::Of, composition.of())];
    if let Some(size) = composition.stated_size() {
        facts.push(Fact::text(FactKey::Size, size.to_string()));
    }
    let numbers: Vec<String> = composition
        .seats()
        .iter()
        .filter_map(|seat| seat.seats())
        .map(|seats| seats.to_string())
        .collect();
    let (listed, _) = composition.listed_seats();
    if numbers.len() > 1 {
        let sum = format!("{} = {listed}", numbers.join(" + "));
        facts.push(Fact::text(FactKey::Listed, sum));
    }
    facts.extend(composition.seats().iter().map(|seat| Fact {
        key: FactKey::Seats,
        value: seat.seats().map(|seats| seats.to_string()),
        entity: Some(seat.constituency().id()),
    }));
    facts
}

fn event_facts(event: &Event) -> Vec<Fact<'_>> {
    let mut facts = Vec::new();
    if let Some(date) = event.date() {
        facts.push(Fact::text(FactKey::Date, date.render_dual()));
    }
    if let Some(place) = event.place() {
        facts.push(Fact::entity(FactKey::Place, place.id()));
    }
    if let Some(attendance) = event.attendance() {
        facts.push(Fact::text(FactKey::Attendance, attendance.to_string()));
    }
    facts.push(Fact::text(FactKey::Status, event.status().as_str()));
    if let Some(original) = event.account_of() {
        facts.push(Fact::entity(FactKey::AccountOf, original.id()));
    }
    facts
}

fn population_facts(population: &Population) -> Vec<Fact<'_>> {
    let mut facts = vec![
        Fact::entity(FactKey::Group, population.group().id()),
        Fact::entity(FactKey::Scope, population.scope().id()),
    ];
    if let Some(share) = population.share_percent() {
        facts.push(Fact::text(FactKey::Share, percent(share)));
    }
    if let Some(count) = population.count() {
        let bound = if population.count_is_lower_bound() {
            "> "
        } else {
            ""
        };
        facts.push(Fact::text(FactKey::Count, format!("{bound}{count}")));
    }
    facts
}

/// An exact share of 100: "95 %", or "190/2 %" when the source's figure is a fraction.
fn percent((numerator, denominator): (u64, u64)) -> String {
    if denominator == 1 {
        format!("{numerator} %")
    } else {
        format!("{numerator}/{denominator} %")
    }
}

fn source_facts(source: &Source) -> Vec<Fact<'_>> {
    let mut facts = Vec::new();
    if let Some(cited_as) = source.cited_as() {
        facts.push(Fact::text(FactKey::CitedAs, cited_as));
    }
    if let Some(date) = source.date() {
        facts.push(Fact::text(FactKey::Date, date.render_dual()));
    }
    facts
}

fn vote_facts(vote: &Vote) -> Vec<Fact<'_>> {
    let mut facts = vec![Fact::text(FactKey::Motion, vote.motion())];
    let tallies: Vec<String> = vote
        .tallies()
        .iter()
        .map(|tally| format!("{} {}", tally.option(), tally.count()))
        .collect();
    if !tallies.is_empty() {
        let sum = format!("{} = {}", tallies.join(" + "), vote.total_cast());
        facts.push(Fact::text(FactKey::Tally, sum));
    }
    if let Some(present) = vote.present() {
        facts.push(Fact::text(FactKey::Present, present.to_string()));
    }
    facts.push(Fact::entity(FactKey::Sitting, vote.event().id()));
    facts
}

fn stance_facts(stance: &Stance) -> Vec<Fact<'_>> {
    vec![
        Fact::entity(FactKey::Actor, stance.actor().id()),
        Fact::entity(FactKey::Issue, stance.issue().id()),
        Fact::text(FactKey::Position, stance.position().as_str()),
        Fact::text(FactKey::Date, stance.date().render_dual()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_are_exact() {
        assert_eq!(percent((95, 1)), "95 %");
        assert_eq!(percent((195, 2)), "195/2 %");
    }
}
