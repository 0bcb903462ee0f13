//! The explorer's pages, rendered on the server: one module a page (the
//! first four live here), each handler taking the reader's interface [`Ui`].

pub mod bodies;
pub mod conflicts;
pub mod entity;
pub mod glossary;
pub mod network;
pub mod paper;
pub mod search;
pub mod stances;

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use kenes_analysis::state::{section_heading, state_at, state_lines};
use kenes_analysis::timeline::timeline as model_timeline;
use kenes_model::date::{Calendar, HistoricalDate};
use maud::html;
use serde::Deserialize;

use crate::Explorer;
use crate::api::Overview;
use crate::i18n::Ui;
use crate::layout::page;

/// The explorer, as every handler receives it.
pub type Shared = State<Arc<Explorer>>;

/// What the model covers, its period and key figures, and where to start.
pub async fn overview(State(explorer): Shared, ui: Ui) -> Html<String> {
    let overview = Overview::of(&explorer);
    let body = html! {
        @if let Some(description) = &overview.description {
            p.lead { (description) }
        }
        dl.figures {
            @if let Some(period) = &overview.period {
                dt { "Period" } dd { (period) }
            }
            @for (kind, count) in &overview.counts {
                dt { (kind) } dd { (count) }
            }
            dt { "Checker findings" }
            dd { (overview.findings.errors) " errors, " (overview.findings.warnings) " warnings, "
                 (overview.findings.notes) " notes" }
        }
        p { "Start with the " a href="/timeline" { "timeline" } ": every event in order, each date in Old Style with New Style beside it." }
    };
    Html(page(&explorer, &ui, "/", &overview.title, body).into_string())
}

/// Every event in order, each date in Old Style with New Style beside it.
pub async fn timeline(State(explorer): Shared, ui: Ui) -> Html<String> {
    let entries = model_timeline(&explorer.model);
    let body = html! {
        p { (entries.len()) " events. Dates are Old Style (Julian), with New Style (Gregorian) beside them." }
        table.timeline {
            thead { tr { th { "Old Style" } th { "New Style" } th { "Event" } th { "Kind" } } }
            tbody {
                @for entry in &entries {
                    tr id=(entry.event.to_string()) class=[entry.is_planned().then_some("planned")] {
                        td {
                            (if entry.undated { "undated" } else { &entry.old_style })
                            @if entry.approximate { " " abbr title="approximate" { "≈" } }
                            @if entry.uncertain { " " abbr title="uncertain" { "?" } }
                        }
                        td { (entry.new_style) }
                        td { (entry.title) }
                        td { (entry.kind.as_str()) }
                    }
                }
            }
        }
    };
    Html(page(&explorer, &ui, "/timeline", "Timeline", body).into_string())
}

/// The day asked for on the page of the system on a day.
#[derive(Debug, Deserialize)]
pub struct DayQuery {
    /// YYYY-MM-DD, in `calendar`; the first day of the model's period when absent.
    at: Option<String>,
    /// julian or gregorian; the model's own when absent.
    calendar: Option<String>,
}

/// The system on a day: which bodies exist, who holds power over what, who is
/// under arrest, each organisation's standing stance, each line with the
/// claims behind it. The day is chosen with a form (no script needed).
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
            None => return bad_day(&explorer, &ui, "the calendar is julian or gregorian"),
        },
    };
    let first = meta.period.as_ref().and_then(HistoricalDate::earliest);
    let at = match (query.at.as_deref().filter(|a| !a.is_empty()), first) {
        (Some(text), _) => text.to_owned(),
        (None, Some(day)) => day.iso(calendar),
        (None, None) => return bad_day(&explorer, &ui, "choose a day"),
    };
    let day = HistoricalDate::parse(&at, calendar, meta.calendar.basis())
        .ok()
        .and_then(|date| date.single_day());
    let Some(day) = day else {
        return bad_day(&explorer, &ui, "a day is written YYYY-MM-DD");
    };
    let state = state_at(model, day);
    let lines = state_lines(model, &state);
    // the lines come section by section
    let mut sections: Vec<&str> = lines.iter().map(|line| line.what).collect();
    sections.dedup();
    let body = html! {
        form.day method="get" action="/state" {
            label for="at" { "Day (" (calendar_name(calendar)) ")" }
            input #at type="date" name="at" value=(at) required;
            input type="hidden" name="calendar" value=(calendar_key(calendar));
            button type="submit" { "Show" }
        }
        p.day { (state.day_rendered) }
        @if let Some(beyond) = &state.beyond_period {
            p.warning { (beyond) }
        }
        @for section in sections {
            section {
                h2 { (section_heading(section)) }
                ul.state {
                    @for line in lines.iter().filter(|l| l.what == section) {
                        li data-subject=(line.subject) {
                            (line.text)
                            @if !line.evidence.certainty.is_certain() {
                                " " span.certainty { "[" (line.evidence.certainty.as_str())
                                    @if let Some(reason) = line.evidence.certainty.reason() { ": " (reason) }
                                "]" }
                            }
                            br;
                            span.evidence {
                                "since " (line.evidence.since.render_dual()) " · claims: "
                                @if line.evidence.claims.is_empty() { "none" }
                                @for (i, claim) in line.evidence.claims.iter().enumerate() {
                                    @if i > 0 { ", " }
                                    code { (claim.to_string()) }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if !state.events_on_day.is_empty() {
            section {
                h2 { "Events of the day" }
                ul {
                    @for event in &state.events_on_day {
                        li { (event.date.render_dual()) " — " (event.title) }
                    }
                }
            }
        }
    };
    Html(page(&explorer, &ui, "/state", "The system on a day", body).into_string()).into_response()
}

/// Each source (newspaper issue, archive file, book) with the claims that
/// rest on it: the passage as the relaying work prints it, and its English.
pub async fn sources(State(explorer): Shared, ui: Ui) -> Html<String> {
    let model = &explorer.model;
    let mut resting: std::collections::HashMap<&kenes_model::SourceId, Vec<&kenes_model::Claim>> =
        std::collections::HashMap::new();
    for claim in model.claims() {
        resting.entry(claim.source()).or_default().push(claim);
    }
    let body = html! {
        p { (model.sources().len()) " sources, each with the claims that rest on it." }
        @for source in model.sources() {
            @let claims = resting.get(source.id()).map(Vec::as_slice).unwrap_or_default();
            section.source id=(source.id().to_string()) {
                h2 { (source.label()) }
                p.meta {
                    (source.kind().as_str())
                    @if let Some(date) = source.date() { " · " (date.render_dual()) }
                    " · " code { (source.id().to_string()) }
                }
                @if claims.is_empty() {
                    p.evidence { "No claim rests on it directly; it may relay others." }
                } @else {
                    ul.claims {
                        @for claim in claims {
                            li id=(claim.id().to_string()) {
                                blockquote lang=(claim.passage().lang().to_string()) { (claim.passage().text()) }
                                p.english { (claim.english()) }
                                p.evidence {
                                    code { (claim.id().to_string()) }
                                    @if let Some(locator) = claim.locator() { " · " (locator) }
                                    @if claim.passage().translated() { " · translated by the relaying work" }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    Html(page(&explorer, &ui, "/sources", "Sources", body).into_string())
}

fn calendar_name(calendar: Calendar) -> &'static str {
    match calendar {
        Calendar::Julian => "Old Style",
        Calendar::Gregorian => "New Style",
    }
}

fn calendar_key(calendar: Calendar) -> &'static str {
    match calendar {
        Calendar::Julian => "julian",
        Calendar::Gregorian => "gregorian",
    }
}

/// A day that cannot be read: the page says why, with status 400.
fn bad_day(explorer: &Explorer, ui: &Ui, why: &str) -> Response {
    let body = html! {
        p.warning { "That day cannot be shown: " (why) "." }
        p { a href="/state" { "Back to the first day of the model" } }
    };
    (
        StatusCode::BAD_REQUEST,
        Html(page(explorer, ui, "/state", "The system on a day", body).into_string()),
    )
        .into_response()
}

/// Any other path: a page that says so, with status 404.
pub async fn not_found(State(explorer): Shared, ui: Ui) -> impl IntoResponse {
    let body = html! {
        p { "There is no page here. The " a href="/" { "overview" } " lists what there is." }
    };
    (
        StatusCode::NOT_FOUND,
        Html(page(&explorer, &ui, "", "Not found", body).into_string()),
    )
}
