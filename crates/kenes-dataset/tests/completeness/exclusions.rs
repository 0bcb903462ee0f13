//! The exclusion list (`completeness.tsv` beside the model): items of the
//! paper that are not facts of the modelled system, one a line,
//! `kind<TAB>text as printed<TAB>line<TAB>category<TAB>reason`. Lines that
//! are empty or start with `#` are comments. Every entry must name an item
//! the scanner finds on that line and the model does not account for; an
//! entry that matches nothing, or whose item the model now accounts for, is
//! stale and fails the test.

use super::scan::Kind;

/// Why an item is not a fact of the system.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// The page or sheet of a citation the model does not record as written.
    PageNumber,
    /// The year of a citation the model does not record as written.
    CitationYear,
    /// Another part of such a citation (issue number, author).
    CitationLocator,
    /// A word of a title: the paper's own, a cited work's, a rubric's.
    TitlePart,
    /// Front matter (abstract, annotation, keywords) restating the body.
    Abstract,
    /// About historians and their works, not about the system.
    Historiography,
    /// Background outside the modelled system.
    GeneralContext,
    /// A short guillemet quote that is a phrase or term, not a name.
    QuotedPhrase,
    /// A numeral that states no quantity (list numbering, an ordinal).
    NotAQuantity,
}

impl Category {
    pub const ALL: [Category; 9] = [
        Category::PageNumber,
        Category::CitationYear,
        Category::CitationLocator,
        Category::TitlePart,
        Category::Abstract,
        Category::Historiography,
        Category::GeneralContext,
        Category::QuotedPhrase,
        Category::NotAQuantity,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Category::PageNumber => "page-number",
            Category::CitationYear => "citation-year",
            Category::CitationLocator => "citation-locator",
            Category::TitlePart => "title-part",
            Category::Abstract => "abstract",
            Category::Historiography => "historiography",
            Category::GeneralContext => "general-context",
            Category::QuotedPhrase => "quoted-phrase",
            Category::NotAQuantity => "not-a-quantity",
        }
    }
    pub fn parse(text: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// One entry of the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exclusion {
    /// 1-based line of the entry in the list file.
    pub at: usize,
    pub kind: Kind,
    pub text: String,
    pub line: usize,
    pub category: Category,
    pub reason: String,
}

/// Reads the list; malformed lines are returned as problems, not panics.
pub fn parse(list: &str) -> (Vec<Exclusion>, Vec<String>) {
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for (index, raw) in list.lines().enumerate() {
        let at = index + 1;
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        match parse_line(raw, at) {
            Ok(entry) => entries.push(entry),
            Err(problem) => problems.push(format!("completeness.tsv:{at}: {problem}")),
        }
    }
    (entries, problems)
}

fn parse_line(raw: &str, at: usize) -> Result<Exclusion, String> {
    let fields: Vec<&str> = raw.split('\t').collect();
    let [kind, text, line, category, reason] = fields.as_slice() else {
        return Err(format!(
            "expected 5 tab-separated fields, found {}",
            fields.len()
        ));
    };
    let kind = Kind::parse(kind).ok_or_else(|| format!("unknown kind {kind:?}"))?;
    let line = line
        .parse()
        .map_err(|_| format!("line {line:?} is not a number"))?;
    let category = Category::parse(category).ok_or_else(|| {
        let known: Vec<_> = Category::ALL.iter().map(|c| c.as_str()).collect();
        format!(
            "unknown category {category:?} (one of {})",
            known.join(", ")
        )
    })?;
    if reason.trim().len() < 10 {
        return Err("the reason must say why (10 characters at least)".into());
    }
    Ok(Exclusion {
        at,
        kind,
        text: (*text).to_owned(),
        line,
        category,
        reason: (*reason).to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_entries_and_reports_bad_lines() {
        let list = "# comment\n\nnumber\t63\t237\tpage-number\tpage of Абдуллаев's book\n\
                    year\t2000\t9\tnonsense\tsome reason here\nnumber\t1\tx\tpage-number\tlong enough reason\n\
                    date\t1 қараша\t3\tabstract\tshort\n";
        let (entries, problems) = parse(list);
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].category, Category::PageNumber);
        assert_eq!(entries[0].line, 237);
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].contains("unknown category"));
    }
}
