//! The explorer's pages, rendered on the server: one module a page, each
//! handler taking the reader's interface [`Ui`].

pub mod bodies;
pub mod conflicts;
pub mod entity;
pub mod glossary;
pub mod network;
mod overview;
pub mod paper;
pub mod search;
mod sources;
pub mod stances;
mod state;
pub(crate) mod timeline;

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse};
use maud::html;

pub use overview::overview;
pub use sources::sources;
pub use state::system_on_day;
pub use timeline::timeline;

use crate::Explorer;
use crate::i18n::Ui;
use crate::layout::page;

/// The explorer, as every handler receives it.
pub type Shared = State<Arc<Explorer>>;

/// Any other path: a page that says so, with status 404.
pub async fn not_found(State(explorer): Shared, ui: Ui) -> impl IntoResponse {
    let body = html! {
        p {
            (ui.t("There is no page here. The ", "Такой страницы нет. В ", "Мұндай бет жоқ. "))
            a href=(ui.href("/")) { (ui.t("overview", "обзоре", "Шолу")) }
            (ui.t(" lists what there is.", " перечислено, что есть.", " бетінде бары көрсетілген."))
        }
    };
    let title = ui.t("Not found", "Не найдено", "Табылмады");
    (
        StatusCode::NOT_FOUND,
        Html(page(&explorer, &ui, "", title, body).into_string()),
    )
}
