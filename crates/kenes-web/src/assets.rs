//! The static files the pages use, embedded in the binary: the explorer
//! needs no network.

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

/// The stylesheet: the frame's rules, then each page's own, in one file so
/// that a page costs one request for its styles.
const STYLESHEET: &str = concat!(
    include_str!("../static/kenes.css"),
    include_str!("../static/bodies.css"),
    include_str!("../static/stances.css"),
    include_str!("../static/network.css"),
    include_str!("../static/paper.css"),
    include_str!("../static/conflicts.css"),
    include_str!("../static/search.css"),
    include_str!("../static/glossary.css"),
    include_str!("../static/entity.css"),
);

/// The embedded files, by name, with their content types.
const ASSETS: [(&str, &str, &str); 1] = [("kenes.css", "text/css; charset=utf-8", STYLESHEET)];

pub async fn asset(Path(name): Path<String>) -> Response {
    match ASSETS.iter().find(|(n, _, _)| *n == name) {
        Some((_, content_type, body)) => {
            ([(header::CONTENT_TYPE, *content_type)], *body).into_response()
        }
        None => (StatusCode::NOT_FOUND, "no such file").into_response(),
    }
}
