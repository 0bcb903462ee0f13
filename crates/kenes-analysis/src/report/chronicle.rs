//! The report's timeline (date O.S. = N.S., title, place, status) and stance
//! matrix (actors × issues, each cell the positions in date order with who
//! declared or ascribed them).

use kenes_model::Model;

use super::doc::Block;
use crate::names::label;
use crate::stances::{StanceEntry, stance_matrix};
use crate::timeline::{TimelineEntry, timeline as entries};

pub(super) fn timeline(model: &Model) -> Vec<Block> {
    let rows: Vec<Vec<String>> = entries(model)
        .iter()
        .map(|e| timeline_row(model, e))
        .collect();
    if rows.is_empty() {
        return Vec::new();
    }
    let header = ["date", "event", "place", "status", "kind"];
    vec![
        Block::Heading(2, "Timeline".to_string()),
        Block::Table {
            header: header.iter().map(|h| h.to_string()).collect(),
            rows,
        },
    ]
}

fn timeline_row(model: &Model, entry: &TimelineEntry) -> Vec<String> {
    let place = entry
        .place
        .as_ref()
        .map_or_else(String::new, |p| label(model, p.id()));
    vec![
        entry.dual.clone(),
        format!("{} [{}]", entry.title, entry.event),
        place,
        entry.status.as_str().to_string(),
        entry.kind.as_str().to_string(),
    ]
}

pub(super) fn stances(model: &Model) -> Vec<Block> {
    let matrix = stance_matrix(model);
    if matrix.is_empty() {
        return Vec::new();
    }
    let issues: Vec<_> = matrix
        .issues
        .iter()
        .filter(|issue| {
            matrix
                .actors
                .iter()
                .any(|actor| !matrix.cell(actor, issue).is_empty())
        })
        .collect();
    let mut header = vec!["actor".to_string()];
    header.extend(issues.iter().map(|issue| label(model, issue.id())));
    let rows = matrix.actors.iter().map(|actor| {
        let cells = issues
            .iter()
            .map(|issue| cell_text(model, matrix.cell(actor, issue)));
        std::iter::once(label(model, actor.id()))
            .chain(cells)
            .collect()
    });
    vec![
        Block::Heading(2, "Stances".to_string()),
        Block::Paragraph("Each cell lists the positions in date order (each date in its own calendar), and whether the actor declared the position or another ascribes it.".to_string()),
        Block::Table { header, rows: rows.collect() },
    ]
}

fn cell_text(model: &Model, entries: &[StanceEntry]) -> String {
    let parts: Vec<String> = entries
        .iter()
        .map(|entry| stance_text(model, entry))
        .collect();
    parts.join(" → ")
}

fn stance_text(model: &Model, entry: &StanceEntry) -> String {
    let calendar = entry.date.calendar();
    let date = format!("{} {}", entry.date.render(calendar), calendar.style());
    let voice = match entry.ascribed_by() {
        Some(by) => format!("ascribed by {}", label(model, by.id())),
        None if entry.is_declared() => "declared".to_string(),
        None => "ascribed".to_string(),
    };
    format!("{} ({date}, {voice})", entry.position.as_str())
}
