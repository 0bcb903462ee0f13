//! The page of bodies and proposals (`/bodies`) and its JSON (`/api/bodies`):
//! every body with each source's account of its seats, every proposal with
//! its outcome, each account as a seat chart, and the accounts side by side
//! against a proportional body of the same size, with disproportionality and
//! voting power.
//!
//! The query chooses what to show: `body=ID` one body (with the proposals
//! put to it and the drafts beside them), `method=NAME` (repeated or
//! comma-separated) the apportionment methods of the proportional body
//! (Hamilton, D'Hondt and Sainte-Laguë when absent). A malformed id or an
//! unknown method is a 400, a body the model lacks a 404, each with a page
//! (or JSON) that says why.

mod analysis;
mod data;
mod hemicycle;
mod render;
mod tables;
mod words;

use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use kenes_model::{BodyId, Model};
use kenes_power::apportion::Method;
use maud::html;
use serde::Serialize;

use crate::Explorer;
use crate::i18n::Ui;
use crate::layout::{nav_label, page as whole_page};
use crate::pages::Shared;

/// The methods of the proportional body when the reader chooses none.
pub const DEFAULT_METHODS: [&str; 3] = ["hamilton", "dhondt", "sainte-lague"];
/// The most methods one request may ask for.
const MAX_METHODS: usize = 8;

/// What the query asks for, once read.
#[derive(Debug)]
pub struct Selection {
    pub body: Option<BodyId>,
    pub methods: Vec<Method>,
}

/// Why a query cannot be answered.
#[derive(Debug)]
enum Refusal {
    MalformedId(String),
    NoSuchBody(String),
    UnknownMethod(String),
    TooManyMethods,
}

impl Refusal {
    fn status(&self) -> StatusCode {
        match self {
            Refusal::NoSuchBody(_) => StatusCode::NOT_FOUND,
            _ => StatusCode::BAD_REQUEST,
        }
    }

    /// The reason in the reader's language (the API's is English).
    fn explain(&self, ui: &Ui) -> String {
        match self {
            Refusal::MalformedId(text) => format!(
                "{} {text:?}",
                ui.t(
                    "This is not an id of the model:",
                    "Это не идентификатор модели:",
                    "Бұл модельдің идентификаторы емес:"
                )
            ),
            Refusal::NoSuchBody(text) => format!(
                "{} {text:?}",
                ui.t(
                    "The model has no body with this id:",
                    "В модели нет органа с таким идентификатором:",
                    "Модельде мұндай идентификаторы бар орган жоқ:"
                )
            ),
            Refusal::UnknownMethod(text) => format!(
                "{} {text:?}. {} {}",
                ui.t(
                    "Unknown apportionment method",
                    "Неизвестный метод распределения мест",
                    "Орын бөлудің белгісіз әдісі"
                ),
                ui.t("Known methods:", "Известные методы:", "Белгілі әдістер:"),
                kenes_power::apportion::METHOD_NAMES.join(", ")
            ),
            Refusal::TooManyMethods => format!(
                "{} {MAX_METHODS}.",
                ui.t(
                    "Too many methods: at most",
                    "Слишком много методов: не больше",
                    "Әдістер тым көп: ең көбі"
                )
            ),
        }
    }
}

/// Reads the query's pairs (`lang` and unknown keys are left alone).
fn select(model: &Model, pairs: &[(String, String)]) -> Result<Selection, Refusal> {
    let body = match pairs.iter().rfind(|(key, _)| key == "body") {
        Some((_, text)) if !text.trim().is_empty() => Some(body_id(model, text.trim())?),
        _ => None,
    };
    let mut methods: Vec<Method> = Vec::new();
    let asked = pairs
        .iter()
        .filter(|(key, _)| key == "method")
        .flat_map(|(_, value)| value.split(','))
        .map(str::trim)
        .filter(|name| !name.is_empty());
    for name in asked {
        let method: Method = name
            .parse()
            .map_err(|_| Refusal::UnknownMethod(name.chars().take(80).collect()))?;
        if !methods.contains(&method) {
            methods.push(method);
        }
        if methods.len() > MAX_METHODS {
            return Err(Refusal::TooManyMethods);
        }
    }
    if methods.is_empty() {
        methods = DEFAULT_METHODS
            .iter()
            .filter_map(|m| m.parse().ok())
            .collect();
    }
    Ok(Selection { body, methods })
}

fn body_id(model: &Model, text: &str) -> Result<BodyId, Refusal> {
    let shown: String = text.chars().take(80).collect();
    let id = BodyId::new(text).map_err(|_| Refusal::MalformedId(shown.clone()))?;
    match model.body(&id) {
        Some(_) => Ok(id),
        None => Err(Refusal::NoSuchBody(shown)),
    }
}

/// `/bodies`: the page.
pub async fn page(
    State(explorer): Shared,
    ui: Ui,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let title = nav_label(&ui, "/bodies");
    let selection = match select(&explorer.model, &pairs) {
        Ok(selection) => selection,
        Err(refusal) => return refused(&explorer, &ui, &title, &refusal),
    };
    let view = data::build(&explorer.model, &selection.methods, selection.body.as_ref());
    let body = render::page_body(&explorer.model, &ui, &view, &selection);
    Html(whole_page(&explorer, &ui, "/bodies", &title, body).into_string()).into_response()
}

fn refused(explorer: &Explorer, ui: &Ui, title: &str, refusal: &Refusal) -> Response {
    let body = html! {
        p.warning { (refusal.explain(ui)) }
        p { a href=(ui.href("/bodies")) { (ui.t(
            "All bodies and proposals, with the default methods",
            "Все органы и проекты, с методами по умолчанию",
            "Барлық органдар мен жобалар, әдепкі әдістермен"
        )) } }
    };
    let page = whole_page(explorer, ui, "/bodies", title, body).into_string();
    (refusal.status(), Html(page)).into_response()
}

/// The API's answer to a query it cannot answer.
#[derive(Debug, Serialize)]
struct ApiRefusal {
    error: String,
}

/// `/api/bodies`: the same data as JSON.
pub async fn api(State(explorer): Shared, Query(pairs): Query<Vec<(String, String)>>) -> Response {
    match select(&explorer.model, &pairs) {
        Ok(selection) => Json(data::build(
            &explorer.model,
            &selection.methods,
            selection.body.as_ref(),
        ))
        .into_response(),
        Err(refusal) => {
            let english = Ui::new(crate::i18n::Lang::En, "/api/bodies");
            let error = refusal.explain(&english);
            (refusal.status(), Json(ApiRefusal { error })).into_response()
        }
    }
}
