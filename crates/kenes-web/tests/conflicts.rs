//! The conflicts page (`/conflicts`) and its API: every checker finding of
//! the embedded model shown under its code's explanation, the sources'
//! disagreements side by side with the editors' readings, filters by
//! severity and code, and markup in findings and readings shown as text.

mod common;

use axum::http::{StatusCode, header};
use common::{assert_shown_as_text, embedded, get, hostile_with};
use kenes_model::{Diagnostic, Id, Location, Severity};
use kenes_web::Explorer;
use serde_json::Value;

/// The part of `body` from the element that opens with `start` to the next
/// element of the same kind (a finding's section, a reading's article).
fn element<'b>(body: &'b str, start: &str, containing: &str) -> &'b str {
    let close = if start.starts_with("<article") {
        "</article>"
    } else {
        "<section class=\"finding\""
    };
    body.split(start)
        .skip(1)
        .map(|rest| rest.split(close).next().unwrap_or(rest))
        .find(|part| part.contains(containing))
        .unwrap_or_else(|| panic!("no {start} with {containing}"))
}

fn count(explorer: &Explorer, severity: Severity) -> usize {
    explorer
        .findings
        .iter()
        .filter(|f| f.severity() == severity)
        .count()
}

#[tokio::test]
async fn every_finding_of_the_embedded_model_appears_under_its_code() {
    let explorer = embedded();
    let findings = explorer.findings.clone();
    assert!(
        !findings.is_empty(),
        "the embedded model has findings to show"
    );
    let (status, headers, body) = get(explorer, "/conflicts").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
    assert_eq!(
        body.matches("<section class=\"finding\"").count(),
        findings.len()
    );
    for code in findings.iter().map(Diagnostic::code) {
        let expected = findings.iter().filter(|f| f.code() == code).count();
        let marked = body
            .matches(&format!("data-code=\"{code}\" data-severity="))
            .count();
        assert_eq!(marked, expected, "{code}");
    }
    assert_eq!(body.matches("<main").count(), 1);
    assert_eq!(body.matches("<h1>").count(), 1);
}

#[tokio::test]
async fn the_counts_per_severity_come_first() {
    let explorer = embedded();
    let (errors, warnings, notes) = (
        count(&explorer, Severity::Error),
        count(&explorer, Severity::Warning),
        count(&explorer, Severity::Note),
    );
    let (_, _, body) = get(explorer, "/conflicts").await;
    let counts = body
        .split("<ul class=\"counts\"")
        .nth(1)
        .unwrap()
        .split("</ul>")
        .next()
        .unwrap();
    for (severity, n) in [("error", errors), ("warning", warnings), ("note", notes)] {
        let item = counts
            .split(&format!("<li data-severity=\"{severity}\">"))
            .nth(1)
            .unwrap();
        let item = item.split("</li>").next().unwrap();
        assert!(
            item.contains(&format!("<span class=\"count\">{n}</span>")),
            "{severity}: {item}"
        );
        // the severity in words and a sign, not by colour alone
        assert!(
            item.contains("class=\"icon\" aria-hidden=\"true\""),
            "{item}"
        );
    }
    assert!(counts.contains("Error") && counts.contains("Warning") && counts.contains("Note"));
    assert!(body.find("class=\"counts\"") < body.find("class=\"finding\""));
}

#[tokio::test]
async fn each_code_is_explained_by_the_checker_s_catalogue() {
    let (_, _, body) = get(embedded(), "/conflicts?code=K107").await;
    let rule = kenes_check::rules()
        .iter()
        .find(|r| r.code == "K107")
        .unwrap();
    let section = body
        .split("<section class=\"code\" id=\"K107\"")
        .nth(1)
        .unwrap();
    assert!(section.contains(rule.name), "the rule's name");
    assert!(section.contains(rule.summary), "the rule's summary");
    // docs/checks.md, K107: "Why it matters: kenes keeps conflicting claims side by side"
    assert!(section.contains("kenes keeps conflicting claims side by side"));
    assert!(
        section.contains("<div class=\"rule\" lang=\"en\">"),
        "English, and marked so"
    );
}

#[tokio::test]
async fn the_council_size_reading_sets_22_against_24_seats() {
    // readings.toml r.council-size: the joint resolution of 9 November gives the
    // council 24 seats («24 орнынан 4 орын», c.nov.joint-alms; c.nov.joint-2-of-9),
    // Бірлік туы 22 («22 кісілік бір кеңес», c.nov.bt-council-22); 24 is adopted.
    let (_, _, body) = get(embedded(), "/conflicts").await;
    let reading = element(&body, "<article class=\"reading\"", "id=\"r.council-size\"");
    assert_both_sides_of_the_council(reading);
    // and the checker's finding (K107: size 24 against 22) shows the same
    let finding = element(&body, "<section class=\"finding\"", "size 24 against 22");
    assert!(finding.contains("data-code=\"K107\""), "{finding}");
    assert_both_sides_of_the_council(finding);
}

fn assert_both_sides_of_the_council(html: &str) {
    assert!(html.contains("<div class=\"side-by-side\">"), "{html}");
    let adopted = html
        .split("<div class=\"side adopted\" data-id=\"comp.council.joint-resolution\">")
        .nth(1);
    let adopted = adopted.expect("the joint resolution's composition adopted");
    assert!(adopted.contains("Adopted"), "in words, not colour alone");
    assert!(html.contains("<div class=\"side not-adopted\" data-id=\"comp.council.birlik-tuy\">"));
    for claim in [
        "c.nov.joint-alms",
        "c.nov.joint-2-of-9",
        "c.nov.bt-council-22",
    ] {
        assert!(
            html.contains(&format!("href=\"/entity/{claim}\"")),
            "{claim}"
        );
    }
    assert!(html.contains(
        "<blockquote lang=\"kk\">Онан соң ол комитет қасында 22 кісілік бір кеңес болмақ."
    ));
    assert!(html.contains("24 орнынан 4 орын"));
    assert!(html.contains("<p class=\"english\" lang=\"en\">Then beside that committee there is to be a council of 22 persons."));
    assert!(
        html.contains("<dt>Stated size</dt><dd>24</dd>")
            && html.contains("<dt>Stated size</dt><dd>22</dd>")
    );
    assert!(
        html.contains("[Туркестанские ведомости, 1917. 17 ноябрь]"),
        "the locator"
    );
    assert!(html.contains("states 24 seats twice"), "the reason");
}

#[tokio::test]
async fn a_source_dated_before_its_event_stands_beside_it() {
    // the paper dates the Бірлік туы article «Большевиктер» «8 қыркүйекте»
    // (8 September) though it reports the end of October: K108 on the Petrograd
    // rising (25 October), the source's side holding c.oct.birlik-tuy-sept8-quote
    let (_, _, body) = get(embedded(), "/conflicts?code=K108&severity=error").await;
    let finding = element(&body, "<section class=\"finding\"", "ev.petrograd-rising");
    let source_side = finding
        .split("data-id=\"src.birlik-tuy.1917-09-08\"")
        .nth(1)
        .unwrap();
    assert!(source_side.contains("data-claim=\"c.oct.birlik-tuy-sept8-quote\""));
    assert!(source_side.contains("8 Sep 1917"));
    let event_side = finding
        .split("data-id=\"ev.petrograd-rising\"")
        .nth(1)
        .unwrap();
    assert!(event_side.contains("25 Oct 1917"));
}

#[tokio::test]
async fn every_reading_is_listed_with_its_alternatives_and_the_adopted_marked() {
    let explorer = embedded();
    let readings: Vec<(String, usize, usize)> = explorer
        .model
        .readings()
        .iter()
        .map(|r| {
            (
                r.id().to_string(),
                r.alternatives().len(),
                r.adopted().len(),
            )
        })
        .collect();
    let (_, _, body) = get(explorer, "/conflicts?severity=error").await;
    let section = body
        .split("<section class=\"readings\" id=\"readings\">")
        .nth(1)
        .expect("even when findings are filtered");
    assert_eq!(
        section.matches("<article class=\"reading\"").count(),
        readings.len()
    );
    for (id, alternatives, adopted) in readings {
        let article = element(
            section,
            "<article class=\"reading\"",
            &format!("id=\"{id}\""),
        );
        assert_eq!(
            article.matches("<div class=\"side ").count(),
            alternatives,
            "{id}"
        );
        assert_eq!(
            article.matches("<div class=\"side adopted\"").count(),
            adopted,
            "{id}"
        );
    }
}

#[tokio::test]
async fn a_finding_points_at_its_file_line_and_column() {
    // kenes check: note[K111] Дорреер / Доррер at actors.toml:47:1 (person.dorrer)
    let (_, _, body) = get(embedded(), "/conflicts?code=K111").await;
    let finding = element(&body, "<section class=\"finding\"", "person.dorrer");
    assert!(
        finding.contains("<code class=\"file\">actors.toml:47:1</code>"),
        "{finding}"
    );
    assert!(finding.contains("href=\"/entity/person.dorrer\""));
    assert!(finding.contains("«Дорреер» / «Доррер»"));
}

#[tokio::test]
async fn filters_narrow_the_findings_and_keep_the_counts() {
    let explorer = embedded();
    let errors = count(&explorer, Severity::Error);
    let total = explorer.findings.len();
    let (status, _, body) = get(explorer, "/conflicts?severity=error").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body.matches("<section class=\"finding\"").count(), errors);
    assert_eq!(body.matches("data-severity=\"error\"><h3").count(), errors);
    assert!(
        body.contains(&format!("{errors} / {total}")),
        "shown of all"
    );
    assert!(body.contains("<option value=\"error\" selected>"));
    let explorer = embedded();
    let k107 = explorer
        .findings
        .iter()
        .filter(|f| f.code() == "K107")
        .count();
    let (_, _, body) = get(explorer, "/conflicts?code=k107&severity=").await;
    assert_eq!(body.matches("<section class=\"finding\"").count(), k107);
    assert_eq!(
        body.matches("<section class=\"finding\" id=\"finding-")
            .count(),
        k107
    );
    let (_, _, body) = get(embedded(), "/conflicts?code=K999").await;
    assert!(body.contains("No finding matches."));
}

#[tokio::test]
async fn a_filter_that_cannot_be_read_is_a_400_page() {
    for (path, echoed) in [
        ("/conflicts?severity=fatal", "fatal"),
        ("/conflicts?code=%3Cscript%3E", "&lt;script&gt;"),
        ("/conflicts?code=K10", "K10"),
        ("/conflicts?code=a&code=b", "duplicate"),
    ] {
        let (status, _, body) = get(embedded(), path).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}");
        assert!(body.starts_with("<!DOCTYPE html>"), "{path}");
        assert!(body.contains(echoed), "{path}: {body}");
        assert!(!body.contains("<script>"), "{path}");
    }
    let (status, headers, body) = get(embedded(), "/api/conflicts?severity=fatal").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    let error: Value = serde_json::from_str(&body).unwrap();
    assert!(
        error["error"]
            .as_str()
            .unwrap()
            .contains("error, warning or note")
    );
}

#[tokio::test]
async fn the_interface_speaks_kazakh_and_russian() {
    let (_, _, body) = get(embedded(), "/conflicts?lang=kk").await;
    assert!(body.contains("<h1>Қайшылықтар</h1>"));
    assert!(body.contains("Қабылданған"), "adopted, in Kazakh");
    assert!(body.contains("Тексеру ережелері тек ағылшынша сипатталған."));
    assert!(
        body.contains("href=\"/conflicts?severity=error&amp;lang=kk\""),
        "links keep the language"
    );
    let (_, _, body) = get(embedded(), "/conflicts?lang=ru").await;
    assert!(body.contains("<h1>Расхождения</h1>"));
    assert!(body.contains("Предупреждение"));
}

#[tokio::test]
async fn the_api_gives_the_findings_sides_and_readings() {
    let explorer = embedded();
    let total = explorer.findings.len();
    let errors = count(&explorer, Severity::Error);
    let (status, headers, body) = get(explorer, "/api/conflicts").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    let json: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["counts"]["errors"], errors);
    let codes = json["codes"].as_array().unwrap();
    let listed: usize = codes
        .iter()
        .map(|c| c["findings"].as_array().unwrap().len())
        .sum();
    assert_eq!(listed, total);
    let k107 = codes.iter().find(|c| c["code"] == "K107").unwrap();
    assert_eq!(k107["name"], "sources-disagree");
    let council = k107["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["location"]["entity"] == "comp.council.birlik-tuy")
        .unwrap();
    assert_eq!(council["readings"], serde_json::json!(["r.council-size"]));
    assert_eq!(council["location"]["file"], "bodies.toml");
    let reading = json["readings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "r.council-size")
        .unwrap();
    assert_eq!(
        reading["adopted"],
        serde_json::json!(["comp.council.joint-resolution"])
    );
    let sides: Vec<(&str, bool, Vec<&str>)> = reading["alternatives"]
        .as_array()
        .unwrap()
        .iter()
        .map(|side| {
            let claims = side["claims"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["id"].as_str().unwrap())
                .collect();
            (
                side["id"].as_str().unwrap(),
                side["adopted"].as_bool().unwrap(),
                claims,
            )
        })
        .collect();
    assert_eq!(
        sides,
        [
            (
                "comp.council.joint-resolution",
                true,
                vec!["c.nov.joint-2-of-9", "c.nov.joint-alms"]
            ),
            (
                "comp.council.birlik-tuy",
                false,
                vec!["c.nov.bt-council-22"]
            ),
        ]
    );
    let size = |i: usize| {
        reading["alternatives"][i]["facts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["key"] == "size")
            .unwrap()["value"]
            .clone()
    };
    assert_eq!((size(0), size(1)), (Value::from("24"), Value::from("22")));
}

#[tokio::test]
async fn the_api_filters_like_the_page() {
    let explorer = embedded();
    let errors = count(&explorer, Severity::Error);
    let (_, _, body) = get(explorer, "/api/conflicts?severity=error").await;
    let json: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["filter"]["severity"], "error");
    assert_eq!(json["shown"]["errors"], errors);
    assert_eq!(json["shown"]["notes"], 0);
    let severities: Vec<&str> = json["codes"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["findings"].as_array().unwrap())
        .map(|f| f["severity"].as_str().unwrap())
        .collect();
    assert_eq!(severities.len(), errors);
    assert!(severities.iter().all(|s| *s == "error"));
}

/// A second claim and event, and a reading between the two events, all markup.
const HOSTILE_READINGS: &str = r#"
[[claim]]
id = "c.2"
source = "src.1"
passage = "<script>alert('other passage')</script>"
lang = "kk"
english = "<img src=x onerror=alert('other')>"
locator = "<iframe src=x></iframe>"
voice = "author-judgement"

[[event]]
id = "ev.2"
kind = "meeting"
title = "<script>alert('other event')</script>"
date = "1917-10-26"
claims = ["c.2"]

[[reading]]
id = "r.x"
question = "<script>alert('question')</script>"
alternatives = ["ev.1", "ev.2"]
adopted = "ev.1"
reason = "<img src=x onerror=alert('reason')> `<script>`"
claims = ["c.1"]
"#;

/// The hostile model with its checker findings and one of markup besides.
fn hostile_conflicts() -> Explorer {
    let mut explorer = hostile_with(&[("readings.toml", HOSTILE_READINGS)]);
    let checked = kenes_check::check(&explorer.model);
    explorer.findings.extend(checked);
    let ev = |id| Location::entity(Id::new(id).unwrap(), None);
    let finding = Diagnostic::new(
        "K107",
        Severity::Warning,
        "<script>alert('message')</script>",
        ev("ev.2"),
    )
    .with_note("<img src=x onerror=alert('note')>")
    .with_related(ev("ev.1"), "<iframe>label</iframe>");
    explorer.findings.push(finding);
    explorer
}

#[tokio::test]
async fn markup_in_findings_and_readings_is_shown_as_text() {
    let explorer = hostile_conflicts();
    let findings = explorer.findings.len();
    let (status, _, body) = get(explorer, "/conflicts").await;
    assert_eq!(status, StatusCode::OK);
    assert_shown_as_text("/conflicts", &body);
    assert_eq!(body.matches("<section class=\"finding\"").count(), findings);
    for text in [
        "alert('message')",
        "alert('question')",
        "alert('reason')",
        "alert('note')",
        "&lt;iframe&gt;label",
    ] {
        assert!(body.contains(text), "{text} shown");
    }
    // the reading decides the crafted finding's conflict, both events side by side
    let finding = element(&body, "<section class=\"finding\"", "alert('message')");
    assert!(finding.contains("<div class=\"side adopted\" data-id=\"ev.1\">"));
    assert!(finding.contains("<div class=\"side not-adopted\" data-id=\"ev.2\">"));
}

#[tokio::test]
async fn markup_reaches_the_api_as_data() {
    let (status, headers, body) = get(hostile_conflicts(), "/api/conflicts").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    let json: Value = serde_json::from_str(&body).unwrap();
    let reading = &json["readings"][0];
    assert_eq!(reading["question"], "<script>alert('question')</script>");
    assert_eq!(
        reading["alternatives"][1]["claims"][0]["locator"],
        "<iframe src=x></iframe>"
    );
    let k107 = json["codes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == "K107")
        .unwrap();
    let crafted = &k107["findings"].as_array().unwrap().last().unwrap();
    assert_eq!(crafted["message"], "<script>alert('message')</script>");
    assert_eq!(crafted["related"][0]["label"], "<iframe>label</iframe>");
}
