//! Organisations stated by the sender with a colleague ("we work at …"), after an adverb of
//! time, in a case of "from" or "to", or as someone's representative, in the case the cue
//! wants.
use super::*;

fn s(text: &str) -> Stated {
    stated(text)
}

#[test]
fn the_sender_and_a_colleague_working_at_one_organisation_name_it_in_its_case() {
    for (text, org, country) in [
        (
            "Lūdzu reģistrējiet mūs abus. Abi strādājam biedrībā \"Vidzemes Koka klasteris\", Cēsis.",
            "Vidzemes Koka klasteris",
            Some("LV"),
        ),
        (
            "Proszę zapisać mnie i kolegę. Obaj pracujemy w Warmińskim Klastrze Spożywczym, Olsztyn.",
            "Warmiński Klaster Spożywczy",
            None,
        ),
        (
            "Запишите, пожалуйста, меня и коллегу. Мы оба из Эстонского кластера зелёной энергетики.",
            "Эстонский кластер зелёной энергетики",
            None,
        ),
        (
            "Palun registreerige mind ja kolleegi. Oleme Lõuna-Eesti Toiduklastrist, Võru.",
            "Lõuna-Eesti Toiduklaster",
            Some("EE"),
        ),
        (
            "Tere, olen Saaremaa Ettevõtluskeskusest ja soovin osaleda.",
            "Saaremaa Ettevõtluskeskus",
            None,
        ),
        (
            "Prašau užregistruoti mus abu. Dirbame Panevėžio mokslo parke.",
            "Panevėžio mokslo parkas",
            None,
        ),
        (
            "Työskentelemme molemmat Kainuun Teknologiakeskuksessa.",
            "Kainuun Teknologiakeskus",
            None,
        ),
    ] {
        let got = s(text);
        assert_eq!(got.organisation.as_deref(), Some(org), "{text}");
        if country.is_some() {
            assert_eq!(got.country.as_deref(), country, "{text}");
        }
    }
    // Near misses: "we are" without a place of work in the elative; "we work on" a subject.
    for text in [
        "Tere! Oleme juba registreerunud, aitäh.",
        "Oleme Tallinnas juba esmaspäeval.",
        "Oleme Eesti suurim klaster.",
        "Pracujemy nad wspólnym projektem.",
    ] {
        assert_eq!(s(text).organisation, None, "{text}");
    }
}

#[test]
fn an_adverb_of_time_between_the_cue_and_the_name_is_skipped() {
    for (text, org) in [
        (
            "Vaihdoin työpaikkaa: edustan nyt Kokkolan Yrityspuistoa enkä enää kaupunkia.",
            "Kokkolan Yrityspuisto",
        ),
        (
            "Nuo gegužės atstovauju dabar Kauno verslo klasteriui.",
            "Kauno verslo klasteris",
        ),
        (
            "Od maja reprezentuję teraz Pomorską Izbę Rzemiosła.",
            "Pomorska Izba Rzemiosła",
        ),
    ] {
        assert_eq!(s(text).organisation.as_deref(), Some(org), "{text}");
    }
    // Near miss: an adverb and no name after it.
    assert_eq!(s("Edustan nyt vain itseäni.").organisation, None);
}

#[test]
fn a_place_of_work_in_a_case_of_from_or_to_is_named_in_the_nominative() {
    for (text, org) in [
        (
            "Olen Kajaanin Teknologiakeskuksesta ja tulen mielelläni.",
            "Kajaanin Teknologiakeskus",
        ),
        (
            "Hei, olen siirtynyt uusiin tehtäviin Lapin Kehitysyhtiö Oy:hyn. Päivittäkää tiedot.",
            "Lapin Kehitysyhtiö Oy",
        ),
        (
            "Tere, olen üle läinud Pärnu Ettevõtluskeskusesse, palun muutke nimesilti.",
            "Pärnu Ettevõtluskeskus",
        ),
    ] {
        assert_eq!(s(text).organisation.as_deref(), Some(org), "{text}");
    }
    // Near misses: a town, not a place of work.
    for text in [
        "Olen Oulusta ja tulen junalla.",
        "Siirryin Tampereelle viime vuonna.",
    ] {
        assert_eq!(s(text).organisation, None, "{text}");
    }
}

#[test]
fn an_organisation_the_sender_represents_in_the_genitive() {
    for (text, org) in [
        (
            "Potwierdzam udział jako przedstawiciel Lubelskiego Klastra Ekoenergetycznego.",
            "Lubelski Klaster Ekoenergetyczny",
        ),
        (
            "Piszę z ramienia Pomorskiej Agencji Rozwoju Regionalnego, mam dwa pytania.",
            "Pomorska Agencja Rozwoju Regionalnego",
        ),
        (
            "Deja, kaip Kauno maisto klasterio vadovė turiu likti vietoje.",
            "Kauno maisto klasteris",
        ),
    ] {
        assert_eq!(s(text).organisation.as_deref(), Some(org), "{text}");
    }
    // Near miss: the old organisation recalled, the new one stated after it.
    assert_eq!(
        s("Registravausi kaip Utenos verslo klasterio atstovė. Dabar dirbu Molėtų verslo centre.")
            .organisation
            .as_deref(),
        Some("Molėtų verslo centras")
    );
    // Near miss: "kaip" without an organisation ("kaip ir planuota").
    assert_eq!(s("Dalyvauju kaip ir planuota.").organisation, None);
}
