//! What a search looks through: the model's named entities (every name,
//! with variants and renderings), events, sources and claims, and the
//! paper's paragraphs (the Kazakh text and its English and Russian), each
//! as a document of fields that borrow the explorer's text; and those fields
//! folded, once per explorer ([`FoldedDocs`]).

use kenes_dataset::Paragraph;
use kenes_model::{Names, Source};

use super::fold::Folded;
use crate::Explorer;
use crate::i18n::Ui;

/// The path of the paper's text in a model.
pub const PAPER: &str = "texts/paper.kk.txt";

/// The kinds of result, in the order their groups come when they rank alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Actor,
    Place,
    Body,
    Issue,
    Event,
    Source,
    Claim,
    Paragraph,
}

impl Kind {
    /// As in `data-kind` and the API (the model's own kind names).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Actor => "actor",
            Kind::Place => "place",
            Kind::Body => "body",
            Kind::Issue => "issue",
            Kind::Event => "event",
            Kind::Source => "source",
            Kind::Claim => "claim",
            Kind::Paragraph => "paragraph",
        }
    }

    /// Whether documents of this kind are named entities.
    pub fn is_named(self) -> bool {
        matches!(self, Kind::Actor | Kind::Place | Kind::Body | Kind::Issue)
    }

    /// The heading of this kind's group of results.
    pub fn heading(self, ui: &Ui) -> &'static str {
        match self {
            Kind::Actor => ui.t(
                "People and organisations",
                "Люди и организации",
                "Адамдар мен ұйымдар",
            ),
            Kind::Place => ui.t("Places", "Места", "Жерлер"),
            Kind::Body => ui.t("Bodies", "Органы", "Органдар"),
            Kind::Issue => ui.t("Issues", "Вопросы", "Мәселелер"),
            Kind::Event => ui.t("Events", "События", "Оқиғалар"),
            Kind::Source => ui.t("Sources", "Источники", "Дереккөздер"),
            Kind::Claim => ui.t("Claims", "Утверждения", "Тұжырымдар"),
            Kind::Paragraph => ui.t(
                "Paragraphs of the paper",
                "Абзацы статьи",
                "Мақаланың абзацтары",
            ),
        }
    }
}

/// One text of a document, with its language when known.
#[derive(Clone, Copy, Debug)]
pub struct Field<'m> {
    pub text: &'m str,
    pub lang: Option<&'m str>,
    /// A name of the entity (an exact match of a name ranks first).
    pub is_name: bool,
}

impl<'m> Field<'m> {
    fn name(text: &'m str, lang: &'m str) -> Field<'m> {
        Field {
            text,
            lang: Some(lang),
            is_name: true,
        }
    }

    fn text(text: &'m str, lang: Option<&'m str>) -> Field<'m> {
        Field {
            text,
            lang,
            is_name: false,
        }
    }
}

/// Something a search can find.
#[derive(Debug)]
pub struct Doc<'m> {
    pub kind: Kind,
    pub id: &'m str,
    /// The names of a named entity, to show it as names are shown elsewhere.
    pub names: Option<&'m Names>,
    /// How the result is headed when it has no names.
    pub title: &'m str,
    pub fields: Vec<Field<'m>>,
}

/// Every document of the explorer, in model order within each kind.
pub fn documents(explorer: &Explorer) -> Vec<Doc<'_>> {
    let model = &explorer.model;
    let mut docs = Vec::new();
    let named = model
        .actors()
        .iter()
        .map(|a| (Kind::Actor, a.id().as_str(), a.names()))
        .chain(
            model
                .places()
                .iter()
                .map(|p| (Kind::Place, p.id().as_str(), p.names())),
        )
        .chain(
            model
                .bodies()
                .iter()
                .map(|b| (Kind::Body, b.id().as_str(), b.names())),
        )
        .chain(
            model
                .issues()
                .iter()
                .map(|i| (Kind::Issue, i.id().as_str(), i.names())),
        );
    for (kind, id, names) in named {
        docs.push(named_doc(kind, id, names));
    }
    docs.extend(model.events().iter().map(|event| Doc {
        kind: Kind::Event,
        id: event.id().as_str(),
        names: None,
        title: event.title(),
        fields: vec![Field::text(event.title(), None)],
    }));
    docs.extend(model.sources().iter().map(source_doc));
    docs.extend(model.claims().iter().map(|claim| Doc {
        kind: Kind::Claim,
        id: claim.id().as_str(),
        names: None,
        title: claim.id().as_str(),
        fields: vec![
            Field::text(
                claim.passage().text(),
                Some(claim.passage().lang().as_str()),
            ),
            Field::text(claim.english(), Some("en")),
        ],
    }));
    docs.extend(paragraphs(explorer).map(paragraph_doc));
    docs
}

/// The fields of every document of the explorer, folded: the same for every
/// query, so folded on the first search and kept (some 330 kB of text for
/// the embedded model, which took about 2.5 ms to fold each request).
#[derive(Debug)]
pub struct FoldedDocs {
    /// For each document of [`documents`], in its order, its fields in theirs.
    docs: Vec<Vec<Folded>>,
}

impl FoldedDocs {
    /// The folded documents of `explorer`, folded on first use.
    pub fn of(explorer: &Explorer) -> &FoldedDocs {
        explorer.search.get_or_init(|| FoldedDocs {
            docs: documents(explorer)
                .iter()
                .map(|doc| doc.fields.iter().map(|f| Folded::of(f.text)).collect())
                .collect(),
        })
    }

    /// The folded fields of document `doc` (by its place in [`documents`]).
    pub fn fields(&self, doc: usize) -> &[Folded] {
        &self.docs[doc]
    }
}

fn named_doc<'m>(kind: Kind, id: &'m str, names: &'m Names) -> Doc<'m> {
    Doc {
        kind,
        id,
        names: Some(names),
        title: names.display(),
        fields: names
            .all()
            .iter()
            .map(|name| Field::name(name.text(), name.lang().as_str()))
            .collect(),
    }
}

fn source_doc(source: &Source) -> Doc<'_> {
    let texts = [source.cited_as(), source.title(), source.author()];
    Doc {
        kind: Kind::Source,
        id: source.id().as_str(),
        names: None,
        title: source.label(),
        fields: texts
            .into_iter()
            .flatten()
            .map(|text| Field::text(text, None))
            .collect(),
    }
}

/// A paragraph of the paper with its Kazakh text ("" when the model has no
/// paper text or the lines lie outside it).
pub struct PaperParagraph<'m> {
    pub paragraph: &'m Paragraph,
    pub kazakh: &'m str,
}

fn paragraph_doc<'m>(paper: PaperParagraph<'m>) -> Doc<'m> {
    let paragraph = paper.paragraph;
    let mut fields = vec![Field::text(paper.kazakh, Some(paragraph.lang.as_str()))];
    fields.extend(
        paragraph
            .en
            .as_deref()
            .map(|en| Field::text(en, Some("en"))),
    );
    fields.extend(
        paragraph
            .ru
            .as_deref()
            .map(|ru| Field::text(ru, Some("ru"))),
    );
    Doc {
        kind: Kind::Paragraph,
        id: paragraph.id.as_str(),
        names: None,
        title: paragraph.id.as_str(),
        fields,
    }
}

/// The paper's paragraphs, each with its lines of the paper's text.
pub fn paragraphs(explorer: &Explorer) -> impl Iterator<Item = PaperParagraph<'_>> {
    let paper = explorer.model.text(PAPER).unwrap_or_default();
    let starts = line_starts(paper);
    explorer
        .paragraphs
        .iter()
        .map(move |paragraph| PaperParagraph {
            paragraph,
            kazakh: lines(paper, &starts, paragraph.first_line, paragraph.last_line),
        })
}

/// The byte offset of each line's start, and one past the end.
fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(index, _)| index + 1))
        .chain(std::iter::once(text.len()))
        .collect()
}

/// Lines `first..=last` (1-based) of `text`; "" when they are not all there.
fn lines<'t>(text: &'t str, starts: &[usize], first: usize, last: usize) -> &'t str {
    let start = first.checked_sub(1).and_then(|index| starts.get(index));
    let end = starts.get(last);
    match (start, end) {
        (Some(&start), Some(&end)) if start <= end => text.get(start..end).unwrap_or_default(),
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_sliced_by_their_lines() {
        let text = "one\ntwo\nthree\n";
        let starts = line_starts(text);
        assert_eq!(lines(text, &starts, 2, 2), "two\n");
        assert_eq!(lines(text, &starts, 1, 3), text);
        assert_eq!(lines(text, &starts, 0, 1), "");
        assert_eq!(lines(text, &starts, 3, 9), "");
        assert_eq!(lines(text, &starts, 3, 2), "");
    }

    /// The paper prints Коровиченконың on line 315 (paragraph p025), in
    /// «Бас комиссары П.А. Коровиченконың мұндай бұйрығына қарамастан».
    #[test]
    fn the_embedded_paper_is_in_its_paragraphs() {
        let explorer = Explorer::embedded();
        let holding: Vec<&str> = paragraphs(&explorer)
            .filter(|p| p.kazakh.contains("Коровиченконың"))
            .map(|p| p.paragraph.id.as_str())
            .collect();
        assert_eq!(holding.len(), 1, "{holding:?}");
    }
}
