//! Experience read from form values and running text, in the languages of the region.
use super::*;

#[test]
fn not_yet_or_new_to_work_abroad_is_starting_and_a_first_day_is_nothing() {
    for text in [
        "Als Verband haben wir noch keine internationalen Projekte gemacht.",
        "Auslandsmärkte sind für uns Neuland.",
        "Vi har ännu inte sålt något utomlands.",
        "Yhdistyksenä emme ole vielä tehneet kansainvälistä yhteistyötä.",
        "We only started exporting outside Finland this year.",
        "I år startar vi vårt första exportprojekt.",
    ] {
        assert_eq!(
            experience_in_text(text),
            Some(Experience::Starting),
            "{text}"
        );
    }
    assert_eq!(
        experience_in_text("I can only come on the first day."),
        None
    );
}

#[test]
fn not_beginners_are_experienced_and_new_work_abroad_is_starting() {
    for text in [
        "vi är inte nybörjare på området.",
        "Ar eksportu mūsu klasteris strādā jau piekto gadu, tā ka neesam iesācēji.",
        "Wir sind keine Anfänger im Export.",
        "Наша компания уже лет пять работает с партнёрами в Швеции и Финляндии.",
    ] {
        assert_eq!(
            experience_in_text(text),
            Some(Experience::Experienced),
            "{text}"
        );
    }
    for text in [
        "I manage a young cluster, so internationalisation is quite new for us.",
        "Kansainvälinen yhteistyö on meille vielä uutta.",
        "Mūsu klasteris eksporta jomā ir salīdzinoši jauns.",
        "Eksport er ganske nytt for oss.",
        "Для нас экспорт относительно новая тема.",
    ] {
        assert_eq!(
            experience_in_text(text),
            Some(Experience::Starting),
            "{text}"
        );
    }
}

#[test]
fn experience_from_text() {
    assert_eq!(
        experience_in_text(
            "we are new to internationalisation and would like to learn from more experienced clusters."
        ),
        Some(Experience::Starting)
    );
    assert_eq!(
        experience_in_text("We have many years of experience with export."),
        Some(Experience::Experienced)
    );
    assert_eq!(experience_in_text("Please register me."), None);
    // Beginners named as the audience are someone else; "först" (only/first) alone is
    // no beginning.
    assert_eq!(
        experience_in_text("Temat byłby przydatny dla początkujących klastrów."),
        None
    );
    assert_eq!(
        experience_in_text("Jag såg inbjudan först nu, finns det plats?"),
        None
    );
    assert_eq!(
        experience_in_text("Wir stehen beim Export noch ganz am Anfang."),
        Some(Experience::Starting)
    );
    assert_eq!(
        experience_in_text("Vi har aldrig før samarbejdet med internationale klynger."),
        Some(Experience::Starting)
    );
    // "Never before" about something else says nothing.
    assert_eq!(experience_in_text("I have never been to Riga."), None);
    assert_eq!(
        experience_in_text("Meillä on pitkä kokemus vientihankkeista."),
        Some(Experience::Experienced)
    );
    assert_eq!(
        experience_in_text("Vi er helt nye i eksportarbejdet."),
        Some(Experience::Starting)
    );
    assert_eq!(
        experience_in_text("Užsienio rinkose mes dar tik pradedame dirbti."),
        Some(Experience::Starting)
    );
}

#[test]
fn what_others_have_or_what_was_said_before_is_not_the_senders_experience() {
    // About a person recommended in the same sentence.
    assert_eq!(
        experience_in_text(
            "Maybe invite Ann Lee from the food cluster, who only started exporting this year."
        ),
        None
    );
    // A correction of what the sender wrote before.
    assert_eq!(
        experience_in_text(
            "I wrote that we were beginners, but we do have experience with trade missions."
        ),
        Some(Experience::Experienced)
    );
    assert_eq!(
        experience_in_text("Jag skrev att vi är nybörjare, men vi har erfarenhet av export."),
        Some(Experience::Experienced)
    );
    // A beginners' group named as the place not to be in.
    assert_eq!(
        experience_in_text("Please do not put me in the beginners' group."),
        None
    );
}

#[test]
fn years_and_work_abroad_count_only_in_one_clause() {
    for text in [
        "Od lat uczę w szkole średniej, a teraz planujemy wyjazd na targi do Szwecji.",
        "Seit Jahren forsche ich dazu, wie Netzwerke ihre internationalen Kontakte pflegen.",
        "I have taught at a college for years, and now we plan a trip to a fair in Sweden.",
        "Jau vairākus gadus pētu, kā klasteri mēra savu starptautisko sadarbību.",
    ] {
        assert_eq!(experience_in_text(text), None, "{text}");
    }
    for text in [
        "For ten years, our cluster has led trade missions abroad.",
        "Since 2015, a team of ours has organised trade missions abroad.",
    ] {
        assert_eq!(
            experience_in_text(text),
            Some(Experience::Experienced),
            "{text}"
        );
    }
}

#[test]
fn grouping_by_experience_or_finding_out_is_no_level_of_the_senders() {
    for text in [
        "Werden die Gruppen nach Erfahrungsstand eingeteilt?",
        "Es wäre gut zu erfahren, ob es eine Liste gibt.",
        "Skal gruppene deles etter erfaring?",
        "Will the groups be split by experience level?",
        "Vai grupas tiks veidotas pēc pieredzes?",
    ] {
        assert_eq!(experience_in_text(text), None, "{text}");
    }
}

#[test]
fn what_was_written_before_in_inverted_order_is_taken_back() {
    assert_eq!(
        experience_in_text(
            "Da jeg svarte, skrev jeg at vi har lang erfaring med eksport. Vi har faktisk akkurat begynt å selge til Sverige."
        ),
        Some(Experience::Starting)
    );
    assert_eq!(
        experience_in_text(
            "När jag anmälde mig skrev jag visst att vi har lång erfarenhet av export. Vi har nyss börjat sälja till Norge."
        ),
        Some(Experience::Starting)
    );
    for text in [
        "Vi har lige taget hul på eksporten til Tyskland.",
        "Vi har nettopp tatt hull på det internasjonale arbeidet.",
    ] {
        assert_eq!(
            experience_in_text(text),
            Some(Experience::Starting),
            "{text}"
        );
    }
}

#[test]
fn a_beginning_or_a_new_topic_in_other_words() {
    use Experience::*;
    for (text, want) in [
        ("For our network this is only the beginning.", Starting),
        ("Temat jest dla nas nowy, to dopiero początek.", Starting),
        ("Das Thema ist für uns ziemlich neu.", Starting),
        ("Vi har akkurat begynt å selge til Sverige.", Starting),
        (
            "We have been running matchmaking trips for seven years now.",
            Experienced,
        ),
        ("Doswiadczenia w eksporcie mamy sporo.", Experienced),
    ] {
        assert_eq!(experience_in_text(text), Some(want), "{text}");
    }
}

#[test]
fn first_steps_long_standing_experience_and_newcomers() {
    use Experience::*;
    for (text, want) in [
        ("These are our first steps on foreign markets.", Starting),
        ("Для нас это первые шаги на зарубежных рынках.", Starting),
        ("Eksport on meie jaoks täiesti uus valdkond.", Starting),
        ("Vi har ikke arbejdet med eksport før.", Starting),
        ("We are complete newcomers to exporting.", Starting),
        ("Mēs tikko sākām eksportēt.", Starting),
        (
            "Mamy wieloletnie, bogate doświadczenie w projektach z partnerami.",
            Experienced,
        ),
        (
            "We have a strong track record in export promotion.",
            Experienced,
        ),
    ] {
        assert_eq!(experience_in_text(text), Some(want), "{text}");
    }
}

#[test]
fn little_experience_or_only_local_work() {
    use Experience::*;
    for (text, want) in [
        ("Mit Auslandsmärkten haben wir kaum Erfahrung.", Starting),
        ("Meillä ei ole juuri kokemusta viennistä.", Starting),
        ("Bisher haben wir nur regional gearbeitet.", Starting),
        ("Vi har hittills bara jobbat lokalt.", Starting),
        ("Wir sind Einsteiger im Export.", Starting),
    ] {
        assert_eq!(experience_in_text(text), Some(want), "{text}");
    }
    // Experience named without a negation, or a negation far from it: nothing new.
    assert_eq!(
        experience_in_text("I'm not sure whether my experience fits the programme."),
        None
    );
}

#[test]
fn experience_told_without_the_word() {
    use Experience::*;
    for (text, want) in [
        (
            "Our cluster has run export programmes for its members for about a decade.",
            Experienced,
        ),
        (
            "Unser Netzwerk begleitet seit über zehn Jahren Unternehmen auf ausländischen Märkten.",
            Experienced,
        ),
        ("We have organised trade missions since 2014.", Experienced),
        (
            "Mūsu klasteris jau desmit gadus organizē eksporta misijas.",
            Experienced,
        ),
        (
            "Vi har i snart femton år hjälpt företag ut på den norska marknaden.",
            Experienced,
        ),
        ("We only began looking abroad last year.", Starting),
        (
            "Nasz klaster dopiero zaczyna przygodę z zagranicą.",
            Starting,
        ),
        ("Vi har så vidt begynt å se utover landegrensene.", Starting),
    ] {
        assert_eq!(experience_in_text(text), Some(want), "{text}");
    }
    // A duration of something else says nothing of working abroad.
    assert_eq!(
        experience_in_text("Our cluster was founded ten years ago."),
        None
    );
    // A form's experience line needs no topic word.
    assert_eq!(experience("wir fangen gerade erst an"), Some(Starting));
    assert_eq!(experience("olemme vasta alussa"), Some(Starting));
    assert_eq!(experience("jau kelerius metus"), Some(Experienced));
}

#[test]
fn just_begun_looking_beyond_the_region_is_starting_and_not_new_to_it_is_experienced() {
    for text in [
        "We have only just begun to look beyond the Baltic states.",
        "Vi har nettopp begynt å selge utover Skandinavia.",
        "Olemme vasta tänä vuonna alkaneet viedä tuotteita ulkomaille.",
        "Mūsų įmonės tik pradeda ieškoti partnerių užsienyje.",
    ] {
        assert_eq!(
            experience_in_text(text),
            Some(Experience::Starting),
            "{text}"
        );
    }
    let text = "We have taken companies to fairs abroad for years, so we are not new to this.";
    assert_eq!(
        experience_in_text(text),
        Some(Experience::Experienced),
        "{text}"
    );
}
