//! The indexed passage search against the obvious oracle: normalise both
//! texts and ask `str::contains`; the longest opening found against trying
//! every prefix in turn.

use kenes_check::{PassageIndex, PassageMatch, normalise};
use proptest::prelude::*;

/// Letters chosen to collide: Latin/Cyrillic look-alikes, hyphens at line
/// ends, white space of several kinds, quotation marks of two styles.
fn text_strategy() -> impl Strategy<Value = String> {
    let alphabet = vec![
        'а', 'a', 'б', 'с', 'c', 'қ', 'Т', 'T', '1', '-', '-', ' ', ' ', '\n', '\t', '«', '»', '"',
    ];
    prop::collection::vec(prop::sample::select(alphabet), 0..160)
        .prop_map(|chars| chars.into_iter().collect())
}

/// A passage: a piece of the text (so it is often found), or anything.
fn case_strategy() -> impl Strategy<Value = (String, String)> {
    (
        text_strategy(),
        any::<prop::sample::Index>(),
        1usize..24,
        text_strategy(),
    )
        .prop_map(|(text, start, length, other)| {
            let chars: Vec<char> = text.chars().collect();
            let passage = if chars.is_empty() || length % 3 == 0 {
                other.chars().take(length).collect()
            } else {
                let start = start.index(chars.len());
                chars[start..(start + length).min(chars.len())]
                    .iter()
                    .collect()
            };
            (text, passage)
        })
}

fn naive_longest_opening(text: &str, passage: &[char]) -> usize {
    (0..=passage.len())
        .rev()
        .find(|&k| text.contains(&passage[..k].iter().collect::<String>()))
        .unwrap_or(0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn index_agrees_with_naive_search((text, passage) in case_strategy()) {
        let (normal_text, normal_passage) = (normalise(&text), normalise(&passage));
        let expected = !normal_passage.is_empty() && normal_text.contains(&normal_passage);
        let index = PassageIndex::new(&text);
        match index.find(&passage) {
            PassageMatch::Found { offset, end } => {
                prop_assert!(expected, "found {passage:?} in {text:?}, naive search does not");
                prop_assert!(offset < end && text.is_char_boundary(offset) && text.is_char_boundary(end));
                let first = normalise(&text[offset..]).chars().next();
                prop_assert_eq!(first, normal_passage.chars().next());
                let last = normalise(&text[..end]).chars().last();
                prop_assert_eq!(last, normal_passage.chars().last());
            }
            PassageMatch::NotFound { matched, at } => {
                prop_assert!(!expected, "naive search finds {passage:?} in {text:?}");
                let passage_chars: Vec<char> = normal_passage.chars().collect();
                prop_assert_eq!(matched, naive_longest_opening(&normal_text, &passage_chars));
                let text_chars: Vec<char> = normal_text.chars().collect();
                prop_assert_eq!(&text_chars[at..at + matched], &passage_chars[..matched]);
            }
        }
    }

    #[test]
    fn normalising_is_idempotent(text in text_strategy()) {
        let once = normalise(&text);
        prop_assert_eq!(normalise(&once), once.clone());
        prop_assert!(!once.starts_with(' ') && !once.ends_with(' ') && !once.contains("  "));
    }
}
