//! Transliteration of names into Latin for readers who do not read Cyrillic,
//! written by the program, never by hand: the Kazakh Latin alphabet of 2021
//! and a scholarly romanisation (ALA-LC).
//!
//! # Sources
//!
//! - **Kazakh Latin alphabet of 2021** (31 letters: A Ä B D E F G Ğ H I İ J K
//!   L M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z), as presented by the National
//!   Alphabet Commission in January 2021; letter table and a transliterated
//!   specimen text from Wikipedia, "Kazakh alphabets", § Latin script
//!   (<https://en.wikipedia.org/wiki/Kazakh_alphabets>); Ч from the 2021
//!   column of `qazlatyn-db` (<https://socket.dev/npm/package/qazlatyn-db>).
//! - **ALA-LC** romanisation: the Library of Congress's own machine-readable
//!   tables in ScriptShifter (<https://github.com/lcnetdev/scriptshifter>,
//!   `scriptshifter/tables/data/kazakh_cyrillic.yml`, `russian.yml`,
//!   `cyrillic_generic.yml`), which encode the ALA-LC tables "Non-Slavic
//!   Languages (in Cyrillic Script)" (Kazakh column) and "Russian", in the
//!   common simplified form without ligature ties (ц ts, ю iu, я ia, ң ng).
//!
//! # Decisions where the standards are silent
//!
//! - 2021 alphabet, letters outside its 31: Ч → ch (qazlatyn-db); Ц → ts,
//!   Щ → şş, Ю → iu, Я → ia, Ё → io, spelled with the letters the 2021
//!   alphabet gives the sounds they stand for (т+с, ш+ш, й+у, й+а, й+о);
//!   Э → e; Ъ and Ь are dropped. As Ю, Я, Ё stand for й + vowel, their
//!   capitals start with İ (Юсуп → İusup). Russian names in Kazakh text go through the
//!   same table (Х → h, В → v), pre-1918 Ѣ → e, Ѳ → f, Ѵ → i.
//! - Case: a letter rendered by two Latin letters is written `Ch` before a
//!   lowercase letter and `CH` inside an all-capital word (the next cased
//!   letter of the word, or else the previous one, is a capital); an initial
//!   standing alone (`Ч.`) is `Ch.`. In the 2021 alphabet the capital of `i`
//!   (И, Й) is `İ` and the capital of `ı` (І) is `I`.
//! - ALA-LC Russian: a hard sign ending a word (pre-1918 spelling, Ташкентъ)
//!   is not romanised, as in Library of Congress catalogue practice;
//!   elsewhere it is ʺ. The Kazakh table keeps ʺ everywhere.
//! - Before either scheme, Latin look-alike letters inside Cyrillic words are
//!   folded back to Cyrillic (see [`fold`]); genuinely Latin words, digits,
//!   punctuation, guillemets and spaces pass through unchanged, and so does
//!   any letter a table does not know.
//!
//! `docs/transliteration.md` has both tables in full.

mod case;
mod fold;
mod tables;

use crate::name::Name;

pub use fold::{has_cyrillic, is_cyrillic_letter};

/// The Latin forms of one Cyrillic text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transliterations {
    /// The Kazakh Latin alphabet of 2021.
    pub kazakh_latin: String,
    /// ALA-LC: Russian rules for `ru`, Kazakh rules otherwise.
    pub scholarly: String,
}

impl Transliterations {
    /// Both forms of `text`, read as language `lang` (`kk`, `ru`, `kk-Cyrl`).
    pub fn of(text: &str, lang: &str) -> Transliterations {
        Transliterations {
            kazakh_latin: kazakh_latin_2021(text),
            scholarly: scholarly(text, lang),
        }
    }
}

/// Both Latin forms of a name, or `None` when the name has no Cyrillic letter
/// (a name already in Latin, or in Arabic script, needs none).
pub fn of_name(name: &Name) -> Option<Transliterations> {
    has_cyrillic(name.text()).then(|| Transliterations::of(name.text(), name.lang().primary()))
}

/// `text` in the Kazakh Latin alphabet of 2021.
pub fn kazakh_latin_2021(text: &str) -> String {
    transliterate(text, Scheme::KazakhLatin2021)
}

/// `text` in ALA-LC romanisation: the Russian table when `lang`'s primary
/// subtag is `ru`, the Kazakh table for `kk` and for any other language.
pub fn scholarly(text: &str, lang: &str) -> String {
    let primary = lang.split('-').next().unwrap_or("");
    let scheme = if primary.eq_ignore_ascii_case("ru") {
        Scheme::AlaLcRussian
    } else {
        Scheme::AlaLcKazakh
    };
    transliterate(text, scheme)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scheme {
    KazakhLatin2021,
    AlaLcKazakh,
    AlaLcRussian,
}

impl Scheme {
    /// The lowercase rendering of a lowercase letter; `word_final` tells
    /// whether no letter of the same word follows it.
    fn render(self, letter: char, word_final: bool) -> Option<&'static str> {
        match self {
            Scheme::KazakhLatin2021 => tables::kazakh_latin_2021(letter),
            Scheme::AlaLcRussian if word_final && letter == 'ъ' => Some(""),
            Scheme::AlaLcKazakh | Scheme::AlaLcRussian => tables::ala_lc(letter),
        }
    }
}

fn transliterate(text: &str, scheme: Scheme) -> String {
    let chars = fold::fold_look_alikes(text);
    let mut latin = String::with_capacity(text.len() * 2);
    for (index, &c) in chars.iter().enumerate() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let word_final = !chars
            .get(index + 1)
            .is_some_and(|&next| next.is_alphabetic());
        match scheme.render(lower, word_final) {
            Some(rendering) if c != lower => {
                let all_caps = case::in_capital_word(&chars, index);
                case::push_capital(&mut latin, rendering, all_caps, scheme);
            }
            Some(rendering) => latin.push_str(rendering),
            None => latin.push(c),
        }
    }
    latin
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::name::{Lang, NameKind};

    #[test]
    fn transliterates_names_with_cyrillic_only() {
        let kk = Lang::new("kk").unwrap();
        let shokay = Name::new("Шоқай", kk.clone(), NameKind::Original).unwrap();
        let forms = of_name(&shokay).unwrap();
        assert_eq!(forms.kazakh_latin, "Şoqai");
        assert_eq!(forms.scholarly, "Shoqaĭ");
        let latin = Name::new("Shokay", Lang::new("en").unwrap(), NameKind::Rendering).unwrap();
        assert_eq!(of_name(&latin), None);
    }

    #[test]
    fn russian_drops_only_the_word_final_hard_sign() {
        assert_eq!(scholarly("Ташкентъ", "ru"), "Tashkent");
        assert_eq!(scholarly("съѣздъ", "ru"), "sʺiezd");
        assert_eq!(scholarly("Ташкентъ", "kk"), "Tashkentʺ");
    }
}
