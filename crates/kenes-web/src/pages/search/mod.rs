//! Search (`/search?q=…`, `/api/search?q=…`) over the model's names, events,
//! sources and claims and the paper's paragraphs, across scripts,
//! transliterations and Kazakh case endings: Коровиченко, Korovichenko and
//! Коровиченконың find one another, Shokay and Şoqai find М. Шоқай.
//!
//! The texts it looks through are folded once per explorer, by the first
//! search ([`FoldedDocs`]: some 330 kB for the embedded model, about 2.5 ms
//! in a release build); each request then folds only its query and compares
//! keys. A query is at most [`MAX_QUERY_CHARS`] characters and shows at most
//! [`MAX_RESULTS`] results.

pub(crate) mod fold;
pub(crate) mod index;
mod key;
mod matching;
mod page;
mod snippet;
mod suggest;

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kenes_model::Names;
use serde::{Deserialize, Serialize};

use crate::Explorer;
use crate::i18n::Ui;
use crate::names::entity_path;
use crate::pages::Shared;
pub(crate) use index::FoldedDocs;
use index::{Doc, Kind, documents};
use matching::{Hit, query_words, search};
use snippet::{Segment, snippet};
use suggest::{Suggestion, suggestions};

/// The longest query read, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// The most results shown.
pub const MAX_RESULTS: usize = 100;

/// The query string of `/search` and `/api/search`.
#[derive(Debug, Deserialize)]
pub struct SearchParams {
    q: Option<String>,
}

/// What a search found: the same for the page and the API.
#[derive(Debug, Serialize)]
pub struct SearchResults {
    /// The query as read (control characters made spaces).
    pub query: String,
    /// Its words, folded to the keys the search compares.
    pub words: Vec<String>,
    /// How many documents match.
    pub total: usize,
    /// Whether more matched than are shown.
    pub truncated: bool,
    /// The results shown, best first (the page groups them by kind).
    pub results: Vec<SearchResult>,
    /// Nearest names when nothing matches.
    pub suggestions: Vec<Suggestion>,
}

/// One result.
#[derive(Debug, Serialize)]
pub struct SearchResult {
    pub kind: &'static str,
    pub id: String,
    /// Its stable page: `/entity/{id}`, or `/paper#{id}` for a paragraph.
    pub href: String,
    pub title: String,
    /// One of the entity's names is the query.
    pub exact_name: bool,
    /// The language of the snippet's text, when known.
    pub lang: Option<String>,
    pub snippet: Vec<Segment>,
}

/// Why a query was not run.
#[derive(Debug, Serialize)]
pub struct SearchError {
    pub error: String,
}

/// A query read from the request, before it is run.
enum Read {
    Empty,
    TooLong(usize),
    Unreadable,
    Query(String),
}

fn read(params: Result<Query<SearchParams>, QueryRejection>) -> Read {
    let Ok(Query(params)) = params else {
        return Read::Unreadable;
    };
    let query: String = params
        .q
        .unwrap_or_default()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let length = query.chars().count();
    if length > MAX_QUERY_CHARS {
        Read::TooLong(length)
    } else if query.trim().is_empty() {
        Read::Empty
    } else {
        Read::Query(query.trim().to_owned())
    }
}

/// A result as the page shows it: the API's result and the entity's names.
struct Found<'m> {
    result: SearchResult,
    kind: Kind,
    names: Option<&'m Names>,
}

/// Runs `query` over the explorer. The results come apart from the rest,
/// with the entities' names the page shows; the API moves them into
/// [`SearchResults::results`].
fn run<'m>(explorer: &'m Explorer, query: &str) -> (SearchResults, Vec<Found<'m>>) {
    let docs = documents(explorer);
    let folded = FoldedDocs::of(explorer);
    let words = query_words(query);
    let hits = search(&docs, folded, &words);
    let total = hits.len();
    let found: Vec<Found<'m>> = hits
        .into_iter()
        .take(MAX_RESULTS)
        .map(|hit| found(&docs[hit.doc], &hit))
        .collect();
    let suggestions = if total == 0 && !words.is_empty() {
        suggestions(&docs, folded, &words)
    } else {
        Vec::new()
    };
    let results = SearchResults {
        query: query.to_owned(),
        words: words.into_iter().map(|word| word.key).collect(),
        total,
        truncated: total > MAX_RESULTS,
        results: Vec::new(),
        suggestions,
    };
    (results, found)
}

fn found<'m>(doc: &Doc<'m>, hit: &Hit) -> Found<'m> {
    let field = doc.fields[hit.field];
    let href = match doc.kind {
        Kind::Paragraph => format!("/paper#{}", doc.id),
        _ => entity_path_of(doc.id),
    };
    Found {
        result: SearchResult {
            kind: doc.kind.as_str(),
            id: doc.id.to_owned(),
            href,
            title: doc.title.to_owned(),
            exact_name: hit.tier == 0,
            lang: field.lang.map(str::to_owned),
            snippet: snippet(field.text, hit.folded, &hit.marked),
        },
        kind: doc.kind,
        names: doc.names,
    }
}

/// The stable path of an entity by its id as text (ids from the model are
/// valid ids; should one not be, the path is built from the text alone).
fn entity_path_of(id: &str) -> String {
    kenes_model::Id::new(id).map_or_else(|_| format!("/entity/{id}"), |id| entity_path(&id))
}

/// The search page.
pub async fn page(
    State(explorer): Shared,
    ui: Ui,
    params: Result<Query<SearchParams>, QueryRejection>,
) -> Response {
    match read(params) {
        Read::Empty => page::help(&explorer, &ui, "", None).into_response(),
        Read::Unreadable => page::refused(&explorer, &ui, None).into_response(),
        Read::TooLong(length) => page::refused(&explorer, &ui, Some(length)).into_response(),
        Read::Query(query) => {
            let (results, found) = run(&explorer, &query);
            if results.words.is_empty() {
                return page::help(&explorer, &ui, &query, Some(&results)).into_response();
            }
            page::results(&explorer, &ui, &results, &found).into_response()
        }
    }
}

/// The search as JSON: the same results the page shows.
pub async fn api(
    State(explorer): Shared,
    params: Result<Query<SearchParams>, QueryRejection>,
) -> Response {
    let query = match read(params) {
        Read::Empty => String::new(),
        Read::Query(query) => query,
        Read::Unreadable => return api_error("the query string cannot be read".to_owned()),
        Read::TooLong(length) => {
            return api_error(format!(
                "the query is {length} characters long; at most {MAX_QUERY_CHARS} are read"
            ));
        }
    };
    let (mut results, found) = run(&explorer, &query);
    results.results = found.into_iter().map(|f| f.result).collect();
    Json(results).into_response()
}

fn api_error(error: String) -> Response {
    (StatusCode::BAD_REQUEST, Json(SearchError { error })).into_response()
}

/// `text` as a query-string value.
pub fn encode_query_value(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// A search for `text`, as a path.
pub fn search_path(text: &str) -> String {
    format!("/search?q={}", encode_query_value(text))
}
