//! Times each phase of `kenes check` on a model folder, for the scale
//! benchmark (docs/benchmarks.md): loading, each rule run alone on one
//! thread, then every rule together as `kenes check` runs them.
//!
//! `cargo run --release -p kenes-check --example rule_times -- DIR [CODE]`
//! (with a rule's code, only that rule)

use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: rule_times MODEL-FOLDER");
        std::process::exit(2);
    };
    let started = Instant::now();
    let loaded = match kenes_dataset::load_dir(std::path::Path::new(&path)) {
        Ok(loaded) => loaded,
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(2);
        }
    };
    println!("load            {:7.3} s", started.elapsed().as_secs_f64());
    let model = &loaded.model;
    let only = std::env::args().nth(2);
    for rule in kenes_check::rules() {
        if only.as_deref().is_some_and(|code| code != rule.code) {
            continue;
        }
        let started = Instant::now();
        let findings = kenes_check::run_rule(rule, model);
        println!(
            "{} {:<28} {:7.3} s  {} findings",
            rule.code,
            rule.name,
            started.elapsed().as_secs_f64(),
            findings.len()
        );
    }
    if only.is_some() {
        return;
    }
    let started = Instant::now();
    let findings = kenes_check::check(model);
    println!(
        "check (all rules, in parallel) {:7.3} s  {} findings",
        started.elapsed().as_secs_f64(),
        findings.len()
    );
}
