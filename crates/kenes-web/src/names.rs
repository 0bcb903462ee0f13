//! Names and links for readers: a name as its source writes it, with help
//! beside it for readers of the other scripts, and the stable link of every
//! entity and claim (`/entity/{id}`).

use kenes_model::translit::of_name;
use kenes_model::{Entity, Id, Model, Names};
use maud::{Markup, html};

use crate::i18n::{Lang, Ui};

/// The stable path of an entity or claim of any kind.
pub fn entity_path(id: &Id) -> String {
    format!("/entity/{}", id.as_str())
}

/// A name as written (the original), then in brackets what a reader of the
/// interface's language needs: for English, the English rendering or else a
/// Latin transliteration; for Russian, the Russian rendering when it differs.
pub fn name(names: &Names, ui: &Ui) -> Markup {
    let Some(original) = names.primary() else {
        return html! {};
    };
    let help = reader_help(names, ui.lang);
    html! {
        span.name lang=(original.lang().as_str()) { (original.text()) }
        @if let Some(help) = help {
            " " span.translit { "(" (help) ")" }
        }
    }
}

/// The bracketed help beside an original name, if the reader needs one.
pub fn reader_help(names: &Names, lang: Lang) -> Option<String> {
    let original = names.primary()?;
    let rendering = names
        .all()
        .iter()
        .find(|n| n.lang().primary() == lang.code() && n.text() != original.text())
        .map(|n| n.text().to_owned());
    match lang {
        Lang::Kk => None,
        Lang::Ru => rendering,
        Lang::En => rendering.or_else(|| {
            of_name(original)
                .map(|latin| latin.scholarly)
                .filter(|latin| latin != original.text())
        }),
    }
}

/// The entity `id` as a link to its page, named for the reader; the id itself
/// (not linked) when the model has no such entity.
pub fn entity_link(model: &Model, id: &Id, ui: &Ui) -> Markup {
    let Some(entity) = model.get(id) else {
        return html! { code { (id.as_str()) } };
    };
    let href = ui.href(&entity_path(id));
    html! {
        a.entity href=(href) data-kind=(entity.kind().as_str()) {
            @match named(&entity) {
                Some(names) => (name(names, ui)),
                None => (entity.label()),
            }
        }
    }
}

/// The names of an entity of a named kind.
pub fn named<'m>(entity: &Entity<'m>) -> Option<&'m Names> {
    match entity {
        Entity::Actor(actor) => Some(actor.names()),
        Entity::Place(place) => Some(place.names()),
        Entity::Body(body) => Some(body.names()),
        Entity::Issue(issue) => Some(issue.names()),
        _ => None,
    }
}

/// A claim as a link to its page, shown by its id.
pub fn claim_link(id: &Id, ui: &Ui) -> Markup {
    html! { a.claim href=(ui.href(&entity_path(id))) { code { (id.as_str()) } } }
}
