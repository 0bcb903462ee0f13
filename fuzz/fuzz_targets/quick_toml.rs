//! Fuzz target: wherever the quick reader of model files (kenes-dataset's
//! `quick.rs`) accepts a text, it must read exactly what the `toml` crate
//! reads, spans included; and it must never panic. Seeded from the load_model
//! dictionary and corpus.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Err(difference) = kenes_dataset::quick_reader_agrees_with_toml(text)
    {
        panic!("{difference}");
    }
});
