//! `kenes date`: reads one historical date (EDTF-like text, in a calendar
//! given on the command line) and shows it in both calendars and as EDTF, for
//! people or (with `--json`) for programs.

use std::process::ExitCode;

use anyhow::Context as _;
use kenes_model::date::{Calendar, CalendarBasis, Day, HistoricalDate};
use serde::Serialize;

/// Show a historical date in the Julian and Gregorian calendars and as EDTF.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The date: YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?
    /// (uncertain), ~ (approximate) or % (both); a range A/B, where either end
    /// may be .. (open). Example: 1917-10-25, 1917-11~, 1917-11-19/1917-11-22.
    pub date: String,
    /// The calendar the date is written in: julian (old-style, os, o.s.) or
    /// gregorian (new-style, ns, n.s.).
    #[arg(long, default_value = "julian", value_parser = parse_calendar)]
    pub calendar: Calendar,
    /// Print a JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

fn parse_calendar(name: &str) -> Result<Calendar, String> {
    Calendar::parse(name)
        .ok_or_else(|| format!("unknown calendar {name:?}; expected julian or gregorian"))
}

/// Parses the date and prints it; a date that cannot be read is an error
/// naming the column and what was expected there.
pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let date = HistoricalDate::parse(&args.date, args.calendar, CalendarBasis::Stated)
        .with_context(|| format!("cannot read the date {:?}", args.date))?;
    let report = DateReport::of(&date);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", report.human(&date));
    }
    Ok(ExitCode::SUCCESS)
}

/// The JSON shape of `kenes date --json`.
#[derive(Debug, Serialize)]
struct DateReport {
    as_written: String,
    calendar: &'static str,
    /// ISO 8601 in each calendar, without qualifiers.
    julian: String,
    gregorian: String,
    edtf: String,
    dual: String,
    precision: &'static str,
    approximate: bool,
    uncertain: bool,
    range: bool,
    /// First and last days it can denote (Gregorian), `null` when open.
    earliest_gregorian: Option<String>,
    latest_gregorian: Option<String>,
}

impl DateReport {
    fn of(date: &HistoricalDate) -> DateReport {
        let gregorian_day = |day: Option<Day>| day.map(|day| day.iso(Calendar::Gregorian));
        DateReport {
            as_written: date.as_written().to_string(),
            calendar: date.calendar().as_str(),
            julian: date.iso(Calendar::Julian),
            gregorian: date.iso(Calendar::Gregorian),
            edtf: date.edtf(),
            dual: date.render_dual(),
            precision: date.precision().as_str(),
            approximate: date.is_approximate(),
            uncertain: date.is_uncertain(),
            range: date.is_range(),
            earliest_gregorian: gregorian_day(date.earliest()),
            latest_gregorian: gregorian_day(date.latest()),
        }
    }

    fn human(&self, date: &HistoricalDate) -> String {
        let mut qualifiers = Vec::new();
        if self.approximate {
            qualifiers.push("approximate");
        }
        if self.uncertain {
            qualifiers.push("uncertain");
        }
        let qualifiers = if qualifiers.is_empty() {
            "none".to_string()
        } else {
            qualifiers.join(", ")
        };
        let julian_text = date.render(Calendar::Julian);
        let gregorian_text = date.render(Calendar::Gregorian);
        format!(
            "{}\njulian:     {} ({julian_text})\ngregorian:  {} ({gregorian_text})\nedtf:       {}\nprecision:  {}\nqualifiers: {qualifiers}\nrange:      {}\n",
            self.dual,
            self.julian,
            self.gregorian,
            self.edtf,
            self.precision,
            if self.range { "yes" } else { "no" },
        )
    }
}
