//! The network drawn as SVG on the server (`svg.network`): one line per pair
//! of actors and kind of link, as wide as its evidence is plentiful, told
//! apart by dash pattern as well as colour (participation, the most common
//! and the least telling, drawn lightest and beneath the rest), and a circle
//! per actor with a short label and its full name as `<title>`; and the
//! legend beside it. Colours are from the Okabe–Ito palette, which holds for
//! colour-blind readers; no meaning rests on colour alone.

use std::collections::{BTreeMap, HashMap};

use kenes_model::{Id, Model};
use maud::{Markup, html};

use super::graph::{Network, Node};
use super::layout::{GAP, HEIGHT, WIDTH};
use super::links::{Link, LinkKind};
use super::words::{evidence_count, kind_label, link_label};
use crate::i18n::Ui;
use crate::names::{entity_path, named};

/// How a kind of link is drawn: colour, dash pattern (none: solid), width
/// for one piece of evidence, opacity.
pub fn stroke(kind: LinkKind) -> (&'static str, Option<&'static str>, f64, f64) {
    match kind {
        LinkKind::Membership => ("#0072b2", None, 2.2, 0.9),
        LinkKind::Participation => ("#555555", Some("2 3"), 1.2, 0.35),
        LinkKind::Alignment => ("#009e73", Some("8 4"), 1.6, 0.85),
        LinkKind::Opposition => ("#d55e00", Some("10 3 2 3"), 1.6, 0.85),
    }
}

/// A line's width: its kind's for one piece of evidence, growing with the
/// square root of their number (so that its area, not its width, counts
/// them), at most three times as wide.
pub fn width(kind: LinkKind, evidence: usize) -> f64 {
    stroke(kind).2 * (evidence.max(1) as f64).sqrt().min(3.0)
}

/// The order lines are drawn in: the lightest first, beneath the others.
fn depth(kind: LinkKind) -> u8 {
    match kind {
        LinkKind::Participation => 0,
        LinkKind::Alignment => 1,
        LinkKind::Opposition => 2,
        LinkKind::Membership => 3,
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

/// One line of the drawing: every link of one kind between two actors
/// (membership both ways between two actors is one line), and the evidence
/// of all of them counted.
pub struct Line<'n> {
    pub kind: LinkKind,
    /// The first link's ends: the member first for membership.
    pub source: &'n str,
    pub target: &'n str,
    pub evidence: usize,
}

/// The lines of the drawing: one per kind and pair of actors, by kind,
/// then ends.
pub fn lines(links: &[Link]) -> Vec<Line<'_>> {
    let mut by_pair: BTreeMap<(LinkKind, &str, &str), Line<'_>> = BTreeMap::new();
    for link in links {
        let (a, b) = (link.source.as_str(), link.target.as_str());
        by_pair
            .entry((link.kind, a.min(b), a.max(b)))
            .and_modify(|line| line.evidence += link.evidence.len())
            .or_insert(Line {
                kind: link.kind,
                source: a,
                target: b,
                evidence: link.evidence.len(),
            });
    }
    by_pair.into_values().collect()
}

/// The drawing.
pub fn drawing(model: &Model, ui: &Ui, network: &Network, described: &str) -> Markup {
    let places: HashMap<&str, &Node> = network.nodes.iter().map(|n| (n.id.as_str(), n)).collect();
    html! {
        svg.network viewBox=(format!("0 0 {WIDTH} {HEIGHT}")) role="img" aria-label=(described)
            xmlns="http://www.w3.org/2000/svg" {
            g.edges {
                @for (line, offset) in offsets(lines(&network.links)) {
                    @if let (Some(a), Some(b)) = (places.get(line.source), places.get(line.target)) {
                        (edge(ui, &line, a, b, offset))
                    }
                }
            }
            g.nodes {
                @for node in &network.nodes {
                    (node_markup(model, ui, node, network.actor.as_deref() == Some(node.id.as_str())))
                }
            }
        }
    }
}

/// Each line with how far to shift it sideways, so that lines of several
/// kinds between the same actors are drawn side by side, not one over the
/// other; the lightest first.
fn offsets(lines: Vec<Line<'_>>) -> Vec<(Line<'_>, f64)> {
    let mut by_pair: BTreeMap<(&str, &str), Vec<Line<'_>>> = BTreeMap::new();
    for line in lines {
        let (a, b) = (line.source, line.target);
        by_pair.entry((a.min(b), a.max(b))).or_default().push(line);
    }
    let mut shifted = Vec::new();
    for group in by_pair.into_values() {
        let middle = (group.len() as f64 - 1.0) / 2.0;
        // apart by the widest line's width and a little, so that none covers another
        let spacing = group
            .iter()
            .map(|line| width(line.kind, line.evidence))
            .fold(2.5, f64::max)
            + 1.0;
        for (i, line) in group.into_iter().enumerate() {
            shifted.push((line, (i as f64 - middle) * spacing));
        }
    }
    shifted.sort_by_key(|(line, _)| depth(line.kind));
    shifted
}

fn edge(ui: &Ui, line: &Line<'_>, a: &Node, b: &Node, offset: f64) -> Markup {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length = dx.hypot(dy).max(f64::EPSILON);
    // the sideways shift is taken in one direction whichever end comes first
    let sign = if (a.id.as_str()) <= b.id.as_str() {
        1.0
    } else {
        -1.0
    };
    let (nx, ny) = (-dy / length * offset * sign, dx / length * offset * sign);
    let (colour, dash, _, opacity) = stroke(line.kind);
    html! {
        line.edge data-kind=(line.kind.as_str()) data-source=(line.source) data-target=(line.target)
            data-evidence=(line.evidence)
            x1=(round(a.x + nx)) y1=(round(a.y + ny)) x2=(round(b.x + nx)) y2=(round(b.y + ny))
            stroke=(colour) stroke-width=(round(width(line.kind, line.evidence)))
            stroke-opacity=(opacity) stroke-dasharray=[dash] {
            title { (a.name) " — " (b.name) ": " (link_label(ui, line.kind)) "; " (evidence_count(ui, line.evidence)) }
        }
    }
}

fn round(value: f64) -> String {
    format!("{value:.1}")
}

/// An actor: its circle, sized by how many others it is linked to, and its
/// short label, on the side the layout chose; the whole a link to its page.
/// The actor focused on has a thick ring and a bold label.
fn node_markup(model: &Model, ui: &Ui, node: &Node, focused: bool) -> Markup {
    let radius = node.radius;
    let (label_x, anchor) = if node.label_left {
        (node.x - radius - GAP, Some("end"))
    } else {
        (node.x + radius + GAP, None)
    };
    let href = Id::new(&node.id).map_or_else(|_| String::new(), |id| ui.href(&entity_path(&id)));
    html! {
        g.node data-id=(node.id) data-kind=(node.kind) data-focus=[focused.then_some("true")] {
            title { (node.name) " (" (kind_label(ui, node.kind)) ")" }
            a href=(href) {
                circle cx=(round(node.x)) cy=(round(node.y)) r=(round(radius))
                    fill=(fill(node.kind)) stroke="#1d1d1f" stroke-width=(if focused { "3" } else { "1" }) {}
                text.label x=(round(label_x)) y=(round(node.y + 4.0)) text-anchor=[anchor] {
                    (short_label(model, ui, &node.id))
                }
            }
        }
    }
}

/// The actor's name in the reader's language (its id if it has none).
pub fn reader_name(model: &Model, ui: &Ui, id: &str) -> String {
    Id::new(id)
        .ok()
        .and_then(|id| model.get(&id))
        .and_then(|entity| named(&entity).and_then(|n| n.for_lang(ui.lang.code())))
        .map_or_else(|| id.to_owned(), |name| name.text().to_owned())
}

/// The actor's name in the reader's language, cut at a word to fit a label.
pub fn short_label(model: &Model, ui: &Ui, id: &str) -> String {
    shorten(&reader_name(model, ui, id), 22)
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
                    li data-kind=(kind.as_str()) { (sample(kind, 1)) " " (link_label(ui, kind)) }
                }
                li.evidence-width {
                    (sample(LinkKind::Membership, 1)) " " (sample(LinkKind::Membership, 4)) " "
                    (ui.t("the more pieces of evidence, the wider the line", "чем больше оснований, тем толще линия", "негіз көп болған сайын сызық жуандай түседі"))
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

/// A short line drawn as a link of `kind` with `evidence` pieces of evidence.
pub fn sample(kind: LinkKind, evidence: usize) -> Markup {
    let (colour, dash, _, opacity) = stroke(kind);
    // participation is drawn light over a crowd of lines; alone, a little darker
    let opacity = opacity.max(0.6);
    html! {
        svg.sample width="44" height="12" viewBox="0 0 44 12" aria-hidden="true" {
            line x1="2" y1="6" x2="42" y2="6" stroke=(colour) stroke-width=(round(width(kind, evidence)))
                stroke-opacity=(opacity) stroke-dasharray=[dash] {}
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
