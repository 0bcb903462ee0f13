//! The embedded model loads cleanly: every file parses, every key is known,
//! every value has its form, and every text its sources name is embedded.
//! (What the checker finds in the paper itself is for kenes-check to say.)

use kenes_dataset::{load_dir, load_embedded, render_location};

#[test]
fn the_embedded_model_loads_without_load_findings() {
    let loaded = load_embedded();
    let problems: Vec<String> = loaded
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{} {} {}",
                d.location()
                    .span
                    .map(|s| render_location(&loaded.model, s))
                    .unwrap_or_default(),
                d.code(),
                d.message()
            )
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(loaded.model.meta().id, "turkestan-1917");
    assert!(
        loaded.model.text("texts/paper.kk.txt").is_some(),
        "the paper's text is embedded"
    );
}

#[test]
fn the_embedded_model_is_the_folder_on_disk() {
    let folder =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../datasets/turkestan-1917");
    let from_disk = load_dir(&folder).expect("the dataset folder loads");
    let embedded = load_embedded();
    assert_eq!(
        from_disk.model.entity_count(),
        embedded.model.entity_count()
    );
    assert_eq!(from_disk.diagnostics.len(), embedded.diagnostics.len());
}
