//! A decline of the invitation by someone who never registered ("thank you for the invitation,
//! but we can't make it this time"): it may read as a cancellation, but it cancels nobody, so
//! the message names no participant (tests/eval/README.md: participants are the people a mail
//! registers, cancels or updates).
//!
//! Told from a cancellation by what the sender says: thanks for the invitation, "this time" or
//! "next year", a mailing list to leave; or, in a first mail, that they cannot come along with
//! an idea or a question. Any word of a registration of theirs ("my registration", "my seat",
//! "cancel", "after all") keeps it a cancellation: a wrong cancellation costs a person more
//! than a listed name.

use super::super::lexicon::behalf::declines::{
    GOOD_LUCK, MAILING_LIST, REGISTERED_BEFORE, THANKS, THIS_TIME,
};
use super::super::lexicon::mail::{INVITATION_NOUNS, THANKS_FOR_THE_INVITATION};
use super::super::phrases::AnyOf;
use super::text::sentences;

static REGISTERED: AnyOf = AnyOf::new(REGISTERED_BEFORE);
static NEXT_TIME: AnyOf = AnyOf::new(THIS_TIME);
static LIST: AnyOf = AnyOf::new(MAILING_LIST);
static WISHES: AnyOf = AnyOf::new(GOOD_LUCK);
static THANKING: AnyOf = AnyOf::new(THANKS);
static INVITATION: AnyOf = AnyOf::new(INVITATION_NOUNS);
static THANKED: AnyOf = AnyOf::new(THANKS_FOR_THE_INVITATION);

/// What the message says besides not coming.
#[derive(Debug, Clone, Copy, Default)]
pub struct Decline {
    /// The message answers mail regbot sent (an acknowledgement, or a broadcast invitation).
    pub reply_to_own: bool,
    /// The cancellation is only "I can't come", not a request to cancel.
    pub only_not_coming: bool,
    /// The message also carries an idea or a question.
    pub says_more: bool,
}

/// Whether a message read as a cancellation (and nothing registered or corrected) declines
/// the invitation of someone never registered. `subject`: without "Re:" prefixes.
pub fn declines_invitation(subject: &str, own: &str, how: Decline) -> bool {
    let own = super::super::decode::cut_str(own, 8 * 1024);
    let lower = own.to_lowercase();
    if REGISTERED.in_text(&lower) {
        return false;
    }
    // "Please take my address off your mailing list" (the subject may say "unsubscribe" in
    // a word that also cancels a registration).
    if LIST.in_text(&lower) {
        return true;
    }
    // A reply to the acknowledgement ("Du är anmäld: …") is a registered person's.
    if REGISTERED.in_text(&subject.to_lowercase()) {
        return false;
    }
    if THANKED.in_text(&lower) || thanks_for_invitation(own) {
        return true;
    }
    // "Leider kann ich nicht kommen" alone may be a registered person's: only a first mail
    // that hopes for the next time or wishes the event well, or says no more than not coming
    // besides an idea or a question, declines.
    !how.reply_to_own
        && (NEXT_TIME.in_text(&lower)
            || WISHES.in_text(&lower)
            || (how.only_not_coming && how.says_more))
}

/// A sentence that thanks and names the invitation ("Mange tak for invitationen").
fn thanks_for_invitation(own: &str) -> bool {
    own.lines().take(40).any(|line| {
        sentences(line).any(|s| {
            let l = s.to_lowercase();
            THANKING.in_text(&l) && INVITATION.in_text(&l)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(only_not_coming: bool, says_more: bool) -> Decline {
        Decline {
            reply_to_own: false,
            only_not_coming,
            says_more,
        }
    }

    #[test]
    fn thanks_for_the_invitation_and_not_this_time_declines() {
        for own in [
            "Dear Oskar, many thanks for the invitation. Sadly we cannot join you in Vilnius.",
            "Hyvä Oskar, suuret kiitokset kutsusta! Emme valitettavasti ehdi mukaan.",
            "Labdien, liels paldies par uzaicinājumu, bet mēs nevarēsim ierasties.",
            "Dzień dobry, serdecznie dziękujemy za zaproszenie, niestety nie dojedziemy.",
            "Добрый день, большое спасибо за приглашение, но мы не приедем.",
            "Hej, mange tak for invitationen – vi kan desværre ikke deltage.",
        ] {
            assert!(
                declines_invitation("Invitation", own, Decline::default()),
                "{own}"
            );
        }
        // A first mail hoping for the next time.
        for own in [
            "Unfortunately I can't make it, hope to see you next year!",
            "Leider klappt es bei mir nicht, vielleicht nächstes Mal.",
            "Kahjuks ei jõua ma sel korral, loodetavasti järgmisel aastal.",
            "К сожалению, не сможем приехать, у нас аудит. Удачи!",
            "Niestety nie dojedziemy. Powodzenia!",
        ] {
            assert!(
                declines_invitation("Workshop", own, first(true, false)),
                "{own}"
            );
        }
    }

    #[test]
    fn leaving_a_mailing_list_declines() {
        for own in [
            "Please take my address off your mailing list, I have retired.",
            "Poistakaa osoitteeni postituslistaltanne, kiitos.",
            "Пожалуйста, исключите меня из рассылки.",
        ] {
            assert!(
                declines_invitation("Afmelding", own, Decline::default()),
                "{own}"
            );
        }
        // A newsletter named beside a registration is no decline.
        for own in [
            "Could you add me to the newsletter? My registration stays as it is.",
            "Proszę o newsletter. A przy okazji – zgłaszam swój udział w warsztatach.",
        ] {
            assert!(!declines_invitation("", own, Decline::default()), "{own}");
        }
        // The subject's "afmelding" (unsubscribe) is no word of a registration here.
        assert!(declines_invitation(
            "Afmelding af mailingliste",
            "Fjern venligst min adresse fra jeres mailingliste.",
            Decline::default(),
        ));
    }

    #[test]
    fn a_word_of_an_earlier_registration_keeps_the_cancellation() {
        for own in [
            "Thanks for the invitation, but I have to cancel my registration this time.",
            "Danke für die Einladung – ich hatte mich angemeldet, kann aber diesmal nicht.",
            "Kiitos kutsusta, mutta joudun perumaan ilmoittautumiseni tällä kertaa.",
            "Paldies par ielūgumu, bet lūdzu atsauciet manu pieteikumu.",
            "Спасибо за приглашение, но, к сожалению, вынужден отменить участие.",
            "Please take me off the participant list, I can't come this time.",
            "Jeg kan alligevel ikke komme denne gang.",
        ] {
            assert!(!declines_invitation("", own, first(true, false)), "{own}");
        }
        // The acknowledgement's subject says the sender is registered.
        assert!(!declines_invitation(
            "Du är anmäld: Cluster workshop",
            "Tyvärr kan jag inte komma den här gången.",
            first(true, false),
        ));
    }

    #[test]
    fn a_bare_not_coming_or_a_reply_stays_a_cancellation() {
        // Nothing tells a decline from a registered person's "I can't come".
        for own in [
            "Unfortunately I won't be able to come to Riga.",
            "Leider kann ich nicht nach Riga kommen.",
            "Niestety nie będę mogła przyjechać.",
        ] {
            assert!(
                !declines_invitation("Riga", own, first(true, false)),
                "{own}"
            );
            assert!(
                !declines_invitation("Riga", own, first(false, true)),
                "{own}"
            );
        }
        // A reply to regbot's mail that hopes for next year may come from a participant.
        let reply = Decline {
            reply_to_own: true,
            only_not_coming: true,
            says_more: true,
        };
        assert!(!declines_invitation(
            "Riga",
            "I can't come, maybe next year.",
            reply
        ));
    }
}
