//! The glossary's terms, read once from `terms.toml` (embedded in the
//! binary) and folded as the search folds text, so that a term is found in
//! any of its languages and with any case ending.
//!
//! kenes-web does not depend on a TOML parser, so the file is written in a
//! small subset of TOML that this module reads: `[[term]]` headers, then one
//! `key = "string"` or `key = ["string", …]` a line, with `#` comments. The
//! file stays valid TOML; a test reads the embedded file and fails on any
//! line outside the subset.

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

/// Reads the glossary's TOML subset; the error names the line.
pub fn read_terms(text: &str) -> Result<Vec<Term>, String> {
    let mut terms: Vec<Term> = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at_line = |message: String| format!("terms.toml:{}: {message}", number + 1);
        if line == "[[term]]" {
            terms.push(Term::default());
            continue;
        }
        let term = terms
            .last_mut()
            .ok_or_else(|| at_line("a key before the first [[term]]".to_owned()))?;
        let (key, value) = line
            .split_once('=')
            .ok_or_else(|| at_line(format!("not `key = value`: {line}")))?;
        let value = read_value(value.trim()).map_err(at_line)?;
        set(term, key.trim(), value).map_err(at_line)?;
    }
    terms.iter_mut().try_for_each(finish)?;
    Ok(terms)
}

/// A value of the subset: a string or an array of strings.
enum Value {
    Text(String),
    List(Vec<String>),
}

fn read_value(text: &str) -> Result<Value, String> {
    if let Some(inner) = text.strip_prefix('[') {
        let mut items = Vec::new();
        let mut rest = inner.trim_start();
        while !rest.starts_with(']') {
            let (item, after) = read_string(rest)?;
            items.push(item);
            rest = after.trim_start();
            rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
            if rest.is_empty() {
                return Err("an array must close on its line".to_owned());
            }
        }
        end_of_line(&rest[1..])?;
        return Ok(Value::List(items));
    }
    let (item, after) = read_string(text)?;
    end_of_line(after)?;
    Ok(Value::Text(item))
}

/// A basic string at the start of `text` (escapes `\"` and `\\` only), and
/// what follows it.
fn read_string(text: &str) -> Result<(String, &str), String> {
    let body = text
        .strip_prefix('"')
        .ok_or_else(|| format!("a string must start with a double quote: {text}"))?;
    let mut value = String::new();
    let mut chars = body.char_indices();
    while let Some((index, c)) = chars.next() {
        match c {
            '"' => return Ok((value, &body[index + 1..])),
            '\\' => match chars.next() {
                Some((_, escaped @ ('"' | '\\'))) => value.push(escaped),
                _ => return Err("only \\\" and \\\\ are escapes here".to_owned()),
            },
            c => value.push(c),
        }
    }
    Err("a string must close on its line".to_owned())
}

fn end_of_line(rest: &str) -> Result<(), String> {
    let rest = rest.trim_start();
    if rest.is_empty() || rest.starts_with('#') {
        Ok(())
    } else {
        Err(format!("unexpected text after the value: {rest}"))
    }
}

fn set(term: &mut Term, key: &str, value: Value) -> Result<(), String> {
    let slot = match (key, value) {
        ("entities", Value::List(items)) => return replace_list(&mut term.entities, items, key),
        ("kk_stems", Value::List(items)) => return replace_list(&mut term.kk.stems, items, key),
        ("ru_stems", Value::List(items)) => return replace_list(&mut term.ru.stems, items, key),
        ("en_stems", Value::List(items)) => return replace_list(&mut term.en.stems, items, key),
        (key, Value::Text(text)) => (text_slot(term, key)?, text),
        (key, Value::List(_)) => return Err(format!("{key} is not a list")),
    };
    let (target, text) = slot;
    if !target.is_empty() {
        return Err(format!("{key} given twice"));
    }
    *target = text;
    Ok(())
}

fn text_slot<'t>(term: &'t mut Term, key: &str) -> Result<&'t mut String, String> {
    Ok(match key {
        "slug" => &mut term.slug,
        "kk" => &mut term.kk.form,
        "ru" => &mut term.ru.form,
        "en" => &mut term.en.form,
        "en_definition" => &mut term.definition.en,
        "ru_definition" => &mut term.definition.ru,
        "kk_definition" => &mut term.definition.kk,
        other => return Err(format!("unknown key {other}")),
    })
}

fn replace_list(target: &mut Vec<String>, items: Vec<String>, key: &str) -> Result<(), String> {
    if !target.is_empty() {
        return Err(format!("{key} given twice"));
    }
    *target = items;
    Ok(())
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
    fn lines_outside_the_subset_are_refused() {
        for bad in [
            "slug = \"x\"",
            "[[term]]\nslug = 'x'",
            "[[term]]\nslug = \"x\" y",
            "[[term]]\nslug = \"x\nz\"",
            "[[term]]\ncolour = \"red\"",
            "[[term]]\nentities = [\"a\"",
            "[[term]]\nslug = \"a\\n\"",
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
