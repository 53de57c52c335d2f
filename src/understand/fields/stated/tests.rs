//! What the sender states in running text, in the region's languages.
use super::*;

fn s(text: &str) -> Stated {
    stated(text)
}

#[test]
fn names_stated_in_the_regions_languages() {
    for (text, name) in [
        (
            "Hello, my name is Anna Bērziņa, not Anna Berzina.",
            "Anna Bērziņa",
        ),
        ("The right name is Jānis Ozols.", "Jānis Ozols"),
        ("Labdien! Mans vārds ir Jānis Ozols.", "Jānis Ozols"),
        (
            "Sveiki, mano vardas Rūta Kazlauskienė.",
            "Rūta Kazlauskienė",
        ),
        ("Tere! Minu nimi on Mari Tamm.", "Mari Tamm"),
        ("Hei, nimeni on Matti Virtanen.", "Matti Virtanen"),
        ("Hej, mitt namn är Anna Svensson.", "Anna Svensson"),
        ("Hej, mit navn er Søren Friis.", "Søren Friis"),
        ("Hei, navnet mitt er Kari Nordmann.", "Kari Nordmann"),
        ("Mein Name ist Dr. Jürgen Weiß.", "Jürgen Weiß"),
        ("Dzień dobry, nazywam się Anna Kowalska.", "Anna Kowalska"),
        ("Здравствуйте, меня зовут Ольга Иванова.", "Ольга Иванова"),
        // The name with the verb of writing after the cue.
        (
            "Mein Name wird Jürgen Weiß geschrieben, bitte korrigieren.",
            "Jürgen Weiß",
        ),
        (
            "Правильно имя пишется по-русски: Ольга Иванова - исправьте, пожалуйста.",
            "Ольга Иванова",
        ),
        ("Mitt namn skrivs Åsa Öberg, med prickar.", "Åsa Öberg"),
    ] {
        assert_eq!(s(text).name.as_deref(), Some(name), "{text}");
    }
    // A first name alone is no full name; "my name is on the list" names nobody.
    assert_eq!(s("Hi, my name is Anna and I have a question.").name, None);
    assert_eq!(s("Is my name is on the list?").name, None);
}

#[test]
fn a_word_for_the_kind_of_organisation_before_its_name_is_skipped() {
    for (text, org) in [
        (
            "Edustan yritystä Nauvon Simpukka Oy (simpukanviljely).",
            "Nauvon Simpukka Oy",
        ),
        ("I represent the company Baltic Foods.", "Baltic Foods"),
        (
            "Obie reprezentujemy Klaster Włókien Technicznych z Łodzi.",
            "Klaster Włókien Technicznych",
        ),
        ("Jag representerar föreningen Skåne Export.", "Skåne Export"),
    ] {
        assert_eq!(
            organisation(text).map(|o| o.0).as_deref(),
            Some(org),
            "{text}"
        );
    }
}

#[test]
fn the_new_organisation_after_a_change_of_the_field() {
    for (text, org) in [
        (
            "Nuo gegužės dirbu kitur, todėl prašyčiau registracijoje organizaciją pakeisti į: Nemuno inovacijų centras.",
            "Nemuno inovacijų centras",
        ),
        (
            "Lūdzu, izlabojiet organizāciju: pareizi ir “Viedās inženierijas klasteris”.",
            "Viedās inženierijas klasteris",
        ),
        (
            "Two small fixes please: our cluster is Nordic Marine Composites Cluster (NMC for short).",
            "Nordic Marine Composites Cluster",
        ),
    ] {
        assert_eq!(s(text).organisation.as_deref(), Some(org), "{text}");
    }
}

#[test]
fn a_change_to_a_country_states_it() {
    assert_eq!(
        s("En liten rättelse: ni har angett Sverige. Kan ni ändra till Danmark?")
            .country
            .as_deref(),
        Some("DK")
    );
}

#[test]
fn organisations_stated_in_the_regions_languages() {
    for (text, org) in [
        (
            "Hi, actually I work for Baltic Wood Cluster now.",
            "Baltic Wood Cluster",
        ),
        ("Forgot to mention: I'm with Green Marine.", "Green Marine"),
        (
            "Egentligen jobbar jag på Skåne Food Cluster.",
            "Skåne Food Cluster",
        ),
        ("Faktisk arbejder jeg hos Cleantech Hub.", "Cleantech Hub"),
        ("Egentlig jobber jeg i Havvind AS.", "Havvind AS"),
        (
            "Eigentlich arbeite ich für Cluster Nord e.V. seit Mai.",
            "Cluster Nord e.V.",
        ),
        (
            "Organisaatio on Suomen Puuklusteri ry:n.",
            "Suomen Puuklusteri ry",
        ),
        (
            "Tegelikult töötan ettevõttes Eesti Puit OÜ.",
            "Eesti Puit OÜ",
        ),
        ("Organizācija ir SIA Latvijas Koks.", "SIA Latvijas Koks"),
        ("Właściwie pracuję dla Klaster Drzewny.", "Klaster Drzewny"),
        (
            "На самом деле я работаю в компании Балтик Лоджистик.",
            "Балтик Лоджистик",
        ),
    ] {
        assert_eq!(s(text).organisation.as_deref(), Some(org), "{text}");
    }
    // A job title between the cue and the name is skipped; one after the name is cut.
    for (text, org) in [
        (
            "I work as a project manager at Nordic Food Hub and want to join.",
            "Nordic Food Hub",
        ),
        (
            "Jeg arbejder som konsulent hos Fyns Fødevareklynge og vil gerne deltage.",
            "Fyns Fødevareklynge",
        ),
        (
            "Ich arbeite als Projektleiterin bei Netzwerk Ostsee e.V.",
            "Netzwerk Ostsee e.V.",
        ),
        (
            "Работаю в ООО \"Nordic Trade\" менеджером по экспорту.",
            "ООО \"Nordic Trade\"",
        ),
        (
            "Работаю директором в Северной ассоциации судостроения.",
            "Северная ассоциация судостроения",
        ),
        (
            "Pracuję jako kierownik projektu w Śląskim Klastrze Energetycznym.",
            "Śląski Klaster Energetyczny",
        ),
        (
            "Sveiki, esu iš Vilniaus inovacijų asociacijos, Lietuva.",
            "Vilniaus inovacijų asociacija",
        ),
        (
            "We are both from Gotland Food Partners.",
            "Gotland Food Partners",
        ),
        (
            "Esu Utenos verslo ir inovacijų centro atstovė, norėčiau dalyvauti.",
            "Utenos verslo ir inovacijų centras",
        ),
        (
            "Esmu projektu vadītāja Kurzemes biznesa inkubatorā Liepājā.",
            "Kurzemes biznesa inkubators",
        ),
        (
            "Esmu no Vidzemes inovāciju klastera.",
            "Vidzemes inovāciju klasteris",
        ),
    ] {
        assert_eq!(s(text).organisation.as_deref(), Some(org), "{text}");
    }
    // A quoted name is taken whole; a spaced dash ends a name; two genitives joined by
    // "and" stay in it.
    for (text, org) in [
        (
            "Правильное название нашей организации — «Союз малых и средних предприятий Курземе».",
            "Союз малых и средних предприятий Курземе",
        ),
        (
            "Klyngen hedder nu Fynsk Bolig- og Byggeklynge – vi skiftede navn.",
            "Fynsk Bolig- og Byggeklynge",
        ),
        (
            "Представляю Северную ассоциацию судостроения и логистики.",
            "Северная ассоциация судостроения и логистики",
        ),
        (
            "Dirbu Šiaulių verslo ir technologijų centre.",
            "Šiaulių verslo ir technologijų centras",
        ),
        (
            "Proszę o zmianę nazwy organizacji na pełną: Fundacja Wspierania Eksportu.",
            "Fundacja Wspierania Eksportu",
        ),
    ] {
        assert_eq!(s(text).organisation.as_deref(), Some(org), "{text}");
    }
    assert_eq!(s("Sveiki, esu iš Vilniaus.").organisation, None);
    // "I am" before a name is no organisation without the word for a representative.
    assert_eq!(s("Labas, esu Rūta Jonaitė.").organisation, None);
    assert_eq!(s("Esmu no Rīgas.").organisation, None);
    assert_eq!(s("Я из Риги, буду рада участвовать.").organisation, None);
    assert_eq!(s("I work as a consultant.").organisation, None);
    assert_eq!(s("I'm with my colleague at the moment.").organisation, None);
    assert_eq!(s("I'm from Riga.").organisation, None);
    let from = s("im from Startup Hub Poland (krakow). thx");
    assert_eq!(from.organisation.as_deref(), Some("Startup Hub Poland"));
    assert_eq!(from.country.as_deref(), Some("PL"));
}

#[test]
fn countries_stated_and_after_the_organisation() {
    assert_eq!(
        s("I'm with Green Marine, Denmark.").country.as_deref(),
        Some("DK")
    );
    assert_eq!(s("The country is Estonia.").country.as_deref(), Some("EE"));
    assert_eq!(s("Valsts ir Latvija.").country.as_deref(), Some("LV"));
    assert_eq!(s("Maa on Suomi.").country.as_deref(), Some("FI"));
    assert_eq!(s("Landet er Norge.").country.as_deref(), Some("NO"));
    assert_eq!(
        s("Das Land ist Deutschland.").country.as_deref(),
        Some("DE")
    );
    assert_eq!(s("Kraj to Polska.").country.as_deref(), Some("PL"));
    assert_eq!(s("Страна — Латвия.").country.as_deref(), Some("LV"));
    assert_eq!(s("Deutschland ist schön.").country, None);
}

#[test]
fn not_the_one_but_the_other_organisation() {
    for (text, org) in [
        (
            "Es pārstāvu nevis pilsētas domi, bet Kurzemes koka klasteri.",
            "Kurzemes koka klasteris",
        ),
        (
            "I represent not the municipality but Nordic Food Network.",
            "Nordic Food Network",
        ),
        (
            "Ich vertrete nicht die Stadt, sondern Holznetzwerk Nord.",
            "Holznetzwerk Nord",
        ),
    ] {
        assert_eq!(
            organisation(text).map(|o| o.0).as_deref(),
            Some(org),
            "{text}"
        );
    }
}

#[test]
fn the_organisation_after_a_job_title() {
    for (text, org) in [
        (
            "As head of international relations at Forth Valley Food Network, I would love to join.",
            "Forth Valley Food Network",
        ),
        (
            "Als Geschäftsführerin des Netzwerks Holzbau Nord melde ich mich für beide Tage an, falls noch Plätze frei sind.",
            "Netzwerk Holzbau Nord",
        ),
        (
            "Jeg er projektleder hos Fødevareklyngen Midt og vil gerne deltage.",
            "Fødevareklyngen Midt",
        ),
        (
            "Jestem koordynatorem w Bałtyckim Klastrze Energetycznym.",
            "Bałtycki Klaster Energetyczny",
        ),
    ] {
        assert_eq!(
            organisation(text).map(|o| o.0).as_deref(),
            Some(org),
            "{text}"
        );
    }
    // No job title after the cue: nothing.
    for text in [
        "As soon as Baltic Ferries confirm, I will book.",
        "I am attending with Anna Berg.",
    ] {
        assert_eq!(organisation(text), None, "{text}");
    }
}

#[test]
fn an_inflected_name_before_a_town_or_an_acronym() {
    for (text, org, country) in [
        (
            "Edustan Keski-Suomen Puuklusteria Jyväskylästä.",
            "Keski-Suomen Puuklusteri",
            Some("FI"),
        ),
        (
            "Atstovauju Lietuvos baldų asociacijai LBA.",
            "Lietuvos baldų asociacija LBA",
            None,
        ),
    ] {
        let found = organisation(text);
        assert_eq!(found.as_ref().map(|o| o.0.as_str()), Some(org), "{text}");
        assert_eq!(found.and_then(|o| o.1).as_deref(), country, "{text}");
    }
}

#[test]
fn a_genitive_name_before_a_job_title() {
    for (text, org) in [
        (
            "Labdien, esmu Vidzemes pārtikas klastera vadītāja un vēlos pieteikties.",
            "Vidzemes pārtikas klasteris",
        ),
        (
            "Esu Kauno maisto pramonės asociacijos direktorius.",
            "Kauno maisto pramonės asociacija",
        ),
    ] {
        assert_eq!(
            organisation(text).map(|o| o.0).as_deref(),
            Some(org),
            "{text}"
        );
    }
}

#[test]
fn where_the_sender_works_now_with_an_adverb_or_a_contrast() {
    for (text, org) in [
        (
            "Ich arbeite inzwischen für das Hafennetzwerk Ostsee.",
            "Hafennetzwerk Ostsee",
        ),
        (
            "Pracuję obecnie w Fundacji Innowacji Morskich.",
            "Fundacja Innowacji Morskich",
        ),
        (
            "Dabar dirbu ne savivaldybėje, o Šiaulių verslo inkubatoriuje.",
            "Šiaulių verslo inkubatorius",
        ),
        ("Jeg er ansat hos Vandklyngen Syd.", "Vandklyngen Syd"),
        (
            "Я работаю в Псковском бизнес-парке.",
            "Псковский бизнес-парк",
        ),
    ] {
        assert_eq!(
            organisation(text).map(|o| o.0).as_deref(),
            Some(org),
            "{text}"
        );
    }
}

#[test]
fn the_organisation_field_should_read() {
    for (text, org) in [
        (
            "Organisationen heter egentligen Skånes Livsmedelsnätverk, inte Region Skåne.",
            "Skånes Livsmedelsnätverk",
        ),
        (
            "Organisasjonen skal være Havbruksklyngen Nord, ikke kommunen.",
            "Havbruksklyngen Nord",
        ),
    ] {
        assert_eq!(s(text).organisation.as_deref(), Some(org), "{text}");
    }
}

#[test]
fn a_date_after_the_verb_of_working_is_no_organisation() {
    assert_eq!(
        organisation("Ich arbeite ab dem 1. Mai nicht mehr dort, sondern für die Hafen AG.")
            .map(|o| o.0)
            .as_deref(),
        Some("Hafen AG")
    );
}

#[test]
fn the_organisation_after_the_senders_name_in_an_introduction() {
    for (text, org) in [
        (
            "Hi, this is Ann Lee from Baltic Wind Partners - please register me.",
            "Baltic Wind Partners",
        ),
        (
            "Mein Name ist Eva Roth von der Handwerkskammer Schwerin, ich möchte teilnehmen.",
            "Handwerkskammer Schwerin",
        ),
        (
            "Labdien, esmu Ilze Kalna no Latgales biznesa centra un vēlos pieteikties.",
            "Latgales biznesa centrs",
        ),
        (
            "Jeg heter Ola Dahl og jobber i Havbruksklyngen Midt. Jeg vil delta.",
            "Havbruksklyngen Midt",
        ),
    ] {
        assert_eq!(
            organisation(text).map(|o| o.0).as_deref(),
            Some(org),
            "{text}"
        );
    }
}

#[test]
fn a_company_named_after_its_kind_a_representative_and_the_badge_organisation() {
    for (text, org, country) in [
        (
            "Я менеджер по продажам в компании Nordic Deck Systems AS (Тромсё, Норвегия), мы строим палубное оборудование.",
            "Nordic Deck Systems AS",
            Some("NO"),
        ),
        (
            "Jestem kierownikiem projektu w firmie Baltic Amber Tools, chętnie przyjadę.",
            "Baltic Amber Tools",
            None,
        ),
        (
            "Jag åker till Tallinn som representant för Västra Götalands Maritima Kluster, där jag jobbar halvtid.",
            "Västra Götalands Maritima Kluster",
            None,
        ),
        (
            "I will attend as a representative of Solent Marine Network, not my consultancy.",
            "Solent Marine Network",
            None,
        ),
        (
            // The Finnish genitive after the translative "as organisation", and "not Y".
            "Kirjoittakaa nimikylttiin organisaatioksi Kainuun Teknologiakeskuksen eikä Kajaanin Yliopistoa.",
            "Kainuun Teknologiakeskus",
            None,
        ),
        (
            "Esmu pārgājusi uz Kurzemes Tūrisma asociāciju, lūdzu, rakstiet to.",
            "Kurzemes Tūrisma asociācija",
            None,
        ),
    ] {
        let got = organisation(text);
        assert_eq!(got.as_ref().map(|o| o.0.as_str()), Some(org), "{text}");
        assert_eq!(got.and_then(|o| o.1).as_deref(), country, "{text}");
    }
    // "в компании" of people is no organisation.
    assert_eq!(organisation("Я буду в компании коллег из Риги."), None);
}

#[test]
fn the_town_after_the_organisation_in_running_text_gives_the_country() {
    for (text, org, country) in [
        (
            "Jeg jobber i Klyngen for Havbruk i Kristiansund.",
            "Klyngen for Havbruk",
            "NO",
        ),
        (
            "I work at Baltic Wood Network in Kaunas.",
            "Baltic Wood Network",
            "LT",
        ),
        (
            "Ich arbeite beim Netzwerk Holz Nord in Greifswald.",
            "Netzwerk Holz Nord",
            "DE",
        ),
    ] {
        let (got, place) = organisation(text).unwrap_or_default();
        assert_eq!(got, org, "{text}");
        assert_eq!(place.as_deref(), Some(country), "{text}");
    }
}

#[test]
fn i_am_with_the_organisation_in_the_genitive_before_a_job() {
    for (text, org) in [
        (
            "Olen Oulun Teknologiakeskuksen projektipäällikkö ja haluan osallistua.",
            "Oulun Teknologiakeskus",
        ),
        (
            "Esmu Zemgales Pārtikas klastera valdes locekle.",
            "Zemgales Pārtikas klasteris",
        ),
    ] {
        assert_eq!(
            organisation(text).map(|(o, _)| o).as_deref(),
            Some(org),
            "{text}"
        );
    }
    // "Olen kiinnostunut …" names no organisation.
    assert_eq!(organisation("Olen kiinnostunut Riian työpajasta."), None);
}

#[test]
fn a_polish_locative_of_a_zone_an_agency_or_an_office() {
    for (text, org) in [
        (
            "Pracuję w Pomorskiej Specjalnej Strefie Ekonomicznej i chcę przyjechać.",
            "Pomorska Specjalna Strefa Ekonomiczna",
        ),
        (
            "Pracuję w Agencji Rozwoju Regionalnego.",
            "Agencja Rozwoju Regionalnego",
        ),
    ] {
        assert_eq!(
            organisation(text).map(|(o, _)| o).as_deref(),
            Some(org),
            "{text}"
        );
    }
}

#[test]
fn a_given_name_alone_after_a_name_cue() {
    for (text, given) in [
        ("Pareizais vārds ir Ieva, nevis Ilva.", "Ieva"),
        ("My correct name is Ann - not Anne.", "Ann"),
        ("Mein richtiger Name ist Jörg.", "Jörg"),
    ] {
        assert_eq!(stated_given_name(text).as_deref(), Some(given), "{text}");
    }
    // A full name is no given name alone; "my name is on the list" names nobody.
    assert_eq!(stated_given_name("My name is Ann Lee."), None);
    assert_eq!(stated_given_name("Is my name is on the list?"), None);
}

#[test]
fn a_new_job_said_without_i_names_the_new_organisation() {
    for (text, org, country) in [
        (
            "Jag har bytt jobb och arbetar nu som projektledare på Skånes Livsmedelsråd. Kan ni ändra?",
            "Skånes Livsmedelsråd",
            None,
        ),
        (
            "Har begynt i ny jobb som prosjektleder i Vekst Innlandet i Hamar.",
            "Vekst Innlandet",
            Some("NO"),
        ),
        (
            "Jeg har skiftet job og arbejder nu hos Fynsk Fødevareklynge.",
            "Fynsk Fødevareklynge",
            None,
        ),
    ] {
        let got = s(text);
        assert_eq!(got.organisation.as_deref(), Some(org), "{text}");
        assert_eq!(got.country.as_deref(), country, "{text}");
    }
    // Working on a subject names no employer.
    assert_eq!(
        s("Vi arbetar nu med export till Tyskland.").organisation,
        None
    );
}
