//! [`PassageIndex`]: a suffix array over a normalised text. Built once per
//! text by prefix doubling (O(n log² n), sorting in parallel); each passage is
//! then found by binary search in O(m log n), and the suffixes either side of
//! where it would sort are the ones sharing its longest opening with the text.

use std::cmp::Ordering;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::{Normalised, normalise_chars, normalise_with_offsets};

/// A text, normalised and indexed for passage search.
#[derive(Clone, Debug)]
pub struct PassageIndex {
    text: Normalised,
    suffixes: Vec<u32>,
    /// For each run of [`BUCKET`] characters in the text, the first and last
    /// place in `suffixes` of the suffixes that start with it: a passage's
    /// binary search starts from its own opening's run, about half as many
    /// steps (each a cache miss or two) as over the whole text.
    buckets: FxHashMap<[char; BUCKET], (u32, u32)>,
}

/// How many opening characters [`PassageIndex`] buckets suffixes by.
const BUCKET: usize = 3;

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
        let (suffixes, rank) = suffix_array(&text.chars);
        // read in text order: the text and the ranks sequentially, and the
        // table (a few thousand runs) stays in cache
        let mut buckets = FxHashMap::<[char; BUCKET], (u32, u32)>::default();
        for (run, &rank) in text.chars.windows(BUCKET).zip(&rank) {
            let Ok(key) = <[char; BUCKET]>::try_from(run) else {
                continue;
            };
            let range = buckets.entry(key).or_insert((rank, rank));
            range.0 = range.0.min(rank);
            range.1 = range.1.max(rank);
        }
        PassageIndex {
            text,
            suffixes,
            buckets,
        }
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
        let position = self.place(passage);
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

    /// Where `passage` would stand among the sorted suffixes: every suffix
    /// before the bucket of the passage's opening sorts before the passage,
    /// every one after it after, so the search stays inside the bucket.
    fn place(&self, passage: &[char]) -> usize {
        let text = &self.text.chars;
        let (low, high) = passage
            .first_chunk::<BUCKET>()
            .and_then(|key| self.buckets.get(key))
            .map_or((0, self.suffixes.len()), |&(first, last)| {
                (first as usize, last as usize + 1)
            });
        low + self.suffixes[low..high]
            .partition_point(|&s| compare(&text[s as usize..], passage) == Ordering::Less)
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

/// How many characters `a` and `b` open with alike. Compared eight at a
/// time first (a passage is compared with suffixes that share most of it).
fn common_prefix(a: &[char], b: &[char]) -> usize {
    let len = a.len().min(b.len());
    let (a, b) = (&a[..len], &b[..len]);
    let whole = a
        .chunks_exact(8)
        .zip(b.chunks_exact(8))
        .take_while(|(x, y)| x == y)
        .count()
        * 8;
    whole
        + a[whole..]
            .iter()
            .zip(&b[whole..])
            .take_while(|(x, y)| x == y)
            .count()
}

/// The suffix array of `text` by prefix doubling: suffixes are sorted by
/// their first 1, 2, 4… characters until every rank is distinct. Each round
/// sorts (key, suffix) pairs in place rather than suffixes by a looked-up
/// key: a text of millions of characters sorts without a cache miss per
/// comparison.
/// Also gives each suffix's place in the array (its rank).
fn suffix_array(text: &[char]) -> (Vec<u32>, Vec<u32>) {
    let n = text.len();
    if n < 2 {
        return ((0..n as u32).collect(), (0..n as u32).collect());
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
    // every rank is now distinct: `rank` is the inverse of the array
    (pairs.into_iter().map(|(_, suffix)| suffix).collect(), rank)
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
            let (suffixes, rank) = suffix_array(&chars);
            assert_eq!(suffixes, naive_suffix_array(&chars), "{text}");
            for (place, &suffix) in suffixes.iter().enumerate() {
                assert_eq!(rank[suffix as usize] as usize, place, "{text}");
            }
        }
    }

    /// The search over the whole array, as it was before buckets.
    fn find_in_whole_array(index: &PassageIndex, passage: &[char]) -> usize {
        let text = &index.text.chars;
        index
            .suffixes
            .partition_point(|&s| compare(&text[s as usize..], passage) == Ordering::Less)
    }

    proptest::proptest! {
        #[test]
        fn common_prefix_counts_like_one_at_a_time(
            a in proptest::collection::vec(proptest::char::range('а', 'в'), 0..40),
            b in proptest::collection::vec(proptest::char::range('а', 'в'), 0..40),
        ) {
            let naive = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
            proptest::prop_assert_eq!(common_prefix(&a, &b), naive);
            let mut c = a.clone();
            c.extend(&b);
            proptest::prop_assert_eq!(common_prefix(&a, &c), a.len());
        }

        #[test]
        fn a_bucket_gives_the_place_the_whole_array_gives(
            text in "[абв ]{0,40}",
            passages in proptest::collection::vec("[абвг ]{0,6}", 1..20),
        ) {
            let index = PassageIndex::new(&text);
            for passage in passages {
                let passage = normalise_chars(&passage);
                let whole = find_in_whole_array(&index, &passage);
                proptest::prop_assert_eq!(index.place(&passage), whole);
                let found = index.find_normalised(&passage);
                let (matched, at) = [whole.checked_sub(1), Some(whole)]
                    .into_iter()
                    .flatten()
                    .filter_map(|i| index.suffixes.get(i))
                    .map(|&s| (common_prefix(&index.text.chars[s as usize..], &passage), s as usize))
                    .max_by_key(|&(matched, at)| (matched, std::cmp::Reverse(at)))
                    .unwrap_or((0, 0));
                match found {
                    PassageMatch::NotFound { matched: m, at: a } => {
                        proptest::prop_assert_eq!((m, a), (matched, at));
                    }
                    PassageMatch::Found { .. } => {
                        proptest::prop_assert_eq!(matched, passage.len());
                    }
                }
            }
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
