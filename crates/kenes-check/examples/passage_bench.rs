//! A benchmark of `passage-not-found` at scale: one text of several megabytes
//! and a million claims quoting it (most found, some with a typo). Prints the
//! figures; it is a benchmark, not a timed test.
//!
//! `cargo run --release -p kenes-check --example passage_bench [claims] [text-megabytes]`

use std::sync::Arc;
use std::time::Instant;

use kenes_model::date::{Calendar, CalendarBasis};
use kenes_model::*;

fn main() {
    let mut args = std::env::args().skip(1);
    let claims: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let megabytes: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(4);
    let text = synthetic_text(megabytes * 1_000_000);
    let started = Instant::now();
    let model = model(&text, claims);
    println!(
        "built a model of {claims} claims over {} bytes in {:?}",
        text.len(),
        started.elapsed()
    );
    let started = Instant::now();
    let index = kenes_check::PassageIndex::new(&text);
    println!(
        "indexed {} normalised characters in {:?}",
        index.chars().len(),
        started.elapsed()
    );
    let rule = kenes_check::rules()
        .iter()
        .find(|r| r.name == "passage-not-found")
        .expect("the rule exists");
    let started = Instant::now();
    let findings = kenes_check::run_rule(rule, &model);
    println!(
        "passage-not-found: {} findings in {:?}",
        findings.len(),
        started.elapsed()
    );
}

/// Pseudo-random Kazakh-looking words, with line breaks and end-of-line hyphens.
fn synthetic_text(bytes: usize) -> String {
    let syllables = [
        "қа", "за", "ақ", "ұй", "ым", "дар", "кең", "ес", "тү", "рік", "са", "яси",
    ];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut text = String::with_capacity(bytes + 16);
    while text.len() < bytes {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        text.push_str(syllables[(state % 12) as usize]);
        text.push_str(match state % 23 {
            0 => "-\n",
            1..=3 => "\n",
            4..=12 => " ",
            _ => "",
        });
    }
    text
}

fn model(text: &str, claims: usize) -> Model {
    let meta = ModelMeta {
        id: "bench".into(),
        title: Names::default(),
        version: "1".into(),
        description: None,
        period: None,
        calendar: CalendarInference::new(Calendar::Julian, CalendarBasis::Inferred, None),
        relaying_work: None,
        origin: Origin::default(),
    };
    let mut builder = ModelBuilder::new(meta, Files::default());
    let work = SourceId::new("src.work").expect("valid id");
    let parts = SourceParts {
        text: Some("texts/work.txt".into()),
        ..SourceParts::default()
    };
    builder.add_source(Source::new(work.clone(), SourceKind::Article, parts));
    builder.add_text("texts/work.txt".into(), Arc::from(text));
    let chars: Vec<char> = text.chars().collect();
    for i in 0..claims {
        builder.add_claim(claim(i, &work, &chars));
    }
    builder.build()
}

fn claim(i: usize, work: &SourceId, chars: &[char]) -> Claim {
    let start = (i * 7919) % chars.len().saturating_sub(200).max(1);
    let mut passage: String = chars[start..start + 120.min(chars.len() - start)]
        .iter()
        .collect();
    if i.is_multiple_of(1000) {
        passage.push_str(" жоқ сөз");
    }
    Claim::new(ClaimParts {
        id: ClaimId::new(&format!("c.{i}")).expect("valid id"),
        source: work.clone(),
        via: Vec::new(),
        locator: None,
        passage: Passage::new(passage, Lang::new("kk").expect("valid tag"), false),
        english: String::new(),
        confidence: None,
        voice: Voice::AuthorJudgement,
        origin: Origin::default(),
    })
}
