//! What the paper page and its API show, computed once per request from the
//! explorer: each paragraph's running text with the passages claims quote
//! in it, its translations and note, and the system on the day it speaks of.
//!
//! A passage is found where the checker finds it (`kenes_check::PassageIndex`,
//! the same normalisation as rule K104), among the claims printed in a work
//! whose text is the paper; a passage that runs across paragraphs is marked
//! in each. A model without the paper's text, or a paragraph whose lines lie
//! outside it, is shown with the reason, never refused.

use std::collections::HashMap;
use std::ops::Range;

use kenes_check::{PassageIndex, PassageMatch};
use kenes_dataset::Paragraph;
use kenes_model::date::Day;
use kenes_model::{Claim, ClaimId, Model};

use super::text::{LinesProblem, Quote, Running, line_ranges, running};
use super::when::{Dated, States, When, claim_days};
use crate::Explorer;

/// The path of the paper's text in the model.
pub const PAPER: &str = "texts/paper.kk.txt";

/// The paper as the page shows it.
pub struct PaperView<'e> {
    /// How many lines the paper's text has (`None` without a text).
    pub lines: Option<usize>,
    pub paragraphs: Vec<ParagraphView<'e>>,
}

/// One paragraph as the page shows it.
pub struct ParagraphView<'e> {
    pub paragraph: &'e Paragraph,
    pub original: Result<Original<'e>, Problem>,
    /// The claims quoted in it, in the order their passages begin.
    pub claims: Vec<&'e ClaimId>,
    pub when: Option<When>,
}

/// A paragraph's running text and the passages quoted in it.
pub struct Original<'e> {
    pub running: Running,
    pub quotes: Vec<Quote<&'e ClaimId>>,
}

/// Why a paragraph's original cannot be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The model has no text of the paper.
    NoText,
    Lines(LinesProblem),
}

impl<'e> PaperView<'e> {
    /// The paper of `explorer`: every paragraph, or only the one with the id
    /// `only` when given.
    pub fn of(explorer: &'e Explorer, only: Option<&str>) -> PaperView<'e> {
        let model = &explorer.model;
        let paper = model.text(PAPER);
        let mut reading = Reading {
            model,
            paper,
            lines: paper.map(line_ranges).unwrap_or_default(),
            found: paper.map(|text| quoted_in(model, text)).unwrap_or_default(),
            days: claim_days(model),
            states: States::default(),
        };
        let paragraphs = explorer
            .paragraphs
            .iter()
            .filter(|p| only.is_none_or(|id| p.id == id))
            .map(|paragraph| reading.paragraph(paragraph))
            .collect();
        PaperView {
            lines: paper.map(|_| reading.lines.len()),
            paragraphs,
        }
    }
}

/// What reading each paragraph needs, gathered once for the paper.
struct Reading<'e> {
    model: &'e Model,
    paper: Option<&'e str>,
    lines: Vec<Range<usize>>,
    found: Vec<(&'e Claim, Range<usize>)>,
    days: HashMap<&'e ClaimId, Dated>,
    states: States,
}

impl<'e> Reading<'e> {
    fn paragraph(&mut self, paragraph: &'e Paragraph) -> ParagraphView<'e> {
        let original = match self.paper {
            None => Err(Problem::NoText),
            Some(text) => running(text, &self.lines, paragraph.first_line, paragraph.last_line)
                .map(|running| Original::with_quotes(running, &self.found))
                .map_err(Problem::Lines),
        };
        let claims = original.as_ref().map(Original::claims).unwrap_or_default();
        let when =
            latest_day(&claims, &self.days).map(|day| self.states.when(self.model, day, &claims));
        ParagraphView {
            paragraph,
            original,
            claims,
            when,
        }
    }
}

impl<'e> Original<'e> {
    fn with_quotes(running: Running, found: &[(&'e Claim, Range<usize>)]) -> Original<'e> {
        let mut quotes: Vec<Quote<&'e ClaimId>> = found
            .iter()
            .filter(|(_, at)| at.start < running.covers.end && running.covers.start < at.end)
            .filter_map(|(claim, at)| {
                Some(Quote {
                    range: running.locate(at)?,
                    claim: claim.id(),
                })
            })
            .collect();
        quotes.sort_by_key(|q| q.range.start);
        Original { running, quotes }
    }

    /// The claims quoted, each once, in the order their passages begin.
    fn claims(&self) -> Vec<&'e ClaimId> {
        let mut claims: Vec<&ClaimId> = Vec::with_capacity(self.quotes.len());
        for quote in &self.quotes {
            if !claims.contains(&quote.claim) {
                claims.push(quote.claim);
            }
        }
        claims
    }
}

/// Each claim printed in the paper whose passage stands in it (as the
/// checker finds it), with the bytes of the paper it stands at.
pub fn quoted_in<'m>(model: &'m Model, paper: &str) -> Vec<(&'m Claim, Range<usize>)> {
    let index = PassageIndex::new(paper);
    model
        .claims()
        .iter()
        .filter(|claim| printed_in_paper(model, claim))
        .filter_map(|claim| match index.find(claim.passage().text()) {
            PassageMatch::Found { offset, end } => Some((claim, offset..end)),
            PassageMatch::NotFound { .. } => None,
        })
        .collect()
}

fn printed_in_paper(model: &Model, claim: &Claim) -> bool {
    model
        .source(claim.printed_in())
        .and_then(|source| source.text_path())
        == Some(PAPER)
}

fn latest_day(claims: &[&ClaimId], days: &HashMap<&ClaimId, Dated>) -> Option<Day> {
    claims
        .iter()
        .filter_map(|c| days.get(c))
        .max()
        .map(|d| d.day)
}
