//! The glossary's terms, read once from `terms.toml` (embedded in the
//! binary) and folded as the search folds text, so that a term is found in
//! any of its languages and with any case ending.

use std::sync::OnceLock;

#[cfg(test)]
use crate::pages::search::fold::Folded;
use crate::pages::search::fold::Phrase;

/// The embedded glossary data.
const TERMS_TOML: &str = include_str!("terms.toml");

/// One term of the glossary.
#[derive(Debug, Default)]
pub struct Term {
    /// The anchor of the term (`#term-<slug>`).
    pub slug: String,
    pub kk: Forms,
    pub ru: Forms,
    pub en: Forms,
    pub definition: Definitions,
    /// Ids of related entities of the model.
    pub entities: Vec<String>,
    /// Every stem of every language, folded, longest first.
    phrases: Vec<Phrase>,
}

/// A term in one language: the form as written, and the word starts that
/// find it in a text.
#[derive(Debug, Default)]
pub struct Forms {
    pub form: String,
    pub stems: Vec<String>,
}

/// A term's short definition in each language of the interface.
#[derive(Debug, Default)]
pub struct Definitions {
    pub en: String,
    pub ru: String,
    pub kk: String,
}

impl Term {
    /// The term's phrases, longest first.
    pub fn phrases(&self) -> &[Phrase] {
        &self.phrases
    }
}

/// The glossary, read once.
pub fn terms() -> &'static [Term] {
    static TERMS: OnceLock<Vec<Term>> = OnceLock::new();
    // the embedded file is checked by a test, so it always reads
    TERMS.get_or_init(|| read_terms(TERMS_TOML).unwrap_or_default())
}

/// One `[[term]]` as the file writes it.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerm {
    slug: String,
    kk: String,
    #[serde(default)]
    kk_stems: Vec<String>,
    ru: String,
    #[serde(default)]
    ru_stems: Vec<String>,
    en: String,
    #[serde(default)]
    en_stems: Vec<String>,
    en_definition: String,
    ru_definition: String,
    kk_definition: String,
    #[serde(default)]
    entities: Vec<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    term: Vec<RawTerm>,
}

/// Reads the glossary; the error names the line and column.
pub fn read_terms(text: &str) -> Result<Vec<Term>, String> {
    let raw: RawFile = toml::from_str(text).map_err(|error| {
        let offset = error.span().map_or(0, |span| span.start).min(text.len());
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        format!("terms.toml:{line}:{column}: {}", error.message())
    })?;
    let mut terms: Vec<Term> = raw
        .term
        .into_iter()
        .map(|raw| Term {
            slug: raw.slug,
            kk: Forms {
                form: raw.kk,
                stems: raw.kk_stems,
            },
            ru: Forms {
                form: raw.ru,
                stems: raw.ru_stems,
            },
            en: Forms {
                form: raw.en,
                stems: raw.en_stems,
            },
            definition: Definitions {
                en: raw.en_definition,
                ru: raw.ru_definition,
                kk: raw.kk_definition,
            },
            entities: raw.entities,
            phrases: Vec::new(),
        })
        .collect();
    terms.iter_mut().try_for_each(finish)?;
    Ok(terms)
}

/// Checks that a term is whole, fills stems from forms and folds them.
fn finish(term: &mut Term) -> Result<(), String> {
    let slug_ok = !term.slug.is_empty()
        && term
            .slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !slug_ok {
        return Err(format!("term {:?}: a slug of a-z, 0-9 and -", term.slug));
    }
    let texts = [
        &term.kk.form,
        &term.ru.form,
        &term.en.form,
        &term.definition.en,
        &term.definition.ru,
        &term.definition.kk,
    ];
    if texts.iter().any(|text| text.trim().is_empty()) {
        return Err(format!(
            "term {}: kk, ru, en and the three definitions are required",
            term.slug
        ));
    }
    for forms in [&mut term.kk, &mut term.ru, &mut term.en] {
        if forms.stems.is_empty() {
            forms.stems.push(forms.form.clone());
        }
    }
    term.phrases = [&term.kk, &term.ru, &term.en]
        .into_iter()
        .flat_map(|forms| forms.stems.iter())
        .map(|stem| Phrase::new(stem))
        .filter(|phrase| !phrase.is_empty())
        .collect();
    term.phrases
        .sort_by_key(|phrase| std::cmp::Reverse(phrase.len()));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_glossary_reads() {
        let terms = read_terms(TERMS_TOML).unwrap();
        assert!(terms.len() >= 25, "{} terms", terms.len());
        let mut slugs: Vec<&str> = terms.iter().map(|t| t.slug.as_str()).collect();
        slugs.sort_unstable();
        let count = slugs.len();
        slugs.dedup();
        assert_eq!(slugs.len(), count, "slugs are unique");
    }

    #[test]
    fn malformed_or_incomplete_terms_are_refused() {
        for bad in [
            "slug = \"x\"",
            "[[term]]\nslug = \"x\" y",
            "[[term]]\nslug = \"x\nz\"",
            "[[term]]\ncolour = \"red\"",
            "[[term]]\nentities = [\"a\"",
            "[[term]]\nslug = \"Not A Slug\"\nkk = \"a\"\nru = \"a\"\nen = \"a\"\nen_definition = \"a\"\nru_definition = \"a\"\nkk_definition = \"a\"",
            "[[term]]\nslug = \"x\"\nkk = \"a\"",
        ] {
            assert!(read_terms(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_whole_term_reads_with_its_stems_folded() {
        let text = "[[term]]\nslug = \"uezd\"\nkk = \"уезд\"\nkk_stems = [\"уезд\", \"уезі\"] # stems\n\
            ru = \"уезд\"\nen = \"uezd \\\"x\\\"\"\nen_definition = \"a\"\nru_definition = \"б\"\n\
            kk_definition = \"в\"\nentities = []\n";
        let terms = read_terms(text).unwrap();
        assert_eq!(terms[0].en.form, "uezd \"x\"");
        assert_eq!(terms[0].kk.stems, ["уезд", "уезі"]);
        assert_eq!(terms[0].ru.stems, ["уезд"]);
        let occurs = |text: &str| {
            let folded = Folded::of(text);
            let phrases = terms[0].phrases();
            (0..folded.len()).any(|start| phrases.iter().any(|p| p.is_at(&folded, start)))
        };
        assert!(occurs("Ташкент уезінің"));
        assert!(!occurs("Ташкент уақыт"));
    }
}
