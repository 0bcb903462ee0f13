//! The network page (`/network`) and its API (`/api/network`): actors linked
//! by membership, participation in the same event, and alignment or
//! opposition on an issue, in a period chosen with a GET form (`?from=` and
//! `?to=`, YYYY-MM-DD, Old Style unless `?calendar=gregorian`; the model's
//! whole period by default). The reader may show only some kinds of link
//! (`?kind=`, repeated; all four by default) and focus on one actor
//! (`?actor=`: it, its neighbours and the links among them). The drawing is
//! SVG computed on the server, a line per pair of actors and kind of link;
//! the same links follow as tables, each with every piece of its evidence.

mod form;
mod graph;
mod layout;
mod links;
mod list;
mod pack;
mod rooms;
mod svg;
mod words;

use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use kenes_model::Model;
use kenes_model::date::Calendar;
use maud::{Markup, html};

use std::sync::{Arc, Mutex};

use self::graph::{Filter, Network, network};
use self::links::{LinkKind, Period};
use super::Shared;
use super::stances::input::{self, Problem, given};
use crate::Explorer;
use crate::i18n::{Lang, Ui};
use crate::layout::{nav_label, page as whole_page};

/// What a request asks for; absent or empty values take the defaults.
#[derive(Debug, Default)]
pub struct NetworkQuery {
    from: Option<String>,
    to: Option<String>,
    /// The calendar of `from` and `to`: julian (the default, Old Style) or gregorian.
    calendar: Option<String>,
    /// Every `kind=` given, in order.
    kinds: Vec<String>,
    actor: Option<String>,
}

impl NetworkQuery {
    /// The query's parameters read by name (`kind` may repeat, so the
    /// query is taken as pairs); others, such as `lang`, are left alone.
    fn read(pairs: Vec<(String, String)>) -> NetworkQuery {
        let mut query = NetworkQuery::default();
        for (name, value) in pairs {
            match name.as_str() {
                "from" => query.from = Some(value),
                "to" => query.to = Some(value),
                "calendar" => query.calendar = Some(value),
                "kind" => query.kinds.push(value),
                "actor" => query.actor = Some(value),
                _ => {}
            }
        }
        query
    }
}

/// Why a query cannot be shown: a period, calendar or actor it cannot
/// read, or a kind of link there is not.
#[derive(Debug)]
enum Unreadable {
    Input(Problem),
    Kind(String),
}

impl From<Problem> for Unreadable {
    fn from(problem: Problem) -> Unreadable {
        Unreadable::Input(problem)
    }
}

impl Unreadable {
    fn text(&self, ui: &Ui) -> String {
        match self {
            Unreadable::Input(problem) => problem.text(ui),
            Unreadable::Kind(text) => format!(
                "«{text}» {}",
                ui.t(
                    "is not a kind of link: choose membership, participation, alignment or opposition.",
                    "— не вид связи: выберите membership (членство), participation (участие в одном событии), alignment (одна позиция) или opposition (противоположные позиции).",
                    "— байланыс түрі емес: membership (мүшелік), participation (бір оқиғаға қатысу), alignment (бір ұстаным) не opposition (қарама-қарсы ұстанымдар) таңдаңыз."
                )
            ),
        }
    }

    /// The page saying what is wrong, with status 400 and a link back.
    fn page(&self, explorer: &Explorer, ui: &Ui) -> Response {
        match self {
            Unreadable::Input(problem) => input::bad_request(explorer, ui, "/network", problem),
            Unreadable::Kind(_) => {
                let body = html! {
                    p.warning role="alert" { (self.text(ui)) }
                    p { a href=(ui.href("/network")) { (ui.t("Back to the whole page", "Вернуться ко всей странице", "Бүкіл бетке оралу")) } }
                };
                let title = nav_label(ui, "/network");
                let markup = whole_page(explorer, ui, "/network", &title, body);
                (StatusCode::BAD_REQUEST, Html(markup.into_string())).into_response()
            }
        }
    }

    /// Status 400 and `{"error": …}` in English, for the API.
    fn api(&self) -> Response {
        let error = serde_json::json!({ "error": self.text(&Ui::new(Lang::En, "/network")) });
        (StatusCode::BAD_REQUEST, Json(error)).into_response()
    }
}

/// The networks already drawn, by what was asked: the layout is the costly
/// part of a page and depends only on the question, so the last
/// [`Drawn::KEPT`] answers are kept.
#[derive(Debug, Default)]
pub struct Drawn {
    kept: Mutex<Vec<(Chosen, Arc<Network>)>>,
}

impl Drawn {
    const KEPT: usize = 16;

    /// The network for `chosen`, drawn now or kept from before.
    fn get(&self, model: &Model, chosen: &Chosen) -> Arc<Network> {
        let found = self
            .lock()
            .iter()
            .find(|(c, _)| c == chosen)
            .map(|(_, n)| Arc::clone(n));
        if let Some(network) = found {
            return network;
        }
        let drawn = Arc::new(network(
            model,
            chosen.period,
            chosen.calendar,
            &chosen.filter,
        ));
        let mut kept = self.lock();
        if kept.len() == Self::KEPT {
            kept.remove(0);
        }
        kept.push((chosen.clone(), Arc::clone(&drawn)));
        drawn
    }

    /// The list, even if a thread panicked while holding it (it is only a cache).
    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(Chosen, Arc<Network>)>> {
        self.kept
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// What the query chose: the period, its calendar, and the kinds and actor.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Chosen {
    period: Period,
    calendar: Calendar,
    filter: Filter,
}

fn chosen(model: &Model, query: &NetworkQuery) -> Result<Chosen, Unreadable> {
    let (period, calendar) = period(model, query)?;
    let mut kinds: Vec<LinkKind> = Vec::new();
    for text in query
        .kinds
        .iter()
        .map(|k| k.trim())
        .filter(|k| !k.is_empty())
    {
        kinds.push(LinkKind::parse(text).ok_or_else(|| Unreadable::Kind(text.to_owned()))?);
    }
    if kinds.is_empty() {
        kinds = LinkKind::ALL.to_vec();
    }
    kinds.sort_unstable();
    kinds.dedup();
    let actor = match given(&query.actor) {
        Some(text) => Some(input::actor(model, text)?.to_string()),
        None => None,
    };
    Ok(Chosen {
        period,
        calendar,
        filter: Filter { kinds, actor },
    })
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

/// `/network`: the form, the drawing with its legend, the links.
pub async fn page(
    State(explorer): Shared,
    ui: Ui,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let model = &explorer.model;
    let chosen = match chosen(model, &NetworkQuery::read(pairs)) {
        Ok(chosen) => chosen,
        Err(unreadable) => return unreadable.page(&explorer, &ui),
    };
    let network = explorer.networks.get(model, &chosen);
    let body = body(model, &ui, &network, chosen.calendar);
    let title = nav_label(&ui, "/network");
    Html(whole_page(&explorer, &ui, "/network", &title, body).into_string()).into_response()
}

/// `/api/network`: the same network as JSON (nodes with their places in the
/// drawing, links with their evidence, the actors not drawn); 400 with
/// `{"error": …}` for a query it cannot read.
pub async fn api(State(explorer): Shared, Query(pairs): Query<Vec<(String, String)>>) -> Response {
    let model = &explorer.model;
    match chosen(model, &NetworkQuery::read(pairs)) {
        Ok(chosen) => Json(explorer.networks.get(model, &chosen).as_ref()).into_response(),
        Err(unreadable) => unreadable.api(),
    }
}

fn body(model: &Model, ui: &Ui, network: &Network, calendar: Calendar) -> Markup {
    let span = match (&network.from_dual, &network.to_dual) {
        (Some(from), Some(to)) => format!("{from} — {to}"),
        (Some(from), None) => from.clone(),
        (None, Some(to)) => to.clone(),
        (None, None) => String::new(),
    };
    let evidence: usize = network.links.iter().map(|l| l.evidence.len()).sum();
    let counts = format!(
        "{}, {}, {}",
        words::actors(ui, network.nodes.len()),
        words::links(ui, network.links.len()),
        words::evidence_count(ui, evidence)
    );
    let described = format!(
        "{}: {counts}. {span}",
        ui.t("Network", "Сеть связей", "Байланыстар желісі")
    );
    html! {
        p.lead { (ui.t(
            "Actors linked by membership, by taking part in the same event, and by holding the same or opposite positions on an issue, in the period chosen. Only links whose evidence falls in the period are drawn; undated evidence (most affiliations, events the sources leave undated) counts throughout. One line joins two actors for each kind of link, the wider the more evidence it rests on; the tables below give every piece.",
            "Участники, связанные членством, участием в одном событии и одинаковыми или противоположными позициями по вопросу, в выбранный период. Показаны только связи, основания которых приходятся на период; основания без даты (большинство членств, события, которые источники не датируют) учитываются на весь период. Двух участников соединяет одна линия на каждый вид связи, тем толще, чем больше у неё оснований; таблицы ниже приводят каждое основание.",
            "Мүшелікпен, бір оқиғаға қатысумен және мәселе бойынша бір не қарама-қарсы ұстаныммен байланысқан қатысушылар, таңдалған кезеңде. Негіздері кезеңге түсетін байланыстар ғана көрсетіледі; күні жоқ негіздер (мүшеліктердің көбі, дереккөздер күнін бермейтін оқиғалар) бүкіл кезеңге есептеледі. Екі қатысушыны әр байланыс түріне бір сызық қосады, негізі көп болған сайын жуанырақ; төмендегі кестелер әр негізді келтіреді."
        )) }
        (form::form(model, ui, network, calendar))
        p.day { (span) " · " (counts) }
        @if let Some(actor) = &network.actor {
            (focused(model, ui, network, actor))
        }
        @if network.nodes.is_empty() {
            p.warning { (ui.t("No link falls in this period under these choices.", "При этом выборе в этот период связей нет.", "Осы таңдауда бұл кезеңде байланыс жоқ.")) }
        } @else {
            figure.network-figure {
                div.network-scroll { (svg::drawing(model, ui, network, &described)) }
                figcaption { (svg::legend(ui)) }
            }
        }
        (hidden(model, ui, network))
        @if !network.links.is_empty() {
            (list::links(model, ui, network))
        }
    }
}

/// What a focus on `actor` shows, and the way back to every actor.
fn focused(model: &Model, ui: &Ui, network: &Network, actor: &str) -> Markup {
    let everyone = unfocused(network);
    html! {
        p.network-focus {
            (ui.t("Focused on", "В центре:", "Ортасында:")) " " (list::link_to(model, actor, ui)) ": "
            (ui.t("the actor, its neighbours and the links among them.", "участник, его соседи и связи между ними.", "қатысушы, оның көршілері және олардың арасындағы байланыстар."))
            " " a href=(ui.href(&everyone)) { (ui.t("Show every actor", "Показать всех участников", "Барлық қатысушыны көрсету")) }
        }
    }
}

/// The model's actors not drawn, counted, and named on request.
fn hidden(model: &Model, ui: &Ui, network: &Network) -> Markup {
    html! {
        @if !network.hidden.is_empty() {
            details.network-hidden {
                summary { (words::hidden(ui, network.hidden.len())) }
                ul {
                    @for id in &network.hidden {
                        li { (list::link_to(model, id, ui)) }
                    }
                }
            }
        }
    }
}

/// The address of this network without its focus: the same period and
/// kinds of link, every actor.
fn unfocused(network: &Network) -> String {
    let mut query: Vec<String> = Vec::new();
    for (name, value) in [("from", &network.from), ("to", &network.to)] {
        if let Some(value) = value {
            query.push(format!("{name}={}", encode(value)));
        }
    }
    if network.calendar != "julian" {
        query.push(format!("calendar={}", network.calendar));
    }
    if network.kinds.len() < LinkKind::ALL.len() {
        query.extend(network.kinds.iter().map(|k| format!("kind={}", k.as_str())));
    }
    if query.is_empty() {
        "/network".to_owned()
    } else {
        format!("/network?{}", query.join("&"))
    }
}

/// `text` with everything but letters, digits and `-._` percent-encoded.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' => {
                (byte as char).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A question asked again is answered from the kept drawing; no more
    /// than `KEPT` drawings are kept, the oldest going first.
    #[test]
    fn drawings_are_kept_for_the_questions_asked_last() {
        let explorer = Explorer::embedded();
        let model = &explorer.model;
        let ask = |actor: &str| {
            let query = NetworkQuery::read(vec![("actor".to_owned(), actor.to_owned())]);
            chosen(model, &query).unwrap()
        };
        let actors: Vec<String> = model.actors().iter().map(|a| a.id().to_string()).collect();
        let first = explorer.networks.get(model, &ask(&actors[0]));
        let again = explorer.networks.get(model, &ask(&actors[0]));
        assert!(Arc::ptr_eq(&first, &again));
        for actor in &actors[1..=Drawn::KEPT] {
            explorer.networks.get(model, &ask(actor));
        }
        assert_eq!(explorer.networks.lock().len(), Drawn::KEPT);
        let redrawn = explorer.networks.get(model, &ask(&actors[0]));
        assert!(!Arc::ptr_eq(&first, &redrawn), "the oldest was let go");
        assert_eq!(first.links, redrawn.links, "and drawn the same again");
    }
}
