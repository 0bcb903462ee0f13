//! The `kenes` binary: parses the command line, builds a configuration for the
//! chosen command, runs it, and maps the outcome to an exit status
//! (0 clean, 1 findings at error level, 2 could not run).

mod cmd;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Kenes: an executable, source-critical model of a historical political system.
#[derive(Debug, Parser)]
#[command(name = "kenes", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Parse a historical date and show it in both calendars (and EDTF).
    Date(cmd::date::Args),
    /// Apportion seats among parties or constituencies by a named method.
    Apportion(cmd::apportion::Args),
    /// Voting power of the players of a weighted (or combined) voting game.
    Power(cmd::power::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Date(args) => cmd::date::run(&args),
        Command::Apportion(args) => cmd::apportion::run(&args),
        Command::Power(args) => cmd::power::run(&args),
    };
    match outcome {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}
