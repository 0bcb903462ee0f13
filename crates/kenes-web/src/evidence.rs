//! Evidence as readers meet it: a claim shown with its passage as printed,
//! its English, its source and locator; and the "cite this" line of any
//! entity or claim (model version, entity, source and locator, stable URL).

use kenes_model::{Claim, ClaimId, Entity, Model};
use maud::{Markup, html};

use crate::Explorer;
use crate::i18n::Ui;
use crate::names::{claim_link, entity_link, entity_path};
use crate::pages::glossary::link_terms;

/// The claim `id` of `model`, if it has one.
pub fn claim<'m>(model: &'m Model, id: &ClaimId) -> Option<&'m Claim> {
    match model.get(id.id()) {
        Some(Entity::Claim(claim)) => Some(claim),
        _ => None,
    }
}

/// One claim: the passage as the relaying work prints it (in its language),
/// the English rendering, and who says it where.
/// The glossary's terms in the English are linked to their entries.
pub fn claim_card(explorer: &Explorer, claim: &Claim, ui: &Ui) -> Markup {
    let model = &explorer.model;
    html! {
        div.claim data-claim=(claim.id().as_str()) {
            blockquote lang=(claim.passage().lang().as_str()) { (claim.passage().text()) }
            p.english lang="en" { (link_terms(claim.english(), ui)) }
            p.evidence {
                (claim_link(claim.id().id(), ui)) " · "
                (entity_link(model, claim.source().id(), ui))
                @if let Some(locator) = claim.locator() { ", " (locator) }
                @if claim.passage().translated() {
                    " · " (ui.t("translated by the relaying work", "в переводе цитирующей работы", "дәйексөз келтірген еңбектің аудармасы"))
                }
            }
        }
    }
}

/// The claims behind something, each as a card, or a line saying there are none.
pub fn claim_cards(explorer: &Explorer, ids: &[ClaimId], ui: &Ui) -> Markup {
    let model = &explorer.model;
    html! {
        @if ids.is_empty() {
            p.evidence { (ui.t("No claim is recorded for it.", "Утверждений не записано.", "Дерек жазылмаған.")) }
        }
        @for id in ids {
            @match claim(model, id) {
                Some(claim) => (claim_card(explorer, claim, ui)),
                None => p.evidence { code { (id.as_str()) } },
            }
        }
    }
}

/// "kenes, model turkestan-1917 0.1.0, claim c.x: <source>, <locator>. /entity/c.x"
/// — the line a reader copies to cite what they saw. Sources and locators
/// are those of the entity's claims (of the claim itself for a claim).
pub fn cite_line(explorer: &Explorer, entity: &Entity<'_>) -> String {
    let model = &explorer.model;
    let meta = model.meta();
    let id = entity.id();
    let mut line = format!(
        "kenes, model {} {}, {} {}",
        meta.id,
        meta.version,
        entity.kind().as_str(),
        id.as_str()
    );
    let label = entity.label();
    if label != id.as_str() {
        line.push_str(&format!(" ({label})"));
    }
    let cited = cited_sources(model, entity);
    if !cited.is_empty() {
        line.push_str(": ");
        line.push_str(&cited.join("; "));
    }
    line.push_str(&format!(". {}", entity_path(id)));
    line
}

/// "Source label, locator" for each claim behind `entity`, without repeats.
fn cited_sources(model: &Model, entity: &Entity<'_>) -> Vec<String> {
    let own;
    let claims: &[ClaimId] = match entity {
        Entity::Claim(claim) => {
            own = [claim.id().clone()];
            &own
        }
        other => other.origin().claims(),
    };
    let mut cited: Vec<String> = Vec::new();
    for claim in claims.iter().filter_map(|id| self::claim(model, id)) {
        let source = model
            .get(claim.source().id())
            .map_or(claim.source().as_str(), |s| s.label());
        // a locator that only repeats the source's label adds nothing
        let text = match claim.locator() {
            Some(locator) if locator != source => format!("{source}, {locator}"),
            _ => source.to_owned(),
        };
        if !cited.contains(&text) {
            cited.push(text);
        }
    }
    cited
}
