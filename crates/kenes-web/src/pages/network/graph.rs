//! The network as data, for the page and `/api/network`: the period, the
//! actors linked in it (each placed by [`super::layout`]) and the links with
//! their evidence.

use kenes_analysis::names::label;
use kenes_model::date::{Calendar, Day};
use kenes_model::{ActorId, ActorKind, Model};
use serde::Serialize;

use super::layout::{Spring, layout};
use super::links::{Link, LinkKind, Period, links};

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
    /// The actors with at least one link in the period.
    pub nodes: Vec<Node>,
    pub links: Vec<Link>,
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
}

/// The network of `model` in `period`; days are shown in `calendar`.
pub fn network(model: &Model, period: Period, calendar: Calendar) -> Network {
    let links = links(model, &period);
    let ids = actors_in_order(model, &links);
    let springs = springs(&ids, &links);
    let points = layout(ids.len(), &springs);
    let nodes = ids
        .iter()
        .zip(points)
        .enumerate()
        .map(|(index, (id, point))| Node {
            id: id.clone(),
            kind: kind_of(model, id).map_or("unknown", ActorKind::as_str),
            name: ActorId::new(id).map_or_else(|_| id.clone(), |a| label(model, a.id())),
            degree: springs
                .iter()
                .filter(|s| s.a == index || s.b == index)
                .count(),
            x: (point.x * 10.0).round() / 10.0,
            y: (point.y * 10.0).round() / 10.0,
        })
        .collect();
    let dual = |day: Option<Day>| day.map(|day| crate::pages::stances::input::dual(model, day));
    Network {
        from: period.from.map(|day| day.iso(calendar)),
        to: period.to.map(|day| day.iso(calendar)),
        calendar: calendar.as_str(),
        from_dual: dual(period.from),
        to_dual: dual(period.to),
        nodes,
        links,
    }
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

/// Weakens the springs of actors linked to many others, so that a crowd of
/// mutually linked actors spreads out enough for its labels to be read.
fn ease_hubs(springs: &mut [Spring], count: usize) {
    let mut degree = vec![0_usize; count];
    for spring in springs.iter() {
        degree[spring.a] += 1;
        degree[spring.b] += 1;
    }
    for spring in springs.iter_mut() {
        let crowd = ((degree[spring.a] * degree[spring.b]) as f64).sqrt();
        spring.strength *= (3.0 / crowd).min(1.0);
    }
}
