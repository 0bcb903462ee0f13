//! The page's markup: the options form, each body with its accounts, each
//! proposal grouped by the sitting it was put at, and every account as a
//! seat chart with its legend, its size, the local population's share and
//! the voting power of its constituencies. Everything from the model is text
//! (maud escapes it); every figure links to its claims.

use std::collections::HashMap;

use kenes_model::{Id, Model};
use maud::{Markup, html};

use crate::i18n::{Lang, Ui};
use crate::names::{claim_link, entity_link};

use super::Selection;
use super::analysis::Power;
use super::data::{Account, Bodies, BodyView, ProposalView};
use super::hemicycle::{self, Chart, MAX_DRAWN_SEATS, SeatStyle, Wedge};
use super::tables;
use super::words;

/// The methods the form offers.
const OFFERED_METHODS: [&str; 7] = [
    "hamilton",
    "droop",
    "dhondt",
    "sainte-lague",
    "huntington-hill",
    "adams",
    "quota",
];

/// Accounts by the id their chart carries.
pub type Charts<'v> = HashMap<&'v str, &'v Account>;

/// Everything under the page's heading.
pub fn page_body(model: &Model, ui: &Ui, view: &Bodies, selection: &Selection) -> Markup {
    let charts: Charts = view
        .bodies
        .iter()
        .flat_map(|b| &b.accounts)
        .chain(view.proposals.iter().flat_map(|p| &p.accounts))
        .map(|a| (a.chart.as_str(), a))
        .collect();
    html! {
        p.lead { (ui.t(
            "Each body of the model with every source's account of its seats, and the proposals put to it. Each account is a seat chart: a wedge per constituency in the colours of its legend; hollow seats are seats the source gives to no one it lists (a constituency named without a number is unknown, not zero). Where there are several accounts or drafts, a table sets them side by side against a proportional body of the same size.",
            "Каждый орган модели с тем, как каждый источник описывает его места, и проекты, предложенные ему. Каждое описание — диаграмма мест: клин на каждую группу в цветах её легенды; пустые кружки — места, которые источник не отдаёт никому из названных (группа, названная без числа мест, — неизвестное, а не ноль). Где описаний или проектов несколько, таблица ставит их рядом и сравнивает с пропорциональным органом того же размера.",
            "Модельдің әр органы, әр дереккөздің оның орындары туралы мәліметі және оған ұсынылған жобалар. Әр мәлімет — орындар диаграммасы: әр топқа шартты белгілердегі түсімен бір сына; бос шеңберлер — дереккөз аталғандардың ешқайсысына бермеген орындар (орын саны көрсетілмей аталған топ нөл емес, белгісіз). Мәліметтер не жобалар бірнешеу болса, кесте оларды қатар қойып, дәл сондай көлемдегі пропорционалды органмен салыстырады."
        )) }
        (options_form(model, ui, selection))
        (contents(ui, view))
        @if let Some(reading) = &view.local_reading {
            (tables::local_summary(model, ui, view, reading))
        }
        section #bodies {
            h2 { (ui.t("Bodies", "Органы", "Органдар")) }
            @if view.bodies.is_empty() {
                p { (ui.t("The model has no bodies.", "В модели нет органов.", "Модельде органдар жоқ.")) }
            }
            @for body in &view.bodies {
                (body_article(model, ui, view, body, &charts))
            }
        }
        (proposals_section(model, ui, view, &charts))
    }
}

/// The GET form that chooses a body and the methods (no script needed).
fn options_form(model: &Model, ui: &Ui, selection: &Selection) -> Markup {
    let chosen: Vec<String> = selection.methods.iter().map(ToString::to_string).collect();
    let body = selection.body.as_ref().map(|b| b.as_str());
    html! {
        form.bodies-options method="get" action="/bodies" {
            label for="body" { (ui.t("Body", "Орган", "Орган")) }
            select #body name="body" {
                option value="" { (ui.t("All bodies", "Все органы", "Барлық органдар")) }
                @for b in model.bodies() {
                    option value=(b.id().as_str()) selected[body == Some(b.id().as_str())] {
                        (kenes_analysis::names::label(model, b.id().id()))
                    }
                }
            }
            fieldset {
                legend { (ui.t(
                    "Proportional body apportioned by",
                    "Пропорциональный орган по методу",
                    "Пропорционалды органды бөлу әдісі"
                )) }
                @for method in OFFERED_METHODS {
                    label.method {
                        input type="checkbox" name="method" value=(method) checked[chosen.iter().any(|c| c == method)];
                        " " (words::method(ui, method))
                    }
                }
            }
            @if ui.lang != Lang::En {
                input type="hidden" name="lang" value=(ui.lang.code());
            }
            button type="submit" { (ui.t("Show", "Показать", "Көрсету")) }
        }
    }
}

fn contents(ui: &Ui, view: &Bodies) -> Markup {
    html! {
        nav.contents aria-label=(ui.t("On this page", "На этой странице", "Осы бетте")) {
            ol {
                @if view.local_reading.is_some() {
                    li { a href="#local-shares" { (ui.t("The local population's share", "Доля местного населения", "Жергілікті халықтың үлесі")) } }
                }
                @for body in &view.bodies {
                    li { a href=(format!("#{}", body.id)) { (body.name) } }
                }
                li { a href="#proposals" { (ui.t("Proposals", "Проекты", "Жобалар")) } }
            }
        }
    }
}

/// `Claims: c.1, c.2` with each claim linked.
pub fn evidence(ui: &Ui, claims: &[String]) -> Markup {
    html! {
        @if !claims.is_empty() {
            span.claims {
                (ui.t("Claims", "Утверждения", "Тұжырымдар")) ": "
                @for (i, claim) in claims.iter().enumerate() {
                    @if i > 0 { ", " }
                    (link_id(claim, ui))
                }
            }
        }
    }
}

/// A link to the page of any id of the model, shown as the id.
pub fn link_id(id: &str, ui: &Ui) -> Markup {
    match Id::new(id) {
        Ok(id) => claim_link(&id, ui),
        Err(_) => html! { code { (id) } },
    }
}

/// A link to the entity an id names, named for the reader.
pub fn link_entity(model: &Model, id: &str, ui: &Ui) -> Markup {
    match Id::new(id) {
        Ok(id) => entity_link(model, &id, ui),
        Err(_) => html! { code { (id) } },
    }
}

fn body_article(model: &Model, ui: &Ui, view: &Bodies, body: &BodyView, charts: &Charts) -> Markup {
    html! {
        article.body id=(body.id) {
            h3 { (link_entity(model, &body.id, ui)) }
            p.meta {
                (words::body_kind(ui, body.kind))
                @if let Some(place) = &body.place { " · " (link_entity(model, place, ui)) }
                @if let Some(attached) = &body.attached_to {
                    " · " (ui.t("attached to", "при", "жанында")) " " (link_entity(model, attached, ui))
                }
                " · " code { (body.id) }
            }
            p.evidence { (evidence(ui, &body.claims)) }
            @if let Some(note) = &body.note { p.note { (note) } }
            @if body.accounts.is_empty() {
                p { (ui.t("No source gives its seats.", "Ни один источник не указывает его мест.", "Оның орындарын ешбір дереккөз көрсетпейді.")) }
            }
            div.accounts {
                @for account in &body.accounts { (account_figure(model, ui, account, false)) }
            }
            @if !body.proposals.is_empty() {
                p.put-to {
                    (ui.t("Proposals that would form it:", "Проекты, которые его образовали бы:", "Оны құратын жобалар:")) " "
                    @for (i, id) in body.proposals.iter().enumerate() {
                        @if i > 0 { ", " }
                        a href=(format!("#{id}")) { code { (id) } }
                    }
                }
            }
            @for comparison in view.comparisons.iter().filter(|c| c.kind == "body" && c.id == body.id) {
                (tables::comparison(model, ui, comparison, charts))
            }
        }
    }
}

/// The proposals, grouped by the sitting each was put at (in the order the
/// model gives them), with the drafts of one sitting side by side.
fn proposals_section(model: &Model, ui: &Ui, view: &Bodies, charts: &Charts) -> Markup {
    let mut sittings: Vec<Option<&str>> = Vec::new();
    for proposal in &view.proposals {
        if !sittings.contains(&proposal.event.as_deref()) {
            sittings.push(proposal.event.as_deref());
        }
    }
    html! {
        section #proposals {
            h2 { (ui.t("Proposals", "Проекты", "Жобалар")) }
            @if view.proposals.is_empty() {
                p { (ui.t("No proposals.", "Проектов нет.", "Жобалар жоқ.")) }
            }
            @for sitting in sittings {
                section.sitting {
                    h3 { @match sitting {
                        Some(event) => (link_entity(model, event, ui)),
                        None => (ui.t("Not tied to a sitting", "Вне заседаний", "Отырысқа байланыссыз")),
                    } }
                    div.proposals {
                        @for proposal in view.proposals.iter().filter(|p| p.event.as_deref() == sitting) {
                            (proposal_article(model, ui, proposal))
                        }
                    }
                    @for comparison in view.comparisons.iter().filter(|c| c.kind == "event" && Some(c.id.as_str()) == sitting) {
                        (tables::comparison(model, ui, comparison, charts))
                    }
                }
            }
        }
    }
}

fn proposal_article(model: &Model, ui: &Ui, proposal: &ProposalView) -> Markup {
    html! {
        article.proposal id=(proposal.id) data-outcome=(proposal.outcome) {
            h4 { (link_entity(model, &proposal.id, ui)) }
            p.meta {
                span.outcome data-outcome=(proposal.outcome) { (words::outcome(ui, proposal.outcome)) }
                @if !proposal.proposers.is_empty() {
                    " · " (ui.t("proposed by", "кем внесён:", "ұсынған:")) " "
                    @for (i, who) in proposal.proposers.iter().enumerate() {
                        @if i > 0 { ", " }
                        (link_entity(model, who, ui))
                    }
                }
                @if let Some(body) = &proposal.body {
                    " · " (ui.t("forms", "образует", "құрайды")) " " (link_entity(model, body, ui))
                }
                @if let Some(vote) = &proposal.vote {
                    " · " (ui.t("vote", "голосование", "дауыс беру")) ": "
                    @for (i, (option, count)) in vote.tallies.iter().enumerate() {
                        @if i > 0 { ", " }
                        (option) " " (count)
                    }
                    @if let Some(present) = vote.present {
                        " (" (present) " " (ui.t("present", "присутствовало", "қатысты")) ")"
                    }
                    " " (link_id(&vote.id, ui))
                }
            }
            p.evidence { (evidence(ui, &proposal.claims)) }
            @if !proposal.points.is_empty() {
                ol.points { @for point in &proposal.points { li { (point) } } }
            }
            @if let Some(note) = &proposal.note { p.note { (note) } }
            @for account in &proposal.accounts { (account_figure(model, ui, account, true)) }
        }
    }
}

/// One account: its chart, legend, size, local share and voting power.
fn account_figure(model: &Model, ui: &Ui, account: &Account, nested: bool) -> Markup {
    let heading = account_heading(ui, account);
    html! {
        figure.account id=(format!("seats-{}", account.chart)) {
            @if nested { h5 { (heading) } } @else { h4 { (heading) } }
            p.evidence {
                (link_id(&account.composition, ui))
                @if let Some(verdict) = &account.reading {
                    " · "
                    @if verdict.adopted {
                        (ui.t("adopted by reading", "принято чтением", "оқылым қабылдаған"))
                    } @else {
                        (ui.t("not adopted by reading", "не принято чтением", "оқылым қабылдамаған"))
                    }
                    " " (link_id(&verdict.reading, ui))
                }
                " · " (evidence(ui, &account.claims))
            }
            (chart_or_reason(ui, account, &heading))
            (legend(model, ui, account))
            (size_line(ui, account))
            @if let Some(note) = &account.note { p.note { (note) } }
            (local_line(ui, account))
            (power_block(model, ui, account))
        }
    }
}

fn account_heading(ui: &Ui, account: &Account) -> String {
    let label = account.label.as_deref().unwrap_or(&account.composition);
    if account.chart == account.composition {
        label.to_owned()
    } else {
        format!(
            "{}: {label}",
            ui.t("As formed", "Как образован", "Құрылған түрі")
        )
    }
}

/// The style of each constituency's seats: palette colours in list order,
/// for those that hold seats.
fn styles(account: &Account) -> Vec<Option<SeatStyle>> {
    let mut next = 0;
    account
        .constituencies
        .iter()
        .map(|c| {
            (c.seats.unwrap_or(0) > 0).then(|| {
                next += 1;
                SeatStyle::Filled(next - 1)
            })
        })
        .collect()
}

fn unknown_title(ui: &Ui) -> &str {
    ui.t(
        "Unknown: the source gives this seat to no one it lists",
        "Неизвестно: источник не отдаёт это место никому из названных",
        "Белгісіз: дереккөз бұл орынды аталғандардың ешқайсысына бермейді",
    )
}

fn chart_of(ui: &Ui, account: &Account, heading: &str) -> Chart {
    let mut wedges: Vec<Wedge> = account
        .constituencies
        .iter()
        .zip(styles(account))
        .filter_map(|(c, style)| {
            Some(Wedge {
                seats: u64::from(c.seats?),
                style: style?,
                title: format!("{} ({}/{})", c.name, c.seats?, account.seats),
            })
        })
        .collect();
    if account.unknown_seats > 0 {
        wedges.push(Wedge {
            seats: account.unknown_seats,
            style: SeatStyle::Unknown,
            title: unknown_title(ui).to_owned(),
        });
    }
    let parts: Vec<String> = account
        .constituencies
        .iter()
        .map(|c| {
            format!(
                "{}: {}",
                c.name,
                c.seats.map_or("?".to_owned(), |n| n.to_string())
            )
        })
        .chain((account.unknown_seats > 0).then(|| {
            format!(
                "{}: {}",
                ui.t("unknown", "неизвестно", "белгісіз"),
                account.unknown_seats
            )
        }))
        .collect();
    let label = format!(
        "{heading}. {}: {}. {}",
        ui.t("Seats in all", "Всего мест", "Барлық орын"),
        account.seats,
        parts.join("; ")
    );
    Chart {
        id: account.chart.clone(),
        label,
        wedges,
    }
}

fn chart_or_reason(ui: &Ui, account: &Account, heading: &str) -> Markup {
    html! {
        @if account.seats == 0 {
            p.no-chart { (ui.t(
                "No chart: the source names the constituencies without numbers and states no size.",
                "Диаграммы нет: источник называет группы без числа мест и не указывает размера.",
                "Диаграмма жоқ: дереккөз топтарды орын санынсыз атайды, жалпы санын көрсетпейді."
            )) }
        } @else if account.seats > MAX_DRAWN_SEATS {
            p.no-chart { (ui.t(
                "No chart: too many seats to draw.",
                "Диаграммы нет: слишком много мест.",
                "Диаграмма жоқ: орын тым көп."
            )) " (" (account.seats) ")" }
        } @else {
            (hemicycle::svg(&chart_of(ui, account, heading)))
        }
    }
}

fn legend(model: &Model, ui: &Ui, account: &Account) -> Markup {
    let share = |n: u64| {
        kenes_analysis::representation::Fraction::new(n, account.seats)
            .map(|f| format!("{f} = {}", f.percent_display()))
    };
    html! {
        ul.legend data-composition=(account.chart) {
            @for (c, style) in account.constituencies.iter().zip(styles(account)) {
                li data-seats=[c.seats] class=[c.seats.is_none().then_some("unnumbered")] {
                    @if let Some(style) = style { (hemicycle::swatch(style)) " " }
                    (link_entity(model, &c.constituency, ui)) ": "
                    @match c.seats {
                        Some(n) => { strong { (n) } @if let Some(s) = share(u64::from(n)) { " (" (s) ")" } }
                        None => { strong { "?" } " " (ui.t("(listed without a number)", "(названа без числа мест)", "(орын санынсыз аталған)")) }
                    }
                    @if c.local { " " span.local-mark { (ui.t("local", "местные", "жергілікті")) } }
                    @if let Some(note) = &c.note { " — " span.note { (note) } }
                }
            }
            @if account.unknown_seats > 0 {
                li.unknown data-seats=(account.unknown_seats) {
                    (hemicycle::swatch(SeatStyle::Unknown)) " "
                    (unknown_title(ui)) ": " strong { (account.unknown_seats) }
                    @if let Some(s) = share(account.unknown_seats) { " (" (s) ")" }
                }
            }
        }
    }
}

fn size_line(ui: &Ui, account: &Account) -> Markup {
    html! {
        p.size {
            (ui.t("Stated size", "Заявленный размер", "Көрсетілген саны")) ": "
            @match account.stated_size {
                Some(size) => strong { (size) },
                None => (ui.t("not stated", "не указан", "айтылмаған")),
            }
            " · " (ui.t("seats listed with a number", "мест с указанным числом", "саны көрсетілген орын")) ": " (account.listed_seats)
            " · " (ui.t("unknown", "неизвестно", "белгісіз")) ": " (account.unknown_seats)
            @if account.stated_size.is_some_and(|s| u64::from(s) < account.listed_seats) {
                " · " strong { (ui.t(
                    "the listed seats exceed the stated size",
                    "перечисленных мест больше заявленного размера",
                    "аталған орындар көрсетілген саннан көп"
                )) }
            }
        }
    }
}

fn local_line(ui: &Ui, account: &Account) -> Markup {
    html! {
        @if let Some(local) = &account.local {
            p.local {
                (ui.t("Local Muslim population's seats", "Места местного мусульманского населения", "Жергілікті мұсылман халқының орындары")) ": "
                strong { (local.display) }
                @if let Some(bound) = words::bound(ui, local.bound) { " — " (bound) }
            }
        }
    }
}

fn power_block(model: &Model, ui: &Ui, account: &Account) -> Markup {
    html! {
        @match &account.power {
            Power::Unavailable { reason } => {
                p.power { (ui.t("Voting power", "Сила голоса", "Дауыс күші")) ": " (words::unavailable(ui, *reason)) }
            }
            Power::Computed { quota, total, rows } => {
                details.power {
                    summary { (ui.t("Voting power (a scenario)", "Сила голоса (сценарий)", "Дауыс күші (сценарий)")) }
                    (tables::scenario_note(ui, *quota, *total))
                    (tables::power_table(model, ui, rows))
                }
            }
        }
    }
}
