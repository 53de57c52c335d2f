//! Notices of mail systems that write under names and subjects of their own: a hosting's
//! "Mail Delivery Service" on an ordinary mailbox, a filter's "Your message couldn't be
//! delivered", Exchange Online's report in the region's languages, challenge-response
//! requests in the region's languages, a responder's answer to a bounce, and a mail system's
//! notice that an address is out of use, which names the address to write to instead.

use super::tests::{bounce_of, run, text_bounce, text_mail};
use super::*;

#[test]
fn a_mail_delivery_service_on_an_ordinary_mailbox_with_a_failure_is_a_bounce() {
    // A hosting's webmail writes its failures from its support mailbox.
    for (from, subject, body, failed) in [
        (
            "Mail Delivery Service <support@hosting.example.lv>",
            "Error sending message",
            "Your message could not be sent.\n\nRecipient: ilze.ozola@example.lv\n\
             Reason: 550 5.1.1 Mailbox does not exist\n",
            "ilze.ozola@example.lv",
        ),
        (
            "\"Mail Delivery Service\" <info@webmail.example.pl>",
            "Błąd wysyłania wiadomości: Rejestracja",
            "Wiadomość nie została dostarczona do odbiorcy:\n\n\
             piotr.zielinski@example.pl\n\nPowód: 552 skrzynka odbiorcy jest pełna\n",
            "piotr.zielinski@example.pl",
        ),
        (
            "Mail Delivery Service <kontakt@serveris.example.lt>",
            "Klaida siunčiant laišką",
            "Jūsų laiško nepavyko pristatyti gavėjui:\n\nrasa@example.lt\n\n\
             550 5.1.1 User unknown\n",
            "rasa@example.lt",
        ),
    ] {
        bounce_of(&text_mail(from, subject, body), &[failed]);
    }
}

#[test]
fn the_same_name_without_failure_wording_is_no_bounce() {
    // A courier firm's newsletter and a person's question about sending stay mail.
    for (from, subject, body) in [
        (
            "Baltic Mail Delivery <info@balticmail.example.lv>",
            "Our new opening hours",
            "Dear customers, from June we are open until 20:00.\n",
        ),
        (
            "Anna Berzina <anna.berzina@example.lv>",
            "Error sending message",
            "Hello, your web form says error sending message when I press Register. \
             Could you register me by mail instead?\nAnna\n",
        ),
    ] {
        let v = run(&format!(
            "From: {from}\nTo: registration@event.test\nSubject: {subject}\n\n{body}"
        ));
        assert_eq!(v.kind, None, "{subject}: {v:?}");
    }
}

#[test]
fn a_filters_couldnt_be_delivered_subject_with_its_notice_is_a_bounce() {
    let v = run("From: Email Security <noreply@filter.example.com>\n\
         To: registration@event.test\n\
         Subject: Your message couldn\u{2019}t be delivered\n\
         Content-Type: text/plain; charset=utf-8\n\n\
         Your message couldn't be delivered to:\n\ntom.baker@example.co.uk\n\n\
         Reason: the recipient's organisation blocks this message by policy.\n");
    bounce_of(&v, &["tom.baker@example.co.uk"]);
    // A person's own subject asking about it is no notice.
    let v = run(
        "From: Tom Baker <tom.baker@example.co.uk>\nTo: registration@event.test\n\
         Subject: Re: My form couldn't be delivered\n\n\
         Hello, I tried twice, could you check? Tom\n",
    );
    assert_eq!(v.kind, None, "{v:?}");
}

#[test]
fn exchange_online_reports_in_the_regions_languages_name_the_failed_address() {
    // Subject prefix and first sentence as Exchange Online writes them, without the report
    // part (a relay stripped it), from the tenant's system mailbox.
    for (prefix, sentence) in [
        (
            "Unzustellbar",
            "Ihre Nachricht an {a} konnte nicht zugestellt werden.",
        ),
        (
            "Olevererbart",
            "Ditt meddelande till {a} kunde inte levereras.",
        ),
        (
            "Ei voi toimittaa",
            "Viestiäsi vastaanottajalle {a} ei voitu toimittaa.",
        ),
        (
            "Kan ikke leveres",
            "Din meddelelse til {a} kunne ikke leveres.",
        ),
        (
            "Kan ikke leveres",
            "Meldingen din til {a} kunne ikke leveres.",
        ),
        (
            "Niedostarczalne",
            "Nie można dostarczyć Twojej wiadomości do adresata {a}.",
        ),
        (
            "Не удается доставить",
            "Не удается доставить ваше сообщение получателю {a}.",
        ),
        (
            "Nepiegādājams",
            "Jūsu ziņojumu adresātam {a} nevarēja piegādāt.",
        ),
        (
            "Nepristatomas",
            "Jūsų laiško gavėjui {a} nepavyko pristatyti.",
        ),
        (
            "Kohaletoimetamatu",
            "Teie sõnumit adressaadile {a} ei saanud kohale toimetada.",
        ),
    ] {
        let a = "kalle.virtanen@example.org";
        let v = run(&format!(
            "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.onmicrosoft.com>\n\
             To: registration@event.test\nSubject: {prefix}: Registration\n\
             Content-Type: text/plain; charset=utf-8\n\n{}\n\n\
             {a}\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'\n",
            sentence.replace("{a}", a)
        ));
        bounce_of(&v, &[a]);
    }
}

#[test]
fn a_challenge_in_the_regions_languages_is_an_auto_reply() {
    for (subject, body) in [
        (
            "Bitte bestätigen Sie Ihre Nachricht",
            "Ihre Nachricht an klaus@example.de wurde zurückgehalten. Damit wir wissen, dass \
             Sie kein Spam-Roboter sind, bestätigen Sie Ihre Absenderadresse über den Link.",
        ),
        (
            "Potwierdź wysłanie wiadomości",
            "Aby upewnić się, że nie jesteś robotem, potwierdź swój adres, klikając link.",
        ),
        (
            "Подтвердите отправку письма",
            "Чтобы убедиться, что вы не робот, подтвердите свой адрес по ссылке ниже.",
        ),
        (
            "Vahvista viestisi",
            "Varmistaaksemme, että et ole robotti, vahvista lähettäjän osoite linkistä.",
        ),
    ] {
        let v = run(&format!(
            "From: Antispam <antispam@example.org>\nTo: registration@event.test\n\
             Subject: {subject}\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
        ));
        assert_eq!(v.kind, Some(Automated::AutoReply), "{subject}: {v:?}");
        assert!(v.bounced_recipients.is_empty(), "{v:?}");
    }
}

#[test]
fn a_responders_answer_to_a_bounce_is_no_bounce() {
    // A shared mailbox answered the bounce regbot's mail caused; it quotes it.
    let v = run(
        "From: Helpdesk <helpdesk@example.fi>\nTo: registration@event.test\n\
         Subject: Re: Mail delivery failed: returning message to sender [#5512]\n\
         X-Autoreply: yes\nAuto-Submitted: auto-replied\n\n\
         Thank you for your message. It has been given the number #5512.\n\n\
         > A message that you sent could not be delivered to one or more of its recipients.\n\
         >   aino.laine@example.fi\n",
    );
    assert_eq!(v.kind, Some(Automated::AutoReply), "{v:?}");
    assert!(v.bounced_recipients.is_empty(), "{v:?}");
}

#[test]
fn the_address_to_write_to_instead_of_one_out_of_use_never_failed() {
    for (subject, body) in [
        (
            "Adrese vairs netiek izmantota",
            "Šī e-pasta adrese vairs netiek izmantota. Lūdzu, rakstiet uz info@firma.lv.",
        ),
        (
            "Address no longer in use",
            "This address is no longer in use. Please write to office@firma.test instead.",
        ),
        (
            "Adresse nicht mehr in Gebrauch",
            "Diese Adresse wird nicht mehr verwendet. Die neue Adresse ist \
             buero@firma.test.",
        ),
    ] {
        let v = text_bounce("postmaster@firma.test", subject, body);
        assert!(v.kind.is_some(), "{subject}: {v:?}");
        assert!(v.bounced_recipients.is_empty(), "{subject}: {v:?}");
    }
}

#[test]
fn a_gateways_returned_message_with_its_reason_is_a_bounce() {
    // A filtering gateway's own sender and "Returned message", not the usual "returned mail".
    let v = text_mail(
        "Mail Gateway <noreply@gateway.example.net>",
        "Returned message",
        "The message below was not delivered because the recipient does not accept mail from \
         unverified senders.\n",
    );
    assert_eq!(v.kind, Some(Automated::Bounce), "{v:?}");
    bounce_of(
        &text_mail(
            "Mail Gateway <noreply@gateway.example.net>",
            "Message returned to sender",
            "Your message could not be delivered to jonas.lind@example.se: 550 5.1.1 \
             mailbox unavailable.\n",
        ),
        &["jonas.lind@example.se"],
    );
}

#[test]
fn a_hosted_services_did_not_reach_the_recipient_in_the_regions_languages_is_a_bounce() {
    for (subject, body, failed) in [
        (
            "Zwrot: Rejestracja",
            "Wiadomość nie dotarła do adresata ewa.nowak@example.pl: konto nie istnieje.\n",
            "ewa.nowak@example.pl",
        ),
        (
            "Возврат: Регистрация",
            "Ваше сообщение не дошло до адресата ivan@example.ru: ящик не существует.\n",
            "ivan@example.ru",
        ),
        (
            "Ziņojums",
            "Jūsu vēstule nesasniedza adresātu ilze@example.lv.\n",
            "ilze@example.lv",
        ),
        (
            "Meddelande",
            "Ditt meddelande nådde inte mottagaren per.lind@example.se.\n",
            "per.lind@example.se",
        ),
    ] {
        bounce_of(
            &text_mail(
                "Mail Delivery System <mailer-daemon@mail.example.net>",
                subject,
                body,
            ),
            &[failed],
        );
    }
}
