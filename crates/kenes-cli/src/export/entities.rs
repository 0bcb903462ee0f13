//! The export's entity records: each model type converted explicitly into a
//! plain serialisable struct, so that the schema is ours to version and never
//! follows an internal change by accident.

use kenes_model::*;
use schemars::JsonSchema;
use serde::Serialize;

use kenes_web::json::JsonDate;

fn ids<T: std::fmt::Display>(items: &[T]) -> Vec<String> {
    items.iter().map(ToString::to_string).collect()
}
fn opt<T: std::fmt::Display>(item: Option<&T>) -> Option<String> {
    item.map(ToString::to_string)
}

/// A name as a source spells it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonName {
    pub text: String,
    pub lang: String,
    /// `original`, `rendering` or `variant`.
    pub kind: &'static str,
    /// `cyrillic`, `latin`, `arabic` or `mixed`, detected from the text.
    pub script: Option<&'static str>,
    /// For a name with Cyrillic letters: its Latin transliterations, made by the program.
    pub transliteration: Option<JsonTransliteration>,
}

/// A name in Latin letters, for readers who do not read Cyrillic.
#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonTransliteration {
    /// The Kazakh Latin alphabet of 2021.
    pub kazakh_latin_2021: String,
    /// ALA-LC romanisation (Kazakh or Russian, by the name's language).
    pub scholarly: String,
}

pub fn names(names: &Names) -> Vec<JsonName> {
    names
        .all()
        .iter()
        .map(|n| JsonName {
            text: n.text().to_owned(),
            lang: n.lang().to_string(),
            kind: match n.kind() {
                NameKind::Original => "original",
                NameKind::Rendering => "rendering",
                NameKind::Variant => "variant",
            },
            script: n.script().map(|s| match s {
                Script::Cyrillic => "cyrillic",
                Script::Latin => "latin",
                Script::Arabic => "arabic",
                Script::Mixed => "mixed",
            }),
            transliteration: kenes_model::translit::of_name(n).map(|t| JsonTransliteration {
                kazakh_latin_2021: t.kazakh_latin,
                scholarly: t.scholarly,
            }),
        })
        .collect()
}

/// What every record carries: the claims it rests on and the editor's note.
#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonEvidence {
    pub claims: Vec<String>,
    pub note: Option<String>,
}

pub fn evidence(origin: &Origin) -> JsonEvidence {
    JsonEvidence {
        claims: ids(origin.claims()),
        note: origin.note().map(str::to_owned),
    }
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonAffiliation {
    pub organisation: String,
    pub role: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonActor {
    pub id: String,
    pub kind: &'static str,
    pub names: Vec<JsonName>,
    pub description: Option<String>,
    pub place: Option<String>,
    pub part_of: Option<String>,
    pub affiliations: Vec<JsonAffiliation>,
    #[serde(flatten)]
    pub evidence: JsonEvidence,
}

pub fn actor(a: &Actor) -> JsonActor {
    JsonActor {
        id: a.id().to_string(),
        kind: a.kind().as_str(),
        names: names(a.names()),
        description: a.description().map(str::to_owned),
        place: opt(a.place()),
        part_of: opt(a.part_of()),
        affiliations: a
            .affiliations()
            .iter()
            .map(|f| JsonAffiliation {
                organisation: f.organisation().to_string(),
                role: f.role().map(str::to_owned),
            })
            .collect(),
        evidence: evidence(a.origin()),
    }
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonPlace {
    pub id: String,
    pub kind: &'static str,
    pub names: Vec<JsonName>,
    pub within: Option<String>,
    #[serde(flatten)]
    pub evidence: JsonEvidence,
}

pub fn place(p: &Place) -> JsonPlace {
    JsonPlace {
        id: p.id().to_string(),
        kind: p.kind().as_str(),
        names: names(p.names()),
        within: opt(p.within()),
        evidence: evidence(p.origin()),
    }
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonArchive {
    pub archive: String,
    pub fund: Option<String>,
    pub inventory: Option<String>,
    pub file: Option<String>,
    pub sheets: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonSource {
    pub id: String,
    pub kind: &'static str,
    /// The citation exactly as the relaying work writes it.
    pub cited_as: Option<String>,
    pub title: Option<String>,
    pub author: Option<String>,
    pub issued_by: Option<String>,
    pub newspaper: Option<String>,
    pub date: Option<JsonDate>,
    pub archive: Option<JsonArchive>,
    pub pages: Option<String>,
    pub lang: Option<String>,
    pub text: Option<String>,
    /// Why the locator cannot be read one way, when it cannot.
    pub ambiguous: Option<String>,
    #[serde(flatten)]
    pub evidence: JsonEvidence,
}

pub fn source(s: &Source) -> JsonSource {
    JsonSource {
        id: s.id().to_string(),
        kind: s.kind().as_str(),
        cited_as: s.cited_as().map(str::to_owned),
        title: s.title().map(str::to_owned),
        author: s.author().map(str::to_owned),
        issued_by: opt(s.issued_by()),
        newspaper: opt(s.newspaper()),
        date: JsonDate::opt(s.date()),
        archive: s.archive().map(|a| JsonArchive {
            archive: a.archive.clone(),
            fund: a.fund.clone(),
            inventory: a.inventory.clone(),
            file: a.file.clone(),
            sheets: a.sheets.clone(),
        }),
        pages: s.pages().map(str::to_owned),
        lang: s.lang().map(ToString::to_string),
        text: s.text_path().map(str::to_owned),
        ambiguous: s.ambiguous().map(str::to_owned),
        evidence: evidence(s.origin()),
    }
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonPassage {
    /// Exactly as the printing work prints it.
    pub text: String,
    pub lang: String,
    /// True when the printing work gives the source in translation.
    pub translated: bool,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonClaim {
    pub id: String,
    pub source: String,
    /// The relaying chain, nearest first; the printing work last.
    pub via: Vec<String>,
    pub printed_in: String,
    pub locator: Option<String>,
    pub passage: JsonPassage,
    pub english: String,
    /// `quoted-document`, `author-judgement` or `author-retelling`.
    pub voice: &'static str,
    pub historian: Option<String>,
    pub confidence: Option<&'static str>,
    pub note: Option<String>,
}

pub fn claim(c: &Claim) -> JsonClaim {
    let historian = match c.voice() {
        Voice::AuthorRetelling { historian } => opt(historian.as_ref()),
        _ => None,
    };
    JsonClaim {
        id: c.id().to_string(),
        source: c.source().to_string(),
        via: ids(c.via()),
        printed_in: c.printed_in().to_string(),
        locator: c.locator().map(str::to_owned),
        passage: JsonPassage {
            text: c.passage().text().to_owned(),
            lang: c.passage().lang().to_string(),
            translated: c.passage().translated(),
        },
        english: c.english().to_owned(),
        voice: c.voice().as_str(),
        historian,
        confidence: c.confidence().map(Confidence::as_str),
        note: c.origin().note().map(str::to_owned),
    }
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct JsonReading {
    pub id: String,
    pub question: String,
    pub alternatives: Vec<String>,
    pub adopted: Vec<String>,
    pub reason: String,
    #[serde(flatten)]
    pub evidence: JsonEvidence,
}

pub fn reading(r: &Reading) -> JsonReading {
    JsonReading {
        id: r.id().to_string(),
        question: r.question().to_owned(),
        alternatives: ids(r.alternatives()),
        adopted: ids(r.adopted()),
        reason: r.reason().to_owned(),
        evidence: evidence(r.origin()),
    }
}
