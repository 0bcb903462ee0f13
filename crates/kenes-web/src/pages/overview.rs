//! The overview: what the model covers, its period, key figures, and where
//! to start.

use axum::extract::State;
use axum::response::Html;
use maud::html;

use super::Shared;
use crate::api::Overview;
use crate::i18n::Ui;
use crate::layout::page;

/// Where a reader can start, with a line on what each page answers.
const START: [(&str, [&str; 3]); 6] = [
    (
        "/timeline",
        [
            "every event in order, each date in Old Style with New Style beside it",
            "все события по порядку, даты по старому стилю и рядом по новому",
            "барлық оқиға ретімен, күні ескі стильмен, қасында жаңа стильмен",
        ],
    ),
    (
        "/state",
        [
            "the system on any day: bodies, who holds power, arrests, stances",
            "система на любой день: органы, власть, аресты, позиции",
            "кез келген күндегі жүйе: органдар, билік, тұтқындар, ұстанымдар",
        ],
    ),
    (
        "/bodies",
        [
            "who sat in each body, seat charts, proposals and voting power",
            "кто входил в органы, схемы мест, проекты и сила голоса",
            "органдардың құрамы, орын сызбалары, жобалар және дауыс күші",
        ],
    ),
    (
        "/paper",
        [
            "the paper beside its model, every quoted passage highlighted",
            "статья рядом с моделью, каждая цитата выделена",
            "мақала моделімен қатар, әр дәйексөз белгіленген",
        ],
    ),
    (
        "/sources",
        [
            "each newspaper, archive file and book with the claims resting on it",
            "каждая газета, архивное дело и книга с опирающимися на них утверждениями",
            "әр газет, мұрағат ісі мен кітап және оларға сүйенген деректер",
        ],
    ),
    (
        "/conflicts",
        [
            "where sources disagree, side by side, with the adopted reading",
            "где источники расходятся — рядом, с принятым прочтением",
            "дереккөздер қайшы келетін жерлер қатар, қабылданған оқылымымен",
        ],
    ),
];

/// What the model covers, its period and key figures, and where to start.
pub async fn overview(State(explorer): Shared, ui: Ui) -> Html<String> {
    let overview = Overview::of(&explorer);
    let meta = explorer.model.meta();
    let title = meta
        .title
        .for_lang(ui.lang.code())
        .map_or(overview.title.as_str(), |n| n.text());
    let body = html! {
        @if let Some(description) = &overview.description {
            p.lead lang="en" { (description) }
        }
        dl.figures {
            @if let Some(period) = &overview.period {
                dt { (ui.t("Period", "Период", "Кезең")) } dd { (period) }
            }
            @for (kind, count) in &overview.counts {
                dt { (kind) } dd { (count) }
            }
            dt { (ui.t("Checker findings", "Замечания проверки", "Тексеру нәтижелері")) }
            dd {
                a href=(ui.href("/conflicts")) {
                    (overview.findings.errors) " " (ui.t("errors", "ошибок", "қате")) ", "
                    (overview.findings.warnings) " " (ui.t("warnings", "предупреждений", "ескерту")) ", "
                    (overview.findings.notes) " " (ui.t("notes", "заметок", "ескертпе"))
                }
            }
        }
        h2 { (ui.t("Where to start", "С чего начать", "Неден бастау керек")) }
        ul.start {
            @for (path, [en, ru, kk]) in START {
                li {
                    a href=(ui.href(path)) { (crate::layout::nav_label(&ui, path)) }
                    ": " (ui.t(en, ru, kk))
                }
            }
        }
    };
    Html(page(&explorer, &ui, "/", title, body).into_string())
}
