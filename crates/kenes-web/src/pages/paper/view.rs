//! What the paper page and its API show. The paper is read once per
//! explorer, on first use ([`PaperReading`]): each paragraph's running text
//! with the passages claims quote in it, the claims and the system on the day
//! it speaks of — none of which depends on the request. Each request then
//! takes the paragraphs it shows from that reading ([`PaperView`]) and
//! renders them in the reader's language.
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
    pub when: Option<&'e When>,
}

/// A paragraph's running text and the passages quoted in it.
pub struct Original<'e> {
    pub running: &'e Running,
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
        let reading = PaperReading::of(explorer);
        let paragraphs = explorer
            .paragraphs
            .iter()
            .zip(&reading.paragraphs)
            .filter(|(p, _)| only.is_none_or(|id| p.id == id))
            .map(|(paragraph, read)| read.view(paragraph))
            .collect();
        PaperView {
            lines: reading.lines,
            paragraphs,
        }
    }
}

/// The paper read for every request alike: each of the explorer's
/// paragraphs, in order, as the page shows it in any language.
#[derive(Debug)]
pub struct PaperReading {
    /// How many lines the paper's text has (`None` without a text).
    lines: Option<usize>,
    paragraphs: Vec<ReadParagraph>,
}

/// One paragraph read: what [`ParagraphView`] shows, owning its claim ids.
#[derive(Debug)]
struct ReadParagraph {
    original: Result<ReadOriginal, Problem>,
    claims: Vec<ClaimId>,
    when: Option<When>,
}

/// A paragraph's running text and the passages quoted in it, by claim id.
#[derive(Debug)]
struct ReadOriginal {
    running: Running,
    quotes: Vec<Quote<ClaimId>>,
}

impl PaperReading {
    /// The paper of `explorer`, read on the first request that needs it.
    pub fn of(explorer: &Explorer) -> &PaperReading {
        explorer.paper.get_or_init(|| PaperReading::read(explorer))
    }

    fn read(explorer: &Explorer) -> PaperReading {
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
            .map(|paragraph| reading.paragraph(paragraph))
            .collect();
        PaperReading {
            lines: paper.map(|_| reading.lines.len()),
            paragraphs,
        }
    }
}

impl ReadParagraph {
    /// The paragraph as the page shows it, borrowing this reading.
    fn view<'e>(&'e self, paragraph: &'e Paragraph) -> ParagraphView<'e> {
        let original = match &self.original {
            Ok(read) => Ok(Original {
                running: &read.running,
                quotes: read
                    .quotes
                    .iter()
                    .map(|quote| Quote {
                        range: quote.range.clone(),
                        claim: &quote.claim,
                    })
                    .collect(),
            }),
            Err(problem) => Err(problem.clone()),
        };
        ParagraphView {
            paragraph,
            original,
            claims: self.claims.iter().collect(),
            when: self.when.as_ref(),
        }
    }
}

/// What reading each paragraph needs, gathered once for the paper.
struct Reading<'m> {
    model: &'m Model,
    paper: Option<&'m str>,
    lines: Vec<Range<usize>>,
    found: Vec<(&'m Claim, Range<usize>)>,
    days: HashMap<&'m ClaimId, Dated>,
    states: States,
}

impl Reading<'_> {
    fn paragraph(&mut self, paragraph: &Paragraph) -> ReadParagraph {
        let original = match self.paper {
            None => Err(Problem::NoText),
            Some(text) => running(text, &self.lines, paragraph.first_line, paragraph.last_line)
                .map(|running| ReadOriginal::with_quotes(running, &self.found))
                .map_err(Problem::Lines),
        };
        let claims = original
            .as_ref()
            .map(ReadOriginal::claims)
            .unwrap_or_default();
        let when =
            latest_day(&claims, &self.days).map(|day| self.states.when(self.model, day, &claims));
        let claims = claims.into_iter().cloned().collect();
        ReadParagraph {
            original,
            claims,
            when,
        }
    }
}

impl ReadOriginal {
    fn with_quotes(running: Running, found: &[(&Claim, Range<usize>)]) -> ReadOriginal {
        let mut quotes: Vec<Quote<ClaimId>> = found
            .iter()
            .filter(|(_, at)| at.start < running.covers.end && running.covers.start < at.end)
            .filter_map(|(claim, at)| {
                Some(Quote {
                    range: running.locate(at)?,
                    claim: claim.id().clone(),
                })
            })
            .collect();
        quotes.sort_by_key(|q| q.range.start);
        ReadOriginal { running, quotes }
    }

    /// The claims quoted, each once, in the order their passages begin.
    fn claims(&self) -> Vec<&ClaimId> {
        let mut claims: Vec<&ClaimId> = Vec::with_capacity(self.quotes.len());
        for quote in &self.quotes {
            if !claims.contains(&&quote.claim) {
                claims.push(&quote.claim);
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
