//! Suggestions when nothing matches: the words of the model's names nearest
//! to the query's words by edit distance (Levenshtein, on folded keys, so
//! that Korovichenco or Коровченко still find Коровиченко).

use serde::Serialize;

use super::fold::MIN_PREFIX;
use super::index::{Doc, FoldedDocs};
use super::matching::QueryWord;

/// At most this many suggestions.
const MAX_SUGGESTIONS: usize = 5;

/// A word of a name to search for instead.
#[derive(Clone, Debug, Serialize)]
pub struct Suggestion {
    /// The word as the name writes it.
    pub word: String,
    /// The entity whose name holds it.
    pub entity: String,
    /// The entity's display name.
    pub name: String,
    /// Edit distance from the nearest query word (on folded keys).
    pub distance: usize,
}

/// The name words nearest to the query's words, nearest first
/// (`folded_docs`: the documents' fields folded).
pub fn suggestions(
    docs: &[Doc<'_>],
    folded_docs: &FoldedDocs,
    words: &[QueryWord],
) -> Vec<Suggestion> {
    let words: Vec<&QueryWord> = words
        .iter()
        .filter(|w| w.key.chars().count() >= MIN_PREFIX)
        .collect();
    let mut found: Vec<(Suggestion, String)> = Vec::new();
    let named = docs
        .iter()
        .enumerate()
        .filter(|(_, doc)| doc.kind.is_named());
    for (doc_index, doc) in named {
        for (field, folded) in doc.fields.iter().zip(folded_docs.fields(doc_index)) {
            for index in 0..folded.len() {
                let key = folded.key(index);
                let Some(distance) = nearest(key, &words) else {
                    continue;
                };
                if found.iter().any(|(_, seen)| seen == key) {
                    continue;
                }
                let (start, end) = folded.span(index);
                let suggestion = Suggestion {
                    word: field.text[start..end].to_owned(),
                    entity: doc.id.to_owned(),
                    name: doc.title.to_owned(),
                    distance,
                };
                found.push((suggestion, key.to_owned()));
            }
        }
    }
    // a stable sort keeps model order among equals
    found.sort_by_key(|(suggestion, _)| suggestion.distance);
    found
        .into_iter()
        .map(|(suggestion, _)| suggestion)
        .take(MAX_SUGGESTIONS)
        .collect()
}

/// The distance from `key` to the nearest query word, if near enough.
fn nearest(key: &str, words: &[&QueryWord]) -> Option<usize> {
    let key: Vec<char> = key.chars().collect();
    if key.len() < MIN_PREFIX {
        return None;
    }
    words
        .iter()
        .flat_map(|word| [&word.key, &word.stem])
        .filter_map(|query| {
            let query: Vec<char> = query.chars().collect();
            let allowed = allowed_distance(query.len());
            let apart = key.len().abs_diff(query.len());
            (apart <= allowed)
                .then(|| levenshtein(&key, &query))
                .filter(|&distance| distance <= allowed)
        })
        .min()
}

/// Edits allowed for a word of `length` letters: one in four, at least one.
fn allowed_distance(length: usize) -> usize {
    (length / 4).clamp(1, 3)
}

/// Levenshtein distance: insertions, deletions and substitutions.
fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distance(a: &str, b: &str) -> usize {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        levenshtein(&a, &b)
    }

    #[test]
    fn levenshtein_counts_edits() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("korovichenko", "korovchenko"), 1);
        assert_eq!(distance("same", "same"), 0);
    }

    #[test]
    fn near_words_only() {
        assert_eq!(allowed_distance(3), 1);
        assert_eq!(allowed_distance(11), 2);
        assert_eq!(allowed_distance(40), 3);
    }
}
