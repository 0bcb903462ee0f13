//! The conflicts page (`/conflicts`) and its API (`/api/conflicts`): every
//! finding of the checker, grouped by code under the rule's explanation,
//! with its severity (in words and a sign), message, notes and location;
//! where a finding sets two claims or sources against each other, both side
//! by side with the reading the editors adopted; and every reading of the
//! model, the conflicts of the sources whether or not a rule finds them.
//! `?severity=` and `?code=` narrow the findings. The checker writes its
//! messages, notes and rules in English: they are shown so, marked `lang="en"`.

mod api;
mod catalogue;
mod evidence;
mod facts;
mod gather;
mod render;
mod text;

use axum::Json;
use axum::extract::Query;
use axum::extract::rejection::QueryRejection;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use kenes_model::{Location, Model, Severity};
use maud::html;
use serde::{Deserialize, Serialize};

use self::api::ConflictsJson;
use self::gather::{Conflicts, Filter};
use crate::i18n::Ui;
use crate::layout::{nav_label, page as layout_page};
use crate::pages::Shared;

/// The severities, gravest first, as the page lists them.
const SEVERITIES: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Note];

/// The findings asked for: a severity and a code, each optional.
#[derive(Debug, Default, Deserialize)]
pub struct ConflictsQuery {
    /// error, warning or note; all when absent or empty.
    severity: Option<String>,
    /// A code such as K107 (any case); all when absent or empty.
    code: Option<String>,
}

/// Why a filter cannot be applied.
#[derive(Debug)]
enum BadFilter {
    Query(String),
    Severity(String),
    Code(String),
}

impl BadFilter {
    /// The reason in the reader's language (what the reader typed stays as typed).
    fn reason(&self, ui: &Ui) -> String {
        match self {
            BadFilter::Query(why) => format!(
                "{}: {why}",
                ui.t(
                    "the query cannot be read",
                    "запрос не читается",
                    "сұрау оқылмайды"
                )
            ),
            BadFilter::Severity(text) => format!(
                "{} «{text}»; {}",
                ui.t(
                    "no severity is called",
                    "нет степени",
                    "мұндай маңыздылық жоқ:"
                ),
                ui.t(
                    "choose error, warning or note",
                    "выберите error, warning или note",
                    "error, warning не note таңдаңыз"
                ),
            ),
            BadFilter::Code(text) => format!(
                "«{text}» {}",
                ui.t(
                    "is not a code: a code is K and three digits, such as K107",
                    "— не код: код — это K и три цифры, например K107",
                    "код емес: код K әрпі мен үш цифрдан тұрады, мысалы K107"
                ),
            ),
        }
    }
}

fn parse_filter(query: Result<Query<ConflictsQuery>, QueryRejection>) -> Result<Filter, BadFilter> {
    let Query(query) = query.map_err(|rejection| BadFilter::Query(rejection.body_text()))?;
    let severity = match query.severity.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(text) => {
            Some(parse_severity(text).ok_or_else(|| BadFilter::Severity(text.to_owned()))?)
        }
    };
    let code = match query.code.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(text) => Some(parse_code(text).ok_or_else(|| BadFilter::Code(text.to_owned()))?),
    };
    Ok(Filter { severity, code })
}

fn parse_severity(text: &str) -> Option<Severity> {
    SEVERITIES
        .into_iter()
        .find(|s| s.as_str().eq_ignore_ascii_case(text))
}

/// `K107` or `k107`, as `K107`.
fn parse_code(text: &str) -> Option<String> {
    let digits = text.strip_prefix(['K', 'k'])?;
    (digits.len() == 3 && digits.bytes().all(|b| b.is_ascii_digit())).then(|| format!("K{digits}"))
}

/// The page: counts, filter, findings by code, readings.
pub async fn page(
    axum::extract::State(explorer): Shared,
    ui: Ui,
    query: Result<Query<ConflictsQuery>, QueryRejection>,
) -> Response {
    let title = nav_label(&ui, "/conflicts");
    match parse_filter(query) {
        Ok(filter) => {
            let conflicts = Conflicts::gather(&explorer, filter);
            let body = render::body(&explorer.model, &conflicts, &ui);
            Html(layout_page(&explorer, &ui, "/conflicts", &title, body).into_string())
                .into_response()
        }
        Err(bad) => {
            let body = html! {
                p.warning { (ui.t("These findings cannot be shown", "Эти замечания нельзя показать", "Бұл ескертулерді көрсету мүмкін емес")) ": " (bad.reason(&ui)) "." }
                p { a href=(ui.href("/conflicts")) { (ui.t("Show all findings", "Показать все замечания", "Барлық ескертулерді көрсету")) } }
            };
            let html = layout_page(&explorer, &ui, "/conflicts", &title, body).into_string();
            (StatusCode::BAD_REQUEST, Html(html)).into_response()
        }
    }
}

/// An error of the API, in English.
#[derive(Debug, Serialize)]
struct ApiError {
    error: String,
}

/// `/api/conflicts`: the same, as JSON; a filter that cannot be read is a 400
/// with the reason.
pub async fn api(
    axum::extract::State(explorer): Shared,
    query: Result<Query<ConflictsQuery>, QueryRejection>,
) -> Response {
    match parse_filter(query) {
        Ok(filter) => {
            let conflicts = Conflicts::gather(&explorer, filter);
            Json(ConflictsJson::of(&explorer.model, &conflicts)).into_response()
        }
        Err(bad) => {
            let english = Ui::new(crate::i18n::Lang::En, "/api/conflicts");
            let error = ApiError {
                error: bad.reason(&english),
            };
            (StatusCode::BAD_REQUEST, Json(error)).into_response()
        }
    }
}

/// A place in the model's files, as `file:line:column`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct FilePlace {
    file: String,
    line: usize,
    column: usize,
}

impl std::fmt::Display for FilePlace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// Where a location's span starts, if it has one in a file the model knows.
fn location_text(model: &Model, location: &Location) -> Option<FilePlace> {
    let span = location.span?;
    let files = model.files();
    if span.file().index() >= files.len() {
        return None;
    }
    let file = files.get(span.file());
    let at = file.line_column(span.range().start);
    Some(FilePlace {
        file: file.path().display().to_string(),
        line: at.line,
        column: at.column,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_k_and_three_digits_in_any_case() {
        assert_eq!(parse_code("k107").as_deref(), Some("K107"));
        assert_eq!(parse_code("K001").as_deref(), Some("K001"));
        for bad in ["K10", "K1070", "X107", "K1a7", "<b>"] {
            assert_eq!(parse_code(bad), None, "{bad}");
        }
    }

    #[test]
    fn severities_are_read_by_name() {
        assert_eq!(parse_severity("Warning"), Some(Severity::Warning));
        assert_eq!(parse_severity("fatal"), None);
    }
}
