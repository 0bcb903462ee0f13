//! The stable page of every entity and claim, `/entity/{id}`: what the model
//! says of it, its names (with transliterations), the claims behind it, what
//! a claim is evidence for, and the line to cite it by. `/api/entity/{id}`
//! serves the same as JSON.

mod facts;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use kenes_model::translit::of_name;
use kenes_model::{ClaimId, Entity, Id, Model, Names};
use maud::{Markup, html};
use serde::Serialize;

use super::Shared;
use crate::Explorer;
use crate::evidence::{cite_line, claim_card, claim_cards};
use crate::i18n::Ui;
use crate::layout;
use crate::names::{entity_link, name, named};

/// The entity `id` of the explorer's model, if there is one.
fn find<'e>(explorer: &'e Explorer, id: &str) -> Option<Entity<'e>> {
    explorer.model.get(&Id::new(id).ok()?)
}

pub async fn page(State(explorer): Shared, ui: Ui, Path(id): Path<String>) -> Response {
    let Some(entity) = find(&explorer, &id) else {
        return missing(&explorer, &ui, &id);
    };
    let model = &explorer.model;
    let title = match named(&entity) {
        Some(names) => names.primary().map_or(entity.label(), |n| n.text()),
        None => entity.label(),
    };
    let body = html! {
        p.meta {
            (entity.kind().as_str()) " · " code { (entity.id().as_str()) }
            @if let Some(names) = named(&entity) { " · " (name(names, &ui)) }
        }
        p.cite {
            strong { (ui.t("Cite this", "Как цитировать", "Дәйексөз үлгісі")) ": " }
            span.cite-line { (cite_line(&explorer, &entity)) }
        }
        (facts::facts(model, &entity, &ui))
        @if let Some(names) = named(&entity) { (names_table(names, &ui)) }
        @if let Some(note) = entity.origin().note() {
            section { h2 { (ui.t("Editors' note", "Примечание составителей", "Құрастырушылар ескертпесі")) } p lang="en" { (note) } }
        }
        @if let Some(reading) = model.reading_about(entity.id()) {
            section {
                h2 { (ui.t("Reading", "Прочтение", "Оқылым")) }
                p { (entity_link(model, reading.id().id(), &ui)) ": " (reading.question()) }
            }
        }
        (claims_section(&explorer, &entity, &ui))
    };
    Html(layout::page(&explorer, &ui, "", title, body).into_string()).into_response()
}

/// A claim's own card and what it is evidence for; any other entity's claims.
fn claims_section(explorer: &Explorer, entity: &Entity<'_>, ui: &Ui) -> Markup {
    let model = &explorer.model;
    match entity {
        Entity::Claim(claim) => {
            let supported = evidence_for(model, claim.id());
            html! {
                section {
                    h2 { (ui.t("The passage", "Цитата", "Үзінді")) }
                    (claim_card(explorer, claim, ui))
                }
                section {
                    h2 { (ui.t("Evidence for", "Подтверждает", "Дәлелдейтіні")) }
                    ul {
                        @for id in &supported { li { (entity_link(model, id, ui)) } }
                    }
                }
            }
        }
        other => html! {
            section {
                h2 { (ui.t("Claims", "Утверждения", "Деректер")) }
                (claim_cards(explorer, other.origin().claims(), ui))
            }
        },
    }
}

/// Every entity whose claims include `claim`.
fn evidence_for(model: &Model, claim: &ClaimId) -> Vec<Id> {
    model
        .entities()
        .filter(|e| e.origin().claims().contains(claim))
        .map(|e| e.id().clone())
        .collect()
}

/// Every name of an entity: as written, its language and kind, and both Latin forms.
fn names_table(names: &Names, ui: &Ui) -> Markup {
    html! {
        section {
            h2 { (ui.t("Names", "Имена", "Атаулары")) }
            table.names {
                thead { tr {
                    th { (ui.t("As written", "Написание", "Жазылуы")) }
                    th { (ui.t("Language", "Язык", "Тілі")) }
                    th { (ui.t("Kind", "Вид", "Түрі")) }
                    th { (ui.t("Kazakh Latin (2021)", "Казахская латиница (2021)", "Қазақ латын әліпбиі (2021)")) }
                    th { "ALA-LC" }
                } }
                tbody {
                    @for n in names.all() {
                        @let latin = of_name(n);
                        tr {
                            td lang=(n.lang().as_str()) { (n.text()) }
                            td { (n.lang().as_str()) }
                            td { (format!("{:?}", n.kind()).to_lowercase()) }
                            td { @if let Some(l) = &latin { (l.kazakh_latin) } }
                            td { @if let Some(l) = &latin { (l.scholarly) } }
                        }
                    }
                }
            }
        }
    }
}

/// An id the model does not have: a 404 page that says so.
fn missing(explorer: &Explorer, ui: &Ui, id: &str) -> Response {
    let body = html! {
        p.warning { (ui.t("The model has no entity or claim with the id ", "В модели нет сущности или утверждения с идентификатором ", "Модельде мына идентификаторы бар нысан не дерек жоқ: ")) code { (id) } "." }
        p { a href=(ui.href("/search")) { (ui.t("Search the model", "Искать в модели", "Модельден іздеу")) } }
    };
    let title = ui.t("Not found", "Не найдено", "Табылмады");
    (
        StatusCode::NOT_FOUND,
        Html(layout::page(explorer, ui, "", title, body).into_string()),
    )
        .into_response()
}

/// `/api/entity/{id}`: one entity or claim.
#[derive(Debug, Serialize)]
pub struct EntityJson {
    pub id: String,
    pub kind: &'static str,
    pub label: String,
    pub cite: String,
    pub names: Vec<NameJson>,
    pub note: Option<String>,
    /// The claims behind it (for a claim: itself).
    pub claims: Vec<String>,
    /// For a claim: the entities it is evidence for.
    pub evidence_for: Vec<String>,
    /// For a claim: the passage as printed, and what goes with it.
    pub passage: Option<PassageJson>,
    pub url: String,
}

/// A claim's passage, its language, its English, its source and locator.
#[derive(Debug, Serialize)]
pub struct PassageJson {
    pub text: String,
    pub lang: String,
    pub translated: bool,
    pub english: String,
    pub source: String,
    pub locator: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct NameJson {
    pub text: String,
    pub lang: String,
    pub kazakh_latin: Option<String>,
    pub scholarly: Option<String>,
}

pub async fn api(State(explorer): Shared, Path(id): Path<String>) -> Response {
    let Some(entity) = find(&explorer, &id) else {
        return (
            StatusCode::NOT_FOUND,
            Json(serde_json::json!({ "error": format!("no entity {id}") })),
        )
            .into_response();
    };
    let model = &explorer.model;
    let names = named(&entity).map_or_else(Vec::new, |names| {
        names
            .all()
            .iter()
            .map(|n| {
                let latin = of_name(n);
                NameJson {
                    text: n.text().to_owned(),
                    lang: n.lang().as_str().to_owned(),
                    kazakh_latin: latin.as_ref().map(|l| l.kazakh_latin.clone()),
                    scholarly: latin.map(|l| l.scholarly),
                }
            })
            .collect()
    });
    let (claims, evidence_for) = match &entity {
        Entity::Claim(claim) => (
            vec![claim.id().to_string()],
            evidence_for(model, claim.id())
                .iter()
                .map(ToString::to_string)
                .collect(),
        ),
        other => (
            other
                .origin()
                .claims()
                .iter()
                .map(ToString::to_string)
                .collect(),
            Vec::new(),
        ),
    };
    Json(EntityJson {
        id: entity.id().to_string(),
        kind: entity.kind().as_str(),
        label: entity.label().to_owned(),
        cite: cite_line(&explorer, &entity),
        names,
        note: entity.origin().note().map(str::to_owned),
        claims,
        evidence_for,
        passage: match &entity {
            Entity::Claim(claim) => Some(PassageJson {
                text: claim.passage().text().to_owned(),
                lang: claim.passage().lang().as_str().to_owned(),
                translated: claim.passage().translated(),
                english: claim.english().to_owned(),
                source: claim.source().to_string(),
                locator: claim.locator().map(str::to_owned),
            }),
            _ => None,
        },
        url: crate::names::entity_path(entity.id()),
    })
    .into_response()
}
