//! The web desk's commands: `regbot serve`, and `regbot organiser …` to allow addresses and
//! print a first login link.

use tokio_util::sync::CancellationToken;

use super::{OrganiserCommand, connect};
use crate::access;
use crate::config::Config;

pub(super) async fn serve(config: Config, bind: Option<String>) -> anyhow::Result<()> {
    let pool = connect(&config).await?;
    crate::store::migrate(&pool).await?;
    let bind = bind.unwrap_or_else(|| config.web.bind.clone());
    let shutdown = CancellationToken::new();
    let stop = shutdown.clone();
    tokio::spawn(async move {
        super::mail::wait_for_signal().await;
        stop.cancel();
    });
    eprintln!(
        "regbot: the organisers' desk listens on http://{bind} (public address {})",
        config.web.public_url
    );
    crate::web::serve(pool, config, &bind, shutdown).await?;
    Ok(())
}

pub(super) async fn organiser(config: &Config, command: OrganiserCommand) -> anyhow::Result<()> {
    let pool = connect(config).await?;
    match command {
        OrganiserCommand::Add { email } => {
            if access::add_organiser(&pool, &email).await? {
                println!(
                    "{email} may now sign in to the desk (`regbot organiser login-link {email}` prints a first link)"
                );
            } else {
                println!("{email} was already an organiser");
            }
        }
        OrganiserCommand::Remove { email } => {
            if access::remove_organiser(&pool, &email).await? {
                println!("{email} can no longer sign in; their sessions are closed");
            } else {
                println!("{email} was not an organiser");
            }
        }
        OrganiserCommand::List => {
            for o in access::list_organisers(&pool).await? {
                println!("{}\tadded {}", o.email, o.added_at.format("%Y-%m-%d %H:%M"));
            }
        }
        OrganiserCommand::LoginLink { email } => {
            let link = access::issue_login_link(&pool, config, &email).await?;
            println!("{}", link.url);
            eprintln!(
                "(for {}; works once, until {} UTC)",
                link.email,
                link.expires_at.format("%H:%M")
            );
        }
    }
    Ok(())
}
