//! Invented notices of mail systems no word list names, in the region's languages: a failure
//! subject and failure wording from a sender that is neither a known mail system nor a person
//! (an X.400 gateway, a provider's own robot), with nothing else automatic about the mail
//! (test fixtures often lose the null envelope sender). And their near-misses: people and
//! offices writing about a failed delivery greet or ask.

use super::legacy_tests::{Want, case, check};

#[test]
fn notices_of_unknown_systems_are_read_by_their_structure() {
    check(&[
        case(
            "X.400 Gateway <x400gw@example.de>",
            false,
            "Nondelivery notification",
            "Your message\n\n  Subject: Anmeldung\n\n\
             was not delivered to the following recipient(s):\n\n  anna.schulz@example.de\n\
             \x20 Reason: Unable to transfer",
            Want::Failed(&["anna.schulz@example.de"]),
        ),
        case(
            "Network Administrator <netadmin@example.com>",
            false,
            "Undeliverable Mail",
            "Unable to deliver to <sue@example.com>: No such user.",
            Want::Failed(&["sue@example.com"]),
        ),
        case(
            "WEB Mailer <mailer@web.example.de>",
            false,
            "Unzustellbare Nachricht",
            "Ihre Nachricht konnte an folgende Empfänger nicht zugestellt werden:\n\n\
             hans@web.example.de\nGrund: Benutzer unbekannt",
            Want::Failed(&["hans@web.example.de"]),
        ),
        case(
            "Poczta Serwis <poczta@example.pl>",
            false,
            "Wiadomość niedostarczona",
            "Twoja wiadomość nie mogła zostać dostarczona do odbiorcy: tomasz@example.pl\n\
             Powód: skrzynka jest pełna",
            Want::Failed(&["tomasz@example.pl"]),
        ),
        case(
            "Postkontor <mail@example.ee>",
            false,
            "Kiri jäi kohale toimetamata",
            "Teie kirja ei õnnestunud kohale toimetada aadressile mari@example.ee. Postkast on täis.",
            Want::Failed(&["mari@example.ee"]),
        ),
        case(
            "Paštas <pastas@example.lt>",
            false,
            "Laiškas nepristatytas",
            "Jūsų laiško nepavyko pristatyti adresatui: vytas@example.lt",
            Want::Failed(&["vytas@example.lt"]),
        ),
        case(
            "post@example.no",
            false,
            "Melding ikke levert",
            "Meldingen kunne ikke leveres til ola@example.no. Mottakeren finnes ikke.",
            Want::Failed(&["ola@example.no"]),
        ),
        case(
            "E-post <epost@example.se>",
            false,
            "Meddelandet kunde inte levereras",
            "Ditt meddelande till karin@example.se kunde inte levereras. Brevlådan är full.",
            Want::Failed(&["karin@example.se"]),
        ),
        case(
            "Posti <posti@example.fi>",
            false,
            "Viestiä ei voitu toimittaa",
            "Viestiäsi ei voitu toimittaa vastaanottajalle liisa@example.fi. Tuntematon käyttäjä.",
            Want::Failed(&["liisa@example.fi"]),
        ),
        case(
            "Pasts <pasts@example.lv>",
            false,
            "Vēstule nav piegādāta",
            "Jūsu vēstuli nevarēja piegādāt adresātam janis@example.lv: pastkaste ir pilna.",
            Want::Failed(&["janis@example.lv"]),
        ),
        case(
            "Почта <robot@mail.example.ru>",
            false,
            "Письмо не доставлено",
            "Ваше письмо не может быть доставлено по адресу petr@example.ru: \
             пользователь не найден.",
            Want::Failed(&["petr@example.ru"]),
        ),
        case(
            "Delfi Paštas <robotas@example.lt>",
            false,
            "Laiškas grąžintas",
            "Jūsų laiško nepavyko pristatyti adresatui: vytas@example.lt",
            Want::Failed(&["vytas@example.lt"]),
        ),
        case(
            "post@example.no",
            false,
            "Feil ved levering",
            "Meldingen kunne ikke leveres til kari@example.no. Mottakeren finnes ikke.",
            Want::Failed(&["kari@example.no"]),
        ),
        case(
            "Returmail <retur@example.dk>",
            false,
            "Returneret post",
            "Din e-mail til lars@example.dk kunne ikke afleveres. Ukendt modtager.",
            Want::Failed(&["lars@example.dk"]),
        ),
    ]);
}

#[test]
fn offices_writing_about_a_failed_delivery_greet_or_ask() {
    check(&[
        case(
            "Biuras <biuras@example.lt>",
            false,
            "Laiškas grąžintas?",
            "Mūsų laiškas adresatui vytas@example.lt buvo grąžintas, nepavyko pristatyti. \
             Ar registracija gauta?",
            Want::Person,
        ),
        case(
            "Kontoret <kontor@example.no>",
            false,
            "Feil ved levering",
            "Hei,\n\nmeldingen vår til kari@example.no kunne ikke leveres. \
             Vennligst registrer henne med kari.nordmann@example.com.",
            Want::Person,
        ),
        case(
            "Baltic Consulting <info@balticconsult.example.lv>",
            false,
            "Undeliverable message",
            "Hello,\n\nour message to anna@example.lv could not be delivered. \
             Please register her with anna.ozola@example.com instead.\n\nBaltic Consulting",
            Want::Person,
        ),
        case(
            "Kanzlei Meier <kanzlei@example.de>",
            false,
            "Unzustellbar?",
            "Unsere Nachricht an hans@example.de konnte nicht zugestellt werden. \
             Ist die Anmeldung trotzdem angekommen?",
            Want::Person,
        ),
        case(
            "Biuro <biuro@example.pl>",
            false,
            "Wiadomość niedostarczona",
            "Dzień dobry,\n\nnasza wiadomość do jan@example.pl nie została dostarczona. \
             Prosimy o rejestrację na adres jan.kowalski@example.com.",
            Want::Person,
        ),
        case(
            "Kontor <kontor@example.ee>",
            false,
            "Kiri jäi kohale toimetamata",
            "Tere!\n\nMeie kirja ei õnnestunud kohale toimetada aadressile mari@example.ee. \
             Palun registreerige ta aadressil mari.tamm@example.com.",
            Want::Person,
        ),
    ]);
}

#[test]
fn exchanges_old_notice_in_the_regions_languages_is_read_from_any_mailbox() {
    // Exchange 2000–2003 wrote its notice in the server's language, from a mailbox an
    // administrator chose (`it@`), under a translated "System Administrator".
    check(&[
        case(
            "Systemadministrator <it@example.de>",
            false,
            "Unzustellbar: Anmeldung",
            "Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.\n\n\
             \x20     Betreff:\tAnmeldung\n\n\
             Folgende(r) Empfänger konnte(n) nicht erreicht werden:\n\n\
             \x20     lena@example.de am 01.06.2026 10:00\n\
             \x20           Das E-Mail-Konto ist nicht vorhanden.",
            Want::Failed(&["lena@example.de"]),
        ),
        case(
            "Systemadministratör <it@example.se>",
            false,
            "Olevererbart: Anmälan",
            "Meddelandet nådde inte fram till vissa eller alla mottagare.\n\n\
             Följande mottagare kunde inte nås:\n\n\
             \x20     sven@example.se den 2026-06-01 10:00",
            Want::Failed(&["sven@example.se"]),
        ),
        case(
            "Järjestelmänvalvoja <it@example.fi>",
            false,
            "Ei voi toimittaa: Ilmoittautuminen",
            "Viestisi ei saavuttanut joitakin tai kaikkia vastaanottajia.\n\n\
             Seuraaviin vastaanottajiin ei saatu yhteyttä:\n\n\
             \x20     timo@example.fi 1.6.2026 10:00",
            Want::Failed(&["timo@example.fi"]),
        ),
        case(
            "Administrator systemu <it@example.pl>",
            false,
            "Niedostarczalne: Rejestracja",
            "Wiadomość nie dotarła do niektórych lub wszystkich adresatów.\n\n\
             Nie można było skontaktować się z następującymi adresatami:\n\n\
             \x20     ola@example.pl dnia 2026-06-01 10:00",
            Want::Failed(&["ola@example.pl"]),
        ),
        case(
            "Sistēmas administrators <it@example.lv>",
            false,
            "Nepiegādājams: Reģistrācija",
            "Jūsu ziņojums nesasniedza dažus vai visus adresātus.\n\n\
             Nevarēja sasniegt šādus adresātus:\n\n\
             \x20     ilze@example.lv 01.06.2026 10:00",
            Want::Failed(&["ilze@example.lv"]),
        ),
        case(
            "Системный администратор <it@example.ru>",
            false,
            "Не удается доставить: Регистрация",
            "Ваше сообщение не дошло до некоторых или всех получателей.\n\n\
             Не удалось связаться со следующими получателями:\n\n\
             \x20     nina@example.ru 01.06.2026 10:00",
            Want::Failed(&["nina@example.ru"]),
        ),
        case(
            "Sistemos administratorius <it@example.lt>",
            false,
            "Nepristatoma: Registracija",
            "Jūsų pranešimas nepasiekė kai kurių arba visų gavėjų.\n\n\
             Nepavyko susisiekti su šiais gavėjais:\n\n\
             \x20     egle@example.lt 2026-06-01 10:00",
            Want::Failed(&["egle@example.lt"]),
        ),
        case(
            "Süsteemiadministraator <it@example.ee>",
            false,
            "Kohaletoimetamatu: Registreerimine",
            "Teie sõnum ei jõudnud mõne või kõigi adressaatideni.\n\n\
             Järgmiste adressaatidega ei saanud ühendust:\n\n\
             \x20     piret@example.ee 01.06.2026 10:00",
            Want::Failed(&["piret@example.ee"]),
        ),
        case(
            "Systemadministrator <it@example.dk>",
            false,
            "Kan ikke leveres: Tilmelding",
            "Din meddelelse nåede ikke frem til nogle af eller alle modtagerne.\n\n\
             Følgende modtager(e) kunne ikke nås:\n\n\
             \x20     jens@example.dk den 01-06-2026 10:00",
            Want::Failed(&["jens@example.dk"]),
        ),
        case(
            "Systemadministrator <it@example.no>",
            false,
            "Kan ikke leveres: Påmelding",
            "Meldingen nådde ikke frem til noen eller alle mottakerne.\n\n\
             Følgende mottakere kunne ikke nås:\n\n\
             \x20     per@example.no den 01.06.2026 10:00",
            Want::Failed(&["per@example.no"]),
        ),
    ]);
    // A person who asks whether mail reached all recipients writes none of the server's
    // sentences.
    check(&[case(
        "Anna Schulz <anna.schulz@example.de>",
        false,
        "Unzustellbar?",
        "Hallo, hat meine Nachricht alle Empfänger erreicht? Einige haben nichts bekommen. Anna",
        Want::Person,
    )]);
}
