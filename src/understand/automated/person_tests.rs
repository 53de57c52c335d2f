//! Invented mail of people who write about delivery problems ("my mail bounced",
//! "Undeliverable?") in the region's languages, of a courier whose name holds "Mail Delivery",
//! and a list server's notice of a bounce it could not read ("uncaught bounce"): none of these
//! is a bounce of the address regbot wrote to.

use super::legacy_tests::{Want, case, check, mismatch};
use super::tests::run;

#[test]
fn people_writing_about_delivery_problems_stay_people() {
    check(&[
        case(
            "Anna Ozola <anna.ozola@example.lv>",
            false,
            "My mail bounced",
            "Hello, I tried to register last week but my mail bounced with \"550 user unknown\".\n\
             Could you please register me for the workshop? Anna",
            Want::Person,
        ),
        case(
            "Jonas Petraitis <jonas@example.lt>",
            false,
            "Undeliverable?",
            "Hi, I got an undeliverable message when I wrote to info@event.test. \
             Is this address right? I would like to attend. Jonas",
            Want::Person,
        ),
        case(
            "Mari Tamm <mari@example.ee>",
            false,
            "Returned mail?",
            "Tere! My registration mail came back as returned mail, delivery failed. \
             Did you receive it anyway? Mari",
            Want::Person,
        ),
        case(
            "Klaus Meier <klaus@example.de>",
            false,
            "Unzustellbar?",
            "Hallo, meine letzte Nachricht kam als unzustellbar zurück (Postfach voll?). \
             Bitte melden Sie mich trotzdem an. Gruß, Klaus",
            Want::Person,
        ),
        case(
            "Kasia Nowak <kasia@example.pl>",
            false,
            "Wiadomość nie została dostarczona?",
            "Dzień dobry, dostałam informację, że moja wiadomość nie została dostarczona. \
             Czy zgłoszenie dotarło? Pozdrawiam, Kasia",
            Want::Person,
        ),
        case(
            "Иван Петров <ivan@example.ru>",
            false,
            "Письмо не доставлено?",
            "Здравствуйте! Мне пришло уведомление, что письмо не доставлено. \
             Прошу подтвердить мою регистрацию. Иван",
            Want::Person,
        ),
        case(
            "Kārlis Liepa <karlis@example.lv>",
            false,
            "Vēstule netika piegādāta",
            "Labdien! Mana iepriekšējā vēstule netika piegādāta, saņēmu kļūdas paziņojumu. \
             Lūdzu, reģistrējiet mani. Kārlis",
            Want::Person,
        ),
        case(
            "Tomas K. <tomas@example.lt>",
            false,
            "Laiškas nepristatytas",
            "Sveiki, mano laiškas jums nepristatytas, gavau klaidos pranešimą. \
             Ar galiu registruotis? Tomas",
            Want::Person,
        ),
        case(
            "Juha Nieminen <juha@example.fi>",
            false,
            "Viestin toimitus epäonnistui?",
            "Hei, sain ilmoituksen että viestin toimitus epäonnistui. \
             Menikö ilmoittautumiseni perille? Juha",
            Want::Person,
        ),
        case(
            "Erik Lund <erik@example.se>",
            false,
            "Mitt mejl studsade",
            "Hej! Mitt förra mejl kunde inte levereras enligt ett felmeddelande. \
             Jag vill gärna anmäla mig. Erik",
            Want::Person,
        ),
        case(
            "Søren Holm <soren@example.dk>",
            false,
            "Kunne ikke leveres?",
            "Hej, jeg fik besked om at min mail ikke kunne leveres. \
             Er min tilmelding kommet frem? Søren",
            Want::Person,
        ),
        case(
            "Ingrid Bakke <ingrid@example.no>",
            false,
            "E-posten ble ikke levert",
            "Hei! Jeg fikk beskjed om at e-posten min ikke ble levert (mailbox unavailable). \
             Vil gjerne delta. Ingrid",
            Want::Person,
        ),
        case(
            "Claire Dubois <claire@example.fr>",
            false,
            "Message non remis ?",
            "Bonjour, mon message précédent n'a pas pu être remis, destinataire inconnu. \
             Pouvez-vous m'inscrire ? Claire",
            Want::Person,
        ),
        case(
            "Javier López <javier@example.es>",
            false,
            "Correo devuelto",
            "Hola, mi correo anterior fue devuelto: no se pudo entregar. \
             ¿Pueden inscribirme? Javier",
            Want::Person,
        ),
        case(
            "Giulia Rossi <giulia@example.it>",
            false,
            "Messaggio non recapitato?",
            "Buongiorno, il mio messaggio non è stato recapitato secondo il server. \
             Vorrei iscrivermi. Giulia",
            Want::Person,
        ),
        case(
            "Sanne de Vries <sanne@example.nl>",
            false,
            "Bericht onbestelbaar",
            "Hallo, mijn vorige bericht kon niet worden bezorgd. \
             Kunt u mij inschrijven? Sanne",
            Want::Person,
        ),
        case(
            "João Silva <joao@example.pt>",
            false,
            "Mensagem não entregue",
            "Olá, recebi um aviso de que a mensagem não foi entregue. \
             Podem confirmar a minha inscrição? João",
            Want::Person,
        ),
        case(
            "Anna Ozola <anna.ozola@example.lv>",
            false,
            "Re: Undeliverable: Registration",
            "Sorry, the address I gave bounced: the server said the mailbox is full. \
             Please use anna.o@example.com instead.\n\n\
             > Delivery has failed to these recipients or groups:\n> anna.ozola@example.lv\n",
            Want::Person,
        ),
        case(
            "Piret Kask <piret@example.ee>",
            false,
            "Delivery failure notice for my colleague",
            "Hello, my colleague's address rejected your message (550 5.1.1 user unknown). \
             Her new address is liis@example.ee; please register her. Piret",
            Want::Person,
        ),
        case(
            "Mikko Virtanen <mikko@example.fi>",
            false,
            "Mail delivery problem",
            "Hi, there was a mail delivery problem on our side yesterday, our server was down. \
             If my registration bounced, here it is again: Mikko Virtanen, University of Turku.",
            Want::Person,
        ),
        case(
            "Lars Jensen <lars@example.dk>",
            false,
            "Your message could not be delivered",
            "Hi, when I reply to your invitation I get \"your message could not be delivered\". \
             Is the registration address still working? Lars",
            Want::Person,
        ),
    ]);
}

#[test]
fn a_courier_whose_name_holds_mail_delivery_is_a_person() {
    check(&[
        case(
            "Baltic Mail Delivery <info@balticmail.example.lv>",
            false,
            "Registration for the workshop",
            "Hello, we are a courier company and would like to register two people. \
             Last time our mail was returned undelivered, so we write again.\n\
             Best regards, Baltic Mail Delivery SIA",
            Want::Person,
        ),
        case(
            "Nordic Mail Delivery Services <office@nmds.example.se>",
            false,
            "Participation",
            "Dear organisers, our parcel and mail delivery firm wants to attend. \
             Our previous message bounced (rejected by your server?). Regards, Eva Nilsson",
            Want::Person,
        ),
        case(
            "Jan Kowalski (Mail Delivery Team) <jan.kowalski@example.pl>",
            false,
            "Rejestracja",
            "Dzień dobry, chciałbym się zarejestrować. Wcześniejsza wiadomość została odrzucona (rejected). \
             Jan Kowalski",
            Want::Person,
        ),
    ]);
}

#[test]
fn a_list_servers_uncaught_bounce_notice_names_nobody_failed() {
    let v = run(
        "From: workshop-bounces@lists.event.test\nTo: workshop-owner@lists.event.test\n\
        Subject: Uncaught bounce notification\nPrecedence: bulk\nMIME-Version: 1.0\n\
        Content-Type: multipart/mixed; boundary=\"B\"\n\n\
        --B\nContent-Type: text/plain\n\n\
        The attached message was received as a bounce, but either the bounce format\n\
        was not recognized, or no member addresses could be extracted from it.  This\n\
        mailing list has been configured to send all unrecognized bounce messages to\n\
        the list administrator(s).\n\n\
        --B\nContent-Type: message/rfc822\n\n\
        From: Mail Delivery System <MAILER-DAEMON@mx.example.lv>\n\
        To: workshop-bounces@lists.event.test\nSubject: Undelivered Mail Returned to Sender\n\
        MIME-Version: 1.0\n\
        Content-Type: multipart/report; report-type=delivery-status; boundary=\"R\"\n\n\
        --R\nContent-Type: text/plain\n\n\
        <guntis@example.lv>: host mx.example.lv said: 550 5.1.1 unknown user\n\n\
        --R\nContent-Type: message/delivery-status\n\n\
        Reporting-MTA: dns; mx.example.lv\n\n\
        Final-Recipient: rfc822; guntis@example.lv\nAction: failed\nStatus: 5.1.1\n\n\
        --R--\n\n\
        --B--\n",
    );
    assert_eq!(mismatch(&Want::Auto, &v), None);
    // A list server's notice quoting the bounce inline is the same.
    let v = run(
        "From: Mailman <mailman-bounces@lists.example.org>\nTo: announce-owner@lists.example.org\n\
        Subject: Uncaught bounce notification\n\n\
        The attached message was received as a bounce, but either the bounce format\n\
        was not recognized, or no member addresses could be extracted from it.\n\n\
        ---------- Forwarded message ----------\n\
        From: MAILER-DAEMON@mx.example.ee\nSubject: failure notice\n\n\
        <kadri@example.ee>:\nSorry, no mailbox here by that name. (#5.1.1)\n",
    );
    assert_eq!(mismatch(&Want::Auto, &v), None);
}

#[test]
fn a_person_telling_that_a_message_did_not_arrive_stays_a_person() {
    // A bounce's subject and a server's sentence, but a person's own mailbox or signature,
    // and nothing automatic about the mail: someone telling the organisers their mail to a
    // colleague did not arrive.
    check(&[
        case(
            "Jonas Petraitis <jonas.petraitis@example.lt>",
            false,
            "Delivery failed for my colleague",
            "Hello,\n\nthe message you sent to ruta.kazlauskiene@example.lt did not arrive, \
             she never got it.\nCould you send it again to ruta.k@example.com?\n\n\
             Best regards,\nJonas Petraitis",
            Want::Person,
        ),
        case(
            "Klaus Meier <k.meier@example.de>",
            false,
            "Zustellung fehlgeschlagen?",
            "Hallo,\n\nIhre Nachricht an anna.schulz@example.de konnte nicht zugestellt werden, \
             sagt meine Kollegin.\nBitte schicken Sie sie an anna.schulz@example.com.\n\nGruß\nKlaus",
            Want::Person,
        ),
        case(
            "Kārlis Liepa <karlis.liepa@example.lv>",
            false,
            "Piegāde neizdevās",
            "Labdien!\n\nJūsu vēstuli uz anna@example.lv nevarēja piegādāt, viņa to nesaņēma.\n\
             Lūdzu, sūtiet uz anna.ozola@example.com.\n\nAr cieņu,\nKārlis",
            Want::Person,
        ),
        case(
            "Kasia Nowak <k.nowak@example.pl>",
            false,
            "Dostarczenie nie powiodło się",
            "Dzień dobry,\n\nnie można dostarczyć wiadomości do jan@example.pl, twierdzi że nic \
             nie dostał.\nProszę wysłać na jan.kowalski@example.com.\n\nPozdrawiam\nKasia Nowak",
            Want::Person,
        ),
        case(
            "Eva Nilsson <eva@example.se>",
            false,
            "Leveransen misslyckades",
            "Hej,\n\nert meddelande till per@example.se kunde inte levereras, säger han.\n\
             Skicka det till per.berg@example.com.\n\nHälsningar\nEva",
            Want::Person,
        ),
        case(
            "Иван Петров <ivan.petrov@example.ru>",
            false,
            "Доставка не удалась",
            "Здравствуйте!\n\nВаше письмо на olga@example.ru не удалось доставить, она его не \
             получила.\nПожалуйста, отправьте на olga.k@example.com.\n\nИван",
            Want::Person,
        ),
        case(
            "Mari Tamm <mtamm@example.ee>",
            false,
            "Delivery failed",
            "Tere,\n\nthe message you sent to kadri@example.ee did not arrive.\n\nMari",
            Want::Person,
        ),
    ]);
}

#[test]
fn a_gateway_whose_notice_is_words_alone_still_bounces() {
    // The near-misses: a product's or a service's name, or a bare mailbox, writing a failure
    // subject and a server's sentence, with nothing else automatic about the mail.
    check(&[
        case(
            "Symantec Mail Security <smsmtp@gw.example.se>",
            false,
            "Delivery failed",
            "The message you sent to per@example.se could not be delivered.\n\n\
             Symantec Mail Security",
            Want::Failed(&["per@example.se"]),
        ),
        case(
            "Webshield SMTP Mail Service <e500@example.org>",
            false,
            "Returned Mail - Error During Delivery",
            "The message you sent to anna@example.lv could not be delivered.\nUser unknown.",
            Want::Failed(&["anna@example.lv"]),
        ),
        case(
            "dsicspi.internet@example.fr",
            false,
            "Delivery failed",
            "The message you sent to jean@example.fr could not be delivered: user unknown.",
            Want::Failed(&["jean@example.fr"]),
        ),
    ]);
}

#[test]
fn a_notes_auto_reply_saying_the_address_is_obsolete_names_nobody_failed() {
    // Null sender, Lotus Notes' "Auto:" subject, advice to write elsewhere: an auto-reply,
    // whether the sender is the person's old mailbox or the domain's postmaster.
    check(&[
        case(
            "Kristina Ozola <kristina.ozola@example.lv>",
            true,
            "Auto: Registration for the workshop",
            "This address is no longer in use. Please write to info@example.lv instead.",
            Want::Auto,
        ),
        case(
            "Postmaster <postmaster@example.lv>",
            true,
            "Auto: Registration for the workshop",
            "This address is no longer in use. Please write to info@example.lv instead.",
            Want::Auto,
        ),
        case(
            "Klaus Meier <klaus.meier@example.de>",
            true,
            "AUTO : Anmeldung",
            "Diese Adresse wird nicht mehr verwendet, Ihre Nachricht wurde nicht zugestellt. \
             Bitte schreiben Sie an info@example.de.",
            Want::Auto,
        ),
        case(
            "Rūta Kazlauskienė <ruta@example.lt>",
            true,
            "Auto: Registracija",
            "Šis adresas nebenaudojamas, your message was not delivered to anyone. \
             Rašykite info@example.lt.",
            Want::Auto,
        ),
    ]);
    // With the null sender, a responder saying the mailbox is out of use is an auto-reply
    // under any subject; a person giving a new address says the same and stays a person.
    check(&[
        case(
            "Bob Smith <bob.smith@example.com>",
            true,
            "Registration",
            "I no longer work at Example Ltd and this mailbox is not read. \
             Please write to info@example.com.",
            Want::Auto,
        ),
        case(
            "Anna Schulz <anna.schulz@example.de>",
            true,
            "Anmeldung",
            "Diese Adresse wird nicht mehr verwendet. Bitte schreiben Sie an info@example.de.",
            Want::Auto,
        ),
        case(
            "Ieva Kalniņa <ieva@example.lv>",
            true,
            "Reģistrācija",
            "Šī adrese vairs netiek izmantota. Lūdzu, rakstiet uz info@example.lv.",
            Want::Auto,
        ),
    ]);
    check(&[
        case(
            "Anna Schulz <anna.schulz@example.de>",
            false,
            "Neue Adresse",
            "Hallo, meine alte Adresse wird nicht mehr verwendet, bitte schreiben Sie mir an \
             anna@example.com. Gruß, Anna",
            Want::Person,
        ),
        case(
            "Ieva Kalniņa <ieva@example.lv>",
            false,
            "Jauna adrese",
            "Labdien! Mana vecā adrese vairs netiek izmantota, lūdzu rakstiet uz ieva@example.com. \
             Ieva",
            Want::Person,
        ),
    ]);
    // "Auto" is a car in several of the region's languages: on a person's ordinary mail the
    // prefix means nothing.
    check(&[
        case(
            "Klaus Meier <klaus.meier@example.de>",
            false,
            "Auto: Parkplatz am Tagungsort",
            "Hallo, ich komme mit dem Auto. Gibt es einen Parkplatz? Gruß, Klaus",
            Want::Person,
        ),
        case(
            "Juha Nieminen <juha@example.fi>",
            false,
            "Auto: pysäköinti",
            "Hei, tulen autolla. Voiko paikan lähellä pysäköidä? Juha",
            Want::Person,
        ),
    ]);
}
