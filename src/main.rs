//! `regbot`: wires the command line, configuration and logging to the library.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use regbot::cli::{Cli, Command, dispatch};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    // One TLS provider for everything (a second one in the dependency tree would make rustls panic).
    let _ = rustls::crypto::ring::default_provider().install_default();
    let default_level = match cli.command {
        Command::Run { .. } => "info,sqlx=warn",
        _ => "warn",
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("REGBOT_LOG").unwrap_or_else(|_| EnvFilter::new(default_level)),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
    dispatch(cli).await
}
