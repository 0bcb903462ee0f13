//! Month names (Kazakh and Russian, as the paper spells them in any case
//! form) and the few Kazakh ordinal words that name a day after a month
//! («ноябрьдің біріне», «ноябрьдің бірінші күні»).

/// Opening letters of month words, lowercase Cyrillic, with the month number.
/// «қараш» also takes the clipped «15 қараш күні» the paper prints once.
const MONTH_STEMS: [(&str, u8); 23] = [
    ("қаңтар", 1),
    ("ақпан", 2),
    ("наурыз", 3),
    ("сәуір", 4),
    ("мамыр", 5),
    ("маусым", 6),
    ("шілде", 7),
    ("тамыз", 8),
    ("қыркүйек", 9),
    ("қазан", 10),
    ("қараш", 11),
    ("желтоқсан", 12),
    ("январ", 1),
    ("феврал", 2),
    ("март", 3),
    ("апрел", 4),
    ("июн", 6),
    ("июл", 7),
    ("август", 8),
    ("сентябр", 9),
    ("октябр", 10),
    ("ноябр", 11),
    ("декабр", 12),
];

/// Kazakh number stems 1–9 that may follow a month in the genitive.
const ORDINAL_STEMS: [(&str, u8); 9] = [
    ("бір", 1),
    ("екі", 2),
    ("үш", 3),
    ("төрт", 4),
    ("бес", 5),
    ("алты", 6),
    ("жеті", 7),
    ("сегіз", 8),
    ("тоғыз", 9),
];

const GENITIVE: [&str; 6] = ["дің", "дың", "нің", "ның", "тің", "тың"];

/// The month a word names, in any case form (`word` already folded).
pub fn month_of(word: &str) -> Option<u8> {
    let lower = word.to_lowercase();
    MONTH_STEMS
        .iter()
        .find(|(stem, _)| lower.starts_with(stem))
        .map(|&(_, month)| month)
}

/// Whether a month word stands in the genitive («ноябрьдің»).
pub fn is_genitive(word: &str) -> bool {
    let lower = word.to_lowercase();
    GENITIVE.iter().any(|ending| lower.ends_with(ending))
}

/// The day an ordinal or number word names («біріне», «бірінші» → 1).
pub fn day_word(word: &str) -> Option<u8> {
    let lower = word.to_lowercase();
    ORDINAL_STEMS
        .iter()
        .find(|(stem, _)| lower.starts_with(stem))
        .map(|&(_, day)| day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_in_case_forms() {
        assert_eq!(month_of("қазанындағы"), Some(10));
        assert_eq!(month_of("қарашада"), Some(11));
        assert_eq!(month_of("қараш"), Some(11));
        assert_eq!(month_of("октябрьде"), Some(10));
        assert_eq!(month_of("Ноябрьдің"), Some(11));
        assert_eq!(month_of("қыркүйекте"), Some(9));
        assert_eq!(month_of("күні"), None);
    }

    #[test]
    fn ordinal_words_after_a_genitive_month() {
        assert!(is_genitive("ноябрьдің"));
        assert!(!is_genitive("ноябрьде"));
        assert_eq!(day_word("біріне"), Some(1));
        assert_eq!(day_word("бірінші"), Some(1));
        assert_eq!(day_word("аяғында"), None);
    }
}
