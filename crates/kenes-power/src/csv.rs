//! The CSV of counts read by `kenes apportion`: one `name,count` row per
//! party or constituency, where the count is votes or population.
//!
//! Rules: an optional header (`name,votes`, `name,population`, any row whose
//! second field is not a number); blank lines and lines starting with `#` are
//! skipped; a name may be double-quoted (`"Fergana, oblast"`, with `""` for a
//! quote); counts are non-negative integers (spaces around them allowed);
//! names must be unique.

use crate::ParseError;

/// One row: a name and its votes or population.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountRow {
    /// Party or constituency name, as written.
    pub name: String,
    /// Votes or population.
    pub count: u64,
}

/// A field and the 1-based character column where it starts.
struct Field {
    text: String,
    column: usize,
}

/// Parses the whole text; the first problem found is returned.
pub fn parse_counts(text: &str) -> Result<Vec<CountRow>, ParseError> {
    let mut rows: Vec<CountRow> = Vec::new();
    let mut seen_data_or_header = false;
    for (index, raw) in text.split('\n').enumerate() {
        let line_no = index + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let fields = split_fields(line, line_no)?;
        let is_first = !seen_data_or_header;
        seen_data_or_header = true;
        if is_first && is_header(&fields) {
            continue;
        }
        let row = parse_row(&fields, line_no, line)?;
        if rows.iter().any(|r| r.name == row.name) {
            return Err(ParseError::new(
                line_no,
                1,
                format!("duplicate name {:?}", row.name),
            ));
        }
        rows.push(row);
    }
    if rows.is_empty() {
        return Err(ParseError::new(1, 1, "no rows of name,count"));
    }
    Ok(rows)
}

fn is_header(fields: &[Field]) -> bool {
    fields.len() == 2 && parse_count(&fields[1].text).is_none()
}

fn parse_count(text: &str) -> Option<u64> {
    let text = text.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn parse_row(fields: &[Field], line_no: usize, line: &str) -> Result<CountRow, ParseError> {
    if fields.len() != 2 {
        let column = fields.get(2).map_or(line.chars().count() + 1, |f| f.column);
        return Err(ParseError::new(
            line_no,
            column,
            format!("expected 2 fields (name,count), found {}", fields.len()),
        ));
    }
    let name = fields[0].text.trim().to_string();
    if name.is_empty() {
        return Err(ParseError::new(line_no, fields[0].column, "empty name"));
    }
    let count_field = &fields[1];
    let count = parse_count(&count_field.text).ok_or_else(|| {
        ParseError::new(
            line_no,
            count_field.column,
            format!(
                "count {:?} is not a non-negative integer below 2^64",
                count_field.text.trim()
            ),
        )
    })?;
    Ok(CountRow { name, count })
}

/// Splits a line on commas, honouring double-quoted fields.
fn split_fields(line: &str, line_no: usize) -> Result<Vec<Field>, ParseError> {
    let chars: Vec<char> = line.chars().collect();
    let mut fields = Vec::new();
    let mut position = 0;
    loop {
        let (field, next) = read_field(&chars, position, line_no)?;
        fields.push(field);
        match next {
            Some(after_comma) => position = after_comma,
            None => return Ok(fields),
        }
    }
}

/// Reads one field from `start`; returns it and the index after the comma
/// that ends it, if any.
fn read_field(
    chars: &[char],
    start: usize,
    line_no: usize,
) -> Result<(Field, Option<usize>), ParseError> {
    let mut at = start;
    while chars.get(at).is_some_and(|c| *c == ' ' || *c == '\t') {
        at += 1;
    }
    if chars.get(at) != Some(&'"') {
        let end = chars[start..]
            .iter()
            .position(|&c| c == ',')
            .map(|p| start + p);
        let stop = end.unwrap_or(chars.len());
        let text: String = chars[start..stop].iter().collect();
        let field = Field {
            text,
            column: start + 1,
        };
        return Ok((field, end.map(|e| e + 1)));
    }
    read_quoted(chars, at, line_no)
}

fn read_quoted(
    chars: &[char],
    open: usize,
    line_no: usize,
) -> Result<(Field, Option<usize>), ParseError> {
    let mut text = String::new();
    let mut at = open + 1;
    loop {
        match (chars.get(at), chars.get(at + 1)) {
            (None, _) => {
                return Err(ParseError::new(
                    line_no,
                    open + 1,
                    "unterminated quoted field",
                ));
            }
            (Some('"'), Some('"')) => {
                text.push('"');
                at += 2;
            }
            (Some('"'), _) => break,
            (Some(c), _) => {
                text.push(*c);
                at += 1;
            }
        }
    }
    at += 1;
    while chars.get(at).is_some_and(|c| *c == ' ' || *c == '\t') {
        at += 1;
    }
    let field = Field {
        text,
        column: open + 1,
    };
    match chars.get(at) {
        None => Ok((field, None)),
        Some(',') => Ok((field, Some(at + 1))),
        Some(_) => Err(ParseError::new(
            line_no,
            at + 1,
            "unexpected text after a quoted field",
        )),
    }
}
