//! Country names, cities, place lines and hints.
use super::*;

#[test]
fn inflected_country_names_are_recognised() {
    for (text, code) in [
        ("Latvijā", "LV"),
        ("no Latvijas", "LV"),
        ("iš Lietuvos", "LT"),
        ("Eestist", "EE"),
        ("Suomesta", "FI"),
        ("Sverige", "SE"),
        ("w Polsce", "PL"),
        ("из Латвии", "LV"),
        ("aus Deutschland", "DE"),
        ("fra Danmark", "DK"),
        ("Norge", "NO"),
        ("Ireland", "IE"),
        ("iš Airijos", "IE"),
        ("aus Irland", "IE"),
        ("Belfast, Northern Ireland", "GB"),
    ] {
        assert_eq!(country_named(text).as_deref(), Some(code), "{text}");
    }
    assert_eq!(country_named("the workshop was great"), None);
    assert_eq!(country_named("Daniel from Polish TV"), None);
}

#[test]
fn phone_prefix_and_country_domain_are_hints() {
    assert_eq!(
        country_of_phone("Mob. +371 2912 3456").as_deref(),
        Some("LV")
    );
    assert_eq!(
        country_of_phone("tel. 0048 601 234 567").as_deref(),
        Some("PL")
    );
    assert_eq!(
        country_of_phone("+7 (812) 555-12-34").as_deref(),
        Some("RU")
    );
    assert_eq!(country_of_phone("Order 1000371 2912 3456 shipped"), None);
    assert_eq!(country_of_phone("+46 8"), None);
    assert_eq!(country_of_domain("anna@cluster.lv").as_deref(), Some("LV"));
    assert_eq!(country_of_domain("anna@cluster.com"), None);
}

#[test]
fn cities_and_place_lines() {
    assert_eq!(country_of_city("Göteborg").as_deref(), Some("SE"));
    assert_eq!(country_of_city("København").as_deref(), Some("DK"));
    assert_eq!(country_of_city("Saint Petersburg").as_deref(), Some("RU"));
    assert!(is_place_line("Stockholm, Sweden"));
    assert!(is_place_line("LV-1010 Rīga"));
    assert!(!is_place_line("Smart City Sweden Cluster Office Team"));
    assert!(!is_place_line("Welfare Tech"));
    assert!(!is_place_line("Cleantech Finland"));
    assert!(!is_place_line("Odense Robotics"));
    assert!(is_place_line("Saint Petersburg, Russia"));
    // A town the tables do not know, before a country of one or more words.
    assert!(is_place_line("Aberdeen, United Kingdom"));
    assert!(is_place_line("Swansea, Wales, UK"));
    assert!(is_place_line("Klaksvík, Faroe Islands"));
    assert!(!is_place_line("Aviation Valley, Poland"));
    assert!(!is_place_line("Baltic Partners, Sweden Office"));
    assert_eq!(country_named("Leeds, UK").as_deref(), Some("GB"));
    assert_eq!(country_named("Ukraine"), None);
    assert_eq!(country_named("Føroyar").as_deref(), Some("FO"));
}

#[test]
fn capitals_in_the_neighbours_languages() {
    for (text, code) in [
        ("Viļņā", "LT"),
        ("z Wilna", "LT"),
        ("Taline", "EE"),
        ("Stokholmā", "SE"),
        ("Tukholmassa", "SE"),
        ("Kööpenhaminasta", "DK"),
        ("Berlīnē", "DE"),
        ("Varšuvoje", "PL"),
        ("Varsovasta", "PL"),
        ("iš Maskvos", "RU"),
    ] {
        assert_eq!(country_of_city(text).as_deref(), Some(code), "{text}");
    }
}

#[test]
fn a_town_named_like_a_citys_stem_and_a_street_named_after_a_country() {
    assert_eq!(country_of_city("Helsingborg").as_deref(), Some("SE"));
    assert_eq!(country_of_city("3000 Helsingør").as_deref(), Some("DK"));
    assert_eq!(country_of_city("Helsinki").as_deref(), Some("FI"));
    assert_eq!(country_named("Schwedenkai 4"), None);
    assert_eq!(country_named("Finlandsgatan 12"), None);
    assert_eq!(country_named("Sweden").as_deref(), Some("SE"));
    assert_eq!(country_of_city("Vasa").as_deref(), Some("FI"));
}
