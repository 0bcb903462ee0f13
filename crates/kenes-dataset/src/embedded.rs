//! The embedded default model (Turkestan, October–November 1917), compiled
//! into the binary so that `kenes` works offline with no folder at hand.

use std::path::PathBuf;

use include_dir::{Dir, include_dir};

use crate::{InputFile, Loaded, load_files};

static MODEL: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../datasets/turkestan-1917");

/// How the embedded model is named where a folder path would stand.
pub const EMBEDDED_NAME: &str = "<embedded:turkestan-1917>";

/// Every file of the embedded model, by model-relative path.
pub fn embedded_files() -> Vec<(PathBuf, &'static [u8])> {
    let mut out = Vec::new();
    collect(&MODEL, &mut out);
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// One file of the embedded model, by model-relative path.
pub(crate) fn embedded_file(path: &str) -> Option<&'static [u8]> {
    MODEL.get_file(path).map(|file| file.contents())
}

fn collect(dir: &'static Dir<'static>, out: &mut Vec<(PathBuf, &'static [u8])>) {
    for file in dir.files() {
        out.push((file.path().to_owned(), file.contents()));
    }
    for sub in dir.dirs() {
        collect(sub, out);
    }
}

/// Loads the embedded model.
pub fn load_embedded() -> Loaded {
    let all = embedded_files();
    let toml = all
        .iter()
        .filter(|(path, _)| {
            path.extension().is_some_and(|e| e == "toml") && !path.starts_with(crate::TEXTS)
        })
        .map(|(path, bytes)| InputFile {
            path: path.clone(),
            bytes: bytes.to_vec(),
        })
        .collect();
    let read_text = |relative: &str| {
        all.iter()
            .find(|(p, _)| p.to_str() == Some(relative))
            .map(|(_, b)| b.to_vec())
    };
    load_files(toml, &read_text)
}
