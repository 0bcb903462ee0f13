//! Folding Latin look-alike letters back to Cyrillic inside Cyrillic words.
//!
//! PDF extraction and hurried typesetting put Latin letters that look like
//! Cyrillic ones into Cyrillic words: the paper prints «Түркiстан» with a
//! Latin `i` (U+0069) for Kazakh `і` (U+0456). Transliterated as it stands,
//! such a word would keep a Latin letter that means something else in the
//! target alphabet (`i` is и in the 2021 alphabet, not і). So before
//! transliterating, every *word that contains a Cyrillic letter* has its
//! look-alikes replaced by the Cyrillic letter they imitate; a word without
//! any Cyrillic letter is genuinely Latin and is left alone.
//!
//! The pairs follow the Unicode confusables data (UTS #39,
//! `confusables.txt`): each Latin letter below is listed there as confusable
//! with exactly the Cyrillic letter it folds to. Where a Latin letter imitates
//! two Cyrillic letters, the confusables entry decides (`Y` ↔ Ү straight U,
//! `y` ↔ у).

/// A word is a maximal run of letters and combining marks.
pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_combining_mark(c)
}

/// Combining diacritics (U+0300–U+036F), which belong to the letter before.
pub(super) fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Letters of the Cyrillic and Cyrillic Supplement blocks.
pub fn is_cyrillic_letter(c: char) -> bool {
    ('\u{0400}'..='\u{052F}').contains(&c) && c.is_alphabetic()
}

/// Whether `text` holds at least one Cyrillic letter.
pub fn has_cyrillic(text: &str) -> bool {
    text.chars().any(is_cyrillic_letter)
}

/// The Cyrillic letter a Latin letter imitates, if it imitates one.
fn cyrillic_twin(c: char) -> Option<char> {
    Some(match c {
        'A' => 'А',
        'a' => 'а',
        'B' => 'В',
        'C' => 'С',
        'c' => 'с',
        'E' => 'Е',
        'e' => 'е',
        'Ë' => 'Ё',
        'ë' => 'ё',
        'H' => 'Н',
        'h' => 'һ',
        'I' => 'І',
        'i' => 'і',
        'K' => 'К',
        'M' => 'М',
        'O' => 'О',
        'o' => 'о',
        'P' => 'Р',
        'p' => 'р',
        'T' => 'Т',
        'X' => 'Х',
        'x' => 'х',
        'Y' => 'Ү',
        'y' => 'у',
        'Ə' => 'Ә',
        'ə' | 'ǝ' => 'ә',
        _ => return None,
    })
}

/// The characters of `text`, with look-alikes folded inside Cyrillic words.
pub(super) fn fold_look_alikes(text: &str) -> Vec<char> {
    let mut chars: Vec<char> = text.chars().collect();
    let mut start = 0;
    while start < chars.len() {
        let end = word_end(&chars, start);
        if end == start {
            start += 1;
            continue;
        }
        let word = &mut chars[start..end];
        if word.iter().copied().any(is_cyrillic_letter) {
            for c in word.iter_mut() {
                *c = cyrillic_twin(*c).unwrap_or(*c);
            }
        }
        start = end;
    }
    chars
}

/// The index one past the word that starts at `start` (`start` itself when
/// no word starts there).
pub(super) fn word_end(chars: &[char], start: usize) -> usize {
    chars
        .get(start..)
        .unwrap_or_default()
        .iter()
        .position(|&c| !is_word_char(c))
        .map_or(chars.len(), |offset| start + offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> String {
        fold_look_alikes(text).into_iter().collect()
    }

    #[test]
    fn folds_look_alikes_inside_cyrillic_words_only() {
        // «Түркiстан» as the paper prints it: Latin i (U+0069) for і.
        assert_eq!(folded("Түркiстан"), "Түркістан");
        assert_eq!(folded("Kenes «Түркiстан»"), "Kenes «Түркістан»");
        assert_eq!(folded("Shokay, Turkestan"), "Shokay, Turkestan");
        // A Latin word beside a Cyrillic one, split by a hyphen, stays Latin.
        assert_eq!(folded("Alash-Орда"), "Alash-Орда");
        // Latin P and e (written as escapes to be visible) in «Республика».
        assert_eq!(folded("\u{50}\u{65}спублика"), "Республика");
        // A Latin letter with no Cyrillic twin is kept.
        assert_eq!(folded("Шоқаj"), "Шоқаj");
    }
}
