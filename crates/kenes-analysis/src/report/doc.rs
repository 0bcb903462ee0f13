//! A report as a list of blocks (headings, paragraphs, lists, tables), and
//! its two renderings: Markdown, and plain text with wrapped paragraphs and
//! aligned columns for the terminal. Both renderings read the same blocks,
//! so the two forms never say different things.

/// The width plain text wraps paragraphs and list items to.
const PLAIN_WIDTH: usize = 78;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Block {
    /// A heading of level 1–3.
    Heading(u8, String),
    Paragraph(String),
    List(Vec<String>),
    /// A numbered list.
    Numbered(Vec<String>),
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

pub(crate) fn to_markdown(blocks: &[Block]) -> String {
    let parts: Vec<String> = blocks.iter().map(markdown_block).collect();
    let mut text = parts.join("\n\n");
    text.push('\n');
    text
}

fn markdown_block(block: &Block) -> String {
    match block {
        Block::Heading(level, text) => format!("{} {text}", "#".repeat(usize::from(*level))),
        Block::Paragraph(text) => text.clone(),
        Block::List(items) => items
            .iter()
            .map(|item| format!("- {item}"))
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Numbered(items) => numbered(items).join("\n"),
        Block::Table { header, rows } => markdown_table(header, rows),
    }
}

fn markdown_table(header: &[String], rows: &[Vec<String>]) -> String {
    let line = |cells: &[String]| {
        let escaped: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|")).collect();
        format!("| {} |", escaped.join(" | "))
    };
    let rule = vec!["---".to_string(); header.len()];
    let mut lines = vec![line(header), line(&rule)];
    lines.extend(rows.iter().map(|row| line(row)));
    lines.join("\n")
}

pub(crate) fn to_plain(blocks: &[Block]) -> String {
    let parts: Vec<String> = blocks.iter().map(plain_block).collect();
    let mut text = parts.join("\n\n");
    text.push('\n');
    text
}

fn plain_block(block: &Block) -> String {
    match block {
        Block::Heading(level, text) => underline(*level, text),
        Block::Paragraph(text) => wrap(text, "", ""),
        Block::List(items) => items
            .iter()
            .map(|item| wrap(item, "- ", "  "))
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Numbered(items) => numbered(items)
            .iter()
            .map(|item| wrap(item, "", "   "))
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Table { header, rows } => aligned_table(header, rows),
    }
}

fn numbered(items: &[String]) -> Vec<String> {
    let numbered = items.iter().enumerate();
    numbered
        .map(|(n, item)| format!("{}. {item}", n + 1))
        .collect()
}

fn underline(level: u8, text: &str) -> String {
    let mark = match level {
        1 => '=',
        2 => '-',
        _ => return text.to_string(),
    };
    format!("{text}\n{}", mark.to_string().repeat(width(text)))
}

fn width(text: &str) -> usize {
    text.chars().count()
}

/// Wraps `text` at word boundaries; `first` starts the first line, `rest` the others.
fn wrap(text: &str, first: &str, rest: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = first.to_string();
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && width(&line) + 1 + width(word) > PLAIN_WIDTH {
            lines.push(std::mem::replace(&mut line, rest.to_string()));
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    lines.push(line);
    lines.join("\n")
}

fn aligned_table(header: &[String], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for row in rows {
        for (column, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(column) {
                *w = (*w).max(width(cell));
            }
        }
    }
    let line = |cells: &[String]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell}{}", " ".repeat(w.saturating_sub(width(cell)))))
            .collect();
        padded.join("  ").trim_end().to_string()
    };
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    let mut lines = vec![line(header), line(&rule)];
    lines.extend(rows.iter().map(|row| line(row)));
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_tables_align_columns_and_markdown_escapes_pipes() {
        let table = Block::Table {
            header: vec!["a".into(), "bb".into()],
            rows: vec![vec!["ccc|".into(), "d".into()]],
        };
        assert_eq!(
            to_plain(std::slice::from_ref(&table)),
            "a     bb\n----  --\nccc|  d\n"
        );
        assert_eq!(
            to_markdown(&[table]),
            "| a | bb |\n| --- | --- |\n| ccc\\| | d |\n"
        );
    }

    #[test]
    fn plain_paragraphs_wrap_at_words() {
        let text = "word ".repeat(30);
        let wrapped = to_plain(&[Block::Paragraph(text)]);
        assert!(
            wrapped
                .lines()
                .all(|line| line.chars().count() <= PLAIN_WIDTH)
        );
        assert_eq!(wrapped.split_whitespace().count(), 30);
    }
}
