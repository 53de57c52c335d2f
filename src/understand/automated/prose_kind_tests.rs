//! Invented prose bounces whose wording sits mid-subject or is written in the region's
//! languages, sent without a null Return-Path: the sender, subject and wording alone must
//! make them bounces and name the failed recipient.

use super::tests::{bounce_of, run};
use super::*;

/// A notice with the given sender, subject and plain-text body and nothing else that says
/// it is automated (no null Return-Path, no Auto-Submitted).
fn notice(from: &str, subject: &str, body: &str) -> Verdict {
    run(&format!(
        "From: {from}\nTo: registration@event.test\nSubject: {subject}\n\
         Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    ))
}

/// The same notice with the registration attached as `message/rfc822`.
fn notice_with_original(from: &str, subject: &str, body: &str, to: &str) -> Verdict {
    run(&format!(
        "From: {from}\nTo: registration@event.test\nSubject: {subject}\nMIME-Version: 1.0\n\
         Content-Type: multipart/mixed; boundary=\"B\"\n\n\
         --B\nContent-Type: text/plain; charset=utf-8\n\n{body}\n\
         --B\nContent-Type: message/rfc822\n\n\
         From: registration@event.test\nTo: {to}\nSubject: Registration\n\nThank you.\n--B--\n"
    ))
}

#[test]
fn failure_words_after_a_word_of_the_servers_own_make_a_bounce_subject() {
    for s in [
        "Viestin toimitus epäonnistui",
        "Wiadomość niedostarczona",
        "Vēstule nav piegādāta",
        "Laiškas nepristatytas",
        "Kirja ei saanud kohale toimetada",
        "Nondeliverable mail",
        "Message non-deliverable: Registration",
        "Meldingen kunne ikke leveres",
        "Non recapitabile: Registrazione",
    ] {
        assert!(bounce::subject_signal(s), "{s}");
    }
    assert!(!bounce::subject_signal("Re: Viestin toimitus epäonnistui"));
    assert!(!bounce::subject_signal("Fwd: Nondeliverable mail"));
}

#[test]
fn a_mail_system_writing_in_the_regions_languages_is_a_bounce() {
    let cases = [
        (
            "Postijärjestelmä <mailer-daemon@mx.example.fi>",
            "Viestin toimitus epäonnistui",
            "Viestiäsi ei voitu toimittaa seuraaville vastaanottajille:\n\nville.virtanen@example.fi\n",
            "ville.virtanen@example.fi",
        ),
        (
            "System pocztowy <mailer-daemon@mx.example.pl>",
            "Wiadomość niedostarczona",
            "Nie udało się dostarczyć wiadomości do następujących adresatów:\n\n\
             adam.nowak@example.pl\nSkrzynka nie istnieje\n",
            "adam.nowak@example.pl",
        ),
        (
            "Pasta sistēma <mailer-daemon@mx.example.lv>",
            "Vēstule nav piegādāta",
            "Jūsu vēstuli neizdevās piegādāt šiem adresātiem:\n\njanis.ozols@example.lv\n",
            "janis.ozols@example.lv",
        ),
    ];
    for (from, subject, body, failed) in cases {
        bounce_of(&notice(from, subject, body), &[failed]);
    }
}

#[test]
fn microsofts_plain_failure_line_with_the_smtp_notation_is_a_bounce() {
    let v = notice(
        "postmaster@mail.example.ee",
        "Nondeliverable mail",
        "Delivery to the following recipients failed.\n\n       Mari Tamm (SMTP=mari.tamm@example.ee)\n",
    );
    bounce_of(&v, &["mari.tamm@example.ee"]);
}

#[test]
fn lotus_dominos_router_is_a_mail_system() {
    let v = notice(
        "Mail Router <mailrouter@notes.example.lt>",
        "DELIVERY FAILURE: User ruta (ruta@notes.example.lt) not listed in Domino Directory",
        "Your message\n\n  Subject: Registration\n\nwas not delivered to:\n\n  ruta@notes.example.lt\n\n\
         because:\n\n  User ruta (ruta@notes.example.lt) not listed in Domino Directory\n",
    );
    bounce_of(&v, &["ruta@notes.example.lt"]);
}

#[test]
fn exchanges_italian_and_french_headings_are_server_wording() {
    let v = notice_with_original(
        "Amministratore di sistema <admin@mail.example.it>",
        "Non recapitabile: Registration",
        "Impossibile recapitare il messaggio ai destinatari o gruppi seguenti:\n\n\
         luca.bianchi@example.it\nImpossibile trovare l'indirizzo di posta elettronica immesso.\n",
        "luca.bianchi@example.it",
    );
    bounce_of(&v, &["luca.bianchi@example.it"]);
    let v = notice_with_original(
        "Administrateur système <admin@mail.example.fr>",
        "Non distribuable : Registration",
        "La remise aux destinataires ou groupes suivants a échoué :\n\n\
         marie.dupont@example.fr\nL'adresse de messagerie que vous avez entrée est introuvable.\n",
        "marie.dupont@example.fr",
    );
    bounce_of(&v, &["marie.dupont@example.fr"]);
}

#[test]
fn a_person_writing_about_a_failed_delivery_is_no_bounce() {
    let v = notice(
        "Ville Virtanen <ville.virtanen@example.fi>",
        "Ilmoittautuminen",
        "Hei, edellistä viestiäni ei voitu toimittaa, joten lähetän sen uudelleen: \
         ilmoittaudun seminaariin.\n",
    );
    assert_eq!(v.kind, None, "{v:?}");
}

#[test]
fn a_delivery_receipt_is_automated_and_names_nobody_failed() {
    let v = notice(
        "Microsoft Outlook <postmaster@mail.example.lv>",
        "Delivered: Registration",
        "Your message has been delivered to the following recipients:\n\n\
         Anna Berzina (anna.berzina@example.lv)\n\nSubject: Registration\n",
    );
    assert_eq!(v.kind, Some(Automated::Bounce), "{v:?}");
    assert!(v.bounced_recipients.is_empty(), "{v:?}");
    let v = notice(
        "Mail Delivery System <MAILER-DAEMON@mx.example.de>",
        "Delivery Status Notification (Relay)",
        "This is an automatically generated Delivery Status Notification.\n\n\
         Your message has been successfully delivered to the following recipients, but the\n\
         requested delivery status notifications may not be generated by the destination.\n\n\
         \x20   petra.schulz@example.de\n",
    );
    assert_eq!(v.kind, Some(Automated::Bounce), "{v:?}");
    assert!(v.bounced_recipients.is_empty(), "{v:?}");
}

#[test]
fn delivery_status_notices_in_the_regions_languages_are_bounces() {
    let cases = [
        (
            "Leveransstatusmeddelande (fel)",
            "Meddelandet levererades inte\n\nDitt meddelande levererades inte till karin.lind@example.se.",
            "karin.lind@example.se",
        ),
        (
            "Leveringsstatusmeddelelse (fejl)",
            "Meddelelsen blev ikke leveret\n\nDin meddelelse blev ikke leveret til soren.holm@example.dk.",
            "soren.holm@example.dk",
        ),
        (
            "Leveringsstatusvarsel (feil)",
            "Meldingen ble ikke levert\n\nMeldingen din ble ikke levert til ola.nordmann@example.no.",
            "ola.nordmann@example.no",
        ),
        (
            "Kohaletoimetamise olekuteatis (tõrge)",
            "Sõnumit ei edastatud\n\nTeie sõnumit ei edastatud aadressile mari.tamm@example.ee.",
            "mari.tamm@example.ee",
        ),
        (
            "Piegādes statusa paziņojums (kļūme)",
            "Ziņojums netika piegādāts\n\nJūsu ziņojums netika piegādāts adresātam janis.ozols@example.lv.",
            "janis.ozols@example.lv",
        ),
    ];
    for (subject, body, failed) in cases {
        // From a mail system's mailbox, and from a gateway that only says it is automatic.
        let v = notice(
            "Mail Delivery Subsystem <mailer-daemon@mail.example.com>",
            subject,
            body,
        );
        bounce_of(&v, &[failed]);
        let v = run(&format!(
            "From: Gateway <noreply@gw.example.org>\nTo: registration@event.test\n\
             Subject: {subject}\nAuto-Submitted: auto-replied\n\
             Content-Type: text/plain; charset=utf-8\n\n{body}\n"
        ));
        bounce_of(&v, &[failed]);
    }
}

#[test]
fn an_address_named_only_in_the_subject_is_the_failed_one() {
    let v = notice(
        "MAILER-DAEMON@mx.example.lv",
        "Undeliverable mail: anna.berzina@example.lv",
        "The mailbox does not exist.\n",
    );
    bounce_of(&v, &["anna.berzina@example.lv"]);
    let v = notice(
        "Postmaster <postmaster@notes.example.se>",
        "DELIVERY FAILURE: User Karin Lind (karin.lind@example.se) not listed in Domino Directory",
        "Your message\n\n  Subject: Registration\n\nwas not delivered because the user is not listed.\n",
    );
    bounce_of(&v, &["karin.lind@example.se"]);
    let v = notice(
        "MDaemon@mail.example.pl",
        "Warning: adam.nowak@example.pl - User unknown!",
        "The attached message had PERMANENT fatal delivery errors!\n\n\
         After one or more unsuccessful delivery attempts the attached message has been removed \
         from the mail queue on this server.\n",
    );
    bounce_of(&v, &["adam.nowak@example.pl"]);
}

#[test]
fn aols_plain_complaint_report_is_a_feedback_report_that_names_nobody_failed() {
    let v = notice(
        "scomp@aol.net",
        "Client TOS Notification",
        "This is an email abuse report for an email message received from IP 192.0.2.5.\n\
         For information, please review the top portion of the following page:\n\
         http://postmaster.info.aol.com/tos\n\n\
         Return-Path: <registration@event.test>\nTo: annak@aol.com\nSubject: Registration\n",
    );
    assert_eq!(v.kind, Some(Automated::Bounce), "{v:?}");
    assert!(v.bounced_recipients.is_empty(), "{v:?}");
}

#[test]
fn a_failed_recipient_named_only_in_a_mailto_link_is_found() {
    let v = run(
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.ee>\nTo: registration@event.test\n\
         Subject: Undeliverable\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n\
         <p>Your message could not be delivered to <a href=\"mailto:mari.tamm@example.ee\">Mari \
         Tamm</a>.</p><p>The mailbox is full.</p>\n",
    );
    bounce_of(&v, &["mari.tamm@example.ee"]);
}

/// Postfix's notice as one plain part (no report, no attachment kept): its advice names "the
/// attached returned message" above the recipient lines, which must still be read.
const POSTFIX_ADVICE: &str = "This is the mail system at host relay.example.net.\n\n\
     I'm sorry to have to inform you that your message could not\n\
     be delivered to one or more recipients. It's attached below.\n\n\
     For further assistance, please send mail to postmaster.\n\n\
     If you do so, please include this problem report. You can\n\
     delete your own text from the attached returned message.\n\n\
     \x20                  The mail system\n\n";

#[test]
fn a_postfix_notice_without_its_report_names_the_recipient_below_its_advice() {
    for (failed, reply) in [
        (
            "ilze.kalnina@example.lv",
            "host mx.example.lv[10.1.2.3] said: 550 5.1.1\n    <ilze.kalnina@example.lv>: Recipient address rejected: User unknown (in\n    reply to RCPT TO command)",
        ),
        (
            "jonas@example.lt",
            "host mx.example.lt[10.1.2.4] refused to talk to\n    me: 421 4.4.2 mx.example.lt Error: timeout exceeded",
        ),
        (
            "piotr@example.pl",
            "host mx.example.pl[10.1.2.5] said: 552 5.2.2\n    Mailbox quota exceeded (in reply to end of DATA command)",
        ),
    ] {
        let v = notice(
            "Mail Delivery System <MAILER-DAEMON@relay.example.net>",
            "Notification",
            &format!("{POSTFIX_ADVICE}<{failed}>: {reply}\n"),
        );
        bounce_of(&v, &[failed]);
    }
}

#[test]
fn a_person_quoting_a_postfix_notice_stays_a_person() {
    // Someone pastes the notice they got, in English and in Latvian; the addressee named in it
    // is not marked failed.
    for (subject, words) in [
        (
            "Registration - my mail came back",
            "Hello, my first mail came back with this, please check the attached returned message:\n\n",
        ),
        (
            "Reģistrācija",
            "Labdien, mana vēstule atgriezās ar šo paziņojumu, lūdzu, reģistrējiet mani:\n\n",
        ),
    ] {
        let v = notice(
            "Ilze Kalniņa <ilze.kalnina@example.lv>",
            subject,
            &format!(
                "{words}{POSTFIX_ADVICE}<ilze@old.example.lv>: host mx.old.example.lv said: 550 5.1.1 User unknown\n\nIlze Kalniņa\n"
            ),
        );
        assert_eq!(v.kind, None, "{subject}: {v:?}");
        assert!(v.bounced_recipients.is_empty(), "{v:?}");
    }
}

#[test]
fn a_final_notice_quoting_a_servers_try_again_later_is_a_failure_in_any_language() {
    for (body, failed) in [
        (
            "Dies ist das Mailsystem auf dem Rechner relay.example.de.\n\n\
             Ihre Nachricht konnte leider nicht zugestellt werden.\n\n\
             <petra.schulz@example.de>: host mx.example.de[10.0.0.7] said: 451 4.7.1\n\
             \x20   temporarily deferred, please try again later (in reply to RCPT TO command)\n",
            "petra.schulz@example.de",
        ),
        (
            "Это почтовая система на узле relay.example.ru.\n\n\
             К сожалению, ваше сообщение не может быть доставлено.\n\n\
             <ivan.petrov@example.ru>: host mx.example.ru[10.0.0.8] said: 450 4.2.1 user is\n\
             \x20   receiving mail too quickly, will retry later (in reply to RCPT TO command)\n",
            "ivan.petrov@example.ru",
        ),
    ] {
        let v = notice(
            "Mail Delivery System <MAILER-DAEMON@relay.example.net>",
            "Notification",
            body,
        );
        bounce_of(&v, &[failed]);
        assert!(v.delayed_recipients.is_empty(), "{v:?}");
    }
}
