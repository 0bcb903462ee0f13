//! Export records of bodies, compositions, proposals, events with their
//! effects, issues, stances, votes and population figures.

use kenes_model::*;
use schemars::JsonSchema;
use serde::Serialize;

use super::entities::{JsonEvidence, JsonName, evidence, names};
use kenes_web::json::JsonDate;

fn ids<T: std::fmt::Display>(items: &[T]) -> Vec<String> {
    items.iter().map(ToString::to_string).collect()
}
fn opt<T: std::fmt::Display>(item: Option<&T>) -> Option<String> {
    item.map(ToString::to_string)
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonBody {
    pub id: String,
    pub kind: &'static str,
    pub names: Vec<JsonName>,
    pub place: Option<String>,
    pub attached_to: Option<String>,
    #[serde(flatten)]
    pub evidence: JsonEvidence,
}

pub fn body(b: &Body) -> JsonBody {
    JsonBody {
        id: b.id().to_string(),
        kind: b.kind().as_str(),
        names: names(b.names()),
        place: opt(b.place()),
        attached_to: opt(b.attached_to()),
        evidence: evidence(b.origin()),
    }
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonSeats {
    pub constituency: String,
    /// Absent when the source names the constituency without a number.
    pub seats: Option<u32>,
    pub note: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonComposition {
    pub id: String,
    /// The body or proposal it belongs to.
    pub of: String,
    pub label: Option<String>,
    /// The size the source states.
    pub stated_size: Option<u32>,
    /// The sum of the listed seats.
    pub listed_total: u64,
    /// True when every constituency is listed with a number.
    pub complete: bool,
    pub seats: Vec<JsonSeats>,
    #[serde(flatten)]
    pub evidence: JsonEvidence,
}

pub fn composition(c: &Composition) -> JsonComposition {
    let (listed_total, complete) = c.listed_seats();
    JsonComposition {
        id: c.id().to_string(),
        of: c.of().to_string(),
        label: c.label().map(str::to_owned),
        stated_size: c.stated_size(),
        listed_total,
        complete,
        seats: c
            .seats()
            .iter()
            .map(|s| JsonSeats {
                constituency: s.constituency().to_string(),
                seats: s.seats(),
                note: s.note().map(str::to_owned),
            })
            .collect(),
        evidence: evidence(c.origin()),
    }
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonProposal {
    pub id: String,
    pub title: String,
    pub proposers: Vec<String>,
    pub body: Option<String>,
    pub event: Option<String>,
    pub vote: Option<String>,
    /// `adopted`, `rejected`, `withdrawn` or `undecided`.
    pub outcome: &'static str,
    pub points: Vec<String>,
    #[serde(flatten)]
    pub evidence: JsonEvidence,
}

pub fn proposal(p: &Proposal) -> JsonProposal {
    JsonProposal {
        id: p.id().to_string(),
        title: p.title().to_owned(),
        proposers: ids(p.proposers()),
        body: opt(p.body()),
        event: opt(p.event()),
        vote: opt(p.vote()),
        outcome: p.outcome().as_str(),
        points: p.points().to_vec(),
        evidence: evidence(p.origin()),
    }
}

/// An effect: `kind` and the keys that kind takes.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum JsonEffect {
    BodyFormed {
        body: String,
        composition: Option<String>,
    },
    BodyDissolved {
        body: String,
    },
    PowerPassed {
        scope: String,
        from: Option<String>,
        to: String,
    },
    PowerHeld {
        scope: String,
        by: String,
    },
    PowerContested {
        scope: String,
        parties: Vec<String>,
    },
    MartialLaw {
        scope: String,
        by: Option<String>,
    },
    Arrested {
        person: String,
    },
    Released {
        person: String,
    },
    SeatsRefused {
        actor: String,
        body: String,
    },
    StanceTaken {
        stance: String,
    },
    VoteHeld {
        vote: String,
    },
    ProposalDecided {
        proposal: String,
    },
    Left {
        actor: String,
        from: Option<String>,
    },
}

pub fn effect(e: &Effect) -> JsonEffect {
    fn s<T: std::fmt::Display>(item: &T) -> String {
        item.to_string()
    }
    match e {
        Effect::BodyFormed { body, composition } => JsonEffect::BodyFormed {
            body: s(body),
            composition: opt(composition.as_ref()),
        },
        Effect::BodyDissolved { body } => JsonEffect::BodyDissolved { body: s(body) },
        Effect::PowerPassed { scope, from, to } => JsonEffect::PowerPassed {
            scope: s(scope),
            from: opt(from.as_ref()),
            to: s(to),
        },
        Effect::PowerHeld { scope, by } => JsonEffect::PowerHeld {
            scope: s(scope),
            by: s(by),
        },
        Effect::PowerContested { scope, parties } => JsonEffect::PowerContested {
            scope: s(scope),
            parties: ids(parties),
        },
        Effect::MartialLaw { scope, by } => JsonEffect::MartialLaw {
            scope: s(scope),
            by: opt(by.as_ref()),
        },
        Effect::Arrested { person } => JsonEffect::Arrested { person: s(person) },
        Effect::Released { person } => JsonEffect::Released { person: s(person) },
        Effect::SeatsRefused { actor, body } => JsonEffect::SeatsRefused {
            actor: s(actor),
            body: s(body),
        },
        Effect::StanceTaken { stance } => JsonEffect::StanceTaken { stance: s(stance) },
        Effect::VoteHeld { vote } => JsonEffect::VoteHeld { vote: s(vote) },
        Effect::ProposalDecided { proposal } => JsonEffect::ProposalDecided {
            proposal: s(proposal),
        },
        Effect::Left { actor, from } => JsonEffect::Left {
            actor: s(actor),
            from: opt(from.as_ref()),
        },
    }
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonParticipant {
    pub actor: String,
    pub role: Option<String>,
    pub on_behalf_of: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonEvent {
    pub id: String,
    pub kind: &'static str,
    pub title: String,
    /// Absent when the sources give no date.
    pub date: Option<JsonDate>,
    pub place: Option<String>,
    /// `held` or `planned`.
    pub status: &'static str,
    pub part_of: Option<String>,
    pub body: Option<String>,
    pub account_of: Option<String>,
    pub attendance: Option<u32>,
    pub participants: Vec<JsonParticipant>,
    pub effects: Vec<JsonEffect>,
    #[serde(flatten)]
    pub evidence: JsonEvidence,
}

pub fn event(e: &Event) -> JsonEvent {
    JsonEvent {
        id: e.id().to_string(),
        kind: e.kind().as_str(),
        title: e.title().to_owned(),
        date: JsonDate::opt(e.date()),
        place: opt(e.place()),
        status: e.status().as_str(),
        part_of: opt(e.part_of()),
        body: opt(e.body()),
        account_of: opt(e.account_of()),
        attendance: e.attendance(),
        participants: e
            .participants()
            .iter()
            .map(|p| JsonParticipant {
                actor: p.actor().to_string(),
                role: p.role().map(str::to_owned),
                on_behalf_of: opt(p.on_behalf_of()),
            })
            .collect(),
        effects: e.effects().iter().map(effect).collect(),
        evidence: evidence(e.origin()),
    }
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonIssue {
    pub id: String,
    pub names: Vec<JsonName>,
    pub description: Option<String>,
    #[serde(flatten)]
    pub evidence: JsonEvidence,
}

pub fn issue(i: &Issue) -> JsonIssue {
    JsonIssue {
        id: i.id().to_string(),
        names: names(i.names()),
        description: i.description().map(str::to_owned),
        evidence: evidence(i.origin()),
    }
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonStance {
    pub id: String,
    pub actor: String,
    pub issue: String,
    /// `support`, `oppose`, `compromise`, `refuse` or `neutral`.
    pub position: &'static str,
    pub date: JsonDate,
    /// `declared` by the actor itself, or `ascribed` to it by another.
    pub voice: &'static str,
    /// Who ascribes it, for an ascribed stance.
    pub by: Option<String>,
    pub summary: Option<String>,
    #[serde(flatten)]
    pub evidence: JsonEvidence,
}

pub fn stance(s: &Stance) -> JsonStance {
    let by = match s.voice() {
        StanceVoice::Ascribed { by } => opt(by.as_ref()),
        StanceVoice::Declared => None,
    };
    JsonStance {
        id: s.id().to_string(),
        actor: s.actor().to_string(),
        issue: s.issue().to_string(),
        position: s.position().as_str(),
        date: JsonDate::of(s.date()),
        voice: s.voice().as_str(),
        by,
        summary: s.summary().map(str::to_owned),
        evidence: evidence(s.origin()),
    }
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonTally {
    pub option: String,
    pub count: u32,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonVote {
    pub id: String,
    pub event: String,
    pub motion: String,
    pub proposal: Option<String>,
    pub tallies: Vec<JsonTally>,
    pub total_cast: u64,
    pub present: Option<u32>,
    #[serde(flatten)]
    pub evidence: JsonEvidence,
}

pub fn vote(v: &Vote) -> JsonVote {
    JsonVote {
        id: v.id().to_string(),
        event: v.event().to_string(),
        motion: v.motion().to_owned(),
        proposal: opt(v.proposal()),
        tallies: v
            .tallies()
            .iter()
            .map(|t| JsonTally {
                option: t.option().to_owned(),
                count: t.count(),
            })
            .collect(),
        total_cast: v.total_cast(),
        present: v.present(),
        evidence: evidence(v.origin()),
    }
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonPopulation {
    pub id: String,
    pub scope: String,
    pub group: String,
    /// The share in percent as an exact fraction "p/q" ("95/1").
    pub share_percent: Option<String>,
    pub count: Option<u64>,
    /// True for "more than N".
    pub count_is_lower_bound: bool,
    #[serde(flatten)]
    pub evidence: JsonEvidence,
}

pub fn population(p: &Population) -> JsonPopulation {
    JsonPopulation {
        id: p.id().to_string(),
        scope: p.scope().to_string(),
        group: p.group().to_string(),
        share_percent: p.share_percent().map(|(n, d)| format!("{n}/{d}")),
        count: p.count(),
        count_is_lower_bound: p.count_is_lower_bound(),
        evidence: evidence(p.origin()),
    }
}
