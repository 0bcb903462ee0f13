//! The page's tables: the local population's share in every account
//! (kenes-analysis' `local_shares`), the accounts of one body or one sitting
//! side by side against a proportional body of the same size (with
//! Loosemore–Hanby, Gallagher and the voting power of each constituency),
//! and the voting power of one account.

use kenes_model::Model;
use maud::{Markup, html};

use crate::i18n::Ui;

use super::analysis::{Apportioned, Figure, Power, PowerRow};
use super::data::{Account, Bodies, Cell, Comparison, ReadingRef};
use super::render::{Charts, evidence, link_entity, link_id};
use super::words;

/// A population figure as the tables name it: `95 %` with its claims.
fn figure_name(ui: &Ui, figure: &Figure) -> Markup {
    html! {
        (ui.t("population share", "доля населения", "халық үлесі")) " " (figure.share_percent) " %"
        " (" (link_id(&figure.population, ui)) "; " (evidence(ui, &figure.claims)) ")"
    }
}

/// The local group's seats by each method: `14 · 15 · 14`, a tie as `9–10`.
fn apportioned_cell(apportioned: &[Apportioned]) -> String {
    apportioned
        .iter()
        .map(|a| match (a.seats, a.tied) {
            (Some(n), true) => format!("{n}–{}", n + 1),
            (Some(n), false) => n.to_string(),
            (None, _) => "—".to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

fn methods_named(ui: &Ui, methods: &[String]) -> String {
    methods
        .iter()
        .map(|m| words::method(ui, m))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The population figures of some accounts, each once, in order.
fn figures<'a>(accounts: impl Iterator<Item = &'a Account>) -> Vec<&'a Figure> {
    let mut seen: Vec<&Figure> = Vec::new();
    for figure in accounts
        .filter_map(|a| a.local.as_ref())
        .flat_map(|l| &l.figures)
    {
        if !seen.iter().any(|f| f.population == figure.population) {
            seen.push(figure);
        }
    }
    seen
}

fn figure_of<'a>(account: &'a Account, population: &str) -> Option<&'a Figure> {
    let local = account.local.as_ref()?;
    local.figures.iter().find(|f| f.population == population)
}

/// The local Muslim population's seats in every account of the model.
pub fn local_summary(model: &Model, ui: &Ui, view: &Bodies, reading: &ReadingRef) -> Markup {
    let accounts: Vec<&Account> = view
        .bodies
        .iter()
        .flat_map(|b| &b.accounts)
        .chain(view.proposals.iter().flat_map(|p| &p.accounts))
        .filter(|a| a.chart == a.composition)
        .collect();
    let figures = figures(accounts.iter().copied());
    html! {
        section #local-shares {
            h2 { (ui.t("The local Muslim population's share of seats", "Доля мест местного мусульманского населения", "Жергілікті мұсылман халқының орындардағы үлесі")) }
            p {
                (ui.t(
                    "Which constituencies count as the local Muslim population's is the editors' reading",
                    "Какие группы считаются местным мусульманским населением, решает чтение редакторов",
                    "Қай топтар жергілікті мұсылман халқына саналатынын редакторлардың оқылымы шешеді"
                )) " " (link_id(&reading.id, ui)) ": «" (reading.question) "» "
                (evidence(ui, &reading.claims)) ". "
                (ui.t(
                    "Each population figure is applied to a body of the same size, apportioned between the local population and everyone else by",
                    "Каждая цифра населения применена к органу того же размера, места которого распределены между местным населением и всеми остальными по методам",
                    "Халық туралы әр дерек дәл сондай көлемдегі органға қолданылды, оның орындары жергілікті халық пен қалғандардың арасында мына әдістермен бөлінді"
                )) ": " (methods_named(ui, &view.methods)) ". "
                (ui.t(
                    "Loosemore–Hanby and Gallagher measure the gap in percentage points (0 is proportional).",
                    "Индексы Лусмора — Хэнби и Галлахера измеряют разрыв в процентных пунктах (0 — пропорционально).",
                    "Лусмор — Хэнби және Галлахер индекстері алшақтықты пайыздық тармақпен өлшейді (0 — пропорционалды)."
                ))
            }
            div.table-scroll {
                table.local-shares {
                    thead { tr {
                        th scope="col" { (ui.t("Account", "Описание", "Мәлімет")) }
                        th scope="col" { (ui.t("Body or proposal", "Орган или проект", "Орган не жоба")) }
                        th scope="col" { (ui.t("Local seats", "Местные места", "Жергілікті орындар")) }
                        @for figure in &figures { th scope="col" { (figure_name(ui, figure)) } }
                    } }
                    tbody {
                        @for account in &accounts {
                            tr data-account=(account.composition) {
                                td { a href=(format!("#seats-{}", account.chart)) { (account.label.as_deref().unwrap_or(&account.composition)) } }
                                td { (link_entity(model, &account.of, ui)) }
                                td { @if let Some(local) = &account.local { (local.display) } }
                                @for figure in &figures {
                                    td { @if let Some(f) = figure_of(account, &figure.population) { (figure_cell(ui, f)) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// `14 · 15 · 14` and, under it, the two indices.
fn figure_cell(ui: &Ui, figure: &Figure) -> Markup {
    html! {
        span.apportioned { (apportioned_cell(&figure.apportioned)) }
        @if let (Some(lh), Some(g)) = (&figure.loosemore_hanby_points, &figure.gallagher_points) {
            br;
            span.indices {
                abbr title=(ui.t("Loosemore–Hanby", "Лусмор — Хэнби", "Лусмор — Хэнби")) { "LH" } " " (lh) " · "
                abbr title=(ui.t("Gallagher", "Галлахер", "Галлахер")) { "G" } " " (g)
            }
        }
    }
}

/// The accounts of one body or sitting side by side: constituency rows, then
/// the unknown seats, the size, the local share, the proportional body and
/// the indices at each population figure, then the voting power.
pub fn comparison(model: &Model, ui: &Ui, comparison: &Comparison, charts: &Charts) -> Markup {
    let accounts: Vec<Option<&Account>> = comparison
        .columns
        .iter()
        .map(|c| charts.get(c.chart.as_str()).copied())
        .collect();
    let figures = figures(accounts.iter().flatten().copied());
    html! {
        div.table-scroll {
            table.comparison data-comparison=(comparison.id) {
                caption { (ui.t("Side by side", "Рядом", "Қатар")) ": " (comparison.title) }
                thead { tr {
                    th scope="col" { (ui.t("Constituency", "Группа", "Топ")) }
                    @for column in &comparison.columns {
                        th scope="col" data-chart=(column.chart) {
                            a href=(format!("#seats-{}", column.chart)) { (column.label.as_deref().unwrap_or(&column.composition)) }
                            @if let Some(outcome) = column.outcome {
                                br; span.outcome data-outcome=(outcome) { (words::outcome(ui, outcome)) }
                            }
                        }
                    }
                } }
                tbody {
                    @for row in &comparison.rows {
                        tr {
                            th scope="row" {
                                (link_entity(model, &row.constituency, ui))
                                @if row.local { " " span.local-mark { (ui.t("local", "местные", "жергілікті")) } }
                            }
                            @for cell in &row.cells { td { (seat_cell(ui, *cell)) } }
                        }
                    }
                }
                tbody.summary {
                    (summary_row(ui.t("Unknown seats", "Неизвестные места", "Белгісіз орындар"), &accounts, |a| a.unknown_seats.to_string()))
                    (summary_row(ui.t("Seats in all", "Всего мест", "Барлық орын"), &accounts, |a| a.seats.to_string()))
                    (summary_row(ui.t("Local Muslim population's seats", "Места местного мусульманского населения", "Жергілікті мұсылман халқының орындары"), &accounts,
                        |a| a.local.as_ref().map_or(String::new(), |l| l.display.clone())))
                    @for figure in &figures { (figure_rows(ui, figure, &accounts)) }
                }
                (power_rows(model, ui, comparison, &accounts))
            }
        }
    }
}

fn seat_cell(ui: &Ui, cell: Cell) -> Markup {
    html! {
        @match cell {
            Cell::Seats(n) => (n),
            Cell::Unnumbered => abbr title=(ui.t("listed without a number: unknown", "названа без числа мест: неизвестно", "орын санынсыз аталған: белгісіз")) { "?" },
            Cell::NotListed => abbr title=(ui.t("not listed", "не названа", "аталмаған")) { "—" },
        }
    }
}

fn summary_row(
    heading: &str,
    accounts: &[Option<&Account>],
    value: impl Fn(&Account) -> String,
) -> Markup {
    html! {
        tr {
            th scope="row" { (heading) }
            @for account in accounts { td { @if let Some(a) = account { (value(a)) } } }
        }
    }
}

fn figure_rows<'a>(ui: &Ui, figure: &Figure, accounts: &[Option<&'a Account>]) -> Markup {
    let method_names: Vec<String> = figure
        .apportioned
        .iter()
        .map(|a| a.method.clone())
        .collect();
    let of = |account: &Option<&'a Account>| account.and_then(|a| figure_of(a, &figure.population));
    html! {
        tr.proportional {
            th scope="row" {
                (ui.t("A proportional body of the same size", "Пропорциональный орган того же размера", "Дәл сондай көлемдегі пропорционалды орган"))
                ", " (figure_name(ui, figure)) ": "
                (ui.t("local seats by", "местных мест по методам", "жергілікті орын, әдістер"))
                " " (methods_named(ui, &method_names))
            }
            @for account in accounts { td { @if let Some(f) = of(account) { (apportioned_cell(&f.apportioned)) } } }
        }
        tr.index {
            th scope="row" { (ui.t("Loosemore–Hanby", "Лусмор — Хэнби", "Лусмор — Хэнби")) ", " (ui.t("points", "п. п.", "тармақ")) " (" (figure.share_percent) " %, " code { (figure.population) } ")" }
            @for account in accounts { td { @if let Some(f) = of(account) {
                @if let (Some(points), Some(exact)) = (&f.loosemore_hanby_points, &f.loosemore_hanby) {
                    abbr title=(exact) { (points) }
                }
            } } }
        }
        tr.index {
            th scope="row" { (ui.t("Gallagher", "Галлахер", "Галлахер")) ", " (ui.t("points", "п. п.", "тармақ")) " (" (figure.share_percent) " %, " code { (figure.population) } ")" }
            @for account in accounts { td { @if let Some(f) = of(account) {
                @if let Some(points) = &f.gallagher_points { (points) }
            } } }
        }
    }
}

/// The voting power of each constituency in each column (normalised
/// Banzhaf · Shapley–Shubik), where the account allows it.
fn power_rows(
    model: &Model,
    ui: &Ui,
    comparison: &Comparison,
    accounts: &[Option<&Account>],
) -> Markup {
    let cell = |account: &Option<&Account>, constituency: &str| match account.map(|a| &a.power) {
        Some(Power::Computed { rows, .. }) => rows
            .iter()
            .find(|r| r.constituency == constituency)
            .map(|r| format!("{} · {}", r.banzhaf, r.shapley_shubik)),
        _ => None,
    };
    html! {
        tbody.power {
            tr { th colspan=(accounts.len() + 1) scope="rowgroup" {
                (ui.t(
                    "Voting power, a scenario: each constituency votes as one bloc, a simple majority passes (normalised Banzhaf · Shapley–Shubik)",
                    "Сила голоса, сценарий: каждая группа голосует единым блоком, решает простое большинство (нормированный индекс Банцафа · Шепли — Шубика)",
                    "Дауыс күші, сценарий: әр топ бір блок болып дауыс береді, қарапайым көпшілік шешеді (нормаланған Банцаф · Шепли — Шубик индексі)"
                ))
            } }
            @for row in &comparison.rows {
                tr {
                    th scope="row" { (link_entity(model, &row.constituency, ui)) }
                    @for account in accounts { td { (cell(account, &row.constituency).unwrap_or_else(|| "—".to_owned())) } }
                }
            }
        }
    }
}

/// What the voting-power scenario assumes.
pub fn scenario_note(ui: &Ui, quota: u64, total: u64) -> Markup {
    html! {
        p.scenario {
            (ui.t(
                "A scenario, not a fact: each constituency votes as one bloc and a motion passes with a simple majority of",
                "Сценарий, а не факт: каждая группа голосует единым блоком, и решение принимается простым большинством —",
                "Бұл факт емес, сценарий: әр топ бір блок болып дауыс береді, шешім қарапайым көпшілікпен қабылданады:"
            ))
            " " (quota) " " (ui.t("of", "из", "/")) " " (total) ". "
            (ui.t("The sources give no decision rule.", "Источники не называют порядка принятия решений.", "Дереккөздер шешім қабылдау тәртібін айтпайды."))
        }
    }
}

/// The power of each constituency of one account, exact with a rounded decimal.
pub fn power_table(model: &Model, ui: &Ui, rows: &[PowerRow]) -> Markup {
    html! {
        table.power {
            thead { tr {
                th scope="col" { (ui.t("Constituency", "Группа", "Топ")) }
                th scope="col" { (ui.t("Seats", "Места", "Орын")) }
                th scope="col" { (ui.t("Normalised Banzhaf", "Нормированный индекс Банцафа", "Нормаланған Банцаф индексі")) }
                th scope="col" { (ui.t("Shapley–Shubik", "Шепли — Шубик", "Шепли — Шубик")) }
                th scope="col" { (ui.t("Alone it can", "В одиночку может", "Жалғыз өзі")) }
            } }
            tbody {
                @for row in rows {
                    tr {
                        th scope="row" { (link_entity(model, &row.constituency, ui)) }
                        td { (row.seats) }
                        td { (row.banzhaf) " ≈ " (row.banzhaf_decimal) }
                        td { (row.shapley_shubik) " ≈ " (row.shapley_shubik_decimal) }
                        td { (alone(ui, row)) }
                    }
                }
            }
        }
    }
}

fn alone<'a>(ui: &Ui, row: &PowerRow) -> &'a str {
    match (row.can_pass_alone, row.can_block) {
        (true, _) => ui.t("pass a motion", "принять решение", "шешім қабылдай алады"),
        (false, true) => ui.t(
            "block, not pass",
            "заблокировать, но не принять",
            "бөгей алады, қабылдай алмайды",
        ),
        (false, false) => ui.t(
            "neither pass nor block",
            "ни принять, ни заблокировать",
            "қабылдай да, бөгей де алмайды",
        ),
    }
}
