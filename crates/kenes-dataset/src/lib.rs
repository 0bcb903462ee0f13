//! Model folders on disk (or embedded in the binary) into a [`Model`] plus
//! diagnostics with spans. Loading fails only when the folder cannot be read
//! or has no manifest; a malformed file, key or value becomes a diagnostic and
//! the rest of the model still loads.

mod convert;
mod embedded;
mod entities;
mod events;
mod manifest;
mod raw;
mod suggest;

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use kenes_model::diagnostic::code;
use kenes_model::{Diagnostic, FileId, Files, Location, Model, ModelBuilder, Severity, Span};
use rayon::prelude::*;

pub use embedded::{EMBEDDED_NAME, embedded_files, load_embedded};

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
    load(paths, &|_, path: &Path| read(root, path), &read_text)
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
    let fetch = |at: usize, _: &Path| Ok(files[at].bytes.clone());
    match load(paths, &fetch, read_text) {
        Ok(loaded) => loaded,
        Err(_) => unreachable!("files in memory are always read"),
    }
}

/// What loading one entity file yields: its text (kept to render spans), why
/// it is not UTF-8 if it is not, and its entities.
type LoadedFile = (String, Option<String>, Option<manifest::FileEntities>);

/// Reads the file at a position of the list, with its path.
type Fetch<'a> = dyn Fn(usize, &Path) -> Result<Vec<u8>, LoadError> + Sync + 'a;

/// Loads the files at `paths` (in this order: it gives their ids), reading
/// each with `fetch`. Files are read and parsed a few at a time, on as many
/// threads as there are cores, and their entities moved into the model
/// before the next few are read: besides the model, only the raw files and
/// entities of one batch are held at once.
fn load(
    paths: Vec<PathBuf>,
    fetch: &Fetch<'_>,
    read_text: &(dyn Fn(&str) -> Option<Vec<u8>> + Sync),
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
    let batch = 4 * rayon::current_num_threads();
    let paths: Vec<(usize, PathBuf)> = paths.into_iter().enumerate().collect();
    for files in paths.chunks(batch) {
        let loaded: Vec<LoadedFile> = files
            .par_iter()
            .map(|(at, path)| load_file(*at, path, manifest_at, fetch, calendar))
            .collect::<Result<_, LoadError>>()?;
        for ((at, path), (text, problem, entities)) in files.iter().zip(loaded) {
            let (text, problem) = if Some(*at) == manifest_at {
                manifest_text.take().unwrap_or_default()
            } else {
                (text, problem)
            };
            let id = builder.files_mut().add_owned(path.clone(), text);
            if let Some(message) = problem {
                problems.push(Diagnostic::new(
                    code::UNPARSEABLE_FILE,
                    Severity::Error,
                    message,
                    Location::span(Span::new(id, 0..0)),
                ));
            }
            if let Some(entities) = entities {
                entity_findings.extend(entities.add_to(&mut builder));
            }
        }
    }
    let mut diagnostics = problems;
    diagnostics.extend(manifest_findings);
    diagnostics.append(&mut entity_findings);
    let model = builder.build();
    let (model, mut text_findings) = attach_texts(model, read_text);
    diagnostics.append(&mut text_findings);
    Ok(Loaded { model, diagnostics })
}

/// Reads and parses the file at position `at` (the manifest, read before
/// the others, is left alone; a second file of its name is kept, unparsed).
fn load_file(
    at: usize,
    path: &Path,
    manifest_at: Option<usize>,
    fetch: &Fetch<'_>,
    calendar: convert::CalendarDefault,
) -> Result<LoadedFile, LoadError> {
    if Some(at) == manifest_at {
        return Ok((String::new(), None, None));
    }
    let (text, problem) = decode(fetch(at, path)?);
    if path == Path::new(MANIFEST) {
        return Ok((text, problem, None));
    }
    let entities = manifest::convert_file(FileId::from_index(at), &text, calendar);
    Ok((text, problem, Some(entities)))
}

fn decode(bytes: Vec<u8>) -> (String, Option<String>) {
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

#[doc(hidden)]
pub fn file_id_for_tests(model: &Model, path: &str) -> Option<FileId> {
    model.files().find(Path::new(path))
}
