//! The network page's fixed words in the three interface languages: the
//! kinds of link and of actor.

use super::links::LinkKind;
use crate::i18n::{Lang, Ui};

/// A kind of link as the legend and the drawing's titles say it.
pub fn link_label(ui: &Ui, kind: LinkKind) -> &'static str {
    match kind {
        LinkKind::Membership => ui.t(
            "membership (member → organisation)",
            "членство (член → организация)",
            "мүшелік (мүше → ұйым)",
        ),
        LinkKind::Participation => ui.t(
            "took part in the same event",
            "участвовали в одном событии",
            "бір оқиғаға қатысқан",
        ),
        LinkKind::Alignment => ui.t(
            "the same position on an issue",
            "одна позиция по вопросу",
            "мәселе бойынша бір ұстаным",
        ),
        LinkKind::Opposition => ui.t(
            "opposite positions on an issue",
            "противоположные позиции по вопросу",
            "мәселе бойынша қарама-қарсы ұстанымдар",
        ),
    }
}

/// A kind of link as the form's checkbox names it.
pub fn link_choice(ui: &Ui, kind: LinkKind) -> &'static str {
    match kind {
        LinkKind::Membership => ui.t("membership", "членство", "мүшелік"),
        LinkKind::Participation => ui.t("the same event", "одно событие", "бір оқиға"),
        LinkKind::Alignment => ui.t("the same position", "одна позиция", "бір ұстаным"),
        LinkKind::Opposition => ui.t(
            "opposite positions",
            "противоположные позиции",
            "қарама-қарсы ұстанымдар",
        ),
    }
}

/// A kind of link as a heading of the list of links.
pub fn link_heading(ui: &Ui, kind: LinkKind) -> &'static str {
    match kind {
        LinkKind::Membership => ui.t("Membership", "Членство", "Мүшелік"),
        LinkKind::Participation => ui.t(
            "Participation in the same event",
            "Участие в одном событии",
            "Бір оқиғаға қатысу",
        ),
        LinkKind::Alignment => ui.t(
            "Alignment: the same position",
            "Единство: одна позиция",
            "Бірлік: бір ұстаным",
        ),
        LinkKind::Opposition => ui.t(
            "Opposition: opposite positions",
            "Противостояние: противоположные позиции",
            "Қарсылық: қарама-қарсы ұстанымдар",
        ),
    }
}

/// A kind of actor (`ActorKind::as_str`), as the legend names it.
pub fn kind_label(ui: &Ui, kind: &str) -> &'static str {
    match kind {
        "person" => ui.t("person", "лицо", "тұлға"),
        "organisation" => ui.t("organisation", "организация", "ұйым"),
        "party" | "faction" => ui.t(
            "party or faction",
            "партия или фракция",
            "партия не фракция",
        ),
        "soviet" => ui.t("soviet", "совет", "кеңес"),
        "government-organ" | "city-self-government" => ui.t(
            "organ of government or city self-government",
            "орган власти или городское самоуправление",
            "билік органы не қалалық өзін-өзі басқару",
        ),
        "congress" => ui.t("congress", "съезд", "съезд"),
        "newspaper" => ui.t("newspaper", "газета", "газет"),
        "group" => ui.t("group", "группа", "топ"),
        _ => ui.t("not in the model", "нет в модели", "модельде жоқ"),
    }
}

/// "undated: counts throughout the period", for undated evidence.
pub fn undated(ui: &Ui) -> &'static str {
    ui.t(
        "undated: counts throughout",
        "без даты: учитывается на весь период",
        "күні жоқ: бүкіл кезеңге есептеледі",
    )
}

/// "68 actors", with the noun in the form its number asks for.
pub fn actors(ui: &Ui, count: usize) -> String {
    counted(
        ui,
        count,
        ["actor", "actors"],
        ["участник", "участника", "участников"],
        "қатысушы",
    )
}

/// "386 links", with the noun in the form its number asks for.
pub fn links(ui: &Ui, count: usize) -> String {
    counted(
        ui,
        count,
        ["link", "links"],
        ["связь", "связи", "связей"],
        "байланыс",
    )
}

/// "3 pieces of evidence", with the noun in the form its number asks for.
pub fn evidence_count(ui: &Ui, count: usize) -> String {
    counted(
        ui,
        count,
        ["piece of evidence", "pieces of evidence"],
        ["основание", "основания", "оснований"],
        "негіз",
    )
}

/// "Not drawn: 5 actors…", for the actors left out of the drawing.
pub fn hidden(ui: &Ui, count: usize) -> String {
    let actors = actors(ui, count);
    match ui.lang {
        Lang::En => format!("Not drawn: {actors} of the model with no link under these choices"),
        Lang::Ru => format!("Не показаны: {actors} модели без связей при этом выборе"),
        Lang::Kk => format!("Көрсетілмеген: осы таңдауда байланысы жоқ {actors}"),
    }
}

/// A number and its noun: English one/other, Russian one/few/many; Kazakh
/// keeps the noun singular after a numeral.
fn counted(ui: &Ui, count: usize, en: [&str; 2], ru: [&str; 3], kk: &str) -> String {
    let english = if count == 1 { en[0] } else { en[1] };
    let russian = match (count % 10, count % 100) {
        (1, tens) if tens != 11 => ru[0],
        (2..=4, tens) if !(12..=14).contains(&tens) => ru[1],
        _ => ru[2],
    };
    format!("{count} {}", ui.t(english, russian, kk))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_take_the_noun_in_the_right_form() {
        let russian = Ui::new(Lang::Ru, "/network");
        let said: Vec<String> = [1, 2, 5, 11, 12, 21, 22, 25, 111, 386]
            .into_iter()
            .map(|n| links(&russian, n))
            .collect();
        assert_eq!(
            said,
            [
                "1 связь",
                "2 связи",
                "5 связей",
                "11 связей",
                "12 связей",
                "21 связь",
                "22 связи",
                "25 связей",
                "111 связей",
                "386 связей"
            ]
        );
        assert_eq!(actors(&Ui::new(Lang::En, "/"), 1), "1 actor");
        assert_eq!(actors(&Ui::new(Lang::Kk, "/"), 68), "68 қатысушы");
    }
}
