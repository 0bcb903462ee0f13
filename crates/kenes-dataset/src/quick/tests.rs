//! The quick reader against the `toml` crate: wherever it accepts a text, it
//! must give exactly what `toml` gives, spans included.

use std::fmt;

use proptest::prelude::*;
use serde::Deserialize;
use serde::de::{MapAccess, SeqAccess, Visitor};
use toml::Spanned;

use super::{from_str, raw_file};
use crate::raw::{RawFile, RawManifest};

/// Any TOML value with the span of every value inside it, map keys sorted
/// (`toml` gives them sorted, the quick reader in file order).
#[derive(Debug, PartialEq)]
enum Any {
    Str(String),
    Int(i64),
    Bool(bool),
    Float(u64),
    Seq(Vec<Spanned<Any>>),
    Map(Vec<(String, Spanned<Any>)>),
}

impl<'de> Deserialize<'de> for Any {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnyVisitor;
        impl<'de> Visitor<'de> for AnyVisitor {
            type Value = Any;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E>(self, v: &str) -> Result<Any, E> {
                Ok(Any::Str(v.to_owned()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Any, E> {
                Ok(Any::Int(v))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Any, E> {
                Ok(Any::Bool(v))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Any, E> {
                Ok(Any::Float(v.to_bits()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Any, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Any::Seq(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Any, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                entries.sort_by(|a: &(String, _), b| a.0.cmp(&b.0));
                Ok(Any::Map(entries))
            }
        }
        deserializer.deserialize_any(AnyVisitor)
    }
}

/// [`agrees`] for [`raw_file`], which reads claims without serde.
fn file_agrees(text: &str) -> bool {
    let quick = same_as_toml(text, raw_file(text));
    assert_eq!(quick, agrees::<RawFile>(text), "on {text:?}");
    quick
}

/// Asserts that where the quick reader gives a value, `toml` gives the same one.
fn agrees<T: serde::de::DeserializeOwned + fmt::Debug>(text: &str) -> bool {
    same_as_toml(text, from_str::<T>(text))
}

/// Asserts that `quick`, if the quick reader gave it, is what `toml` gives.
fn same_as_toml<T: serde::de::DeserializeOwned + fmt::Debug>(text: &str, quick: Option<T>) -> bool {
    if let Some(quick) = &quick {
        let slow = toml::from_str::<T>(text);
        assert!(
            slow.is_ok(),
            "quick reader accepted what toml refuses: {text:?}\ntoml: {slow:?}"
        );
        assert_eq!(
            format!("{quick:?}"),
            format!("{:?}", slow.unwrap()),
            "on {text:?}"
        );
    }
    quick.is_some()
}

#[test]
fn reads_every_file_of_the_embedded_model_as_toml_does() {
    for (path, bytes) in crate::embedded_files() {
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let text = std::str::from_utf8(bytes).unwrap();
        let accepted = if path.ends_with(crate::MANIFEST) {
            agrees::<RawManifest>(text)
        } else if path.starts_with(crate::TEXTS) {
            agrees::<Spanned<Any>>(text)
        } else {
            file_agrees(text)
        };
        // the embedded model is in the plain shape: the quick reader takes all of it
        assert!(accepted, "{} was left to toml", path.display());
        assert!(agrees::<Spanned<Any>>(text));
    }
}

#[test]
fn gives_the_spans_toml_gives() {
    let text = "top = 1\n[[claim]]\nid = \"c.1\"  # note\nvia = [ \"a\",\n  'b', # x\n]\n\n[[claim]]\nnames = [{ text = \"x\", lang = \"kk\" }]\n[meta]\nok = true\n";
    assert!(agrees::<Spanned<Any>>(text));
}

#[test]
fn leaves_what_it_does_not_read_to_toml() {
    for text in [
        "a = 1.5",
        "a = 1979-05-27",
        "a.b = 1",
        "\"a\" = 1",
        "a = 1\na = 2",
        "[[a]]\n[a]",
        "a = 1\n[[a]]",
        "[a.b]",
        "a = \"\\e\"",
        "a = \"\\x41\"",
        "a = 0x10",
        "a = 012",
        "a = 1__0",
        "a = 99999999999999999999",
        "a = inf",
        "a = { b = 1, }",
        "a = { b = 1,\n c = 2 }",
        "a = 1\r\n",
        "\u{feff}a = 1",
        "a = \"\"\"x\"\"\"\"",
        "a = '''x''''",
        "a = \"tab\u{1}\"",
        "# \u{7f}\na = 1",
        "a = truex",
        "a = \"\\uD800\"",
    ] {
        assert!(!agrees::<Spanned<Any>>(text), "took {text:?}");
    }
}

#[test]
fn refuses_what_raw_structs_refuse() {
    // an unknown key, a wrong type, a missing key: toml's finding is the one shown
    for text in [
        "[[actor]]\nid = \"a\"\nkind = \"person\"\nnmes = []\n",
        "[[actor]]\nid = 1\nkind = \"person\"\n",
        "[[actor]]\nkind = \"person\"\n",
        "[[vote]]\nid = \"v\"\nmotion = \"m\"\npresent = -1\n",
    ] {
        assert!(!file_agrees(text), "took {text:?}");
    }
}

/// Pieces of TOML, well and badly formed, that documents are built from.
fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "[[actor]]",
        "[[claim]]",
        "[[claim]]\nid = \"c.1\"\nsource = \"s.1\"\nvia = [\"s.2\"]\npassage = \"«Алаш»\"\nlang = \"kk\"\nenglish = \"Alash\"\nvoice = \"quoted-document\"\n",
        "[[claim]]\nid = 'c.2'\nsource = \"s.1\"\nlocator = \"p. 3\"\npassage = \"\"\"\nбір\nекі\"\"\"\nlang = \"kk\"\ntranslated = true\nenglish = \"\"\nvoice = \"author-retelling\"\nhistorian = \"p.1\"\nconfidence = \"low\"\nnote = \"n\"\n",
        "[[claim]]\nid = \"c.3\"\nsource = \"s.1\"\npassage = \"x\"\nlang = \"kk\"\nenglish = \"x\"\nvoice = \"v\"\ntranslated = 1\n",
        "[[claim]]\nid = \"c.4\"\nsource = \"s.1\"\npassage = \"x\"\nlang = \"kk\"\nenglish = \"x\"\n",
        "[[claim]]\nid = \"c.5\"\nsource = \"s.1\"\npassage = \"x\"\nlang = \"kk\"\nenglish = \"x\"\nvoice = \"v\"\nvia = \"s.2\"\n",
        "source = \"s.1\"",
        "lang = \"kk\"",
        "voice = \"quoted-document\"",
        "locator = 3",
        "[[ claim ]]",
        "[model]",
        "[claim]",
        "[[a.b]]",
        "[x",
        "id = \"c.1\"",
        "id = 'c.1'",
        "kind = \"person\"",
        "passage = \"«Алаш» \\\"q\\\" \\u00e9 \\U0001F600 \\t\"",
        "passage = \"\"\"\nline one\nline two \\\n   joined\"\"\"",
        "passage = '''\n'single' \"double\"\n'''",
        "passage = \"bad \\q\"",
        "english = \"\"",
        "via = [\"a\", \"b\",]",
        "via = [\n  \"a\", # first\n  \"b\"\n]",
        "via = []",
        "via = [1, \"a\", [true]]",
        "names = [{ text = \"Алаш\", lang = \"kk\" }, {text='x',lang='en',kind=\"alias\"}]",
        "names = [{}]",
        "size = 12",
        "size = +0",
        "size = -7",
        "size = 1_000",
        "size = 1.0",
        "size = 07",
        "size = 1e3",
        "date = 1917-10-25",
        "translated = true",
        "translated = false",
        "a.b = 1",
        "\"q\" = 2",
        "x = { y = 1, y = 2 }",
        "# a comment",
        "   ",
        "\t",
        "=",
        "\"",
        "'",
        "key = \"unterminated",
        "key = [1, 2",
    ])
}

fn document() -> impl Strategy<Value = String> {
    let line_end = prop::sample::select(vec!["\n", "\n\n", " # c\n", "\r\n", " ", ""]);
    prop::collection::vec((piece(), line_end), 0..24).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(piece, end)| [piece, end])
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn agrees_with_toml_on_generated_documents(text in document()) {
        agrees::<Spanned<Any>>(&text);
        file_agrees(&text);
    }

    #[test]
    fn agrees_with_toml_on_any_text(text in "[\\[\\]{}=,#\"'\\\\ a-c0-9.\n\t_+-]{0,60}") {
        agrees::<Spanned<Any>>(&text);
    }
}
