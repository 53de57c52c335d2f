//! Invented delay warnings of each mail-system family, list servers refusing or holding a
//! post (automated, never a failed address: regbot's mail did reach the list), responders
//! without their headers (a mailbox that forwards nothing, a help desk's ticket receipt), and
//! people telling of a bounce in a bounce's words. Written for this file, not copied from any
//! corpus.

use super::legacy_tests::{Want, case, check};

#[test]
fn each_familys_delay_warning_names_the_address_still_tried_and_none_failed() {
    check(&[
        case(
            "MDaemon@mail.example.lt",
            false,
            "Warning: Temporary Delivery Failure Notice",
            "The attached message has encountered temporary delivery problems.\n\
             This message is for your information only - YOU DO NOT NEED TO RESEND.\n\
             \n\
             The message will be retried for 2 more days.\n\
             \n\
             --- Session Transcript ---\n\
             \x20RCPT TO:<ona@example.lt>\n\
             \x20452 4.2.2 Mailbox full\n\
             --- End Transcript ---\n",
            Want::Delayed("ona@example.lt"),
        ),
        case(
            "MAILER-DAEMON@poczta.example.pl",
            true,
            "Opóźnione dostarczenie wiadomości",
            "To jest system pocztowy na serwerze poczta.example.pl.\n\
             \n\
             ####################################################################\n\
             # TO JEST TYLKO OSTRZEŻENIE.  NIE MUSISZ PONOWNIE WYSYŁAĆ WIADOMOŚCI. #\n\
             ####################################################################\n\
             \n\
             Twoja wiadomość nie mogła jeszcze zostać dostarczona do jednego lub więcej\n\
             odbiorców. Serwer będzie próbował dalej przez 5 dni.\n\
             \n\
             <ewa@example.pl>: connect to mx.example.pl[192.0.2.6]:25: Connection timed out\n",
            Want::Delayed("ewa@example.pl"),
        ),
        case(
            "postmaster@iis.example.com",
            false,
            "Delivery Status Notification (Delay)",
            "This is an automatically generated Delivery Status Notification.\n\
             \n\
             THIS IS A WARNING MESSAGE ONLY.\n\
             \n\
             YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\
             \n\
             Delivery to the following recipients has been delayed.\n\
             \n\
             \x20      liisa@example.fi\n",
            Want::Delayed("liisa@example.fi"),
        ),
        case(
            "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>",
            false,
            "Delivery delayed:Registration",
            "Delivery is delayed to these recipients or groups:\n\
             \n\
             anna@example.com (anna@example.com)\n\
             \n\
             Subject: Registration\n\
             \n\
             This message hasn't been delivered yet. Delivery will continue to be attempted.\n\
             \n\
             The server will keep trying to deliver this message for the next 1 days, 19 hours and 53 minutes. You'll be notified if the message can't be delivered by that time.\n",
            Want::Delayed("anna@example.com"),
        ),
        case(
            "Mail Delivery System <Mailer-Daemon@mx.example.ru>",
            true,
            "Warning: message 1xYz delayed 24 hours",
            "Это сообщение создано автоматически программой доставки почты.\n\
             Сообщение, которое вы отправили, еще не доставлено одному или нескольким\n\
             получателям после более чем 24 часов в очереди на mx.example.ru.\n\
             \n\
             Адрес, по которому сообщение еще не доставлено:\n\
             \n\
             \x20 oleg@example.ru\n\
             \x20   Delay reason: SMTP error from remote mail server after RCPT TO:<oleg@example.ru>:\n\
             \x20   451 4.7.1 Greylisted, please try again later\n",
            Want::Delayed("oleg@example.ru"),
        ),
    ]);
}

#[test]
fn a_list_servers_refusal_or_hold_of_a_post_is_an_auto_reply() {
    check(&[
        case(
            "cluster-news-bounces@lists.example.org",
            false,
            "Your message to Cluster-news awaits moderator approval",
            "Your mail to 'Cluster-news' with the subject\n\
             \n\
             \x20   Invitation: Cluster workshop\n\
             \n\
             Is being held until the list moderator can review it for approval.\n\
             \n\
             The reason it is being held:\n\
             \n\
             \x20   Post by non-member to a members-only list\n\
             \n\
             Either the message will get posted to the list, or you will receive\n\
             notification of the moderator's decision.  If you would like to cancel\n\
             this posting, please visit the following URL:\n\
             \n\
             \x20   https://lists.example.org/mailman/confirm/cluster-news/abc123\n",
            Want::Auto,
        ),
        case(
            "cluster-news-owner@lists.example.org",
            false,
            "Your message to cluster-news@lists.example.org awaits moderator approval",
            "Your message to the cluster-news mailing-list was held for moderator\n\
             approval.  The reason for the hold is:\n\
             \n\
             \x20   The message is not from a list member\n\
             \n\
             Either the message will get posted to the mailing list, or you will\n\
             receive notification of the moderator's decision.\n",
            Want::Auto,
        ),
        case(
            "L-Soft list server at LISTS.EXAMPLE.EDU (16.0) <LISTSERV@LISTS.EXAMPLE.EDU>",
            false,
            "Message (\"Invitation: Cluster workshop\") rejected",
            "You are not authorized to send mail to the CLUSTERS list from your\n\
             registration@event.test account. You might be authorized to send to the list\n\
             from another of your accounts, or perhaps when using another mail program\n\
             which generates slightly different addresses, but LISTSERV has no way to\n\
             associate this other account or address with yours. If you need assistance\n\
             or if you have any question regarding the policy of the CLUSTERS list,\n\
             please contact the list owners: CLUSTERS-request@LISTS.EXAMPLE.EDU.\n",
            Want::Auto,
        ),
        case(
            "sympa@lists.example.fr",
            false,
            "Message distribution: Forbidden",
            "Your message for list clusters@lists.example.fr has been rejected.\n\
             \n\
             The message sent to clusters@lists.example.fr was not distributed because\n\
             you are not allowed to send messages to this list. Only subscribers may post.\n",
            Want::Auto,
        ),
        case(
            "clusters-request@lists.example.fr",
            false,
            "Your message for list clusters has been forwarded to editor(s)",
            "Your message for list clusters@lists.example.fr has been forwarded to the list editor(s) for moderation.\n",
            Want::Auto,
        ),
        case(
            "Google Groups <noreply@googlegroups.com>",
            false,
            "You do not have permission to post to the Clusters group",
            "You do not have permission to post to the Clusters group.\n\
             Please contact the group owner for more information.\n",
            Want::Auto,
        ),
        case(
            "Lyris ListManager <lyris@lists.example.com>",
            false,
            "Could not deliver message",
            "The message you sent to clusters could not be delivered because you are not a member of that list.\n",
            Want::Auto,
        ),
    ]);
}

#[test]
fn people_telling_of_a_bounce_or_a_full_mailbox_stay_people() {
    check(&[
        case(
            "Jonas Berg <jonas@example.se>",
            false,
            "Re: Registration",
            "Hi, my colleague says your mail could not be delivered to her address, it bounced with \"user unknown\". Could you please use lina.berg@example.se instead?\n\
             \n\
             Best regards\n\
             Jonas\n",
            Want::Person,
        ),
        case(
            "Eva Nord <eva@example.se>",
            false,
            "Mailbox full",
            "Hi, my mailbox was full last week so your mail may have bounced. Could you send the confirmation again?\n\
             \n\
             Eva\n",
            Want::Person,
        ),
    ]);
}

#[test]
fn a_responder_without_its_headers_that_forwards_nothing_or_gives_a_ticket_is_an_auto_reply() {
    check(&[
        case(
            "Kurt Lange <kurt@example.de>",
            false,
            "Re: Anmeldung",
            "Vielen Dank für Ihre Nachricht. Herr Lange ist nicht mehr für unser Unternehmen \
             tätig. Ihre E-Mail wird nicht weitergeleitet. Bitte wenden Sie sich an \
             info@example.de.\n",
            Want::Auto,
        ),
        case(
            "Ona <ona@example.lt>",
            false,
            "Re: Registracija",
            "Ačiū už laišką. Esu vaiko priežiūros atostogose, jūsų laiškas nebus persiųstas. \
             Kreipkitės info@example.lt.\n",
            Want::Auto,
        ),
        case(
            "Support <support@kluster.example.dk>",
            false,
            "Re: Registration [#48213]",
            "Thank you for contacting us. We have received your request and a member of our \
             team will get back to you within two working days.\n\n\
             Your ticket number is #48213. Please keep it in the subject of any further mail.\n",
            Want::Auto,
        ),
        case(
            "Kundservice <kundservice@example.se>",
            false,
            "Re: Anmälan [Ärende 2027-0412]",
            "Tack för ditt meddelande! Ditt ärendenummer är 2027-0412. Vi återkommer så snart \
             vi kan.\n",
            Want::Auto,
        ),
        case(
            "Служба поддержки <support@example.ru>",
            false,
            "Re: Регистрация",
            "Здравствуйте! Вашему обращению присвоен номер 48213. Мы ответим в течение двух \
             рабочих дней.\n",
            Want::Auto,
        ),
        // A person telling of their own ticket, or that they forward nothing.
        case(
            "Mari <mari@example.fi>",
            false,
            "Registration",
            "Hello, our IT desk has my request; my ticket number is 4821. Meanwhile please \
             register me for the workshop. Mari Laine, Example Oy\n",
            Want::Person,
        ),
    ]);
}

#[test]
fn a_receipt_that_calls_itself_an_automatically_generated_message_is_an_auto_reply() {
    check(&[
        case(
            "Kundenservice <service@firma.de>",
            false,
            "Ihre Anfrage ist bei uns eingegangen [#7788]",
            "Dies ist eine automatisch erzeugte Nachricht. Vielen Dank für Ihre Anfrage, wir \
             melden uns so schnell wie möglich. Bitte antworten Sie nicht auf diese E-Mail.\n",
            Want::Auto,
        ),
        case(
            "Office <office@cluster.example.com>",
            false,
            "We have received your message",
            "This is an automatically generated message. Thank you for writing to us; we will \
             answer your registration request within two working days.\n",
            Want::Auto,
        ),
    ]);
}
