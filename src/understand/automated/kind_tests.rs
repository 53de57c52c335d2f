//! One invented bounce per kind of mail server that issue 10 names (Exchange's X.400 and
//! `smtp=` notations, GroupWise, a Russian Exim), and delay notices of several servers, which
//! must be automated without marking anyone failed.

use super::tests::{bounce_of, run, text_bounce};
use super::*;

#[test]
fn exchange_x400_notice_names_the_recipient_before_on() {
    let v = text_bounce(
        "System Administrator <postmaster@mail.example.se>",
        "Undeliverable: Registration",
        "Your message\n\n  To:      Lars Holm\n  Subject: Registration\n\n\
         did not reach the following recipient(s):\n\n\
         LARS.HOLM@EXAMPLE.SE on Mon, 1 Jun 2026 10:00:00 +0200\n\
         \x20   The recipient name is not recognized\n\
         \x20   The MTS-ID of the original message is: c=SE;a= ;p=Example;l=MAIL0106010800KZ\n\
         \x20   MSEXCH:IMS:Example:Stockholm:MAIL 0 (000C05A6) Unknown Recipient\n",
    );
    bounce_of(&v, &["lars.holm@example.se"]);
}

#[test]
fn exchange_smtp_notation_gives_the_address_behind_a_display_name() {
    let v = text_bounce(
        "System Administrator <postmaster@mail.example.dk>",
        "Undeliverable: Registration",
        "Your message did not reach some or all of the intended recipients.\n\n\
         \x20     Subject:  Registration\n\n\
         The following recipient(s) could not be reached:\n\n\
         \x20     Mette Nielsen on 1 Jun 2026 10:00\n\
         \x20           The e-mail account does not exist at the organization this message was sent to.\n\
         \x20           <mail.example.dk #5.1.1 smtp;550 5.1.1 unknown user>\n\
         \x20           dda:SMTP=mette.nielsen@example.dk\n",
    );
    bounce_of(&v, &["mette.nielsen@example.dk"]);
}

#[test]
fn groupwise_names_a_mailbox_of_its_own_domain() {
    let v = text_bounce(
        "Mail Administrator <Postmaster@groupwise.example.lt>",
        "Message status - undeliverable",
        "The message that you sent was undeliverable to the following:\n\
         \tjonas.petraitis (user not found)\n\n\
         Possibly truncated original message follows:\n\n\
         From: registration@event.test\nTo: jonas.petraitis@groupwise.example.lt\nSubject: Registration\n",
    );
    bounce_of(&v, &["jonas.petraitis@groupwise.example.lt"]);
}

#[test]
fn a_russian_exim_notice_is_read() {
    let v = text_bounce(
        "Mail Delivery System <MAILER-DAEMON@mx.example.ru>",
        "Mail delivery failed",
        "Это письмо создано автоматически сервером mx.example.ru, отвечать на него не нужно.\n\n\
         К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:\n\n\
         \x20 olga.smirnova@example.ru\n    550 Mailbox unavailable\n\n\
         Рекомендуем Вам проверить корректность указания адресов получателей.\n",
    );
    bounce_of(&v, &["olga.smirnova@example.ru"]);
}

/// A delay notice: automated, nobody failed, the retried address kept apart.
fn delay_of(v: &Verdict, addr: &str) {
    assert_eq!(v.kind, Some(Automated::Bounce), "{v:?}");
    assert!(v.bounced_recipients.is_empty(), "{v:?}");
    assert_eq!(v.delayed_recipients, [addr], "{v:?}");
}

#[test]
fn warnings_that_need_no_resend_are_delays_whatever_their_subject() {
    // Sendmail's and Postfix's banners, under a subject that says nothing of a delay.
    let v = text_bounce(
        "MAILER-DAEMON@mx.example.de (Mail Delivery Subsystem)",
        "Returned mail: see transcript for details",
        "    **********************************************\n\
         \x20   **      THIS IS A WARNING MESSAGE ONLY      **\n\
         \x20   **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n\
         \x20   **********************************************\n\n\
         \x20  ----- Transcript of session follows -----\n\
         <petra.schulz@example.de>... Deferred: Connection timed out with mx.example.de.\n",
    );
    delay_of(&v, "petra.schulz@example.de");
    let v = text_bounce(
        "MAILER-DAEMON@mx.example.no (Mail Delivery System)",
        "Undelivered Mail",
        "This is the mail system at host mx.example.no.\n\n\
         # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\n\
         <kari.nordmann@example.no>: connect to mx.example.no[192.0.2.7]:25: Connection timed out\n",
    );
    delay_of(&v, "kari.nordmann@example.no");
}

#[test]
fn a_message_not_yet_delivered_is_a_delay_and_one_given_up_is_a_failure() {
    let v = text_bounce(
        "Mail Delivery Subsystem <MAILER-DAEMON@mx.example.lv>",
        "Mail delivery report",
        "This message was created automatically by mail delivery software.\n\
         A message that you sent has not yet been delivered to one or more of its\n\
         recipients after more than 24 hours on the queue on mx.example.lv.\n\n\
         \x20 ilze.ozola@example.lv\n    Delay reason: mail transfer timed out\n\n\
         No action is required on your part.\n",
    );
    delay_of(&v, "ilze.ozola@example.lv");
    let v = text_bounce(
        "MAILER-DAEMON@mail.example.pl",
        "failure notice",
        "Hi. This is the qmail-send program at mail.example.pl.\n\n\
         <anna.nowak@example.pl>:\n\
         I'm not going to try again; this message has been in the queue too long.\n\
         Delivery has been delayed for 7 days: will retry no more.\n",
    );
    bounce_of(&v, &["anna.nowak@example.pl"]);
}

#[test]
fn a_delay_subject_in_the_regions_languages_is_a_delay() {
    let v = text_bounce(
        "Mail Delivery System <MAILER-DAEMON@mx.example.se>",
        "Leverans försenad: Registrering",
        "Meddelandet har ännu inte levererats.\n\n<sven.berg@example.se>: 421 connection timed out\n\n\
         Delivery status: 4.4.1\n",
    );
    delay_of(&v, "sven.berg@example.se");
}

#[test]
fn a_delay_that_names_the_permanent_failure_it_would_report_is_a_delay() {
    let v = text_bounce(
        "Mail Delivery Subsystem <mailer-daemon@mail.example.com>",
        "Delivery Status Notification (Delay)",
        "** Message not delivered yet **\n\n\
         There was a temporary problem delivering your message to laura.kalnina@example.lv. \
         The server will retry for 46 more hours. You'll be notified if the delivery fails \
         permanently.\n\nThe response from the remote server was:\n451 4.3.0 Temporary lookup failure\n",
    );
    assert_eq!(v.kind, Some(Automated::Bounce), "{v:?}");
    assert!(v.bounced_recipients.is_empty(), "{v:?}");
}

#[test]
fn a_help_desk_receipt_that_calls_itself_an_automatic_notice_is_an_auto_reply_despite_bulk() {
    for (subject, body) in [
        (
            "[Ticket #4411] Re: Your registration",
            "Thank you for contacting us. Your request has been logged as #4411.\n\n\
             This is an automated notification, please do not reply.",
        ),
        (
            "[Anfrage 7781] AW: Anmeldung",
            "Vielen Dank für Ihre Nachricht, die unter der Nummer 7781 erfasst wurde.\n\n\
             Dies ist eine automatische Benachrichtigung.",
        ),
        (
            "[Zgłoszenie 302] Odp: Rejestracja",
            "Dziękujemy, zgłoszenie otrzymało numer 302.\n\nTo jest automatyczne powiadomienie.",
        ),
        (
            "[Pöördumine 55] Vs: Registreerimine",
            "Teie pöördumine on vastu võetud numbriga 55.\n\nSee on automaatne teade.",
        ),
    ] {
        let v = run(&format!(
            "From: Support <support@help.example.org>\nTo: registration@event.test\n\
             Subject: {subject}\nPrecedence: bulk\nContent-Type: text/plain; charset=utf-8\n\n\
             {body}\n"
        ));
        assert_eq!(v.kind, Some(Automated::AutoReply), "{subject}");
    }
}
