"""Client wording per language, as the mail clients themselves print it.

Used by generate.py to build quote attributions, forward blocks and phone signatures the way
Outlook, Gmail, Apple Mail, Thunderbird and the phones write them in each language. Written from
memory of those clients; small differences from a given client version are realistic noise.
"""

# Weekday abbreviations (Monday first) and month names as used in dates ("12 May", "12. maijā").
DAYS = {
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(),
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.".split(),
    "sv": "mån tis ons tors fre lör sön".split(),
    "da": "man. tir. ons. tor. fre. lør. søn.".split(),
    "nb": "man. tir. ons. tor. fre. lør. søn.".split(),
    "fi": "ma ti ke to pe la su".split(),
    "et": "E T K N R L P".split(),
    "lv": "pirmd. otrd. trešd. ceturtd. piektd. sestd. svētd.".split(),
    "lt": "pr an tr kt pn št sk".split(),
    "pl": "pon. wt. śr. czw. pt. sob. niedz.".split(),
    "ru": "пн вт ср чт пт сб вс".split(),
}

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "nb": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split(),
    "lv": "janv. febr. marts apr. maijs jūn. jūl. aug. sept. okt. nov. dec.".split(),
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
}

# Outlook's header block above a quoted or forwarded message: From, Sent, To, Cc, Subject.
OUTLOOK = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Cc", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Kopi", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe"),
    "et": ("Saatja", "Saadetud", "Adressaat", "Koopia", "Teema"),
    "lv": ("No", "Nosūtīts", "Kam", "Kopija", "Tēma"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Kopija", "Tema"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
}

# Outlook's reply/forward subject prefixes (other clients write "Re:" / "Fwd:").
OUTLOOK_RE = {"de": "AW", "sv": "SV", "da": "SV", "nb": "SV", "fi": "VS", "pl": "Odp", "lv": "RE", "lt": "RE", "et": "RE", "ru": "RE", "en": "RE"}
OUTLOOK_FW = {"de": "WG", "sv": "VB", "da": "VS", "nb": "VS", "fi": "VL", "pl": "PD", "lv": "FW", "lt": "FW", "et": "FW", "ru": "FW", "en": "FW"}

# Reply attributions. Placeholders: wd (weekday), d, m, mm, dd, y, mon (month name), hm, name, addr.
GMAIL_ATTR = {
    "en": "On {wd}, {d} {mon3} {y} at {hm}, {name} <{addr}> wrote:",
    "de": "Am {wd}, {d}. {mon} {y} um {hm} Uhr schrieb {name} <{addr}>:",
    "sv": "Den {wd} {d} {mon} {y} kl {hm} skrev {name} <{addr}>:",
    "da": "Den {wd} {d}. {mon} {y} kl. {hm} skrev {name} <{addr}>:",
    "nb": "{wd} {d}. {mon} {y} kl. {hm} skrev {name} <{addr}>:",
    "fi": "{wd} {d}.{m}.{y} klo {hm} {name} <{addr}> kirjoitti:",
    "et": "Kontaktil {name} (<{addr}>) kuupäeval {wd}, {d}. {mon} {y} kell {hm} kirjutas:",
    "lv": "{wd}, {y}. g. {d}. {mon}, plkst. {hm} — lietotājs {name} (<{addr}>) rakstīja:",
    "lt": "{y}-{mm}-{dd}, {wd}, {hm}, {name} <{addr}> rašė:",
    "pl": "{wd} {d} {mon} {y} o {hm} {name} <{addr}> napisał(a):",
    "ru": "{wd}, {d} {mon} {y} г. в {hm}, {name} <{addr}>:",
}
APPLE_ATTR = {
    "en": "On {d} {mon} {y}, at {hm}, {name} <{addr}> wrote:",
    "de": "Am {d}.{mm}.{y} um {hm} schrieb {name} <{addr}>:",
    "sv": "{d} {mon} {y} kl. {hm} skrev {name} <{addr}>:",
    "da": "Den {d}. {mon} {y} kl. {hm} skrev {name} <{addr}>:",
    "nb": "{d}. {mon} {y} kl. {hm} skrev {name} <{addr}>:",
    "fi": "{name} <{addr}> kirjoitti {d}.{m}.{y} kello {hm}:",
    "et": "{d}. {mon} {y}, kell {hm}, {name} <{addr}> kirjutas:",
    "lv": "{y}. gada {d}. {mon}, plkst. {hm}, {name} <{addr}> rakstīja:",
    "lt": "{y}-{mm}-{dd} {hm}, {name} <{addr}> rašė:",
    "pl": "Wiadomość napisana przez {name} <{addr}> w dniu {d}.{mm}.{y}, o godz. {hm}:",
    "ru": "{d} {mon} {y} г., в {hm}, {name} <{addr}> написал(а):",
}
TB_ATTR = {
    "en": "On {dd}/{mm}/{y} {hm}, {name} wrote:",
    "de": "Am {dd}.{mm}.{y} um {hm} schrieb {name}:",
    "sv": "Den {y}-{mm}-{dd} kl. {hm}, skrev {name}:",
    "da": "Den {dd}.{mm}.{y} kl. {hm} skrev {name}:",
    "nb": "Den {dd}.{mm}.{y} {hm}, skrev {name}:",
    "fi": "{name} kirjoitti {d}.{m}.{y} klo {hm}:",
    "et": "{name} kirjutas {dd}.{mm}.{y} {hm}:",
    "lv": "{dd}.{mm}.{y} {hm}, {name} rakstīja:",
    "lt": "{y}-{mm}-{dd} {hm}, {name} rašė:",
    "pl": "W dniu {dd}.{mm}.{y} o {hm}, {name} pisze:",
    "ru": "{dd}.{mm}.{y} {hm}, {name} пишет:",
}

# Forward separators: (gmail line, gmail labels From/Date/Subject/To, apple line, thunderbird line)
FORWARD = {
    "en": ("---------- Forwarded message ---------", ("From", "Date", "Subject", "To"), "Begin forwarded message:", "-------- Forwarded Message --------"),
    "de": ("---------- Weitergeleitete Nachricht ---------", ("Von", "Date", "Subject", "To"), "Anfang der weitergeleiteten Nachricht:", "-------- Weitergeleitete Nachricht --------"),
    "sv": ("---------- Vidarebefordrat meddelande ---------", ("Från", "Date", "Subject", "To"), "Vidarebefordrat brev:", "-------- Vidarebefordrat meddelande --------"),
    "da": ("---------- Videresendt besked ---------", ("Fra", "Date", "Subject", "To"), "Start på videresendt besked:", "-------- Videresendt meddelelse --------"),
    "nb": ("---------- Videresendt melding ---------", ("Fra", "Date", "Subject", "To"), "Videresendt melding:", "-------- Videresendt melding --------"),
    "fi": ("---------- Välitetty viesti ---------", ("Lähettäjä", "Date", "Subject", "To"), "Välitetty viesti alkaa:", "-------- Välitetty viesti --------"),
    "et": ("---------- Edastatud sõnum ---------", ("Saatja", "Date", "Subject", "To"), "Edastatud kiri:", "-------- Edastatud kiri --------"),
    "lv": ("---------- Pārsūtīts ziņojums ---------", ("No", "Date", "Subject", "To"), "Sākums pārsūtītajam ziņojumam:", "-------- Pārsūtīts ziņojums --------"),
    "lt": ("---------- Persiųstas laiškas ---------", ("Nuo", "Date", "Subject", "To"), "Pradžia persiųsto laiško:", "-------- Persiųstas laiškas --------"),
    "pl": ("---------- Forwarded message ---------", ("Od", "Date", "Subject", "To"), "Początek przekazywanej wiadomości:", "-------- Przekazana wiadomość --------"),
    "ru": ("---------- Пересылаемое сообщение ---------", ("От", "Date", "Subject", "To"), "Начало переадресованного сообщения:", "-------- Пересылаемое сообщение --------"),
}

PHONE = {
    "en": ("Sent from my iPhone", "Sent from my Galaxy"),
    "de": ("Von meinem iPhone gesendet", "Von meinem Samsung Galaxy Smartphone gesendet."),
    "sv": ("Skickat från min iPhone", "Skickat från min Galaxy"),
    "da": ("Sendt fra min iPhone", "Sendt fra min Galaxy"),
    "nb": ("Sendt fra min iPhone", "Sendt fra min Samsung Galaxy-smarttelefon."),
    "fi": ("Lähetetty iPhonesta", "Lähetetty Samsung Galaxy -älypuhelimesta."),
    "et": ("Saadetud minu iPhone'ist", "Saadetud minu Galaxy nutitelefonist"),
    "lv": ("Nosūtīts no mana iPhone", "Nosūtīts no mana Galaxy"),
    "lt": ("Išsiųsta iš mano iPhone", "Siųsta iš mano Galaxy"),
    "pl": ("Wysłane z iPhone'a", "Wysłane z mojego Galaxy"),
    "ru": ("Отправлено с iPhone", "Отправлено с моего Galaxy"),
}

# Content-Language that Outlook sets, and the writer's usual UTC offset in spring.
CONTENT_LANGUAGE = {"en": "en-GB", "de": "de-DE", "sv": "sv-SE", "da": "da-DK", "nb": "nb-NO", "fi": "fi-FI", "et": "et-EE", "lv": "lv-LV", "lt": "lt-LT", "pl": "pl-PL", "ru": "ru-RU"}
TZ = {"en": 1, "de": 2, "sv": 2, "da": 2, "nb": 2, "pl": 2, "fi": 3, "et": 3, "lv": 3, "lt": 3, "ru": 3}

# The events the mail is written to. Dates and venue as the acknowledgement prints them.
EVENTS = {
    1: {
        "name": "Cluster internationalisation – Why and how to do it?",
        "to": ("Workshop registration", "register@event.test"),
        "when": {
            "en": ("2–3 June 2027", "Riga, Latvia"), "lv": ("2027. gada 2.–3. jūnijā", "Rīgā"),
            "lt": ("2027 m. birželio 2–3 d.", "Rygoje"), "et": ("2.–3. juunil 2027", "Riias"),
            "fi": ("2.–3.6.2027", "Riiassa"), "sv": ("2–3 juni 2027", "Riga, Lettland"),
            "da": ("2.–3. juni 2027", "Riga, Letland"), "nb": ("2.–3. juni 2027", "Riga, Latvia"),
            "de": ("2.–3. Juni 2027", "Riga, Lettland"), "pl": ("2–3 czerwca 2027 r.", "Ryga, Łotwa"),
            "ru": ("2–3 июня 2027 г.", "Рига, Латвия"),
        },
        "organiser": "Workshop organisers",
        "web": "https://event.test/clusters",
    },
    2: {
        "name": "Blue Economy Matchmaking Forum 2027",
        "to": ("Matchmaking Forum", "forum@bluebsr.test"),
        "when": {
            "en": ("14 October 2027", "Tallinn, Estonia"), "lv": ("2027. gada 14. oktobrī", "Tallinā"),
            "lt": ("2027 m. spalio 14 d.", "Taline"), "et": ("14. oktoobril 2027", "Tallinnas"),
            "fi": ("14.10.2027", "Tallinnassa"), "sv": ("14 oktober 2027", "Tallinn, Estland"),
            "da": ("14. oktober 2027", "Tallinn, Estland"), "nb": ("14. oktober 2027", "Tallinn, Estland"),
            "de": ("14. Oktober 2027", "Tallinn, Estland"), "pl": ("14 października 2027 r.", "Tallinn, Estonia"),
            "ru": ("14 октября 2027 г.", "Таллин, Эстония"),
        },
        "organiser": "Forum secretariat",
        "web": "https://bluebsr.test/forum",
    },
}

# The announcements people forward to the registration address (with the organiser's own
# signature, which must never become the forwarder's organisation).
ANNOUNCEMENT = {
    1: {
        "from": ("Inga Ozola", "inga.ozola@bsr-clusters.test"),
        "subject": "Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
        "body": """Dear cluster managers,

We are pleased to invite you to the two-day workshop "Cluster internationalisation – Why and how to do it?", which will take place in Riga on 2–3 June 2027.

The workshop is meant for cluster managers and cluster staff of the Baltic Sea Region who want to start or improve international activities for their member companies. Day one covers strategies and funding; day two is hands-on work in small groups.

Participation is free of charge, but places are limited. To register, simply send an e-mail to register@event.test with your name, organisation and country, and tell us whether you are just starting with internationalisation or already have experience. Ideas for the small-group sessions are very welcome.

More information about the programme and practical details will follow.

Best regards,

Inga Ozola
Project Manager
Baltic Sea Region Cluster Network
Elizabetes iela 41, Rīga, LV-1010, Latvia
+371 6700 1234
www.bsr-clusters.test
""",
    },
    2: {
        "from": ("Kadri Tamm", "kadri.tamm@bluebsr.test"),
        "subject": "Save the date: Blue Economy Matchmaking Forum, Tallinn, 14 October",
        "body": """Dear colleagues,

The Blue Economy Matchmaking Forum 2027 brings together companies, clusters and research organisations working with maritime technologies, aquaculture and offshore energy around the Baltic Sea.

When: 14 October 2027, 9:00-17:30
Where: Tallinn, Estonia (venue to be confirmed)

Pre-booked one-to-one meetings, pitching sessions and a site visit. To register, reply to forum@bluebsr.test with your name, organisation, country and the topics you would like to discuss.

Kind regards
Kadri Tamm
Project Coordinator
Estonian Maritime Innovation Centre
Tallinn, Estonia
+372 600 5544
""",
    },
}
