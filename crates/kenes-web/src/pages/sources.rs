//! Each source (newspaper issue, archive file, book) with the claims that
//! rest on it: the passage as the relaying work prints it, and its English.

use std::collections::HashMap;

use axum::extract::State;
use axum::response::Html;
use kenes_model::{Claim, SourceId};
use maud::html;

use super::Shared;
use crate::evidence::claim_card;
use crate::i18n::Ui;
use crate::layout::{nav_label, page};
use crate::names::entity_path;

pub async fn sources(State(explorer): Shared, ui: Ui) -> Html<String> {
    let model = &explorer.model;
    let mut resting: HashMap<&SourceId, Vec<&Claim>> = HashMap::new();
    for claim in model.claims() {
        resting.entry(claim.source()).or_default().push(claim);
    }
    let body = html! {
        p { (model.sources().len()) " " (ui.t("sources, each with the claims that rest on it.", "источников, каждый с опирающимися на него утверждениями.", "дереккөз, әрқайсысы өзіне сүйенген деректерімен.")) }
        @for source in model.sources() {
            @let claims = resting.get(source.id()).map(Vec::as_slice).unwrap_or_default();
            section.source id=(source.id().to_string()) {
                h2 { a href=(ui.href(&entity_path(source.id().id()))) { (source.label()) } }
                p.meta {
                    (source.kind().as_str())
                    @if let Some(date) = source.date() { " · " (date.render_dual()) }
                    " · " code { (source.id().to_string()) }
                }
                @if claims.is_empty() {
                    p.evidence { (ui.t("No claim rests on it directly; it may relay others.", "Ни одно утверждение не опирается на него прямо; он может передавать другие.", "Бұған тікелей сүйенген дерек жоқ; ол басқаларды жеткізуі мүмкін.")) }
                } @else {
                    ul.claims {
                        @for claim in claims {
                            li id=(claim.id().to_string()) { (claim_card(&explorer, claim, &ui)) }
                        }
                    }
                }
            }
        }
    };
    let title = nav_label(&ui, "/sources");
    Html(page(&explorer, &ui, "/sources", &title, body).into_string())
}
