//! Invented bounces whose report is not where it usually is: only in the attached original
//! (`message/rfc822`, `text/rfc822-headers`, `message/global-headers`) under an empty or
//! one-word text part, only in an `X-Failed-Recipients` header, only in the quoted original's
//! To, or an RFC 3464 report under a type of its own making or turned into an attachment;
//! and an alias's failure that names the address written to only after the one it made.

use super::Automated;
use super::tests::{bounce_of, run};

/// The original regbot sent, as a bounce returns it, to `to`.
fn original(to: &str) -> String {
    format!(
        "From: Registration <registration@event.test>\nTo: {to}\nSubject: Your registration\n\
         Date: Mon, 4 May 2026 10:00:00 +0000\nMessage-ID: <a1@regbot.event.test>\n"
    )
}

/// A two-part notice under `ctype`: a text part, then `attached` under `attached_type`.
fn notice(head: &str, ctype: &str, text: &str, attached_type: &str, attached: &str) -> String {
    format!(
        "{head}To: registration@event.test\nMIME-Version: 1.0\nContent-Type: {ctype}\n\n\
         --B\nContent-Type: text/plain; charset=utf-8\n\n{text}\n\
         --B\nContent-Type: {attached_type}\n\n{attached}\n--B--\n"
    )
}

const MIXED: &str = "multipart/mixed; boundary=\"B\"";
const REPORT: &str = "multipart/report; report-type=delivery-status; boundary=\"B\"";

#[test]
fn a_report_that_is_only_the_attached_original_names_its_addressee() {
    let empty_text = notice(
        "Return-Path: <>\nFrom: MAILER-DAEMON@mx.kolekcija.lv\n\
         Subject: Undelivered Mail Returned to Sender\n",
        MIXED,
        "",
        "message/rfc822",
        &format!("{}\nHello\n", original("ilze.ozola@kolekcija.lv")),
    );
    bounce_of(&run(&empty_text), &["ilze.ozola@kolekcija.lv"]);

    let headers_only = notice(
        "From: Mail Delivery System <postmaster@mail.klasteris.lt>\n\
         Subject: Returned mail: see transcript for details\n",
        REPORT,
        "See the attached headers.",
        "text/rfc822-headers",
        &original("<jonas.petraitis@klasteris.lt>"),
    );
    bounce_of(&run(&headers_only), &["jonas.petraitis@klasteris.lt"]);

    let one_word = notice(
        "Return-Path: <postmaster@firma.de>\nFrom: postmaster@firma.de\n\
         Subject: Nicht zustellbar: Your registration\n",
        MIXED,
        "Unzustellbar.",
        "message/rfc822",
        &format!("{}\nHallo\n", original("k.mueller@firma.de")),
    );
    bounce_of(&run(&one_word), &["k.mueller@firma.de"]);

    let global = notice(
        "From: MAILER-DAEMON@smtp.example.se\nSubject: Undeliverable: Your registration\n",
        REPORT,
        "",
        "message/global-headers",
        &original("åsa.lindqvist@exempel.se"),
    );
    bounce_of(&run(&global), &["åsa.lindqvist@exempel.se"]);
}

#[test]
fn the_failed_address_only_in_x_failed_recipients_or_the_quoted_to_is_found() {
    let header_only = run(
        "From: mailer-daemon@mail.example.fi\nTo: registration@event.test\n\
         Subject: Your registration\nX-Failed-Recipients: <pekka.virtanen@example.fi>\n\
         Content-Type: text/plain\n\n\n",
    );
    bounce_of(&header_only, &["pekka.virtanen@example.fi"]);

    let quoted_to = run(&format!(
        "Return-Path: <>\nFrom: MAILER-DAEMON@relay.example.no\nTo: registration@event.test\n\
         Subject: failure notice\nContent-Type: text/plain\n\n\
         Sorry, your message could not be delivered.\n\n\
         --- Below this line is a copy of the message.\n\n{}\nHei\n",
        original("Ola Nordmann <ola@example.no>")
    ));
    bounce_of(&quoted_to, &["ola@example.no"]);
}

/// An RFC 3464 report of one failed recipient.
const REPORT_FIELDS: &str = "Reporting-MTA: dns; mx.example.dk\n\n\
    Final-Recipient: rfc822; lars@example.dk\nAction: failed\nStatus: 5.1.1\n\
    Diagnostic-Code: smtp; 550 5.1.1 user unknown\n";

#[test]
fn a_report_under_an_odd_type_is_still_read_for_its_recipients() {
    for (ctype, part_type) in [
        // A report part turned into an attachment by a gateway.
        (MIXED, "application/octet-stream"),
        // A type of the server's own making.
        (MIXED, "message/delivery-report"),
        // A plain-text part in a mixed message.
        (MIXED, "text/plain"),
        // A report without its report-type.
        (
            "multipart/report; boundary=\"B\"",
            "message/delivery-status",
        ),
    ] {
        let raw = notice(
            "From: MAILER-DAEMON@mx.example.dk\nSubject: Delivery Status Notification\n",
            ctype,
            "",
            part_type,
            REPORT_FIELDS,
        );
        let v = run(&raw);
        assert_eq!(v.kind, Some(Automated::Bounce), "{part_type}: {v:?}");
        assert_eq!(
            v.bounced_recipients,
            ["lars@example.dk"],
            "{part_type}: {v:?}"
        );
    }
}

#[test]
fn a_persons_attachment_that_is_no_report_is_not_read_as_one() {
    let raw = notice(
        "From: Lars Holm <lars@example.dk>\nSubject: Tilmelding\n",
        MIXED,
        "Hej, jeg vil gerne tilmelde mig workshoppen. Se vedhæftede fil.\n\nLars",
        "application/octet-stream",
        "Status: draft\nAction: review the budget\n",
    );
    assert_eq!(run(&raw).kind, None);
}

#[test]
fn an_alias_exim_expanded_fails_as_the_address_regbot_wrote_to() {
    // Exim names the forward target that failed, then the address written to.
    let v = run(
        "Return-Path: <>\nFrom: Mail Delivery System <Mailer-Daemon@mx.example.com>\n\
         To: registration@event.test\nSubject: Mail delivery failed: returning message to sender\n\
         Content-Type: text/plain\n\n\
         This message was created automatically by mail delivery software.\n\n\
         A message that you sent could not be delivered to one or more of its\n\
         recipients. This is a permanent error. The following address(es) failed:\n\n\
         \x20 anna.private@mail.example.net\n\
         \x20   (generated from anna@cluster.example.lv)\n\
         \x20   SMTP error from remote mail server after RCPT TO:<anna.private@mail.example.net>:\n\
         \x20   550 5.1.1 user unknown\n",
    );
    bounce_of(&v, &["anna@cluster.example.lv"]);
}
