//! Invented notices of old mail systems the other test files do not cover: sendmail without a
//! "following addresses" heading, sendmail's four-hour warning and five-day give-up, qmail's
//! remote reply, Exim 3 and its delay warning, Courier's transcript, Lotus Notes' routing loop,
//! GroupWise, Exchange 5.5–2003 in English, German and French, the old Postfix wording, Sun's
//! messaging server, MMDF's "Failed addresses follow" and IMail's one-line notice. Shared with
//! the other invented-notice files: [`Case`], [`Want`] and [`check`].

use super::tests::run;
use super::*;

/// What a case must be read as.
pub(super) enum Want {
    /// A bounce naming exactly these failed recipients.
    Failed(&'static [&'static str]),
    /// A delay notice: automated, nobody failed, this address still being retried.
    Delayed(&'static str),
    /// An auto-reply (not a bounce), naming nobody failed.
    Auto,
    /// Person mail.
    Person,
}

/// One invented message: sender, envelope (`null`: `Return-Path: <>`), subject, plain body.
pub(super) struct Case {
    pub from: &'static str,
    pub null: bool,
    pub subject: &'static str,
    pub body: &'static str,
    pub want: Want,
}

/// A case built from its parts.
pub(super) const fn case(
    from: &'static str,
    null: bool,
    subject: &'static str,
    body: &'static str,
    want: Want,
) -> Case {
    Case {
        from,
        null,
        subject,
        body,
        want,
    }
}

/// The verdict on one case's message.
pub(super) fn verdict_of(c: &Case) -> Verdict {
    let rp = if c.null { "Return-Path: <>\n" } else { "" };
    run(&format!(
        "{rp}From: {}\nTo: registration@event.test\nSubject: {}\n\
         Content-Type: text/plain; charset=utf-8\n\n{}\n",
        c.from, c.subject, c.body
    ))
}

/// Why a verdict is not what a case wants (`None` when it is).
pub(super) fn mismatch(want: &Want, v: &Verdict) -> Option<String> {
    let ok = match want {
        Want::Failed(addrs) => v.kind == Some(Automated::Bounce) && v.bounced_recipients == *addrs,
        Want::Delayed(addr) => {
            v.kind == Some(Automated::Bounce)
                && v.bounced_recipients.is_empty()
                && v.delayed_recipients == [*addr]
        }
        Want::Auto => v.kind == Some(Automated::AutoReply) && v.bounced_recipients.is_empty(),
        Want::Person => v.kind.is_none(),
    };
    (!ok).then(|| format!("{v:?}"))
}

/// Checks every case and fails once, listing all that were misread.
pub(super) fn check(cases: &[Case]) {
    let misses: Vec<String> = cases
        .iter()
        .filter_map(|c| mismatch(&c.want, &verdict_of(c)).map(|m| format!("{}: {m}", c.subject)))
        .collect();
    assert!(
        misses.is_empty(),
        "{} of {} misread:\n{}",
        misses.len(),
        cases.len(),
        misses.join("\n")
    );
}

#[test]
fn old_unix_mail_systems_are_read() {
    check(&[
        case(
            "Mail Delivery Subsystem <MAILER-DAEMON@mail.example.edu>",
            true,
            "Returned mail: Host unknown (Name server: nordfjord.example.no: host not found)",
            "The original message was received at Tue, 3 Mar 1998 10:12:01 +0100\n\
             from ws12.example.edu [10.1.2.3]\n\n\
             \x20  ----- Transcript of session follows -----\n\
             550 5.1.2 <ola@nordfjord.example.no>... Host unknown (Name server: nordfjord.example.no: host not found)\n\n\
             \x20  ----- Original message follows -----\n",
            Want::Failed(&["ola@nordfjord.example.no"]),
        ),
        case(
            "Mail Delivery Subsystem <MAILER-DAEMON@mail.example.edu>",
            true,
            "Warning: could not send message for past 4 hours",
            "    **********************************************\n\
             \x20   **      THIS IS A WARNING MESSAGE ONLY      **\n\
             \x20   **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n\
             \x20   **********************************************\n\n\
             The original message was received at Wed, 4 Mar 1998 08:00:00 +0100\n\n\
             \x20  ----- Transcript of session follows -----\n\
             <maija@example.fi>... Deferred: Connection timed out with mx.example.fi.\n\
             Warning: message still undelivered after 4 hours\n\
             Will keep trying until message is 5 days old\n",
            Want::Delayed("maija@example.fi"),
        ),
        case(
            "MAILER-DAEMON@gw.example.edu (Mail Delivery Subsystem)",
            true,
            "Returned mail: Cannot send message for 5 days",
            "   ----- Transcript of session follows -----\n\
             421 mx.example.dk.: Host mx.example.dk is down\n\n\
             \x20  ----- Unsent message follows -----\n\
             Received: from ws3.example.edu by gw.example.edu (8.6.12/8.6.9) id AA01234\n\
             From: registration@event.test\n\
             To: lars@example.dk\n\
             Subject: Registration\n\n\
             Dear Lars,\n",
            Want::Failed(&["lars@example.dk"]),
        ),
        case(
            "MAILER-DAEMON@mail.example.se",
            true,
            "failure notice",
            "Hi. This is the qmail-send program at mail.example.se.\n\
             I'm afraid I wasn't able to deliver your message to the following addresses.\n\
             This is a permanent error; I've given up. Sorry it didn't work out.\n\n\
             <sven.berg@example.se>:\n192.0.2.5 does not like recipient.\n\
             Remote host said: 550 5.1.1 No such user here\nGiving up on 192.0.2.5.\n\n\
             --- Below this line is a copy of the message.\n",
            Want::Failed(&["sven.berg@example.se"]),
        ),
        case(
            "MAILER-DAEMON@mx.example.lt",
            true,
            "failure notice",
            "Hi. This is the qmail-send program at mx.example.lt.\n\
             I'm afraid I wasn't able to deliver your message to the following addresses.\n\
             This is a permanent error; I've given up. Sorry it didn't work out.\n\n\
             <ieva@example.lt>:\nThe user's mail folder is over the allowed quota (size). (#5.2.2)\n",
            Want::Failed(&["ieva@example.lt"]),
        ),
        case(
            "Mail Delivery System <Mailer-Daemon@mx.example.ee>",
            true,
            "Mail delivery failed: returning message to sender",
            "This message was created automatically by mail delivery software (Exim).\n\n\
             A message that you sent could not be delivered to one or more of its\n\
             recipients. This is a permanent error. The following address(es) failed:\n\n\
             \x20 jaan@example.ee:\n    unrouteable mail domain \"example.ee\"\n\n\
             ------ This is a copy of the message, including all the headers. ------\n",
            Want::Failed(&["jaan@example.ee"]),
        ),
        case(
            "Mail Delivery System <Mailer-Daemon@mx.example.de>",
            true,
            "Warning: message 1aBcDe-000123-Xy delayed 24 hours",
            "This message was created automatically by mail delivery software.\n\
             A message that you sent has not yet been delivered to one or more of its\n\
             recipients after more than 24 hours on the queue on mx.example.de.\n\n\
             The address to which the message has not yet been delivered is:\n\n\
             \x20 helga@example.de\n    Delay reason: SMTP error from remote mail server after RCPT TO:<helga@example.de>:\n\
             \x20   451 4.2.0 Mailbox temporarily unavailable\n\n\
             No action is required on your part. Delivery attempts will continue for\n\
             some time, and this warning may be repeated at intervals if the message\n\
             remains undelivered.\n",
            Want::Delayed("helga@example.de"),
        ),
        case(
            "Courier mail server at mail.example.nl <@>",
            true,
            "failed mail",
            "This is a delivery status notification from mail.example.nl,\n\
             running the Courier mail server, version 0.60.\n\n\
             \x20                          UNDELIVERABLE MAIL\n\n\
             Your message to the following recipients cannot be delivered:\n\n\
             <pieter@example.nl>:\n    mx.example.nl [192.0.2.7]:\n\
             >>> RCPT TO:<pieter@example.nl>\n\
             <<< 550 5.1.1 <pieter@example.nl>: Recipient address rejected: User unknown\n",
            Want::Failed(&["pieter@example.nl"]),
        ),
        case(
            "MAILER-DAEMON@mail.example.it (Mail Delivery System)",
            true,
            "Undelivered Mail Returned to Sender",
            "This is the Postfix program at host mail.example.it.\n\n\
             I'm sorry to have to inform you that the message returned\n\
             below could not be delivered to one or more destinations.\n\n\
             \t\t\tThe Postfix program\n\n\
             <marco@example.it>: host mx.example.it[192.0.2.9] said: 550 5.1.1 User unknown\n\
             \x20   (in reply to RCPT TO command)\n",
            Want::Failed(&["marco@example.it"]),
        ),
        case(
            "MAILER-DAEMON@mail.example.net",
            true,
            "Returned mail: Delivery failed",
            "|------------------------- Failed addresses follow: ---------------------|\n\
             \x20<kasia@example.pl> ... unknown user\n\
             |------------------------- Message text follows: ------------------------|\n\
             From: registration@event.test\nTo: kasia@example.pl\n",
            Want::Failed(&["kasia@example.pl"]),
        ),
        case(
            "postmaster@mail.example.com",
            true,
            "Undeliverable Mail",
            "unknown user: mari@example.ee\n\nOriginal message follows.\n\n\
             Received: from relay.event.test by mail.example.com (IMail 8.05)\n",
            Want::Failed(&["mari@example.ee"]),
        ),
        case(
            "Internet Mail Delivery <postmaster@ims.example.fi>",
            true,
            "Delivery Notification: Delivery has failed",
            "This report relates to a message you sent with the following header fields:\n\n\
             \x20 Message-id: <12ab@event.test>\n  From: registration@event.test\n\
             \x20 To: mikko@example.fi\n  Subject: Registration\n\n\
             Your message cannot be delivered to the following recipients:\n\n\
             \x20 Recipient address: mikko@example.fi\n\
             \x20 Reason: Remote SMTP server has rejected address\n\
             \x20 Diagnostic code: smtp;550 5.1.1 unknown\n",
            Want::Failed(&["mikko@example.fi"]),
        ),
    ]);
}

#[test]
fn groupware_servers_of_the_nineties_and_two_thousands_are_read() {
    check(&[
        case(
            "Postmaster <postmaster@notes.example.fi>",
            false,
            "DELIVERY FAILURE: Error transferring to MAIL01/ACME; Maximum hop count exceeded",
            "Your message\n\n  Subject: Registration\n\nwas not delivered to:\n\n\
             \x20 kari.virtanen@acme.example.fi\n\nbecause:\n\n\
             \x20 Error transferring to MAIL01/ACME; Maximum hop count exceeded.  Message probably in a routing loop.\n",
            Want::Failed(&["kari.virtanen@acme.example.fi"]),
        ),
        case(
            "System Administrator <postmaster@corp.example.no>",
            false,
            "Undeliverable: Registration",
            "Your message\n\n  To:      Ola Nordmann\n  Subject: Registration\n\
             \x20 Sent:    Tue, 6 Jan 2004 10:15:00 +0100\n\n\
             did not reach the following recipient(s):\n\n\
             ola.nordmann@corp.example.no on Tue, 6 Jan 2004 10:16:00 +0100\n\
             \x20   The recipient name is not recognized\n\
             \x20   The MTS-ID of the original message is: c=NO;a= ;p=Corp;l=MAIL01-040106091600Z-12\n\
             \x20   MSEXCH:IMS:Corp:Oslo:MAIL01 0 (000C05A6) Unknown Recipient\n",
            Want::Failed(&["ola.nordmann@corp.example.no"]),
        ),
        case(
            "System Administrator <postmaster@example.de>",
            false,
            "Unzustellbar: Anmeldung",
            "Ihre Nachricht\n\n  An:      Petra Schulz\n  Betreff: Anmeldung\n\
             \x20 Gesendet am:    12.03.2005 10:15\n\n\
             hat folgende Empfänger nicht erreicht:\n\n\
             \x20     petra.schulz@example.de am 12.03.2005 10:16\n\
             \x20           Die E-Mail-Adresse des Empfängers wurde im E-Mail-System des Empfängers nicht gefunden.\n",
            Want::Failed(&["petra.schulz@example.de"]),
        ),
        case(
            "Administrateur système <postmaster@example.fr>",
            false,
            "Non remis : Inscription",
            "Votre message\n\n  À :      Luc Martin\n  Objet :   Inscription\n\
             \x20 Envoyé :  12/03/2005 10:15\n\n\
             n'a pas atteint le(s) destinataire(s) suivant(s) :\n\n\
             \x20     luc.martin@example.fr le 12/03/2005 10:16\n\
             \x20           Le nom du destinataire n'est pas reconnu\n",
            Want::Failed(&["luc.martin@example.fr"]),
        ),
        case(
            "System Administrator <postmaster@ex2000.example.se>",
            false,
            "Undeliverable: Registration",
            "Your message\n\n  To:      Anna Lind\n  Subject: Registration\n\n\
             did not reach the following recipient(s):\n\n\
             SMTP:anna.lind@example.se on 4 Mar 2004 10:16\n\
             \x20   The e-mail account does not exist at the organization this message was sent to.\n",
            Want::Failed(&["anna.lind@example.se"]),
        ),
        case(
            "Postmaster <gwia@gw.example.lv>",
            true,
            "Message status - undeliverable",
            "The message that you sent was undeliverable to the following:\n\
             \tliga.berzina@example.lv (user not found)\n\n\
             Possibly truncated original message follows:\n\n\
             From: registration@event.test\nTo: liga.berzina@example.lv\n",
            Want::Failed(&["liga.berzina@example.lv"]),
        ),
    ]);
}
