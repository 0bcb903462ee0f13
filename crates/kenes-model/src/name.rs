//! Names as sources spell them. A name keeps its text exactly, its language
//! and script, and whether it is the original spelling, a rendering into
//! another language, or a variant spelling (alias) met in a source.

use std::fmt;

/// A language tag: 2–3 lowercase letters, optionally `-` and a script or
/// region subtag (`kk`, `ru`, `en`, `kk-latn`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(Box<str>);

impl Lang {
    pub fn new(tag: &str) -> Result<Lang, String> {
        let mut parts = tag.split('-');
        let primary = parts.next().unwrap_or("");
        let primary_ok =
            (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase());
        let rest_ok = parts
            .all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
        if primary_ok && rest_ok {
            Ok(Lang(tag.to_ascii_lowercase().into()))
        } else {
            Err(format!(
                "{tag:?} is not a language tag (expected e.g. \"kk\", \"ru\", \"en\")"
            ))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The primary language subtag (`kk` of `kk-latn`).
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The writing system of a piece of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Script {
    Cyrillic,
    Latin,
    Arabic,
    Mixed,
}

impl Script {
    /// The script that most letters of `text` belong to (`Mixed` when no script
    /// holds four fifths of the letters).
    pub fn detect(text: &str) -> Option<Script> {
        let (mut cyrillic, mut latin, mut arabic, mut letters) = (0usize, 0usize, 0usize, 0usize);
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            match c as u32 {
                0x0400..=0x052F => cyrillic += 1,
                0x0600..=0x06FF => arabic += 1,
                _ if c.is_ascii_alphabetic() || (0x00C0..=0x024F).contains(&(c as u32)) => {
                    latin += 1
                }
                _ => {}
            }
        }
        if letters == 0 {
            return None;
        }
        let dominant = |n: usize| n * 5 >= letters * 4;
        Some(if dominant(cyrillic) {
            Script::Cyrillic
        } else if dominant(latin) {
            Script::Latin
        } else if dominant(arabic) {
            Script::Arabic
        } else {
            Script::Mixed
        })
    }
}

/// A Latin letter that looks like a Cyrillic one, as that Cyrillic letter;
/// any other character unchanged. Scanned and PDF-extracted texts mix the two
/// («Түркiстан» with a Latin i), so every comparison of passages and names
/// folds them the same way.
pub fn fold_lookalike(c: char) -> char {
    match c {
        'a' => 'а',
        'c' => 'с',
        'e' => 'е',
        'i' => 'і',
        'o' => 'о',
        'p' => 'р',
        'x' => 'х',
        'y' => 'у',
        'A' => 'А',
        'B' => 'В',
        'C' => 'С',
        'E' => 'Е',
        'H' => 'Н',
        'I' => 'І',
        'K' => 'К',
        'M' => 'М',
        'O' => 'О',
        'P' => 'Р',
        'T' => 'Т',
        'X' => 'Х',
        'Y' => 'У',
        other => other,
    }
}

/// How a name relates to the entity's sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NameKind {
    /// The spelling a source uses, in its own language and script.
    Original,
    /// A rendering into another language made by the model's editors.
    Rendering,
    /// Another spelling met in a source (a variant, a misprint kept as printed).
    Variant,
}

/// One name of an entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    text: String,
    lang: Lang,
    kind: NameKind,
    script: Option<Script>,
}

impl Name {
    pub fn new(text: &str, lang: Lang, kind: NameKind) -> Result<Name, String> {
        if text.trim().is_empty() {
            return Err("a name cannot be empty".to_owned());
        }
        Ok(Name {
            text: text.to_owned(),
            script: Script::detect(text),
            lang,
            kind,
        })
    }
    pub fn text(&self) -> &str {
        &self.text
    }
    pub fn lang(&self) -> &Lang {
        &self.lang
    }
    pub fn kind(&self) -> NameKind {
        self.kind
    }
    pub fn script(&self) -> Option<Script> {
        self.script
    }
}

/// The names of one entity, with the choice of a display name per language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Names {
    names: Vec<Name>,
}

impl Names {
    pub fn new(names: Vec<Name>) -> Names {
        Names { names }
    }
    pub fn all(&self) -> &[Name] {
        &self.names
    }
    /// The first original name, or the first name of any kind.
    pub fn primary(&self) -> Option<&Name> {
        self.names
            .iter()
            .find(|n| n.kind == NameKind::Original)
            .or(self.names.first())
    }
    /// The best name for readers of `lang`: an original or rendering in that
    /// language, else the primary name.
    pub fn for_lang(&self, lang: &str) -> Option<&Name> {
        self.names
            .iter()
            .find(|n| n.lang.primary() == lang && n.kind != NameKind::Variant)
            .or_else(|| self.primary())
    }
    /// The English name if there is one, else the primary name; "" when nameless.
    pub fn display(&self) -> &str {
        self.for_lang("en").map_or("", Name::text)
    }
    pub fn variants(&self) -> impl Iterator<Item = &Name> {
        self.names.iter().filter(|n| n.kind == NameKind::Variant)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_scripts_and_picks_names() {
        assert_eq!(Script::detect("Шоқай"), Some(Script::Cyrillic));
        assert_eq!(Script::detect("Shokay"), Some(Script::Latin));
        let names = Names::new(vec![
            Name::new("М. Шоқай", Lang::new("kk").unwrap(), NameKind::Original).unwrap(),
            Name::new("M. Shokay", Lang::new("en").unwrap(), NameKind::Rendering).unwrap(),
        ]);
        assert_eq!(names.display(), "M. Shokay");
        assert_eq!(names.for_lang("ru").unwrap().text(), "М. Шоқай");
        assert!(Lang::new("KK!").is_err());
    }
}
