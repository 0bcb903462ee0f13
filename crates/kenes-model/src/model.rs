//! The model: every entity of a loaded folder, the files it came from, the
//! source texts it quotes, and an index from id to entity. Building a model
//! never fails: a duplicate id keeps its first entity in the index and is left
//! for the checker to report.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use rustc_hash::{FxHashMap as HashMap, FxHasher};

use crate::actor::{Actor, Place};
use crate::body::{Body, Composition, Proposal};
use crate::date::HistoricalDate;
use crate::event::Event;
use crate::id::*;
use crate::name::Names;
use crate::origin::Origin;
use crate::source::{CalendarInference, Claim, Reading, Source};
use crate::span::Files;
use crate::stance::{Issue, Stance};
use crate::vote::{Population, Vote};

/// The kinds of entity a model holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    Actor,
    Place,
    Source,
    Claim,
    Reading,
    Body,
    Composition,
    Proposal,
    Event,
    Issue,
    Stance,
    Vote,
    Population,
}

impl EntityKind {
    /// Every kind, in the order a model holds them.
    pub const ALL: [EntityKind; 13] = [
        EntityKind::Actor,
        EntityKind::Place,
        EntityKind::Source,
        EntityKind::Claim,
        EntityKind::Reading,
        EntityKind::Body,
        EntityKind::Composition,
        EntityKind::Proposal,
        EntityKind::Event,
        EntityKind::Issue,
        EntityKind::Stance,
        EntityKind::Vote,
        EntityKind::Population,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Actor => "actor",
            EntityKind::Place => "place",
            EntityKind::Source => "source",
            EntityKind::Claim => "claim",
            EntityKind::Reading => "reading",
            EntityKind::Body => "body",
            EntityKind::Composition => "composition",
            EntityKind::Proposal => "proposal",
            EntityKind::Event => "event",
            EntityKind::Issue => "issue",
            EntityKind::Stance => "stance",
            EntityKind::Vote => "vote",
            EntityKind::Population => "population",
        }
    }
}

/// What the model is: its title, version, period and calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelMeta {
    pub id: String,
    pub title: Names,
    pub version: String,
    pub description: Option<String>,
    /// The period the model covers; nothing is known past its end.
    pub period: Option<HistoricalDate>,
    /// The calendar of dates that do not state one, recorded once with its basis.
    pub calendar: CalendarInference,
    /// The work through which the model's sources reach it (the paper).
    pub relaying_work: Option<SourceId>,
    pub origin: Origin,
}

/// A reference to one entity of any kind.
#[derive(Clone, Copy, Debug)]
pub enum Entity<'m> {
    Actor(&'m Actor),
    Place(&'m Place),
    Source(&'m Source),
    Claim(&'m Claim),
    Reading(&'m Reading),
    Body(&'m Body),
    Composition(&'m Composition),
    Proposal(&'m Proposal),
    Event(&'m Event),
    Issue(&'m Issue),
    Stance(&'m Stance),
    Vote(&'m Vote),
    Population(&'m Population),
}

impl<'m> Entity<'m> {
    pub fn kind(&self) -> EntityKind {
        match self {
            Entity::Actor(_) => EntityKind::Actor,
            Entity::Place(_) => EntityKind::Place,
            Entity::Source(_) => EntityKind::Source,
            Entity::Claim(_) => EntityKind::Claim,
            Entity::Reading(_) => EntityKind::Reading,
            Entity::Body(_) => EntityKind::Body,
            Entity::Composition(_) => EntityKind::Composition,
            Entity::Proposal(_) => EntityKind::Proposal,
            Entity::Event(_) => EntityKind::Event,
            Entity::Issue(_) => EntityKind::Issue,
            Entity::Stance(_) => EntityKind::Stance,
            Entity::Vote(_) => EntityKind::Vote,
            Entity::Population(_) => EntityKind::Population,
        }
    }
    pub fn id(&self) -> &'m Id {
        match self {
            Entity::Actor(e) => e.id().id(),
            Entity::Place(e) => e.id().id(),
            Entity::Source(e) => e.id().id(),
            Entity::Claim(e) => e.id().id(),
            Entity::Reading(e) => e.id().id(),
            Entity::Body(e) => e.id().id(),
            Entity::Composition(e) => e.id().id(),
            Entity::Proposal(e) => e.id().id(),
            Entity::Event(e) => e.id().id(),
            Entity::Issue(e) => e.id().id(),
            Entity::Stance(e) => e.id().id(),
            Entity::Vote(e) => e.id().id(),
            Entity::Population(e) => e.id().id(),
        }
    }
    pub fn origin(&self) -> &'m Origin {
        match self {
            Entity::Actor(e) => e.origin(),
            Entity::Place(e) => e.origin(),
            Entity::Source(e) => e.origin(),
            Entity::Claim(e) => e.origin(),
            Entity::Reading(e) => e.origin(),
            Entity::Body(e) => e.origin(),
            Entity::Composition(e) => e.origin(),
            Entity::Proposal(e) => e.origin(),
            Entity::Event(e) => e.origin(),
            Entity::Issue(e) => e.origin(),
            Entity::Stance(e) => e.origin(),
            Entity::Vote(e) => e.origin(),
            Entity::Population(e) => e.origin(),
        }
    }
    /// A short human label: the display name or title, else the id.
    pub fn label(&self) -> &'m str {
        let named = match self {
            Entity::Actor(e) => e.names().display(),
            Entity::Place(e) => e.names().display(),
            Entity::Body(e) => e.names().display(),
            Entity::Issue(e) => e.names().display(),
            Entity::Source(e) => e.label(),
            Entity::Event(e) => e.title(),
            Entity::Proposal(e) => e.title(),
            Entity::Composition(e) => e.label().unwrap_or(""),
            Entity::Reading(e) => e.question(),
            Entity::Vote(e) => e.motion(),
            _ => "",
        };
        if named.is_empty() {
            self.id().as_str()
        } else {
            named
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Slot {
    kind: EntityKind,
    index: u32,
}

/// The entities of a model (or of one of its files), kind by kind, in file order.
#[derive(Clone, Debug, Default)]
pub struct Entities {
    pub actors: Vec<Actor>,
    pub places: Vec<Place>,
    pub sources: Vec<Source>,
    pub claims: Vec<Claim>,
    pub readings: Vec<Reading>,
    pub bodies: Vec<Body>,
    pub compositions: Vec<Composition>,
    pub proposals: Vec<Proposal>,
    pub events: Vec<Event>,
    pub issues: Vec<Issue>,
    pub stances: Vec<Stance>,
    pub votes: Vec<Vote>,
    pub populations: Vec<Population>,
}

impl Entities {
    /// Makes room for `incoming`. A list that must grow gets room for
    /// `scale` times what it will then hold (at least), rather than twice its
    /// length: a loader that knows how much of the model is still to come
    /// saves copying (and touching fresh memory for) the largest lists again
    /// and again. Room never used costs no memory until it is touched.
    pub fn reserve_for(&mut self, incoming: &Entities, scale: impl Fn(EntityKind) -> f64) {
        fn room<T>(list: &mut Vec<T>, incoming: usize, scale: f64) {
            let needed = list.len() + incoming;
            if needed > list.capacity() {
                let wanted = ((needed as f64) * scale.max(1.0)) as usize;
                list.reserve_exact(wanted.max(needed) - list.len());
            }
        }
        use EntityKind as K;
        room(&mut self.actors, incoming.actors.len(), scale(K::Actor));
        room(&mut self.places, incoming.places.len(), scale(K::Place));
        room(&mut self.sources, incoming.sources.len(), scale(K::Source));
        room(&mut self.claims, incoming.claims.len(), scale(K::Claim));
        room(
            &mut self.readings,
            incoming.readings.len(),
            scale(K::Reading),
        );
        room(&mut self.bodies, incoming.bodies.len(), scale(K::Body));
        room(
            &mut self.compositions,
            incoming.compositions.len(),
            scale(K::Composition),
        );
        room(
            &mut self.proposals,
            incoming.proposals.len(),
            scale(K::Proposal),
        );
        room(&mut self.events, incoming.events.len(), scale(K::Event));
        room(&mut self.issues, incoming.issues.len(), scale(K::Issue));
        room(&mut self.stances, incoming.stances.len(), scale(K::Stance));
        room(&mut self.votes, incoming.votes.len(), scale(K::Vote));
        room(
            &mut self.populations,
            incoming.populations.len(),
            scale(K::Population),
        );
    }

    /// How many entities of `kind` these hold.
    pub fn count(&self, kind: EntityKind) -> usize {
        use EntityKind as K;
        match kind {
            K::Actor => self.actors.len(),
            K::Place => self.places.len(),
            K::Source => self.sources.len(),
            K::Claim => self.claims.len(),
            K::Reading => self.readings.len(),
            K::Body => self.bodies.len(),
            K::Composition => self.compositions.len(),
            K::Proposal => self.proposals.len(),
            K::Event => self.events.len(),
            K::Issue => self.issues.len(),
            K::Stance => self.stances.len(),
            K::Vote => self.votes.len(),
            K::Population => self.populations.len(),
        }
    }

    /// Moves every entity of `other` to the end of these, leaving `other` empty.
    pub fn append(&mut self, other: &mut Entities) {
        self.actors.append(&mut other.actors);
        self.places.append(&mut other.places);
        self.sources.append(&mut other.sources);
        self.claims.append(&mut other.claims);
        self.readings.append(&mut other.readings);
        self.bodies.append(&mut other.bodies);
        self.compositions.append(&mut other.compositions);
        self.proposals.append(&mut other.proposals);
        self.events.append(&mut other.events);
        self.issues.append(&mut other.issues);
        self.stances.append(&mut other.stances);
        self.votes.append(&mut other.votes);
        self.populations.append(&mut other.populations);
    }
}

/// A loaded model.
#[derive(Clone, Debug)]
pub struct Model {
    meta: ModelMeta,
    files: Files,
    texts: BTreeMap<String, Arc<str>>,
    entities: Entities,
    index: Index,
    /// The first reading, by position, that has an id among its alternatives.
    reading_of: HashMap<Id, u32>,
}

/// The index from id to entity. It keys on a hash of the id, and a lookup
/// confirms the id against a copy of it in `ids`, every id end to end in
/// entity order: one cache miss for the table and usually one for the id,
/// where following the entity to its id would cost two more (a model may
/// hold millions of ids, and checking it looks each up several times). The
/// rare id whose hash another id already holds goes into `collisions`, keyed
/// by the id itself.
#[derive(Clone, Debug, Default)]
struct Index {
    by_hash: HashMap<u64, Indexed>,
    ids: String,
    collisions: HashMap<Id, Slot>,
    /// The entities whose id an earlier entity already has, in entity order.
    duplicates: Vec<Slot>,
}

/// An entity in the index, and where its id stands in [`Index::ids`].
#[derive(Clone, Copy, Debug)]
struct Indexed {
    slot: Slot,
    id_start: u32,
    id_len: u32,
}

impl Index {
    fn id_of(&self, indexed: &Indexed) -> &str {
        let start = indexed.id_start as usize;
        &self.ids[start..start + indexed.id_len as usize]
    }
}

fn id_hash(id: &Id) -> u64 {
    let mut hasher = FxHasher::default();
    id.as_str().hash(&mut hasher);
    hasher.finish()
}

/// Collects the entities of a model, then builds its index.
#[derive(Debug)]
pub struct ModelBuilder {
    model: Model,
}

macro_rules! builder_add {
    ($fn:ident, $field:ident, $ty:ty) => {
        pub fn $fn(&mut self, entity: $ty) {
            self.model.entities.$field.push(entity);
        }
    };
}

impl ModelBuilder {
    pub fn new(meta: ModelMeta, files: Files) -> ModelBuilder {
        let model = Model {
            meta,
            files,
            texts: BTreeMap::new(),
            entities: Entities::default(),
            index: Index::default(),
            reading_of: HashMap::default(),
        };
        ModelBuilder { model }
    }
    builder_add!(add_actor, actors, Actor);
    builder_add!(add_place, places, Place);
    builder_add!(add_source, sources, Source);
    builder_add!(add_claim, claims, Claim);
    builder_add!(add_reading, readings, Reading);
    builder_add!(add_body, bodies, Body);
    builder_add!(add_composition, compositions, Composition);
    builder_add!(add_proposal, proposals, Proposal);
    builder_add!(add_event, events, Event);
    builder_add!(add_issue, issues, Issue);
    builder_add!(add_stance, stances, Stance);
    builder_add!(add_vote, votes, Vote);
    builder_add!(add_population, populations, Population);

    /// Keeps the text of a source file the model quotes, under its model-relative path.
    pub fn add_text(&mut self, path: String, text: Arc<str>) {
        self.model.texts.insert(path, text);
    }
    pub fn files_mut(&mut self) -> &mut Files {
        &mut self.model.files
    }

    /// Moves a batch of entities (one file's, say) into the model, emptying `entities`.
    pub fn append(&mut self, entities: &mut Entities) {
        self.model.entities.append(entities);
    }

    /// [`Entities::reserve_for`] on the entities gathered so far.
    pub fn reserve_for(&mut self, incoming: &Entities, scale: impl Fn(EntityKind) -> f64) {
        self.model.entities.reserve_for(incoming, scale);
    }

    pub fn build(mut self) -> Model {
        let mut index = Index {
            by_hash: HashMap::with_capacity_and_hasher(
                self.model.entity_count(),
                Default::default(),
            ),
            ids: String::new(),
            collisions: HashMap::default(),
            duplicates: Vec::new(),
        };
        for (kind, position, id) in self.model.slots() {
            let slot = Slot {
                kind,
                index: position,
            };
            let id_start = u32::try_from(index.ids.len()).ok();
            match index.by_hash.entry(id_hash(id)) {
                // The same id again: the first entity keeps it.
                std::collections::hash_map::Entry::Occupied(entry)
                    if self.model.id_at(entry.get().slot) == Some(id) =>
                {
                    index.duplicates.push(slot);
                }
                std::collections::hash_map::Entry::Vacant(entry) if id_start.is_some() => {
                    index.ids.push_str(id.as_str());
                    entry.insert(Indexed {
                        slot,
                        id_start: id_start.unwrap_or_default(),
                        id_len: id.as_str().len() as u32,
                    });
                }
                // Another id with the same hash (or more than 4 GiB of ids)
                _ => match index.collisions.entry(id.clone()) {
                    std::collections::hash_map::Entry::Vacant(entry) => {
                        entry.insert(slot);
                    }
                    std::collections::hash_map::Entry::Occupied(_) => index.duplicates.push(slot),
                },
            }
        }
        let mut reading_of = HashMap::default();
        for (position, reading) in self.model.entities.readings.iter().enumerate() {
            for id in reading.alternatives() {
                reading_of.entry(id.clone()).or_insert(position as u32);
            }
        }
        self.model.index = index;
        self.model.reading_of = reading_of;
        self.model
    }
}

macro_rules! lookup {
    ($fn:ident, $field:ident, $kind:ident, $idty:ty, $ty:ty) => {
        pub fn $fn(&self, id: &$idty) -> Option<&$ty> {
            match self.slot(id.id()) {
                Some(Slot {
                    kind: EntityKind::$kind,
                    index,
                }) => self.entities.$field.get(index as usize),
                _ => None,
            }
        }
    };
}

impl Model {
    /// The model with the texts its sources quote, by model-relative path.
    pub fn with_texts(mut self, texts: Vec<(String, Arc<str>)>) -> Model {
        self.texts.extend(texts);
        self
    }
    pub fn meta(&self) -> &ModelMeta {
        &self.meta
    }
    pub fn files(&self) -> &Files {
        &self.files
    }
    /// The text of a source file, by its model-relative path.
    pub fn text(&self, path: &str) -> Option<&str> {
        self.texts.get(path).map(|t| &**t)
    }
    pub fn texts(&self) -> impl Iterator<Item = (&str, &str)> {
        self.texts.iter().map(|(p, t)| (p.as_str(), &**t))
    }
    pub fn actors(&self) -> &[Actor] {
        &self.entities.actors
    }
    pub fn places(&self) -> &[Place] {
        &self.entities.places
    }
    pub fn sources(&self) -> &[Source] {
        &self.entities.sources
    }
    pub fn claims(&self) -> &[Claim] {
        &self.entities.claims
    }
    pub fn readings(&self) -> &[Reading] {
        &self.entities.readings
    }
    pub fn bodies(&self) -> &[Body] {
        &self.entities.bodies
    }
    pub fn compositions(&self) -> &[Composition] {
        &self.entities.compositions
    }
    pub fn proposals(&self) -> &[Proposal] {
        &self.entities.proposals
    }
    pub fn events(&self) -> &[Event] {
        &self.entities.events
    }
    pub fn issues(&self) -> &[Issue] {
        &self.entities.issues
    }
    pub fn stances(&self) -> &[Stance] {
        &self.entities.stances
    }
    pub fn votes(&self) -> &[Vote] {
        &self.entities.votes
    }
    pub fn populations(&self) -> &[Population] {
        &self.entities.populations
    }

    lookup!(actor, actors, Actor, ActorId, Actor);
    lookup!(place, places, Place, PlaceId, Place);
    lookup!(source, sources, Source, SourceId, Source);
    lookup!(claim, claims, Claim, ClaimId, Claim);
    lookup!(reading, readings, Reading, ReadingId, Reading);
    lookup!(body, bodies, Body, BodyId, Body);
    lookup!(
        composition,
        compositions,
        Composition,
        CompositionId,
        Composition
    );
    lookup!(proposal, proposals, Proposal, ProposalId, Proposal);
    lookup!(event, events, Event, EventId, Event);
    lookup!(issue, issues, Issue, IssueId, Issue);
    lookup!(stance, stances, Stance, StanceId, Stance);
    lookup!(vote, votes, Vote, VoteId, Vote);
    lookup!(
        population,
        populations,
        Population,
        PopulationId,
        Population
    );

    /// The entity an id names, of whatever kind (the first, for a duplicate id).
    pub fn get(&self, id: &Id) -> Option<Entity<'_>> {
        let slot = self.slot(id)?;
        self.entity_at(slot.kind, slot.index as usize)
    }

    /// The position of the entity an id names (the first, for a duplicate
    /// id) among all the model's entities, in the order of [`Model::entities`].
    /// Every entity whose id an earlier entity (in [`Model::entities`] order)
    /// already has, in that order: the index keeps the first.
    pub fn duplicates(&self) -> impl Iterator<Item = Entity<'_>> {
        self.index
            .duplicates
            .iter()
            .filter_map(|slot| self.entity_at(slot.kind, slot.index as usize))
    }

    pub fn ordinal(&self, id: &Id) -> Option<usize> {
        let slot = self.slot(id)?;
        let before: usize = self
            .kind_lengths()
            .iter()
            .take_while(|(kind, _)| *kind != slot.kind)
            .map(|(_, len)| len)
            .sum();
        Some(before + slot.index as usize)
    }

    fn kind_lengths(&self) -> [(EntityKind, usize); 13] {
        EntityKind::ALL.map(|kind| (kind, self.entities.count(kind)))
    }

    fn slot(&self, id: &Id) -> Option<Slot> {
        match self.index.by_hash.get(&id_hash(id)) {
            Some(indexed) if self.index.id_of(indexed) == id.as_str() => Some(indexed.slot),
            _ => self.index.collisions.get(id).copied(),
        }
    }

    fn id_at(&self, slot: Slot) -> Option<&Id> {
        self.entity_at(slot.kind, slot.index as usize)
            .map(|entity| entity.id())
    }

    /// Every entity in a fixed order (kind by kind, in file order), duplicates included.
    pub fn entities(&self) -> impl Iterator<Item = Entity<'_>> {
        self.slots()
            .filter_map(|(kind, index, _)| self.entity_at(kind, index as usize))
    }

    /// How many entities of `kind` the model holds.
    pub fn count(&self, kind: EntityKind) -> usize {
        self.entities.count(kind)
    }

    pub fn entity_count(&self) -> usize {
        self.kind_lengths().iter().map(|(_, len)| len).sum()
    }

    /// The compositions given for a body or a proposal.
    pub fn compositions_of<'a>(&'a self, of: &'a Id) -> impl Iterator<Item = &'a Composition> + 'a {
        self.entities
            .compositions
            .iter()
            .filter(move |c| c.of() == of)
    }

    /// The reading that has `id` among its alternatives, if any.
    pub fn reading_about(&self, id: &Id) -> Option<&Reading> {
        let position = *self.reading_of.get(id)?;
        self.entities.readings.get(position as usize)
    }

    fn entity_at(&self, kind: EntityKind, index: usize) -> Option<Entity<'_>> {
        Some(match kind {
            EntityKind::Actor => Entity::Actor(self.entities.actors.get(index)?),
            EntityKind::Place => Entity::Place(self.entities.places.get(index)?),
            EntityKind::Source => Entity::Source(self.entities.sources.get(index)?),
            EntityKind::Claim => Entity::Claim(self.entities.claims.get(index)?),
            EntityKind::Reading => Entity::Reading(self.entities.readings.get(index)?),
            EntityKind::Body => Entity::Body(self.entities.bodies.get(index)?),
            EntityKind::Composition => Entity::Composition(self.entities.compositions.get(index)?),
            EntityKind::Proposal => Entity::Proposal(self.entities.proposals.get(index)?),
            EntityKind::Event => Entity::Event(self.entities.events.get(index)?),
            EntityKind::Issue => Entity::Issue(self.entities.issues.get(index)?),
            EntityKind::Stance => Entity::Stance(self.entities.stances.get(index)?),
            EntityKind::Vote => Entity::Vote(self.entities.votes.get(index)?),
            EntityKind::Population => Entity::Population(self.entities.populations.get(index)?),
        })
    }

    fn slots(&self) -> impl Iterator<Item = (EntityKind, u32, &Id)> {
        fn each<'a, T>(
            kind: EntityKind,
            items: &'a [T],
            id: fn(&T) -> &Id,
        ) -> impl Iterator<Item = (EntityKind, u32, &'a Id)> + 'a {
            items
                .iter()
                .enumerate()
                .map(move |(i, e)| (kind, i as u32, id(e)))
        }
        each(EntityKind::Actor, &self.entities.actors, |e| e.id().id())
            .chain(each(EntityKind::Place, &self.entities.places, |e| {
                e.id().id()
            }))
            .chain(each(EntityKind::Source, &self.entities.sources, |e| {
                e.id().id()
            }))
            .chain(each(EntityKind::Claim, &self.entities.claims, |e| {
                e.id().id()
            }))
            .chain(each(EntityKind::Reading, &self.entities.readings, |e| {
                e.id().id()
            }))
            .chain(each(EntityKind::Body, &self.entities.bodies, |e| {
                e.id().id()
            }))
            .chain(each(
                EntityKind::Composition,
                &self.entities.compositions,
                |e| e.id().id(),
            ))
            .chain(each(EntityKind::Proposal, &self.entities.proposals, |e| {
                e.id().id()
            }))
            .chain(each(EntityKind::Event, &self.entities.events, |e| {
                e.id().id()
            }))
            .chain(each(EntityKind::Issue, &self.entities.issues, |e| {
                e.id().id()
            }))
            .chain(each(EntityKind::Stance, &self.entities.stances, |e| {
                e.id().id()
            }))
            .chain(each(EntityKind::Vote, &self.entities.votes, |e| {
                e.id().id()
            }))
            .chain(each(
                EntityKind::Population,
                &self.entities.populations,
                |e| e.id().id(),
            ))
    }
}
