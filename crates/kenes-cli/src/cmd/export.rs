//! `kenes export --format json [DIR]`: the whole resolved model as one JSON
//! document (schema: docs/export.md and docs/export.schema.json).

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cmd::check::all_findings;
use crate::export::{export, schema_json};
use crate::load::ModelArgs;
use crate::output::write_atomically;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub model: ModelArgs,
    /// Export format (json is the one there is).
    #[arg(long, default_value = "json", value_parser = ["json"])]
    pub format: String,
    /// Write to this file (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print the JSON Schema of the export instead of a model.
    #[arg(long)]
    pub schema: bool,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let text = if args.schema {
        schema_json()
    } else {
        let loaded = args.model.load()?;
        let findings = all_findings(loaded.diagnostics, &loaded.model);
        serde_json::to_string_pretty(&export(&loaded.model, &findings))? + "\n"
    };
    match &args.output {
        Some(path) => write_atomically(path, text.as_bytes())?,
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}
