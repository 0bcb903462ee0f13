//! The provenance every entity carries: where in the model's files it is
//! written (the whole table, and the keys within it that rules point at), the
//! claims it rests on, and an editor's note.

use crate::id::ClaimId;
use crate::span::Span;

/// Where an entity is written and what it rests on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Origin {
    span: Option<Span>,
    fields: Vec<(&'static str, Span)>,
    claims: Vec<ClaimId>,
    note: Option<String>,
}

impl Origin {
    pub fn new(span: Option<Span>, claims: Vec<ClaimId>, note: Option<String>) -> Origin {
        Origin {
            span,
            fields: Vec::new(),
            claims,
            note,
        }
    }
    /// Records the span of one key of the entity's table.
    pub fn with_field(mut self, key: &'static str, span: Span) -> Origin {
        self.fields.push((key, span));
        self
    }
    /// Records the spans of several keys at once (keys without a span are skipped).
    pub fn with_fields(mut self, fields: &[(&'static str, Option<Span>)]) -> Origin {
        self.fields
            .reserve_exact(fields.iter().filter(|(_, span)| span.is_some()).count());
        for (key, span) in fields {
            if let Some(span) = span {
                self = self.with_field(key, *span);
            }
        }
        self
    }
    pub fn span(&self) -> Option<Span> {
        self.span
    }
    /// The span of `key` if it was recorded, else the span of the whole entity.
    pub fn field_span(&self, key: &str) -> Option<Span> {
        self.fields
            .iter()
            .find(|(k, _)| &**k == key)
            .map(|(_, s)| *s)
            .or(self.span)
    }
    pub fn claims(&self) -> &[ClaimId] {
        &self.claims
    }
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }
}
