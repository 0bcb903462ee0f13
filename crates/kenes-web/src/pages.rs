//! The explorer's pages, rendered on the server.

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse};
use kenes_analysis::timeline::timeline as model_timeline;
use maud::html;

use crate::Explorer;
use crate::api::Overview;
use crate::layout::page;

type Shared = State<Arc<Explorer>>;

/// What the model covers, its period and key figures, and where to start.
pub async fn overview(State(explorer): Shared) -> Html<String> {
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
    Html(page(&explorer, "/", &overview.title, body).into_string())
}

/// Every event in order, each date in Old Style with New Style beside it.
pub async fn timeline(State(explorer): Shared) -> Html<String> {
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
    Html(page(&explorer, "/timeline", "Timeline", body).into_string())
}

/// Any other path: a page that says so, with status 404.
pub async fn not_found(State(explorer): Shared) -> impl IntoResponse {
    let body = html! {
        p { "There is no page here. The " a href="/" { "overview" } " lists what there is." }
    };
    (
        StatusCode::NOT_FOUND,
        Html(page(&explorer, "", "Not found", body).into_string()),
    )
}
