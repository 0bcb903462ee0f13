//! Fuzz target: the `name,count` CSV parser of `kenes apportion` must never
//! panic, and whatever it accepts must apportion without panicking.
#![no_main]

use kenes_power::apportion::{Method, Options, apportion};
use kenes_power::csv::parse_counts;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(rows) = parse_counts(text) else { return };
    let counts: Vec<u64> = rows.iter().map(|r| r.count).collect();
    let seats = (data.len() % 50) as u64;
    for name in [
        "hamilton",
        "droop",
        "dhondt",
        "huntington-hill",
        "quota",
        "adams",
    ] {
        if let Ok(method) = name.parse::<Method>() {
            let _ = apportion(&counts, seats, &method, &Options::default());
        }
    }
});
