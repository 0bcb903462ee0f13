//! Times the loader alone on a model folder (no checker), for the scale
//! benchmark (bench/scale/run.sh): reading the files, parsing and converting
//! them, building the model, and the peak memory of the process so far.
//!
//! ```text
//! cargo run --release -p kenes-dataset --example load_bench -- DIR
//! ```
//!
//! Prints one line of `key=value` pairs: `claims entities files findings
//! load_s peak_mib`.

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: load_bench DIR");
        std::process::exit(2);
    };
    let started = Instant::now();
    let loaded = match kenes_dataset::load_dir(&dir) {
        Ok(loaded) => loaded,
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(2);
        }
    };
    let seconds = started.elapsed().as_secs_f64();
    let model = &loaded.model;
    println!(
        "claims={} entities={} files={} findings={} load_s={seconds:.3} peak_mib={}",
        model.claims().len(),
        model.entity_count(),
        model.files().len(),
        loaded.diagnostics.len(),
        peak_mib().map_or_else(|| "?".to_owned(), |mib| format!("{mib:.0}")),
    );
    for diagnostic in loaded.diagnostics.iter().take(5) {
        eprintln!("{}: {}", diagnostic.code(), diagnostic.message());
    }
}

/// The process's peak resident set (`VmHWM` in /proc/self/status), in MiB.
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}
