//! The state of a day as lines of text, section by section, each with its
//! evidence: what `kenes state` prints and the explorer shows.

use std::fmt::Write;

use kenes_model::{Model, StanceVoice};

use super::{PowerHolder, State};
use crate::Evidence;
use crate::names::label;

/// A line of the state, as `kenes state` and the explorer show it.
pub struct StateLine<'s> {
    /// The section: body, power, martial-law, arrest, departure or stance.
    pub what: &'static str,
    /// The entity the line is about (body, place, person, actor).
    pub subject: String,
    pub text: String,
    pub evidence: &'s Evidence,
}

pub fn state_lines<'s>(model: &Model, state: &'s State) -> Vec<StateLine<'s>> {
    let name = |id: &kenes_model::Id| label(model, id);
    let mut out = Vec::new();
    for body in &state.bodies {
        let mut text = format!("{} exists", body.name);
        if let Some(chosen) = &body.composition.chosen {
            let _ = write!(text, "; composition {chosen}");
        }
        if !body.composition.alternatives.is_empty() {
            let others: Vec<String> = body
                .composition
                .alternatives
                .iter()
                .map(ToString::to_string)
                .collect();
            let _ = write!(text, " (other accounts: {})", others.join(", "));
        }
        for refusal in &body.refused {
            let _ = write!(text, "; seats refused by {}", name(refusal.actor.id()));
        }
        for departure in &body.left {
            let _ = write!(text, "; left by {}", name(departure.actor.id()));
        }
        out.push(StateLine {
            what: "body",
            subject: body.body.to_string(),
            text,
            evidence: &body.evidence,
        });
    }
    for power in &state.power {
        let text = match &power.holder {
            PowerHolder::Held { by, from } => {
                let from = from
                    .as_ref()
                    .map(|f| format!(" (from {})", name(f.id())))
                    .unwrap_or_default();
                format!(
                    "power over {} held by {}{from}",
                    name(power.scope.id()),
                    name(by.id())
                )
            }
            PowerHolder::Contested {
                parties,
                may_have_passed_to,
            } => {
                let parties: Vec<String> = parties.iter().map(|p| name(p.id())).collect();
                let passed = may_have_passed_to
                    .as_ref()
                    .map(|p| format!("; may have passed to {}", name(p.id())))
                    .unwrap_or_default();
                let between = if parties.is_empty() {
                    String::new()
                } else {
                    format!(" between {}", parties.join(" and "))
                };
                format!(
                    "power over {} contested{between}{passed}",
                    name(power.scope.id())
                )
            }
        };
        out.push(StateLine {
            what: "power",
            subject: power.scope.to_string(),
            text,
            evidence: &power.evidence,
        });
    }
    for law in &state.martial_law {
        let by = law
            .by
            .as_ref()
            .map(|b| format!(" by {}", name(b.id())))
            .unwrap_or_default();
        out.push(StateLine {
            what: "martial-law",
            subject: law.scope.to_string(),
            text: format!("martial law in {}{by}", name(law.scope.id())),
            evidence: &law.evidence,
        });
    }
    for arrest in &state.arrests {
        out.push(StateLine {
            what: "arrest",
            subject: arrest.person.to_string(),
            text: format!("{} under arrest", name(arrest.person.id())),
            evidence: &arrest.evidence,
        });
    }
    for departure in state.departures.iter().filter(|d| d.from.is_none()) {
        out.push(StateLine {
            what: "departure",
            subject: departure.actor.to_string(),
            text: format!("{} walked out", name(departure.actor.id())),
            evidence: &departure.evidence,
        });
    }
    for stance in &state.stances {
        let voice = match &stance.voice {
            StanceVoice::Declared => "declared".to_owned(),
            StanceVoice::Ascribed { by: Some(by) } => format!("ascribed by {}", name(by.id())),
            StanceVoice::Ascribed { by: None } => "ascribed".to_owned(),
        };
        let text = format!(
            "{} on {}: {} ({voice})",
            name(stance.actor.id()),
            name(stance.issue.id()),
            stance.position.as_str()
        );
        out.push(StateLine {
            what: "stance",
            subject: stance.actor.to_string(),
            text,
            evidence: &stance.evidence,
        });
    }
    out
}

/// The heading of a section of [`state_lines`].
pub fn section_heading(section: &str) -> &'static str {
    match section {
        "body" => "Bodies",
        "power" => "Power",
        "martial-law" => "Martial law",
        "arrest" => "Under arrest",
        "departure" => "Walk-outs",
        _ => "Standing stances",
    }
}
