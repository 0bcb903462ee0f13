//! The glossary page and its API: every term in three languages, found in
//! the paper or the model at least once, linked to the paragraphs that hold
//! it and to its entities; markup in the model stays text.

mod common;

use axum::http::{StatusCode, header};
use common::{assert_shown_as_text, embedded, get, hostile};
use serde_json::Value;

async fn glossary_api() -> Vec<Value> {
    let (status, headers, body) = get(embedded(), "/api/glossary").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    let answer: Value = serde_json::from_str(&body).unwrap();
    answer["terms"].as_array().unwrap().clone()
}

fn term<'t>(terms: &'t [Value], slug: &str) -> &'t Value {
    terms.iter().find(|t| t["slug"] == slug).unwrap()
}

/// A term no text of the paper or the model holds would explain nothing:
/// this fails for any such term.
#[tokio::test]
async fn every_term_appears_in_the_paper_or_the_model() {
    let terms = glossary_api().await;
    assert!(terms.len() >= 25, "{} terms", terms.len());
    for term in &terms {
        let paragraphs = term["paragraphs"].as_array().unwrap().len();
        let claims = term["claims"].as_u64().unwrap();
        let elsewhere = term["elsewhere"].as_u64().unwrap();
        assert!(
            paragraphs > 0 || claims > 0 || elsewhere > 0,
            "{} is found nowhere",
            term["slug"]
        );
    }
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

fn has_cyrillic(text: &str) -> bool {
    text.chars().any(is_cyrillic)
}

fn mostly_latin(text: &str) -> bool {
    let latin = text.chars().filter(char::is_ascii_alphabetic).count();
    latin > 4 * text.chars().filter(|&c| is_cyrillic(c)).count()
}

#[tokio::test]
async fn every_term_has_its_forms_and_definition_in_three_languages() {
    for term in glossary_api().await {
        let slug = &term["slug"];
        for lang in ["kk", "ru", "en"] {
            let form = term["forms"][lang]["form"].as_str().unwrap();
            let definition = term["definition"][lang].as_str().unwrap();
            assert!(!form.trim().is_empty(), "{slug} {lang} form");
            assert!(definition.len() > 40, "{slug} {lang} definition");
            assert!(!term["forms"][lang]["stems"].as_array().unwrap().is_empty());
        }
        // each definition is written in its own script (an English one may
        // quote a Kazakh or Russian form)
        assert!(
            mostly_latin(term["definition"]["en"].as_str().unwrap()),
            "{slug} en"
        );
        assert!(
            !mostly_latin(term["definition"]["ru"].as_str().unwrap()),
            "{slug} ru"
        );
        assert!(
            !mostly_latin(term["definition"]["kk"].as_str().unwrap()),
            "{slug} kk"
        );
        assert!(
            has_cyrillic(term["forms"]["kk"]["form"].as_str().unwrap()),
            "{slug}"
        );
    }
}

/// Known answers from the paper: uezd in Korovichenko's order (p024, line
/// 311: «Сырдария облысының Ташкент уезін») and in the delegates of the
/// meetings (p031, line 612 «Перовск уездік»; p032, line 659 «Әулиеата
/// уезінің»); the Constituent Assembly in the ulama's fourth point (p036,
/// line 754 «Құрылтай жиналысына алып баратын билікке»); the Sharia in its
/// second point (p036, line 750 «құран мен шариатта»).
#[tokio::test]
async fn terms_are_found_where_the_paper_uses_them() {
    let terms = glossary_api().await;
    let paragraphs = |slug| -> Vec<String> {
        term(&terms, slug)["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(paragraphs("uezd"), ["p024", "p031", "p032"]);
    assert!(paragraphs("constituent-assembly").contains(&"p036".to_owned()));
    assert_eq!(paragraphs("sharia"), ["p036"]);
    // «Құрылтай жиналысы» is the Constituent Assembly, not a kurultai: p036
    // speaks only of the former
    assert!(!paragraphs("kurultai").contains(&"p036".to_owned()));
    // Old Style is named by the model's note on its calendar, not by the paper
    let old_style = term(&terms, "old-style");
    assert!(paragraphs("old-style").is_empty());
    assert!(old_style["elsewhere"].as_u64().unwrap() > 0);
}

#[tokio::test]
async fn the_page_lists_every_term_in_the_readers_language() {
    let terms = glossary_api().await;
    let (status, _, body) = get(embedded(), "/glossary").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("<dl class=\"glossary\">"));
    assert_eq!(body.matches("<dt id=\"term-").count(), terms.len());
    for term in &terms {
        let slug = term["slug"].as_str().unwrap();
        assert!(body.contains(&format!("<dt id=\"term-{slug}\"")), "{slug}");
    }
    let uezd = term(&terms, "uezd");
    assert!(body.contains(uezd["definition"]["en"].as_str().unwrap()));
    assert!(body.contains("href=\"/paper#p024\""));
    assert!(body.contains("href=\"/entity/place.tashkent-uezd\""));
    // every form in all three languages, each with its language
    assert!(body.contains("<span class=\"form\" lang=\"kk\">уезд</span>"));
    assert!(body.contains("<span class=\"form\" lang=\"ru\">Учредительное собрание</span>"));
    for (lang, definition) in [("ru", "ru"), ("kk", "kk")] {
        let (_, _, body) = get(embedded(), &format!("/glossary?lang={lang}")).await;
        assert!(
            body.contains(uezd["definition"][definition].as_str().unwrap()),
            "{lang}"
        );
        assert!(
            !body.contains(uezd["definition"]["en"].as_str().unwrap()),
            "{lang}"
        );
        assert!(
            body.contains(&format!("href=\"/paper?lang={lang}#p024\"")),
            "{lang}"
        );
    }
}

#[tokio::test]
async fn the_api_gives_each_term_with_its_anchor_and_entities() {
    let terms = glossary_api().await;
    let soviet = term(&terms, "soviet");
    assert_eq!(soviet["anchor"], "term-soviet");
    assert_eq!(soviet["forms"]["kk"]["form"], "кеңес");
    assert!(
        soviet["entities"]
            .as_array()
            .unwrap()
            .contains(&Value::from("soviet.tashkent"))
    );
    // the related entities exist in the model
    let explorer = embedded();
    for term in &terms {
        for id in term["entities"].as_array().unwrap() {
            let id = kenes_model::Id::new(id.as_str().unwrap()).unwrap();
            assert!(
                explorer.model.get(&id).is_some(),
                "{id} of {}",
                term["slug"]
            );
        }
    }
}

/// The hostile model's markup, and a paragraph whose text and id are
/// markup, are shown as text on the page; the API carries them as strings.
#[tokio::test]
async fn markup_in_the_model_is_shown_as_text() {
    let mut explorer = hostile();
    explorer.paragraphs[0].en = Some("<script>the soviet</script>".to_owned());
    let (status, _, body) = get(explorer, "/glossary").await;
    assert_eq!(status, StatusCode::OK);
    assert_shown_as_text("/glossary", &body);
    assert!(body.contains("href=\"/paper#p&lt;1&gt;\""), "{body}");
    let mut explorer = hostile();
    explorer.paragraphs[0].en = Some("<script>the soviet</script>".to_owned());
    let (_, headers, body) = get(explorer, "/api/glossary").await;
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    let answer: Value = serde_json::from_str(&body).unwrap();
    let soviet = term(answer["terms"].as_array().unwrap(), "soviet");
    assert_eq!(soviet["paragraphs"], serde_json::json!(["p<1>"]));
}
