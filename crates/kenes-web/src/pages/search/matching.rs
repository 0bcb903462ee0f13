//! Matching a query against the documents and ranking what matches.
//!
//! Every word of the query must match in the document (in any of its
//! fields): a text word matches when the query word's key, or its stem with
//! the Kazakh endings off, begins it. Results rank in tiers — an exact name
//! first, then other names, events, sources, claims and paragraphs — and
//! within a tier by how closely the words matched (the whole word, its
//! start, or its stem), then in model order.

use super::fold::{Folded, is_inflection_of, matches, query_stem};
use super::index::{Doc, FoldedDocs, Kind};

/// One word of the query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryWord {
    /// The folded key of the word as typed.
    pub key: String,
    /// The key with Kazakh endings stripped.
    pub stem: String,
}

/// The distinct words of a query, folded.
pub fn query_words(query: &str) -> Vec<QueryWord> {
    let folded = Folded::of(query);
    let mut words: Vec<QueryWord> = Vec::new();
    for key in folded.keys() {
        let word = QueryWord {
            key: key.to_owned(),
            stem: query_stem(key).to_owned(),
        };
        if !words.contains(&word) {
            words.push(word);
        }
    }
    words
}

/// A matching document: where it ranks and the field to show.
#[derive(Debug)]
pub struct Hit<'f> {
    pub doc: usize,
    /// 0 an exact name, 1 a name, 2 an event, 3 a source, 4 a claim, 5 a paragraph.
    pub tier: u8,
    /// Higher is closer: the sum over query words of 3 (whole word), 2 (its start) or 1 (its stem).
    pub closeness: u32,
    /// The field that matched most query words, folded, and its matched words.
    pub field: usize,
    pub folded: &'f Folded,
    pub marked: Vec<usize>,
}

/// The documents every query word matches, best first (`folded`: their
/// fields folded).
pub fn search<'f>(docs: &[Doc<'_>], folded: &'f FoldedDocs, words: &[QueryWord]) -> Vec<Hit<'f>> {
    if words.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<Hit> = docs
        .iter()
        .enumerate()
        .filter_map(|(index, doc)| hit(index, doc, folded.fields(index), words))
        .collect();
    hits.sort_by(|a, b| {
        (
            a.tier,
            std::cmp::Reverse(a.closeness),
            docs[a.doc].kind,
            a.doc,
        )
            .cmp(&(
                b.tier,
                std::cmp::Reverse(b.closeness),
                docs[b.doc].kind,
                b.doc,
            ))
    });
    hits
}

/// How closely a text word with key `word` matches a query word (0: not).
fn closeness(word: &str, query: &QueryWord) -> u8 {
    if word == query.key {
        3
    } else if matches(word, &query.key, &query.key) {
        2
    } else if matches(word, &query.key, &query.stem) {
        1
    } else {
        0
    }
}

/// The best field of one document so far.
struct Best<'f> {
    field: usize,
    found: usize,
    folded: &'f Folded,
    marked: Vec<usize>,
}

/// Whether document `index` (`doc`, its fields folded as `folded`) matches
/// every query word, and how.
fn hit<'f>(
    index: usize,
    doc: &Doc<'_>,
    folded: &'f [Folded],
    words: &[QueryWord],
) -> Option<Hit<'f>> {
    let mut best_closeness = vec![0u8; words.len()];
    let mut best: Option<Best> = None;
    let mut exact_name = false;
    for (field_index, (field, folded)) in doc.fields.iter().zip(folded).enumerate() {
        let mut found = vec![false; words.len()];
        let mut marked = Vec::new();
        for word_index in 0..folded.len() {
            let key = folded.key(word_index);
            for (query_index, query) in words.iter().enumerate() {
                let close = closeness(key, query);
                if close > 0 {
                    found[query_index] = true;
                    best_closeness[query_index] = best_closeness[query_index].max(close);
                    if marked.last() != Some(&word_index) {
                        marked.push(word_index);
                    }
                }
            }
        }
        exact_name |= field.is_name && is_exact_name(folded, words);
        let found = found.iter().filter(|f| **f).count();
        if found > 0 && best.as_ref().is_none_or(|b| found > b.found) {
            best = Some(Best {
                field: field_index,
                found,
                folded,
                marked,
            });
        }
    }
    if best_closeness.contains(&0) {
        return None;
    }
    let best = best?;
    Some(Hit {
        doc: index,
        tier: tier(doc.kind, exact_name),
        closeness: best_closeness.iter().map(|&c| u32::from(c)).sum(),
        field: best.field,
        folded: best.folded,
        marked: best.marked,
    })
}

fn tier(kind: Kind, exact_name: bool) -> u8 {
    match kind {
        _ if exact_name => 0,
        Kind::Actor | Kind::Place | Kind::Body | Kind::Issue => 1,
        Kind::Event => 2,
        Kind::Source => 3,
        Kind::Claim => 4,
        Kind::Paragraph => 5,
    }
}

/// Whether a name is the query: its words, initials aside, are the query's
/// words, as typed or with Kazakh endings, in order (Коровиченко,
/// Korovichenko and Коровиченконың are exactly П.А. Коровиченко).
fn is_exact_name(name: &Folded, words: &[QueryWord]) -> bool {
    let name_words: Vec<&str> = name.keys().filter(|key| key.chars().count() > 1).collect();
    let query_words: Vec<&QueryWord> = words.iter().filter(|w| w.key.chars().count() > 1).collect();
    !name_words.is_empty()
        && name_words.len() == query_words.len()
        && name_words
            .iter()
            .zip(&query_words)
            .all(|(name, query)| is_inflection_of(&query.key, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_words_are_folded_stemmed_and_distinct() {
        let words = query_words("Коровиченконың Korovichenko korovichenko");
        assert_eq!(words.len(), 2);
        assert_eq!(words[0].stem, "korovichenko");
        assert_eq!(words[1].key, "korovichenko");
        assert!(query_words("!!! 🙂").is_empty());
    }

    #[test]
    fn exact_names_leave_initials_aside() {
        let name = Folded::of("П.А. Коровиченко");
        assert!(is_exact_name(&name, &query_words("Коровиченконың")));
        assert!(is_exact_name(&name, &query_words("Korovichenko")));
        assert!(!is_exact_name(&name, &query_words("Korovich")));
        assert!(is_exact_name(
            &Folded::of("Ташкент"),
            &query_words("Ташкентте")
        ));
        assert!(!is_exact_name(&Folded::of("М."), &query_words("М")));
    }
}
