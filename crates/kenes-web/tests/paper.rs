//! The paper page (`/paper`) and its API (`/api/paper`): the paper's text
//! paragraph by paragraph beside its translation, every passage the checker
//! finds marked and linked to its claim, the system on each paragraph's day,
//! and markup in the model or the text shown as text.

mod common;

use std::collections::HashSet;
use std::sync::Arc;

use axum::http::{StatusCode, header};
use common::{assert_shown_as_text, embedded, get, hostile, hostile_with};
use kenes_web::Explorer;
use serde_json::Value;

const PAPER: &str = "texts/paper.kk.txt";

/// The markup of the paragraph `id` on a page: its `article` element.
fn article<'b>(body: &'b str, id: &str) -> &'b str {
    let open = format!("<article class=\"paragraph\" id=\"{id}\"");
    let start = body.find(&open).unwrap_or_else(|| panic!("no {id}"));
    let end = body[start..].find("</article>").expect("closed") + start;
    &body[start..end]
}

/// Every claim id a marked segment of `body` names (its `data-claims`).
fn marked_claims(body: &str) -> HashSet<&str> {
    body.split("data-claims=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .flat_map(|ids| ids.split(' '))
        .collect()
}

/// The claims printed in the paper that the checker finds there (no K104).
fn found_by_the_checker(explorer: &Explorer) -> Vec<String> {
    let not_found: HashSet<String> = explorer
        .findings
        .iter()
        .filter(|f| f.code() == "K104")
        .filter_map(|f| f.location().entity.as_ref().map(ToString::to_string))
        .collect();
    let model = &explorer.model;
    model
        .claims()
        .iter()
        .filter(|c| model.source(c.printed_in()).and_then(|s| s.text_path()) == Some(PAPER))
        .map(|c| c.id().to_string())
        .filter(|id| !not_found.contains(id))
        .collect()
}

async fn api(explorer: Explorer, path: &str) -> Value {
    let (status, headers, body) = get(explorer, path).await;
    assert_eq!(status, StatusCode::OK, "{path}");
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    serde_json::from_str(&body).unwrap()
}

/// texts/README.md: «The paper split into 44 paragraphs».
#[tokio::test]
async fn the_page_shows_the_44_paragraphs_in_order() {
    let (status, headers, body) = get(embedded(), "/paper").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
    assert_eq!(body.matches("<article class=\"paragraph\"").count(), 44);
    assert_eq!(body.matches("<h1").count(), 1);
    let first = body.find("id=\"p001\"").unwrap();
    let last = body.find("id=\"p044\"").unwrap();
    assert!(first < last);
    // the Kazakh original with its language, beside the English translation
    let p019 = article(&body, "p019");
    assert!(
        p019.contains("<div class=\"original\" lang=\"kk\">"),
        "{p019}"
    );
    assert!(p019.contains("<div class=\"translation\" lang=\"en\">"));
    assert!(p019.contains("Түркістандық большевиктер өздерінің"));
    assert!(p019.contains("In this drive the Turkestan "));
    // the glossary's terms in the translation link to their entries
    assert!(
        p019.contains("href=\"/glossary#term-bolsheviks\""),
        "{p019}"
    );
    // the Russian block's original is Russian (p009, «Аннотация»)
    assert!(article(&body, "p009").contains("<div class=\"original\" lang=\"ru\">"));
}

/// The extraction's blank lines go and a compound hyphenated across a line
/// end joins: line 55 ends «общественно-», line 57 begins «политические».
#[tokio::test]
async fn lines_are_joined_into_running_text() {
    let json = api(embedded(), "/api/paper").await;
    let paragraphs = json["paragraphs"].as_array().unwrap();
    assert_eq!(paragraphs.len(), 44);
    for paragraph in paragraphs {
        let original = paragraph["original"].as_str().unwrap();
        assert!(!original.contains('\n'), "{}", paragraph["id"]);
        assert_eq!(original.trim(), original);
    }
    let p009 = paragraphs.iter().find(|p| p["id"] == "p009").unwrap();
    let original = p009["original"].as_str().unwrap();
    assert!(original.contains("общественно-политические"), "{original}");
    // p001, the title on lines 1–3, joined by a space
    assert_eq!(
        paragraphs[0]["original"].as_str().unwrap(),
        "ТҮРКІСТАНДАҒЫ ҰЛТТЫҚ ҚОҒАМДЫҚ-САЯСИ ҰЙЫМДАРДЫҢ КЕҢЕСТІК БИЛІКТІҢ ОРНАУЫНА \
         БАЙЛАНЫСТЫ ҰСТАНЫМДАРЫ"
    );
}

/// Every claim whose passage the checker finds in the paper (no K104) is
/// marked on the page at least once.
#[tokio::test]
async fn every_passage_the_checker_finds_is_marked() {
    let explorer = embedded();
    let found = found_by_the_checker(&explorer);
    assert!(found.len() > 100, "the model quotes the paper throughout");
    let (_, _, body) = get(explorer, "/paper").await;
    let marked = marked_claims(&body);
    for claim in &found {
        assert!(marked.contains(claim.as_str()), "{claim} not marked");
    }
    // and nothing else is marked
    assert!(marked.iter().all(|c| found.iter().any(|f| f == c)));
}

/// c.upr.soviet-rises quotes «Уақытша үкіметтің Бас комиссары П.А.
/// Коровиченконың мұндай бұйрығына қарамастан …», the opening of p025.
#[tokio::test]
async fn a_claims_passage_is_marked_in_its_paragraph_and_links_to_it() {
    let (_, _, body) = get(embedded(), "/paper").await;
    let p025 = article(&body, "p025");
    let link =
        "<a class=\"quoted\" href=\"/entity/c.upr.soviet-rises\" data-claim=\"c.upr.soviet-rises\"";
    assert!(p025.contains(link), "{p025}");
    assert!(p025.contains("<mark>Уақытша үкіметтің Бас комиссары П.А."));
    assert!(!article(&body, "p024").contains("c.upr.soviet-rises"));
    // the paragraph lists the claims quoted in it
    assert!(p025.contains("<p class=\"claims\">"));
}

/// Overlapping quotations become flat segments: no link inside a link, and
/// each marked link holds exactly one `mark`.
#[tokio::test]
async fn marked_passages_are_well_nested() {
    let (_, _, body) = get(embedded(), "/paper").await;
    for piece in body.split("<a class=\"quoted\"").skip(1) {
        let inside = &piece[..piece.find("</a>").expect("closed")];
        assert!(!inside.contains("<a "), "{inside}");
        assert_eq!(inside.matches("<mark>").count(), 1, "{inside}");
        assert!(inside.ends_with("</mark>"), "{inside}");
    }
}

/// p019: «27 қазанда өткен Түркістан өлкесі мұсылмандарының орталық
/// кеңесінің мәжілісінде» — the Muslim Central Council's meeting of
/// 27 October 1917 O.S. (9 November N.S.) is the latest day it speaks of.
#[tokio::test]
async fn beside_a_paragraph_the_system_on_its_day() {
    let (_, _, body) = get(embedded(), "/paper").await;
    let p019 = article(&body, "p019");
    assert!(p019.contains("<aside class=\"when\""), "{p019}");
    assert!(p019.contains("<time datetime=\"1917-11-09\">27 Oct 1917"));
    assert!(p019.contains("9 Nov 1917"));
    assert!(p019.contains("href=\"/state?at=1917-10-27\""));
    assert!(p019.contains("<ul class=\"state\""));
    // a heading speaks of no day: nothing beside it
    assert!(!article(&body, "p017").contains("class=\"when\""));
}

/// p019's note: «8 қыркүйекте» is translated as written, not corrected.
#[tokio::test]
async fn the_translators_note_is_shown() {
    let (_, _, body) = get(embedded(), "/paper").await;
    let p019 = article(&body, "p019");
    assert!(p019.contains("<aside class=\"note\">"));
    assert!(p019.contains("«1917 жылы 8 қыркүйекте» = on 8 September 1917"));
}

#[tokio::test]
async fn russian_readers_get_the_russian_translation() {
    let (_, _, body) = get(embedded(), "/paper?lang=ru").await;
    let p019 = article(&body, "p019");
    assert!(p019.contains("<div class=\"translation\" lang=\"ru\">"));
    assert!(p019.contains("В этом своём стремлении туркестанские "));
    assert!(
        p019.contains("href=\"/glossary?lang=ru#term-bolsheviks\""),
        "{p019}"
    );
    assert!(!p019.contains("In this drive"));
    // the Russian abstract (p009) needs no Russian translation
    assert!(article(&body, "p009").contains("Оригинал на этом языке."));
    let json = api(embedded(), "/api/paper?lang=ru").await;
    assert_eq!(json["translation"], "ru");
}

#[tokio::test]
async fn one_paragraph_can_be_shown_alone() {
    let (status, _, body) = get(embedded(), "/paper?paragraph=p025").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body.matches("<article class=\"paragraph\"").count(), 1);
    assert!(body.contains("id=\"p025\""));
    let json = api(embedded(), "/api/paper?paragraph=p025").await;
    assert_eq!(json["paragraphs"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn an_unknown_paragraph_is_a_404_and_an_unreadable_query_a_400() {
    let (status, headers, body) = get(embedded(), "/paper?paragraph=p999").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
    assert!(body.contains("The paper has no paragraph «p999»"), "{body}");
    let (status, _, body) = get(embedded(), "/paper?paragraph=p001&paragraph=p002").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("at most one paragraph"), "{body}");
    let (status, headers, body) = get(embedded(), "/api/paper?paragraph=p999").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    assert!(body.contains("\"error\""));
    let (status, _, _) = get(embedded(), "/api/paper?paragraph=a&paragraph=b").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

/// The API: each paragraph with its original, both translations, its note,
/// the claims quoted in it with the quoted text, and its day.
#[tokio::test]
async fn the_api_gives_the_paragraphs_with_their_quotes() {
    let json = api(embedded(), "/api/paper").await;
    assert_eq!(json["text"], PAPER);
    assert_eq!(json["translation"], "en");
    let paragraphs = json["paragraphs"].as_array().unwrap();
    let p025 = paragraphs.iter().find(|p| p["id"] == "p025").unwrap();
    assert_eq!(p025["kind"], "body");
    assert_eq!(p025["lang"], "kk");
    assert!(p025["en"].as_str().unwrap().len() > 100);
    assert!(p025["ru"].as_str().unwrap().len() > 100);
    let claims = p025["claims"].as_array().unwrap();
    assert!(claims.iter().any(|c| c == "c.upr.soviet-rises"));
    let quote = p025["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["claims"][0] == "c.upr.soviet-rises")
        .unwrap();
    assert!(
        quote["text"]
            .as_str()
            .unwrap()
            .starts_with("Уақытша үкіметтің Бас комиссары")
    );
    // offsets in characters into the original
    let original: Vec<char> = p025["original"].as_str().unwrap().chars().collect();
    let (start, end) = (
        quote["start"].as_u64().unwrap(),
        quote["end"].as_u64().unwrap(),
    );
    let cut: String = original[start as usize..end as usize].iter().collect();
    assert_eq!(cut, quote["text"].as_str().unwrap());
    let p019 = paragraphs.iter().find(|p| p["id"] == "p019").unwrap();
    assert_eq!(p019["when"]["at"], "1917-10-27");
    assert_eq!(p019["when"]["state"], "/state?at=1917-10-27");
    assert!(p019["note"].as_str().unwrap().contains("8 қыркүйекте"));
}

/// The hostile model has no paper text: the page says so and shows the
/// paragraph's translation and note as text.
#[tokio::test]
async fn without_a_text_the_page_says_so_and_shows_markup_as_text() {
    let (status, _, body) = get(hostile(), "/paper").await;
    assert_eq!(status, StatusCode::OK);
    assert_shown_as_text("/paper", &body);
    assert!(
        body.contains("the model has no text of the paper"),
        "{body}"
    );
    assert!(body.contains("&lt;script&gt;alert('paragraph')&lt;/script&gt;"));
    assert!(body.contains("&lt;iframe&gt;&lt;/iframe&gt;"), "the note");
    assert!(body.contains("id=\"p&lt;1&gt;\""));
    // the API carries the same strings as JSON strings, unchanged
    let json = api(hostile(), "/api/paper").await;
    let paragraph = &json["paragraphs"][0];
    assert_eq!(paragraph["en"], "<script>alert('paragraph')</script>");
    assert_eq!(paragraph["note"], "<iframe></iframe>");
    assert_eq!(paragraph["original"], Value::Null);
    assert!(paragraph["problem"].as_str().unwrap().contains("no text"));
    assert_eq!(json["lines"], Value::Null);
}

/// A paper whose text is markup, a claim quoting markup in it, another
/// quoting the end of that passage, and a paragraph whose lines lie past
/// the text's end.
fn hostile_with_paper() -> Explorer {
    let entities = r#"
[[source]]
id = "src.paper"
kind = "article"
title = "paper"
text = "texts/paper.kk.txt"

[[claim]]
id = "c.2"
source = "src.paper"
passage = "<b>bold</b> text"
lang = "kk"
english = "bold text"
voice = "author-judgement"

[[claim]]
id = "c.3"
source = "src.paper"
passage = "text"
lang = "kk"
english = "text"
voice = "author-judgement"
"#;
    let text = "<script>alert('paper')</script> <b>bold</b>\n\n text\n";
    let mut explorer = hostile_with(&[("paper.toml", entities)]);
    explorer.model = explorer
        .model
        .with_texts(vec![(PAPER.to_owned(), Arc::from(text))]);
    explorer.paragraphs[0].last_line = 3;
    let mut past_the_end = explorer.paragraphs[0].clone();
    past_the_end.id = "p2".to_owned();
    past_the_end.first_line = 5;
    past_the_end.last_line = 9;
    explorer.paragraphs.push(past_the_end);
    explorer
}

#[tokio::test]
async fn markup_in_the_papers_text_is_shown_as_text() {
    let (status, _, body) = get(hostile_with_paper(), "/paper").await;
    assert_eq!(status, StatusCode::OK);
    assert_shown_as_text("/paper", &body);
    assert!(body.contains("&lt;script&gt;alert('paper')&lt;/script&gt;"));
    assert!(body.contains("data-claim=\"c.2\""), "{body}");
    assert!(
        body.contains("<mark>&lt;b&gt;bold&lt;/b&gt; </mark>"),
        "{body}"
    );
    // «text» is quoted by both claims: one link, to the inner quotation,
    // naming the other
    let both = "data-claim=\"c.3\" data-claims=\"c.3 c.2\" title=\"Quoted by claim c.3; also by: c.2\"><mark>text</mark>";
    assert!(body.contains(both), "{body}");
    assert!(article(&body, "p2").contains("past the end of the paper's text; its lines: 3."));
    let json = api(hostile_with_paper(), "/api/paper").await;
    assert_eq!(
        json["paragraphs"][0]["original"],
        "<script>alert('paper')</script> <b>bold</b> text"
    );
    assert_eq!(json["paragraphs"][0]["quotes"][0]["text"], "<b>bold</b> ");
    assert_eq!(
        json["paragraphs"][0]["quotes"][1]["claims"],
        serde_json::json!(["c.3", "c.2"])
    );
    assert_eq!(json["paragraphs"][1]["original"], Value::Null);
}

/// A paragraph quoting a claim on an event of some day in November (month
/// only) and one on an event of 27 October: the precise day is the
/// paragraph's, not the month's last day.
#[tokio::test]
async fn a_precise_day_outweighs_a_month() {
    let entities = r#"
[[source]]
id = "src.paper"
kind = "article"
title = "paper"
text = "texts/paper.kk.txt"

[[claim]]
id = "c.month"
source = "src.paper"
passage = "қарашада"
lang = "kk"
english = "in November"
voice = "author-judgement"

[[claim]]
id = "c.day"
source = "src.paper"
passage = "27 қазанда"
lang = "kk"
english = "on 27 October"
voice = "author-judgement"

[[event]]
id = "ev.month"
kind = "meeting"
title = "in November"
date = "1917-11"
claims = ["c.month"]

[[event]]
id = "ev.day"
kind = "meeting"
title = "on 27 October"
date = "1917-10-27"
claims = ["c.day"]
"#;
    let mut explorer = hostile_with(&[("paper.toml", entities)]);
    let text = "27 қазанда және\n\nқарашада\n";
    explorer.model = explorer
        .model
        .with_texts(vec![(PAPER.to_owned(), Arc::from(text))]);
    explorer.paragraphs[0].last_line = 3;
    let json = api(explorer, "/api/paper").await;
    let paragraph = &json["paragraphs"][0];
    assert_eq!(paragraph["claims"], serde_json::json!(["c.day", "c.month"]));
    assert_eq!(paragraph["when"]["at"], "1917-10-27", "{paragraph}");
    assert_eq!(paragraph["when"]["new_style"], "9 Nov 1917");
}

#[tokio::test]
async fn a_model_without_paragraphs_says_so() {
    let mut explorer = hostile();
    explorer.paragraphs.clear();
    let (status, _, body) = get(explorer, "/paper").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("This model has no paragraphs of its paper."));
}
