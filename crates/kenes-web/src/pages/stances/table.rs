//! The stance table as data, built once for the page and for `/api/stances`:
//! actors × issues, each cell the stances in date order (or, on a day, the
//! stance standing then), each stance with its date in both calendars, its
//! voice, how sure it is and the claims behind it; and how each actor's
//! positions moved. Model types are converted here, explicitly.

use kenes_analysis::names::label;
use kenes_analysis::stances::{MovementStep, StanceEntry, StanceMatrix, movement};
use kenes_analysis::state::StanceState;
use kenes_analysis::{Certainty, state_at};
use kenes_model::date::Day;
use kenes_model::{ActorId, ActorKind, IssueId, Model, Position, StanceVoice};
use serde::{Serialize, Serializer};

use super::words::DateNote;

/// What the table shows: every stance over time, or the standing ones on a day.
#[derive(Clone, Copy, Debug)]
pub enum Scope {
    OverTime,
    OnDay(Day),
}

/// The issues and actors a reader chose (`None`: all).
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub issue: Option<IssueId>,
    pub actor: Option<ActorId>,
}

/// `/api/stances`: the table and the movements.
#[derive(Debug, Serialize)]
pub struct Stances {
    /// The day asked for (`?at=`) in both calendars; `None` for all stances over time.
    pub at: Option<String>,
    /// The issue and actor the table is limited to, if any.
    pub issue: Option<String>,
    pub actor: Option<String>,
    /// The columns, in the model's order.
    pub issues: Vec<Column>,
    /// Actors with at least one stance shown, in the model's order, people last.
    pub rows: Vec<Row>,
    /// For each actor and issue whose position changed, the steps (over time only).
    pub movements: Vec<Movement>,
}

#[derive(Debug, Serialize)]
pub struct Column {
    pub issue: String,
    pub name: String,
    pub description: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Row {
    pub actor: String,
    pub name: String,
    /// One cell per column, in the columns' order.
    pub cells: Vec<Cell>,
}

#[derive(Debug, Serialize)]
pub struct Cell {
    pub issue: String,
    /// The positions held, in the order first taken, without repeats.
    #[serde(serialize_with = "positions")]
    pub positions: Vec<Position>,
    pub entries: Vec<Entry>,
}

/// One stance of a cell.
#[derive(Debug, Serialize)]
pub struct Entry {
    pub stance: String,
    #[serde(serialize_with = "position")]
    pub position: Position,
    /// The date as the model writes it, and in both calendars.
    pub date: String,
    pub dual: String,
    /// "declared" or "ascribed".
    pub voice: &'static str,
    /// Who ascribes it, when the model names them.
    pub by: Option<String>,
    pub summary: Option<String>,
    /// "certain", "uncertain" or "contested".
    pub certainty: &'static str,
    /// What the date says of it (over time): exact-day, open-range, month…
    #[serde(serialize_with = "note")]
    pub date_note: Option<DateNote>,
    /// Why it is uncertain on the day asked (on a day).
    pub reason: Option<String>,
    /// The event whose effect took it.
    pub taken_at: Option<String>,
    /// Stances of the same date that disagree with it (on a day).
    pub disagreeing: Vec<String>,
    pub claims: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Movement {
    pub actor: String,
    pub issue: String,
    pub steps: Vec<Step>,
}

/// A run of stances with the same position.
#[derive(Debug, Serialize)]
pub struct Step {
    #[serde(serialize_with = "position")]
    pub position: Position,
    /// The first stance's date in both calendars.
    pub from: Option<String>,
    /// Whether only others ascribe it (the actor never declared it).
    pub only_ascribed: bool,
    pub ascribed_by: Vec<String>,
    pub stances: Vec<String>,
}

fn position<S: Serializer>(position: &Position, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(position.as_str())
}

fn positions<S: Serializer>(positions: &[Position], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(positions.iter().map(|p| p.as_str()))
}

fn note<S: Serializer>(note: &Option<DateNote>, serializer: S) -> Result<S::Ok, S::Error> {
    match note {
        Some(note) => serializer.serialize_some(note.key()),
        None => serializer.serialize_none(),
    }
}

/// The table of `matrix` for `scope`, limited by `filter`.
pub fn build(model: &Model, matrix: &StanceMatrix, scope: Scope, filter: &Filter) -> Stances {
    let issues: Vec<&IssueId> = matrix
        .issues
        .iter()
        .filter(|id| filter.issue.as_ref().is_none_or(|chosen| chosen == *id))
        .collect();
    let actors = matrix
        .actors
        .iter()
        .filter(|id| filter.actor.as_ref().is_none_or(|chosen| chosen == *id));
    let cells_of = cells_for(model, matrix, scope);
    let mut rows: Vec<Row> = actors
        .map(|actor| row(model, actor, &issues, &cells_of))
        .filter(|row| row.cells.iter().any(|cell| !cell.entries.is_empty()))
        .collect();
    // organisations first, as the page is about them; then the people
    rows.sort_by_key(|row| is_person(model, &row.actor));
    let movements = match scope {
        Scope::OverTime => movements(matrix, &rows, &issues),
        Scope::OnDay(_) => Vec::new(),
    };
    Stances {
        at: match scope {
            Scope::OnDay(day) => Some(super::input::dual(model, day)),
            Scope::OverTime => None,
        },
        issue: filter.issue.as_ref().map(ToString::to_string),
        actor: filter.actor.as_ref().map(ToString::to_string),
        issues: issues.iter().map(|id| column(model, id)).collect(),
        rows,
        movements,
    }
}

/// How the entries of a cell are found, for the scope asked.
type CellsOf<'a> = Box<dyn Fn(&ActorId, &IssueId) -> Vec<Entry> + 'a>;

fn cells_for<'a>(model: &'a Model, matrix: &'a StanceMatrix, scope: Scope) -> CellsOf<'a> {
    match scope {
        Scope::OverTime => {
            Box::new(move |actor, issue| matrix.cell(actor, issue).iter().map(over_time).collect())
        }
        Scope::OnDay(day) => {
            let state = state_at(model, day);
            Box::new(move |actor, issue| {
                state
                    .stance_of(actor, issue)
                    .map(|standing| on_day(model, standing))
                    .into_iter()
                    .collect()
            })
        }
    }
}

fn is_person(model: &Model, id: &str) -> bool {
    ActorId::new(id)
        .ok()
        .and_then(|id| model.actor(&id))
        .is_some_and(|actor| actor.kind() == ActorKind::Person)
}

fn column(model: &Model, issue: &IssueId) -> Column {
    Column {
        issue: issue.to_string(),
        name: label(model, issue.id()),
        description: model
            .issue(issue)
            .and_then(|issue| issue.description())
            .map(str::to_owned),
    }
}

fn row(model: &Model, actor: &ActorId, issues: &[&IssueId], cells_of: &CellsOf<'_>) -> Row {
    let cells = issues
        .iter()
        .map(|issue| {
            let entries = cells_of(actor, issue);
            let mut positions: Vec<Position> = Vec::new();
            for entry in &entries {
                if !positions.contains(&entry.position) {
                    positions.push(entry.position);
                }
            }
            Cell {
                issue: issue.to_string(),
                positions,
                entries,
            }
        })
        .collect();
    Row {
        actor: actor.to_string(),
        name: label(model, actor.id()),
        cells,
    }
}

fn voice_by(voice: &StanceVoice) -> Option<String> {
    match voice {
        StanceVoice::Ascribed { by: Some(by) } => Some(by.to_string()),
        _ => None,
    }
}

fn over_time(entry: &StanceEntry) -> Entry {
    let note = DateNote::of(&entry.date);
    Entry {
        stance: entry.stance.to_string(),
        position: entry.position,
        date: entry.date.as_written().to_owned(),
        dual: entry.dual.clone(),
        voice: entry.voice.as_str(),
        by: voice_by(&entry.voice),
        summary: entry.summary.clone(),
        certainty: if note.is_certain() {
            "certain"
        } else {
            "uncertain"
        },
        date_note: Some(note),
        reason: None,
        taken_at: entry.taken_at.as_ref().map(ToString::to_string),
        disagreeing: Vec::new(),
        claims: entry.claims.iter().map(ToString::to_string).collect(),
    }
}

fn on_day(model: &Model, standing: &StanceState) -> Entry {
    let stance = model.stance(&standing.stance);
    let certainty = &standing.evidence.certainty;
    Entry {
        stance: standing.stance.to_string(),
        position: standing.position,
        date: stance.map_or_else(String::new, |s| s.date().as_written().to_owned()),
        dual: standing.evidence.since.render_dual(),
        voice: standing.voice.as_str(),
        by: voice_by(&standing.voice),
        summary: stance.and_then(|s| s.summary()).map(str::to_owned),
        certainty: certainty.as_str(),
        date_note: None,
        reason: reason(certainty, standing),
        taken_at: standing.taken_at.as_ref().map(ToString::to_string),
        disagreeing: standing
            .disagreeing
            .iter()
            .map(ToString::to_string)
            .collect(),
        claims: standing
            .evidence
            .claims
            .iter()
            .map(ToString::to_string)
            .collect(),
    }
}

/// Why a standing stance is not certain on the day, with what it means past
/// the model's period.
fn reason(certainty: &Certainty, standing: &StanceState) -> Option<String> {
    let reasons: Vec<String> = certainty
        .reason()
        .map(str::to_owned)
        .into_iter()
        .chain(standing.evidence.attested_note())
        .collect();
    (!reasons.is_empty()).then(|| reasons.join("; "))
}

fn movements(matrix: &StanceMatrix, rows: &[Row], issues: &[&IssueId]) -> Vec<Movement> {
    let mut moved = Vec::new();
    for actor in matrix
        .actors
        .iter()
        .filter(|a| rows.iter().any(|r| r.actor == a.as_str()))
    {
        for issue in movement(matrix, actor) {
            if issue.moved() && issues.contains(&&issue.issue) {
                moved.push(Movement {
                    actor: actor.to_string(),
                    issue: issue.issue.to_string(),
                    steps: issue.steps.iter().map(step).collect(),
                });
            }
        }
    }
    moved
}

fn step(step: &MovementStep) -> Step {
    Step {
        position: step.position,
        from: step.first_date().map(|date| date.render_dual()),
        only_ascribed: step.is_only_ascribed(),
        ascribed_by: step.ascribed_by().iter().map(ToString::to_string).collect(),
        stances: step.entries.iter().map(|e| e.stance.to_string()).collect(),
    }
}
