//! The network page (`/network`) and its API (`/api/network`): actors linked
//! by membership, participation in the same event, and alignment or
//! opposition on an issue, in a period chosen with a GET form (`?from=` and
//! `?to=`, YYYY-MM-DD, Old Style unless `?calendar=gregorian`; the model's
//! whole period by default). The drawing is SVG computed on the server; the
//! same links follow as tables, each with its evidence.

mod graph;
mod layout;
mod links;
mod list;
mod svg;
mod words;

use axum::Json;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use kenes_model::Model;
use kenes_model::date::Calendar;
use maud::{Markup, html};
use serde::Deserialize;

use self::graph::{Network, network};
use self::links::Period;
use super::Shared;
use super::stances::input::{self, Problem, given};
use crate::i18n::{Lang, Ui};
use crate::layout::{nav_label, page as whole_page};

/// The period asked for; an absent or empty end is the model period's.
#[derive(Debug, Default, Deserialize)]
pub struct NetworkQuery {
    from: Option<String>,
    to: Option<String>,
    /// The calendar of `from` and `to`: julian (the default, Old Style) or gregorian.
    calendar: Option<String>,
}

/// The period `query` asks for, within the model's, and its calendar.
fn period(model: &Model, query: &NetworkQuery) -> Result<(Period, Calendar), Problem> {
    let calendar = input::calendar(model, given(&query.calendar))?;
    let (first, last) = input::period(model);
    let end = |text: Option<&str>, default| match text {
        Some(text) => input::within_period(model, input::day(text, calendar)?).map(Some),
        None => Ok(default),
    };
    let from = end(given(&query.from), first)?;
    let to = end(given(&query.to), last)?;
    if let (Some(from), Some(to)) = (from, to)
        && from > to
    {
        return Err(Problem::Reversed {
            from: input::dual(model, from),
            to: input::dual(model, to),
        });
    }
    Ok((Period { from, to }, calendar))
}

/// `/network`: the period form, the drawing with its legend, the links.
pub async fn page(State(explorer): Shared, ui: Ui, Query(query): Query<NetworkQuery>) -> Response {
    let model = &explorer.model;
    let (period, calendar) = match period(model, &query) {
        Ok(found) => found,
        Err(problem) => return input::bad_request(&explorer, &ui, "/network", &problem),
    };
    let network = network(model, period, calendar);
    let body = body(model, &ui, &network, calendar);
    let title = nav_label(&ui, "/network");
    Html(whole_page(&explorer, &ui, "/network", &title, body).into_string()).into_response()
}

/// `/api/network`: the same network as JSON (nodes with their places in the
/// drawing, links with their evidence); 400 with `{"error": …}` for a
/// period it cannot read.
pub async fn api(State(explorer): Shared, Query(query): Query<NetworkQuery>) -> Response {
    match period(&explorer.model, &query) {
        Ok((period, calendar)) => Json(network(&explorer.model, period, calendar)).into_response(),
        Err(problem) => input::api_error(&problem),
    }
}

fn body(model: &Model, ui: &Ui, network: &Network, calendar: Calendar) -> Markup {
    let span = match (&network.from_dual, &network.to_dual) {
        (Some(from), Some(to)) => format!("{from} — {to}"),
        (Some(from), None) => from.clone(),
        (None, Some(to)) => to.clone(),
        (None, None) => String::new(),
    };
    let counts = format!(
        "{}, {}",
        words::actors(ui, network.nodes.len()),
        words::links(ui, network.links.len())
    );
    let described = format!(
        "{}: {counts}. {span}",
        ui.t("Network", "Сеть связей", "Байланыстар желісі")
    );
    html! {
        p.lead { (ui.t(
            "Actors linked by membership, by taking part in the same event, and by holding the same or opposite positions on an issue, in the period chosen. Only links whose evidence falls in the period are drawn; undated evidence (most affiliations, events the sources leave undated) counts throughout.",
            "Участники, связанные членством, участием в одном событии и одинаковыми или противоположными позициями по вопросу, в выбранный период. Показаны только связи, основания которых приходятся на период; основания без даты (большинство членств, события, которые источники не датируют) учитываются на весь период.",
            "Мүшелікпен, бір оқиғаға қатысумен және мәселе бойынша бір не қарама-қарсы ұстаныммен байланысқан қатысушылар, таңдалған кезеңде. Негіздері кезеңге түсетін байланыстар ғана көрсетіледі; күні жоқ негіздер (мүшеліктердің көбі, дереккөздер күнін бермейтін оқиғалар) бүкіл кезеңге есептеледі."
        )) }
        (form(model, ui, network, calendar))
        p.day { (span) " · " (counts) }
        @if network.nodes.is_empty() {
            p.warning { (ui.t("No link falls in this period.", "В этот период связей нет.", "Бұл кезеңде байланыс жоқ.")) }
        } @else {
            figure.network-figure {
                (svg::drawing(model, ui, network, &described))
                figcaption { (svg::legend(ui)) }
            }
            (list::links(model, ui, network))
        }
    }
}

/// The GET form of the period, bounded by the model's.
fn form(model: &Model, ui: &Ui, network: &Network, calendar: Calendar) -> Markup {
    let (first, last) = input::period(model);
    let (min, max) = (
        first.map(|d| d.iso(calendar)),
        last.map(|d| d.iso(calendar)),
    );
    let style = match calendar {
        Calendar::Julian => ui.t("Old Style", "ст. ст.", "ескі стиль"),
        Calendar::Gregorian => ui.t("New Style", "нов. ст.", "жаңа стиль"),
    };
    html! {
        form.network-period method="get" action="/network" {
            label {
                (ui.t("From", "С", "Басы")) " (" (style) ") "
                input type="date" name="from" value=[network.from.as_deref()] min=[min.as_deref()] max=[max.as_deref()];
            }
            label {
                (ui.t("To", "По", "Соңы")) " (" (style) ") "
                input type="date" name="to" value=[network.to.as_deref()] min=[min.as_deref()] max=[max.as_deref()];
            }
            @if calendar == Calendar::Gregorian {
                input type="hidden" name="calendar" value="gregorian";
            }
            @if ui.lang != Lang::En {
                input type="hidden" name="lang" value=(ui.lang.code());
            }
            button type="submit" { (ui.t("Show", "Показать", "Көрсету")) }
            " " a href=(ui.href("/network")) { (ui.t("The whole period", "Весь период", "Бүкіл кезең")) }
        }
    }
}
