//! What the model says of one entity, kind by kind, as a list of facts with
//! every entity it names linked to its own page.

use kenes_model::{Entity, Id, Model};
use maud::{Markup, html};

use crate::i18n::Ui;
use crate::names::entity_link;

/// One fact: its label in the reader's language, and its value.
type Fact = (&'static str, Markup);

/// The facts of `entity`, as a definition list (nothing when it has none).
pub fn facts(model: &Model, entity: &Entity<'_>, ui: &Ui) -> Markup {
    let link = |id: &Id| entity_link(model, id, ui);
    let list = |ids: &mut dyn Iterator<Item = &Id>| {
        html! { @for (i, id) in ids.enumerate() { @if i > 0 { ", " } (link(id)) } }
    };
    let facts: Vec<Fact> = match entity {
        Entity::Actor(actor) => {
            let mut facts = vec![(
                ui.t("Kind", "Вид", "Түрі"),
                html! { (actor.kind().as_str()) },
            )];
            if let Some(description) = actor.description() {
                facts.push((
                    ui.t("Description", "Описание", "Сипаттама"),
                    html! { span lang="en" { (description) } },
                ));
            }
            if let Some(place) = actor.place() {
                facts.push((ui.t("Place", "Место", "Орны"), link(place.id())));
            }
            if let Some(part_of) = actor.part_of() {
                facts.push((ui.t("Part of", "Входит в", "Құрамында"), link(part_of.id())));
            }
            for affiliation in actor.affiliations() {
                facts.push((
                    ui.t("Member of", "Член", "Мүшесі"),
                    html! {
                        (link(affiliation.organisation().id()))
                        @if let Some(role) = affiliation.role() { " (" (role) ")" }
                    },
                ));
            }
            let timeline = format!("/timeline?actor={}", actor.id().as_str());
            facts.push((ui.t("Events", "События", "Оқиғалар"), html! {
                a href=(ui.href(&timeline)) { (ui.t("on the timeline", "в хронологии", "хронологияда")) }
            }));
            facts
        }
        Entity::Place(place) => {
            let mut facts = vec![(
                ui.t("Kind", "Вид", "Түрі"),
                html! { (place.kind().as_str()) },
            )];
            if let Some(within) = place.within() {
                facts.push((ui.t("Within", "В составе", "Құрамында"), link(within.id())));
            }
            facts
        }
        Entity::Source(source) => {
            let mut facts = vec![(
                ui.t("Kind", "Вид", "Түрі"),
                html! { (source.kind().as_str()) },
            )];
            if let Some(author) = source.author() {
                facts.push((ui.t("Author", "Автор", "Авторы"), html! { (author) }));
            }
            if let Some(date) = source.date() {
                facts.push((ui.t("Date", "Дата", "Күні"), html! { (date.render_dual()) }));
            }
            if let Some(newspaper) = source.newspaper() {
                facts.push((ui.t("Newspaper", "Газета", "Газет"), link(newspaper.id())));
            }
            if let Some(issued_by) = source.issued_by() {
                facts.push((ui.t("Issued by", "Издан", "Шығарған"), link(issued_by.id())));
            }
            if let Some(pages) = source.pages() {
                facts.push((ui.t("Pages", "Страницы", "Беттері"), html! { (pages) }));
            }
            facts
        }
        Entity::Claim(claim) => {
            let mut facts = vec![
                (
                    ui.t("Source", "Источник", "Дереккөз"),
                    link(claim.source().id()),
                ),
                (
                    ui.t("Voice", "Голос", "Кімнің сөзі"),
                    html! { (claim.voice().as_str()) },
                ),
            ];
            if !claim.via().is_empty() {
                facts.push((
                    ui.t("Relayed by", "Передано через", "Жеткізген"),
                    list(&mut claim.via().iter().map(|s| s.id())),
                ));
            }
            if let Some(locator) = claim.locator() {
                facts.push((
                    ui.t("Locator", "Место в источнике", "Дереккөздегі орны"),
                    html! { (locator) },
                ));
            }
            if let Some(confidence) = claim.confidence() {
                facts.push((
                    ui.t("Confidence", "Уверенность", "Сенімділік"),
                    html! { (confidence.as_str()) },
                ));
            }
            facts
        }
        Entity::Body(body) => {
            let mut facts = vec![(
                ui.t("Kind", "Вид", "Түрі"),
                html! { (body.kind().as_str()) },
            )];
            if let Some(place) = body.place() {
                facts.push((ui.t("Place", "Место", "Орны"), link(place.id())));
            }
            if let Some(attached) = body.attached_to() {
                facts.push((ui.t("Attached to", "При", "Жанында"), link(attached.id())));
            }
            let compositions: Vec<&Id> = model
                .compositions_of(body.id().id())
                .map(|c| c.id().id())
                .collect();
            if !compositions.is_empty() {
                facts.push((
                    ui.t("Compositions", "Составы", "Құрамдары"),
                    list(&mut compositions.into_iter()),
                ));
            }
            facts
        }
        Entity::Composition(composition) => {
            let mut facts = vec![(ui.t("Of", "Чей", "Кімнің"), link(composition.of()))];
            if let Some(size) = composition.stated_size() {
                facts.push((
                    ui.t("Stated size", "Заявленный размер", "Көрсетілген саны"),
                    html! { (size) },
                ));
            }
            for seat in composition.seats() {
                facts.push((
                    ui.t("Seats", "Места", "Орындар"),
                    html! {
                        (link(seat.constituency().id())) ": "
                        @match seat.seats() { Some(n) => (n), None => "?" }
                        @if let Some(note) = seat.note() { " — " (note) }
                    },
                ));
            }
            facts
        }
        Entity::Proposal(proposal) => {
            let mut facts = vec![(
                ui.t("Outcome", "Итог", "Нәтижесі"),
                html! { (proposal.outcome().as_str()) },
            )];
            if !proposal.proposers().is_empty() {
                facts.push((
                    ui.t("Proposed by", "Предложил", "Ұсынған"),
                    list(&mut proposal.proposers().iter().map(|a| a.id())),
                ));
            }
            if let Some(body) = proposal.body() {
                facts.push((ui.t("Body", "Орган", "Орган"), link(body.id())));
            }
            if let Some(event) = proposal.event() {
                facts.push((ui.t("Event", "Событие", "Оқиға"), link(event.id())));
            }
            for point in proposal.points() {
                facts.push((ui.t("Point", "Пункт", "Тармақ"), html! { (point) }));
            }
            facts
        }
        Entity::Event(event) => event_facts(model, event, ui),
        Entity::Issue(issue) => issue
            .description()
            .map(|d| (ui.t("Description", "Описание", "Сипаттама"), html! { (d) }))
            .into_iter()
            .collect(),
        Entity::Stance(stance) => {
            let mut facts = vec![
                (
                    ui.t("Actor", "Участник", "Қатысушы"),
                    link(stance.actor().id()),
                ),
                (ui.t("Issue", "Вопрос", "Мәселе"), link(stance.issue().id())),
                (
                    ui.t("Position", "Позиция", "Ұстаным"),
                    html! { (stance.position().as_str()) },
                ),
                (
                    ui.t("Date", "Дата", "Күні"),
                    html! { (stance.date().render_dual()) },
                ),
                (
                    ui.t("Voice", "Голос", "Кімнің сөзі"),
                    html! { (stance.voice().as_str()) },
                ),
            ];
            if let Some(summary) = stance.summary() {
                facts.push((ui.t("Summary", "Кратко", "Қысқаша"), html! { (summary) }));
            }
            facts
        }
        Entity::Vote(vote) => {
            let mut facts = vec![
                (ui.t("Event", "Событие", "Оқиға"), link(vote.event().id())),
                (
                    ui.t("Motion", "Предложение", "Ұсыныс"),
                    html! { (vote.motion()) },
                ),
            ];
            for tally in vote.tallies() {
                facts.push((
                    ui.t("Votes", "Голоса", "Дауыстар"),
                    html! { (tally.option()) ": " (tally.count()) },
                ));
            }
            facts
        }
        Entity::Population(population) => {
            let mut facts = vec![
                (ui.t("Where", "Где", "Қайда"), link(population.scope().id())),
                (
                    ui.t("Group", "Группа", "Топ"),
                    link(population.group().id()),
                ),
            ];
            if let Some(count) = population.count() {
                let bound = if population.count_is_lower_bound() {
                    "≥ "
                } else {
                    ""
                };
                facts.push((ui.t("Count", "Число", "Саны"), html! { (bound) (count) }));
            }
            if let Some((numerator, denominator)) = population.share_percent() {
                facts.push((
                    ui.t("Share", "Доля", "Үлесі"),
                    html! { (format!("{}", numerator as f64 / denominator as f64)) " %" },
                ));
            }
            facts
        }
        Entity::Reading(reading) => vec![
            (
                ui.t("Question", "Вопрос", "Сұрақ"),
                html! { (reading.question()) },
            ),
            (
                ui.t("Alternatives", "Варианты", "Нұсқалар"),
                list(&mut reading.alternatives().iter()),
            ),
            (
                ui.t("Adopted", "Принято", "Қабылданғаны"),
                list(&mut reading.adopted().iter()),
            ),
            (
                ui.t("Reason", "Обоснование", "Негіздеме"),
                html! { (reading.reason()) },
            ),
        ],
    };
    html! {
        @if !facts.is_empty() {
            dl.facts {
                @for (label, value) in facts { dt { (label) } dd { (value) } }
            }
        }
    }
}

fn event_facts(model: &Model, event: &kenes_model::Event, ui: &Ui) -> Vec<Fact> {
    let link = |id: &Id| entity_link(model, id, ui);
    let mut facts = vec![
        (
            ui.t("Date", "Дата", "Күні"),
            html! {
                @match event.date() { Some(date) => (date.render_dual()), None => (ui.t("undated", "без даты", "күні жоқ")) }
            },
        ),
        (
            ui.t("Kind", "Вид", "Түрі"),
            html! { (event.kind().as_str()) " · " (event.status().as_str()) },
        ),
    ];
    if let Some(place) = event.place() {
        facts.push((ui.t("Place", "Место", "Орны"), link(place.id())));
    }
    if let Some(body) = event.body() {
        facts.push((ui.t("Body", "Орган", "Орган"), link(body.id())));
    }
    if let Some(part_of) = event.part_of() {
        facts.push((
            ui.t("Part of", "Часть события", "Оқиғаның бөлігі"),
            link(part_of.id()),
        ));
    }
    for participant in event.participants() {
        facts.push((ui.t("Participant", "Участник", "Қатысушы"), html! {
            (link(participant.actor().id()))
            @if let Some(role) = participant.role() { " (" (role) ")" }
            @if let Some(behalf) = participant.on_behalf_of() { " — " (ui.t("for", "от имени", "атынан")) " " (link(behalf.id())) }
        }));
    }
    if let Some(attendance) = event.attendance() {
        facts.push((
            ui.t("Attendance", "Присутствовало", "Қатысқандар"),
            html! { (attendance) },
        ));
    }
    for effect in event.effects() {
        facts.push((
            ui.t("Effect", "Следствие", "Салдары"),
            html! { (effect.kind()) },
        ));
    }
    facts
}
