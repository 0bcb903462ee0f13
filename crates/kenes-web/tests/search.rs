//! The search page and its API: known answers from the paper across scripts,
//! transliterations and Kazakh case endings, the results' contract
//! (`ol.results` > `li[data-kind][data-id]`), and clean answers to empty,
//! long and odd queries and to a model full of markup.

mod common;

use axum::http::{StatusCode, header};
use common::{assert_shown_as_text, embedded, get, hostile};
use serde_json::Value;

/// The page for `query` (already percent-encoded), expected 200.
async fn search(query: &str) -> String {
    let (status, headers, body) = get(embedded(), &format!("/search?q={query}")).await;
    assert_eq!(status, StatusCode::OK, "{query}");
    assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
    body
}

/// The API's answer for `query`, expected 200.
async fn search_api(query: &str) -> Value {
    let (status, headers, body) = get(embedded(), &format!("/api/search?q={query}")).await;
    assert_eq!(status, StatusCode::OK, "{query}");
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    serde_json::from_str(&body).unwrap()
}

/// The `data-id`s of the results, in page order.
fn result_ids(body: &str) -> Vec<&str> {
    body.split("data-id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

/// The paper prints the genitive Коровиченконың on line 315 (paragraph p025):
/// «Уақытша үкіметтің Бас комиссары П.А. Коровиченконың мұндай бұйрығына
/// қарамастан». A search for the name in Cyrillic or Latin finds that
/// paragraph, with the case form marked, and the man himself first.
#[tokio::test]
async fn korovichenko_in_either_script_finds_the_genitive_in_the_paper() {
    for query in [
        "Коровиченко",
        "Korovichenko",
        "korovichenko",
        "Коровиченконың",
    ] {
        let body = search(&urlencode(query)).await;
        assert!(body.contains("<ol class=\"results\">"), "{query}");
        let ids = result_ids(&body);
        assert_eq!(
            ids.first(),
            Some(&"person.korovichenko"),
            "{query}: {ids:?}"
        );
        assert!(ids.contains(&"p025"), "{query}: {ids:?}");
        assert!(body.contains("<mark>Коровиченконың</mark>"), "{query}");
        assert!(body.contains("<li data-kind=\"paragraph\" data-id=\"p025\">"));
        assert!(body.contains("href=\"/paper#p025\""));
        assert!(body.contains("href=\"/entity/person.korovichenko\""));
    }
}

/// The paper writes М. Шоқай (line 149, «М. Шоқай жетекшілік еткен»); the
/// Russian form Шокай, the English Shokay and the 2021 Latin Şoqai find him.
#[tokio::test]
async fn shokay_is_found_from_latin_and_russian_spellings() {
    for query in [
        "Shokay",
        "%C5%9Eoqai",
        "%D0%A8%D0%BE%D0%BA%D0%B0%D0%B9",
        "Shoqai",
    ] {
        let body = search(query).await;
        assert_eq!(result_ids(&body).first(), Some(&"person.shokay"), "{query}");
        assert!(body.contains("<mark>Шоқай</mark>"), "{query}");
        assert!(body.contains("class=\"exact\""), "{query}: an exact name");
    }
    // the paper's case forms (line 473: «м. Шоқайдың», line 479: «Шоқаймен»)
    let body = search(&urlencode("Шоқайдың")).await;
    assert!(body.contains("<mark>Шоқаймен</mark>"), "{body}");
}

/// Ташкентте («in Tashkent») is the locative of Ташкент: it finds the city,
/// ranked first as an exact name, and the paper's Ташкенттегі (line 315).
#[tokio::test]
async fn a_kazakh_case_ending_finds_the_name() {
    let body = search(&urlencode("Ташкентте")).await;
    assert_eq!(result_ids(&body).first(), Some(&"place.tashkent"));
    assert!(body.contains("<mark>Ташкенттегі</mark>"));
    assert!(body.contains("<mark>Tashkent</mark>"), "English texts too");
}

#[tokio::test]
async fn results_are_grouped_by_kind_each_linking_to_its_page() {
    let body = search("Korovichenko").await;
    for kind in ["actor", "event", "claim", "paragraph"] {
        assert!(
            body.contains(&format!(
                "<section class=\"results-group\" data-kind=\"{kind}\">"
            )),
            "{kind}"
        );
    }
    let (_, _, kazakh) = get(embedded(), "/search?q=Korovichenko&lang=kk").await;
    assert!(kazakh.contains("href=\"/entity/person.korovichenko?lang=kk\""));
    assert!(kazakh.contains("href=\"/paper?lang=kk#p025\""));
    assert!(kazakh.contains("Адамдар мен ұйымдар"), "headings in Kazakh");
}

#[tokio::test]
async fn the_api_gives_the_results_as_json() {
    let answer = search_api("Korovichenko").await;
    assert_eq!(answer["query"], "Korovichenko");
    assert_eq!(answer["words"], serde_json::json!(["korovichenko"]));
    let results = answer["results"].as_array().unwrap();
    assert_eq!(answer["total"].as_u64().unwrap() as usize, results.len());
    assert_eq!(answer["truncated"], false);
    let first = &results[0];
    assert_eq!(first["kind"], "actor");
    assert_eq!(first["id"], "person.korovichenko");
    assert_eq!(first["href"], "/entity/person.korovichenko");
    assert_eq!(first["exact_name"], true);
    let marked: Vec<&Value> = first["snippet"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|segment| segment["marked"] == true)
        .collect();
    assert_eq!(marked.len(), 1);
    assert_eq!(marked[0]["text"], "Коровиченко");
    let paragraph = results.iter().find(|r| r["id"] == "p025").unwrap();
    assert_eq!(paragraph["href"], "/paper#p025");
}

/// A common English word matches far more than is shown: the first 100.
#[tokio::test]
async fn results_are_limited_and_the_page_says_so() {
    let answer = search_api("the").await;
    assert!(answer["total"].as_u64().unwrap() > 100);
    assert_eq!(answer["truncated"], true);
    assert_eq!(answer["results"].as_array().unwrap().len(), 100);
    let body = search("the").await;
    assert_eq!(body.matches("<li data-kind=").count(), 100);
    assert!(body.contains("(the first 100 are shown)"));
}

#[tokio::test]
async fn an_empty_query_explains_what_can_be_searched() {
    for path in ["/search", "/search?q=", "/search?q=%20%20"] {
        let (status, _, body) = get(embedded(), path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(body.contains("Search looks through the names"), "{path}");
        assert!(!body.contains("class=\"results\""), "{path}");
        assert_eq!(body.matches("<h1>").count(), 1);
    }
    let answer = search_api("").await;
    assert_eq!(answer["total"], 0);
}

/// Korovchenko (one letter short) matches nothing; the page says so and
/// suggests the nearest name's word, Коровиченко.
#[tokio::test]
async fn no_results_suggest_the_nearest_names() {
    let body = search("Korovchenko").await;
    assert!(body.contains("Nothing matches"));
    assert!(!body.contains("class=\"results\""));
    assert!(body.contains("<ul class=\"suggestions\">"));
    assert!(body.contains(&format!(
        "href=\"/search?q={}\">Коровиченко</a>",
        urlencode("Коровиченко")
    )));
    let answer = search_api("Korovchenko").await;
    assert_eq!(answer["suggestions"][0]["entity"], "person.korovichenko");
}

#[tokio::test]
async fn a_long_query_is_refused_with_a_clear_400() {
    let long = "a".repeat(10_000);
    let (status, headers, body) = get(embedded(), &format!("/search?q={long}")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
    assert!(
        body.contains("The query is too long: 10000 / 200"),
        "{body}"
    );
    let (status, headers, body) = get(embedded(), &format!("/api/search?q={long}")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    assert!(
        body.contains("\"error\":\"the query is 10000 characters long"),
        "{body}"
    );
    // the limit counts characters, not bytes: 200 Kazakh letters are read
    let (status, _, _) = get(embedded(), &format!("/search?q={}", "%D2%9B".repeat(200))).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = get(embedded(), &format!("/search?q={}", "%D2%9B".repeat(201))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

/// Punctuation, emoji, a NUL, bytes that are not UTF-8, a repeated
/// parameter: each gets a page (never a panic), with one h1.
#[tokio::test]
async fn odd_queries_get_clean_answers() {
    let odd = [
        ("!!!%3F%C2%BB", StatusCode::OK),
        ("%F0%9F%99%82", StatusCode::OK),
        ("%00", StatusCode::OK),
        ("%FF%FE", StatusCode::OK),
        ("a&q=b", StatusCode::BAD_REQUEST),
        ("%", StatusCode::OK),
        ("%D1%8C", StatusCode::OK),
    ];
    for (query, expected) in odd {
        let (status, headers, body) = get(embedded(), &format!("/search?q={query}")).await;
        assert_eq!(status, expected, "{query}");
        assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
        assert_eq!(body.matches("<h1>").count(), 1, "{query}");
        assert!(!body.contains('\0'), "{query}");
        let (status, _, body) = get(embedded(), &format!("/api/search?q={query}")).await;
        assert_eq!(status, expected, "{query}");
        serde_json::from_str::<Value>(&body).unwrap();
    }
    let body = search("%F0%9F%99%82").await;
    assert!(body.contains("The query has no letters or digits"));
}

#[tokio::test]
async fn markup_in_the_query_is_shown_as_text() {
    let body = search("%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E").await;
    assert!(!body.contains("<script"), "{body}");
    assert!(body.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;\""));
}

/// The hostile model's names, titles, passages and paragraphs are found and
/// shown as text; the API carries them as JSON strings, unchanged.
#[tokio::test]
async fn markup_in_the_model_is_shown_as_text() {
    let (status, _, body) = get(hostile(), "/search?q=script").await;
    assert_eq!(status, StatusCode::OK);
    assert_shown_as_text("/search?q=script", &body);
    for kind in ["actor", "event", "source", "claim", "paragraph"] {
        assert!(body.contains(&format!("data-kind=\"{kind}\"")), "{kind}");
    }
    assert!(body.contains("&lt;<mark>script</mark>&gt;alert('passage')"));
    let (status, headers, body) = get(hostile(), "/api/search?q=alert%20paragraph").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    let answer: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(answer["results"][0]["id"], "p<1>");
    let text: String = answer["results"][0]["snippet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|segment| segment["text"].as_str().unwrap())
        .collect();
    assert_eq!(text, "<script>alert('paragraph')</script>");
}

/// Percent-encodes `text` for a query string.
fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|byte| {
            if byte.is_ascii_alphanumeric() {
                char::from(byte).to_string()
            } else {
                format!("%{byte:02X}")
            }
        })
        .collect()
}
