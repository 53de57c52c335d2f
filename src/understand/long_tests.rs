//! Whole-message tests of long mails: a request up front, pages pasted under it, a signature
//! at the end.

use super::tests::{cfg, mail};
use super::*;

/// A programme pasted under a request: many lines that ask nothing of the organisers.
fn pasted_programme(bytes: usize) -> String {
    let lines = [
        "09:00 Welcome coffee and name badges at the venue",
        "09:30 Opening words by the host cluster and the regional development agency",
        "10:15 Panel: what international partners expect from a cluster organisation",
        "11:30 Break-out groups on export markets, joint stands at fairs and study visits",
        "13:00 Lunch",
    ];
    let mut out = String::new();
    while out.len() < bytes {
        for line in lines {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[test]
fn a_registration_over_a_long_pasted_programme_keeps_its_signature() {
    let body = format!(
        "Hello,\n\nplease register me for the workshop in Riga. Below is our own programme from last year, for your information.\n\n{}\nBest regards\nAnna Ozola\nProject manager\nZemgale Food Cluster\nJelgava, Latvia\n",
        pasted_programme(40 * 1024)
    );
    let u = understand(
        &mail("Anna Ozola <anna@zemgale.test>", "Workshop", &body),
        &cfg(),
    );
    assert_eq!(u.intents, vec![Intent::Registration], "{:?}", u.review);
    let p = &u.participant;
    assert_eq!(p.name.as_deref(), Some("Anna Ozola"));
    assert_eq!(p.organisation.as_deref(), Some("Zemgale Food Cluster"));
    assert_eq!(p.sources.organisation, Some(Source::Signature));
    assert_eq!(p.country.as_deref(), Some("LV"));
}

#[test]
fn words_deep_in_a_pasted_document_ask_nothing() {
    // A newsletter pasted whole: its offers and its "cancel" far down are nobody's request.
    let body = format!(
        "FYI, the newsletter we talked about.\n\n{}\nIf you cannot attend, please cancel your registration. I would like to register for the next course too.\n",
        pasted_programme(20 * 1024)
    );
    let u = understand(
        &mail(
            "Jonas Petraitis <jonas@klasteris.test>",
            "Fwd: newsletter",
            &body,
        ),
        &cfg(),
    );
    assert!(u.intents.is_empty(), "{:?}", u.intents);
}
