//! Names for readers: the original-script name with the English rendering
//! beside it where the two differ, and labels for any id of a model.

use kenes_model::{Entity, Id, Model, Names};

/// "Шуро-и-Улема (Shuro-i-Ulema)": the primary (original) name, then the
/// English one in brackets when it differs; whichever exists when only one does.
pub fn dual_name(names: &Names) -> String {
    let original = names.primary().map(|name| name.text()).unwrap_or("");
    let english = names.for_lang("en").map(|name| name.text()).unwrap_or("");
    match (original.is_empty(), english.is_empty()) {
        (false, false) if original != english => format!("{original} ({english})"),
        (false, _) => original.to_string(),
        (true, _) => english.to_string(),
    }
}

/// A reader's label for the entity `id` names: its dual name for named
/// entities, its title or label for the others, the id itself when the
/// entity is missing or nameless.
pub fn label(model: &Model, id: &Id) -> String {
    let Some(entity) = model.get(id) else {
        return id.to_string();
    };
    let named = match entity {
        Entity::Actor(actor) => dual_name(actor.names()),
        Entity::Place(place) => dual_name(place.names()),
        Entity::Body(body) => dual_name(body.names()),
        Entity::Issue(issue) => dual_name(issue.names()),
        other => other.label().to_string(),
    };
    if named.is_empty() {
        id.to_string()
    } else {
        named
    }
}
