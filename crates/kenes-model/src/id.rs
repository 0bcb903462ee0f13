//! Identifiers. Every entity of a model has one id, unique across all kinds,
//! so that `kenes show ID` and every cross-reference can name it alone. Each
//! kind has a newtype so that a reference to an actor cannot hold a body.

use std::fmt;

/// Why a string is not an id.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid id {text:?}: {reason}")]
pub struct IdError {
    pub text: String,
    pub reason: &'static str,
}

/// An entity id: lowercase ASCII letters, digits and `-`, `_`, `.`, starting
/// with a letter or digit, at most 128 bytes.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id(Box<str>);

impl Id {
    pub const MAX_LEN: usize = 128;

    pub fn new(text: &str) -> Result<Id, IdError> {
        let fail = |reason| {
            Err(IdError {
                text: text.to_owned(),
                reason,
            })
        };
        let Some(first) = text.bytes().next() else {
            return fail("an id cannot be empty");
        };
        if text.len() > Self::MAX_LEN {
            return fail("an id is at most 128 bytes long");
        }
        if !(first.is_ascii_lowercase() || first.is_ascii_digit()) {
            return fail("an id starts with a lowercase letter or a digit");
        }
        let allowed = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.".contains(&b);
        if !text.bytes().all(allowed) {
            return fail("an id holds only lowercase ASCII letters, digits, '-', '_' and '.'");
        }
        Ok(Id(text.into()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

macro_rules! kind_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(Id);

        impl $name {
            pub fn new(text: &str) -> Result<Self, IdError> {
                Id::new(text).map(Self)
            }
            pub fn id(&self) -> &Id {
                &self.0
            }
            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }
        }

        impl From<Id> for $name {
            fn from(id: Id) -> Self {
                Self(id)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

kind_id!(/// Id of an actor (person, organisation, party, soviet, newspaper…).
    ActorId);
kind_id!(/// Id of a place.
    PlaceId);
kind_id!(/// Id of a body (an institution with seats).
    BodyId);
kind_id!(/// Id of a composition (seats per constituency as one source states them).
    CompositionId);
kind_id!(/// Id of a proposal.
    ProposalId);
kind_id!(/// Id of an event.
    EventId);
kind_id!(/// Id of a stance.
    StanceId);
kind_id!(/// Id of an issue on which actors take stances.
    IssueId);
kind_id!(/// Id of a vote.
    VoteId);
kind_id!(/// Id of a population figure.
    PopulationId);
kind_id!(/// Id of a source (newspaper issue, archive file, book, the relaying work…).
    SourceId);
kind_id!(/// Id of a claim.
    ClaimId);
kind_id!(/// Id of a reading.
    ReadingId);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_plain_ids_and_rejects_others() {
        assert!(Id::new("body.exec-committee_9").is_ok());
        assert!(Id::new("1917").is_ok());
        for bad in ["", "Body", "-x", "a b", "бірлік", &"x".repeat(129)] {
            assert!(Id::new(bad).is_err(), "{bad:?} should be rejected");
        }
    }
}
