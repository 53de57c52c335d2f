//! Intent detection, one situation per test, in the languages it is said in.
use super::*;
use Intent::*;

/// What a first mail with this subject asks for (shared by the intent test files).
pub(super) fn intents(subject: &str, own: &str) -> Vec<Intent> {
    detect(Some(subject), own, false).intents
}

/// What a reply to regbot's acknowledgement asks for.
pub(super) fn reply(own: &str) -> Vec<Intent> {
    detect(Some("Re: You are registered"), own, true).intents
}

#[test]
fn registration_in_each_language() {
    for text in [
        "I would like to register for the workshop.",
        "Vēlos pieteikties seminārā.",
        "prašau mane užregistruoti į seminarą",
        "palun registreerige mind",
        "Ilmoittaudun työpajaan.",
        "härmed anmäler jag mig till workshopen",
        "Jeg vil gerne tilmelde mig workshoppen.",
        "Bitte melden Sie mich an.",
        "proszę o zarejestrowanie mnie na warsztaty",
        "Хочу зарегистрироваться на семинар.",
    ] {
        assert_eq!(intents("Hello", text), vec![Registration], "{text}");
    }
}

#[test]
fn negated_or_hypothetical_registration_is_not_one() {
    for text in [
        "I cannot register yet, my manager has to decide.",
        "Unfortunately I am not able to register.",
        "nevaru reģistrēties šobrīd",
        "ich kann mich noch nicht anmelden",
        "не могу зарегистрироваться",
        "en voi ilmoittautua vielä",
        "If I register, do I get a certificate",
        "nie mogę się zarejestrować",
    ] {
        assert!(!intents("Hello", text).contains(&Registration), "{text}");
    }
}

#[test]
fn cancellation_wins_over_the_word_registration() {
    assert_eq!(
        intents("Cancel registration", "Please cancel my registration."),
        vec![Cancellation]
    );
    assert_eq!(
        intents("Absage", "leider muss ich meine Anmeldung stornieren."),
        vec![Cancellation]
    );
    // Found by the replayed workshop (tests/it/scenario.rs): "melde meg av" read as
    // "melde meg (på)", a registration.
    for text in [
        "jeg må dessverre melde meg av workshopen, det har kommet noe i veien.",
        "Jeg er nødt til at melde mig fra workshoppen.",
    ] {
        assert_eq!(intents("Re: Påmelding", text), vec![Cancellation], "{text}");
    }
}

#[test]
fn questions_need_a_real_question() {
    assert_eq!(intents("Hi", "Is accommodation provided?"), vec![Question]);
    assert_eq!(
        intents("Hi", "Could you please register me for the workshop?"),
        vec![Registration]
    );
    assert_eq!(
        intents("Hi", "How are you? Please register me."),
        vec![Registration]
    );
    assert!(intents("Re: Your registration", "Great, thanks!").is_empty());
}

#[test]
fn a_quoted_title_ending_in_a_question_mark_asks_nothing() {
    assert_eq!(
        intents(
            "Registration",
            "I would like to register for the workshop \"Cluster internationalisation - Why and how to do it?\" in Riga."
        ),
        vec![Registration]
    );
    assert_eq!(
        intents(
            "Anmeldung",
            "Ich melde mich zum Workshop „Wie geht das?“ in Riga an."
        ),
        vec![Registration]
    );
}

#[test]
fn a_question_about_participants_registers_nobody() {
    assert_eq!(
        intents(
            "Hotel",
            "gibt es für die Teilnehmer eine Empfehlung für ein Hotel in der Nähe des Veranstaltungsortes?"
        ),
        vec![Question]
    );
}

#[test]
fn idea_and_registration_together_with_the_idea_text() {
    let f = detect(
        Some("Signing up + a proposal"),
        "please sign me up.\n\nMy proposal: measuring results.\n\nJakob",
        false,
    );
    assert_eq!(f.intents, vec![Registration, Idea]);
    assert_eq!(f.idea.as_deref(), Some("My proposal: measuring results."));
}

#[test]
fn corrections_in_a_reply_are_updates() {
    let f = detect(
        Some("Re: Your registration"),
        "Please note that my organisation is Welfare Tech Denmark.",
        true,
    );
    assert_eq!(f.intents, vec![Update]);
}

#[test]
fn a_question_before_registering_registers_nobody() {
    for text in [
        "before registering, could you tell me whether agencies may take part?",
        "bevor ich mich anmelde: Ist der Workshop nur für Clustermanager, oder können auch Mitarbeitende teilnehmen?",
        "Inden jeg tilmelder mig, vil jeg gerne høre, om medarbejdere også kan deltage?",
        "Innan jag anmäler mig undrar jag om workshopen är öppen för alla?",
        "Før jeg melder meg på: er workshopen åpen for alle?",
        "Ennen kuin ilmoittaudun, onko työpaja avoin kaikille?",
        "Enne kui registreerun, kas töötuba on kõigile avatud?",
        "Pirms pieteikšos, vai seminārs ir atvērts visiem?",
        "Prieš registruodamasis norėčiau paklausti, ar seminaras atviras visiems?",
        "Zanim się zarejestruję, czy warsztaty są otwarte dla wszystkich?",
        "Прежде чем регистрироваться, хотела уточнить: могут ли участвовать сотрудники агентств?",
    ] {
        assert_eq!(intents("Frage", text), vec![Question], "{text}");
    }
}

#[test]
fn a_correction_asked_as_a_question_is_an_update() {
    for text in [
        "Mein Name wird Jürgen Weiß geschrieben - könnten Sie das auf dem Namensschild korrigieren?",
        "Mit navn staves Bjørn Østergaard - kan I rette det på navneskiltet?",
        "Oikea nimeni on Eeva-Liisa Rantanen - voisitteko korjata sen nimikylttiin?",
        "Правильно имя пишется так: Татьяна Новикова - можно исправить на бейдже?",
    ] {
        assert_eq!(
            detect(Some("Re: Ihre Anmeldung"), text, true).intents,
            vec![Update],
            "{text}"
        );
    }
}

#[test]
fn a_question_that_proposes_a_topic_is_the_idea() {
    assert_eq!(
        intents(
            "Anmeldung",
            "ich würde gern dabei sein! Außerdem ein Vorschlag für eine der Kleingruppen: Wie finanzieren Cluster ihre Arbeit?"
        ),
        vec![Registration, Idea]
    );
    let f = detect(
        Some("Themen"),
        "ob ich komme, kann ich noch nicht sagen. Ich schicke drei Themenvorschläge:\n\n- Wie gewinnt man KMU?\n- Messeauftritte",
        false,
    );
    assert_eq!(f.intents, vec![Idea]);
    // A question of its own after the ideas still asks.
    let f = detect(
        Some("Idea"),
        "My idea: export pilots.\n\nIs there parking at the venue?",
        false,
    );
    assert_eq!(f.intents, vec![Idea, Question]);
}

#[test]
fn ideas_to_take_home_are_not_offered() {
    assert_eq!(
        intents(
            "Registration",
            "I'd like to register. We are setting up an export programme, so I'm hoping to pick up ideas."
        ),
        vec![Registration]
    );
}

#[test]
fn away_and_sending_apologies_are_not_coming() {
    assert_eq!(
        intents(
            "Idėja",
            "deja, birželio pradžioje būsiu išvykęs ir dalyvauti negalėsiu. Norėčiau pasiūlyti temą: eksporto rinkos."
        ),
        vec![Idea]
    );
    for text in [
        "jag måste tyvärr lämna återbud",
        "jeg må desværre melde afbud",
        "niestety muszę zrezygnować z udziału w warsztatach",
    ] {
        assert_eq!(intents("Workshop", text), vec![Cancellation], "{text}");
    }
}

#[test]
fn putting_the_sender_on_the_list_registers_in_each_language() {
    for text in [
        "Hi, could you put me on the list for the Riga workshop?",
        "Guten Tag, bitte nehmen Sie mich in die Teilnehmerliste auf.",
        "Hallo, könnt ihr mich für den Workshop in Riga eintragen?",
        "Hej! Kan I skrive mig på listen til Riga?",
        "Hei! Kan dere sette meg opp på lista til Riga?",
        "Hei! Ilmoitan itseni työpajaan.",
        "Tere, palun lisage mind osalejate nimekirja.",
        "Labdien, lūdzu, pievienojiet mani dalībnieku sarakstam.",
        "Labdien! Piesaku sevi dalībai seminārā.",
        "Laba diena, prašau įtraukti mane į dalyvių sąrašą.",
        "Dzień dobry, proszę dodać mnie do listy uczestników.",
        "Привет, хотел бы приехать в Ригу, если есть место.",
        "Dear organisers, I hereby confirm my participation in the workshop.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
    // Taken off the list is no registration.
    assert_eq!(
        intents("Workshop", "Bitte nehmen Sie mich von der Liste."),
        vec![Cancellation]
    );
}

#[test]
fn an_introduction_in_a_first_mail_is_no_correction() {
    assert_eq!(
        intents(
            "Workshop",
            "Hello, my name is John Smith and I work for Nordic Wood Cluster. Please add me to the list of participants."
        ),
        vec![Registration]
    );
    // The same words in a reply to regbot correct the registration.
    assert_eq!(
        detect(
            Some("Re: You are registered"),
            "Sorry, my name is John Smith. Please register me under that name.",
            true
        )
        .intents,
        vec![Update]
    );
}

#[test]
fn asking_to_update_a_registration_is_no_new_registration() {
    assert_eq!(
        intents(
            "Correction",
            "Hello,\n\nplease update my registration.\nOrganisation: Baltic Wood Cluster"
        ),
        vec![Update]
    );
}

#[test]
fn reply_prefixes_are_stripped() {
    assert_eq!(strip_subject("AW: Re: Anmeldung"), ("Anmeldung", true));
    assert_eq!(strip_subject("Отв: Регистрация"), ("Регистрация", true));
    assert_eq!(strip_subject("Fwd: Registration"), ("Registration", true));
    assert_eq!(
        strip_subject("Registration: Riga"),
        ("Registration: Riga", false)
    );
}

#[test]
fn taking_part_said_in_other_words_registers() {
    for text in [
        "hiermit melde ich mich verbindlich zum Workshop an.",
        "Ich melde zwei Kollegen an.",
        "Wir sind zu zweit dabei, bitte merken Sie mich vor.",
        "Ein Kollege hat mir das weitergeleitet. Ich wäre gern dabei.",
        "voisitteko ilmoittaa minut työpajaan?",
        "Hei, olen tulossa työpajaan.",
        "proszę o zapisanie mnie na warsztaty",
        "my boss would like to attend, could you register her?",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
}

#[test]
fn not_going_and_not_to_be_counted_cancels() {
    for text in [
        "die Pläne haben sich geändert, ich fahre nicht nach Riga. Rechnen Sie bitte nicht mit mir.",
        "ich schaffe es leider nicht nach Riga.",
        "ich sage hiermit ab.",
        "Jeg bliver nødt til at melde fra.",
        "planai pasikeitė, į Rygą nevažiuosiu.",
        "deja, nespėsiu atvykti.",
        "plany się zmieniły, nie pojadę do Rygi. Proszę mnie nie liczyć.",
        "niestety nie zdążę dojechać.",
        "en valitettavasti pääse paikalle.",
        "ma kahjuks ei jõua kohale.",
        "diemžēl netikšu uz semināru.",
        "jag hinner tyvärr inte åka till Riga.",
        "планы изменились, не поеду. Не рассчитывайте на меня.",
    ] {
        assert_eq!(reply(text), vec![Cancellation], "{text}");
    }
}

#[test]
fn working_somewhere_else_now_corrects_the_registration() {
    for text in [
        "töötan nüüd hoopis Ettevõtluse ja Innovatsiooni Sihtasutuses.",
        "työskentelen nykyään Business Tampereella, en enää yliopistolla.",
        "dabar dirbu Inovacijų agentūroje, o ne universitete.",
        "patiesībā es tagad strādāju LIAA, nevis universitātē.",
        "pracuję teraz w Agencji Rozwoju Pomorza, a nie na uczelni.",
        "я теперь работаю в агентстве развития, а не в университете.",
        "jeg arbejder nu for Innovationsfonden, ikke universitetet.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
    // In a first mail that registers, it only introduces the sender.
    assert_eq!(
        intents(
            "Workshop",
            "I work for Nordic Food Cluster now, not the university. Please register me."
        ),
        vec![Registration]
    );
}

#[test]
fn words_of_other_intents_used_otherwise_ask_nothing_more() {
    for text in [
        "I'd like to register. The idea of the workshop sounds great and it should be very useful for us.",
        "please register me. Instead of flying I will take the ferry.",
        "ich melde mich hiermit an. Die Idee des Workshops finde ich sehr gut!",
        "ilmoittaudun työpajaan. Idea kuulostaa hyvältä!",
        "piesakos semināram. Ideja ir ļoti laba!",
        "proszę o rejestrację. Pomysł warsztatów bardzo mi się podoba.",
        "прошу меня зарегистрировать. Идея семинара очень интересная.",
        "I'll be there. My flight was cancelled last time, so I'm coming a day early.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
    // A judged idea with its content after a colon is still offered.
    assert_eq!(
        intents(
            "Workshop",
            "Please register me. A good idea for a session: joint trade fair stands."
        ),
        vec![Registration, Idea]
    );
}

#[test]
fn being_registered_already_is_no_new_registration() {
    for text in [
        "could you recommend a hotel close to the venue? I'm registered already.",
        "kan dere anbefale et hotell i nærheten? Jeg er allerede påmeldt.",
        "Können Sie mir sagen, ob es Parkplätze gibt? Angemeldet bin ich schon.",
    ] {
        assert_eq!(intents("Hotel", text), vec![Question], "{text}");
    }
}

#[test]
fn a_question_announced_in_words_asks_and_registers_nobody() {
    for text in [
        "zanim się zarejestruję, chciałbym zapytać, czy udział jest bezpłatny.",
        "Vor der Anmeldung wollte ich fragen, ob es Parkplätze gibt.",
        "I wanted to ask whether the slides will be shared",
        "Подскажите, пожалуйста, будет ли перевод? От этого зависит, буду ли я регистрироваться.",
        "onko lounas mukana? Päätämme osallistumisesta vasta sen jälkeen.",
    ] {
        assert_eq!(intents("Frage", text), vec![Question], "{text}");
    }
    assert_eq!(
        intents("Pytanie przed rejestracją", "czy udział jest bezpłatny?"),
        vec![Question]
    );
}

#[test]
fn an_offered_idea_after_its_colon_asks_for_nothing_else() {
    for text in [
        "Jeg kan desværre ikke deltage, men vil gerne komme med et forslag: lad deltagerne kortlægge eksporten.",
        "Semināru apmeklēt nevarēšu. Tomēr gribētu ieteikt tēmu: kā klasteri var kopīgi pieteikties projektiem.",
    ] {
        assert_eq!(intents("Idé", text), vec![Idea], "{text}");
    }
    // Ideas to take home are not offered.
    assert_eq!(
        intents(
            "Tilmelding",
            "Hermed min tilmelding. Jeg håber at kunne tage nogle gode idéer med hjem."
        ),
        vec![Registration]
    );
}

#[test]
fn spoken_finnish_and_someone_else_coming_register() {
    assert_eq!(
        intents("riika", "mä tuun Riikaan, laita mut listalle!"),
        vec![Registration]
    );
    assert_eq!(
        intents(
            "Osaleja",
            "ma ise kahjuks tulla ei saa, aga meie ettevõttest osaleb seminaril Margus Lepp."
        ),
        vec![Registration]
    );
    assert_eq!(
        reply("Поправка для бейджа: правильное название нашей организации другое."),
        vec![Update]
    );
}

#[test]
fn skipping_it_or_giving_ones_place_away_cancels() {
    for text in [
        "something came up and I have to skip the workshop. Please give my seat to someone else.",
        "Geben Sie meinen Platz gerne an jemand anderen weiter.",
        "jag måste tyvärr hoppa över workshopen.",
        "Giv gerne min plads til en anden.",
        "jeg må dessverre stå over denne gangen.",
        "joudun valitettavasti jättämään työpajan väliin.",
        "pean kahjuks seminari vahele jätma.",
        "Lūdzu, atdodiet manu vietu kādam citam.",
        "deja, seminarą teks praleisti.",
        "Proszę oddać moje miejsce komuś innemu.",
        "к сожалению, придётся пропустить семинар.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Cancellation], "{text}");
    }
}

#[test]
fn who_the_sender_is_now_corrects_a_reply() {
    for text in [
        "jeg hedder Anne-Mette, ikke bare Anne.",
        "nazywam się Anna-Maria, nie Anna.",
        "меня зовут Анна-Мария, а не Анна.",
        "I've changed jobs since I registered - I'm now at Baltic Ports. Could you update that?",
        "vahetasin töökohta ja olen nüüd Baltic Portsis.",
        "klyngen vår har skiftet navn til Baltic Water Cluster.",
        "unser Cluster heißt seit März Baltic Water Cluster.",
        "vabandust, unustasin registreerudes mainida, et töötan Baltic Water Clusteris.",
        "lūdzu, pierakstiet pie manas reģistrācijas arī organizāciju: Baltic Water Cluster.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
    // In a first mail that registers, "ich heiße …" introduces.
    assert_eq!(
        intents("Anmeldung", "Ich heiße Anna Berg und möchte mich anmelden."),
        vec![Registration]
    );
}

#[test]
fn adding_a_colleague_in_a_reply_registers() {
    for text in [
        "Kan ni lägga till min kollega Ann Lee (ann@x.test)?",
        "Could you also add my colleague Ann Lee (ann@x.test)?",
        "Czy mogliby Państwo dopisać też moją koleżankę Ann Lee (ann@x.test)?",
        "Не могли бы вы добавить и мою коллегу Ann Lee (ann@x.test)?",
        "Прошу добавить также моего заместителя Ивана Петрова (ivan@x.test), он тоже поедет.",
        "Добавьте ещё моего коллегу Олега Ли (oleg@x.test), пожалуйста.",
    ] {
        assert_eq!(reply(text), vec![Registration], "{text}");
    }
    // Adding something else, or asked not to add, registers nobody.
    for text in [
        "Прошу добавить также мою фамилию в английском написании: Petrova.",
        "Не надо добавлять также моего коллегу, он зарегистрируется сам.",
    ] {
        assert!(!reply(text).contains(&Registration), "{text}");
    }
}

#[test]
fn the_then_of_a_condition_waits_for_the_answer() {
    assert_eq!(
        intents(
            "Klausimas",
            "ar būtina dalyvauti abi dienas? Jei galima atvykti tik antrąją, tada registruočiausi."
        ),
        vec![Question]
    );
    assert_eq!(
        intents(
            "Frage",
            "Geht auch nur der zweite Tag? Wenn das möglich ist, dann melde ich mich an."
        ),
        vec![Question]
    );
    // A request after the condition still asks.
    assert_eq!(
        intents(
            "Registration",
            "Is there still room? If there is still a place, then please register me."
        ),
        vec![Registration, Question]
    );
}
