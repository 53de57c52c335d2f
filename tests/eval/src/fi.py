# Finnish mails. Labels (L) written with each mail, before regbot read it. See ../README.md.

MAILS = [
dict(id="fi01", kind="registration", client="outlook", frm="\"Virtanen, Mikko\" <mikko.virtanen@cleantechturku.fi>",
     subj="Ilmoittautuminen Riian työpajaan",
     body="""Hei,

ilmoittaudun työpajaan "Cluster internationalisation – Why and how to do it?" Riiassa 2.–3.6.

Ystävällisin terveisin
Mikko""",
     sig="""Mikko Virtanen
Kansainvälisten asioiden päällikkö
Cleantech Turku ry
Joukahaisenkatu 3, 20520 Turku, Suomi
p. +358 40 123 4567""",
     L=dict(name="Mikko Virtanen", org="Cleantech Turku ry", orgc="Cleantech Turku", cc="FI")),

dict(id="fi02", kind="registration", client="gmail", frm="Jussi Mäkinen <jussi.makinen@teknologiaklusteri.fi>",
     subj="Osallistuminen",
     body="""Moi,

edustan Pirkanmaan Teknologiaklusteria ja haluaisin osallistua Riian työpajaan.

t. Jussi Mäkinen""",
     L=dict(name="Jussi Mäkinen", org="Pirkanmaan Teknologiaklusteri", orgc="Pirkanmaan Teknologiaklusteri",
            orgnot=["Pirkanmaan Teknologiaklusteria"])),

dict(id="fi03", kind="registration", client="outlook", cs="windows-1252",
     frm="Päivi Laine <paivi.laine@yrityskyla.fi>",
     subj="Ilmoittautuminen - P. Laine",
     body="""Hei!

Työskentelen Oulun Yrityskylässä kansainvälistymisen asiantuntijana. Ilmoitan itseni kesäkuun työpajaan.

Terveisin
Päivi Laine""",
     L=dict(name="Päivi Laine", org="Oulun Yrityskylä", orgnot=["Oulun Yrityskylässä"])),

dict(id="fi04", kind="registration", client="thunderbird", cs="iso-8859-15", cte="qp",
     frm="Sari Heikkinen <sari.heikkinen@biotalous.fi>",
     subj="Ilmoittautuminen",
     body="""Hei,

haluaisin ilmoittautua työpajaan. Klusterimme on vasta aloittanut kansainvälistymisen - ensimmäiset ulkomaiset kumppanit aloimme etsiä vasta viime vuonna, joten aihe on meille todella ajankohtainen.

Terveisin
Sari""",
     sig="""Sari Heikkinen
Klusterikoordinaattori
Itä-Suomen Biotalous- ja Energiaklusteri
Kuopio""",
     L=dict(name="Sari Heikkinen", org="Itä-Suomen Biotalous- ja Energiaklusteri",
            orgc="Biotalous- ja Energiaklusteri", cc="FI", exp="starting")),

dict(id="fi05", kind="registration", client="iphone", frm="Aino Lehtonen <aino.lehtonen@gmail.com>",
     subj="Riian työpaja",
     body="""Moi, laittaisitko minut listalle Riian työpajaan? Kiitos!
Aino""",
     L=dict(name="Aino Lehtonen")),

dict(id="fi06", kind="registration", client="html_only", cs="iso-8859-1", cte="qp",
     frm="Timo Nieminen <timo.nieminen@meriklusteri.fi>",
     subj="Ilmoittautuminen",
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>
<p>Hei,</p>
<p>ilmoittaudun klustereiden kansainvälistymistä käsittelevään työpajaan.</p>
<p>Ystävällisin terveisin<br>
Timo Nieminen<br>
Toimitusjohtaja<br>
Lounais-Suomen Meri- ja Offshoreklusteri<br>
Rauma</p>
</body></html>
""",
     L=dict(name="Timo Nieminen", org="Lounais-Suomen Meri- ja Offshoreklusteri", orgc="Meri- ja Offshoreklusteri",
            cc="FI")),

dict(id="fi07", kind="registration_idea", client="gmail", frm="Hanna Koskinen <hanna.koskinen@hyvinvointiklusteri.fi>",
     subj="Ilmoittautuminen ja ehdotus",
     body="""Hei!

Ilmoittaudun työpajaan. Ehdottaisin myös yhdeksi pienryhmäaiheeksi sitä, miten klusterit voisivat yhdessä hyödyntää Team Finland -verkostoa ja vastaavia palveluita muissa Itämeren maissa. Voin kertoa omista kokemuksistamme.

Hanna Koskinen
Hyvinvointiteknologian klusteri""",
     L=dict(I=["registration", "idea"], name="Hanna Koskinen", org="Hyvinvointiteknologian klusteri")),

dict(id="fi08", kind="idea_only", client="outlook", frm="Ville Salonen <ville.salonen@energiavirasto-partner.fi>",
     subj="Idea työpajaan",
     body="""Hei,

valitettavasti en pääse itse paikalle, koska olen kesäkuun alussa työmatkalla. Ehdottaisin kuitenkin aihetta: miten klusterin kannattaa valita ensimmäinen vientimarkkina, kun resurssit ovat pienet.

Onnea työpajaan!
Ville Salonen""",
     L=dict(I=["idea"], name="Ville Salonen")),

dict(id="fi09", kind="cancellation", client="outlook", quote=True, frm="Juha Hämäläinen <juha.hamalainen@logistiikka.fi>",
     ack=dict(name="Juha Hämäläinen", org="Suomen Logistiikkaklusteri", country="Suomi"),
     body="""Hei,

valitettavasti en pääse tulemaan. Voisitteko poistaa minut osallistujalistalta?

Pahoittelen,
Juha""",
     L=dict(I=["cancellation"], name="Juha Hämäläinen")),

dict(id="fi10", kind="cancellation", client="android", frm="Minna Järvinen <minna.jarvinen@outlook.com>",
     subj="Peruutus",
     body="""Moi, suunnitelmat muuttuivat enkä pääse Riikaan. Älkää laskeko minua mukaan.
Minna""",
     L=dict(I=["cancellation"], name="Minna Järvinen")),

dict(id="fi11", kind="update", client="gmail", quote=True, frm="Eeva-Liisa Rantanen <eeva-liisa.rantanen@kemianklusteri.fi>",
     ack=dict(name="Eeva Rantanen", org="Kemian klusteri", country="Suomi"),
     body="""Hei,

kiitos vahvistuksesta. Oikea nimeni on Eeva-Liisa Rantanen - voisitteko korjata sen nimikylttiin?

Eeva-Liisa""",
     L=dict(I=["update"], name="Eeva-Liisa Rantanen", org="Kemian klusteri", cc="FI")),

dict(id="fi12", kind="update", client="apple", quote=True, frm="Antti Karjalainen <antti.karjalainen@gmail.com>",
     ack=dict(name="Antti Karjalainen"),
     body="""Unohdin mainita: olen Kuopion Terveysteknologian klusterista.

Antti""",
     L=dict(I=["update"], name="Antti Karjalainen", org="Kuopion Terveysteknologian klusteri",
            orgc="Terveysteknologian klusteri", orgnot=["Kuopion Terveysteknologian klusterista"])),

dict(id="fi13", kind="update", client="outlook", quote=True, frm="Kalle Lindqvist <kalle.lindqvist@balticbiz.eu>",
     ack=dict(name="Kalle Lindqvist", org="BalticBiz Network", country="Ruotsi"),
     body="""Hei,

pieni korjaus: maa on Suomi, ei Ruotsi. Toimistomme on Vaasassa.

Kalle Lindqvist""",
     L=dict(I=["update"], name="Kalle Lindqvist", org="BalticBiz Network", cc="FI")),

dict(id="fi14", kind="question", client="gmail", frm="Riikka Peltonen <riikka.peltonen@kehitysyhtio.fi>",
     subj="Kysymys työpajasta",
     body="""Hei!

Ennen kuin ilmoittaudun, haluaisin kysyä: onko työpaja tarkoitettu vain klusterijohtajille, vai voivatko myös alueelliset kehitysyhtiöt osallistua?

Kiitos!
Riikka Peltonen
Seinäjoen seudun kehitysyhtiö""",
     L=dict(I=["question"], name="Riikka Peltonen", org="Seinäjoen seudun kehitysyhtiö")),

dict(id="fi15", kind="question", client="thunderbird", frm="Petri Ahonen <petri.ahonen@metalliklusteri.fi>",
     subj="Osallistumismaksu?",
     body="""Hei,

onko työpajaan osallistumismaksu? Entä tarjotaanko lounas?

Petri""",
     L=dict(I=["question"], name="Petri Ahonen")),

dict(id="fi16", kind="question_in_request", client="outlook", frm="Tiina Mattila <tiina.mattila@aluekehitys.fi>",
     subj="Vielä ehtiikö?",
     body="""Hei,

sain kutsun vasta tänään. Onko vielä tilaa? Jos on, ilmoittakaa minut mukaan.

Tiina Mattila
Kansainvälisten hankkeiden koordinaattori
Satakunnan Teknologia- ja Innovaatioklusteri
Pori, Suomi""",
     L=dict(I=["registration"], Iopt=["question"], name="Tiina Mattila",
            org="Satakunnan Teknologia- ja Innovaatioklusteri", orgc="Teknologia- ja Innovaatioklusteri", cc="FI")),

dict(id="fi17", kind="on_behalf", client="outlook", frm="Markku Leinonen <markku.leinonen@puuklusteri.fi>",
     subj="Osallistujien ilmoittaminen",
     body="""Hei,

ilmoitan klusteristamme työpajaan seuraavat henkilöt:
- Laura Savolainen, laura.savolainen@puuklusteri.fi
- Janne Kettunen, janne.kettunen@puuklusteri.fi

Itse en valitettavasti pääse.

Ystävällisin terveisin
Markku Leinonen
Suomen Puuklusteri""",
     L=dict(name="Markku Leinonen", org="Suomen Puuklusteri",
            parts=[("laura.savolainen@puuklusteri.fi", "Laura Savolainen"),
                   ("janne.kettunen@puuklusteri.fi", "Janne Kettunen")])),

dict(id="fi18", kind="on_behalf", client="gmail", frm="Satu Honkanen <satu.honkanen@ictoulu.fi>",
     subj="Kaksi osallistujaa",
     body="""Hei,

ilmoittakaa minut ja kollegani Mika Räsänen (mika.rasanen@ictoulu.fi).

Kiitos!
Satu
ICT Oulu ry""",
     L=dict(name="Satu Honkanen", org="ICT Oulu ry", orgc="ICT Oulu",
            parts=[("satu.honkanen@ictoulu.fi", "Satu Honkanen"), ("mika.rasanen@ictoulu.fi", "Mika Räsänen")])),

dict(id="fi19", kind="on_behalf", client="outlook", frm="Jari Kinnunen <jari.kinnunen@muoviklusteri.fi>",
     subj="Ilmoittautuminen",
     body="""Hei,

ilmoittaudun työpajaan. Myös kollegani Heidi Lampinen haluaisi tulla, lähetän hänen sähköpostiosoitteensa myöhemmin.

Jari Kinnunen
Muoviteollisuuden klusteri""",
     L=dict(name="Jari Kinnunen", org="Muoviteollisuuden klusteri", review="on_behalf_without_address",
            parts=[("jari.kinnunen@muoviklusteri.fi", "Jari Kinnunen"), (None, "Heidi Lampinen")])),

dict(id="fi20", kind="registration_note", client="gmail", frm="Outi Laaksonen <outi.laaksonen@ruokaklusteri.fi>",
     subj="Ilmoittautuminen",
     body="""Hei!

Ilmoittaudun työpajaan. Olen vegaani.

Outi Laaksonen
Ruokaklusteri Häme""",
     L=dict(name="Outi Laaksonen", org="Ruokaklusteri Häme", note=True)),

dict(id="fi21", kind="registration_note", client="iphone", frm="Tuomas Heinonen <tuomas.heinonen@lappiklusteri.fi>",
     subj="Tulen",
     body="""Moi, tulen mukaan. Ensimmäisenä päivänä saatan myöhästyä hieman, lento Rovaniemeltä laskeutuu vasta yhdeltätoista.
Tuomas Heinonen
Lapin Matkailuklusteri""",
     L=dict(name="Tuomas Heinonen", org="Lapin Matkailuklusteri", cc="FI", note=True)),

dict(id="fi22", kind="thanks", client="gmail", quote=True, frm="Johanna Vainio <johanna.vainio@gmail.com>",
     ack=dict(name="Johanna Vainio"),
     body="""Kiitos paljon!""",
     L=dict(I=[], name="Johanna Vainio")),

dict(id="fi23", kind="forwarded", client="outlook", fwd=1, frm="Harri Turunen <harri.turunen@rakennusklusteri.fi>",
     body="""Hei,

kollega välitti tämän kutsun. Haluaisin osallistua.

Harri Turunen
Rakennusalan Innovaatioklusteri""",
     L=dict(name="Harri Turunen", org="Rakennusalan Innovaatioklusteri")),

dict(id="fi24", kind="auto_reply", client="outlook", frm="Anne Kallio <anne.kallio@innovaatio.fi>",
     subj="Automaattinen vastaus: Ilmoittautuminen vahvistettu: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Hei,

olen lomalla 10.5. asti. Kiireellisissä asioissa ota yhteyttä osoitteeseen info@innovaatio.fi.

Anne Kallio""",
     L=dict(I=[], auto="auto_reply")),

dict(id="fi25", kind="registration", client="outlook", frm="\"FT Kari Lindholm\" <kari.lindholm@tutkimuspuisto.fi>",
     subj="Ilmoittautuminen työpajaan",
     body="""Hei,

ilmoittaudun työpajaan. Klusterimme on järjestänyt jäsenyrityksilleen vientimatkoja jo yli kymmenen vuoden ajan, joten voin tarvittaessa kertoa kokemuksistamme.

Ystävällisin terveisin""",
     sig="""FT Kari Lindholm
Johtaja
Tampereen Tutkimus- ja Teknologiapuisto
Hermiankatu 1, 33720 Tampere""",
     L=dict(name="Kari Lindholm", org="Tampereen Tutkimus- ja Teknologiapuisto", orgc="Tutkimus- ja Teknologiapuisto",
            cc="FI", exp="experienced")),

dict(id="fi26", kind="registration", client="thunderbird", cs="iso-8859-1", cte="8bit",
     frm="Leena Saarinen <leena.saarinen@muotoiluklusteri.fi>",
     subj="Ilmoittautuminen",
     body="""Hei,

lisäisittekö minut työpajan osallistujiin.

Leena Saarinen
Muotoiluklusteri Lahti
Lahti""",
     sigdash=False,
     L=dict(name="Leena Saarinen", org="Muotoiluklusteri Lahti", cc="FI")),

dict(id="fi27", kind="registration", client="gmail", ev=2, frm="Olli Hakala <olli.hakala@vesiviljely.fi>",
     subj="Ilmoittautuminen foorumiin",
     body="""Hei!

Haluaisin ilmoittautua 14.10. sinisen talouden foorumiin Tallinnassa. Etsimme kumppaneita kalanviljelyyn ja kalanjalostukseen.

Olli Hakala
Saariston Vesiviljelyklusteri
Naantali, Suomi""",
     L=dict(name="Olli Hakala", org="Saariston Vesiviljelyklusteri", cc="FI")),

dict(id="fi28", kind="question", client="outlook", ev=2, frm="Marja Koivisto <marja.koivisto@satama-partner.fi>",
     subj="Kysymys foorumista",
     body="""Hei,

voiko foorumin B2B-tapaamiset varata etukäteen? Mihin päivään mennessä pitää ilmoittautua?

Marja""",
     L=dict(I=["question"], name="Marja Koivisto")),

dict(id="fi29", kind="registration", client="android", ev=2, frm="Eero Lahtinen <eero.lahtinen@offshore.fi>",
     subj="Foorumi",
     body="""Hei, lisätkää minut foorumin osallistujiin. Eero Lahtinen, Merituuli Oy, Kotka""",
     L=dict(name="Eero Lahtinen", org="Merituuli Oy", orgc="Merituuli", cc="FI")),

dict(id="fi30", kind="registration", client="gmail", frm="Katja Nurmi <katja.nurmi@kosmetiikka.fi>",
     subj="Ilmoittautumislomake",
     body="""Nimi: Katja Nurmi
Organisaatio: Suomen Kosmetiikkaklusteri
Maa: Suomi
Kokemus: olemme vasta alussa""",
     L=dict(name="Katja Nurmi", org="Suomen Kosmetiikkaklusteri", cc="FI", exp="starting")),
]

# Second batch (appended: earlier mails keep their half).
MAILS += [
dict(id="fi31", kind="registration", client="gmail", frm="Pekka Hyvönen <pekka.hyvonen@oulunterveys.fi>",
     subj="Ilmoittautuminen + vähän taustaa",
     body="""Moikka,

ilmoittaudun Riian työpajaan. Vähän taustaa: olemme tehneet yhteisiä vientihankkeita jäsenyritysten kanssa vuodesta 2012, lähinnä Ruotsiin ja Saksaan, mutta Baltian maat ovat meille vielä aika vieras alue. Toivoisin pääseväni juttelemaan etenkin latvialaisten ja liettualaisten klusterien kanssa.

Terveisiä Oulusta!

Pekka""",
     sig="""Pekka Hyvönen
kehitysjohtaja | Oulun Terveysteknologiaklusteri ry
Aapistie 5, 90220 Oulu
puh. 040 000 0000
www.oulunterveys.fi""",
     L=dict(name="Pekka Hyvönen", org="Oulun Terveysteknologiaklusteri ry", orgc="Oulun Terveysteknologiaklusteri",
            cc="FI", exp="experienced")),

dict(id="fi32", kind="update", client="outlook", frm="Marjo Laitinen <marjo.laitinen@biotalous-klusteri.fi>",
     subj="VS: Ilmoittautuminen",
     body="""Hei vielä,

unohdin mainita edellisessä viestissäni, että olen keliaakikko, joten tarvitsen gluteenittoman ruokavalion.

Kiitos!
Marjo

________________________________
Lähettäjä: Marjo Laitinen <marjo.laitinen@biotalous-klusteri.fi>
Lähetetty: maanantai 19. huhtikuuta 2027 9.12
Vastaanottaja: Workshop registration <register@event.test>
Aihe: Ilmoittautuminen

Hei,

ilmoittaudun Riian työpajaan 2.-3.6.

Marjo Laitinen
Keski-Suomen Biotalousklusteri
Jyväskylä""",
     L=dict(I=["update"], name="Marjo Laitinen", org="Keski-Suomen Biotalousklusteri", cc="FI", note=True,
            unscored=["organisation", "country"]
            )),

dict(id="fi33", kind="cancellation", client="android", frm="Jukka Rautio <jukka.rautio@gmail.com>",
     subj="Re: Ilmoittautuminen vahvistettu",
     body="""En pääsekään, sori. Poistakaa mut listalta.
T. Jukka""",
     L=dict(I=["cancellation"], name="Jukka Rautio")),

dict(id="fi34", kind="auto_reply", client="plain", cs="iso-8859-15", cte="qp", frm="Sirpa Niskanen <sirpa.niskanen@kehitysyhtio-partner.fi>",
     subj="Poissa toimistolta",
     body="""Olen poissa toimistolta 26.4. asti. Viestisi on vastaanotettu, vastaan palattuani.

I am out of the office until 26 April. I will reply when I am back.

Sirpa Niskanen""",
     L=dict(I=[], auto="auto_reply")),

dict(id="fi35", kind="question", client="thunderbird", cs="utf-8", frm="Arto Kemppainen <arto.kemppainen@lapinklusteri.fi>",
     subj="Kysymys ja ehdotus",
     body="""Hei,

onko työpajaan tulossa myös rahoittajien edustajia, esimerkiksi Business Finlandista tai vastaavista virastoista muista maista? Jos ei, ehdottaisin että ohjelmaan lisättäisiin lyhyt paneeli, jossa rahoittajat kertovat kansainvälistymisen tukimuodoista.

En ole vielä varma pääsenkö itse paikalle.

Arto Kemppainen
Lapin Kaivosklusteri""",
     L=dict(I=["question", "idea"], name="Arto Kemppainen", org="Lapin Kaivosklusteri")),
]

# Third batch: informal/typos, the second event, registration with a side question.
MAILS += [
dict(id="fi36", kind="registration", client="android", frm="Mikael Häkkinen <mikael.hakkinen@pelialaklusteri.fi>",
     subj="riika",
     body="""moi, tulisin riikaan 2-3.6 jos mahtuu. mikael hakkinen, suomen pelialan klusteri. kiitti""",
     L=dict(name="Mikael Häkkinen", org="Suomen pelialan klusteri", orgc="pelialan klusteri")),

dict(id="fi37", kind="registration", client="outlook", cs="windows-1252", ev=2, frm="Leena Aaltonen <leena.aaltonen@satamaklusteri.fi>",
     subj="Ilmoittautuminen Blue Economy -foorumiin",
     body="""Hei,

ilmoittaudun Tallinnan foorumiin 14.10. B2B-tapaamisia toivoisin:
- satamien sähköistysratkaisujen toimittajien kanssa
- virolaisten ja latvialaisten merentutkimuslaitosten kanssa

Ystävällisin terveisin
Leena Aaltonen
Kotkan Satamaklusteri
Kotka, Suomi""",
     L=dict(name="Leena Aaltonen", org="Kotkan Satamaklusteri", cc="FI")),

dict(id="fi38", kind="registration", client="gmail", frm="Ari Mustonen <ari.mustonen@agriklusteri.fi>",
     subj="Ilmoittautuminen ja kysymys",
     body="""Hei!

Ilmoittaudun työpajaan. Lisäksi kysymys: onko tapahtumapaikalla pysäköintimahdollisuutta? Tulen autolla Tallinnan kautta.

Ari Mustonen
Maatalousteknologian klusteri""",
     L=dict(I=["registration", "question"], name="Ari Mustonen", org="Maatalousteknologian klusteri")),
]

# Fourth batch: replies in the writer's language under an acknowledgement that came in English.
MAILS += [
dict(id="fi39", kind="thanks", client="gmail", quote=True, ack_lang="en", frm="Heikki Mäkelä <heikki.makela@gmail.com>",
     ack=dict(name="Heikki Mäkelä"),
     body="""Kiitos, nähdään Riiassa!""",
     L=dict(I=[], name="Heikki Mäkelä")),
]

# ---------------------------------------------------------------- second writer (w2-*)
# Written by a second writer (see ../README.md), other people, situations and phrasings than above.
# Labels written with each mail, before regbot was run on any of them.
MAILS += [
dict(id="w2-fi01", kind="registration", client="outlook", frm="Johanna Salminen <johanna.salminen@vs-merilogistiikka.fi>",
     subj="Ilmoittautuminen Riian työpajaan",
     body="""Hei,

ilmoittaudun työpajaan Riikaan 2.–3.6. Edustan Varsinais-Suomen Meri- ja Logistiikkaklusteria. Olemme vasta aloittelemassa kansainvälistä toimintaa, joten odotan erityisesti muiden klustereiden kokemuksia.

Ystävällisin terveisin
Johanna""",
     sig="""Johanna Salminen
kehityspäällikkö
Varsinais-Suomen Meri- ja Logistiikkaklusteri ry
Linnankatu 20, 20100 Turku
p. 040 123 4567""",
     L=dict(name="Johanna Salminen", org="Varsinais-Suomen Meri- ja Logistiikkaklusteri ry",
            orgc="Varsinais-Suomen Meri- ja Logistiikkaklusteri",
            orgnot=["Varsinais-Suomen Meri- ja Logistiikkaklusteria"], cc="FI", exp="starting")),

dict(id="w2-fi02", kind="registration", client="gmail", frm="mikko rautio <mikko.rautio@oulunkonepaja.fi>",
     subj="riika",
     body="""Moi,

mä tuun Riikaan, laita mut listalle! Molemmat päivät käy.

t. Mikko""",
     sig="""Mikko Rautio
myyntijohtaja
Oulun Konepaja Oy""",
     L=dict(name="Mikko Rautio", org="Oulun Konepaja Oy", orgc="Oulun Konepaja")),

dict(id="w2-fi03", kind="question_in_request", client="thunderbird", cs="iso-8859-15", cte="qp",
     frm="Anna-Liisa Nieminen <anna-liisa.nieminen@kymenkauppakamari.fi>",
     subj="Ilmoittautuminen vielä?",
     body="""Hyvä vastaanottaja,

kuulin työpajasta vasta tänään. Onko vielä mahdollista ilmoittautua? Jos on, ilmoittakaa minut mukaan molemmiksi päiviksi.

Terveisin
Anna-Liisa Nieminen""",
     sig="""Anna-Liisa Nieminen
kansainvälisten palvelujen päällikkö
Kymenlaakson Kauppakamari
Kotka""",
     L=dict(I=["registration"], Iopt=["question"], name="Anna-Liisa Nieminen", org="Kymenlaakson Kauppakamari", cc="FI")),

dict(id="w2-fi04", kind="idea_only", client="outlook", frm="Satu Laaksonen <satu.laaksonen@uwasa-partner.fi>",
     subj="Ehdotus työpajan ohjelmaan",
     body="""Hei,

kiitos kutsusta! En valitettavasti pääse Riikaan, koska meillä on samaan aikaan tutkijakoulun loppuseminaari. Ehdottaisin kuitenkin pienryhmiin aihetta: miten klusterit voisivat hyödyntää yliopistojen kansainvälisiä opiskelijoita vientihankkeissa, esimerkiksi markkinaselvityksissä.

Parhain terveisin
Satu""",
     sig="""FT Satu Laaksonen
yliopistonlehtori
Vaasan yliopisto
Wolffintie 34, 65200 Vaasa""",
     L=dict(I=["idea"], name="Satu Laaksonen", org="Vaasan yliopisto", cc="FI")),

dict(id="w2-fi05", kind="cancellation", client="iphone", frm="Janne Mäkelä <janne.makela@kotikone.fi>",
     subj="Peruutus",
     body="""Moi, en pääsekään tulemaan kesäkuussa. Perukaa mun ilmoittautuminen, sori!

Janne""",
     L=dict(I=["cancellation"], name="Janne Mäkelä")),

dict(id="w2-fi06", kind="update", client="outlook", quote=True, frm="Pekka Rantanen <pekka.rantanen@pirkanmaan-yp.fi>",
     ack=dict(name="Pekka Rantanen", org="Tampereen yliopisto", country="Suomi"),
     body="""Hei,

pieni korjaus: en ole enää yliopistolla, vaan olen nykyään töissä Pirkanmaan Yrityspalveluissa. Voisitteko korjata tämän nimikylttiin?

Kiitos!
Pekka""",
     L=dict(I=["update"], name="Pekka Rantanen", org="Pirkanmaan Yrityspalvelut",
            orgnot=["Pirkanmaan Yrityspalveluissa"])),

dict(id="w2-fi07", kind="on_behalf", client="gmail", frm="Päivi Koskinen <paivi.koskinen@lapinmatkailuklusteri.fi>",
     subj="Kaksi osallistujaa Lapista",
     body="""Hei!

Itse en valitettavasti pääse, mutta ilmoittaisin työpajaan kaksi työkaveriani: Jussi Kallion (jussi.kallio@lapinmatkailuklusteri.fi) ja Heidi Lehtosen (heidi.lehtonen@lapinmatkailuklusteri.fi). Molemmat osallistuvat kumpanakin päivänä.

Terveisin
Päivi""",
     sig="""Päivi Koskinen
toiminnanjohtaja
Lapin Matkailuklusteri ry
Rovaniemi""",
     L=dict(name="Päivi Koskinen", org="Lapin Matkailuklusteri ry", orgc="Lapin Matkailuklusteri", cc="FI",
            parts=[("jussi.kallio@lapinmatkailuklusteri.fi", "Jussi Kallio"),
                   ("heidi.lehtonen@lapinmatkailuklusteri.fi", "Heidi Lehtonen")])),

dict(id="w2-fi08", kind="auto_reply", client="plain", cs="iso-8859-15", cte="qp",
     frm="Ritva Hämäläinen <ritva.hamalainen@kasvuyhtio-partner.fi>",
     subj="Poissa: Ilmoittautuminen",
     body="""Olen lomalla 22.4. asti enkä lue sähköpostia. Viestisi luen palattuani.

I am on holiday until 22 April.

Ritva Hämäläinen""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w2-fi09", kind="forwarded", client="gmail", fwd=1, frm="Tuomas Järvinen <tuomas.jarvinen@jbkk.fi>",
     body="""Hei,

kollega välitti minulle tämän kutsun. Haluaisin osallistua, jos paikkoja on vielä jäljellä.

Tuomas Järvinen""",
     sig="""projektipäällikkö
Jyväskylän Bio- ja Kiertotalousklusteri""",
     L=dict(name="Tuomas Järvinen", org="Jyväskylän Bio- ja Kiertotalousklusteri", unscored=["country"])),

dict(id="w2-fi10", kind="registration_note", client="android", ev=2, frm="Minna Korhonen <minna.korhonen@merikala.fi>",
     subj="Foorumi Tallinnassa",
     body="""Hei, ilmoittaudun Tallinnan foorumiin 14.10. Tulen Helsingistä aamulaivalla, joten saatan myöhästyä aamun avauksesta.

Minna Korhonen
Merikala Oy""",
     L=dict(name="Minna Korhonen", org="Merikala Oy", orgc="Merikala", cc="FI", note=True)),

dict(id="w2-fi11", kind="question", client="outlook", ev=2, frm="Ville Heikkilä <ville.heikkila@arcticblue.fi>",
     subj="Kysymys foorumista",
     body="""Hei,

onko foorumissa mahdollista pitää lyhyt pitch-esitys, ja jos on, mihin mennessä pitäisi ilmoittaa? Päätämme osallistumisesta vasta sen jälkeen.

Ville Heikkilä
toimitusjohtaja
Arctic Blue Solutions Oy""",
     L=dict(I=["question"], name="Ville Heikkilä", org="Arctic Blue Solutions Oy", orgc="Arctic Blue Solutions")),
dict(id="w2-fi12", kind="registration", client="outlook", frm="Laura Lehtinen <laura.lehtinen@saaristomeri-matkailu.fi>",
     subj="Ilmoittautuminen",
     body="""Hei,

haluaisin osallistua työpajaan Riiassa kesäkuussa. Voitteko merkitä minut molemmille päiville?

Ystävällisin terveisin
Laura Lehtinen
Saaristomeren Matkailuyhdistys ry
Turku""",
     L=dict(name="Laura Lehtinen", org="Saaristomeren Matkailuyhdistys ry", orgc="Saaristomeren Matkailuyhdistys", cc="FI")),

dict(id="w2-fi13", kind="thanks", client="android", quote=True, frm="Arto Nurmi <arto.nurmi@kaivosklusteri.fi>",
     ack=dict(name="Arto Nurmi", org="Suomen Kaivosklusteri", country="Suomi"),
     body="""Kiitos, nähdään Riiassa!""",
     L=dict(I=[], name="Arto Nurmi")),

dict(id="w2-fi14", kind="on_behalf", client="gmail", frm="Sanna Väisänen <sanna.vaisanen@kuopio-health-hub.fi>",
     subj="Kaksi ilmoittautumista",
     body="""Hei,

ilmoitan itseni ja kollegani Antti Koiviston (antti.koivisto@kuopio-health-hub.fi) työpajaan. Tulemme molemmat koko ajaksi.

Sanna""",
     sig="""Sanna Väisänen
Kuopio Health Hub
Suomi""",
     L=dict(name="Sanna Väisänen", org="Kuopio Health Hub", cc="FI",
            parts=[("sanna.vaisanen@kuopio-health-hub.fi", "Sanna Väisänen"), ("antti.koivisto@kuopio-health-hub.fi", "Antti Koivisto")])),
dict(id="w2-fi15", kind="registration", client="html_only", cs="iso-8859-15", frm="Harri Lindqvist <harri.lindqvist@pohjanmaan-tt.fi>",
     subj="Ilmoittautuminen Riika",
     html="""<html><head><meta charset="iso-8859-15"></head><body style="font-family:Arial;font-size:10pt">
<p>Hei,</p>
<p>ilmoittaudun työpajaan Riikaan. Meillä on pitkä kokemus yhteisistä vientihankkeista jäsenyritysten kanssa, joten voin mielelläni kertoa niistä ryhmätyössä.</p>
<p>Terveisin<br>
Harri Lindqvist<br>
toimitusjohtaja<br>
Pohjanmaan Teknologiateollisuus ry<br>
Vaasa</p>
</body></html>
""",
     body="(html only)",
     L=dict(name="Harri Lindqvist", org="Pohjanmaan Teknologiateollisuus ry", orgc="Pohjanmaan Teknologiateollisuus",
            cc="FI", exp="experienced")),

dict(id="w2-fi16", kind="cancellation", client="outlook", quote=True, frm="Eija Kinnunen <eija.kinnunen@savon-ruoka.fi>",
     ack=dict(name="Eija Kinnunen", org="Savon Ruokaklusteri", country="Suomi"),
     body="""Hei,

joudun valitettavasti perumaan osallistumiseni työpajaan, koska kesäkuun alkuun osui yllättäen hallituksen kokous. Pahoittelut!

Eija Kinnunen""",
     L=dict(I=["cancellation"], name="Eija Kinnunen")),
dict(id="w2-fi17", kind="registration", client="outlook", frm="Kimmo Savolainen <kimmo.savolainen@lmpk.fi>",
     subj="Ilmoittautuminen",
     body="""Hei,

olen Lahden Muovi- ja Pakkausklusterista ja ilmoittaudun työpajaan. Osallistun molempina päivinä.

Kimmo Savolainen""",
     L=dict(name="Kimmo Savolainen", org="Lahden Muovi- ja Pakkausklusteri",
            orgnot=["Lahden Muovi- ja Pakkausklusterista"], unscored=["country"])),

dict(id="w2-fi18", kind="question_in_request", client="iphone", frm="Elina Hyvönen <elina.hyvonen@itameri-kauppa.fi>",
     subj="Mahtuuko vielä?",
     body="""Hei, mahtuuko työpajaan vielä mukaan? Jos mahtuu, niin ilmoittaudun.

Elina Hyvönen
Itämeren Kauppayhdistys""",
     L=dict(I=["registration"], Iopt=["question"], name="Elina Hyvönen", org="Itämeren Kauppayhdistys")),
]

# ---------------------------------------------------------------- third writer (w3-*)
# Written by a third, independent writer (see ../README.md): other people, situations and hands
# than above. Labels written with each mail and committed before regbot or score.py ran on them.
MAILS += [
dict(id="w3-fi01", kind="registration_note", client="outlook", frm="Riitta Nurmi <riitta.nurmi@lahdenmuoviklusteri.fi>",
     subj="Ilmoittautuminen ja pari kysymystä",
     body="""Hyvä Inga Ozola,

kiitos kutsusta. Haluaisin ilmoittautua työpajaan Riiassa 2.-3.6. Edustan Lahden Muoviklusteria, jonka jäsenyrityksistä useampi on jo vienyt tuotteitaan Baltiaan, mutta klusterina emme ole vielä tehneet yhteistä kansainvälistä toimintaa.

Voisitteko kertoa, jaetaanko esitysmateriaalit osallistujille jälkikäteen? Lisäksi ilmoitan, että tarvitsen laktoosittoman ruokavalion.

Ohjelma näyttää hyvältä - toivottavasti toisen päivän ryhmätöissä ehditään puhua myös rahoituksen jatkuvuudesta.

Ystävällisin terveisin
Riitta Nurmi""",
     sig="""Riitta Nurmi
klusterikoordinaattori
Lahden Muoviklusteri ry
Niemenkatu 73, 15140 Lahti
puh. 044 718 2290""",
     L=dict(I=["registration", "question"], name="Riitta Nurmi", org="Lahden Muoviklusteri ry",
            orgc="Lahden Muoviklusteri", orgnot=["Lahden Muoviklusteria"], cc="FI", exp="starting", note=True)),

dict(id="w3-fi02", kind="registration", client="gmail", frm="Juho Rantanen <juho.rantanen@gmail.com>",
     subj="Riika",
     body="""Moi! Tulen mielelläni Riikaan, molempina päivinä.

T. Juho""",
     L=dict(name="Juho Rantanen")),

dict(id="w3-fi03", kind="registration", client="outlook", frm="Tiina Huttunen <tiina.huttunen@kuopiohealthtech.fi>",
     subj="Osallistuminen työpajaan",
     body="""Hei,

työskentelen Kuopion terveysteknologiaklusterissa projektipäällikkönä ja haluaisin osallistua työpajaan Riiassa. Vastaan meillä kansainvälisistä kumppanuuksista, ja olemme tehneet yhteistyötä ruotsalaisten ja virolaisten klustereiden kanssa jo vuodesta 2015.

Ystävällisin terveisin
Tiina Huttunen""",
     L=dict(name="Tiina Huttunen", org="Kuopion terveysteknologiaklusteri", orgc="terveysteknologiaklusteri",
            orgnot=["Kuopion terveysteknologiaklusterissa"], exp="experienced")),

dict(id="w3-fi04", kind="on_behalf", client="outlook", frm="Sami Koivisto <sami.koivisto@satakunnanenergia.fi>",
     subj="Ilmoittautuminen: kaksi osallistujaa",
     body="""Hei,

ilmoitan työpajaan itseni lisäksi kollegani:

Elina Heikkilä, asiantuntija, elina.heikkila@satakunnanenergia.fi

Osallistumme molempina päivinä.

Terveisin
Sami Koivisto""",
     sig="""Sami Koivisto
toimitusjohtaja
Satakunnan Energiaklusteri ry
Pori""",
     L=dict(name="Sami Koivisto", org="Satakunnan Energiaklusteri ry", orgc="Satakunnan Energiaklusteri", cc="FI",
            parts=[("sami.koivisto@satakunnanenergia.fi", "Sami Koivisto"),
                   ("elina.heikkila@satakunnanenergia.fi", "Elina Heikkilä")])),

dict(id="w3-fi05", kind="update", client="outlook", quote=True, frm="Markku Salonen <markku.salonen@businesstampere-partner.fi>",
     ack=dict(name="Markku Salonen", org="Tampereen yliopisto", country="Suomi"),
     body="""Hei,

kiitos vahvistuksesta. Siirryin huhtikuun alussa yliopistolta Business Tampereelle, joten voisitteko muuttaa organisaatioksi Business Tampere?

Terveisin
Markku Salonen""",
     L=dict(I=["update"], name="Markku Salonen", org="Business Tampere", orgnot=["Business Tampereelle"])),

dict(id="w3-fi06", kind="cancellation", client="iphone", quote=True, frm="Päivi Kuusela <paivi.kuusela@biotalousklusteri.fi>",
     ack=dict(name="Päivi Kuusela", org="Biotalousklusteri", country="Suomi"),
     body="""Hei, joudun valitettavasti perumaan osallistumiseni, meillä on samana päivänä hallituksen kokous jota ei voi siirtää. Pahoittelen!

Päivi""",
     L=dict(I=["cancellation"], name="Päivi Kuusela")),

dict(id="w3-fi07", kind="question", client="gmail", frm="Jenni Saarela <jenni.saarela@pohjanmaan-ruokaverkosto.fi>",
     subj="Kysymys työpajasta",
     body="""Hei,

onko työpaja osallistujille maksuton? Entä onko mahdollista osallistua etänä, jos matkustaminen ei onnistu? Päätämme osallistumisesta vasta vastauksenne jälkeen.

Kiitos!
Jenni Saarela
Pohjanmaan ruokaverkosto""",
     L=dict(I=["question"], name="Jenni Saarela", org="Pohjanmaan ruokaverkosto", unscored=["country"])),

dict(id="w3-fi08", kind="registration_idea", client="gmail", frm="Antti Peltola <antti.peltola@peliklusteri-jkl.fi>",
     subj="Mukaan työpajaan + ehdotus",
     body="""Hei,

ilmoittaudun mukaan työpajaan. Kansainvälinen toiminta on meille aivan uutta, joten odotan paljon.

Ehdotus ryhmätyöhön: voisiko yksi ryhmä keskittyä pieniin klustereihin, joissa on vain yksi tai kaksi työntekijää? Isojen klustereiden mallit eivät aina sovi meille.

Terveisin
Antti Peltola""",
     sig="""Antti Peltola
Peliklusteri Jyväskylä""",
     L=dict(I=["registration", "idea"], name="Antti Peltola", org="Peliklusteri Jyväskylä", exp="starting",
            unscored=["country"])),

dict(id="w3-fi09", kind="auto_reply", client="outlook", frm="Kaisa Lindholm <kaisa.lindholm@meriklusteri-rauma.fi>",
     subj="Automaattinen vastaus: Olet ilmoittautunut: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Olen lomalla 26.4. asti enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä toimistoomme, puh. 02 822 4400.

I am on holiday until 26 April and do not read my e-mail.

Kaisa Lindholm""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w3-fi10", kind="auto_reply", client="thunderbird", frm="Heikki Vuorinen <heikki.vuorinen@vesiklusteri.fi>",
     subj="Poissa toimistolta",
     body="""Olen poissa toimistolta 19.-23.4. Vastaan viesteihin palattuani.

Heikki Vuorinen""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w3-fi11", kind="thanks", client="android", quote=True, frm="Satu Mattila <satu.mattila@kiertotalousklusteri.fi>",
     ack=dict(name="Satu Mattila", org="Kiertotalousklusteri", country="Suomi"),
     body="""Kiitos vahvistuksesta!""",
     L=dict(I=[], name="Satu Mattila")),

dict(id="w3-fi12", kind="forwarded", client="outlook", fwd=1, frm="Tapio Kangas <tapio.kangas@oulu-arctic-tech.fi>",
     body="""Hei,

sain alla olevan kutsun kollegalta. Voisitteko ilmoittaa minut mukaan?

Terveisin
Tapio Kangas
Arctic Tech Cluster, Oulu""",
     L=dict(name="Tapio Kangas", org="Arctic Tech Cluster", cc="FI")),

dict(id="w3-fi13", kind="registration", client="html_only", cs="utf-8", ev=2, frm="Outi Lahtinen <outi.lahtinen@meriteknologia-rauma.fi>",
     subj="Ilmoittautuminen Blue Economy Matchmaking Forumiin",
     html="""<html><head><meta charset="utf-8"></head><body style="font-family:Tahoma,sans-serif;font-size:10pt">
<p>Hei,</p>
<p>ilmoittaudun Matchmaking Forumiin Tallinnassa 14.10. Kiinnostavia aiheita meille ovat laivojen hiilidioksidipäästöjen mittaus ja satamien sähköistäminen.</p>
<p>Ystävällisin terveisin<br>Outi Lahtinen<br>kehitysjohtaja<br>Meriteknologiakeskus Rauma<br>Satamakatu 2, 26100 Rauma, Suomi</p>
</body></html>
""",
     body="(html only)",
     L=dict(name="Outi Lahtinen", org="Meriteknologiakeskus Rauma", cc="FI")),

dict(id="w3-fi14", kind="cancellation", client="gmail", frm="Ville Hirvonen <ville.hirvonen@savonlinnan-puuklusteri.fi>",
     subj="Vs: Kutsu työpajaan",
     body="""Hei Inga,

kiitos kutsusta! Emme valitettavasti pääse tänä vuonna mukaan, mutta seuraavalla kerralla mielellään.

Terveisin
Ville Hirvonen""",
     L=dict(I=[], Iopt=["cancellation"], name="Ville Hirvonen")),

dict(id="w3-fi15", kind="registration", client="plain", frm="Mikko Lehtola <mikko.lehtola@kolumbus.fi>",
     subj="workshop",
     body="""moi, ilmoittaudun riian workshopiin. terv. mikko lehtola, jyvaskyla""",
     L=dict(name="Mikko Lehtola", cc="FI")),

dict(id="w3-fi16", kind="on_behalf", client="gmail", quote=True, frm="Eeva Kärkkäinen <eeva.karkkainen@elintarvikeklusteri-ks.fi>",
     ack=dict(name="Eeva Kärkkäinen", org="Keski-Suomen elintarvikeklusteri", country="Suomi"),
     body="""Hei,

suunnitelmat muuttuivat: kollegani Laura Pesonen (laura.pesonen@elintarvikeklusteri-ks.fi) tulee työpajaan minun sijastani. Voitteko siirtää ilmoittautumiseni hänelle?

Kiitos paljon,
Eeva""",
     L=dict(I=["registration", "cancellation"], name="Eeva Kärkkäinen", org="Keski-Suomen elintarvikeklusteri",
            parts=[("eeva.karkkainen@elintarvikeklusteri-ks.fi", "Eeva Kärkkäinen"),
                   ("laura.pesonen@elintarvikeklusteri-ks.fi", "Laura Pesonen")])),

dict(id="w3-fi17", kind="question", client="outlook", quote=True, frm="Olli Räsänen <olli.rasanen@kaivosklusteri.fi>",
     ack=dict(name="Olli Räsänen", org="Kaivosklusteri", country="Suomi"),
     body="""Hei,

kiitos vahvistuksesta. Osaatteko suositella hotellia kävelymatkan päästä tapahtumapaikasta? Ja onko illallinen 2.6. kaikille osallistujille?

Terveisin
Olli Räsänen""",
     L=dict(I=["question"], name="Olli Räsänen", org="Kaivosklusteri")),
]

# Fifth writer (w5-): another independent hand, weighted toward the intent decision.
MAILS += [
dict(id="w5-fi01", kind="registration", client="outlook", frm="Riikka Halttunen <riikka.halttunen@vesiala-ok.fi>",
     subj="Riian työpaja",
     body="""Hei,

haluaisin osallistua kesäkuun työpajaan Riiassa. Toimin Vesialan osaamiskeskittymän toiminnanjohtajana. Kansainvälistä toimintaa meillä on ollut lähinnä yksittäisten jäsenyritysten vientihankkeiden kautta, joten yhteinen tekeminen klusterin tasolla on meille vielä uutta.

Ystävällisin terveisin
Riikka Halttunen""",
     sig="""Riikka Halttunen
toiminnanjohtaja
Vesialan osaamiskeskittymä ry
Microkatu 1, 70210 Kuopio
puh. 044 512 7730""",
     L=dict(name="Riikka Halttunen", org="Vesialan osaamiskeskittymä ry", orgc="Vesialan osaamiskeskittymä",
            orgnot=["Vesialan osaamiskeskittymän"], cc="FI", exp="starting")),

dict(id="w5-fi02", kind="question", client="gmail", frm="Ville Heikura <ville.heikura@droneklusteri.fi>",
     subj="Kysymys työpajasta",
     body="""Moi,

kaksi kysymystä ennen kuin ilmoittaudun: onko työpaja kokonaan englanniksi, ja voiko osallistua pelkästään toisena päivänä? Ensimmäisenä päivänä minulla on hallituksen kokous.

Kiitos!
Ville""",
     sig="""Ville Heikura
klusterikoordinaattori
Droneklusteri Pohjois-Pohjanmaa""",
     L=dict(I=["question"], name="Ville Heikura", org="Droneklusteri Pohjois-Pohjanmaa")),

dict(id="w5-fi03", kind="registration_note", client="thunderbird", cs="iso-8859-15", frm="Anna-Kaisa Rintala <anna-kaisa.rintala@cleantech-uusimaa.fi>",
     subj="Ilmoittautuminen (vain 2.6.)",
     body="""Hyvä vastaanottaja,

ilmoittaudun Riian työpajaan, mutta pääsen paikalle vain ensimmäisenä päivänä 2.6. – illalla minun on oltava jo kotona. Ruokavaliona laktoositon.

Terveisin
Anna-Kaisa Rintala""",
     sig="""Anna-Kaisa Rintala
verkostokoordinaattori
Uudenmaan Cleantech-verkosto""",
     L=dict(name="Anna-Kaisa Rintala", org="Uudenmaan Cleantech-verkosto", note=True)),

dict(id="w5-fi04", kind="on_behalf", client="outlook", frm="Merja Tuomikoski <merja.tuomikoski@porienergia-klusteri.fi>",
     subj="Osallistujan vaihto",
     body="""Hei,

ilmoittauduin työpajaan pari viikkoa sitten, mutta valitettavasti en pääse itse paikalle. Kollegani Jari Pitkänen (jari.pitkanen@porienergia-klusteri.fi) tulee tilalleni. Voisitteko siirtää ilmoittautumiseni hänelle?

Ystävällisin terveisin
Merja Tuomikoski""",
     sig="""Merja Tuomikoski
kehityspäällikkö
Porin Energiaklusteri ry
puh. +358 44 701 2290""",
     L=dict(I=["registration", "cancellation"], name="Merja Tuomikoski", org="Porin Energiaklusteri ry",
            orgc="Porin Energiaklusteri",
            parts=[("merja.tuomikoski@porienergia-klusteri.fi", "Merja Tuomikoski"),
                   ("jari.pitkanen@porienergia-klusteri.fi", "Jari Pitkänen")])),

dict(id="w5-fi05", kind="update", client="gmail", quote=True, frm="paivi hameenaho <paivi.hameenaho@kiertotalous-pirkanmaa.fi>",
     ack=dict(name="paivi hameenaho", org="Pirkanmaan Kiertotalousverkosto", country="Suomi"),
     body="""Hei,

kiitos vahvistuksesta. Nimeni on nyt teillä ilman ääkkösiä – oikea kirjoitusasu on Päivi Hämeenaho. Olisiko mahdollista korjata se nimikylttiin?

Päivi""",
     L=dict(I=["update"], Iopt=["question"], name="Päivi Hämeenaho", org="Pirkanmaan Kiertotalousverkosto")),

dict(id="w5-fi06", kind="cancellation", client="iphone", frm="Sampo Vierimaa <sampo.vierimaa@kainuunbio.fi>",
     subj="Re: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Kiitos kutsusta! Tällä kertaa en valitettavasti ehdi, kesäkuun alku on meillä vuoden kiireisintä aikaa. Toivottavasti ensi kerralla.

t. Sampo""",
     L=dict(I=[], Iopt=["cancellation"], name="Sampo Vierimaa")),

dict(id="w5-fi07", kind="on_behalf", client="outlook", quote=True, frm="Olli Kivelä <olli.kivela@kemiaverkosto-kokkola.fi>",
     ack=dict(name="Olli Kivelä", org="Kemianteollisuuden verkosto Kokkola", country="Suomi"),
     body="""Hei,

kiitos vahvistuksesta. Mahtuuko mukaan vielä yksi? Kollegani Sanna Kauppila (sanna.kauppila@kemiaverkosto-kokkola.fi) haluaisi myös osallistua, molempina päivinä. Jos tilaa on, ilmoittakaa hänetkin.

Terveisin
Olli Kivelä""",
     L=dict(I=["registration"], Iopt=["question"], name="Olli Kivelä", org="Kemianteollisuuden verkosto Kokkola",
            parts=[("sanna.kauppila@kemiaverkosto-kokkola.fi", "Sanna Kauppila")])),

dict(id="w5-fi08", kind="auto_reply", client="outlook", frm="Tarja Hyvärinen <tarja.hyvarinen@metsaklusteri-ek.fi>",
     subj="Automaattinen vastaus: Ilmoittautuminen vahvistettu: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied"},
     body="""Olen vuosilomalla 14.–25.4. enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä toimistoon: toimisto@metsaklusteri-ek.fi tai 040 718 2200.

I am on annual leave 14–25 April. For urgent matters please contact our office: toimisto@metsaklusteri-ek.fi.""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w5-fi09", kind="thanks", client="android", quote=True, frm="Mikko Rautiainen <mikko.rautiainen@gmail.com>",
     ack=dict(name="Mikko Rautiainen", org="Itä-Suomen Puurakentajat", country="Suomi"),
     body="""Hienoa, kiitos. Tiedot ovat oikein.""",
     L=dict(I=[], name="Mikko Rautiainen", org="Itä-Suomen Puurakentajat")),

dict(id="w5-fi10", kind="question_in_request", client="gmail", ev=2, frm="Heidi Lähteenmäki <heidi@nauvon-simpukka.fi>",
     subj="Ilmoittautuminen: Matchmaking Forum",
     body="""Hei,

ilmoittaudun Blue Economy Matchmaking Forumiin Tallinnaan. Edustan yritystä Nauvon Simpukka Oy (simpukanviljely ja -jalostus). Kiinnostavia aiheita: ravinteiden kierrätys, simpukkarehun markkinat ja yhteistyö virolaisten kasvattajien kanssa.

Voiko kahdenkeskisiä tapaamisia varata jo etukäteen, vai sovitaanko ne paikan päällä?

Terveisin
Heidi Lähteenmäki""",
     L=dict(I=["registration", "question"], name="Heidi Lähteenmäki", org="Nauvon Simpukka Oy",
            orgc="Nauvon Simpukka")),
]

# Seventh writer (w7-): another independent hand, weighted toward the intent decision.
MAILS += [
dict(id="w7-fi01", kind="registration", client="outlook", frm="Riikka Heiskanen <riikka.heiskanen@psvesiklusteri.fi>",
     subj="Ilmoittautuminen Riian työpajaan",
     body="""Hei,

ilmoittaudun kesäkuun työpajaan Riikaan. Työskentelen Pohjois-Savon Vesiklusterissa kansainvälisten asioiden parissa, ja olemme vasta aloittelemassa yhteistyötä ulkomaisten klustereiden kanssa, joten aihe on meille juuri nyt hyvin ajankohtainen.

Ystävällisin terveisin
Riikka Heiskanen""",
     sig="""Riikka Heiskanen
Projektipäällikkö
Pohjois-Savon Vesiklusteri
Microkatu 1, 70210 Kuopio""",
     L=dict(name="Riikka Heiskanen", org="Pohjois-Savon Vesiklusteri", cc="FI", exp="starting",
            orgnot=["Pohjois-Savon Vesiklusterissa"])),

dict(id="w7-fi02", kind="registration", client="gmail", frm="Ville Rintakoski <ville.rintakoski@kymenlaakso-logistiikka.fi>",
     subj="Aurora-haku ja Riika",
     body="""Moi Inga,

kiitos viime viikon palaverista! Kävin hakemusluonnoksen läpi meidän päässä ja muutama huomio:

- Työpaketti 3:n budjetti on edelleen liian suuri suhteessa muihin, ehdottaisin että siirretään noin 40 000 euroa työpakettiin 2.
- Kotkan sataman kirje tulee vasta toukokuun alussa, eli se ei ehdi ensimmäiseen luonnokseen.
- Viron kumppanin omarahoitusosuus on vielä auki, Kadri lupasi selvittää.

Palataan asiaan kun saan sataman vastauksen. Ai niin, ilmoittaudun samalla myös kesäkuun työpajaan Riiassa, niin nähdään siellä viimeistään.

Ville""",
     sig="""Ville Rintakoski
Kehityspäällikkö
Kymenlaakson Logistiikkaklusteri
Kotka""",
     L=dict(name="Ville Rintakoski", org="Kymenlaakson Logistiikkaklusteri", cc="FI")),

dict(id="w7-fi03", kind="question", client="outlook", frm="Sanna-Mari Kokkonen <sanna-mari.kokkonen@elamysklusteri.fi>",
     subj="Kysymys: harjoittelija mukaan?",
     body="""Hei,

olen jo ilmoittautunut työpajaan. Meillä on keväällä harjoittelija, joka tekee opinnäytetyötään juuri klusterien kansainvälistymisestä. Olisiko mahdollista, että hän tulee mukaan kuuntelijaksi, vai onko tilaisuus tarkoitettu vain klusterien henkilöstölle?

Terveisin
Sanna-Mari Kokkonen""",
     sig="""Sanna-Mari Kokkonen
Tunturi-Lapin Elämysklusteri
Rovaniemi""",
     L=dict(I=["question"], name="Sanna-Mari Kokkonen", org="Tunturi-Lapin Elämysklusteri", cc="FI")),

dict(id="w7-fi04", kind="cancellation", client="iphone", quote=True, frm="Jari Huovinen <jari.huovinen@kainuu-bio.fi>",
     ack=dict(name="Jari Huovinen", org="Kainuun Biotalousverkosto", country="Suomi"),
     body="""Hei, joudun valitettavasti perumaan osallistumiseni – jäin sairauslomalle ja matkustaminen ei onnistu kesäkuussa. Pahoittelut!

Jari""",
     L=dict(I=["cancellation"], name="Jari Huovinen", org="Kainuun Biotalousverkosto")),

dict(id="w7-fi05", kind="on_behalf", client="outlook", frm="Pirjo Ylitalo <pirjo.ylitalo@satakunnanteknologiakeskus.fi>",
     subj="Kaksi osallistujaa Satakunnasta",
     body="""Hyvää päivää,

en itse pääse Riikaan, mutta ilmoitan työpajaan kaksi kollegaani:

- Antti Mäenpää, kehitysasiantuntija, antti.maenpaa@satakunnanteknologiakeskus.fi
- Eveliina Rantanen, projektikoordinaattori (aloittaa meillä toukokuussa, sähköpostiosoite ei ole vielä tiedossa)

Molemmat tulevat Satakunnan Teknologiakeskuksesta Porista.

Ystävällisin terveisin
Pirjo Ylitalo
toimitusjohtaja""",
     sig="""Satakunnan Teknologiakeskus Oy
Tiedepuisto 4, 28600 Pori""",
     L=dict(name="Pirjo Ylitalo", org="Satakunnan Teknologiakeskus Oy", orgc="Satakunnan Teknologiakeskus", cc="FI",
            orgnot=["Satakunnan Teknologiakeskuksesta"],
            parts=[("antti.maenpaa@satakunnanteknologiakeskus.fi", "Antti Mäenpää"), (None, "Eveliina Rantanen")],
            review="on_behalf_without_address")),

dict(id="w7-fi06", kind="registration_idea", client="gmail", ev=2, frm="Henna Nurmela <henna.nurmela@saaristomeriklusteri.fi>",
     subj="Ilmoittautuminen foorumiin + pitch-ehdotus",
     body="""Hei,

ilmoittaudun Blue Economy -foorumiin Tallinnaan. Edustan Saaristomeren Vesiviljelyklusteria Naantalista, aiheinani kalanrehun kierrätysravinteet ja kiertovesiviljely.

Ehdottaisin myös pitch-sessioon aihetta "Ravinteet kiertoon – miten Saaristomeren kasvattamot vähentävät päästöjä". Ehtisin hyvin esitellä sen viidessä minuutissa, jos sessiossa on tilaa.

Terveisin
Henna Nurmela""",
     L=dict(I=["registration", "idea"], name="Henna Nurmela", org="Saaristomeren Vesiviljelyklusteri", cc="FI",
            orgc="Saaristomeren Vesiviljelyklusteri", orgnot=["Saaristomeren Vesiviljelyklusteria"])),

dict(id="w7-fi07", kind="auto_reply", client="outlook", frm="Mats Westerholm <mats.westerholm@vaasa-energycluster.fi>",
     subj="Automaattinen vastaus: Ilmoittautuminen",
     hdrs={"Auto-Submitted": "auto-replied"},
     body="""Olen koulutuksessa 26.–28.4. ja vastaan viesteihin viiveellä.
Jag är på utbildning 26–28.4 och svarar med fördröjning.

Mats Westerholm""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w7-fi08", kind="update", client="thunderbird", cs="iso-8859-15", cte="qp", quote=True, frm="Tero Halonen <tero.halonen@merikoski.fi>",
     ack=dict(name="Tero Halonen", org="Aalto Marine Systems Oy", country="Suomi"),
     body="""Hei,

kiitos vahvistuksesta. Pieni korjaus: yrityksemme nimi muuttui toukokuun alussa, eli nimikylttiin Aalto Marine Systems Oy:n tilalle Merikoski Solutions Oy. Muuten tiedot ovat oikein.

Terveisin
Tero""",
     L=dict(I=["update"], name="Tero Halonen", org="Merikoski Solutions Oy", orgc="Merikoski Solutions")),

dict(id="w7-fi09", kind="thanks", client="android", quote=True, frm="Anu Väisänen <anu.vaisanen@gmail.com>",
     ack=dict(name="Anu Väisänen", org="Etelä-Karjalan Kiertotalousklusteri", country="Suomi"),
     body="""Kiitos, selvä!""",
     L=dict(I=[], name="Anu Väisänen", org="Etelä-Karjalan Kiertotalousklusteri")),

dict(id="w7-fi10", kind="forwarded", client="outlook", fwd=1, frm="Leena Sjöroos <leena.sjoroos@hameenmetalli.fi>",
     subj="VL: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Hei,

sain tämän kutsun kollegalta. Onko kyseessä sama tilaisuus, johon ilmoittauduin jo maaliskuussa Vilnan konferenssin yhteydessä, vai eri tapahtuma? En halua ilmoittautua kahteen kertaan.

Leena Sjöroos
Hämeen Metalliklusteri""",
     L=dict(I=["question"], name="Leena Sjöroos", org="Hämeen Metalliklusteri")),
]

# The ninth writer's mails (source ids w9-fi…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w9-fi01", kind="registration", client="outlook", frm="Jaana Kettunen <jaana.kettunen@kaakkois-logistiikka.fi>",
     subj="Ilmoittautuminen Riian työpajaan",
     body="""Hei,

ilmoittaudun työpajaan Riikaan 2.–3.6. Työskentelen Kaakkois-Suomen Logistiikkaklusterissa Kotkassa, ja olemme vasta aloittelemassa kansainvälistä toimintaa – ensimmäinen yhteinen vientimatka on suunnitteilla syksylle, joten työpaja tulee meille juuri oikeaan aikaan.

Ystävällisin terveisin
Jaana Kettunen""",
     sig="""Jaana Kettunen
projektipäällikkö
Kaakkois-Suomen Logistiikkaklusteri ry
Kotka""",
     L=dict(name="Jaana Kettunen", org="Kaakkois-Suomen Logistiikkaklusteri ry", orgc="Kaakkois-Suomen Logistiikkaklusteri",
            orgnot=["Kaakkois-Suomen Logistiikkaklusterissa"], cc="FI", exp="starting")),

dict(id="w9-fi02", kind="registration", client="thunderbird", cs="iso-8859-15", cte="8bit", frm="Pekka Honkanen <pekka.honkanen@savonmetalli.fi>",
     subj="Ilmoittautuminen",
     body="""Hyvä vastaanottaja,

kutsussa pyydettiin seuraavat tiedot, joten tässä ne:

Nimi: Pekka Honkanen
Organisaatio: Savon Metalliteollisuusverkosto
Maa: Suomi
Kokemus: verkostollamme on jo useamman vuoden kokemus yhteisistä vientihankkeista Ruotsiin ja Viroon

Osallistun molempina päivinä.

Terveisin
Pekka Honkanen""",
     L=dict(name="Pekka Honkanen", org="Savon Metalliteollisuusverkosto", cc="FI", exp="experienced")),

dict(id="w9-fi03", kind="question", client="gmail", frm="Riikka Laaksonen <riikka.laaksonen@pirkanmaan-ruokaklusteri.fi>",
     subj="Kysymyksiä työpajasta",
     body="""Hei!

Mietimme vielä, lähtisinkö Riikaan. Voisitteko kertoa muutaman asian:

Julkaistaanko osallistujalista etukäteen? Voiko paikan päällä sopia kahdenkeskisiä tapaamisia muiden klusterien kanssa? Ja mihin mennessä ilmoittautuminen pitää viimeistään tehdä?

Kiitos jo etukäteen!

Riikka Laaksonen""",
     sig="""Riikka Laaksonen
Pirkanmaan Ruokaklusteri
Tampere""",
     L=dict(I=["question"], name="Riikka Laaksonen", org="Pirkanmaan Ruokaklusteri", cc="FI")),

dict(id="w9-fi04", kind="question", client="outlook", quote=True, frm="Tuula Räsänen <tuula.rasanen@hyvinvointiteknologia-kuopio.fi>",
     ack=dict(name="Tuula Räsänen", org="Hyvinvointiteknologiaklusteri Kuopio", country="Suomi"),
     body="""Hei,

kiitos vahvistuksesta. Saako työpajaan tuoda oman roll-upin esittelemään klusteriamme, ja onko tilassa langaton verkko käytettävissä? Näytän mielelläni lyhyen videon, jos ryhmätöissä on tilaisuutta.

Terveisin
Tuula""",
     L=dict(I=["question"], name="Tuula Räsänen", org="Hyvinvointiteknologiaklusteri Kuopio")),

dict(id="w9-fi05", kind="on_behalf", client="outlook", frm="Sanna Heikkilä <sanna.heikkila@biokemia-oulu.fi>",
     subj="Ilmoittautuminen: toimitusjohtaja ja assistentti",
     body="""Hyvää päivää,

ilmoitan työpajaan Riikaan 2.–3.6. toimitusjohtajamme Markku Vähäsarjan (markku.vahasarja@biokemia-oulu.fi) sekä itseni. Matkustamme yhdessä ja hoidan matkajärjestelyt, joten mahdolliset käytännön tiedot voi lähettää minulle.

Ystävällisin terveisin
Sanna Heikkilä""",
     sig="""Sanna Heikkilä
johdon assistentti
Biokemian Klusteri Oulu
Kiviharjuntie 11, 90220 Oulu""",
     L=dict(name="Sanna Heikkilä", org="Biokemian Klusteri Oulu", cc="FI",
            parts=[("sanna.heikkila@biokemia-oulu.fi", "Sanna Heikkilä"),
                   ("markku.vahasarja@biokemia-oulu.fi", "Markku Vähäsarja")])),  # the director's name is written in the accusative ("Vähäsarjan"); labelled in the nominative

dict(id="w9-fi06", kind="thanks", client="gmail", frm="Arto Nieminen <arto.nieminen@satakunnan-kiertotalous.fi>",
     subj="Re: Käytännön tietoa: työpaja Riiassa 2.–3.6.",
     body="""Hei,

saimme saman tiedotteen nyt kolmeen kertaan, kahdelle eri osoitteelle. Voisitte ehkä tarkistaa jakelulistanne.

Arto Nieminen
Satakunnan Kiertotalousverkosto""",
     L=dict(I=[], Iopt=["question"], name="Arto Nieminen", org="Satakunnan Kiertotalousverkosto")),  # judgement call: a complaint with a polite request that is no question about the event (question optional); country unscored because the only place is in the name

dict(id="w9-fi07", kind="update", client="gmail", quote=True, frm="Heidi Turunen <heidi.turunen@pkbiotalous.fi>",
     ack=dict(name="Heidi Turunen", org="Joensuun Tiedepuisto Oy", country="Suomi"),
     body="""Hei,

kiitos ilmoittautumisen vahvistuksesta! Nimikylttiin toivoisin kuitenkin organisaatioksi Pohjois-Karjalan Biotalousklusterin enkä Joensuun Tiedepuistoa – tiedepuisto on vain taustaorganisaatiomme, mutta työpajaan tulen klusterin edustajana.

Terveisin
Heidi Turunen""",
     L=dict(I=["update"], name="Heidi Turunen", org="Pohjois-Karjalan Biotalousklusteri",
            orgnot=["Pohjois-Karjalan Biotalousklusterin"])),

dict(id="w9-fi08", kind="update", client="iphone", quote=True, frm="Mikko Pesonen <mikko.pesonen@lahtimuovi.fi>",
     ack=dict(name="Mikko Pesonen", org="Muoviklusteri Lahti", country="Suomi"),
     body="""Moi, en pääsekään ensimmäisenä päivänä, kun meillä on hallituksen kokous. Tulen siis vain 3.6., lennän aamulla Helsingistä. Toisen päivän ryhmätyöt kiinnostavat kyllä kovasti.

Mikko""",
     L=dict(I=["update"], Iopt=["cancellation"], name="Mikko Pesonen", org="Muoviklusteri Lahti", note=True)),

dict(id="w9-fi09", kind="auto_reply", client="thunderbird", frm="Eeva-Liisa Kauppinen <eeva-liisa.kauppinen@kainuunmatkailu.fi>",
     subj="Poissa toimistolta",
     body="""Hei,

olen lomalla 16.5.–6.6. enkä lue sähköpostiani. Kiireellisissä asioissa voit ottaa yhteyttä toimistoomme, puh. 044 712 3390.

Eeva-Liisa Kauppinen""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w9-fi10", kind="cancellation", client="outlook", frm="Harri Lindroos <harri.lindroos@vaasanautomaatio.fi>",
     subj="VS: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Hei,

kiitos kutsusta, mutta emme pääse tällä kertaa. Poistaisitteko samalla osoitteeni postituslistaltanne – olen siirtynyt toisiin tehtäviin eivätkä klusteriasiat kuulu enää minulle.

Terveisin
Harri Lindroos""",
     L=dict(I=[], Iopt=["cancellation"], name="Harri Lindroos")),  # judgement call: a decline plus an unsubscribe request from someone never registered; no intent fits, cancellation optional
]
