//! Invented notices in the shapes that the thirteenth search's real collections showed
//! (tests/eval/bounces/tune/deltachat, tmail-bouncer, mox): a provider's notice that lists its
//! failed addresses as bullets, in a report without a report type; a notice part without any
//! MIME header; a failure for one of two addressees, the other named only in the returned
//! original; a provider's "Failure Notice" whose quoted copy names more people than failed; a
//! relay's success report; and a domain report whose subject is encoded and whose only text is
//! an HTML note. None of the texts is taken from those files.

use super::Automated;
use super::tests::{bounce_of, run};

/// Automated mail that names nobody: never answered, nobody marked failed or complaining.
fn names_nobody(raw: &str) {
    let v = run(raw);
    assert_eq!(v.kind, Some(Automated::Bounce), "{v:?}");
    assert!(v.bounced_recipients.is_empty(), "{v:?}");
    assert!(v.complained_recipients.is_empty(), "{v:?}");
}

/// The original regbot sent to `to` (one address or a list), as a notice returns it.
fn original(to: &str) -> String {
    format!(
        "From: Registration <registration@event.test>\nTo: {to}\nSubject: Your registration\n\
         Message-ID: <a1@regbot.event.test>\n\nHello\n"
    )
}

#[test]
fn a_bulleted_list_of_aborted_deliveries_names_its_addresses_in_english_and_italian() {
    // A report without a report type, its returned headers under a broken Content-Type line.
    let italian = format!(
        "Return-Path: <>\nFrom: Sistema di consegna <mail-daemon@smtp.posta.it>\n\
         To: registration@event.test\nSubject: Notifica di stato della consegna\n\
         MIME-Version: 1.0\nContent-Type: multipart/report; boundary=\"B\"\n\n\
         --B\nContent-Type: text/plain; charset=UTF-8;\n\n\
         \x20     Questa è una notifica di stato della consegna generata automaticamente.\n\n\
         La consegna ai seguenti destinatari è stata interrotta dopo 3 secondi:\n\n\
         \x20 * giulia.rossi@azienda.it\n\n\
         --B\nContent-Type: text/rfc822-headers; Content-Transfer-Encoding: 8bit\n\n{}\n--B--\n",
        original("<giulia.rossi@azienda.it>")
    );
    bounce_of(&run(&italian), &["giulia.rossi@azienda.it"]);

    let english = "From: Mail Delivery System <mail-daemon@smtp.provider.ee>\n\
         To: registration@event.test\nSubject: Delivery status notification\n\
         Content-Type: text/plain; charset=UTF-8\n\n\
         \x20     This is an automatically generated Delivery Status Notification.\n\n\
         Delivery to the following recipients was aborted after 5 second(s):\n\n\
         \x20 * karin.saar@ettevote.ee\n";
    bounce_of(&run(english), &["karin.saar@ettevote.ee"]);
}

#[test]
fn a_notice_part_without_any_mime_header_is_read_as_the_notice() {
    let raw = format!(
        "Return-Path: <>\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@relay.firma.fi>\n\
         To: registration@event.test\nSubject: Returned mail: see transcript for details\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n\
         --B\n\nThe original message was received at Mon, 4 May 2026 10:00:00 +0300\n\n\
         \x20  ----- The following addresses had permanent fatal errors -----\n\
         <mikko.laine@yritys.fi>\n    (reason: 552 mailbox full)\n\n\
         --B\nContent-Type: text/rfc822-headers\n\n{}\n--B--\n",
        original("mikko.laine@yritys.fi")
    );
    bounce_of(&run(&raw), &["mikko.laine@yritys.fi"]);
}

#[test]
fn a_failure_for_one_of_two_addressees_names_only_that_one_in_swedish_and_polish() {
    let notice = |ctype: &str, text: &str| {
        format!(
            "Return-Path: <>\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n\
             To: registration@event.test\nSubject: Delivery Status Notification (Failure)\n\
             MIME-Version: 1.0\nContent-Type: {ctype}; boundary=\"B\"\n\n\
             --B\nContent-Type: text/plain; charset=UTF-8\n\n{text}\n\n\
             --B\nContent-Type: message/rfc822\n\n{}\n--B--\n",
            original("anna.lind@foretag.se, per.holm@foretag.se")
        )
    };
    let swedish = notice(
        "multipart/report; report-type=delivery-status",
        "** Adressen hittades inte **\n\nDitt meddelande levererades inte till \
         per.holm@foretag.se eftersom adressen inte hittades eller inte kan ta emot e-post.",
    );
    bounce_of(&run(&swedish), &["per.holm@foretag.se"]);

    let polish = notice(
        "multipart/mixed",
        "** Nie znaleziono adresu **\n\nTwoja wiadomość nie została dostarczona do \
         per.holm@foretag.se, ponieważ nie znaleziono adresu lub nie może on odbierać poczty.",
    );
    bounce_of(&run(&polish), &["per.holm@foretag.se"]);
}

#[test]
fn a_failure_notice_names_the_failed_address_not_everyone_in_its_copy() {
    let raw = "From: MAILER-DAEMON@pasts.lv\nTo: registration@event.test\n\
         Subject: Failure Notice\nContent-Type: text/plain; charset=UTF-8\n\n\
         Sorry, we were unable to deliver your message to the following address.\n\n\
         <ilze.kalnina@pasts.lv>:\n\
         554: delivery error: dd Not a valid recipient - mta7.pasts.lv\n\n\
         --- Below this line is a copy of the message.\n\n\
         From: Registration <registration@event.test>\n\
         To: ilze.kalnina@pasts.lv, andris.liepa@firma.lv\nSubject: Your registration\n\nHello\n";
    bounce_of(&run(raw), &["ilze.kalnina@pasts.lv"]);
}

#[test]
fn a_relays_success_report_names_nobody() {
    names_nobody(
        "Return-Path: <>\nFrom: MAILER-DAEMON@mx.firma.de (Mail Delivery System)\n\
         To: registration@event.test\nSubject: Successful Mail Delivery Report\n\
         Auto-Submitted: auto-replied\nMIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n\
         --B\nContent-Type: text/plain\n\n\
         Your message was successfully delivered to the destination(s)\nlisted below.\n\n\
         <k.weber@firma.de>: delivery via mx.firma.de: 250 OK\n\n\
         --B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.firma.de\n\n\
         Final-Recipient: rfc822; k.weber@firma.de\nAction: relayed\nStatus: 2.0.0\n\n--B--\n",
    );
}

#[test]
fn a_domain_report_with_an_encoded_subject_and_only_an_html_note_names_nobody() {
    // "Report Domain: event.test Submitter: mail.example Report-ID: 77", base64-encoded.
    names_nobody(
        "From: \"DMARC Aggregate Report\" <dmarc-noreply@mail.example>\n\
         To: <registration@event.test>\n\
         Subject: =?utf-8?B?UmVwb3J0IERvbWFpbjogZXZlbnQudGVzdCBTdWJtaXR0ZXI6IG1haWwuZXhhbXBsZSBSZXBvcnQtSUQ6IDc3?=\n\
         MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"B\"\n\n\
         --B\nContent-Type: multipart/alternative; boundary=\"C\"\n\n--C\n\n\n\
         --C\nContent-Type: text/html; charset=us-ascii\n\n\
         <div>This is an aggregate report for your domain.</div>\
         <div>Please do not reply to this mail.</div>\n\n--C--\n\n\
         --B\nContent-Type: application/gzip\n\
         Content-Disposition: attachment; filename=\"mail.example!event.test!1777852800!1777939200.xml.gz\"\n\
         Content-Transfer-Encoding: base64\n\nH4sIAAAAAAAEAI1U\n--B--\n",
    );
}
