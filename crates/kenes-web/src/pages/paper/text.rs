//! A paragraph of the paper as running text, and the passages claims quote
//! in it cut into segments for marking.
//!
//! The paper is a PDF extraction: every text line is followed by an empty
//! line, lines wrap at page width, and compound words are hyphenated across
//! lines (`қоғамдық-⏎⏎саяси`). For reading, a paragraph's lines are joined:
//! blank lines dropped, each line trimmed, lines joined by one space, except
//! after a hyphen that follows a letter or digit, where the lines join with
//! the hyphen kept and no space — the rule the checker compares passages by
//! (`kenes_check::normalise`), so a marked passage reads as it was found.
//! Every other character is kept as the text has it (look-alike Latin
//! letters, double spaces, quotation marks).

use std::ops::Range;

/// A paragraph's lines joined into running text, knowing where in the paper
/// each of its characters comes from.
#[derive(Debug)]
pub struct Running {
    pub text: String,
    /// For each character of `text`: its byte offset in `text` and the byte
    /// offset in the paper of the character it stands for (of the line end,
    /// for a space that joins two lines). Both rise together.
    places: Vec<(usize, usize)>,
    /// The bytes of the paper the paragraph's lines cover.
    pub covers: Range<usize>,
    /// The paper's byte just past the last character joined so far.
    paper_end: usize,
}

/// Why a paragraph's lines cannot be read from the paper.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinesProblem {
    /// The lines run backwards or start at line 0.
    BadRange,
    /// The last line lies past the end of the text, which has `lines` lines.
    PastEnd { lines: usize },
}

/// The byte range of each line of `paper` (without its line break).
pub fn line_ranges(paper: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for (offset, _) in paper.match_indices('\n') {
        ranges.push(start..offset);
        start = offset + 1;
    }
    if start < paper.len() {
        ranges.push(start..paper.len());
    }
    ranges
}

/// Joins the 1-based lines `first..=last` of `paper` into running text.
pub fn running(
    paper: &str,
    lines: &[Range<usize>],
    first: usize,
    last: usize,
) -> Result<Running, LinesProblem> {
    if first == 0 || last < first {
        return Err(LinesProblem::BadRange);
    }
    let Some(chosen) = lines.get(first - 1..last) else {
        return Err(LinesProblem::PastEnd { lines: lines.len() });
    };
    let covers = chosen.first().map_or(0, |l| l.start)..chosen.last().map_or(0, |l| l.end);
    let mut out = Running {
        text: String::new(),
        places: Vec::new(),
        covers,
        paper_end: 0,
    };
    for line in chosen {
        out.push_line(paper, line.clone());
    }
    Ok(out)
}

impl Running {
    fn push_line(&mut self, paper: &str, line: Range<usize>) {
        let raw = &paper[line.clone()];
        let content = raw.trim();
        if content.is_empty() {
            return;
        }
        let start = line.start + (raw.len() - raw.trim_start().len());
        if !self.text.is_empty() && !ends_with_word_hyphen(&self.text) {
            // the space stands for the line break just past the previous line
            self.push(' ', self.paper_end);
        }
        for (offset, c) in content.char_indices() {
            self.push(c, start + offset);
        }
        self.paper_end = start + content.len();
    }

    fn push(&mut self, c: char, paper_offset: usize) {
        self.places.push((self.text.len(), paper_offset));
        self.text.push(c);
    }

    /// The bytes of `text` that stand for the paper's bytes `paper`: from the
    /// first character at or after its start to the end of the last character
    /// before its end. `None` when none does.
    pub fn locate(&self, paper: &Range<usize>) -> Option<Range<usize>> {
        let first = self.places.partition_point(|&(_, p)| p < paper.start);
        let past = self.places.partition_point(|&(_, p)| p < paper.end);
        if first >= past {
            return None;
        }
        let start = self.places[first].0;
        let end = self.places.get(past).map_or(self.text.len(), |&(t, _)| t);
        Some(start..end)
    }
}

/// Whether `text` ends with a hyphen that follows a letter or digit.
fn ends_with_word_hyphen(text: &str) -> bool {
    let mut last = text.chars().rev();
    matches!(
        (last.next(), last.next()),
        (Some('-' | '\u{2010}' | '\u{2011}'), Some(before)) if before.is_alphanumeric()
    )
}

/// A stretch of running text, and the claims that quote it (none for text
/// that no claim quotes).
#[derive(Debug, PartialEq, Eq)]
pub struct Segment<'t, C> {
    pub text: &'t str,
    /// The claims whose passages cover it; the first is the one it links to.
    pub claims: Vec<C>,
}

/// A quoted stretch of running text: the byte range, and the claim (its id).
#[derive(Clone, Debug)]
pub struct Quote<C> {
    pub range: Range<usize>,
    pub claim: C,
}

/// Cuts `text` at every start and end of a quote, so that overlapping
/// quotations become a flat run of segments (well-nested markup). A segment
/// covered by several quotes names first the one that begins nearest before
/// it (the innermost, for nested quotes): the outer one keeps its own link on
/// the stretches the inner one does not cover.
pub fn segments<'t, C: Copy + PartialEq>(
    text: &'t str,
    quotes: &[Quote<C>],
) -> Vec<Segment<'t, C>> {
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for quote in quotes {
        cuts.extend([quote.range.start, quote.range.end]);
    }
    cuts.retain(|&cut| cut <= text.len() && text.is_char_boundary(cut));
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|pair| Segment {
            text: &text[pair[0]..pair[1]],
            claims: covering(quotes, pair[0]..pair[1]),
        })
        .collect()
}

/// The claims of the quotes that cover `stretch`, the latest-beginning first
/// (then in the order given), each once.
fn covering<C: Copy + PartialEq>(quotes: &[Quote<C>], stretch: Range<usize>) -> Vec<C> {
    let mut covering: Vec<(usize, usize, C)> = quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.range.start <= stretch.start && stretch.end <= q.range.end)
        .map(|(order, q)| (q.range.start, order, q.claim))
        .collect();
    covering.sort_by_key(|&(start, order, _)| (std::cmp::Reverse(start), order));
    let mut claims: Vec<C> = Vec::with_capacity(covering.len());
    for (_, _, claim) in covering {
        if !claims.contains(&claim) {
            claims.push(claim);
        }
    }
    claims
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAPER: &str = "Заголовок\n\n \n\nҰлттық қоғамдық-\n\nсаяси ұйымдар\n\n  «Бірлік туы» \n";

    fn joined(first: usize, last: usize) -> Running {
        running(PAPER, &line_ranges(PAPER), first, last).unwrap()
    }

    #[test]
    fn lines_join_into_running_text() {
        assert_eq!(joined(1, 1).text, "Заголовок");
        // the blank lines go, the hyphenated compound joins without a space
        assert_eq!(
            joined(5, 9).text,
            "Ұлттық қоғамдық-саяси ұйымдар «Бірлік туы»"
        );
    }

    #[test]
    fn a_range_outside_the_text_is_a_problem() {
        let lines = line_ranges(PAPER);
        assert_eq!(
            running(PAPER, &lines, 9, 12).unwrap_err(),
            LinesProblem::PastEnd { lines: 9 }
        );
        assert_eq!(
            running(PAPER, &lines, 0, 1).unwrap_err(),
            LinesProblem::BadRange
        );
        assert_eq!(
            running(PAPER, &lines, 3, 2).unwrap_err(),
            LinesProblem::BadRange
        );
    }

    #[test]
    fn a_passage_across_a_line_break_is_located_in_the_running_text() {
        let paragraph = joined(5, 9);
        let start = PAPER.find("қоғамдық").unwrap();
        let end = PAPER.find(" ұйымдар").unwrap();
        let located = paragraph.locate(&(start..end)).unwrap();
        assert_eq!(&paragraph.text[located], "қоғамдық-саяси");
        // a passage running on past the paragraph is cut at its end
        let located = paragraph.locate(&(start..PAPER.len() + 10)).unwrap();
        assert!(paragraph.text[located].ends_with("туы»"));
        assert_eq!(paragraph.locate(&(0..3)), None);
        // a passage ending at a line end leaves the joining space out
        let end = PAPER.find("\n\nсаяси").unwrap();
        let located = paragraph.locate(&(start..end)).unwrap();
        assert_eq!(&paragraph.text[located], "қоғамдық-");
        let end = PAPER.find("\n\n  «").unwrap();
        let located = paragraph.locate(&(start..end)).unwrap();
        assert_eq!(&paragraph.text[located], "қоғамдық-саяси ұйымдар");
    }

    #[test]
    fn overlapping_quotes_become_flat_segments() {
        let text = "abcdefghij";
        let quotes = [
            Quote {
                range: 0..6,
                claim: "c.outer",
            },
            Quote {
                range: 2..4,
                claim: "c.inner",
            },
            Quote {
                range: 5..8,
                claim: "c.across",
            },
        ];
        let cut: Vec<(&str, Vec<&str>)> = segments(text, &quotes)
            .into_iter()
            .map(|s| (s.text, s.claims))
            .collect();
        assert_eq!(
            cut,
            vec![
                ("ab", vec!["c.outer"]),
                ("cd", vec!["c.inner", "c.outer"]),
                ("e", vec!["c.outer"]),
                ("f", vec!["c.across", "c.outer"]),
                ("gh", vec!["c.across"]),
                ("ij", vec![]),
            ]
        );
    }
}
