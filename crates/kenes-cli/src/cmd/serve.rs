//! `kenes serve [DIR]`: the explorer, the model as web pages and a JSON API,
//! at a loopback address that it prints. Read-only; bound to 127.0.0.1 unless
//! `--addr` says otherwise.

use std::net::SocketAddr;
use std::process::ExitCode;

use anyhow::Context;

use crate::load::ModelArgs;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub model: ModelArgs,
    /// The address to listen at, HOST:PORT (port 0: any free port).
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:8017")]
    pub addr: SocketAddr,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let explorer = match &args.model.dir {
        None => kenes_web::Explorer::embedded(),
        Some(dir) => {
            let loaded = args.model.load()?;
            kenes_web::Explorer::from_loaded(loaded, args.model.name(), dir)
                .context("cannot read the paper's paragraphs")?
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_io()
        .build()
        .context("cannot start the server's runtime")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .with_context(|| format!("cannot listen at {}", args.addr))?;
        let bound = listener
            .local_addr()
            .context("cannot read the bound address")?;
        println!("kenes explorer: http://{bound}/");
        kenes_web::serve(listener, explorer)
            .await
            .context("the server stopped")
    })?;
    Ok(ExitCode::SUCCESS)
}
