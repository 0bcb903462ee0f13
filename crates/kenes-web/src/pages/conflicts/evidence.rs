//! The markup of the evidence: sides of a conflict side by side, each with
//! what it states and the claims behind it (the passage as printed, its
//! English, its source and locator), and readings with their alternatives
//! and the one adopted.

use kenes_model::{Claim, Entity, Model};
use maud::{Markup, html};

use super::facts::{Fact, FactKey};
use super::gather::{ReadingView, Side};
use super::text::inline;
use crate::i18n::Ui;
use crate::names::{claim_link, entity_link, entity_path};

/// Sides of a conflict or alternatives of a reading, next to each other.
pub fn side_by_side(model: &Model, sides: &[Side], ui: &Ui) -> Markup {
    html! {
        div.side-by-side {
            @for side in sides { (side_markup(model, side, ui)) }
        }
    }
}

fn side_markup(model: &Model, side: &Side, ui: &Ui) -> Markup {
    let class = match side.adopted {
        Some(true) => "side adopted",
        Some(false) => "side not-adopted",
        None => "side",
    };
    html! {
        div class=(class) data-id=(side.id.as_str()) {
            @if let Some(adopted) = side.adopted { (verdict(adopted, ui)) }
            @if let Some(role) = side.role { p.role lang="en" { (role) } }
            p.what {
                (entity_link(model, side.id, ui))
                @if let Some(entity) = &side.entity {
                    " " span.kind { (entity.kind().as_str()) }
                }
            }
            @if !side.facts.is_empty() {
                dl.facts { @for fact in &side.facts { (fact_markup(model, fact, ui)) } }
            }
            @if let Some(note) = side.note {
                p.note { span.label { (ui.t("Editors' note", "Примечание редакторов", "Редакторлар ескертпесі")) ": " } (inline(model, note, ui)) }
            }
            @for claim in &side.claims { (claim_markup(model, claim, ui)) }
            @if side.claims.is_empty() && cites_nothing(side) {
                p.evidence { (ui.t("No claim is cited for it.", "Утверждения не указаны.", "Тұжырым көрсетілмеген.")) }
            }
        }
    }
}

/// Whether a side is a fact that cites no claim at all (the vocabulary and
/// sources need none; a fact whose claims another side shows has some).
fn cites_nothing(side: &Side) -> bool {
    match &side.entity {
        None
        | Some(
            Entity::Actor(_)
            | Entity::Place(_)
            | Entity::Body(_)
            | Entity::Issue(_)
            | Entity::Source(_),
        ) => false,
        Some(entity) => entity.origin().claims().is_empty(),
    }
}

/// Adopted or not, in words and a sign, not by colour alone.
fn verdict(adopted: bool, ui: &Ui) -> Markup {
    html! {
        @if adopted {
            p.verdict.adopted { span.icon aria-hidden="true" { "✔" } " " (ui.t("Adopted", "Принято", "Қабылданған")) }
        } @else {
            p.verdict { span.icon aria-hidden="true" { "○" } " " (ui.t("Not adopted", "Не принято", "Қабылданбаған")) }
        }
    }
}

fn fact_markup(model: &Model, fact: &Fact, ui: &Ui) -> Markup {
    html! {
        dt { (fact.key.label(ui)) }
        dd {
            @if let Some(entity) = fact.entity { (entity_link(model, entity, ui)) }
            @match (&fact.value, fact.entity) {
                (Some(value), Some(_)) => { ": " (value) }
                (Some(value), None) => { (value) }
                (None, Some(_)) if fact.key == FactKey::Seats => { ": " (not_given(ui)) }
                (None, Some(_)) => {}
                (None, None) => { (not_given(ui)) }
            }
        }
    }
}

fn not_given(ui: &Ui) -> &'static str {
    ui.t("not given", "не указано", "көрсетілмеген")
}

/// A claim: the passage as the relaying work prints it, its English, and
/// where it comes from.
pub fn claim_markup(model: &Model, claim: &Claim, ui: &Ui) -> Markup {
    let passage = claim.passage();
    html! {
        div.claim data-claim=(claim.id().as_str()) {
            blockquote lang=(passage.lang().to_string()) { (passage.text()) }
            p.english lang="en" { (claim.english()) }
            p.cite {
                (source_link(model, claim.source().id(), ui))
                @if let Some(locator) = claim.locator() { " · " span.locator { (locator) } }
                // every claim reaches the model through its relaying work: not repeated
                @for via in claim.via().iter().filter(|via| Some(*via) != model.meta().relaying_work.as_ref()) {
                    " · " (ui.t("via", "через", "арқылы")) " " (source_link(model, via.id(), ui))
                }
                @if passage.translated() {
                    " · " (ui.t("translated by the relaying work", "в переводе передающей работы", "жеткізуші еңбектің аудармасында"))
                }
                " · " (claim_link(claim.id().id(), ui))
            }
        }
    }
}

/// A source as a link, by its label (its citation as printed, else its title).
fn source_link(model: &Model, id: &kenes_model::Id, ui: &Ui) -> Markup {
    let label = match model.get(id) {
        Some(Entity::Source(source)) => source.label(),
        _ => id.as_str(),
    };
    html! { a.source href=(ui.href(&entity_path(id))) { (label) } }
}

/// A reading: its question, its alternatives side by side with the adopted
/// marked, the reason, and the claims it cites besides.
/// The question is left out where it is the heading already.
pub fn reading_markup(model: &Model, view: &ReadingView, ui: &Ui, question: bool) -> Markup {
    let reading = view.reading;
    html! {
        @if question {
            p.question {
                span.label { (ui.t("Question", "Вопрос", "Сұрақ")) ": " }
                (reading.question())
            }
        }
        (side_by_side(model, &view.alternatives, ui))
        div.decision {
            p.adopted {
                span.label { (ui.t("Adopted reading", "Принятое прочтение", "Қабылданған оқылым")) ": " }
                @for (i, id) in reading.adopted().iter().enumerate() {
                    @if i > 0 { ", " }
                    (entity_link(model, id, ui))
                }
            }
            p.reason {
                span.label { (ui.t("Reason", "Обоснование", "Негіздемесі")) ": " }
                (inline(model, reading.reason(), ui))
            }
        }
        @if !view.cited.is_empty() {
            div.cited {
                p.label { (ui.t("The reading also cites", "Прочтение ссылается также на", "Оқылым сондай-ақ сілтейді")) }
                @for claim in &view.cited { (claim_markup(model, claim, ui)) }
            }
        }
    }
}
