//! K104 passage-not-found: a claim's passage does not stand verbatim in the
//! text of the work that prints it.
//!
//! Every fact of a model rests on a passage, and the passage is only evidence
//! if it is really what the printing work says. Comparison ignores line
//! breaks and runs of white space, treats Latin/Cyrillic look-alike letters as
//! equal, and keeps a hyphen at a line end (see [`crate::normalise`]);
//! quotation marks, case and every other letter must match. When a passage is
//! not found, the finding gives the longest opening of it that is found and
//! where in the text the match breaks, with the text there, and — when the
//! passage differs at one spot only — just that difference («8-ші» where the
//! passage has «9-шы»): that is what an editor needs to fix a typo.
//!
//! A claim printed in a work that has no `text` cannot be checked: that is a
//! note, given once per work.
//!
//! # Example
//!
//! ```toml
//! [[claim]]
//! id = "c.fighting"
//! source = "src.paper"
//! passage = "Ташкент шаһарында 29-шы октябрьде"   # K104: the text has «28-ші»
//! ```

use std::collections::BTreeMap;

use kenes_model::diagnostic::code;
use kenes_model::{Claim, Diagnostic, Model, Severity, Source, SourceId};
use rayon::prelude::*;

use crate::passage::{PassageIndex, PassageMatch, normalise_chars};
use crate::support::at;

/// How many characters of context a note shows either side of a break.
const CONTEXT: usize = 30;
/// An opening shorter than this is no evidence that the right text is quoted.
const MEANINGFUL_OPENING: usize = 8;

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    let mut by_text: BTreeMap<&str, Vec<(&Claim, &Source)>> = BTreeMap::new();
    for (work, claims) in claims_by_printing_work(model) {
        let Some(source) = model.source(work) else {
            continue;
        };
        match source.text_path() {
            None => findings.push(no_text(source, claims.len())),
            Some(path) if model.text(path).is_some() => {
                let entry = by_text.entry(path).or_default();
                entry.extend(claims.into_iter().map(|claim| (claim, source)));
            }
            // A text that could not be read is reported by the loader (K004).
            Some(_) => {}
        }
    }
    for (path, claims) in by_text {
        let Some(text) = model.text(path) else {
            continue;
        };
        let checked = TextChecker::new(path, text);
        let mut found: Vec<Diagnostic> = claims
            .par_iter()
            .filter_map(|(claim, source)| checked.check(claim, source))
            .collect();
        findings.append(&mut found);
    }
}

fn claims_by_printing_work(model: &Model) -> BTreeMap<&SourceId, Vec<&Claim>> {
    let mut by_work: BTreeMap<&SourceId, Vec<&Claim>> = BTreeMap::new();
    for claim in model.claims() {
        by_work.entry(claim.printed_in()).or_default().push(claim);
    }
    by_work
}

fn no_text(source: &Source, claims: usize) -> Diagnostic {
    let quoted = if claims == 1 {
        "1 claim quotes a passage".to_owned()
    } else {
        format!("{claims} claims quote passages")
    };
    Diagnostic::new(
        code::PASSAGE_NOT_FOUND,
        Severity::Note,
        format!("{quoted} printed in this work, which has no `text` to check them against"),
        at(source.id().id(), source.origin(), "id"),
    )
    .with_note("give the work a `text` (a file under texts/) to have its passages checked")
}

/// One text, indexed, with where its lines start (for line:column in notes).
struct TextChecker<'t> {
    path: &'t str,
    text: &'t str,
    index: PassageIndex,
    line_starts: Vec<usize>,
}

impl<'t> TextChecker<'t> {
    fn new(path: &'t str, text: &'t str) -> TextChecker<'t> {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        TextChecker {
            path,
            text,
            index: PassageIndex::new(text),
            line_starts,
        }
    }

    fn check(&self, claim: &Claim, source: &Source) -> Option<Diagnostic> {
        let passage = normalise_chars(claim.passage().text());
        let location = || at(claim.id().id(), claim.origin(), "passage");
        if passage.is_empty() {
            let message = "the passage is empty: a claim quotes the words it rests on";
            return Some(Diagnostic::new(
                code::PASSAGE_NOT_FOUND,
                Severity::Error,
                message,
                location(),
            ));
        }
        let PassageMatch::NotFound { matched, at } = self.index.find_normalised(&passage) else {
            return None;
        };
        let message = format!(
            "the passage does not stand in the text of `{}` ({})",
            source.id(),
            self.path
        );
        let finding = Diagnostic::new(
            code::PASSAGE_NOT_FOUND,
            Severity::Error,
            message,
            location(),
        );
        Some(self.explain(finding, &passage, matched, at))
    }

    /// Notes on how much of the passage is found and where the match breaks.
    fn explain(
        &self,
        finding: Diagnostic,
        passage: &[char],
        matched: usize,
        at: usize,
    ) -> Diagnostic {
        if matched < MEANINGFUL_OPENING.min(passage.len()) {
            return finding.with_note(format!(
                "not even its opening stands in the text (the longest opening found is \
                 {matched} characters long); check that the claim cites the work that prints it"
            ));
        }
        let text = self.index.chars();
        let opening = format!(
            "the first {matched} of its {} characters stand in the text: «{}»",
            passage.len(),
            excerpt(passage, matched.saturating_sub(2 * CONTEXT), matched)
        );
        let break_at = at + matched;
        let where_ = self.line_column(self.index.original_offset(break_at));
        let text_goes_on = excerpt(text, break_at, break_at + CONTEXT);
        let passage_goes_on = excerpt(passage, matched, matched + CONTEXT);
        let finding = finding.with_note(opening).with_note(format!(
            "there the match breaks ({}:{where_}): the text goes on «{text_goes_on}», \
             the passage «{passage_goes_on}»",
            self.path
        ));
        match single_difference(&text[break_at..], &passage[matched..]) {
            Some((in_text, in_passage)) => finding.with_note(format!(
                "the rest matches: the text has «{}» where the passage has «{}»",
                excerpt(text, break_at, break_at + in_text),
                excerpt(passage, matched, matched + in_passage)
            )),
            None => finding,
        }
    }

    /// `line:column` (1-based, columns in characters) of a byte offset.
    fn line_column(&self, offset: Option<usize>) -> String {
        let offset = offset.unwrap_or(self.text.len()).min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self
            .line_starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(0);
        let column = self
            .text
            .get(start..offset)
            .map_or(1, |before| before.chars().count() + 1);
        format!("{line}:{column}")
    }
}

/// The widest difference [`single_difference`] looks for, in characters.
const MAX_DIFFERENCE: usize = 12;

/// When the passage differs from the text at one spot only (a typo, a word
/// left out or added), how many characters of the text and of the passage
/// differ there, such that the whole rest of the passage then matches: the
/// smallest such difference.
fn single_difference(text: &[char], passage: &[char]) -> Option<(usize, usize)> {
    let mut sizes: Vec<(usize, usize)> = (0..=MAX_DIFFERENCE)
        .flat_map(|i| (0..=MAX_DIFFERENCE).map(move |j| (i, j)))
        .filter(|&(i, j)| i + j > 0 && j <= passage.len())
        .collect();
    sizes.sort_by_key(|&(i, j)| (i.max(j), i + j));
    sizes.into_iter().find(|&(i, j)| {
        let rest = &passage[j..];
        !rest.is_empty() && text.get(i..).is_some_and(|t| t.starts_with(rest))
    })
}

/// The characters `from..to` of a normalised text, clamped to it.
fn excerpt(chars: &[char], from: usize, to: usize) -> String {
    let to = to.min(chars.len());
    chars
        .get(from.min(to)..to)
        .unwrap_or_default()
        .iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::single_difference;

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    #[test]
    fn finds_the_one_spot_where_a_passage_differs() {
        let text = chars("28-ші октябрьде атыс басталды");
        let at = |passage: &str| single_difference(&text, &chars(passage));
        assert_eq!(at("9-ші октябрьде"), Some((2, 1)));
        assert_eq!(at("8-ші октябрьде"), Some((1, 0)));
        assert_eq!(at("028-ші"), Some((0, 1)));
        assert_eq!(at("9-ші октябрде атыс"), None);
    }
}
