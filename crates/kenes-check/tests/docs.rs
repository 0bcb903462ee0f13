//! `docs/checks.md` documents every rule: a section headed with its code and
//! name, so that a code printed by `kenes check` can be looked up.

use std::path::Path;

use kenes_check::rules;

#[test]
fn every_rule_has_a_section_in_the_checks_doc() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/checks.md");
    let doc = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    let missing: Vec<String> = rules()
        .iter()
        .map(|rule| format!("## {} {}", rule.code, rule.name))
        .filter(|heading| !doc.lines().any(|line| line.trim_end() == heading))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/checks.md lacks the sections {missing:#?}"
    );
}

#[test]
fn rules_have_distinct_codes_and_kebab_case_names() {
    let mut codes: Vec<&str> = rules().iter().map(|r| r.code).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), rules().len(), "two rules share a code");
    for rule in rules() {
        let kebab = rule
            .name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-');
        assert!(kebab, "{} is not kebab-case", rule.name);
        let module = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src/rules")
            .join(rule.name.replace('-', "_"));
        let exists = module.with_extension("rs").is_file() || module.join("mod.rs").is_file();
        assert!(exists, "{} has no module named after it", rule.name);
    }
}
