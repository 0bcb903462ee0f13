//! Folding text to one Latin key, so that a search matches across scripts,
//! transliterations and Kazakh case endings: Коровиченконың, Korovichenko and
//! Коровиченко share the key `korovichenko…`, and М. Шоқай, Shokay and Şoqai
//! share `shokai`.
//!
//! A word is a run of letters, digits and combining marks; its key is
//! written by [`super::key`]: Cyrillic in the Kazakh Latin alphabet of 2021,
//! look-alike letters, diacritics, spelling variants, digraphs and doubled
//! letters folded.
//!
//! The key is lossy on purpose: it only has to bring spellings of one word
//! together. Kazakh case endings are stripped from a query word by
//! [`query_stem`]; a query word then matches every text word its stem begins,
//! which covers the endings on the text's side.

use super::key::{finish_key, is_cyrillic, is_word_char, push_letter};

/// The words of one text with their keys: each word's byte range in the text
/// and the range of its key in [`Folded::keys`] (one string for all, so that
/// folding a text allocates twice, not once a word).
#[derive(Debug, Default)]
pub struct Folded {
    keys: String,
    words: Vec<Word>,
}

/// A word being folded: where it starts in the text and in the keys, and
/// whether a Cyrillic letter has been met in it.
#[derive(Clone, Copy, Debug)]
struct Open {
    start: usize,
    key_start: usize,
    cyrillic: bool,
}

/// One word of a folded text.
#[derive(Clone, Copy, Debug)]
struct Word {
    start: usize,
    end: usize,
    key_start: usize,
    key_end: usize,
}

impl Folded {
    /// Folds every word of `text`, in one pass over its characters (the
    /// search folds every text of the model on each request). A word is
    /// folded as Latin until a Cyrillic letter shows it is a Cyrillic word
    /// with look-alikes; then it is folded again from its start.
    pub fn of(text: &str) -> Folded {
        let mut folded = Folded {
            keys: String::with_capacity(text.len()),
            words: Vec::with_capacity(text.len() / 6),
        };
        let mut word: Option<Open> = None;
        for (index, c) in text.char_indices() {
            if !is_word_char(c) {
                if let Some(open) = word.take() {
                    folded.close(open, index);
                }
                continue;
            }
            let open = word.get_or_insert(Open {
                start: index,
                key_start: folded.keys.len(),
                cyrillic: is_cyrillic(c),
            });
            if !open.cyrillic && is_cyrillic(c) {
                open.cyrillic = true;
                folded.keys.truncate(open.key_start);
                for earlier in text[open.start..index].chars() {
                    push_letter(earlier, true, open.key_start, &mut folded.keys);
                }
            }
            push_letter(c, open.cyrillic, open.key_start, &mut folded.keys);
        }
        if let Some(open) = word {
            folded.close(open, text.len());
        }
        folded
    }

    /// Ends the word `open` at byte `end` (a word that folds to nothing,
    /// such as a lone soft sign, is left out).
    fn close(&mut self, open: Open, end: usize) {
        finish_key(open.key_start, &mut self.keys);
        if self.keys.len() > open.key_start {
            self.words.push(Word {
                start: open.start,
                end,
                key_start: open.key_start,
                key_end: self.keys.len(),
            });
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The key of word `index`.
    pub fn key(&self, index: usize) -> &str {
        let word = self.words[index];
        &self.keys[word.key_start..word.key_end]
    }

    /// The byte range of word `index` in the text it was folded from.
    pub fn span(&self, index: usize) -> (usize, usize) {
        let word = self.words[index];
        (word.start, word.end)
    }

    /// The keys of every word, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|index| self.key(index))
    }
}

/// Kazakh endings, folded as keys are (`ның` is `nin`), in the order they
/// follow a stem: plural, possessive, case, then the attributive -ғы/-гі
/// (Ташкент·те·гі). Within a slot, longer endings first.
const ENDING_SLOTS: [&[&str]; 4] = [
    &["lar", "ler", "dar", "der", "tar", "ter"],
    &["si", "i"],
    &[
        "nin", "din", "tin", "nda", "nde", "dan", "den", "tan", "ten", "nan", "nen", "men", "ben",
        "pen", "ga", "ge", "ka", "ke", "na", "ne", "ni", "di", "ti", "da", "de", "ta", "te", "a",
        "e", "n",
    ],
    &["gi", "ki"],
];

/// An ending is stripped only when this much of the word stays: shorter
/// stems would match half the paper.
pub const MIN_STEM: usize = 4;

/// The stem of a query word's key: the shortest start of at least
/// [`MIN_STEM`] letters after which the rest is Kazakh endings in their
/// order (Коровиченконың → korovichenko, мұсылмандарының → musilman,
/// Ташкентте → tashken). The first ending must fit the stem: the possessive
/// -ы/-і and the vowel datives follow a consonant, -сы/-сі and the
/// accusative -н a vowel (so Шоқайдың gives shokai, never shoka). A query
/// word matches the text words its stem begins, which covers endings on the
/// text's side.
pub fn query_stem(key: &str) -> &str {
    key.char_indices()
        .skip(MIN_STEM)
        .map(|(index, _)| key.split_at(index))
        .find(|(stem, rest)| endings_after(stem, rest, 0))
        .map_or(key, |(stem, _)| stem)
}

/// Whether the query key `key` is `word` itself or `word` with Kazakh
/// endings (Ташкентте is Ташкент inflected, Коровиченконың Коровиченко).
pub fn is_inflection_of(key: &str, word: &str) -> bool {
    key.strip_prefix(word)
        .is_some_and(|rest| rest.is_empty() || endings_after(word, rest, 0))
}

/// Whether `rest` (not empty) is endings of the slots from `slot` on, in
/// order, the first of them fitting `stem`. At most one ending a slot, so
/// the search is four levels deep whatever the query.
fn endings_after(stem: &str, rest: &str, slot: usize) -> bool {
    let Some(endings) = ENDING_SLOTS.get(slot) else {
        return false;
    };
    let with_one = endings
        .iter()
        .filter(|ending| ending_fits(ending, stem))
        .filter_map(|ending| rest.strip_prefix(ending))
        .any(|after| after.is_empty() || endings_after("", after, slot + 1));
    with_one || endings_after(stem, rest, slot + 1)
}

/// Whether `ending` may follow `stem` ("" once an ending has: any may).
fn ending_fits(ending: &str, stem: &str) -> bool {
    if stem.is_empty() {
        return true;
    }
    let last_is_vowel = stem.ends_with(['a', 'e', 'i', 'o', 'u']);
    match ending {
        "a" | "e" | "i" => !last_is_vowel,
        "n" | "si" => last_is_vowel,
        _ => true,
    }
}

/// Keys shorter than this match whole words only: an initial (`П.`) or a
/// two-letter word would otherwise begin a third of all words.
pub const MIN_PREFIX: usize = 3;

/// Whether a text word with key `word` matches a query or term word with
/// key `key` and stem `stem`.
pub fn matches(word: &str, key: &str, stem: &str) -> bool {
    if key.len() < MIN_PREFIX {
        word == key
    } else {
        word.starts_with(stem)
    }
}

/// A run of words to find in a text, as folded keys: each matches a text
/// word it begins (a short one, a whole word), and the words must follow
/// one another. The glossary's terms are phrases.
#[derive(Clone, Debug)]
pub struct Phrase {
    words: Vec<String>,
}

impl Phrase {
    pub fn new(text: &str) -> Phrase {
        Phrase {
            words: Folded::of(text).keys().map(str::to_owned).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The key of the phrase's first word ("" for an empty phrase).
    pub fn first_word(&self) -> &str {
        self.words.first().map_or("", String::as_str)
    }

    /// Whether the phrase stands in `text` from word `start` on.
    pub fn is_at(&self, text: &Folded, start: usize) -> bool {
        !self.is_empty()
            && start + self.len() <= text.len()
            && self
                .words
                .iter()
                .enumerate()
                .all(|(offset, word)| matches(text.key(start + offset), word, word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys of a text's words, joined by spaces.
    fn key(text: &str) -> String {
        Folded::of(text).keys().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn scripts_and_transliterations_meet() {
        assert_eq!(key("Коровиченко"), "korovichenko");
        assert_eq!(key("Korovichenko"), "korovichenko");
        assert_eq!(key("Шоқай"), key("Shokay"));
        assert_eq!(key("Şoqai"), key("Shokay"));
        assert_eq!(key("Ходжаев"), key("Khodzhaev"));
        assert_eq!(key("Джурсунбаев"), key("Dzhursunbaev"));
        assert_eq!(key("Жүрсінбаев"), key("Zhursinbaev"));
        assert_eq!(key("Рысқұлов"), key("Ryskulov"));
        assert_eq!(key("Керенский"), key("Kerensky"));
        assert_eq!(key("Доррер"), key("Dorrer"));
        assert_eq!(key("комиссар"), key("commissar"));
    }

    #[test]
    fn look_alikes_inside_cyrillic_words_fold_to_cyrillic() {
        // «Түркiстан» as the paper prints it, with a Latin i
        assert_eq!(key("Түркiстан"), key("Түркістан"));
        // Latin c and p inside a Cyrillic word are с and р
        assert_eq!(key("\u{63}о\u{70}ақ"), key("сорақ"));
    }

    #[test]
    fn words_keep_their_place_in_the_text() {
        let folded = Folded::of("П.А. Коровиченконың, «Шуро-и-Ислам»!");
        let words: Vec<&str> = folded.keys().collect();
        assert_eq!(words, ["p", "a", "korovichenkonin", "shuro", "i", "islam"]);
        let (start, end) = folded.span(2);
        assert_eq!(
            &"П.А. Коровиченконың, «Шуро-и-Ислам»!"[start..end],
            "Коровиченконың"
        );
    }

    #[test]
    fn digits_are_never_collapsed_and_symbols_are_no_words() {
        assert_eq!(key("1911 год"), "1911 god");
        assert_eq!(key("🙂 <b> %00 \u{0}"), "b 00");
        assert!(Folded::of("…!?").is_empty());
    }

    #[test]
    fn endings_are_stripped_from_query_words() {
        assert_eq!(query_stem(&key("Коровиченконың")), "korovichenko");
        assert_eq!(query_stem(&key("мұсылмандарының")), "musilman");
        // кеңес·і·нің or кене·сі·нің: the shorter stem still begins кеңес
        assert_eq!(query_stem(&key("кеңесінің")), "kene");
        assert!("tashkent".starts_with(query_stem(&key("Ташкентте"))));
        assert!("tashkent".starts_with(query_stem(&key("Ташкенттегі"))));
        // the i of Шоқай is no possessive: a stem may not end in a vowel
        assert_eq!(query_stem(&key("Шоқайдың")), "shokai");
        assert!(is_inflection_of(&key("Ташкентте"), "tashkent"));
        assert!(is_inflection_of(&key("Шоқайдың"), "shokai"));
        assert!(!is_inflection_of(&key("Шоқайдың"), "shoka"));
        assert!(!is_inflection_of(&key("Ташкентке"), "tash"));
        // a short word keeps its ending: орда is no орд + -а
        assert_eq!(query_stem(&key("Орда")), "orda");
    }

    #[test]
    fn short_keys_match_whole_words_only() {
        assert!(matches("p", "p", "p"));
        assert!(!matches("petrograd", "p", "p"));
        assert!(matches("korovichenkonin", "korovichenko", "korovichenko"));
    }
}
