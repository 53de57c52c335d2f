# Danish mails. Labels (L) written with each mail, before regbot read it. See ../README.md.

MAILS = [
dict(id="da01", kind="registration", client="outlook", frm="\"Mortensen, Lise\" <lise.mortensen@vandklyngen.dk>",
     subj="Tilmelding til workshop i Riga",
     body="""Hej,

Jeg vil gerne tilmelde mig workshoppen "Cluster internationalisation – Why and how to do it?" i Riga den 2.-3. juni.

Venlig hilsen
Lise""",
     sig="""Lise Mortensen
Chefkonsulent, internationale aktiviteter
Klyngen for Vand og Miljø
Vesterbrogade 20, 1620 København V, Danmark
Tlf. +45 33 12 34 56""",
     L=dict(name="Lise Mortensen", org="Klyngen for Vand og Miljø", orgc="Vand og Miljø", cc="DK")),

dict(id="da02", kind="registration", client="gmail", frm="Rasmus Kristensen <rk@robotklynge.dk>",
     subj="Deltagelse",
     body="""Hej

Jeg repræsenterer Syddansk Robotklynge og vil meget gerne deltage i workshoppen i Riga.

Mvh
Rasmus Kristensen""",
     L=dict(name="Rasmus Kristensen", org="Syddansk Robotklynge")),

dict(id="da03", kind="registration", client="outlook", cs="windows-1252",
     frm="Camilla Bech <camilla.bech@energiklynge.dk>",
     subj="Tilmelding - C. Bech",
     body="""Hej!

Jeg arbejder som projektleder i Energi- og Miljøklyngen Nordjylland og vil gerne tilmelde mig workshoppen i juni.

Med venlig hilsen
Camilla Bech""",
     L=dict(name="Camilla Bech", org="Energi- og Miljøklyngen Nordjylland", orgc="Energi- og Miljøklyngen")),

dict(id="da04", kind="registration", client="thunderbird", cs="iso-8859-1", cte="qp",
     frm="Søren Dalgaard <soren.dalgaard@fodevareklynge.dk>",
     subj="Tilmelding",
     body="""Hej

Hermed min tilmelding til workshoppen. Vi er en ret ny klynge og er først begyndt at kigge mod udlandet i løbet af det sidste år, så emnet passer os rigtig godt.

Hilsen
Søren""",
     sig="""Søren Dalgaard
Projektchef
Fødevare- og Bioressourceklyngen
Aarhus""",
     L=dict(name="Søren Dalgaard", org="Fødevare- og Bioressourceklyngen", orgc="Fødevare- og Bioressourceklyngen",
            cc="DK", exp="starting")),

dict(id="da05", kind="registration", client="iphone", frm="Julie Kjeldsen <julie.kjeldsen@gmail.com>",
     subj="Riga",
     body="""Hej! Vil I skrive mig op til workshoppen i Riga? Tak :)
Julie""",
     L=dict(name="Julie Kjeldsen")),

dict(id="da06", kind="registration", client="html_only", cs="iso-8859-15", cte="qp",
     frm="Niels Thomsen <niels.thomsen@lydklyngen.dk>",
     subj="Tilmelding",
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body>
<p>Hej</p>
<p>Jeg tilmelder mig hermed workshoppen om internationalisering af klynger.</p>
<p>Med venlig hilsen<br>
Niels Thomsen<br>
Klyngedirektør<br>
Dansk Lyd- og Akustikklynge<br>
Aalborg</p>
</body></html>
""",
     L=dict(name="Niels Thomsen", org="Dansk Lyd- og Akustikklynge", orgc="Lyd- og Akustikklynge", cc="DK")),

dict(id="da07", kind="registration_idea", client="gmail", frm="Maja Lauridsen <maja.lauridsen@designklynge.dk>",
     subj="Tilmelding + et forslag",
     body="""Hej!

Jeg vil gerne tilmelde mig. Har også et forslag til en af gruppesessionerne: hvordan klynger kan dele en fælles salgsrepræsentant på et nyt marked. Vi har prøvet det sammen med en svensk klynge i Tyskland og har gode og dårlige erfaringer at dele.

Maja Lauridsen
Designklyngen Danmark""",
     L=dict(I=["registration", "idea"], name="Maja Lauridsen", org="Designklyngen Danmark")),

dict(id="da08", kind="idea_only", client="outlook", frm="Jens Brødsgaard <jens.brodsgaard@erhvervshus-partner.dk>",
     subj="Idé til workshoppen",
     body="""Hej

Desværre kan jeg ikke selv deltage, da jeg er på forretningsrejse i starten af juni. Men jeg vil gerne foreslå et emne: hvordan måler man den reelle effekt af klyngens internationale aktiviteter for medlemsvirksomhederne?

God workshop!
Jens Brødsgaard""",
     L=dict(I=["idea"], name="Jens Brødsgaard")),

dict(id="da09", kind="cancellation", client="outlook", quote=True, frm="Mikkel Holst <mikkel.holst@logistikklynge.dk>",
     ack=dict(name="Mikkel Holst", org="Dansk Logistikklynge", country="Danmark"),
     body="""Hej

Jeg kan desværre ikke komme alligevel. Vil I slette mig fra deltagerlisten?

Mvh
Mikkel""",
     L=dict(I=["cancellation"], name="Mikkel Holst")),

dict(id="da10", kind="cancellation", client="android", frm="Anne Friis <anne.friis@hotmail.dk>",
     subj="Afmelding",
     body="""Hej, planerne er ændret, og jeg tager ikke til Riga. I skal ikke regne med mig.
Anne""",
     L=dict(I=["cancellation"], name="Anne Friis")),

dict(id="da11", kind="update", client="gmail", quote=True, frm="Bjørn Østergaard <bjorn.ostergaard@medicoklynge.dk>",
     ack=dict(name="Bjorn Ostergaard", org="Medicoklyngen", country="Danmark"),
     body="""Hej

Tak for bekræftelsen. Mit navn staves Bjørn Østergaard - kan I rette det på navneskiltet?

Bjørn""",
     L=dict(I=["update"], name="Bjørn Østergaard", org="Medicoklyngen", cc="DK")),

dict(id="da12", kind="update", client="apple", quote=True, frm="Kasper Vinther <kasper.vinther@gmail.com>",
     ack=dict(name="Kasper Vinther"),
     body="""Glemte at skrive: jeg er fra Maritime Klynge Esbjerg, Danmark.

Kasper""",
     L=dict(I=["update"], name="Kasper Vinther", org="Maritime Klynge Esbjerg", cc="DK")),

dict(id="da13", kind="update", client="outlook", quote=True, frm="Henrik Sand <henrik.sand@oresund-partners.eu>",
     ack=dict(name="Henrik Sand", org="Øresund Partners", country="Sverige"),
     body="""Hej

En lille rettelse: landet er Danmark, ikke Sverige. Vi sidder i Helsingør.

Hilsen
Henrik Sand""",
     L=dict(I=["update"], name="Henrik Sand", org="Øresund Partners", cc="DK")),

dict(id="da14", kind="question", client="gmail", frm="Louise Winther <louise.winther@regionsyd.dk>",
     subj="Spørgsmål om workshoppen",
     body="""Hej!

Inden jeg tilmelder mig, vil jeg gerne høre, om workshoppen kun er for klyngeledere, eller om medarbejdere fra de regionale erhvervshuse også kan deltage?

På forhånd tak
Louise Winther
Erhvervshus Sydjylland""",
     L=dict(I=["question"], name="Louise Winther", org="Erhvervshus Sydjylland")),

dict(id="da15", kind="question", client="thunderbird", frm="Torben Lassen <torben.lassen@metalklynge.dk>",
     subj="Pris?",
     body="""Hej

Koster det noget at deltage? Og er frokost inkluderet?

Torben""",
     L=dict(I=["question"], name="Torben Lassen")),

dict(id="da16", kind="question_in_request", client="outlook", frm="Pernille Juhl <pernille.juhl@byklynge.dk>",
     subj="Kan man stadig nå at tilmelde sig?",
     body="""Hej

Jeg har først fået invitationen i dag. Er der stadig ledige pladser? Hvis ja, så vil jeg gerne tilmeldes.

Pernille Juhl
International koordinator
Klyngen for Byer og Bæredygtigt Byggeri
Odense, Danmark""",
     L=dict(I=["registration"], Iopt=["question"], name="Pernille Juhl",
            org="Klyngen for Byer og Bæredygtigt Byggeri", orgc="Byer og Bæredygtigt Byggeri", cc="DK")),

dict(id="da17", kind="on_behalf", client="outlook", frm="Ole Bundgaard <ole.bundgaard@trae-klynge.dk>",
     subj="Tilmelding af to kolleger",
     body="""Hej

Jeg vil gerne tilmelde to kolleger fra vores klynge:
- Sofie Kirkegaard, sofie.kirkegaard@trae-klynge.dk
- Anders Munk, anders.munk@trae-klynge.dk

Jeg kan desværre ikke selv deltage.

Med venlig hilsen
Ole Bundgaard
Træ- og Møbelklyngen""",
     L=dict(name="Ole Bundgaard", org="Træ- og Møbelklyngen",
            parts=[("sofie.kirkegaard@trae-klynge.dk", "Sofie Kirkegaard"), ("anders.munk@trae-klynge.dk", "Anders Munk")])),

dict(id="da18", kind="on_behalf", client="gmail", frm="Ida Vestergaard <ida.vestergaard@itklynge.dk>",
     subj="To deltagere",
     body="""Hej

Tilmeld gerne mig og min kollega Frederik Hald (frederik.hald@itklynge.dk).

Tak!
Ida
Digital Klynge Nord""",
     L=dict(name="Ida Vestergaard", org="Digital Klynge Nord",
            parts=[("ida.vestergaard@itklynge.dk", "Ida Vestergaard"), ("frederik.hald@itklynge.dk", "Frederik Hald")])),

dict(id="da19", kind="on_behalf", client="outlook", frm="Lars Ravn <lars.ravn@plastklynge.dk>",
     subj="Tilmelding",
     body="""Hej

Jeg tilmelder mig workshoppen. Min kollega Mette Skov vil også gerne med, jeg sender hendes mailadresse senere.

Lars Ravn
Plastklyngen Midtjylland""",
     L=dict(name="Lars Ravn", org="Plastklyngen Midtjylland", review="on_behalf_without_address",
            parts=[("lars.ravn@plastklynge.dk", "Lars Ravn"), (None, "Mette Skov")])),

dict(id="da20", kind="registration_note", client="gmail", frm="Tine Overgaard <tine.overgaard@madklynge.dk>",
     subj="Tilmelding",
     body="""Hej!

Tilmeld mig gerne. Jeg er vegetar og har nøddeallergi.

Tine Overgaard
Madklyngen Fyn""",
     L=dict(name="Tine Overgaard", org="Madklyngen Fyn", note=True)),

dict(id="da21", kind="registration_note", client="iphone", frm="Thomas Krogh <thomas.krogh@vindklynge.dk>",
     subj="Jeg kommer",
     body="""Hej, jeg kommer! Første dag bliver jeg måske lidt forsinket, flyet fra Billund lander først kl. 11.
Thomas Krogh
Vindklyngen Vestjylland""",
     L=dict(name="Thomas Krogh", org="Vindklyngen Vestjylland", cc="DK", note=True, unscored=["country"])),

dict(id="da22", kind="thanks", client="gmail", quote=True, frm="Helle Nørby <helle.norby@gmail.com>",
     ack=dict(name="Helle Nørby"),
     body="""Mange tak!""",
     L=dict(I=[], name="Helle Nørby")),

dict(id="da23", kind="forwarded", client="outlook", fwd=1, frm="Martin Lykke <martin.lykke@byggeklynge.dk>",
     body="""Hej

En kollega har videresendt denne invitation. Jeg vil gerne deltage.

Martin Lykke
Byggeklyngen Sjælland""",
     L=dict(name="Martin Lykke", org="Byggeklyngen Sjælland")),

dict(id="da24", kind="auto_reply", client="outlook", frm="Charlotte Bak <charlotte.bak@innovation-dk.dk>",
     subj="Autosvar: Du er tilmeldt: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Hej

Jeg holder ferie til og med 9. maj og læser ikke mails. Ved hastende henvendelser kontakt venligst info@innovation-dk.dk.

Charlotte Bak""",
     L=dict(I=[], auto="auto_reply")),

dict(id="da25", kind="registration", client="outlook", frm="\"Professor Jesper Toft\" <jesper.toft@science-park.dk>",
     subj="Tilmelding til workshoppen",
     body="""Hej

Hermed min tilmelding. Vores klynge har drevet eksportprogrammer for medlemsvirksomhederne i over ti år, så jeg deler gerne erfaringer, hvis det er relevant.

Venlig hilsen""",
     sig="""Professor Jesper Toft
Direktør
Forsknings- og Innovationsparken Aalborg
Niels Jernes Vej 10, 9220 Aalborg Ø""",
     L=dict(name="Jesper Toft", org="Forsknings- og Innovationsparken Aalborg", orgc="Forsknings- og Innovationsparken",
            cc="DK", exp="experienced")),

dict(id="da26", kind="registration", client="thunderbird", cs="windows-1252", cte="8bit",
     frm="Gitte Hjort <gitte.hjort@turismeklynge.dk>",
     subj="Tilmelding",
     body="""Hej

Vil I tilføje mig til deltagerlisten?

Gitte Hjort
Turismeklyngen Bornholm
Rønne""",
     sigdash=False,
     L=dict(name="Gitte Hjort", org="Turismeklyngen Bornholm", cc="DK", unscored=["country"])),

dict(id="da27", kind="registration", client="gmail", ev=2, frm="Jakob Møller <jakob.moller@akvakultur.dk>",
     subj="Tilmelding til forum",
     body="""Hej!

Jeg vil gerne tilmelde mig Blue Economy-forummet i Tallinn den 14. oktober. Vi søger partnere inden for akvakultur og fiskeforarbejdning.

Jakob Møller
Akvakulturklyngen Limfjorden
Skive, Danmark""",
     L=dict(name="Jakob Møller", org="Akvakulturklyngen Limfjorden", cc="DK")),

dict(id="da28", kind="question", client="outlook", ev=2, frm="Rikke Poulsen <rikke.poulsen@havn-partner.dk>",
     subj="Spørgsmål om forummet",
     body="""Hej

Kan man booke B2B-møder på forhånd? Og hvornår er sidste frist for tilmelding?

Rikke""",
     L=dict(I=["question"], name="Rikke Poulsen")),

dict(id="da29", kind="registration", client="android", ev=2, frm="Christian Lund <christian.lund@havvind.dk>",
     subj="Forum",
     body="""Hej, skriv mig op som deltager på forummet. Christian Lund, Havvind Service ApS, Esbjerg""",
     L=dict(name="Christian Lund", org="Havvind Service ApS", orgc="Havvind Service", cc="DK")),

dict(id="da30", kind="registration", client="gmail", frm="Signe Bruun <signe.bruun@modeklynge.dk>",
     subj="Tilmeldingsformular",
     body="""Navn: Signe Bruun
Organisation: Mode- og Tekstilklyngen
Land: Danmark
Erfaring: vi er lige startet""",
     L=dict(name="Signe Bruun", org="Mode- og Tekstilklyngen", cc="DK", exp="starting")),
]

# Second batch (appended: earlier mails keep their half).
MAILS += [
dict(id="da31", kind="registration", client="outlook", cs="windows-1252", frm="Per Skovgaard <ps@klynge-ie.dk>",
     subj="Tilmelding - Per Skovgaard",
     body="""Kære arrangører

Hermed tilmelding af undertegnede til workshoppen i Riga den 2.-3. juni.

Vi har arbejdet med internationalisering i klyngeregi i en årrække, bl.a. med fælles messedeltagelse i Tyskland og Polen, og jeg deler gerne erfaringer i en af gruppesessionerne.

Med venlig hilsen

Per Skovgaard
Seniorprojektleder

Klyngen for Innovation og Erhverv
Havnegade 12
6700 Esbjerg
Direkte: +45 76 00 00 00
Mobil: +45 20 00 00 00""",
     L=dict(name="Per Skovgaard", org="Klyngen for Innovation og Erhverv", orgc="Innovation og Erhverv", cc="DK",
            exp="experienced")),

dict(id="da32", kind="update", client="gmail", quote=True, frm="Nanna Holm <nanna.holm@gmail.com>",
     ack=dict(name="Nanna Holm", org="Fødevareklyngen Sjælland", country="Danmark"),
     body="""Hej

Jeg har skiftet job siden jeg tilmeldte mig - jeg er nu ansat hos Dansk Erhvervsfremme, men vil stadig meget gerne deltage. Kan I rette organisationen?

Mvh Nanna""",
     L=dict(I=["update"], name="Nanna Holm", org="Dansk Erhvervsfremme", cc="DK")),

dict(id="da33", kind="registration", client="iphone", frm="Kristian <kristian@droneklyngen.dk>",
     subj="Riga",
     body="""Hej, jeg vil gerne med til Riga 👍""",
     L=dict(name="Kristian")),

dict(id="da34", kind="auto_reply", client="plain", cs="iso-8859-1", cte="qp", frm="Dorthe Lauritsen <dorthe.lauritsen@erhvervshus-partner.dk>",
     subj="Fraværende",
     body="""Tak for din mail. Jeg er fraværende indtil den 26. april og har ikke adgang til mails. Ved hastende sager kontakt venligst receptionen på tlf. 70 00 00 00.

Venlig hilsen
Dorthe Lauritsen""",
     L=dict(I=[], auto="auto_reply")),

dict(id="da35", kind="thanks", client="gmail", quote=True, frm="Mads Kjeldgaard <mads.kjeldgaard@vandklynge.dk>",
     ack=dict(name="Mads Kjeldgaard", org="Vandklyngen Midt", country="Danmark"),
     body="""Super, tak for det! Vi ses i Riga.

/Mads""",
     L=dict(I=[], name="Mads Kjeldgaard")),
]

# Third batch: informal/typos, the second event, registration with a side question.
MAILS += [
dict(id="da36", kind="registration", client="android", frm="Søren Bæk <soren.baek@spilklynge.dk>",
     subj="riga",
     body="""hej, vil gerne med til riga 2-3 juni hvis der er plads. soren baek, Spilklyngen Aarhus. tak""",
     L=dict(name="Søren Bæk", org="Spilklyngen Aarhus")),

dict(id="da37", kind="registration", client="outlook", cs="windows-1252", ev=2, frm="Birthe Kragh <birthe.kragh@havneklynge.dk>",
     subj="Tilmelding til Blue Economy-forum",
     body="""Hej

Jeg vil gerne tilmelde mig forummet i Tallinn den 14. oktober. B2B-møder ønskes med:
- leverandører af landstrøm og elektrificering af havne
- estiske og lettiske havforskningsinstitutter

Venlig hilsen
Birthe Kragh
Havneklyngen Nordjylland
Frederikshavn, Danmark""",
     L=dict(name="Birthe Kragh", org="Havneklyngen Nordjylland", cc="DK")),

dict(id="da38", kind="registration", client="gmail", frm="Anders Bloch <anders.bloch@agrotekklynge.dk>",
     subj="Tilmelding + spørgsmål",
     body="""Hej

Tilmeld mig gerne workshoppen. Og et spørgsmål: er der parkering ved stedet? Jeg kører nok derop fra Kaunas, hvor jeg har et møde dagen før.

Anders Bloch
Agroteknologiklyngen Sønderjylland""",
     L=dict(I=["registration", "question"], name="Anders Bloch", org="Agroteknologiklyngen Sønderjylland")),
]

# ---------------------------------------------------------------- second writer (w2-*)
# Written by a second writer (see ../README.md), other people, situations and phrasings than above.
# Labels written with each mail, before regbot was run on any of them.
MAILS += [
dict(id="w2-da01", kind="registration", client="outlook", frm="Lone Bech <lone.bech@darn-netvaerk.dk>",
     subj="Tilmelding workshop i Riga",
     body="""Hej,

hermed min tilmelding til workshoppen i Riga den 2.-3. juni. Vi er helt nye i det internationale arbejde i netværket, så jeg håber at kunne tage nogle gode idéer med hjem.

Venlig hilsen
Lone""",
     sig="""Lone Bech
Chefkonsulent
Internationalt samarbejde
Dansk Automations- og Robotnetværk
Forskerparken 10, 5230 Odense M
Tlf. +45 6550 1122""",
     L=dict(name="Lone Bech", org="Dansk Automations- og Robotnetværk", cc="DK", exp="starting")),

dict(id="w2-da02", kind="registration", client="iphone", frm="Søren Vestergaard <soren@vestergaard-food.dk>",
     subj="Riga",
     body="""Jeg er med! 👍

Søren""",
     L=dict(name="Søren Vestergaard")),

dict(id="w2-da03", kind="question_in_request", client="gmail", frm="Camilla Juhl <camilla.juhl@nordjysk-logistik.dk>",
     subj="Stadig plads?",
     body="""Hej,

jeg har først lige set invitationen. Er der stadig plads? I så fald vil jeg meget gerne tilmeldes begge dage.

Mvh Camilla""",
     sig="""Camilla Juhl
Projektleder
Nordjysk Havne- og Logistiknetværk
Nyhavnsgade 2, 9000 Aalborg""",
     L=dict(I=["registration"], Iopt=["question"], name="Camilla Juhl", org="Nordjysk Havne- og Logistiknetværk", cc="DK")),

dict(id="w2-da04", kind="cancellation", client="outlook", quote=True, frm="Morten Skov <morten.skov@agro-innovation.dk>",
     ack=dict(name="Morten Skov", org="Agro Innovation Danmark", country="Danmark"),
     body="""Hej,

jeg bliver desværre nødt til at melde afbud – vi har fået flyttet vores generalforsamling til den 2. juni. Beklager.

Med venlig hilsen
Morten Skov""",
     L=dict(I=["cancellation"], name="Morten Skov")),

dict(id="w2-da05", kind="on_behalf", client="gmail", frm="Birgitte Lauridsen <birgitte@greenpack-cluster.dk>",
     subj="Tilmelding for 2",
     body="""Hej,

jeg vil gerne tilmelde mig workshoppen. Vil I også skrive min kollega Kasper Holm på? Han er lige startet og har ikke fået sin mailadresse endnu – den sender jeg, så snart den er oprettet.

Tak!
Birgitte""",
     sig="""Birgitte Lauridsen
GreenPack Cluster
Kolding""",
     L=dict(name="Birgitte Lauridsen", org="GreenPack Cluster", cc="DK", review="on_behalf_without_address",
            parts=[("birgitte@greenpack-cluster.dk", "Birgitte Lauridsen"), (None, "Kasper Holm")])),

dict(id="w2-da06", kind="idea_only", client="thunderbird", frm="Jens Kjeldsen <jens.kjeldsen@sdu-partner.dk>",
     subj="Forslag til dag 2",
     body="""Kære arrangører

Jeg kan desværre ikke deltage i juni, men vil gerne komme med et forslag til gruppearbejdet: lad deltagerne kortlægge, hvilke af deres medlemsvirksomheder der allerede eksporterer til de andre deltagerlande – der er ofte mere at bygge på, end klyngerne selv ved.

Venlig hilsen
Jens""",
     sig="""Jens Kjeldsen, ph.d.
Lektor
Syddansk Universitet
Esbjerg""",
     L=dict(I=["idea"], name="Jens Kjeldsen", org="Syddansk Universitet", cc="DK")),

dict(id="w2-da07", kind="update", client="gmail", quote=True, frm="Anne-Mette Kirkegaard <amk@vandmiljo-klynge.dk>",
     ack=dict(name="Anne Kirkegaard", org="Vandklyngen", country="Danmark"),
     body="""Hej,

to rettelser til navneskiltet: jeg hedder Anne-Mette Kirkegaard, ikke bare Anne. Og klyngen hedder nu Dansk Vand- og Miljøklynge – vi skiftede navn i marts.

Tak!
Anne-Mette""",
     L=dict(I=["update"], name="Anne-Mette Kirkegaard", org="Dansk Vand- og Miljøklynge")),

dict(id="w2-da08", kind="auto_reply", client="outlook", frm="Henrik Dam <henrik.dam@fyn-erhverv-partner.dk>",
     subj="Autosvar: Tilmelding",
     body="""Tak for din mail.

Jeg er på ferie og tilbage mandag den 26. april. Mails bliver ikke videresendt. Ved hastende sager kan du kontakte receptionen på 6612 3400.

Venlig hilsen
Henrik Dam""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w2-da09", kind="registration_note", client="android", ev=2, frm="Nikolaj Bruun <nikolaj@bornholms-akvakultur.dk>",
     subj="Forum Tallinn",
     body="""Hej, vil gerne tilmeldes forummet i Tallinn den 14. oktober. Bemærk at jeg har nøddeallergi.

Nikolaj Bruun
Bornholms Akvakultur ApS""",
     L=dict(name="Nikolaj Bruun", org="Bornholms Akvakultur ApS", orgc="Bornholms Akvakultur", note=True)),

dict(id="w2-da10", kind="registration", client="html_only", cs="utf-8", frm="Peter Juul Nielsen <pjn@nordiskgronenergi.dk>",
     subj="Tilmelding",
     html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Goddag,</p>
<p>jeg vil gerne deltage i workshoppen &quot;Cluster internationalisation &ndash; Why and how to do it?&quot; i Riga.</p>
<p>Med venlig hilsen</p>
<p><b>Peter Juul Nielsen</b><br>Direktør<br>Nordisk Grøn Energi A/S<br>Vejle, Danmark</p>
<p style="font-size:7.5pt;color:#808080">Denne e-mail kan indeholde fortrolige oplysninger og er kun beregnet for modtageren. Hvis du har modtaget den ved en fejl, bedes du straks give afsenderen besked og slette e-mailen.</p>
</body></html>
""",
     body="(html only)",
     L=dict(name="Peter Juul Nielsen", org="Nordisk Grøn Energi A/S", orgc="Nordisk Grøn Energi", cc="DK")),
dict(id="w2-da11", kind="list", client="outlook", frm="Klyngeforum Danmark <nyhedsbrev@klyngeforum-dk.dk>",
     to="register@event.test",
     subj="Nyhedsbrev maj 2027: nye partnerskaber og arrangementer",
     hdrs={"List-Id": "Klyngeforum nyhedsbrev <nyhedsbrev.klyngeforum-dk.dk>",
           "List-Unsubscribe": "<mailto:afmeld@klyngeforum-dk.dk>, <https://klyngeforum-dk.dk/afmeld?u=31c9>",
           "Precedence": "list"},
     body="""Nyhedsbrev fra Klyngeforum Danmark - maj 2027

* Internationaliseringsworkshop i Riga 2.-3. juni: tilmeld dig ved at svare på invitationen
* Ny pulje til klyngesamarbejde over grænser
* Mød os til Folkemødet på Bornholm

Du modtager dette nyhedsbrev, fordi du er tilmeldt på klyngeforum-dk.dk. Afmeld her: https://klyngeforum-dk.dk/afmeld""",
     L=dict(I=[], auto="bulk")),
dict(id="w2-da12", kind="registration", client="gmail", frm="Rasmus Kjær <rasmus.kjaer@foodinno-aarhus.dk>",
     subj="Tilmelding",
     body="""Hej!

Jeg vil gerne være med i Riga. Vi har arbejdet med eksportfremstød for vores medlemmer i over ti år, så jeg deler gerne ud af erfaringerne.

Mvh
Rasmus""",
     sig="""Rasmus Kjær
Seniorprojektleder
FoodInnovation Østjylland
Aarhus""",
     L=dict(name="Rasmus Kjær", org="FoodInnovation Østjylland", cc="DK", exp="experienced")),

dict(id="w2-da13", kind="question_in_request", client="outlook", frm="Louise Thomsen <louise.thomsen@sjaelland-erhverv-partner.dk>",
     subj="Tilmelding?",
     body="""Hej,

kan man stadig nå at tilmelde sig? Hvis ja, så skriv mig endelig på.

Venlig hilsen
Louise Thomsen
Erhvervsudvikler
Grøn Industri Sjælland
Danmark""",
     L=dict(I=["registration"], Iopt=["question"], name="Louise Thomsen", org="Grøn Industri Sjælland", cc="DK")),

dict(id="w2-da14", kind="forwarded", client="gmail", ev=2, fwd=2, frm="Mads Riis <mads.riis@offshoreservice-esbjerg.dk>",
     body="""Hej,

jeg har fået invitationen nedenfor fra en samarbejdspartner. Jeg vil gerne deltage i forummet i Tallinn – skriv mig op, tak.

Mads Riis
Offshore Service Esbjerg ApS""",
     L=dict(name="Mads Riis", org="Offshore Service Esbjerg ApS", orgc="Offshore Service Esbjerg")),
dict(id="w2-da15", kind="registration_idea", client="outlook", frm="Signe Dalgaard <signe.dalgaard@byggeri-og-energi.dk>",
     subj="Tilmelding og et forslag",
     body="""Hej,

jeg vil gerne tilmelde mig. Et forslag til dag to: hvordan får man de små medlemsvirksomheder med på eksportrejser, når de ikke har tid til at være væk i flere dage?

Venlig hilsen
Signe Dalgaard
Netværket for Byggeri og Energi
Herning""",
     L=dict(I=["registration", "idea"], name="Signe Dalgaard", org="Netværket for Byggeri og Energi", cc="DK")),

dict(id="w2-da16", kind="cancellation", client="iphone", frm="Jesper Holt <jesper.holt@maritimdk-partner.dk>",
     subj="Afbud",
     body="""Hej, jeg kan alligevel ikke komme til Riga. Beklager! Mvh Jesper""",
     L=dict(I=["cancellation"], name="Jesper Holt")),
dict(id="w2-da17", kind="question", client="gmail", frm="Maja Winther <maja.winther@textilnet-dk.dk>",
     subj="Sprog?",
     body="""Hej,

foregår workshoppen udelukkende på engelsk? Jeg vil gerne vide det, inden jeg tilmelder mig.

Mvh Maja Winther""",
     L=dict(I=["question"], name="Maja Winther")),

dict(id="w2-da18", kind="registration", client="outlook", frm="Torben Hald <torben.hald@lolland-falster-erhverv.dk>",
     subj="Deltagelse i Riga",
     body="""Hej,

jeg deltager gerne i workshoppen. Vi har aldrig før arbejdet med internationale partnere i netværket, så det bliver et første skridt for os.

Venlig hilsen
Torben Hald
Erhvervsnetværket Lolland-Falster
Nykøbing Falster, Danmark""",
     L=dict(name="Torben Hald", org="Erhvervsnetværket Lolland-Falster", cc="DK", exp="starting")),
]

# ---------------------------------------------------------------- third writer (w3-*)
# Written by a third, independent writer (see ../README.md): other people, situations and hands
# than above. Labels written with each mail and committed before regbot or score.py ran on them.
MAILS += [
dict(id="w3-da01", kind="registration", client="outlook", frm="Lone Vestergaard <lone.vestergaard@foedevarenetvaerk-kolding.dk>",
     subj="Tilmelding - workshop i Riga 2.-3. juni",
     body="""Kære arrangører

Hermed tilmelder jeg mig workshoppen om klyngeinternationalisering i Riga. Vi har endnu ingen erfaring med internationale projekter i netværket, men vores bestyrelse har bedt mig undersøge mulighederne, så timingen er perfekt.

Har I i øvrigt en aftale med et hotel tæt på stedet, eller skal vi selv finde overnatning?

Med venlig hilsen
Lone Vestergaard""",
     sig="""Lone Vestergaard
Netværkskoordinator
Fødevarenetværk Kolding
Jernbanegade 15
6000 Kolding
Tlf. 75 52 18 40""",
     L=dict(I=["registration", "question"], name="Lone Vestergaard", org="Fødevarenetværk Kolding", cc="DK",
            exp="starting")),

dict(id="w3-da02", kind="registration", client="gmail", frm="Sofie Damgaard <sofie.damgaard@gmail.com>",
     subj="Riga!",
     body="""Hej,

jeg vil rigtig gerne med til Riga - begge dage!

Hilsen Sofie""",
     L=dict(name="Sofie Damgaard")),

dict(id="w3-da03", kind="on_behalf", client="outlook", frm="Pia Kristoffersen <pia.kristoffersen@robotklyngen-fyn.dk>",
     subj="Tilmelding af direktør Henrik Lykke",
     body="""Kære Inga Ozola

På vegne af vores direktør, Henrik Lykke, vil jeg gerne tilmelde ham workshoppen i Riga den 2.-3. juni. Hans e-mail er henrik.lykke@robotklyngen-fyn.dk. Jeg deltager ikke selv.

Venlig hilsen
Pia Kristoffersen
Direktionssekretær""",
     sig="""Robotklyngen Fyn
Forskerparken 10, 5230 Odense M""",
     L=dict(name="Pia Kristoffersen", org="Robotklyngen Fyn", cc="DK",
            parts=[("henrik.lykke@robotklyngen-fyn.dk", "Henrik Lykke")])),

dict(id="w3-da04", kind="update", client="outlook", quote=True, frm="Torben Mathiesen <torben.mathiesen@ecd-west.dk>",
     ack=dict(name="Torben Mathiesen", org="Energiklyngen Vest", country="Danmark"),
     body="""Hej

Tak for bekræftelsen. Bemærk venligst at Energiklyngen Vest pr. 1. april er fusioneret med Offshore Cluster Esbjerg, og at vi nu hedder Energy Cluster Denmark West. Vil I rette det på navneskiltet?

Mvh
Torben Mathiesen""",
     L=dict(I=["update"], name="Torben Mathiesen", org="Energy Cluster Denmark West")),

dict(id="w3-da05", kind="cancellation", client="gmail", quote=True, frm="Mette-Marie Holst <mettemarie.holst@designklynge-aarhus.dk>",
     ack=dict(name="Mette-Marie Holst", org="Designklyngen Aarhus", country="Danmark"),
     body="""Hej,

jeg må desværre trække min tilmelding tilbage - vores projekt er blevet udskudt til efteråret, og så giver rejsen ikke mening lige nu.

Venlig hilsen
Mette-Marie""",
     L=dict(I=["cancellation"], name="Mette-Marie Holst")),

dict(id="w3-da06", kind="registration_note", client="apple", frm="Signe Bech <signe.bech@greentech-sjaelland.dk>",
     subj="Tilmelding + et praktisk spørgsmål",
     body="""Hej Inga

Jeg vil gerne deltage i workshoppen. Jeg er på barsel indtil august, men arbejder lidt alligevel, og jeg tager min søn på fire måneder og min mand med til Riga. Findes der et stille rum, hvor jeg kan amme i pauserne?

Kh Signe""",
     sig="""Signe Bech
Greentech Sjælland""",
     L=dict(I=["registration", "question"], name="Signe Bech", org="Greentech Sjælland", note=True)),

dict(id="w3-da07", kind="question", client="outlook", frm="Karsten Vinther <kv@frederikshavn-erhverv.dk>",
     subj="Kan en kommune deltage?",
     body="""Goddag

Vi er ikke en klynge, men Erhvervsafdelingen i en kommune, som understøtter tre lokale netværk inden for maritim service. Er workshoppen også åben for os, eller er den forbeholdt klyngeorganisationer?

På forhånd tak.

Med venlig hilsen
Karsten Vinther
Erhvervskonsulent
Frederikshavn Kommune""",
     L=dict(I=["question"], name="Karsten Vinther", org="Frederikshavn Kommune", unscored=["country"])),

dict(id="w3-da08", kind="forwarded", client="gmail", fwd=1, frm="Jens Overgaard <jens.overgaard@biogas-netvaerket.dk>",
     body="""Hej, kan I også tilmelde mig? Jeg har fået invitationen fra en kollega.

Mvh Jens Overgaard
Biogasnetværket""",
     L=dict(name="Jens Overgaard", org="Biogasnetværket")),

dict(id="w3-da09", kind="thanks", client="apple", quote=True, frm="Nanna Skov <nanna.skov@lifescience-nord.dk>",
     ack=dict(name="Nanna Skov", org="Life Science Nord", country="Danmark"),
     body="""Super, tak!""",
     L=dict(I=[], name="Nanna Skov")),

dict(id="w3-da10", kind="auto_reply", client="outlook", frm="Bjarne Kirk <bjarne.kirk@vandklyngen.dk>",
     subj="Automatisk svar: Du er tilmeldt: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Tak for din mail. Jeg er på ferie og tilbage mandag den 3. maj. Mailen bliver ikke videresendt.

Med venlig hilsen
Bjarne Kirk""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w3-da11", kind="auto_reply", client="thunderbird", frm="Louise Brink <louise.brink@klyngesekretariat.dk>",
     subj="Fraværende",
     body="""Jeg har fri til og med fredag og læser ikke mails. Ved hastesager kan du ringe til sekretariatet på 70 20 30 40.

Louise Brink""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w3-da12", kind="registration_idea", client="thunderbird", frm="Peter Riis <peter.riis@maritimklynge-svendborg.dk>",
     subj="Tilmelding og idé",
     body="""Hej

Jeg melder mig gerne til workshoppen. Vi har i flere år haft udvekslingsprogrammer med værfter i Polen og Estland, så jeg kan bidrage med erfaringer.

En idé til dag to: en kort "speed-dating" mellem klynger, der søger partnere til konkrete projekter - gerne med en liste over projektidéer sendt ud på forhånd.

Hilsen
Peter Riis
Maritim Klynge Svendborg
Svendborg, Danmark""",
     sigdash=False,
     L=dict(I=["registration", "idea"], name="Peter Riis", org="Maritim Klynge Svendborg", cc="DK",
            exp="experienced")),

dict(id="w3-da13", kind="registration", client="outlook", ev=2, frm="Kasper Dam <kasper.dam@bornholm-havvind.dk>",
     subj="Tilmelding Matchmaking Forum 14. oktober",
     body="""Hej

Jeg vil gerne tilmelde mig Blue Economy Matchmaking Forum i Tallinn. Jeg er interesseret i møder om havvindsservice, havneinfrastruktur og uddannelse af teknikere.

Venlig hilsen
Kasper Dam
Projektleder
Bornholms Havvindklynge""",
     L=dict(name="Kasper Dam", org="Bornholms Havvindklynge")),

dict(id="w3-da14", kind="on_behalf", client="outlook", quote=True, frm="Trine Winther <trine.winther@medicoklyngen.dk>",
     ack=dict(name="Trine Winther", org="Medicoklyngen", country="Danmark"),
     body="""Kære arrangører

Jeg er desværre blevet forhindret, men min kollega Maria Thygesen (maria.thygesen@medicoklyngen.dk) vil gerne overtage min plads. Kan I flytte tilmeldingen over til hende?

Venlig hilsen
Trine Winther""",
     L=dict(I=["registration", "cancellation"], name="Trine Winther", org="Medicoklyngen",
            parts=[("trine.winther@medicoklyngen.dk", "Trine Winther"), ("maria.thygesen@medicoklyngen.dk", "Maria Thygesen")])),

dict(id="w3-da15", kind="registration", client="iphone", frm="Anders Kjeldsen <anders.kjeldsen@mail.dk>",
     subj="workshop",
     body="""hej jeg vil gerne tilmeldes workshoppen i riga. mvh anders, aalborg""",
     L=dict(name="Anders Kjeldsen", cc="DK")),

dict(id="w3-da16", kind="list", client="outlook", frm="Klyngesekretariatet <nyhedsbrev@klyngesekretariatet.dk>",
     to="Modtagere af nyhedsbrevet <nyhedsbrev@klyngesekretariatet.dk>",
     subj="Nyhedsbrev april: Tilmeld dig workshop i Riga",
     hdrs={"List-Id": "Klyngesekretariatets nyhedsbrev <nyhedsbrev.klyngesekretariatet.dk>",
           "List-Unsubscribe": "<https://klyngesekretariatet.dk/afmeld>",
           "Precedence": "bulk"},
     body="""Nyhedsbrev fra Klyngesekretariatet - april 2027

* Workshop i Riga 2.-3. juni om internationalisering af klynger: tilmeld dig på register@event.test
* Ny pulje til klyngesamarbejde på tværs af grænser åbner i maj
* Husk vores årsmøde i Vejle den 9. juni

Du modtager dette nyhedsbrev, fordi du er tilmeldt på klyngesekretariatet.dk. Afmeld her: https://klyngesekretariatet.dk/afmeld""",
     L=dict(I=[], auto="bulk")),
]

# Fifth writer (w5-): another independent hand, weighted toward the intent decision.
MAILS += [
dict(id="w5-da01", kind="registration", client="outlook", frm="Rikke Brøndum <rb@plastklyngen-to.dk>",
     subj="Tilmelding – workshop i Riga",
     body="""Kære arrangører

Jeg vil gerne tilmelde mig workshoppen om klyngeinternationalisering i Riga den 2.-3. juni.

Venlig hilsen
Rikke Brøndum""",
     sig="""Rikke Brøndum
Klyngechef | Internationale projekter
Plastklyngen Trekantområdet
Vesterballevej 5, 7000 Fredericia
Tlf. +45 75 92 41 80

Denne e-mail kan indeholde fortrolige oplysninger. Hvis du ikke er den rette modtager, bedes du give afsenderen besked og slette e-mailen.""",
     L=dict(name="Rikke Brøndum", org="Plastklyngen Trekantområdet", cc="DK")),

dict(id="w5-da02", kind="question_in_request", client="gmail", frm="Lasse Kjærgaard <lasse@smagenafsonderjylland.dk>",
     subj="Kontakter i Letland – og Riga",
     body="""Hej,

Jeg skriver egentlig i en anden anledning: Vi er ved at samle en delegation af danske fødevarevirksomheder, der skal til Letland i september, og jeg leder efter kontakter i lettiske klynger inden for mejeri og fødevareemballage. Har I mulighed for at formidle en kontakt, eller kender I nogen, jeg kan skrive til? Det drejer sig om 6-8 små og mellemstore virksomheder, de fleste med eksport til Tyskland i forvejen.

Og så vil jeg gerne være med i Riga i juni – jeg går ud fra, at denne mail kan gælde som tilmelding?

Mange hilsner
Lasse Kjærgaard
Smagen af Sønderjylland""",
     L=dict(I=["registration", "question"], name="Lasse Kjærgaard", org="Smagen af Sønderjylland")),

dict(id="w5-da03", kind="update", client="outlook", quote=True, frm="Søren Fogh <soren.fogh@bioraffinaderi-net.dk>",
     ack=dict(name="Søren Fogh", org="Bioraffinaderinetværket", country="Danmark"),
     body="""Hej,

Jeg bliver nødt til at ændre min tilmelding: jeg kan kun deltage den første dag, den 2. juni. Vil I rette det?

Og så et praktisk spørgsmål – er der parkering ved stedet? Jeg kører selv op fra Klaipėda, hvor jeg er til møde dagen før.

Hilsen
Søren""",
     L=dict(I=["update", "question"], Iopt=["cancellation"], name="Søren Fogh", org="Bioraffinaderinetværket", note=True)),

dict(id="w5-da04", kind="on_behalf", client="outlook", quote=True, frm="Niels Overby <niels.overby@robotnet-syd.dk>",
     ack=dict(name="Niels Overby", org="RobotNet Syd", country="Danmark"),
     body="""Hej,

Desværre er jeg blevet forhindret, men min kollega Mette Bækgaard overtager min plads. Hendes mail er mette.baekgaard@robotnet-syd.dk. Vil I sende en ny bekræftelse til hende?

Venlig hilsen
Niels Overby""",
     L=dict(I=["registration", "cancellation"], name="Niels Overby", org="RobotNet Syd",
            parts=[("niels.overby@robotnet-syd.dk", "Niels Overby"), ("mette.baekgaard@robotnet-syd.dk", "Mette Bækgaard")])),

dict(id="w5-da05", kind="auto_reply", client="outlook", frm="Hanne Krogsgaard <hk@medico-klyngen.dk>",
     subj="Automatisk svar: Du er tilmeldt: Cluster internationalisation – Why and how to do it?",
     body="""Tak for din mail. Jeg er på kursus til og med fredag den 16. april og har kun begrænset adgang til mail. Henvendelser om medlemskab kan sendes til kontakt@medico-klyngen.dk.

Med venlig hilsen
Hanne Krogsgaard""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w5-da06", kind="thanks", client="iphone", quote=True, frm="Jesper Kold <jesper.kold@gmail.com>",
     ack=dict(name="Jesper Kold"),
     body="""Ok 👍""",
     L=dict(I=[], name="Jesper Kold")),

dict(id="w5-da07", kind="idea_only", client="gmail", frm="Ida Falkenberg <ida.falkenberg@offshore-kompetence.dk>",
     subj="Forslag til emne",
     body="""Hej,

Jeg ved endnu ikke, om jeg kan komme til Riga – det afhænger af en projektdeadline – men jeg vil gerne foreslå et emne til gruppesessionerne: hvordan klynger kan hjælpe små underleverandører ind i de store offshore-vindprojekter i Polen og Baltikum. Der er mange penge i de projekter de næste ti år, men de små virksomheder aner ikke, hvordan de kommer på leverandørlisterne.

Hvis jeg ikke selv kan være der, kan jeg godt holde et kort oplæg over Teams.

Bedste hilsner
Ida Falkenberg""",
     sig="""Ida Falkenberg
Seniorkonsulent
Offshore Kompetencecenter Esbjerg""",
     L=dict(I=["idea"], name="Ida Falkenberg", org="Offshore Kompetencecenter Esbjerg")),

dict(id="w5-da08", kind="question_in_request", client="thunderbird", cs="iso-8859-1", frm="Torben Ravnholt <torben.ravnholt@velfaerdstek-nord.dk>",
     subj="Workshop i Riga",
     body="""Hej,

Jeg har stor lyst til at deltage, men rejsen skal først godkendes af min direktør, som er på ferie indtil den 20. Jeg vender tilbage, så snart jeg ved noget.

Venlig hilsen
Torben Ravnholt""",
     sig="""Torben Ravnholt
Projektleder
Klyngen for Velfærdsteknologi Nord""",
     L=dict(I=[], Iopt=["registration"], name="Torben Ravnholt", org="Klyngen for Velfærdsteknologi Nord")),

dict(id="w5-da09", kind="registration", client="android", frm="Sofie Bøgelund <sofie.bogelund@madklyngen-vest.dk>",
     subj="Riga",
     body="""Hej! Vil gerne tilmelde mig workshoppen i Riga. Vi er helt nye i det internationale, så det passer perfekt.
Mvh Sofie Bøgelund, Madklyngen Vestsjælland""",
     L=dict(name="Sofie Bøgelund", org="Madklyngen Vestsjælland", exp="starting")),

dict(id="w5-da10", kind="registration", client="html_only", cs="utf-8", ev=2, frm="Anders Thorsager <anders@limfjord-muslinger.dk>",
     subj="Tilmelding til Matchmaking Forum 14. oktober",
     body="""Hej

Hermed min tilmelding til Blue Economy Matchmaking Forum i Tallinn. Jeg er medejer af Limfjord Muslinger ApS, og vi vil gerne tale med opdrættere og forarbejdningsvirksomheder fra Estland og Finland om muslingemel til foder og om fælles certificering.

Med venlig hilsen
Anders Thorsager
Limfjord Muslinger ApS
Nykøbing Mors""",
     L=dict(name="Anders Thorsager", org="Limfjord Muslinger ApS", orgc="Limfjord Muslinger", unscored=["country"])),
]

# Seventh writer (w7-): another independent hand, weighted toward the intent decision.
MAILS += [
dict(id="w7-da01", kind="registration", client="android", frm="Bo Sandvad <bo.sandvad@sydfood.dk>",
     subj="Riga",
     body="""Hej. Jeg vil gerne deltage i Riga 2.-3. juni. Bo Sandvad, SydFood Netværk, Aabenraa""",
     L=dict(name="Bo Sandvad", org="SydFood Netværk", cc="DK", unscored=["country"])),

dict(id="w7-da02", kind="registration", client="outlook", frm="Mette Skaarup <mso@robotklynge-fyn.dk>",
     subj="SV: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Kære Inga

Det lyder spændende – skriv mig endelig op. Vi har lige fået midler til et eksportprojekt for vores medlemmer i Tyskland og Polen, så timingen er perfekt.

Venlig hilsen
Mette Skaarup
Klyngekoordinator, Robotklynge Fyn
Forskerparken 10, 5230 Odense M

Fra: Inga Ozola <inga.ozola@bsr-clusters.test>
Sendt: 7. april 2027 09:41
Til: Mette Skaarup <mso@robotklynge-fyn.dk>
Emne: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June

Dear cluster managers,

We are pleased to invite you to the two-day workshop "Cluster internationalisation – Why and how to do it?", which will take place in Riga on 2–3 June 2027.
[...]
Best regards,
Inga Ozola""",
     L=dict(name="Mette Skaarup", org="Robotklynge Fyn", cc="DK")),

dict(id="w7-da03", kind="question_in_request", client="gmail", frm="Lars Thykjær <lars.thykjaer@erhvervsskole-nord.dk>",
     subj="Er workshoppen for erhvervsskoler?",
     body="""Hej

Jeg arbejder på en erhvervsskole, hvor vi driver et lille netværk af virksomheder inden for smedefaget. Er workshoppen også relevant for sådan en som mig, eller er den kun for egentlige klyngeorganisationer? Hvis det giver mening, så tilmeld mig gerne.

Mvh Lars Thykjær
Erhvervsskolen Nordvest, Thisted""",
     L=dict(I=["registration"], Iopt=["question"], name="Lars Thykjær", org="Erhvervsskolen Nordvest", cc="DK", unscored=["country"])),

dict(id="w7-da04", kind="cancellation", client="outlook", frm="Annette Krogh-Madsen <akm@gudenaa-vand.dk>",
     subj="SV: Påmindelse: workshop i Riga",
     body="""Hej

Tak for påmindelsen. Vi melder desværre pas i år – vi har alt for mange bolde i luften lige nu. Men send endelig invitationen igen næste gang.

Venlig hilsen
Annette Krogh-Madsen
Vandnetværket Gudenå
Silkeborg""",
     L=dict(I=[], Iopt=["cancellation"], name="Annette Krogh-Madsen", org="Vandnetværket Gudenå", cc="DK")),

dict(id="w7-da05", kind="cancellation", client="iphone", quote=True, frm="Rasmus Elkjær <rasmus.elkjaer@energiklynge-sjaelland.dk>",
     ack=dict(name="Rasmus Elkjær", org="Energiklynge Sjælland", country="Danmark"),
     body="""Desværre - jeg bliver nødt til at melde afbud. Beklager!

Rasmus""",
     L=dict(I=["cancellation"], name="Rasmus Elkjær", org="Energiklynge Sjælland")),

dict(id="w7-da06", kind="on_behalf", client="outlook", quote=True, frm="Helle Thamdrup <helle.thamdrup@mobilitetsklyngen.dk>",
     ack=dict(name="Helle Thamdrup", org="Mobilitetsklyngen Danmark", country="Danmark"),
     body="""Hej

Jeg er blevet udpeget til at sidde i et udvalg under ministeriet, og første møde ligger desværre 2. juni. I stedet sender vi min kollega Kasper Høeg (kasper.hoeg@mobilitetsklyngen.dk), som i forvejen arbejder med vores tyske partnere. Vil I afmelde mig og tilmelde ham?

Mange tak
Helle""",
     L=dict(I=["registration", "cancellation"], name="Helle Thamdrup", org="Mobilitetsklyngen Danmark",
            parts=[("helle.thamdrup@mobilitetsklyngen.dk", "Helle Thamdrup"), ("kasper.hoeg@mobilitetsklyngen.dk", "Kasper Høeg")])),

dict(id="w7-da07", kind="update", client="gmail", quote=True, frm="Jens-Ole Hvidbjerg <joh@graensevaekst.eu>",
     ack=dict(name="Jens-Ole Hvidbjerg", org="Grænseregionens Vækstforum", country="Danmark"),
     body="""Hej,

tak for bekræftelsen. Én ting: landet skal være Tyskland, ikke Danmark. Jeg er dansk, men vores kontor ligger i Flensborg (Flensburg), og det er derfra vi rejser. Navn og organisation er fine.

Venlig hilsen / Mit freundlichen Grüßen
Jens-Ole Hvidbjerg""",
     L=dict(I=["update"], name="Jens-Ole Hvidbjerg", org="Grænseregionens Vækstforum", cc="DE")),

dict(id="w7-da08", kind="auto_reply", client="plain", cs="iso-8859-1", cte="qp", frm="Pernille Lysgaard <pernille.lysgaard@designklyngen-aarhus.dk>",
     subj="Automatisk svar: Tilmelding",
     body="""Tak for din mail.

Jeg er på kursus 20.–22. april og læser ikke mails. Ved hastende sager kan du kontakte sekretariatet på 86 12 34 00.

Med venlig hilsen
Pernille Lysgaard""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w7-da09", kind="registration_idea", client="outlook", ev=2, frm="Niels Gravgaard <ng@akvakultur-limfjorden.dk>",
     subj="Tilmelding til forum i Tallinn + idé til pitch",
     body="""Hej

Jeg vil gerne tilmelde mig Blue Economy Matchmaking Forum den 14. oktober. Vi er en forening af muslinge- og østersopdrættere ved Limfjorden, og vi søger især partnere inden for forarbejdning og eksport til Baltikum.

Som idé til pitch-sessionen kunne jeg fortælle om, hvordan vores medlemmer deler et fælles pakkeri – det har gjort det muligt for helt små producenter at eksportere.

Venlig hilsen
Niels Gravgaard""",
     sig="""Niels Gravgaard
Formand
Akvakulturforeningen Limfjorden
Nykøbing Mors""",
     L=dict(I=["registration", "idea"], name="Niels Gravgaard", org="Akvakulturforeningen Limfjorden", cc="DK",
            unscored=["country"])),

dict(id="w7-da10", kind="thanks", client="gmail", quote=True, frm="Sofie Dalsgaard <sofie.dalsgaard@gmail.com>",
     ack=dict(name="Sofie Dalsgaard", org="Lolland-Falster Erhvervsklynge", country="Danmark"),
     body="""Super, tak – det hele passer.

Sofie""",
     L=dict(I=[], name="Sofie Dalsgaard", org="Lolland-Falster Erhvervsklynge")),
]

# The ninth writer's mails (source ids w9-da…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w9-da01", kind="registration", client="outlook", frm="Lone Kjærgaard <lk@foedevareklyngen-midt.dk>",
     subj="Tilmelding - workshop i Riga",
     body="""Hej,

Tilmeld mig venligst workshoppen i Riga den 2.-3. juni.

Vi har kun lige taget hul på det internationale arbejde i klyngen – indtil videre har det mest været enkelte virksomheder, der har prøvet sig frem på egen hånd – så jeg glæder mig til at høre, hvordan andre har grebet det an.

Venlig hilsen
Lone Kjærgaard""",
     sig="""Lone Kjærgaard
Klyngekoordinator
Fødevareklyngen Midtjylland
Agro Food Park 15, 8200 Aarhus N
Danmark""",
     L=dict(name="Lone Kjærgaard", org="Fødevareklyngen Midtjylland", cc="DK", exp="starting")),

dict(id="w9-da02", kind="registration", client="android", frm="Mogens Riis <mogens.riis@bornholmsk-erhverv.dk>",
     subj="Tilmelding",
     body="""Hej

Hermed min tilmelding til Riga 2-3 juni. Jeg arbejder hos Bornholms Erhvervsnetværk i Rønne, og vi har eksporteret røget fisk og keramik i årevis, så vi kommer med lidt erfaring i bagagen.

Mvh Mogens Riis""",
     L=dict(name="Mogens Riis", org="Bornholms Erhvervsnetværk", cc="DK", exp="experienced")),  # judgement call: country from Rønne (~13 000) with Bornholm; scored as DK

dict(id="w9-da03", kind="question_in_request", client="gmail", frm="Pernille Damgaard <pernille.damgaard@vindklynge-esbjerg.dk>",
     subj="Et par spørgsmål inden tilmelding",
     body="""Hej

Kan I fortælle mig:

1) om der er simultantolkning, eller om alt foregår på engelsk?
2) hvornår dag 2 slutter – jeg skal nå et fly hjem om eftermiddagen
3) om man kan deltage med en kort præsentation af sin klynge?

Hvis svarene passer med mine planer, må I meget gerne skrive mig op – og ellers hører I fra mig.

Venlig hilsen
Pernille Damgaard
Vindklyngen Vestkysten, Esbjerg""",
     L=dict(I=["question"], Iopt=["registration"], name="Pernille Damgaard", org="Vindklyngen Vestkysten", cc="DK")),  # judgement call: "if the answers fit, register me" depends on answers not yet given: registration optional

dict(id="w9-da04", kind="on_behalf", client="outlook", frm="Helle Bækgaard <hb@medicoklyngen-sjaelland.dk>",
     subj="Tilmelding af vores direktør",
     body="""Kære arrangører

Jeg vil gerne tilmelde vores direktør, Kasper Vinding, til workshoppen i Riga den 2. og 3. juni. Al korrespondance vedrørende deltagelse, rejse og program må meget gerne gå til mig, da jeg står for hans kalender.

Med venlig hilsen
Helle Bækgaard""",
     sig="""Helle Bækgaard
Direktionssekretær
Medicoklyngen Sjælland
Roskilde""",
     L=dict(name="Helle Bækgaard", org="Medicoklyngen Sjælland", cc="DK",
            parts=[(None, "Kasper Vinding")], review="on_behalf_without_address")),

dict(id="w9-da05", kind="question", client="thunderbird", frm="Rasmus Thygesen <rasmus.thygesen@sydfynsmaritime.dk>",
     subj="Klyngekonferencen i Gdańsk",
     body="""Hej

Er det også jer, der står for klyngekonferencen i Gdańsk i september? Jeg har kun set en omtale på LinkedIn og kan ikke finde hvor man tilmelder sig. Hvis det er nogle andre, vil I så sende mig en kontaktperson?

På forhånd tak
Rasmus""",
     sig="""Rasmus Thygesen
Sydfyns Maritime Netværk
Svendborg""",
     L=dict(I=["question"], name="Rasmus Thygesen", org="Sydfyns Maritime Netværk", cc="DK")),  # judgement call: country from Svendborg (~27 000) alone

dict(id="w9-da06", kind="update", client="gmail", quote=True, frm="Jytte Mølgaard <jytte.molgaard@robotcluster-odense.dk>",
     ack=dict(name="Jytte Mølgaard", org="Odense Robotklynge", country="Danmark"),
     body="""Hej

Tak for bekræftelsen. Jeg bliver desværre kun den første dag, for jeg skal videre til Vilnius om aftenen den 2. Og så glemte jeg at skrive, at jeg ikke tåler gluten – det ville være dejligt, hvis frokosten kunne tage højde for det.

Hilsen
Jytte""",
     L=dict(I=["update"], Iopt=["cancellation"], name="Jytte Mølgaard", org="Odense Robotklynge", note=True)),

dict(id="w9-da07", kind="cancellation", client="outlook", quote=True, frm="Anders Bech-Olesen <abo@cleantech-trekanten.dk>",
     ack=dict(name="Anders Bech-Olesen", org="Cleantech Trekantområdet", country="Danmark"),
     body="""Hej

Jeg må desværre melde fra. Vi er midt i en fusion med to andre klynger, og bestyrelsen har bedt os om at blive hjemme til alt er på plads i juni.

Beklager ulejligheden, og god workshop!

Anders""",
     L=dict(I=["cancellation"], name="Anders Bech-Olesen", org="Cleantech Trekantområdet")),

dict(id="w9-da08", kind="thanks", client="android", frm="Birgitte Holst <birgitte.holst@lolland-foodlab.dk>",
     subj="Re: Praktisk information – workshop i Riga 2.-3. juni",
     body="""Tak, vi ses i Riga!

Birgitte

> Kære deltagere
>
> Her er lidt praktisk information om workshoppen i Riga:
> Sted: Hotel Daugava Conference Centre, Kugu iela 24, Riga.
> Registreringen åbner kl. 8.30 den 2. juni.
>
> Det fulde program følger i maj.
>
> Venlig hilsen
> Arrangørerne""",
     L=dict(I=[], name="Birgitte Holst")),

dict(id="w9-da09", kind="auto_reply", client="plain", frm="Kundeservice Maritime Danmark <kundeservice@maritimedanmark-test.dk>",
     subj="Vi har modtaget din henvendelse [Sag #2027-04812]",
     hdrs={"Auto-Submitted": "auto-replied"},
     body="""Kære afsender

Tak for din henvendelse. Den er registreret under sagsnummer 2027-04812, og vi svarer normalt inden for tre hverdage.

Svar venligst ikke på denne e-mail. Henvis altid til sagsnummeret, hvis du skriver til os igen.

Med venlig hilsen
Kundeservice
Maritime Danmark""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w9-da10", kind="update", client="outlook", quote=True, frm="Soren Kaerup <soren.kaerup@biogasklyngen.dk>",
     ack=dict(name="Soren Kaerup", org="Biogasklyngen", country="Danmark"),
     ack_lang="en",
     body="""Hej

Jeg har fået jeres bekræftelse på engelsk, selv om jeg skrev til jer på dansk – og mit navn er stavet forkert. Det er Søren Kærup, med ø og æ. Vil I rette det på deltagerlisten og navneskiltet?

Venlig hilsen
Søren Kærup""",
     L=dict(I=["update"], name="Søren Kærup", org="Biogasklyngen")),
]
