//! The network page's GET form: the period, the kinds of link shown (a
//! checkbox each, all ticked by default) and an actor to focus on. No
//! script: the form's query is the page's, and a copied address shows the
//! same network.

use kenes_model::Model;
use kenes_model::date::Calendar;
use maud::{Markup, html};

use super::graph::Network;
use super::links::LinkKind;
use super::svg::{NODE_KINDS, reader_name, sample};
use super::words::{kind_label, link_choice};
use crate::i18n::{Lang, Ui};
use crate::pages::stances::input;

/// The form, holding the choices `network` was drawn with.
pub fn form(model: &Model, ui: &Ui, network: &Network, calendar: Calendar) -> Markup {
    html! {
        form.network-period method="get" action="/network" {
            (period(model, ui, network, calendar))
            fieldset.network-kinds {
                legend { (ui.t("Links shown", "Показанные связи", "Көрсетілген байланыстар")) }
                @for kind in LinkKind::ALL {
                    label data-kind=(kind.as_str()) {
                        input type="checkbox" name="kind" value=(kind.as_str()) checked[network.kinds.contains(&kind)];
                        " " (sample(kind, 1)) " " (link_choice(ui, kind))
                    }
                }
            }
            (focus(model, ui, network.actor.as_deref()))
            @if calendar == Calendar::Gregorian {
                input type="hidden" name="calendar" value="gregorian";
            }
            @if ui.lang != Lang::En {
                input type="hidden" name="lang" value=(ui.lang.code());
            }
            button type="submit" { (ui.t("Show", "Показать", "Көрсету")) }
            " " a href=(ui.href("/network")) { (ui.t("The whole network", "Вся сеть", "Бүкіл желі")) }
        }
    }
}

/// The period's two days, bounded by the model's.
fn period(model: &Model, ui: &Ui, network: &Network, calendar: Calendar) -> Markup {
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
        label {
            (ui.t("From", "С", "Басы")) " (" (style) ") "
            input type="date" name="from" value=[network.from.as_deref()] min=[min.as_deref()] max=[max.as_deref()];
        }
        label {
            (ui.t("To", "По", "Соңы")) " (" (style) ") "
            input type="date" name="to" value=[network.to.as_deref()] min=[min.as_deref()] max=[max.as_deref()];
        }
    }
}

/// The actor to focus on: every actor of the model, grouped as the legend
/// groups kinds, in the model's order.
fn focus(model: &Model, ui: &Ui, chosen: Option<&str>) -> Markup {
    html! {
        label.network-focus {
            (ui.t("Focus on an actor and its neighbours", "Участник и его соседи", "Қатысушы және оның көршілері")) " "
            select name="actor" {
                option value="" { (ui.t("all actors", "все участники", "барлық қатысушылар")) }
                @for group in NODE_KINDS {
                    @let label = kind_label(ui, group);
                    @let actors: Vec<&str> = model.actors().iter()
                        .filter(|actor| kind_label(ui, actor.kind().as_str()) == label)
                        .map(|actor| actor.id().as_str())
                        .collect();
                    @if !actors.is_empty() {
                        optgroup label=(label) {
                            @for id in actors {
                                option value=(id) selected[chosen == Some(id)] { (reader_name(model, ui, id)) }
                            }
                        }
                    }
                }
            }
        }
    }
}
