//! The report of a small model folder, as Markdown and as plain text,
//! snapshotted; and the embedded Turkestan model reported and walked day by
//! day without a panic.

use std::path::Path;

use kenes_analysis::report::{markdown, plain};
use kenes_analysis::state::state_at;

fn small() -> kenes_dataset::Loaded {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/small");
    kenes_dataset::load_dir(&folder).expect("the fixture loads")
}

#[test]
fn the_small_model_reads_as_markdown() {
    let loaded = small();
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    insta::assert_snapshot!(
        "small_markdown",
        markdown(&loaded.model, &loaded.diagnostics)
    );
}

#[test]
fn the_small_model_reads_as_plain_text() {
    let loaded = small();
    let text = plain(&loaded.model, &loaded.diagnostics);
    assert!(!text.contains('|') && !text.contains("# "));
    insta::assert_snapshot!("small_plain", text);
}

#[test]
fn the_embedded_model_reports_and_runs_through_every_day() {
    let loaded = kenes_dataset::load_embedded();
    let text = markdown(&loaded.model, &loaded.diagnostics);
    assert!(text.starts_with("# "));
    let Some(period) = loaded.model.meta().period.clone() else {
        return;
    };
    let (Some(first), Some(last)) = (period.earliest(), period.latest()) else {
        return;
    };
    for offset in -3..=(last.jdn() - first.jdn() + 3) {
        state_at(&loaded.model, first.plus(offset));
    }
}

mod common;

#[test]
fn a_built_model_with_a_reading_and_findings_reads_as_markdown() {
    use kenes_model::{Diagnostic, Location, Severity};
    let model = common::turkestan_like();
    let entity = |id: &str| Location::entity(kenes_model::Id::new(id).unwrap(), None);
    let diagnostics = [
        Diagnostic::new(
            "K105",
            Severity::Warning,
            "seats 7 + 1 = 8 of 9",
            entity("comp.rec.a"),
        ),
        Diagnostic::new(
            "K107",
            Severity::Note,
            "two sources disagree",
            entity("comp.rec.b"),
        ),
        Diagnostic::new(
            "K105",
            Severity::Warning,
            "seats do not add up",
            entity("comp.rec.b"),
        ),
    ];
    insta::assert_snapshot!("built_markdown", markdown(&model, &diagnostics));
}
