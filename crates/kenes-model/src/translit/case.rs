//! Restoring capitals. The tables give lowercase Latin; a capital Cyrillic
//! letter becomes a capital Latin letter, and a capital rendered by two or
//! more letters is written `Ch` in an ordinary word and `CH` in an
//! all-capital one (ШОҚАЙ → ŞOQAİ, ЧОКАЙ → CHOKAİ, Чокай → Chokai).

use super::Scheme;
use super::fold::{is_word_char, word_end};

/// Whether the capital at `index` stands in an all-capital word: the next
/// cased letter of its word is a capital, or, at the end of the word, the
/// previous one is. A capital alone in its word (an initial) is not.
pub(super) fn in_capital_word(chars: &[char], index: usize) -> bool {
    let end = word_end(chars, index);
    let start = chars[..index]
        .iter()
        .rposition(|&c| !is_word_char(c))
        .map_or(0, |position| position + 1);
    let is_cased = |c: &&char| c.is_uppercase() || c.is_lowercase();
    let after = chars.get(index + 1..end).unwrap_or_default();
    let before = chars.get(start..index).unwrap_or_default();
    let next = after.iter().find(is_cased);
    let previous = before.iter().rev().find(is_cased);
    next.or(previous).is_some_and(|c| c.is_uppercase())
}

/// Pushes the capital form of a lowercase `rendering`: every letter
/// capitalised when `all_caps` or when the rendering is a single letter,
/// else only the first.
pub(super) fn push_capital(latin: &mut String, rendering: &str, all_caps: bool, scheme: Scheme) {
    let letters = rendering.chars().filter(|c| c.is_alphabetic()).count();
    let mut capitalised_one = false;
    for c in rendering.chars() {
        if (all_caps || letters <= 1 || !capitalised_one) && c.is_lowercase() {
            push_upper(latin, c, scheme);
            capitalised_one = true;
        } else {
            latin.push(c);
        }
    }
}

/// The 2021 alphabet pairs dotted İ with i and dotless I with ı, as Turkish
/// does; Unicode's default case mapping would give I for i.
fn push_upper(latin: &mut String, c: char, scheme: Scheme) {
    if scheme == Scheme::KazakhLatin2021 && c == 'i' {
        latin.push('İ');
    } else {
        latin.extend(c.to_uppercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn capital_word(text: &str, index: usize) -> bool {
        in_capital_word(&text.chars().collect::<Vec<_>>(), index)
    }

    #[test]
    fn tells_capital_words_from_capitalised_ones() {
        assert!(capital_word("ЧОКАЙ", 0));
        assert!(capital_word("ШОҚАЙ", 4));
        assert!(!capital_word("Чокай", 0));
        assert!(!capital_word("Ч. Шоқай", 0));
        assert!(!capital_word("МұстафаШ", 7));
    }
}
