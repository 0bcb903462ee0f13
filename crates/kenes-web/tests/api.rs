//! The JSON API against its documentation, `docs/api.md`: every endpoint
//! `/api/` lists answers JSON on the embedded model, the document has a
//! section for exactly those endpoints, and every object it documents has
//! exactly the keys of its table — so that neither the code nor the
//! document can change without the other. Also what the document's general
//! part promises: errors as `{"error": …}`, data the same in every
//! language but the paper's, gzip when accepted.
//!
//! The document is read by its headings: a `##` heading that begins with
//! an `/api/` path in backticks opens an endpoint's section; a `###`
//! heading of jq paths in backticks, which may end in "when `key` is
//! `value`", heads a table whose rows begin with each key in backticks.

mod common;

use std::collections::BTreeSet;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

use common::embedded;

/// The document the tests hold the API to.
const DOC: &str = include_str!("../../../docs/api.md");

/// What the index answers at, besides the endpoints it lists.
const INDEX: &str = "/api/";

/// Requests that show objects the plain request of an endpoint does not
/// (a single body, a day, another period, suggestions, a claim…).
const MORE_REQUESTS: [(&str, &[&str]); 6] = [
    (
        "/api/bodies",
        &["/api/bodies?body=body.cpc&method=dhondt,modified-sainte-lague"],
    ),
    ("/api/stances", &["/api/stances?at=1917-10-28"]),
    (
        "/api/network",
        &["/api/network?from=1917-11-10&to=1917-11-20&calendar=gregorian"],
    ),
    ("/api/paper", &["/api/paper?paragraph=p019&lang=ru"]),
    (
        "/api/search?q=",
        &["/api/search?q=Kolesof", "/api/search?q=Kokand"],
    ),
    (
        "/api/entity/{id}",
        &[
            "/api/entity/c.oct.mcc-telegrams",
            "/api/entity/comp.cpc.adopted",
        ],
    ),
];

/// One endpoint's section of the document.
#[derive(Debug)]
struct Section {
    endpoint: String,
    tables: Vec<Table>,
}

/// One table of fields: the paths of the objects it describes, the form of
/// them it is for (`when key is value`), and their keys.
#[derive(Debug)]
struct Table {
    paths: Vec<String>,
    when: Option<(String, String)>,
    keys: BTreeSet<String>,
}

impl Table {
    fn admits(&self, object: &Value) -> bool {
        self.when
            .as_ref()
            .is_none_or(|(key, value)| object.get(key).and_then(Value::as_str) == Some(value))
    }
}

/// The texts between backticks.
fn backticked(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// A table's heading, read: `` `.a`, `.b` when `key` is `value` — words ``.
fn table_heading(heading: &str) -> Table {
    let (heading, _) = heading.split_once(" — ").unwrap_or((heading, ""));
    let (paths, when) = heading.split_once(" when ").unwrap_or((heading, ""));
    let when = match backticked(when).as_slice() {
        [] => None,
        [key, value] => Some(((*key).to_owned(), (*value).to_owned())),
        other => panic!("a heading's `when` names a key and a value: {other:?}"),
    };
    Table {
        paths: backticked(paths).into_iter().map(str::to_owned).collect(),
        when,
        keys: BTreeSet::new(),
    }
}

/// The document's endpoint sections, in order.
fn sections(doc: &str) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    let mut in_endpoint = false;
    let mut in_table = false;
    for line in doc.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            let endpoint = backticked(heading).first().map(|p| (*p).to_owned());
            in_endpoint = heading.starts_with("`/api/");
            in_table = false;
            if let (true, Some(endpoint)) = (in_endpoint, endpoint) {
                let tables = Vec::new();
                sections.push(Section { endpoint, tables });
            }
        } else if let Some(heading) = line.strip_prefix("### ") {
            in_table = in_endpoint && heading.starts_with('`');
            if in_table && let Some(section) = sections.last_mut() {
                section.tables.push(table_heading(heading));
            }
        } else if in_table && line.starts_with("| `") {
            let table = sections.last_mut().and_then(|s| s.tables.last_mut());
            let key = backticked(line)[0].to_owned();
            table.expect("a table under a heading").keys.insert(key);
        }
    }
    sections
}

/// The objects at a jq path (`.`, `.[]`, `.bodies[].accounts[]`) of `value`;
/// nulls, absent keys and values other than objects are passed over.
fn objects_at<'v>(value: &'v Value, path: &str) -> Vec<&'v Value> {
    let steps = path.strip_prefix('.').expect("a path starts with '.'");
    let mut found = vec![value];
    for step in steps.split('.').filter(|step| !step.is_empty()) {
        let (key, each) = step.strip_suffix("[]").map_or((step, false), |k| (k, true));
        let mut next = Vec::new();
        for value in found {
            let inner = if key.is_empty() {
                Some(value)
            } else {
                value.get(key)
            };
            match (inner, each) {
                (None | Some(Value::Null), _) => {}
                (Some(Value::Array(items)), true) => next.extend(items),
                (Some(other), false) => next.push(other),
                (Some(other), true) => panic!("{path}: {key} is not an array: {other}"),
            }
        }
        found = next;
    }
    found
        .into_iter()
        .filter(|value| value.is_object())
        .collect()
}

fn keys_of(object: &Value) -> BTreeSet<String> {
    object
        .as_object()
        .expect("an object")
        .keys()
        .cloned()
        .collect()
}

/// The request that shows an endpoint: a real id for `{id}`, a query for `q=`.
fn plain_request(endpoint: &str) -> String {
    let path = endpoint.replace("{id}", "person.shokay");
    if path.ends_with("q=") {
        format!("{path}Shokay")
    } else {
        path
    }
}

fn requests(endpoint: &str) -> Vec<String> {
    let more = MORE_REQUESTS
        .iter()
        .filter(|(shown, _)| *shown == endpoint)
        .flat_map(|(_, more)| more.iter().map(|path| (*path).to_owned()));
    std::iter::once(plain_request(endpoint))
        .chain(more)
        .collect()
}

/// Answers `request` from `router`.
async fn answer(router: &Router, request: Request<Body>) -> (StatusCode, HeaderMap, Vec<u8>) {
    let response = router.clone().oneshot(request).await.unwrap();
    let (parts, body) = response.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes().to_vec();
    (parts.status, parts.headers, bytes)
}

/// Answers `path`, which must be JSON with status 200.
async fn json(router: &Router, path: &str) -> Value {
    let request = Request::get(path).body(Body::empty()).unwrap();
    let (status, headers, body) = answer(router, request).await;
    assert_eq!(status, StatusCode::OK, "{path}");
    assert_eq!(headers[header::CONTENT_TYPE], "application/json", "{path}");
    serde_json::from_slice(&body).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The endpoints `/api/` lists, in its order.
async fn listed(router: &Router) -> Vec<String> {
    let index = json(router, INDEX).await;
    let entries = index.as_array().expect("the index is an array");
    entries
        .iter()
        .map(|entry| entry["path"].as_str().expect("a path").to_owned())
        .collect()
}

#[tokio::test]
async fn every_listed_endpoint_answers_json() {
    let router = kenes_web::router(embedded());
    let listed = listed(&router).await;
    assert_eq!(listed.len(), 10, "{listed:?}");
    for endpoint in &listed {
        json(&router, &plain_request(endpoint)).await;
    }
}

#[tokio::test]
async fn the_document_has_a_section_for_each_listed_endpoint_and_no_other() {
    let router = kenes_web::router(embedded());
    let mut expected = vec![INDEX.to_owned()];
    expected.extend(listed(&router).await);
    let documented: Vec<String> = sections(DOC).into_iter().map(|s| s.endpoint).collect();
    // the document promises the index's order
    assert_eq!(documented, expected);
}

#[tokio::test]
async fn each_answer_has_the_top_level_keys_documented() {
    let router = kenes_web::router(embedded());
    for section in sections(DOC) {
        let top = section
            .tables
            .iter()
            .find(|t| t.paths.iter().any(|p| p == "." || p == ".[]"))
            .unwrap_or_else(|| panic!("{}: no table of `.` or `.[]`", section.endpoint));
        let request = plain_request(&section.endpoint);
        let answer = json(&router, &request).await;
        let objects = objects_at(&answer, &top.paths[0]);
        assert!(
            !objects.is_empty(),
            "{request}: nothing at {}",
            top.paths[0]
        );
        for object in objects {
            assert_eq!(keys_of(object), top.keys, "{request}: top-level keys");
        }
    }
}

/// Every object at a documented path has exactly its table's keys, and
/// every table describes at least one object of the answers requested.
#[tokio::test]
async fn every_documented_object_has_exactly_its_keys() {
    let router = kenes_web::router(embedded());
    let sections = sections(DOC);
    let tables: usize = sections.iter().map(|s| s.tables.len()).sum();
    assert!(tables > 60, "the document's tables are read: {tables}");
    for section in &sections {
        let mut answers = Vec::new();
        for request in requests(&section.endpoint) {
            answers.push((json(&router, &request).await, request));
        }
        for table in &section.tables {
            let mut seen = 0;
            for (answer, request) in &answers {
                for path in &table.paths {
                    for object in objects_at(answer, path) {
                        assert_one_form(&section.tables, path, object, request);
                        if table.admits(object) {
                            assert_eq!(keys_of(object), table.keys, "{request}: {path}");
                            seen += 1;
                        }
                    }
                }
            }
            assert!(
                seen > 0,
                "{}: no answer shows {:?}",
                section.endpoint,
                table
            );
        }
    }
}

/// An object whose form is chosen by a key matches one of its path's tables.
fn assert_one_form(tables: &[Table], path: &str, object: &Value, request: &str) {
    let forms: Vec<&Table> = tables
        .iter()
        .filter(|t| t.paths.iter().any(|p| p == path))
        .collect();
    let admitted = forms.iter().filter(|t| t.admits(object)).count();
    assert_eq!(admitted, 1, "{request}: {path}: {object}");
}

/// The refusals the document gives as examples: status and `{"error": …}`.
#[tokio::test]
async fn refusals_are_json_with_only_an_error() {
    let router = kenes_web::router(embedded());
    let refused = [
        ("/api/bodies?body=body.nope", StatusCode::NOT_FOUND),
        ("/api/bodies?body=bad%20id", StatusCode::BAD_REQUEST),
        ("/api/bodies?method=foo", StatusCode::BAD_REQUEST),
        ("/api/stances?at=1917-13-01", StatusCode::BAD_REQUEST),
        ("/api/stances?issue=nope", StatusCode::BAD_REQUEST),
        ("/api/network?from=1900-01-01", StatusCode::BAD_REQUEST),
        ("/api/network?calendar=x", StatusCode::BAD_REQUEST),
        ("/api/paper?paragraph=p999", StatusCode::NOT_FOUND),
        (
            "/api/paper?paragraph=p1&paragraph=p2",
            StatusCode::BAD_REQUEST,
        ),
        ("/api/conflicts?severity=fatal", StatusCode::BAD_REQUEST),
        ("/api/conflicts?code=X1", StatusCode::BAD_REQUEST),
        ("/api/search?q=a&q=b", StatusCode::BAD_REQUEST),
        ("/api/entity/nope", StatusCode::NOT_FOUND),
    ];
    for (path, expected) in refused {
        let request = Request::get(path).body(Body::empty()).unwrap();
        let (status, headers, body) = answer(&router, request).await;
        assert_eq!(status, expected, "{path}");
        assert_eq!(headers[header::CONTENT_TYPE], "application/json", "{path}");
        let error: Value = serde_json::from_slice(&body).unwrap();
        let keys: Vec<&String> = error.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["error"], "{path}");
        assert!(
            error["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{path}"
        );
    }
}

/// Only `/api/paper` answers differently in another language (its
/// `translation`); every other endpoint gives the same bytes.
#[tokio::test]
async fn only_the_paper_depends_on_the_language() {
    let router = kenes_web::router(embedded());
    for endpoint in listed(&router).await {
        let path = plain_request(&endpoint);
        let separator = if path.contains('?') { '&' } else { '?' };
        let english = answer(&router, Request::get(&path).body(Body::empty()).unwrap()).await;
        let in_russian = Request::get(format!("{path}{separator}lang=ru"))
            .body(Body::empty())
            .unwrap();
        let russian = answer(&router, in_russian).await;
        if endpoint == "/api/paper" {
            let english: Value = serde_json::from_slice(&english.2).unwrap();
            let russian: Value = serde_json::from_slice(&russian.2).unwrap();
            assert_eq!(english["translation"], "en");
            assert_eq!(russian["translation"], "ru");
            assert_eq!(english["paragraphs"], russian["paragraphs"]);
        } else {
            assert!(english.2 == russian.2, "{endpoint} differs in Russian");
        }
    }
}

#[tokio::test]
async fn answers_are_gzipped_when_accepted_and_carry_the_security_headers() {
    let router = kenes_web::router(embedded());
    let request = Request::get("/api/overview")
        .header(header::ACCEPT_ENCODING, "gzip")
        .body(Body::empty())
        .unwrap();
    let (status, headers, body) = answer(&router, request).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_ENCODING], "gzip");
    assert_eq!(&body[..2], [0x1f, 0x8b], "the gzip magic number");
    assert_eq!(
        headers[header::CONTENT_SECURITY_POLICY],
        kenes_web::CONTENT_SECURITY_POLICY
    );
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(headers[header::REFERRER_POLICY], "no-referrer");
    let plain = Request::get("/api/overview").body(Body::empty()).unwrap();
    let (_, headers, _) = answer(&router, plain).await;
    assert!(headers.get(header::CONTENT_ENCODING).is_none());
}

#[tokio::test]
async fn the_api_is_read_only() {
    let router = kenes_web::router(embedded());
    for endpoint in listed(&router).await {
        let path = plain_request(&endpoint);
        let request = Request::post(&path).body(Body::empty()).unwrap();
        let (status, headers, _) = answer(&router, request).await;
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED, "{path}");
        assert_eq!(headers[header::ALLOW], "GET,HEAD", "{path}");
    }
}
