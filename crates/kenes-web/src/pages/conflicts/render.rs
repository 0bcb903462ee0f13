//! The markup of the conflicts page: counts by severity, the filter form,
//! the findings grouped by code under each rule's explanation, and every
//! reading of the model.

use kenes_model::{Diagnostic, Location, Model, Severity};
use maud::{Markup, html};

use super::catalogue::RuleDoc;
use super::evidence::{reading_markup, side_by_side};
use super::gather::{Conflicts, FindingView, Group};
use super::text::{doc_blocks, doc_inline, inline};
use super::{SEVERITIES, location_text};
use crate::i18n::{Lang, Ui};
use crate::names::entity_link;

/// The page under its heading.
pub fn body(model: &Model, conflicts: &Conflicts, ui: &Ui) -> Markup {
    html! {
        p.lead { (ui.t(
            "Every finding of the checker on this model, grouped by code, with what the rule looks for. Where two sources disagree, their claims stand side by side with the reading the editors adopted.",
            "Все замечания проверки модели, по кодам, с объяснением каждого правила. Где источники расходятся, их утверждения приведены рядом вместе с прочтением, принятым редакторами.",
            "Модельді тексерудің барлық ескертулері кодтар бойынша топталып, әр ереженің түсіндірмесімен берілген. Дереккөздер қайшы келген жерде олардың тұжырымдары қатар қойылып, редакторлар қабылдаған оқылым көрсетіледі.",
        )) }
        (counts(conflicts, ui))
        (filter_form(conflicts, ui))
        (findings(model, conflicts, ui))
        (readings(model, conflicts, ui))
    }
}

/// A severity in words, with a sign that tells it without colour.
pub fn severity_badge(severity: Severity, ui: &Ui) -> Markup {
    html! {
        span.severity data-severity=(severity.as_str()) {
            span.icon aria-hidden="true" { (severity_icon(severity)) }
            " " (severity_name(severity, ui))
        }
    }
}

fn severity_icon(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "✖",
        Severity::Warning => "▲",
        Severity::Note => "●",
    }
}

pub fn severity_name(severity: Severity, ui: &Ui) -> &'static str {
    match severity {
        Severity::Error => ui.t("Error", "Ошибка", "Қате"),
        Severity::Warning => ui.t("Warning", "Предупреждение", "Ескерту"),
        Severity::Note => ui.t("Note", "Примечание", "Ескертпе"),
    }
}

/// How many findings of each severity, each a link to just those.
fn counts(conflicts: &Conflicts, ui: &Ui) -> Markup {
    let total = conflicts.counts.total();
    html! {
        ul.counts aria-label=(ui.t("Findings by severity", "Замечания по степени", "Ескертулер маңыздылығы бойынша")) {
            @for severity in SEVERITIES {
                li data-severity=(severity.as_str()) {
                    a href=(ui.href(&format!("/conflicts?severity={}", severity.as_str()))) {
                        (severity_badge(severity, ui)) ": "
                        span.count { (conflicts.counts.get(severity)) }
                    }
                }
            }
            li data-severity="all" {
                a href=(ui.href("/conflicts")) {
                    (ui.t("All findings", "Все замечания", "Барлық ескертулер")) ": " span.count { (total) }
                }
            }
        }
    }
}

/// The filter: a GET form, so that a filtered view is a link too.
fn filter_form(conflicts: &Conflicts, ui: &Ui) -> Markup {
    let filter = &conflicts.filter;
    let everything = ui.t("all", "все", "барлығы");
    html! {
        form.filter method="get" action="/conflicts" {
            label for="severity" { (ui.t("Severity", "Степень", "Маңыздылығы")) }
            select #severity name="severity" {
                option value="" selected[filter.severity.is_none()] { (everything) }
                @for severity in SEVERITIES {
                    option value=(severity.as_str()) selected[filter.severity == Some(severity)] {
                        (severity_name(severity, ui))
                    }
                }
            }
            label for="code" { (ui.t("Code", "Код", "Коды")) }
            select #code name="code" {
                option value="" selected[filter.code.is_none()] { (everything) }
                @for (code, count) in &conflicts.codes {
                    option value=(code) selected[filter.code.as_deref() == Some(*code)] {
                        (code) @if let Some(doc) = super::catalogue::rule_doc(code) { " " (doc.name) } " (" (count) ")"
                    }
                }
            }
            @if ui.lang != Lang::En {
                input type="hidden" name="lang" value=(ui.lang.code());
            }
            button type="submit" { (ui.t("Show", "Показать", "Көрсету")) }
        }
        @if *filter != Default::default() {
            p.filtered {
                (ui.t("Shown", "Показано", "Көрсетілгені")) ": " (conflicts.shown.total()) " / " (conflicts.counts.total()) ". "
                a href=(ui.href("/conflicts")) { (ui.t("Show all findings", "Показать все замечания", "Барлық ескертулерді көрсету")) }
            }
        }
    }
}

fn findings(model: &Model, conflicts: &Conflicts, ui: &Ui) -> Markup {
    html! {
        @if conflicts.groups.is_empty() {
            p.none { (ui.t("No finding matches.", "Подходящих замечаний нет.", "Сәйкес ескерту жоқ.")) }
        } @else {
            nav.codes aria-label=(ui.t("Codes", "Коды", "Кодтар")) {
                ul {
                    @for group in &conflicts.groups {
                        li { a href=(format!("#{}", group.code)) { (group.code) } " (" (group.findings.len()) ")" }
                    }
                }
            }
        }
        @for group in &conflicts.groups { (group_markup(model, conflicts, group, ui)) }
    }
}

fn group_markup(model: &Model, conflicts: &Conflicts, group: &Group, ui: &Ui) -> Markup {
    html! {
        section.code id=(group.code) data-code=(group.code) {
            h2 {
                code { (group.code) }
                @if let Some(doc) = group.doc { " " span.rule-name { (doc.name) } }
            }
            @match group.doc {
                Some(doc) => (explanation(doc, ui)),
                None => p.rule { (ui.t("No explanation is recorded for this code.", "Для этого кода нет объяснения.", "Бұл кодқа түсіндірме жоқ.")) },
            }
            @for finding in &group.findings { (finding_markup(model, conflicts, finding, ui)) }
        }
    }
}

/// A rule's explanation, in English as the checker documents it.
fn explanation(doc: &RuleDoc, ui: &Ui) -> Markup {
    let label = |en, ru, kk| html! { strong lang=(ui.lang.code()) { (ui.t(en, ru, kk)) ":" } };
    html! {
        div.rule lang="en" {
            p.summary { (doc.summary) }
            @if ui.lang != Lang::En {
                p.in-english lang=(ui.lang.code()) {
                    (ui.t("", "Правила проверки описаны только по-английски.", "Тексеру ережелері тек ағылшынша сипатталған."))
                }
            }
            @if let Some(severity) = &doc.severity {
                p { (label("Severity", "Степень", "Маңыздылығы")) " " (doc_inline(severity)) }
            }
            @if !doc.finds.is_empty() {
                p { (label("Finds", "Находит", "Табатыны")) }
                (doc_blocks(&doc.finds))
            }
            @if let Some(why) = &doc.why {
                p { (label("Why it matters", "Почему это важно", "Неге маңызды")) " " (doc_inline(why)) }
            }
        }
    }
}

fn finding_markup(model: &Model, conflicts: &Conflicts, view: &FindingView, ui: &Ui) -> Markup {
    let finding = view.diagnostic;
    html! {
        section.finding id=(format!("finding-{}", view.number)) data-code=(finding.code()) data-severity=(finding.severity().as_str()) {
            h3.message {
                (severity_badge(finding.severity(), ui)) " "
                span.text lang="en" { (inline(model, finding.message(), ui)) }
            }
            p.location {
                span.label { (ui.t("Where", "Где", "Қайда")) ": " }
                (location_markup(model, finding.location(), ui))
            }
            (notes(model, finding, ui))
            @if !view.sides.is_empty() {
                (side_by_side(model, &view.sides, ui))
            }
            @for &position in &view.readings {
                @let reading = &conflicts.readings[position];
                div.reading {
                    h4 {
                        (ui.t("The editors' reading", "Прочтение редакторов", "Редакторлардың оқылымы")) " "
                        a href=(format!("#{}", reading.reading.id())) { code { (reading.reading.id().as_str()) } }
                    }
                    (reading_markup(model, reading, ui, true))
                }
            }
            @if !view.mentioned.is_empty() {
                p.mentioned {
                    (ui.t("A reading concerns what it points at", "Этого касается прочтение", "Бұған қатысты оқылым")) ": "
                    @for (i, &position) in view.mentioned.iter().enumerate() {
                        @let id = conflicts.readings[position].reading.id();
                        @if i > 0 { ", " }
                        a href=(format!("#{id}")) { code { (id.as_str()) } }
                    }
                }
            }
        }
    }
}

fn notes(model: &Model, finding: &Diagnostic, ui: &Ui) -> Markup {
    html! {
        @if !finding.related().is_empty() {
            ul.related {
                @for (location, label) in finding.related() {
                    li { span.role lang="en" { (label) } ": " (location_markup(model, location, ui)) }
                }
            }
        }
        @if !finding.notes().is_empty() {
            ul.notes aria-label=(ui.t("Notes", "Примечания", "Ескертпелер")) {
                @for note in finding.notes() { li lang="en" { (inline(model, note, ui)) } }
            }
        }
    }
}

/// An entity (linked) and the place in the model's files, `file:line:col`.
fn location_markup(model: &Model, location: &Location, ui: &Ui) -> Markup {
    let place = location_text(model, location);
    html! {
        @if let Some(entity) = &location.entity { (entity_link(model, entity, ui)) }
        @if location.entity.is_some() && place.is_some() { " · " }
        @if let Some(place) = &place { code.file { (place.to_string()) } }
        @if location.entity.is_none() && place.is_none() {
            (ui.t("the model as a whole", "модель в целом", "модель тұтастай"))
        }
    }
}

fn readings(model: &Model, conflicts: &Conflicts, ui: &Ui) -> Markup {
    html! {
        section #readings .readings {
            h2 { (ui.t("Readings: the editors' decisions", "Прочтения: решения редакторов", "Оқылымдар: редакторлардың шешімдері")) }
            p { (ui.t(
                "Where the sources disagree, or a derived view must choose, the editors record a reading: the question, the alternatives (all kept in the model) and the one the derived views follow, with the reason. These are the conflicts of the sources, whether or not the checker has a finding on them.",
                "Где источники расходятся или производному представлению нужен выбор, редакторы записывают прочтение: вопрос, варианты (все остаются в модели) и тот, которому следуют производные представления, с обоснованием. Это расхождения источников — есть ли о них замечание проверки или нет.",
                "Дереккөздер қайшы келгенде немесе туынды көрініс таңдау жасауы керек болғанда, редакторлар оқылым жазады: сұрақ, нұсқалар (бәрі модельде сақталады) және туынды көріністер ұстанатын нұсқа, негіздемесімен. Бұлар — тексеру ескертуі бар-жоғына қарамастан, дереккөздердің қайшылықтары.",
            )) }
            @if conflicts.readings.is_empty() {
                p.none { (ui.t("The model records no reading.", "В модели нет прочтений.", "Модельде оқылым жоқ.")) }
            }
            @for view in &conflicts.readings {
                article.reading id=(view.reading.id().as_str()) data-reading=(view.reading.id().as_str()) {
                    h3 { (view.reading.question()) }
                    p.meta { code { (view.reading.id().as_str()) } }
                    (reading_markup(model, view, ui, false))
                }
            }
        }
    }
}
