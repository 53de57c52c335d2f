//! Ideas hoped for and ideas offered: a hope for ideas in a registration offers none; a guest
//! speaker or a topic tipped after a colon does, from someone who cannot come too; a project's
//! meeting or indicator proposed is none. Beside them, what is not cancelling: leaving a
//! newsletter, and saying one does not cancel. Invented mails, none taken from the evaluation
//! set.
use super::tests::{intents, reply};
use super::*;
use Intent::*;

#[test]
fn hoping_for_ideas_in_a_registration_offers_none() {
    for text in [
        "I would like to register for the workshop. We have only just started and hope for many \
         practical ideas.",
        "Hiermit melde ich mich zum Workshop an. Wir erhoffen uns viele praktische Anregungen.",
        "Jag anmäler mig till workshopen och hoppas på många konkreta idéer.",
        "Ilmoittaudun työpajaan. Toivomme saavamme käytännön ideoita.",
    ] {
        assert_eq!(intents("Registration", text), vec![Registration], "{text}");
    }
    // The sender's own suggestion hoped to help is still offered.
    let own = "I'd suggest a session on joint export offices. I hope my suggestion helps.";
    assert!(intents("Programme", own).contains(&Idea), "{own}");
}

#[test]
fn a_guest_speaker_tipped_by_someone_who_cannot_come_is_an_idea() {
    for text in [
        "Sadly I can't come to the workshop. A tip anyway: invite someone from the export agency \
         who can tell how they work with the embassies.",
        "Jag kan tyvärr inte komma till workshopen. Ett tips ändå: bjud in någon från \
         exportrådet som kan berätta hur de arbetar med ambassaderna.",
        "Niestety nie przyjadę na warsztaty. Mam pomysł: warto zaprosić kogoś z agencji \
         eksportowej, kto opowie o współpracy z ambasadami.",
        "Leider kann ich nicht zum Workshop kommen. Ein Tipp: laden Sie jemanden von der \
         Exportagentur ein, der erzählen kann, wie sie mit den Botschaften arbeiten.",
    ] {
        assert!(intents("Tips", text).contains(&Idea), "{text}");
    }
    // A contact with nothing to tell stays none.
    let contact = "I can't come this time. I'd suggest you contact Liis from the science park.";
    assert!(
        !intents("Re: Invitation", contact).contains(&Idea),
        "{contact}"
    );
}

#[test]
fn a_topic_tipped_after_a_colon_is_an_idea() {
    for text in [
        "A tip on a topic: how clusters measure the effect of their export work.",
        "Ett tips på tema: hur man mäter effekten av internationaliseringsinsatser.",
        "Ein Tipp zum Thema: wie Cluster die Wirkung ihrer Exportarbeit messen.",
    ] {
        assert!(intents("Programme", text).contains(&Idea), "{text}");
    }
}

#[test]
fn a_project_meeting_or_indicator_proposed_is_no_idea() {
    for text in [
        "Järgmine partnerkoosolek võiks olla juuni teises pooles.",
        "Das nächste Projekttreffen schlage ich für die zweite Junihälfte vor.",
        "Wskaźnik liczby firm proponuję podnieść z 40 do 55.",
        "I'd suggest raising the indicator for supported companies from 40 to 55.",
    ] {
        assert!(!intents("Project report", text).contains(&Idea), "{text}");
    }
}

#[test]
fn leaving_a_newsletter_cancels_nothing() {
    for text in [
        "Prašau išbraukti mane iš jūsų naujienlaiškio gavėjų sąrašo.",
        "Please remove me from your newsletter.",
        "Bitte streichen Sie mich aus Ihrem Verteiler.",
    ] {
        assert!(
            !intents("Newsletter", text).contains(&Cancellation),
            "{text}"
        );
    }
}

#[test]
fn saying_one_does_not_cancel_cancels_nothing() {
    for text in [
        "I will arrive only at lunch on the first day. I am not cancelling my participation.",
        "Jõuan esimesel päeval alles lõunaks. Osalemist ma ei tühista.",
        "Ich komme am ersten Tag erst mittags. Meine Teilnahme storniere ich nicht.",
    ] {
        assert!(!reply(text).contains(&Cancellation), "{text}");
    }
    // Not coming because another meeting cannot be cancelled still cancels.
    for text in [
        "I cannot come because I cannot cancel my other meeting.",
        "Unfortunately I can't attend as I can't cancel a board meeting that day.",
    ] {
        assert!(intents("Workshop", text).contains(&Cancellation), "{text}");
    }
}

#[test]
fn a_talk_offered_for_another_event_is_no_idea_for_this_one() {
    let places = vec!["Riga".to_string()];
    for text in [
        "Zum Workshop der Partner in Gdańsk: Wir würden gern einen Vortrag beisteuern.",
        "For the partner workshop in Tallinn: we could give a short talk on our pilot.",
    ] {
        let found = detect_at(Some("Project"), text, false, &places).intents;
        assert!(!found.contains(&Idea), "{text}: {found:?}");
    }
    // A talk for this event mentioning a fair elsewhere stays an idea.
    let own = "We could give a short talk on our stand at the trade fair in Hannover.";
    assert!(
        detect_at(Some("Talk"), own, false, &places)
            .intents
            .contains(&Idea),
        "{own}"
    );
}
