//! Property tests of `kenes_model::translit` over random text drawn from the
//! Kazakh Cyrillic alphabet (42 letters, both cases), digits, spaces and
//! punctuation: no Cyrillic letter survives, non-letters pass through in
//! order, and output length stays within the bounds the tables allow.

use kenes_model::translit::{is_cyrillic_letter, kazakh_latin_2021, scholarly};
use proptest::prelude::*;

const KAZAKH_ALPHABET: &str = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя\
                               АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ";
const OTHERS: &str = " ,.-«»()0123456789";

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn kazakh_text() -> impl Strategy<Value = String> {
    let pool: Vec<char> = KAZAKH_ALPHABET.chars().chain(OTHERS.chars()).collect();
    prop::collection::vec(prop::sample::select(pool), 0..40)
        .prop_map(|chars| chars.into_iter().collect())
}

fn non_letters(text: &str) -> String {
    text.chars().filter(|c| !c.is_alphabetic()).collect()
}

fn signs(text: &str) -> usize {
    text.chars().filter(|c| "ъьЪЬ".contains(*c)).count()
}

proptest! {
    #![proptest_config(config(2000))]

    #[test]
    fn kazakh_latin_leaves_no_cyrillic(text in kazakh_text()) {
        let latin = kazakh_latin_2021(&text);
        prop_assert!(!latin.chars().any(is_cyrillic_letter), "{text:?} -> {latin:?}");
    }

    #[test]
    fn kazakh_latin_length_bounds(text in kazakh_text()) {
        let latin = kazakh_latin_2021(&text);
        let (input, output) = (text.chars().count(), latin.chars().count());
        // At most two Latin letters per Cyrillic one; only ъ and ь vanish.
        prop_assert!(output <= 2 * input);
        prop_assert!(output + signs(&text) >= input);
        prop_assert_eq!(non_letters(&latin), non_letters(&text));
    }

    #[test]
    fn scholarly_leaves_no_cyrillic(text in kazakh_text(), russian in any::<bool>()) {
        let lang = if russian { "ru" } else { "kk" };
        let latin = scholarly(&text, lang);
        prop_assert!(!latin.chars().any(is_cyrillic_letter), "{text:?} -> {latin:?}");
        let (input, output) = (text.chars().count(), latin.chars().count());
        // At most four characters per letter (щ → shch); only a final ъ vanishes.
        prop_assert!(output <= 4 * input);
        prop_assert!(output + signs(&text) >= input);
    }

    #[test]
    fn latin_text_is_left_alone(text in "[A-Za-z0-9 ,.;:()-]{0,40}") {
        prop_assert_eq!(kazakh_latin_2021(&text), text.clone());
        prop_assert_eq!(scholarly(&text, "ru"), text);
    }
}
