//! A quick reader for the plain shape model files have: `[[kind]]` and `[name]`
//! headers with bare keys, `key = value` lines, strings, integers, booleans,
//! arrays and one-line inline tables. It parses straight into a small tree that
//! borrows its strings from the text and deserializes the raw structs from it,
//! with the same spans the `toml` crate gives.
//!
//! It never reports an error of its own: anything outside that shape (dotted
//! or quoted keys, floats, dates, `\r`, a string escape TOML 1.1 added, a
//! duplicate key, a value of the wrong type, an unknown key...) makes it give
//! up with `None`, and the caller parses the file again with the `toml` crate,
//! whose findings are the ones the user sees. So on any input it accepts it must
//! give exactly what `toml` gives; the tests below compare the two.

use std::borrow::Cow;
use std::ops::Range;

use serde::Deserialize;
use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess};
use serde::forward_to_deserialize_any;
use toml::Spanned;

use crate::raw::{RawClaim, RawFile};

/// Parses `text` into `T`, or `None` when the quick reader cannot.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    let root = Parser::new(text).document()?;
    T::deserialize(NodeDe(&root)).ok()
}

/// [`from_str`] for an entity file, with claims (most of a large model) read
/// from the tree directly rather than through serde's visitors.
pub fn raw_file(text: &str) -> Option<RawFile> {
    let root = Parser::new(text).document()?;
    let Value::Table(entries) = &root.value else {
        return None;
    };
    fn list<T: DeserializeOwned>(node: &Node<'_>) -> Option<Vec<T>> {
        Vec::<T>::deserialize(NodeDe(node)).ok()
    }
    let mut file = RawFile::default();
    for (key, node) in entries {
        match *key {
            "actor" => file.actor = list(node)?,
            "place" => file.place = list(node)?,
            "source" => file.source = list(node)?,
            "claim" => match &node.value {
                Value::Array(items) | Value::Tables(items) => {
                    file.claim = items.iter().map(raw_claim).collect::<Option<_>>()?;
                }
                _ => return None,
            },
            "reading" => file.reading = list(node)?,
            "body" => file.body = list(node)?,
            "composition" => file.composition = list(node)?,
            "proposal" => file.proposal = list(node)?,
            "event" => file.event = list(node)?,
            "issue" => file.issue = list(node)?,
            "stance" => file.stance = list(node)?,
            "vote" => file.vote = list(node)?,
            "population" => file.population = list(node)?,
            _ => return None,
        }
    }
    Some(file)
}

/// A claim's table as serde would read it into [`RawClaim`]: any other key,
/// a value of another type or a missing key gives `None`.
fn raw_claim(node: &Node<'_>) -> Option<Spanned<RawClaim>> {
    let Value::Table(table) = &node.value else {
        return None;
    };
    let string = |node: &Node<'_>| match &node.value {
        Value::Str(text) => Some(text.to_string()),
        _ => None,
    };
    let spanned = |node: &Node<'_>| Some(Spanned::new(node.span.clone(), string(node)?));
    let (mut id, mut source, mut via, mut locator, mut passage, mut lang) =
        (None, None, None, None, None, None);
    let (mut translated, mut english, mut voice, mut historian, mut confidence, mut note) =
        (None, None, None, None, None, None);
    for (key, value) in table {
        match *key {
            "id" => id = Some(spanned(value)?),
            "source" => source = Some(spanned(value)?),
            "via" => match &value.value {
                Value::Array(items) => {
                    via = Some(items.iter().map(spanned).collect::<Option<_>>()?)
                }
                _ => return None,
            },
            "locator" => locator = Some(string(value)?),
            "passage" => passage = Some(spanned(value)?),
            "lang" => lang = Some(spanned(value)?),
            "translated" => match value.value {
                Value::Bool(flag) => translated = Some(flag),
                _ => return None,
            },
            "english" => english = Some(string(value)?),
            "voice" => voice = Some(spanned(value)?),
            "historian" => historian = Some(spanned(value)?),
            "confidence" => confidence = Some(spanned(value)?),
            "note" => note = Some(string(value)?),
            _ => return None,
        }
    }
    let claim = RawClaim {
        id: id?,
        source: source?,
        via: via.unwrap_or_default(),
        locator,
        passage: passage?,
        lang: lang?,
        translated: translated.unwrap_or(false),
        english: english?,
        voice: voice?,
        historian,
        confidence,
        note,
    };
    Some(Spanned::new(node.span.clone(), claim))
}

/// Tables in practice have a dozen keys; past this many, duplicate detection by
/// scanning would grow quadratic, so such a file is left to `toml`.
const MAX_KEYS: usize = 256;

#[derive(Debug)]
struct Node<'a> {
    span: Range<usize>,
    value: Value<'a>,
}

#[derive(Debug)]
enum Value<'a> {
    Str(Cow<'a, str>),
    Int(i64),
    Bool(bool),
    Array(Vec<Node<'a>>),
    /// An array of tables, made by `[[key]]` headers.
    Tables(Vec<Node<'a>>),
    Table(Table<'a>),
}

type Table<'a> = Vec<(&'a str, Node<'a>)>;

/// Which table key-value lines go into.
#[derive(Clone, Copy)]
enum Current {
    Root,
    /// The last table of the array of tables at this position of the root.
    Tables(usize),
    /// The table at this position of the root.
    Table(usize),
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

fn is_bare(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-'
}

/// A control character TOML allows nowhere outside multi-line strings (tab is allowed).
fn is_control(byte: u8) -> bool {
    (byte < 0x20 && byte != b'\t') || byte == 0x7f
}

fn insert<'a>(table: &mut Table<'a>, key: &'a str, node: Node<'a>) -> Option<()> {
    if table.len() >= MAX_KEYS || table.iter().any(|(k, _)| *k == key) {
        return None;
    }
    table.push((key, node));
    Some(())
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Self {
        Parser {
            text,
            bytes: text.as_bytes(),
            at: 0,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.at + ahead).copied()
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek() == Some(byte)).then(|| self.at += 1)
    }

    fn spaces(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    fn comment(&mut self) -> Option<()> {
        debug_assert_eq!(self.peek(), Some(b'#'));
        self.at += 1;
        while let Some(byte) = self.peek() {
            if byte == b'\n' {
                break;
            }
            if is_control(byte) {
                return None;
            }
            self.at += 1;
        }
        Some(())
    }

    /// Spaces, an optional comment, then a newline or the end.
    fn line_end(&mut self) -> Option<()> {
        self.spaces();
        if self.peek() == Some(b'#') {
            self.comment()?;
        }
        match self.peek() {
            None => Some(()),
            Some(b'\n') => {
                self.at += 1;
                Some(())
            }
            Some(_) => None,
        }
    }

    /// Spaces, newlines and comments, as arrays allow between values.
    fn blank(&mut self) -> Option<()> {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n') => self.at += 1,
                Some(b'#') => self.comment()?,
                _ => return Some(()),
            }
        }
    }

    fn bare_key(&mut self) -> Option<&'a str> {
        let start = self.at;
        while self.peek().is_some_and(is_bare) {
            self.at += 1;
        }
        (self.at > start).then(|| &self.text[start..self.at])
    }

    fn document(mut self) -> Option<Node<'a>> {
        if self.text.starts_with('\u{feff}') {
            return None;
        }
        let mut root: Table<'a> = Vec::new();
        let mut current = Current::Root;
        loop {
            self.spaces();
            match self.peek() {
                None => break,
                Some(b'\n') => self.at += 1,
                Some(b'#') => self.line_end()?,
                Some(b'[') => current = self.header(&mut root)?,
                Some(byte) if is_bare(byte) => {
                    let (key, node) = self.key_value()?;
                    self.line_end()?;
                    let table = match current {
                        Current::Root => &mut root,
                        Current::Tables(at) => match &mut root[at].1.value {
                            Value::Tables(tables) => match &mut tables.last_mut()?.value {
                                Value::Table(table) => table,
                                _ => return None,
                            },
                            _ => return None,
                        },
                        Current::Table(at) => match &mut root[at].1.value {
                            Value::Table(table) => table,
                            _ => return None,
                        },
                    };
                    insert(table, key, node)?;
                }
                Some(_) => return None,
            }
        }
        Some(Node {
            span: 0..0,
            value: Value::Table(root),
        })
    }

    /// `[[key]]` or `[key]`, with the table it opens added to the root.
    fn header(&mut self, root: &mut Table<'a>) -> Option<Current> {
        let start = self.at;
        self.at += 1;
        let array = self.eat(b'[').is_some();
        self.spaces();
        let key = self.bare_key()?;
        self.spaces();
        self.eat(b']')?;
        if array {
            self.eat(b']')?;
        }
        let span = start..self.at;
        self.line_end()?;
        let table = Node {
            span: span.clone(),
            value: Value::Table(Vec::new()),
        };
        let existing = root.iter().position(|(k, _)| *k == key);
        match (array, existing) {
            (true, Some(at)) => match &mut root[at].1.value {
                Value::Tables(tables) => {
                    tables.push(table);
                    Some(Current::Tables(at))
                }
                _ => None,
            },
            (true, None) => {
                let tables = Node {
                    span,
                    value: Value::Tables(vec![table]),
                };
                insert(root, key, tables)?;
                Some(Current::Tables(root.len() - 1))
            }
            (false, Some(_)) => None,
            (false, None) => {
                insert(root, key, table)?;
                Some(Current::Table(root.len() - 1))
            }
        }
    }

    fn key_value(&mut self) -> Option<(&'a str, Node<'a>)> {
        let key = self.bare_key()?;
        self.spaces();
        self.eat(b'=')?;
        self.spaces();
        Some((key, self.value()?))
    }

    fn value(&mut self) -> Option<Node<'a>> {
        let start = self.at;
        let value = match self.peek()? {
            b'"' if self.peek_at(1) == Some(b'"') && self.peek_at(2) == Some(b'"') => {
                Value::Str(self.multiline_basic()?)
            }
            b'"' => Value::Str(self.basic()?),
            b'\'' if self.peek_at(1) == Some(b'\'') && self.peek_at(2) == Some(b'\'') => {
                Value::Str(Cow::Borrowed(self.multiline_literal()?))
            }
            b'\'' => Value::Str(Cow::Borrowed(self.literal()?)),
            b'[' => Value::Array(self.array()?),
            b'{' => Value::Table(self.inline_table()?),
            b't' | b'f' => Value::Bool(self.boolean()?),
            b'0'..=b'9' | b'+' | b'-' => Value::Int(self.integer()?),
            _ => return None,
        };
        Some(Node {
            span: start..self.at,
            value,
        })
    }

    /// After a bare scalar, the next byte must end it (so `1.5`, `1979-05-27`
    /// and `truex` are left to `toml`).
    fn delimited(&self) -> Option<()> {
        match self.peek() {
            None | Some(b' ' | b'\t' | b'\n' | b',' | b']' | b'}' | b'#') => Some(()),
            Some(_) => None,
        }
    }

    fn boolean(&mut self) -> Option<bool> {
        let rest = &self.bytes[self.at..];
        let value = if rest.starts_with(b"true") {
            self.at += 4;
            true
        } else if rest.starts_with(b"false") {
            self.at += 5;
            false
        } else {
            return None;
        };
        self.delimited()?;
        Some(value)
    }

    /// A decimal integer: optional sign, no leading zero, `_` only between digits.
    fn integer(&mut self) -> Option<i64> {
        let negative = match self.peek()? {
            b'-' => {
                self.at += 1;
                true
            }
            b'+' => {
                self.at += 1;
                false
            }
            _ => false,
        };
        let first = self.peek().filter(u8::is_ascii_digit)?;
        if first == b'0'
            && self
                .peek_at(1)
                .is_some_and(|b| b.is_ascii_digit() || b == b'_')
        {
            return None;
        }
        let mut value: i64 = 0;
        let mut last_digit = false;
        while let Some(byte) = self.peek() {
            match byte {
                b'0'..=b'9' => {
                    let digit = i64::from(byte - b'0');
                    value = value.checked_mul(10)?;
                    value = if negative {
                        value.checked_sub(digit)?
                    } else {
                        value.checked_add(digit)?
                    };
                    last_digit = true;
                }
                b'_' if last_digit && self.peek_at(1).is_some_and(|b| b.is_ascii_digit()) => {
                    last_digit = false;
                }
                _ => break,
            }
            self.at += 1;
        }
        self.delimited()?;
        Some(value)
    }

    fn literal(&mut self) -> Option<&'a str> {
        self.at += 1;
        let start = self.at;
        loop {
            match self.peek()? {
                b'\'' => break,
                byte if is_control(byte) => return None,
                _ => self.at += 1,
            }
        }
        let text = &self.text[start..self.at];
        self.at += 1;
        Some(text)
    }

    fn multiline_literal(&mut self) -> Option<&'a str> {
        self.at += 3;
        self.eat(b'\n');
        let start = self.at;
        loop {
            match self.peek()? {
                b'\'' if self.peek_at(1) == Some(b'\'') && self.peek_at(2) == Some(b'\'') => {
                    // `''''` (a quote just before the closing three) is left to `toml`
                    if self.peek_at(3) == Some(b'\'') {
                        return None;
                    }
                    break;
                }
                b'\n' => self.at += 1,
                byte if is_control(byte) => return None,
                _ => self.at += 1,
            }
        }
        let text = &self.text[start..self.at];
        self.at += 3;
        Some(text)
    }

    fn basic(&mut self) -> Option<Cow<'a, str>> {
        self.at += 1;
        let start = self.at;
        let mut owned: Option<String> = None;
        let mut run = start;
        loop {
            // jump to the next quote or backslash (most strings have neither
            // inside), then make sure nothing skipped is a control character
            let rest = &self.bytes[self.at..];
            let stop = memchr::memchr2(b'"', b'\\', rest)?;
            if rest[..stop]
                .iter()
                .fold(false, |seen, &b| seen | is_control(b))
            {
                return None;
            }
            self.at += stop;
            if self.bytes[self.at] == b'"' {
                break;
            }
            let buffer = owned.get_or_insert_with(String::new);
            buffer.push_str(&self.text[run..self.at]);
            self.at += 1;
            self.escape(buffer)?;
            run = self.at;
        }
        let value = match owned {
            Some(mut buffer) => {
                buffer.push_str(&self.text[run..self.at]);
                Cow::Owned(buffer)
            }
            None => Cow::Borrowed(&self.text[start..self.at]),
        };
        self.at += 1;
        Some(value)
    }

    fn multiline_basic(&mut self) -> Option<Cow<'a, str>> {
        self.at += 3;
        self.eat(b'\n');
        let start = self.at;
        let mut owned: Option<String> = None;
        let mut run = start;
        loop {
            match self.peek()? {
                b'"' if self.peek_at(1) == Some(b'"') && self.peek_at(2) == Some(b'"') => {
                    if self.peek_at(3) == Some(b'"') {
                        return None;
                    }
                    break;
                }
                b'\\' => {
                    let buffer = owned.get_or_insert_with(String::new);
                    buffer.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    if matches!(self.peek(), Some(b' ' | b'\t' | b'\n')) {
                        // a line-ending backslash: trim up to the next non-blank
                        self.spaces();
                        self.eat(b'\n')?;
                        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n')) {
                            self.at += 1;
                        }
                    } else {
                        self.escape(buffer)?;
                    }
                    run = self.at;
                }
                b'\n' => self.at += 1,
                byte if is_control(byte) => return None,
                _ => self.at += 1,
            }
        }
        let value = match owned {
            Some(mut buffer) => {
                buffer.push_str(&self.text[run..self.at]);
                Cow::Owned(buffer)
            }
            None => Cow::Borrowed(&self.text[start..self.at]),
        };
        self.at += 3;
        Some(value)
    }

    /// The escape after a backslash: TOML 1.0's set (`\e` and `\x` are left to `toml`).
    fn escape(&mut self, buffer: &mut String) -> Option<()> {
        let byte = self.peek()?;
        self.at += 1;
        let c = match byte {
            b'b' => '\u{8}',
            b't' => '\t',
            b'n' => '\n',
            b'f' => '\u{c}',
            b'r' => '\r',
            b'"' => '"',
            b'\\' => '\\',
            b'u' => self.hex(4)?,
            b'U' => self.hex(8)?,
            _ => return None,
        };
        buffer.push(c);
        Some(())
    }

    fn hex(&mut self, digits: usize) -> Option<char> {
        let hex = self.text.get(self.at..self.at + digits)?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.at += digits;
        char::from_u32(u32::from_str_radix(hex, 16).ok()?)
    }

    fn array(&mut self) -> Option<Vec<Node<'a>>> {
        self.at += 1;
        let mut items = Vec::new();
        loop {
            self.blank()?;
            if self.eat(b']').is_some() {
                return Some(items);
            }
            items.push(self.value()?);
            self.blank()?;
            if self.eat(b',').is_none() {
                self.eat(b']')?;
                return Some(items);
            }
        }
    }

    /// `{ key = value, ... }` on one line, without a trailing comma.
    fn inline_table(&mut self) -> Option<Table<'a>> {
        self.at += 1;
        let mut table = Vec::new();
        self.spaces();
        if self.eat(b'}').is_some() {
            return Some(table);
        }
        loop {
            self.spaces();
            let (key, node) = self.key_value()?;
            insert(&mut table, key, node)?;
            self.spaces();
            if self.eat(b',').is_none() {
                self.eat(b'}')?;
                return Some(table);
            }
        }
    }
}

/// Why deserializing from the tree stopped; the caller falls back to `toml`.
#[derive(Debug)]
struct GiveUp;

impl std::fmt::Display for GiveUp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("left to the toml crate")
    }
}

impl std::error::Error for GiveUp {}

impl de::Error for GiveUp {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        GiveUp
    }
}

struct NodeDe<'n, 'a>(&'n Node<'a>);

impl<'de> IntoDeserializer<'de, GiveUp> for NodeDe<'_, '_> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

impl<'de> de::Deserializer<'de> for NodeDe<'_, '_> {
    type Error = GiveUp;

    fn deserialize_any<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        match &self.0.value {
            Value::Str(text) => visitor.visit_str(text),
            Value::Int(value) => visitor.visit_i64(*value),
            Value::Bool(value) => visitor.visit_bool(*value),
            Value::Array(items) | Value::Tables(items) => visitor.visit_seq(Items(items.iter())),
            Value::Table(table) => visitor.visit_map(Entries {
                entries: table.iter(),
                value: None,
            }),
        }
    }

    fn deserialize_option<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: de::Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, GiveUp> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_struct<V: de::Visitor<'de>>(
        self,
        name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, GiveUp> {
        if serde_spanned::de::is_spanned(name) {
            let span = self.0.span.clone();
            return visitor.visit_map(serde_spanned::de::SpannedDeserializer::new(self, span));
        }
        match self.0.value {
            Value::Table(_) => self.deserialize_any(visitor),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_enum<V: de::Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, GiveUp> {
        Err(GiveUp)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map identifier ignored_any
    }
}

struct Items<'n, 'a>(std::slice::Iter<'n, Node<'a>>);

impl<'de> SeqAccess<'de> for Items<'_, '_> {
    type Error = GiveUp;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, GiveUp> {
        self.0
            .next()
            .map(|node| seed.deserialize(NodeDe(node)))
            .transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct Entries<'n, 'a> {
    entries: std::slice::Iter<'n, (&'a str, Node<'a>)>,
    value: Option<&'n Node<'a>>,
}

impl<'de> MapAccess<'de> for Entries<'_, '_> {
    type Error = GiveUp;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, GiveUp> {
        let Some((key, node)) = self.entries.next() else {
            return Ok(None);
        };
        self.value = Some(node);
        seed.deserialize(de::value::StrDeserializer::<GiveUp>::new(key))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, GiveUp> {
        seed.deserialize(NodeDe(self.value.take().ok_or(GiveUp)?))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

#[cfg(test)]
mod tests;
