//! Every id an entity names, with the key that names it and the kinds of
//! entity that key takes. The list is what `unresolved-reference` checks; it
//! is kept apart so that the format's cross-references are written down once.

use kenes_model::{Effect, Entity, EntityKind, Id, Voice};

use EntityKind as K;

const ACTOR: &[EntityKind] = &[K::Actor];
const PLACE: &[EntityKind] = &[K::Place];
const SOURCE: &[EntityKind] = &[K::Source];
const CLAIM: &[EntityKind] = &[K::Claim];
const BODY: &[EntityKind] = &[K::Body];
const EVENT: &[EntityKind] = &[K::Event];
const BODY_OR_PROPOSAL: &[EntityKind] = &[K::Body, K::Proposal];
/// A reading may choose among facts of any kind, or among claims.
const ANY: &[EntityKind] = &[
    K::Actor,
    K::Place,
    K::Source,
    K::Claim,
    K::Reading,
    K::Body,
    K::Composition,
    K::Proposal,
    K::Event,
    K::Issue,
    K::Stance,
    K::Vote,
    K::Population,
];

/// One id named by an entity.
#[derive(Clone, Copy, Debug)]
pub struct Reference<'m> {
    /// The key that names it (its span is where a finding points).
    pub key: &'static str,
    pub target: &'m Id,
    /// The kinds of entity the key may name.
    pub expected: &'static [EntityKind],
}

/// Every id `entity` names, its claims included.
pub fn references<'m>(entity: &Entity<'m>) -> Vec<Reference<'m>> {
    let mut out = References(Vec::new());
    for claim in entity.origin().claims() {
        out.push("claims", claim.id(), CLAIM);
    }
    match entity {
        Entity::Actor(actor) => actor_references(actor, &mut out),
        Entity::Place(place) => out.opt("within", place.within().map(|p| p.id()), PLACE),
        Entity::Source(source) => {
            out.opt("issued_by", source.issued_by().map(|a| a.id()), ACTOR);
            out.opt("newspaper", source.newspaper().map(|a| a.id()), ACTOR);
        }
        Entity::Claim(claim) => claim_references(claim, &mut out),
        Entity::Reading(reading) => {
            for alternative in reading.alternatives() {
                out.push("alternatives", alternative, ANY);
            }
        }
        Entity::Body(body) => {
            out.opt("place", body.place().map(|p| p.id()), PLACE);
            out.opt("attached_to", body.attached_to().map(|b| b.id()), BODY);
        }
        Entity::Composition(composition) => {
            out.push("of", composition.of(), BODY_OR_PROPOSAL);
            for seat in composition.seats() {
                out.push("seats", seat.constituency().id(), ACTOR);
            }
        }
        Entity::Proposal(proposal) => proposal_references(proposal, &mut out),
        Entity::Event(event) => event_references(event, &mut out),
        Entity::Issue(_) => {}
        Entity::Stance(stance) => stance_references(stance, &mut out),
        Entity::Vote(vote) => {
            out.push("event", vote.event().id(), EVENT);
            out.opt("proposal", vote.proposal().map(|p| p.id()), &[K::Proposal]);
        }
        Entity::Population(population) => {
            out.push("scope", population.scope().id(), PLACE);
            out.push("group", population.group().id(), ACTOR);
        }
    }
    out.0
}

struct References<'m>(Vec<Reference<'m>>);

impl<'m> References<'m> {
    fn push(&mut self, key: &'static str, target: &'m Id, expected: &'static [EntityKind]) {
        self.0.push(Reference {
            key,
            target,
            expected,
        });
    }
    fn opt(&mut self, key: &'static str, target: Option<&'m Id>, expected: &'static [EntityKind]) {
        if let Some(target) = target {
            self.push(key, target, expected);
        }
    }
}

fn actor_references<'m>(actor: &'m kenes_model::Actor, out: &mut References<'m>) {
    out.opt("place", actor.place().map(|p| p.id()), PLACE);
    out.opt("part_of", actor.part_of().map(|p| p.id()), ACTOR);
    for affiliation in actor.affiliations() {
        out.push("affiliations", affiliation.organisation().id(), ACTOR);
    }
}

fn proposal_references<'m>(proposal: &'m kenes_model::Proposal, out: &mut References<'m>) {
    for proposer in proposal.proposers() {
        out.push("proposers", proposer.id(), ACTOR);
    }
    out.opt("body", proposal.body().map(|b| b.id()), BODY);
    out.opt("event", proposal.event().map(|e| e.id()), EVENT);
    out.opt("vote", proposal.vote().map(|v| v.id()), &[K::Vote]);
}

fn stance_references<'m>(stance: &'m kenes_model::Stance, out: &mut References<'m>) {
    out.push("actor", stance.actor().id(), ACTOR);
    out.push("issue", stance.issue().id(), &[K::Issue]);
    if let kenes_model::StanceVoice::Ascribed { by: Some(by) } = stance.voice() {
        out.push("by", by.id(), ACTOR);
    }
}

fn claim_references<'m>(claim: &'m kenes_model::Claim, out: &mut References<'m>) {
    out.push("source", claim.source().id(), SOURCE);
    for link in claim.via() {
        out.push("via", link.id(), SOURCE);
    }
    if let Voice::AuthorRetelling {
        historian: Some(historian),
    } = claim.voice()
    {
        out.push("historian", historian.id(), ACTOR);
    }
}

fn event_references<'m>(event: &'m kenes_model::Event, out: &mut References<'m>) {
    out.opt("place", event.place().map(|p| p.id()), PLACE);
    out.opt("part_of", event.part_of().map(|e| e.id()), EVENT);
    out.opt("body", event.body().map(|b| b.id()), BODY);
    out.opt("account_of", event.account_of().map(|e| e.id()), EVENT);
    for participant in event.participants() {
        out.push("participants", participant.actor().id(), ACTOR);
        let behalf = participant.on_behalf_of().map(|a| a.id());
        out.opt("participants", behalf, ACTOR);
    }
    for effect in event.effects() {
        effect_references(effect, out);
    }
}

fn effect_references<'m>(effect: &'m Effect, out: &mut References<'m>) {
    let key = "effects";
    match effect {
        Effect::BodyFormed { body, composition } => {
            out.push(key, body.id(), BODY);
            out.opt(key, composition.as_ref().map(|c| c.id()), &[K::Composition]);
        }
        Effect::BodyDissolved { body } => out.push(key, body.id(), BODY),
        Effect::PowerPassed { scope, from, to } => {
            out.push(key, scope.id(), PLACE);
            out.opt(key, from.as_ref().map(|a| a.id()), ACTOR);
            out.push(key, to.id(), ACTOR);
        }
        Effect::PowerHeld { scope, by } => {
            out.push(key, scope.id(), PLACE);
            out.push(key, by.id(), ACTOR);
        }
        Effect::PowerContested { scope, parties } => {
            out.push(key, scope.id(), PLACE);
            for party in parties {
                out.push(key, party.id(), ACTOR);
            }
        }
        Effect::MartialLaw { scope, by } => {
            out.push(key, scope.id(), PLACE);
            out.opt(key, by.as_ref().map(|a| a.id()), ACTOR);
        }
        Effect::Arrested { person } | Effect::Released { person } => {
            out.push(key, person.id(), ACTOR)
        }
        Effect::SeatsRefused { actor, body } => {
            out.push(key, actor.id(), ACTOR);
            out.push(key, body.id(), BODY);
        }
        Effect::StanceTaken { stance } => out.push(key, stance.id(), &[K::Stance]),
        Effect::VoteHeld { vote } => out.push(key, vote.id(), &[K::Vote]),
        Effect::ProposalDecided { proposal } => out.push(key, proposal.id(), &[K::Proposal]),
        Effect::Left { actor, from } => {
            out.push(key, actor.id(), ACTOR);
            out.opt(key, from.as_ref().map(|b| b.id()), BODY);
        }
    }
}
