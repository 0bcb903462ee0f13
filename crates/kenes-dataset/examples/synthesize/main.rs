//! Writes a synthetic model folder shaped like datasets/turkestan-1917 at any
//! scale, for the scale benchmark (bench/scale/run.sh):
//!
//! ```text
//! cargo run --release -p kenes-dataset --example synthesize -- --claims 1000000 --out DIR [--seed 1]
//! ```
//!
//! The shape follows docs/format.md and the real model: one relaying work with
//! a Kazakh text broken into ~90-character lines with blank lines between (as a
//! PDF extraction gives it); newspaper issues, books, archive files, documents
//! and unnamed sources it cites; claims quoting it verbatim (a passage crossing
//! a line break is written with one space) with an English rendering, 10,000 to
//! a file under `claims/`; and, per 1,000 claims, about 60 actors, 10 places,
//! 40 sources, 150 events with dated effects, 20 bodies and compositions (most
//! adding up, a few not), 80 stances, 5 votes, a few proposals, readings and
//! populations. Every reference resolves. The same seed gives the same bytes.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::text::proper_name;
use crate::writer::Synth;

mod text;
mod writer;

/// Entities per file, as the real model's claims files would be at scale.
const PER_FILE: usize = 10_000;
/// The relaying work: every claim's passage stands in its text.
const WORK: &str = "src.work";
const TEXT_PATH: &str = "texts/work.kk.txt";
const LINE_WIDTH: usize = 90;

fn main() -> io::Result<()> {
    let args = Args::parse();
    let started = std::time::Instant::now();
    let mut synth = Synth::new(&args);
    let files = synth.write_all()?;
    eprintln!(
        "wrote {} claims ({} entities) in {} files to {} in {:.1} s",
        args.claims,
        synth.plan.entity_count(),
        files,
        args.out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

struct Args {
    claims: usize,
    out: PathBuf,
    seed: u64,
}

impl Args {
    fn parse() -> Args {
        let mut claims = 10_000;
        let mut out = None;
        let mut seed = 1;
        let mut args = std::env::args().skip(1);
        while let Some(flag) = args.next() {
            let value = args
                .next()
                .unwrap_or_else(|| usage(&format!("{flag} needs a value")));
            match flag.as_str() {
                "--claims" => claims = value.parse().unwrap_or_else(|_| usage("bad --claims")),
                "--out" => out = Some(PathBuf::from(value)),
                "--seed" => seed = value.parse().unwrap_or_else(|_| usage("bad --seed")),
                _ => usage(&format!("unknown flag {flag}")),
            }
        }
        let out = out.unwrap_or_else(|| usage("--out is required"));
        Args {
            claims: claims.max(100),
            out,
            seed,
        }
    }
}

fn usage(problem: &str) -> ! {
    eprintln!("{problem}\nusage: synthesize --claims N --out DIR [--seed S]");
    std::process::exit(2)
}

/// A xorshift64 generator: deterministic, no dependency, good enough for shapes.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // splitmix64 of the seed, so that small seeds give unrelated streams.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn range(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// How many entities of each kind, from the number of claims.
struct Plan {
    claims: usize,
    actors: usize,
    places: usize,
    sources: usize,
    events: usize,
    bodies: usize,
    compositions: usize,
    proposals: usize,
    readings: usize,
    issues: usize,
    stances: usize,
    votes: usize,
    populations: usize,
}

impl Plan {
    fn new(claims: usize) -> Plan {
        let per_thousand = |rate: usize, floor: usize| (claims * rate / 1000).max(floor);
        Plan {
            claims,
            actors: per_thousand(60, 50),
            places: per_thousand(10, 8),
            sources: per_thousand(40, 10),
            events: per_thousand(150, 20),
            bodies: per_thousand(7, 3),
            compositions: per_thousand(13, 6),
            proposals: per_thousand(4, 2),
            readings: per_thousand(3, 1),
            issues: per_thousand(5, 3),
            stances: per_thousand(80, 5),
            votes: per_thousand(5, 2),
            populations: per_thousand(2, 1),
        }
    }
    fn entity_count(&self) -> usize {
        self.claims
            + self.actors
            + self.places
            + self.sources
            + self.events
            + self.bodies
            + self.compositions
            + self.proposals
            + self.readings
            + self.issues
            + self.stances
            + self.votes
            + self.populations
    }
}

const ACTOR_KINDS: [(&str, &str, usize); 10] = [
    // kind, id prefix, share of 50
    ("person", "person", 25),
    ("organisation", "org", 6),
    ("party", "party", 2),
    ("faction", "faction", 2),
    ("soviet", "soviet", 2),
    ("government-organ", "gov", 2),
    ("city-self-government", "city", 1),
    ("congress", "congress", 1),
    ("newspaper", "paper", 4),
    ("group", "group", 5),
];

/// The actors by role, as ids, so that references always name the right kind.
#[derive(Default)]
struct Cast {
    all: Vec<(String, &'static str)>,
    /// Each actor's primary (Kazakh) name, by index.
    names: Vec<String>,
    persons: Vec<String>,
    collectives: Vec<String>,
    parties: Vec<String>,
    newspapers: Vec<String>,
    groups: Vec<String>,
}

impl Cast {
    fn new(count: usize, rng: &mut Rng) -> Cast {
        let mut cast = Cast::default();
        for index in 0..count {
            cast.names.push(proper_name(rng));
            let (kind, prefix) = actor_kind(index);
            let id = format!("{prefix}.{index:06}");
            match kind {
                "person" => cast.persons.push(id.clone()),
                "newspaper" => cast.newspapers.push(id.clone()),
                "group" => cast.groups.push(id.clone()),
                "party" => {
                    cast.parties.push(id.clone());
                    cast.collectives.push(id.clone());
                }
                _ => cast.collectives.push(id.clone()),
            }
            cast.all.push((id, kind));
        }
        cast
    }
}

fn actor_kind(index: usize) -> (&'static str, &'static str) {
    let mut slot = index % 50;
    for (kind, prefix, share) in ACTOR_KINDS {
        if slot < share {
            return (kind, prefix);
        }
        slot -= share;
    }
    unreachable!("the shares add up to 50")
}

/// Days of the model's period, 22 Oct to 25 Nov 1917 (Old Style).
fn day(offset: usize) -> String {
    let offset = offset % 35;
    if offset < 10 {
        format!("1917-10-{:02}", 22 + offset)
    } else {
        format!("1917-11-{:02}", offset - 9)
    }
}

fn date(rng: &mut Rng) -> String {
    let first = rng.below(34);
    match rng.below(100) {
        0..70 => day(first),
        70..82 => format!("{}/{}", day(first), day(rng.range(first + 1, 34))),
        82..86 => format!("{}?", day(first)),
        86..89 => format!("{}~", day(first)),
        89..93 => "1917-11".to_owned(),
        93..96 => format!("{}/..", day(first)),
        96..98 => format!("../{}", day(first)),
        _ => "1917".to_owned(),
    }
}

/// A file writer that starts a new numbered file every `PER_FILE` entities.
struct Chunked {
    folder: PathBuf,
    prefix: &'static str,
    written: usize,
    file: Option<BufWriter<File>>,
    files: usize,
}

impl Chunked {
    fn new(root: &Path, folder: &str, prefix: &'static str) -> io::Result<Chunked> {
        let folder = root.join(folder);
        fs::create_dir_all(&folder)?;
        Ok(Chunked {
            folder,
            prefix,
            written: 0,
            file: None,
            files: 0,
        })
    }

    fn next(&mut self) -> io::Result<&mut BufWriter<File>> {
        if self.written.is_multiple_of(PER_FILE) {
            if let Some(mut file) = self.file.take() {
                file.flush()?;
            }
            let name = format!("{}{:04}.toml", self.prefix, self.written / PER_FILE);
            let file = File::create(self.folder.join(name))?;
            self.file = Some(BufWriter::with_capacity(1 << 20, file));
            self.files += 1;
        }
        self.written += 1;
        Ok(self.file.as_mut().expect("opened above"))
    }

    fn finish(mut self) -> io::Result<usize> {
        if let Some(mut file) = self.file.take() {
            file.flush()?;
        }
        Ok(self.files)
    }
}

/// A TOML basic string. The generated prose has no quotes or backslashes, but
/// a name or note might.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

fn id_list(ids: &[String]) -> String {
    let quoted: Vec<String> = ids.iter().map(|id| quoted(id)).collect();
    format!("[{}]", quoted.join(", "))
}

/// The index in the cast of an actor id written as `prefix.NNNNNN`.
fn paper_index(id: &str) -> usize {
    id.rsplit('.')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

fn claim_id(index: usize) -> String {
    format!("c.{index:07}")
}

fn composition_id(index: usize) -> String {
    format!("comp.{index:06}")
}
