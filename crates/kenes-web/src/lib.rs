//! The kenes explorer: a model served as web pages and a JSON API, read-only.
//! Pages are rendered on the server as HTML (with `maud`, which escapes every
//! value it is given: a name with markup in it shows as text); the same data
//! the pages show is served under `/api/`. Every response carries a
//! Content-Security-Policy that allows no inline script.

mod api;
mod assets;
mod layout;
mod pages;

use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::routing::get;
use kenes_model::{Diagnostic, Model};

/// What the explorer serves: one model, its name, and its checker findings.
#[derive(Debug)]
pub struct Explorer {
    pub model: Model,
    /// How the model is named on the pages (its folder, or the embedded model's name).
    pub name: String,
    pub findings: Vec<Diagnostic>,
}

/// The policy every response carries: nothing from elsewhere, no inline script.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
    style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; \
    base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The explorer's routes: pages, the JSON API and the embedded assets, with
/// a page of its own for any other path (404).
pub fn router(explorer: Explorer) -> Router {
    let state = Arc::new(explorer);
    Router::new()
        .route("/", get(pages::overview))
        .route("/timeline", get(pages::timeline))
        .route("/state", get(pages::system_on_day))
        .route("/sources", get(pages::sources))
        .route("/api/overview", get(api::overview))
        .route("/api/timeline", get(api::timeline))
        .route("/static/{name}", get(assets::asset))
        .fallback(pages::not_found)
        .with_state(state)
        .layer(axum::middleware::map_response(secure))
}

/// Headers every response carries.
async fn secure(mut response: axum::response::Response) -> axum::response::Response {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

/// Serves the explorer on `listener` until the process ends.
pub async fn serve(listener: tokio::net::TcpListener, explorer: Explorer) -> std::io::Result<()> {
    axum::serve(listener, router(explorer)).await
}
