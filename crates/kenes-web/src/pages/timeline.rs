//! The timeline: every event in order, each date in Old Style with New Style
//! beside it (marked when approximate or uncertain), filterable by actor and
//! kind with a GET form; each event opens its claims, the Kazakh passage
//! with the English rendering.

use std::collections::BTreeSet;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use kenes_analysis::timeline::{TimelineEntry, timeline as model_timeline};
use kenes_model::{ActorId, EventKind, Model};
use maud::{Markup, html};
use serde::Deserialize;

use super::Shared;
use crate::Explorer;
use crate::evidence::claim_cards;
use crate::i18n::Ui;
use crate::layout::{nav_label, page};
use crate::names::{entity_link, reader_help};

/// The filters of the timeline; an empty value means no filter.
#[derive(Debug, Default, Deserialize)]
pub struct TimelineQuery {
    /// An actor id: only the events that involve it.
    actor: Option<String>,
    /// An event kind (meeting, resolution, …): only events of that kind.
    kind: Option<String>,
}

/// The filters, read and checked against the model.
pub(crate) struct Filters {
    actor: Option<ActorId>,
    kind: Option<EventKind>,
}

pub async fn timeline(
    State(explorer): Shared,
    ui: Ui,
    Query(query): Query<TimelineQuery>,
) -> Response {
    let filters = match read_filters(&explorer.model, &query) {
        Ok(filters) => filters,
        Err(what) => return bad_filter(&explorer, &ui, &what),
    };
    let entries = model_timeline(&explorer.model);
    let shown = filters.select(&entries);
    let body = html! {
        (filter_form(&explorer.model, &entries, &filters, &ui))
        p {
            (shown.len()) " / " (entries.len()) " "
            (ui.t("events. Dates are Old Style (Julian), with New Style (Gregorian) beside them.",
                  "событий. Даты по старому стилю (юлианскому), рядом — по новому (григорианскому).",
                  "оқиға. Күндер ескі стильмен (Юлиан), қасында жаңа стильмен (Григориан)."))
        }
        table.timeline {
            thead { tr {
                th { (ui.t("Old Style", "Старый стиль", "Ескі стиль")) }
                th { (ui.t("New Style", "Новый стиль", "Жаңа стиль")) }
                th { (ui.t("Event", "Событие", "Оқиға")) }
                th { (ui.t("Kind", "Вид", "Түрі")) }
            } }
            tbody {
                @for entry in &shown { (row(&explorer, entry, &ui)) }
            }
        }
    };
    let title = nav_label(&ui, "/timeline");
    Html(page(&explorer, &ui, "/timeline", &title, body).into_string()).into_response()
}

impl Filters {
    /// The entries that pass both filters, in order.
    pub(crate) fn select<'e>(&self, entries: &'e [TimelineEntry]) -> Vec<&'e TimelineEntry> {
        entries
            .iter()
            .filter(|e| self.actor.as_ref().is_none_or(|a| e.involves(a)))
            .filter(|e| self.kind.is_none_or(|k| e.kind == k))
            .collect()
    }
}

/// The filters of `query`, or why they cannot be applied.
pub(crate) fn read_filters(model: &Model, query: &TimelineQuery) -> Result<Filters, String> {
    let actor = match query.actor.as_deref().filter(|a| !a.is_empty()) {
        None => None,
        Some(text) => match ActorId::new(text) {
            Ok(id) if model.actor(&id).is_some() => Some(id),
            _ => return Err(format!("no actor {text}")),
        },
    };
    let kind = match query.kind.as_deref().filter(|k| !k.is_empty()) {
        None => None,
        Some(text) => Some(EventKind::parse(text).ok_or_else(|| format!("no event kind {text}"))?),
    };
    Ok(Filters { actor, kind })
}

/// One event: its dates (marked when approximate or uncertain), its title,
/// place and participants, and its claims behind a disclosure.
fn row(explorer: &Explorer, entry: &TimelineEntry, ui: &Ui) -> Markup {
    let model = &explorer.model;
    html! {
        tr id=(entry.event.as_str()) class=[entry.is_planned().then_some("planned")] {
            td.date {
                @if entry.undated { (ui.t("undated", "без даты", "күні жоқ")) } @else { (entry.old_style) }
                @if entry.approximate { " " abbr title=(ui.t("approximate", "приблизительно", "шамамен")) { "≈" } }
                @if entry.uncertain { " " abbr title=(ui.t("uncertain", "неточно", "күмәнді")) { "?" } }
            }
            td.date { (entry.new_style) }
            td {
                a.event href=(ui.href(&crate::names::entity_path(entry.event.id()))) { (entry.title) }
                @if entry.is_planned() { " " span.status { "(" (ui.t("planned", "запланировано", "жоспарланған")) ")" } }
                @if let Some(place) = &entry.place { " · " (entity_link(model, place.id(), ui)) }
                @if !entry.participants.is_empty() {
                    p.participants {
                        @for (i, actor) in entry.participants.iter().enumerate() {
                            @if i > 0 { ", " }
                            (entity_link(model, actor.id(), ui))
                        }
                    }
                }
                details.claims {
                    summary { (ui.t("Claims: the passage and its English", "Утверждения: цитата и перевод", "Деректер: үзінді және аудармасы")) " (" (entry.claims.len()) ")" }
                    (claim_cards(explorer, &entry.claims, ui))
                }
            }
            td.kind { (entry.kind.as_str()) }
        }
    }
}

/// The filter form: an actor (of those the events involve) and a kind.
fn filter_form(model: &Model, entries: &[TimelineEntry], filters: &Filters, ui: &Ui) -> Markup {
    let actors: BTreeSet<&ActorId> = entries.iter().flat_map(|e| &e.actors).collect();
    let mut actors: Vec<(String, &ActorId)> = actors
        .into_iter()
        .map(|id| (option_label(model, id, ui), id))
        .collect();
    actors.sort();
    let kinds: BTreeSet<&str> = entries.iter().map(|e| e.kind.as_str()).collect();
    let chosen_kind = filters.kind.map(EventKind::as_str);
    html! {
        form.filters method="get" action="/timeline" {
            label for="actor" { (ui.t("Actor", "Участник", "Қатысушы")) }
            select #actor name="actor" {
                option value="" { (ui.t("all", "все", "барлығы")) }
                @for (label, id) in &actors {
                    option value=(id.as_str()) selected[filters.actor.as_ref() == Some(*id)] { (label) }
                }
            }
            label for="kind" { (ui.t("Kind", "Вид", "Түрі")) }
            select #kind name="kind" {
                option value="" { (ui.t("all", "все", "барлығы")) }
                @for kind in &kinds {
                    option value=(kind) selected[chosen_kind == Some(*kind)] { (kind) }
                }
            }
            @if ui.lang != crate::i18n::Lang::En {
                input type="hidden" name="lang" value=(ui.lang.code());
            }
            button type="submit" { (ui.t("Filter", "Отобрать", "Сүзу")) }
        }
    }
}

/// A plain-text label for an option: the name as written, with help beside.
fn option_label(model: &Model, id: &ActorId, ui: &Ui) -> String {
    let Some(actor) = model.actor(id) else {
        return id.to_string();
    };
    let names = actor.names();
    let original = names.primary().map_or(id.as_str(), |n| n.text());
    match reader_help(names, ui.lang) {
        Some(help) => format!("{original} ({help})"),
        None => original.to_owned(),
    }
}

fn bad_filter(explorer: &Explorer, ui: &Ui, what: &str) -> Response {
    let body = html! {
        p.warning { (ui.t("That filter cannot be applied: ", "Этот отбор невозможен: ", "Бұл сүзгіні қолдану мүмкін емес: ")) (what) "." }
        p { a href=(ui.href("/timeline")) { (ui.t("The whole timeline", "Вся хронология", "Толық хронология")) } }
    };
    let title = nav_label(ui, "/timeline");
    (
        StatusCode::BAD_REQUEST,
        Html(page(explorer, ui, "/timeline", &title, body).into_string()),
    )
        .into_response()
}
