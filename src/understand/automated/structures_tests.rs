//! Invented notices whose report is in their structure more than in their words: the attached
//! original under a text that says next to nothing, a report without its report-type or sent
//! as plain text, the Polish providers' "doręczyć" and Gmail's "Address not found" in the
//! region's languages, and a filter's request that the sender prove to be a real one.

use super::legacy_tests::{Want, case, check};
use super::tests::run;
use crate::understand::Automated;

/// The invitation regbot sent, as a notice attaches or quotes it.
fn original(to: &str) -> String {
    format!(
        "From: Registration <registration@event.test>\nTo: {to}\nSubject: Invitation\n\
         Message-ID: <inv-1@event.test>\n\nDear colleague, you are invited."
    )
}

/// A notice with a short text part and an attached part of the given type.
fn with_part(from: &str, subject: &str, text: &str, ctype: &str, part: &str, top: &str) -> String {
    format!(
        "From: {from}\nTo: registration@event.test\nSubject: {subject}\nMIME-Version: 1.0\n\
         Content-Type: {top}; boundary=\"B\"\n\n--B\nContent-Type: text/plain; charset=utf-8\n\n\
         {text}\n--B\nContent-Type: {ctype}\n\n{part}\n--B--\n"
    )
}

#[test]
fn a_failure_subject_over_an_attached_original_and_a_few_words_is_a_bounce() {
    for (from, text) in [
        (
            "Mail Security <noreply@imones.lt>",
            "Message not delivered.",
        ),
        ("Mail Gateway <gateway@imones.lt>", ""),
    ] {
        let raw = with_part(
            from,
            "Undelivered: Invitation",
            text,
            "message/rfc822",
            &original("ona.petraitiene@imones.lt"),
            "multipart/mixed",
        );
        let v = run(&raw);
        assert_eq!(v.kind, Some(Automated::Bounce), "{from}");
        assert_eq!(v.bounced_recipients, ["ona.petraitiene@imones.lt"]);
    }
}

#[test]
fn a_person_attaching_a_mail_under_such_a_subject_with_words_of_their_own_is_a_person() {
    let raw = with_part(
        "Ona Petraitienė <ona.petraitiene@imones.lt>",
        "Undelivered invitation",
        "Hello, the invitation below never reached my colleague. Could you send it to him \
         again? I would also like to register myself.\n\nOna",
        "message/rfc822",
        &original("jonas@imones.lt"),
        "multipart/mixed",
    );
    assert_eq!(run(&raw).kind, None);
}

const REPORT: &str = "Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; \
                      aivars.liepa@uznemums.lv\nAction: failed\nStatus: 5.1.1\n\
                      Diagnostic-Code: smtp; 550 5.1.1 User unknown";

#[test]
fn a_report_without_its_report_type_or_sent_as_plain_text_is_a_bounce() {
    let raw = with_part(
        "noreply@mx.example.net",
        "Notification",
        "See the report.",
        "message/delivery-status",
        REPORT,
        "multipart/report",
    );
    let v = run(&raw);
    assert_eq!(v.kind, Some(Automated::Bounce));
    assert_eq!(v.bounced_recipients, ["aivars.liepa@uznemums.lv"]);
    check(&[case(
        "Delivery Reports <dsn@mx.example.net>",
        false,
        "Report",
        "Delivery report\n\nReporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; \
         aivars.liepa@uznemums.lv\nAction: failed\nStatus: 5.1.1",
        Want::Failed(&["aivars.liepa@uznemums.lv"]),
    )]);
}

#[test]
fn a_person_pasting_a_report_into_a_greeting_is_a_person() {
    check(&[case(
        "Aivars Liepa <aivars.liepa@uznemums.lv>",
        false,
        "Your mail to my colleague",
        "Hello, my colleague's server returned this:\n\nFinal-Recipient: rfc822; \
         anna@uznemums.lv\nAction: failed\nStatus: 5.1.1\n\nPlease register me instead.\nAivars",
        Want::Person,
    )]);
}

#[test]
fn polish_providers_and_gmail_headings_in_the_regions_languages_are_bounces() {
    check(&[
        case(
            "MAILER-DAEMON@poczta.example.pl",
            false,
            "Zwrot niedoręczonej wiadomości",
            "Wiadomość nie została doręczona do odbiorcy piotr.zajac@firma.pl: adres nie istnieje.",
            Want::Failed(&["piotr.zajac@firma.pl"]),
        ),
        case(
            "Administrator poczty <postmaster@poczta.example.pl>",
            false,
            "Nie można doręczyć wiadomości",
            "Serwer nie mógł doręczyć wiadomości na adres e.kowalczyk@firma.pl.",
            Want::Failed(&["e.kowalczyk@firma.pl"]),
        ),
        case(
            "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            false,
            "Adresse nicht gefunden",
            "Adresse nicht gefunden\n\nIhre Nachricht wurde nicht an l.krause@firma.de \
             zugestellt, weil die Adresse nicht gefunden wurde.",
            Want::Failed(&["l.krause@firma.de"]),
        ),
        case(
            "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            false,
            "Aadressi ei leitud",
            "Aadressi ei leitud\n\nTeie sõnumit ei toimetatud aadressile kai.org@ettevote.ee, \
             kuna aadressi ei leitud.",
            Want::Failed(&["kai.org@ettevote.ee"]),
        ),
    ]);
}

#[test]
fn people_writing_of_an_address_not_found_or_an_undelivered_message_are_people() {
    check(&[
        case(
            "Tomas Jensen <tomas@firma.dk>",
            false,
            "Address not found",
            "Hi, I could not find the address of the venue on your website. Could you send it?",
            Want::Person,
        ),
        case(
            "Ewa Lis <ewa.lis@firma.pl>",
            false,
            "Zaproszenie",
            "Dzień dobry, wiadomość nie została doręczona do mojej koleżanki, proszę wysłać \
             zaproszenie jeszcze raz. Chciałabym się też zarejestrować.\nEwa Lis",
            Want::Person,
        ),
    ]);
}

#[test]
fn a_filter_holding_a_message_until_the_sender_proves_real_is_an_auto_reply() {
    check(&[case(
        "Anti-Spam <antispam@firma.lt>",
        false,
        "Sender verification required",
        "Your message to jonas@firma.lt is being held.\nTo release it, please confirm that \
         you are a real sender: https://filter.example/c",
        Want::Auto,
    )]);
}

#[test]
fn an_offices_automatic_confirmation_of_receipt_is_an_auto_reply() {
    check(&[
        case(
            "Info <info@firma.se>",
            false,
            "Thank you for your email",
            "Thank you for your email. This is an automatic confirmation that we have received \
             your message. We will get back to you as soon as possible.",
            Want::Auto,
        ),
        case(
            "Sekretariat <sekretariat@firma.de>",
            false,
            "Ihre Nachricht",
            "Vielen Dank für Ihre Nachricht. Dies ist eine automatische Eingangsbestätigung.",
            Want::Auto,
        ),
        case(
            "Biuro <biuro@firma.pl>",
            false,
            "Dziękujemy",
            "To jest automatyczne potwierdzenie otrzymania wiadomości. Odpowiemy wkrótce.",
            Want::Auto,
        ),
    ]);
}

#[test]
fn a_person_confirming_by_hand_is_a_person() {
    check(&[case(
        "Maria Lind <maria.lind@firma.se>",
        false,
        "Re: Invitation",
        "Hello, this is a confirmation that I will come. Please register me.\nMaria Lind",
        Want::Person,
    )]);
}

#[test]
fn a_virus_alert_names_the_recipient_it_did_not_deliver_to() {
    check(&[case(
        "Virus Wall <antivirus@firma.lv>",
        false,
        "VIRUS ALERT: Invitation",
        "The message you sent to maris@firma.lv contained a virus (W32.Example) and was not \
         delivered.",
        Want::Failed(&["maris@firma.lv"]),
    )]);
}

#[test]
fn a_mail_systems_notice_that_the_address_is_out_of_use_is_automated() {
    check(&[
        case(
            "Mail Delivery System <postmaster@old.example.ee>",
            false,
            "Address changed",
            "This address is no longer in use. Please write to kersti@new.example.ee instead.",
            Want::Auto,
        ),
        // A person giving a new address is a person.
        case(
            "Kersti Kask <kersti@old.example.ee>",
            false,
            "New address",
            "Hello, this address is no longer in use from July. Please write to \
             kersti@new.example.ee instead, and register me for the forum.\nKersti",
            Want::Person,
        ),
    ]);
}
