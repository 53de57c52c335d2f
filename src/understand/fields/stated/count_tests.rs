//! Organisations named after a head count ("we'll be three from …"), after a compound job
//! title ("Klyngechef i …") or an adverb before the title, and after a verb of leading.
use super::*;

fn org(text: &str) -> Option<String> {
    stated(text).organisation
}

#[test]
fn a_head_count_from_an_organisation_names_it() {
    for (text, want) in [
        (
            "Hi, we will be two people from the Baltic Drone Cluster: me and Mia.",
            "Baltic Drone Cluster",
        ),
        (
            "Hej! Vi blir tre fra Sjømatklyngen Vest, alle begge dager.",
            "Sjømatklyngen Vest",
        ),
        (
            "Hallo, wir kommen zu dritt aus Netzwerk Holz Süd und freuen uns.",
            "Netzwerk Holz Süd",
        ),
        (
            "Three of us from Nordic Water Tech registered last week.",
            "Nordic Water Tech",
        ),
    ] {
        assert_eq!(org(text).as_deref(), Some(want), "{text}");
    }
    // A town after the count is no organisation; a count of days names none.
    assert_eq!(org("We will be two from Tallinn."), None);
    assert_eq!(org("Three of us will come on both days."), None);
}

#[test]
fn a_compound_title_or_an_adverb_before_the_title_leads_to_the_organisation() {
    for (text, want) in [
        (
            "Jeg er lige tiltrådt som Klyngechef i Fynske Fødevarer og vil gerne deltage.",
            "Fynske Fødevarer",
        ),
        (
            "Jag heter Eva Lind och är nyanställd klusterledare för Västra Skogsklustret.",
            "Västra Skogsklustret",
        ),
        (
            "Ich bin seit Januar Netzwerkmanagerin beim Kompetenznetz Lausitz und möchte kommen.",
            "Kompetenznetz Lausitz",
        ),
        (
            "I am the new cluster manager at Scottish Food Cluster.",
            "Scottish Food Cluster",
        ),
    ] {
        assert_eq!(org(text).as_deref(), Some(want), "{text}");
    }
    // No title soon after "I am": nothing.
    assert_eq!(
        org("I am very happy to come to Riga with Nordic Ports."),
        None
    );
}

#[test]
fn leading_or_coordinating_an_organisation_names_it() {
    assert_eq!(
        org("I coordinate the Irish Medtech Network and would like to join.").as_deref(),
        Some("Irish Medtech Network")
    );
    let s = stated("I coordinate the Yorkshire Textile Network in the UK and would like to come.");
    assert_eq!(s.organisation.as_deref(), Some("Yorkshire Textile Network"));
    assert_eq!(s.country.as_deref(), Some("GB"));
    assert_eq!(
        org("Since March I'm now working for the Aberdeen Energy Cluster instead.").as_deref(),
        Some("Aberdeen Energy Cluster")
    );
}
