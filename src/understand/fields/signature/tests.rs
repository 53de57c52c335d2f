//! Signature blocks and signatures squeezed into a sentence.
use super::*;

#[test]
fn a_compound_title_a_name_with_its_title_and_a_dashed_inline_signature() {
    let s = signature(
        "Bitte melden Sie mich an.\n\nGrüße\n\nDr. Anna Beispiel\nNetzwerkkoordinatorin\nBereich Internationales\nNetzwerk Holzbau Nord e.V.\n24103 Kiel",
        &["Anna Beispiel"],
    );
    assert_eq!(
        s.organisation.as_deref(),
        Some("Netzwerk Holzbau Nord e.V.")
    );
    let s = signature(
        "Прошу записать меня.\nИван Петров, директор\nВильнюсский кластер лазеров\nВильнюс, Литва",
        &["Иван Петров"],
    );
    assert_eq!(
        s.organisation.as_deref(),
        Some("Вильнюсский кластер лазеров")
    );
    assert_eq!(s.country.as_deref(), Some("LT"));
    let s = inline_signature(
        "Ja vietas vēl ir, lūdzu, pierakstiet mani – Anna Ozola, Kurzemes pārtikas klasteris, Liepāja.",
        &["Anna Ozola"],
    );
    assert_eq!(
        s.organisation.as_deref(),
        Some("Kurzemes pārtikas klasteris")
    );
    assert_eq!(s.country.as_deref(), Some("LV"));
}

#[test]
fn signature_gives_organisation_and_country_skipping_titles() {
    let s = signature(
        "Hello,\n\nplease register me.\n\nKind regards\nErik Johansson\nCluster Manager\nSmart City Sweden\nStockholm, Sweden",
        &["Erik Johansson"],
    );
    assert_eq!(s.organisation.as_deref(), Some("Smart City Sweden"));
    assert_eq!(s.country.as_deref(), Some("SE"));
    let s = signature(
        "Hi\n\nAndrzej Nowicki\nAviation Valley, Poland",
        &["Andrzej Nowicki"],
    );
    assert_eq!(s.organisation.as_deref(), Some("Aviation Valley"));
    assert_eq!(s.country.as_deref(), Some("PL"));
}

#[test]
fn a_signature_squeezed_into_a_sentence() {
    let s = inline_signature(
        "Hej, lägg till mig som deltagare. Mattias Holm, Havsvind Syd AB, Malmö",
        &["Mattias Holm"],
    );
    assert_eq!(s.organisation.as_deref(), Some("Havsvind Syd AB"));
    assert_eq!(s.country.as_deref(), Some("SE"));
    let s = inline_signature(
        "Jeg blir med! Hilsen Trond, Klyngen for Fornybar Energi og Hydrogen",
        &["Trond Vik"],
    );
    assert_eq!(
        s.organisation.as_deref(),
        Some("Klyngen for Fornybar Energi og Hydrogen")
    );
    // After a colon that ends the request.
    let s = inline_signature(
        "Kui veel saab, palun pange mind kirja: Mari Kask, Lõuna-Eesti Puiduklaster, Põlva.",
        &["Mari Kask"],
    );
    assert_eq!(s.organisation.as_deref(), Some("Lõuna-Eesti Puiduklaster"));
    assert_eq!(s.country.as_deref(), Some("EE"));
    // What follows the name in a sentence is no organisation.
    let s = inline_signature(
        "Hi, I'm Anna Berg, and I would like to come.",
        &["Anna Berg"],
    );
    assert_eq!(s.organisation, None);
}

#[test]
fn the_usual_shape_name_titles_organisation_address() {
    let s = signature(
        "Dear colleagues,\n\nI am glad to register.\n\nWith best regards,\n\nProf. Andris Kalniņš\nChairman of the Board\nLatvian Wood Processing and Furniture Cluster\nDzirnavu iela 91, Rīga, Latvia",
        &["Prof. Andris Kalniņš"],
    );
    assert_eq!(
        s.organisation.as_deref(),
        Some("Latvian Wood Processing and Furniture Cluster")
    );
    assert_eq!(s.country.as_deref(), Some("LV"));
    // No sign-off, no blank line: the name line starts the block.
    let s = signature(
        "Здравствуйте, буду обязательно.\nМихаил Королёв\nКлайпедский портовый кластер",
        &["Михаил Королёв"],
    );
    assert_eq!(
        s.organisation.as_deref(),
        Some("Клайпедский портовый кластер")
    );
    // A job title is never the organisation, in any language.
    for title in [
        "Senior Adviser",
        "Projektleiterin",
        "Kierownik projektu",
        "Valdes loceklis",
    ] {
        let s = signature(
            &format!("Hi, I'll be there.\n\nAnna Berg\n{title}\nBaltic Partners"),
            &["Anna Berg"],
        );
        assert_eq!(
            s.organisation.as_deref(),
            Some("Baltic Partners"),
            "{title}"
        );
    }
    // A company whose name holds a title word ("Partneri") is still the company.
    let s = signature(
        "Lūdzu reģistrēt mani.\n\nIlze Liepa\nValdes locekle\nSIA \"Kurzemes Biznesa Partneri\"\nLiepāja, Latvija",
        &["Ilze Liepa"],
    );
    assert_eq!(
        s.organisation.as_deref(),
        Some("SIA \"Kurzemes Biznesa Partneri\"")
    );
    assert_eq!(s.country.as_deref(), Some("LV"));
    // A department, then its institution: the institution.
    let s = signature(
        "Zgłaszam udział.\n\nZ poważaniem\nAnna Wiśniewska\nCentrum Innowacji\nUniwersytet Morski w Gdyni\nul. Morska 81, 81-225 Gdynia",
        &["Anna Wiśniewska"],
    );
    assert_eq!(
        s.organisation.as_deref(),
        Some("Uniwersytet Morski w Gdyni")
    );
    // A nickname alone after the sign-off is no organisation.
    let s = signature(
        "Thanks for the confirmation.\n\nBest,\nMagda",
        &["Magdalena Zielińska"],
    );
    assert_eq!(s.organisation, None);
    // A postal district's letter does not hide the town.
    let s = signature(
        "Jeg kommer gerne.\n\nMette Holm\nFyns Vækstnetværk\nVestergade 5, 5000 Odense C",
        &["Mette Holm"],
    );
    assert_eq!(s.country.as_deref(), Some("DK"));
    // A forwarded invitation below the signature is not part of it.
    let s = signature(
        "Būšu klāt.\n\nAndris\n\nAndris Ozols\nValdes loceklis\nSIA Zemgales Koks\nJelgava, Latvija\n\n-------- Pārsūtīts ziņojums --------\nSubject: Invitation\nFrom: Events <events@bsr.test>\n\nDear all, join us.\n\nBaltic Events Agency\nRiga",
        &["Andris Ozols"],
    );
    assert_eq!(s.organisation.as_deref(), Some("SIA Zemgales Koks"));
    assert_eq!(s.country.as_deref(), Some("LV"));
    // A job title and the company on one line.
    let s = signature(
        "Hej, jag kommer.\n\nLena Holm\nVD, Holm Marin AB\nKalmar",
        &["Lena Holm"],
    );
    assert_eq!(s.organisation.as_deref(), Some("Holm Marin AB"));
    // A phone's one-line signature.
    let s = signature(
        "Jeg blir med.\n\nEirik\n\nEirik Solberg | Daglig leder | Energiklyngen Vest | Bergen",
        &["Eirik Solberg"],
    );
    assert_eq!(s.organisation.as_deref(), Some("Energiklyngen Vest"));
    assert_eq!(s.country.as_deref(), Some("NO"));
}

#[test]
fn a_legal_notice_after_the_signature_or_a_forward_below_it_does_not_hide_it() {
    let sig = signature(
        "Could you tell me about parking?\n\nBest regards,\nAnna Liepa\n\nAnna Liepa\nValdes locekle / Member of the Board\nKurzemes koka klasteris\nLiepāja\n\nŠis e-pasts un tā pielikumi var saturēt konfidenciālu informāciju, kas paredzēta tikai adresātam.\n",
        &["Anna Liepa"],
    );
    assert_eq!(sig.organisation.as_deref(), Some("Kurzemes koka klasteris"));
    let sig = signature(
        "Būšu klāt.\n\nJānis\n-- \nJānis Ozols\nSIA Kurzemes Koks\nLiepāja, Latvija\n-------- Pārsūtīts ziņojums --------\nDear all,\nwe invite you.\nBest regards,\nInga Ozola\nBaltic Cluster Network\nRīga, Latvia\n",
        &["Jānis Ozols"],
    );
    assert_eq!(sig.organisation.as_deref(), Some("SIA Kurzemes Koks"));
    assert_eq!(sig.country.as_deref(), Some("LV"));
}

#[test]
fn a_partnership_is_an_organisation_and_a_town_with_its_region_a_place() {
    let s = signature(
        "Could you send the agenda?\n\nKind regards,\nMorag\n\nMorag Sinclair\nProgramme Director\nHighland Seafood Partnership\nInverness, Highland",
        &["Morag Sinclair"],
    );
    assert_eq!(
        s.organisation.as_deref(),
        Some("Highland Seafood Partnership")
    );
    assert_eq!(s.country.as_deref(), Some("GB"));
    let s = signature(
        "Ich komme gern.\n\nMit freundlichen Grüßen\nKarin Behrens\nProjektleiterin\nNetzwerk Holzbau Nord\nOldenburg, Niedersachsen",
        &["Karin Behrens"],
    );
    assert_eq!(s.organisation.as_deref(), Some("Netzwerk Holzbau Nord"));
    assert_eq!(s.country.as_deref(), Some("DE"));
    // A town with a river in brackets; an Irish address.
    let s = signature(
        "Bis bald.\n\nTim Hagen\nGeschäftsführer\nMetallcluster Weser\nLingen (Ems)",
        &["Tim Hagen"],
    );
    assert_eq!(s.country.as_deref(), Some("DE"));
    let s = signature(
        "Thanks!\n\nAoife Daly\nCluster Manager\nAgriTech Cluster West\nOranmore, Co. Galway, Ireland",
        &["Aoife Daly"],
    );
    assert_eq!(s.organisation.as_deref(), Some("AgriTech Cluster West"));
    assert_eq!(s.country.as_deref(), Some("IE"));
}

#[test]
fn a_job_title_and_the_organisation_on_one_line() {
    for (text, name, org) in [
        (
            "Bitte anmelden.\n\nGrüße\nKlaus Wendt\nProjektleiter, Netzwerk Windenergie Nord\nHusum",
            "Klaus Wendt",
            "Netzwerk Windenergie Nord",
        ),
        (
            "Meld meg på.\n\nHilsen\nSiri Dahl\nDaglig leder, Treklyngen Vest\nFørde",
            "Siri Dahl",
            "Treklyngen Vest",
        ),
        (
            "Please register me.\n\nBest,\nAmy Clark\nMaritime Technology Cluster, Project Manager\nAberdeen, UK",
            "Amy Clark",
            "Maritime Technology Cluster",
        ),
    ] {
        let s = signature(text, &[name]);
        assert_eq!(s.organisation.as_deref(), Some(org), "{text}");
    }
}

#[test]
fn the_name_on_the_sign_offs_own_line_is_the_senders() {
    for (text, name, org) in [
        (
            "Jeg melder meg på.\nHilsen Kari Haugen\nAgder Treklynge\nArendal",
            "Kari Haugen",
            Some("Agder Treklynge"),
        ),
        ("Count me in.\nBest, Tom Reed", "Tom Reed", None),
        (
            "Bitte um Anmeldung.\nViele Grüße, Jana Voigt\nNetzwerk Ostseeholz e.V.",
            "Jana Voigt",
            Some("Netzwerk Ostseeholz e.V."),
        ),
    ] {
        let sig = signature(text, &[]);
        assert_eq!(sig.name.as_deref(), Some(name), "{text}");
        assert_eq!(sig.organisation.as_deref(), org, "{text}");
    }
    // A place after the sign-off is no name.
    let sig = signature("Bis bald.\nViele Grüße aus Kiel\nJana Voigt", &[]);
    assert_eq!(sig.name.as_deref(), Some("Jana Voigt"));
}

#[test]
fn a_name_with_the_town_after_a_comma() {
    let sig = signature(
        "Potwierdzam udział.\nJan Kowal, Olsztyn\n\nWysłane z iPhone'a",
        &["Jan Kowal"],
    );
    assert_eq!(sig.name.as_deref(), Some("Jan Kowal"));
    assert_eq!(sig.country.as_deref(), Some("PL"));
}

#[test]
fn an_organisation_in_two_languages_on_one_line_is_read_in_the_first() {
    let sig = signature(
        "Registreerin end.\n\nParimate soovidega\nMari Kask\nprojektijuht | Project Manager\nLõuna-Eesti Puiduklaster | South Estonian Wood Cluster\nVõru, Eesti",
        &["Mari Kask"],
    );
    assert_eq!(
        sig.organisation.as_deref(),
        Some("Lõuna-Eesti Puiduklaster")
    );
    // A department above its institution, on lines of their own: the institution.
    let sig = signature(
        "Zgłaszam się.\n\nPozdrawiam\nJan Kowal\nCentrum Transferu Technologii\nPolitechnika Gdańska",
        &["Jan Kowal"],
    );
    assert_eq!(sig.organisation.as_deref(), Some("Politechnika Gdańska"));
}

#[test]
fn a_departments_line_above_the_name_is_no_name() {
    for text in [
        "Czy można wystawić stoisko?\n\nZ poważaniem\nDział Sprzedaży\nJan Kowal\nAgroPak Sp. z o.o.",
        "Can we have a stand?\n\nBest regards\nDepartment Communications\nJan Kowal\nAgroPak Ltd",
    ] {
        assert_eq!(
            signature(text, &[]).name.as_deref(),
            Some("Jan Kowal"),
            "{text}"
        );
    }
}

#[test]
fn sign_offs_are_found_at_a_line_start_and_inside_a_line() {
    // A sign-off line, with a place after it; a longer line is no sign-off line.
    assert!(is_sign_off("Ar cieņu,"));
    assert!(is_sign_off("Viele Grüße aus Hamburg"));
    assert!(!is_sign_off(
        "Regards to everyone who organised the last workshop in Riga"
    ));
    assert!(!is_sign_off("Bestimmt komme ich."));
    // Inside a line: each sign-off the line holds, with where it last stands.
    let found: Vec<(&str, usize)> = sign_offs_in("… i riga. mvh anders, aalborg").collect();
    assert!(found.contains(&("mvh", 12)));
    assert_eq!(sign_offs_in("we will come to riga on monday").count(), 0);
}

#[test]
fn a_one_line_signature_with_no_sign_off_is_read_by_its_head() {
    let s = signature(
        "Sveiki!\n\nVai organizatori ir vienojušies ar kādu viesnīcu?\n\nPaldies!\nAndris Bērziņš | Projektu vadītājs | Latvijas IT klasteris",
        &["Andris Bērziņš"],
    );
    assert_eq!(s.organisation.as_deref(), Some("Latvijas IT klasteris"));
    // Near miss: a line of pipes headed by something else is no signature.
    let s = signature(
        "Please register me.\n\nAgenda | Day one | Riga Cluster Forum",
        &["Anna Berg"],
    );
    assert_eq!(s.organisation, None);
}

#[test]
fn a_slash_before_the_name_signs_the_mail() {
    let sig = signature(
        "Hej,\njag landar sent och kommer först till middagen.\n/Maria Sjöberg",
        &["Maria Sjoberg"],
    );
    assert_eq!(sig.name.as_deref(), Some("Maria Sjöberg"));
    let p = super::super::extract(
        "Hej,\njag landar sent och kommer först till middagen.\n/Maria Sjöberg",
        "",
        Some("Maria Sjoberg"),
    );
    assert_eq!(p.name.as_deref(), Some("Maria Sjöberg"));
    // Near miss: a slash before a lowercase word or a digit is no signature mark.
    assert_eq!(without_slash_mark("/ 2 dagar"), "/ 2 dagar");
    assert_eq!(without_slash_mark("/home/maria"), "/home/maria");
}

#[test]
fn a_one_line_signature_in_the_other_alphabet_than_the_header() {
    let s = inline_signature(
        "Добрый день, хотел бы участвовать.\nСергей Волков, Satakunnan Kehitys Oy, Пори, Финляндия",
        &["Sergei Volkov"],
    );
    assert_eq!(s.name.as_deref(), Some("Сергей Волков"));
    assert_eq!(s.organisation.as_deref(), Some("Satakunnan Kehitys Oy"));
    assert_eq!(s.country.as_deref(), Some("FI"));
    // Near miss: another person's name in Cyrillic is not the sender's.
    let s = inline_signature(
        "Добрый день, хотел бы участвовать.\nИгорь Титов, Satakunnan Kehitys Oy, Пори",
        &["Sergei Volkov"],
    );
    assert_eq!(s.name, None);
    assert_eq!(s.organisation, None);
}

#[test]
fn a_title_a_label_or_a_town_with_its_river_is_no_organisation() {
    for (text, name, org, country) in [
        (
            "Sveiki!\n\nKaspars Lūsis\nKlastera vadītājs\nLatvijas Mašīnbūves klasteris",
            "Kaspars Lūsis",
            Some("Latvijas Mašīnbūves klasteris"),
            None,
        ),
        (
            "Su pagarba\nLaura Norvaišė\nAdministratorė\nTelšių metalo apdirbimo klasteris",
            "Laura Norvaišė",
            Some("Telšių metalo apdirbimo klasteris"),
            None,
        ),
        (
            "Freundliche Grüße\nPaulina Wendt\nReferentin\nKreativwirtschaft Sachsen-Anhalt\nHalle (Saale)",
            "Paulina Wendt",
            Some("Kreativwirtschaft Sachsen-Anhalt"),
            Some("DE"),
        ),
        ("Ar cieņu\nAnna Ozola\nIestāde", "Anna Ozola", None, None),
    ] {
        let s = signature(text, &[name]);
        assert_eq!(s.organisation.as_deref(), org, "{text}");
        assert_eq!(s.country.as_deref(), country, "{text}");
    }
    // Near miss: a town without a river in brackets is the organisation's line when it names
    // no place ("Media (Nord)").
    let s = signature("Hilsen\nKari Berg\nMedia (Nord)", &["Kari Berg"]);
    assert_eq!(s.organisation.as_deref(), Some("Media (Nord)"));
}

#[test]
fn a_sentence_after_the_senders_name_is_no_organisation_but_a_town_after_it_is_theirs() {
    for (text, name) in [
        (
            "Tere! Nimi on kinnituses ilma täppideta – õigesti on Jüri Õunapuu. Palun parandage nimesildil.",
            "Juri Ounapuu",
        ),
        (
            "Mitt efternamn stavas Åkerlund med Å, inte Akerlund. Kan ni ändra på namnbrickan?",
            "sofia akerlund",
        ),
    ] {
        assert_eq!(inline_signature(text, &[name]).organisation, None, "{text}");
    }
    // A sentence's end before an organisation's name still lets it be read.
    let s = inline_signature(
        "Piesakos darbnīcai. Esmu Kaspars Lūsis. Latvijas Mašīnbūves klasteris.",
        &["Kaspars Lūsis"],
    );
    assert_eq!(
        s.organisation.as_deref(),
        Some("Latvijas Mašīnbūves klasteris")
    );
    let s = inline_signature(
        "Zdravstvujte, vnesite menja v spisok uchastnikov, budu oba dnja. Denis Sorokin, Narva",
        &["Denis Sorokin"],
    );
    assert_eq!(s.country.as_deref(), Some("EE"));
    // Near miss: a town after a full stop starts another sentence.
    let s = inline_signature(
        "Ich heiße Jan Berg. Kiel ist schön, aber ich komme aus Bayern.",
        &["Jan Berg"],
    );
    assert_eq!(s.country, None);
}

#[test]
fn an_organisation_that_starts_like_a_phone_word_is_no_contact_line() {
    for line in [
        "Telšių metalo apdirbimo klasteris",
        "Mobilitätscluster NRW",
        "Telemark Næringsklynge",
    ] {
        assert!(!lines::is_contact_line(line), "{line}");
    }
    // Near misses: the phone's own words before a number.
    for line in [
        "Tel.: +370 600 00000",
        "tel 22 33 44 55",
        "Telefon 040 123456",
        "Mob. 5555 1234",
        "Mobile: 07700 900123",
    ] {
        assert!(lines::is_contact_line(line), "{line}");
    }
}

#[test]
fn a_title_alone_a_department_before_the_organisation_and_a_profile_are_not_the_organisation() {
    // A title on its own line, no organisation under it.
    let s = signature(
        "Räkna med mig.\n\n/Anna Berg\nKonsult, export\nMalmö\n",
        &["Anna Berg"],
    );
    assert_eq!(s.organisation, None);
    let s = signature(
        "Hej!\n\nMvh\nAnna Berg\nRegionutvecklingsstrateg\n",
        &["Anna Berg"],
    );
    assert_eq!(s.organisation, None);
    // The secretariat before the organisation's name on one line.
    let s = signature(
        "Jeg kommer gerne.\n\nHilsen\nAnna Berg\nKlyngesekretariatet, Fødevareklynge Vest\nEsbjerg\n",
        &["Anna Berg"],
    );
    assert_eq!(s.organisation.as_deref(), Some("Fødevareklynge Vest"));
    let s = signature(
        "Bitte melden Sie mich an.\n\nAnna Berg\nGeschäftsstelle, Cluster Holz Nord\nKiel\n",
        &["Anna Berg"],
    );
    assert_eq!(s.organisation.as_deref(), Some("Cluster Holz Nord"));
    // A profile's name after "LinkedIn:" is no second organisation.
    let s = signature(
        "Lūdzu, reģistrējiet mani.\n\nAnna Ozola\nKurzemes koka klasteris\nwww.koks.lv | LinkedIn: Kurzemes koka klasteris\n",
        &["Anna Ozola"],
    );
    assert_eq!(s.organisation.as_deref(), Some("Kurzemes koka klasteris"));
}
