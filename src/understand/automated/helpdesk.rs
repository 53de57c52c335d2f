//! Mail of help desks and ticket systems, recognised by the headers they set on their own
//! mail. When a bounce reaches an address a help desk reads, the desk opens a ticket and
//! acknowledges it, quoting the bounce ("[Ticket #4821] Undeliverable: Registration"): that
//! acknowledgement is automatic, but it is no bounce, and the addresses it quotes did not fail
//! for regbot's mail. Only the message's own headers count, never those of a quoted or
//! attached original (a real bounce of a help desk's mail carries them there).

use mailparse::{MailHeader, MailHeaderMap};

use crate::understand::lexicon::bounces;

/// True when the message's own headers say a help desk or ticket system wrote it: one of its
/// header names (`RT-Ticket`, `X-Zammad-Ticket-ID`, `X-Zendesk-From-Account-Id`), or its name
/// in `X-Mailer` or `X-Powered-By`.
pub fn helpdesk_headers(h: &[MailHeader<'_>]) -> bool {
    let named = h.iter().any(|hd| {
        let key = hd.get_key_ref().to_ascii_lowercase();
        bounces::HELPDESK_HEADER_PREFIXES
            .iter()
            .any(|p| key.starts_with(p))
    });
    named
        || ["X-Mailer", "X-Powered-By"]
            .iter()
            .flat_map(|name| h.get_all_values(name))
            .any(|v| names_a_helpdesk(&v.to_lowercase()))
}

/// True when a lowercase mailer header names a help desk: a one-word name as a whole word
/// ("OTRS Mail Service", not "Botrsk"), a longer one anywhere ("Request Tracker 5.0").
fn names_a_helpdesk(value: &str) -> bool {
    bounces::HELPDESK_MAILERS.iter().any(|m| {
        if m.contains(' ') {
            value.contains(m)
        } else {
            value.split(|c: char| !c.is_alphanumeric()).any(|w| w == *m)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{bounce_of, run};
    use super::*;
    use crate::understand::Automated;

    fn headers_say(raw: &str) -> bool {
        let (h, _) = mailparse::parse_headers(raw.as_bytes()).expect("headers parse");
        helpdesk_headers(&h)
    }

    #[test]
    fn ticket_systems_are_told_by_their_own_headers() {
        for raw in [
            "RT-Ticket: support.example.com #4821\r\n\r\n",
            "X-Zammad-Ticket-ID: 77\r\n\r\n",
            "X-OTRS-Loop: yes\r\n\r\n",
            "X-Mailer: Znuny Mail Service (6.5)\r\n\r\n",
            "X-Powered-By: Zendesk\r\n\r\n",
            "X-Mailer: osTicket Mailer\r\n\r\n",
        ] {
            assert!(headers_say(raw), "{raw}");
        }
        for raw in [
            "X-Mailer: Microsoft Outlook 16.0\r\n\r\n",
            "X-Mailer: Apple Mail (2.3445)\r\n\r\n",
            // A word that merely holds a desk's name is not it ("botrsk" is no OTRS).
            "X-Mailer: Botrsk Mailer 2\r\n\r\n",
            "Subject: RT-Ticket numbers\r\n\r\n",
        ] {
            assert!(!headers_say(raw), "{raw}");
        }
    }

    #[test]
    fn a_help_desks_receipt_for_a_bounce_is_an_auto_reply_without_failed_addresses() {
        // English (Request Tracker) and German (Zammad) desks, each quoting an Exchange bounce.
        for raw in [
            "From: Support <support@helpdesk.example.com>\n\
             To: registration@event.test\n\
             Subject: [example.com #4821] AutoReply: Undeliverable: Your registration\n\
             RT-Ticket: example.com #4821\n\
             Auto-Submitted: auto-replied\n\n\
             Greetings,\n\nThis message has been automatically generated in response to the \
             creation of a trouble ticket regarding \"Undeliverable: Your registration\".\n\n\
             -------------------------------------------------------------------------\n\
             Delivery has failed to these recipients or groups:\n\n\
             piet@example.nl\nThe email address you entered couldn't be found.\n",
            "From: Kundenservice <service@example.de>\n\
             To: registration@event.test\n\
             Subject: Unzustellbar: Anmeldung [Ticket#20260601]\n\
             X-Zammad-Ticket-ID: 1234\n\
             X-Mailer: Zammad Mail Service\n\n\
             Vielen Dank für Ihre Nachricht. Wir haben ein Ticket eröffnet.\n\n\
             > Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:\n\
             > uwe@example.de\n",
        ] {
            let v = run(raw);
            assert_eq!(v.kind, Some(Automated::AutoReply), "{raw}");
            assert!(v.bounced_recipients.is_empty(), "{v:?}");
        }
    }

    #[test]
    fn a_real_bounce_of_a_help_desks_mail_stays_a_bounce() {
        // The desk's headers are in the returned original, not on the report.
        let v = run("Return-Path: <>\n\
             From: Mail Delivery System <MAILER-DAEMON@mx.example.fi>\n\
             To: registration@event.test\n\
             Subject: Mail delivery failed: returning message to sender\n\n\
             This message was created automatically by mail delivery software.\n\n\
             A message that you sent could not be delivered to one or more of its\n\
             recipients. This is a permanent error. The following address(es) failed:\n\n\
             \x20 aino@example.fi\n\
             \x20   Mailbox does not exist\n\n\
             ------ This is a copy of the message, including all the headers. ------\n\n\
             From: registration@event.test\n\
             To: aino@example.fi\n\
             X-Zammad-Ticket-ID: 55\n\
             Subject: Your registration\n");
        bounce_of(&v, &["aino@example.fi"]);
    }
}
