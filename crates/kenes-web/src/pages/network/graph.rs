//! The network as data, for the page and `/api/network`: the period, the
//! kinds of link and the actor the reader chose, the actors linked under
//! those choices (each placed by [`super::layout`]), the links with their
//! evidence, and the model's actors left without a link.

use kenes_analysis::names::label;
use kenes_model::date::{Calendar, Day};
use kenes_model::{ActorId, ActorKind, Model};
use serde::Serialize;

use super::layout::{Size, Spring, layout};
use super::links::{Link, LinkKind, Period, links};
use super::svg::short_label;
use crate::i18n::{Lang, Ui};

/// What the reader chose besides the period: the kinds of link shown (in
/// the order of [`LinkKind::ALL`]), and the actor to focus on, if any.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Filter {
    pub kinds: Vec<LinkKind>,
    pub actor: Option<String>,
}

/// `/api/network`.
#[derive(Debug, Serialize)]
pub struct Network {
    /// The period's first and last days, `YYYY-MM-DD` in `calendar`.
    pub from: Option<String>,
    pub to: Option<String>,
    pub calendar: &'static str,
    /// The first and last days in both calendars.
    pub from_dual: Option<String>,
    pub to_dual: Option<String>,
    /// The kinds of link shown.
    pub kinds: Vec<LinkKind>,
    /// The actor focused on: only it, its neighbours and the links among
    /// them are shown.
    pub actor: Option<String>,
    /// The actors with at least one link shown.
    pub nodes: Vec<Node>,
    pub links: Vec<Link>,
    /// The model's actors left without a link under these choices, and so
    /// not drawn (in the model's order).
    pub hidden: Vec<String>,
}

/// One actor of the drawing.
#[derive(Debug, Serialize)]
pub struct Node {
    pub id: String,
    /// The actor's kind ("person", "organisation"…; "unknown" when the model lacks it).
    pub kind: &'static str,
    pub name: String,
    /// How many other actors it is linked to.
    pub degree: usize,
    /// Its place in the drawing (SVG units, see `layout::WIDTH` and `HEIGHT`).
    pub x: f64,
    pub y: f64,
    /// The radius of its circle, which grows with its degree.
    #[serde(skip)]
    pub radius: f64,
    /// Whether its label runs to the left of its circle (where the right
    /// would cover another actor or leave the frame).
    #[serde(skip)]
    pub label_left: bool,
}

/// The network of `model` in `period` under `filter`; days are shown in
/// `calendar`.
pub fn network(model: &Model, period: Period, calendar: Calendar, filter: &Filter) -> Network {
    let mut links = links(model, &period);
    links.retain(|link| filter.kinds.contains(&link.kind));
    if let Some(actor) = &filter.actor {
        focus(&mut links, actor);
    }
    let ids = actors_in_order(model, &links);
    let springs = springs(&ids, &links);
    let degrees = degrees(&springs, ids.len());
    let sizes: Vec<Size> = ids
        .iter()
        .zip(&degrees)
        .map(|(id, &degree)| Size {
            radius: radius(degree),
            label: label_width(model, id),
        })
        .collect();
    let places = layout(&sizes, &springs);
    let nodes = ids
        .iter()
        .zip(places)
        .zip(sizes.iter().zip(degrees))
        .map(|((id, place), (size, degree))| Node {
            id: id.clone(),
            kind: kind_of(model, id).map_or("unknown", ActorKind::as_str),
            name: ActorId::new(id).map_or_else(|_| id.clone(), |a| label(model, a.id())),
            degree,
            x: (place.x * 10.0).round() / 10.0,
            y: (place.y * 10.0).round() / 10.0,
            radius: size.radius,
            label_left: place.label_left,
        })
        .collect();
    let hidden = model
        .actors()
        .iter()
        .map(|actor| actor.id().to_string())
        .filter(|id| !ids.contains(id))
        .collect();
    let dual = |day: Option<Day>| day.map(|day| crate::pages::stances::input::dual(model, day));
    Network {
        from: period.from.map(|day| day.iso(calendar)),
        to: period.to.map(|day| day.iso(calendar)),
        calendar: calendar.as_str(),
        from_dual: dual(period.from),
        to_dual: dual(period.to),
        kinds: filter.kinds.clone(),
        actor: filter.actor.clone(),
        nodes,
        links,
        hidden,
    }
}

/// Keeps only the links among `actor` and its neighbours (the actors it
/// shares a link with).
fn focus(links: &mut Vec<Link>, actor: &str) {
    let mut near: Vec<&str> = vec![actor];
    for link in links.iter() {
        if link.source == actor {
            near.push(&link.target);
        } else if link.target == actor {
            near.push(&link.source);
        }
    }
    let near: Vec<String> = near.into_iter().map(str::to_owned).collect();
    links.retain(|link| near.contains(&link.source) && near.contains(&link.target));
}

/// The radius of an actor's circle, from how many actors it is linked to.
fn radius(degree: usize) -> f64 {
    5.0 + (degree as f64).sqrt() * 1.5
}

/// The width a label takes at the drawing's font size (11px), in SVG units:
/// the longest of its three languages, so that the drawing is the same in
/// each (and its places in the API are those of every page).
fn label_width(model: &Model, id: &str) -> f64 {
    const CHARACTER: f64 = 6.2;
    let longest = Lang::ALL
        .into_iter()
        .map(|lang| {
            short_label(model, &Ui::new(lang, "/network"), id)
                .chars()
                .count()
        })
        .max()
        .unwrap_or(0);
    longest as f64 * CHARACTER
}

fn kind_of(model: &Model, id: &str) -> Option<ActorKind> {
    let id = ActorId::new(id).ok()?;
    model.actor(&id).map(|actor| actor.kind())
}

/// The linked actors, grouped by kind (in the order kinds are listed), then
/// in the model's order; actors the model lacks come last, by id.
fn actors_in_order(model: &Model, links: &[Link]) -> Vec<String> {
    let linked = |id: &str| links.iter().any(|l| l.source == id || l.target == id);
    let mut ids: Vec<String> = Vec::new();
    for kind in ActorKind::ALL {
        let of_kind = model.actors().iter().filter(|a| a.kind() == kind);
        ids.extend(
            of_kind
                .filter(|a| linked(a.id().as_str()))
                .map(|a| a.id().to_string()),
        );
    }
    let mut missing: Vec<String> = links
        .iter()
        .flat_map(|l| [&l.source, &l.target])
        .filter(|id| !ids.contains(id))
        .cloned()
        .collect();
    missing.sort();
    missing.dedup();
    ids.extend(missing);
    ids
}

/// How strongly a kind of link draws its actors together in the drawing:
/// membership most, then a shared event, then a shared position; opposition
/// not at all (opposed actors need not sit together).
fn strength(kind: LinkKind) -> f64 {
    match kind {
        LinkKind::Membership => 1.0,
        LinkKind::Participation => 0.3,
        LinkKind::Alignment => 0.1,
        LinkKind::Opposition => 0.0,
    }
}

/// Each linked pair of actors once, as indices into `ids`, with the
/// strength of all their links together (every pair is kept, so that each
/// actor's degree counts all its links).
fn springs(ids: &[String], links: &[Link]) -> Vec<Spring> {
    let index = |id: &str| ids.iter().position(|x| x == id);
    let mut springs: Vec<Spring> = Vec::new();
    for link in links {
        let (Some(a), Some(b)) = (index(&link.source), index(&link.target)) else {
            continue;
        };
        if a == b {
            continue;
        }
        let (a, b) = (a.min(b), a.max(b));
        match springs.iter_mut().find(|s| s.a == a && s.b == b) {
            Some(spring) => spring.strength = (spring.strength + strength(link.kind)).min(1.0),
            None => springs.push(Spring {
                a,
                b,
                strength: strength(link.kind),
            }),
        }
    }
    springs.sort_by_key(|s| (s.a, s.b));
    ease_hubs(&mut springs, ids.len());
    springs
}

/// How many others each of `count` actors is joined to by `springs`.
fn degrees(springs: &[Spring], count: usize) -> Vec<usize> {
    let mut degree = vec![0_usize; count];
    for spring in springs {
        degree[spring.a] += 1;
        degree[spring.b] += 1;
    }
    degree
}

/// Weakens the springs of actors linked to many others, so that a crowd of
/// mutually linked actors spreads out enough for its labels to be read.
fn ease_hubs(springs: &mut [Spring], count: usize) {
    let degree = degrees(springs, count);
    for spring in springs.iter_mut() {
        let crowd = ((degree[spring.a] * degree[spring.b]) as f64).sqrt();
        spring.strength *= (3.0 / crowd).min(1.0);
    }
}
