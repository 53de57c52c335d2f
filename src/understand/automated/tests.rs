//! Rules of [`super::classify`], one message per rule.

use super::*;

fn cfg() -> UnderstandConfig {
    UnderstandConfig {
        own_addresses: vec!["registration@event.test".into()],
        own_message_id_domain: Some("regbot.event.test".into()),
        places: Vec::new(),
    }
}

pub(super) fn run(raw: &str) -> Verdict {
    let raw = raw.replace('\n', "\r\n");
    let mail = mailparse::parse_mail(raw.as_bytes()).expect("test mail parses");
    classify(&mail, &cfg())
}

/// A bounce with the given sender, subject and plain-text body.
pub(super) fn text_bounce(from: &str, subject: &str, body: &str) -> Verdict {
    run(&format!(
        "Return-Path: <>\nFrom: {from}\nTo: registration@event.test\nSubject: {subject}\n\
         Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    ))
}

/// A plain-text mail with the given sender, subject and body, and no envelope sender.
pub(super) fn text_mail(from: &str, subject: &str, body: &str) -> Verdict {
    run(&format!(
        "From: {from}\nTo: registration@event.test\nSubject: {subject}\n\
         Content-Type: text/plain; charset=utf-8\n\n{body}"
    ))
}

pub(super) fn bounce_of(v: &Verdict, addrs: &[&str]) {
    assert_eq!(v.kind, Some(Automated::Bounce), "{v:?}");
    assert_eq!(v.bounced_recipients, addrs, "{v:?}");
}

#[test]
fn dsn_report_failed_and_delayed_recipients() {
    let v = run("From: Mail Delivery System <MAILER-DAEMON@mx.example.lv>\n\
        To: registration@event.test\nSubject: Undelivered Mail Returned to Sender\n\
        MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n\
        --B\nContent-Type: text/plain\n\nSorry.\n\n\
        --B\nContent-Type: message/delivery-status\n\n\
        Reporting-MTA: dns; mx.example.lv\n\n\
        Final-Recipient: rfc822; <Anna.Berzina@Example.LV>.\nAction: failed\nStatus: 5.1.1\n\n\
        Final-Recipient: rfc822; registration@event.test\nAction: failed\nStatus: 5.1.1\n\n\
        Final-Recipient: rfc822; jonas@example.lt\nAction: delayed\nStatus: 4.4.7\n\n\
        --B--\n");
    bounce_of(&v, &["anna.berzina@example.lv"]);
    assert_eq!(v.delayed_recipients, ["jonas@example.lt"]);
}

#[test]
fn delay_only_notice_is_automated_without_failed_recipients() {
    let v = run(
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: registration@event.test\n\
        Subject: Delivery Status Notification (Delay)\n\
        Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n\
        --B\nContent-Type: message/delivery-status\n\n\
        Final-Recipient: rfc822; bob@example.se\nAction: delayed\nStatus: 4.4.1\n\n--B--\n",
    );
    bounce_of(&v, &[]);
    assert_eq!(v.delayed_recipients, ["bob@example.se"]);
}

#[test]
fn dsn_sent_as_plain_text() {
    let v = text_bounce(
        "MAILER-DAEMON@mx.example.fi",
        "Returned mail",
        "Reporting-MTA: dns; mx.example.fi\n\nFinal-Recipient: RFC822;aino@example.fi\nAction: failed\nStatus: 5.2.2\n",
    );
    bounce_of(&v, &["aino@example.fi"]);
}

#[test]
fn qmail_bounce() {
    let v = text_bounce(
        "MAILER-DAEMON@mx.example.ee",
        "failure notice",
        "Hi. This is the qmail-send program at mx.example.ee.\n\
         I'm afraid I wasn't able to deliver your message to the following addresses.\n\
         This is a permanent error; I've given up. Sorry it didn't work out.\n\n\
         <mari@example.ee>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n\
         --- Below this line is a copy of the message.\n\nTo: mari@example.ee\nFrom: registration@event.test\n",
    );
    bounce_of(&v, &["mari@example.ee"]);
}

#[test]
fn exim_bounce_with_indented_address() {
    let v = text_bounce(
        "Mail Delivery System <Mailer-Daemon@mx.example.de>",
        "Mail delivery failed: returning message to sender",
        "This message was created automatically by mail delivery software.\n\n\
         A message that you sent could not be delivered to one or more of its\n\
         recipients. This is a permanent error. The following address(es) failed:\n\n\
           thomas@example.de\n    SMTP error from remote mail server after RCPT TO:<thomas@example.de>:\n\
             550 5.1.1 User unknown\n\n\
         ------ This is a copy of the message, including all the headers. ------\n",
    );
    bounce_of(&v, &["thomas@example.de"]);
}

#[test]
fn postfix_bounce_without_report_part() {
    let v = text_bounce(
        "MAILER-DAEMON@mx.example.pl (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
        "This is the mail system at host mx.example.pl.\n\n\
         I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n\
         <kasia@example.pl>: host mx.example.pl said: 550 5.1.1 unknown user\n",
    );
    bounce_of(&v, &["kasia@example.pl"]);
}

#[test]
fn sendmail_bounce() {
    let v = text_bounce(
        "Mail Delivery Subsystem <MAILER-DAEMON@mx.example.dk>",
        "Returned mail: see transcript for details",
        "The original message was received at Mon, 2 May 2016 09:44:00\n\n\
            ----- The following addresses had permanent fatal errors -----\n<birgitte@example.dk>\n\
             (reason: 550 5.1.1 User unknown)\n\n   ----- Transcript of session follows -----\n\
         550 5.1.1 <birgitte@example.dk>... User unknown\n",
    );
    bounce_of(&v, &["birgitte@example.dk"]);
}

#[test]
fn exchange_and_office365_bounces() {
    let v = text_bounce(
        "Microsoft Outlook <postmaster@example.no>",
        "Undeliverable: Registration",
        "Delivery has failed to these recipients or groups:\n\nola@example.no\n\
         The e-mail address you entered couldn't be found.\n",
    );
    bounce_of(&v, &["ola@example.no"]);
    let v = text_bounce(
        "postmaster@example.onmicrosoft.com",
        "Undeliverable: Registration",
        "Your message to erik@example.se couldn't be delivered.\nerik wasn't found at example.se.\n",
    );
    bounce_of(&v, &["erik@example.se"]);
}

#[test]
fn gmail_bounce_with_x_failed_recipients() {
    let v = run(
        "Return-Path: <>\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n\
        To: registration@event.test\nX-Failed-Recipients: Liis@Example.EE\n\
        Subject: Delivery Status Notification (Failure)\n\n\
        Delivery to the following recipient failed permanently:\n\n     liis@example.ee\n",
    );
    bounce_of(&v, &["liis@example.ee"]);
}

#[test]
fn yahoo_bounce() {
    let v = text_bounce(
        "MAILER-DAEMON@yahoo.com",
        "Failure Notice",
        "Sorry, we were unable to deliver your message to the following address.\n\n\
         <jane@example.org>:\nRemote host said: 550 5.1.1 <jane@example.org>... User Unknown\n",
    );
    bounce_of(&v, &["jane@example.org"]);
}

#[test]
fn lotus_notes_and_courier_bounces() {
    let v = text_bounce(
        "Postmaster <postmaster@notes.example.lt>",
        "DELIVERY FAILURE: User jonas not listed in Domino Directory",
        "Your message\n\n  Subject: Registration\n\nwas not delivered to:\n\n  jonas@notes.example.lt\n\n\
         because:\n\n  User jonas (jonas@notes.example.lt) not listed in Domino Directory\n",
    );
    bounce_of(&v, &["jonas@notes.example.lt"]);
    let v = text_bounce(
        "Courier mail server at mx.example.ru <@>",
        "NOTICE: mail delivery status.",
        "This is a delivery status notification from mx.example.ru,\nrunning the Courier mail server.\n\n\
         The original message was received on Mon, 2 May 2016\n\n\
         <ivan@example.ru>: 550 User unknown\n",
    );
    bounce_of(&v, &["ivan@example.ru"]);
}

#[test]
fn localised_bounce_subjects_with_null_sender() {
    for subject in [
        "Unzustellbar: Anmeldung",
        "Olevererbart: Anmälan",
        "Недоставленное сообщение",
    ] {
        let v = text_bounce(
            "Systemverwalter <admin@mx.example.de>",
            subject,
            "Ihre Nachricht konnte nicht zugestellt werden an: klaus@example.de\n",
        );
        bounce_of(&v, &["klaus@example.de"]);
    }
}

#[test]
fn amazon_ses_notification() {
    let v = run(
        "From: SES <no-reply@sns.amazonaws.com>\nTo: registration@event.test\n\
        Subject: AWS Notification Message\n\n\
        {\"notificationType\":\"Bounce\",\"bounce\":{\"bouncedRecipients\":[{\"emailAddress\":\"gone@example.fi\"}]},\
        \"mail\":{\"source\":\"registration@event.test\"}}\n",
    );
    bounce_of(&v, &["gone@example.fi"]);
}

#[test]
fn participant_mentioning_returned_mail_is_not_a_bounce() {
    let v = run(
        "From: Anna <anna@cluster.lv>\nTo: registration@event.test\nSubject: Returned mail\n\n\
        Hello, my previous mail was returned: it could not be delivered, undeliverable they said.\n\
        I want to register. Anna\n",
    );
    assert_eq!(v.kind, None);
}

#[test]
fn participant_forwarding_a_bounce_is_not_a_bounce() {
    let v = run(
        "From: Anna <anna@cluster.lv>\nTo: registration@event.test\n\
        Subject: Fwd: Undeliverable: Registration\n\n\
        My colleague's address bounced, see below.\n\n\
        ---------- Forwarded message ---------\nFrom: postmaster@example.lv\n\
        Delivery has failed to these recipients or groups:\njanis@example.lv\n",
    );
    assert_eq!(v.kind, None);
}

/// A feedback report is automated, but the complaining mailbox works: it is named as the
/// complainant, never as a failed address (it used to be a failed address, which counted
/// complaints as bounces and hid them from the organisers as such).
#[test]
fn feedback_report_names_the_complainant_and_no_failed_address() {
    let v = run(
        "From: feedback@fbl.example.com\nTo: registration@event.test\nSubject: Abuse report\n\
        Content-Type: multipart/report; report-type=feedback-report; boundary=\"B\"\n\n\
        --B\nContent-Type: text/plain\n\nThis is an abuse report.\n\n\
        --B\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nOriginal-Rcpt-To: <Ugne@Example.LT>\n\n\
        --B--\n",
    );
    bounce_of(&v, &[]);
    assert_eq!(v.complained_recipients, ["ugne@example.lt"]);
}

/// A report from a postmaster that returns the original is still a report, not a bounce of
/// the original's addressee.
#[test]
fn feedback_report_from_a_postmaster_with_the_original_is_no_bounce() {
    let v = run(
        "From: postmaster@mail.example.pl\nTo: registration@event.test\nSubject: FW: Registration\n\
        Content-Type: multipart/report; report-type=feedback-report; boundary=\"B\"\n\n\
        --B\nContent-Type: text/plain\n\nThis message was reported as spam by a user.\n\n\
        --B\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: fbl/1.0\nVersion: 1\n\n\
        --B\nContent-Type: message/rfc822\n\nFrom: registration@event.test\nTo: piotr@example.pl\n\
        Message-ID: <ack-9@event.test>\nSubject: Registration\n\nThank you.\n\
        --B--\n",
    );
    bounce_of(&v, &[]);
    assert_eq!(v.complained_recipients, ["piotr@example.pl"]);
    assert_eq!(v.returned_message_ids, ["ack-9@event.test"]);
}

#[test]
fn read_receipt_is_an_auto_reply() {
    let v = run(
        "From: Anna <anna@cluster.lv>\nTo: registration@event.test\nSubject: Read: Registration\n\
        Content-Type: multipart/report; report-type=disposition-notification; boundary=\"B\"\n\n\
        --B\nContent-Type: text/plain\n\nYour message was read.\n\n\
        --B\nContent-Type: message/disposition-notification\n\nDisposition: manual-action/MDN-sent-manually; displayed\n\n--B--\n",
    );
    assert_eq!(v.kind, Some(Automated::AutoReply));
}

#[test]
fn auto_replies_from_headers_and_subjects() {
    let base = "From: Aino <aino@example.fi>\nTo: registration@event.test\n";
    for extra in [
        "Auto-Submitted: auto-replied\nSubject: Re: Registration\n",
        "X-Autoreply: yes\nSubject: Registration\n",
        "Precedence: auto_reply\nSubject: Registration\n",
        "X-MS-Exchange-Inbox-Rules-Loop: aino@example.fi\nSubject: Registration\n",
        "Subject: Automaattinen vastaus: Ilmoittautuminen\n",
        "Subject: Abwesenheitsnotiz: Anmeldung\n",
        "X-Auto-Response-Suppress: All\nSubject: Automatic reply: Registration\n",
    ] {
        let v = run(&format!("{base}{extra}\nI am away.\n"));
        assert_eq!(v.kind, Some(Automated::AutoReply), "{extra}");
    }
    let v = run(&format!(
        "{base}X-Auto-Response-Suppress: All\nSubject: Registration\n\nI register.\n"
    ));
    assert_eq!(
        v.kind, None,
        "Outlook sets X-Auto-Response-Suppress on ordinary mail"
    );
    let v = run(&format!(
        "{base}Auto-Submitted: no\nSubject: Registration\n\nI register.\n"
    ));
    assert_eq!(v.kind, None);
}

#[test]
fn list_and_bulk_mail() {
    let base = "From: News <news@example.com>\nTo: registration@event.test\nSubject: Newsletter\n";
    for extra in [
        "List-Id: <news.example.com>\n",
        "Precedence: bulk\n",
        "List-Unsubscribe: <mailto:u@example.com>\n",
    ] {
        let v = run(&format!("{base}{extra}\nNews.\n"));
        assert_eq!(v.kind, Some(Automated::Bulk), "{extra}");
    }
}

#[test]
fn regbots_own_mail_coming_back() {
    let v = run(
        "From: Registration <Registration@Event.test>\nTo: anna@cluster.lv\nSubject: Thank you\n\nThanks.\n",
    );
    assert_eq!(v.kind, Some(Automated::AutoReply));
    let v = run(
        "From: Someone <x@example.com>\nMessage-ID: <123.abc@regbot.event.test>\nSubject: Thank you\n\nThanks.\n",
    );
    assert_eq!(v.kind, Some(Automated::AutoReply));
    let v = run(
        "From: Anna <anna@cluster.lv>\nMessage-ID: <1@cluster.lv>\nIn-Reply-To: <123.abc@regbot.event.test>\nSubject: Re: Thank you\n\nSee you.\n",
    );
    assert_eq!(v.kind, None);
    let v = run(
        "From: Colleague <c@event.test>\nMessage-ID: <9@regbot.event.test>\nIn-Reply-To: <1@cluster.lv>\nSubject: Re: Question\n\nSee you.\n",
    );
    assert_eq!(v.kind, None, "a reply in a thread is a person's mail");
}

#[test]
fn never_the_bouncing_server_or_regbot_as_failed_recipient() {
    let v = text_bounce(
        "MAILER-DAEMON@mx.example.lv",
        "Undelivered Mail Returned to Sender",
        "I'm sorry to have to inform you that your message could not be delivered.\n\n\
         <anna@example.lv>: mailbox full\nReport to MAILER-DAEMON@mx.example.lv; sent by registration@event.test\n",
    );
    bounce_of(&v, &["anna@example.lv"]);
}

#[test]
fn huge_bounce_is_scanned_only_in_part() {
    let filler = "x".repeat(200_000);
    let v = text_bounce(
        "MAILER-DAEMON@mx.example.lv",
        "Undelivered Mail Returned to Sender",
        &format!("{filler}\n<late@example.lv>: mailbox full\n"),
    );
    assert_eq!(v.kind, Some(Automated::Bounce));
    assert!(
        v.bounced_recipients.is_empty(),
        "text past the scan limit is not read"
    );
}

#[test]
fn localised_exchange_bounce() {
    let v = text_bounce(
        "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.de>",
        "Unzustellbar: Anmeldung",
        "Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:\n\nklaus.meier@example.de\n\
         Die eingegebene E-Mail-Adresse wurde nicht gefunden.\n",
    );
    bounce_of(&v, &["klaus.meier@example.de"]);
    let v = text_bounce(
        "postmaster@example.lv",
        "Nepiegādājams: Reģistrācija",
        "Piegāde šiem adresātiem vai grupām neizdevās:\n\njanis@example.lv\n",
    );
    bounce_of(&v, &["janis@example.lv"]);
}

#[test]
fn out_of_office_saying_not_delivered_is_an_auto_reply_without_recipients() {
    let v = run(
        "Return-Path: <>\nFrom: Aino <aino@example.fi>\nTo: registration@event.test\n\
        Auto-Submitted: auto-replied\nSubject: Poissa: Ilmoittautuminen\n\n\
        I am away until 16 May; your message could not be delivered to me personally.\n\
        Please contact maria@example.fi.\n",
    );
    assert_eq!(v.kind, Some(Automated::AutoReply));
    assert!(v.bounced_recipients.is_empty());
}

#[test]
fn huge_part_is_not_decoded_whole() {
    let filler = "QUJD\n".repeat(500_000);
    let raw = format!(
        "From: MAILER-DAEMON@mx.example.lv\nTo: registration@event.test\nSubject: Undelivered Mail Returned to Sender\n\
         Content-Type: multipart/mixed; boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\n\
         <anna@example.lv>: mailbox full\n\n--B\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n{filler}\n--B--\n"
    );
    let v = run(&raw);
    bounce_of(&v, &["anna@example.lv"]);
}

#[test]
fn a_lists_own_address_is_never_the_failed_one() {
    // AOL names the screen name only, and quotes the list the mail came through.
    let v = run(
        "From: \"Mail Delivery Subsystem\" <MAILER-DAEMON@AOL.com>\n\
        To: <members-bounces@lists.example.org>\nSubject: Mail Delivery Problem\n\
        Content-Type: text/plain\n\n\
        Your mail to the following recipients could not be delivered because they are not \
        accepting mail from members@lists.example.org:\n\tscreenname\n",
    );
    bounce_of(&v, &["screenname@aol.com"]);
    // A gateway that names nobody: the quoted original is addressed to the list, its last
    // hop's Received line names the person.
    let v = run(
        "From: ndr@example.net\nTo: members-bounces@lists.example.org\n\
        Subject: Mail delivery failed: returning message to sender\n\
        Content-Type: multipart/mixed; boundary=\"B\"\n\n\
        --B\nContent-Type: text/plain\n\n\
        This message was created automatically by mail delivery software.\n\
        A message that you sent could not be delivered to one or more of its recipients.\n\n\
        --B\nContent-Type: message/rfc822\n\n\
        Received: from smtp.example.net\n\tby mx.example.net with ESMTP\n\tfor <anna@example.net>; Mon, 30 Dec 2019\n\
        Received: from lists.example.org\n by relay for <members@lists.example.org>; Mon, 30 Dec 2019\n\
        To: Members <members@lists.example.org>\nFrom: owner@example.org\n\
        List-Post: <mailto:members@lists.example.org>\nSubject: News\n\nHello\n--B--\n",
    );
    bounce_of(&v, &["anna@example.net"]);
}

#[test]
fn a_report_forwarded_as_an_attachment_is_read() {
    let v = run(
        "From: postmaster@example.com\nTo: registration@event.test\n\
        Subject: Delivery Status Notification (Failure)\nMIME-Version: 1.0\n\
        Content-Type: multipart/mixed; boundary=\"OUT\"\n\n\
        --OUT\nContent-Type: message/rfc822\n\n\
        From: postmaster@example.com\nSubject: Delivery Status Notification (Failure)\n\
        MIME-Version: 1.0\n\
        Content-Type: multipart/report; report-type=delivery-status; boundary=\"IN\"\n\n\
        --IN\nContent-Type: text/plain\n\nDelivery to the following recipients failed.\n\n   userx@example.com\n\n\
        --IN\nContent-Type: message/delivery-status\n\n\
        Reporting-MTA: dns;mx.example.com\n\n\
        Final-Recipient: rfc822;userx@example.com\nAction: failed\nStatus: 5.1.1\n\n\
        --IN--\n\n--OUT--\n",
    );
    bounce_of(&v, &["userx@example.com"]);
}

#[test]
fn plain_text_gateways_and_warnings_are_read() {
    // A gateway answering with its verdict after the original subject, from a person-like
    // sender.
    let v = run(
        "From: gateway-notices@example.fr\nTo: registration@event.test\n\
        Subject: RE: Registration : non remis (delivery failed)\nContent-Type: text/plain\n\n\
        Votre message n'a pas pu etre delivre a\nuserx@example.com\n\
        Your message could not be delivered to\nuserx@example.com\n",
    );
    bounce_of(&v, &["userx@example.com"]);
    // MDaemon: a "Warning:" subject that reports an unknown user is a failure.
    let v = text_bounce(
        "MDaemon@webmail.example.py",
        "Warning: userx@example.net.py - User unknown!",
        "userx@example.net.py - no such user here.\nThere is no user by that name at this server.",
    );
    bounce_of(&v, &["userx@example.net.py"]);
    // An advisory about a full mailbox is a delay: automated, nothing marked failed.
    let v = text_bounce(
        "Postmaster <postmaster@example.com>",
        "Mail Delivery Warning",
        "This is an advisory-only email.\nDelivery of email to this address\n\"calvin@example.com\"\n\
         has been postponed due to a full mailbox.\nWe will continue to try to deliver your message over the next few days.",
    );
    bounce_of(&v, &[]);
    // A site that names its user without a domain, then gives advice with example addresses.
    let v = text_bounce(
        "MAILER-DAEMON@mr2.its.example.edu",
        "Returned mail - nameserver error report",
        " --------Message not delivered to the following:\n\n userx    No matches to nameserver query\n\n\
         If mike.fox@example.edu fails, try michael.j.fox@example.edu.",
    );
    bounce_of(&v, &["userx@example.edu"]);
}

#[test]
fn a_chinese_servers_bounce_is_read() {
    let v = text_bounce(
        "MAILER-DAEMON@sina.com",
        "系统退信",
        "抱歉，您的邮件被退回来了。\n原邮件信息：\n收件人：userx@sina.com\n退信原因：收件人地址不存在",
    );
    bounce_of(&v, &["userx@sina.com"]);
}

#[test]
fn directory_advice_in_a_plain_bounce_is_no_failed_address() {
    // A site's directory service suggests other addresses; the quoted original's last hop names
    // the one regbot wrote to.
    let v = text_bounce(
        "Postmaster <postmaster@uni.example.ee>",
        "FAILED MAIL to \"kask\"",
        "Addresses here are written first.last@uni.example.ee. The address your message was\n\
         sent to, mart.kask@example.ee, matched no person exactly.\n\n\
         Perhaps you meant:\n  Mart Kask   +372 5xx xxxx   mart.kask@uni.example.ee\n\n\
         Original message as received is as follows:\n\
         >Return-Path: <registration@event.test>\n\
         >Received: from mx.event.test by mail.uni.example.ee for <mart.kask@example.ee>; Mon, 1 Jun 2026\n\
         >Message-Id: <a1@regbot.event.test>\n>To: mart.kask@example.ee\n",
    );
    bounce_of(&v, &["mart.kask@example.ee"]);
}

#[test]
fn a_plain_bounce_without_an_envelope_keeps_every_address_it_names() {
    // Nothing confirms one address over another: all are reported, none dropped.
    let v = text_bounce(
        "MAILER-DAEMON@mx.example.pl",
        "Returned mail",
        "We could not deliver your message to jan@example.pl or ewa@example.pl.\n",
    );
    assert_eq!(v.kind, Some(Automated::Bounce));
    assert_eq!(v.bounced_recipients, ["jan@example.pl", "ewa@example.pl"]);
}

#[test]
fn a_global_report_names_an_address_with_non_ascii_letters() {
    // RFC 6533: an SMTPUTF8 report part is UTF-8 without saying so; a Latin-1 reading would
    // name "jÃ¼rgen@…", a mailbox that does not exist.
    let v = run("From: Mail Delivery System <MAILER-DAEMON@mx.example.lv>\n\
        To: registration@event.test\nSubject: Undelivered Mail Returned to Sender\n\
        MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n\
        --B\nContent-Type: text/plain\n\nSorry.\n\n\
        --B\nContent-Type: message/global-delivery-status\nContent-Transfer-Encoding: 8bit\n\n\
        Reporting-MTA: dns; mx.example.lv\n\n\
        Final-Recipient: utf-8; jürgen.müller@example.de\nAction: failed\nStatus: 5.1.1\n\n\
        --B--\n");
    bounce_of(&v, &["jürgen.müller@example.de"]);
}
