//! Mail a website's form sends on a person's behalf.
//!
//! An event page's registration form (WordPress, a form service, a CMS) mails what was filled in
//! from the site's own mailbox (`wordpress@`, `noreply@`, `forms@` …) and puts the person who
//! filled it in into Reply-To. That person is the sender: their acknowledgement goes to them, not
//! to the site, and their registration is not "someone registering a colleague". Some form
//! plugins also mark their mail `Auto-Submitted: auto-generated`; when the form's own lines
//! name the person's address, it is still the person's registration and must not vanish as an
//! auto-reply.

use mailparse::{MailAddr, MailHeader, MailHeaderMap};

use super::{Mailbox, sender};

/// The person behind a form relay: Reply-To's one mailbox, when From is a website's or a
/// no-reply mailbox and Reply-To names someone else who is neither.
pub(super) fn person_behind(headers: &[MailHeader<'_>], from: Option<&Mailbox>) -> Option<Mailbox> {
    let from = from?;
    if !site_mailbox(&from.email) {
        return None;
    }
    let header = headers.get_first_header("Reply-To")?;
    let list = mailparse::addrparse_header(header).ok()?;
    if list.len() != 1 || !matches!(list.first(), Some(MailAddr::Single(_))) {
        return None;
    }
    let person = sender::mailbox(header)?;
    let other = !person.email.eq_ignore_ascii_case(&from.email);
    (other && person.email.contains('@') && !site_mailbox(&person.email)).then_some(person)
}

/// True when a line of the form's text carries `email` as its value ("E-mail: anna@x.test",
/// "E-pasts: <anna@x.test>"): the mail holds what the person typed, not a responder's words.
pub(super) fn form_names(text: &str, email: &str) -> bool {
    text.lines().any(|line| {
        let Some((label, value)) = line.split_once(':') else {
            return false;
        };
        let value = value
            .trim()
            .trim_start_matches("mailto:")
            .trim_matches(['<', '>', '"', ' ']);
        let label_words = label.split_whitespace().count();
        (1..=3).contains(&label_words) && !label.contains('@') && value.eq_ignore_ascii_case(email)
    })
}

/// A website's or a form service's own mailbox, which sends for others and reads no replies
/// (also any `noreply@`, `forms-receipts-noreply@`, `do-not-reply@`).
fn site_mailbox(addr: &str) -> bool {
    let local: String = addr
        .split('@')
        .next()
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    ["noreply", "donotreply", "dontreply"]
        .iter()
        .any(|n| local.contains(n))
        || matches!(
            local.as_str(),
            "wordpress"
                | "wp"
                | "www"
                | "wwwdata"
                | "apache"
                | "nginx"
                | "httpd"
                | "web"
                | "website"
                | "webform"
                | "webforms"
                | "form"
                | "forms"
                | "formmail"
                | "formular"
                | "kontaktformular"
                | "contactform"
                | "drupal"
                | "joomla"
        )
}

#[cfg(test)]
mod tests {
    use super::super::tests::cfg;
    use super::super::{Intent, understand};

    fn form(extra_headers: &str, from: &str) -> String {
        format!(
            "From: {from}\r\n{extra_headers}To: registration@event.test\r\n\
             Subject: New submission: Workshop registration\r\n\
             Content-Type: text/plain; charset=utf-8\r\n\r\n\
             Name: Marta Kowalska\r\nE-mail: marta.kowalska@klaster.example.pl\r\n\
             Organisation: Klaster Morski\r\nMessage: I would like to take part.\r\n\r\n\
             --\r\nSent from the registration form of the workshop's website\r\n"
        )
    }

    /// The form's mail comes from the site; the person is in Reply-To and gets the answer.
    #[test]
    fn a_form_relay_is_the_person_in_reply_to() {
        for site in [
            "\"Workshop site\" <wordpress@site.example>",
            "Forms <no-reply@forms.example>",
            "forms-receipts-noreply@forms.example",
        ] {
            let raw = form(
                "Reply-To: Marta Kowalska <marta.kowalska@klaster.example.pl>\r\n",
                site,
            );
            let u = understand(raw.as_bytes(), &cfg());
            let from = u.from.as_ref().map(|f| f.email.as_str());
            assert_eq!(from, Some("marta.kowalska@klaster.example.pl"), "{site}");
            assert!(u.intents.contains(&Intent::Registration), "{site}: {u:?}");
            assert_eq!(u.automated, None);
        }
    }

    /// A form plugin that marks its mail Auto-Submitted: the form's lines name the person, so
    /// the registration is kept; without Reply-To or the address among the lines, it stays an
    /// automatic mail.
    #[test]
    fn an_auto_submitted_form_relay_stays_a_registration() {
        let marked = "Auto-Submitted: auto-generated\r\n\
            Reply-To: <marta.kowalska@klaster.example.pl>\r\n";
        let u = understand(form(marked, "wordpress@site.example").as_bytes(), &cfg());
        assert_eq!(u.automated, None, "{u:?}");
        assert!(u.intents.contains(&Intent::Registration), "{u:?}");

        let other = "Auto-Submitted: auto-generated\r\nReply-To: <office@klaster.example.pl>\r\n";
        let u = understand(form(other, "wordpress@site.example").as_bytes(), &cfg());
        assert!(u.automated.is_some(), "{u:?}");
    }

    /// A person's own mail with a Reply-To (an office, an assistant) keeps the person as the
    /// sender, and a Reply-To naming two addresses is no relay.
    #[test]
    fn a_person_with_a_reply_to_stays_the_sender() {
        let raw = form(
            "Reply-To: Office <office@klaster.example.pl>\r\n",
            "Marta Kowalska <marta@klaster.example.pl>",
        );
        let u = understand(raw.as_bytes(), &cfg());
        let from = u.from.as_ref().map(|f| f.email.as_str());
        assert_eq!(from, Some("marta@klaster.example.pl"));

        let two = "Reply-To: a@klaster.example.pl, b@klaster.example.pl\r\n";
        let u = understand(form(two, "wordpress@site.example").as_bytes(), &cfg());
        let from = u.from.as_ref().map(|f| f.email.as_str());
        assert_eq!(from, Some("wordpress@site.example"));
    }

    #[test]
    fn a_form_line_names_the_address() {
        assert!(super::form_names("E-pasts: <anna@x.test>\n", "anna@x.test"));
        assert!(super::form_names("Your email: ANNA@x.test", "anna@x.test"));
        assert!(!super::form_names(
            "I am away; write to anna@x.test meanwhile.",
            "anna@x.test"
        ));
    }
}
