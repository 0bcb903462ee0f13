//! The system on a day: which bodies exist and who sits in them, who holds
//! power over what, who is under arrest, each organisation's standing stance
//! — computed by the engine, each line linked to its subject and its claims.
//! The day is chosen with a form (no script needed).

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use kenes_analysis::state::{BodyState, section_heading, state_at, state_lines};
use kenes_model::date::{Calendar, HistoricalDate};
use kenes_model::{Entity, Id, Model};
use maud::{Markup, html};
use serde::Deserialize;

use super::Shared;
use crate::Explorer;
use crate::i18n::Ui;
use crate::layout::{nav_label, page};
use crate::names::{claim_link, entity_link};

/// The day asked for on the page of the system on a day.
#[derive(Debug, Deserialize)]
pub struct DayQuery {
    /// YYYY-MM-DD, in `calendar`; the first day of the model's period when absent.
    at: Option<String>,
    /// julian or gregorian; the model's own when absent.
    calendar: Option<String>,
}

pub async fn system_on_day(
    State(explorer): Shared,
    ui: Ui,
    Query(query): Query<DayQuery>,
) -> Response {
    let model = &explorer.model;
    let meta = model.meta();
    let calendar = match query.calendar.as_deref() {
        None | Some("") => meta.calendar.calendar(),
        Some(text) => match Calendar::parse(text) {
            Some(calendar) => calendar,
            None => return bad_day(&explorer, &ui, BadDay::Calendar),
        },
    };
    let first = meta.period.as_ref().and_then(HistoricalDate::earliest);
    let at = match (query.at.as_deref().filter(|a| !a.is_empty()), first) {
        (Some(text), _) => text.to_owned(),
        (None, Some(day)) => day.iso(calendar),
        (None, None) => return bad_day(&explorer, &ui, BadDay::Missing),
    };
    let day = HistoricalDate::parse(&at, calendar, meta.calendar.basis())
        .ok()
        .and_then(|date| date.single_day());
    let Some(day) = day else {
        return bad_day(&explorer, &ui, BadDay::Unreadable);
    };
    let state = state_at(model, day);
    let lines = state_lines(model, &state);
    // the lines come section by section
    let mut sections: Vec<&str> = lines.iter().map(|line| line.what).collect();
    sections.dedup();
    let body = html! {
        (day_form(&ui, &at, calendar))
        p.day { (state.day_rendered) }
        @if let Some(beyond) = &state.beyond_period {
            p.warning { (beyond) }
        }
        @for section in sections {
            section data-section=(section) {
                h2 { (heading(&ui, section)) }
                ul.state {
                    @for line in lines.iter().filter(|l| l.what == section) {
                        li data-subject=(line.subject) {
                            (subject_link(model, &line.subject, &ui)) " — " (line.text)
                            @if !line.evidence.certainty.is_certain() {
                                " " span.certainty { "[" (line.evidence.certainty.as_str())
                                    @if let Some(reason) = line.evidence.certainty.reason() { ": " (reason) }
                                "]" }
                            }
                            @if line.what == "body" {
                                @if let Some(body) = state.bodies.iter().find(|b| b.body.as_str() == line.subject) {
                                    (members(model, body, &ui))
                                }
                            }
                            br;
                            span.evidence {
                                (ui.t("since", "с", "бастап")) " " (line.evidence.since.render_dual()) " · "
                                (ui.t("claims", "утверждения", "деректер")) ": "
                                @if line.evidence.claims.is_empty() { (ui.t("none", "нет", "жоқ")) }
                                @for (i, claim) in line.evidence.claims.iter().enumerate() {
                                    @if i > 0 { ", " }
                                    (claim_link(claim.id(), &ui))
                                }
                            }
                        }
                    }
                }
            }
        }
        @if !state.events_on_day.is_empty() {
            section {
                h2 { (ui.t("Events of the day", "События дня", "Күннің оқиғалары")) }
                ul {
                    @for event in &state.events_on_day {
                        li { (event.date.render_dual()) " — " (entity_link(model, event.event.id(), &ui)) }
                    }
                }
            }
        }
    };
    let title = nav_label(&ui, "/state");
    Html(page(&explorer, &ui, "/state", &title, body).into_string()).into_response()
}

/// The date form: a day in the chosen calendar, sent as a GET query.
fn day_form(ui: &Ui, at: &str, calendar: Calendar) -> Markup {
    html! {
        form.day method="get" action="/state" {
            label for="at" { (ui.t("Day", "День", "Күн")) " (" (calendar_name(ui, calendar)) ")" }
            input #at type="date" name="at" value=(at) required;
            input type="hidden" name="calendar" value=(calendar_key(calendar));
            @if ui.lang != crate::i18n::Lang::En {
                input type="hidden" name="lang" value=(ui.lang.code());
            }
            button type="submit" { (ui.t("Show", "Показать", "Көрсету")) }
        }
    }
}

/// The line's subject as a link when the model knows it.
fn subject_link(model: &Model, subject: &str, ui: &Ui) -> Markup {
    match Id::new(subject) {
        Ok(id) if model.get(&id).is_some() => entity_link(model, &id, ui),
        _ => html! { (subject) },
    }
}

/// Who sits in a body on the day: the seats of the composition chosen.
fn members(model: &Model, body: &BodyState, ui: &Ui) -> Markup {
    let Some(chosen) = &body.composition.chosen else {
        return html! {};
    };
    let Some(Entity::Composition(composition)) = model.get(chosen.id()) else {
        return html! {};
    };
    html! {
        ul.members {
            @for seat in composition.seats() {
                li {
                    (entity_link(model, seat.constituency().id(), ui)) ": "
                    @match seat.seats() {
                        Some(n) => (n),
                        None => (ui.t("seats not numbered", "число мест не указано", "орын саны көрсетілмеген")),
                    }
                }
            }
        }
    }
}

/// A section's heading in the reader's language (the engine names it in English).
fn heading(ui: &Ui, section: &str) -> &'static str {
    match section {
        "body" => ui.t("Bodies", "Органы", "Органдар"),
        "power" => ui.t("Power", "Власть", "Билік"),
        "martial-law" => ui.t("Martial law", "Военное положение", "Әскери жағдай"),
        "arrest" => ui.t("Under arrest", "Под арестом", "Тұтқында"),
        "departure" => ui.t("Walk-outs", "Уходы", "Шығып кеткендер"),
        "stance" => ui.t(
            "Standing stances",
            "Действующие позиции",
            "Қолданыстағы ұстанымдар",
        ),
        other => section_heading(other),
    }
}

fn calendar_name(ui: &Ui, calendar: Calendar) -> &'static str {
    match calendar {
        Calendar::Julian => ui.t("Old Style", "старый стиль", "ескі стиль"),
        Calendar::Gregorian => ui.t("New Style", "новый стиль", "жаңа стиль"),
    }
}

fn calendar_key(calendar: Calendar) -> &'static str {
    match calendar {
        Calendar::Julian => "julian",
        Calendar::Gregorian => "gregorian",
    }
}

/// Why a day cannot be shown.
enum BadDay {
    Calendar,
    Missing,
    Unreadable,
}

/// A day that cannot be read: the page says why, with status 400.
fn bad_day(explorer: &Explorer, ui: &Ui, why: BadDay) -> Response {
    let why = match why {
        BadDay::Calendar => ui.t(
            "the calendar is julian or gregorian",
            "календарь — julian или gregorian",
            "күнтізбе julian немесе gregorian болады",
        ),
        BadDay::Missing => ui.t("choose a day", "выберите день", "күнді таңдаңыз"),
        BadDay::Unreadable => ui.t(
            "a day is written YYYY-MM-DD",
            "день пишется ГГГГ-ММ-ДД",
            "күн ЖЖЖЖ-АА-КК түрінде жазылады",
        ),
    };
    let body = html! {
        p.warning { (ui.t("That day cannot be shown: ", "Этот день нельзя показать: ", "Бұл күнді көрсету мүмкін емес: ")) (why) "." }
        p { a href=(ui.href("/state")) { (ui.t("Back to the first day of the model", "К первому дню модели", "Модельдің бірінші күніне оралу")) } }
    };
    let title = nav_label(ui, "/state");
    (
        StatusCode::BAD_REQUEST,
        Html(page(explorer, ui, "/state", &title, body).into_string()),
    )
        .into_response()
}
