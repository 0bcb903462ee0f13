//! The stances page and `/api/stances`: organisations × issues over time,
//! each position with its date in both calendars, its voice, its certainty
//! and its claims. Known answers come from the paper as the embedded model
//! encodes it (`datasets/turkestan-1917/stances.toml`), each cited.

mod common;

use axum::http::{StatusCode, header};
use common::{HOSTILE_STANCES, assert_shown_as_text, embedded, get, hostile_with};
use serde_json::Value;

/// The row of `actor` in the table.
fn row<'b>(body: &'b str, actor: &str) -> &'b str {
    let start = body
        .find(&format!("<tr data-actor=\"{actor}\">"))
        .unwrap_or_else(|| panic!("no row for {actor}"));
    let end = body[start..].find("</tr>").unwrap();
    &body[start..start + end]
}

/// The cell of `issue` in a row, from its opening tag.
fn cell<'b>(row: &'b str, issue: &str) -> &'b str {
    let at = row
        .find(&format!("data-issue=\"{issue}\""))
        .unwrap_or_else(|| panic!("no cell for {issue} in {row}"));
    let start = row[..at].rfind("<td").unwrap();
    let end = row[start..].find("</td>").unwrap();
    &row[start..start + end]
}

async fn api(path: &str) -> Value {
    let (status, headers, body) = get(embedded(), path).await;
    assert_eq!(status, StatusCode::OK, "{path}: {body}");
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    serde_json::from_str(&body).unwrap()
}

/// The paper's abstract (c.meta.abstract-thesis) and the archive file it
/// cites (c.oct.zhetysu-statements): «Құрылтай», «Милли-шуро» and
/// «Шуро-и-Ислам» openly declared that they did not support the Bolsheviks'
/// policy. Shuro-i-Islam said so at the congress of city self-governments
/// through A. Mirazimov (c.city.mirazimov); the Muslim Central Council through
/// the national press (c.end.mcc-statement-intro).
#[tokio::test]
async fn the_national_organisations_did_not_support_bolshevik_power() {
    let (status, _, body) = get(embedded(), "/stances").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("<table class=\"stances\">"));
    for (actor, claim) in [
        ("org.kurultai-zhetysu", "c.meta.abstract-thesis"),
        ("org.kurultai-zhetysu", "c.oct.zhetysu-statements"),
        ("org.milli-shuro", "c.meta.abstract-thesis"),
        ("org.shuro-i-islam", "c.city.mirazimov"),
        ("org.muslim-central-council", "c.end.mcc-statement-intro"),
    ] {
        let cell = cell(row(&body, actor), "issue.bolshevik-seizure");
        assert!(
            cell.starts_with("<td data-stance=\"oppose\""),
            "{actor}: {cell}"
        );
        assert!(
            cell.contains(&format!("href=\"/entity/{claim}\"")),
            "{actor} links {claim}"
        );
        // the position is told by a symbol and a word, not by colour alone
        assert!(cell.contains("<span class=\"symbol\" aria-hidden=\"true\">✗</span>"));
        assert!(cell.contains("<strong>oppose</strong>"));
    }
}

/// The Muslim Central Council on the Provisional Government: its telegrams
/// (undated, October: c.oct.mcc-telegrams), its meeting of 27 October
/// (c.oct.mcc-meeting-27), its demand after the arrests of 1 November
/// (c.nov.leaders-demand-tc) — in that order, each date in both calendars.
#[tokio::test]
async fn each_cell_lists_its_stances_in_date_order_in_both_calendars() {
    let (_, _, body) = get(embedded(), "/stances").await;
    let cell = cell(
        row(&body, "org.muslim-central-council"),
        "issue.provisional-government",
    );
    let order: Vec<usize> = [
        "st.mcc.pg.telegrams",
        "st.mcc.pg.1917-10-27",
        "st.mcc.pg.after-arrests",
    ]
    .iter()
    .map(|id| cell.find(&format!("data-stance-id=\"{id}\"")).unwrap())
    .collect();
    assert!(order.is_sorted(), "{order:?}");
    assert!(cell.contains("27 Oct 1917 O.S. = 9 Nov 1917 N.S."));
    assert!(cell.contains("href=\"/entity/c.oct.mcc-meeting-27\""));
    assert!(cell.starts_with("<td data-stance=\"support\""));
}

/// Бірлік туы reports that the Muslims' soviet sends no one to the new
/// committee (c.nov.bt-refuse): a stance ascribed by the newspaper, beside
/// the Council's own refusal at the city duma on 8 November (c.city.duma-refusal).
#[tokio::test]
async fn an_ascribed_stance_names_who_ascribes_it() {
    let (_, _, body) = get(embedded(), "/stances").await;
    let cell = cell(
        row(&body, "org.muslim-central-council"),
        "issue.join-regional-bodies",
    );
    assert!(cell.starts_with("<td data-stance=\"refuse\""));
    let ascribed = &cell[cell.find("data-stance-id=\"st.mcc.join.bt\"").unwrap()..];
    let ascribed = &ascribed[..ascribed.find("</li>").unwrap()];
    assert!(ascribed.contains("ascribed by"));
    assert!(ascribed.contains("href=\"/entity/paper.birlik-tuy\""));
    assert!(ascribed.contains("href=\"/entity/c.nov.bt-refuse\""));
    assert!(cell.contains(
        "data-voice=\"declared\" data-certainty=\"certain\" data-stance-id=\"st.mcc.join.1917-11-08\""
    ));
}

/// A stance dated to the day is certain; the telegrams the paper tells
/// without a date (c.oct.mcc-telegrams) are known only to the month.
#[tokio::test]
async fn a_stance_is_as_certain_as_its_date() {
    let json =
        api("/api/stances?actor=org.muslim-central-council&issue=issue.provisional-government")
            .await;
    let entries = &json["rows"][0]["cells"][0]["entries"];
    assert_eq!(entries[0]["stance"], "st.mcc.pg.telegrams");
    assert_eq!(entries[0]["certainty"], "uncertain");
    assert_eq!(entries[0]["date_note"], "month");
    assert_eq!(entries[1]["stance"], "st.mcc.pg.1917-10-27");
    assert_eq!(entries[1]["certainty"], "certain");
    assert_eq!(entries[1]["date_note"], "exact-day");
    assert_eq!(entries[1]["voice"], "declared");
    assert_eq!(entries[1]["claims"][0], "c.oct.mcc-meeting-27");
}

/// Shuro-i-Ulema's representative at the congress of city self-governments
/// (12–14 November) spoke against the Bolsheviks (c.city.ulema-rep); at the
/// 3rd congress of soviets S. Lapin offered a shared power
/// (c.c3.lapin-speech): the paper's drift of the ulama toward compromise.
#[tokio::test]
async fn shuro_i_ulema_moved_from_opposition_to_compromise() {
    let json = api("/api/stances").await;
    let moved: Vec<&Value> = json["movements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["actor"] == "org.shuro-i-ulema" && m["issue"] == "issue.bolshevik-seizure")
        .collect();
    assert_eq!(moved.len(), 1, "{json}");
    let steps = moved[0]["steps"].as_array().unwrap();
    let positions: Vec<&str> = steps
        .iter()
        .map(|s| s["position"].as_str().unwrap())
        .collect();
    assert_eq!(positions, ["oppose", "compromise"]);
    assert_eq!(steps[1]["stances"][0], "st.ulema.seizure.lapin");
    let (_, _, body) = get(embedded(), "/stances").await;
    let section = &body[body.find("<section class=\"movements\">").unwrap()..];
    assert!(
        section.contains("data-actor=\"org.shuro-i-ulema\" data-issue=\"issue.bolshevik-seizure\"")
    );
    assert!(section.contains("oppose (12–14 Nov 1917 O.S."));
}

/// On a day, only the stance standing then: Shuro-i-Islam's opposition
/// (c.city.mirazimov) was voiced at the congress of 12–14 November, so it
/// stands on 20 November and not yet on 30 October, when its resolution for
/// the General Commissar (c.oct.shuro-i-islam-resolution) stands.
#[tokio::test]
async fn the_day_chosen_shows_the_stances_standing_then() {
    let (status, _, late) = get(embedded(), "/stances?at=1917-11-20").await;
    assert_eq!(status, StatusCode::OK);
    assert!(late.contains("20 Nov 1917 O.S. = 3 Dec 1917 N.S."));
    let seizure = cell(row(&late, "org.shuro-i-islam"), "issue.bolshevik-seizure");
    assert!(seizure.starts_with("<td data-stance=\"oppose\""));
    assert_eq!(
        seizure.matches("<li class=\"position\"").count(),
        1,
        "one standing stance"
    );
    let (_, _, early) = get(embedded(), "/stances?at=1917-10-30").await;
    let shuro = row(&early, "org.shuro-i-islam");
    assert!(cell(shuro, "issue.bolshevik-seizure").contains("no-stance"));
    let government = cell(shuro, "issue.provisional-government");
    assert!(government.contains("data-stance-id=\"st.shuro-i-islam.pg\""));
    assert!(
        early.contains("value=\"1917-10-30\""),
        "the form holds the day shown"
    );
    // the same day in New Style
    let (_, _, new_style) = get(embedded(), "/stances?at=1917-12-03&calendar=gregorian").await;
    assert!(new_style.contains("20 Nov 1917 O.S. = 3 Dec 1917 N.S."));
    assert!(new_style.contains("<input type=\"hidden\" name=\"calendar\" value=\"gregorian\">"));
    assert_eq!(
        new_style.matches("<li class=\"position\"").count(),
        late.matches("<li class=\"position\"").count()
    );
}

#[tokio::test]
async fn an_issue_or_an_actor_narrows_the_table() {
    let (_, _, body) = get(embedded(), "/stances?issue=issue.autonomy").await;
    assert_eq!(body.matches("<th scope=\"col\" data-issue=").count(), 1);
    assert!(body.contains("<option value=\"issue.autonomy\" selected>"));
    // Herzfeld: «Turkestan needs an autonomy of its own» (c.city.herzfeld-autonomy)
    assert!(
        cell(row(&body, "person.herzfeld"), "issue.autonomy").contains("c.city.herzfeld-autonomy")
    );
    assert!(
        !body.contains("data-actor=\"soviet.tashkent\""),
        "no autonomy stance"
    );
    let (_, _, body) = get(embedded(), "/stances?actor=org.shuro-i-ulema&issue=").await;
    assert_eq!(body.matches("<tr data-actor=").count(), 1);
    assert_eq!(body.matches("<th scope=\"col\" data-issue=").count(), 5);
}

#[tokio::test]
async fn input_that_cannot_be_read_is_a_400_page_that_says_why() {
    for (query, why) in [
        ("at=1917-02-30", "is not a day"),
        ("at=tomorrow", "is not a day"),
        ("at=1917-10-30&calendar=mayan", "is not a calendar"),
        ("issue=issue.nothing", "has no issue"),
        ("actor=%3Cscript%3Ealert(1)%3C/script%3E", "has no actor"),
    ] {
        let (status, headers, body) = get(embedded(), &format!("/stances?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
        assert!(body.contains(why), "{query}: {body}");
        assert!(
            !body.contains("<script>alert(1)"),
            "the input is shown as text"
        );
        let (status, _, json) = get(embedded(), &format!("/api/stances?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        let json: Value = serde_json::from_str(&json).unwrap();
        assert!(json["error"].as_str().unwrap().contains(why), "{json}");
    }
    let (_, _, russian) = get(embedded(), "/stances?at=x&lang=ru").await;
    assert!(russian.contains("не день"));
}

/// Every stance of the model is in the API's table once, in its cell.
#[tokio::test]
async fn the_api_holds_every_stance_once() {
    let explorer = embedded();
    let mut expected: Vec<String> = explorer
        .model
        .stances()
        .iter()
        .map(|s| s.id().to_string())
        .collect();
    let json = api("/api/stances").await;
    let mut found: Vec<String> = Vec::new();
    for row in json["rows"].as_array().unwrap() {
        for cell in row["cells"].as_array().unwrap() {
            for entry in cell["entries"].as_array().unwrap() {
                assert!(!entry["claims"].as_array().unwrap().is_empty(), "{entry}");
                found.push(entry["stance"].as_str().unwrap().to_owned());
            }
        }
    }
    expected.sort();
    found.sort();
    assert_eq!(found, expected);
    assert_eq!(
        json["issues"].as_array().unwrap().len(),
        explorer.model.issues().len()
    );
}

#[tokio::test]
async fn the_interface_speaks_kazakh_and_russian() {
    let (_, _, kazakh) = get(embedded(), "/stances?lang=kk").await;
    assert!(kazakh.contains("<h1>Ұстанымдар</h1>"));
    assert!(kazakh.contains("<strong>қарсы</strong>"));
    assert!(kazakh.contains("href=\"/entity/c.city.mirazimov?lang=kk\""));
    let (_, _, russian) = get(embedded(), "/stances?lang=ru").await;
    assert!(russian.contains("<h1>Позиции</h1>"));
    assert!(russian.contains("<strong>против</strong>"));
}

#[tokio::test]
async fn markup_in_the_model_is_shown_as_text() {
    let hostile = || hostile_with(&[("stances.toml", HOSTILE_STANCES)]);
    assert_eq!(
        hostile().model.stances().len(),
        2,
        "{:?}",
        hostile().findings
    );
    for path in [
        "/stances",
        "/stances?at=1917-10-30",
        "/stances?issue=issue.x&actor=org.x",
    ] {
        let (status, _, body) = get(hostile(), path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_shown_as_text(path, &body);
        assert!(
            body.contains("&lt;script&gt;alert('summary')&lt;/script&gt;"),
            "{path}"
        );
    }
    // the API gives the texts exactly as the model has them, as JSON strings
    let (_, headers, body) = get(hostile(), "/api/stances").await;
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    let json: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["issues"][0]["name"], "<script>alert('issue')</script>");
    let summaries: Vec<&str> = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|row| row["cells"][0]["entries"][0]["summary"].as_str())
        .collect();
    assert!(
        summaries.contains(&"<script>alert('summary')</script>"),
        "{summaries:?}"
    );
}
