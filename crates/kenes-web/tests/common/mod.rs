//! What the explorer's tests share: the embedded explorer, a hostile model
//! whose every text is markup or script, and a request without a network.
#![allow(dead_code)] // each test file uses its own part of this

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use kenes_dataset::{InputFile, Paragraph, load_files};
use kenes_web::{Explorer, router};
use tower::ServiceExt;

/// The embedded model, as `kenes serve` serves it.
pub fn embedded() -> Explorer {
    Explorer::embedded()
}

/// Answers `path` (with its query) from a fresh router over `explorer`.
pub async fn get(explorer: Explorer, path: &str) -> (StatusCode, HeaderMap, String) {
    send(explorer, Request::get(path).body(Body::empty()).unwrap()).await
}

/// Answers `request` from a fresh router over `explorer`.
pub async fn send(explorer: Explorer, request: Request<Body>) -> (StatusCode, HeaderMap, String) {
    let response = router(explorer).oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8(body.to_vec()).unwrap())
}

/// The hostile model's manifest: its title and description are markup.
pub const HOSTILE_MANIFEST: &str = r#"
[model]
id = "hostile"
version = "1"
title = [{ text = "<script>alert('title')</script>", lang = "en" }]
description = "<img src=x onerror=alert(1)> & more"
period = "1917-10-22/1917-11-25"

[calendar]
default = "julian"
basis = "stated"
"#;

/// The hostile model's entities: names, titles, passages and renderings
/// that are all markup or script. Test files may add files of their own.
pub const HOSTILE_ENTITIES: &str = r#"
[[actor]]
id = "org.x"
kind = "organisation"
names = [{ text = "<script>alert('actor')</script>", lang = "kk" }, { text = "<b>en</b>", lang = "en", kind = "rendering" }]
claims = ["c.1"]

[[place]]
id = "place.x"
kind = "town"
names = [{ text = "<script>alert('place')</script>", lang = "kk" }]
claims = ["c.1"]

[[event]]
id = "ev.1"
kind = "meeting"
title = "<script>alert('event')</script>"
date = "1917-10-25"
place = "place.x"
participants = [{ actor = "org.x", role = "<i>role</i>" }]
claims = ["c.1"]

[[source]]
id = "src.1"
kind = "article"
title = "<script>alert('source')</script>"

[[claim]]
id = "c.1"
source = "src.1"
passage = "<script>alert('passage')</script>"
lang = "kk"
english = "<iframe src=x></iframe>"
voice = "author-judgement"
"#;

/// Stances for the hostile model: a person whose name and role are markup,
/// affiliated to the hostile organisation, the two opposed on an issue
/// named in markup, with summaries that are markup too.
pub const HOSTILE_STANCES: &str = r#"
[[actor]]
id = "person.y"
kind = "person"
names = [{ text = "<img src=x onerror=alert('person')>", lang = "kk" }]
affiliations = [{ organisation = "org.x", role = "<script>alert('role')</script>" }]
claims = ["c.1"]

[[issue]]
id = "issue.x"
names = [{ text = "<script>alert('issue')</script>", lang = "en" }]
description = "<b>description</b>"

[[stance]]
id = "st.x"
actor = "org.x"
issue = "issue.x"
position = "oppose"
date = "1917-10-25"
voice = "ascribed"
by = "person.y"
summary = "<script>alert('summary')</script>"
claims = ["c.1"]

[[stance]]
id = "st.y"
actor = "person.y"
issue = "issue.x"
position = "support"
date = "1917-10-26"
voice = "declared"
summary = "<iframe src=x></iframe>"
claims = ["c.1"]
"#;

/// A model whose every text is markup or script, with `extra` files besides.
pub fn hostile_with(extra: &[(&str, &str)]) -> Explorer {
    let mut files = vec![
        ("kenes.toml", HOSTILE_MANIFEST),
        ("entities.toml", HOSTILE_ENTITIES),
    ];
    files.extend_from_slice(extra);
    let files = files
        .into_iter()
        .map(|(path, text)| InputFile {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
        })
        .collect();
    let loaded = load_files(files, &|_| None);
    Explorer::new(
        loaded.model,
        "<b>name</b>".to_owned(),
        loaded.diagnostics,
        vec![Paragraph {
            id: "p<1>".to_owned(),
            first_line: 1,
            last_line: 1,
            kind: "body".to_owned(),
            lang: "kk".to_owned(),
            en: Some("<script>alert('paragraph')</script>".to_owned()),
            ru: Some("<img src=x>".to_owned()),
            note: Some("<iframe></iframe>".to_owned()),
        }],
    )
}

/// The hostile model alone.
pub fn hostile() -> Explorer {
    hostile_with(&[])
}

/// Asserts that nothing of the hostile model's markup reached `body` as markup.
pub fn assert_shown_as_text(path: &str, body: &str) {
    for tag in ["<script", "<img", "<iframe", "<b>", "<i>role"] {
        assert!(!body.contains(tag), "{path}: {tag} in {body}");
    }
    assert!(body.contains("&lt;script&gt;"), "{path}: shown as text");
}
