//! The search page's markup: the form, the help shown for an empty query,
//! the refusal of an unreadable or too long one, and the results grouped by
//! kind, each `li[data-kind][data-id]` in an `ol.results`.

use axum::http::StatusCode;
use axum::response::Html;
use kenes_model::Id;
use maud::{Markup, html};

use super::index::Kind;
use super::snippet::Segment;
use super::{Found, MAX_QUERY_CHARS, MAX_RESULTS, SearchResults, search_path};
use crate::Explorer;
use crate::i18n::{Lang, Ui};
use crate::layout::page;
use crate::names::{claim_link, entity_link, name};

fn title(ui: &Ui) -> &'static str {
    ui.t("Search", "Поиск", "Іздеу")
}

/// The search form, holding the query shown.
fn form(ui: &Ui, query: &str) -> Markup {
    html! {
        form.search-page role="search" method="get" action="/search" {
            label for="search-q" { (ui.t("Search for", "Искать", "Іздеу сөзі")) }
            input #search-q type="search" name="q" value=(query) maxlength=(MAX_QUERY_CHARS);
            @if ui.lang != Lang::En {
                input type="hidden" name="lang" value=(ui.lang.code());
            }
            button type="submit" { (title(ui)) }
        }
    }
}

/// What can be searched and how, with examples.
fn help_text(ui: &Ui) -> Markup {
    let examples = ["Коровиченко", "Shokay", "Ташкентте", "Құрылтай", "Kolesov"];
    html! {
        section.search-help {
            p { (ui.t(
                "Search looks through the names of people, organisations, places, bodies and issues (with their variants and their Russian and English renderings), the titles of events, the sources, the claims (the passage as printed and its English) and the paper's paragraphs in Kazakh, English and Russian.",
                "Поиск идёт по именам людей, организаций, мест, органов и вопросов (с вариантами и передачей на русском и английском), по названиям событий, источникам, утверждениям (отрывок, как он напечатан, и его английский перевод) и по абзацам статьи на казахском, английском и русском.",
                "Іздеу адамдардың, ұйымдардың, жерлердің, органдар мен мәселелердің атаулары (нұсқаларымен және орысша, ағылшынша берілуімен), оқиғалардың тақырыптары, дереккөздер, тұжырымдар (басылған үзінді және оның ағылшынша аудармасы) және мақаланың қазақша, ағылшынша, орысша абзацтары бойынша жүреді."
            )) }
            ul {
                li { (ui.t(
                    "Write in any script: Коровиченко, Korovichenko and Коровиченконың find the same man; Шокай, Shokay and Şoqai find М. Шоқай.",
                    "Пишите любым алфавитом: Коровиченко, Korovichenko и Коровиченконың находят одного человека; Шокай, Shokay и Şoqai находят М. Шоқай.",
                    "Кез келген әліпбимен жазыңыз: Коровиченко, Korovichenko және Коровиченконың бір адамды табады; Шокай, Shokay және Şoqai М. Шоқайды табады."
                )) }
                li { (ui.t(
                    "Kazakh case endings do not matter: Ташкентте finds Tashkent.",
                    "Казахские падежные окончания не мешают: Ташкентте находит Ташкент.",
                    "Қазақша септік жалғаулары кедергі емес: «Ташкентте» Ташкентті табады."
                )) }
                li { (ui.t(
                    "Every word must match; a word finds the words it begins. Words of one or two letters (initials) match whole words only.",
                    "Должны совпасть все слова; слово находит слова, которые с него начинаются. Слова из одной-двух букв (инициалы) совпадают только целиком.",
                    "Барлық сөз сәйкес келуі керек; сөз өзінен басталатын сөздерді табады. Бір-екі әріпті сөздер (инициалдар) тек толық сәйкес келеді."
                )) }
                li {
                    (ui.t("Terms such as uezd or Shuro-i-Ulema are explained in the ", "Термины вроде «уезд» или «Шура-и-Улема» объяснены в ", "Уезд, Шуро-и-улема сияқты терминдер түсіндірілген: "))
                    a href=(ui.href("/glossary")) { (ui.t("glossary", "глоссарии", "глоссарий")) } "."
                }
            }
            p.examples {
                (ui.t("Try: ", "Например: ", "Мысалы: "))
                @for (index, example) in examples.iter().enumerate() {
                    @if index > 0 { ", " }
                    a href=(ui.href(&search_path(example))) { (example) }
                }
            }
        }
    }
}

/// The page for an empty query, or one without letters or digits.
pub fn help(
    explorer: &Explorer,
    ui: &Ui,
    query: &str,
    results: Option<&SearchResults>,
) -> Html<String> {
    let body = html! {
        (form(ui, query))
        @if results.is_some() {
            p.notice { (ui.t(
                "The query has no letters or digits to search for.",
                "В запросе нет букв или цифр, которые можно искать.",
                "Сұраныста іздеуге болатын әріп не цифр жоқ."
            )) }
        }
        (help_text(ui))
    };
    Html(page(explorer, ui, "", title(ui), body).into_string())
}

/// A query that is not run: too long (`Some(length)`) or unreadable; 400.
pub fn refused(explorer: &Explorer, ui: &Ui, length: Option<usize>) -> (StatusCode, Html<String>) {
    let body = html! {
        (form(ui, ""))
        p.notice {
            @match length {
                Some(length) => {
                    (ui.t("The query is too long: ", "Запрос слишком длинный: ", "Сұраныс тым ұзын: "))
                    (length) " / " (MAX_QUERY_CHARS) " "
                    (ui.t("characters. Shorten it and search again.", "символов. Сократите его и повторите поиск.", "таңба. Оны қысқартып, қайта іздеңіз."))
                }
                None => (ui.t(
                    "The query cannot be read. Write it again in the form.",
                    "Запрос не удаётся прочитать. Введите его заново в форму.",
                    "Сұранысты оқу мүмкін емес. Оны формаға қайта жазыңыз."
                )),
            }
        }
        (help_text(ui))
    };
    let html = Html(page(explorer, ui, "", title(ui), body).into_string());
    (StatusCode::BAD_REQUEST, html)
}

/// The results, grouped by kind, the groups in the order of their best result.
pub fn results(
    explorer: &Explorer,
    ui: &Ui,
    results: &SearchResults,
    found: &[Found<'_>],
) -> Html<String> {
    let mut kinds: Vec<Kind> = Vec::new();
    for kind in found.iter().map(|f| f.kind) {
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    let body = html! {
        (form(ui, &results.query))
        p.summary {
            (count(ui, results.total)) " — «" (results.query) "»"
            @if results.truncated {
                " " (ui.t("(the first ", "(показаны первые ", "(алғашқы ")) (MAX_RESULTS)
                (ui.t(" are shown)", ")", " көрсетілген)"))
            }
        }
        @if found.is_empty() {
            (nothing_found(explorer, ui, results))
        }
        @for kind in kinds {
            @let group: Vec<&Found<'_>> = found.iter().filter(|f| f.kind == kind).collect();
            section.results-group data-kind=(kind.as_str()) {
                h2 { (kind.heading(ui)) " (" (group.len()) ")" }
                ol.results {
                    @for item in group { (result(ui, item)) }
                }
            }
        }
    };
    Html(page(explorer, ui, "", title(ui), body).into_string())
}

/// "N results" in the reader's language.
fn count(ui: &Ui, total: usize) -> String {
    match ui.lang {
        Lang::En if total == 1 => "1 result".to_owned(),
        Lang::En => format!("{total} results"),
        Lang::Ru => format!(
            "{total} {}",
            russian_plural(total, "результат", "результата", "результатов")
        ),
        Lang::Kk => format!("{total} нәтиже"),
    }
}

/// The Russian noun form for `n`: 1, 21 → one; 2–4, 22–24 → few; else many.
fn russian_plural<'a>(n: usize, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    match (n % 10, n % 100) {
        (1, tens) if tens != 11 => one,
        (2..=4, tens) if !(12..=14).contains(&tens) => few,
        _ => many,
    }
}

fn nothing_found(explorer: &Explorer, ui: &Ui, results: &SearchResults) -> Markup {
    html! {
        p.none { (ui.t(
            "Nothing matches. Check the spelling, use fewer words, or write only the start of a word.",
            "Ничего не найдено. Проверьте написание, уберите лишние слова или введите только начало слова.",
            "Ештеңе табылмады. Жазылуын тексеріңіз, сөздерді азайтыңыз немесе сөздің басын ғана жазыңыз."
        )) }
        @if !results.suggestions.is_empty() {
            section.suggestions {
                h2 { (ui.t("Names close to it", "Похожие имена", "Ұқсас атаулар")) }
                ul.suggestions {
                    @for suggestion in &results.suggestions {
                        li {
                            a.suggestion href=(ui.href(&search_path(&suggestion.word))) { (suggestion.word) }
                            @if let Ok(id) = Id::new(&suggestion.entity) {
                                " — " (entity_link(&explorer.model, &id, ui))
                            }
                        }
                    }
                }
            }
        }
        (help_text(ui))
    }
}

fn result(ui: &Ui, found: &Found<'_>) -> Markup {
    let result = &found.result;
    let snippet_is_title = matches!(found.kind, Kind::Event | Kind::Source);
    let claim = (found.kind == Kind::Claim)
        .then(|| Id::new(&result.id).ok())
        .flatten();
    html! {
        li data-kind=(result.kind) data-id=(result.id) {
            @if let Some(claim) = claim {
                (claim_link(&claim, ui))
            } @else {
                a.result href=(ui.href(&result.href)) {
                    @match (found.names, found.kind) {
                        (Some(names), _) => (name(names, ui)),
                        (None, Kind::Paragraph) => { (ui.t("Paragraph ", "Абзац ", "Абзац ")) code { (result.id) } },
                        (None, _) if snippet_is_title => (segments(&result.snippet)),
                        (None, _) => (result.title),
                    }
                }
            }
            @if result.exact_name {
                " " span.exact { (ui.t("exact name", "точное имя", "дәл атау")) }
            }
            @if !snippet_is_title {
                p.snippet lang=[result.lang.as_deref()] { (segments(&result.snippet)) }
            }
        }
    }
}

/// A snippet, the matched words in `mark`.
fn segments(segments: &[Segment]) -> Markup {
    html! {
        @for segment in segments {
            @if segment.marked { mark { (segment.text) } } @else { (segment.text) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_counts_take_their_forms() {
        let forms = |n| russian_plural(n, "one", "few", "many");
        assert_eq!(forms(1), "one");
        assert_eq!(forms(21), "one");
        assert_eq!(forms(11), "many");
        assert_eq!(forms(3), "few");
        assert_eq!(forms(13), "many");
        assert_eq!(forms(100), "many");
    }
}
