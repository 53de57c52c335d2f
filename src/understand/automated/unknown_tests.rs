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
