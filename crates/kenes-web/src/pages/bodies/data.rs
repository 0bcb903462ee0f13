//! What the bodies page and `/api/bodies` show, converted explicitly from the
//! model: every body with each source's account of its seats, every proposal
//! with its outcome and its seats, and the accounts set side by side (a
//! body's accounts; the drafts put at one sitting). The numbers come from the
//! libraries: the local Muslim population's share from kenes-analysis
//! (`representation::local_shares`), apportionment, disproportionality and
//! voting power from kenes-power, all exact; rounding is for display only.

use std::collections::HashSet;

use kenes_analysis::names::label;
use kenes_analysis::representation::{
    Bound, Fraction, LOCAL_MUSLIM_READING, LocalShare, TotalBasis, local_shares,
};
use kenes_model::{Body, BodyId, Composition, Id, Model, Outcome, Proposal};
use kenes_power::apportion::Method;
use serde::Serialize;

use super::analysis::{Figure, Power, figure, power};

/// `/api/bodies`: everything the page shows.
#[derive(Debug, Serialize)]
pub struct Bodies {
    /// The apportionment methods a proportional body is computed by.
    pub methods: Vec<String>,
    /// The reading that says which constituencies are the local Muslim
    /// population's; without it there are no local shares.
    pub local_reading: Option<ReadingRef>,
    pub bodies: Vec<BodyView>,
    pub proposals: Vec<ProposalView>,
    pub comparisons: Vec<Comparison>,
}

#[derive(Debug, Serialize)]
pub struct ReadingRef {
    pub id: String,
    pub question: String,
    pub claims: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct BodyView {
    pub id: String,
    pub kind: &'static str,
    pub name: String,
    pub place: Option<String>,
    pub attached_to: Option<String>,
    pub claims: Vec<String>,
    pub note: Option<String>,
    /// Each source's account of its seats.
    pub accounts: Vec<Account>,
    /// The proposals that would form or change it.
    pub proposals: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ProposalView {
    pub id: String,
    pub title: String,
    pub outcome: &'static str,
    pub proposers: Vec<String>,
    pub body: Option<String>,
    pub event: Option<String>,
    pub vote: Option<VoteView>,
    pub points: Vec<String>,
    pub claims: Vec<String>,
    pub note: Option<String>,
    /// Its own compositions; for an adopted proposal that forms a body and
    /// has none, the body's account (charted under the proposal's id).
    pub accounts: Vec<Account>,
}

#[derive(Debug, Serialize)]
pub struct VoteView {
    pub id: String,
    pub tallies: Vec<(String, u32)>,
    pub present: Option<u32>,
    pub claims: Vec<String>,
}

/// One source's account of the seats of a body or proposal, as charted.
#[derive(Debug, Serialize)]
pub struct Account {
    /// The id the chart carries (`data-composition`): the composition's, or
    /// the proposal's when a proposal is charted with its body's account.
    pub chart: String,
    pub composition: String,
    /// The body or proposal it is an account of.
    pub of: String,
    pub label: Option<String>,
    pub claims: Vec<String>,
    pub note: Option<String>,
    /// The reading that chooses among the accounts, and whether it adopts this one.
    pub reading: Option<Verdict>,
    pub stated_size: Option<u32>,
    /// The sum of the seats listed with a number.
    pub listed_seats: u64,
    /// The seats drawn: the stated size, or the listed sum when larger or when no size is stated.
    pub seats: u64,
    /// Seats of the stated size that no numbered constituency holds (drawn hollow).
    pub unknown_seats: u64,
    pub constituencies: Vec<Allocation>,
    pub local: Option<Local>,
    pub power: Power,
}

#[derive(Debug, Serialize)]
pub struct Verdict {
    pub reading: String,
    pub adopted: bool,
}

/// One constituency of an account; `seats` is `None` when the source names
/// it without a number (unknown, not zero).
#[derive(Debug, Serialize)]
pub struct Allocation {
    pub constituency: String,
    pub name: String,
    pub seats: Option<u32>,
    /// Its share of the account's seats, exact (`1/3`), and for display.
    pub share: Option<String>,
    pub percent: Option<String>,
    /// Whether the reading counts it as the local Muslim population's.
    pub local: bool,
    pub note: Option<String>,
}

/// The local Muslim population's seats in an account (kenes-analysis).
#[derive(Debug, Serialize)]
pub struct Local {
    pub seats: u64,
    pub total: u64,
    /// "stated" or "listed-sum".
    pub total_basis: &'static str,
    /// Exact, reduced (`2/9`); `None` when the total is 0.
    pub share: Option<String>,
    /// "exact", "at-least", "at-most" or "unknown".
    pub bound: &'static str,
    /// The share as written: `≥ 4/24 (1/6) = 16.7 %`.
    pub display: String,
    /// Each population figure of a local group, with a proportional body of the same size.
    pub figures: Vec<Figure>,
}

/// Accounts set side by side: a body's, or the drafts put at one sitting.
#[derive(Debug, Serialize)]
pub struct Comparison {
    /// "body" or "event".
    pub kind: &'static str,
    pub id: String,
    pub title: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Serialize)]
pub struct Column {
    pub chart: String,
    pub composition: String,
    pub proposal: Option<String>,
    pub outcome: Option<&'static str>,
    pub label: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Row {
    pub constituency: String,
    pub name: String,
    pub local: bool,
    pub cells: Vec<Cell>,
}

/// A constituency's seats in one column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cell {
    NotListed,
    /// Listed without a number: unknown.
    Unnumbered,
    Seats(u32),
}

/// What the analysis needs besides the model: the methods, the local
/// constituencies, the local shares.
struct Context<'m> {
    model: &'m Model,
    methods: &'m [Method],
    local: HashSet<&'m Id>,
    shares: Vec<LocalShare>,
}

/// Everything, or only `only` with the proposals put to it and the drafts
/// put beside those.
pub fn build(model: &Model, methods: &[Method], only: Option<&BodyId>) -> Bodies {
    let reading = model
        .readings()
        .iter()
        .find(|r| r.id().as_str() == LOCAL_MUSLIM_READING);
    let context = Context {
        model,
        methods,
        local: reading
            .map(|r| r.adopted().iter().collect())
            .unwrap_or_default(),
        shares: local_shares(model),
    };
    let bodies: Vec<BodyView> = model.bodies().iter().map(|b| body(&context, b)).collect();
    let proposals: Vec<ProposalView> = model
        .proposals()
        .iter()
        .map(|p| proposal(&context, p))
        .collect();
    let mut comparisons: Vec<Comparison> = bodies
        .iter()
        .filter_map(|b| body_comparison(b, &proposals))
        .collect();
    comparisons.extend(event_comparisons(&context, &proposals));
    let mut all = Bodies {
        methods: methods.iter().map(ToString::to_string).collect(),
        local_reading: reading.map(|r| ReadingRef {
            id: r.id().to_string(),
            question: r.question().to_owned(),
            claims: claim_ids(r.origin().claims()),
        }),
        bodies,
        proposals,
        comparisons,
    };
    if let Some(only) = only {
        keep_only(&mut all, only.as_str());
    }
    all
}

/// Keeps one body, the proposals put to it, and the drafts put at the same
/// sittings as those.
fn keep_only(all: &mut Bodies, body: &str) {
    all.bodies.retain(|b| b.id == body);
    let sittings: HashSet<String> = all
        .proposals
        .iter()
        .filter(|p| p.body.as_deref() == Some(body))
        .filter_map(|p| p.event.clone())
        .collect();
    all.proposals.retain(|p| {
        p.body.as_deref() == Some(body) || p.event.as_ref().is_some_and(|e| sittings.contains(e))
    });
    all.comparisons
        .retain(|c| c.id == body || sittings.contains(&c.id));
}

fn claim_ids(claims: &[impl ToString]) -> Vec<String> {
    claims.iter().map(ToString::to_string).collect()
}

fn body(context: &Context, body: &Body) -> BodyView {
    let model = context.model;
    let accounts = model
        .compositions_of(body.id().id())
        .map(|c| account(context, c, c.id().to_string()))
        .collect();
    BodyView {
        id: body.id().to_string(),
        kind: body.kind().as_str(),
        name: label(model, body.id().id()),
        place: body.place().map(ToString::to_string),
        attached_to: body.attached_to().map(ToString::to_string),
        claims: claim_ids(body.origin().claims()),
        note: body.origin().note().map(str::to_owned),
        accounts,
        proposals: model
            .proposals()
            .iter()
            .filter(|p| p.body() == Some(body.id()))
            .map(|p| p.id().to_string())
            .collect(),
    }
}

fn proposal(context: &Context, proposal: &Proposal) -> ProposalView {
    let model = context.model;
    let mut accounts: Vec<Account> = model
        .compositions_of(proposal.id().id())
        .map(|c| account(context, c, c.id().to_string()))
        .collect();
    if accounts.is_empty()
        && let Some(composition) = realised_by(model, proposal)
    {
        accounts.push(account(context, composition, proposal.id().to_string()));
    }
    ProposalView {
        id: proposal.id().to_string(),
        title: proposal.title().to_owned(),
        outcome: proposal.outcome().as_str(),
        proposers: claim_ids(proposal.proposers()),
        body: proposal.body().map(ToString::to_string),
        event: proposal.event().map(ToString::to_string),
        vote: vote(model, proposal),
        points: proposal.points().to_vec(),
        claims: claim_ids(proposal.origin().claims()),
        note: proposal.origin().note().map(str::to_owned),
        accounts,
    }
}

/// The account of the body an adopted proposal formed: the one a reading
/// adopts, else the body's only account.
fn realised_by<'m>(model: &'m Model, proposal: &'m Proposal) -> Option<&'m Composition> {
    if proposal.outcome() != Outcome::Adopted {
        return None;
    }
    let accounts: Vec<&Composition> = model.compositions_of(proposal.body()?.id()).collect();
    let adopted = accounts.iter().copied().find(|c| {
        model
            .reading_about(c.id().id())
            .is_some_and(|r| r.adopted().contains(c.id().id()))
    });
    adopted.or(match accounts.as_slice() {
        [only] => Some(*only),
        _ => None,
    })
}

fn vote(model: &Model, proposal: &Proposal) -> Option<VoteView> {
    let vote = proposal.vote().and_then(|id| model.vote(id)).or_else(|| {
        let id = Some(proposal.id());
        model.votes().iter().find(|v| v.proposal() == id)
    })?;
    Some(VoteView {
        id: vote.id().to_string(),
        tallies: vote
            .tallies()
            .iter()
            .map(|t| (t.option().to_owned(), t.count()))
            .collect(),
        present: vote.present(),
        claims: claim_ids(vote.origin().claims()),
    })
}

fn account(context: &Context, composition: &Composition, chart: String) -> Account {
    let (listed_seats, _) = composition.listed_seats();
    let stated = composition.stated_size().map(u64::from);
    let seats = stated.unwrap_or(0).max(listed_seats);
    let reading = context
        .model
        .reading_about(composition.id().id())
        .map(|r| Verdict {
            reading: r.id().to_string(),
            adopted: r.adopted().contains(composition.id().id()),
        });
    Account {
        chart,
        composition: composition.id().to_string(),
        of: composition.of().to_string(),
        label: composition.label().map(str::to_owned),
        claims: claim_ids(composition.origin().claims()),
        note: composition.origin().note().map(str::to_owned),
        reading,
        stated_size: composition.stated_size(),
        listed_seats,
        seats,
        unknown_seats: seats - listed_seats,
        constituencies: allocations(context, composition, seats),
        local: local(context, composition),
        power: power(composition),
    }
}

fn allocations(context: &Context, composition: &Composition, seats: u64) -> Vec<Allocation> {
    composition
        .seats()
        .iter()
        .map(|allocation| {
            let share = allocation
                .seats()
                .and_then(|n| Fraction::new(u64::from(n), seats));
            let who = allocation.constituency();
            Allocation {
                constituency: who.to_string(),
                name: label(context.model, who.id()),
                seats: allocation.seats(),
                share: share.map(|f| f.to_string()),
                percent: share.map(|f| f.percent_display()),
                local: context.local.contains(who.id()),
                note: allocation.note().map(str::to_owned),
            }
        })
        .collect()
}

fn local(context: &Context, composition: &Composition) -> Option<Local> {
    let share = context
        .shares
        .iter()
        .find(|s| &s.composition == composition.id())?;
    let figures = share
        .proportional
        .iter()
        .filter(|p| context.local.contains(p.group.id()))
        .map(|p| figure(context.model, share, p, context.methods))
        .collect();
    Some(Local {
        seats: share.seats,
        total: share.total,
        total_basis: match share.total_basis {
            TotalBasis::Stated => "stated",
            TotalBasis::ListedSum => "listed-sum",
        },
        share: share.share.map(|f| f.to_string()),
        bound: bound_name(share.bound),
        display: share.share_display(),
        figures,
    })
}

pub fn bound_name(bound: Bound) -> &'static str {
    match bound {
        Bound::Exact => "exact",
        Bound::AtLeast => "at-least",
        Bound::AtMost => "at-most",
        Bound::Unknown => "unknown",
    }
}

/// A body's accounts side by side (with those of proposals for it that have
/// their own), when there are two or more.
fn body_comparison(body: &BodyView, proposals: &[ProposalView]) -> Option<Comparison> {
    let mut columns: Vec<(&Account, Option<&ProposalView>)> =
        body.accounts.iter().map(|a| (a, None)).collect();
    for proposal in proposals
        .iter()
        .filter(|p| p.body.as_ref() == Some(&body.id))
    {
        let own = proposal.accounts.iter().filter(|a| a.of == proposal.id);
        columns.extend(own.map(|a| (a, Some(proposal))));
    }
    (columns.len() >= 2).then(|| comparison("body", &body.id, &body.name, &columns))
}

/// The proposals put at one sitting, side by side, for each sitting with two
/// or more proposals that have seats.
fn event_comparisons(context: &Context, proposals: &[ProposalView]) -> Vec<Comparison> {
    let mut sittings: Vec<&str> = Vec::new();
    for event in proposals.iter().filter_map(|p| p.event.as_deref()) {
        if !sittings.contains(&event) {
            sittings.push(event);
        }
    }
    sittings
        .into_iter()
        .filter_map(|event| {
            let columns: Vec<(&Account, Option<&ProposalView>)> = proposals
                .iter()
                .filter(|p| p.event.as_deref() == Some(event))
                .flat_map(|p| p.accounts.iter().map(move |a| (a, Some(p))))
                .collect();
            let title =
                Id::new(event).map_or_else(|_| event.to_owned(), |id| label(context.model, &id));
            (columns.len() >= 2).then(|| comparison("event", event, &title, &columns))
        })
        .collect()
}

fn comparison(
    kind: &'static str,
    id: &str,
    title: &str,
    columns: &[(&Account, Option<&ProposalView>)],
) -> Comparison {
    let mut constituencies: Vec<&Allocation> = Vec::new();
    for allocation in columns.iter().flat_map(|(a, _)| &a.constituencies) {
        if !constituencies
            .iter()
            .any(|c| c.constituency == allocation.constituency)
        {
            constituencies.push(allocation);
        }
    }
    let rows = constituencies
        .iter()
        .map(|c| Row {
            constituency: c.constituency.clone(),
            name: c.name.clone(),
            local: c.local,
            cells: columns
                .iter()
                .map(|(account, _)| cell(account, &c.constituency))
                .collect(),
        })
        .collect();
    Comparison {
        kind,
        id: id.to_owned(),
        title: title.to_owned(),
        columns: columns
            .iter()
            .map(|(account, proposal)| Column {
                chart: account.chart.clone(),
                composition: account.composition.clone(),
                proposal: proposal.map(|p| p.id.clone()),
                outcome: proposal.map(|p| p.outcome),
                label: account.label.clone(),
            })
            .collect(),
        rows,
    }
}

fn cell(account: &Account, constituency: &str) -> Cell {
    match account
        .constituencies
        .iter()
        .find(|c| c.constituency == constituency)
    {
        None => Cell::NotListed,
        Some(Allocation { seats: None, .. }) => Cell::Unnumbered,
        Some(Allocation { seats: Some(n), .. }) => Cell::Seats(*n),
    }
}
