//! Unit tests of language detection: the sender's own words, short texts, and a known
//! language kept against a one-line reply.

use super::{detect, keep_language};

#[test]
fn a_known_language_is_kept_against_a_one_line_reply() {
    assert_eq!(
        keep_language(Some("da"), Some("nb"), "Takk, sees!"),
        Some("nb")
    );
    assert_eq!(keep_language(None, Some("lv"), "Ok"), Some("lv"));
    assert_eq!(keep_language(Some("lt"), None, "Ačiū"), Some("lt"));
    let long = "Sorry, I have to write in English from now on, because my colleague reads along and does not speak Latvian. Please answer in English.";
    assert_eq!(keep_language(Some("en"), Some("lv"), long), Some("en"));
}

#[test]
fn long_texts_use_statistics() {
    assert_eq!(
        detect("Vēlos pieteikties seminārā par klasteru internacionalizāciju Rīgā.").as_deref(),
        Some("lv")
    );
    assert_eq!(
        detect("ich würde gerne am Workshop in Riga teilnehmen. Bitte melden Sie mich an.")
            .as_deref(),
        Some("de")
    );
    assert_eq!(
        detect("Хочу зарегистрироваться на семинар в Риге.").as_deref(),
        Some("ru")
    );
}

#[test]
fn function_words_decide_short_and_close_languages() {
    for (text, lang) in [
        ("Hei, ilmoittaudun työpajaan Riiassa 2.–3.6.", "fi"),
        (
            "Nimi: Katja Nurmi\nMaa: Suomi\nKokemus: olemme vasta alussa",
            "fi",
        ),
        (
            "Sveiki, gribu pieteikties uz seminaru riga 2-3 junija. Paldies",
            "lv",
        ),
        (
            "Hei, jeg kan dessverre ikke komme, men kollegaen min kommer i stedet.",
            "nb",
        ),
        ("Tere, palun lisage mind osalejate nimekirja.", "et"),
        ("Ačiū!", "lt"),
    ] {
        assert_eq!(detect(text).as_deref(), Some(lang), "{text}");
    }
}

#[test]
fn short_texts_use_letters_and_greetings() {
    assert_eq!(detect("Paldies!").as_deref(), Some("lv"));
    assert_eq!(detect("Tack!").as_deref(), Some("sv"));
    assert_eq!(detect("Great, thanks!").as_deref(), Some("en"));
    assert_eq!(
        detect("Tack! Finns det parkering vid konferenslokalen?").as_deref(),
        Some("sv")
    );
    assert_eq!(detect(""), None);
    assert_eq!(detect("ok"), None);
}

#[test]
fn words_two_scandinavian_languages_share_tell_the_third_apart() {
    for (text, lang) in [
        // "jeg" (Danish, Norwegian) with "mig" (Danish, Swedish): only Danish writes both.
        ("Jeg tager med! Sæt mig på til begge dage.", "da"),
        ("Hej, jeg er med, skriv mig op.", "da"),
        ("Hvornår begynder det? Jeg skal have bestilt tog.", "da"),
        (
            "Vi bliver to: mig selv og min kollega, hvis I har plads til os.",
            "da",
        ),
        ("Jepp, jeg kommer begge dager.", "nb"),
        ("Glemte å si at jeg ikke spiser kjøtt.", "nb"),
        ("Jag kommer båda dagarna, skriv upp mig.", "sv"),
        (
            "Namn: Eva Lund\nLand: Sverige\nErfarenhet: inget alls ännu",
            "sv",
        ),
    ] {
        assert_eq!(detect(text).as_deref(), Some(lang), "{text}");
    }
}

#[test]
fn russian_in_latin_letters_is_russian() {
    for text in [
        "Dobryj den! Zapishite menja, pozhalujsta, na seminar v Rige. S uvazheniem, Pavel",
        "zdravstvuyte, khochu uchastvovat oba dnya. Nina, Narva",
        "izvinite, ne smogu priehat, udalite menja iz spiska",
        "Spasibo, budu!",
    ] {
        assert_eq!(detect(text).as_deref(), Some("ru"), "{text}");
    }
    // Words a Latin-script language of the region writes alike do not make Russian.
    for (text, lang) in [
        (
            "Dzień dobry, proszę zapisać mnie na warsztaty w Rydze.",
            "pl",
        ),
        ("Sveiki, aš dalyvausiu seminare Rygoje abi dienas.", "lt"),
    ] {
        assert_eq!(detect(text).as_deref(), Some(lang), "{text}");
    }
}

#[test]
fn very_short_answers_have_a_language() {
    for (text, lang) in [
        ("Olen mukana! t. Mika", "fi"),
        ("Jah, osalen. Tiit", "et"),
        ("dalyvausiu, Rimas", "lt"),
        ("piesakos, Ainārs", "lv"),
    ] {
        assert_eq!(detect(text).as_deref(), Some(lang), "{text}");
    }
    // Too little to tell stays undecided rather than guessed.
    assert_eq!(detect("ok!"), None);
}
