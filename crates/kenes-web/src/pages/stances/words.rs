//! The stances page's fixed words in the three interface languages: each
//! position with its symbol (so that no reader depends on colour), who says
//! an actor holds it, and how sure its date makes it.

use kenes_model::Position;
use kenes_model::date::{HistoricalDate, Precision};

use crate::i18n::Ui;

/// The symbol shown beside a position, in the table and the legend.
pub fn symbol(position: Position) -> &'static str {
    match position {
        Position::Support => "✓",
        Position::Oppose => "✗",
        Position::Compromise => "≈",
        Position::Refuse => "⊘",
        Position::Neutral => "○",
    }
}

/// A position in the reader's language.
pub fn position_label(ui: &Ui, position: Position) -> &'static str {
    match position {
        Position::Support => ui.t("support", "за", "қолдайды"),
        Position::Oppose => ui.t("oppose", "против", "қарсы"),
        Position::Compromise => ui.t("compromise", "компромисс", "ымыра"),
        Position::Refuse => ui.t("refuse", "отказ", "бас тартады"),
        Position::Neutral => ui.t("neutral", "нейтрально", "бейтарап"),
    }
}

/// What a stance's date says of how sure it is. A stance dated to the day,
/// or over a period with exact ends, is certain; an undated stance bounded
/// only by the account around it, or one known to the month, is not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateNote {
    ExactDay,
    ExactPeriod,
    OpenRange,
    Month,
    Year,
    Approximate,
    Doubted,
}

impl DateNote {
    /// The note a date deserves: the weakest thing about it wins.
    pub fn of(date: &HistoricalDate) -> DateNote {
        let open = date.earliest().is_none() || date.latest().is_none();
        if date.is_uncertain() {
            DateNote::Doubted
        } else if date.is_approximate() {
            DateNote::Approximate
        } else if open {
            DateNote::OpenRange
        } else if date.precision() == Precision::Year {
            DateNote::Year
        } else if date.precision() == Precision::Month {
            DateNote::Month
        } else if date.is_range() {
            DateNote::ExactPeriod
        } else {
            DateNote::ExactDay
        }
    }

    pub fn is_certain(self) -> bool {
        matches!(self, DateNote::ExactDay | DateNote::ExactPeriod)
    }

    /// A stable key for the API and for selectors.
    pub fn key(self) -> &'static str {
        match self {
            DateNote::ExactDay => "exact-day",
            DateNote::ExactPeriod => "exact-period",
            DateNote::OpenRange => "open-range",
            DateNote::Month => "month",
            DateNote::Year => "year",
            DateNote::Approximate => "approximate",
            DateNote::Doubted => "doubted",
        }
    }

    /// The note in the reader's language.
    pub fn text(self, ui: &Ui) -> &'static str {
        match self {
            DateNote::ExactDay => ui.t(
                "certain: dated to the day",
                "достоверно: дата известна до дня",
                "анық: күні белгілі",
            ),
            DateNote::ExactPeriod => ui.t(
                "certain: attested over the whole period",
                "достоверно: засвидетельствовано на весь период",
                "анық: бүкіл кезеңге куәландырылған",
            ),
            DateNote::OpenRange => ui.t(
                "uncertain: undated, bounded only by the account around it",
                "недостоверно: без даты, ограничено лишь ходом рассказа",
                "анық емес: күні жоқ, тек баяндау барысымен шектелген",
            ),
            DateNote::Month => ui.t(
                "uncertain: known only to the month",
                "недостоверно: известен лишь месяц",
                "анық емес: тек айы белгілі",
            ),
            DateNote::Year => ui.t(
                "uncertain: known only to the year",
                "недостоверно: известен лишь год",
                "анық емес: тек жылы белгілі",
            ),
            DateNote::Approximate => ui.t(
                "uncertain: dated approximately",
                "недостоверно: дата приблизительна",
                "анық емес: күні шамамен берілген",
            ),
            DateNote::Doubted => ui.t(
                "uncertain: the source doubts the date",
                "недостоверно: источник сомневается в дате",
                "анық емес: дереккөз күніне күмәнданады",
            ),
        }
    }
}

/// "declared by the actor itself", in the reader's language.
pub fn declared(ui: &Ui) -> &'static str {
    ui.t(
        "declared by the actor itself",
        "заявлено самим участником",
        "өзі мәлімдеген",
    )
}

/// The words before the name of whoever ascribes a stance.
pub fn ascribed_by(ui: &Ui) -> &'static str {
    ui.t("ascribed by", "приписано; кем:", "телінген; кім:")
}

/// An ascribed stance whose ascriber the model does not name.
pub fn ascribed(ui: &Ui) -> &'static str {
    ui.t(
        "ascribed by another source",
        "приписано другим источником",
        "басқа дереккөз телген",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use kenes_model::date::{Calendar, CalendarBasis};

    fn note(text: &str) -> DateNote {
        let date = HistoricalDate::parse(text, Calendar::Julian, CalendarBasis::Inferred).unwrap();
        DateNote::of(&date)
    }

    #[test]
    fn the_weakest_thing_about_a_date_decides_its_note() {
        assert_eq!(note("1917-11-08"), DateNote::ExactDay);
        assert_eq!(note("1917-11-12/1917-11-14"), DateNote::ExactPeriod);
        assert_eq!(note("1917-10-25/.."), DateNote::OpenRange);
        assert_eq!(note("1917-11"), DateNote::Month);
        assert_eq!(note("1917"), DateNote::Year);
        assert_eq!(note("1917-11-08~"), DateNote::Approximate);
        assert_eq!(note("1917-11-08?"), DateNote::Doubted);
        assert!(DateNote::ExactPeriod.is_certain() && !DateNote::Month.is_certain());
    }

    #[test]
    fn every_position_has_its_own_symbol() {
        let mut symbols: Vec<&str> = Position::ALL.into_iter().map(symbol).collect();
        symbols.sort_unstable();
        symbols.dedup();
        assert_eq!(symbols.len(), Position::ALL.len());
    }
}
