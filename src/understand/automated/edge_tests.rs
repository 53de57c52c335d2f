//! Invented edge cases between a mail system and a person: a mail server's rejection sent as a
//! disposition notification (Dovecot's "Rejected:"), postal and IT staff whose names read like
//! a mail system's, people who quote a server's words in their own subject and text, and people
//! who forward a report as an attachment.

use super::Verdict;
use super::legacy_tests::{Want, case, check, mismatch};
use super::tests::run;

#[test]
fn a_servers_rejection_sent_as_a_disposition_notification_is_a_bounce() {
    let v = run(
        "Return-Path: <>\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@imap.example.fi>\n\
        To: registration@event.test\nSubject: Rejected: Registration\nMIME-Version: 1.0\n\
        Content-Type: multipart/report; report-type=disposition-notification; boundary=\"B\"\n\n\
        --B\nContent-Type: text/plain; charset=utf-8\n\n\
        Your message to <aino.laine@example.fi> was automatically rejected:\n\
        Quota exceeded (mailbox for user is full)\n\n\
        --B\nContent-Type: message/disposition-notification\n\n\
        Reporting-UA: imap.example.fi; Dovecot Mail Delivery Agent\n\
        Final-Recipient: rfc822; aino.laine@example.fi\n\
        Disposition: automatic-action/MDN-sent-automatically; deleted\n\n--B--\n",
    );
    assert_eq!(
        mismatch(&Want::Failed(&["aino.laine@example.fi"]), &v),
        None
    );
}

#[test]
fn staff_whose_names_read_like_a_mail_systems_stay_people() {
    check(&[
        case(
            "Anna Ozola, Post Office Riga <anna.ozola@pasts.example.lv>",
            false,
            "Registration",
            "Labdien! I am responsible for mail delivery at our post office and would like to \
             attend the workshop. Some of our letters were returned undelivered last year, \
             which is why I am interested. Anna Ozola",
            Want::Person,
        ),
        case(
            "University Mail Server Team <helpdesk@uni.example.ee>",
            false,
            "Registration for two colleagues",
            "Hello, our mail server rejected your first message (550 rejected by policy), \
             sorry for that. Please register Mari Tamm and Jaan Kask. IT helpdesk",
            Want::Person,
        ),
        case(
            "Pocztex Mail Delivery <kontakt@pocztex.example.pl>",
            false,
            "Zgłoszenie",
            "Dzień dobry, chcielibyśmy zgłosić udział. Poprzednia wiadomość nie została \
             dostarczona (undeliverable). Pozdrawiamy",
            Want::Person,
        ),
    ]);
}
#[test]
fn a_person_quoting_a_servers_words_in_a_fresh_mail_stays_a_person() {
    check(&[
        case(
            "Anna Berzina <anna@example.lv>",
            false,
            "Mail delivery failed",
            "Hi, whenever I write to you I get \"your message could not be delivered\". \
             Please register me: Anna Berzina, LIAA.",
            Want::Person,
        ),
        case(
            "Jonas Jonaitis <jonas@example.lt>",
            false,
            "Undeliverable",
            "Hello, my last mail was undeliverable, the server said \"user unknown\". \
             Could you check whether registration@event.test works? Jonas",
            Want::Person,
        ),
        case(
            "Petra Schulz <petra@example.de>",
            false,
            "Unzustellbar",
            "Hallo, bei meiner Anmeldung kam zurück: \"Ihre Nachricht konnte nicht zugestellt \
             werden\". Bitte melden Sie mich an. Petra Schulz",
            Want::Person,
        ),
        case(
            "Иван Петров <ivan@example.ru>",
            false,
            "Недоставленное сообщение",
            "Здравствуйте! Мне пришло: «сообщение не может быть доставлено». \
             Прошу зарегистрировать меня. Иван",
            Want::Person,
        ),
        // The same words naming the address that failed are a gateway's notice.
        case(
            "Relay <relay@example.de>",
            false,
            "Unzustellbar: Anmeldung",
            "Ihre Nachricht konnte nicht zugestellt werden an: klaus@example.de\n",
            Want::Failed(&["klaus@example.de"]),
        ),
    ]);
}

/// A report attached whole to a mail whose subject is `subject` and whose sender is `from`.
fn with_attached_report(from: &str, subject: &str, words: &str) -> Verdict {
    run(&format!(
        "From: {from}\nTo: registration@event.test\nSubject: {subject}\nMIME-Version: 1.0\n\
         Content-Type: multipart/mixed; boundary=\"OUT\"\n\n\
         --OUT\nContent-Type: text/plain; charset=utf-8\n\n{words}\n\n\
         --OUT\nContent-Type: message/rfc822\n\n\
         From: postmaster@example.lv\nSubject: Undeliverable: Registration\nMIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"IN\"\n\n\
         --IN\nContent-Type: text/plain\n\nDelivery has failed to these recipients or groups:\n\n\
         \x20  liga@example.lv\n\n\
         --IN\nContent-Type: message/delivery-status\n\n\
         Final-Recipient: rfc822;liga@example.lv\nAction: failed\nStatus: 5.1.1\n\n\
         --IN--\n\n--OUT--\n"
    ))
}

#[test]
fn a_person_forwarding_a_report_as_an_attachment_stays_a_person() {
    for (from, subject, words) in [
        (
            "Anna Ozola <anna@example.lv>",
            "FW: Undeliverable: Registration",
            "Hi, my colleague's old address bounced, see attached. Please register her at liga.b@example.com.",
        ),
        (
            "Klaus Meier <klaus@example.de>",
            "WG: Unzustellbar: Anmeldung",
            "Hallo, siehe Anhang: die Adresse meiner Kollegin ist ungültig. Bitte melden Sie sie mit liga.b@example.com an.",
        ),
        (
            "Kārlis Liepa <karlis@example.lv>",
            "Pārsūt.: Nepiegādāta vēstule",
            "Labdien, pielikumā paziņojums par kolēģes adresi. Lūdzu, reģistrējiet viņu ar liga.b@example.com.",
        ),
    ] {
        let v = with_attached_report(from, subject, words);
        assert_eq!(mismatch(&Want::Person, &v), None, "{subject}");
    }
    // The same attachment sent by a mail system is its report.
    let v = with_attached_report(
        "Mail Delivery System <mailer-daemon@gw.example.lv>",
        "FW: Undeliverable: Registration",
        "The attached report was forwarded by the gateway.",
    );
    assert_eq!(mismatch(&Want::Failed(&["liga@example.lv"]), &v), None);
}
