//! The paper split into paragraphs, aligned with the model's own English and
//! Russian translations (`texts/paper.paragraphs.toml`). The explorer reads
//! the paper beside its model with it; a model without the file has no
//! aligned paper, and a malformed file is an error naming its line and column.

use std::path::Path;

use serde::Deserialize;

/// Where a model folder keeps its paragraph alignment.
pub const PARAGRAPHS: &str = "texts/paper.paragraphs.toml";

/// One paragraph of the paper: its 1-based line range in the paper's text,
/// what it is (title, abstract, heading, body, quotation…), the language it
/// is written in, and its translations (none into its own language).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub id: String,
    pub first_line: usize,
    pub last_line: usize,
    pub kind: String,
    pub lang: String,
    pub en: Option<String>,
    pub ru: Option<String>,
    /// A translator's note on a garbled or contradictory place.
    pub note: Option<String>,
}

/// A paragraph file that cannot be read.
#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}:{column}: {message}")]
pub struct ParagraphsError {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    paragraph: Vec<RawParagraph>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParagraph {
    id: String,
    lines: [usize; 2],
    kind: String,
    lang: String,
    en: Option<String>,
    ru: Option<String>,
    note: Option<String>,
}

/// Reads the paragraphs of `text`, the file at `path` (named in errors).
/// A range that runs backwards or starts at line 0 is an error too.
pub fn parse_paragraphs(path: &str, text: &str) -> Result<Vec<Paragraph>, ParagraphsError> {
    let error_at = |offset: usize, message: String| {
        // an offset inside a character (never given by the parser) counts from its start
        let offset = (0..=offset.min(text.len()))
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        ParagraphsError {
            path: path.to_owned(),
            line,
            column,
            message,
        }
    };
    let raw: RawFile = toml::from_str(text).map_err(|error| {
        let offset = error.span().map_or(0, |span| span.start);
        error_at(offset, error.message().to_owned())
    })?;
    raw.paragraph
        .into_iter()
        .map(|p| {
            let [first_line, last_line] = p.lines;
            if first_line == 0 || last_line < first_line {
                let offset = text.find(&format!("\"{}\"", p.id)).unwrap_or(0);
                return Err(error_at(
                    offset,
                    format!("paragraph {}: lines {first_line}–{last_line} is not a range of 1-based lines", p.id),
                ));
            }
            Ok(Paragraph {
                id: p.id,
                first_line,
                last_line,
                kind: p.kind,
                lang: p.lang,
                en: p.en,
                ru: p.ru,
                note: p.note,
            })
        })
        .collect()
}

/// The paragraphs of the model folder at `root`; `Ok(None)` when it has none.
pub fn load_paragraphs(root: &Path) -> Result<Option<Vec<Paragraph>>, ParagraphsError> {
    let path = root.join(PARAGRAPHS);
    let shown = path.display().to_string();
    match std::fs::read_to_string(&path) {
        Ok(text) => parse_paragraphs(&shown, &text).map(Some),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(ParagraphsError {
            path: shown,
            line: 0,
            column: 0,
            message: error.to_string(),
        }),
    }
}

/// The paragraphs of the embedded model.
pub fn embedded_paragraphs() -> Vec<Paragraph> {
    let text = crate::embedded::embedded_file(PARAGRAPHS)
        .and_then(|bytes| std::str::from_utf8(bytes).ok())
        .unwrap_or_default();
    // the embedded file is checked by a test below, so it always parses
    parse_paragraphs(PARAGRAPHS, text).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_paper_has_its_44_paragraphs() {
        // texts/README.md: "The paper split into 44 paragraphs"
        let text = crate::embedded::embedded_file(PARAGRAPHS).unwrap();
        let paragraphs = parse_paragraphs(PARAGRAPHS, std::str::from_utf8(text).unwrap()).unwrap();
        assert_eq!(paragraphs.len(), 44);
        assert_eq!(paragraphs, embedded_paragraphs());
        assert_eq!(paragraphs[0].id, "p001");
        assert_eq!((paragraphs[0].first_line, paragraphs[0].last_line), (1, 3));
        assert!(
            paragraphs
                .windows(2)
                .all(|w| w[0].last_line < w[1].first_line)
        );
    }

    #[test]
    fn a_malformed_file_is_named_with_its_line_and_column() {
        let text = "[[paragraph]]\nid = \"p1\"\nlines = [1, 2]\nkind = \"body\"\nlang = \"kk\"\ncolour = 1\n";
        let error = parse_paragraphs("x.toml", text).unwrap_err();
        assert_eq!((error.line, error.column), (6, 1), "{error}");
        assert!(error.to_string().starts_with("x.toml:6:1: "), "{error}");
        let backwards =
            "[[paragraph]]\nid = \"p1\"\nlines = [3, 2]\nkind = \"body\"\nlang = \"kk\"\n";
        let error = parse_paragraphs("x.toml", backwards).unwrap_err();
        assert_eq!(error.line, 2, "{error}");
    }
}
