//! Invented notices of mail systems, written for this file from what those systems send (not
//! copied from any corpus): qmail and its patched forks in odd wordings, the plain-text
//! notices of small Windows and hosting servers (MDaemon, Mercury, Kerio, SmarterMail,
//! CommuniGate, IIS), Postfix and Exim translated, ISP notices in German and Russian,
//! sendmail without a report part, X.400 and old Exchange, Domino and GroupWise, and
//! filtering gateways. Delay warnings and list servers' notices: `delays_lists_tests`.

use super::legacy_tests::{Want, case, check};

#[test]
fn qmail_and_plain_text_notices_of_small_servers_name_the_failed_address() {
    check(&[
        case(
            "MAILER-DAEMON@mx1.example.cz",
            true,
            "failure notice",
            "Hi. This is the qmail-send program at mx1.example.cz.\n\
             I'm afraid I wasn't able to deliver your message to the following addresses.\n\
             This is a permanent error; I've given up. Sorry it didn't work out.\n\
             \n\
             <tomas.novak@example.cz>:\n\
             Sorry, no mailbox here by that name. (#5.1.1)\n\
             \n\
             --- Below this line is a copy of the message.\n\
             \n\
             Return-Path: <registration@event.test>\n",
            Want::Failed(&["tomas.novak@example.cz"]),
        ),
        case(
            "MAILER-DAEMON@web.hosting.example",
            true,
            "failure notice",
            "Hi. This is the qmail-send program at web.hosting.example.\n\
             I'm afraid I wasn't able to deliver your message to the following addresses.\n\
             This is a permanent error; I've given up. Sorry it didn't work out.\n\
             \n\
             <info@kluster.example.ee>:\n\
             Sorry, I couldn't find any host named kluster.example.ee. (#5.1.2)\n",
            Want::Failed(&["info@kluster.example.ee"]),
        ),
        case(
            "MAILER-DAEMON@mail.example.de",
            true,
            "failure notice",
            "Hallo. Hier ist das qmail-send Programm auf mail.example.de.\n\
             Leider konnte ich Ihre Nachricht an die folgenden Adressen nicht zustellen.\n\
             Dies ist ein permanenter Fehler; ich habe aufgegeben.\n\
             \n\
             <k.weber@example.de>:\n\
             Das Postfach ist voll. (#5.2.2)\n",
            Want::Failed(&["k.weber@example.de"]),
        ),
        case(
            "MAILER-DAEMON@mx.example.pl",
            true,
            "failure delay",
            "Hi. This is the qmail-send program at mx.example.pl.\n\
             I'm not going to try again; this message has been in the queue too long.\n\
             \n\
             <jan@example.pl>:\n\
             Connection to 192.0.2.10 timed out.\n",
            Want::Failed(&["jan@example.pl"]),
        ),
        case(
            "MAILER-DAEMON@yahoo.com",
            true,
            "Failure Notice",
            "Sorry, we were unable to deliver your message to the following address.\n\
             \n\
             <lauri@example.ee>:\n\
             Remote host said: 550 5.1.1 <lauri@example.ee>: Recipient address rejected: User unknown [RCPT_TO]\n\
             \n\
             --- Below this line is a copy of the message.\n",
            Want::Failed(&["lauri@example.ee"]),
        ),
        case(
            "Mercury 32 <postmaster@ws.example.fi>",
            false,
            "Undeliverable mail",
            "This message is a delivery failure notification. The message cannot be delivered\n\
             to the following recipient:\n\
             \n\
             \x20 * pekka.laine@example.fi\n\
             \x20   - Delivery failed: unknown mailbox\n\
             \n\
             The original message follows.\n",
            Want::Failed(&["pekka.laine@example.fi"]),
        ),
        case(
            "CommuniGate Pro <postmaster@cgp.example.ee>",
            false,
            "Undeliverable mail: Registration",
            "Failed to deliver to '<tiit@example.ee>'\n\
             LOCAL module(account tiit) reports:\n\
             \x20account is full (quota exceeded)\n",
            Want::Failed(&["tiit@example.ee"]),
        ),
        case(
            "postmaster@mail.example.dk",
            false,
            "Undeliverable: Registration",
            "<mette@example.dk> Delivery has failed to these recipients or groups:\n\
             <mette@example.dk> Failed to deliver to 'mette@example.dk'\n\
             SMTP module(domain example.dk) reports:\n\
             \x20host mx.example.dk says:\n\
             \x20550 5.1.1 Mailbox unavailable\n",
            Want::Failed(&["mette@example.dk"]),
        ),
        case(
            "Kerio Connect <postmaster@example.no>",
            false,
            "Undeliverable: Registration",
            "Your message did not reach some or all of the intended recipients.\n\
             \n\
             \x20  Subject: Registration\n\
             \x20  Sent: 1/3/2027 10:15 AM\n\
             \n\
             The following recipient(s) could not be reached:\n\
             \n\
             \x20  kari@example.no\n\
             \x20     Error Type: SMTP\n\
             \x20     Remote server (192.0.2.4) issued an error.\n\
             \x20     hMailServer sent:  RCPT TO:<kari@example.no>\n\
             \x20     Remote server replied: 550 No such user here\n",
            Want::Failed(&["kari@example.no"]),
        ),
        case(
            "MDaemon@mail.example.lt",
            false,
            "Permanent Delivery Failure",
            "The attached message had PERMANENT fatal delivery errors!\n\
             \n\
             After one or more unsuccessful delivery attempts the attached message has\n\
             been removed from the mail queue on this server.  The number and frequency\n\
             of delivery attempts are determined by local configuration parameters.\n\
             \n\
             YOU DO NOT NEED TO RESEND THIS MESSAGE.  This message has been returned\n\
             because it could not be delivered.\n\
             \n\
             --- Session Transcript ---\n\
             \x20Attempting SMTP connection to [mx.example.lt : 25]\n\
             \x20RCPT TO:<rasa@example.lt>\n\
             \x20550 5.1.1 <rasa@example.lt>: Recipient address rejected: User unknown in local recipient table\n\
             --- End Transcript ---\n",
            Want::Failed(&["rasa@example.lt"]),
        ),
        case(
            "MAILER-DAEMON@vax.example.edu",
            true,
            "Undeliverable mail",
            "%MAIL-E-SENDERR, error sending to user JOHANSSON\n\
             -MAIL-E-NOSUCHUSR, no such user JOHANSSON at node VAX\n\
             The message was addressed to: johansson@vax.example.edu\n",
            Want::Failed(&["johansson@vax.example.edu"]),
        ),
    ]);
}

#[test]
fn translated_postfix_and_exim_and_isp_notices_name_the_failed_address() {
    check(&[
        case(
            "MAILER-DAEMON@mail.example.at",
            true,
            "Unzustellbar: Rückgabe an den Absender",
            "Dies ist das Mailsystem auf dem Rechner mail.example.at.\n\
             \n\
             Leider muss ich Ihnen mitteilen, dass Ihre Nachricht nicht an einen oder\n\
             mehrere Empfänger zugestellt werden konnte. Sie ist unten angehängt.\n\
             \n\
             \x20                  Das Mailsystem\n\
             \n\
             <f.huber@example.at>: host mx.example.at[192.0.2.3] said: 550 5.1.1\n\
             \x20   <f.huber@example.at>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n",
            Want::Failed(&["f.huber@example.at"]),
        ),
        case(
            "MAILER-DAEMON@mail.example.fr",
            true,
            "Message non délivré",
            "Ceci est le système de messagerie du serveur mail.example.fr.\n\
             \n\
             J'ai le regret de vous informer que votre message n'a pas pu\n\
             être délivré à un ou plusieurs destinataires. Il est joint ci-dessous.\n\
             \n\
             \x20                  Le système de messagerie\n\
             \n\
             <claire@example.fr>: host mx.example.fr[192.0.2.5] said: 550 5.1.1 Utilisateur inconnu\n",
            Want::Failed(&["claire@example.fr"]),
        ),
        case(
            "Mail Delivery System <Mailer-Daemon@mx.example.se>",
            true,
            "E-post kunde inte levereras: returnerar meddelande till avsändaren",
            "Detta meddelande skapades automatiskt av programvara för e-postleverans.\n\
             \n\
             Ett meddelande som du skickade kunde inte levereras till en eller flera\n\
             av mottagarna. Detta är ett permanent fel. Följande adress(er) misslyckades:\n\
             \n\
             \x20 nils@example.se\n\
             \x20   SMTP error from remote mail server after RCPT TO:<nils@example.se>:\n\
             \x20   550 5.1.1 User unknown\n",
            Want::Failed(&["nils@example.se"]),
        ),
        case(
            "MAILER-DAEMON@zimbra.example.lv",
            true,
            "Undelivered Mail Returned to Sender",
            "This is the mail system at host zimbra.example.lv.\n\
             \n\
             I'm sorry to have to inform you that your message could not\n\
             be delivered to one or more recipients. It's attached below.\n\
             \n\
             For further assistance, please send mail to postmaster.\n\
             \n\
             If you do so, please include this problem report. You can\n\
             delete your own text from the attached returned message.\n\
             \n\
             \x20                  The mail system\n\
             \n\
             <janis@example.lv>: host mx.example.lv[192.0.2.8] said: 552 5.2.2 Mailbox\n\
             \x20   full (in reply to RCPT TO command)\n",
            Want::Failed(&["janis@example.lv"]),
        ),
        case(
            "Mail Delivery System <mailer-daemon@gmx.net>",
            true,
            "Mail delivery failed: returning message to sender",
            "This message was created automatically by mail delivery software.\n\
             \n\
             A message that you sent could not be delivered to one or more of\n\
             its recipients. This is a permanent error. The following address\n\
             failed:\n\
             \n\
             \x20 \"sabine@example.de\":\n\
             \x20 SMTP error from remote server for RCPT TO command, host: mx.example.de (192.0.2.2) reason: 550 5.1.1 Mailbox does not exist\n",
            Want::Failed(&["sabine@example.de"]),
        ),
        case(
            "mailer-daemon@yandex.ru",
            true,
            "Недоставленное сообщение",
            "Это письмо создано автоматически\n\
             сервером Яндекс.Почты.\n\
             \n\
             Ваше письмо не удалось доставить по следующему адресу:\n\
             <ivan@example.ru>\n\
             \n\
             Причина: ящик получателя переполнен.\n\
             \n\
             Пожалуйста, не отвечайте на это сообщение.\n",
            Want::Failed(&["ivan@example.ru"]),
        ),
        case(
            "Mail Delivery System <MAILER-DAEMON@corp.mail.ru>",
            true,
            "Mail failure.",
            "Это письмо отправлено автоматически.\n\
             Не удалось доставить ваше сообщение одному или нескольким получателям:\n\
             \n\
             \x20 petrov@example.ru\n\
             \x20   SMTP error from remote mail server after RCPT TO:<petrov@example.ru>:\n\
             \x20   550 Message was not accepted -- invalid mailbox.\n",
            Want::Failed(&["petrov@example.ru"]),
        ),
        case(
            "Mail Delivery System <MAILER-DAEMON@mailout.t-online.de>",
            true,
            "Returned mail: see transcript for details",
            "|------------------------- Message log follows: -------------------------|\n\
             \x20no valid recipients were found for this message\n\
             |------------------------- Failed addresses follow: ---------------------|\n\
             \x20<uwe@example.de> ... unknown user / Teilnehmer existiert nicht\n\
             |------------------------- Message text follows: ------------------------|\n",
            Want::Failed(&["uwe@example.de"]),
        ),
    ]);
}

#[test]
fn sendmail_x400_and_groupware_notices_without_a_report_part_name_the_failed_address() {
    check(&[
        case(
            "Mail Delivery Subsystem <MAILER-DAEMON@smtp.example.org>",
            true,
            "Returned mail: see transcript for details",
            "The original message was received at Mon, 1 Mar 2027 10:00:00 +0100\n\
             from localhost [127.0.0.1]\n\
             \n\
             \x20  ----- The following addresses had permanent fatal errors -----\n\
             <ilze@example.lv>\n\
             \x20   (reason: 550 5.7.1 Mailbox disabled for this recipient)\n\
             \n\
             \x20  ----- Transcript of session follows -----\n\
             ... while talking to mx.example.lv.:\n\
             >>> DATA\n\
             <<< 550 5.7.1 Mailbox disabled for this recipient\n\
             550 5.1.1 <ilze@example.lv>... User unknown\n",
            Want::Failed(&["ilze@example.lv"]),
        ),
        case(
            "Mail Delivery Subsystem <MAILER-DAEMON@aol.com>",
            true,
            "Returned mail: User unknown",
            "The original message was received at Mon, 1 Mar 2027 05:00:00 -0500 (EST)\n\
             from mail.event.test [192.0.2.1]\n\
             \n\
             \x20  ----- The following addresses had permanent fatal errors -----\n\
             pirkko123\n\
             \n\
             \x20  ----- Transcript of session follows -----\n\
             ... while talking to air-xx01.mail.aol.com.:\n\
             >>> RCPT To:<pirkko123@aol.com>\n\
             <<< 550 MAILBOX NOT FOUND\n\
             550 <pirkko123@aol.com>... User unknown\n",
            Want::Failed(&["pirkko123@aol.com"]),
        ),
        case(
            "System Administrator <postmaster@x400.example.de>",
            false,
            "Undeliverable: Registration",
            "Your message\n\
             \n\
             \x20 To:      Weber, Klaus\n\
             \x20 Subject: Registration\n\
             \x20 Sent:    Mon, 1 Mar 2027 10:15:00 +0100\n\
             \n\
             did not reach the following recipient(s):\n\
             \n\
             c=DE;a= ;p=EXAMPLE;o=MAIL;dda:SMTP=k.weber@example.de; on Mon, 1 Mar 2027 10:16:00 +0100\n\
             \x20   The recipient name is not recognized\n\
             \x20   The MTS-ID of the original message is: c=DE;a= ;p=EXAMPLE;l=SRV1-270301091600Z-5\n\
             \x20   MSEXCH:MSExchangeMTA:SITE:SRV1\n",
            Want::Failed(&["k.weber@example.de"]),
        ),
        case(
            "X.400 Gateway <postmaster@x400gw.example.fi>",
            true,
            "Non-Delivery Report",
            "This report relates to your message:\n\
             \x20Subject: Registration,\n\
             \x20Message-ID: <id1@event.test>,\n\
             \x20To: <hannu.korhonen@example.fi>\n\
             \n\
             of Mon, 1 Mar 2027 10:00:00 +0200\n\
             \n\
             Your message was not delivered to:\n\
             \x20 /G=Hannu/S=Korhonen/O=Example/PRMD=EXAMPLE/ADMD=ELISA/C=FI/ hannu.korhonen@example.fi\n\
             for the following reason:\n\
             \x20 Unrecognized O/R name\n",
            Want::Failed(&["hannu.korhonen@example.fi"]),
        ),
        case(
            "Postmaster <postmaster@notes.example.de>",
            false,
            "Unzustellbar: Anmeldung",
            "Ihr Dokument:\n\
             \n\
             \x20 Betreff: Anmeldung\n\
             \n\
             wurde nicht zugestellt an:\n\
             \n\
             \x20 m.schmidt@example.de\n\
             \n\
             weil:\n\
             \n\
             \x20 User m.schmidt (m.schmidt@example.de) not listed in Domino Directory\n",
            Want::Failed(&["m.schmidt@example.de"]),
        ),
        case(
            "postmaster@gw.example.ee",
            false,
            "Message status - undeliverable",
            "The message that you sent was undeliverable to the following:\n\
             \tkadri.tamm (host: gw.example.ee) (queue: smtp) delivery failed\n\
             \n\
             Possibly truncated original message follows:\n\
             \n\
             From: registration@event.test\n\
             To: kadri.tamm@gw.example.ee\n",
            Want::Failed(&["kadri.tamm@gw.example.ee"]),
        ),
        case(
            "Mail Delivery System <MAILER-DAEMON@ms.example.net>",
            true,
            "Delivery Notification: Delivery has failed",
            "This report relates to a message you sent with the following header fields:\n\
             \n\
             \x20 Message-id: <abc@event.test>\n\
             \x20 Date: Mon, 01 Mar 2027 10:00:00 +0100\n\
             \x20 From: registration@event.test\n\
             \x20 To: aivar@example.ee\n\
             \x20 Subject: Registration\n\
             \n\
             Your message cannot be delivered to the following recipients:\n\
             \n\
             \x20 Recipient address: aivar@example.ee\n\
             \x20 Reason: SMTP transmission failure has occurred\n\
             \x20 Diagnostic code: smtp;550 Requested action not taken: mailbox unavailable\n",
            Want::Failed(&["aivar@example.ee"]),
        ),
        case(
            "postmaster@iis.example.com",
            false,
            "Delivery Status Notification (Failure)",
            "This is an automatically generated Delivery Status Notification.\n\
             \n\
             Unable to deliver message to the following recipients, due to being unable to connect successfully to the destination mail server.\n\
             \n\
             \x20      liisa@example.fi\n",
            Want::Failed(&["liisa@example.fi"]),
        ),
        case(
            "Mimecast <postmaster@mimecast.example>",
            true,
            "Delivery Failure Notification",
            "Your message couldn't be delivered\n\
             Our system has detected that the following recipient does not accept mail:\n\
             \n\
             \x20  lina@example.lt\n\
             \n\
             Rejection reason: Recipient address rejected by remote server: 550 No such user\n",
            Want::Failed(&["lina@example.lt"]),
        ),
        case(
            "Barracuda Spam Firewall <postmaster@barracuda.example.dk>",
            false,
            "Message delivery failure",
            "Your message could not be delivered to the following recipient:\n\
             \n\
             \x20   soren@example.dk\n\
             \n\
             Reason: the recipient's mailbox is unavailable (550 5.1.1 user unknown).\n\
             \n\
             This is an automatically generated message from the Barracuda Email Security Gateway.\n",
            Want::Failed(&["soren@example.dk"]),
        ),
    ]);
}
