//! Corrections of a registration: the sender asking to fix what regbot recorded ("könnten Sie
//! das auf dem Namensschild korrigieren?"), saying what they forgot or wrote when registering,
//! or that they work somewhere else now.

use super::super::lexicon::corrections::*;
use super::super::lexicon::documents::{DOCUMENT_NOUNS, SENDING_DOCUMENTS};
use super::super::lexicon::months::is_month_or_season;
use super::super::lexicon::questions::REQUEST_OPENERS;
use super::super::lexicon::replies::ANSWERING;
use super::super::lexicon::stance::{FIRST_PERSON, NEGATORS, POSSESSIVE, REQUEST_WORDS};
use super::matching::Lexicon;
use super::sentences::Read;
use std::sync::LazyLock;

static CORRECTING: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(CORRECTION, &[]));
static CORRECTING_PHRASES: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&[], CORRECTION_PHRASES));
static CORRECTING_PHRASES_IN_REPLY: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&[], CORRECTION_PHRASES_IN_REPLY));
static CORRECTING_IN_REPLY: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(CORRECTION_IN_REPLY, &[]));
static FORGETTING: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(FORGOT, &[]));
static SAYING_SOMETHING: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(SAYING, &[]));
static CHANGING_SOMETHING: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(CHANGING, &[]));
static A_FIELD: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(RECORD_FIELDS, &[]));
static MARKING_SOMETHING: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(MARKING, &[]));
static AN_EXPERIENCE: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(EXPERIENCE_VALUES, &[]));
static WRITTEN_WRONG: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(WRONG, &[]));
static SPELLED_AS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(SPELLED, &[]));
static SENDING_A_DOCUMENT: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(SENDING_DOCUMENTS, &[]));
static A_DOCUMENT: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(DOCUMENT_NOUNS, &[]));

/// A sentence that corrects or introduces, and where it stands: the sentences decide together
/// whether the mail updates a registration (see `letters`, which gives those of a letter about
/// other business to the person greeted).
#[derive(Debug, Clone, Copy)]
pub(super) struct Correction {
    /// The paragraph of the sentence (`usize::MAX` for the subject).
    pub para: usize,
    /// Only "my name is …", "I work for …": news that introduces the sender.
    pub introduces: bool,
    /// Only a note to take into account ("I'm vegetarian, please take it into account").
    pub only_note: bool,
}

impl Correction {
    /// The correcting `sentence` of paragraph `para`; `introduces`: it only introduces.
    pub(super) fn new(para: usize, introduces: bool, sentence: &str) -> Self {
        Correction {
            para,
            introduces,
            // "Jestem na diecie – proszę uwzględnić przy lunchu": a note.
            only_note: super::replies::asks_to_take_note(sentence),
        }
    }

    /// Whether the corrections kept correct more than they introduce ("please update my
    /// registration", "instead of me" correct whatever else the mail asks; "my name is …" only
    /// introduces), and whether they are more than a note to take into account.
    pub(super) fn weigh(corrected: &[Correction]) -> (bool, bool) {
        let corrects_more = corrected.iter().any(|c| !c.introduces);
        let beyond_note = corrected.iter().any(|c| !c.introduces && !c.only_note);
        (corrects_more, beyond_note)
    }
}

/// Whether a mail is about a document written with partners ("Kommentarer til
/// ansøgningsudkastet", "Re: Wniosek – wersja 3", "Partnerių susitikimo protokolas"): its
/// subject names one, and it answers no mail of regbot's.
pub(super) fn on_document(subject: Option<&str>, reply_to_own: bool) -> bool {
    !reply_to_own && subject.is_some_and(|s| Read::new(s).mentions(&A_DOCUMENT))
}

/// Whether the sentence opens a list of remarks on the document the sentence before names
/// ("Peržiūrėjau partnerių susitikimo protokolą. Keletas pataisymų:").
pub(super) fn after_document(sentence: &str, previous: Option<&str>) -> bool {
    sentence.trim_end().ends_with(':')
        && previous.is_some_and(|p| Read::new(p).mentions(&A_DOCUMENT))
}

/// Whether the sentence asks for a correction ("könnten Sie das auf dem Namensschild
/// korrigieren?", "kan I rette det på navneskiltet?").
/// `on_document`: the mail or the sentence before is about a document (see [`on_document`]);
/// then "a few corrections" are the document's unless the sentence names a field.
pub(super) fn corrects(read: &Read, reply_to_own: bool, on_document: bool) -> bool {
    let of_a_document = || (on_document || read.mentions(&A_DOCUMENT)) && !read.mentions(&A_FIELD);
    (read.positive(&CORRECTING, false) && !sends_corrected_document(read) && !of_a_document())
        || read.mentions(&CORRECTING_PHRASES)
        || adds_forgotten(read)
        || ((read.mentions(&WRITTEN_WRONG) || read.mentions(&SPELLED_AS))
            && read.mentions(&A_FIELD))
        || changes_field(read, reply_to_own)
        || (reply_to_own && read.positive(&MARKING_SOMETHING, false) && read.mentions(&A_FIELD))
        || (reply_to_own && wrote_about_a_field(read))
        || (reply_to_own && asks_to_write_a_field(read))
        || (reply_to_own
            && read.positive(&CHANGING_SOMETHING, false)
            && read.mentions(&AN_EXPERIENCE))
        || (reply_to_own
            && ((read.positive(&CORRECTING_IN_REPLY, false)
                && !read.near(&CORRECTING_IN_REPLY, PLANS, PLANS)
                && !read.near(&CORRECTING_IN_REPLY, ANSWERING, ANSWERING))
                || read.mentions(&CORRECTING_PHRASES_IN_REPLY)))
}

/// Whether the sentence asks, as a request in question form, to write a field of the sender's
/// own record or badge ("kan ni skriva mitt efternamn med ö?", "Kan dere bruke forkortelsen …
/// som organisasjon på skiltet?"): a clause opened by "could you", a field, and "my" or a
/// badge. Under the acknowledgement it corrects the record; it asks nothing to answer.
fn asks_to_write_a_field(read: &Read) -> bool {
    // Word by word: "kan i" (can you) is not "kan ikke" (cannot).
    let requested = read.clause_words().any(|c| {
        REQUEST_OPENERS.iter().any(|p| {
            let opener: Vec<&str> = p.split(' ').collect();
            c.len() > opener.len() && c.iter().zip(&opener).all(|(w, o)| w == o)
        })
    });
    requested
        && read.mentions(&A_FIELD)
        && read
            .words()
            .any(|w| POSSESSIVE.contains(&w) || BADGES.iter().any(|b| w.starts_with(b)))
}

/// Whether the sentence sends a corrected document along ("w załączeniu przesyłam poprawione
/// sprawozdanie", "отправляю исправленную таблицу расходов"): it corrects the document, not a
/// field of the registration ("I attach the corrected spelling of my name" does).
fn sends_corrected_document(read: &Read) -> bool {
    read.mentions(&SENDING_A_DOCUMENT) && !read.mentions(&A_FIELD)
}

/// Whether the sender says what they wrote of a field when registering ("Da jeg meldte meg på,
/// skrev jeg at vi har lang erfaring", "I wrote that we were beginners"): in a reply to the
/// acknowledgement, what follows corrects it.
/// Not "I have written two such applications and gladly share the experience".
fn wrote_about_a_field(read: &Read) -> bool {
    let words: Vec<&str> = read.words().collect();
    let wrote_that = words.iter().enumerate().any(|(i, w)| {
        WROTE.contains(w)
            && words
                .get(i + 1..(i + 4).min(words.len()))
                .is_some_and(|after| after.iter().any(|a| THAT.contains(a)))
    });
    wrote_that && (read.mentions(&A_FIELD) || read.mentions(&AN_EXPERIENCE))
}

/// Whether the sentence adds what the sender forgot to say ("I forgot to mention that …",
/// "jeg glemte at nævne …", "aizmirsu pieminēt", "забыла упомянуть"), not what they forgot to
/// do ("I forgot to register").
fn adds_forgotten(read: &Read) -> bool {
    read.mentions(&FORGETTING) && read.mentions(&SAYING_SOMETHING)
}

/// Whether the sentence asks to change a field of the record ("please change the
/// organisation to …", "prašyčiau registracijoje organizaciją pakeisti į …"): in a reply to
/// regbot, or asked for in words; "our company changed its focus" asks nothing.
fn changes_field(read: &Read, reply_to_own: bool) -> bool {
    let asked = || {
        read.words().any(|w| {
            REQUEST_WORDS.contains(&w)
                || [
                    "prašyčiau",
                    "prosiłbym",
                    "prosiłabym",
                    "просила",
                    "просил",
                    "lūgtu",
                ]
                .contains(&w)
        })
    };
    read.positive(&CHANGING_SOMETHING, false)
        && read.mentions(&A_FIELD)
        && (reply_to_own || asked())
}

/// Whether the sentence says the sender works somewhere else now ("actually I work for Y",
/// "töötan nüüd hoopis …", "pracuję teraz w X, a nie na uczelni"): in a reply, or set
/// against where they worked before. "Since" a date ("kopš 1. maija strādāju …") is that
/// change only from someone `registered`: in a first mail it says how long they have worked
/// there ("работаю … с прошлой осени").
pub(super) fn works_elsewhere(read: &Read, is_reply: bool, registered: bool) -> bool {
    let words: Vec<&str> = read.words().collect();
    let works = words.iter().enumerate().any(|(i, w)| {
        WORK_OWN.contains(w)
            || (WORK_ANY.contains(w)
                && words
                    .get(i.saturating_sub(3)..i)
                    .is_some_and(|before| before.iter().any(|p| FIRST_PERSON.contains(p))))
    });
    let contrast = || words.iter().any(|w| NEGATORS.contains(w) || *w == "nevis");
    // "Kopš 1. maija strādāju …", "since May I work for …".
    let since_a_date = || {
        registered
            && words.iter().enumerate().any(|(i, w)| {
                SINCE.contains(w)
                    && words
                        .get(i + 1..(i + 3).min(words.len()))
                        .is_some_and(|after| {
                            after.iter().any(|a| {
                                a.bytes().next().is_some_and(|b| b.is_ascii_digit())
                                    || is_month_or_season(a)
                            })
                        })
            })
    };
    works
        && (words.iter().any(|w| CHANGED.contains(w)) || since_a_date())
        && (is_reply || contrast())
}

/// Whether the sender says who they are or where they work now ("my name is …", "nimeni on
/// …", "new job"): not where their name stands ("Could you check whether my name is on your
/// list?", "my name is among the participants").
pub(super) fn introduces(read: &Read) -> bool {
    if !read.mentions(&super::INTRODUCING) {
        return false;
    }
    let words: Vec<String> = read.words().map(str::to_string).collect();
    super::INTRODUCING.hits(&words).into_iter().any(|(_, end)| {
        !words
            .get(end..(end + 2).min(words.len()))
            .is_some_and(|after| {
                after
                    .iter()
                    .any(|w| WHERE_A_NAME_STANDS.contains(&w.as_str()))
            })
    })
}

#[cfg(test)]
mod tests {
    use super::super::Intent::*;
    use super::super::tests::intents;

    #[test]
    fn asking_whether_ones_name_is_on_the_list_is_a_question() {
        let text = "I signed up on the programme's website last week but got no confirmation. \
                    Could you check whether my name is on your list?";
        assert_eq!(intents("Did it arrive?", text), vec![Question], "{text}");
    }

    #[test]
    fn my_name_is_still_introduces() {
        let text = "My name is Anna Berg and I would like to register for the workshop.";
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
}
