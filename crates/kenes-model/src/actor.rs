//! Actors (people, organisations, parties, soviets, organs of government,
//! congresses, newspapers…) and places.

use crate::id::{ActorId, PlaceId};
use crate::name::Names;
use crate::origin::Origin;

/// What kind of actor this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActorKind {
    Person,
    Organisation,
    Party,
    /// A faction of a party or of a congress.
    Faction,
    Soviet,
    GovernmentOrgan,
    CitySelfGovernment,
    Congress,
    Newspaper,
    /// A collective that is not an organisation (the local Muslim population,
    /// Muslim soldiers, the city self-governments taken together…).
    Group,
}

impl ActorKind {
    pub const ALL: [ActorKind; 10] = [
        ActorKind::Person,
        ActorKind::Organisation,
        ActorKind::Party,
        ActorKind::Faction,
        ActorKind::Soviet,
        ActorKind::GovernmentOrgan,
        ActorKind::CitySelfGovernment,
        ActorKind::Congress,
        ActorKind::Newspaper,
        ActorKind::Group,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organisation => "organisation",
            ActorKind::Party => "party",
            ActorKind::Faction => "faction",
            ActorKind::Soviet => "soviet",
            ActorKind::GovernmentOrgan => "government-organ",
            ActorKind::CitySelfGovernment => "city-self-government",
            ActorKind::Congress => "congress",
            ActorKind::Newspaper => "newspaper",
            ActorKind::Group => "group",
        }
    }
    pub fn parse(text: &str) -> Option<ActorKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// A person's tie to an organisation (member, chairman, representative…).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Affiliation {
    organisation: ActorId,
    role: Option<String>,
}

impl Affiliation {
    pub fn new(organisation: ActorId, role: Option<String>) -> Affiliation {
        Affiliation { organisation, role }
    }
    pub fn organisation(&self) -> &ActorId {
        &self.organisation
    }
    pub fn role(&self) -> Option<&str> {
        self.role.as_deref()
    }
}

/// An actor of the political system.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    id: ActorId,
    kind: ActorKind,
    names: Names,
    description: Option<String>,
    affiliations: Vec<Affiliation>,
    place: Option<PlaceId>,
    part_of: Option<ActorId>,
    origin: Origin,
}

/// The parts an [`Actor`] is built from.
#[derive(Debug)]
pub struct ActorParts {
    pub id: ActorId,
    pub kind: ActorKind,
    pub names: Names,
    pub description: Option<String>,
    pub affiliations: Vec<Affiliation>,
    pub place: Option<PlaceId>,
    /// The larger actor this one belongs to (a faction's party, a council's organisation).
    pub part_of: Option<ActorId>,
    pub origin: Origin,
}

impl Actor {
    pub fn new(parts: ActorParts) -> Actor {
        let ActorParts {
            id,
            kind,
            names,
            description,
            affiliations,
            place,
            part_of,
            origin,
        } = parts;
        Actor {
            id,
            kind,
            names,
            description,
            affiliations,
            place,
            part_of,
            origin,
        }
    }
    pub fn id(&self) -> &ActorId {
        &self.id
    }
    pub fn kind(&self) -> ActorKind {
        self.kind
    }
    pub fn names(&self) -> &Names {
        &self.names
    }
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }
    pub fn affiliations(&self) -> &[Affiliation] {
        &self.affiliations
    }
    pub fn place(&self) -> Option<&PlaceId> {
        self.place.as_ref()
    }
    pub fn part_of(&self) -> Option<&ActorId> {
        self.part_of.as_ref()
    }
    pub fn origin(&self) -> &Origin {
        &self.origin
    }
}

/// What kind of place this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaceKind {
    Country,
    Region,
    Oblast,
    Uezd,
    Town,
    /// A part of a town (the old city, a railway station…).
    District,
    Other,
}

impl PlaceKind {
    pub const ALL: [PlaceKind; 7] = [
        PlaceKind::Country,
        PlaceKind::Region,
        PlaceKind::Oblast,
        PlaceKind::Uezd,
        PlaceKind::Town,
        PlaceKind::District,
        PlaceKind::Other,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Country => "country",
            PlaceKind::Region => "region",
            PlaceKind::Oblast => "oblast",
            PlaceKind::Uezd => "uezd",
            PlaceKind::Town => "town",
            PlaceKind::District => "district",
            PlaceKind::Other => "other",
        }
    }
    pub fn parse(text: &str) -> Option<PlaceKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// A place: a town, an uezd, an oblast, the region.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    id: PlaceId,
    kind: PlaceKind,
    names: Names,
    within: Option<PlaceId>,
    origin: Origin,
}

impl Place {
    pub fn new(
        id: PlaceId,
        kind: PlaceKind,
        names: Names,
        within: Option<PlaceId>,
        origin: Origin,
    ) -> Place {
        Place {
            id,
            kind,
            names,
            within,
            origin,
        }
    }
    pub fn id(&self) -> &PlaceId {
        &self.id
    }
    pub fn kind(&self) -> PlaceKind {
        self.kind
    }
    pub fn names(&self) -> &Names {
        &self.names
    }
    /// The larger place this one lies in.
    pub fn within(&self) -> Option<&PlaceId> {
        self.within.as_ref()
    }
    pub fn origin(&self) -> &Origin {
        &self.origin
    }
}
