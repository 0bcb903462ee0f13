//! The paper page's markup: each paragraph as an `article.paragraph`, its
//! Kazakh original (the passages claims quote marked and linked to the
//! claims) beside the translation in the reader's language, its translator's
//! note, and the system on the day it speaks of.

use std::collections::HashSet;

use kenes_dataset::Paragraph;
use kenes_model::ClaimId;
use kenes_model::date::Calendar;
use maud::{Markup, html};

use super::text::{LinesProblem, Segment, segments};
use super::view::{Original, PAPER, PaperView, ParagraphView, Problem};
use super::when::When;
use crate::i18n::{Lang, Ui};
use crate::names::{claim_link, entity_path};
use crate::pages::glossary::link_terms;

/// The page's body: an introduction, then every paragraph.
pub fn paper(ui: &Ui, view: &PaperView, one: bool) -> Markup {
    let quoted: HashSet<&ClaimId> = view
        .paragraphs
        .iter()
        .flat_map(|p| p.claims.iter().copied())
        .collect();
    html! {
        p.lead { (ui.t(
            "The paper's original text, paragraph by paragraph, beside the model's translation. Marked passages are quoted by claims of the model; each links to its claim. Beside each paragraph: the system on the day it speaks of.",
            "Текст статьи в оригинале, абзац за абзацем, рядом с переводом модели. Выделенные места цитируются утверждениями модели; каждое ведёт к своему утверждению. Рядом с абзацем — система на день, о котором он говорит.",
            "Мақаланың түпнұсқа мәтіні абзац бойынша, қасында модельдің аудармасы. Белгіленген үзінділерді модельдің тұжырымдары дәйексөз етеді; әрқайсысы өз тұжырымына апарады. Әр абзацтың қасында — ол айтатын күндегі жүйе.",
        )) }
        @if view.lines.is_none() {
            p.warning { (ui.t(
                "This model has no text of the paper: the translations are shown without the original.",
                "В модели нет текста статьи: переводы показаны без оригинала.",
                "Бұл модельде мақаланың мәтіні жоқ: аудармалар түпнұсқасыз көрсетілген.",
            )) " (" code { (PAPER) } ")" }
        }
        @if view.paragraphs.is_empty() {
            p.warning { (ui.t(
                "This model has no paragraphs of its paper.",
                "В модели нет абзацев статьи.",
                "Бұл модельде мақаланың абзацтары жоқ.",
            )) }
        } @else {
            p.figures {
                (ui.t("Paragraphs", "Абзацев", "Абзацтар")) ": " (view.paragraphs.len())
                " · " (ui.t("claims quoting them", "цитирующих их утверждений", "дәйексөз келтіретін тұжырымдар")) ": " (quoted.len())
                @if one { " · " a href=(ui.href("/paper")) { (ui.t("the whole paper", "вся статья", "бүкіл мақала")) } }
            }
            (column_heads(ui))
            @for paragraph in &view.paragraphs {
                (article(ui, paragraph))
            }
        }
    }
}

/// The heads of the columns, once above the paragraphs (on wide screens).
fn column_heads(ui: &Ui) -> Markup {
    html! {
        div.columns aria-hidden="true" {
            span { (ui.t("Original", "Оригинал", "Түпнұсқа")) }
            span { (ui.t("Translation", "Перевод", "Аударма")) }
            span { (ui.t("The system on the day", "Система на этот день", "Сол күндегі жүйе")) }
        }
    }
}

fn article(ui: &Ui, view: &ParagraphView) -> Markup {
    let paragraph = view.paragraph;
    html! {
        article.paragraph id=(paragraph.id) data-kind=(paragraph.kind) {
            header.meta {
                a.anchor href=(format!("#{}", paragraph.id)) { "¶ " (paragraph.id) }
                " · " (paragraph.kind)
                " · " (lines(ui, paragraph))
            }
            div.original lang=(paragraph.lang) {
                span.label.visually-hidden lang=(ui.lang.code()) { (ui.t("Original", "Оригинал", "Түпнұсқа")) }
                @match &view.original {
                    Ok(original) => p.text { (marked(ui, original)) },
                    Err(problem) => p.warning lang=(ui.lang.code()) { (problem_text(ui, problem)) },
                }
            }
            (translation(ui, paragraph))
            @if let Some(when) = &view.when {
                (when_aside(ui, when))
            }
            @if let Some(note) = &paragraph.note {
                aside.note {
                    strong { (ui.t("Translator's note", "Примечание переводчика", "Аудармашының ескертпесі")) ": " }
                    span lang="en" { (note) }
                }
            }
            @if !view.claims.is_empty() {
                p.claims {
                    (ui.t("Claims quoted", "Цитирующие утверждения", "Дәйексөз келтірген тұжырымдар")) ": "
                    @for (i, claim) in view.claims.iter().enumerate() {
                        @if i > 0 { ", " }
                        (claim_link(claim.id(), ui))
                    }
                }
            }
        }
    }
}

/// Where the paragraph stands in the paper's text: "lines 141–174", "line 7".
fn lines(ui: &Ui, paragraph: &Paragraph) -> String {
    if paragraph.first_line == paragraph.last_line {
        format!("{} {}", ui.t("line", "строка", "жол"), paragraph.first_line)
    } else {
        format!(
            "{} {}–{}",
            ui.t("lines", "строки", "жолдар"),
            paragraph.first_line,
            paragraph.last_line
        )
    }
}

/// The running text with each quoted segment marked and linked to its claim.
fn marked(ui: &Ui, original: &Original) -> Markup {
    let cut = segments(&original.running.text, &original.quotes);
    html! {
        @for segment in &cut {
            @match segment.claims.first() {
                None => (segment.text),
                Some(first) => (quoted(ui, segment, first)),
            }
        }
    }
}

fn quoted(ui: &Ui, segment: &Segment<&ClaimId>, first: &ClaimId) -> Markup {
    let all: Vec<&str> = segment.claims.iter().map(|c| c.as_str()).collect();
    let mut title = format!(
        "{} {}",
        ui.t(
            "Quoted by claim",
            "Цитируется в утверждении",
            "Дәйексөз келтірген тұжырым"
        ),
        first
    );
    if all.len() > 1 {
        title.push_str(&format!(
            "; {}: {}",
            ui.t("also by", "также в", "сондай-ақ"),
            all[1..].join(", ")
        ));
    }
    html! {
        a.quoted href=(ui.href(&entity_path(first.id()))) data-claim=(first.as_str())
            data-claims=(all.join(" ")) title=(title) {
            mark { (segment.text) }
        }
    }
}

/// The translation column: the reader's language (Russian for Russian
/// readers, English otherwise), or the other one when it is missing.
fn translation(ui: &Ui, paragraph: &Paragraph) -> Markup {
    let wanted = if ui.lang == Lang::Ru { "ru" } else { "en" };
    let (wanted_text, other) = match wanted {
        "ru" => (&paragraph.ru, ("en", &paragraph.en)),
        _ => (&paragraph.en, ("ru", &paragraph.ru)),
    };
    html! {
        div.translation lang=(wanted) {
            span.label.visually-hidden lang=(ui.lang.code()) { (ui.t("Translation", "Перевод", "Аударма")) }
            @if paragraph.lang == wanted {
                p.muted lang=(ui.lang.code()) { (ui.t(
                    "The original is in this language.",
                    "Оригинал на этом языке.",
                    "Түпнұсқа осы тілде.",
                )) }
            } @else if let Some(text) = wanted_text {
                p { (link_terms(text, ui)) }
            } @else if let Some(text) = other.1 {
                p lang=(other.0) { (link_terms(text, ui)) }
            } @else {
                p.muted lang=(ui.lang.code()) { (ui.t("No translation.", "Перевода нет.", "Аударма жоқ.")) }
            }
        }
    }
}

fn when_aside(ui: &Ui, when: &When) -> Markup {
    let state = ui.href(&format!("/state?at={}", when.at));
    html! {
        aside.when aria-label=(ui.t("The system on the day", "Система на этот день", "Сол күндегі жүйе")) {
            p.date {
                time datetime=(when.day.iso(Calendar::Gregorian)) {
                    (when.old_style) " " abbr title=(ui.t("Old Style", "по старому стилю", "ескі стиль бойынша")) { "O.S." }
                    " = " (when.new_style) " " abbr title=(ui.t("New Style", "по новому стилю", "жаңа стиль бойынша")) { "N.S." }
                }
            }
            @if let Some(beyond) = &when.beyond {
                p.warning lang="en" { (beyond) }
            }
            @if !when.lines.is_empty() {
                ul.state lang="en" {
                    @for line in &when.lines { li { (line) } }
                }
            }
            p { a href=(state) {
                (ui.t("The whole state", "Всё состояние", "Бүкіл жағдай")) " (" (when.total) ")"
            } }
        }
    }
}

/// Why a paragraph's original cannot be shown, for the reader.
pub fn problem_text(ui: &Ui, problem: &Problem) -> String {
    match problem {
        Problem::NoText => ui
            .t(
                "The original is not available: the model has no text of the paper.",
                "Оригинал недоступен: в модели нет текста статьи.",
                "Түпнұсқа жоқ: модельде мақаланың мәтіні жоқ.",
            )
            .to_owned(),
        Problem::Lines(LinesProblem::BadRange) => ui
            .t(
                "The original is not available: the paragraph's lines do not make a range.",
                "Оригинал недоступен: строки абзаца не образуют диапазон.",
                "Түпнұсқа жоқ: абзацтың жолдары аралық құрамайды.",
            )
            .to_owned(),
        Problem::Lines(LinesProblem::PastEnd { lines }) => format!(
            "{} {lines}.",
            ui.t(
                "The original is not available: the paragraph's lines lie past the end of the paper's text; its lines:",
                "Оригинал недоступен: строки абзаца за концом текста статьи; строк в тексте:",
                "Түпнұсқа жоқ: абзацтың жолдары мақала мәтінінің соңынан тыс; мәтіндегі жолдар саны:",
            )
        ),
    }
}
