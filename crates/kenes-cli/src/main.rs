//! The `kenes` binary: parses the command line, builds a configuration for the
//! chosen command, runs it, and maps the outcome to an exit status
//! (0 clean, 1 findings at error level, 2 could not run).

mod cmd;
mod export;
mod load;
mod output;
mod render;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Loading a large model makes millions of small allocations; mimalloc
/// serves them markedly faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Kenes: an executable, source-critical model of a historical political system.
#[derive(Debug, Parser)]
#[command(name = "kenes", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// A readable account of the whole model (the main job).
    Report(cmd::report::Args),
    /// Check a model: references, dates, passages, seat and vote arithmetic, conflicts.
    Check(cmd::check::Args),
    /// The system on a day: bodies, power, arrests, stances, plans, with evidence.
    State(cmd::state::Args),
    /// Every event in order, in both calendars.
    Timeline(cmd::timeline::Args),
    /// Organisations × issues over time, declared or ascribed.
    Stances(cmd::stances::Args),
    /// Show one entity with the claims it rests on and what names it.
    Show(cmd::show::Args),
    /// Export the whole resolved model as JSON.
    Export(cmd::export::Args),
    /// Parse a historical date and show it in both calendars (and EDTF).
    Date(cmd::date::Args),
    /// Transliterate Cyrillic text into Latin (Kazakh Latin 2021 and ALA-LC).
    Translit(cmd::translit::Args),
    /// How representative a body or proposal was: shares, disproportionality, power.
    Represent(cmd::represent::Args),
    /// Apportion seats among parties or constituencies by a named method.
    Apportion(cmd::apportion::Args),
    /// Voting power of the players of a weighted (or combined) voting game.
    Power(cmd::power::Args),
    /// Serve the explorer: the model as web pages and a JSON API, on loopback.
    Serve(cmd::serve::Args),
}

/// Restores the default action of SIGPIPE, which Rust programs ignore: when
/// the reader of `kenes report | head` goes away, kenes ends quietly as other
/// command-line tools do, instead of failing on a broken pipe.
#[cfg(unix)]
fn die_quietly_on_broken_pipe() {
    const SIGPIPE: i32 = 13;
    const SIG_DFL: usize = 0;
    unsafe extern "C" {
        fn signal(signum: i32, handler: usize) -> usize;
    }
    // SAFETY: setting a signal's disposition to its default has no preconditions.
    unsafe {
        signal(SIGPIPE, SIG_DFL);
    }
}

#[cfg(not(unix))]
fn die_quietly_on_broken_pipe() {}

/// Tells mimalloc to keep memory that is freed rather than hand it back to the
/// system after a few milliseconds. A command loads its model, works and ends;
/// loading frees and reallocates the files' raw text and trees again and
/// again, and memory handed back must be faulted in afresh (zeroed) each time,
/// which on a virtual machine costs more than the work itself. Measured on 1M
/// claims: a tenth of the page faults and about a second less system time
/// (docs/benchmarks.md).
fn keep_freed_memory() {
    /// `mi_option_purge_delay` in mimalloc's `mi_option_e` (v2 and v3).
    const MI_OPTION_PURGE_DELAY: i32 = 15;
    unsafe extern "C" {
        fn mi_option_set(option: i32, value: std::ffi::c_long);
    }
    // SAFETY: mimalloc is the global allocator, linked in; setting an option
    // is allowed at any time and only changes when freed memory is purged.
    unsafe {
        mi_option_set(MI_OPTION_PURGE_DELAY, -1);
    }
}

fn main() -> ExitCode {
    die_quietly_on_broken_pipe();
    keep_freed_memory();
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Report(args) => cmd::report::run(&args),
        Command::Check(args) => cmd::check::run(&args),
        Command::State(args) => cmd::state::run(&args),
        Command::Timeline(args) => cmd::timeline::run(&args),
        Command::Stances(args) => cmd::stances::run(&args),
        Command::Show(args) => cmd::show::run(&args),
        Command::Export(args) => cmd::export::run(&args),
        Command::Date(args) => cmd::date::run(&args),
        Command::Translit(args) => cmd::translit::run(&args),
        Command::Represent(args) => cmd::represent::run(&args),
        Command::Apportion(args) => cmd::apportion::run(&args),
        Command::Power(args) => cmd::power::run(&args),
        Command::Serve(args) => cmd::serve::run(&args),
    };
    match outcome {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}
