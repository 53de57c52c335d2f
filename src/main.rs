//! `regbot`: wires the command line, configuration and logging to the library.

use std::process::ExitCode;

use clap::Parser;
use regbot::cli::{Cli, Command, dispatch};

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    // One TLS provider for everything (a second one in the dependency tree would make rustls panic).
    let _ = rustls::crypto::ring::default_provider().install_default();
    let default_level = match cli.command {
        Command::Run { .. } => "info,sqlx=warn",
        _ => "warn",
    };
    regbot::logging::init(default_level);
    dispatch(cli).await
}
