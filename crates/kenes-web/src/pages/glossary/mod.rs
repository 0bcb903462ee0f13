//! The glossary (`/glossary`, `/api/glossary`): the terms a reader of the
//! paper meets (uezd, soviet, Shuro-i-Ulema, Old Style…), each with its
//! forms in Kazakh, Russian and English, a short definition in the reader's
//! language, the paragraphs of the paper where it stands and the model's
//! related entities. [`link_terms`] links the terms in any text to their
//! entries; the other pages call it on claims and paragraphs.
//!
//! A term is found with the search's folding (`search::fold`), so its
//! entry counts Коровиченконың-style case forms and look-alike letters too.
//! Where each term appears is the same for every request: it is found once
//! per explorer, by the first request for the glossary ([`Appearances`]).

mod link;
mod terms;

use axum::Json;
use axum::extract::State;
use axum::response::Html;
use maud::{Markup, html};
use serde::Serialize;

use crate::Explorer;
use crate::i18n::{Lang, Ui};
use crate::layout::{nav_label, page as layout_page};
use crate::names::entity_link;
use crate::pages::Shared;
use crate::pages::search::fold::Folded;
use crate::pages::search::index::paragraphs;
use crate::pages::search::search_path;
pub use link::link_terms;
use link::terms_in;
use terms::{Forms, Term, terms};

/// The glossary as the API serves it.
#[derive(Debug, Serialize)]
pub struct Glossary {
    pub terms: Vec<GlossaryTerm>,
}

/// One term, with where it appears.
#[derive(Debug, Serialize)]
pub struct GlossaryTerm {
    pub slug: String,
    /// The id of its entry on the page (`/glossary#term-<slug>`).
    pub anchor: String,
    pub forms: LanguageForms,
    pub definition: LanguageTexts,
    pub entities: Vec<String>,
    /// Ids of the paper's paragraphs whose text (Kazakh, English or Russian) holds it.
    pub paragraphs: Vec<String>,
    /// How many of the model's claims (passage or English) hold it.
    pub claims: usize,
    /// How many other texts of the model hold it (names, event titles, the
    /// model's description and its note on the calendar).
    pub elsewhere: usize,
}

#[derive(Debug, Serialize)]
pub struct LanguageForms {
    pub kk: TermForms,
    pub ru: TermForms,
    pub en: TermForms,
}

#[derive(Debug, Serialize)]
pub struct TermForms {
    pub form: String,
    pub stems: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct LanguageTexts {
    pub en: String,
    pub ru: String,
    pub kk: String,
}

impl TermForms {
    fn of(forms: &Forms) -> TermForms {
        TermForms {
            form: forms.form.clone(),
            stems: forms.stems.clone(),
        }
    }
}

/// Where each term appears in the paper and the model, in glossary order.
#[derive(Debug)]
pub struct Appearances(Vec<Appearance>);

/// Where one term appears.
#[derive(Debug, Default)]
struct Appearance {
    /// The ids of the paragraphs that hold it, in the paper's order.
    paragraphs: Vec<String>,
    claims: usize,
    elsewhere: usize,
}

/// Where each term appears in `explorer`, found on first use.
fn appearances(explorer: &Explorer) -> &[Appearance] {
    &explorer
        .glossary
        .get_or_init(|| Appearances(find_appearances(explorer)))
        .0
}

fn find_appearances(explorer: &Explorer) -> Vec<Appearance> {
    let mut found: Vec<Appearance> = terms().iter().map(|_| Appearance::default()).collect();
    for paper in paragraphs(explorer) {
        let paragraph = paper.paragraph;
        let texts = [
            Some(paper.kazakh),
            paragraph.en.as_deref(),
            paragraph.ru.as_deref(),
        ];
        for (held, appearance) in held_in(texts.into_iter().flatten()).zip(&mut found) {
            if held {
                appearance.paragraphs.push(paragraph.id.clone());
            }
        }
    }
    for claim in explorer.model.claims() {
        let texts = [claim.passage().text(), claim.english()];
        for (held, appearance) in held_in(texts.into_iter()).zip(&mut found) {
            appearance.claims += usize::from(held);
        }
    }
    for text in other_texts(explorer) {
        for (held, appearance) in held_in(std::iter::once(text)).zip(&mut found) {
            appearance.elsewhere += usize::from(held);
        }
    }
    found
}

/// For each term, whether any of `texts` holds it.
fn held_in<'t>(texts: impl Iterator<Item = &'t str>) -> impl Iterator<Item = bool> {
    let mut held = vec![false; terms().len()];
    for text in texts {
        for (any, here) in held.iter_mut().zip(terms_in(&Folded::of(text))) {
            *any |= here;
        }
    }
    held.into_iter()
}

/// The model's texts besides claims: names, event titles, its description
/// and its note on the calendar.
fn other_texts(explorer: &Explorer) -> impl Iterator<Item = &str> {
    let model = &explorer.model;
    let meta = model.meta();
    let names = model
        .actors()
        .iter()
        .map(|a| a.names())
        .chain(model.places().iter().map(|p| p.names()))
        .chain(model.bodies().iter().map(|b| b.names()))
        .chain(model.issues().iter().map(|i| i.names()))
        .flat_map(|names| names.all().iter().map(|name| name.text()));
    let events = model.events().iter().map(|event| event.title());
    let about = [meta.description.as_deref(), meta.calendar.reason()];
    names.chain(events).chain(about.into_iter().flatten())
}

fn glossary(explorer: &Explorer) -> Glossary {
    let terms = terms().iter().zip(appearances(explorer));
    Glossary {
        terms: terms.map(|(term, found)| api_term(term, found)).collect(),
    }
}

fn api_term(term: &Term, found: &Appearance) -> GlossaryTerm {
    GlossaryTerm {
        slug: term.slug.clone(),
        anchor: format!("term-{}", term.slug),
        forms: LanguageForms {
            kk: TermForms::of(&term.kk),
            ru: TermForms::of(&term.ru),
            en: TermForms::of(&term.en),
        },
        definition: LanguageTexts {
            en: term.definition.en.clone(),
            ru: term.definition.ru.clone(),
            kk: term.definition.kk.clone(),
        },
        entities: term.entities.clone(),
        paragraphs: found.paragraphs.clone(),
        claims: found.claims,
        elsewhere: found.elsewhere,
    }
}

/// The glossary as JSON: every term with its forms, definitions and places.
pub async fn api(State(explorer): Shared) -> Json<Glossary> {
    Json(glossary(&explorer))
}

/// The glossary page: `dl.glossary`, one `dt#term-<slug>` a term.
pub async fn page(State(explorer): Shared, ui: Ui) -> Html<String> {
    let title = nav_label(&ui, "/glossary");
    let entries: Vec<(&Term, &Appearance)> = terms().iter().zip(appearances(&explorer)).collect();
    let body = html! {
        p.lead { (ui.t(
            "The terms a reader of the paper meets, each with its Kazakh, Russian and English forms, a short definition, the paragraphs of the paper where it stands and the entities of the model it concerns.",
            "Термины, которые встречает читатель статьи: для каждого — казахская, русская и английская формы, краткое определение, абзацы статьи, где он стоит, и связанные с ним сущности модели.",
            "Мақаланы оқығанда кездесетін терминдер: әрқайсысының қазақша, орысша, ағылшынша түрлері, қысқа анықтамасы, мақалада кездесетін абзацтары және модельдегі байланысты нысандары."
        )) }
        nav.glossary-index aria-label=(ui.t("Terms", "Термины", "Терминдер")) {
            ul {
                @for (term, _) in &entries {
                    li { a href=(format!("#term-{}", term.slug)) { (form_for(term, ui.lang)) } }
                }
            }
        }
        dl.glossary {
            @for (term, found) in &entries { (entry(&explorer, &ui, term, found)) }
        }
    };
    Html(layout_page(&explorer, &ui, "/glossary", &title, body).into_string())
}

/// The term's form in `lang`.
fn form_for(term: &Term, lang: Lang) -> &str {
    lang.pick(&term.en.form, &term.ru.form, &term.kk.form)
}

/// The term's short definition in `lang`.
pub(crate) fn definition_for(term: &Term, lang: Lang) -> &str {
    lang.pick(
        &term.definition.en,
        &term.definition.ru,
        &term.definition.kk,
    )
}

fn entry(explorer: &Explorer, ui: &Ui, term: &Term, found: &Appearance) -> Markup {
    let languages = [
        (
            ui.t("Kazakh", "по-казахски", "қазақша"),
            "kk",
            &term.kk.form,
        ),
        (ui.t("Russian", "по-русски", "орысша"), "ru", &term.ru.form),
        (
            ui.t("English", "по-английски", "ағылшынша"),
            "en",
            &term.en.form,
        ),
    ];
    html! {
        dt id=(format!("term-{}", term.slug)) lang=(ui.lang.code()) { (form_for(term, ui.lang)) }
        dd {
            p.definition { (definition_for(term, ui.lang)) }
            p.forms {
                @for (index, (language, code, form)) in languages.iter().enumerate() {
                    @if index > 0 { " · " }
                    span.language { (language) ": " } span.form lang=(code) { (form) }
                }
            }
            (where_it_appears(ui, term, found))
            @if !term.entities.is_empty() {
                p.related {
                    (ui.t("In the model: ", "В модели: ", "Модельде: "))
                    @for (index, id) in term.entities.iter().filter_map(|id| kenes_model::Id::new(id).ok()).enumerate() {
                        @if index > 0 { ", " }
                        (entity_link(&explorer.model, &id, ui))
                    }
                }
            }
        }
    }
}

/// The first stem of a term's forms: what a search for it is sent.
fn first_stem(forms: &Forms) -> &str {
    forms.stems.first().unwrap_or(&forms.form)
}

fn where_it_appears(ui: &Ui, term: &Term, found: &Appearance) -> Markup {
    let stem = ui.lang.pick(
        first_stem(&term.en),
        first_stem(&term.ru),
        first_stem(&term.kk),
    );
    html! {
        p.appears {
            @if found.paragraphs.is_empty() {
                (ui.t("Not in the paper's paragraphs", "В абзацах статьи не встречается", "Мақаланың абзацтарында кездеспейді"))
            } @else {
                (ui.t("In the paper, paragraphs", "В статье, абзацы", "Мақалада, абзацтар"))
                " (" (found.paragraphs.len()) "): "
                @for (index, id) in found.paragraphs.iter().enumerate() {
                    @if index > 0 { ", " }
                    a.paragraph href=(ui.href(&format!("/paper#{id}"))) { (id) }
                }
            }
            "; " (ui.t("claims of the model that hold it", "утверждений модели с ним", "ол кездесетін модель тұжырымдары")) ": " (found.claims)
            " · " a.search href=(ui.href(&search_path(stem))) { (ui.t("search", "искать", "іздеу")) }
        }
    }
}
