//! What each code of a finding means: the checker's own catalogue of rules
//! (`kenes_check::rules()`: code, name, one-line summary), with the longer
//! explanation of each rule — what it finds and why it matters — read from
//! `docs/checks.md`, which gathers the rules' documentation for readers of a
//! model. The loader's codes (`K0xx`) are described here from the model's
//! list of codes. The explanations exist in English only and are shown so.

use std::sync::LazyLock;

use kenes_model::diagnostic::code;

/// The checker's documentation for readers, embedded when the explorer is built.
const CHECKS_MD: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/checks.md"));

/// A piece of an explanation: a paragraph, or a list of items.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    List(Vec<String>),
}

/// One code, explained.
#[derive(Clone, Debug)]
pub struct RuleDoc {
    pub code: &'static str,
    pub name: &'static str,
    /// One line on what it finds.
    pub summary: &'static str,
    /// The severities its findings take, as the documentation words them.
    pub severity: Option<String>,
    /// What it finds, at length.
    pub finds: Vec<Block>,
    /// Why it matters.
    pub why: Option<String>,
}

/// The loader's codes, described as `kenes_model::diagnostic::code` does.
const LOADER_CODES: [(&str, &str, &str); 4] = [
    (
        code::UNPARSEABLE_FILE,
        "unparseable-file",
        "a file cannot be read or is not valid TOML of the model's schema",
    ),
    (
        code::UNKNOWN_KEY,
        "unknown-key",
        "a key that the format does not know",
    ),
    (
        code::INVALID_VALUE,
        "invalid-value",
        "a value of the wrong form: a bad id, an unknown kind, a bad language tag",
    ),
    (
        code::MISSING_TEXT,
        "missing-text",
        "a source names a text file that is not in the model",
    ),
];

/// What the loader's findings have in common, for the `K0xx` codes.
const LOADER_WHY: &str = "Found while the model's files are read, before any rule runs: \
    whatever cannot be read is left out of the model, so every view derived from it \
    lacks it until the file is mended.";

static CATALOGUE: LazyLock<Vec<RuleDoc>> = LazyLock::new(build);

/// Every code explained, in code order.
pub fn catalogue() -> &'static [RuleDoc] {
    &CATALOGUE
}

/// The explanation of `code`, if it is one of the known codes.
pub fn rule_doc(code: &str) -> Option<&'static RuleDoc> {
    catalogue().iter().find(|doc| doc.code == code)
}

fn build() -> Vec<RuleDoc> {
    let sections = sections(CHECKS_MD);
    let loader = LOADER_CODES.iter().map(|&(code, name, summary)| RuleDoc {
        code,
        name,
        summary,
        severity: Some("error.".to_owned()),
        finds: Vec::new(),
        why: Some(LOADER_WHY.to_owned()),
    });
    let rules = kenes_check::rules().iter().map(|rule| {
        let section = sections.iter().find(|(code, _)| *code == rule.code);
        let mut doc = RuleDoc {
            code: rule.code,
            name: rule.name,
            summary: rule.summary,
            severity: None,
            finds: Vec::new(),
            why: None,
        };
        if let Some((_, body)) = section {
            fill(&mut doc, body);
        }
        doc
    });
    let mut docs: Vec<RuleDoc> = loader.chain(rules).collect();
    docs.sort_by_key(|doc| doc.code);
    docs
}

/// The `## K101 name` sections of the document: code, then the text under the heading.
fn sections(markdown: &str) -> Vec<(&str, &str)> {
    markdown
        .split("\n## ")
        .skip(1)
        .filter_map(|section| {
            let (heading, body) = section.split_once('\n')?;
            let code = heading.split_whitespace().next()?;
            Some((code, body))
        })
        .collect()
}

/// Reads a rule's section: its severity, what it finds (up to "Why it
/// matters"), and why it matters; the example after that is left out.
fn fill(doc: &mut RuleDoc, body: &str) {
    let mut in_finds = false;
    for block in blocks(body) {
        let Block::Paragraph(text) = &block else {
            if in_finds {
                doc.finds.push(block);
            }
            continue;
        };
        if let Some(rest) = text.strip_prefix("**Severity:**") {
            doc.severity = Some(rest.trim().to_owned());
        } else if let Some(rest) = text.strip_prefix("**Finds**") {
            in_finds = true;
            doc.finds.push(Block::Paragraph(rest.trim().to_owned()));
        } else if let Some(rest) = text.strip_prefix("**Why it matters:**") {
            in_finds = false;
            doc.why = Some(rest.trim().to_owned());
        } else if text.starts_with("**Example") {
            break;
        } else if in_finds {
            doc.finds.push(block);
        }
    }
}

/// The blocks of a Markdown text: paragraphs and `- ` lists, separated by
/// blank lines; fenced code is skipped.
fn blocks(body: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    let mut fenced = false;
    for line in body.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        if line.trim().is_empty() {
            blocks.extend(block_of(&lines));
            lines.clear();
        } else {
            lines.push(line);
        }
    }
    blocks.extend(block_of(&lines));
    blocks
}

fn block_of(lines: &[&str]) -> Option<Block> {
    let first = lines.first()?;
    if !first.starts_with("- ") {
        return Some(Block::Paragraph(join(lines.iter().copied())));
    }
    // an item runs on over its indented lines
    let mut items: Vec<Vec<&str>> = Vec::new();
    for line in lines {
        match line.strip_prefix("- ") {
            Some(start) => items.push(vec![start]),
            None => items.last_mut()?.push(line),
        }
    }
    Some(Block::List(
        items
            .into_iter()
            .map(|item| join(item.into_iter()))
            .collect(),
    ))
}

fn join<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    lines.map(str::trim).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_of_the_checker_is_explained_at_length() {
        for rule in kenes_check::rules() {
            let doc = rule_doc(rule.code).expect(rule.code);
            assert_eq!(doc.name, rule.name);
            assert!(doc.severity.is_some(), "{}: severity", rule.code);
            assert!(!doc.finds.is_empty(), "{}: what it finds", rule.code);
            assert!(doc.why.is_some(), "{}: why it matters", rule.code);
        }
    }

    #[test]
    fn lists_and_paragraphs_are_told_apart_and_examples_left_out() {
        // docs/checks.md, K107: a paragraph, a list of three, a paragraph
        let doc = rule_doc("K107").unwrap();
        assert!(matches!(&doc.finds[0], Block::Paragraph(p) if p.starts_with("two sources")));
        assert!(matches!(&doc.finds[1], Block::List(items) if items.len() == 3));
        assert!(matches!(&doc.finds[2], Block::Paragraph(p) if p.starts_with("Each finding")));
        assert_eq!(doc.finds.len(), 3);
        let why = doc.why.as_deref().unwrap();
        assert!(why.starts_with("kenes keeps conflicting claims"), "{why}");
        assert!(!why.contains("[[composition]]"));
    }

    #[test]
    fn the_loader_codes_come_first() {
        let codes: Vec<&str> = catalogue().iter().map(|doc| doc.code).collect();
        assert_eq!(&codes[..5], ["K001", "K002", "K003", "K004", "K101"]);
    }
}
