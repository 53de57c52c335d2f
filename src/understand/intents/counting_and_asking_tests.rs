//! Kinds met in the invented probes of the third writer (invented sentences, none taken from
//! the probes or the evaluation set): counting who of "us" comes, a forward that leaves the
//! registering to its reader, indirect questions with a question word, a question after the
//! reason it is asked.
use super::tests::intents;
use super::*;
use Intent::*;

#[test]
fn counting_who_of_us_comes_with_the_sender_first_registers() {
    for text in [
        "From our team we will be three: me, our CFO and an intern.",
        "Aus unserem Haus kommen wir zu dritt: ich, Herr Braun und Frau Vogel.",
        "Vi bliver to fra os – mig og vores analytiker.",
        "Meiltä tulee kolme: minä ja kaksi harjoittelijaa.",
        "Z naszego klastra będziemy we troje: ja, Anna i Piotr.",
        "От нашей компании нас будет двое: я и мой заместитель.",
        "No mūsu biedrības būsim trīs: es un divi kolēģi.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
    // A count with someone else first, or no count, registers nobody by this rule.
    for text in [
        "Our answer to two questions: our board decides in May.",
        "We had two ideas: one about export.",
    ] {
        assert!(!intents("Workshop", text).contains(&Registration), "{text}");
    }
}

#[test]
fn counting_who_of_us_comes_with_the_sender_anywhere_in_the_list_registers() {
    for text in [
        // The sender by a word of its own, or last after "and".
        "Vi blir tre från Umeå – undertecknad, vår ekonom och en praktikant.",
        "Dere kan sette av to fra oss i Riga: undertegnede og vår rådgiver.",
        "We will be three from our network: Paul Grey, Ann Brook and myself.",
        "Wir kommen zu dritt: Frau Lind, Herr Roth und ich.",
        "Vi bliver tre fra klyngen: Ole Berg, Sofie Dahl og mig selv.",
        "Meiltä tulee kaksi: toimitusjohtajamme ja minä itse.",
        "No mums būs divi – mūsu valdes priekšsēdētājs un es.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
    // A list on the lines under the count.
    for text in [
        "Meie klastrist tuleb kolm inimest:\n- mina,\n- Mari Kask,\n- Peeter Saar.",
        "Vi bliver tre fra os:\nJens Holm\nLone Krog\nog mig selv.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
    // The sender not among those counted, nothing counted, or a count of things.
    for text in [
        "Vi har to spørsmål fra oss: kan vi komme sent, og er det parkering?",
        "We would like to send our two papers: Anna and I wrote them last year.",
        "Wir haben zwei Anliegen: Frau Lind und ich möchten nur fragen, ob es Parkplätze gibt?",
        "Vi bliver tre fra os:\nJens Holm\nLone Krog\nKaren Friis",
    ] {
        assert!(!intents("Workshop", text).contains(&Registration), "{text}");
    }
}

#[test]
fn a_forward_telling_its_reader_to_register_registers_nobody() {
    let forward = |text: &str| detect(Some("Fwd: Invitation to the workshop"), text, false);
    for text in [
        "Peter, this looks like your thing. Register yourself through the address below if you want to go.",
        "Katja, melde dich gern selbst an, wenn du hinfahren willst.",
        "Olle, anmäl dig själv om du vill åka.",
        "Tiina, ilmoittaudu itse, jos haluat lähteä.",
        "Jānis, ja gribi, piesakies pats.",
        "Олег, если интересно, зарегистрируйся сам.",
    ] {
        assert!(!forward(text).intents.contains(&Registration), "{text}");
    }
    // Not in a forward: "I'll register myself and my deputy" registers.
    assert_eq!(
        intents("Workshop", "I would like to register myself."),
        vec![Registration]
    );
}

#[test]
fn wanting_to_know_before_a_question_word_asks() {
    for text in [
        "We would like to know when the coffee breaks are.",
        "Ich würde gern wissen, wann der Bus zum Hotel abfährt.",
        "Jeg vil gerne vide, hvad det koster at parkere.",
        "Jag skulle vilja veta om det finns garderob.",
        "Haluaisin tietää, missä illallinen pidetään.",
        "Chciałabym się dowiedzieć, gdzie będzie kolacja.",
        "Хотелось бы узнать, когда начинается регистрация на месте.",
        "Būčiau dėkingas už informaciją, kur bus vakarienė.",
        "Mich würde interessieren, welche Firmen am ersten Tag sprechen.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Question], "{text}");
    }
    // "let me know when", "as you know, when …", "I'd have loved to hear how …" ask nothing.
    for text in [
        "As you know, when we met in Tartu we spoke of exports.",
        "I'd have loved to hear how others managed that.",
    ] {
        assert!(!intents("Workshop", text).contains(&Question), "{text}");
    }
}

#[test]
fn a_question_after_the_reason_it_is_asked_asks_and_the_reason_registers() {
    for text in [
        "As I would like to take part in the workshop, could you tell me where to park?",
        "Da ich gern am Workshop teilnehmen möchte, wollte ich fragen, ob es Parkplätze gibt.",
        "Koska haluaisin osallistua työpajaan, kysyisin, onko paikalla pysäköintiä.",
    ] {
        assert_eq!(
            intents("Workshop", text),
            vec![Registration, Question],
            "{text}"
        );
    }
}

#[test]
fn saying_one_can_come_now_that_a_hindrance_is_gone_registers() {
    for text in [
        "The board approved the trip, so now I can come to the workshop.",
        "Die Messe wurde verschoben, also kann ich nun doch kommen.",
        "Kokous siirtyi, joten pääsen sittenkin mukaan työpajaan.",
        "Mötet ställdes in, så nu kan jag delta ändå.",
        "Komandējums beidzot apstiprināts, tātad braukšu uz Rīgu.",
        "Командировку согласовали, так что я всё-таки приеду.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
    // Still hindered: no yes.
    for text in [
        "The trip was finally refused, so I can't come.",
        "Kokous siirtyi, joten en pääse sittenkään.",
    ] {
        assert!(!intents("Workshop", text).contains(&Registration), "{text}");
    }
}

#[test]
fn counting_on_the_sender_or_joining_the_organisers_registers() {
    for text in [
        "Sie können mit mir rechnen.",
        "Ni kan räkna med mig båda dagarna.",
        "Te võite meiega arvestada.",
        "Chętnie dołączę do Państwa w czerwcu.",
        "С удовольствием присоединюсь к вам в июне.",
        "Jeg deltager gerne i workshoppen.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
    // The participants as a noun still ask nothing.
    assert!(!intents("Workshop", "Deltagerne får programmet i maj.").contains(&Registration));
}

#[test]
fn someone_coming_instead_after_the_sender_is_out_substitutes() {
    for text in [
        "Unfortunately I can't come. My deputy Ann Lee will attend instead.",
        "Jeg kan desværre ikke komme. I stedet kommer min kollega Per.",
        "Ich kann leider nicht teilnehmen. An meiner Statt kommt Frau Weber.",
    ] {
        assert_eq!(
            intents("Workshop", text),
            vec![Registration, Cancellation],
            "{text}"
        );
    }
    // Without the sender out, "instead" substitutes nobody.
    assert!(
        !intents("Workshop", "I will attend the dinner instead of the visit.")
            .contains(&Cancellation)
    );
}

#[test]
fn cancelling_words_and_names_put_on_the_list() {
    assert_eq!(
        intents("Workshop", "Niestety muszę odwołać moje uczestnictwo."),
        vec![Cancellation]
    );
    assert_eq!(
        intents("Workshop", "Vi må desværre aflyse vores deltagelse."),
        vec![Cancellation]
    );
    for text in [
        "Please put my name on the list for both days.",
        "Laittakaa nimemme listalle, tulemme kahdestaan.",
        "Skriv meg og kollegaen min på listen.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
    // Taking an address off a mailing list registers nobody.
    assert!(
        !intents("Avregistrering", "Jag vill inte ha fler nyhetsbrev.").contains(&Registration)
    );
}

#[test]
fn weighing_whether_to_come_registers_nobody_yet() {
    for text in [
        "We are considering taking part with two people.",
        "Wir überlegen noch, ob wir am Workshop teilnehmen.",
        "Vi overvejer at deltage i workshoppen.",
        "Kaalume seminaril osalemist.",
        "Мы рассматриваем участие в семинаре.",
    ] {
        assert!(!intents("Workshop", text).contains(&Registration), "{text}");
    }
    for text in [
        "Zusage von mir für den Workshop.",
        "Jeg er klar på workshoppen!",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
}

#[test]
fn asking_to_consider_the_mail_a_registration_registers() {
    assert_eq!(
        intents("Workshop", "Please consider this e-mail my registration."),
        vec![Registration]
    );
}
