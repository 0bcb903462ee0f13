//! [`PassageIndex`]: a suffix array over a normalised text. Built once per
//! text by prefix doubling (O(n log² n), sorting in parallel); each passage is
//! then found by binary search in O(m log n), and the suffixes either side of
//! where it would sort are the ones sharing its longest opening with the text.

use std::cmp::Ordering;

use rayon::prelude::*;

use super::{Normalised, normalise_chars, normalise_with_offsets};

/// A text, normalised and indexed for passage search.
#[derive(Clone, Debug)]
pub struct PassageIndex {
    text: Normalised,
    suffixes: Vec<u32>,
}

/// Where a passage stands in a text, or how much of it does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PassageMatch {
    /// The passage stands in the text at the bytes `offset..end` of the
    /// original text.
    Found { offset: usize, end: usize },
    /// It does not; its first `matched` normalised characters stand in the
    /// text from the normalised position `at` (0 when `matched` is 0).
    NotFound { matched: usize, at: usize },
}

impl PassageIndex {
    /// Normalises and indexes `text`.
    pub fn new(text: &str) -> PassageIndex {
        let text = normalise_with_offsets(text);
        let suffixes = suffix_array(&text.chars);
        PassageIndex { text, suffixes }
    }

    /// The normalised text.
    pub fn chars(&self) -> &[char] {
        &self.text.chars
    }

    /// The byte offset in the original text of a normalised position (the
    /// text's end for a position past it).
    pub fn original_offset(&self, position: usize) -> Option<usize> {
        self.text.offsets.get(position).map(|&o| o as usize)
    }

    /// The byte offset in the original text just past the character at a
    /// normalised position.
    pub fn original_end(&self, position: usize) -> Option<usize> {
        let offset = self.original_offset(position)?;
        let width = self.text.widths.get(position)?;
        Some(offset + usize::from(*width))
    }

    /// Finds an already normalised passage (see [`super::normalise`]).
    pub fn find_normalised(&self, passage: &[char]) -> PassageMatch {
        let text = &self.text.chars;
        let position = self
            .suffixes
            .partition_point(|&s| compare(&text[s as usize..], passage) == Ordering::Less);
        let candidates = [position.checked_sub(1), Some(position)];
        let (matched, at) = candidates
            .into_iter()
            .flatten()
            .filter_map(|i| self.suffixes.get(i))
            .map(|&s| (common_prefix(&text[s as usize..], passage), s as usize))
            .max_by_key(|&(matched, at)| (matched, std::cmp::Reverse(at)))
            .unwrap_or((0, 0));
        if matched == passage.len() && !passage.is_empty() {
            let offset = self.original_offset(at).unwrap_or(0);
            let end = self.original_end(at + matched - 1).unwrap_or(offset);
            PassageMatch::Found { offset, end }
        } else {
            PassageMatch::NotFound { matched, at }
        }
    }

    /// Normalises `passage` and finds it.
    pub fn find(&self, passage: &str) -> PassageMatch {
        let passage = normalise_chars(passage);
        self.find_normalised(&passage)
    }
}

/// Orders a suffix against a passage, looking only at the passage's length:
/// a suffix that starts with the passage is `Equal`.
fn compare(suffix: &[char], passage: &[char]) -> Ordering {
    let common = common_prefix(suffix, passage);
    match (suffix.get(common), passage.get(common)) {
        (_, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(a), Some(b)) => a.cmp(b),
    }
}

fn common_prefix(a: &[char], b: &[char]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// The suffix array of `text` by prefix doubling: suffixes are sorted by
/// their first 1, 2, 4… characters until every rank is distinct. Each round
/// sorts (key, suffix) pairs in place rather than suffixes by a looked-up
/// key: a text of millions of characters sorts without a cache miss per
/// comparison.
fn suffix_array(text: &[char]) -> Vec<u32> {
    let n = text.len();
    if n < 2 {
        return (0..n as u32).collect();
    }
    let mut rank: Vec<u32> = text.iter().map(|&c| c as u32).collect();
    let mut pairs: Vec<(u64, u32)> = vec![(0, 0); n];
    let mut width = 1;
    loop {
        pairs.par_iter_mut().enumerate().for_each(|(i, pair)| {
            let next = rank.get(i + width).map_or(0, |&r| u64::from(r) + 1);
            *pair = ((u64::from(rank[i]) << 32) | next, i as u32);
        });
        pairs.par_sort_unstable();
        let distinct = rerank(&pairs, &mut rank);
        if distinct == n || width >= n {
            break;
        }
        width *= 2;
    }
    pairs.into_iter().map(|(_, suffix)| suffix).collect()
}

/// Gives each suffix the rank of its key among the sorted (key, suffix)
/// pairs; returns how many distinct keys there are.
fn rerank(pairs: &[(u64, u32)], rank: &mut [u32]) -> usize {
    let mut current = 0u32;
    let mut previous = None;
    for &(key, suffix) in pairs {
        if previous.is_some_and(|p| p != key) {
            current += 1;
        }
        previous = Some(key);
        rank[suffix as usize] = current;
    }
    if pairs.is_empty() {
        0
    } else {
        current as usize + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive_suffix_array(text: &[char]) -> Vec<u32> {
        let mut suffixes: Vec<u32> = (0..text.len() as u32).collect();
        suffixes.sort_by(|&a, &b| text[a as usize..].cmp(&text[b as usize..]));
        suffixes
    }

    #[test]
    fn suffix_array_sorts_suffixes() {
        for text in ["banana", "aaaaaaaa", "", "x", "мұсылман мұсылмандар"] {
            let chars: Vec<char> = text.chars().collect();
            assert_eq!(suffix_array(&chars), naive_suffix_array(&chars), "{text}");
        }
    }

    #[test]
    fn finds_passages_and_the_longest_opening() {
        let index = PassageIndex::new("Ташкент шаһарында 28-ші\n\nоктябрьде атыс басталды.");
        assert_eq!(
            index.find("шаһарында 28-ші октябрьде"),
            PassageMatch::Found {
                offset: "Ташкент ".len(),
                end: "Ташкент шаһарында 28-ші\n\nоктябрьде".len(),
            }
        );
        let PassageMatch::NotFound { matched, .. } = index.find("шаһарында 29-шы")
        else {
            panic!("a changed passage is not found");
        };
        assert_eq!(matched, "шаһарында 2".chars().count());
    }
}
