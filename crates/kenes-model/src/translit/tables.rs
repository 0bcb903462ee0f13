//! The letter tables, one function per scheme, each mapping a *lowercase*
//! Cyrillic letter to its lowercase Latin rendering. Case is restored by the
//! caller (`super::case`), so every table is written once, in lowercase, and
//! can be read against its source row by row. A letter a table does not know
//! gives `None` and is copied through unchanged.
//!
//! Sources (full citations in `docs/transliteration.md`):
//! - Kazakh Latin alphabet of 2021: the 31-letter table as presented by the
//!   National Alphabet Commission in January 2021 and reproduced in
//!   Wikipedia, "Kazakh alphabets", § Latin script
//!   (<https://en.wikipedia.org/wiki/Kazakh_alphabets>), with the 2021 column
//!   of the `qazlatyn-db` table (<https://socket.dev/npm/package/qazlatyn-db>)
//!   for Ч.
//! - ALA-LC: the Library of Congress ScriptShifter tables, which encode the
//!   ALA-LC Romanization Tables: `kazakh_cyrillic.yml` (the Kazakh column of
//!   "Non-Slavic Languages (in Cyrillic Script)"), `russian.yml`, and their
//!   parent `cyrillic_generic.yml`
//!   (<https://github.com/lcnetdev/scriptshifter>, `scriptshifter/tables/data/`).
//!   The ligature ties (U+0361, U+FE20/U+FE21) of ц, ю, я, ң are dropped, as
//!   the common simplified form does.

/// Kazakh Latin alphabet of 2021. The 31 letters cover the 33 Kazakh
/// Cyrillic letters below the rule; the rest follow the decisions recorded
/// in `docs/transliteration.md` (Ц → ts, Щ → şş, Ю → iu, Я → ia, Ё → io,
/// Э → e, Ъ and Ь dropped, pre-1918 Ѣ → e, Ѳ → f, Ѵ → i).
pub(super) fn kazakh_latin_2021(letter: char) -> Option<&'static str> {
    Some(match letter {
        'а' => "a",
        'ә' => "ä",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'ғ' => "ğ",
        'д' => "d",
        'е' => "e",
        'ж' => "j",
        'з' => "z",
        'и' | 'й' => "i",
        'к' => "k",
        'қ' => "q",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'ң' => "ñ",
        'о' => "o",
        'ө' => "ö",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ұ' => "ū",
        'ү' => "ü",
        'ф' => "f",
        'х' | 'һ' => "h",
        'ш' => "ş",
        'ы' => "y",
        'і' => "ı",
        // Outside the 31-letter table: see the module doc.
        'ч' => "ch",
        'ц' => "ts",
        'щ' => "şş",
        'ё' => "io",
        'ю' => "iu",
        'я' => "ia",
        'э' => "e",
        'ъ' | 'ь' => "",
        'ѣ' => "e",
        'ѳ' => "f",
        'ѵ' => "i",
        _ => return None,
    })
}

/// ALA-LC: the Kazakh column of the Non-Slavic Languages (in Cyrillic
/// Script) table, the Russian table for the letters of the Russian alphabet,
/// and the Russian table's pre-1918 letters, which the 1917 press still used.
/// The three sets do not overlap (і is ī in both tables), so one function
/// serves Kazakh and Russian; they differ only in the hard-sign rule applied
/// by the caller.
pub(super) fn ala_lc(letter: char) -> Option<&'static str> {
    Some(match letter {
        'ә' => "ă",
        'ғ' => "gh",
        'қ' => "q",
        'ң' => "ng",
        'ө' => "ȯ",
        'ұ' => "ū",
        'ү' => "u\u{0307}",
        'һ' => "ḣ",
        'і' => "ī",
        'ѣ' => "ie",
        'ѳ' => "ḟ",
        'ѵ' => "ẏ",
        _ => return ala_lc_russian_alphabet(letter),
    })
}

/// The 33 letters of the modern Russian alphabet, romanised alike in the
/// Russian table and in the Kazakh column of the non-Slavic table.
fn ala_lc_russian_alphabet(letter: char) -> Option<&'static str> {
    Some(match letter {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' => "e",
        'ё' => "ë",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => "ĭ",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' => "ʺ",
        'ы' => "y",
        'ь' => "ʹ",
        'э' => "ė",
        'ю' => "iu",
        'я' => "ia",
        _ => return None,
    })
}
