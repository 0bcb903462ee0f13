//! `kenes check [DIR]`: loads a model, runs every rule of the checker and
//! reports the findings. Exit status 0 when nothing is at error level, 1 when
//! something is, 2 when the model could not be loaded at all.

use std::io::Write;
use std::process::ExitCode;

use kenes_model::{Diagnostic, Model};
use rayon::prelude::*;
use serde::Serialize;

use crate::load::ModelArgs;
use crate::render::{self, JsonFinding, Summary};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub model: ModelArgs,
    /// Print the findings as JSON.
    #[arg(long)]
    pub json: bool,
    /// Leave out findings below this severity: note, warning or error.
    #[arg(long, value_name = "SEVERITY", default_value = "note", value_parser = ["note", "warning", "error"])]
    pub min_severity: String,
}

#[derive(Serialize)]
struct JsonReport {
    model: String,
    summary: Summary,
    findings: Vec<JsonFinding>,
}

/// Loading findings and rule findings together, in a stable order.
pub fn all_findings(loaded_diagnostics: Vec<Diagnostic>, model: &Model) -> Vec<Diagnostic> {
    let mut findings = loaded_diagnostics;
    findings.extend(kenes_check::check(model));
    // A stable sort on a borrowed key: a million findings must not allocate
    // their message on every comparison.
    findings.sort_by(|a, b| sort_key(a).cmp(&sort_key(b)));
    let _ = model;
    findings
}

fn sort_key(diagnostic: &Diagnostic) -> (usize, usize, &'static str, &str) {
    let span = diagnostic.location().span;
    let file = span.map_or(usize::MAX, |s| s.file().index());
    let offset = span.map_or(0, |s| s.range().start);
    (file, offset, diagnostic.code(), diagnostic.message())
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let timings = Timings::from_env();
    let loaded = args.model.load()?;
    timings.lap("load");
    let model = &loaded.model;
    let findings = all_findings(loaded.diagnostics, model);
    timings.lap("check");
    let summary = Summary::of(&findings);
    let floor = match args.min_severity.as_str() {
        "error" => kenes_model::Severity::Error,
        "warning" => kenes_model::Severity::Warning,
        _ => kenes_model::Severity::Note,
    };
    let shown: Vec<&Diagnostic> = findings.iter().filter(|d| d.severity() >= floor).collect();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        let report = JsonReport {
            model: args.model.name(),
            summary,
            // each finding's lines and columns, over the cores
            findings: shown
                .par_iter()
                .map(|d| render::json_finding(model, d))
                .collect(),
        };
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        for finding in &shown {
            writeln!(out, "{}", render::human(model, finding))?;
        }
        writeln!(out, "{}: {}", args.model.name(), summary.line())?;
    }
    out.flush()?;
    drop(out);
    timings.lap("render");
    // The process ends here: freeing a model of millions of entities one by
    // one would only add to the run time.
    std::mem::forget(findings);
    std::mem::forget(loaded.model);
    Ok(if summary.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// With `KENES_TIMINGS` set, the time each phase took, on standard error
/// (for the scale benchmark, docs/benchmarks.md).
struct Timings(Option<std::cell::Cell<std::time::Instant>>);

impl Timings {
    fn from_env() -> Timings {
        Timings(
            std::env::var_os("KENES_TIMINGS")
                .map(|_| std::cell::Cell::new(std::time::Instant::now())),
        )
    }

    fn lap(&self, phase: &str) {
        if let Some(started) = &self.0 {
            let now = std::time::Instant::now();
            eprintln!("{phase}: {:.3} s", (now - started.get()).as_secs_f64());
            started.set(now);
        }
    }
}
