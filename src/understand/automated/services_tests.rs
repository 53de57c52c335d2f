//! Invented notices of the hosted mail services in their own languages: Microsoft 365's
//! "Delivery has failed to these recipients or groups" as its other releases translate it,
//! Google's "Address not found", and the notices of Yandex, Mail.ru, Seznam, WP, o2, Onet,
//! Interia, inbox.lv and Zoho. Each names the failed address where that service puts it.

use super::legacy_tests::{Want, case, check};
use super::tests::run;

/// Microsoft 365's sender of non-delivery reports (no null envelope: it writes from a
/// tenant's system mailbox under the name "Microsoft Outlook").
const OUTLOOK: &str =
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@org.onmicrosoft.com>";

#[test]
fn microsoft_365_reports_in_the_regions_languages_name_the_failed_recipient() {
    check(&[
        case(
            OUTLOOK,
            false,
            "Unzustellbar: Anmeldung",
            "Fehler bei der Zustellung an diese Empfänger oder Gruppen:\n\n\
             thomas.weber@firma.de (thomas.weber@firma.de)\n\
             Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden.\n",
            Want::Failed(&["thomas.weber@firma.de"]),
        ),
        case(
            OUTLOOK,
            false,
            "Niedostarczalne: Rejestracja",
            "Nie można dostarczyć wiadomości do tych adresatów lub grup:\n\n\
             marta.nowak@firma.pl (marta.nowak@firma.pl)\n",
            Want::Failed(&["marta.nowak@firma.pl"]),
        ),
        case(
            OUTLOOK,
            false,
            "Ej levererbart: Anmälan",
            "Det gick inte att leverera till följande mottagare eller grupper:\n\n\
             erik.lund@foretag.se (erik.lund@foretag.se)\n",
            Want::Failed(&["erik.lund@foretag.se"]),
        ),
        case(
            OUTLOOK,
            false,
            "Ei voi toimittaa: Ilmoittautuminen",
            "Toimitus epäonnistui seuraaville vastaanottajille tai ryhmille:\n\n\
             anna.koski@yritys.fi (anna.koski@yritys.fi)\n",
            Want::Failed(&["anna.koski@yritys.fi"]),
        ),
        case(
            OUTLOOK,
            false,
            "Kättetoimetamatu: Registreerimine",
            "Kohaletoimetamine nendele adressaatidele või rühmadele nurjus:\n\n\
             mari.kask@ettevote.ee (mari.kask@ettevote.ee)\n",
            Want::Failed(&["mari.kask@ettevote.ee"]),
        ),
        case(
            OUTLOOK,
            false,
            "Nepristatoma: Registracija",
            "Nepavyko pristatyti šiems gavėjams arba grupėms:\n\n\
             ona.kazlauskiene@imone.lt (ona.kazlauskiene@imone.lt)\n",
            Want::Failed(&["ona.kazlauskiene@imone.lt"]),
        ),
        case(
            OUTLOOK,
            false,
            "Не доставлено: Регистрация",
            "Не удалось доставить сообщение следующим получателям или группам:\n\n\
             ivan.petrov@kompania.ru (ivan.petrov@kompania.ru)\n",
            Want::Failed(&["ivan.petrov@kompania.ru"]),
        ),
        case(
            OUTLOOK,
            false,
            "Nedoručitelné: Registrace",
            "Doručení těmto příjemcům nebo skupinám se nezdařilo:\n\n\
             petr.dvorak@firma.cz (petr.dvorak@firma.cz)\n",
            Want::Failed(&["petr.dvorak@firma.cz"]),
        ),
    ]);
}

#[test]
fn a_microsoft_365_report_in_html_names_the_recipient_of_its_mailto_link() {
    let v = run(&format!(
        "From: {OUTLOOK}\nTo: registration@event.test\nSubject: Kan ikke leveres: Påmelding\n\
         MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n\
         <html><body><p><b>Levering til disse mottakerne eller gruppene mislyktes:</b></p>\
         <p><a href=\"mailto:kari.nilsen@firma.no\">Kari Nilsen</a></p></body></html>\n"
    ));
    assert_eq!(v.kind, Some(super::Automated::Bounce), "{v:?}");
    assert_eq!(v.bounced_recipients, ["kari.nilsen@firma.no"], "{v:?}");
}

#[test]
fn googles_address_not_found_is_read_in_the_senders_language() {
    let gmail = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>";
    check(&[
        case(
            gmail,
            false,
            "Delivery Status Notification (Failure)",
            "Address not found\n\nYour message wasn't delivered to ann.smith@example.com \
             because the address couldn't be found, or is unable to receive mail.\n",
            Want::Failed(&["ann.smith@example.com"]),
        ),
        case(
            gmail,
            false,
            "Delivery Status Notification (Failure)",
            "Adresse nicht gefunden\n\nIhre Nachricht wurde nicht an petra.schulz@example.de \
             zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen \
             kann.\n",
            Want::Failed(&["petra.schulz@example.de"]),
        ),
        case(
            gmail,
            false,
            "Delivery Status Notification (Failure)",
            "Nie znaleziono adresu\n\nTwoja wiadomość nie została dostarczona do \
             adam.wisniewski@example.pl, ponieważ nie znaleziono adresu lub nie może on \
             odbierać poczty.\n",
            Want::Failed(&["adam.wisniewski@example.pl"]),
        ),
        case(
            gmail,
            false,
            "Delivery Status Notification (Failure)",
            "Адрес не найден\n\nВаше сообщение не доставлено на адрес olga.ivanova@example.ru, \
             так как этот адрес не найден или не может получать письма.\n",
            Want::Failed(&["olga.ivanova@example.ru"]),
        ),
    ]);
}

#[test]
fn the_regions_own_mail_services_notices_name_the_failed_recipient() {
    check(&[
        case(
            "mailer-daemon@yandex.ru",
            true,
            "Недоставленное сообщение",
            "Это письмо создано автоматически сервером Яндекс Почты.\n\n\
             Ваше письмо не доставлено одному или нескольким получателям.\n\n\
             <sergey.petrov@example.ru>: host mx.example.ru said: 550 5.7.1 No such user\n",
            Want::Failed(&["sergey.petrov@example.ru"]),
        ),
        case(
            "Mail Delivery System <MAILER-DAEMON@corp.mail.ru>",
            false,
            "Mail failure.",
            "Это письмо создано автоматически\nсервером Mail.Ru, отвечать на него не\nнужно.\n\n\
             К сожалению, Ваше письмо не может\nбыть доставлено одному или нескольким\n\
             получателям:\n\nnikolay.smirnov@mail.ru\n\n\
             Рекомендуем Вам проверить корректность\nуказания адресов получателей.\n",
            Want::Failed(&["nikolay.smirnov@mail.ru"]),
        ),
        case(
            "Mail Delivery System <MAILER-DAEMON@email.seznam.cz>",
            true,
            "Nedoručitelná zpráva",
            "Vaši zprávu se nepodařilo doručit následujícím příjemcům:\n\n\
             <petr.novak@seznam.cz>: Adresát neexistuje\n",
            Want::Failed(&["petr.novak@seznam.cz"]),
        ),
        case(
            "MAILER-DAEMON@wp.pl",
            true,
            "Zwrot poczty: Rejestracja",
            "Wiadomość nie została dostarczona do następujących adresatów:\n\n\
             kasia.zielinska@wp.pl: skrzynka nie istnieje\n",
            Want::Failed(&["kasia.zielinska@wp.pl"]),
        ),
        case(
            "Poczta o2 <postmaster@o2.pl>",
            false,
            "Wiadomość niedostarczona",
            "Twoja wiadomość nie mogła zostać dostarczona do adresata piotr.kaminski@o2.pl.\n\
             Powód: konto nie istnieje.\n",
            Want::Failed(&["piotr.kaminski@o2.pl"]),
        ),
        case(
            "Onet Poczta <MAILER-DAEMON@onet.pl>",
            true,
            "Nie można dostarczyć wiadomości",
            "Niestety, nie udało się dostarczyć Twojej wiadomości do:\n\n\
             michal.lewandowski@onet.pl\n\nSerwer odpowiedział: 550 Mailbox unavailable\n",
            Want::Failed(&["michal.lewandowski@onet.pl"]),
        ),
        case(
            "MAILER-DAEMON@interia.pl",
            true,
            "Wiadomość zwrócona",
            "To jest automatyczna wiadomość systemu pocztowego.\n\
             Twój list nie mógł zostać dostarczony do: ewa.wojcik@interia.pl\n\
             Przyczyna: przepełniona skrzynka odbiorcy\n",
            Want::Failed(&["ewa.wojcik@interia.pl"]),
        ),
        case(
            "Inbox.lv <mailer-daemon@inbox.lv>",
            true,
            "Vēstule netika piegādāta",
            "Jūsu vēstuli nevarēja piegādāt šim adresātam:\n\njanis.berzins@inbox.lv\n\n\
             Iemesls: lietotājs nav atrasts.\n",
            Want::Failed(&["janis.berzins@inbox.lv"]),
        ),
        case(
            "Seznam Email <postmaster@seznam.cz>",
            false,
            "Nelze doručit zprávu",
            "Zprávu nebylo možné doručit na adresu jana.svobodova@seznam.cz.\n\
             Důvod: schránka příjemce je plná.\n",
            Want::Failed(&["jana.svobodova@seznam.cz"]),
        ),
        case(
            "MAILER-DAEMON@mail.example.kr",
            false,
            "메일 전송 실패",
            "다음 수신자에게 메일을 전송하지 못했습니다:\n\nkim@example.kr\n\n\
             사유: 존재하지 않는 사용자\n",
            Want::Failed(&["kim@example.kr"]),
        ),
        case(
            "MAILER-DAEMON@yahoo.com",
            true,
            "Fehlermeldung",
            "Leider konnten wir Ihre Nachricht nicht an die folgende Adresse zustellen:\n\n\
             <hans.meier@yahoo.de>:\n\
             554: delivery error: dd This user doesn't have a yahoo.de account\n",
            Want::Failed(&["hans.meier@yahoo.de"]),
        ),
    ]);
}

#[test]
fn zohos_html_notice_names_the_recipient_of_its_link() {
    let v = run(
        "From: mailer-daemon@mx.zoho.eu\nTo: registration@event.test\n\
         Subject: Undelivered Mail Returned to Sender\nContent-Type: text/html; charset=utf-8\n\n\
         <html><body><p>Your message to <a href=\"mailto:tom@example.com\">tom@example.com</a> \
         has been bounced.</p><p>Reason: 550 5.1.1 User unknown</p></body></html>\n",
    );
    assert_eq!(v.kind, Some(super::Automated::Bounce), "{v:?}");
    assert_eq!(v.bounced_recipients, ["tom@example.com"], "{v:?}");
}
