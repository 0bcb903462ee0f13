//! The network drawn as SVG on the server (`svg.network`): a line per link,
//! told apart by dash pattern as well as colour, and a circle per actor with
//! a short label and its full name as `<title>`; and the legend beside it.
//! Colours are from the Okabe–Ito palette, which holds for colour-blind
//! readers; no meaning rests on colour alone.

use std::collections::{BTreeMap, HashMap};

use kenes_model::{Id, Model};
use maud::{Markup, html};

use super::graph::{Network, Node};
use super::layout::{HEIGHT, WIDTH};
use super::links::{Link, LinkKind};
use super::words::{kind_label, link_label};
use crate::i18n::Ui;
use crate::names::{entity_path, named};

/// How a kind of link is drawn: colour, dash pattern (none: solid), width.
pub fn stroke(kind: LinkKind) -> (&'static str, Option<&'static str>, f64) {
    match kind {
        LinkKind::Membership => ("#0072b2", None, 2.2),
        LinkKind::Participation => ("#555555", Some("2 3"), 1.4),
        LinkKind::Alignment => ("#009e73", Some("8 4"), 2.0),
        LinkKind::Opposition => ("#d55e00", Some("10 3 2 3"), 2.0),
    }
}

/// The fill of an actor's circle, by kind (kinds close in meaning share one).
pub fn fill(kind: &str) -> &'static str {
    match kind {
        "person" => "#e69f00",
        "organisation" => "#009e73",
        "party" | "faction" => "#cc79a7",
        "soviet" => "#d55e00",
        "government-organ" | "city-self-government" => "#0072b2",
        "congress" => "#f0e442",
        "newspaper" => "#56b4e9",
        _ => "#ffffff",
    }
}

/// The kinds of actor the legend names, each with the kinds drawn alike.
pub const NODE_KINDS: [&str; 8] = [
    "person",
    "organisation",
    "party",
    "soviet",
    "government-organ",
    "congress",
    "newspaper",
    "group",
];

/// The drawing.
pub fn drawing(model: &Model, ui: &Ui, network: &Network, described: &str) -> Markup {
    let places: HashMap<&str, &Node> = network.nodes.iter().map(|n| (n.id.as_str(), n)).collect();
    html! {
        svg.network viewBox=(format!("0 0 {WIDTH} {HEIGHT}")) role="img" aria-label=(described)
            xmlns="http://www.w3.org/2000/svg" {
            g.edges {
                @for (link, offset) in offsets(&network.links) {
                    @if let (Some(a), Some(b)) = (places.get(link.source.as_str()), places.get(link.target.as_str())) {
                        (edge(ui, link, a, b, offset))
                    }
                }
            }
            g.nodes {
                @for node in &network.nodes {
                    (node_markup(model, ui, node))
                }
            }
        }
    }
}

/// Each link with how far to shift it sideways, so that two links between
/// the same actors are drawn side by side, not one over the other.
fn offsets(links: &[Link]) -> Vec<(&Link, f64)> {
    let mut by_pair: BTreeMap<(&str, &str), Vec<&Link>> = BTreeMap::new();
    for link in links {
        let (a, b) = (link.source.as_str(), link.target.as_str());
        by_pair.entry((a.min(b), a.max(b))).or_default().push(link);
    }
    let mut shifted = Vec::new();
    for group in by_pair.values() {
        let middle = (group.len() as f64 - 1.0) / 2.0;
        for (i, link) in group.iter().enumerate() {
            shifted.push((*link, (i as f64 - middle) * 3.5));
        }
    }
    shifted.sort_by_key(|(link, _)| link.kind);
    shifted
}

fn edge(ui: &Ui, link: &Link, a: &Node, b: &Node, offset: f64) -> Markup {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length = dx.hypot(dy).max(f64::EPSILON);
    // the sideways shift is taken in one direction whichever end comes first
    let sign = if (a.id.as_str()) <= b.id.as_str() {
        1.0
    } else {
        -1.0
    };
    let (nx, ny) = (-dy / length * offset * sign, dx / length * offset * sign);
    let (colour, dash, width) = stroke(link.kind);
    html! {
        line.edge data-kind=(link.kind.as_str()) data-source=(link.source) data-target=(link.target)
            x1=(round(a.x + nx)) y1=(round(a.y + ny)) x2=(round(b.x + nx)) y2=(round(b.y + ny))
            stroke=(colour) stroke-width=(width) stroke-dasharray=[dash] {
            title { (a.name) " — " (b.name) ": " (link_label(ui, link.kind)) }
        }
    }
}

fn round(value: f64) -> String {
    format!("{value:.1}")
}

/// An actor: its circle, sized by how many others it is linked to, and its
/// short label; the whole a link to its page.
fn node_markup(model: &Model, ui: &Ui, node: &Node) -> Markup {
    let radius = 5.0 + (node.degree as f64).sqrt() * 1.5;
    let href = Id::new(&node.id).map_or_else(|_| String::new(), |id| ui.href(&entity_path(&id)));
    html! {
        g.node data-id=(node.id) data-kind=(node.kind) {
            title { (node.name) " (" (kind_label(ui, node.kind)) ")" }
            a href=(href) {
                circle cx=(round(node.x)) cy=(round(node.y)) r=(round(radius))
                    fill=(fill(node.kind)) stroke="#1d1d1f" stroke-width="1" {}
                text.label x=(round(node.x + radius + 2.0)) y=(round(node.y + 4.0)) {
                    (short_label(model, ui, &node.id))
                }
            }
        }
    }
}

/// The actor's name in the reader's language, cut at a word to fit a label.
pub fn short_label(model: &Model, ui: &Ui, id: &str) -> String {
    let full = Id::new(id)
        .ok()
        .and_then(|id| model.get(&id))
        .and_then(|entity| named(&entity).and_then(|n| n.for_lang(ui.lang.code())))
        .map_or_else(|| id.to_owned(), |name| name.text().to_owned());
    shorten(&full, 22)
}

/// `text` if it has at most `most` characters, else its first words within
/// that many and "…".
fn shorten(text: &str, most: usize) -> String {
    if text.chars().count() <= most {
        return text.to_owned();
    }
    let mut short = String::new();
    for word in text.split_whitespace() {
        let wanted = short.chars().count() + word.chars().count() + usize::from(!short.is_empty());
        if wanted > most {
            break;
        }
        if !short.is_empty() {
            short.push(' ');
        }
        short.push_str(word);
    }
    if short.is_empty() {
        short = text.chars().take(most).collect();
    }
    short.push('…');
    short
}

/// The legend: a sample of each kind of line, and each kind of actor's fill.
pub fn legend(ui: &Ui) -> Markup {
    html! {
        div.network-legend {
            ul aria-label=(ui.t("Kinds of link", "Виды связей", "Байланыс түрлері")) {
                @for kind in LinkKind::ALL {
                    @let (colour, dash, width) = stroke(kind);
                    li data-kind=(kind.as_str()) {
                        svg.sample width="44" height="12" viewBox="0 0 44 12" aria-hidden="true" {
                            line x1="2" y1="6" x2="42" y2="6" stroke=(colour) stroke-width=(width) stroke-dasharray=[dash] {}
                        }
                        " " (link_label(ui, kind))
                    }
                }
            }
            ul aria-label=(ui.t("Kinds of actor", "Виды участников", "Қатысушы түрлері")) {
                @for kind in NODE_KINDS {
                    li data-node-kind=(kind) {
                        svg.sample width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" {
                            circle cx="7" cy="7" r="5.5" fill=(fill(kind)) stroke="#1d1d1f" stroke-width="1" {}
                        }
                        " " (kind_label(ui, kind))
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_name_is_cut_at_a_word() {
        assert_eq!(shorten("M. Shokay", 22), "M. Shokay");
        assert_eq!(
            shorten("Muslim Central Council of the Turkestan region", 22),
            "Muslim Central Council…"
        );
        assert_eq!(shorten("Түркістанөлкесімұсылмандары", 5), "Түркі…");
    }

    #[test]
    fn every_kind_of_link_has_its_own_dash_pattern() {
        let mut dashes: Vec<Option<&str>> = LinkKind::ALL.iter().map(|k| stroke(*k).1).collect();
        dashes.sort_unstable();
        dashes.dedup();
        assert_eq!(dashes.len(), LinkKind::ALL.len());
    }
}
