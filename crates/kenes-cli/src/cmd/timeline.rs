//! `kenes timeline [DIR]`: every event in order, each date in Old Style with
//! New Style beside it and marked when approximate, uncertain, a range or
//! undated; filterable by actor and by kind.

use std::process::ExitCode;

use anyhow::bail;
use kenes_analysis::names::label;
use kenes_analysis::timeline::{TimelineEntry, timeline};
use kenes_model::{ActorId, EventKind, Model};
use serde::Serialize;

use crate::export::date::JsonDate;
use crate::load::ModelArgs;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub model: ModelArgs,
    /// Only events that involve this actor (participant, represented, or named by an effect).
    #[arg(long, value_name = "ID")]
    pub actor: Option<String>,
    /// Only events of this kind (meeting, congress, telegram…).
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,
    /// Print the timeline as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct JsonEntry {
    event: String,
    title: String,
    kind: &'static str,
    status: &'static str,
    date: Option<JsonDate>,
    old_style: String,
    new_style: String,
    approximate: bool,
    uncertain: bool,
    range: bool,
    undated: bool,
    place: Option<String>,
    participants: Vec<String>,
    claims: Vec<String>,
}

fn json_entry(entry: &TimelineEntry) -> JsonEntry {
    JsonEntry {
        event: entry.event.to_string(),
        title: entry.title.clone(),
        kind: entry.kind.as_str(),
        status: entry.status.as_str(),
        date: JsonDate::opt(entry.date.as_ref()),
        old_style: entry.old_style.clone(),
        new_style: entry.new_style.clone(),
        approximate: entry.approximate,
        uncertain: entry.uncertain,
        range: entry.range,
        undated: entry.undated,
        place: entry.place.as_ref().map(ToString::to_string),
        participants: entry.participants.iter().map(ToString::to_string).collect(),
        claims: entry.claims.iter().map(ToString::to_string).collect(),
    }
}

fn marks(entry: &TimelineEntry) -> String {
    let mut marks = Vec::new();
    if entry.is_planned() {
        marks.push("planned");
    }
    if entry.range {
        marks.push("range");
    }
    if entry.approximate {
        marks.push("approximate");
    }
    if entry.uncertain {
        marks.push("uncertain");
    }
    if marks.is_empty() {
        String::new()
    } else {
        format!(" [{}]", marks.join(", "))
    }
}

fn human_line(model: &Model, entry: &TimelineEntry) -> String {
    let place = entry
        .place
        .as_ref()
        .map(|p| format!(" — {}", label(model, p.id())))
        .unwrap_or_default();
    format!(
        "{:<42} {}{place}{}  ({})",
        entry.dual,
        entry.title,
        marks(entry),
        entry.event
    )
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let loaded = args.model.load()?;
    let model = &loaded.model;
    let mut entries = timeline(model);
    if let Some(actor) = &args.actor {
        let Ok(id) = ActorId::new(actor) else {
            bail!("{actor:?} is not an id")
        };
        if model.actor(&id).is_none() {
            bail!("no actor {actor:?} in {}", args.model.name());
        }
        entries.retain(|e| e.involves(&id));
    }
    if let Some(kind) = &args.kind {
        let Some(kind) = EventKind::parse(kind) else {
            let kinds: Vec<&str> = EventKind::ALL.iter().map(|k| k.as_str()).collect();
            bail!(
                "unknown event kind {kind:?}; expected one of: {}",
                kinds.join(", ")
            );
        };
        entries.retain(|e| e.kind == kind);
    }
    if args.json {
        let json: Vec<JsonEntry> = entries.iter().map(json_entry).collect();
        println!("{}", serde_json::to_string_pretty(&json)?);
    } else {
        for entry in &entries {
            println!("{}", human_line(model, entry));
        }
    }
    Ok(ExitCode::SUCCESS)
}
