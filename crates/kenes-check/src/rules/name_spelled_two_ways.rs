//! K111 name-spelled-two-ways: the sources spell one name in two ways.
//!
//! Names are kept as each source spells them; a `variant` name records another
//! spelling met in a source. A variant that only words the name differently
//! (a shorter form, a fuller title, the same words with other spacing) is an
//! alias and no finding. A variant in which a word is *spelled* differently —
//! the same word with one or two letters changed, added or dropped, or in
//! another case («Дорреер» / «Доррер», «Шуро-и-Ислам» / «Шуро-и-ислам»,
//! «Рысқұлов» / «Рыскулов») — is what a historian wants to see: a search for
//! one spelling misses passages that use the other, and one of them may be a
//! misprint kept as printed. Words of fewer than four letters are not compared
//! (initials), nor words three or more edits apart, nor words that differ at
//! their end (a Kazakh case or possessive ending: «кеңес» / «кеңесі») or at
//! their start (another word), nor the capital at the start of a name (it
//! follows the sentence). Actors, places and bodies are checked.
//!
//! # Example
//!
//! ```toml
//! [[actor]]
//! id = "person.dorrer"
//! names = [
//!   { text = "Г.И. Доррер", lang = "kk" },
//!   { text = "Дорреер", lang = "kk", kind = "variant" },   # K111 (note)
//! ]
//! ```

use kenes_model::{Diagnostic, Model, NameKind, Names, Origin, Severity};

use crate::rules::codes::NAME_SPELLED_TWO_WAYS;
use crate::support::at;

pub fn run(model: &Model, findings: &mut Vec<Diagnostic>) {
    let actors = model
        .actors()
        .iter()
        .map(|a| (a.id().id(), a.kind().as_str(), a.names(), a.origin()));
    let places = model
        .places()
        .iter()
        .map(|p| (p.id().id(), "place", p.names(), p.origin()));
    let bodies = model
        .bodies()
        .iter()
        .map(|b| (b.id().id(), "body", b.names(), b.origin()));
    for (id, what, names, origin) in actors.chain(places).chain(bodies) {
        if let Some(finding) = check_names(id, what, names, origin) {
            findings.push(finding);
        }
    }
}

fn check_names(
    id: &kenes_model::Id,
    what: &str,
    names: &Names,
    origin: &Origin,
) -> Option<Diagnostic> {
    names.variants().next()?;
    let spelled: Vec<&str> = names
        .all()
        .iter()
        .filter(|n| n.kind() != NameKind::Rendering)
        .map(|n| n.text())
        .collect();
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (i, first) in spelled.iter().enumerate() {
        for second in &spelled[i + 1..] {
            for pair in differently_spelled_words(first, second) {
                if !pairs.contains(&pair) {
                    pairs.push(pair);
                }
            }
        }
    }
    if pairs.is_empty() {
        return None;
    }
    let listed: Vec<String> = pairs
        .iter()
        .map(|(a, b)| format!("«{a}» / «{b}»"))
        .collect();
    let names_listed: Vec<String> = spelled.iter().map(|n| format!("«{n}»")).collect();
    let message = format!(
        "the sources spell this {what}'s name in more than one way: {}",
        listed.join(", ")
    );
    Some(
        Diagnostic::new(
            NAME_SPELLED_TWO_WAYS,
            Severity::Note,
            message,
            at(id, origin, "names"),
        )
        .with_note(format!(
            "its names as the sources write them: {}",
            names_listed.join(", ")
        )),
    )
}

/// Words of `first` and `second` that are the same word spelled differently.
/// Words are split at spaces and punctuation but not at hyphens (a hyphenated
/// name is one word), and the capital of a word's first letter is not
/// compared: it follows the sentence.
fn differently_spelled_words(first: &str, second: &str) -> Vec<(String, String)> {
    // Each word as a comparison key (first letter lowered) and as written.
    let words = |text: &str| -> Vec<(String, String)> {
        text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .map(|w| w.trim_matches('-'))
            .filter(|w| w.chars().count() >= 4)
            .map(|w| (lower_first(&fold_lookalikes(w)), w.to_owned()))
            .collect()
    };
    let (a_words, b_words) = (words(first), words(second));
    let has = |list: &[(String, String)], key: &str| list.iter().any(|(k, _)| k == key);
    let mut out = Vec::new();
    for (a, a_written) in &a_words {
        if has(&b_words, a) {
            continue;
        }
        let nearest = b_words
            .iter()
            .filter(|(b, _)| !has(&a_words, b) && differ_inside(a, b))
            .map(|(b, b_written)| (spelling_distance(a, b), b_written))
            .min_by_key(|(d, _)| *d);
        if let Some((distance, b_written)) = nearest
            && (1..=2).contains(&distance)
        {
            out.push((a_written.clone(), b_written.clone()));
        }
    }
    out
}

/// The word with its first letter in lower case.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Whether two words share their first two letters and their last letter, so
/// that they differ inside: a misspelling rather than another ending or word.
fn differ_inside(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (
        a.to_lowercase().chars().collect(),
        b.to_lowercase().chars().collect(),
    );
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    prefix >= 2 && suffix >= 1
}

/// Edits between two words, a change of case counting as one edit.
fn spelling_distance(a: &str, b: &str) -> usize {
    let (lower_a, lower_b) = (a.to_lowercase(), b.to_lowercase());
    let distance = strsim::levenshtein(&lower_a, &lower_b);
    if distance == 0 && a != b { 1 } else { distance }
}

/// A word's Latin look-alike letters as Cyrillic, when the word has Cyrillic letters.
fn fold_lookalikes(word: &str) -> String {
    let cyrillic = word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    if cyrillic {
        word.chars().map(kenes_model::fold_lookalike).collect()
    } else {
        word.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::differently_spelled_words;

    #[test]
    fn spelling_differences_are_found_and_rewordings_are_not() {
        assert_eq!(
            differently_spelled_words("Г.И. Дорреер", "Доррер"),
            vec![("Дорреер".to_owned(), "Доррер".to_owned())]
        );
        assert_eq!(
            differently_spelled_words("Шуро-и-Ислам", "Шуро-и-ислам").len(),
            1
        );
        assert_eq!(
            differently_spelled_words("Т. Рысқұлов", "Т.Рыскулов").len(),
            1
        );
        assert!(
            differently_spelled_words("П.А. Коровиченко", "Коровиченко").is_empty(),
            "a shorter form"
        );
        assert!(
            differently_spelled_words("Г. Сафаров", "Г.Сафаров").is_empty(),
            "spacing only"
        );
        assert!(
            differently_spelled_words("Бас комиссар", "Генеральный комиссар").is_empty(),
            "another title"
        );
        assert!(
            differently_spelled_words(
                "мұсылмандарының орталық кеңесі",
                "мұсылмандары орталық кеңесі"
            )
            .is_empty(),
            "a case ending"
        );
        assert!(
            differently_spelled_words("Түркiстан", "Түркістан").is_empty(),
            "a Latin look-alike is the same letter"
        );
        assert!(
            differently_spelled_words("кеңес", "кеңесі").is_empty(),
            "an ending"
        );
        assert!(
            differently_spelled_words("жанында", "қасында").is_empty(),
            "another word"
        );
        assert!(
            differently_spelled_words("Меньшевиктер мен", "меньшевиктер мен").is_empty(),
            "a sentence's capital"
        );
        assert!(
            differently_spelled_words("Қазақ-қырғыз кеңесі", "қазақ-қырғыз кеңесі").is_empty(),
            "a sentence's capital"
        );
        assert_eq!(differently_spelled_words("Петроград", "Петоград").len(), 1);
    }
}
