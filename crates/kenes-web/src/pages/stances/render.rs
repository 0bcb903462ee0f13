//! The stances page as HTML: the choice form, the legend of positions, the
//! table (`table.stances`, one `td[data-stance]` per actor and issue with
//! stances) and the movements. Every name is the model's, escaped by maud.

use kenes_model::{Id, Model, Position};
use maud::{Markup, html};

use super::table::{Cell, Entry, Movement, Stances, Step};
use super::words::{self, position_label, symbol};
use crate::i18n::{Lang, Ui};
use crate::names::{claim_link, entity_link, named};

/// What the reader typed into the form, shown back in it.
#[derive(Debug, Default)]
pub struct Chosen<'q> {
    pub issue: Option<&'q str>,
    pub actor: Option<&'q str>,
    pub at: Option<&'q str>,
    /// Set when the day is read in New Style, so that the form keeps it so.
    pub new_style: bool,
}

/// The page's body.
pub fn body(model: &Model, ui: &Ui, stances: &Stances, chosen: &Chosen<'_>) -> Markup {
    html! {
        p.lead { (ui.t(
            "Each organisation's position on each issue, in date order, as the sources state it or others ascribe it; every position links to the claims it rests on. Dates are Old Style with New Style beside them.",
            "Позиция каждой организации по каждому вопросу в порядке дат — как её заявляет сама организация или как её описывают другие; каждая позиция ведёт к утверждениям, на которых она основана. Даты по старому стилю, рядом — по новому.",
            "Әр ұйымның әр мәселе бойынша ұстанымы күн ретімен — ұйымның өзі мәлімдегендей немесе басқалар телігендей; әр ұстаным өзі сүйенетін тұжырымдарға сілтейді. Күндер ескі стильмен, қасында жаңа стильмен."
        )) }
        (form(model, ui, chosen))
        @if let Some(at) = &stances.at {
            p.day { (ui.t("Standing stances on", "Позиции, действующие на", "Күндегі ұстанымдар:")) " " (at) }
        }
        (legend(ui))
        @if stances.rows.is_empty() {
            p.warning { (ui.t("No stance is attested for this choice.", "Для этого выбора позиций не засвидетельствовано.", "Бұл таңдау бойынша ұстаным куәландырылмаған.")) }
        } @else {
            (table(model, ui, stances))
        }
        @if !stances.movements.is_empty() {
            (movements(model, ui, &stances.movements))
        }
    }
}

/// The GET form: an issue, an actor, a day (no script needed).
fn form(model: &Model, ui: &Ui, chosen: &Chosen<'_>) -> Markup {
    let everything = ui.t("all", "все", "барлығы");
    html! {
        form.stances-filter method="get" action="/stances" {
            label {
                (ui.t("Issue", "Вопрос", "Мәселе")) " "
                select name="issue" {
                    option value="" { (everything) }
                    @for issue in model.issues() {
                        option value=(issue.id().as_str()) selected[chosen.issue == Some(issue.id().as_str())] {
                            (plain_name(model, issue.id().id(), ui))
                        }
                    }
                }
            }
            label {
                (ui.t("Actor", "Участник", "Қатысушы")) " "
                select name="actor" {
                    option value="" { (everything) }
                    @for actor in model.actors().iter().filter(|a| model.stances().iter().any(|s| s.actor() == a.id())) {
                        option value=(actor.id().as_str()) selected[chosen.actor == Some(actor.id().as_str())] {
                            (plain_name(model, actor.id().id(), ui))
                        }
                    }
                }
            }
            label {
                @if chosen.new_style {
                    (ui.t("Standing on the day (New Style)", "Действующие на день (нов. ст.)", "Күндегі ұстаным (жаңа стиль)")) " "
                } @else {
                    (ui.t("Standing on the day (Old Style)", "Действующие на день (ст. ст.)", "Күндегі ұстаным (ескі стиль)")) " "
                }
                input type="date" name="at" value=[chosen.at];
            }
            @if chosen.new_style {
                input type="hidden" name="calendar" value="gregorian";
            }
            @if ui.lang != Lang::En {
                input type="hidden" name="lang" value=(ui.lang.code());
            }
            button type="submit" { (ui.t("Show", "Показать", "Көрсету")) }
            " " a href=(ui.href("/stances")) { (ui.t("Show everything", "Показать всё", "Бәрін көрсету")) }
        }
    }
}

/// A name as plain text in the reader's language, for a form's options.
fn plain_name(model: &Model, id: &Id, ui: &Ui) -> String {
    model.get(id).map_or_else(
        || id.to_string(),
        |entity| match named(&entity).and_then(|n| n.for_lang(ui.lang.code())) {
            Some(name) => name.text().to_owned(),
            None => entity.label().to_owned(),
        },
    )
}

/// Each position's symbol and name, and what the edges of an entry mean.
fn legend(ui: &Ui) -> Markup {
    html! {
        div.stance-legend {
            ul aria-label=(ui.t("Positions", "Позиции", "Ұстанымдар")) {
                @for position in Position::ALL {
                    li data-position=(position.as_str()) {
                        span.symbol aria-hidden="true" { (symbol(position)) } " " (position_label(ui, position))
                    }
                }
            }
            p.evidence { (ui.t(
                "A solid edge marks a position the actor declared itself; a dashed edge, one another actor ascribes to it.",
                "Сплошная черта — позицию заявил сам участник; пунктирная — её приписывает другой.",
                "Тұтас сызық — ұстанымды қатысушының өзі мәлімдеген; үзік сызық — оны басқа біреу телиді."
            )) }
        }
    }
}

fn table(model: &Model, ui: &Ui, stances: &Stances) -> Markup {
    html! {
        div.table-scroll {
            table.stances {
                caption.visually-hidden { (ui.t("Stances: actors by issues", "Позиции: участники по вопросам", "Ұстанымдар: қатысушылар мен мәселелер")) }
                thead {
                    tr {
                        th scope="col" { (ui.t("Actor", "Участник", "Қатысушы")) }
                        @for column in &stances.issues {
                            th scope="col" data-issue=(column.issue) { (link(model, &column.issue, ui)) }
                        }
                    }
                }
                tbody {
                    @for row in &stances.rows {
                        tr data-actor=(row.actor) {
                            th scope="row" { (link(model, &row.actor, ui)) }
                            @for cell in &row.cells {
                                (cell_markup(model, ui, cell))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// An entity link for an id the table holds as text.
fn link(model: &Model, id: &str, ui: &Ui) -> Markup {
    match Id::new(id) {
        Ok(id) => entity_link(model, &id, ui),
        Err(_) => html! { code { (id) } },
    }
}

fn cell_markup(model: &Model, ui: &Ui, cell: &Cell) -> Markup {
    let positions: Vec<&str> = cell.positions.iter().map(|p| p.as_str()).collect();
    html! {
        @if cell.entries.is_empty() {
            td.no-stance data-issue=(cell.issue) {
                span.issue-name { (link(model, &cell.issue, ui)) ": " }
                span aria-label=(ui.t("no stance", "позиции нет", "ұстаным жоқ")) { "·" }
            }
        } @else {
            td data-stance=(positions.join(" ")) data-issue=(cell.issue) {
                span.issue-name { (link(model, &cell.issue, ui)) }
                ol.positions {
                    @for entry in &cell.entries {
                        (entry_markup(model, ui, entry))
                    }
                }
            }
        }
    }
}

fn entry_markup(model: &Model, ui: &Ui, entry: &Entry) -> Markup {
    html! {
        li.position data-position=(entry.position.as_str()) data-voice=(entry.voice) data-certainty=(entry.certainty) data-stance-id=(entry.stance) {
            span.symbol aria-hidden="true" { (symbol(entry.position)) } " "
            strong { (position_label(ui, entry.position)) } " · "
            span.date { (entry.dual) }
            br;
            span.voice { (voice(model, ui, entry)) }
            br;
            span.certainty-note.uncertain[entry.certainty != "certain"] { (certainty(ui, entry)) }
            @if !entry.disagreeing.is_empty() {
                br;
                span.disagreeing {
                    (ui.t("disagreeing stances of the same date:", "несогласные позиции той же даты:", "сол күнгі қайшы ұстанымдар:"))
                    @for id in &entry.disagreeing { " " (link(model, id, ui)) }
                }
            }
            @if let Some(summary) = &entry.summary {
                span.summary { (summary) }
            }
            span.claims {
                (ui.t("claims:", "утверждения:", "тұжырымдар:"))
                @if entry.claims.is_empty() { " " (ui.t("none", "нет", "жоқ")) }
                @for claim in &entry.claims {
                    " " @match Id::new(claim) { Ok(id) => { (claim_link(&id, ui)) } Err(_) => { code { (claim) } } }
                }
            }
        }
    }
}

/// Who says the actor holds the position.
fn voice(model: &Model, ui: &Ui, entry: &Entry) -> Markup {
    html! {
        @match (entry.voice, &entry.by) {
            ("declared", _) => { (words::declared(ui)) }
            (_, Some(by)) => { (words::ascribed_by(ui)) " " (link(model, by, ui)) }
            (_, None) => { (words::ascribed(ui)) }
        }
    }
}

/// How sure the stance is: its date's note over time, the day's certainty on a day.
fn certainty(ui: &Ui, entry: &Entry) -> Markup {
    let word = match entry.certainty {
        "certain" => ui.t("certain", "достоверно", "анық"),
        "contested" => ui.t("contested", "оспаривается", "дауда"),
        _ => ui.t("uncertain", "недостоверно", "анық емес"),
    };
    html! {
        @match (entry.date_note, &entry.reason) {
            (Some(note), _) => { (note.text(ui)) }
            (None, Some(reason)) => { (word) ": " (reason) }
            (None, None) => { (word) }
        }
    }
}

fn movements(model: &Model, ui: &Ui, movements: &[Movement]) -> Markup {
    html! {
        section.movements {
            h2 { (ui.t("How positions moved", "Как менялись позиции", "Ұстанымдар қалай өзгерді")) }
            ul {
                @for movement in movements {
                    li data-actor=(movement.actor) data-issue=(movement.issue) {
                        (link(model, &movement.actor, ui)) " — " (link(model, &movement.issue, ui)) ": "
                        @for (i, step) in movement.steps.iter().enumerate() {
                            @if i > 0 { " → " }
                            (step_markup(model, ui, step))
                        }
                    }
                }
            }
        }
    }
}

fn step_markup(model: &Model, ui: &Ui, step: &Step) -> Markup {
    html! {
        span.step data-position=(step.position.as_str()) {
            span.symbol aria-hidden="true" { (symbol(step.position)) } " "
            (position_label(ui, step.position))
            @if let Some(from) = &step.from { " (" (from) ")" }
            @if step.only_ascribed {
                " [" (ui.t("only ascribed", "только приписано", "тек телінген"))
                @for by in &step.ascribed_by { " " (link(model, by, ui)) }
                "]"
            }
        }
    }
}
