//! Invented failure and delay notices in fifteen languages (de, fr, es, it, nl, pt, pl, ru, lv,
//! lt, et, fi, sv, da, nb), in the shapes servers use: a heading over the address, the address
//! inside a sentence, a localised reason after `<address>:`.

use super::legacy_tests::{Want, case, check};

#[test]
fn failure_notices_in_fifteen_languages_are_read() {
    check(&[
        case(
            "Mail Delivery System <MAILER-DAEMON@mx.example.de>",
            true,
            "Nachricht konnte nicht zugestellt werden",
            "Ihre Nachricht an jutta.weber@example.de konnte nicht zugestellt werden.\n\
             Grund: Empfänger unbekannt.\n",
            Want::Failed(&["jutta.weber@example.de"]),
        ),
        case(
            "Système de messagerie <MAILER-DAEMON@smtp.example.fr>",
            true,
            "Échec de la remise du message",
            "Votre message n'a pas pu être remis aux destinataires suivants :\n\n\
             \x20 claire.dubois@example.fr\n  Raison : destinataire inconnu\n",
            Want::Failed(&["claire.dubois@example.fr"]),
        ),
        case(
            "Sistema de correo <MAILER-DAEMON@correo.example.es>",
            true,
            "Mensaje no entregado",
            "No se pudo entregar su mensaje a los siguientes destinatarios:\n\n\
             \x20 javier.lopez@example.es\n  Motivo: el buzón está lleno\n",
            Want::Failed(&["javier.lopez@example.es"]),
        ),
        case(
            "Sistema di posta <MAILER-DAEMON@posta.example.it>",
            true,
            "Messaggio non recapitato",
            "Il messaggio non è stato recapitato ai seguenti destinatari:\n\n\
             <giulia.rossi@example.it>: utente sconosciuto\n",
            Want::Failed(&["giulia.rossi@example.it"]),
        ),
        case(
            "Mailsysteem <MAILER-DAEMON@mail.example.nl>",
            true,
            "Onbestelbaar: Inschrijving",
            "Uw bericht kon niet worden bezorgd bij de volgende ontvangers:\n\n\
             \x20 sanne.devries@example.nl\n  Reden: onbekende gebruiker\n",
            Want::Failed(&["sanne.devries@example.nl"]),
        ),
        case(
            "Sistema de correio <MAILER-DAEMON@mail.example.pt>",
            true,
            "Mensagem não entregue",
            "Não foi possível entregar a sua mensagem aos seguintes destinatários:\n\n\
             <joao.silva@example.pt>: utilizador desconhecido\n",
            Want::Failed(&["joao.silva@example.pt"]),
        ),
        case(
            "Administrator poczty <admin@poczta.example.pl>",
            true,
            "Wiadomość niedostarczona",
            "Twoja wiadomość do agnieszka.n@example.pl nie została dostarczona.\n\
             Przyczyna: użytkownik nie istnieje.\n",
            Want::Failed(&["agnieszka.n@example.pl"]),
        ),
        case(
            "Почтовая служба <mailer-daemon@mail.example.ru>",
            true,
            "Письмо не доставлено",
            "Ваше письмо не было доставлено следующим адресатам:\n\n\
             \x20 sergey.k@example.ru\n  Причина: почтовый ящик переполнен\n",
            Want::Failed(&["sergey.k@example.ru"]),
        ),
        case(
            "Pasta sistēma <mailer-daemon@pasts.example.lv>",
            true,
            "Vēstule nav piegādāta",
            "Jūsu vēstuli nevarēja piegādāt šiem adresātiem:\n\n\
             \x20 karlis.liepa@example.lv\n  Iemesls: pastkaste ir pilna\n",
            Want::Failed(&["karlis.liepa@example.lv"]),
        ),
        case(
            "Pašto sistema <mailer-daemon@pastas.example.lt>",
            true,
            "Laiškas nepristatytas",
            "Jūsų laiško nepavyko pristatyti šiems gavėjams:\n\n\
             <tomas.kazlauskas@example.lt>: gavėjas nerastas\n",
            Want::Failed(&["tomas.kazlauskas@example.lt"]),
        ),
        case(
            "Postiserver <postmaster@post.example.ee>",
            true,
            "Kiri jäi kohale toimetamata",
            "Teie kirja ei saanud kohale toimetada järgmistele adressaatidele:\n\n\
             \x20 kadri.tamm@example.ee\n  Põhjus: postkast on täis\n",
            Want::Failed(&["kadri.tamm@example.ee"]),
        ),
        case(
            "Sähköpostijärjestelmä <postmaster@posti.example.fi>",
            true,
            "Viestin toimitus epäonnistui",
            "Viestiäsi ei voitu toimittaa seuraaville vastaanottajille:\n\n\
             \x20 juha.nieminen@example.fi\n  Syy: tuntematon käyttäjä\n",
            Want::Failed(&["juha.nieminen@example.fi"]),
        ),
        case(
            "E-postsystem <postmaster@mail.example.se>",
            true,
            "Meddelandet kunde inte levereras",
            "Ditt meddelande till erik.lund@example.se kunde inte levereras.\n\
             Orsak: användaren finns inte.\n",
            Want::Failed(&["erik.lund@example.se"]),
        ),
        case(
            "Mailsystemet <postmaster@mail.example.dk>",
            true,
            "Meddelelsen kunne ikke leveres",
            "Din meddelelse kunne ikke leveres til følgende modtagere:\n\n\
             <soren.holm@example.dk>: ukendt modtager\n",
            Want::Failed(&["soren.holm@example.dk"]),
        ),
        case(
            "E-postsystemet <postmaster@epost.example.no>",
            true,
            "Meldingen ble ikke levert",
            "Meldingen din kunne ikke leveres til følgende mottakere:\n\n\
             \x20 ingrid.bakke@example.no\n  Årsak: postkassen er full\n",
            Want::Failed(&["ingrid.bakke@example.no"]),
        ),
    ]);
}

#[test]
fn delay_notices_in_other_languages_name_nobody_failed() {
    check(&[
        case(
            "Mail Delivery System <MAILER-DAEMON@mx.example.de>",
            true,
            "Zustellung verzögert",
            "Dies ist nur eine Warnung. Sie müssen Ihre Nachricht nicht erneut senden.\n\n\
             Ihre Nachricht an <jutta.weber@example.de> konnte seit 4 Stunden nicht zugestellt werden.\n\
             Es wird weiter versucht, sie zuzustellen.\n",
            Want::Delayed("jutta.weber@example.de"),
        ),
        case(
            "Système de messagerie <MAILER-DAEMON@smtp.example.fr>",
            true,
            "Remise retardée",
            "Ceci est un simple avertissement, vous n'avez pas besoin de renvoyer votre message.\n\n\
             La remise à <claire.dubois@example.fr> est retardée; de nouvelles tentatives seront effectuées.\n",
            Want::Delayed("claire.dubois@example.fr"),
        ),
    ]);
}
