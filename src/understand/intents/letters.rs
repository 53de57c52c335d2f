//! A letter about other business that registers in a paragraph of its own ("Hi Tom, thanks for
//! the minutes … / Which brings me to June: I'm registering for the workshop in Riga, register@
//! is in copy. / Could you also send me the partner list?"): what it asks or proposes about the
//! other business is for the person it greets, not for the organisers (`tests/eval/README.md`,
//! Labels: a letter about other business).

use super::super::lexicon::being_there::EVENT_NOUNS;
use super::super::lexicon::replies::{GREETINGS, PROGRAMME_PARTS};
use super::aside::{names_the_event_word, names_the_stay};
use super::corrections::Correction;
use super::sentences::Read;
use super::trips::names_the_place;
use super::{ATTENDING, REGISTERING};

/// The first paragraph after the greeting is business of its own from this length (bytes) on:
/// "Hope you are well!" is no topic.
const BUSINESS_LENGTH: usize = 80;

/// Words after a greeting that greet no one person (beginnings, lowercase): "Hi all", "Dear
/// organisers", "Liebes Orga-Team", "Guten Tag".
const NO_NAME: &[&str] = &[
    "all",
    "organi",
    "team",
    "orga",
    "kolleg",
    "colleag",
    "arrang",
    "korrald",
    "järjest",
    "организатор",
    "everyone",
    "zusammen",
    "alle",
    "kaikki",
    "visi",
    "kõigile",
    "wszyscy",
    "tag",
    "morgen",
    "abend",
];

/// Whether the line greets one person by name ("Hi Tom,", "Hallo Svenja,", "Hei Sanna,",
/// "Dear Ms Ozola,", "Rasa, labas,"): a greeting word and a capitalised word that names no
/// group, either first.
fn greets_by_name(line: &str) -> bool {
    let words: Vec<&str> = line
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let named = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && !NO_NAME.iter().any(|n| w.to_lowercase().starts_with(n))
    };
    let greeting = |g: &&str| GREETINGS.contains(&g.to_lowercase().as_str());
    let (first, second) = (words.first(), words.get(1));
    (2..=3).contains(&words.len())
        && ((first.is_some_and(greeting) && second.is_some_and(named))
            || (first.is_some_and(named) && second.is_some_and(greeting)))
}

/// Whether the line opens an item of a list: a dash or a bullet ("- …", "• …") or a number
/// with a dot or a bracket ("2. …", "3) …").
fn opens_item(line: &str) -> bool {
    let line = line.trim_start();
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    line.starts_with(['-', '–', '•', '*']) || (digits > 0 && line[digits..].starts_with(['.', ')']))
}

/// A paragraph that lists points of business ("A few things:\n- the budget …\n- Can you
/// check …?\n- I'm going to Riga …"): its items, each one line, when it holds two or more.
fn list_items(para: &str) -> Option<Vec<&str>> {
    let items: Vec<&str> = para.lines().filter(|l| opens_item(l)).collect();
    (items.len() >= 2).then_some(items)
}

/// In a paragraph that lists points, the item that concerns the event (the first that does
/// not keep off it) and the length of the text before it (the points of other business).
fn event_item<'a>(para: &'a str, places: &[String]) -> Option<(&'a str, usize)> {
    let items = list_items(para)?;
    let item = items.into_iter().find(|i| !off_the_event(i, places))?;
    let before = para.find(item).unwrap_or(0);
    Some((item, para[..before].trim().len()))
}

/// Whether the mail opens on other business: it greets one person by name, and its first
/// paragraph after the greeting is of some length and comes before the paragraph that
/// registers (`registering`), or before the point that registers in a list.
fn opens_on_other_business(paras: &[&str], registering: usize, places: &[String]) -> bool {
    let Some(first) = paras.first() else {
        return false;
    };
    let mut lines = first.trim().lines();
    if !lines.next().is_some_and(greets_by_name) {
        return false;
    }
    let rest = lines.collect::<Vec<_>>().join(" ");
    let at = usize::from(rest.trim().is_empty());
    // "Hi Tom,\n\nA few things:\n- the budget …\n- I'm going to Riga …": points before.
    let listed = paras
        .get(registering)
        .and_then(|p| event_item(p, places))
        .map_or(0, |(_, before)| before);
    // The business may run on over several paragraphs ("Rasa, labas, / I read the budget.
    // A few remarks: / – …").
    let business = rest.trim().len()
        + listed
        + paras
            .get(1..registering)
            .unwrap_or(&[])
            .iter()
            .map(|p| p.trim().len())
            .sum::<usize>();
    (registering > at || listed > 0) && business >= BUSINESS_LENGTH
}

/// Whether the paragraph names nothing of the event: no event noun or part of the programme,
/// no word of registering or attending, not the event's place, no trip, stay or food.
fn off_the_event(para: &str, places: &[String]) -> bool {
    let read = Read::new(para);
    !read
        .words()
        .any(|w| names_the_event_word(w) || PROGRAMME_PARTS.iter().any(|p| w.starts_with(p)))
        && !read.mentions(&REGISTERING)
        && !read.mentions(&ATTENDING)
        && !names_the_place(para, places)
        && !names_the_stay(&read)
}

/// Where a mail registers: the paragraph of its strongest registering sentence, the first of
/// equals. One where the sender names themselves ("so the organisers can put me down") goes
/// before a word of registering alone (a budget's "dopisałbym 8 tys. zł", "I would add"),
/// and that before being there said without one.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct RegistersIn(Option<(usize, u8)>);

impl RegistersIn {
    /// A sentence of paragraph `para` registers: in words of registering (`strong`), and
    /// naming the sender (`by_self`).
    pub(super) fn note(&mut self, para: usize, strong: bool, by_self: bool) {
        let rank = u8::from(strong) + u8::from(by_self);
        if self.0.is_none_or(|(_, best)| best < rank) {
            self.0 = Some((para, rank));
        }
    }

    /// The paragraph the mail registers in, if any.
    pub(super) fn para(self) -> Option<usize> {
        self.0.map(|(para, _)| para)
    }
}

/// A mail, read as a letter about other business (see the module).
pub(super) struct Letter<'a> {
    paras: &'a [&'a str],
    places: &'a [String],
    /// The paragraph that registers, when the mail opens on other business before it.
    registering: Option<usize>,
    /// The mail answers regbot's mail to the registered: its corrections are the record's.
    to_registered: bool,
}

impl<'a> Letter<'a> {
    /// `registering`: the paragraph the mail registers in, if any.
    pub(super) fn new(
        paras: &'a [&'a str],
        registering: Option<usize>,
        places: &'a [String],
        to_registered: bool,
    ) -> Self {
        let registering = registering.filter(|at| opens_on_other_business(paras, *at, places));
        Letter {
            paras,
            places,
            registering,
            to_registered,
        }
    }

    /// In a letter about other business, keeps the questions, the ideas and the corrections
    /// of the paragraph that registers and of those that name the event's place ("I'll take
    /// the ferry to Riga. Do you start at nine?") or the event as that paragraph calls it ("…
    /// whether the workshop has a dinner"); the others are for the person greeted, even where
    /// they speak of meetings, events or participants of their own ("Can you add the study
    /// visit with the participant count?", "the number of members should be 11, not 12"). A
    /// question that names nothing of the event is for that person too, even in a paragraph
    /// that does ("I added the attendance figures. Could you check the accounts?"). A mail
    /// that registers in no paragraph keeps all.
    pub(super) fn keep_for_the_event(
        &self,
        question: &mut Vec<(usize, &str)>,
        idea_paras: &mut Vec<usize>,
        corrected: &mut Vec<Correction>,
    ) {
        let Some(registering) = self.registering else {
            return;
        };
        let (paras, places) = (self.paras, self.places);
        // The event as the paragraph that registers calls it ("workshop", "semināru").
        let registering_text = paras.get(registering).copied().unwrap_or("");
        let called: Vec<&str> = Read::new(registering_text)
            .words()
            .filter(|w| names_the_event_word(w))
            .filter_map(|w| EVENT_NOUNS.iter().copied().find(|e| w.starts_with(e)))
            .collect();
        let names_it = |text: &str| {
            names_the_place(text, places)
                || Read::new(text)
                    .words()
                    .any(|w| names_the_event_word(w) && called.iter().any(|e| w.starts_with(e)))
        };
        let kept = |p: &usize| *p == registering || paras.get(*p).is_none_or(|t| names_it(t));
        let for_the_event = |p: &usize, s: &str| {
            !off_the_event(s, places) || paras.get(*p).is_some_and(|t| names_the_place(t, places))
        };
        // In a list of points, a question of another point than the event's is for the
        // person greeted ("- Can you check the VAT?" above "- I'm going to Riga, register@ in
        // copy").
        let listed = paras.get(registering).and_then(|p| event_item(p, places));
        let in_its_point = |s: &str| {
            listed.is_none_or(|(item, _)| {
                registering_text
                    .lines()
                    .find(|l| l.contains(s))
                    .is_none_or(|l| !opens_item(l) || l == item || !off_the_event(l, places))
            })
        };
        question.retain(|(p, s)| {
            if *p == registering {
                in_its_point(s)
            } else {
                kept(p) && for_the_event(p, s)
            }
        });
        idea_paras.retain(kept);
        if !self.to_registered {
            corrected.retain(|c| kept(&c.para));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Intent::*;
    use super::super::tests::intents;

    #[test]
    fn questions_in_the_other_points_of_a_list_are_for_the_colleague() {
        for text in [
            "Hi Tom,\n\nThanks for the draft. Some points:\n- The travel line is too low for \
             two fairs.\n- Could you ask the auditor whether the VAT is right?\n- I've put \
             register@ in copy: I'm going to the workshop in June, so please put me down.\n- \
             The general assembly moves to May.\n\nAnna",
            "Hej Lars,\n\nTack för protokollet. Några saker:\n1. Kostnaderna för mässan flyttas \
             till hösten.\n2. Kan du kolla om medlemmarna har betalat?\n3. register@ i kopia: \
             jag åker på workshoppen i juni, så skriv gärna upp mig.\n\nEva",
            "Hei Pekka,\n\nKiitos luonnoksesta. Muutama asia:\n- Matkakulut ylittyvät, \
             siirretään messut ensi vuoteen.\n- Voisitko tarkistaa, onko maksatus tullut?\n- \
             Laitoin register@ kopioksi: osallistun työpajaan kesäkuussa.\n\nLiisa",
        ] {
            assert_eq!(intents("Budget", text), vec![Registration], "{text}");
        }
    }

    #[test]
    fn a_question_in_the_events_point_is_the_organisers() {
        let text = "Hi Tom,\n\nThanks for the draft. Some points:\n- The travel line is too low \
                    for two fairs.\n- I've put register@ in copy: I'm going to the workshop in \
                    June, so please put me down. Is there parking at the venue?\n\nAnna";
        let found = intents("Budget", text);
        assert!(found.contains(&Question), "{found:?}");
        assert!(found.contains(&Registration), "{found:?}");
    }

    #[test]
    fn corrections_of_the_other_business_correct_no_registration() {
        for text in [
            "Hi Maria,\n\nThanks for the minutes of the board meeting. One correction: the \
             membership fee was raised to 400 euros, not 450, and Jonas chaired, not Petra.\n\n\
             Also, I've put register@ in copy – please sign me up for the workshop in June.\n\n\
             Tom",
            "Hallo Jens,\n\ndanke für den Entwurf des Jahresberichts. Eine Korrektur: Wir \
             hatten 23 neue Mitglieder, nicht 32, und die Messe war in Hannover, nicht in Köln.\
             \n\nÜbrigens: Bitte melden Sie mich für den Workshop im Juni an, die \
             Anmeldeadresse ist in Kopie.\n\nGruß\nKarin",
            "Labdien, Ilze!\n\nPaldies par protokolu. Viens labojums: biedru skaits ir 41, \
             nevis 44, un sēdi vadīja Andris, nevis Ieva.\n\nUn vēl – lūdzu, pierakstiet mani \
             uz semināru jūnijā.\n\nMāris",
        ] {
            assert_eq!(intents("Minutes", text), vec![Registration], "{text}");
        }
    }

    #[test]
    fn questions_about_meetings_and_participants_of_the_other_business_are_the_colleagues() {
        for text in [
            "Hi Sara,\n\nThanks for the report. The study trip to Gdańsk had 14 participants, \
             not 12. Can you fix that in the table and check the meeting costs?\n\nI've copied \
             the registration address: please register me for the workshop in June.\n\nCould \
             we talk on Monday about the annual meeting agenda?\n\nOla",
            "Hallo Tim,\n\nanbei die Teilnehmerliste unserer Mitgliederversammlung vom März. \
             Kannst du prüfen, ob alle Firmen erfasst sind?\n\nIch habe register@ in Kopie \
             gesetzt, damit man mich für den Workshop im Juni einträgt.\n\nViele Grüße\nAnja",
            "Hei Mikko,\n\ntässä ehdotukseni syyskokouksen ohjelmaksi: avaus, talous, \
             jäsenasiat ja muut asiat. Puheenjohtajaksi ehdottaisin Ainoa.\n\nLaitoin \
             register@ kopioksi, jotta järjestäjät kirjaavat minut kesäkuun työpajaan.\n\n\
             Ehditkö katsoa budjetin ennen kokousta?\n\nSanna",
            "Sveiks, Pēteri!\n\nPielikumā biedru sapulces protokols un dalībnieku saraksts. \
             Vai vari pārbaudīt, vai visi uzņēmumi ir sarakstā?\n\nLūdzu, reģistrējiet mani \
             uz semināru jūnijā, reģistrācijas adrese ir kopijā.\n\nAnna",
            // "dopisałbym" (I would add) to a budget registers nobody: the paragraph that asks
            // a place for the sender is the one that registers.
            "Cześć Ania,\n\nprzesyłam uwagi do wniosku. W kosztach podróży dopisałbym dwa \
             bilety na targi. Czy możesz sprawdzić limit kosztów?\n\nProszę o zapisanie mnie \
             na warsztaty w czerwcu – adres rejestracji jest w kopii.\n\nPiotr",
        ] {
            assert_eq!(intents("Report", text), vec![Registration], "{text}");
        }
    }

    #[test]
    fn a_question_beside_the_events_place_is_the_organisers() {
        let text = "Hi Tom,\n\nThanks for the draft, the figures for the fair need checking \
                    before Friday, the auditor wants them.\n\nI'm registering for the \
                    workshop in June, register@ is in copy.\n\nI'll fly to Riga the night \
                    before: do the sessions start at nine?\n\nAnna";
        let places = vec!["Riga".to_string()];
        let found = super::super::detect_at(Some("Draft"), text, false, &places).intents;
        assert!(found.contains(&Question), "{found:?}");
        assert!(found.contains(&Registration), "{found:?}");
    }
}
