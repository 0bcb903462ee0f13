//! The JSON API: the data the pages show.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kenes_analysis::timeline::timeline as model_timeline;
use kenes_model::{EntityKind, Severity};
use serde::Serialize;

use crate::Explorer;
use crate::json::TimelineEvent;
use crate::pages::timeline::{TimelineQuery, read_filters};

/// `/api/overview`: the model's title, period, counts and findings.
#[derive(Debug, Serialize)]
pub struct Overview {
    pub id: String,
    pub version: String,
    pub title: String,
    pub description: Option<String>,
    /// The period the model covers, both calendars: "25 Oct 1917 O.S. = 7 Nov 1917 N.S.".
    pub period: Option<String>,
    /// How many entities of each kind, by kind.
    pub counts: Vec<(&'static str, usize)>,
    pub findings: FindingCounts,
}

#[derive(Debug, Serialize)]
pub struct FindingCounts {
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
}

impl Overview {
    pub fn of(explorer: &Explorer) -> Overview {
        let model = &explorer.model;
        let meta = model.meta();
        let count = |severity| {
            explorer
                .findings
                .iter()
                .filter(|f| f.severity() == severity)
                .count()
        };
        Overview {
            id: meta.id.clone(),
            version: meta.version.clone(),
            title: meta
                .title
                .for_lang("en")
                .or(meta.title.primary())
                .map_or_else(|| meta.id.clone(), |n| n.text().to_owned()),
            description: meta.description.clone(),
            period: meta.period.as_ref().map(|p| p.render_dual()),
            counts: EntityKind::ALL
                .into_iter()
                .map(|kind| (kind.as_str(), model.count(kind)))
                .collect(),
            findings: FindingCounts {
                errors: count(Severity::Error),
                warnings: count(Severity::Warning),
                notes: count(Severity::Note),
            },
        }
    }
}

pub async fn overview(State(explorer): State<Arc<Explorer>>) -> Json<Overview> {
    Json(Overview::of(&explorer))
}

/// `/api/timeline?actor=&kind=`: the timeline, filtered as its page is.
pub async fn timeline(
    State(explorer): State<Arc<Explorer>>,
    Query(query): Query<TimelineQuery>,
) -> Response {
    let filters = match read_filters(&explorer.model, &query) {
        Ok(filters) => filters,
        Err(why) => {
            return (
                StatusCode::BAD_REQUEST,
                Json(serde_json::json!({ "error": why })),
            )
                .into_response();
        }
    };
    let entries = model_timeline(&explorer.model);
    let events: Vec<TimelineEvent> = filters
        .select(&entries)
        .into_iter()
        .map(TimelineEvent::of)
        .collect();
    Json(events).into_response()
}

/// One endpoint of the API, as `/api/` lists it.
#[derive(Debug, Serialize)]
pub struct Endpoint {
    pub path: &'static str,
    pub what: &'static str,
}

/// Every endpoint, with what it serves; `docs/api.md` has their shapes.
pub const ENDPOINTS: [Endpoint; 10] = [
    Endpoint {
        path: "/api/overview",
        what: "the model's title, period, entity counts and checker findings",
    },
    Endpoint {
        path: "/api/timeline",
        what: "every event in order, both calendars, with its participants and claims (?actor=&kind=)",
    },
    Endpoint {
        path: "/api/bodies",
        what: "bodies, their compositions and proposals, with the representation and voting-power analysis (?body=&method=)",
    },
    Endpoint {
        path: "/api/stances",
        what: "organisations by issues over time, each cell with its claims (?issue=&actor=&at=&calendar=)",
    },
    Endpoint {
        path: "/api/network",
        what: "actors linked by membership, participation, alignment and opposition (?from=&to=&kind=&actor=)",
    },
    Endpoint {
        path: "/api/paper",
        what: "the paper paragraph by paragraph, with translations and the claims quoting each (?paragraph=)",
    },
    Endpoint {
        path: "/api/conflicts",
        what: "every checker finding, explained, with the claims it sets side by side (?severity=&code=)",
    },
    Endpoint {
        path: "/api/search?q=",
        what: "actors, places, bodies, issues, events, sources, claims and paper paragraphs matching q",
    },
    Endpoint {
        path: "/api/glossary",
        what: "the glossary's terms and where they appear",
    },
    Endpoint {
        path: "/api/entity/{id}",
        what: "one entity or claim, with its cite line",
    },
];

/// `/api/`: the list of endpoints.
pub async fn index() -> Json<&'static [Endpoint]> {
    Json(&ENDPOINTS)
}

/// Any other path under `/api/`: a 404 in JSON, as an API client expects.
pub async fn not_an_endpoint(uri: axum::http::Uri) -> Response {
    let error = format!("{} is not an endpoint; /api/ lists them", uri.path());
    (
        StatusCode::NOT_FOUND,
        Json(serde_json::json!({ "error": error })),
    )
        .into_response()
}
