//! One module per subcommand: each defines its clap `Args` and a `run` that
//! returns the exit status, or an error that `main` reports with status 2.

pub mod apportion;
pub mod check;
pub mod date;
pub mod export;
pub mod power;
pub mod report;
pub mod represent;
pub mod serve;
pub mod show;
pub mod stances;
pub mod state;
pub mod timeline;
pub mod translit;
