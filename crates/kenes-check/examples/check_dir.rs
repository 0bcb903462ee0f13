//! Checks a model folder and prints the findings, one a line with their
//! notes: a quick look at a model while the CLI is being written.
//!
//! `cargo run -p kenes-check --example check_dir -- datasets/turkestan-1917`

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: check_dir MODEL-FOLDER");
        std::process::exit(2);
    };
    let loaded = match kenes_dataset::load_dir(std::path::Path::new(&path)) {
        Ok(loaded) => loaded,
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(2);
        }
    };
    let findings = kenes_check::check(&loaded.model);
    for finding in loaded.diagnostics.iter().chain(&findings) {
        let at = finding
            .location()
            .span
            .map(|span| kenes_dataset::render_location(&loaded.model, span))
            .unwrap_or_default();
        let entity = finding
            .location()
            .entity
            .as_ref()
            .map_or("", |e| e.as_str());
        println!(
            "{at} {} {} [{entity}] {}",
            finding.code(),
            finding.severity().as_str(),
            finding.message()
        );
        for note in finding.notes() {
            println!("    note: {note}");
        }
    }
}
