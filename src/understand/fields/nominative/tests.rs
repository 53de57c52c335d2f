//! The nominative forms of organisation names after their cues, per language.

use super::nominative;

#[test]
fn inflected_names_become_nominative_after_their_cue() {
    for (org, cue, want) in [
        (
            "Latvijas Kokrūpniecības federāciju",
            "pārstāvu ",
            "Latvijas Kokrūpniecības federācija",
        ),
        ("Latgales klasteri", "pārstāvu ", "Latgales klasteris"),
        (
            "Балтийскую ассоциацию транспорта и логистики",
            "представляю ",
            "Балтийская ассоциация транспорта и логистики",
        ),
        (
            "Pomorską Izbę Gospodarczą",
            "reprezentuję ",
            "Pomorska Izba Gospodarcza",
        ),
        (
            "Pomorski Klaster Morski i Logistyczny",
            "reprezentuję ",
            "Pomorski Klaster Morski i Logistyczny",
        ),
        ("Suomen Puuklusteria", "edustan ", "Suomen Puuklusteri"),
        (
            "Turun Teknologiakeskusta",
            "edustan ",
            "Turun Teknologiakeskus",
        ),
        (
            "Oulun Yrityskylässä kansainvälistymisen asiantuntijana",
            "työskentelen ",
            "Oulun Yrityskylä",
        ),
        (
            "Turun Teknologiakeskuksessa",
            "työskentelen ",
            "Turun Teknologiakeskus",
        ),
    ] {
        assert_eq!(nominative(org, cue), want, "{org}");
    }
    // Invented names in the cases that "from", "in" and "for" want in each language.
    for (org, cue, want) in [
        (
            "Vilniaus inovacijų asociacijos",
            "esu iš ",
            "Vilniaus inovacijų asociacija",
        ),
        (
            "Kauno maisto klasterio",
            "esu iš ",
            "Kauno maisto klasteris",
        ),
        (
            "Panevėžio mokslo parke kaip vadovė",
            "dirbu ",
            "Panevėžio mokslo parkas",
        ),
        (
            "Alytaus verslo klasteriui",
            "atstovauju ",
            "Alytaus verslo klasteris",
        ),
        (
            "Vidzemes uzņēmēju biedrībā",
            "strādāju ",
            "Vidzemes uzņēmēju biedrība",
        ),
        (
            "Pärnu Loomemajanduskeskuses projektijuhina",
            "töötan ",
            "Pärnu Loomemajanduskeskus",
        ),
        ("Narva Teaduspargis", "töötan ", "Narva Teaduspark"),
        (
            "Mazowieckiego Klastra Spożywczego",
            "jestem z ",
            "Mazowiecki Klaster Spożywczy",
        ),
        (
            "Fundacji Wspierania Eksportu",
            "jestem z ",
            "Fundacja Wspierania Eksportu",
        ),
        (
            "Śląskim Klastrze Energetycznym",
            "w",
            "Śląski Klaster Energetyczny",
        ),
        (
            "Północnej Izbie Handlowej",
            "pracuję w ",
            "Północna Izba Handlowa",
        ),
        (
            "Северной ассоциации судостроения",
            "я из ",
            "Северная ассоциация судостроения",
        ),
        ("Новгородском кластере", "в", "Новгородский кластер"),
        // A genitive after the head keeps its adjective.
        (
            "Латгальском кластере деревянной мебели",
            "в",
            "Латгальский кластер деревянной мебели",
        ),
        (
            "Ассоциации малого и среднего бизнеса",
            "я из ",
            "Ассоциация малого и среднего бизнеса",
        ),
        (
            "Klastrem Innowacji Morskich",
            "kieruję ",
            "Klaster Innowacji Morskich",
        ),
        (
            "Балтийской ассоциацией судостроения",
            "руковожу ",
            "Балтийская ассоциация судостроения",
        ),
        ("Vidzemes klasteri", "vadu ", "Vidzemes klasteris"),
        (
            "Pomorskiej Specjalnej Strefie Ekonomicznej",
            "pracuję w ",
            "Pomorska Specjalna Strefa Ekonomiczna",
        ),
        (
            "Pomorskiej Specjalnej Strefy Ekonomicznej",
            "jestem z ",
            "Pomorska Specjalna Strefa Ekonomiczna",
        ),
        (
            "Urzędzie Marszałkowskim",
            "pracuję w ",
            "Urząd Marszałkowski",
        ),
        // Estonian partitive after "esindan" / "juhin".
        ("Saaremaa Mereklastrit", "esindan ", "Saaremaa Mereklaster"),
        // The head noun a word of its own, with a capital: the capital stays.
        (
            "Eesti Mööblitootjate Liitu",
            "esindan ",
            "Eesti Mööblitootjate Liit",
        ),
        ("Vidzemes Klastera", "esmu no ", "Vidzemes Klasteris"),
        ("Baltic Fondi", "esindan ", "Baltic Fond"),
        // Near misses: a short ending is no head noun on its own; a word before the head
        // keeps its form.
        ("Baltic Ust", "esindan ", "Baltic Ust"),
        ("Nordic Liitu Group", "esindan ", "Nordic Liitu Group"),
        (
            "Virumaa Ettevõtjate Ühendust",
            "esindan ",
            "Virumaa Ettevõtjate Ühendus",
        ),
        (
            "Lõuna-Eesti Turismiliitu",
            "juhin ",
            "Lõuna-Eesti Turismiliit",
        ),
        (
            "Tehnoloogiavõrgustikku",
            "esindame ",
            "Tehnoloogiavõrgustik",
        ),
        // A name in another language passes unchanged.
        ("Nordic Food Hub", "в", "Nordic Food Hub"),
        ("Baltic Wood Partners", "jestem z ", "Baltic Wood Partners"),
    ] {
        assert_eq!(nominative(org, cue), want, "{org}");
    }
    // After a cue with no case of its own, the name stays as written.
    assert_eq!(
        nominative(
            "Latvijas Kokrūpniecības federācija",
            "mana organizācija ir "
        ),
        "Latvijas Kokrūpniecības federācija"
    );
}
