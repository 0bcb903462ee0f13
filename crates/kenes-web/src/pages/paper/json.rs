//! The paper as `/api/paper` serves it: the same paragraphs the page shows,
//! each with its original running text, both translations, its note, the
//! claims quoted in it with the quoted text, and the system on its day.

use kenes_model::ClaimId;
use serde::Serialize;

use super::render::problem_text;
use super::text::{Quote, segments};
use super::view::{PAPER, PaperView, ParagraphView};
use super::when::When;
use crate::i18n::{Lang, Ui};

#[derive(Serialize)]
pub struct PaperJson {
    /// The path of the paper's text in the model.
    pub text: &'static str,
    /// How many lines the text has (absent when the model has no text).
    pub lines: Option<usize>,
    /// The translation the page shows beside the original: `ru` or `en`.
    pub translation: &'static str,
    pub paragraphs: Vec<ParagraphJson>,
}

#[derive(Serialize)]
pub struct ParagraphJson {
    pub id: String,
    pub kind: String,
    /// The language of the original.
    pub lang: String,
    /// The first and last line (1-based) in the paper's text.
    pub lines: [usize; 2],
    /// The lines joined into running text (absent when it cannot be read).
    pub original: Option<String>,
    /// Why the original cannot be read, when it cannot.
    pub problem: Option<String>,
    pub en: Option<String>,
    pub ru: Option<String>,
    pub note: Option<String>,
    /// The claims quoted in it, in the order their passages begin.
    pub claims: Vec<String>,
    /// Each quoted stretch of the original, with the claims that quote it.
    pub quotes: Vec<QuoteJson>,
    /// The system on the day it speaks of (absent when it speaks of none).
    pub when: Option<WhenJson>,
}

#[derive(Serialize)]
pub struct QuoteJson {
    pub text: String,
    /// Where it stands in `original`, in characters (Unicode scalar values).
    pub start: usize,
    pub end: usize,
    /// The claims whose passages cover it; the page links to the first.
    pub claims: Vec<String>,
}

#[derive(Serialize)]
pub struct WhenJson {
    /// The day in the model's calendar, as `/state?at=` reads it.
    pub at: String,
    pub old_style: String,
    pub new_style: String,
    /// The page of the whole state on that day.
    pub state: String,
    /// The key lines of the state the page shows.
    pub lines: Vec<String>,
    /// How many lines the whole state has.
    pub total: usize,
    pub beyond_period: Option<String>,
}

impl PaperJson {
    pub fn of(view: &PaperView, ui: &Ui) -> PaperJson {
        PaperJson {
            text: PAPER,
            lines: view.lines,
            translation: if ui.lang == Lang::Ru { "ru" } else { "en" },
            paragraphs: view.paragraphs.iter().map(|p| paragraph(p, ui)).collect(),
        }
    }
}

fn paragraph(view: &ParagraphView, ui: &Ui) -> ParagraphJson {
    let paragraph = view.paragraph;
    let (original, problem, quotes) = match &view.original {
        Ok(original) => (
            Some(original.running.text.clone()),
            None,
            quotes(&original.running.text, &original.quotes),
        ),
        Err(problem) => (None, Some(problem_text(ui, problem)), Vec::new()),
    };
    ParagraphJson {
        id: paragraph.id.clone(),
        kind: paragraph.kind.clone(),
        lang: paragraph.lang.clone(),
        lines: [paragraph.first_line, paragraph.last_line],
        original,
        problem,
        en: paragraph.en.clone(),
        ru: paragraph.ru.clone(),
        note: paragraph.note.clone(),
        claims: view.claims.iter().map(ToString::to_string).collect(),
        quotes,
        when: view.when.map(when),
    }
}

/// The quoted segments of `text`, with character offsets.
fn quotes(text: &str, quoted: &[Quote<&ClaimId>]) -> Vec<QuoteJson> {
    let mut at = 0;
    let mut out = Vec::new();
    for segment in segments(text, quoted) {
        let length = segment.text.chars().count();
        if !segment.claims.is_empty() {
            out.push(QuoteJson {
                text: segment.text.to_owned(),
                start: at,
                end: at + length,
                claims: segment.claims.iter().map(ToString::to_string).collect(),
            });
        }
        at += length;
    }
    out
}

fn when(when: &When) -> WhenJson {
    WhenJson {
        at: when.at.clone(),
        old_style: when.old_style.clone(),
        new_style: when.new_style.clone(),
        state: format!("/state?at={}", when.at),
        lines: when.lines.clone(),
        total: when.total,
        beyond_period: when.beyond.clone(),
    }
}
