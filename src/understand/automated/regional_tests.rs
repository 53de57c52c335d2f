//! Invented notices of kinds the other test files lack: a delay or a failure titled in the
//! region's own words ("Piegādes kļūda", "Grąžintas laiškas", "Возврат письма"), a notice
//! sent in the name of the mailbox that refused the mail, a challenge-response request, and
//! a person forwarding a notice under their client's own prefix ("Pārsūt.:", "PRSN:").

use super::tests::{bounce_of, run};
use super::*;

/// A plain notice from `from`, with the null envelope sender when `null` is set.
fn notice(from: &str, subject: &str, body: &str, null: bool) -> Verdict {
    let rp = if null { "Return-Path: <>\n" } else { "" };
    run(&format!(
        "{rp}From: {from}\nTo: registration@event.test\nSubject: {subject}\n\
         Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    ))
}

#[test]
fn failure_titles_in_the_regions_words_make_a_bounce() {
    for (from, subject, body, null, failed) in [
        (
            "\"Administrators\" <admin@example.lv>",
            "Piegādes kļūda",
            "Jūsu vēstule netika nogādāta adresātam rihards@example.lv.\n\
             Iemesls: adresāts nav atrasts.",
            true,
            "rihards@example.lv",
        ),
        (
            "Почтовый робот <robot@example.ru>",
            "Возврат письма: ошибка доставки",
            "Ваше письмо не удалось доставить по адресу pavel@example.ru.",
            false,
            "pavel@example.ru",
        ),
        (
            "Pašto serveris <postmaster@example.lt>",
            "Grąžintas laiškas: pristatymo klaida",
            "Jūsų laiškas nebuvo pristatytas gavėjui ona@example.lt.",
            false,
            "ona@example.lt",
        ),
        (
            "Mailserveren <postmaster@example.dk>",
            "Fejl ved levering af meddelelse",
            "Din meddelelse til jens@example.dk kunne ikke afleveres.\n\
             Årsag: ukendt modtager.",
            false,
            "jens@example.dk",
        ),
    ] {
        bounce_of(&notice(from, subject, body, null), &[failed]);
    }
}

#[test]
fn a_person_titling_a_mail_in_those_words_stays_a_person() {
    for (from, subject, body) in [
        (
            "Rihards Ozols <rihards@example.lv>",
            "Piegādes kļūda?",
            "Labdien, man rādīja piegādes kļūdu, kad sūtīju pieteikumu. Vai to saņēmāt?",
        ),
        (
            "Павел <pavel@example.ru>",
            "Возврат письма",
            "Здравствуйте! Моё письмо вернулось, ошибка доставки. Хочу зарегистрироваться.",
        ),
    ] {
        let v = notice(from, subject, body, false);
        assert_eq!(v.kind, None, "{subject}: {v:?}");
    }
}

#[test]
fn a_notice_in_the_name_of_the_refusing_mailbox_names_that_mailbox() {
    let v = notice(
        "\"Zane Bērziņa\" <zane@example.lv>",
        "Vēstule netika piegādāta",
        "Šis ir automātiski ģenerēts paziņojums.\n\n\
         Vēstuli nebija iespējams piegādāt adresātam <zane@example.lv>: pastkaste ir pilna.",
        true,
    );
    bounce_of(&v, &["zane@example.lv"]);
    // A notice from a system mailbox is never its own failed recipient.
    let v = notice(
        "\"Dace\" <postmaster@example.lv>",
        "Undeliverable",
        "Message could not be delivered to postmaster@example.lv.",
        true,
    );
    assert!(v.bounced_recipients.is_empty(), "{v:?}");
}

#[test]
fn a_delay_in_the_regions_words_names_nobody_failed() {
    for (subject, body) in [
        (
            "Piegāde aizkavējas",
            "Jūsu vēstule adresātam rudolfs@example.lv vēl nav piegādāta.\n\
             Serveris turpinās mēģināt. Šis ir tikai brīdinājums.",
        ),
        (
            "Laiško pristatymas",
            "Jūsų laiškas gavėjui egle@example.lt dar nepristatytas. Tai tik įspėjimas.",
        ),
        (
            "failure notice",
            "I tried to deliver a message to the following address, but it has not been \
             delivered yet.\n\n<karlis@example.lv>:\nRemote host said: 421 try later\n\
             I'm not going to give up yet.",
        ),
    ] {
        let v = notice(
            "\"Pasta serveris\" <postmaster@example.lv>",
            subject,
            body,
            false,
        );
        bounce_of(&v, &[]);
    }
}

#[test]
fn a_challenge_response_request_is_an_auto_reply_naming_nobody() {
    let v = notice(
        "anna@example.lv",
        "Please confirm your message",
        "This message was created automatically by mail delivery software (TMDA).\n\n\
         Your message attached below, is being held because the address \
         <registration@event.test> has not been verified.\n\n\
         To release your message for delivery, please send an empty message to\n\n\
         anna-confirm-123.abc@example.lv",
        true,
    );
    assert_eq!(v.kind, Some(Automated::AutoReply), "{v:?}");
    assert!(v.bounced_recipients.is_empty(), "{v:?}");
}

#[test]
fn a_person_forwarding_a_notice_under_a_regional_prefix_stays_a_person() {
    for (subject, body) in [
        (
            "Pārsūt.: Nepiegādāta vēstule",
            "Sveiki, man atnāca šis paziņojums. Vai mana reģistrācija ir saņemta?\n\n\
             -------- Pārsūtīta ziņa --------\nNo: Pasta serveris <postmaster@example.lv>\n\n\
             Jūsu vēstuli nevarēja piegādāt šim adresātam:\ninfo@event.test",
        ),
        (
            "Fwd: Недоставленное сообщение",
            "Пересылаю уведомление. Почему письмо не доставлено?\n\n\
             Это письмо создано автоматически.\n\
             К сожалению, Ваше письмо не может быть доставлено:\ninfo@event.test",
        ),
    ] {
        let v = notice("Līga <liga@example.lv>", subject, body, false);
        assert_eq!(v.kind, None, "{subject}: {v:?}");
    }
}

#[test]
fn a_gateways_ndn_and_a_rejection_naming_the_address_are_bounces() {
    let v = notice(
        "\"Internet Mail\" <smtpgw@example.lv>",
        "NDN: Your registration",
        "Sorry. Your message could not be delivered to:\n\n\
         maija@example.lv (The name was not found at the remote site.)",
        false,
    );
    bounce_of(&v, &["maija@example.lv"]);
    let v = run(
        "From: \"Notifications\" <notify@example.lv>\nTo: registration@event.test\n\
         Subject: Failed to deliver message\nAuto-Submitted: auto-generated\n\
         Content-Type: text/plain\n\n\
         Your message to vita@example.lv was rejected: 550 5.1.1 no such user.\n",
    );
    bounce_of(&v, &["vita@example.lv"]);
}

#[test]
fn a_person_telling_that_a_message_was_rejected_stays_a_person() {
    for (subject, body) in [
        (
            "Registration",
            "Hello, your message to anna@example.lv was rejected by our spam filter, so \
             I am writing from my private address. Please register me.",
        ),
        (
            "Bounced mail?",
            "Hi, my colleague says her mail bounced. Did you get it? Failed to deliver, it said.",
        ),
    ] {
        let v = notice("Anna Liepa <anna.liepa@example.com>", subject, body, false);
        assert_eq!(v.kind, None, "{subject}: {v:?}");
    }
}

#[test]
fn a_notice_whose_base64_slipped_still_names_its_recipient() {
    // "A message that you sent could not be delivered … toms@example.lv No Such User Here",
    // with a stray "!!" after the padding.
    let v = run("From: Mail Delivery System <MAILER-DAEMON@mx.example.lv>\n\
         To: registration@event.test\nSubject: Mail delivery failed: returning message to sender\n\
         MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\
         Content-Transfer-Encoding: base64\n\n\
         QSBtZXNzYWdlIHRoYXQgeW91IHNlbnQgY291bGQgbm90IGJlIGRlbGl2ZXJlZCB0byBvbmUgb3Ig\n\
         bW9yZSBvZiBpdHMKcmVjaXBpZW50cy4KCiAgdG9tc0BleGFtcGxlLmx2CiAgICBObyBTdWNoIFVz\n\
         ZXIgSGVyZQ==!!\n");
    bounce_of(&v, &["toms@example.lv"]);
}
