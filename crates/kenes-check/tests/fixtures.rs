//! Every rule fires on its `fires` fixture and stays silent on its `clean`
//! one (`tests/data/<rule-name>/{fires,clean}/`, model folders loaded as the
//! CLI loads them); and the findings of a few fixtures are pinned as snapshots.

use std::path::{Path, PathBuf};

use kenes_check::{Rule, check, rules, run_rule};
use kenes_model::{Diagnostic, Model, Severity};

fn fixture(rule: &str, kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(rule)
        .join(kind)
}

fn load(rule: &str, kind: &str) -> Model {
    let path = fixture(rule, kind);
    let loaded = kenes_dataset::load_dir(&path)
        .unwrap_or_else(|error| panic!("cannot load {}: {error}", path.display()));
    let errors: Vec<_> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity() == Severity::Error)
        .map(|d| format!("{} {}", d.code(), d.message()))
        .collect();
    assert!(
        errors.is_empty(),
        "{} does not load cleanly: {errors:#?}",
        path.display()
    );
    loaded.model
}

fn findings_of(rule: &Rule, model: &Model) -> Vec<Diagnostic> {
    run_rule(rule, model)
        .into_iter()
        .filter(|d| d.code() == rule.code)
        .collect()
}

#[test]
fn every_rule_fires_on_its_fixture() {
    for rule in rules() {
        let model = load(rule.name, "fires");
        let found = findings_of(rule, &model);
        assert!(
            !found.is_empty(),
            "{} {} found nothing in its `fires` fixture",
            rule.code,
            rule.name
        );
        let all = check(&model);
        assert!(
            all.iter().any(|d| d.code() == rule.code),
            "{} missing from check()",
            rule.code
        );
    }
}

#[test]
fn every_rule_is_silent_on_its_clean_fixture() {
    for rule in rules() {
        let model = load(rule.name, "clean");
        let found: Vec<String> = findings_of(rule, &model)
            .iter()
            .map(|d| d.message().to_owned())
            .collect();
        assert!(
            found.is_empty(),
            "{} {} fired on its `clean` fixture: {found:#?}",
            rule.code,
            rule.name
        );
    }
}

#[test]
fn every_rule_has_both_fixtures() {
    for rule in rules() {
        for kind in ["fires", "clean"] {
            assert!(
                fixture(rule.name, kind).join("kenes.toml").is_file(),
                "{} lacks {kind}",
                rule.name
            );
        }
    }
}

#[test]
fn findings_are_sorted_and_deterministic() {
    let model = load("sources-disagree", "fires");
    let first = check(&model);
    assert_eq!(first, check(&model));
    let keys: Vec<_> = first
        .iter()
        .map(|d| {
            d.location()
                .span
                .map(|s| (s.file().index(), s.range().start))
        })
        .collect();
    let spanned: Vec<_> = keys.iter().flatten().collect();
    assert!(spanned.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
}

/// The findings of one rule on its `fires` fixture, as plain data.
fn snapshot(rule_name: &str) -> serde_json::Value {
    let rule = rules()
        .iter()
        .find(|r| r.name == rule_name)
        .unwrap_or_else(|| panic!("no rule {rule_name}"));
    let model = load(rule_name, "fires");
    let findings: Vec<serde_json::Value> = findings_of(rule, &model)
        .iter()
        .map(|d| {
            serde_json::json!({
                "code": d.code(),
                "severity": d.severity().as_str(),
                "message": d.message(),
                "entity": d.location().entity.as_ref().map(|e| e.as_str()),
                "at": d.location().span.map(|s| at(&model, s)),
                "notes": d.notes(),
                "related": d.related().iter().map(|(l, label)| {
                    serde_json::json!({ "label": label, "at": l.span.map(|s| at(&model, s)) })
                }).collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::Value::Array(findings)
}

fn at(model: &Model, span: kenes_model::Span) -> String {
    let file = model.files().get(span.file());
    let position = file.line_column(span.range().start);
    format!(
        "{}:{}:{}",
        file.path().display(),
        position.line,
        position.column
    )
}

#[test]
fn snapshot_passage_not_found() {
    insta::assert_json_snapshot!(snapshot("passage-not-found"));
}

#[test]
fn snapshot_sources_disagree() {
    insta::assert_json_snapshot!(snapshot("sources-disagree"));
}

#[test]
fn snapshot_tally_disagrees_with_attendance() {
    insta::assert_json_snapshot!(snapshot("tally-disagrees-with-attendance"));
}

#[test]
fn snapshot_unresolved_reference() {
    insta::assert_json_snapshot!(snapshot("unresolved-reference"));
}

#[test]
fn snapshot_seats_do_not_add_up() {
    insta::assert_json_snapshot!(snapshot("seats-do-not-add-up"));
}

#[test]
fn snapshot_effect_before_body_exists() {
    insta::assert_json_snapshot!(snapshot("effect-before-body-exists"));
}

#[test]
fn snapshot_invalid_date() {
    insta::assert_json_snapshot!(snapshot("invalid-date"));
}

#[test]
fn snapshot_source_before_event() {
    insta::assert_json_snapshot!(snapshot("source-before-event"));
}

#[test]
fn an_empty_model_has_no_findings() {
    use kenes_model::date::{Calendar, CalendarBasis};
    let meta = kenes_model::ModelMeta {
        id: "empty".into(),
        title: kenes_model::Names::default(),
        version: "1".into(),
        description: None,
        period: None,
        calendar: kenes_model::CalendarInference::new(
            Calendar::Julian,
            CalendarBasis::Inferred,
            None,
        ),
        relaying_work: None,
        origin: kenes_model::Origin::default(),
    };
    let model = kenes_model::ModelBuilder::new(meta, kenes_model::Files::default()).build();
    assert!(check(&model).is_empty());
}

/// The loader's own fixture of broken files still loads a partial model; the
/// checker must run over whatever it holds without panicking.
#[test]
fn a_broken_model_is_checked_without_panicking() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../kenes-dataset/tests/data/broken");
    if let Ok(loaded) = kenes_dataset::load_dir(&path) {
        let findings = check(&loaded.model);
        assert_eq!(findings, check(&loaded.model));
    }
}

/// Every fixture of every rule, checked with all rules: nothing panics, and
/// the findings do not depend on the run.
#[test]
fn all_rules_run_on_every_fixture() {
    for rule in rules() {
        for kind in ["fires", "clean"] {
            let model = load(rule.name, kind);
            assert_eq!(check(&model), check(&model), "{} {kind}", rule.name);
        }
    }
}
