//! Placeholder for the conflicts page: replaced by the page itself before it is
//! offered to readers (it answers 501 until then).

use axum::http::StatusCode;

pub async fn page() -> StatusCode {
    StatusCode::NOT_IMPLEMENTED
}

pub async fn api() -> StatusCode {
    StatusCode::NOT_IMPLEMENTED
}
