//! `kenes translit`: writes a Cyrillic name (or any text) in the Kazakh Latin
//! alphabet of 2021 and in ALA-LC romanisation, for people or (with `--json`)
//! for programs. The tables and their sources are in `docs/transliteration.md`.

use std::process::ExitCode;

use kenes_model::Lang;
use kenes_model::translit::Transliterations;
use serde::Serialize;

/// Transliterate Cyrillic text into the Kazakh Latin alphabet (2021) and ALA-LC.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The text to transliterate, e.g. "Мұстафа Шоқай". Latin look-alike
    /// letters inside Cyrillic words are read as the Cyrillic letter they
    /// imitate; Latin words, digits and punctuation are kept as they are.
    pub text: String,
    /// The language of the text, which chooses the ALA-LC table: ru for
    /// Russian, kk (or any other tag) for Kazakh.
    #[arg(long, default_value = "kk")]
    pub lang: String,
    /// Print a JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

/// The JSON shape of `kenes translit --json`.
#[derive(Debug, Serialize)]
struct TranslitReport<'a> {
    text: &'a str,
    kazakh_latin_2021: String,
    scholarly: String,
}

/// Prints both Latin forms; a malformed language tag is an error.
pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let lang = Lang::new(&args.lang)
        .map_err(|message| anyhow::anyhow!("cannot read the language: {message}"))?;
    let forms = Transliterations::of(&args.text, lang.primary());
    if args.json {
        let report = TranslitReport {
            text: &args.text,
            kazakh_latin_2021: forms.kazakh_latin,
            scholarly: forms.scholarly,
        };
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!("{}", args.text);
        println!("kazakh latin 2021:  {}", forms.kazakh_latin);
        println!(
            "ala-lc ({}):{}{}",
            lang.primary(),
            padding(lang.primary()),
            forms.scholarly
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Spaces that line the ALA-LC value up with the 2021 one.
fn padding(primary: &str) -> String {
    " ".repeat(10usize.saturating_sub(primary.chars().count()))
}
