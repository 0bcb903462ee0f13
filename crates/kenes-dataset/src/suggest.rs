//! "Did you mean …?" hints for misspelt keys, kinds and ids.

/// The closest candidate to `word`, if one is close enough to be a likely slip.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(word, candidate), candidate))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

/// Adds a hint to serde's "unknown field `x`, expected one of `a`, `b`" message.
pub fn hint_unknown_field(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let (field, rest) = rest.split_once('`')?;
    let expected: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
    let nearest = did_you_mean(field, expected.iter().copied())?;
    Some(format!("did you mean `{nearest}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_key() {
        let message = "unknown field `sise`, expected one of `id`, `of`, `label`, `size`, `seats`";
        assert_eq!(
            hint_unknown_field(message).as_deref(),
            Some("did you mean `size`?")
        );
        assert_eq!(
            hint_unknown_field("unknown field `zzzz`, expected `id`"),
            None
        );
        assert_eq!(
            did_you_mean("organisaton", ["organisation", "person"]),
            Some("organisation")
        );
    }
}
