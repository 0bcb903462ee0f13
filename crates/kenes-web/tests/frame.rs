//! The frame every page shares: the interface language (in the URL,
//! remembered in a cookie, else the browser's), the timeline's filters and
//! claims, and the stable page and cite line of every entity and claim.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::{assert_shown_as_text, embedded, get, hostile, send};

#[tokio::test]
async fn the_language_in_the_url_is_used_and_remembered() {
    let (status, headers, body) = get(embedded(), "/timeline?lang=kk").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("<html lang=\"kk\">"), "interface in Kazakh");
    assert!(body.contains("Ескі стиль"), "Kazakh column heading");
    assert_eq!(
        headers[header::SET_COOKIE],
        "kenes_lang=kk; Path=/; Max-Age=31536000; SameSite=Lax"
    );
    // links keep the language, so a copied link opens in it
    assert!(body.contains("href=\"/state?lang=kk\""), "{body}");
    // the switcher offers this page in the other languages
    assert!(body.contains("href=\"/timeline?lang=ru\""));
    let remembered = Request::get("/state")
        .header(header::COOKIE, "other=1; kenes_lang=ru")
        .body(Body::empty())
        .unwrap();
    let (_, headers, body) = send(embedded(), remembered).await;
    assert!(body.contains("<html lang=\"ru\">"));
    assert!(
        headers.get(header::SET_COOKIE).is_none(),
        "nothing new to remember"
    );
    let browser = Request::get("/")
        .header(header::ACCEPT_LANGUAGE, "de-DE, ru;q=0.8, en;q=0.5")
        .body(Body::empty())
        .unwrap();
    let (_, _, body) = send(embedded(), browser).await;
    assert!(
        body.contains("<html lang=\"ru\">"),
        "first of ours the browser accepts"
    );
    let (_, _, body) = get(embedded(), "/?lang=xx").await;
    assert!(
        body.contains("<html lang=\"en\">"),
        "an unknown language falls back"
    );
}

/// The Kazakh name as written, with the English rendering beside it for
/// English readers (actors.toml: person.korovichenko).
#[tokio::test]
async fn names_are_shown_as_written_with_help_beside_them() {
    let (_, _, body) = get(embedded(), "/entity/person.korovichenko").await;
    assert!(
        body.contains("<span class=\"name\" lang=\"kk\">П.А. Коровиченко</span>"),
        "{body}"
    );
    assert!(body.contains("(P.A. Korovichenko)"));
    let (_, _, body) = get(embedded(), "/entity/person.korovichenko?lang=kk").await;
    assert!(
        !body.contains("class=\"translit\""),
        "Kazakh readers need no help"
    );
}

/// The rising in Tashkent: «4 күн ұдайы қып-қызыл төбелес» (Бірлік туы,
/// 8 November 1917, claim c.upr.bt-four-days) opens under its event.
#[tokio::test]
async fn a_timeline_event_opens_its_passage_and_english() {
    let (_, _, body) = get(embedded(), "/timeline").await;
    assert!(body.contains("<details class=\"claims\">"));
    assert!(
        body.contains("4 күн ұдайы қып-қызыл төбелес"),
        "the Kazakh passage"
    );
    assert!(body.contains("Then for 4 days on end"), "its English");
    assert!(
        body.contains("href=\"/entity/c.upr.bt-four-days\""),
        "the claim's page"
    );
}

#[tokio::test]
async fn the_timeline_filters_by_actor_and_kind() {
    let explorer = embedded();
    let all = explorer.model.events().len();
    let involving = kenes_analysis::timeline::timeline(&explorer.model)
        .iter()
        .filter(|e| e.actors.iter().any(|a| a.as_str() == "person.korovichenko"))
        .count();
    assert!(involving > 0 && involving < all);
    let (status, _, body) = get(explorer, "/timeline?actor=person.korovichenko").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body.matches("<tr id=").count(), involving);
    let (_, _, body) = get(embedded(), "/timeline?kind=meeting&actor=").await;
    let meetings = embedded()
        .model
        .events()
        .iter()
        .filter(|e| e.kind().as_str() == "meeting")
        .count();
    assert_eq!(body.matches("<tr id=").count(), meetings);
    for bad in [
        "/timeline?actor=nobody",
        "/timeline?kind=party",
        "/timeline?actor=%3Cb%3E",
    ] {
        let (status, _, body) = get(embedded(), bad).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(!body.contains("<b>"), "{bad}");
    }
}

#[tokio::test]
async fn every_entity_and_claim_has_a_page_with_a_cite_line() {
    let explorer = embedded();
    let ids: Vec<String> = explorer
        .model
        .entities()
        .map(|e| e.id().to_string())
        .collect();
    let router = kenes_web::router(explorer);
    for id in &ids {
        use tower::ServiceExt;
        let request = Request::get(format!("/entity/{id}"))
            .body(Body::empty())
            .unwrap();
        let response = router.clone().oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{id}");
    }
    // claim c.upr.bt-four-days: Бірлік туы of 8 November 1917, as the paper cites it
    let (_, _, body) = get(embedded(), "/entity/c.upr.bt-four-days").await;
    let cite = body.split("<span class=\"cite-line\">").nth(1).unwrap();
    let cite = cite.split("</span>").next().unwrap();
    assert!(
        cite.starts_with("kenes, model turkestan-1917 0.1.0, claim c.upr.bt-four-days"),
        "{cite}"
    );
    assert!(
        cite.contains("[Бірлік туы, 1917. 8 ноябрь]"),
        "the locator: {cite}"
    );
    assert!(cite.ends_with(". /entity/c.upr.bt-four-days"), "{cite}");
    let (status, headers, json) = get(embedded(), "/api/entity/c.upr.bt-four-days").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["kind"], "claim");
    assert!(
        !json["evidence_for"].as_array().unwrap().is_empty(),
        "a claim is evidence for something"
    );
}

#[tokio::test]
async fn an_unknown_entity_is_a_404_page() {
    for path in [
        "/entity/nobody",
        "/entity/%3Cscript%3E",
        "/api/entity/nobody",
    ] {
        let (status, _, body) = get(embedded(), path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(!body.contains("<script>"), "{path}");
    }
}

#[tokio::test]
async fn entity_pages_show_the_model_as_text() {
    for path in [
        "/entity/org.x",
        "/entity/place.x",
        "/entity/ev.1",
        "/entity/src.1",
        "/entity/c.1",
        "/timeline?actor=org.x",
        "/api/entity/c.1",
    ] {
        let (status, _, body) = get(hostile(), path).await;
        assert_eq!(status, StatusCode::OK, "{path}: {body}");
        if path.starts_with("/api") {
            assert!(
                body.contains("\\u003cscript") || body.contains("<script>alert('passage')"),
                "JSON carries the text as data"
            );
            continue;
        }
        assert_shown_as_text(path, &body);
    }
}

/// Glossary terms in a claim's English link to their entries: claim
/// c.nov.joint-ca-delay (04-committee.toml) speaks of «the convening of
/// the Constituent Assembly».
#[tokio::test]
async fn terms_in_a_claims_english_link_to_the_glossary() {
    let (_, _, body) = get(embedded(), "/entity/c.nov.joint-ca-delay").await;
    let english = body
        .split("<p class=\"english\" lang=\"en\">")
        .nth(1)
        .unwrap();
    let english = english.split("</p>").next().unwrap();
    assert!(
        english.contains("href=\"/glossary#term-constituent-assembly\""),
        "{english}"
    );
    let (_, _, body) = get(embedded(), "/timeline").await;
    assert!(
        body.contains("class=\"term\""),
        "terms linked on the timeline"
    );
}

/// `/api/timeline` filters as its page does, and refuses what the page refuses.
#[tokio::test]
async fn the_timeline_api_filters_as_its_page() {
    let (_, _, page) = get(embedded(), "/timeline?actor=person.korovichenko&kind=order").await;
    let (status, _, json) = get(
        embedded(),
        "/api/timeline?actor=person.korovichenko&kind=order",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let events = json.as_array().unwrap();
    assert!(!events.is_empty());
    assert_eq!(events.len(), page.matches("<tr id=").count());
    let (status, _, json) = get(embedded(), "/api/timeline?kind=party").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(json, r#"{"error":"no event kind party"}"#);
}

/// A locator that only repeats its source's label is not given twice.
#[tokio::test]
async fn the_cite_line_does_not_repeat_itself() {
    let (_, _, json) = get(embedded(), "/api/entity/person.shokay").await;
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let cite = json["cite"].as_str().unwrap();
    assert!(!cite.contains("183], [С.Агзамходжаев"), "{cite}");
    assert!(cite.contains("[С.Агзамходжаев, 2006. 183]"), "{cite}");
}
