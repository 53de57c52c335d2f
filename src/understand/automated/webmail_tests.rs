//! Invented notices in the manner of the big webmail and ISP mail services (AOL, Yahoo,
//! Hotmail, Juno, EarthLink, CompuServe, GMX, web.de, T-Online, mail.ru, Yandex, wp.pl,
//! Interia, o2, Seznam): their own subjects, their own sender names, the failed address in
//! their own places.

use super::legacy_tests::{Want, case, check};

#[test]
fn american_webmail_services_notices_are_read() {
    check(&[
        case(
            "Mail Delivery Subsystem <MAILER-DAEMON@aol.com>",
            true,
            "Returned mail: User unknown",
            "The original message was received at Sat, 5 Jan 2002 10:00:00 -0500\n\n\
             \x20  ----- The following addresses had permanent fatal errors -----\n\
             johnsmith22\n\n\
             \x20  ----- Transcript of session follows -----\n\
             ... while talking to air-xx.mail.aol.com.:\n\
             >>> RCPT To:<johnsmith22@aol.com>\n<<< 550 MAILBOX NOT FOUND\n",
            Want::Failed(&["johnsmith22@aol.com"]),
        ),
        case(
            "MAILER-DAEMON@yahoo.co.uk",
            true,
            "Failure Notice",
            "Message from yahoo.co.uk.\n\
             Unable to deliver message to the following address(es).\n\n\
             <mark.t@yahoo.co.uk>:\n\
             This user doesn't have a yahoo.co.uk account (mark.t@yahoo.co.uk) [0]\n\n\
             --- Original message follows.\n",
            Want::Failed(&["mark.t@yahoo.co.uk"]),
        ),
        case(
            "postmaster@hotmail.com",
            true,
            "Delivery Status Notification (Failure)",
            "This is an automatically generated Delivery Status Notification.\n\n\
             Delivery to the following recipients failed.\n\n       kim_lee88@hotmail.com\n",
            Want::Failed(&["kim_lee88@hotmail.com"]),
        ),
        case(
            "Juno Mail Delivery <postmaster@juno.com>",
            true,
            "Undeliverable Mail",
            "Your message could not be delivered to the following recipient:\n\n\
             \x20 granny.b@juno.com\n\nReason: The recipient's mailbox is no longer active.\n",
            Want::Failed(&["granny.b@juno.com"]),
        ),
        case(
            "MAILER-DAEMON@earthlink.net",
            true,
            "Delivery Notification: Delivery has failed",
            "This report relates to a message you sent with the following header fields:\n\n\
             \x20 Subject: Registration\n\n\
             Your message cannot be delivered to the following recipients:\n\n\
             \x20 Recipient address: bob.k@earthlink.net\n  Reason: Over quota\n",
            Want::Failed(&["bob.k@earthlink.net"]),
        ),
        case(
            "CompuServe Postmaster <postmaster@compuserve.com>",
            true,
            "Undeliverable Message",
            "Receiver not found: 76543.210\n\n\
             Your message could not be delivered as addressed.\n\n\
             --- Original Message ---\nFrom: registration@event.test\n\
             To: 76543.210@compuserve.com\nSubject: Registration\n",
            Want::Failed(&["76543.210@compuserve.com"]),
        ),
    ]);
}

#[test]
fn european_webmail_services_notices_are_read() {
    check(&[
        case(
            "Mail Delivery System <mailer-daemon@gmx.net>",
            true,
            "Mail delivery failed: returning message to sender",
            "This message was created automatically by mail delivery software.\n\n\
             A message that you sent could not be delivered to one or more of\n\
             its recipients. This is a permanent error. The following address(es)\n\
             failed:\n\nklaus.meier@gmx.de:\n\
             SMTP error from remote server for RCPT TO command, host: mx00.emig.gmx.net reason: 550 Requested action not taken: mailbox unavailable\n\n\
             --- The header of the original message is following. ---\n\n\
             From: registration@event.test\nTo: klaus.meier@gmx.de\n",
            Want::Failed(&["klaus.meier@gmx.de"]),
        ),
        case(
            "Mail Delivery System <mailer-daemon@web.de>",
            true,
            "Mail delivery failed: returning message to sender",
            "Diese Nachricht wurde automatisch vom Mail-System erzeugt.\n\n\
             Eine von Ihnen versandte Nachricht konnte nicht an alle Empfänger zugestellt\n\
             werden. Dies ist ein dauerhafter Fehler. Folgende Adresse(n) konnten nicht\n\
             erreicht werden:\n\nsabine.k@web.de:\n\
             Postfach voll / mailbox quota exceeded\n",
            Want::Failed(&["sabine.k@web.de"]),
        ),
        case(
            "Mailer-Daemon@t-online.de",
            true,
            "Unzustellbare Nachricht",
            "Dies ist eine automatisch erstellte Nachricht des Mailsystems.\n\n\
             Ihre Nachricht konnte an folgende Empfänger nicht zugestellt werden:\n\n\
             <uwe.h@t-online.de>: Postfach voll / mailbox full\n",
            Want::Failed(&["uwe.h@t-online.de"]),
        ),
        case(
            "Mail Delivery System <mailer-daemon@corp.mail.ru>",
            true,
            "Mail failure.",
            "Это письмо создано автоматически сервером Mail.Ru,\n\
             отвечать на него не нужно.\n\n\
             К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:\n\n\
             ivan.petrov@mail.ru\n\
             Message was not accepted -- invalid mailbox.  Local mailbox ivan.petrov@mail.ru is unavailable: user not found\n",
            Want::Failed(&["ivan.petrov@mail.ru"]),
        ),
        case(
            "mailer-daemon@yandex.ru",
            true,
            "Недоставленное сообщение",
            "Это письмо отправлено вам почтовым роботом Яндекса.\n\n\
             Ваше сообщение не было доставлено одному или нескольким получателям.\n\n\
             <olga.s@yandex.ru>: Recipient address rejected: User not found\n",
            Want::Failed(&["olga.s@yandex.ru"]),
        ),
        case(
            "MAILER-DAEMON@wp.pl",
            true,
            "Undelivered Mail Returned to Sender",
            "Niestety, Twoja wiadomość nie mogła zostać dostarczona do jednego lub więcej adresatów.\n\n\
             <tomek.n@wp.pl>: skrzynka odbiorcy jest pełna\n",
            Want::Failed(&["tomek.n@wp.pl"]),
        ),
        case(
            "Mail Delivery System <MAILER-DAEMON@poczta.interia.pl>",
            true,
            "Zwrot poczty",
            "To jest system pocztowy serwera poczta.interia.pl.\n\n\
             Nie udało się dostarczyć wiadomości do następujących adresatów:\n\n\
             <ania.w@interia.pl>: konto nie istnieje\n",
            Want::Failed(&["ania.w@interia.pl"]),
        ),
        case(
            "Poczta o2 <powiadomienia@o2.pl>",
            true,
            "Powiadomienie o niedostarczeniu wiadomości",
            "Wiadomość do <marek.z@o2.pl> nie została dostarczona.\nPowód: adresat nie istnieje.\n",
            Want::Failed(&["marek.z@o2.pl"]),
        ),
        case(
            "Mail Delivery System <mailer-daemon@seznam.cz>",
            true,
            "Nedoručitelná zpráva",
            "Vaši zprávu se nepodařilo doručit těmto příjemcům:\n\n\
             <petr.novak@seznam.cz>: schránka neexistuje\n",
            Want::Failed(&["petr.novak@seznam.cz"]),
        ),
    ]);
}
