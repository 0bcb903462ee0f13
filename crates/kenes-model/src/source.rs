//! Sources, claims and readings: every fact of a model is a claim by a source,
//! relayed through a chain of works, with the passage exactly as the relaying
//! work prints it. Conflicting claims stand side by side; a reading records
//! which one derived views follow, and why.

use crate::date::{Calendar, CalendarBasis, HistoricalDate};
use crate::id::{ActorId, ClaimId, Id, ReadingId, SourceId};
use crate::name::Lang;
use crate::origin::Origin;

/// What kind of source this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceKind {
    /// One issue of a newspaper.
    NewspaperIssue,
    /// A file of an archive (fund / inventory / file / sheets).
    ArchiveFile,
    Book,
    Article,
    /// A document known only through works that quote it (a letter, an order, a telegram).
    Document,
    /// A quotation given without any citation: the source is not named.
    Unnamed,
}

impl SourceKind {
    pub const ALL: [SourceKind; 6] = [
        SourceKind::NewspaperIssue,
        SourceKind::ArchiveFile,
        SourceKind::Book,
        SourceKind::Article,
        SourceKind::Document,
        SourceKind::Unnamed,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::NewspaperIssue => "newspaper-issue",
            SourceKind::ArchiveFile => "archive-file",
            SourceKind::Book => "book",
            SourceKind::Article => "article",
            SourceKind::Document => "document",
            SourceKind::Unnamed => "unnamed",
        }
    }
    pub fn parse(text: &str) -> Option<SourceKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// An archival reference, each part kept as written (`9-қ.`, `34-36-п.`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArchiveRef {
    pub archive: String,
    pub fund: Option<String>,
    pub inventory: Option<String>,
    pub file: Option<String>,
    pub sheets: Option<String>,
}

/// How the calendar of a source's dates is known: stated, or inferred once for
/// the whole source with the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarInference {
    calendar: Calendar,
    basis: CalendarBasis,
    reason: Option<String>,
}

impl CalendarInference {
    pub fn new(
        calendar: Calendar,
        basis: CalendarBasis,
        reason: Option<String>,
    ) -> CalendarInference {
        CalendarInference {
            calendar,
            basis,
            reason,
        }
    }
    pub fn calendar(&self) -> Calendar {
        self.calendar
    }
    pub fn basis(&self) -> CalendarBasis {
        self.basis
    }
    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }
}

/// A source: a newspaper issue, an archive file, a book, an article, a
/// document, or the unnamed source of an uncited quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    id: SourceId,
    kind: SourceKind,
    parts: SourceParts,
}

/// The parts a [`Source`] is built from. Everything is kept as the citing work
/// writes it; nothing is completed from outside the work.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceParts {
    /// The citation exactly as the relaying work writes it (`[Наша газета, 1917. 8 ноябрь]`).
    pub cited_as: Option<String>,
    pub title: Option<String>,
    /// The author as the citation spells it.
    pub author: Option<String>,
    /// The actor that authored or issued it (a newspaper, an organisation, a person).
    pub issued_by: Option<ActorId>,
    /// The newspaper of a newspaper issue.
    pub newspaper: Option<ActorId>,
    /// Date of the issue or document; a book's year as a year-precision date.
    pub date: Option<HistoricalDate>,
    pub archive: Option<ArchiveRef>,
    pub pages: Option<String>,
    pub lang: Option<Lang>,
    /// Path (relative to the model folder) of the source's text, against which
    /// quoted passages are checked.
    pub text: Option<String>,
    /// Why the locator cannot be read one way, if it cannot.
    pub ambiguous: Option<String>,
    /// The calendar of the source's dates.
    pub calendar: Option<CalendarInference>,
    pub origin: Origin,
}

impl Source {
    pub fn new(id: SourceId, kind: SourceKind, parts: SourceParts) -> Source {
        Source { id, kind, parts }
    }
    pub fn id(&self) -> &SourceId {
        &self.id
    }
    pub fn kind(&self) -> SourceKind {
        self.kind
    }
    pub fn cited_as(&self) -> Option<&str> {
        self.parts.cited_as.as_deref()
    }
    pub fn title(&self) -> Option<&str> {
        self.parts.title.as_deref()
    }
    pub fn author(&self) -> Option<&str> {
        self.parts.author.as_deref()
    }
    pub fn issued_by(&self) -> Option<&ActorId> {
        self.parts.issued_by.as_ref()
    }
    pub fn newspaper(&self) -> Option<&ActorId> {
        self.parts.newspaper.as_ref()
    }
    pub fn date(&self) -> Option<&HistoricalDate> {
        self.parts.date.as_ref()
    }
    pub fn archive(&self) -> Option<&ArchiveRef> {
        self.parts.archive.as_ref()
    }
    pub fn pages(&self) -> Option<&str> {
        self.parts.pages.as_deref()
    }
    pub fn lang(&self) -> Option<&Lang> {
        self.parts.lang.as_ref()
    }
    pub fn text_path(&self) -> Option<&str> {
        self.parts.text.as_deref()
    }
    pub fn ambiguous(&self) -> Option<&str> {
        self.parts.ambiguous.as_deref()
    }
    pub fn calendar(&self) -> Option<&CalendarInference> {
        self.parts.calendar.as_ref()
    }
    pub fn origin(&self) -> &Origin {
        &self.parts.origin
    }
    /// A short label for lists: the citation as written, else title, else id.
    pub fn label(&self) -> &str {
        self.cited_as().or(self.title()).unwrap_or(self.id.as_str())
    }
}

/// Whose words a claim's passage is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Voice {
    /// The relaying work quotes a document (a resolution, an article, a speech).
    QuotedDocument,
    /// The relaying work's author speaks in their own voice.
    AuthorJudgement,
    /// The author retells what another historian wrote.
    AuthorRetelling { historian: Option<ActorId> },
}

impl Voice {
    pub fn as_str(&self) -> &'static str {
        match self {
            Voice::QuotedDocument => "quoted-document",
            Voice::AuthorJudgement => "author-judgement",
            Voice::AuthorRetelling { .. } => "author-retelling",
        }
    }
}

/// How sure the editor is of a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
    pub fn parse(text: &str) -> Option<Confidence> {
        [Confidence::Low, Confidence::Medium, Confidence::High]
            .into_iter()
            .find(|c| c.as_str() == text)
    }
}

/// The passage a claim rests on, exactly as the relaying work prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Passage {
    text: String,
    lang: Lang,
    /// True when the relaying work gives the source in translation (the paper
    /// gives Russian newspapers in its own Kazakh).
    translated: bool,
}

impl Passage {
    pub fn new(text: String, lang: Lang, translated: bool) -> Passage {
        Passage {
            text,
            lang,
            translated,
        }
    }
    pub fn text(&self) -> &str {
        &self.text
    }
    pub fn lang(&self) -> &Lang {
        &self.lang
    }
    pub fn translated(&self) -> bool {
        self.translated
    }
}

/// A claim: what a source says, as a chain of works relays it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    id: ClaimId,
    source: SourceId,
    via: Vec<SourceId>,
    locator: Option<String>,
    passage: Passage,
    english: String,
    confidence: Option<Confidence>,
    voice: Voice,
    origin: Origin,
}

/// The parts a [`Claim`] is built from.
#[derive(Debug)]
pub struct ClaimParts {
    pub id: ClaimId,
    pub source: SourceId,
    /// The works that relay the source, nearest first, the work the passage is
    /// printed in last (a document quoted by a book quoted by the paper: `[book, paper]`).
    pub via: Vec<SourceId>,
    pub locator: Option<String>,
    pub passage: Passage,
    pub english: String,
    pub confidence: Option<Confidence>,
    pub voice: Voice,
    pub origin: Origin,
}

impl Claim {
    pub fn new(parts: ClaimParts) -> Claim {
        let ClaimParts {
            id,
            source,
            via,
            locator,
            passage,
            english,
            confidence,
            voice,
            origin,
        } = parts;
        Claim {
            id,
            source,
            via,
            locator,
            passage,
            english,
            confidence,
            voice,
            origin,
        }
    }
    pub fn id(&self) -> &ClaimId {
        &self.id
    }
    pub fn source(&self) -> &SourceId {
        &self.source
    }
    pub fn via(&self) -> &[SourceId] {
        &self.via
    }
    /// The work whose text prints the passage: the last link of the chain, or
    /// the source itself when nothing relays it.
    pub fn printed_in(&self) -> &SourceId {
        self.via.last().unwrap_or(&self.source)
    }
    pub fn locator(&self) -> Option<&str> {
        self.locator.as_deref()
    }
    pub fn passage(&self) -> &Passage {
        &self.passage
    }
    pub fn english(&self) -> &str {
        &self.english
    }
    pub fn confidence(&self) -> Option<Confidence> {
        self.confidence
    }
    pub fn voice(&self) -> &Voice {
        &self.voice
    }
    pub fn origin(&self) -> &Origin {
        &self.origin
    }
}

/// The editor's choice between alternatives (claims or facts) for derived views.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    id: ReadingId,
    question: String,
    alternatives: Vec<Id>,
    adopted: Vec<Id>,
    reason: String,
    origin: Origin,
}

impl Reading {
    /// `adopted` names the alternatives the reading adopts (usually one; a
    /// reading that selects a set, such as which constituencies count as the
    /// local population's seats, adopts several).
    pub fn new(
        id: ReadingId,
        question: String,
        alternatives: Vec<Id>,
        adopted: Vec<Id>,
        reason: String,
        origin: Origin,
    ) -> Reading {
        Reading {
            id,
            question,
            alternatives,
            adopted,
            reason,
            origin,
        }
    }
    pub fn id(&self) -> &ReadingId {
        &self.id
    }
    pub fn question(&self) -> &str {
        &self.question
    }
    pub fn alternatives(&self) -> &[Id] {
        &self.alternatives
    }
    pub fn adopted(&self) -> &[Id] {
        &self.adopted
    }
    pub fn reason(&self) -> &str {
        &self.reason
    }
    pub fn origin(&self) -> &Origin {
        &self.origin
    }
}
