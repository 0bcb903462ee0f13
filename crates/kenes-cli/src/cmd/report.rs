//! `kenes report [DIR]`: a readable account of the whole model — period and
//! calendar, bodies and compositions, proposals, timeline, stances and the
//! checker's findings — for the terminal, or as Markdown.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cmd::check::all_findings;
use crate::load::ModelArgs;
use crate::output::write_atomically;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub model: ModelArgs,
    /// Output format: text (for the terminal) or markdown.
    #[arg(long, default_value = "text", value_parser = ["text", "markdown"])]
    pub format: String,
    /// Write to this file (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let loaded = args.model.load()?;
    let findings = all_findings(loaded.diagnostics, &loaded.model);
    let text = match args.format.as_str() {
        "markdown" => kenes_analysis::report::markdown(&loaded.model, &findings),
        _ => kenes_analysis::report::plain(&loaded.model, &findings),
    };
    match &args.output {
        Some(path) => write_atomically(path, text.as_bytes())?,
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}
