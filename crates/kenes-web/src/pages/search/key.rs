//! The key of one word, written in one pass (the search folds every text of
//! the model on each request, so this is its hottest code):
//! 1. in a word holding a Cyrillic letter, Latin look-alikes become the
//!    Cyrillic letters they imitate (`kenes_model::fold_lookalike`: the
//!    paper prints «Түркiстан» with a Latin i), and Cyrillic letters are
//!    written in the Kazakh Latin alphabet of 2021 (`kenes_model::translit`);
//! 2. letters are lowercased and diacritics and spelling variants folded:
//!    ş/sh, ç/č/ch, q/k, ğ/g, ñ/n, ū/ü/u, ä/a, ö/o, ı/i, y/i (so yu/iu and
//!    ya/ia meet), w/v, x/h, c/k (except in ch);
//! 3. digraphs are folded (dzh, zh, dj → j; kh → h) and a doubled letter is
//!    written once (Дорреер and Dorrer meet as `dorer`); digits stay as
//!    they are.

use std::sync::OnceLock;

use kenes_model::fold_lookalike;
use kenes_model::translit::kazakh_latin_2021;

/// Whether `c` belongs to a word: letters, digits and combining marks. The
/// scripts of the model are tested by range first, as a table lookup for
/// every character would be the search's largest cost.
pub(super) fn is_word_char(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0x0400..=0x052F | 0x0300..=0x036F => true,
        0x00C0..=0x024F => c != '×' && c != '÷',
        _ => c.is_alphanumeric(),
    }
}

/// Letters (and the few signs) of the Cyrillic and Cyrillic Supplement blocks.
pub(super) fn is_cyrillic(c: char) -> bool {
    (CYRILLIC_FIRST..=CYRILLIC_LAST).contains(&u32::from(c))
}

/// Appends the key of one letter of a word whose key starts at `start` in
/// `out` (digraphs and doubles fold against the letters before it).
pub(super) fn push_letter(c: char, cyrillic: bool, start: usize, out: &mut String) {
    let mut key = KeyWriter { out, start };
    // the look-alikes are all ASCII letters
    let c = if cyrillic && c.is_ascii() {
        fold_lookalike(c)
    } else {
        c
    };
    if c.is_ascii() {
        key.byte(c.to_ascii_lowercase() as u8);
    } else if let Some(latin) = cyrillic_key(c) {
        for &byte in latin {
            key.byte(byte);
        }
    } else {
        for lower in c.to_lowercase() {
            match latin_key(lower) {
                Some(latin) => key.text(latin),
                None => key.other(lower),
            }
        }
    }
}

/// Ends the key of a word that starts at `start` in `out`.
pub(super) fn finish_key(start: usize, out: &mut String) {
    KeyWriter { out, start }.finish();
}

/// Writes a key letter by letter, folding digraphs and doubled letters
/// against what it has written of this word (from `start`).
struct KeyWriter<'o> {
    out: &'o mut String,
    start: usize,
}

impl KeyWriter<'_> {
    /// The last byte written of this word (0 when none).
    fn previous(&self) -> u8 {
        match self.out.as_bytes() {
            [.., last] if self.out.len() > self.start => *last,
            _ => 0,
        }
    }

    fn text(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_ascii() {
                self.byte(c as u8);
            } else {
                self.other(c);
            }
        }
    }

    /// A lowercase ASCII letter or digit.
    fn byte(&mut self, byte: u8) {
        self.settle_c(byte);
        let mut letter = match byte {
            b'y' => b'i',
            b'w' => b'v',
            b'x' => b'h',
            b'q' => b'k',
            other => other,
        };
        if letter == b'h' {
            match self.previous() {
                b'k' => _ = self.out.pop(),
                b'z' => {
                    self.out.pop();
                    letter = b'j';
                }
                _ => {}
            }
        }
        if letter == b'j' && self.previous() == b'd' {
            self.out.pop();
        }
        self.push_letter(letter);
    }

    /// Writes `letter` unless it doubles the one before.
    fn push_letter(&mut self, letter: u8) {
        if !(letter.is_ascii_alphabetic() && self.previous() == letter) {
            self.out.push(char::from(letter));
        }
    }

    /// A `c` stays `c` only before `h` (ch); otherwise it is `k`. It is
    /// written as `c` and settled when the next letter (or the word's end) comes.
    fn settle_c(&mut self, next: u8) {
        if next != b'h' && self.previous() == b'c' {
            self.out.pop();
            self.push_letter(b'k');
        }
    }

    /// A letter outside the tables (another script), kept as it is.
    fn other(&mut self, c: char) {
        self.settle_c(0);
        self.out.push(c);
    }

    fn finish(&mut self) {
        self.settle_c(0);
    }
}

/// A lowercase non-ASCII Latin letter folded (diacritics off, variants
/// merged), or `None` for a letter kept as it is.
fn latin_key(c: char) -> Option<&'static str> {
    Some(match c {
        'ş' | 'š' | 'ś' => "sh",
        'ç' | 'č' | 'ć' => "ch",
        'ž' | 'ź' | 'ż' => "zh",
        'ğ' | 'ǵ' => "g",
        'ñ' | 'ń' | 'ň' => "n",
        'ū' | 'ü' | 'ú' | 'ù' | 'û' | 'ŭ' => "u",
        'ä' | 'á' | 'à' | 'â' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' | 'æ' => "a",
        'ö' | 'ó' | 'ò' | 'ô' | 'õ' | 'ø' | 'ō' | 'ő' => "o",
        'ı' | 'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ĭ' | 'ý' | 'ÿ' => "i",
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'ə' | 'ǝ' => "e",
        'ł' => "l",
        'ř' => "r",
        'ß' => "ss",
        // the modifier primes of ALA-LC (ʹ ʺ) and combining marks (the dot of İ) carry no sound
        'ʹ' | 'ʺ' | 'ʼ' | '\u{0300}'..='\u{036F}' => "",
        _ => return None,
    })
}

/// The first and last code points of the Cyrillic and Cyrillic Supplement blocks.
const CYRILLIC_FIRST: u32 = 0x0400;
const CYRILLIC_LAST: u32 = 0x052F;

/// The 2021 alphabet's Latin of each letter of the Cyrillic blocks (either
/// case), lowercase, diacritics folded, as ASCII bytes (`None` for a letter
/// the table does not know, kept as it is); computed once.
fn cyrillic_table() -> &'static [Option<Vec<u8>>] {
    static TABLE: OnceLock<Vec<Option<Vec<u8>>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (CYRILLIC_FIRST..=CYRILLIC_LAST)
            .map(|code| char::from_u32(code).and_then(cyrillic_letter_latin))
            .collect()
    })
}

fn cyrillic_key(c: char) -> Option<&'static [u8]> {
    let index = u32::from(c).checked_sub(CYRILLIC_FIRST)?;
    cyrillic_table().get(index as usize)?.as_deref()
}

fn cyrillic_letter_latin(letter: char) -> Option<Vec<u8>> {
    let lower: String = letter.to_lowercase().collect();
    let mut latin = String::new();
    for c in kazakh_latin_2021(&lower)
        .chars()
        .flat_map(char::to_lowercase)
    {
        match latin_key(c) {
            Some(folded) => latin.push_str(folded),
            None => latin.push(c),
        }
    }
    latin.is_ascii().then(|| latin.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(word: &str) -> String {
        let cyrillic = word.chars().any(is_cyrillic);
        let mut out = String::new();
        for c in word.chars() {
            push_letter(c, cyrillic, 0, &mut out);
        }
        finish_key(0, &mut out);
        out
    }

    #[test]
    fn digraphs_and_doubles_fold() {
        assert_eq!(key("Khodzhaev"), "hojaev");
        assert_eq!(key("Ходжаев"), "hojaev");
        assert_eq!(key("Дорреер"), "dorer");
        assert_eq!(key("Committee"), "komite");
        assert_eq!(key("Chokay"), "chokai");
        assert_eq!(key("Kc"), "k");
        assert_eq!(key("Щ"), "shsh");
        assert_eq!(key("1911"), "1911");
    }

    #[test]
    fn other_scripts_are_kept() {
        assert_eq!(key("شورا"), "شورا");
        assert_eq!(key("Ωc"), "ωk");
    }
}
