//! `kenes timeline [DIR]`: every event in order, each date in Old Style with
//! New Style beside it and marked when approximate, uncertain, a range or
//! undated; filterable by actor and by kind.

use std::process::ExitCode;

use anyhow::bail;
use kenes_analysis::names::label;
use kenes_analysis::timeline::{TimelineEntry, timeline};
use kenes_model::{ActorId, EventKind, Model};

use crate::load::ModelArgs;
use kenes_web::json::TimelineEvent;

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
        let json: Vec<TimelineEvent> = entries.iter().map(TimelineEvent::of).collect();
        println!("{}", serde_json::to_string_pretty(&json)?);
    } else {
        for entry in &entries {
            println!("{}", human_line(model, entry));
        }
    }
    Ok(ExitCode::SUCCESS)
}
