//! Model folders on disk (or embedded in the binary) into a [`Model`] plus
//! diagnostics with spans. Loading fails only when the folder cannot be read
//! or has no manifest; a malformed file, key or value becomes a diagnostic and
//! the rest of the model still loads.

mod convert;
mod embedded;
mod entities;
mod events;
mod manifest;
mod paragraphs;
mod quick;
mod raw;
mod suggest;

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};
use std::sync::{Arc, Mutex, mpsc};

use kenes_model::diagnostic::code;
use kenes_model::{
    Diagnostic, FileId, Files, LineIndex, Location, Model, ModelBuilder, ReadBack, Severity, Span,
};

pub use embedded::{EMBEDDED_NAME, embedded_files, load_embedded};
pub use paragraphs::{
    PARAGRAPHS, Paragraph, ParagraphsError, embedded_paragraphs, load_paragraphs, parse_paragraphs,
};

/// The name of the manifest file at the root of a model folder.
pub const MANIFEST: &str = "kenes.toml";
/// The folder of source texts (and their aligned translations): never read as entities.
pub const TEXTS: &str = "texts";

/// A loaded model and what loading found.
#[derive(Debug)]
pub struct Loaded {
    pub model: Model,
    pub diagnostics: Vec<Diagnostic>,
}

/// Why a model could not be loaded at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: not a folder")]
    NotAFolder { path: PathBuf },
    #[error("{path}: no {MANIFEST} here (a model folder has one at its root)")]
    NoManifest { path: PathBuf },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// One file of a model, by its path relative to the model folder.
#[derive(Clone, Debug)]
pub struct InputFile {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// Loads the model folder at `root`: its manifest, every other `*.toml` below
/// it (hidden folders, `target` and the root `texts` folder skipped), and the texts its sources name.
pub fn load_dir(root: &Path) -> Result<Loaded, LoadError> {
    if !root.is_dir() {
        return Err(LoadError::NotAFolder {
            path: root.to_owned(),
        });
    }
    if !root.join(MANIFEST).is_file() {
        return Err(LoadError::NoManifest {
            path: root.to_owned(),
        });
    }
    let mut paths = Vec::new();
    collect_toml(root, root, &mut paths)?;
    paths.sort();
    let read_text = |relative: &str| std::fs::read(root.join(relative)).ok();
    let total_bytes = paths
        .iter()
        .filter_map(|path| std::fs::metadata(root.join(path)).ok())
        .map(|metadata| metadata.len())
        .sum();
    let fetch = |_, path: &Path| read(root, path);
    load(paths, total_bytes, &fetch, &read_text, Some(root), None)
}

/// [`load_dir`] on `threads` worker threads whatever the model's size, for
/// the test that the threaded loader gives what the one-thread loader gives.
#[doc(hidden)]
pub fn load_dir_on_threads(root: &Path, threads: usize) -> Result<Loaded, LoadError> {
    let mut paths = Vec::new();
    collect_toml(root, root, &mut paths)?;
    paths.sort();
    let read_text = |relative: &str| std::fs::read(root.join(relative)).ok();
    let fetch = |_, path: &Path| read(root, path);
    load(paths, 0, &fetch, &read_text, Some(root), Some(threads))
}

fn read(root: &Path, path: &Path) -> Result<Vec<u8>, LoadError> {
    std::fs::read(root.join(path)).map_err(|source| LoadError::Io {
        path: root.join(path),
        source,
    })
}

fn collect_toml(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    let entries = std::fs::read_dir(dir).map_err(|source| LoadError::Io {
        path: dir.to_owned(),
        source,
    })?;
    for entry in entries {
        let entry = entry.map_err(|source| LoadError::Io {
            path: dir.to_owned(),
            source,
        })?;
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let texts_folder = dir == root && name == TEXTS;
        if name.starts_with('.') || name == "target" || texts_folder {
            continue;
        }
        if path.is_dir() {
            collect_toml(root, &path, out)?;
        } else if name.ends_with(".toml") {
            out.push(path.strip_prefix(root).unwrap_or(&path).to_owned());
        }
    }
    Ok(())
}

/// Loads a model from files already in memory. `files` must hold the manifest
/// (`kenes.toml`) and the entity files; `read_text` supplies the texts that
/// sources name, by model-relative path.
pub fn load_files(
    files: Vec<InputFile>,
    read_text: &(dyn Fn(&str) -> Option<Vec<u8>> + Sync),
) -> Loaded {
    let paths = files.iter().map(|file| file.path.clone()).collect();
    let total_bytes = files.iter().map(|file| file.bytes.len() as u64).sum();
    let fetch = |at: usize, _: &Path| Ok(files[at].bytes.clone());
    match load(paths, total_bytes, &fetch, read_text, None, None) {
        Ok(loaded) => loaded,
        Err(_) => unreachable!("files in memory are always read"),
    }
}

/// What loading one entity file yields: its text, or only its line index
/// when the text is left on disk; why it is not UTF-8 if it is not; and its
/// entities.
struct LoadedFile {
    /// The file's size, to guess how much of the model is still to come.
    bytes: u64,
    text: FileText,
    problem: Option<String>,
    entities: Option<manifest::FileEntities>,
}

enum FileText {
    Memory(String),
    /// Left on disk: its line index, and what reads its lines back.
    Disk(LineIndex, Arc<dyn ReadBack>),
}

/// Below this many bytes of model files, loading stays on one thread.
const PARALLEL_FROM_BYTES: u64 = 4 << 20;

/// Reads the file at a position of the list, with its path.
type Fetch<'a> = dyn Fn(usize, &Path) -> Result<Vec<u8>, LoadError> + Sync + 'a;

/// Loads the files at `paths` (in this order: it gives their ids), reading
/// each with `fetch`. Worker threads, one per core, take the files in order,
/// read and parse them, while this thread moves their entities into the model
/// in order. The channel between them is bounded, so besides the model only a
/// few files' worth of raw text and entities are held at once. With `on_disk`,
/// the folder they were read from, the texts of entity files are not kept:
/// only their line starts, and the lines findings point at are read back from
/// disk. `total_bytes`, the size of all the files, lets the model's lists
/// of entities grow to about their final size at once.
fn load(
    paths: Vec<PathBuf>,
    total_bytes: u64,
    fetch: &Fetch<'_>,
    read_text: &(dyn Fn(&str) -> Option<Vec<u8>> + Sync),
    on_disk: Option<&Path>,
    threads: Option<usize>,
) -> Result<Loaded, LoadError> {
    let manifest_at = paths.iter().position(|path| path == Path::new(MANIFEST));
    let mut manifest_text = match manifest_at {
        Some(at) => Some(decode(fetch(at, &paths[at])?)),
        None => None,
    };
    let manifest_entry = manifest_at
        .zip(manifest_text.as_ref())
        .map(|(at, (text, _))| (FileId::from_index(at), text.as_str()));
    let (meta, calendar, manifest_findings) = manifest::read(manifest_entry);
    let mut builder = ModelBuilder::new(meta, Files::default());
    let mut problems = Vec::new();
    let mut entity_findings = Vec::new();

    let job = FileJob {
        manifest_at,
        fetch,
        calendar,
        on_disk,
        open: Arc::new(Mutex::new(None)),
    };
    let mut growth = Growth::new(total_bytes);
    // Moves the file at position `at`, loaded, into the model.
    let mut take = |at: usize, loaded: Result<LoadedFile, LoadError>| -> Result<(), LoadError> {
        let path = &paths[at];
        let LoadedFile {
            bytes,
            text,
            problem,
            entities,
        } = loaded?;
        let (text, problem) = match (Some(at) == manifest_at, text) {
            (true, _) => {
                let (text, problem) = manifest_text.take().unwrap_or_default();
                (FileText::Memory(text), problem)
            }
            (false, text) => (text, problem),
        };
        let files = builder.files_mut();
        let id = match text {
            FileText::Disk(lines, reader) => files.add_elsewhere(path.clone(), lines, reader),
            FileText::Memory(text) => files.add_owned(path.clone(), text),
        };
        if let Some(message) = problem {
            problems.push(Diagnostic::new(
                code::UNPARSEABLE_FILE,
                Severity::Error,
                message,
                Location::span(Span::new(id, 0..0)),
            ));
        }
        if let Some(entities) = entities {
            growth.saw(bytes, entities.entities());
            builder.reserve_for(entities.entities(), |kind| growth.scale(kind));
            entity_findings.extend(entities.add_to(&mut builder));
        }
        Ok(())
    };
    // A small model (the embedded one, a test's) loads on this thread: threads
    // would cost more than they save.
    let workers = match threads {
        Some(threads) => threads.max(1),
        None if total_bytes < PARALLEL_FROM_BYTES => 1,
        None => std::thread::available_parallelism().map_or(2, |n| n.get()),
    };
    if workers == 1 {
        for (at, path) in paths.iter().enumerate() {
            take(at, job.load(at, path))?;
        }
    } else {
        let next = AtomicUsize::new(0);
        let (sender, receiver) = mpsc::sync_channel(workers);
        std::thread::scope(|scope| -> Result<(), LoadError> {
            for _ in 0..workers.min(paths.len()) {
                let sender = sender.clone();
                let (next, paths, job) = (&next, &paths, &job);
                scope.spawn(move || {
                    loop {
                        let at = next.fetch_add(1, AtomicOrdering::Relaxed);
                        let Some(path) = paths.get(at) else {
                            break;
                        };
                        // the receiver is gone when loading stopped at an error
                        if sender.send((at, job.load(at, path))).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(sender);
            // files arrive about in order; the few that come early wait here
            let mut early = BTreeMap::new();
            let mut wanted = 0;
            for (at, loaded) in receiver {
                early.insert(at, loaded);
                while let Some(loaded) = early.remove(&wanted) {
                    take(wanted, loaded)?;
                    wanted += 1;
                }
            }
            Ok(())
        })?;
    }
    let mut diagnostics = problems;
    diagnostics.extend(manifest_findings);
    diagnostics.append(&mut entity_findings);
    let model = builder.build();
    let (model, mut text_findings) = attach_texts(model, read_text);
    diagnostics.append(&mut text_findings);
    Ok(Loaded { model, diagnostics })
}

/// An entity file left on disk, read back when a finding points into it. The
/// files of one model share one open file, the last one read: findings come
/// sorted by file.
#[derive(Debug)]
struct DiskText {
    location: PathBuf,
    open: Arc<Mutex<Option<(PathBuf, std::fs::File)>>>,
}

impl ReadBack for DiskText {
    fn read(&self, range: std::ops::Range<usize>) -> Option<Vec<u8>> {
        use std::io::{Read, Seek, SeekFrom};
        let mut open = self
            .open
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if open
            .as_ref()
            .is_none_or(|(location, _)| *location != self.location)
        {
            *open = Some((
                self.location.clone(),
                std::fs::File::open(&self.location).ok()?,
            ));
        }
        let (_, file) = open.as_mut()?;
        let mut bytes = vec![0; range.len()];
        file.seek(SeekFrom::Start(range.start as u64)).ok()?;
        file.read_exact(&mut bytes).ok()?;
        Some(bytes)
    }
}

/// A guess at how much each kind of entity will still grow, from how many
/// bytes of the files read so far held that kind, and how many are left:
/// the files still to come may all be like those.
struct Growth {
    total: u64,
    seen: u64,
    with_kind: [u64; 13],
}

impl Growth {
    fn new(total: u64) -> Growth {
        Growth {
            total,
            seen: 0,
            with_kind: [0; 13],
        }
    }

    fn saw(&mut self, bytes: u64, entities: &kenes_model::Entities) {
        self.seen += bytes;
        for kind in kenes_model::EntityKind::ALL {
            if entities.count(kind) > 0 {
                self.with_kind[kind as usize] += bytes;
            }
        }
    }

    fn scale(&self, kind: kenes_model::EntityKind) -> f64 {
        let with = self.with_kind[kind as usize].max(1) as f64;
        let left = self.total.saturating_sub(self.seen) as f64;
        (with + left) / with
    }
}

/// What every worker needs to load one file.
struct FileJob<'a, 'f> {
    manifest_at: Option<usize>,
    fetch: &'a Fetch<'f>,
    calendar: convert::CalendarDefault,
    /// The folder the files are read from, when their texts are left there.
    on_disk: Option<&'a Path>,
    /// The one file kept open for reading lines back, shared by all.
    open: Arc<Mutex<Option<(PathBuf, std::fs::File)>>>,
}

impl FileJob<'_, '_> {
    /// Reads and parses the file at position `at` (the manifest, read before
    /// the others, is left alone; a second file of its name is kept, unparsed).
    fn load(&self, at: usize, path: &Path) -> Result<LoadedFile, LoadError> {
        let nothing = |text| LoadedFile {
            bytes: 0,
            text: FileText::Memory(text),
            problem: None,
            entities: None,
        };
        if Some(at) == self.manifest_at {
            return Ok(nothing(String::new()));
        }
        let (text, problem) = decode((self.fetch)(at, path)?);
        let bytes = text.len() as u64;
        if path == Path::new(MANIFEST) {
            return Ok(LoadedFile {
                problem,
                ..nothing(text)
            });
        }
        let entities = manifest::convert_file(FileId::from_index(at), &text, self.calendar);
        // a file that is not UTF-8 stays in memory: its text is not the file's bytes
        let left = self
            .on_disk
            .filter(|_| problem.is_none())
            .and_then(|root| Some((root, LineIndex::of(&text)?)));
        let text = match left {
            Some((root, lines)) => {
                let reader = DiskText {
                    location: root.join(path),
                    open: Arc::clone(&self.open),
                };
                FileText::Disk(lines, Arc::new(reader))
            }
            None => FileText::Memory(text),
        };
        Ok(LoadedFile {
            bytes,
            text,
            problem,
            entities: Some(entities),
        })
    }
}

fn decode(bytes: Vec<u8>) -> (String, Option<String>) {
    // A large model is hundreds of megabytes of mostly Cyrillic text, which
    // the standard library validates a byte at a time: validate it with SIMD.
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: the bytes were just validated as UTF-8.
        return (unsafe { String::from_utf8_unchecked(bytes) }, None);
    }
    match String::from_utf8(bytes) {
        Ok(text) => (text, None),
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
            (
                text,
                Some(format!("not UTF-8 text (invalid byte at offset {offset})")),
            )
        }
    }
}

/// Loads the texts the sources name; a missing one is a finding at the source.
fn attach_texts(
    model: Model,
    read_text: &(dyn Fn(&str) -> Option<Vec<u8>> + Sync),
) -> (Model, Vec<Diagnostic>) {
    let mut findings = Vec::new();
    let mut wanted: Vec<(String, Location)> = Vec::new();
    for source in model.sources() {
        if let Some(path) = source.text_path() {
            let location =
                Location::entity(source.id().id().clone(), source.origin().field_span("text"));
            wanted.push((path.to_owned(), location));
        }
    }
    let mut loaded = Vec::new();
    for (path, location) in wanted {
        if loaded.iter().any(|(p, _): &(String, Arc<str>)| *p == path) {
            continue;
        }
        match read_text(&path).filter(|_| is_plain_relative(&path)) {
            Some(bytes) => loaded.push((path, String::from_utf8_lossy(&bytes).into_owned().into())),
            None => findings.push(Diagnostic::new(
                code::MISSING_TEXT,
                Severity::Error,
                format!("text file {path:?} is not in the model folder"),
                location,
            )),
        }
    }
    (model.with_texts(loaded), findings)
}

fn is_plain_relative(path: &str) -> bool {
    Path::new(path)
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
}

/// The file and span of a finding rendered as `path:line:column`.
pub fn render_location(model: &Model, span: Span) -> String {
    let file = model.files().get(span.file());
    let at = file.line_column(span.range().start);
    format!("{}:{}:{}", file.path().display(), at.line, at.column)
}

/// For the `quick_toml` fuzz target: whether the quick reader, wherever it
/// reads `text` as an entity file, reads what the `toml` crate reads, spans
/// included. The error describes the first difference.
#[doc(hidden)]
pub fn quick_reader_agrees_with_toml(text: &str) -> Result<(), String> {
    let Some(quick) = quick::raw_file(text) else {
        return Ok(());
    };
    match toml::from_str::<raw::RawFile>(text) {
        Err(error) => Err(format!("the quick reader took what toml refuses: {error}")),
        Ok(slow) if format!("{slow:?}") != format!("{quick:?}") => Err(format!(
            "the quick reader read\n{quick:?}\nwhere toml read\n{slow:?}"
        )),
        Ok(_) => Ok(()),
    }
}

#[doc(hidden)]
pub fn file_id_for_tests(model: &Model, path: &str) -> Option<FileId> {
    model.files().find(Path::new(path))
}
