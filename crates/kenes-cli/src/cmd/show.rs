//! `kenes show ID [DIR]`: one entity with everything it rests on — its
//! record, the claims behind it with their passages and English renderings,
//! the chain that relays each claim, and what else in the model names it.

use std::fmt::Write;
use std::process::ExitCode;

use anyhow::bail;
use kenes_model::{Claim, Entity, Id, Model};
use serde::Serialize;

use crate::export::{entities, institutions};
use crate::load::ModelArgs;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The id of an entity (actor, place, body, event, claim, source…).
    pub id: String,
    #[command(flatten)]
    pub model: ModelArgs,
    /// Print the entity as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct JsonShown {
    kind: &'static str,
    entity: serde_json::Value,
    claims: Vec<entities::JsonClaim>,
    referenced_by: Vec<String>,
}

fn record(entity: Entity<'_>) -> serde_json::Result<serde_json::Value> {
    use serde_json::to_value;
    match entity {
        Entity::Actor(e) => to_value(entities::actor(e)),
        Entity::Place(e) => to_value(entities::place(e)),
        Entity::Source(e) => to_value(entities::source(e)),
        Entity::Claim(e) => to_value(entities::claim(e)),
        Entity::Reading(e) => to_value(entities::reading(e)),
        Entity::Body(e) => to_value(institutions::body(e)),
        Entity::Composition(e) => to_value(institutions::composition(e)),
        Entity::Proposal(e) => to_value(institutions::proposal(e)),
        Entity::Event(e) => to_value(institutions::event(e)),
        Entity::Issue(e) => to_value(institutions::issue(e)),
        Entity::Stance(e) => to_value(institutions::stance(e)),
        Entity::Vote(e) => to_value(institutions::vote(e)),
        Entity::Population(e) => to_value(institutions::population(e)),
    }
}

/// The claims an entity rests on (a claim rests on itself).
fn claims_of<'m>(model: &'m Model, entity: Entity<'m>) -> Vec<&'m Claim> {
    if let Entity::Claim(claim) = entity {
        return vec![claim];
    }
    entity
        .origin()
        .claims()
        .iter()
        .filter_map(|id| model.claim(id))
        .collect()
}

/// Ids of the entities whose JSON record names `id` anywhere.
fn referenced_by(model: &Model, id: &Id) -> Vec<String> {
    let needle = serde_json::Value::String(id.to_string());
    model
        .entities()
        .filter(|e| e.id() != id)
        .filter(|e| record(*e).is_ok_and(|value| mentions(&value, &needle)))
        .map(|e| e.id().to_string())
        .collect()
}

fn mentions(value: &serde_json::Value, needle: &serde_json::Value) -> bool {
    match value {
        serde_json::Value::Array(items) => items.iter().any(|v| mentions(v, needle)),
        serde_json::Value::Object(map) => map
            .iter()
            .any(|(key, v)| key != "id" && mentions(v, needle)),
        other => other == needle,
    }
}

fn chain(model: &Model, claim: &Claim) -> String {
    let label = |id: &kenes_model::SourceId| {
        model
            .source(id)
            .map_or(id.to_string(), |s| format!("{} ({id})", s.label()))
    };
    std::iter::once(claim.source())
        .chain(claim.via())
        .map(label)
        .collect::<Vec<_>>()
        .join(" → ")
}

fn human(
    model: &Model,
    entity: Entity<'_>,
    value: &serde_json::Value,
    claims: &[&Claim],
    referenced: &[String],
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {} — {}",
        entity.kind().as_str(),
        entity.id(),
        entity.label()
    );
    if let serde_json::Value::Object(map) = value {
        for (key, field) in map
            .iter()
            .filter(|(k, v)| !matches!(k.as_str(), "id" | "claims") && !v.is_null())
        {
            let _ = writeln!(out, "  {key}: {}", compact(field));
        }
    }
    for claim in claims {
        let _ = writeln!(out, "\nclaim {} ({})", claim.id(), claim.voice().as_str());
        let _ = writeln!(out, "  chain: {}", chain(model, claim));
        if let Some(locator) = claim.locator() {
            let _ = writeln!(out, "  locator: {locator}");
        }
        let translated = if claim.passage().translated() {
            ", in the relaying work's translation"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  passage ({}{translated}): «{}»",
            claim.passage().lang(),
            claim.passage().text()
        );
        let _ = writeln!(out, "  english: {}", claim.english());
    }
    if !referenced.is_empty() {
        let _ = writeln!(out, "\nnamed by: {}", referenced.join(", "));
    }
    out
}

fn compact(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let loaded = args.model.load()?;
    let model = &loaded.model;
    let Some(entity) = Id::new(&args.id).ok().and_then(|id| model.get(&id)) else {
        let ids = model
            .entities()
            .map(|e| e.id().as_str().to_owned())
            .collect::<Vec<_>>();
        let nearest = ids
            .iter()
            .map(|id| (strsim::jaro_winkler(id, &args.id), id))
            .max_by(|a, b| a.0.total_cmp(&b.0));
        let hint = nearest
            .filter(|(score, _)| *score > 0.8)
            .map(|(_, id)| format!(" (did you mean {id}?)"))
            .unwrap_or_default();
        bail!("no entity {:?} in {}{hint}", args.id, args.model.name());
    };
    let value = record(entity)?;
    let claims = claims_of(model, entity);
    let referenced = referenced_by(model, entity.id());
    if args.json {
        let shown = JsonShown {
            kind: entity.kind().as_str(),
            entity: value,
            claims: claims.iter().map(|c| entities::claim(c)).collect(),
            referenced_by: referenced,
        };
        println!("{}", serde_json::to_string_pretty(&shown)?);
    } else {
        print!("{}", human(model, entity, &value, &claims, &referenced));
    }
    Ok(ExitCode::SUCCESS)
}
