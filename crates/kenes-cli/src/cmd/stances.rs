//! `kenes stances [DIR]`: organisations × issues over time — each stance with
//! its date in both calendars and whether the actor declared it or another
//! source ascribes it; with `--actor`, how that actor's positions moved.

use std::process::ExitCode;

use anyhow::bail;
use kenes_analysis::names::label;
use kenes_analysis::stances::{StanceEntry, movement, stance_matrix};
use kenes_model::{ActorId, Model, StanceVoice};
use serde::Serialize;

use crate::load::ModelArgs;
use kenes_web::json::JsonDate;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub model: ModelArgs,
    /// Only this actor, with the movement of its position on each issue.
    #[arg(long, value_name = "ID")]
    pub actor: Option<String>,
    /// Print the stances as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct JsonStance {
    stance: String,
    actor: String,
    issue: String,
    position: &'static str,
    date: JsonDate,
    voice: &'static str,
    by: Option<String>,
    summary: Option<String>,
    taken_at: Option<String>,
    claims: Vec<String>,
}

fn json_stance(entry: &StanceEntry) -> JsonStance {
    JsonStance {
        stance: entry.stance.to_string(),
        actor: entry.actor.to_string(),
        issue: entry.issue.to_string(),
        position: entry.position.as_str(),
        date: JsonDate::of(&entry.date),
        voice: entry.voice.as_str(),
        by: entry.ascribed_by().map(ToString::to_string),
        summary: entry.summary.clone(),
        taken_at: entry.taken_at.as_ref().map(ToString::to_string),
        claims: entry.claims.iter().map(ToString::to_string).collect(),
    }
}

fn voice(model: &Model, entry: &StanceEntry) -> String {
    match &entry.voice {
        StanceVoice::Declared => "declared".to_owned(),
        StanceVoice::Ascribed { by: Some(by) } => format!("ascribed by {}", label(model, by.id())),
        StanceVoice::Ascribed { by: None } => "ascribed".to_owned(),
    }
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let loaded = args.model.load()?;
    let model = &loaded.model;
    let matrix = stance_matrix(model);
    let actor = match &args.actor {
        Some(text) => match ActorId::new(text)
            .ok()
            .filter(|id| model.actor(id).is_some())
        {
            Some(id) => Some(id),
            None => bail!("no actor {text:?} in {}", args.model.name()),
        },
        None => None,
    };
    let cells: Vec<&StanceEntry> = matrix
        .cells()
        .filter(|(a, _, _)| actor.as_ref().is_none_or(|x| x == *a))
        .flat_map(|(_, _, entries)| entries)
        .collect();
    if args.json {
        let json: Vec<JsonStance> = cells.iter().map(|e| json_stance(e)).collect();
        println!("{}", serde_json::to_string_pretty(&json)?);
        return Ok(ExitCode::SUCCESS);
    }
    let mut current = None;
    for entry in &cells {
        if current != Some((&entry.actor, &entry.issue)) {
            current = Some((&entry.actor, &entry.issue));
            println!(
                "\n{} — {}",
                label(model, entry.actor.id()),
                label(model, entry.issue.id())
            );
        }
        println!(
            "  {:<42} {:<11} {}  ({})",
            entry.dual,
            entry.position.as_str(),
            voice(model, entry),
            entry.stance
        );
    }
    if let Some(actor) = &actor {
        println!("\nMovement of {}", label(model, actor.id()));
        for issue in movement(&matrix, actor) {
            let steps: Vec<String> = issue
                .steps
                .iter()
                .map(|s| {
                    format!(
                        "{}{}",
                        s.position.as_str(),
                        if s.is_only_ascribed() {
                            " (only ascribed)"
                        } else {
                            ""
                        }
                    )
                })
                .collect();
            println!(
                "  {}: {}",
                label(model, issue.issue.id()),
                steps.join(" → ")
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
