//! Invented notices of mail systems that write in languages or words the failure lists lack:
//! a localised Postfix or qmail template, a reason alone ("Benutzer unbekannt"), a delay in a
//! language of its own. The mail-system sender and the shape of the notice must make them
//! reports, and a person writing the same words must stay a person.

use super::tests::{bounce_of, run, text_mail};
use super::*;

/// A mail system's plain notice with a null envelope sender.
fn daemon_notice(host: &str, subject: &str, body: &str) -> Verdict {
    run(&format!(
        "Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@{host}>\n\
         To: registration@event.test\nSubject: {subject}\n\
         Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    ))
}

/// A person's plain mail with an ordinary envelope sender.
fn personal(from: &str, subject: &str, body: &str) -> Verdict {
    let addr = from
        .rsplit('<')
        .next()
        .unwrap_or(from)
        .trim_end_matches('>');
    run(&format!(
        "Return-Path: <{addr}>\nFrom: {from}\nTo: registration@event.test\n\
         Subject: {subject}\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    ))
}

#[test]
fn a_localised_template_names_its_failed_recipient_the_postfix_way_in_any_language() {
    for (host, subject, body, failed) in [
        (
            "smtp.example.fr",
            "Avis de non-remise",
            "Le serveur smtp.example.fr n'a pas pu transmettre votre courrier.\n\n\
             <luc.martin@example.fr>: la boîte est saturée\n",
            "luc.martin@example.fr",
        ),
        (
            "mx.example.hu",
            "Kézbesítési hiba",
            "Sajnáljuk, üzenetét nem sikerült kézbesíteni az alábbi címzettnek.\n\n\
             <kovacs.eva@example.hu>: ismeretlen címzett\n",
            "kovacs.eva@example.hu",
        ),
        (
            "pasts.example.lv",
            "Ziņojums par piegādi",
            "Serveris pasts.example.lv jūsu vēstuli neizdevās nogādāt.\n\n\
             <edgars.kalns@example.lv>: adresāts nav zināms\n",
            "edgars.kalns@example.lv",
        ),
        (
            "post.example.ee",
            "Teade kirja kohta",
            "Kahjuks ei õnnestunud serveril post.example.ee Teie kirja edastada.\n\n\
             <tiit.saar@example.ee>: aadressi ei leitud\n",
            "tiit.saar@example.ee",
        ),
    ] {
        bounce_of(&daemon_notice(host, subject, body), &[failed]);
    }
}

#[test]
fn a_mail_systems_localised_reason_alone_makes_a_bounce() {
    for (host, subject, body, failed) in [
        (
            "mx.example.de",
            "Ihre Nachricht",
            "Empfänger unbekannt: birgit.krause@example.de",
            "birgit.krause@example.de",
        ),
        (
            "poczta.example.pl",
            "Informacja o wiadomości",
            "Adresat piotr.zielinski@example.pl: skrzynka odbiorcy jest pełna.",
            "piotr.zielinski@example.pl",
        ),
        (
            "mx.example.se",
            "Meddelande från e-postsystemet",
            "Mottagaren karin.berg@example.se: brevlådan är full.",
            "karin.berg@example.se",
        ),
        (
            "mx.example.no",
            "Melding fra e-postsystemet",
            "Mottaker ola.hansen@example.no: brukeren finnes ikke.",
            "ola.hansen@example.no",
        ),
        (
            "posti.example.fi",
            "Ilmoitus viestistä",
            "Vastaanottaja mikko.laine@example.fi: tuntematon käyttäjä.",
            "mikko.laine@example.fi",
        ),
        (
            "pastas.example.lt",
            "Pranešimas",
            "Laiškas adresu vytautas@example.lt: pašto dėžutė pilna.",
            "vytautas@example.lt",
        ),
        (
            "mx.example.ru",
            "Уведомление",
            "Адресат sergei@example.ru: почтовый ящик переполнен.",
            "sergei@example.ru",
        ),
    ] {
        bounce_of(&daemon_notice(host, subject, body), &[failed]);
    }
}

#[test]
fn a_mail_systems_delay_in_words_of_its_own_names_nobody_failed() {
    let v = daemon_notice(
        "mx.example.pl",
        "Opóźnienie doręczenia",
        "Wiadomość do <ewa.lis@example.pl> czeka w kolejce; serwer ponowi próbę.\n\
         To jest tylko ostrzeżenie.",
    );
    bounce_of(&v, &[]);
    let v = daemon_notice(
        "mx.example.ru",
        "Задержка доставки",
        "Письмо для <nina@example.ru> пока ждёт в очереди.",
    );
    bounce_of(&v, &[]);
}

#[test]
fn a_person_using_the_same_words_stays_a_person() {
    for (from, subject, body) in [
        (
            "Birgit Krause <birgit.krause@example.de>",
            "Anmeldung",
            "Hallo, meine alte Adresse meldet jetzt \"Empfänger unbekannt\" – bitte \
             schreiben Sie an diese hier. Ich melde mich für beide Tage an.",
        ),
        (
            "Karin Berg <karin.berg@example.se>",
            "Returned to sender?",
            "Hej! My mail came back with\n<karin.berg@example.se>: brevlådan är full\n\
             I have emptied it now, please register me.",
        ),
        (
            "Piotr Zieliński <piotr.zielinski@example.pl>",
            "Opóźnienie",
            "Dzień dobry, przepraszam za opóźnienie – zgłaszam się na warsztaty.",
        ),
    ] {
        let v = personal(from, subject, body);
        assert_eq!(v.kind, None, "{subject}: {v:?}");
        assert!(v.bounced_recipients.is_empty(), "{subject}: {v:?}");
    }
}

#[test]
fn exchanges_swedish_report_and_a_notice_naming_the_address_in_its_sentence_are_bounces() {
    let swedish = run(
        "From: Microsoft Outlook <postmaster@example.se>\nTo: registration@event.test\n\
         Subject: Det gick inte att leverera: Anmälan\nContent-Type: text/plain; charset=utf-8\n\n\
         Det gick inte att leverera till de här mottagarna eller grupperna:\n\n\
         lars.holm@example.se\nE-postadressen du angav hittades inte.\n",
    );
    bounce_of(&swedish, &["lars.holm@example.se"]);
    // A gateway under a name of its own, with only a null envelope sender to show it.
    let sentence = run(
        "Return-Path: <>\nFrom: Registry <info@example.no>\nTo: registration@event.test\n\
         Subject: Your message\nContent-Type: text/plain; charset=utf-8\n\n\
         Your message to ola.dahl@example.no could not be delivered because the mailbox \
         is no longer in use.\n",
    );
    bounce_of(&sentence, &["ola.dahl@example.no"]);
    let exchange55 = run(
        "From: System Administrator <admin@example.fi>\nTo: registration@event.test\n\
         Subject: Message status\nContent-Type: text/plain; charset=utf-8\n\n\
         The message you sent has not been delivered to the following recipient:\n\
         \x20 aino.koski@example.fi\n",
    );
    bounce_of(&exchange55, &["aino.koski@example.fi"]);
}

#[test]
fn a_person_telling_of_a_mail_that_did_not_reach_a_colleague_stays_a_person() {
    for body in [
        "Hello, your message to maija.ozola@example.lv did not reach her: she has left us. \
         Please register me in her place.",
        "Hej, det gick inte att leverera posten till kontoret i tid, så jag skriver här: \
         anmäl mig gärna.",
    ] {
        let v = personal("Anna Lind <anna.lind@example.se>", "Re: Workshop", body);
        assert_eq!(v.kind, None, "{body}: {v:?}");
    }
}

#[test]
fn a_mail_system_with_the_null_sender_reports_a_failure_in_any_language() {
    for (host, subject, body, failed) in [
        (
            "posta.example.it",
            "Messaggio non recapitato",
            "Il messaggio non è stato recapitato ai seguenti destinatari:\n\nmarco.rossi@posta.example.it\nIndirizzo inesistente.",
            "marco.rossi@posta.example.it",
        ),
        (
            "posta.example.cz",
            "Nedoručitelná zpráva",
            "Vaši zprávu nebylo možné doručit následujícímu příjemci:\n\npetr.novak@posta.example.cz",
            "petr.novak@posta.example.cz",
        ),
        (
            "inbox.example.lv",
            "Vēstule atgriezta",
            "Diemžēl Jūsu vēstuli nevarēja nosūtīt adresātam:\n\ngatis.zarins@inbox.example.lv\n\nKļūda: pastkastīte ir pārpildīta.",
            "gatis.zarins@inbox.example.lv",
        ),
        // Words no list has (Icelandic): the null sender and the mail system say it.
        (
            "postur.example.is",
            "Tilkynning",
            "Ekki tókst að koma bréfinu til skila:\n\njon.jonsson@postur.example.is",
            "jon.jonsson@postur.example.is",
        ),
    ] {
        bounce_of(&daemon_notice(host, subject, body), &[failed]);
    }
    // A mail system's receipt says the mail arrived: automated, and no address failed.
    let receipt = daemon_notice(
        "mx.example.lv",
        "Delivered: Registration",
        "Your message has been delivered to the following recipients:\n\nanna@example.lv",
    );
    assert!(receipt.kind.is_some(), "{receipt:?}");
    assert!(receipt.bounced_recipients.is_empty(), "{receipt:?}");
    // The same words from a person are a person's.
    let person = personal(
        "Marco Rossi <marco.rossi@example.it>",
        "Messaggio non recapitato",
        "Il messaggio non è stato recapitato? Vorrei iscrivermi al workshop.",
    );
    assert_eq!(person.kind, None, "{person:?}");
}

#[test]
fn a_mail_service_named_in_the_regions_languages_is_a_mail_system() {
    for (from, subject, body, failed) in [
        (
            "Pasta serveris <atbalsts@pasts.example.lv>",
            "Vēstule netika piegādāta",
            "Jūsu vēstuli nevarēja piegādāt adresātam ilze.liepa@pasts.example.lv: pastkaste \
             nav atrasta.\n",
            "ilze.liepa@pasts.example.lv",
        ),
        (
            "\"Почтовый сервер\" <robot@post.example.ru>",
            "Ошибка доставки",
            "Сообщение не было доставлено получателю <oleg.smirnov@post.example.ru>.\n",
            "oleg.smirnov@post.example.ru",
        ),
    ] {
        bounce_of(&text_mail(from, subject, body), &[failed]);
    }
}

#[test]
fn a_no_reply_senders_failure_notice_is_a_bounce_but_a_persons_is_not() {
    let v = run(
        "From: \"Mail robot\" <no-reply@mail.example.ru>\nTo: registration@event.test\n\
         Subject: Письмо не доставлено\nContent-Type: text/plain; charset=utf-8\n\n\
         Ваше письмо для vera.k@mail.example.ru не доставлено: почтовый ящик переполнен.\n",
    );
    bounce_of(&v, &["vera.k@mail.example.ru"]);
    let v = run(
        "From: \"Pasts\" <noreply@pasts.example.lv>\nTo: registration@event.test\n\
         Subject: Vēstule nav piegādāta\nContent-Type: text/plain; charset=utf-8\n\n\
         Vēstuli adresātam zane@pasts.example.lv nav iespējams piegādāt: pastkaste ir bloķēta.\n",
    );
    bounce_of(&v, &["zane@pasts.example.lv"]);
    // The same words from a person: her mail to a colleague came back.
    let v = personal(
        "Vera Kuznecova <vera.k@mail.example.ru>",
        "Письмо не доставлено",
        "Добрый день! Моё письмо коллеге не доставлено, поэтому пишу вам: прошу \
         зарегистрировать меня на семинар.",
    );
    assert_eq!(v.kind, None, "{v:?}");
}

#[test]
fn a_recipient_line_that_failed_with_5xx_is_a_failure_though_others_are_retried() {
    let v = daemon_notice(
        "mail.example.se",
        "Undeliverable: Registration",
        "<bo.lind@example.se> Failed: 550 5.1.1 Mailbox unavailable\n\n\
         Delivery attempts will continue to be made for the following:\n\n",
    );
    bounce_of(&v, &["bo.lind@example.se"]);
    // Only a 4xx for the recipient: a delay, nothing failed.
    let v = daemon_notice(
        "mail.example.se",
        "Delivery Status Notification (Delay)",
        "<bo.lind@example.se>: host mx.example.se said: 451 4.3.0 try again later\n\n\
         Delivery attempts will continue to be made for the following:\n\n",
    );
    assert!(v.bounced_recipients.is_empty(), "{v:?}");
}
