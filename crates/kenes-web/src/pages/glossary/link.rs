//! Linking glossary terms in running text: the first occurrence of each
//! term in a text becomes `a.term` to its entry, titled with its short
//! definition. Other pages call [`link_terms`] on every claim they show, so
//! the phrases are indexed once by the first letter of their first word.

use std::sync::OnceLock;

use maud::{Markup, html};

use super::definition_for;
use super::terms::{Term, terms};
use crate::i18n::Ui;
use crate::pages::search::fold::Folded;

/// For each first byte of a phrase's first word, the (term, phrase) pairs.
fn by_first_byte() -> &'static [Vec<(usize, usize)>] {
    static INDEX: OnceLock<Vec<Vec<(usize, usize)>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = vec![Vec::new(); 256];
        for (term_index, term) in terms().iter().enumerate() {
            for (phrase_index, phrase) in term.phrases().iter().enumerate() {
                if let Some(&byte) = phrase.first_word().as_bytes().first() {
                    index[usize::from(byte)].push((term_index, phrase_index));
                }
            }
        }
        index
    })
}

/// The longest phrase of any term at word `start` of `text`: its term and length.
fn longest_at(text: &Folded, start: usize) -> Option<(usize, usize)> {
    let byte = *text.key(start).as_bytes().first()?;
    let terms = terms();
    by_first_byte()[usize::from(byte)]
        .iter()
        .filter(|&&(term, phrase)| terms[term].phrases()[phrase].is_at(text, start))
        .map(|&(term, phrase)| (term, terms[term].phrases()[phrase].len()))
        .max_by_key(|&(term, len)| (len, std::cmp::Reverse(term)))
}

/// Each occurrence of a term in `text`, in order: its first word, its length
/// in words and its term. Where phrases overlap the longest wins
/// (Құрылтай жиналысы is the Constituent Assembly, not a kurultai), so a
/// shorter term never takes a word of a longer one.
fn occurrences(text: &Folded) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        while start < text.len() {
            let at = start;
            match longest_at(text, at) {
                Some((term, len)) => {
                    start += len;
                    return Some((at, len, term));
                }
                None => start += 1,
            }
        }
        None
    })
}

/// Which terms (by their index in the glossary) occur in `text`.
pub(super) fn terms_in(text: &Folded) -> Vec<bool> {
    let mut found = vec![false; terms().len()];
    for (_, _, term) in occurrences(text) {
        found[term] = true;
    }
    found
}

/// The term links of `text`: the first occurrence of each term, as its
/// byte range and term, in order.
fn links(text: &Folded) -> Vec<(usize, usize, &'static Term)> {
    let terms = terms();
    let mut linked = vec![false; terms.len()];
    let mut links = Vec::new();
    for (start, len, term) in occurrences(text) {
        if !linked[term] {
            linked[term] = true;
            let (from, _) = text.span(start);
            let (_, to) = text.span(start + len - 1);
            links.push((from, to, &terms[term]));
        }
    }
    links
}

/// `text` with the first occurrence of each glossary term linked to its
/// entry (`a.term[href=/glossary#term-<slug>]`, titled with the definition
/// in the reader's language). Everything is escaped: the text is only ever
/// given to maud as text. The glossary is the same for every model.
pub fn link_terms(text: &str, ui: &Ui) -> Markup {
    let folded = Folded::of(text);
    let mut pieces: Vec<(&str, Option<&Term>)> = Vec::new();
    let mut cursor = 0;
    for (from, to, term) in links(&folded) {
        pieces.push((&text[cursor..from], None));
        pieces.push((&text[from..to], Some(term)));
        cursor = to;
    }
    pieces.push((&text[cursor..], None));
    html! {
        @for (piece, term) in pieces {
            @match term {
                Some(term) => a.term href=(ui.href(&format!("/glossary#term-{}", term.slug))) title=(definition_for(term, ui.lang)) { (piece) },
                None => (piece),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn linked(text: &str, lang: Lang) -> String {
        link_terms(text, &Ui::new(lang, "/")).into_string()
    }

    #[test]
    fn the_first_occurrence_of_each_term_is_linked() {
        let html = linked(
            "The soviet of Tashkent and the soviets of Fergana.",
            Lang::En,
        );
        assert_eq!(html.matches("class=\"term\"").count(), 1, "{html}");
        assert!(
            html.contains("<a class=\"term\" href=\"/glossary#term-soviet\" title=\"A council;"),
            "{html}"
        );
        assert!(
            html.contains(">soviet</a> of Tashkent and the soviets of Fergana."),
            "{html}"
        );
    }

    #[test]
    fn case_forms_and_languages_are_found() {
        // c.upr… (paper line 432): «Құрылтай жиналысының шақырылуының шегерілуіне»
        let html = linked(
            "Құрылтай жиналысының шақырылуы, «Құрылтай» комитеті",
            Lang::Kk,
        );
        assert!(
            html.contains("href=\"/glossary?lang=kk#term-constituent-assembly\""),
            "{html}"
        );
        assert!(html.contains(">Құрылтай жиналысының</a>"), "{html}");
        assert!(
            html.contains("«<a class=\"term\" href=\"/glossary?lang=kk#term-kurultai\""),
            "{html}"
        );
        assert!(
            html.contains("title=\"Үлкен жиналысты"),
            "the definition in the reader's language"
        );
    }

    #[test]
    fn markup_in_the_text_stays_text() {
        let html = linked("<script>alert('soviet')</script> & <b>uezd</b>", Lang::En);
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(
            html.starts_with("&lt;script&gt;alert('<a class=\"term\""),
            "{html}"
        );
        assert!(
            html.contains("&amp; &lt;b&gt;<a class=\"term\" href=\"/glossary#term-uezd\""),
            "{html}"
        );
    }

    #[test]
    fn a_text_without_terms_is_the_text() {
        assert_eq!(linked("", Lang::En), "");
        assert_eq!(linked("Kolesov 1917", Lang::En), "Kolesov 1917");
    }
}
