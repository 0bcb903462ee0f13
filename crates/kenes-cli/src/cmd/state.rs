//! `kenes state --at DATE [DIR]`: the system on one day, computed from the
//! model's events — bodies and compositions, power, martial law, arrests,
//! walk-outs, standing stances, the day's events, plans and undated events —
//! each line with its certainty, its cause and the claims behind it.

use std::fmt::Write;
use std::process::ExitCode;

use anyhow::Context;
use kenes_analysis::Cause;
use kenes_analysis::state::{State, section_heading, state_at, state_lines as lines};
use kenes_model::Model;
use kenes_model::date::{Calendar, CalendarBasis, HistoricalDate};
use serde::Serialize;

use crate::load::ModelArgs;
use kenes_web::json::JsonDate;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The day, as YYYY-MM-DD (in the model's calendar, Old Style for the embedded model).
    #[arg(long, value_name = "DATE")]
    pub at: String,
    /// The calendar of --at: julian (O.S.) or gregorian (N.S.); the model's own by default.
    #[arg(long, value_parser = parse_calendar)]
    pub calendar: Option<Calendar>,
    #[command(flatten)]
    pub model: ModelArgs,
    /// Print the state as JSON.
    #[arg(long)]
    pub json: bool,
}

fn parse_calendar(text: &str) -> Result<Calendar, String> {
    Calendar::parse(text)
        .ok_or_else(|| format!("unknown calendar {text:?}; expected julian or gregorian"))
}

/// One line of the state as data.
#[derive(Debug, Serialize)]
struct JsonLine {
    what: &'static str,
    /// The entity the line is about (body, place, person, actor).
    subject: String,
    text: String,
    certainty: &'static str,
    reason: Option<String>,
    cause: String,
    since: JsonDate,
    last_attested: JsonDate,
    as_last_attested: bool,
    claims: Vec<String>,
}

#[derive(Debug, Serialize)]
struct JsonState {
    day: JsonDate,
    beyond_period: Option<String>,
    lines: Vec<JsonLine>,
    events_on_day: Vec<serde_json::Value>,
    planned: Vec<serde_json::Value>,
    undated: Vec<String>,
}

fn cause_id(cause: &Cause) -> String {
    cause.id().to_owned()
}

fn human(model: &Model, state: &State) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "The system on {}", state.day_rendered);
    if let Some(beyond) = &state.beyond_period {
        let _ = writeln!(out, "! {beyond}");
    }
    let mut section = "";
    for line in lines(model, state) {
        if line.what != section {
            section = line.what;
            let _ = writeln!(out, "\n{}", section_heading(section));
        }
        let evidence = line.evidence;
        let certainty = match evidence.certainty.reason() {
            Some(reason) => format!(" [{}: {reason}]", evidence.certainty.as_str()),
            None if !evidence.certainty.is_certain() => {
                format!(" [{}]", evidence.certainty.as_str())
            }
            None => String::new(),
        };
        let attested = evidence
            .attested_note()
            .map(|n| format!(" ({n})"))
            .unwrap_or_default();
        let _ = writeln!(out, "  {}{certainty}{attested}", line.text);
        let claims: Vec<String> = evidence.claims.iter().map(ToString::to_string).collect();
        let _ = writeln!(
            out,
            "      since {} · {} · claims: {}",
            evidence.since.render_dual(),
            cause_id(&evidence.cause),
            if claims.is_empty() {
                "none".to_owned()
            } else {
                claims.join(", ")
            }
        );
    }
    if !state.events_on_day.is_empty() {
        let _ = writeln!(out, "\nEvents of the day");
        for event in &state.events_on_day {
            let certainty = event
                .certainty
                .reason()
                .map(|r| format!(" [may be another day: {r}]"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {} — {} ({}){certainty}",
                event.date.render_dual(),
                event.title,
                event.event
            );
        }
    }
    if !state.planned.is_empty() {
        let _ = writeln!(out, "\nPlanned, not attested as held");
        for plan in &state.planned {
            let _ = writeln!(out, "  {} ({}): {}", plan.title, plan.event, plan.message);
        }
    }
    if !state.undated.is_empty() {
        let _ = writeln!(out, "\nUndated events (not applied)");
        for event in &state.undated {
            let _ = writeln!(out, "  {} ({})", event.title, event.event);
        }
    }
    out
}

fn json(model: &Model, state: &State, day: &HistoricalDate) -> JsonState {
    let lines = lines(model, state)
        .into_iter()
        .map(|line| JsonLine {
            what: line.what,
            subject: line.subject,
            text: line.text,
            certainty: line.evidence.certainty.as_str(),
            reason: line.evidence.certainty.reason().map(str::to_owned),
            cause: cause_id(&line.evidence.cause),
            since: JsonDate::of(&line.evidence.since),
            last_attested: JsonDate::of(&line.evidence.last_attested),
            as_last_attested: line.evidence.as_last_attested,
            claims: line
                .evidence
                .claims
                .iter()
                .map(ToString::to_string)
                .collect(),
        })
        .collect();
    let ids = |claims: &[kenes_model::ClaimId]| {
        claims.iter().map(ToString::to_string).collect::<Vec<_>>()
    };
    JsonState {
        day: JsonDate::of(day),
        beyond_period: state.beyond_period.clone(),
        lines,
        events_on_day: state
            .events_on_day
            .iter()
            .map(|e| serde_json::json!({ "event": e.event.to_string(), "title": e.title, "kind": e.kind.as_str(), "date": JsonDate::of(&e.date), "certainty": e.certainty.as_str(), "reason": e.certainty.reason(), "claims": ids(&e.claims) }))
            .collect(),
        planned: state
            .planned
            .iter()
            .map(|p| serde_json::json!({ "event": p.event.to_string(), "title": p.title, "kind": p.kind.as_str(), "date": p.date.as_ref().map(JsonDate::of), "due": p.due.as_str(), "message": p.message, "claims": ids(&p.claims) }))
            .collect(),
        undated: state.undated.iter().map(|u| u.event.to_string()).collect(),
    }
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let loaded = args.model.load()?;
    let model = &loaded.model;
    let (calendar, basis) = match args.calendar {
        Some(calendar) => (calendar, CalendarBasis::Stated),
        None => (
            model.meta().calendar.calendar(),
            model.meta().calendar.basis(),
        ),
    };
    let date = HistoricalDate::parse(&args.at, calendar, basis)
        .with_context(|| format!("cannot read --at {:?}", args.at))?;
    let day = date
        .single_day()
        .with_context(|| format!("--at {:?} must be a single day (YYYY-MM-DD)", args.at))?;
    let state = state_at(model, day);
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&json(model, &state, &date))?
        );
    } else {
        print!("{}", human(model, &state));
    }
    Ok(ExitCode::SUCCESS)
}
