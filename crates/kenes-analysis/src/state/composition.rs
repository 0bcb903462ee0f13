//! Which composition of a body the state shows. The sources may list a
//! body's seats in several ways; a reading that covers them decides, else the
//! composition the forming event names, else the body's only composition.
//! The others are kept as alternatives, never dropped.

use kenes_model::{BodyId, CompositionId, Id, Model, Reading};

use super::{ChoiceBasis, CompositionChoice};

pub(super) fn choose_composition(
    model: &Model,
    body: &BodyId,
    named: Option<&CompositionId>,
) -> CompositionChoice {
    let all: Vec<&CompositionId> = model.compositions_of(body.id()).map(|c| c.id()).collect();
    let (chosen, basis) = pick(model, &all, named);
    let alternatives = all
        .iter()
        .filter(|id| Some(**id) != chosen.as_ref())
        .map(|id| (*id).clone())
        .collect();
    let claims = chosen
        .as_ref()
        .and_then(|id| model.composition(id))
        .map(|c| c.origin().claims().to_vec())
        .unwrap_or_default();
    CompositionChoice {
        chosen,
        basis,
        alternatives,
        claims,
    }
}

fn pick(
    model: &Model,
    all: &[&CompositionId],
    named: Option<&CompositionId>,
) -> (Option<CompositionId>, ChoiceBasis) {
    if let Some((reading, adopted)) = adopting_reading(model, all, named) {
        return (Some(adopted), ChoiceBasis::Reading(reading.id().clone()));
    }
    if let Some(named) = named {
        return (Some(named.clone()), ChoiceBasis::NamedByEvent);
    }
    match all {
        [only] => (Some((*only).clone()), ChoiceBasis::OnlyComposition),
        _ => (None, ChoiceBasis::NoneChosen),
    }
}

/// The reading about the named composition or any of the body's, with the
/// composition it adopts among them.
fn adopting_reading<'m>(
    model: &'m Model,
    all: &[&CompositionId],
    named: Option<&CompositionId>,
) -> Option<(&'m Reading, CompositionId)> {
    let candidates = named.into_iter().chain(all.iter().copied());
    candidates
        .filter_map(|id| model.reading_about(id.id()))
        .find_map(|reading| {
            let adopted = reading
                .adopted()
                .iter()
                .find(|id| is_one_of(id, all, named))?;
            Some((reading, CompositionId::from((*adopted).clone())))
        })
}

fn is_one_of(id: &Id, all: &[&CompositionId], named: Option<&CompositionId>) -> bool {
    all.iter().any(|c| c.id() == id) || named.is_some_and(|n| n.id() == id)
}
