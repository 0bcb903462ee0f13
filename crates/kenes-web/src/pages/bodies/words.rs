//! The page's words for the model's fixed vocabularies (kinds of body,
//! outcomes, bounds, methods, reasons) in the reader's language; the JSON
//! keeps the model's own keys.

use crate::i18n::Ui;

use super::analysis::Unavailable;

/// A kind of body (`BodyKind::as_str`).
pub fn body_kind<'a>(ui: &Ui, kind: &'a str) -> &'a str {
    match kind {
        "executive-committee" => ui.t(
            "executive committee",
            "исполнительный комитет",
            "атқару комитеті",
        ),
        "council" => ui.t("council", "совет", "кеңес"),
        "soviet" => ui.t("soviet of deputies", "совет депутатов", "депутаттар кеңесі"),
        "congress" => ui.t("congress", "съезд", "съезд"),
        "duma" => ui.t("city duma", "городская дума", "қалалық дума"),
        "government" => ui.t("government", "правительство", "үкімет"),
        "meeting" => ui.t("meeting", "совещание", "мәжіліс"),
        "commission" => ui.t("commission", "комиссия", "комиссия"),
        "other" => ui.t("other body", "другой орган", "басқа орган"),
        other => other,
    }
}

/// What became of a proposal (`Outcome::as_str`).
pub fn outcome<'a>(ui: &Ui, outcome: &'a str) -> &'a str {
    match outcome {
        "adopted" => ui.t("adopted", "принят", "қабылданды"),
        "rejected" => ui.t("rejected", "отклонён", "қабылданбады"),
        "withdrawn" => ui.t("withdrawn", "снят", "кері алынды"),
        "undecided" => ui.t(
            "not decided, or not stated",
            "не решён или не указано",
            "шешілмеген не айтылмаған",
        ),
        other => other,
    }
}

/// What a share's bound means, when it is not exact.
pub fn bound<'a>(ui: &Ui, bound: &'a str) -> Option<&'a str> {
    match bound {
        "at-least" => Some(ui.t(
            "at least: seats the source leaves unassigned or unnumbered may be local",
            "не меньше: места, которые источник не распределяет или не считает, могут быть местными",
            "кемінде: дереккөз бөлмеген не санын көрсетпеген орындар жергілікті болуы мүмкін",
        )),
        "at-most" => Some(ui.t(
            "at most: no size is stated and other constituencies have no number, so the body may be larger",
            "не больше: размер не указан, а у других групп нет числа мест, так что орган мог быть больше",
            "ең көбі: саны айтылмаған, басқа топтардың орын саны жоқ, сондықтан орган үлкенірек болуы мүмкін",
        )),
        "unknown" => Some(ui.t(
            "bounded neither way: local and other constituencies both lack numbers",
            "не ограничена ни с одной стороны: числа мест нет ни у местных, ни у других групп",
            "екі жағынан да шектелмеген: жергілікті де, басқа топтардың да орын саны жоқ",
        )),
        _ => None,
    }
}

/// An apportionment method's name for readers (`Method`'s `Display`).
pub fn method(ui: &Ui, name: &str) -> String {
    let named = match name {
        "hamilton" => ui.t(
            "Hamilton (largest remainder)",
            "Гамильтон (наибольший остаток)",
            "Гамильтон (ең үлкен қалдық)",
        ),
        "dhondt" => ui.t("D'Hondt", "д’Ондт", "д’Ондт"),
        "sainte-lague" => ui.t("Sainte-Laguë", "Сент-Лагю", "Сент-Лагю"),
        "droop" => ui.t("Droop quota", "квота Друпа", "Друп квотасы"),
        "huntington-hill" => ui.t("Huntington–Hill", "Хантингтон — Хилл", "Хантингтон — Хилл"),
        "adams" => ui.t("Adams", "Адамс", "Адамс"),
        "quota" => ui.t("quota method", "метод квот", "квота әдісі"),
        other => other,
    };
    named.to_owned()
}

/// Why voting power is not given for an account.
pub fn unavailable<'a>(ui: &Ui, reason: Unavailable) -> &'a str {
    match reason {
        Unavailable::Unnumbered => ui.t(
            "not computed: some constituencies are listed without a number of seats",
            "не вычислена: у некоторых групп не указано число мест",
            "есептелмеді: кейбір топтардың орын саны көрсетілмеген",
        ),
        Unavailable::DoesNotAddUp => ui.t(
            "not computed: the listed seats do not add up to the stated size",
            "не вычислена: перечисленные места не составляют заявленного размера",
            "есептелмеді: аталған орындар көрсетілген санға жетпейді",
        ),
        Unavailable::NoSeats => ui.t(
            "not computed: no seats",
            "не вычислена: мест нет",
            "есептелмеді: орын жоқ",
        ),
        Unavailable::TooLarge => ui.t(
            "not computed: the body is too large for this page",
            "не вычислена: орган слишком велик для этой страницы",
            "есептелмеді: орган бұл бет үшін тым үлкен",
        ),
        Unavailable::Refused => ui.t(
            "not computed: the seats do not make a voting game",
            "не вычислена: места не образуют игры голосования",
            "есептелмеді: орындардан дауыс беру ойыны құралмайды",
        ),
    }
}
