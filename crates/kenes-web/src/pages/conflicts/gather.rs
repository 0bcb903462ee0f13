//! The conflicts gathered once for the page and its API: the findings that
//! pass the reader's filter, grouped by code; for each finding that concerns
//! two sides (two claims, a source against an event…) the sides with the
//! claims behind them, and the readings that decide between them; and every
//! reading of the model with its alternatives.

use std::collections::BTreeMap;

use kenes_model::{Claim, Diagnostic, Entity, Id, Model, Reading, Severity};

use super::catalogue::{RuleDoc, rule_doc};
use super::facts::{Fact, facts_of};
use crate::Explorer;

/// Codes whose findings set two statements against each other even without
/// a second location: dates against a period or a congress (K103), seats
/// against a stated size (K105), tallies against attendance (K106), sources
/// against sources (K107), a source's date against an event's (K108).
const DISAGREEMENTS: [&str; 5] = ["K103", "K105", "K106", "K107", "K108"];

/// Which findings the reader asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub severity: Option<Severity>,
    pub code: Option<String>,
}

impl Filter {
    fn admits(&self, finding: &Diagnostic) -> bool {
        self.severity.is_none_or(|s| s == finding.severity())
            && self.code.as_deref().is_none_or(|c| c == finding.code())
    }
}

/// How many findings of each severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
}

impl Counts {
    fn of<'a>(findings: impl Iterator<Item = &'a Diagnostic>) -> Counts {
        let mut counts = Counts::default();
        for finding in findings {
            match finding.severity() {
                Severity::Error => counts.errors += 1,
                Severity::Warning => counts.warnings += 1,
                Severity::Note => counts.notes += 1,
            }
        }
        counts
    }
    pub fn get(&self, severity: Severity) -> usize {
        match severity {
            Severity::Error => self.errors,
            Severity::Warning => self.warnings,
            Severity::Note => self.notes,
        }
    }
    pub fn total(&self) -> usize {
        self.errors + self.warnings + self.notes
    }
}

/// One side of a conflict, or one alternative of a reading: an entity, what
/// it states, and the claims it rests on.
#[derive(Debug)]
pub struct Side<'m> {
    pub id: &'m Id,
    pub entity: Option<Entity<'m>>,
    /// What the finding calls this side ("the other source's composition").
    pub role: Option<&'m str>,
    /// For an alternative of a reading: whether the reading adopts it.
    pub adopted: Option<bool>,
    pub facts: Vec<Fact<'m>>,
    /// The editors' note on the entity.
    pub note: Option<&'m str>,
    pub claims: Vec<&'m Claim>,
}

/// A reading with its alternatives side by side, and the claims it cites
/// that no alternative rests on.
#[derive(Debug)]
pub struct ReadingView<'m> {
    pub reading: &'m Reading,
    pub alternatives: Vec<Side<'m>>,
    pub cited: Vec<&'m Claim>,
}

/// One finding with what it sets side by side.
#[derive(Debug)]
pub struct FindingView<'m> {
    /// Its place (from 1) among all the explorer's findings: its anchor.
    pub number: usize,
    pub diagnostic: &'m Diagnostic,
    /// The sides it compares, when no reading already shows them.
    pub sides: Vec<Side<'m>>,
    /// Readings that decide its conflict (positions in [`Conflicts::readings`]).
    pub readings: Vec<usize>,
    /// Readings about its entity that it does not concern (linked only).
    pub mentioned: Vec<usize>,
}

/// The findings of one code.
#[derive(Debug)]
pub struct Group<'m> {
    pub code: &'static str,
    pub doc: Option<&'static RuleDoc>,
    pub findings: Vec<FindingView<'m>>,
}

/// Everything the page and the API show.
#[derive(Debug)]
pub struct Conflicts<'m> {
    /// Of all the findings, whatever the filter.
    pub counts: Counts,
    /// Of the findings shown.
    pub shown: Counts,
    /// Every code that has findings, with how many, for the filter form.
    pub codes: Vec<(&'static str, usize)>,
    pub filter: Filter,
    pub groups: Vec<Group<'m>>,
    pub readings: Vec<ReadingView<'m>>,
}

impl<'m> Conflicts<'m> {
    pub fn gather(explorer: &'m Explorer, filter: Filter) -> Conflicts<'m> {
        let model = &explorer.model;
        let readings: Vec<ReadingView> = model
            .readings()
            .iter()
            .map(|reading| reading_view(model, reading))
            .collect();
        let mut codes: BTreeMap<&'static str, usize> = BTreeMap::new();
        for finding in &explorer.findings {
            *codes.entry(finding.code()).or_default() += 1;
        }
        let shown = explorer.findings.iter().filter(|f| filter.admits(f));
        Conflicts {
            counts: Counts::of(explorer.findings.iter()),
            shown: Counts::of(shown),
            codes: codes.into_iter().collect(),
            groups: groups(explorer, &filter),
            filter,
            readings,
        }
    }
}

fn groups<'m>(explorer: &'m Explorer, filter: &Filter) -> Vec<Group<'m>> {
    let mut groups: BTreeMap<&'static str, Vec<FindingView<'m>>> = BTreeMap::new();
    for (index, finding) in explorer.findings.iter().enumerate() {
        if filter.admits(finding) {
            let view = finding_view(&explorer.model, index + 1, finding);
            groups.entry(finding.code()).or_default().push(view);
        }
    }
    groups
        .into_iter()
        .map(|(code, findings)| Group {
            code,
            doc: rule_doc(code),
            findings,
        })
        .collect()
}

/// A finding's sides and readings: a finding that sets two things against
/// each other shows both, and the readings that decide between them; any
/// other finding only links the readings about what it points at.
fn finding_view<'m>(model: &'m Model, number: usize, finding: &'m Diagnostic) -> FindingView<'m> {
    let ids = ids_of(finding);
    let about = readings_about(model, &ids);
    let compares = DISAGREEMENTS.contains(&finding.code())
        || finding.related().iter().any(|(l, _)| l.entity.is_some());
    if !compares {
        return FindingView {
            number,
            diagnostic: finding,
            sides: Vec::new(),
            readings: Vec::new(),
            mentioned: about,
        };
    }
    // a reading whose alternatives take in every side already shows them
    let covered = about.iter().any(|&position| {
        let alternatives = model.readings()[position].alternatives();
        ids.iter().all(|(id, _)| alternatives.contains(id))
    });
    let sides = if ids.len() < 2 || covered {
        Vec::new()
    } else {
        sides(model, &ids)
    };
    FindingView {
        number,
        diagnostic: finding,
        sides,
        readings: about,
        mentioned: Vec::new(),
    }
}

/// The entities a finding points at, its own first, each once, with the
/// label the finding gives the others.
fn ids_of(finding: &Diagnostic) -> Vec<(&Id, Option<&str>)> {
    let own = finding.location().entity.as_ref().map(|id| (id, None));
    let related = finding
        .related()
        .iter()
        .filter_map(|(location, label)| Some((location.entity.as_ref()?, Some(label.as_str()))));
    let mut ids: Vec<(&Id, Option<&str>)> = Vec::new();
    for (id, label) in own.into_iter().chain(related) {
        if !ids.iter().any(|(seen, _)| *seen == id) {
            ids.push((id, label));
        }
    }
    ids
}

/// The positions of the readings about any of `ids`, each once.
fn readings_about(model: &Model, ids: &[(&Id, Option<&str>)]) -> Vec<usize> {
    let mut positions: Vec<usize> = Vec::new();
    for (id, _) in ids {
        let Some(reading) = model.reading_about(id) else {
            continue;
        };
        let position = model.readings().iter().position(|r| r.id() == reading.id());
        if let Some(position) = position.filter(|p| !positions.contains(p)) {
            positions.push(position);
        }
    }
    positions
}

/// The sides of a finding. A source set against a fact (K108) shows the
/// fact's claims that rest on it; the fact keeps its other claims.
fn sides<'m>(model: &'m Model, ids: &[(&'m Id, Option<&'m str>)]) -> Vec<Side<'m>> {
    let mut sides: Vec<Side> = ids
        .iter()
        .map(|&(id, role)| side(model, id, role, None))
        .collect();
    let own_claims = sides[0].claims.clone();
    for side in sides.iter_mut().skip(1) {
        if let Some(Entity::Source(_)) = side.entity {
            side.claims = own_claims
                .iter()
                .copied()
                .filter(|c| rests_on(c, side.id))
                .collect();
        }
    }
    let shown_elsewhere: Vec<&Id> = sides[1..]
        .iter()
        .flat_map(|s| s.claims.iter().map(|c| c.id().id()))
        .collect();
    sides[0]
        .claims
        .retain(|c| !shown_elsewhere.contains(&c.id().id()));
    sides
}

fn rests_on(claim: &Claim, source: &Id) -> bool {
    claim.source().id() == source || claim.via().iter().any(|via| via.id() == source)
}

/// One side: the entity `id` names, what it states and its claims.
fn side<'m>(
    model: &'m Model,
    id: &'m Id,
    role: Option<&'m str>,
    adopted: Option<bool>,
) -> Side<'m> {
    let entity = model.get(id);
    Side {
        id,
        role,
        adopted,
        facts: entity.as_ref().map(facts_of).unwrap_or_default(),
        note: entity.as_ref().and_then(|e| e.origin().note()),
        claims: entity
            .as_ref()
            .map(|e| claims_of(model, e))
            .unwrap_or_default(),
        entity,
    }
}

/// The claims a fact rests on; a claim is its own; the vocabulary (actors,
/// places, bodies, issues) and sources rest on none here.
fn claims_of<'m>(model: &'m Model, entity: &Entity<'m>) -> Vec<&'m Claim> {
    match entity {
        Entity::Claim(claim) => vec![claim],
        Entity::Actor(_)
        | Entity::Place(_)
        | Entity::Body(_)
        | Entity::Issue(_)
        | Entity::Source(_) => Vec::new(),
        _ => resolve(model, entity.origin().claims().iter().map(|c| c.id())),
    }
}

fn resolve<'m, 'a>(model: &'m Model, ids: impl Iterator<Item = &'a Id>) -> Vec<&'m Claim> {
    ids.filter_map(|id| match model.get(id) {
        Some(Entity::Claim(claim)) => Some(claim),
        _ => None,
    })
    .collect()
}

fn reading_view<'m>(model: &'m Model, reading: &'m Reading) -> ReadingView<'m> {
    let alternatives: Vec<Side> = reading
        .alternatives()
        .iter()
        .map(|id| side(model, id, None, Some(reading.adopted().contains(id))))
        .collect();
    let shown: Vec<&Id> = alternatives
        .iter()
        .flat_map(|s| s.claims.iter().map(|c| c.id().id()))
        .collect();
    let cited = resolve(model, reading.origin().claims().iter().map(|c| c.id()))
        .into_iter()
        .filter(|claim| !shown.contains(&claim.id().id()))
        .collect();
    ReadingView {
        reading,
        alternatives,
        cited,
    }
}
