//! The report's head (title, description, period, calendar), the counts of
//! entities, the readings, and the findings grouped by code.

use std::collections::BTreeMap;

use kenes_model::date::{CalendarBasis, HistoricalDate};
use kenes_model::{Diagnostic, EntityKind, Model};

use super::doc::Block;
use crate::names::{dual_name, label};

pub(super) fn head(model: &Model) -> Vec<Block> {
    let meta = model.meta();
    let title = Some(dual_name(&meta.title)).filter(|t| !t.is_empty());
    let mut blocks = vec![Block::Heading(1, title.unwrap_or_else(|| meta.id.clone()))];
    let mut facts = vec![format!("Model: {} (version {})", meta.id, meta.version)];
    facts.push(format!(
        "Period: {}",
        meta.period
            .as_ref()
            .map_or_else(|| "not stated".to_string(), HistoricalDate::render_dual)
    ));
    facts.push(calendar_line(model));
    if let Some(work) = &meta.relaying_work {
        facts.push(format!("Relaying work: {}", label(model, work.id())));
    }
    if let Some(description) = &meta.description {
        blocks.push(Block::Paragraph(description.clone()));
    }
    blocks.push(Block::List(facts));
    blocks
}

fn calendar_line(model: &Model) -> String {
    let calendar = &model.meta().calendar;
    let basis = match calendar.basis() {
        CalendarBasis::Stated => "stated",
        CalendarBasis::Inferred => "inferred",
    };
    let style = calendar.calendar().style();
    let name = match calendar.calendar() {
        kenes_model::date::Calendar::Julian => "Julian",
        kenes_model::date::Calendar::Gregorian => "Gregorian",
    };
    let reason = calendar
        .reason()
        .map(|r| format!(": {r}"))
        .unwrap_or_default();
    format!(
        "Calendar: dates are {name} ({style}) unless an entity states otherwise, {basis}{reason}"
    )
}

pub(super) fn counts(model: &Model) -> Vec<Block> {
    let mut counted: BTreeMap<EntityKind, usize> = BTreeMap::new();
    for entity in model.entities() {
        *counted.entry(entity.kind()).or_default() += 1;
    }
    let rows = EntityKind::ALL
        .iter()
        .map(|kind| {
            vec![
                kind.as_str().to_string(),
                counted.get(kind).copied().unwrap_or(0).to_string(),
            ]
        })
        .collect();
    vec![
        Block::Heading(2, "Entities".to_string()),
        Block::Table {
            header: vec!["kind".to_string(), "count".to_string()],
            rows,
        },
    ]
}

pub(super) fn readings(model: &Model) -> Vec<Block> {
    if model.readings().is_empty() {
        return Vec::new();
    }
    let items = model.readings().iter().map(|reading| {
        let adopted: Vec<String> = reading.adopted().iter().map(|id| id.to_string()).collect();
        let alternatives: Vec<String> = reading
            .alternatives()
            .iter()
            .map(|id| id.to_string())
            .collect();
        format!(
            "{} [{}]: adopts {} of {}. Reason: {}",
            reading.question(),
            reading.id(),
            adopted.join(", "),
            alternatives.join(", "),
            reading.reason()
        )
    });
    vec![
        Block::Heading(2, "Readings".to_string()),
        Block::List(items.collect()),
    ]
}

pub(super) fn findings(diagnostics: &[Diagnostic]) -> Vec<Block> {
    let mut blocks = vec![Block::Heading(2, "Findings".to_string())];
    if diagnostics.is_empty() {
        blocks.push(Block::Paragraph("No findings.".to_string()));
        return blocks;
    }
    let mut by_code: BTreeMap<&str, Vec<&Diagnostic>> = BTreeMap::new();
    for diagnostic in diagnostics {
        by_code
            .entry(diagnostic.code())
            .or_default()
            .push(diagnostic);
    }
    let rows = by_code
        .iter()
        .map(|(code, found)| {
            vec![
                code.to_string(),
                found[0].severity().as_str().to_string(),
                found.len().to_string(),
            ]
        })
        .collect();
    blocks.push(Block::Table {
        header: vec![
            "code".to_string(),
            "severity".to_string(),
            "count".to_string(),
        ],
        rows,
    });
    for (code, found) in by_code {
        blocks.push(Block::Heading(3, format!("{code} ({})", found.len())));
        blocks.push(Block::List(found.iter().map(|d| finding_line(d)).collect()));
    }
    blocks
}

fn finding_line(diagnostic: &Diagnostic) -> String {
    let severity = diagnostic.severity().as_str();
    match &diagnostic.location().entity {
        Some(entity) => format!("{severity}: {} [{entity}]", diagnostic.message()),
        None => format!("{severity}: {}", diagnostic.message()),
    }
}
