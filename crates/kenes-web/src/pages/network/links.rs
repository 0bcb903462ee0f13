//! The links of the network in a period, computed from the model: membership
//! (a person's affiliations, an actor part of a larger one, a participant
//! acting on an organisation's behalf), participation (two actors in the same
//! event) and alignment or opposition (stances on the same issue, the same
//! position or opposite ones). Each link keeps the evidence it rests on.
//!
//! A link counts in the period when its evidence's date overlaps it;
//! undated evidence (affiliations, events the sources leave undated) counts
//! throughout, and says so.

use std::collections::BTreeMap;

use kenes_model::date::{Day, HistoricalDate};
use kenes_model::{ActorId, ClaimId, Event, Model, Position, Stance};
use serde::{Serialize, Serializer};

/// The days a network covers; `None` for an end left open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Period {
    pub from: Option<Day>,
    pub to: Option<Day>,
}

impl Period {
    /// Whether `date` can fall within the period: its days overlap it.
    pub fn holds(&self, date: &HistoricalDate) -> bool {
        let (earliest, latest) = date.sort_key();
        self.to.is_none_or(|to| earliest <= to.jdn())
            && self.from.is_none_or(|from| latest >= from.jdn())
    }
}

/// The kinds of link, in the order the page lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LinkKind {
    Membership,
    Participation,
    Alignment,
    Opposition,
}

impl LinkKind {
    pub const ALL: [LinkKind; 4] = [
        LinkKind::Membership,
        LinkKind::Participation,
        LinkKind::Alignment,
        LinkKind::Opposition,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::Membership => "membership",
            LinkKind::Participation => "participation",
            LinkKind::Alignment => "alignment",
            LinkKind::Opposition => "opposition",
        }
    }
    /// The kind a `?kind=` parameter names.
    pub fn parse(text: &str) -> Option<LinkKind> {
        LinkKind::ALL.into_iter().find(|kind| kind.as_str() == text)
    }
    /// Membership runs from member to organisation; the others join equals.
    pub fn is_directed(self) -> bool {
        self == LinkKind::Membership
    }
}

/// What one link rests on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "basis", rename_all = "kebab-case")]
pub enum Evidence {
    /// The member's record names the organisation (undated: holds throughout).
    Affiliation {
        role: Option<String>,
        claims: Vec<String>,
    },
    /// The actor is part of the larger one (a faction of its party…).
    PartOf { claims: Vec<String> },
    /// The member acted on the organisation's behalf at an event.
    Represented {
        event: String,
        role: Option<String>,
        date: Option<String>,
        claims: Vec<String>,
    },
    /// Both took part in an event.
    Event {
        event: String,
        date: Option<String>,
        status: &'static str,
        claims: Vec<String>,
    },
    /// Their stances on one issue: the source's position, then the target's.
    Stances {
        issue: String,
        #[serde(serialize_with = "position")]
        source_position: Position,
        #[serde(serialize_with = "position")]
        target_position: Position,
        stances: Vec<String>,
        claims: Vec<String>,
    },
}

impl Evidence {
    pub fn claims(&self) -> &[String] {
        match self {
            Evidence::Affiliation { claims, .. }
            | Evidence::PartOf { claims }
            | Evidence::Represented { claims, .. }
            | Evidence::Event { claims, .. }
            | Evidence::Stances { claims, .. } => claims,
        }
    }
}

fn position<S: Serializer>(position: &Position, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(position.as_str())
}

/// One link: for membership, from member (`source`) to organisation
/// (`target`); for the others, the two actors in id order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Link {
    pub kind: LinkKind,
    pub source: String,
    pub target: String,
    pub evidence: Vec<Evidence>,
}

type Key = (LinkKind, String, String);

/// Every link of `model` whose evidence falls in `period`, by kind, then
/// source, then target.
pub fn links(model: &Model, period: &Period) -> Vec<Link> {
    let mut found: BTreeMap<Key, Vec<Evidence>> = BTreeMap::new();
    memberships(model, &mut found);
    for event in model.events() {
        if event.date().is_none_or(|date| period.holds(date)) {
            event_links(event, &mut found);
        }
    }
    stance_links(model, period, &mut found);
    found
        .into_iter()
        .map(|((kind, source, target), evidence)| Link {
            kind,
            source,
            target,
            evidence,
        })
        .collect()
}

fn claim_ids(claims: &[ClaimId]) -> Vec<String> {
    claims.iter().map(ToString::to_string).collect()
}

/// The key of a link between `a` and `b`: undirected kinds in id order.
fn key(kind: LinkKind, a: &ActorId, b: &ActorId) -> Key {
    let (a, b) = (a.to_string(), b.to_string());
    if kind.is_directed() || a <= b {
        (kind, a, b)
    } else {
        (kind, b, a)
    }
}

fn memberships(model: &Model, found: &mut BTreeMap<Key, Vec<Evidence>>) {
    for actor in model.actors() {
        let claims = claim_ids(actor.origin().claims());
        for affiliation in actor.affiliations() {
            let evidence = Evidence::Affiliation {
                role: affiliation.role().map(str::to_owned),
                claims: claims.clone(),
            };
            let key = key(LinkKind::Membership, actor.id(), affiliation.organisation());
            found.entry(key).or_default().push(evidence);
        }
        if let Some(whole) = actor.part_of() {
            let key = key(LinkKind::Membership, actor.id(), whole);
            let claims = claims.clone();
            found
                .entry(key)
                .or_default()
                .push(Evidence::PartOf { claims });
        }
    }
}

fn event_links(event: &Event, found: &mut BTreeMap<Key, Vec<Evidence>>) {
    let date = event.date().map(HistoricalDate::render_dual);
    let claims = claim_ids(event.origin().claims());
    let participants = event.participants();
    for participant in participants {
        if let Some(organisation) = participant.on_behalf_of() {
            let key = key(LinkKind::Membership, participant.actor(), organisation);
            found.entry(key).or_default().push(Evidence::Represented {
                event: event.id().to_string(),
                role: participant.role().map(str::to_owned),
                date: date.clone(),
                claims: claims.clone(),
            });
        }
    }
    for (i, first) in participants.iter().enumerate() {
        for second in &participants[i + 1..] {
            if first.actor() == second.actor() {
                continue;
            }
            let key = key(LinkKind::Participation, first.actor(), second.actor());
            let evidence = found.entry(key).or_default();
            if !evidence.iter().any(
                |e| matches!(e, Evidence::Event { event: id, .. } if id == event.id().as_str()),
            ) {
                evidence.push(Evidence::Event {
                    event: event.id().to_string(),
                    date: date.clone(),
                    status: event.status().as_str(),
                    claims: claims.clone(),
                });
            }
        }
    }
}

/// Whether two positions on one issue stand against each other.
fn opposed(a: Position, b: Position) -> bool {
    use Position::{Oppose, Refuse, Support};
    matches!(
        (a, b),
        (Support, Oppose) | (Oppose, Support) | (Support, Refuse) | (Refuse, Support)
    )
}

/// Stances of two actors on one issue, gathered by the pair of positions.
type StancePairs<'m> = BTreeMap<(Key, String, Position, Position), Vec<&'m Stance>>;

fn stance_links(model: &Model, period: &Period, found: &mut BTreeMap<Key, Vec<Evidence>>) {
    let in_period: Vec<&Stance> = model
        .stances()
        .iter()
        .filter(|stance| period.holds(stance.date()))
        .collect();
    let mut pairs: StancePairs<'_> = BTreeMap::new();
    for (i, first) in in_period.iter().enumerate() {
        for second in &in_period[i + 1..] {
            if first.issue() != second.issue() || first.actor() == second.actor() {
                continue;
            }
            let kind = if first.position() == second.position() {
                LinkKind::Alignment
            } else if opposed(first.position(), second.position()) {
                LinkKind::Opposition
            } else {
                continue;
            };
            // orient the pair as its key does: the source's stance first
            let (a, b) = if first.actor().as_str() <= second.actor().as_str() {
                (first, second)
            } else {
                (second, first)
            };
            let link = key(kind, a.actor(), b.actor());
            let entry = (link, a.issue().to_string(), a.position(), b.position());
            let stances = pairs.entry(entry).or_default();
            for stance in [a, b] {
                if !stances.iter().any(|s| s.id() == stance.id()) {
                    stances.push(stance);
                }
            }
        }
    }
    for ((link, issue, source_position, target_position), stances) in pairs {
        let mut claims: Vec<String> = Vec::new();
        for claim in stances.iter().flat_map(|s| s.origin().claims()) {
            if !claims.iter().any(|c| c == claim.as_str()) {
                claims.push(claim.to_string());
            }
        }
        found.entry(link).or_default().push(Evidence::Stances {
            issue,
            source_position,
            target_position,
            stances: stances.iter().map(|s| s.id().to_string()).collect(),
            claims,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kenes_model::date::{Calendar, CalendarBasis};

    fn date(text: &str) -> HistoricalDate {
        HistoricalDate::parse(text, Calendar::Julian, CalendarBasis::Inferred).unwrap()
    }

    fn day(text: &str) -> Option<Day> {
        date(text).single_day()
    }

    #[test]
    fn a_date_counts_when_its_days_overlap_the_period() {
        let late_october = Period {
            from: day("1917-10-22"),
            to: day("1917-10-31"),
        };
        assert!(late_october.holds(&date("1917-10-27")));
        assert!(
            late_october.holds(&date("1917-10")),
            "a month overlapping it"
        );
        assert!(
            late_october.holds(&date("1917-10-25/..")),
            "an open range from inside it"
        );
        assert!(
            late_october.holds(&date("../1917-10-22")),
            "ending on its first day"
        );
        assert!(!late_october.holds(&date("1917-11-01")));
        assert!(!late_october.holds(&date("1917-11-12/1917-11-15")));
        let open = Period {
            from: None,
            to: None,
        };
        assert!(open.holds(&date("1917-09-08")));
    }

    #[test]
    fn support_stands_against_opposition_and_refusal_only() {
        assert!(opposed(Position::Support, Position::Oppose));
        assert!(opposed(Position::Refuse, Position::Support));
        assert!(!opposed(Position::Oppose, Position::Refuse));
        assert!(!opposed(Position::Support, Position::Compromise));
        assert!(!opposed(Position::Neutral, Position::Oppose));
    }
}
