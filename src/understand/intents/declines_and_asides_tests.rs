//! Ideas from people who cannot come, mail that leaves a list or passes an invitation on,
//! vendors' offers, and what a registered sender adds in a reply (a diet, a new employer, a
//! colleague, the invitation's date echoed). Invented mails, none taken from the evaluation
//! set.
use super::tests::{intents, reply};
use super::*;
use Intent::*;

#[test]
fn an_idea_after_a_colon_from_someone_who_cannot_come_is_the_idea() {
    for text in [
        "Jeg kan desværre ikke deltage, men en ide: lad to klynger fortælle om et fælles \
         eksportkontor.",
        "Jeg rekker dessverre ikke turen, men en ide: inviter en bank som forteller om \
         eksportfinansiering.",
        "En valitettavasti pääse mukaan, mutta yksi ajatus: pyytäkää pari yritystä kertomaan \
         omista vientikokemuksistaan.",
        "Niestety nie przyjadę, ale mam sugestię: zaproście kogoś z banku, kto opowie o \
         finansowaniu eksportu.",
        "Niestety nie dam rady przyjechać, ale podsuwam temat do dyskusji: jak klastry mogą \
         wspólnie zatrudnić przedstawiciela w Niemczech.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Idea], "{text}");
    }
}

#[test]
fn what_one_would_have_done_registers_nobody() {
    for text in [
        "Es ļoti labprāt būtu atbraucis, bet tajās dienās esmu komandējumā.",
        "Labai mielai būčiau atvykusi, bet tuo metu atostogauju.",
        "Oleksin tulnud, aga mul on samal ajal nõukogu koosolek.",
    ] {
        assert!(!intents("Seminārs", text).contains(&Registration), "{text}");
    }
}
