//! Text normalisation shared by the scanner and the matcher: Latin letters
//! that look like Cyrillic ones folded to Cyrillic, white space squeezed the
//! way the passage checker squeezes it (a hyphen at a line end kept, the line
//! break after it dropped), and a lowercase key for comparing names.

/// A normalised text with, for each of its characters, the byte range in the
/// original text it stands for.
#[derive(Clone, Debug, Default)]
pub struct Squeezed {
    pub chars: Vec<char>,
    pub starts: Vec<usize>,
    pub ends: Vec<usize>,
}

/// A Latin letter that looks like a Cyrillic one, as that Cyrillic letter.
pub fn fold(c: char) -> char {
    kenes_model::fold_lookalike(c)
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// Squeezes `text`: every run of white space is one space (none at the
/// start), except after a word hyphen that ends a line, where it vanishes.
pub fn squeeze(text: &str) -> Squeezed {
    squeeze_with(text, fold)
}

/// [`squeeze`] with another mapping of the kept characters.
fn squeeze_with(text: &str, map: fn(char) -> char) -> Squeezed {
    let mut out = Squeezed::default();
    let mut pending: Option<(usize, bool)> = None;
    for (offset, c) in text.char_indices() {
        if c.is_whitespace() {
            let line_break = matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}');
            let (start, broken) = pending.unwrap_or((offset, false));
            pending = Some((start, broken || line_break));
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        if let Some((start, broken)) = pending.take()
            && !out.chars.is_empty()
            && !(broken && ends_with_word_hyphen(&out.chars))
        {
            push(&mut out, ' ', start, offset);
        }
        push(&mut out, map(c), offset, offset + c.len_utf8());
    }
    out
}

fn push(out: &mut Squeezed, c: char, start: usize, end: usize) {
    out.chars.push(c);
    out.starts.push(start);
    out.ends.push(end);
}

fn ends_with_word_hyphen(chars: &[char]) -> bool {
    match chars {
        [.., before, hyphen] => is_hyphen(*hyphen) && before.is_alphanumeric(),
        _ => false,
    }
}

/// The squeezed text as a string (no offsets).
pub fn squeezed_string(text: &str) -> String {
    squeeze(text).chars.into_iter().collect()
}

/// A comparison key for names: squeezed, lowercase, quotation marks of any
/// kind dropped, hyphen variants as `-`, no space after an initial's dot.
pub fn name_key(text: &str) -> String {
    let squeezed = squeezed_string(text);
    let mut key = String::with_capacity(squeezed.len());
    let mut previous = ' ';
    for c in squeezed.chars() {
        let c = if is_hyphen(c) { '-' } else { c };
        if matches!(c, '«' | '»' | '"' | '“' | '”' | '„') || (c == ' ' && previous == '.') {
            continue;
        }
        key.extend(c.to_lowercase().map(fold));
        previous = c;
    }
    key.trim().to_owned()
}

/// Every start position of `needle` in `haystack` (overlapping allowed).
pub fn find_all(haystack: &[char], needle: &[char]) -> Vec<usize> {
    if needle.is_empty() || needle.len() > haystack.len() {
        return Vec::new();
    }
    (0..=haystack.len() - needle.len())
        .filter(|&i| haystack[i] == needle[0] && haystack[i..i + needle.len()] == *needle)
        .collect()
}

/// The text as printed on one line (for reports and the exclusion list):
/// squeezed like a passage, letters left as they are.
pub fn one_line(text: &str) -> String {
    squeeze_with(text, |c| c)
        .chars
        .into_iter()
        .collect::<String>()
        .trim_end()
        .to_owned()
}

/// The 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squeezes_like_the_passage_checker() {
        assert_eq!(squeezed_string("  a\n\n  b\tc  "), "а b с");
        assert_eq!(squeezed_string("қоғамдық-\n\nсаяси"), "қоғамдық-саяси");
        assert_eq!(squeezed_string("Шоқай -\nдеп"), "Шоқай - деп");
        assert_eq!(squeezed_string("Ташкeнт"), "Ташкент");
    }

    #[test]
    fn keeps_offsets_of_the_original() {
        let text = "ab\n\ncd";
        let s = squeeze(text);
        assert_eq!(s.chars.len(), 5);
        assert_eq!((s.starts[2], s.ends[2]), (2, 4));
        assert_eq!(s.starts[3], 4);
    }

    #[test]
    fn name_keys_ignore_case_quotes_and_initial_spacing() {
        assert_eq!(name_key("«Шуро-и-Ислам»"), name_key("шуро-и-ислам"));
        assert_eq!(name_key("Р. Абдуллаев"), name_key("Р.Абдуллаев"));
        assert_eq!(name_key("М. Шоқай"), name_key("м. Шоқай"));
    }

    #[test]
    fn finds_every_occurrence_and_lines() {
        let hay: Vec<char> = "abcabc".chars().collect();
        assert_eq!(find_all(&hay, &['b', 'c']), vec![1, 4]);
        assert!(find_all(&hay, &[]).is_empty());
        assert_eq!(line_column("ab\nсd", 5), (2, 2));
        let _ = line_column("ab\nсd", 4); // inside a character: no panic
        assert_eq!(one_line("Шуро-и-\n\nулема  b"), "Шуро-и-улема b");
    }
}
