//! What readers type into the stances and network pages: days (`?at=`,
//! `?from=`, `?to=`, `YYYY-MM-DD`, Old Style unless `?calendar=` says
//! otherwise), a calendar and ids to filter by. Anything that cannot be read
//! becomes a [`Problem`], which the page explains in the reader's language
//! with status 400 — never a panic, never a silent default.

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use kenes_model::date::{Calendar, CalendarBasis, Day, HistoricalDate};
use kenes_model::{ActorId, IssueId, Model};
use maud::html;

use crate::Explorer;
use crate::i18n::Ui;
use crate::layout::{nav_label, page};

/// Why a reader's input cannot be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// `?calendar=` names no calendar we know.
    Calendar(String),
    /// The text is not a day written `YYYY-MM-DD` (or no such day exists).
    NotADay(String),
    /// The day (shown in both calendars) lies outside the model's period.
    OutsidePeriod {
        day: String,
        period: String,
    },
    /// The period's first day comes after its last.
    Reversed {
        from: String,
        to: String,
    },
    UnknownIssue(String),
    UnknownActor(String),
}

impl Problem {
    /// The problem, said to the reader in the interface's language.
    pub fn text(&self, ui: &Ui) -> String {
        match self {
            Problem::Calendar(text) => format!(
                "«{text}» {}",
                ui.t(
                    "is not a calendar: choose julian (Old Style) or gregorian (New Style).",
                    "— не календарь: выберите julian (старый стиль) или gregorian (новый стиль).",
                    "— күнтізбе емес: julian (ескі стиль) не gregorian (жаңа стиль) таңдаңыз."
                )
            ),
            Problem::NotADay(text) => format!(
                "«{text}» {}",
                ui.t(
                    "is not a day: write it YYYY-MM-DD, for example 1917-10-28.",
                    "— не день: пишите ГГГГ-ММ-ДД, например 1917-10-28.",
                    "— күн емес: ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 1917-10-28."
                )
            ),
            Problem::OutsidePeriod { day, period } => format!(
                "{day} {} ({period}).",
                ui.t(
                    "lies outside the model's period",
                    "лежит вне периода модели",
                    "модельдің кезеңінен тыс жатыр"
                )
            ),
            Problem::Reversed { from, to } => format!(
                "{} {from} — {to}.",
                ui.t(
                    "The period must not end before it begins:",
                    "Период не может кончаться раньше, чем начинается:",
                    "Кезең басталмай тұрып аяқтала алмайды:"
                )
            ),
            Problem::UnknownIssue(id) => format!(
                "{} «{id}».",
                ui.t(
                    "The model has no issue",
                    "В модели нет вопроса",
                    "Модельде жоқ мәселе:"
                )
            ),
            Problem::UnknownActor(id) => format!(
                "{} «{id}».",
                ui.t(
                    "The model has no actor",
                    "В модели нет участника",
                    "Модельде жоқ қатысушы:"
                )
            ),
        }
    }

    /// The problem in English, for the API.
    pub fn english(&self) -> String {
        self.text(&Ui::new(crate::i18n::Lang::En, "/"))
    }
}

/// The answer of an API to input it cannot read: status 400 and
/// `{"error": "…"}` in English.
pub fn api_error(problem: &Problem) -> Response {
    let error = serde_json::json!({ "error": problem.english() });
    (StatusCode::BAD_REQUEST, axum::Json(error)).into_response()
}

/// The calendar asked for, or the model's own when none is.
pub fn calendar(model: &Model, asked: Option<&str>) -> Result<Calendar, Problem> {
    match asked.map(str::trim).filter(|text| !text.is_empty()) {
        None => Ok(model.meta().calendar.calendar()),
        Some(text) => Calendar::parse(text).ok_or_else(|| Problem::Calendar(text.to_owned())),
    }
}

/// The day `text` names in `calendar`: exactly `YYYY-MM-DD`, and a day that
/// exists in that calendar (no 30 February).
pub fn day(text: &str, calendar: Calendar) -> Result<Day, Problem> {
    let not_a_day = || Problem::NotADay(text.to_owned());
    let shaped = text.len() == 10
        && text.char_indices().all(|(i, c)| match i {
            4 | 7 => c == '-',
            _ => c.is_ascii_digit(),
        });
    if !shaped {
        return Err(not_a_day());
    }
    let year = text[0..4].parse().map_err(|_| not_a_day())?;
    let month = text[5..7].parse().map_err(|_| not_a_day())?;
    let day = text[8..10].parse().map_err(|_| not_a_day())?;
    Day::from_ymd(calendar, year, month, day).map_err(|_| not_a_day())
}

/// The model's period as days (`None` for an end the model leaves open).
pub fn period(model: &Model) -> (Option<Day>, Option<Day>) {
    let period = model.meta().period.as_ref();
    (
        period.and_then(HistoricalDate::earliest),
        period.and_then(HistoricalDate::latest),
    )
}

/// `day` itself, if it lies within the model's period.
pub fn within_period(model: &Model, day: Day) -> Result<Day, Problem> {
    let (first, last) = period(model);
    let before = first.is_some_and(|first| day < first);
    let after = last.is_some_and(|last| day > last);
    if before || after {
        return Err(Problem::OutsidePeriod {
            day: dual(model, day),
            period: model
                .meta()
                .period
                .as_ref()
                .map_or_else(String::new, HistoricalDate::render_dual),
        });
    }
    Ok(day)
}

/// A day in both calendars, the model's first: "28 Oct 1917 O.S. = 10 Nov 1917 N.S.".
pub fn dual(model: &Model, day: Day) -> String {
    HistoricalDate::from_day(
        day,
        model.meta().calendar.calendar(),
        CalendarBasis::Inferred,
    )
    .render_dual()
}

/// The issue an id names, if the model has it.
pub fn issue(model: &Model, text: &str) -> Result<IssueId, Problem> {
    IssueId::new(text)
        .ok()
        .filter(|id| model.issue(id).is_some())
        .ok_or_else(|| Problem::UnknownIssue(text.to_owned()))
}

/// The actor an id names, if the model has it.
pub fn actor(model: &Model, text: &str) -> Result<ActorId, Problem> {
    ActorId::new(text)
        .ok()
        .filter(|id| model.actor(id).is_some())
        .ok_or_else(|| Problem::UnknownActor(text.to_owned()))
}

/// An input that is present and not blank (an empty form field counts as absent).
pub fn given(text: &Option<String>) -> Option<&str> {
    text.as_deref()
        .map(str::trim)
        .filter(|text| !text.is_empty())
}

/// The page at `path`, saying what is wrong with the input, with status 400
/// and a link back to the page without it.
pub fn bad_request(explorer: &Explorer, ui: &Ui, path: &str, problem: &Problem) -> Response {
    let body = html! {
        p.warning role="alert" { (problem.text(ui)) }
        p { a href=(ui.href(path)) { (ui.t("Back to the whole page", "Вернуться ко всей странице", "Бүкіл бетке оралу")) } }
    };
    let title = nav_label(ui, path);
    let markup = page(explorer, ui, path, &title, body);
    (StatusCode::BAD_REQUEST, Html(markup.into_string())).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_is_exactly_year_month_day_and_exists() {
        let day_of = |text| day(text, Calendar::Julian);
        assert!(day_of("1917-10-28").is_ok());
        for bad in [
            "1917-10-28?",
            "1917-10",
            "28.10.1917",
            "1917-02-30",
            "1917-13-01",
            "",
            "١٩١٧-١٠-٢٨",
        ] {
            assert_eq!(day_of(bad), Err(Problem::NotADay(bad.to_owned())), "{bad}");
        }
        // 29 February 1900 is a Julian day only
        assert!(day("1900-02-29", Calendar::Julian).is_ok());
        assert!(day("1900-02-29", Calendar::Gregorian).is_err());
    }

    #[test]
    fn the_english_of_a_problem_is_plain_text() {
        let problem = Problem::NotADay("<b>".to_owned());
        assert!(problem.english().starts_with("«<b>» is not a day"));
    }
}
