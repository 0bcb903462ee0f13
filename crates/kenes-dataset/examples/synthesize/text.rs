//! The relaying work's synthetic text: Kazakh-like Cyrillic prose in
//! sentences and paragraphs, broken into lines as a PDF extraction breaks
//! them, and the English-like renderings and names the entities carry.

use crate::{LINE_WIDTH, Rng};

/// The relaying work's text, and where each of its words stands in it.
pub struct Text {
    pub body: String,
    pub words: Vec<(u32, u32)>,
}

const SYLLABLES: [&str; 48] = [
    "қа", "зақ", "тү", "рік", "стан", "ұй", "ым", "дар", "дың", "ке", "ңес", "би", "лік", "ор",
    "нау", "мұ", "сыл", "ман", "өл", "сі", "та", "лап", "ет", "ті", "ша", "һар", "ба", "сқар",
    "жұ", "мыс", "шы", "сол", "дат", "де", "пу", "тат", "тар", "ға", "ұлт", "тық", "қо", "ғам",
    "бол", "ше", "вик", "ко", "ми", "тет",
];
const ENDINGS: [&str; 12] = [
    "", "", "", "ның", "ға", "да", "лар", "ды", "ні", "мен", "ғы", "тін",
];
const ENGLISH: [&str; 40] = [
    "the",
    "council",
    "committee",
    "of",
    "Muslims",
    "in",
    "Tashkent",
    "power",
    "region",
    "Bolsheviks",
    "resolution",
    "meeting",
    "was",
    "held",
    "on",
    "organisations",
    "demanded",
    "that",
    "representatives",
    "seats",
    "newspaper",
    "wrote",
    "national",
    "local",
    "people",
    "government",
    "Provisional",
    "Soviet",
    "congress",
    "Kokand",
    "autonomy",
    "delegates",
    "refused",
    "to",
    "enter",
    "and",
    "declared",
    "support",
    "against",
    "the",
];

fn word(rng: &mut Rng) -> String {
    let mut word = String::new();
    for _ in 0..rng.range(1, 4) {
        word.push_str(SYLLABLES[rng.below(SYLLABLES.len())]);
    }
    word.push_str(ENDINGS[rng.below(ENDINGS.len())]);
    word
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub fn proper_name(rng: &mut Rng) -> String {
    let mut first = word(rng);
    first.truncate(first.char_indices().nth(8).map_or(first.len(), |(i, _)| i));
    format!("{} {}", capitalised(&first), capitalised(&word(rng)))
}

pub fn english(rng: &mut Rng, words: usize) -> String {
    let mut text = String::from("The");
    for _ in 1..words {
        text.push(' ');
        text.push_str(ENGLISH[rng.below(ENGLISH.len())]);
    }
    text.push('.');
    text
}

impl Text {
    /// About `chars` characters of prose in sentences and paragraphs, broken
    /// into lines as a PDF extraction breaks them: ` \n\n` after ~90 characters.
    pub fn generate(rng: &mut Rng, chars: usize) -> Text {
        let vocabulary: Vec<String> = (0..4000).map(|_| word(rng)).collect();
        let mut text = Text {
            body: String::with_capacity(chars * 2),
            words: Vec::new(),
        };
        let (mut written, mut line) = (0, 0);
        while written < chars {
            for position in 0..rng.range(6, 22) {
                let token = sentence_word(rng, &vocabulary, position);
                let width = token.chars().count() + 1;
                if text.body.is_empty() || text.body.ends_with('\n') {
                    // a fresh line or paragraph: no separator
                } else if line + width > LINE_WIDTH {
                    text.body.push_str(" \n\n");
                    line = 0;
                } else {
                    text.body.push(' ');
                }
                let start = text.body.len() as u32;
                text.body.push_str(&token);
                text.words.push((start, text.body.len() as u32));
                line += width;
                written += width;
            }
            text.body.push('.');
            text.words.last_mut().expect("a sentence has words").1 += 1;
            if rng.chance(8) {
                text.body.push_str(" \n\n \n\n");
                line = 0;
            }
        }
        text.body.push('\n');
        text
    }

    /// `count` consecutive words from `first`, joined with one space.
    pub fn passage(&self, first: usize, count: usize) -> String {
        let words = &self.words[first..(first + count).min(self.words.len())];
        let mut passage = String::with_capacity(count * 16);
        for (index, &(start, end)) in words.iter().enumerate() {
            if index > 0 {
                passage.push(' ');
            }
            passage.push_str(&self.body[start as usize..end as usize]);
        }
        passage
    }
}

fn sentence_word(rng: &mut Rng, vocabulary: &[String], position: usize) -> String {
    let token = rng.pick(vocabulary);
    match rng.below(40) {
        0 => format!("«{}»", capitalised(token)),
        1 => format!("{}-ші", rng.range(1, 31)),
        2 => "1917".to_owned(),
        3 => format!("{token}-{}", rng.pick(vocabulary)),
        _ if position == 0 => capitalised(token),
        _ => token.clone(),
    }
}
