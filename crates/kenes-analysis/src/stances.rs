//! The stance matrix (actors × issues, each cell the stances in date order)
//! and, for one actor, how its position on each issue moved — which steps it
//! declared itself and which others ascribed to it.

use std::collections::BTreeMap;

use kenes_model::date::HistoricalDate;
use kenes_model::{
    ActorId, ClaimId, EventId, IssueId, Model, Position, Stance, StanceId, StanceVoice,
};

use crate::state::taken_at;

/// One stance, as a cell of the matrix lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StanceEntry {
    pub stance: StanceId,
    pub actor: ActorId,
    pub issue: IssueId,
    pub position: Position,
    pub date: HistoricalDate,
    /// The date in both calendars.
    pub dual: String,
    pub voice: StanceVoice,
    pub summary: Option<String>,
    /// The event whose `stance-taken` effect names it.
    pub taken_at: Option<EventId>,
    pub claims: Vec<ClaimId>,
}

impl StanceEntry {
    pub fn is_declared(&self) -> bool {
        self.voice == StanceVoice::Declared
    }
    /// Who ascribes it, for an ascribed stance that names its ascriber.
    pub fn ascribed_by(&self) -> Option<&ActorId> {
        match &self.voice {
            StanceVoice::Ascribed { by } => by.as_ref(),
            StanceVoice::Declared => None,
        }
    }
}

/// Actors × issues; each cell the stances in date order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StanceMatrix {
    /// Actors with at least one stance, in model order.
    pub actors: Vec<ActorId>,
    /// Issues, in model order, then any issue a stance names that the model lacks.
    pub issues: Vec<IssueId>,
    cells: BTreeMap<(ActorId, IssueId), Vec<StanceEntry>>,
}

impl StanceMatrix {
    /// The stances of `actor` on `issue`, in date order (empty when none).
    pub fn cell(&self, actor: &ActorId, issue: &IssueId) -> &[StanceEntry] {
        self.cells
            .get(&(actor.clone(), issue.clone()))
            .map_or(&[], Vec::as_slice)
    }
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }
    /// Every non-empty cell, by actor then issue id.
    pub fn cells(&self) -> impl Iterator<Item = (&ActorId, &IssueId, &[StanceEntry])> {
        self.cells
            .iter()
            .map(|((actor, issue), entries)| (actor, issue, entries.as_slice()))
    }
}

pub fn stance_matrix(model: &Model) -> StanceMatrix {
    let mut cells: BTreeMap<(ActorId, IssueId), Vec<StanceEntry>> = BTreeMap::new();
    for stance in model.stances() {
        let key = (stance.actor().clone(), stance.issue().clone());
        cells.entry(key).or_default().push(entry(model, stance));
    }
    for entries in cells.values_mut() {
        entries.sort_by(|a, b| date_order(a).cmp(&date_order(b)));
    }
    StanceMatrix {
        actors: actors_in_order(model, &cells),
        issues: issues_in_order(model, &cells),
        cells,
    }
}

fn date_order(entry: &StanceEntry) -> ((i64, i64), &str) {
    (entry.date.sort_key(), entry.stance.as_str())
}

fn entry(model: &Model, stance: &Stance) -> StanceEntry {
    StanceEntry {
        stance: stance.id().clone(),
        actor: stance.actor().clone(),
        issue: stance.issue().clone(),
        position: stance.position(),
        date: stance.date().clone(),
        dual: stance.date().render_dual(),
        voice: stance.voice().clone(),
        summary: stance.summary().map(str::to_string),
        taken_at: taken_at(model, stance.id()),
        claims: stance.origin().claims().to_vec(),
    }
}

fn actors_in_order(
    model: &Model,
    cells: &BTreeMap<(ActorId, IssueId), Vec<StanceEntry>>,
) -> Vec<ActorId> {
    let mut actors: Vec<ActorId> = model
        .actors()
        .iter()
        .map(|actor| actor.id().clone())
        .filter(|id| cells.keys().any(|(actor, _)| actor == id))
        .collect();
    push_missing(&mut actors, cells.keys().map(|(actor, _)| actor));
    actors
}

fn issues_in_order(
    model: &Model,
    cells: &BTreeMap<(ActorId, IssueId), Vec<StanceEntry>>,
) -> Vec<IssueId> {
    let mut issues: Vec<IssueId> = model.issues().iter().map(|i| i.id().clone()).collect();
    push_missing(&mut issues, cells.keys().map(|(_, issue)| issue));
    issues
}

fn push_missing<'a, T: PartialEq + Clone + 'a>(
    list: &mut Vec<T>,
    more: impl Iterator<Item = &'a T>,
) {
    for item in more {
        if !list.contains(item) {
            list.push(item.clone());
        }
    }
}

/// A run of consecutive stances with the same position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MovementStep {
    pub position: Position,
    pub entries: Vec<StanceEntry>,
}

impl MovementStep {
    /// Whether the actor itself declared this position (in any of its stances).
    pub fn is_declared(&self) -> bool {
        self.entries.iter().any(StanceEntry::is_declared)
    }
    /// Whether only others ascribe this position to the actor.
    pub fn is_only_ascribed(&self) -> bool {
        !self.is_declared()
    }
    /// The actors that ascribe this position, in order, without repeats.
    pub fn ascribed_by(&self) -> Vec<&ActorId> {
        let mut by: Vec<&ActorId> = Vec::new();
        for actor in self.entries.iter().filter_map(StanceEntry::ascribed_by) {
            if !by.contains(&actor) {
                by.push(actor);
            }
        }
        by
    }
    pub fn first_date(&self) -> Option<&HistoricalDate> {
        self.entries.first().map(|entry| &entry.date)
    }
}

/// How an actor's position on one issue moved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IssueMovement {
    pub issue: IssueId,
    pub steps: Vec<MovementStep>,
}

impl IssueMovement {
    /// The sequence of positions (oppose → compromise …).
    pub fn positions(&self) -> Vec<Position> {
        self.steps.iter().map(|step| step.position).collect()
    }
    /// Whether the position ever changed.
    pub fn moved(&self) -> bool {
        self.steps.len() > 1
    }
}

/// For `actor`, the movement of its position on each issue it has stances on,
/// in the matrix's issue order.
pub fn movement(matrix: &StanceMatrix, actor: &ActorId) -> Vec<IssueMovement> {
    matrix
        .issues
        .iter()
        .map(|issue| (issue, matrix.cell(actor, issue)))
        .filter(|(_, entries)| !entries.is_empty())
        .map(|(issue, entries)| IssueMovement {
            issue: issue.clone(),
            steps: steps(entries),
        })
        .collect()
}

fn steps(entries: &[StanceEntry]) -> Vec<MovementStep> {
    let mut steps: Vec<MovementStep> = Vec::new();
    for entry in entries {
        match steps.last_mut() {
            Some(step) if step.position == entry.position => step.entries.push(entry.clone()),
            _ => steps.push(MovementStep {
                position: entry.position,
                entries: vec![entry.clone()],
            }),
        }
    }
    steps
}
