//! The network page and `/api/network`: actors linked by membership,
//! participation and alignment or opposition in a chosen period, drawn as SVG
//! and listed with their evidence. Known answers come from the paper as the
//! embedded model encodes it, each cited.

mod common;

use axum::http::{StatusCode, header};
use common::{assert_shown_as_text, embedded, get, hostile_with};
use serde_json::Value;

async fn api(path: &str) -> Value {
    let (status, headers, body) = get(embedded(), path).await;
    assert_eq!(status, StatusCode::OK, "{path}: {body}");
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    serde_json::from_str(&body).unwrap()
}

/// The link of `kind` from `source` to `target` in the API's answer.
fn link<'j>(json: &'j Value, kind: &str, source: &str, target: &str) -> Option<&'j Value> {
    json["links"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["kind"] == kind && l["source"] == source && l["target"] == target)
}

/// The row of the table of links for one link.
fn row<'b>(body: &'b str, kind: &str, source: &str, target: &str) -> Option<&'b str> {
    let opening =
        format!("<tr data-kind=\"{kind}\" data-source=\"{source}\" data-target=\"{target}\">");
    let start = body.find(&opening)?;
    let end = body[start..].find("</tr>").unwrap();
    Some(&body[start..start + end])
}

/// actors.toml: M. Shokay, «leader and chairman of the Muslim Central
/// Council» (affiliation role "chairman"); the paper: «the Muslim Central
/// Council of the Turkestan region, led by M. Shokay» (c.oct.mcc-telegrams).
#[tokio::test]
async fn shokay_is_linked_to_the_muslim_central_council_by_membership() {
    let (status, _, body) = get(embedded(), "/network").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(
        "<line class=\"edge\" data-kind=\"membership\" data-source=\"person.shokay\" data-target=\"org.muslim-central-council\""
    ));
    let row = row(
        &body,
        "membership",
        "person.shokay",
        "org.muslim-central-council",
    )
    .unwrap();
    assert!(row.contains("chairman"));
    assert!(row.contains("href=\"/entity/c.oct.mcc-telegrams\""));
    assert!(row.contains("href=\"/entity/person.shokay\""));
    let json = api("/api/network").await;
    let membership = link(
        &json,
        "membership",
        "person.shokay",
        "org.muslim-central-council",
    )
    .unwrap();
    assert_eq!(membership["evidence"][0]["basis"], "affiliation");
    assert_eq!(membership["evidence"][0]["role"], "chairman");
}

/// At the meeting of the Muslim organisations (12–15 November) Shuro-i-Ulema
/// proposed to recognise Bolshevik power for now (c.mm.ulema-recognise) and
/// M. Shokay, for the Muslim Central Council, that no national organisation
/// enter into relations with the Bolsheviks (c.mm.shokay-against): opposed
/// on compromise — but not in late October, before the meeting. In October
/// both the Council (c.oct.mcc-meeting-27) and Shuro-i-Islam
/// (c.oct.shuro-i-islam-resolution) backed the General Commissar: aligned.
#[tokio::test]
async fn the_period_chosen_changes_the_links() {
    let whole = api("/api/network").await;
    let october = api("/api/network?from=1917-10-22&to=1917-10-31").await;
    let opposed = |json: &Value| {
        link(
            json,
            "opposition",
            "org.muslim-central-council",
            "org.shuro-i-ulema",
        )
        .cloned()
    };
    let opposition = opposed(&whole).expect("opposed over the whole period");
    let on_compromise = opposition["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["issue"] == "issue.compromise")
        .unwrap();
    assert_eq!(on_compromise["source_position"], "oppose");
    assert_eq!(on_compromise["target_position"], "support");
    let claims = on_compromise["claims"].to_string();
    assert!(claims.contains("c.mm.shokay-against") && claims.contains("c.mm.ulema-recognise"));
    assert!(opposed(&october).is_none(), "not yet in October");
    let aligned = link(
        &october,
        "alignment",
        "org.muslim-central-council",
        "org.shuro-i-islam",
    )
    .unwrap();
    assert!(
        aligned["evidence"]
            .to_string()
            .contains("c.oct.mcc-meeting-27")
    );
    assert!(october["links"].as_array().unwrap().len() < whole["links"].as_array().unwrap().len());
    assert_eq!(october["from"], "1917-10-22");
    assert_eq!(october["to"], "1917-10-31");
    // the page draws the same change
    let (_, _, page) = get(embedded(), "/network?from=1917-10-22&to=1917-10-31").await;
    assert!(!page.contains("data-kind=\"opposition\" data-source=\"org.muslim-central-council\" data-target=\"org.shuro-i-ulema\""));
    assert!(
        page.contains("value=\"1917-10-22\""),
        "the form holds the period"
    );
}

/// An undated affiliation counts throughout: Shokay chairs the Council in
/// October too, while his acting for it at the meeting of 12–15 November
/// (c.mm.participants) falls outside October.
#[tokio::test]
async fn undated_affiliations_count_throughout_the_period() {
    let october = api("/api/network?from=1917-10-22&to=1917-10-31").await;
    let membership = link(
        &october,
        "membership",
        "person.shokay",
        "org.muslim-central-council",
    )
    .unwrap();
    let evidence = membership["evidence"].to_string();
    assert!(evidence.contains("\"role\":\"chairman\""));
    assert!(!evidence.contains("ev.meeting-muslim-orgs"), "{evidence}");
    let whole = api("/api/network").await;
    let membership = link(
        &whole,
        "membership",
        "person.shokay",
        "org.muslim-central-council",
    )
    .unwrap();
    assert!(
        membership["evidence"]
            .to_string()
            .contains("ev.meeting-muslim-orgs")
    );
}

/// The same period asked in New Style gives the same network.
#[tokio::test]
async fn a_period_in_new_style_is_the_same_period() {
    let old_style = api("/api/network?from=1917-10-22&to=1917-10-31").await;
    let new_style = api("/api/network?from=1917-11-04&to=1917-11-13&calendar=gregorian").await;
    assert_eq!(old_style["links"], new_style["links"]);
    assert_eq!(new_style["from_dual"], "22 Oct 1917 O.S. = 4 Nov 1917 N.S.");
}

#[tokio::test]
async fn the_drawing_is_deterministic_labelled_and_linked() {
    let (_, _, first) = get(embedded(), "/network").await;
    let (_, _, second) = get(embedded(), "/network").await;
    assert_eq!(first, second, "the same layout every time");
    let svg_start = first.find("<svg class=\"network\"").unwrap();
    let svg = &first[svg_start..svg_start + first[svg_start..].find("</svg>").unwrap()];
    assert!(svg.contains("role=\"img\" aria-label=\"Network: "));
    let json = api("/api/network").await;
    let nodes = json["nodes"].as_array().unwrap();
    assert_eq!(svg.matches("<g class=\"node\"").count(), nodes.len());
    for node in nodes {
        let id = node["id"].as_str().unwrap();
        let at = svg
            .find(&format!("<g class=\"node\" data-id=\"{id}\""))
            .unwrap();
        let node_markup = &svg[at..at + svg[at..].find("</g>").unwrap()];
        for part in [
            "<title>",
            "<circle ",
            "<text class=\"label\"",
            &format!("href=\"/entity/{id}\""),
        ] {
            assert!(node_markup.contains(part), "{id}: {part}");
        }
    }
    assert_eq!(
        svg.matches("<line class=\"edge\"").count(),
        json["links"].as_array().unwrap().len()
    );
    // each kind has its own dash pattern, and the legend shows it
    for (kind, dash) in [
        ("participation", "stroke-dasharray=\"2 3\""),
        ("alignment", "stroke-dasharray=\"8 4\""),
        ("opposition", "stroke-dasharray=\"10 3 2 3\""),
    ] {
        let edge = &svg[svg.find(&format!("data-kind=\"{kind}\"")).unwrap()..];
        assert!(edge[..edge.find('>').unwrap()].contains(dash), "{kind}");
        assert!(
            first.contains(&format!("<li data-kind=\"{kind}\">")),
            "{kind} in the legend"
        );
    }
    let membership = &svg[svg.find("data-kind=\"membership\"").unwrap()..];
    assert!(!membership[..membership.find('>').unwrap()].contains("stroke-dasharray"));
}

#[tokio::test]
async fn the_api_links_only_drawn_actors_and_every_link_has_evidence() {
    let json = api("/api/network").await;
    let ids: Vec<&str> = json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len());
    for node in json["nodes"].as_array().unwrap() {
        let (x, y) = (node["x"].as_f64().unwrap(), node["y"].as_f64().unwrap());
        assert!(
            (0.0..=960.0).contains(&x) && (0.0..=760.0).contains(&y),
            "{node}"
        );
    }
    for link in json["links"].as_array().unwrap() {
        assert!(
            ids.contains(&link["source"].as_str().unwrap())
                && ids.contains(&link["target"].as_str().unwrap())
        );
        assert_ne!(link["source"], link["target"]);
        assert!(!link["evidence"].as_array().unwrap().is_empty(), "{link}");
    }
    let kinds: Vec<&str> = json["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["kind"].as_str().unwrap())
        .collect();
    for kind in ["membership", "participation", "alignment", "opposition"] {
        assert!(kinds.contains(&kind), "{kind}");
    }
}

#[tokio::test]
async fn a_period_that_cannot_be_read_is_a_400_page_that_says_why() {
    for (query, why) in [
        ("from=1917-10-40", "is not a day"),
        ("to=soon", "is not a day"),
        ("from=1917-09-01", "outside the model's period"),
        ("to=1918-01-01", "outside the model's period"),
        (
            "from=1917-11-10&to=1917-11-01",
            "must not end before it begins",
        ),
        ("from=1917-10-30&calendar=aztec", "is not a calendar"),
        ("from=%3Cscript%3E", "is not a day"),
    ] {
        let (status, headers, body) = get(embedded(), &format!("/network?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
        assert!(body.contains(why), "{query}: {body}");
        assert!(!body.contains("«<script>"), "the input is shown as text");
        let (status, _, json) = get(embedded(), &format!("/api/network?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        let json: Value = serde_json::from_str(&json).unwrap();
        assert!(json["error"].as_str().unwrap().contains(why), "{json}");
    }
    let (_, _, kazakh) = get(embedded(), "/network?from=1917-09-01&lang=kk").await;
    assert!(kazakh.contains("модельдің кезеңінен тыс жатыр"));
}

/// The hostile model: a person whose name and role are markup, affiliated
/// to the hostile organisation, the two opposed on an issue named in markup.
const HOSTILE_NETWORK: &str = r#"
[[actor]]
id = "person.y"
kind = "person"
names = [{ text = "<img src=x onerror=alert('person')>", lang = "kk" }]
affiliations = [{ organisation = "org.x", role = "<script>alert('role')</script>" }]
claims = ["c.1"]

[[issue]]
id = "issue.x"
names = [{ text = "<script>alert('issue')</script>", lang = "en" }]

[[stance]]
id = "st.x"
actor = "org.x"
issue = "issue.x"
position = "oppose"
date = "1917-10-25"
voice = "declared"
claims = ["c.1"]

[[stance]]
id = "st.y"
actor = "person.y"
issue = "issue.x"
position = "support"
date = "1917-10-26"
voice = "declared"
claims = ["c.1"]
"#;

#[tokio::test]
async fn markup_in_the_model_is_shown_as_text() {
    let hostile = || hostile_with(&[("network.toml", HOSTILE_NETWORK)]);
    let (status, _, body) = get(hostile(), "/network").await;
    assert_eq!(status, StatusCode::OK, "{:?}", hostile().findings);
    assert_shown_as_text("/network", &body);
    assert!(
        body.contains("data-kind=\"membership\" data-source=\"person.y\" data-target=\"org.x\"")
    );
    assert!(
        body.contains("data-kind=\"opposition\" data-source=\"org.x\" data-target=\"person.y\"")
    );
    assert!(body.contains("&lt;script&gt;alert('role')&lt;/script&gt;"));
    let (_, headers, body) = get(hostile(), "/api/network").await;
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    let json: Value = serde_json::from_str(&body).unwrap();
    let membership = link(&json, "membership", "person.y", "org.x").unwrap();
    assert_eq!(
        membership["evidence"][0]["role"],
        "<script>alert('role')</script>"
    );
}
