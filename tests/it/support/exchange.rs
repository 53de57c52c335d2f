//! One exchange with the running daemon as a participant lives it: send a mail to the
//! registration mailbox, wait until the sender's registration has the status the mail should
//! give it, then wait for the reply in the sender's inbox. The on-behalf tests take these
//! steps again and again; one helper keeps each test about what it checks.

use std::time::{Duration, Instant};

use encoding_rs::UTF_8;

use super::{Stack, TestDb, message};

/// How long a step of an exchange may take before the test gives up and reports what it saw.
pub const EXCHANGE_WAIT: Duration = Duration::from_secs(30);

/// A registration mailbox on the stack, with the database of the daemon that reads it.
pub struct Mailbox<'a> {
    pub stack: &'a Stack,
    pub db: &'a TestDb,
    pub address: &'a str,
}

impl Mailbox<'_> {
    /// Sends one UTF-8 plain-text mail from `name <from>`.
    pub async fn send(&self, from: &str, name: &str, subject: &str, body: &str) {
        let message_id = format!("{}@client.example", uuid::Uuid::new_v4());
        let raw = message(
            &format!("{name} <{from}>"),
            self.address,
            subject,
            body,
            UTF_8,
            &message_id,
        );
        self.stack.send_raw(from, self.address, &raw).await;
    }

    /// The status of `email`'s registration, if there is one.
    pub async fn status_of(&self, email: &str) -> Option<String> {
        sqlx::query_scalar("select status from registrations where lower(email) = lower($1)")
            .bind(email)
            .fetch_optional(&self.db.pool)
            .await
            .unwrap()
    }

    /// Waits until `email`'s registration has status `want` (or the wait is over); returns the
    /// status it has then.
    pub async fn wait_for_status(&self, email: &str, want: &str) -> Option<String> {
        let start = Instant::now();
        loop {
            let got = self.status_of(email).await;
            if got.as_deref() == Some(want) || start.elapsed() > EXCHANGE_WAIT {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// Sends a mail from `name <from>`, asserts that `from`'s registration then has `status`
    /// and that their inbox then holds `replies` mails in all; returns the inbox.
    /// `context` says which case of the test this is, in a failure.
    pub async fn exchange(
        &self,
        (from, name): (&str, &str),
        subject: &str,
        body: &str,
        status: &str,
        replies: usize,
        context: &str,
    ) -> Vec<Vec<u8>> {
        self.send(from, name, subject, body).await;
        assert_eq!(
            self.wait_for_status(from, status).await.as_deref(),
            Some(status),
            "{context}: the registration of {from} after {subject:?}"
        );
        let inbox = self
            .stack
            .wait_for(from, "INBOX", replies, EXCHANGE_WAIT)
            .await;
        assert_eq!(
            inbox.len(),
            replies,
            "{context}: mails in the inbox of {from} after {subject:?}"
        );
        inbox
    }
}
