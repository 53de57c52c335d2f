//! Reports on a domain's mail as a whole, not on one message: DMARC aggregate reports
//! (RFC 7489) and SMTP TLS reports (RFC 8460). Mail providers send them daily to any address a
//! domain names for them, and to others by mistake; they are machine mail, never answered, and
//! no address in them failed. They rarely look like a bounce: an empty or one-line text part
//! and a zipped XML or JSON file, so they are told by their fixed subject, their report type
//! and headers, or their attachment's name.

use mailparse::ParsedMail;

use super::bounce::is_reply_or_forward;
use crate::understand::lexicon::bounces;

/// How many MIME parts are looked at for the report's file.
const MAX_PARTS: usize = 16;

/// True for a DMARC aggregate or SMTP TLS report. `report_type` is the lowercase report type
/// of a `multipart/report`.
pub(super) fn is_domain_report(
    mail: &ParsedMail<'_>,
    report_type: Option<&str>,
    subject: &str,
) -> bool {
    // A person forwarding a report ("Fwd: Report Domain: …", the file attached) writes a
    // subject of their own.
    let forwarded = is_reply_or_forward(&subject.trim().to_lowercase());
    report_type.is_some_and(|t| bounces::DOMAIN_REPORT_TYPES.contains(&t))
        || mail.headers.iter().any(|h| {
            let key = h.get_key_ref().to_ascii_lowercase();
            bounces::DOMAIN_REPORT_HEADERS.contains(&key.as_str())
        })
        || (!forwarded
            && (report_subject(subject) || mail.parts().take(MAX_PARTS).any(report_file)))
}

/// "Report Domain: example.org Submitter: mail.example.com Report-ID: …", also behind a
/// gateway's "[Preview]" or "[EXTERNAL]" tag; never a person's "Fwd:" of one.
fn report_subject(subject: &str) -> bool {
    let s = subject.trim().to_lowercase();
    let mut rest = s.as_str();
    while let Some(tagged) = rest.strip_prefix('[') {
        let Some((_, after)) = tagged.split_once(']') else {
            break;
        };
        rest = after.trim_start();
    }
    let (opening, mark) = bounces::DOMAIN_REPORT_SUBJECT;
    rest.starts_with(opening) && rest.contains(mark)
}

/// A part of a report's media type, or a file named the way RFC 7489 and RFC 8460 name the
/// report: "<reporter>!<domain>!<begin>!<end>[!<id>].xml.gz" with the period in Unix seconds.
fn report_file(part: &ParsedMail<'_>) -> bool {
    let mime = part.ctype.mimetype.to_ascii_lowercase();
    if bounces::DOMAIN_REPORT_MEDIA.contains(&mime.as_str()) {
        return true;
    }
    let disposition = part.get_content_disposition();
    let name = part
        .ctype
        .params
        .get("name")
        .or_else(|| disposition.params.get("filename"));
    name.is_some_and(|n| report_file_name(&n.to_ascii_lowercase()))
}

/// "google.com!example.org!1549929600!1550015999.zip": a reporter, a domain, two times of ten
/// digits, and a report file's extension.
fn report_file_name(name: &str) -> bool {
    let fields: Vec<&str> = name.trim().trim_matches('"').split('!').collect();
    let time = |f: &&str| f.len() >= 9 && f.bytes().all(|b| b.is_ascii_digit());
    fields.len() >= 4
        && fields[0].contains('.')
        && fields[1].contains('.')
        && time(&fields[2])
        && fields[3].split('.').next().is_some_and(|t| time(&t))
        && bounces::DOMAIN_REPORT_FILES
            .iter()
            .any(|e| name.contains(e))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, text_mail};
    use crate::understand::Automated;

    /// A provider's daily DMARC aggregate report: an empty text part and a zipped XML file.
    #[test]
    fn dmarc_aggregate_report_is_machine_mail_naming_nobody() {
        let v = run(
            "From: dmarc-reports@mx.example.net\nTo: registration@event.test\n\
            Subject: Report Domain: event.test Submitter: mx.example.net Report-ID: <20270412.77@mx.example.net>\n\
            Content-Type: multipart/mixed; boundary=\"R\"\n\n\
            --R\nContent-Type: text/plain\n\n\n--R\n\
            Content-Type: application/zip; name=\"mx.example.net!event.test!1807228800!1807315199.zip\"\n\
            Content-Transfer-Encoding: base64\n\nUEsDBAoAAAAAAA==\n--R--\n",
        );
        assert_eq!(v.kind, Some(Automated::Bounce), "{v:?}");
        assert!(v.bounced_recipients.is_empty() && v.complained_recipients.is_empty());
    }

    /// A report known by its file alone, under a subject of the reporter's own and a
    /// gateway's virus-check line as its only text.
    #[test]
    fn report_file_name_alone_marks_an_aggregate_report() {
        let v = run(
            "From: noreply@reports.example.org\nTo: registration@event.test\nSubject: Aggregate report\n\
            Content-Type: multipart/mixed; boundary=\"R\"\n\n\
            --R\nContent-Type: application/gzip\n\
            Content-Disposition: attachment; filename=\"reports.example.org!event.test!1807228800!1807315199!42.xml.gz\"\n\
            Content-Transfer-Encoding: base64\n\nH4sIAAAAAAAAAA==\n\
            --R\nContent-Type: text/plain\n\nScanned for viruses by the mail gateway.\n--R--\n",
        );
        assert_eq!(v.kind, Some(Automated::Bounce), "{v:?}");
        assert!(v.bounced_recipients.is_empty());
    }

    /// An SMTP TLS report: its own report type and headers, a one-line text and a JSON file.
    #[test]
    fn smtp_tls_report_is_machine_mail_naming_nobody() {
        let v = run(
            "From: tls-reports@mail.example.com\nTo: registration@event.test\n\
            TLS-Report-Domain: event.test\nTLS-Report-Submitter: mail.example.com\n\
            Subject: Report Domain: event.test Submitter: mail.example.com Report-ID: <r-1@mail.example.com>\n\
            Content-Type: multipart/report; report-type=tlsrpt; boundary=\"R\"\n\n\
            --R\nContent-Type: text/plain\n\nThis is a TLS report from mail.example.com.\n\
            --R\nContent-Type: application/tlsrpt+json\n\n{\"policies\": []}\n--R--\n",
        );
        assert_eq!(v.kind, Some(Automated::Bounce), "{v:?}");
        assert!(v.bounced_recipients.is_empty());
    }

    /// A person who forwards a report, or whose own subject speaks of reports and domains,
    /// writes a person's mail.
    #[test]
    fn a_person_writing_about_reports_is_a_person() {
        let v = text_mail(
            "Ilze Kalniņa <ilze@example.lv>",
            "Fwd: Report Domain: example.lv Submitter: google.com",
            "Sveiki, vai šis ir svarīgi? Un lūdzu reģistrējiet mani semināram.\nIlze",
        );
        assert_eq!(v.kind, None, "{v:?}");
        let v = text_mail(
            "Jonas Berg <jonas@example.se>",
            "Registration and the report on our domain",
            "Hello, please register me. Our submitter said the report is late.\nJonas",
        );
        assert_eq!(v.kind, None, "{v:?}");
    }

    /// A DMARC failure report is a report about authentication, not a complaint: the reported
    /// mail's recipient is named nowhere, in English or in a provider's own report.
    #[test]
    fn dmarc_failure_report_names_no_complainant() {
        let v = run("From: dmarc@mx.example.de\nTo: registration@event.test\n\
            Subject: DMARC failure report for event.test\n\
            Content-Type: multipart/report; report-type=feedback-report; boundary=\"R\"\n\n\
            --R\nContent-Type: text/plain\n\nA message from your domain failed authentication.\n\
            --R\nContent-Type: message/feedback-report\n\nFeedback-Type: auth-failure\n\
            Original-Rcpt-To: kunde@example.de\nAuth-Failure: dmarc\n\
            --R\nContent-Type: text/rfc822-headers\n\nFrom: registration@event.test\nTo: kunde@example.de\n\
            Subject: Bestätigung\n--R--\n");
        assert_eq!(v.kind, Some(Automated::Bounce), "{v:?}");
        assert!(v.complained_recipients.is_empty(), "{v:?}");
        assert!(v.bounced_recipients.is_empty(), "{v:?}");
    }
}
