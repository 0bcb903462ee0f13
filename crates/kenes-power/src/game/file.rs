//! The game file: a plain-text description of a voting game read by
//! `kenes power --game FILE` (format documented in `docs/power.md`).
//!
//! ```text
//! # Council of the EU, qualified majority (Lisbon rules)
//! title = Council of the EU
//! columns = members, population
//! game states = members >= 55%
//! game people = population >= 65%
//! game blocking = members >= 24
//! rule = (states and people) or blocking
//! [players]
//! Germany, 1, 83166711
//! ```
//!
//! A quota is an integer, a percentage (`65%`) or a fraction (`2/3`) of the
//! column's total, rounded up. Without `rule`, every game must pass.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive};

use super::{Game, Rule, WeightedRule};
use crate::ParseError;
use crate::number::parse_share;

/// A parsed game file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GameFile {
    /// The `title`, if given.
    pub title: Option<String>,
    /// Weight column names, in order.
    pub columns: Vec<String>,
    /// Player names, in order.
    pub names: Vec<String>,
    /// The game.
    pub game: Game,
}

struct GameLine {
    name: String,
    column: usize,
    quota: String,
    line: usize,
}

#[derive(Default)]
struct Header {
    title: Option<String>,
    columns: Option<(Vec<String>, usize)>,
    games: Vec<GameLine>,
    rule: Option<(String, usize)>,
}

const MAX_NESTING: usize = 64;

/// Parses a game file.
pub fn parse_game(text: &str) -> Result<GameFile, ParseError> {
    let lines: Vec<(usize, &str)> = text
        .split('\n')
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .collect();
    let split = lines.iter().position(|(_, l)| l.trim() == "[players]");
    let Some(split) = split else {
        return Err(ParseError::new(
            lines.last().map_or(1, |(n, _)| *n),
            1,
            "missing [players] section",
        ));
    };
    let header = parse_header(&lines[..split])?;
    let (columns, columns_line) = header
        .columns
        .clone()
        .ok_or_else(|| ParseError::new(1, 1, "missing `columns = …` line"))?;
    let (names, weights) = parse_players(&lines[split + 1..], columns.len(), lines[split].0)?;
    let leaves = build_leaves(&header.games, &columns, &weights)?;
    let rule = match &header.rule {
        Some((text, line)) => parse_rule(text, *line, &header.games, &leaves)?,
        None if leaves.is_empty() => {
            return Err(ParseError::new(
                columns_line,
                1,
                "no `game NAME = COLUMN >= QUOTA` line",
            ));
        }
        None => Rule::All(leaves.iter().cloned().map(Rule::Weighted).collect()),
    };
    let game = Game::new(names.len(), rule)
        .map_err(|e| ParseError::new(lines[split].0, 1, e.to_string()))?;
    Ok(GameFile {
        title: header.title,
        columns,
        names,
        game,
    })
}

fn parse_header(lines: &[(usize, &str)]) -> Result<Header, ParseError> {
    let mut header = Header::default();
    for &(line_no, line) in lines {
        let trimmed = line.trim_start();
        let indent = line.chars().count() - trimmed.chars().count();
        if let Some(rest) = trimmed.strip_prefix("game ") {
            header
                .games
                .push(parse_game_line(rest, line_no, indent + 6, &header)?);
            continue;
        }
        let Some((key, value)) = trimmed.split_once('=') else {
            return Err(ParseError::new(
                line_no,
                indent + 1,
                "expected `key = value`, `game …` or [players]",
            ));
        };
        let value_column = indent + key.chars().count() + 2;
        match key.trim() {
            "title" => header.title = Some(value.trim().to_string()),
            _ if header_key_repeated(&header, key.trim()) => {
                return Err(ParseError::new(
                    line_no,
                    indent + 1,
                    format!("`{}` given twice", key.trim()),
                ));
            }
            "columns" => {
                header.columns = Some((parse_columns(value, line_no, value_column)?, line_no))
            }
            "rule" => header.rule = Some((value.to_string(), line_no)),
            other => {
                return Err(ParseError::new(
                    line_no,
                    indent + 1,
                    format!("unknown key {other:?}"),
                ));
            }
        }
    }
    Ok(header)
}

fn header_key_repeated(header: &Header, key: &str) -> bool {
    match key {
        "title" => header.title.is_some(),
        "columns" => header.columns.is_some(),
        "rule" => header.rule.is_some(),
        _ => false,
    }
}

fn is_identifier(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
}

fn parse_columns(value: &str, line_no: usize, column: usize) -> Result<Vec<String>, ParseError> {
    let names: Vec<String> = value.split(',').map(|c| c.trim().to_string()).collect();
    if let Some(bad) = names.iter().find(|n| !is_identifier(n)) {
        return Err(ParseError::new(
            line_no,
            column,
            format!("column name {bad:?} is not a word"),
        ));
    }
    if names
        .iter()
        .enumerate()
        .any(|(i, n)| names[..i].contains(n))
    {
        return Err(ParseError::new(line_no, column, "duplicate column name"));
    }
    Ok(names)
}

/// `NAME = COLUMN >= QUOTA`
fn parse_game_line(
    rest: &str,
    line_no: usize,
    column: usize,
    header: &Header,
) -> Result<GameLine, ParseError> {
    let error = |message: &str| ParseError::new(line_no, column, message.to_string());
    let (name, condition) = rest
        .split_once('=')
        .ok_or_else(|| error("expected `game NAME = COLUMN >= QUOTA`"))?;
    let (column_name, quota) = condition
        .split_once(">=")
        .ok_or_else(|| error("expected `COLUMN >= QUOTA`"))?;
    let name = name.trim();
    if !is_identifier(name) || name == "and" || name == "or" {
        return Err(error("a game name must be a word other than `and`/`or`"));
    }
    if header.games.iter().any(|g| g.name == name) {
        return Err(error("duplicate game name"));
    }
    let columns = header
        .columns
        .as_ref()
        .map(|(c, _)| c.as_slice())
        .unwrap_or_default();
    let index = columns
        .iter()
        .position(|c| c == column_name.trim())
        .ok_or_else(|| {
            error(&format!(
                "unknown column {:?} (declare `columns` first)",
                column_name.trim()
            ))
        })?;
    Ok(GameLine {
        name: name.to_string(),
        column: index,
        quota: quota.trim().to_string(),
        line: line_no,
    })
}

type Players = (Vec<String>, Vec<Vec<u64>>);

fn parse_players(
    lines: &[(usize, &str)],
    columns: usize,
    section_line: usize,
) -> Result<Players, ParseError> {
    let mut names = Vec::new();
    let mut weights = vec![Vec::new(); columns];
    for &(line_no, line) in lines {
        let fields: Vec<&str> = line.split(',').collect();
        if fields.len() != columns + 1 {
            return Err(ParseError::new(
                line_no,
                1,
                format!(
                    "expected a name and {columns} weights, found {} fields",
                    fields.len()
                ),
            ));
        }
        let name = fields[0].trim();
        if name.is_empty() || names.iter().any(|n: &String| n == name) {
            return Err(ParseError::new(
                line_no,
                1,
                format!("empty or duplicate player name {name:?}"),
            ));
        }
        names.push(name.to_string());
        let mut column = fields[0].chars().count() + 2;
        for (slot, field) in fields[1..].iter().enumerate() {
            let value = field.trim();
            let weight = value
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| value.parse::<u64>().ok())
                .flatten()
                .ok_or_else(|| {
                    ParseError::new(
                        line_no,
                        column,
                        format!("weight {value:?} is not a non-negative integer"),
                    )
                })?;
            weights[slot].push(weight);
            column += field.chars().count() + 1;
        }
    }
    if names.is_empty() {
        return Err(ParseError::new(
            section_line,
            1,
            "no players after [players]",
        ));
    }
    Ok((names, weights))
}

fn build_leaves(
    games: &[GameLine],
    _columns: &[String],
    weights: &[Vec<u64>],
) -> Result<Vec<WeightedRule>, ParseError> {
    games
        .iter()
        .map(|game| {
            let column = weights
                .get(game.column)
                .ok_or_else(|| ParseError::new(game.line, 1, "game refers to a missing column"))?;
            let total: u128 = column.iter().map(|&w| u128::from(w)).sum();
            let quota = quota_from_text(&game.quota, total).ok_or_else(|| {
                ParseError::new(
                    game.line,
                    1,
                    format!(
                        "quota {:?} is not an integer, a percentage or a fraction",
                        game.quota
                    ),
                )
            })?;
            WeightedRule::new(column.clone(), quota)
                .map_err(|e| ParseError::new(game.line, 1, format!("game {}: {e}", game.name)))
        })
        .collect()
}

/// A quota as written: an integer, or a share of `total` (`65%`, `0.65`,
/// `2/3`) rounded up. `None` when malformed or negative.
pub fn quota_from_text(text: &str, total: u128) -> Option<u64> {
    let text = text.trim();
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        return text.parse().ok();
    }
    let share: BigRational = parse_share(text)?;
    if share.is_negative() {
        return None;
    }
    let needed = share * BigRational::from_integer(BigInt::from(BigUint::from(total)));
    let ceiling = needed.numer().div_ceil(needed.denom());
    ceiling.to_u64().map(|q| q.max(1))
}

fn parse_rule(
    text: &str,
    line_no: usize,
    games: &[GameLine],
    leaves: &[WeightedRule],
) -> Result<Rule, ParseError> {
    let tokens = tokenize(text, line_no)?;
    let mut parser = RuleParser {
        tokens: &tokens,
        at: 0,
        games,
        leaves,
        line: line_no,
    };
    let rule = parser.or_expression(0)?;
    match parser.tokens.get(parser.at) {
        None => Ok(rule),
        Some((token, column)) => Err(ParseError::new(
            line_no,
            *column,
            format!("unexpected {token:?}"),
        )),
    }
}

/// Words and parentheses with their columns (the rule text starts after `rule =`).
fn tokenize(text: &str, line_no: usize) -> Result<Vec<(String, usize)>, ParseError> {
    let offset = "rule =".len();
    let mut tokens = Vec::new();
    let mut word = String::new();
    let mut start = 0;
    for (index, c) in text.chars().enumerate() {
        let column = offset + index + 1;
        if c.is_alphanumeric() || c == '_' || c == '-' {
            if word.is_empty() {
                start = column;
            }
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            tokens.push((std::mem::take(&mut word), start));
        }
        match c {
            '(' | ')' => tokens.push((c.to_string(), column)),
            c if c.is_whitespace() => {}
            other => {
                return Err(ParseError::new(
                    line_no,
                    column,
                    format!("unexpected character {other:?} in rule"),
                ));
            }
        }
    }
    if !word.is_empty() {
        tokens.push((word, start));
    }
    Ok(tokens)
}

struct RuleParser<'a> {
    tokens: &'a [(String, usize)],
    at: usize,
    games: &'a [GameLine],
    leaves: &'a [WeightedRule],
    line: usize,
}

impl RuleParser<'_> {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.at).map(|(t, _)| t.as_str())
    }

    fn error_here(&self, message: &str) -> ParseError {
        let column = self
            .tokens
            .get(self.at)
            .or(self.tokens.last())
            .map_or(1, |(_, c)| *c);
        ParseError::new(self.line, column, message.to_string())
    }

    fn or_expression(&mut self, depth: usize) -> Result<Rule, ParseError> {
        let mut parts = vec![self.and_expression(depth)?];
        while self.peek() == Some("or") {
            self.at += 1;
            parts.push(self.and_expression(depth)?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Rule::Any(parts)
        })
    }

    fn and_expression(&mut self, depth: usize) -> Result<Rule, ParseError> {
        let mut parts = vec![self.atom(depth)?];
        while self.peek() == Some("and") {
            self.at += 1;
            parts.push(self.atom(depth)?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Rule::All(parts)
        })
    }

    fn atom(&mut self, depth: usize) -> Result<Rule, ParseError> {
        if depth > MAX_NESTING {
            return Err(self.error_here("rule nested too deeply"));
        }
        match self.peek() {
            Some("(") => {
                self.at += 1;
                let inner = self.or_expression(depth + 1)?;
                if self.peek() != Some(")") {
                    return Err(self.error_here("expected `)`"));
                }
                self.at += 1;
                Ok(inner)
            }
            Some(name) if name != ")" && name != "and" && name != "or" => {
                let index = self.games.iter().position(|g| g.name == name);
                let index =
                    index.ok_or_else(|| self.error_here(&format!("unknown game {name:?}")))?;
                self.at += 1;
                Ok(Rule::Weighted(self.leaves[index].clone()))
            }
            _ => Err(self.error_here("expected a game name or `(`")),
        }
    }
}
