//! The kenes explorer: a model served as web pages and a JSON API, read-only.
//! Pages are rendered on the server as HTML and SVG (with `maud`, which
//! escapes every value it is given: a name with markup in it shows as text);
//! the same data the pages show is served under `/api/`. Every response
//! carries a Content-Security-Policy that allows no inline script.

mod api;
mod assets;
mod evidence;
pub mod i18n;
pub mod json;
mod layout;
mod names;
mod pages;

use std::path::Path;
use std::sync::{Arc, OnceLock};

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::routing::get;
use kenes_dataset::{Paragraph, ParagraphsError};
use kenes_model::{Diagnostic, Model};

/// What the explorer serves: one model, its name, its checker findings and,
/// when the model has one, its relaying paper split into paragraphs.
///
/// Besides, it keeps what some pages compute from these whatever the request
/// (the paper read and its passages matched, the texts the search looks
/// through folded, where each glossary term appears), each filled by the
/// first request that needs it and kept for every later one. Build it with
/// [`Explorer::new`]; change its public fields, if at all, before it serves a
/// page (the router takes it whole, so a served explorer cannot change).
#[derive(Debug)]
pub struct Explorer {
    pub model: Model,
    /// How the model is named on the pages (its folder, or the embedded model's name).
    pub name: String,
    pub findings: Vec<Diagnostic>,
    /// The paper's paragraphs with their translations (empty when the model has none).
    pub paragraphs: Vec<Paragraph>,
    /// The paper as `/paper` and `/api/paper` show it, in any language.
    pub(crate) paper: OnceLock<pages::paper::PaperReading>,
    /// Every text the search looks through, folded.
    pub(crate) search: OnceLock<pages::search::FoldedDocs>,
    /// Where each glossary term appears in the paper and the model.
    pub(crate) glossary: OnceLock<pages::glossary::Appearances>,
    /// The networks drawn so far, by what was asked (a few, most recent kept).
    pub(crate) networks: pages::network::Drawn,
}

impl Explorer {
    /// An explorer of `model` named `name`, with its checker findings and
    /// its paper's paragraphs (empty when it has none).
    pub fn new(
        model: Model,
        name: String,
        findings: Vec<Diagnostic>,
        paragraphs: Vec<Paragraph>,
    ) -> Explorer {
        Explorer {
            model,
            name,
            findings,
            paragraphs,
            paper: OnceLock::new(),
            search: OnceLock::new(),
            glossary: OnceLock::new(),
            networks: pages::network::Drawn::default(),
        }
    }

    /// The embedded model, checked, with its paper.
    pub fn embedded() -> Explorer {
        let loaded = kenes_dataset::load_embedded();
        let mut findings = loaded.diagnostics;
        findings.extend(kenes_check::check(&loaded.model));
        Explorer::new(
            loaded.model,
            kenes_dataset::EMBEDDED_NAME.to_owned(),
            findings,
            kenes_dataset::embedded_paragraphs(),
        )
    }

    /// A loaded model, checked; its paper's paragraphs are read from `root`
    /// when it has them.
    pub fn from_loaded(
        loaded: kenes_dataset::Loaded,
        name: String,
        root: &Path,
    ) -> Result<Explorer, ParagraphsError> {
        let mut findings = loaded.diagnostics;
        findings.extend(kenes_check::check(&loaded.model));
        let paragraphs = kenes_dataset::load_paragraphs(root)?.unwrap_or_default();
        Ok(Explorer::new(loaded.model, name, findings, paragraphs))
    }
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
        .route("/bodies", get(pages::bodies::page))
        .route("/stances", get(pages::stances::page))
        .route("/network", get(pages::network::page))
        .route("/paper", get(pages::paper::page))
        .route("/conflicts", get(pages::conflicts::page))
        .route("/search", get(pages::search::page))
        .route("/glossary", get(pages::glossary::page))
        .route("/entity/{id}", get(pages::entity::page))
        .route("/api/", get(api::index))
        .route("/api/overview", get(api::overview))
        .route("/api/timeline", get(api::timeline))
        .route("/api/bodies", get(pages::bodies::api))
        .route("/api/stances", get(pages::stances::api))
        .route("/api/network", get(pages::network::api))
        .route("/api/paper", get(pages::paper::api))
        .route("/api/conflicts", get(pages::conflicts::api))
        .route("/api/search", get(pages::search::api))
        .route("/api/glossary", get(pages::glossary::api))
        .route("/api/entity/{id}", get(pages::entity::api))
        .route("/api/{*rest}", get(api::not_an_endpoint))
        .route("/static/{name}", get(assets::asset))
        .fallback(pages::not_found)
        .with_state(state)
        .layer(axum::middleware::from_fn(i18n::remember_lang))
        .layer(axum::middleware::map_response(secure))
        // a low level: most of a page's cost was its compression, and level 4
        // keeps the size within a tenth of the default's at half its time
        .layer(
            tower_http::compression::CompressionLayer::new()
                .quality(tower_http::CompressionLevel::Precise(4)),
        )
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
