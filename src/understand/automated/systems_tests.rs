//! Invented notices in the shapes of mail systems the other test files do not cover, written
//! after each system's own template: hMailServer, Haraka, OpenSMTPD's plain notice and delay,
//! CommuniGate Pro, XMail, Mercury/32, Kerio Connect, IceWarp, Axigen, amavisd-new's virus
//! alert, Mimecast, Sophos, Trend Micro, Exchange's and Outlook's notices in the region's
//! languages, Google's localised "address not found", Lotus Domino in German; each with
//! near-misses a person writes.

use super::legacy_tests::{Want, case, check};

#[test]
fn small_and_windows_mail_servers_notices_are_read() {
    check(&[
        // hMailServer: its "Message undeliverable" subject and the Exchange-5.5-like body.
        case(
            "mailer-daemon@mail.example.lv",
            false,
            "Message undeliverable: Registration",
            "Your message did not reach some or all of the intended recipients.\n\n\
             \x20  Sent: Mon, 1 Jun 2026 10:00:00 +0300\n   Subject: Registration\n\n\
             The following recipient(s) could not be reached:\n\n\
             ilze.ozola@example.lv\n   Error Type: SMTP\n\
             \x20  Remote server (192.0.2.7) issued an error.\n\
             \x20  hMailServer sent: RCPT TO:<ilze.ozola@example.lv>\n\
             \x20  Remote server replied: 550 5.1.1 <ilze.ozola@example.lv>: Recipient address rejected: User unknown\n\n\
             hMailServer\n",
            Want::Failed(&["ilze.ozola@example.lv"]),
        ),
        // Haraka's default bounce template: qmail's words, the recipients on one line.
        case(
            "MAILER-DAEMON@mx.example.fi",
            true,
            "failure notice",
            "Hi. This is the Haraka Mailer program at mx.example.fi.\n\
             I'm afraid I wasn't able to deliver your message to the following addresses.\n\
             This is a permanent error; I've given up. Sorry it didn't work out.\n\n\
             Intended Recipients: <eero.lahti@example.fi>\n\
             Failure Reason: 550 5.1.1 mailbox unavailable\n",
            Want::Failed(&["eero.lahti@example.fi"]),
        ),
        // OpenSMTPD before it attached a report: the address and the reply on one line.
        case(
            "Mailer Daemon <MAILER-DAEMON@smtp.example.se>",
            false,
            "Delivery status notification: error",
            "    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n\
             \x20   An error has occurred while attempting to deliver a message for\n\
             \x20   the following list of recipients:\n\n\
             karin.berg@example.se: 550 5.1.1 User unknown\n\n\
             \x20   Below is a copy of the original message:\n",
            Want::Failed(&["karin.berg@example.se"]),
        ),
        case(
            "Mailer Daemon <MAILER-DAEMON@smtp.example.se>",
            false,
            "Delivery status notification: delayed",
            "    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n\
             \x20   A message is delayed for more than 4 hours for the following\n\
             \x20   list of recipients:\n\n\
             karin.berg@example.se: Network error on destination MXs\n\n\
             \x20   Please note that this is only a temporary failure report.\n\
             \x20   The message is kept in the queue for up to 4 days.\n\
             \x20   You DO NOT NEED to re-send the message to these recipients.\n",
            Want::Delayed("karin.berg@example.se"),
        ),
        // CommuniGate Pro: "Failed to deliver to '<address>'" and the module's report.
        case(
            "MAILER-DAEMON@cgp.example.pl",
            false,
            "Undeliverable mail: Rejestracja",
            "Failed to deliver to '<tomasz.nowak@example.pl>'\n\
             LOCAL module(account tomasz.nowak) reports:\n account is full (quota exceeded)\n",
            Want::Failed(&["tomasz.nowak@example.pl"]),
        ),
        case(
            "MAILER-DAEMON@cgp.example.de",
            true,
            "Undeliverable mail: Anmeldung",
            "Failed to deliver to '<jens.vogel@example.de>'\n\
             SMTP module(domain example.de) reports:\n host mx.example.de says:\n\
             \x20 550 5.1.1 <jens.vogel@example.de>... User unknown\n",
            Want::Failed(&["jens.vogel@example.de"]),
        ),
        // XMail: a numbered report whose first line names the recipient in brackets.
        case(
            "PostMaster <postmaster@xmail.example.ee>",
            false,
            "Error sending message [1234.1717225200.2222.xmail] from [xmail.example.ee]",
            "[<00>] XMail bounce: Rcpt=[kadri.tamm@example.ee];Error=[550 5.1.1 User unknown]\n\n\n\
             [<01>] Error sending message [1234.1717225200.2222.xmail] from [xmail.example.ee].\n\n\
             ID:        <S12AB34>\nMail From: <registration@event.test>\n\
             Rcpt To:   <kadri.tamm@example.ee>\n\n\n\
             [<02>] The reason of the delivery failure was:\n\n550 5.1.1 User unknown\n",
            Want::Failed(&["kadri.tamm@example.ee"]),
        ),
        // Mercury/32: its own sender name, the failed address after "could not be
        // delivered to".
        case(
            "Mercury 32 Mail Server <postmaster@mercury.example.lt>",
            false,
            "Delivery failure: Registracija",
            "This message is from the Mercury/32 mail transport system.\n\n\
             The message you sent could not be delivered to the following recipient:\n\n\
             \x20 * rasa.jonaitiene@example.lt\n\n\
             \x20 Reason: 550 5.1.1 Mailbox unavailable\n\n\
             The original message follows.\n",
            Want::Failed(&["rasa.jonaitiene@example.lt"]),
        ),
        // Kerio Connect's plain notice.
        case(
            "Mail Delivery System <postmaster@kerio.example.cz>",
            true,
            "Undeliverable: Registration",
            "This is a delivery status notification, automatically generated by Kerio Connect at kerio.example.cz.\n\n\
             Your message could not be delivered to the following recipient:\n\n\
             \x20 pavel.dvorak@example.cz\n\
             \x20 550 5.1.1 <pavel.dvorak@example.cz>: unknown user\n",
            Want::Failed(&["pavel.dvorak@example.cz"]),
        ),
        // IceWarp / Merak: "Undelivered mail" with the recipient in a labelled line.
        case(
            "postmaster@icewarp.example.lv",
            true,
            "Undelivered mail: Registration",
            "The message could not be delivered.\n\n\
             Recipient: martins.liepa@example.lv\n\
             Reason: 550 5.2.2 Mailbox full\n\n\
             --- Original message follows ---\n",
            Want::Failed(&["martins.liepa@example.lv"]),
        ),
        // Axigen: a DSN text with the address after "to:".
        case(
            "Mail Delivery System <MAILER-DAEMON@axigen.example.ro>",
            true,
            "Delivery Status Notification (Failure)",
            "This is an automatically generated Delivery Status Notification.\n\n\
             Delivery to the following recipients failed permanently:\n\n\
             \x20   ion.popescu@example.ro\n\n\
             Technical details of permanent failure:\n\
             550 5.1.1 Mailbox does not exist\n",
            Want::Failed(&["ion.popescu@example.ro"]),
        ),
    ]);
}

#[test]
fn gateways_and_virus_walls_notices_are_read() {
    check(&[
        // amavisd-new's virus alert to the sender, the recipient after "->".
        case(
            "Content-filter at mx.example.no <postmaster@mx.example.no>",
            true,
            "VIRUS (Eicar-Test-Signature) IN MAIL FROM YOU",
            "Our content checker found\n    virus: Eicar-Test-Signature\n\n\
             in email presumably from you <registration@event.test>\n\
             to the following recipient:\n-> ola.hansen@example.no\n\n\
             Our internal reference code for your message is 01234-05/xYz\n\n\
             Delivery of the email was stopped!\n",
            Want::Failed(&["ola.hansen@example.no"]),
        ),
        // Mimecast's rejection notice.
        case(
            "Mimecast Postmaster <postmaster@eu.example-mimecast.com>",
            true,
            "Undeliverable Message",
            "Your message couldn't be delivered to the recipients shown below.\n\n\
             \x20 birgitte.holm@example.dk\n\n\
             The email address may be incorrect or the recipient's mailbox is unavailable.\n\
             550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550\n",
            Want::Failed(&["birgitte.holm@example.dk"]),
        ),
        // Sophos' appliance: "The following message to <…> was undeliverable."
        case(
            "Sophos Email Appliance <postmaster@sophos.example.fi>",
            false,
            "Message could not be delivered",
            "The following message to <veera.nieminen@example.fi> was undeliverable.\n\
             The reason for the problem:\n5.1.0 - Unknown address error 550-'5.1.1 User unknown'\n",
            Want::Failed(&["veera.nieminen@example.fi"]),
        ),
        // Trend Micro's gateway, blocking by policy.
        case(
            "InterScan Messaging Security <imss@gw.example.se>",
            true,
            "Message blocked: Registration",
            "The message you sent to johan.lind@example.se was blocked by the recipient's \
             message security policy and was not delivered.\n",
            Want::Failed(&["johan.lind@example.se"]),
        ),
    ]);
}

#[test]
fn exchange_and_google_notices_in_the_regions_languages_are_read() {
    check(&[
        case(
            "Microsoft Outlook <postmaster@example.lv>",
            false,
            "Nepiegādājams: Reģistrācija",
            "Piegāde šiem adresātiem vai grupām neizdevās:\n\n\
             Ilze Ozola (ilze.ozola@example.lv)\n\
             Adresāta pastkaste ir pilna un pašlaik nevar pieņemt ziņojumus.\n",
            Want::Failed(&["ilze.ozola@example.lv"]),
        ),
        case(
            "Microsoft Outlook <postmaster@example.lt>",
            false,
            "Nepristatomas: Registracija",
            "Pristatymas šiems gavėjams arba grupėms nepavyko:\n\n\
             jonas.kazlauskas@example.lt\n\
             Gavėjo el. pašto adresas nerastas gavėjo el. pašto sistemoje.\n",
            Want::Failed(&["jonas.kazlauskas@example.lt"]),
        ),
        case(
            "Microsoft Outlook <postmaster@example.ee>",
            false,
            "Kättetoimetamatu: Registreerumine",
            "Kohaletoimetamine nendele adressaatidele või rühmadele nurjus:\n\n\
             mari.kask@example.ee\n\
             Adressaadi meiliaadressi ei leitud adressaadi meilisüsteemist.\n",
            Want::Failed(&["mari.kask@example.ee"]),
        ),
        case(
            "Microsoft Outlook <postmaster@example.ru>",
            false,
            "Недоставляемое: Регистрация",
            "Не удалось доставить сообщение следующим получателям или группам:\n\n\
             ivan.sokolov@example.ru\n\
             Адрес электронной почты получателя не найден в его почтовой системе.\n",
            Want::Failed(&["ivan.sokolov@example.ru"]),
        ),
        case(
            "Microsoft Outlook <postmaster@example.dk>",
            false,
            "Ikke leveret: Tilmelding",
            "Levering til disse modtagere eller grupper mislykkedes:\n\n\
             soren.friis@example.dk\n\
             Modtagerens postkasse er fuld og kan ikke modtage meddelelser nu.\n",
            Want::Failed(&["soren.friis@example.dk"]),
        ),
        // Office 365's newer text, the address inside the sentence, in German and Polish.
        case(
            "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.de>",
            false,
            "Unzustellbar: Anmeldung",
            "Ihre Nachricht an petra.schulz@example.de konnte nicht übermittelt werden.\n\n\
             petra.schulz wurde bei example.de nicht gefunden.\n",
            Want::Failed(&["petra.schulz@example.de"]),
        ),
        case(
            "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.pl>",
            false,
            "Niedostarczalne: Rejestracja",
            "Nie można dostarczyć wiadomości do adresata anna.kowalska@example.pl.\n\n\
             Nie znaleziono adresata anna.kowalska w domenie example.pl.\n",
            Want::Failed(&["anna.kowalska@example.pl"]),
        ),
        // Google's "address not found" in Latvian and Finnish.
        case(
            "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            false,
            "Delivery Status Notification (Failure)",
            "Adrese nav atrasta\n\n\
             Jūsu ziņojums netika piegādāts adresātam peteris.kalnins@example.lv, jo adrese \
             netika atrasta vai nevar saņemt e-pasta ziņojumus.\n",
            Want::Failed(&["peteris.kalnins@example.lv"]),
        ),
        case(
            "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            false,
            "Delivery Status Notification (Failure)",
            "Osoitetta ei löydy\n\n\
             Viestiäsi ei toimitettu osoitteeseen aino.virtanen@example.fi, koska osoitetta \
             ei löytynyt tai se ei voi vastaanottaa viestejä.\n",
            Want::Failed(&["aino.virtanen@example.fi"]),
        ),
        // Lotus Domino in German.
        case(
            "Postmaster <postmaster@notes.example.de>",
            false,
            "Unzustellbarer Bericht: Anmeldung",
            "Ihre Nachricht\n\n  Betreff: Anmeldung\n\nwurde nicht zugestellt an:\n\n\
             \x20 klaus.becker@example.de\n\nweil:\n\n\
             \x20 User klaus.becker (klaus.becker@example.de) not listed in Domino Directory\n",
            Want::Failed(&["klaus.becker@example.de"]),
        ),
    ]);
}

#[test]
fn people_writing_of_those_failures_stay_people() {
    check(&[
        case(
            "Ilze Ozola <ilze.ozola@example.lv>",
            false,
            "Error sending message from the form",
            "Hello, I get an error sending message from your registration form. \
             Failed to deliver to 'the office' it says. Could you register me by hand?\n",
            Want::Person,
        ),
        case(
            "Karin Berg <karin.berg@example.se>",
            false,
            "Delivery status of my registration",
            "Hi! Could you tell me the delivery status of my registration? I sent it to \
             the following list of recipients: you and my manager.\n",
            Want::Person,
        ),
        case(
            "Tomasz Nowak <tomasz.nowak@example.pl>",
            false,
            "Undeliverable mail to my colleague",
            "Dzień dobry, my message to anna@example.pl could not be delivered, \
             her mailbox is full. Please register her anyway.\n",
            Want::Person,
        ),
    ]);
}

#[test]
fn a_gateways_verdict_in_a_subject_of_its_own_makes_a_bounce() {
    check(&[
        // A virus wall writing with the null sender: its subject names a virus, its text
        // says the mail was not delivered.
        case(
            "Symantec Mail Security <sms@gw.example.se>",
            true,
            "Virus detected in your message",
            "Symantec Mail Security detected a virus (W32.Test) in a message you sent.\n\
             The message was not delivered to anna.lind@example.se.\n",
            Want::Failed(&["anna.lind@example.se"]),
        ),
        case(
            "Viruskontroll <av@gw.example.no>",
            true,
            "Virus funnet i meldingen din",
            "Meldingen din til ola@example.no ble ikke levert: den inneholdt et virus.\n",
            Want::Failed(&["ola@example.no"]),
        ),
        // A filter's own subject and a sentence naming the address, with no envelope to show.
        case(
            "Postini Message Security <postini@psmtp.example.com>",
            false,
            "Message rejected",
            "The message you sent to anna@example.com was rejected because it appears to be spam.\n",
            Want::Failed(&["anna@example.com"]),
        ),
        case(
            "Trend Micro Email Security <noreply@tmes.example.com>",
            false,
            "Quarantined: Registration",
            "The message you sent to liis@example.ee was quarantined by Trend Micro Email \
             Security and was not delivered.\n",
            Want::Failed(&["liis@example.ee"]),
        ),
        case(
            "Proofpoint Essentials <noreply@pp.example.com>",
            false,
            "Your message was not delivered",
            "Your message to jonas@example.lt was blocked by the recipient's email security.\n",
            Want::Failed(&["jonas@example.lt"]),
        ),
        // Exim's words under a sender name and subject of a mail system's own.
        case(
            "Mail System <mail@example.ee>",
            false,
            "Message delivery failed",
            "This message was created automatically by mail delivery software.\n\n\
             A message that you sent could not be delivered to one or more of its recipients.\n\n\
             \x20 kadri@example.ee\n    mailbox unavailable\n",
            Want::Failed(&["kadri@example.ee"]),
        ),
        case(
            "Pasta sistēma <pasts@example.lv>",
            true,
            "Piegāde neizdevās: Reģistrācija",
            "Jūsu vēstuli nevarēja piegādāt adresātam zane@example.lv.\n",
            Want::Failed(&["zane@example.lv"]),
        ),
        case(
            "Serwer poczty <serwer@example.pl>",
            true,
            "Wiadomość odrzucona",
            "Wiadomość do ewa@example.pl nie została dostarczona: odrzucona przez filtr.\n",
            Want::Failed(&["ewa@example.pl"]),
        ),
        // A gateway blocking an attachment, in English and German.
        case(
            "GroupShield <groupshield@gw.example.pl>",
            false,
            "Alert! Your message was blocked",
            "GroupShield has blocked the message you sent to tomasz@example.pl because it \
             contains a banned attachment.\n",
            Want::Failed(&["tomasz@example.pl"]),
        ),
        case(
            "Mail-Gateway <gateway@example.de>",
            true,
            "Ihre Nachricht wurde blockiert",
            "Ihre Nachricht an jens@example.de konnte nicht zugestellt werden: \
             der Anhang ist nicht erlaubt.\n",
            Want::Failed(&["jens@example.de"]),
        ),
    ]);
}

#[test]
fn people_whose_subjects_say_the_same_stay_people() {
    check(&[
        case(
            "Ilze Ozola <ilze.ozola@example.lv>",
            false,
            "My registration was not delivered?",
            "Hello, I think my registration was not delivered, I got no answer. \
             Could you check? Ilze\n",
            Want::Person,
        ),
        case(
            "Mikko Laine <mikko.laine@example.fi>",
            false,
            "Virus found on my laptop, new registration",
            "Hi, a virus was found on my laptop and my first message may have been odd. \
             Please register me for the workshop. Mikko\n",
            Want::Person,
        ),
        case(
            "Karin Berg <karin.berg@example.se>",
            false,
            "My account was blocked",
            "Hi, my account on your registration page was blocked after three tries. \
             Could you open it again? Karin\n",
            Want::Person,
        ),
        case(
            "Jonas Petraitis <jonas@example.lt>",
            false,
            "Quarantined at home",
            "I am quarantined at home until Friday, so I must cancel my registration.\n",
            Want::Person,
        ),
        case(
            "Anna Lind <anna.lind@example.se>",
            false,
            "Our invitation delivery failed",
            "Hi, the invitation you sent to my colleague was rejected by our filter, \
             please register her: karin.berg@example.se\n",
            Want::Person,
        ),
    ]);
}

#[test]
fn a_messaging_servers_original_address_is_the_failed_one() {
    check(&[case(
        "Internet Mail Delivery <postmaster@ms.example.fi>",
        false,
        "Delivery Notification: Delivery has failed",
        "This report relates to a message you sent with the following header fields:\n\n\
         \x20 Subject: Registration\n\n\
         Your message cannot be delivered to the following recipients:\n\n\
         \x20 Recipient address: aino@mailhost.example.fi\n\
         \x20 Original address: Aino.Virtanen@example.fi\n\
         \x20 Reason: Remote SMTP server has rejected address\n",
        Want::Failed(&["aino.virtanen@example.fi"]),
    )]);
}
