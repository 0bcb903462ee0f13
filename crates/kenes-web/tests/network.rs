//! The network page and `/api/network`: actors linked by membership,
//! participation and alignment or opposition in a chosen period, drawn as SVG
//! and listed with their evidence. Known answers come from the paper as the
//! embedded model encodes it, each cited.

mod common;

use axum::http::{StatusCode, header};
use common::{HOSTILE_STANCES, assert_shown_as_text, embedded, get, hostile_with};
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
        assert_refused(query, why).await;
    }
    let (_, _, kazakh) = get(embedded(), "/network?from=1917-09-01&lang=kk").await;
    assert!(kazakh.contains("модельдің кезеңінен тыс жатыр"));
}

#[tokio::test]
async fn markup_in_the_model_is_shown_as_text() {
    let hostile = || hostile_with(&[("stances.toml", HOSTILE_STANCES)]);
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

/// Every `<line class="edge" …>` opening tag of the page's drawing.
fn edges(body: &str) -> Vec<&str> {
    body.match_indices("<line class=\"edge\"")
        .map(|(at, _)| &body[at..at + body[at..].find('>').unwrap()])
        .collect()
}

/// The value of `name="…"` in an opening tag.
fn attribute<'t>(tag: &'t str, name: &str) -> &'t str {
    let start = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
    &tag[start..start + tag[start..].find('"').unwrap()]
}

fn ids<'j>(json: &'j Value, list: &str) -> Vec<&'j str> {
    json[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.get("id").unwrap_or(v).as_str().unwrap())
        .collect()
}

/// Membership alone: every line drawn is membership, and Shokay's
/// chairmanship of the Muslim Central Council (actors.toml; the paper, «led
/// by M. Shokay», c.oct.mcc-telegrams) is still among them.
#[tokio::test]
async fn the_kind_filter_draws_only_the_kinds_chosen() {
    let (status, _, body) = get(embedded(), "/network?kind=membership").await;
    assert_eq!(status, StatusCode::OK);
    let lines = edges(&body);
    assert!(!lines.is_empty());
    for line in &lines {
        assert_eq!(attribute(line, "data-kind"), "membership", "{line}");
    }
    assert!(lines.iter().any(|l| {
        l.contains("data-source=\"person.shokay\" data-target=\"org.muslim-central-council\"")
    }));
    assert!(body.contains("value=\"membership\" checked"));
    assert!(!body.contains("value=\"participation\" checked"));
    assert!(
        row(
            &body,
            "membership",
            "person.shokay",
            "org.muslim-central-council"
        )
        .is_some()
    );
    assert!(
        !body.contains("<tr data-kind=\"participation\""),
        "the list follows the filter"
    );
    let json = api("/api/network?kind=membership").await;
    assert_eq!(json["kinds"], serde_json::json!(["membership"]));
    let kinds: Vec<&str> = json["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.iter().all(|k| *k == "membership"));
    assert_eq!(kinds.len(), lines.len());
    assert!(
        link(
            &json,
            "membership",
            "person.shokay",
            "org.muslim-central-council"
        )
        .is_some()
    );
}

/// Repeated `kind=` parameters select several kinds; no `kind` (or an empty
/// one, as a form may send) shows all four, ticked.
#[tokio::test]
async fn repeated_kinds_select_and_none_means_all_four() {
    let whole = api("/api/network").await;
    let both = api("/api/network?kind=opposition&kind=alignment&kind=opposition").await;
    assert_eq!(
        both["kinds"],
        serde_json::json!(["alignment", "opposition"])
    );
    let of = |json: &Value, kind: &str| {
        json["links"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["kind"] == kind)
            .count()
    };
    for kind in ["alignment", "opposition"] {
        assert!(of(&both, kind) > 0);
        assert_eq!(of(&both, kind), of(&whole, kind), "{kind}");
    }
    assert_eq!(of(&both, "membership") + of(&both, "participation"), 0);
    let blank = api("/api/network?kind=").await;
    assert_eq!(blank["links"], whole["links"]);
    assert_eq!(whole["kinds"].as_array().unwrap().len(), 4);
    let (_, _, page) = get(embedded(), "/network").await;
    assert_eq!(page.matches("name=\"kind\"").count(), 4);
    assert_eq!(page.matches("type=\"checkbox\" name=\"kind\"").count(), 4);
    for kind in ["membership", "participation", "alignment", "opposition"] {
        assert!(
            page.contains(&format!("value=\"{kind}\" checked")),
            "{kind}"
        );
    }
}

/// A focus on Shokay: he, the actors he is linked to, and the links among
/// them — among which the Council's opposition to Shuro-i-Ulema on
/// compromise (c.mm.shokay-against, c.mm.ulema-recognise), a link that
/// does not touch him.
#[tokio::test]
async fn a_focus_shows_an_actor_its_neighbours_and_the_links_among_them() {
    let json = api("/api/network?actor=person.shokay").await;
    assert_eq!(json["actor"], "person.shokay");
    let nodes = ids(&json, "nodes");
    assert!(nodes.contains(&"person.shokay") && nodes.contains(&"org.muslim-central-council"));
    let links = json["links"].as_array().unwrap();
    let touches = |l: &Value, id: &str| l["source"] == id || l["target"] == id;
    for node in nodes.iter().filter(|n| **n != "person.shokay") {
        assert!(
            links
                .iter()
                .any(|l| touches(l, node) && touches(l, "person.shokay")),
            "{node} is a neighbour"
        );
    }
    for l in links {
        assert!(nodes.contains(&l["source"].as_str().unwrap()));
        assert!(nodes.contains(&l["target"].as_str().unwrap()));
    }
    assert!(
        link(
            &json,
            "opposition",
            "org.muslim-central-council",
            "org.shuro-i-ulema"
        )
        .is_some()
    );
    let whole = api("/api/network").await;
    assert!(nodes.len() < whole["nodes"].as_array().unwrap().len());
    let (status, _, page) = get(embedded(), "/network?actor=person.shokay&lang=ru").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(
        "<g class=\"node\" data-id=\"person.shokay\" data-kind=\"person\" data-focus=\"true\">"
    ));
    assert_eq!(page.matches("data-focus=").count(), 1);
    assert!(page.contains("<option value=\"person.shokay\" selected>"));
    assert!(page.contains("Показать всех участников"));
    // kinds and focus together: Shokay's memberships alone
    let memberships = api("/api/network?actor=person.shokay&kind=membership").await;
    let mut members = ids(&memberships, "nodes");
    members.sort_unstable();
    assert!(members.contains(&"org.muslim-central-council"));
    assert!(
        !members.contains(&"org.shuro-i-ulema"),
        "no membership joins them"
    );
}

/// The model's actors left without a link are not drawn, but counted and
/// named: nodes and hidden actors together are the model's actors.
#[tokio::test]
async fn actors_left_without_links_are_counted_and_named() {
    for query in ["", "?kind=membership", "?actor=person.shokay"] {
        let json = api(&format!("/api/network{query}")).await;
        let (nodes, hidden) = (ids(&json, "nodes"), ids(&json, "hidden"));
        assert!(!hidden.is_empty(), "{query}");
        assert!(hidden.iter().all(|id| !nodes.contains(id)), "{query}");
        let (_, _, page) = get(embedded(), &format!("/network{query}")).await;
        let everyone = page.matches("<option value=\"").count() - 1;
        assert_eq!(nodes.len() + hidden.len(), everyone, "{query}");
        assert!(
            page.contains(&format!("Not drawn: {} actors of the model", hidden.len())),
            "{query}"
        );
    }
}

/// One line per pair of actors and kind of link, however many pieces of
/// evidence it rests on; more evidence, a wider line.
#[tokio::test]
async fn one_line_per_pair_and_kind_wider_with_more_evidence() {
    let (_, _, body) = get(embedded(), "/network").await;
    let json = api("/api/network").await;
    let mut seen: Vec<(String, String, String)> = Vec::new();
    let mut widths: Vec<(String, usize, f64)> = Vec::new();
    for line in edges(&body) {
        let (kind, a, b) = (
            attribute(line, "data-kind"),
            attribute(line, "data-source"),
            attribute(line, "data-target"),
        );
        let key = (kind.to_owned(), a.min(b).to_owned(), a.max(b).to_owned());
        assert!(!seen.contains(&key), "two lines for {key:?}");
        seen.push(key);
        let evidence: usize = attribute(line, "data-evidence").parse().unwrap();
        let listed = link(&json, kind, a, b).unwrap()["evidence"]
            .as_array()
            .unwrap()
            .len();
        assert_eq!(evidence, listed, "{line}");
        let width = attribute(line, "stroke-width").parse().unwrap();
        widths.push((kind.to_owned(), evidence, width));
    }
    let evidence: usize = json["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["evidence"].as_array().unwrap().len())
        .sum();
    assert!(body.contains(&format!("{evidence} pieces of evidence")));
    for (kind, count, width) in &widths {
        for (other_kind, other_count, other_width) in &widths {
            if kind == other_kind && count > other_count {
                assert!(width > other_width, "{kind}: {count} > {other_count}");
            }
        }
    }
    assert!(widths.iter().any(|(_, count, _)| *count > 1));
}

/// Participation, the commonest link, is drawn lighter than the others
/// and beneath them; each kind keeps its dash pattern in the legend.
#[tokio::test]
async fn participation_is_drawn_lightest_and_first() {
    let (_, _, body) = get(embedded(), "/network").await;
    let lines = edges(&body);
    let opacity = |kind: &str| -> f64 {
        let line = lines
            .iter()
            .find(|l| attribute(l, "data-kind") == kind)
            .unwrap();
        attribute(line, "stroke-opacity").parse().unwrap()
    };
    for kind in ["membership", "alignment", "opposition"] {
        assert!(opacity("participation") < opacity(kind), "{kind}");
    }
    let last_participation = lines
        .iter()
        .rposition(|l| attribute(l, "data-kind") == "participation")
        .unwrap();
    let first_other = lines
        .iter()
        .position(|l| attribute(l, "data-kind") != "participation")
        .unwrap();
    assert!(last_participation < first_other);
}

/// The embedded drawing is legible: no circle overlaps another, and no
/// label runs over another actor's circle or label. (Labels are measured at 5.5
/// units a character, a little narrower than the layout reserves.)
#[tokio::test]
async fn no_label_covers_another_actor() {
    for query in ["", "?kind=membership", "?actor=org.muslim-central-council"] {
        let (_, _, body) = get(embedded(), &format!("/network{query}")).await;
        let nodes: Vec<(f64, f64, f64, f64, f64)> = body
            .match_indices("<g class=\"node\"")
            .map(|(at, _)| {
                let node = &body[at..at + body[at..].find("</g>").unwrap()];
                let circle = &node[node.find("<circle").unwrap()..];
                let text = &node[node.find("<text").unwrap()..];
                let number = |tag: &str, name: &str| attribute(tag, name).parse::<f64>().unwrap();
                let label = &text[text.find('>').unwrap() + 1..text.find("</text>").unwrap()];
                let width = label.chars().count() as f64 * 5.5;
                let x = number(text, "x");
                let (left, right) = if text.contains("text-anchor=\"end\"") {
                    (x - width, x)
                } else {
                    (x, x + width)
                };
                (
                    number(circle, "cx"),
                    number(circle, "cy"),
                    number(circle, "r"),
                    left,
                    right,
                )
            })
            .collect();
        for (i, &(x, y, r, _, _)) in nodes.iter().enumerate() {
            for (j, &(ox, oy, or, left, right)) in nodes.iter().enumerate() {
                if i == j {
                    continue;
                }
                assert!(
                    (x - ox).hypot(y - oy) > r + or,
                    "{query}: circles {i} and {j}"
                );
                let beside = x + r > left && x - r < right;
                assert!(
                    !(beside && (y - oy).abs() < r + 4.0),
                    "{query}: label {j} over {i}"
                );
            }
        }
        for (i, &(_, y, _, left, right)) in nodes.iter().enumerate() {
            for &(_, oy, _, other_left, other_right) in &nodes[i + 1..] {
                let beside = left < other_right && other_left < right;
                assert!(
                    !(beside && (y - oy).abs() < 11.0),
                    "{query}: labels over {i}"
                );
            }
        }
        assert!(nodes.len() > 20, "{query}");
    }
}

#[tokio::test]
async fn the_filtered_drawing_is_deterministic() {
    let path = "/network?kind=membership&kind=alignment&actor=org.muslim-central-council";
    let (_, _, first) = get(embedded(), path).await;
    let (_, _, second) = get(embedded(), path).await;
    assert_eq!(first, second);
}

#[tokio::test]
async fn an_unknown_kind_or_actor_is_a_400_in_the_readers_language() {
    for (query, why) in [
        ("kind=friendship", "is not a kind of link"),
        ("kind=membership&kind=%3Cscript%3E", "is not a kind of link"),
        ("actor=person.nobody", "The model has no actor"),
        ("actor=%3Cscript%3E", "The model has no actor"),
    ] {
        assert_refused(query, why).await;
    }
    let (_, _, russian) = get(embedded(), "/network?kind=friendship&lang=ru").await;
    assert!(russian.contains("«friendship» — не вид связи"));
    let (_, _, kazakh) = get(embedded(), "/network?kind=friendship&lang=kk").await;
    assert!(kazakh.contains("«friendship» — байланыс түрі емес"));
}

/// Membership recorded both ways between two actors (each names the other
/// as its organisation) is two links in the API, each with its evidence,
/// and one line in the drawing counting both.
#[tokio::test]
async fn membership_both_ways_is_one_line() {
    const BOTH_WAYS: &str = r#"
[[actor]]
id = "org.w"
kind = "organisation"
names = [{ text = "W", lang = "kk" }]
affiliations = [{ organisation = "org.v", role = "founder" }]
claims = ["c.1"]

[[actor]]
id = "org.v"
kind = "organisation"
names = [{ text = "V", lang = "kk" }]
affiliations = [{ organisation = "org.w" }]
claims = ["c.1"]
"#;
    let explorer = || hostile_with(&[("both.toml", BOTH_WAYS)]);
    let (status, _, body) = get(explorer(), "/api/network?kind=membership").await;
    assert_eq!(status, StatusCode::OK);
    let json: Value = serde_json::from_str(&body).unwrap();
    assert!(link(&json, "membership", "org.w", "org.v").is_some());
    assert!(link(&json, "membership", "org.v", "org.w").is_some());
    let (_, _, page) = get(explorer(), "/network?kind=membership").await;
    let lines: Vec<&str> = edges(&page)
        .into_iter()
        .filter(|l| l.contains("\"org.v\"") && l.contains("\"org.w\""))
        .collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(attribute(lines[0], "data-evidence"), "2");
    assert!(
        row(&page, "membership", "org.w", "org.v")
            .unwrap()
            .contains("founder")
    );
    assert!(row(&page, "membership", "org.v", "org.w").is_some());
}

/// `query` is refused with a 400 page saying `why` (the input shown as text)
/// and a 400 `{"error"}` from the API saying the same.
async fn assert_refused(query: &str, why: &str) {
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
