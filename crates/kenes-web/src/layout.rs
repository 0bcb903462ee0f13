//! The frame of every page: its head, the navigation, the search form, the
//! language switcher and the footer.

use maud::{DOCTYPE, Markup, html};

use crate::Explorer;
use crate::i18n::{Lang, Ui};

/// The pages of the navigation: path, then the label in English, Russian, Kazakh.
const NAVIGATION: [(&str, [&str; 3]); 10] = [
    ("/", ["Overview", "Обзор", "Шолу"]),
    ("/timeline", ["Timeline", "Хронология", "Хронология"]),
    (
        "/state",
        ["The system on a day", "Система на день", "Күндегі жүйе"],
    ),
    (
        "/bodies",
        [
            "Bodies and proposals",
            "Органы и проекты",
            "Органдар мен жобалар",
        ],
    ),
    ("/stances", ["Stances", "Позиции", "Ұстанымдар"]),
    ("/network", ["Network", "Сеть связей", "Байланыстар желісі"]),
    ("/paper", ["The paper", "Статья", "Мақала"]),
    ("/sources", ["Sources", "Источники", "Дереккөздер"]),
    ("/conflicts", ["Conflicts", "Расхождения", "Қайшылықтар"]),
    ("/glossary", ["Glossary", "Глоссарий", "Глоссарий"]),
];

/// The navigation label of the page at `path`, in the reader's language.
pub fn nav_label(ui: &Ui, path: &str) -> String {
    NAVIGATION
        .iter()
        .find(|(href, _)| *href == path)
        .map_or_else(String::new, |(_, [en, ru, kk])| ui.t(en, ru, kk).to_owned())
}

/// A whole page: `title` in the head and as its heading, `body` under it.
/// `path` is the navigation entry it belongs to ("" for none).
pub fn page(explorer: &Explorer, ui: &Ui, path: &str, title: &str, body: Markup) -> Markup {
    let model = explorer.model.meta();
    let model_title = model
        .title
        .for_lang(ui.lang.code())
        .map_or(model.id.as_str(), |n| n.text());
    html! {
        (DOCTYPE)
        html lang=(ui.lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · kenes" }
                link rel="stylesheet" href="/static/kenes.css";
                // no icon to fetch: the browser would ask for /favicon.ico
                link rel="icon" href="data:,";
            }
            body {
                a.skip href="#main" { (ui.t("Skip to content", "К содержанию", "Мазмұнға өту")) }
                header.site {
                    div.bar {
                        a.brand href=(ui.href("/")) { "kenes" }
                        span.model { (model_title) }
                        (search_form(ui))
                        (switcher(ui))
                    }
                    nav.pages aria-label=(ui.t("Pages", "Страницы", "Беттер")) {
                        ul {
                            @for (href, [en, ru, kk]) in NAVIGATION {
                                li {
                                    @if href == path {
                                        a href=(ui.href(href)) aria-current="page" { (ui.t(en, ru, kk)) }
                                    } @else {
                                        a href=(ui.href(href)) { (ui.t(en, ru, kk)) }
                                    }
                                }
                            }
                        }
                    }
                }
                main #main {
                    h1 { (title) }
                    (body)
                }
                footer.site {
                    (ui.t("Model", "Модель", "Модель")) " " (model.id) ", "
                    (ui.t("version", "версия", "нұсқа")) " " (model.version) " · " (explorer.name)
                    " · " a href="/api/" { "JSON API" }
                }
            }
        }
    }
}

/// The search form every page carries (GET, so a search is a link too).
fn search_form(ui: &Ui) -> Markup {
    let label = ui.t("Search", "Поиск", "Іздеу");
    html! {
        form.search role="search" method="get" action="/search" {
            label.visually-hidden for="q" { (label) }
            input #q type="search" name="q" placeholder=(ui.t("Search: Korovichenko, Коровиченко…", "Поиск: Коровиченко…", "Іздеу: Коровиченко…"));
            @if ui.lang != Lang::En {
                input type="hidden" name="lang" value=(ui.lang.code());
            }
            button type="submit" { (label) }
        }
    }
}

/// Links to this page in each language; the current one is marked.
fn switcher(ui: &Ui) -> Markup {
    html! {
        nav.langs aria-label=(ui.t("Language", "Язык", "Тіл")) {
            @for lang in Lang::ALL {
                @if lang == ui.lang {
                    a href=(ui.this_page_in(lang)) hreflang=(lang.code()) lang=(lang.code()) aria-current="true" { (lang.endonym()) }
                } @else {
                    a href=(ui.this_page_in(lang)) hreflang=(lang.code()) lang=(lang.code()) { (lang.endonym()) }
                }
            }
        }
    }
}
