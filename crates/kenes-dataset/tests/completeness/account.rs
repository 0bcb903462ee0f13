//! Whether the model accounts for an item of the paper. An item is accounted
//! for when it stands inside a region the model quotes (the passage of a
//! live claim, or a bracketed citation the model records as written) and
//! the model states the item there:
//!
//! | kind | in a live claim's passage | in a recorded citation |
//! | --- | --- | --- |
//! | date | an entity citing the claim (or the claim's source chain) has that day (or that range) | a source it names has that day |
//! | year | … has a date in that year | a source it names is dated in that year |
//! | number | … states that number (size, seats, tally, attendance, share, count, date part, range length, point number, pages, archive part) | recorded as written |
//! | organisation | an actor, body, place, issue or titled source bears that name | same |
//! | person | an actor of kind person bears that name (initials and surname, any case ending) | same, or a source it names has that author |

use std::collections::HashSet;

use super::facts::{Facts, PersonName, Values};
use super::normal::{find_all, name_key, squeeze, squeezed_string};
use super::scan::{Item, Kind, Value};

/// A region of the paper the model quotes.
#[derive(Clone, Debug)]
pub struct Region {
    pub start: usize,
    pub end: usize,
    /// A claim id (passage) or the id of what records the citation.
    pub by: String,
    /// For a recorded citation: the sources it names.
    pub cites: Option<Vec<String>>,
    /// False for the passage of a claim nothing cites (kept for hints only).
    pub live: bool,
}

/// The regions of `paper` covered by live claims' passages and recorded
/// citations, and the live claims whose passage the paper does not hold.
pub fn regions(
    paper: &str,
    model: &kenes_model::Model,
    facts: &Facts,
) -> (Vec<Region>, Vec<String>) {
    let text = squeeze(paper);
    let mut out = Vec::new();
    let mut missing = Vec::new();
    for claim in model.claims() {
        let id = claim.id().as_str();
        let live = facts.live.contains(id);
        let passage: Vec<char> = squeeze(claim.passage().text()).chars;
        let found = find_all(&text.chars, &passage);
        if found.is_empty() && live {
            missing.push(id.to_owned());
        }
        for at in found {
            let (start, end) = (text.starts[at], text.ends[at + passage.len() - 1]);
            out.push(Region {
                start,
                end,
                by: id.to_owned(),
                cites: None,
                live,
            });
        }
    }
    out.extend(citation_regions(paper, facts));
    (out, missing)
}

/// Every `[…]` of the paper whose text the model records as a citation.
fn citation_regions(paper: &str, facts: &Facts) -> Vec<Region> {
    let mut out = Vec::new();
    for (start, _) in paper.match_indices('[') {
        let Some(len) = paper[start..].find(']') else {
            continue;
        };
        let end = start + len + 1;
        if paper[start + 1..end].contains('[') {
            continue;
        }
        let squeezed = squeezed_string(&paper[start..end]);
        for citation in facts.citations.iter().filter(|c| c.squeezed == squeezed) {
            let cites = Some(citation.sources.clone());
            out.push(Region {
                start,
                end,
                by: citation.by.clone(),
                cites,
                live: true,
            });
        }
    }
    out
}

/// Why an item is or is not accounted for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Accounted(String),
    Unaccounted(String),
}

/// The verdict on one item.
pub fn judge(item: &Item, regions: &[Region], facts: &Facts) -> Verdict {
    let (around, uncited): (Vec<&Region>, Vec<&Region>) = regions
        .iter()
        .filter(|r| r.start <= item.start && item.end <= r.end)
        .partition(|r| r.live);
    if around.is_empty() {
        return Verdict::Unaccounted(outside(&uncited));
    }
    for region in &around {
        if let Some(how) = accounts(item, region, facts) {
            return Verdict::Accounted(format!("{} {how}", region.by));
        }
    }
    let by: Vec<&str> = around.iter().map(|r| r.by.as_str()).collect();
    Verdict::Unaccounted(format!(
        "covered by {} but {}",
        by.join(", "),
        missing(item, facts)
    ))
}

fn outside(uncited: &[&Region]) -> String {
    let mut why = "in no live claim's passage and no recorded citation".to_owned();
    if !uncited.is_empty() {
        let ids: Vec<&str> = uncited.iter().map(|r| r.by.as_str()).collect();
        why += &format!(
            " (only in the passage of {}, which nothing cites)",
            ids.join(", ")
        );
    }
    why
}

fn accounts(item: &Item, region: &Region, facts: &Facts) -> Option<String> {
    match &item.value {
        Value::Quote(q) => organisation(q, facts),
        Value::Person { initials, surname } => person(initials, surname, region, facts),
        _ => match &region.cites {
            Some(sources) => cited_value(item, sources, facts),
            None => facts
                .by_claim
                .get(&region.by)
                .and_then(|v| stated(&item.value, v)),
        },
    }
}

/// A number in a recorded citation is recorded as written; a day or year
/// must be the date of a source the citation names.
fn cited_value(item: &Item, sources: &[String], facts: &Facts) -> Option<String> {
    if item.kind == Kind::Number {
        return Some("(citation recorded as written)".into());
    }
    sources.iter().find_map(|s| {
        let (values, _) = facts.sources.get(s)?;
        stated(&item.value, values).map(|how| format!("{how} of {s}"))
    })
}

/// Whether `values` state the item's value.
pub fn stated(value: &Value, values: &Values) -> Option<String> {
    let ok = match value {
        Value::Day(md) => values.days.contains(md),
        Value::DayRange(a, b) => values.ranges.contains(&(*a, *b)),
        Value::Year(y) => values.years.contains(y),
        Value::Number { low, high } => {
            values.numbers.contains(low) && high.is_none_or(|h| values.numbers.contains(&h))
        }
        _ => false,
    };
    ok.then(|| "(value stated)".to_owned())
}

/// A quoted name matches a name that is it, or that holds it in guillemets
/// («Құрылтай» in «Жетісудағы мұсылмандардың «Құрылтай» ұйымы»).
pub fn organisation(quote: &str, facts: &Facts) -> Option<String> {
    let key = name_key(quote);
    let quoted = format!("«{}»", squeezed_string(quote).to_lowercase());
    facts
        .names
        .iter()
        .find(|n| n.key == key || n.quoted.contains(&quoted))
        .map(|n| format!("name of {}", n.id))
}

/// The longest case ending allowed after a surname.
const MAX_ENDING: usize = 6;

/// Whether a person's initials and inflected surname match a name.
pub fn person_matches(initials: &[char], surname: &str, name: &PersonName) -> bool {
    let surname = surname.to_lowercase();
    let ending = surname.strip_prefix(name.surname.as_str());
    let lower: Vec<char> = initials.iter().flat_map(|c| c.to_lowercase()).collect();
    let first = lower.first() == name.initials.first();
    let second = match (lower.get(1), name.initials.get(1)) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    ending.is_some_and(|e| e.chars().count() <= MAX_ENDING) && first && second
}

fn person(initials: &[char], surname: &str, region: &Region, facts: &Facts) -> Option<String> {
    if let Some(p) = facts
        .persons
        .iter()
        .find(|p| person_matches(initials, surname, p))
    {
        return Some(format!("person {}", p.actor));
    }
    let sources = region.cites.as_ref()?;
    sources.iter().find_map(|s| {
        let author = facts.sources.get(s)?.1.as_ref()?;
        let name = super::facts::person_name(author, s)?;
        person_matches(initials, surname, &name).then(|| format!("author of {s}"))
    })
}

/// What the model lacks for the item, with entities that state the value
/// without citing a claim that covers it.
fn missing(item: &Item, facts: &Facts) -> String {
    match &item.value {
        Value::Quote(_) => "no actor, body, place or titled source has this name".into(),
        Value::Person { .. } => "no person actor has this name".into(),
        value => {
            let elsewhere: HashSet<&str> = facts
                .by_entity
                .iter()
                .filter(|(_, v)| stated(value, v).is_some())
                .map(|(id, _)| id.as_str())
                .collect();
            let mut elsewhere: Vec<&str> = elsewhere.into_iter().collect();
            elsewhere.sort();
            elsewhere.truncate(4);
            if elsewhere.is_empty() {
                "no entity citing it states this value".into()
            } else {
                format!(
                    "no entity citing it states this value (stated by {})",
                    elsewhere.join(", ")
                )
            }
        }
    }
}
