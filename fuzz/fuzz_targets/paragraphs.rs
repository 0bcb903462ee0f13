//! Fuzz target: the paper's paragraph file (`texts/paper.paragraphs.toml`,
//! read by `kenes serve DIR`) is user input; reading any text gives the
//! paragraphs or an error with a line and column, never a panic.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Err(error) = kenes_dataset::parse_paragraphs("fuzz.toml", text)
    {
        assert!(error.line >= 1 && error.column >= 1, "{error}");
    }
});
