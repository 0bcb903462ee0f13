//! The explorer's routes, driven without a network: status codes, content
//! types, security headers, and that whatever the model says is shown as text.

mod common;

use axum::http::{StatusCode, header};
use common::{assert_shown_as_text, embedded, get, hostile};
use kenes_web::CONTENT_SECURITY_POLICY;

#[tokio::test]
async fn pages_are_html_with_the_security_headers() {
    for path in ["/", "/timeline", "/state", "/sources"] {
        let (status, headers, body) = get(embedded(), path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(
            headers[header::CONTENT_TYPE],
            "text/html; charset=utf-8",
            "{path}"
        );
        assert_eq!(
            headers[header::CONTENT_SECURITY_POLICY],
            CONTENT_SECURITY_POLICY
        );
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert!(body.starts_with("<!DOCTYPE html>"), "{path}");
        assert!(!body.contains("<script"), "no inline script on {path}");
    }
}

#[tokio::test]
async fn the_timeline_shows_every_event_in_both_calendars() {
    let explorer = embedded();
    let events = explorer.model.events().len();
    let (_, _, body) = get(explorer, "/timeline").await;
    assert_eq!(body.matches("<tr id=").count(), events);
    // the Bolshevik rising in Tashkent began on 28 October 1917 O.S., 10 November N.S.
    assert!(body.contains("28 Oct 1917"), "Old Style date shown");
    assert!(body.contains("10 Nov 1917"), "New Style date shown");
}

#[tokio::test]
async fn the_api_gives_json_of_what_the_pages_show() {
    let explorer = embedded();
    let events = explorer.model.events().len();
    let (status, headers, body) = get(explorer, "/api/timeline").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    assert_eq!(body.matches("\"event\":").count(), events);
    let (_, _, overview) = get(embedded(), "/api/overview").await;
    assert!(overview.contains("\"id\":\"turkestan-1917\""), "{overview}");
}

#[tokio::test]
async fn unknown_paths_and_traversal_get_404() {
    for path in [
        "/nowhere",
        "/static/../Cargo.toml",
        "/static/%2e%2e%2fCargo.toml",
        "/static/nothing.css",
        "/api/nothing",
    ] {
        let (status, headers, _) = get(embedded(), path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(
            headers[header::CONTENT_SECURITY_POLICY],
            CONTENT_SECURITY_POLICY
        );
    }
    let (_, headers, body) = get(embedded(), "/api/nothing/at/all").await;
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    assert_eq!(
        body,
        r#"{"error":"/api/nothing/at/all is not an endpoint; /api/ lists them"}"#
    );
    let (status, headers, body) = get(embedded(), "/static/kenes.css").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "text/css; charset=utf-8");
    assert!(body.contains(":root"));
}

/// A model whose names and titles hold markup and script: the pages show them
/// as text, never as markup.
#[tokio::test]
async fn markup_in_the_model_is_shown_as_text() {
    assert_eq!(
        hostile().model.events().len(),
        1,
        "{:?}",
        hostile().findings
    );
    for path in ["/", "/timeline", "/state?at=1917-10-25", "/sources"] {
        let (_, _, body) = get(hostile(), path).await;
        assert_shown_as_text(path, &body);
    }
}

/// The date control changes the state shown. Known answers from the paper, as
/// the embedded model encodes them: fighting in Tashkent from 28 October to
/// 1 November 1917 O.S. («төрт күн», c.upr.bt-four-days), after which the
/// soviet held power there (c.upr.bt-masters).
#[tokio::test]
async fn the_day_chosen_changes_the_state_shown() {
    let (status, _, during) = get(embedded(), "/state?at=1917-10-30").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        during.contains("30 Oct 1917 O.S. = 12 Nov 1917 N.S."),
        "{during}"
    );
    assert!(during.contains("power over Ташкент (Tashkent) contested"));
    assert!(
        during.contains("c.upr.bt-four-days"),
        "each line shows its claims"
    );
    let (_, _, after) = get(embedded(), "/state?at=1917-11-20").await;
    assert!(after.contains("power over Ташкент (Tashkent) held by"));
    assert!(!after.contains("power over Ташкент (Tashkent) contested"));
    // the same day in New Style
    let (_, _, new_style) = get(embedded(), "/state?at=1917-11-12&calendar=gregorian").await;
    assert!(new_style.contains("30 Oct 1917 O.S. = 12 Nov 1917 N.S."));
    // with no day, the first of the model's period
    let (status, _, first) = get(embedded(), "/state").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        first.contains("value=\"1917-"),
        "the form holds the day shown"
    );
}

#[tokio::test]
async fn a_day_that_cannot_be_read_is_a_400_page() {
    for query in [
        "at=1917-13-01",
        "at=yesterday",
        "at=1917-10",
        "at=1917-10-30&calendar=mayan",
    ] {
        let (status, headers, body) = get(embedded(), &format!("/state?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
        assert!(body.contains("cannot be shown"), "{query}");
    }
}

#[tokio::test]
async fn the_sources_page_lists_every_source_with_the_claims_on_it() {
    let explorer = embedded();
    let sources = explorer.model.sources().len();
    let claims: Vec<String> = explorer
        .model
        .claims()
        .iter()
        .map(|c| c.id().to_string())
        .collect();
    let (status, _, body) = get(explorer, "/sources").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body.matches("<section class=\"source\"").count(), sources);
    for claim in &claims {
        assert_eq!(
            body.matches(&format!("<li id=\"{claim}\"")).count(),
            1,
            "{claim} under its source"
        );
    }
    // the paper's Kazakh passages are shown as written, with their language
    assert!(body.contains("<blockquote lang=\"kk\">"));
    assert!(body.contains("Коровиченко"));
}
