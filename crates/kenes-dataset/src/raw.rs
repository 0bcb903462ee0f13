//! The on-disk shape of model files, as serde reads them. These structs mirror
//! docs/format.md key for key; `convert` turns them into model types. Unknown
//! keys are refused here so that a misspelt key is never silently ignored.

use serde::Deserialize;
use toml::Spanned;

pub type S<T> = Spanned<T>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawManifest {
    pub model: RawModelMeta,
    pub calendar: RawCalendar,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawModelMeta {
    pub id: S<String>,
    pub version: S<String>,
    #[serde(default)]
    pub title: Vec<S<RawName>>,
    pub description: Option<String>,
    pub period: Option<S<String>>,
    pub relaying_work: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCalendar {
    pub default: S<String>,
    pub basis: S<String>,
    pub reason: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    #[serde(default)]
    pub actor: Vec<S<RawActor>>,
    #[serde(default)]
    pub place: Vec<S<RawPlace>>,
    #[serde(default)]
    pub source: Vec<S<RawSource>>,
    #[serde(default)]
    pub claim: Vec<S<RawClaim>>,
    #[serde(default)]
    pub reading: Vec<S<RawReading>>,
    #[serde(default)]
    pub body: Vec<S<RawBody>>,
    #[serde(default)]
    pub composition: Vec<S<RawComposition>>,
    #[serde(default)]
    pub proposal: Vec<S<RawProposal>>,
    #[serde(default)]
    pub event: Vec<S<RawEvent>>,
    #[serde(default)]
    pub issue: Vec<S<RawIssue>>,
    #[serde(default)]
    pub stance: Vec<S<RawStance>>,
    #[serde(default)]
    pub vote: Vec<S<RawVote>>,
    #[serde(default)]
    pub population: Vec<S<RawPopulation>>,
}

/// Keys every entity takes.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawName {
    pub text: String,
    pub lang: String,
    pub kind: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawActor {
    pub id: S<String>,
    pub kind: S<String>,
    #[serde(default)]
    pub names: Vec<S<RawName>>,
    pub description: Option<String>,
    pub place: Option<S<String>>,
    pub part_of: Option<S<String>>,
    #[serde(default)]
    pub affiliations: Vec<S<RawAffiliation>>,
    #[serde(default)]
    pub claims: Vec<S<String>>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAffiliation {
    pub organisation: S<String>,
    pub role: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlace {
    pub id: S<String>,
    pub kind: S<String>,
    #[serde(default)]
    pub names: Vec<S<RawName>>,
    pub within: Option<S<String>>,
    #[serde(default)]
    pub claims: Vec<S<String>>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawArchive {
    pub archive: String,
    pub fund: Option<String>,
    pub inventory: Option<String>,
    pub file: Option<String>,
    pub sheets: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: S<String>,
    pub kind: S<String>,
    pub cited_as: Option<String>,
    pub title: Option<String>,
    pub author: Option<String>,
    pub issued_by: Option<S<String>>,
    pub newspaper: Option<S<String>>,
    pub date: Option<S<String>>,
    pub archive: Option<RawArchive>,
    pub pages: Option<String>,
    pub lang: Option<S<String>>,
    pub text: Option<S<String>>,
    pub ambiguous: Option<String>,
    pub calendar: Option<S<String>>,
    pub calendar_basis: Option<S<String>>,
    pub calendar_reason: Option<String>,
    #[serde(default)]
    pub claims: Vec<S<String>>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClaim {
    pub id: S<String>,
    pub source: S<String>,
    #[serde(default)]
    pub via: Vec<S<String>>,
    pub locator: Option<String>,
    pub passage: S<String>,
    pub lang: S<String>,
    #[serde(default)]
    pub translated: bool,
    pub english: String,
    pub voice: S<String>,
    pub historian: Option<S<String>>,
    pub confidence: Option<S<String>>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReading {
    pub id: S<String>,
    pub question: String,
    pub alternatives: Vec<S<String>>,
    pub adopted: S<OneOrMany>,
    pub reason: String,
    #[serde(default)]
    pub claims: Vec<S<String>>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBody {
    pub id: S<String>,
    pub kind: S<String>,
    #[serde(default)]
    pub names: Vec<S<RawName>>,
    pub place: Option<S<String>>,
    pub attached_to: Option<S<String>>,
    #[serde(default)]
    pub claims: Vec<S<String>>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSeat {
    pub constituency: S<String>,
    pub seats: Option<u32>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawComposition {
    pub id: S<String>,
    pub of: S<String>,
    pub label: Option<String>,
    pub size: Option<S<u32>>,
    #[serde(default)]
    pub seats: Vec<S<RawSeat>>,
    #[serde(default)]
    pub claims: Vec<S<String>>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProposal {
    pub id: S<String>,
    pub title: String,
    #[serde(default)]
    pub proposers: Vec<S<String>>,
    pub body: Option<S<String>>,
    pub event: Option<S<String>>,
    pub vote: Option<S<String>>,
    pub outcome: S<String>,
    #[serde(default)]
    pub points: Vec<String>,
    #[serde(default)]
    pub claims: Vec<S<String>>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawParticipant {
    pub actor: S<String>,
    pub role: Option<String>,
    pub on_behalf_of: Option<S<String>>,
}

/// An effect as written: `kind` and the keys that kind takes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEffect {
    pub kind: S<String>,
    pub body: Option<S<String>>,
    pub composition: Option<S<String>>,
    pub scope: Option<S<String>>,
    pub from: Option<S<String>>,
    pub to: Option<S<String>>,
    #[serde(default)]
    pub parties: Vec<S<String>>,
    pub by: Option<S<String>>,
    pub person: Option<S<String>>,
    pub actor: Option<S<String>>,
    pub stance: Option<S<String>>,
    pub vote: Option<S<String>>,
    pub proposal: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: S<String>,
    pub kind: S<String>,
    pub title: String,
    pub date: Option<S<String>>,
    pub calendar: Option<S<String>>,
    pub place: Option<S<String>>,
    pub status: Option<S<String>>,
    pub part_of: Option<S<String>>,
    pub body: Option<S<String>>,
    pub account_of: Option<S<String>>,
    pub attendance: Option<S<u32>>,
    #[serde(default)]
    pub participants: Vec<S<RawParticipant>>,
    #[serde(default)]
    pub effects: Vec<S<RawEffect>>,
    #[serde(default)]
    pub claims: Vec<S<String>>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIssue {
    pub id: S<String>,
    #[serde(default)]
    pub names: Vec<S<RawName>>,
    pub description: Option<String>,
    #[serde(default)]
    pub claims: Vec<S<String>>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStance {
    pub id: S<String>,
    pub actor: S<String>,
    pub issue: S<String>,
    pub position: S<String>,
    pub date: S<String>,
    pub calendar: Option<S<String>>,
    pub voice: S<String>,
    pub by: Option<S<String>>,
    pub summary: Option<String>,
    #[serde(default)]
    pub claims: Vec<S<String>>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTally {
    pub option: String,
    pub count: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVote {
    pub id: S<String>,
    pub event: S<String>,
    pub motion: String,
    pub proposal: Option<S<String>>,
    #[serde(default)]
    pub tallies: Vec<RawTally>,
    pub present: Option<S<u32>>,
    #[serde(default)]
    pub claims: Vec<S<String>>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPopulation {
    pub id: S<String>,
    pub scope: S<String>,
    pub group: S<String>,
    pub share_percent: Option<S<String>>,
    pub count: Option<u64>,
    #[serde(default)]
    pub count_is_lower_bound: bool,
    #[serde(default)]
    pub claims: Vec<S<String>>,
    pub note: Option<String>,
}
