//! regbot's own pool of SMTP connections, opened with `TCP_NODELAY`.
//!
//! lettre (0.11) writes each SMTP command and the mail's data in several small writes and offers
//! no way to set socket options on the connections its transport opens. With Nagle's algorithm
//! and the server's delayed ACK, every mail then waits ~40 ms on a loopback or LAN connection,
//! which caps one connection at ~25 mails/s. So the sender opens the TCP connection itself,
//! sets `TCP_NODELAY`, and hands the stream to lettre's `AsyncSmtpConnection` (greeting, EHLO,
//! STARTTLS, AUTH and the SMTP dialogue stay lettre's). Implicit TLS (`security = "tls"`) is
//! done here with tokio-rustls, STARTTLS by lettre on the same socket.
//!
//! Connections are reused: one is taken out of the idle list for each send and put back when
//! the send left it healthy, so `smtp.connections` workers use at most that many connections.
//!
//! lettre does not pipeline either: MAIL, RCPT and DATA each wait for their answer. When the
//! server offers PIPELINING (RFC 2920, asked with a second EHLO before the login, as lettre
//! keeps no keyword it does not know), the three go out in one write and their answers are read
//! after it; the mail's data follows, so a mail costs two round trips instead of four.

use std::fmt;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, AsyncTokioStream, TlsParameters};
use lettre::transport::smtp::commands::{Data, Ehlo, Mail, Rcpt};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use lettre::transport::smtp::response::Response;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

use super::SendError;
use crate::config::{Security, SmtpConfig};
use crate::oauth2::hints::{self, MailProtocol};
use crate::oauth2::{AuthMethod, OAuth2Error, TokenSource};
use crate::tls;

/// Why a send did not go through. Only `Deferred` and `Rejected` are the server's answer to
/// this mail (attempts at delivery); the others are outages of sending, which never make a
/// mail be given up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SmtpFailure {
    /// The server could not be reached or the session could not be set up (TCP, TLS,
    /// greeting, STARTTLS).
    Connect(String),
    /// The server refused regbot's login, or demands one: the configuration is wrong (a
    /// rotated password, a missing `smtp.username`), not the mail.
    Login(String),
    /// The server answered this mail with 4xx: try again later.
    Deferred(String),
    /// The server answered this mail with 5xx: it will never take it.
    Rejected(String),
    /// The session broke while this mail was being sent, without an answer.
    Broken(String),
}

impl SmtpFailure {
    /// True when the server answered this very mail (an attempt at delivery).
    pub fn is_answer(&self) -> bool {
        matches!(self, SmtpFailure::Deferred(_) | SmtpFailure::Rejected(_))
    }

    /// Sorts lettre's error for a mail being sent.
    fn from_send(e: lettre::transport::smtp::Error) -> SmtpFailure {
        let code = e.status().map(|c| c.to_string());
        match code.as_deref() {
            // 530 "authentication required", 534/535/538 refused or unusable login: the
            // server refuses regbot, not this mail.
            Some("530" | "534" | "535" | "538") => SmtpFailure::Login(login_fix(&e.to_string())),
            _ if e.is_permanent() => SmtpFailure::Rejected(e.to_string()),
            _ if e.is_transient() => SmtpFailure::Deferred(e.to_string()),
            _ => SmtpFailure::Broken(e.to_string()),
        }
    }
}

fn login_fix(server_said: &str) -> String {
    format!(
        "{server_said} (check smtp.username and smtp.password, or REGBOT_SMTP__PASSWORD; mail stays queued until the login works)"
    )
}

impl fmt::Display for SmtpFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SmtpFailure::Connect(why) => write!(f, "cannot connect to the SMTP server: {why}"),
            SmtpFailure::Login(why) => write!(f, "the SMTP server refused the login: {why}"),
            SmtpFailure::Deferred(why) | SmtpFailure::Rejected(why) => f.write_str(why),
            SmtpFailure::Broken(why) => write!(f, "the SMTP session broke: {why}"),
        }
    }
}

/// An idle connection older than this is checked with NOOP before it is used again.
const CHECK_AFTER: Duration = Duration::from_secs(1);
/// An idle connection older than this is closed rather than reused (servers drop idle clients).
const IDLE_TIMEOUT: Duration = Duration::from_secs(60);

pub struct SmtpPool {
    host: String,
    port: u16,
    security: Security,
    hello: ClientId,
    credentials: Option<Credentials>,
    /// TLS parameters for STARTTLS (lettre's type).
    starttls: Option<TlsParameters>,
    /// Connector for implicit TLS.
    wrapper: Option<(
        tokio_rustls::TlsConnector,
        rustls::pki_types::ServerName<'static>,
    )>,
    connect_timeout: Duration,
    /// With `auth = "oauth2"`: the tokens SMTP AUTH XOAUTH2 sends, and the user they are for.
    oauth2: Option<(Arc<TokenSource>, String)>,
    /// `smtp.pipelining`: pipeline when the server offers it.
    pipelining: bool,
    /// Healthy connections not in use, with the time they were put back.
    idle: Mutex<Vec<(Session, Instant)>>,
}

/// One logged-in connection, and whether its server takes pipelined commands.
struct Session {
    smtp: AsyncSmtpConnection,
    pipelining: bool,
}

impl SmtpPool {
    pub fn new(config: &SmtpConfig) -> Result<SmtpPool, SendError> {
        let hello = match &config.hello_name {
            Some(name) => ClientId::Domain(name.clone()),
            None => ClientId::default(),
        };
        let oauth2 = match (&config.server.auth, &config.server.tokens) {
            (AuthMethod::Password, _) => None,
            (AuthMethod::Oauth2, Some(tokens)) => {
                Some((tokens.clone(), config.server.username.clone()))
            }
            (AuthMethod::Oauth2, None) => {
                return Err(SendError::OAuth2(OAuth2Error::Config(
                    "smtp.auth = \"oauth2\" but no token source was set up".into(),
                )));
            }
        };
        let credentials = (oauth2.is_none() && !config.server.username.is_empty()).then(|| {
            Credentials::new(
                config.server.username.clone(),
                config.server.password.expose().to_string(),
            )
        });
        let mut pool = SmtpPool {
            host: config.server.host.clone(),
            port: config.server.port,
            security: config.server.security,
            hello,
            credentials,
            starttls: None,
            wrapper: None,
            connect_timeout: Duration::from_secs(config.server.timeout_secs.max(1)),
            oauth2,
            pipelining: config.pipelining,
            idle: Mutex::new(Vec::new()),
        };
        match config.server.security {
            Security::None => {}
            Security::Starttls => {
                pool.starttls = Some(tls::starttls_parameters("smtp", &config.server)?);
            }
            Security::Tls => {
                let client = tls::connector("smtp", &config.server)?;
                pool.wrapper = Some((client.connector, client.name));
            }
        }
        Ok(pool)
    }

    /// Sends one mail over a pooled (or new) connection.
    pub async fn send(&self, envelope: &Envelope, mail: &[u8]) -> Result<Response, SmtpFailure> {
        let mut session = self.checkout().await?;
        let result = if session.pipelining {
            send_pipelined(&mut session.smtp, envelope, mail).await
        } else {
            session.smtp.send(envelope, mail).await
        };
        match result {
            Ok(response) => {
                if !session.smtp.has_broken() {
                    self.checkin(session);
                }
                Ok(response)
            }
            Err(e) => {
                // A refused mail leaves a usable session (lettre resets it); anything else
                // may have left it mid-dialogue, so it is dropped.
                if e.is_permanent() || e.is_transient() {
                    if !session.smtp.has_broken() {
                        self.checkin(session);
                    }
                } else {
                    session.smtp.abort().await;
                }
                Err(SmtpFailure::from_send(e))
            }
        }
    }

    /// Connects and logs in once, for `regbot check`.
    pub async fn check_login(&self) -> Result<(), String> {
        let mut session = self.connect().await.map_err(|e| e.to_string())?;
        let _ = tokio::time::timeout(Duration::from_secs(2), session.smtp.quit()).await;
        Ok(())
    }

    fn checkin(&self, session: Session) {
        if let Ok(mut idle) = self.idle.lock() {
            idle.push((session, Instant::now()));
        }
    }

    async fn checkout(&self) -> Result<Session, SmtpFailure> {
        loop {
            let next = self.idle.lock().ok().and_then(|mut idle| idle.pop());
            let Some((mut session, since)) = next else {
                return self.connect().await;
            };
            let age = since.elapsed();
            if age > IDLE_TIMEOUT {
                let _ = tokio::time::timeout(Duration::from_secs(1), session.smtp.quit()).await;
                continue;
            }
            if age > CHECK_AFTER && !session.smtp.test_connected().await {
                continue;
            }
            return Ok(session);
        }
    }

    async fn connect(&self) -> Result<Session, SmtpFailure> {
        let Some((tokens, user)) = &self.oauth2 else {
            return self.connect_once(None).await;
        };
        // A refused token is replaced once (on a new connection: lettre leaves a refused
        // XOAUTH2 exchange mid-dialogue). Every failure here is the login's, never the mail's:
        // the mail stays queued, as during an outage.
        let mut last = String::new();
        for _ in 0..2 {
            let lease = tokens
                .lease()
                .await
                .map_err(|e| SmtpFailure::Connect(format!("OAuth2: {e}")))?;
            let credentials = Credentials::new(user.clone(), lease.token.expose().to_string());
            match self.connect_once(Some(&credentials)).await {
                Err(SmtpFailure::Login(e)) => {
                    // lettre reports the server's error challenge (a refused XOAUTH2) as a
                    // client error; say what happened instead.
                    last = if e.contains("does not expect a challenge") {
                        "it answered the token with an error".to_string()
                    } else {
                        e
                    };
                    tokens.refused(&lease.token).await;
                }
                other => return other,
            }
        }
        let fix = hints::mail_refusal_fix(MailProtocol::Smtp, tokens.settings().grant, &last);
        Err(SmtpFailure::Connect(format!(
            "login refused: the SMTP server refused the OAuth2 token for {user} ({last}); a fresh token was refused too. Fix: {fix}"
        )))
    }

    /// Connects and logs in: with `bearer`, SMTP AUTH XOAUTH2; otherwise the password, if any.
    async fn connect_once(&self, bearer: Option<&Credentials>) -> Result<Session, SmtpFailure> {
        let connect = async {
            let tcp = TcpStream::connect((self.host.as_str(), self.port))
                .await
                .map_err(|e| SmtpFailure::Connect(e.to_string()))?;
            // The point of this module: no Nagle delay between lettre's small writes.
            tcp.set_nodelay(true)
                .map_err(|e| SmtpFailure::Connect(e.to_string()))?;
            let stream: Box<dyn AsyncTokioStream> = match &self.wrapper {
                Some((connector, name)) => {
                    let tls = connector
                        .connect(name.clone(), tcp)
                        .await
                        .map_err(|e| SmtpFailure::Connect(format!("TLS: {e}")))?;
                    Box::new(TlsTcp(tls))
                }
                None => Box::new(tcp),
            };
            let mut conn = AsyncSmtpConnection::connect_with_transport(stream, &self.hello)
                .await
                .map_err(|e| SmtpFailure::Connect(e.to_string()))?;
            if let Some(params) = &self.starttls {
                conn.starttls(params.clone(), &self.hello)
                    .await
                    .map_err(|e| SmtpFailure::Connect(format!("STARTTLS: {e}")))?;
            }
            let pipelining = self.pipelining && offers_pipelining(&mut conn, &self.hello).await?;
            Ok::<_, SmtpFailure>((conn, pipelining))
        };
        let (mut conn, pipelining) = tokio::time::timeout(self.connect_timeout, connect)
            .await
            .map_err(|_| {
            SmtpFailure::Connect(format!(
                "no answer within {:?} ({}:{}, {:?})",
                self.connect_timeout, self.host, self.port, self.security
            ))
        })??;
        if let Some(bearer) = bearer {
            let result = conn.auth(&[Mechanism::Xoauth2], bearer).await;
            if let Err(e) = result {
                conn.abort().await;
                return Err(SmtpFailure::Login(e.to_string()));
            }
        } else if let Some(credentials) = &self.credentials {
            // A refused login is wrong configuration, never a fault of the mail: every mail
            // stays queued and the sender says loudly what to fix.
            if let Err(e) = conn
                .auth(&[Mechanism::Plain, Mechanism::Login], credentials)
                .await
            {
                conn.abort().await;
                return Err(SmtpFailure::Login(login_fix(&e.to_string())));
            }
        }
        Ok(Session {
            smtp: conn,
            pipelining,
        })
    }
}

/// Whether the server offers PIPELINING: lettre keeps only the EHLO keywords it knows, so the
/// session asks once more. A second EHLO resets the session like RSET (RFC 5321 4.1.4), which
/// before the login and outside a mail transaction changes nothing. A server that refuses it is
/// simply not pipelined to.
async fn offers_pipelining(
    conn: &mut AsyncSmtpConnection,
    hello: &ClientId,
) -> Result<bool, SmtpFailure> {
    match conn.command(Ehlo::new(hello.clone())).await {
        Ok(response) => Ok(response.message().any(|line| {
            line.split_whitespace()
                .next()
                .is_some_and(|word| word.eq_ignore_ascii_case("PIPELINING"))
        })),
        Err(e) if e.is_permanent() || e.is_transient() => Ok(false),
        Err(e) => Err(SmtpFailure::Connect(format!("EHLO: {e}"))),
    }
}

/// lettre's `send`, pipelined (RFC 2920): MAIL, every RCPT and DATA in one write, then their
/// answers in order, then the data and its final answer. Any refusal ends the session (QUIT, as
/// lettre does after a refusal) once the answers are read, so a DATA that the server accepted
/// despite a refused recipient is never followed by the mail: the session closes mid-DATA and
/// the server discards the transaction.
async fn send_pipelined(
    conn: &mut AsyncSmtpConnection,
    envelope: &Envelope,
    mail: &[u8],
) -> Result<Response, lettre::transport::smtp::Error> {
    // The MAIL parameters lettre's `send` would use.
    let mut parameters = Vec::new();
    let non_ascii = |a: &lettre::Address| !AsRef::<str>::as_ref(a).is_ascii();
    if envelope.from().is_some_and(non_ascii) || envelope.to().iter().any(non_ascii) {
        if !conn.server_info().supports_feature(Extension::SmtpUtfEight) {
            // The same refusal as lettre's, before anything is written.
            return conn.send(envelope, mail).await;
        }
        parameters.push(MailParameter::SmtpUtfEight);
    }
    if !mail.is_ascii() {
        if !conn.server_info().supports_feature(Extension::EightBitMime) {
            return conn.send(envelope, mail).await;
        }
        parameters.push(MailParameter::Body(MailBodyParameter::EightBitMime));
    }
    let mut commands = Mail::new(envelope.from().cloned(), parameters).to_string();
    for to in envelope.to() {
        commands.push_str(&Rcpt::new(to.clone(), vec![]).to_string());
    }
    commands.push_str(&Data.to_string());
    // `command` writes all of it and reads MAIL's answer; one answer per RCPT and DATA's follow.
    let mut refusal = conn.command(commands).await.err();
    for _ in 0..envelope.to().len() + 1 {
        if refusal.is_some() {
            break;
        }
        refusal = conn.read_response().await.err();
    }
    if let Some(e) = refusal {
        conn.abort().await;
        return Err(e);
    }
    match conn.message(mail).await {
        Ok(response) => Ok(response),
        Err(e) => {
            conn.abort().await;
            Err(e)
        }
    }
}

/// Implicit TLS over our own socket, in the shape lettre accepts.
#[derive(Debug)]
struct TlsTcp(tokio_rustls::client::TlsStream<TcpStream>);

impl AsyncTokioStream for TlsTcp {
    fn peer_addr(&self) -> io::Result<SocketAddr> {
        self.0.get_ref().0.peer_addr()
    }
}

impl AsyncRead for TlsTcp {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl AsyncWrite for TlsTcp {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(cx, buf)
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(cx)
    }
}
