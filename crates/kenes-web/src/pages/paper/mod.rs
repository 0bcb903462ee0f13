//! The paper (`/paper`, `/api/paper`): the relaying paper's full text,
//! paragraph by paragraph, beside the model's translation, with every
//! passage a claim quotes marked and linked to the claim, and beside each
//! paragraph the system on the day it speaks of. Each paragraph has a stable
//! address (`/paper#p019`); `?paragraph=p019` shows it alone.

mod json;
mod render;
mod text;
mod view;
mod when;

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use maud::html;
use serde::{Deserialize, Serialize};

use crate::Explorer;
use crate::i18n::Ui;
use crate::layout::{nav_label, page as frame};
use crate::pages::Shared;
use json::PaperJson;
pub(crate) use view::PaperReading;
use view::PaperView;

/// What the page and the API may be asked.
#[derive(Debug, Deserialize)]
pub struct PaperQuery {
    /// The id of one paragraph to show alone (`p019`); all when absent.
    paragraph: Option<String>,
}

/// The paper page.
pub async fn page(
    State(explorer): Shared,
    ui: Ui,
    query: Result<Query<PaperQuery>, QueryRejection>,
) -> Response {
    let title = nav_label(&ui, "/paper");
    let only = match chosen(&explorer, query) {
        Ok(only) => only,
        Err((status, why)) => {
            let body = html! {
                p.warning { (why.text(&ui)) }
                p { a href=(ui.href("/paper")) { (ui.t("The whole paper", "Вся статья", "Бүкіл мақала")) } }
            };
            let markup = frame(&explorer, &ui, "/paper", &title, body);
            return (status, Html(markup.into_string())).into_response();
        }
    };
    let view = PaperView::of(&explorer, only.as_deref());
    let body = render::paper(&ui, &view, only.is_some());
    Html(frame(&explorer, &ui, "/paper", &title, body).into_string()).into_response()
}

/// The paper as JSON: what the page shows.
pub async fn api(
    State(explorer): Shared,
    ui: Ui,
    query: Result<Query<PaperQuery>, QueryRejection>,
) -> Response {
    match chosen(&explorer, query) {
        Ok(only) => Json(PaperJson::of(
            &PaperView::of(&explorer, only.as_deref()),
            &ui,
        ))
        .into_response(),
        Err((status, why)) => (
            status,
            Json(ApiError {
                error: why.text(&ui),
            }),
        )
            .into_response(),
    }
}

#[derive(Serialize)]
struct ApiError {
    error: String,
}

/// Why a request cannot be answered.
enum Refusal {
    /// The query cannot be read (a parameter twice, say).
    BadQuery,
    /// No paragraph has the id asked for.
    NoParagraph(String),
}

impl Refusal {
    fn text(&self, ui: &Ui) -> String {
        match self {
            Refusal::BadQuery => ui
                .t(
                    "The request cannot be read: ask for at most one paragraph, as ?paragraph=p019.",
                    "Запрос не удаётся прочитать: укажите не больше одного абзаца, например ?paragraph=p019.",
                    "Сұрауды оқу мүмкін емес: ең көбі бір абзац сұраңыз, мысалы ?paragraph=p019.",
                )
                .to_owned(),
            Refusal::NoParagraph(id) => format!(
                "{} «{id}».",
                ui.t(
                    "The paper has no paragraph",
                    "В статье нет абзаца",
                    "Мақалада мына абзац жоқ:",
                )
            ),
        }
    }
}

/// The paragraph asked for (`None` for all), or why none can be shown.
fn chosen(
    explorer: &Explorer,
    query: Result<Query<PaperQuery>, QueryRejection>,
) -> Result<Option<String>, (StatusCode, Refusal)> {
    let Ok(Query(query)) = query else {
        return Err((StatusCode::BAD_REQUEST, Refusal::BadQuery));
    };
    match query.paragraph.filter(|id| !id.is_empty()) {
        None => Ok(None),
        Some(id) if explorer.paragraphs.iter().any(|p| p.id == id) => Ok(Some(id)),
        Some(id) => Err((StatusCode::NOT_FOUND, Refusal::NoParagraph(id))),
    }
}
