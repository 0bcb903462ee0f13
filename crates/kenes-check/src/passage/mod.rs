//! Finding a quoted passage in the text of the work that prints it.
//!
//! Passages are compared after [`normalise`]: runs of white space (line
//! breaks included) count as one space, Latin letters that look like
//! Cyrillic ones count as those (scanned and typed texts mix them), and a
//! hyphen at a line end is kept as a hyphen of a compound word, the line break
//! after it dropped (`қоғамдық-⏎саяси` is `қоғамдық-саяси`). Quotation marks,
//! letter case and everything else must match as written.
//!
//! A model may have a million claims quoting texts of megabytes, so each text
//! is normalised and indexed once ([`PassageIndex`], a suffix array), and each
//! passage is then found by binary search. The same search yields the longest
//! opening of a passage that does stand in the text, which is what an editor
//! needs to find a typo.

mod index;

pub use index::{PassageIndex, PassageMatch};

/// A text in the form passages are compared in, with the byte offset in the
/// original text of each of its characters and the width in bytes of the
/// original character (of the first, for a run of white space).
#[derive(Clone, Debug, Default)]
pub struct Normalised {
    pub chars: Vec<char>,
    pub offsets: Vec<u32>,
    pub widths: Vec<u8>,
}

impl Normalised {
    fn push(&mut self, c: char, offset: u32, width: usize) {
        self.chars.push(c);
        self.offsets.push(offset);
        self.widths.push(u8::try_from(width).unwrap_or(4));
    }
}

/// The text in the form passages are compared in (see the module doc).
pub fn normalise(text: &str) -> String {
    normalise_chars(text).into_iter().collect()
}

/// [`normalise`], keeping where each character comes from.
pub fn normalise_with_offsets(text: &str) -> Normalised {
    let mut out = Normalised::default();
    normalise_each(text, |c, offset, width| out.push(c, offset, width));
    out
}

/// [`normalise`] as characters: what a passage is searched as.
pub fn normalise_chars(text: &str) -> Vec<char> {
    // What `normalise_each` does, without the offsets, for the millions of
    // passages a large model quotes: the last two characters given (for a
    // hyphen at a line end) are the last two of `out`.
    let mut out = Vec::with_capacity(text.len());
    // Some(whether it holds a line break) while white space waits
    let mut pending: Option<bool> = None;
    for c in text.chars() {
        if c.is_whitespace() {
            let line_break = c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}';
            pending = Some(pending.unwrap_or(false) || line_break);
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        if let Some(broken) = pending.take()
            && let Some(&last) = out.last()
        {
            let before = out.len().checked_sub(2).map(|i| out[i]);
            if !(broken && ends_with_word_hyphen((before, Some(last)))) {
                out.push(' ');
            }
        }
        out.push(fold(c));
    }
    out
}

/// Gives each character of the normalised text, with the byte offset and
/// width of the original character it comes from, to `emit`.
fn normalise_each(text: &str, mut emit: impl FnMut(char, u32, usize)) {
    // The last two characters given, to tell a hyphen at a line end.
    let mut last: (Option<char>, Option<char>) = (None, None);
    let mut give = |c: char, offset: u32, width: usize, last: &mut (Option<char>, Option<char>)| {
        emit(c, offset, width);
        *last = (last.1, Some(c));
    };
    let mut pending_space: Option<(u32, usize, bool)> = None;
    for (offset, c) in text.char_indices() {
        let offset = u32::try_from(offset).unwrap_or(u32::MAX);
        if c.is_whitespace() {
            let line_break = c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}';
            let (start, width, broken) = pending_space.unwrap_or((offset, c.len_utf8(), false));
            pending_space = Some((start, width, broken || line_break));
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        if let Some((start, width, broken)) = pending_space.take()
            && last.1.is_some()
            && !(broken && ends_with_word_hyphen(last))
        {
            give(' ', start, width, &mut last);
        }
        give(fold(c), offset, c.len_utf8(), &mut last);
    }
}

/// Whether the text so far (its last two characters) ends with a hyphen that
/// follows a letter or digit: a hyphen at a line end that joins a compound word.
/// A hyphen that opens the text counts too: a passage may begin at the
/// second half of a hyphenated word.
fn ends_with_word_hyphen(last: (Option<char>, Option<char>)) -> bool {
    match last {
        (Some(before), Some(hyphen)) => is_hyphen(hyphen) && before.is_alphanumeric(),
        (None, Some(hyphen)) => is_hyphen(hyphen),
        (_, None) => false,
    }
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Characters that typesetting and scanning insert without meaning: a soft
/// hyphen, zero-width spaces and joiners, a byte-order mark.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// A Latin letter that looks like a Cyrillic one, as that Cyrillic letter.
fn fold(c: char) -> char {
    kenes_model::fold_lookalike(c)
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn white_space_runs_are_one_space() {
        assert_eq!(normalise("  a\n\n  b\tc  "), normalise("a b c"));
        assert_eq!(normalise("бір\n\nекі"), "бір екі");
    }

    #[test]
    fn latin_look_alikes_are_cyrillic() {
        assert_eq!(normalise("Ташкeнт"), normalise("Ташкент"));
        assert_eq!(normalise("PAXTA"), "РАХТА");
        assert_ne!(normalise("b"), normalise("в"));
    }

    #[test]
    fn a_hyphen_at_a_line_end_joins_a_compound_word() {
        assert_eq!(normalise("қоғамдық-\n\nсаяси"), "қоғамдық-саяси");
        assert_eq!(normalise("Шоқай -\nдеп"), "Шоқай - деп");
        assert_eq!(normalise("қоғамдық- саяси"), "қоғамдық- саяси");
    }

    proptest::proptest! {
        #[test]
        fn the_quick_way_gives_what_the_offsets_way_gives(
            text in "[абa \n\r\t\u{00AD}\u{200B}\u{2028}«»-]{0,40}",
        ) {
            proptest::prop_assert_eq!(
                super::normalise_chars(&text),
                super::normalise_with_offsets(&text).chars
            );
        }
    }

    #[test]
    fn quotation_marks_are_kept_as_written() {
        assert_ne!(normalise("«Бірлік туы»"), normalise("\"Бірлік туы\""));
    }
}
