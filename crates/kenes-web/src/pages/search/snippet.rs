//! The part of a matched text a result shows: a window of words around the
//! first match, the matched words marked, whitespace runs (the paper's line
//! breaks) made single spaces.

use serde::Serialize;

use super::fold::Folded;

/// Words shown before the first match, and after it.
const BEFORE: usize = 12;
const AFTER: usize = 28;

/// A piece of a snippet: marked (a matched word) or not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub text: String,
    pub marked: bool,
}

/// The snippet of `text` (folded as `folded`) around the first of the
/// `marked` words (indices, ascending), with "…" where it is cut; a text
/// short enough is shown whole.
pub fn snippet(text: &str, folded: &Folded, marked: &[usize]) -> Vec<Segment> {
    let mut segments = Vec::new();
    if folded.is_empty() {
        push(&mut segments, text, false);
        trim(&mut segments);
        return segments;
    }
    let last_word = folded.len() - 1;
    let first = marked.first().copied().unwrap_or(0);
    // a text that fits the window (a name, a title) is shown whole
    let whole = folded.len() <= BEFORE + AFTER + 1;
    let from = if whole {
        0
    } else {
        first.saturating_sub(BEFORE)
    };
    let to = if whole {
        last_word
    } else {
        (first + AFTER).min(last_word)
    };
    let mut cursor = if from == 0 { 0 } else { folded.span(from).0 };
    if from > 0 {
        push(&mut segments, "… ", false);
    }
    for word in from..=to {
        let (start, end) = folded.span(word);
        push(&mut segments, &text[cursor..start], false);
        push(
            &mut segments,
            &text[start..end],
            marked.binary_search(&word).is_ok(),
        );
        cursor = end;
    }
    if to == last_word {
        push(&mut segments, &text[cursor..], false);
    } else {
        push(&mut segments, " …", false);
    }
    trim(&mut segments);
    segments
}

/// Appends `text`, joined to the last segment when both are unmarked.
fn push(segments: &mut Vec<Segment>, text: &str, marked: bool) {
    let text = squeeze(text);
    if text.is_empty() {
        return;
    }
    match segments.last_mut() {
        Some(last) if !last.marked && !marked => {
            if last.text.ends_with(' ') && text.starts_with(' ') {
                last.text.push_str(&text[1..]);
            } else {
                last.text.push_str(&text);
            }
        }
        _ => segments.push(Segment { text, marked }),
    }
}

/// Whitespace runs as single spaces.
fn squeeze(text: &str) -> String {
    let mut squeezed = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_whitespace() {
            if !squeezed.ends_with(' ') {
                squeezed.push(' ');
            }
        } else {
            squeezed.push(c);
        }
    }
    squeezed
}

fn trim(segments: &mut [Segment]) {
    if let Some(first) = segments.first_mut() {
        first.text = first.text.trim_start().to_owned();
    }
    if let Some(last) = segments.last_mut() {
        last.text = last.text.trim_end().to_owned();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(segments: &[Segment]) -> String {
        segments
            .iter()
            .map(|s| {
                if s.marked {
                    format!("[{}]", s.text)
                } else {
                    s.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn matched_words_are_marked_in_a_window() {
        let text = "Бас комиссар\n П.А. Коровиченконың   мұндай бұйрығына";
        let folded = Folded::of(text);
        let shown = render(&snippet(text, &folded, &[4]));
        assert_eq!(shown, "Бас комиссар П.А. [Коровиченконың] мұндай бұйрығына");
        let long: String = (0..100).map(|n| format!("w{n} ")).collect();
        let folded = Folded::of(&long);
        let shown = render(&snippet(&long, &folded, &[50]));
        assert!(shown.starts_with("… w38 "), "{shown}");
        assert!(shown.ends_with("w78 …"), "{shown}");
        assert!(shown.contains("[w50]"));
    }

    #[test]
    fn a_text_without_words_is_shown_whole() {
        let folded = Folded::of("«…»");
        assert_eq!(render(&snippet("«…»", &folded, &[])), "«…»");
    }
}
