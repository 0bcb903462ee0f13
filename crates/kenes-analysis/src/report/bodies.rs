//! The report's bodies and proposals: each with its compositions as the
//! sources state them (a seat table each), the stated size against the sum
//! of the listed seats, the reading that adopts one, and each proposal's
//! outcome.

use kenes_model::{Composition, Id, Model, Proposal};

use super::doc::Block;
use crate::names::label;

pub(super) fn bodies(model: &Model) -> Vec<Block> {
    if model.bodies().is_empty() {
        return Vec::new();
    }
    let mut blocks = vec![Block::Heading(2, "Bodies".to_string())];
    for body in model.bodies() {
        blocks.push(Block::Heading(
            3,
            format!("{} [{}]", label(model, body.id().id()), body.id()),
        ));
        let mut facts = format!("Kind: {}.", body.kind().as_str());
        if let Some(place) = body.place() {
            facts.push_str(&format!(" Place: {}.", label(model, place.id())));
        }
        if let Some(attached) = body.attached_to() {
            facts.push_str(&format!(" Attached to: {}.", label(model, attached.id())));
        }
        blocks.push(Block::Paragraph(facts));
        blocks.extend(compositions(model, body.id().id()));
    }
    blocks
}

pub(super) fn proposals(model: &Model) -> Vec<Block> {
    if model.proposals().is_empty() {
        return Vec::new();
    }
    let rows = model
        .proposals()
        .iter()
        .map(|p| proposal_row(model, p))
        .collect();
    let header = [
        "proposal",
        "proposed by",
        "outcome",
        "vote",
        "put forward at",
    ];
    let mut blocks = vec![
        Block::Heading(2, "Proposals".to_string()),
        Block::Table {
            header: header.iter().map(|h| h.to_string()).collect(),
            rows,
        },
    ];
    for proposal in model.proposals() {
        blocks.extend(proposal_details(model, proposal));
    }
    blocks
}

fn proposal_row(model: &Model, proposal: &Proposal) -> Vec<String> {
    let proposers: Vec<String> = proposal
        .proposers()
        .iter()
        .map(|a| label(model, a.id()))
        .collect();
    let event = proposal
        .event()
        .map_or_else(String::new, |e| label(model, e.id()));
    vec![
        format!("{} [{}]", proposal.title(), proposal.id()),
        proposers.join(", "),
        proposal.outcome().as_str().to_string(),
        vote_text(model, proposal),
        event,
    ]
}

/// "against 97, abstain 17 (114 present)", or "" when no vote is recorded.
fn vote_text(model: &Model, proposal: &Proposal) -> String {
    let vote = proposal.vote().and_then(|id| model.vote(id));
    let vote = vote.or_else(|| {
        let proposal_id = Some(proposal.id());
        model.votes().iter().find(|v| v.proposal() == proposal_id)
    });
    let Some(vote) = vote else {
        return String::new();
    };
    let tallies: Vec<String> = vote
        .tallies()
        .iter()
        .map(|t| format!("{} {}", t.option(), t.count()))
        .collect();
    let present = vote
        .present()
        .map(|n| format!(" ({n} present)"))
        .unwrap_or_default();
    format!("{}{present}", tallies.join(", "))
}

fn proposal_details(model: &Model, proposal: &Proposal) -> Vec<Block> {
    let compositions = compositions(model, proposal.id().id());
    if proposal.points().is_empty() && compositions.is_empty() {
        return Vec::new();
    }
    let mut blocks = vec![Block::Heading(
        3,
        format!("{} [{}]", proposal.title(), proposal.id()),
    )];
    if !proposal.points().is_empty() {
        blocks.push(Block::Numbered(proposal.points().to_vec()));
    }
    blocks.extend(compositions);
    blocks
}

/// A seat table for each composition of the body or proposal `of`.
fn compositions(model: &Model, of: &Id) -> Vec<Block> {
    model
        .compositions_of(of)
        .flat_map(|composition| composition_blocks(model, composition))
        .collect()
}

fn composition_blocks(model: &Model, composition: &Composition) -> Vec<Block> {
    let rows = composition
        .seats()
        .iter()
        .map(|seat| {
            vec![
                label(model, seat.constituency().id()),
                seat.seats()
                    .map_or_else(|| "?".to_string(), |n| n.to_string()),
                seat.note().unwrap_or("").to_string(),
            ]
        })
        .collect();
    vec![
        Block::Paragraph(composition_title(model, composition)),
        Block::Table {
            header: vec![
                "constituency".to_string(),
                "seats".to_string(),
                "note".to_string(),
            ],
            rows,
        },
        Block::Paragraph(size_line(composition)),
    ]
}

fn composition_title(model: &Model, composition: &Composition) -> String {
    let label = composition
        .label()
        .map(|l| format!(" — {l}"))
        .unwrap_or_default();
    let adopted = model.reading_about(composition.id().id()).map(|reading| {
        let verdict = if reading.adopted().contains(composition.id().id()) {
            "adopted"
        } else {
            "not adopted"
        };
        format!(" ({verdict} by reading {})", reading.id())
    });
    format!(
        "Composition {}{label}{}",
        composition.id(),
        adopted.unwrap_or_default()
    )
}

/// "Stated size 9; listed seats 9: they add up." and its variants.
fn size_line(composition: &Composition) -> String {
    let (sum, complete) = composition.listed_seats();
    let listed = if complete {
        format!("listed seats {sum}")
    } else {
        format!("listed seats {sum} (some constituencies without a number)")
    };
    match composition.stated_size() {
        None => format!("No size stated; {listed}."),
        Some(size) if u64::from(size) == sum && complete => {
            format!("Stated size {size}; {listed}: they add up.")
        }
        Some(size) if complete || u64::from(size) < sum => {
            format!("Stated size {size}; {listed}: they do not add up.")
        }
        Some(size) => format!("Stated size {size}; {listed}: cannot tell whether they add up."),
    }
}
