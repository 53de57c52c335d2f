//! Months and seasons in the languages of the event, as lower-case word beginnings. One list
//! serves every rule that asks "is this word a month?": a tenure ("seit März", "od marca"), a
//! date in a correction ("Kopš 1. maija strādāju …"), a question that only names the time ("Riga
//! in June?", "Рига в июне?") and a date next to a day's number ("14 October", "2. jūnijā").

/// Months' names as they begin, in every language of the event and in the case forms a date,
/// "since" or "in" puts them in ("June", "Juni", "jūnijā", "birželio", "birželį", "juunil",
/// "kesäkuuta", "czerwca", "w czerwcu", "июня", "в июне"). Each beginning is long enough not to
/// start a common word ("marts" but not "mar"); the short names are in `MONTH_WORDS`.
pub const MONTHS: &[&str] = &[
    // English
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    // German (also Austrian "Jänner")
    "januar",
    "jänner",
    "februar",
    "märz",
    "oktober",
    "dezember",
    // Danish, Norwegian, Swedish (the rest begin as German or English ones do)
    "mars",
    "marts",
    "augusti",
    "desember",
    // Latvian
    "janvār",
    "februār",
    "mart",
    "aprīl",
    "maij",
    "jūnij",
    "jūlij",
    "august",
    "septembr",
    "oktobr",
    "novembr",
    "decembr",
    // Lithuanian, genitive and accusative
    "sausio",
    "sausį",
    "vasario",
    "vasarį",
    "kovo",
    "kovą",
    "balandž",
    "balandį",
    "gegužės",
    "gegužę",
    "biržel",
    "liepos",
    "liepą",
    "rugpjūč",
    "rugpjūtį",
    "rugsėj",
    "spalio",
    "spalį",
    "lapkrič",
    "lapkritį",
    "gruodži",
    "gruodį",
    // Estonian
    "jaanuar",
    "veebruar",
    "märts",
    "aprill",
    "juuni",
    "juuli",
    "oktoober",
    "detsember",
    // Finnish
    "tammikuu",
    "helmikuu",
    "maaliskuu",
    "huhtikuu",
    "toukokuu",
    "kesäkuu",
    "heinäkuu",
    "elokuu",
    "syyskuu",
    "lokakuu",
    "marraskuu",
    "joulukuu",
    // Polish
    "stycz",
    "luty",
    "lute",
    "marca",
    "marcu",
    "kwiet",
    "maja",
    "maju",
    "czerw",
    "lipc",
    "sierp",
    "wrześ",
    "paździer",
    "listopad",
    "grud",
    // Russian
    "январ",
    "феврал",
    "март",
    "апрел",
    "мая",
    "мае",
    "май",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];

/// Months' names too short to be a word's beginning, as whole words: "mai" begins "main" and
/// "juni" "junior"; English "may" is left out, being a verb.
pub const MONTH_WORDS: &[&str] = &["mai", "maj", "juni", "juli"];

/// Seasons as they begin, in the same languages and cases ("since spring", "seit dem Herbst",
/// "kopš pagājušā rudens", "nuo vasaros", "с весны").
pub const SEASONS: &[&str] = &[
    "spring",
    "summer",
    "autumn",
    "winter",
    "frühjahr",
    "frühling",
    "sommer",
    "herbst",
    "sommar",
    "vinter",
    "höst",
    "høst",
    "efterår",
    "forår",
    "våren",
    "pavasar",
    "vasar",
    "ruden",
    "ziem",
    "vasaros",
    "rudens",
    "žiem",
    "kevad",
    "sügis",
    "talv",
    "kevää",
    "kevät",
    "kesä",
    "syksy",
    "wiosn",
    "wiośn",
    "jesien",
    "jesień",
    "zimy",
    "zimie",
    "zimą",
    "весн",
    "осен",
    "зим",
];

/// The short forms written after a day's number ("3 Jan", "14. Okt", "2 Dec"): a date only next
/// to the number, since most of them begin common words ("market", "decide").
pub const SHORT_MONTHS: &[&str] = &[
    "jan", "feb", "mär", "mar", "apr", "mai", "may", "jun", "jul", "aug", "sep", "okt", "oct",
    "nov", "dez", "dec",
];

/// Whether `word` (lower case; a stop or comma after it is let be) is a month's name in any
/// language and case.
pub fn is_month(word: &str) -> bool {
    MONTHS.iter().any(|m| word.starts_with(m))
        || MONTH_WORDS.contains(&word.trim_end_matches(|c: char| !c.is_alphabetic()))
}

/// Whether `word` (lower case) is a month's name or a season's.
pub fn is_month_or_season(word: &str) -> bool {
    is_month(word) || SEASONS.iter().any(|s| word.starts_with(s))
}

/// Whether `word` (lower case) is a month as written next to a day's number, short or long.
pub fn is_month_by_a_day(word: &str) -> bool {
    SHORT_MONTHS.iter().any(|m| word.starts_with(m)) || is_month(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_found_in_every_language_and_case() {
        for word in [
            "june",
            "juni",
            "jūnijā",
            "birželio",
            "birželį",
            "juunil",
            "kesäkuuta",
            "czerwca",
            "czerwcu",
            "июня",
            "июне",
            "maijā",
            "gegužės",
            "toukokuussa",
            "maja",
            "мая",
            "mai",
        ] {
            assert!(is_month(word), "{word}");
        }
    }

    #[test]
    fn common_words_are_no_months() {
        for word in [
            "market", "maybe", "main", "maintain", "decide", "novel", "separate", "design",
            "junior", "may", "mark", "marcin",
        ] {
            assert!(!is_month(word), "{word}");
        }
        assert!(!is_month_or_season("office"));
    }

    #[test]
    fn short_forms_count_only_by_a_day() {
        assert!(is_month_by_a_day("oct"));
        assert!(is_month_by_a_day("dez"));
        assert!(is_month_by_a_day("kesäkuuta"));
        assert!(!is_month("oct"));
        assert!(is_month("mai,"));
    }

    #[test]
    fn seasons_are_found_in_their_case_forms() {
        for word in [
            "rudens",
            "vasaros",
            "весны",
            "wiosny",
            "hösten",
            "sügisest",
            "syksyllä",
        ] {
            assert!(is_month_or_season(word), "{word}");
        }
        assert!(!is_month("rudens"));
    }
}
