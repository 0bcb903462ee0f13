//! The stances page (`/stances`) and its API (`/api/stances`): organisations
//! × issues over time, each cell the positions held in date order — whether
//! the organisation declared them or another actor ascribes them, how sure
//! their dates are — each linked to the claims it rests on; and how each
//! actor's positions moved. `?issue=` and `?actor=` narrow the table;
//! `?at=YYYY-MM-DD` shows only the stance standing on that day.

pub(crate) mod input;
mod render;
mod table;
pub(crate) mod words;

use axum::Json;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use kenes_analysis::stances::stance_matrix;
use kenes_model::Model;
use kenes_model::date::Calendar;
use serde::Deserialize;

use self::input::{Problem, given};
use self::table::{Filter, Scope, Stances};
use super::Shared;
use crate::i18n::Ui;
use crate::layout::{nav_label, page as whole_page};

/// What the reader chose, from the query string; every field may be absent
/// or empty (an untouched form field).
#[derive(Debug, Default, Deserialize)]
pub struct StancesQuery {
    /// An issue id: only that column.
    issue: Option<String>,
    /// An actor id: only that row.
    actor: Option<String>,
    /// A day, YYYY-MM-DD: only the stances standing then.
    at: Option<String>,
    /// The calendar of `at`: julian (the default, Old Style) or gregorian.
    calendar: Option<String>,
}

/// The table for `query`, or why the query cannot be read.
fn stances(model: &Model, query: &StancesQuery) -> Result<Stances, Problem> {
    let filter = Filter {
        issue: given(&query.issue)
            .map(|text| input::issue(model, text))
            .transpose()?,
        actor: given(&query.actor)
            .map(|text| input::actor(model, text))
            .transpose()?,
    };
    let calendar = input::calendar(model, given(&query.calendar))?;
    let scope = match given(&query.at) {
        Some(text) => Scope::OnDay(input::day(text, calendar)?),
        None => Scope::OverTime,
    };
    Ok(table::build(model, &stance_matrix(model), scope, &filter))
}

/// `/stances`: the table, the legend and the movements.
pub async fn page(State(explorer): Shared, ui: Ui, Query(query): Query<StancesQuery>) -> Response {
    let model = &explorer.model;
    let stances = match stances(model, &query) {
        Ok(stances) => stances,
        Err(problem) => return input::bad_request(&explorer, &ui, "/stances", &problem),
    };
    let chosen = render::Chosen {
        issue: given(&query.issue),
        actor: given(&query.actor),
        at: given(&query.at),
        new_style: input::calendar(model, given(&query.calendar)) == Ok(Calendar::Gregorian),
    };
    let body = render::body(model, &ui, &stances, &chosen);
    let title = nav_label(&ui, "/stances");
    Html(whole_page(&explorer, &ui, "/stances", &title, body).into_string()).into_response()
}

/// `/api/stances`: the same table as JSON; 400 with `{"error": …}` for input
/// it cannot read.
pub async fn api(State(explorer): Shared, Query(query): Query<StancesQuery>) -> Response {
    match stances(&explorer.model, &query) {
        Ok(stances) => Json(stances).into_response(),
        Err(problem) => input::api_error(&problem),
    }
}
