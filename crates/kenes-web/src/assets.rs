//! The static files the pages use, embedded in the binary: the explorer
//! needs no network.

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

/// The embedded files, by name, with their content types.
const ASSETS: [(&str, &str, &str); 1] = [(
    "kenes.css",
    "text/css; charset=utf-8",
    include_str!("../static/kenes.css"),
)];

pub async fn asset(Path(name): Path<String>) -> Response {
    match ASSETS.iter().find(|(n, _, _)| *n == name) {
        Some((_, content_type, body)) => {
            ([(header::CONTENT_TYPE, *content_type)], *body).into_response()
        }
        None => (StatusCode::NOT_FOUND, "no such file").into_response(),
    }
}
