//! The scanner: every date, year, number, short guillemet quote (a candidate
//! organisation or newspaper name) and initialled person name of a text, with
//! its byte range. Latin look-alike letters are read as Cyrillic; offsets are
//! those of the original text. Nothing here panics on odd text: a digit run
//! too long for a number is skipped, a quote never closed is ignored.

use super::months::{day_word, is_genitive, month_of};
use super::normal::{fold, one_line};

/// The kinds of item the scanner finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Date,
    Year,
    Number,
    Organisation,
    Person,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Date,
        Kind::Year,
        Kind::Number,
        Kind::Organisation,
        Kind::Person,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Date => "date",
            Kind::Year => "year",
            Kind::Number => "number",
            Kind::Organisation => "organisation",
            Kind::Person => "person",
        }
    }
    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// A day of a month: (month, day).
pub type MonthDay = (u8, u8);

/// What an item says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Day(MonthDay),
    DayRange(MonthDay, MonthDay),
    Year(u32),
    /// A number or a range of numbers, multiplier («миллион») applied.
    Number {
        low: u64,
        high: Option<u64>,
    },
    /// The text inside the guillemets.
    Quote(String),
    /// Initials (as written, folded) and the surname with any case ending.
    Person {
        initials: Vec<char>,
        surname: String,
    },
}

/// One item found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub kind: Kind,
    pub value: Value,
    pub start: usize,
    pub end: usize,
    /// The item as printed, white space runs as one space.
    pub text: String,
}

/// The text as folded characters with their byte offsets.
struct Text<'a> {
    raw: &'a str,
    chars: Vec<char>,
    offsets: Vec<usize>,
}

impl<'a> Text<'a> {
    fn new(raw: &'a str) -> Text<'a> {
        let (offsets, chars) = raw.char_indices().map(|(o, c)| (o, fold(c))).unzip();
        Text {
            raw,
            chars,
            offsets,
        }
    }
    fn at(&self, i: usize) -> char {
        self.chars.get(i).copied().unwrap_or('\0')
    }
    fn byte(&self, i: usize) -> usize {
        self.offsets.get(i).copied().unwrap_or(self.raw.len())
    }
    fn slice(&self, from: usize, to: usize) -> &'a str {
        self.raw.get(self.byte(from)..self.byte(to)).unwrap_or("")
    }
    fn folded(&self, from: usize, to: usize) -> String {
        self.chars[from.min(self.chars.len())..to.min(self.chars.len())]
            .iter()
            .collect()
    }
    fn item(&self, kind: Kind, value: Value, from: usize, to: usize) -> Item {
        Item {
            kind,
            value,
            start: self.byte(from),
            end: self.byte(to),
            text: one_line(self.slice(from, to)),
        }
    }
    /// The end of the run of characters from `i` that satisfy `keep`.
    fn run(&self, i: usize, keep: impl Fn(char) -> bool) -> usize {
        let mut j = i;
        while j < self.chars.len() && keep(self.chars[j]) {
            j += 1;
        }
        j
    }
    /// The end of the white space from `i` and whether it holds a line break.
    fn space(&self, i: usize) -> (usize, bool) {
        let end = self.run(i, char::is_whitespace);
        let broken = self.chars.get(i..end).is_some_and(|s| s.contains(&'\n'));
        (end, broken)
    }
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '\u{2010}' | '\u{2011}')
}

fn is_cyrillic(c: char) -> bool {
    matches!(c as u32, 0x0400..=0x052F)
}

/// Every item of `text`, in text order.
pub fn scan(text: &str) -> Vec<Item> {
    let t = Text::new(text);
    let mut items = digits(&t);
    items.extend(month_first_dates(&t, &items));
    items.extend(quotes(&t));
    items.extend(persons(&t));
    items.sort_by_key(|i| (i.start, i.end));
    items
}

fn parse_digits(s: &str) -> Option<u64> {
    if s.len() > 12 { None } else { s.parse().ok() }
}

/// Dates, years and numbers: every run of ASCII digits.
fn digits(t: &Text) -> Vec<Item> {
    let mut items = Vec::new();
    let mut i = 0;
    while i < t.chars.len() {
        let starts_run = t.at(i).is_ascii_digit() && !(i > 0 && t.at(i - 1).is_ascii_digit());
        if !starts_run {
            i += 1;
            continue;
        }
        let (item, next) = digit_item(t, i);
        items.extend(item);
        i = next.max(i + 1);
    }
    items
}

/// The item that starts with the digit run at `i`, and where scanning goes on.
fn digit_item(t: &Text, i: usize) -> (Option<Item>, usize) {
    let end = t.run(i, |c| c.is_ascii_digit());
    let Some(low) = parse_digits(&t.folded(i, end)) else {
        return (None, end);
    };
    let (high, range_end) = range_tail(t, end);
    if high.is_none() && end - i == 4 && (1000..=2100).contains(&low) {
        let item = t.item(Kind::Year, Value::Year(low as u32), i, end);
        return (Some(item), end);
    }
    if let Some((item, next)) = date_after(t, i, range_end, low, high) {
        return (Some(item), next);
    }
    let value = Value::Number {
        low: low * multiplier(t, range_end),
        high: high.map(|h| h * multiplier(t, range_end)),
    };
    (Some(t.item(Kind::Number, value, i, range_end)), range_end)
}

/// A `-NN` after a digit run: the high end of a range.
fn range_tail(t: &Text, end: usize) -> (Option<u64>, usize) {
    if !is_dash(t.at(end)) || !t.at(end + 1).is_ascii_digit() {
        return (None, end);
    }
    let high_end = t.run(end + 1, |c| c.is_ascii_digit());
    match parse_digits(&t.folded(end + 1, high_end)) {
        Some(high) => (Some(high), high_end),
        None => (None, end),
    }
}

/// «миллион» or «мың» after a number multiplies it.
fn multiplier(t: &Text, end: usize) -> u64 {
    let (word_start, _) = t.space(end);
    if word_start == end {
        return 1;
    }
    let word = t.folded(word_start, t.run(word_start, char::is_alphabetic));
    match word.to_lowercase() {
        w if w.starts_with("миллион") => 1_000_000,
        w if w.starts_with("мың") => 1_000,
        _ => 1,
    }
}

/// A day (or day range) followed, after an optional ordinal suffix
/// («28-ші») and white space, by a month word.
fn date_after(
    t: &Text,
    i: usize,
    end: usize,
    low: u64,
    high: Option<u64>,
) -> Option<(Item, usize)> {
    let mut j = end;
    if is_dash(t.at(j)) && t.at(j + 1).is_alphabetic() {
        j = t.run(j + 1, char::is_alphabetic);
    }
    let (word_start, _) = t.space(j);
    let word_end = t.run(word_start, char::is_alphabetic);
    if word_start == j || word_end == word_start {
        return None;
    }
    let month = month_of(&t.folded(word_start, word_end))?;
    let day = |d: u64| (1..=31).contains(&d).then_some((month, d as u8));
    let value = match high {
        Some(h) => Value::DayRange(day(low)?, day(h)?),
        None => Value::Day(day(low)?),
    };
    Some((t.item(Kind::Date, value, i, word_end), word_end))
}

/// «ноябрьдің біріне»: a month in the genitive followed by a day word.
fn month_first_dates(t: &Text, found: &[Item]) -> Vec<Item> {
    let mut items = Vec::new();
    let mut i = 0;
    while i < t.chars.len() {
        let word_end = t.run(i, char::is_alphabetic);
        if word_end == i {
            i += 1;
            continue;
        }
        if let Some(item) = month_first_at(t, i, word_end) {
            let inside = found
                .iter()
                .any(|f| f.start <= item.start && item.start < f.end);
            if !inside {
                items.push(item);
            }
        }
        i = word_end;
    }
    items
}

fn month_first_at(t: &Text, start: usize, end: usize) -> Option<Item> {
    let word = t.folded(start, end);
    let month = month_of(&word)?;
    if !is_genitive(&word) || (start > 0 && t.at(start - 1).is_alphabetic()) {
        return None;
    }
    let (next, _) = t.space(end);
    let next_end = t.run(next, char::is_alphabetic);
    if next == end || next_end == next {
        return None;
    }
    let day = day_word(&t.folded(next, next_end))?;
    Some(t.item(Kind::Date, Value::Day((month, day)), start, next_end))
}

/// Longest guillemet quote taken as a name; longer ones are quotations.
pub const MAX_NAME_WORDS: usize = 6;

/// Innermost guillemet pairs of at most [`MAX_NAME_WORDS`] words.
fn quotes(t: &Text) -> Vec<Item> {
    let mut items = Vec::new();
    for (i, &c) in t.chars.iter().enumerate() {
        if c != '«' {
            continue;
        }
        let Some(close) = (i + 1..t.chars.len()).find(|&j| matches!(t.chars[j], '«' | '»'))
        else {
            continue;
        };
        if t.chars[close] == '«' {
            continue;
        }
        let inner = t.slice(i + 1, close);
        let words = inner.split_whitespace().count();
        if (1..=MAX_NAME_WORDS).contains(&words) {
            let value = Value::Quote(one_line(inner));
            items.push(t.item(Kind::Organisation, value, i, close + 1));
        }
    }
    items
}

/// Initialled person names: «П.А. Коровиченко», «м. Шоқайдың»,
/// «[Р.Абдуллаев», and the surname-first «Жүрсінбаев Б.А.» at a line end.
fn persons(t: &Text) -> Vec<Item> {
    let mut items = Vec::new();
    let mut i = 0;
    while i < t.chars.len() {
        match person_at(t, i) {
            Some((item, next)) => {
                items.push(item);
                i = next;
            }
            None => i += 1,
        }
    }
    items
}

/// The initials starting at `i`: letters each followed by a dot.
fn initials_at(t: &Text, i: usize) -> Option<(Vec<char>, usize)> {
    if i > 0 && (t.at(i - 1).is_alphanumeric() || t.at(i - 1) == '.') {
        return None;
    }
    let mut initials = Vec::new();
    let mut j = i;
    while is_cyrillic(t.at(j)) && t.at(j).is_alphabetic() && t.at(j + 1) == '.' {
        let capital = t.at(j).is_uppercase();
        if !capital && !initials.is_empty() {
            return None;
        }
        initials.push(t.at(j));
        j += 2;
    }
    (!initials.is_empty()).then_some((initials, j))
}

/// A capitalised Cyrillic word from `i`: a capital then lowercase letters.
fn surname_at(t: &Text, i: usize) -> Option<usize> {
    let c = t.at(i);
    if !(is_cyrillic(c) && c.is_uppercase() && t.at(i + 1).is_lowercase()) {
        return None;
    }
    let end = t.run(i, |c| c.is_alphabetic() && is_cyrillic(c));
    t.chars[i + 1..end]
        .iter()
        .all(|c| c.is_lowercase())
        .then_some(end)
}

fn person_at(t: &Text, i: usize) -> Option<(Item, usize)> {
    let (initials, after) = initials_at(t, i)?;
    let lowercase_first = !initials[0].is_uppercase();
    let (surname_start, broken) = t.space(after);
    if let Some(item) = surname_first(t, i, &initials, after, broken) {
        return Some((item, after));
    }
    let surname_end = surname_at(t, surname_start)?;
    if lowercase_first && surname_start == after {
        return None;
    }
    let value = Value::Person {
        initials,
        surname: t.folded(surname_start, surname_end),
    };
    Some((t.item(Kind::Person, value, i, surname_end), surname_end))
}

/// «Жүрсінбаев Б.А.»: a surname, spaces on the same line, initials, then a
/// line break (otherwise the initials belong to the next word).
fn surname_first(
    t: &Text,
    i: usize,
    initials: &[char],
    after: usize,
    broken: bool,
) -> Option<Item> {
    let next_is_end = after >= t.chars.len() || broken;
    if !next_is_end || initials.iter().any(|c| !c.is_uppercase()) {
        return None;
    }
    let mut k = i;
    while k > 0 && matches!(t.at(k - 1), ' ' | '\t') {
        k -= 1;
    }
    if k == i {
        return None;
    }
    let mut start = k;
    while start > 0 && t.at(start - 1).is_alphabetic() {
        start -= 1;
    }
    surname_at(t, start).filter(|&e| e == k)?;
    let value = Value::Person {
        initials: initials.to_vec(),
        surname: t.folded(start, k),
    };
    Some(t.item(Kind::Person, value, start, after))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(Kind, Value, String)> {
        scan(text)
            .into_iter()
            .map(|i| (i.kind, i.value, i.text))
            .collect()
    }

    fn one(text: &str) -> (Kind, Value, String) {
        let mut all = values(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.remove(0)
    }

    #[test]
    fn dates_in_kazakh_and_russian_case_forms() {
        assert_eq!(one("27 қазан күні").1, Value::Day((10, 27)));
        assert_eq!(one("жылдың 25 қазанындағы").1, Value::Day((10, 25)));
        assert_eq!(one("1 қараша күні").1, Value::Day((11, 1)));
        assert_eq!(one("шаһарында 28-ші октябрьде").1, Value::Day((10, 28)));
        assert_eq!(one("15 ноябрьде").1, Value::Day((11, 15)));
        assert_eq!(one("[Бірлік туы, 9 ноябрь]").1, Value::Day((11, 9)));
        assert_eq!(one("8 қыркүйекте").1, Value::Day((9, 8)));
        assert_eq!(one("15 қараш күні").1, Value::Day((11, 15)));
        assert_eq!(one("22 \n\nқарашадағы").2, "22 қарашадағы");
    }

    #[test]
    fn day_ranges_and_month_first_dates() {
        let (kind, value, text) = one("12-14 қараша аралығында");
        assert_eq!(kind, Kind::Date);
        assert_eq!(value, Value::DayRange((11, 12), (11, 14)));
        assert_eq!(text, "12-14 қараша");
        assert_eq!(one("Содан ноябрьдің біріне шейін").1, Value::Day((11, 1)));
        assert_eq!(one("ноябрьдің бірінші күніне").1, Value::Day((11, 1)));
        assert!(values("Октябрьдің аяғында").is_empty());
    }

    #[test]
    fn years_and_numbers() {
        assert_eq!(one("1917 жылы").1, Value::Year(1917));
        let num = |low, high| Value::Number { low, high };
        assert_eq!(one("95 пайызын").1, num(95, None));
        assert_eq!(one("9 адамнан").1, num(9, None));
        assert_eq!(one("24 орынның").1, num(24, None));
        assert_eq!(one("30-ға жуық").1, num(30, None));
        assert_eq!(one("саны 10 миллионнан асатын").1, num(10_000_000, None));
        assert_eq!(one("34-36-п.]").1, num(34, Some(36)));
        let citation = values("2008. 125-127]");
        assert_eq!(
            (citation[0].1.clone(), citation[1].1.clone()),
            (Value::Year(2008), num(125, Some(127)))
        );
        assert_eq!(values("97 делегат, 17 делегат").len(), 2);
        assert!(values("99999999999999999999 және").is_empty());
    }

    #[test]
    fn short_quotes_are_names_long_ones_quotations() {
        let (kind, value, _) = one("«Шуро-и-Ислам» ұйымы");
        assert_eq!(kind, Kind::Organisation);
        assert_eq!(value, Value::Quote("Шуро-и-Ислам".into()));
        assert!(values("«бір екі үш төрт бес алты жеті» деп").is_empty());
        let nested = values("«Ол «Бірлік туы» газеті мен «Тұран» ұйымы туралы айтты ұзақ сөз»");
        let names: Vec<_> = nested.iter().map(|v| v.2.as_str()).collect();
        assert_eq!(names, ["«Бірлік туы»", "«Тұран»"]);
        assert!(values("«ашылып жабылмаған").is_empty());
    }

    #[test]
    fn initialled_persons() {
        let person = |text: &str| match one(text) {
            (Kind::Person, Value::Person { initials, surname }, _) => {
                (initials.into_iter().collect::<String>(), surname)
            }
            other => panic!("{other:?}"),
        };
        assert_eq!(
            person("комиссары П.А. \n\nКоровиченкоға"),
            ("ПА".into(), "Коровиченкоға".into())
        );
        assert_eq!(
            person("төрағасы м. Шоқайдың"),
            ("м".into(), "Шоқайдың".into())
        );
        assert_eq!(person("[Р.Абдуллаев, ]"), ("Р".into(), "Абдуллаев".into()));
        assert_eq!(
            person("Большевик  Ф.И. Колесов:"),
            ("ФИ".into(), "Колесов".into())
        );
        assert_eq!(
            person("Жүрсінбаев Б.А. \n\nТараз"),
            ("БА".into(), "Жүрсінбаев".into())
        );
        assert_eq!(
            person("Сoлшыл К.Я. Успенскийдің"),
            ("КЯ".into(), "Успенскийдің".into())
        );
        assert!(values("т.ғ.к. \n\nПОЗИЦИИ").is_empty());
        assert!(values("т.б. ұйымдардың").is_empty());
    }

    #[test]
    fn latin_look_alikes_are_read_as_cyrillic() {
        assert_eq!(one("15 нoябрьде").1, Value::Day((11, 15)));
        assert_eq!(one("«Тұрaн»").1, Value::Quote("Тұрaн".into()));
    }
}
