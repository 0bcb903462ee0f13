//! Which model a command works on: the folder named on the command line, or
//! the embedded Turkestan 1917 model when none is named.

use std::path::PathBuf;

use anyhow::Context;
use kenes_dataset::{EMBEDDED_NAME, Loaded, load_dir, load_embedded};

/// The model argument shared by the commands that read a model.
#[derive(Debug, Clone, clap::Args)]
pub struct ModelArgs {
    /// Model folder (with a kenes.toml); the embedded Turkestan 1917 model when omitted.
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

impl ModelArgs {
    /// A name for the model in messages: its folder, or the embedded model's name.
    pub fn name(&self) -> String {
        self.dir
            .as_ref()
            .map_or_else(|| EMBEDDED_NAME.to_owned(), |d| d.display().to_string())
    }

    pub fn load(&self) -> anyhow::Result<Loaded> {
        match &self.dir {
            Some(dir) => {
                load_dir(dir).with_context(|| format!("cannot load the model in {}", dir.display()))
            }
            None => Ok(load_embedded()),
        }
    }
}
