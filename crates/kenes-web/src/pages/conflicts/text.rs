//! Running text with a little structure: findings name ids in backticks
//! (`` `comp.council.birlik-tuy` ``), which become links when the model has
//! them; the rules' explanations are Markdown with code, bold and italics.
//! Everything else stays text (maud escapes it).

use kenes_model::{Id, Model};
use maud::{Markup, html};

use super::catalogue::Block;
use crate::i18n::Ui;
use crate::names::entity_path;

/// A finding's text: each `` `id` `` that names an entity links to its page;
/// other backticked words are code.
pub fn inline(model: &Model, text: &str, ui: &Ui) -> Markup {
    html! {
        @for (i, part) in text.split('`').enumerate() {
            @if i % 2 == 0 {
                (part)
            } @else {
                @match Id::new(part).ok().filter(|id| model.get(id).is_some()) {
                    Some(id) => a.id href=(ui.href(&entity_path(&id))) { code { (part) } },
                    None => code { (part) },
                }
            }
        }
    }
}

/// The blocks of an explanation.
pub fn doc_blocks(blocks: &[Block]) -> Markup {
    html! {
        @for block in blocks {
            @match block {
                Block::Paragraph(text) => p { (doc_inline(text)) },
                Block::List(items) => ul { @for item in items { li { (doc_inline(item)) } } },
            }
        }
    }
}

/// Markdown's inline code, `**bold**` and `*italics*`.
pub fn doc_inline(text: &str) -> Markup {
    html! {
        @for (i, part) in text.split('`').enumerate() {
            @if i % 2 == 0 { (emphasis(part)) } @else { code { (part) } }
        }
    }
}

fn emphasis(text: &str) -> Markup {
    html! {
        @for (i, part) in text.split("**").enumerate() {
            @if i % 2 == 0 { (italics(part)) } @else { strong { (part) } }
        }
    }
}

/// `*word*` in italics; a text with an odd number of asterisks is left as it is.
fn italics(text: &str) -> Markup {
    if text.matches('*').count() % 2 == 1 {
        return html! { (text) };
    }
    html! {
        @for (i, part) in text.split('*').enumerate() {
            @if i % 2 == 0 { (part) } @else { em { (part) } }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_inline_becomes_elements_and_the_rest_text() {
        let markup = doc_inline("*reconcilable* when `comp.x` omits **<b>**").into_string();
        assert_eq!(
            markup,
            "<em>reconcilable</em> when <code>comp.x</code> omits <strong>&lt;b&gt;</strong>"
        );
        assert_eq!(doc_inline("3 * 4").into_string(), "3 * 4");
    }
}
