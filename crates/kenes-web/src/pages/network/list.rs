//! The network as an accessible table of links below the drawing: one table
//! per kind of link, each link with the evidence it rests on and the claims
//! behind that evidence.

use kenes_model::{Id, Model, Position};
use maud::{Markup, html};

use super::graph::Network;
use super::links::{Evidence, Link, LinkKind};
use super::words::{link_heading, undated};
use crate::i18n::Ui;
use crate::names::{claim_link, entity_link};
use crate::pages::stances::words::{position_label, symbol};

/// Every link of the network, by kind.
pub fn links(model: &Model, ui: &Ui, network: &Network) -> Markup {
    html! {
        section.network-links {
            h2 { (ui.t("The links and their evidence", "Связи и их основания", "Байланыстар және олардың негіздері")) }
            @for kind in LinkKind::ALL {
                @let of_kind: Vec<&Link> = network.links.iter().filter(|l| l.kind == kind).collect();
                @if !of_kind.is_empty() {
                    h3 id=(kind.as_str()) { (link_heading(ui, kind)) " (" (of_kind.len()) ")" }
                    (table(model, ui, kind, &of_kind))
                }
            }
        }
    }
}

fn table(model: &Model, ui: &Ui, kind: LinkKind, links: &[&Link]) -> Markup {
    let (from, to) = if kind.is_directed() {
        (
            ui.t("Member", "Член", "Мүше"),
            ui.t("Organisation", "Организация", "Ұйым"),
        )
    } else {
        (
            ui.t("Actor", "Участник", "Қатысушы"),
            ui.t("Actor", "Участник", "Қатысушы"),
        )
    };
    html! {
        div.table-scroll {
            table.links data-kind=(kind.as_str()) {
                thead { tr { th scope="col" { (from) } th scope="col" { (to) } th scope="col" { (ui.t("Evidence", "Основания", "Негіздер")) } } }
                tbody {
                    @for link in links {
                        tr data-kind=(kind.as_str()) data-source=(link.source) data-target=(link.target) {
                            td { (link_to(model, &link.source, ui)) }
                            td { (link_to(model, &link.target, ui)) }
                            td {
                                ul.evidence-list {
                                    @for evidence in &link.evidence {
                                        li { (evidence_markup(model, ui, evidence)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

pub fn link_to(model: &Model, id: &str, ui: &Ui) -> Markup {
    match Id::new(id) {
        Ok(id) => entity_link(model, &id, ui),
        Err(_) => html! { code { (id) } },
    }
}

fn evidence_markup(model: &Model, ui: &Ui, evidence: &Evidence) -> Markup {
    html! {
        @match evidence {
            Evidence::Affiliation { role, .. } => {
                (role.as_deref().unwrap_or(ui.t("member", "член", "мүше")))
                " · " span.evidence { (undated(ui)) }
            }
            Evidence::PartOf { .. } => {
                (ui.t("part of it", "входит в её состав", "оның құрамында"))
                " · " span.evidence { (undated(ui)) }
            }
            Evidence::Represented { event, role, date, .. } => {
                (ui.t("acted on its behalf at", "выступал от её имени:", "оның атынан әрекет етті:")) " "
                (link_to(model, event, ui))
                @if let Some(role) = role { " (" (role) ")" }
                " · " (when(ui, date.as_deref()))
            }
            Evidence::Event { event, date, status, .. } => {
                (link_to(model, event, ui))
                " · " (when(ui, date.as_deref()))
                @if *status == "planned" {
                    " · " span.status { (ui.t("planned; not attested as held", "запланировано; проведение не засвидетельствовано", "жоспарланған; өткені куәландырылмаған")) }
                }
            }
            Evidence::Stances { issue, source_position, target_position, stances, .. } => {
                (link_to(model, issue, ui)) ": "
                (position(ui, *source_position)) " / " (position(ui, *target_position))
                " · " (ui.t("stances:", "позиции:", "ұстанымдар:"))
                @for stance in stances { " " (link_to(model, stance, ui)) }
            }
        }
        br;
        span.claims {
            (ui.t("claims:", "утверждения:", "тұжырымдар:"))
            @if evidence.claims().is_empty() { " " (ui.t("none", "нет", "жоқ")) }
            @for claim in evidence.claims() {
                " " @match Id::new(claim) { Ok(id) => { (claim_link(&id, ui)) } Err(_) => { code { (claim) } } }
            }
        }
    }
}

fn when(ui: &Ui, date: Option<&str>) -> Markup {
    html! {
        @match date {
            Some(date) => span.date { (date) },
            None => span.evidence { (undated(ui)) },
        }
    }
}

fn position(ui: &Ui, position: Position) -> Markup {
    html! {
        span.position data-position=(position.as_str()) {
            span.symbol aria-hidden="true" { (symbol(position)) } " " (position_label(ui, position))
        }
    }
}
