//! The page of bodies and proposals and `/api/bodies`: the seat charts keep
//! their contract (as many `circle.seat` as `data-seats`, a legend that adds
//! up to it), the seats are the paper's, the side-by-side tables and the
//! analysis are those of kenes-power, bad queries get a clear 400 or 404,
//! and markup in the model stays text.

mod common;

use axum::http::{StatusCode, header};
use common::{assert_shown_as_text, embedded, get, hostile_with};
use serde_json::Value;

/// One seat chart as the page draws it.
#[derive(Debug)]
struct Drawn {
    composition: String,
    seats: usize,
    circles: usize,
    unknown: usize,
    tag: String,
}

/// The value of `name="…"` in `tag`.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].to_owned())
}

/// Every `svg.hemicycle` of a page.
fn charts(page: &str) -> Vec<Drawn> {
    page.split("<svg class=\"hemicycle\"")
        .skip(1)
        .map(|rest| {
            let svg = &rest[..rest.find("</svg>").expect("closed svg")];
            let tag = &svg[..svg.find('>').unwrap()];
            Drawn {
                composition: attribute(tag, "data-composition").expect("data-composition"),
                seats: attribute(tag, "data-seats").unwrap().parse().unwrap(),
                circles: svg.matches("<circle class=\"seat").count(),
                unknown: svg.matches("<circle class=\"seat unknown\"").count(),
                tag: tag.to_owned(),
            }
        })
        .collect()
}

fn chart<'a>(charts: &'a [Drawn], id: &str) -> &'a Drawn {
    let found: Vec<&Drawn> = charts.iter().filter(|c| c.composition == id).collect();
    assert_eq!(found.len(), 1, "one chart of {id}");
    found[0]
}

/// The `data-seats` of each item of the legend of chart `id`, in order.
fn legend(page: &str, id: &str) -> Vec<usize> {
    let start = page
        .find(&format!("<ul class=\"legend\" data-composition=\"{id}\">"))
        .unwrap_or_else(|| panic!("legend of {id}"));
    let list = &page[start..start + page[start..].find("</ul>").unwrap()];
    list.split("<li")
        .skip(1)
        .filter_map(|item| attribute(&item[..item.find('>').unwrap()], "data-seats"))
        .map(|n| n.parse().unwrap())
        .collect()
}

async fn page(path: &str) -> String {
    let (status, headers, body) = get(embedded(), path).await;
    assert_eq!(status, StatusCode::OK, "{path}");
    assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
    body
}

async fn api(path: &str) -> Value {
    let (status, headers, body) = get(embedded(), path).await;
    assert_eq!(status, StatusCode::OK, "{path}");
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    serde_json::from_str(&body).unwrap()
}

/// The account charted as `chart` in the API's bodies and proposals.
fn account<'a>(json: &'a Value, chart: &str) -> &'a Value {
    ["bodies", "proposals"]
        .iter()
        .flat_map(|list| json[list].as_array().unwrap())
        .flat_map(|item| item["accounts"].as_array().unwrap())
        .find(|a| a["chart"] == chart)
        .unwrap_or_else(|| panic!("account {chart}"))
}

#[tokio::test]
async fn every_chart_has_as_many_seats_as_it_says_and_its_legend_adds_up() {
    let body = page("/bodies").await;
    let drawn = charts(&body);
    assert!(drawn.len() >= 12, "{} charts", drawn.len());
    assert_eq!(body.matches("<main").count(), 1);
    assert_eq!(body.matches("<h1>").count(), 1);
    for chart in &drawn {
        assert_eq!(chart.circles, chart.seats, "{}", chart.composition);
        assert!(chart.tag.contains(" role=\"img\""), "{}", chart.tag);
        assert!(attribute(&chart.tag, "aria-label").is_some_and(|l| !l.is_empty()));
        let counts = legend(&body, &chart.composition);
        assert_eq!(
            counts.iter().sum::<usize>(),
            chart.seats,
            "{}",
            chart.composition
        );
    }
    assert_eq!(
        body.matches("<circle class=\"seat").count(),
        body.matches("<title>").count() - 1,
        "every seat has a title (besides the page's)"
    );
}

/// Агзамходжаев (2006, p. 75), relayed by the paper, claim c.c3.cpc-composition:
/// «Халық комиссарлар кеңесінің құрамына 15 адам енетін болып белгіленді. …
/// Халық комиссарлар кеңесінің құрамына сайланғандардың қатарында 8 солшыл
/// эсерлер, 7 большевик болды.» — and c.c3.cpc-no-local: «бірде-бір жергілікті
/// халық өкілдері енбей қалды» (not one local representative).
#[tokio::test]
async fn the_council_of_peoples_commissars_has_15_seats_none_of_them_local() {
    let body = page("/bodies").await;
    let drawn = charts(&body);
    let adopted = chart(&drawn, "comp.cpc.adopted");
    assert_eq!((adopted.seats, adopted.unknown), (15, 0));
    assert_eq!(legend(&body, "comp.cpc.adopted"), [8, 7, 0]);
    // the adopted Bolshevik draft is charted with the body it formed
    assert_eq!(chart(&drawn, "prop.bolshevik-cpc").seats, 15);
    assert!(body.contains("href=\"/entity/c.c3.cpc-composition\""));
    assert!(body.contains("href=\"/entity/c.c3.cpc-no-local\""));
    assert!(body.contains("0/15 = 0.0 %"), "no local seat");
    let json = api("/api/bodies").await;
    let local = &account(&json, "comp.cpc.adopted")["local"];
    assert_eq!(
        (local["seats"].as_u64(), local["total"].as_u64()),
        (Some(0), Some(15))
    );
    assert_eq!(local["bound"], "exact");
}

/// The regional executive committee of 9 (reading r.rec-composition): Бірлік
/// туы lists 3+2+1+1+1+1 = 9 (c.nov.bt-committee-9), Наша газета 7 of the 9
/// (c.upr.committee-nasha-gazeta), the joint resolution of 9 November gives
/// the Muslims «9 орынның 2 орнын ғана» (c.nov.joint-2-of-9).
#[tokio::test]
async fn the_regional_executive_committee_has_9_seats_2_of_them_muslim() {
    let body = page("/bodies").await;
    let drawn = charts(&body);
    for id in [
        "comp.rec.birlik-tuy",
        "comp.rec.nasha-gazeta",
        "comp.rec.joint-resolution",
    ] {
        assert_eq!(chart(&drawn, id).seats, 9, "{id}");
    }
    assert_eq!(chart(&drawn, "comp.rec.birlik-tuy").unknown, 0);
    assert_eq!(legend(&body, "comp.rec.birlik-tuy"), [3, 2, 1, 1, 1, 1]);
    // Наша газета lists 7: two seats are drawn hollow, labelled unknown
    assert_eq!(chart(&drawn, "comp.rec.nasha-gazeta").unknown, 2);
    assert_eq!(chart(&drawn, "comp.rec.joint-resolution").unknown, 7);
    let json = api("/api/bodies").await;
    let birlik_tuy = &account(&json, "comp.rec.birlik-tuy")["local"];
    assert_eq!(birlik_tuy["share"], "2/9");
    assert_eq!(birlik_tuy["bound"], "exact");
    assert_eq!(
        account(&json, "comp.rec.nasha-gazeta")["local"]["bound"],
        "at-least"
    );
}

/// The council beside the committee: 24 seats, 4 of them Muslim, in the joint
/// resolution («24 орынның 4 орнын», c.nov.joint-2-of-9); 22 in Бірлік туы,
/// which lists only 3+3+2+2 (c.nov.bt-council-22). Both accounts are kept.
#[tokio::test]
async fn the_council_has_24_seats_in_one_account_and_22_in_the_other() {
    let body = page("/bodies").await;
    let drawn = charts(&body);
    let joint = chart(&drawn, "comp.council.joint-resolution");
    assert_eq!((joint.seats, joint.unknown), (24, 20));
    assert_eq!(legend(&body, "comp.council.joint-resolution"), [4, 20]);
    let birlik_tuy = chart(&drawn, "comp.council.birlik-tuy");
    assert_eq!((birlik_tuy.seats, birlik_tuy.unknown), (22, 12));
    let json = api("/api/bodies").await;
    let council = json["comparisons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "body.rec-council")
        .expect("the two accounts side by side");
    let columns: Vec<&str> = council["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["chart"].as_str().unwrap())
        .collect();
    assert_eq!(
        columns,
        ["comp.council.joint-resolution", "comp.council.birlik-tuy"]
    );
}

/// The drafts at the congress of soviets (c.c3.left-sr-draft: 18 members,
/// «оның үшеуі жергілікті мұсылман пролетариаты»; c.c3.menshevik-draft: 10,
/// half local) beside the adopted Bolshevik draft of 15, against a
/// proportional body: at the 95 % of Туркестанское слово (c.nov.ts10-95) a
/// body of 15 gives the Muslims 14.25 seats' quota, so Hamilton 14, D'Hondt
/// 15, Sainte-Laguë 14.
#[tokio::test]
async fn the_drafts_stand_beside_the_adopted_council_and_a_proportional_one() {
    let body = page("/bodies").await;
    let drawn = charts(&body);
    assert_eq!(chart(&drawn, "comp.prop.left-sr-cpc-18").seats, 18);
    assert_eq!(legend(&body, "comp.prop.left-sr-cpc-18"), [3, 15]);
    assert_eq!(chart(&drawn, "comp.prop.menshevik-rec-10").unknown, 5);
    let table_start = body
        .find("<table class=\"comparison\" data-comparison=\"ev.congress3.organs\">")
        .expect("the drafts side by side");
    let table = &body[table_start..table_start + body[table_start..].find("</table>").unwrap()];
    for column in [
        "comp.prop.left-sr-cpc-18",
        "comp.prop.menshevik-rec-10",
        "prop.bolshevik-cpc",
    ] {
        assert!(
            table.contains(&format!("data-chart=\"{column}\"")),
            "{column}"
        );
    }
    assert!(table.contains("14 · 15 · 14"), "proportional at 95 %");
    let json = api("/api/bodies").await;
    let figures = &account(&json, "comp.cpc.adopted")["local"]["figures"];
    let at95 = figures
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["population"] == "pop.muslims.95.ts")
        .unwrap();
    assert_eq!(at95["quota"], "57/4");
    let seats: Vec<(&str, u64)> = at95["apportioned"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["method"].as_str().unwrap(), a["seats"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        seats,
        [("hamilton", 14), ("dhondt", 15), ("sainte-lague", 14)]
    );
    // two blocs, 95/5 against 0/15: Loosemore–Hanby is exactly 95 points
    assert_eq!(at95["loosemore_hanby"], "19/20");
    assert_eq!(at95["claims"][0], "c.nov.ts10-95");
}

/// 8 Left SRs of 15 (c.c3.cpc-composition) are a majority alone: under the
/// scenario of bloc voting they hold all the power, the 7 Bolsheviks none.
#[tokio::test]
async fn voting_power_is_exact_and_labelled_a_scenario() {
    let json = api("/api/bodies").await;
    let power = &account(&json, "comp.cpc.adopted")["power"];
    assert_eq!(power["status"], "computed");
    assert_eq!(power["quota"], 8);
    let rows = power["rows"].as_array().unwrap();
    assert_eq!(rows[0]["constituency"], "party.left-sr");
    assert_eq!(
        (&rows[0]["banzhaf"], &rows[0]["shapley_shubik"]),
        (&"1".into(), &"1".into())
    );
    assert_eq!(rows[1]["banzhaf"], "0");
    // Бірлік туы's committee of 3+2+1+1+1+1, majority 5: the soviet's 3 seats
    // swing in 11 of 28 swings, and are pivotal in 2 of 5 orderings
    let committee = &account(&json, "comp.rec.birlik-tuy")["power"]["rows"][0];
    assert_eq!(
        (&committee["banzhaf"], &committee["shapley_shubik"]),
        (&"11/28".into(), &"2/5".into())
    );
    // an account whose seats do not add up gets a reason, not numbers
    let short = &account(&json, "comp.rec.nasha-gazeta")["power"];
    assert_eq!(
        (&short["status"], &short["reason"]),
        (&"unavailable".into(), &"does-not-add-up".into())
    );
    let body = page("/bodies").await;
    assert!(body.contains("A scenario, not a fact"));
}

#[tokio::test]
async fn the_methods_and_the_body_are_chosen_in_the_query() {
    let json = api("/api/bodies?method=adams&method=droop,adams").await;
    assert_eq!(json["methods"], serde_json::json!(["adams", "droop"]));
    let body = page("/bodies?method=adams&lang=ru").await;
    assert!(body.contains("value=\"adams\" checked"));
    assert!(!body.contains("value=\"hamilton\" checked"));
    let one = api("/api/bodies?body=body.cpc").await;
    let bodies: Vec<&str> = one["bodies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_str().unwrap())
        .collect();
    assert_eq!(bodies, ["body.cpc"]);
    // the proposal that formed it, and the drafts put at the same sitting
    assert_eq!(one["proposals"].as_array().unwrap().len(), 3);
    let body = page("/bodies?body=body.cpc").await;
    assert!(body.contains("<option value=\"body.cpc\" selected>"));
    assert!(!body.contains("data-composition=\"comp.rec.birlik-tuy\""));
}

#[tokio::test]
async fn a_bad_query_gets_a_clear_400_or_404() {
    let cases = [
        (
            "method=nonsense",
            StatusCode::BAD_REQUEST,
            "Unknown apportionment method",
        ),
        ("body=not%20an%20id", StatusCode::BAD_REQUEST, "not an id"),
        (
            "body=body.nowhere",
            StatusCode::NOT_FOUND,
            "no body with this id",
        ),
        (
            "method=hamilton,droop,dhondt,webster,adams,dean,danish,imperiali,quota",
            StatusCode::BAD_REQUEST,
            "Too many methods",
        ),
    ];
    for (query, status, why) in cases {
        let (got, headers, body) = get(embedded(), &format!("/bodies?{query}")).await;
        assert_eq!(got, status, "{query}");
        assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
        assert!(body.contains(why), "{query}: {body}");
        assert_eq!(body.matches("<h1>").count(), 1);
        let (got, headers, json) = get(embedded(), &format!("/api/bodies?{query}")).await;
        assert_eq!(got, status, "api {query}");
        assert_eq!(headers[header::CONTENT_TYPE], "application/json");
        let json: Value = serde_json::from_str(&json).unwrap();
        assert!(json["error"].as_str().unwrap().contains(why), "{json}");
    }
    // a method name with markup is quoted as text
    let (_, _, body) = get(embedded(), "/bodies?method=%3Cscript%3E").await;
    assert!(!body.contains("<script>") && body.contains("&lt;script&gt;"));
}

#[tokio::test]
async fn the_interface_speaks_the_readers_language() {
    let russian = page("/bodies?lang=ru").await;
    assert!(russian.contains("<h1>Органы и проекты</h1>"));
    assert!(russian.contains("Места местного мусульманского населения"));
    let kazakh = page("/bodies?lang=kk").await;
    assert!(kazakh.contains("<h1>Органдар мен жобалар</h1>"));
    assert!(kazakh.contains("қабылданбады"), "rejected drafts");
    assert!(
        kazakh.contains("name=\"lang\" value=\"kk\""),
        "the form keeps the language"
    );
}

/// Bodies, compositions and proposals whose every text is markup.
const HOSTILE_BODIES: &str = r#"
[[body]]
id = "body.x"
kind = "council"
names = [{ text = "<script>alert('body')</script>", lang = "kk" }]
claims = ["c.1"]
note = "<img src=x onerror=alert(2)>"

[[composition]]
id = "comp.x"
of = "body.x"
label = "<script>alert('composition')</script>"
size = 5
seats = [{ constituency = "org.x", seats = 3, note = "<iframe src=x></iframe>" }]
claims = ["c.1"]

[[composition]]
id = "comp.y"
of = "body.x"
label = "<b>second</b>"
seats = [{ constituency = "org.x", seats = 2 }, { constituency = "place.x" }]
claims = ["c.1"]

[[proposal]]
id = "prop.x"
title = "<script>alert('proposal')</script>"
proposers = ["org.x"]
body = "body.x"
event = "ev.1"
outcome = "rejected"
points = ["<img src=x>"]
claims = ["c.1"]

[[composition]]
id = "comp.prop.x"
of = "prop.x"
label = "<iframe></iframe>"
size = 4
seats = [{ constituency = "org.x", seats = 4 }]
claims = ["c.1"]

[[reading]]
id = "r.local-muslim-seats"
question = "<script>alert('reading')</script>"
alternatives = ["org.x"]
adopted = ["org.x"]
reason = "<i>x</i>"
claims = ["c.1"]

[[population]]
id = "pop.x"
scope = "place.x"
group = "org.x"
share_percent = "95"
claims = ["c.1"]
"#;

#[tokio::test]
async fn markup_in_bodies_and_proposals_is_shown_as_text() {
    let explorer = hostile_with(&[("bodies.toml", HOSTILE_BODIES)]);
    assert_eq!(
        explorer.model.compositions().len(),
        3,
        "{:?}",
        explorer.findings
    );
    let (status, _, body) = get(explorer, "/bodies").await;
    assert_eq!(status, StatusCode::OK);
    assert_shown_as_text("/bodies", &body);
    assert!(body.contains("&lt;script&gt;alert('composition')&lt;/script&gt;"));
    let drawn = charts(&body);
    assert_eq!(drawn.len(), 3);
    for chart in &drawn {
        assert_eq!(chart.circles, chart.seats);
        assert_eq!(
            legend(&body, &chart.composition).iter().sum::<usize>(),
            chart.seats
        );
    }
    assert_eq!(chart(&drawn, "comp.x").unknown, 2);
    let explorer = hostile_with(&[("bodies.toml", HOSTILE_BODIES)]);
    let (status, headers, json) = get(explorer, "/api/bodies").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    let json: Value = serde_json::from_str(&json).unwrap();
    // JSON carries the text exactly; only its consumers decide how to show it
    assert_eq!(
        json["proposals"][0]["title"],
        "<script>alert('proposal')</script>"
    );
    assert_eq!(
        json["bodies"][0]["accounts"][0]["label"],
        "<script>alert('composition')</script>"
    );
}

#[tokio::test]
async fn a_body_too_large_to_draw_gets_a_sentence_not_a_hang() {
    let huge = r#"
[[body]]
id = "body.huge"
kind = "congress"
names = [{ text = "huge", lang = "en" }]

[[composition]]
id = "comp.huge"
of = "body.huge"
size = 4000000000
seats = [{ constituency = "org.x", seats = 3999999999 }, { constituency = "place.x", seats = 1 }]
"#;
    let (status, _, body) = get(hostile_with(&[("bodies.toml", huge)]), "/bodies").await;
    assert_eq!(status, StatusCode::OK);
    assert!(charts(&body).is_empty());
    assert!(body.contains("too many seats to draw"));
    let (_, _, json) = get(hostile_with(&[("bodies.toml", huge)]), "/api/bodies").await;
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        json["bodies"][0]["accounts"][0]["power"]["reason"],
        "too-large"
    );
}
