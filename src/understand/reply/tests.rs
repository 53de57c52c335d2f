//! One test per rule of [`super::split`].

use super::split;

/// The own text of a top-posted reply whose quote begins with `header`.
fn own_above(header: &str) -> String {
    split(&format!(
        "I will come, see you in Riga.\n\n{header}\n> Dear participant,\n> thank you for registering.\n"
    ))
    .own
}

#[test]
fn plain_text_is_all_own() {
    let s = split("Hello,\n\nI register.\n");
    assert_eq!(s.own, "Hello,\n\nI register.");
    assert_eq!(s.signature, None);
    assert_eq!(s.quoted, "");
}

#[test]
fn quote_headers_in_the_regions_languages() {
    for header in [
        "On Mon, 2 May 2016 at 09:44, Kaspar Nielsen <registration@bsr.test> wrote:",
        "Am 02.05.2016 um 09:44 schrieb Kaspar Nielsen <registration@bsr.test>:",
        "Le 2 mai 2016 à 09:44, Kaspar Nielsen <registration@bsr.test> a écrit :",
        "El 2 may 2016, a las 09:44, Kaspar <registration@bsr.test> escribió:",
        "Op 2 mei 2016 om 09:44 schreef Kaspar <registration@bsr.test>:",
        "Den 2 maj 2016 kl. 09:44 skrev Kaspar Nielsen <registration@bsr.test>:",
        "Kaspar Nielsen <registration@bsr.test> kirjoitti 2.5.2016 kello 9.44:",
        "W dniu 02.05.2016 o 09:44, Kaspar Nielsen pisze:",
        "2 мая 2016 г., в 9:44, Kaspar Nielsen <registration@bsr.test> написал(а):",
        "2016. gada 2. maijā 09:44 Kaspar Nielsen <registration@bsr.test> rakstīja:",
        "2016-05-02 09:44, Kaspar Nielsen <registration@bsr.test> rašė:",
        "Kaspar Nielsen <registration@bsr.test> kirjutas 2. mail 2016 kell 09:44:",
        "2016-05-02 9:44 GMT+03:00 Kaspar Nielsen <registration@bsr.test>:",
        "пн, 2 мая 2016 г. в 09:44, Kaspar Nielsen <registration@bsr.test>:",
        "Am Mo., 2. Mai 2016 um 09:44 Uhr schrieb Kaspar Nielsen <registration@bsr.test>:",
        "pon., 2 maj 2016 o 09:44 Kaspar Nielsen <registration@bsr.test> napisał(a):",
        "ma 2. toukok. 2016 klo 9.44 Kaspar Nielsen (registration@bsr.test) kirjoitti:",
        "Den mån 2 maj 2016 kl 09:44 skrev Kaspar Nielsen <registration@bsr.test>:",
    ] {
        assert_eq!(
            own_above(header),
            "I will come, see you in Riga.",
            "{header}"
        );
    }
}

#[test]
fn quote_header_wrapped_over_lines() {
    let s = split(
        "C'est super !\nLe 4 janv. 2016 19:03, \"Neil Lalonde\"\n<info@example.org>\na écrit :\n\n> quoted\n",
    );
    assert_eq!(s.own, "C'est super !");
    let s = split(
        "Yes.\n\nOn Thu, Jun 20, 2013 at 4:18 PM, Anna via List <\ninfo@example.org> wrote:\n\n> q\n",
    );
    assert_eq!(s.own, "Yes.");
}

#[test]
fn original_message_separators() {
    for sep in [
        "-----Original Message-----",
        "-----Ursprüngliche Nachricht-----",
        "-----Alkuperäinen viesti-----",
        "-----Oprindelig meddelelse-----",
        "-----Opprinnelig melding-----",
        "-----Ursprungligt meddelande-----",
        "-----Wiadomość oryginalna-----",
        "-----Исходное сообщение-----",
        "*-------- Original Message --------*",
    ] {
        let s = split(&format!("Count me in.\n\n{sep}\nFrom: Kaspar\nThank you\n"));
        assert_eq!(s.own, "Count me in.", "{sep}");
        assert!(s.quoted.contains("Thank you"), "{sep}");
    }
}

#[test]
fn outlook_header_blocks_in_translation() {
    for block in [
        "From: Kaspar\nSent: Monday\nTo: Anna\nSubject: Workshop",
        "Von: Kaspar\nGesendet: Montag\nAn: Anna\nBetreff: Workshop",
        "Från: Kaspar\nSkickat: den 2 maj\nTill: Anna\nÄmne: Workshop",
        "Lähettäjä: Kaspar\nLähetetty: maanantai\nVastaanottaja: Anna\nAihe: Workshop",
        "Od: Kaspar\nWysłano: poniedziałek\nDo: Anna\nTemat: Workshop",
        "От: Kaspar\nОтправлено: понедельник\nКому: Anna\nТема: Workshop",
        "No: Kaspar\nNosūtīts: pirmdiena\nKam: Anna\nTēma: Workshop",
        "Nuo: Kaspar\nIšsiųsta: pirmadienis\nKam: Anna\nTema: Workshop",
        "Saatja: Kaspar\nSaadetud: esmaspäev\nAdressaat: Anna\nTeema: Workshop",
        "Fra: Kaspar\nSendt: mandag\nTil: Anna\nEmne: Workshop",
        "*From:* Kaspar\n*Sent:* Monday\n*To:* Anna\n*Subject:* Workshop",
    ] {
        let s = split(&format!(
            "Count me in.\n________________________________\n{block}\n\nOld text\n"
        ));
        assert_eq!(s.own, "Count me in.", "{block}");
        let s = split(&format!("Count me in.\n\n{block}\n\nOld text\n"));
        assert_eq!(s.own, "Count me in.", "{block}");
    }
}

#[test]
fn form_lines_are_not_an_outlook_block() {
    let s = split("Name: Anna Bērziņa\nOrganisation: Riga Cluster\nCountry: Latvia\n");
    assert_eq!(
        s.own,
        "Name: Anna Bērziņa\nOrganisation: Riga Cluster\nCountry: Latvia"
    );
}

#[test]
fn signatures_after_delimiters() {
    let s = split("I register.\n\n-- \nAnna Bērziņa\nRiga Cluster\n");
    assert_eq!(s.own, "I register.");
    assert_eq!(s.signature.as_deref(), Some("Anna Bērziņa\nRiga Cluster"));
    let s = split("I register.\n--\nAnna\n");
    assert_eq!(s.own, "I register.");
    let s = split("I register.\n__\nAnna\n");
    assert_eq!(s.own, "I register.");
}

#[test]
fn heading_underlines_are_not_delimiters() {
    let s = split("Registration\n============\nName: Anna\n");
    assert_eq!(s.own, "Registration\n============\nName: Anna");
}

#[test]
fn mobile_signatures_in_the_regions_languages() {
    for sig in [
        "Sent from my iPhone",
        "Von meinem iPhone gesendet",
        "Skickat från min iPhone",
        "Lähetetty iPhonesta",
        "Wysłane z iPhone'a",
        "Отправлено с iPhone",
        "Sūtīts no mana iPhone",
        "Išsiųsta iš mano iPhone",
        "Saadetud minu iPhone'ist",
        "Sendt fra min iPhone",
        "Get Outlook for Android",
    ] {
        let s = split(&format!("I register.\n\n{sig}\n"));
        assert_eq!(s.own, "I register.", "{sig}");
        assert_eq!(s.signature.as_deref(), Some(sig), "{sig}");
    }
}

#[test]
fn closing_formulas_stay_in_own_text() {
    let s = split("I register.\n\nBest regards,\nAnna\n");
    assert_eq!(s.own, "I register.\n\nBest regards,\nAnna");
}

#[test]
fn disclaimers_are_cut() {
    let s = split(
        "I register.\n\nAnna\n\nThis e-mail and any attachments are confidential and intended solely for the addressee.\n",
    );
    assert_eq!(s.own, "I register.\n\nAnna");
    assert!(s.signature.is_some_and(|x| x.contains("confidential")));
    let s = split("Labdien!\n\nŠis e-pasts un tā pielikumi ir konfidenciāli.\n");
    assert_eq!(s.own, "Labdien!");
    // A sentence that merely starts like one is own text.
    let s = split("Hei!\n\nTämä viesti koskee ilmoittautumista.\n");
    assert_eq!(s.own, "Hei!\n\nTämä viesti koskee ilmoittautumista.");
}

#[test]
fn forwarded_blocks_keep_their_headers() {
    for marker in [
        "---------- Forwarded message ---------",
        "Begin forwarded message:",
        "-------- Weitergeleitete Nachricht --------",
        "-------- Vidarebefordrat meddelande --------",
        "-------- Edelleenlähetetty viesti --------",
        "-------- Przekazana wiadomość --------",
        "-------- Пересылаемое сообщение --------",
        "-------- Pārsūtīts ziņojums --------",
        "-------- Persiųstas laiškas --------",
        "-------- Edastatud kiri --------",
        "Anfang der weitergeleiteten Nachricht:",
        "Start på videresendt besked:",
        "Początek przekazywanej wiadomości:",
        "Sākums pārsūtītajam ziņojumam:",
        "Pradžia persiųsto laiško:",
        "Начало переадресованного сообщения:",
    ] {
        let s = split(&format!(
            "Please register my colleague.\n\n{marker}\nFrom: Jonas <jonas@x.lt>\nSubject: Workshop\n\nI want to come.\n"
        ));
        assert_eq!(s.own, "Please register my colleague.", "{marker}");
        let f = s.forwarded.unwrap_or_default();
        assert!(
            f.contains("From: Jonas <jonas@x.lt>") && f.contains("I want to come."),
            "{marker}"
        );
    }
}

#[test]
fn apple_mails_polish_quote_header_ends_the_own_words() {
    let s = split(
        "Dziękuję, będę tylko pierwszego dnia.\n\nWiadomość napisana przez Rejestracja <register@event.test> w dniu 12.04.2027, o godz. 10:15:\n\n> Jest Pan zarejestrowany.\n",
    );
    assert_eq!(s.own, "Dziękuję, będę tylko pierwszego dnia.");
    assert!(s.quoted.contains("zarejestrowany"));
}

#[test]
fn a_message_that_is_only_a_forward_keeps_the_forwarded_body() {
    let s = split(
        "---------- Forwarded message ----------\nFrom: A <a@x.test>\nSubject: long\nsubject\n\nThe body.\n",
    );
    assert_eq!(s.own, "The body.");
    assert!(s.forwarded.is_some());
}

#[test]
fn interleaved_reply_keeps_the_senders_lines_only() {
    let s = split(
        "On Mon, 2 May 2016, Kaspar <registration@bsr.test> wrote:\n> Which organisation?\nRiga Cluster\n\n> Which country?\nLatvia\n",
    );
    assert_eq!(s.own, "Riga Cluster\n\nLatvia");
    assert!(s.quoted.contains("> Which organisation?"));
    let s = split(
        "Hi,\n\nOn Mon, 2 May 2016, Kaspar <r@bsr.test> wrote:\n> Which organisation?\n\nRiga Cluster\n",
    );
    assert_eq!(s.own, "Hi,\n\nRiga Cluster");
}

#[test]
fn bottom_posting_after_the_quote() {
    let s = split(
        "On 8 May 2017 17:34, \"Andy\" <andy@x.test> wrote:\n> Will you come?\n\nYes, I will.\n",
    );
    assert_eq!(s.own, "Yes, I will.");
}

#[test]
fn code_blocks_are_not_cut() {
    let s = split("Code:\n\n```\n####\n--\n```\n\nEnd.\n");
    assert_eq!(s.own, "Code:\n\n```\n####\n--\n```\n\nEnd.");
}

#[test]
fn a_sentence_with_wrote_is_not_a_quote_header() {
    let s = split("I wrote something\n\nwhich was very interesting.\n");
    assert_eq!(s.own, "I wrote something\n\nwhich was very interesting.");
}

#[test]
fn hostile_input_does_not_panic() {
    let long = "> ".repeat(200_000);
    let _ = split(&long);
    let _ = split("\r\r\n\u{feff}ᐧ\n>:\n<\n>");
    let big = "word ".repeat(100_000);
    assert!(split(&big).own.len() <= 256 * 1024);
}

#[test]
fn outlook_block_starting_with_the_date() {
    let s = split(
        "Count me in.\n\nDate: Mon, 2 May 2016\nFrom: Kaspar <r@bsr.test>\nTo: Anna\nSubject: Workshop\n\nOld\n",
    );
    assert_eq!(s.own, "Count me in.");
}

#[test]
fn table_rows_and_comparisons_are_not_quotes() {
    let s = split("| Name | Anna |\n| Country | Latvia |\nBudget>100 EUR\n");
    assert_eq!(
        s.own,
        "| Name | Anna |\n| Country | Latvia |\nBudget>100 EUR"
    );
}

#[test]
fn rules_are_layout_unless_a_quoted_header_follows() {
    let s = split("Name: Anna\n\n---\n\nIdea: a session on joint trade missions\n");
    assert_eq!(
        s.own,
        "Name: Anna\n\n---\n\nIdea: a session on joint trade missions"
    );
    let s = split(
        "Count me in.\n\n ------------------------------\n\n*From:* Kaspar\n*Sent:* Monday\n*To:* Anna\n\nOld\n",
    );
    assert_eq!(s.own, "Count me in.");
}

#[test]
fn link_references_of_the_quoted_part_are_dropped() {
    let s = split(
        "See [the site][1].\n\nOn Nov 28, 2014, at 12:35 PM, Arpit <[info@x.test][2]> wrote:\n\n> old [text][3]\n\n[1]: http://example.com\n[2]: mailto:info@x.test\n[3]: https://x.test/t/1\n",
    );
    assert_eq!(s.own, "See [the site][1].\n\n[1]: http://example.com");
}
