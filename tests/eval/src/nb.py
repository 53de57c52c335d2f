# Norwegian (bokmål) mails. Labels (L) written with each mail, before regbot read it. See ../README.md.

MAILS = [
dict(id="nb01", kind="registration", client="outlook", frm="\"Haugen, Kristin\" <kristin.haugen@sjomatklyngen.no>",
     subj="Påmelding til workshop i Riga",
     body="""Hei,

Jeg vil gjerne melde meg på workshopen "Cluster internationalisation – Why and how to do it?" i Riga 2.–3. juni.

Vi er i gang med å lage en ny internasjonaliseringsstrategi for klyngen, så tidspunktet passer svært godt.

Med vennlig hilsen
Kristin""",
     sig="""Kristin Haugen
Seniorrådgiver
Klyngen for Sjømat og Havbruk
Postboks 1234 Sentrum, 7462 Trondheim
Tlf: +47 912 34 567
www.sjomatklyngen.no""",
     L=dict(name="Kristin Haugen", org="Klyngen for Sjømat og Havbruk", orgc="Sjømat og Havbruk", cc="NO")),

dict(id="nb02", kind="registration", client="gmail", frm="Eirik Solberg <eirik@energiklyngen-vest.no>",
     subj="Blir med",
     body="""Hei!

Jeg blir med til Riga. Skriv meg opp, takk.

Eirik""",
     sig="""Eirik Solberg | Daglig leder | Energiklyngen Vest | Bergen""",
     L=dict(name="Eirik Solberg", org="Energiklyngen Vest", cc="NO")),

dict(id="nb03", kind="registration", client="outlook", cs="windows-1252",
     frm="Ingrid Bakken <ingrid.bakken@helseklynge.no>",
     subj="Påmelding",
     body="""Hei,

Jeg jobber som prosjektleder i Arena Helse og Velferd og ønsker å delta på workshopen i juni. Vi har drevet med internasjonalt samarbeid i flere år, men mest gjennom EU-prosjekter - nå ønsker vi å hjelpe medlemsbedriftene mer direkte ut i nye markeder.

Hilsen
Ingrid Bakken""",
     L=dict(name="Ingrid Bakken", org="Arena Helse og Velferd", orgc="Helse og Velferd", exp="experienced")),

dict(id="nb04", kind="registration", client="thunderbird", cs="iso-8859-1", cte="qp",
     frm="Ola Nordvik <ola.nordvik@treklynge.no>",
     subj="Påmelding til workshop",
     body="""Hei,

meld meg gjerne på. Vi har så vidt begynt å se utover landegrensene - første tur til en messe i utlandet var i fjor høst - så dette kommer akkurat passe.

Mvh
Ola""",
     sig="""Ola Nordvik
Klyngeleder
Trebasert Innovasjon Innlandet
Lillehammer""",
     L=dict(name="Ola Nordvik", org="Trebasert Innovasjon Innlandet", cc="NO", exp="starting")),

dict(id="nb05", kind="registration", client="iphone", frm="Silje Moen <silje.moen@gmail.com>",
     subj="Workshop",
     body="""Hei, kan dere sette meg opp på workshopen i Riga? Tusen takk!
Silje""",
     L=dict(name="Silje Moen")),

dict(id="nb06", kind="registration", client="html_only", cs="utf-8", cte="qp",
     frm="Håkon Lie <hakon.lie@oceantech-arena.no>",
     subj="Påmelding – Håkon Lie",
     html="""<html><body style="font-family:Calibri,sans-serif">
<p>Hei,</p>
<p>Jeg melder meg herved på workshopen om internasjonalisering av klynger, 2.–3. juni.</p>
<p>Vennlig hilsen</p>
<table><tr><td style="padding-right:12px"><img src="cid:logo001" alt="logo" width="60"></td>
<td><b>Håkon Lie</b><br>Forretningsutvikler<br>Havteknologi og Marin Innovasjon AS<br>Strandkaien 10, 4005 Stavanger<br>Norge</td></tr></table>
</body></html>
""",
     L=dict(name="Håkon Lie", org="Havteknologi og Marin Innovasjon AS", orgc="Havteknologi og Marin Innovasjon", cc="NO")),

dict(id="nb07", kind="registration_idea", client="gmail", frm="Marte Fjeld <marte.fjeld@reiselivsklynge.no>",
     subj="Påmelding og et innspill",
     body="""Hei!

Vil gjerne være med på workshopen.

Et innspill til gruppearbeidet: Hva gjør man når medlemsbedriftene er veldig ulike i størrelse? Hos oss har vi både små familiebedrifter og et par store aktører, og de trenger helt forskjellige ting når de skal ut internasjonalt. Kunne vært fint å høre hvordan andre klynger løser det.

Hilsen Marte Fjeld
Reiselivsklyngen Nord-Norge
Tromsø""",
     L=dict(I=["registration", "idea"], name="Marte Fjeld", org="Reiselivsklyngen Nord-Norge", cc="NO")),

dict(id="nb08", kind="idea_only", client="outlook", frm="Per Arne Dahl <per.arne.dahl@innovasjonsnorge-partner.no>",
     subj="Forslag til tema",
     body="""Hei,

Jeg får dessverre ikke deltatt i Riga, men har et forslag til tema dersom dere fortsatt planlegger programmet: hvordan klynger kan samarbeide med næringsattachéer og ambassader om markedsinformasjon. Det er en ressurs som få klynger bruker.

Lykke til med arrangementet!

Vennlig hilsen
Per Arne Dahl""",
     L=dict(I=["idea"], name="Per Arne Dahl")),

dict(id="nb09", kind="cancellation", client="outlook", quote=True, frm="Knut Rønning <knut.ronning@prosessklyngen.no>",
     ack=dict(name="Knut Rønning", org="Prosessklyngen Grenland", country="Norge"),
     body="""Hei,

Jeg må dessverre melde avbud - kommer ikke til å kunne delta likevel. Stryk meg fra listen.

Mvh
Knut""",
     L=dict(I=["cancellation"], name="Knut Rønning")),

dict(id="nb10", kind="cancellation", client="android", frm="Hilde Strand <hilde.strand@online.no>",
     subj="Avmelding",
     body="""Hei, det har dukket opp noe og jeg rekker ikke turen til Riga. Ikke regn med meg. Beklager!
Hilde""",
     L=dict(I=["cancellation"], name="Hilde Strand")),

dict(id="nb11", kind="update", client="gmail", quote=True, frm="Guro Øverli <guro.overli@batteriklynge.no>",
     ack=dict(name="Guro Overli", org="Norsk Batteriklynge", country="Norge"),
     body="""Hei

Takk for bekreftelsen! Riktig navn er Guro Øverli (med Ø), kan dere rette det på navneskiltet?

Guro""",
     L=dict(I=["update"], name="Guro Øverli", org="Norsk Batteriklynge", cc="NO")),

dict(id="nb12", kind="update", client="apple", quote=True, frm="Vegard Lunde <vegard.lunde@gmail.com>",
     ack=dict(name="Vegard Lunde"),
     body="""Glemte å si det: jeg er fra Romindustriklyngen i Andøy, Norge.

Vegard""",
     L=dict(I=["update"], name="Vegard Lunde", org="Romindustriklyngen i Andøy", orgc="Romindustriklyngen", cc="NO")),

dict(id="nb13", kind="update", client="outlook", quote=True, frm="Tor Erik Berg <tor.erik.berg@nordic-agri.com>",
     ack=dict(name="Tor Erik Berg", org="Nordic Agri Partners", country="Danmark"),
     body="""Hei,

Liten korreksjon: landet skal være Norge, ikke Danmark. Kontoret vårt ligger på Hamar.

Hilsen
Tor Erik Berg""",
     L=dict(I=["update"], name="Tor Erik Berg", org="Nordic Agri Partners", cc="NO")),

dict(id="nb14", kind="question", client="gmail", frm="Linn Aasen <linn.aasen@vikenfylke-partner.no>",
     subj="Spørsmål før påmelding",
     body="""Hei!

Før jeg melder meg på: er workshopen bare for klyngeledere, eller kan også vi som jobber med næringsutvikling i fylkeskommunen delta?

Takk for svar.

Linn Aasen
Rådgiver, næringsutvikling""",
     L=dict(I=["question"], name="Linn Aasen")),

dict(id="nb15", kind="question", client="thunderbird", frm="Geir Pedersen <geir.pedersen@metallklynge.no>",
     subj="Kostnad og overnatting",
     body="""Hei,

Koster det noe å delta? Og har dere avtale med et hotell i nærheten, eller må vi ordne det selv?

Geir""",
     L=dict(I=["question"], name="Geir Pedersen")),

dict(id="nb16", kind="question_in_request", client="outlook", frm="Anette Svendsen <anette.svendsen@kreativklynge.no>",
     subj="Er det fortsatt plass?",
     body="""Hei,

Fikk invitasjonen først i dag. Er det fortsatt ledige plasser? I så fall vil jeg gjerne melde meg på.

Anette Svendsen
Internasjonal koordinator
Klyngen for Film og Spill
Bergen, Norge""",
     L=dict(I=["registration"], Iopt=["question"], name="Anette Svendsen", org="Klyngen for Film og Spill",
            orgc="Film og Spill", cc="NO")),

dict(id="nb17", kind="on_behalf", client="outlook", frm="Bjørn Hovland <bjorn.hovland@subsea-klynge.no>",
     subj="Påmelding for to kolleger",
     body="""Hei,

Jeg vil melde på to av mine kolleger:
* Kari Johansen (kari.johansen@subsea-klynge.no)
* Stian Myhre (stian.myhre@subsea-klynge.no)

Selv har jeg dessverre ikke anledning til å delta.

Med vennlig hilsen
Bjørn Hovland
Subsea Klyngen Bergen""",
     L=dict(name="Bjørn Hovland", org="Subsea Klyngen Bergen",
            parts=[("kari.johansen@subsea-klynge.no", "Kari Johansen"), ("stian.myhre@subsea-klynge.no", "Stian Myhre")])),

dict(id="nb18", kind="on_behalf", client="gmail", frm="Tone Eide <tone.eide@digitalklynge.no>",
     subj="Oss to",
     body="""Hei,

Meld på meg og kollegaen min Sindre Vik (sindre.vik@digitalklynge.no). Vi kommer begge to dager.

Takk!
Tone Eide
Digitaliseringsklyngen Sør""",
     L=dict(name="Tone Eide", org="Digitaliseringsklyngen Sør",
            parts=[("tone.eide@digitalklynge.no", "Tone Eide"), ("sindre.vik@digitalklynge.no", "Sindre Vik")])),

dict(id="nb19", kind="on_behalf", client="outlook", frm="Jon Kristiansen <jon.kristiansen@matklynge.no>",
     subj="Påmelding",
     body="""Hei,

Jeg melder meg på workshopen. Kollegaen min, Randi Husby, vil også gjerne være med - jeg sender e-postadressen hennes senere.

Jon Kristiansen
Mat og Drikke Klyngen Trøndelag""",
     L=dict(name="Jon Kristiansen", org="Mat og Drikke Klyngen Trøndelag", orgc="Mat og Drikke Klyngen",
            review="on_behalf_without_address",
            parts=[("jon.kristiansen@matklynge.no", "Jon Kristiansen"), (None, "Randi Husby")])),

dict(id="nb20", kind="registration_note", client="gmail", frm="Camilla Aune <camilla.aune@tekstilklynge.no>",
     subj="Påmelding",
     body="""Hei!

Meld meg gjerne på. Jeg er vegetarianer og har laktoseintoleranse.

Camilla Aune
Norsk Tekstilklynge""",
     L=dict(name="Camilla Aune", org="Norsk Tekstilklynge", note=True)),

dict(id="nb21", kind="registration_note", client="iphone", frm="Morten Sæther <morten.saether@nordklynge.no>",
     subj="Kommer",
     body="""Hei, jeg kommer! Første dag blir jeg nok litt forsinket, flyet fra Bodø lander først halv elleve.
Morten Sæther
Nordland Industriklynge""",
     L=dict(name="Morten Sæther", org="Nordland Industriklynge", cc="NO", note=True)),

dict(id="nb22", kind="thanks", client="iphone", quote=True, frm="Anne Lise Gundersen <annelise.gundersen@gmail.com>",
     ack=dict(name="Anne Lise Gundersen"),
     body="""Tusen takk!""",
     L=dict(I=[], name="Anne Lise Gundersen")),

dict(id="nb23", kind="forwarded", client="gmail", fwd=1, frm="Espen Larsen <espen.larsen@byggklynge.no>",
     body="""Hei,

Fikk denne videresendt fra en kollega. Hadde vært interessant å være med - kan dere melde meg på?

Espen Larsen
Byggklyngen Viken""",
     L=dict(name="Espen Larsen", org="Byggklyngen Viken")),

dict(id="nb24", kind="auto_reply", client="outlook", frm="Hanne Berntsen <hanne.berntsen@innovasjon-vest.no>",
     subj="Automatisk svar: Du er påmeldt: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Hei,

Jeg er på ferie til og med 9. mai og har begrenset tilgang til e-post. Ved hastesaker, kontakt post@innovasjon-vest.no.

Hanne Berntsen""",
     L=dict(I=[], auto="auto_reply")),

dict(id="nb25", kind="registration", client="outlook", frm="\"Dr. philos. Arne Hegge\" <arne.hegge@forskningspark.no>",
     subj="Påmelding til workshopen",
     body="""Hei,

Herved påmelding. Klyngen vår har kjørt eksportprogrammer for medlemsbedriftene i over ti år, så jeg deler gjerne erfaringer om det er ønskelig.

Vennlig hilsen""",
     sig="""Dr. philos. Arne Hegge
Administrerende direktør
Forskningsparken i Ås
Postboks 44, 1431 Ås""",
     L=dict(name="Arne Hegge", org="Forskningsparken i Ås", cc="NO", exp="experienced")),

dict(id="nb26", kind="registration", client="thunderbird", cs="windows-1252", cte="8bit",
     frm="Ragnhild Foss <ragnhild.foss@reiseliv-fjord.no>",
     subj="påmelding",
     body="""hei

kan dere legge meg til på deltakerlisten?

ragnhild foss
Fjordreiseliv klynge
Ålesund""",
     sigdash=False,
     L=dict(name="Ragnhild Foss", org="Fjordreiseliv klynge", cc="NO")),

dict(id="nb27", kind="registration", client="gmail", ev=2, frm="Sverre Nilsen <sverre.nilsen@havbruksklynge.no>",
     subj="Påmelding til forumet",
     body="""Hei!

Jeg vil gjerne melde meg på Blue Economy-forumet i Tallinn 14. oktober. Vi ser etter partnere innen havbruk og fiskeforedling i Baltikum.

Sverre Nilsen
Havbruksklyngen Midt
Kristiansund, Norge""",
     L=dict(name="Sverre Nilsen", org="Havbruksklyngen Midt", cc="NO")),

dict(id="nb28", kind="question", client="outlook", ev=2, frm="Marianne Holm <marianne.holm@havn-partner.no>",
     subj="Spørsmål om forumet",
     body="""Hei,

Kan man booke B2B-møter på forhånd? Og når er påmeldingsfristen?

Marianne""",
     L=dict(I=["question"], name="Marianne Holm")),

dict(id="nb29", kind="registration", client="android", ev=2, frm="Lars Ove Tveit <lars.ove.tveit@havvind.no>",
     subj="Forum",
     body="""Hei, sett meg opp som deltaker på forumet. Lars Ove Tveit, Havvind Service Sør AS, Kristiansand""",
     L=dict(name="Lars Ove Tveit", org="Havvind Service Sør AS", orgc="Havvind Service Sør", cc="NO")),

dict(id="nb30", kind="registration", client="gmail", frm="Siri Haugland <siri.haugland@designklynge.no>",
     subj="Påmeldingsskjema",
     body="""Navn: Siri Haugland
Organisasjon: Norsk Designklynge
Land: Norge
Erfaring: vi har nettopp begynt""",
     L=dict(name="Siri Haugland", org="Norsk Designklynge", cc="NO", exp="starting")),
]

# Second batch (appended: earlier mails keep their half).
MAILS += [
dict(id="nb31", kind="registration", client="android", frm="Trond Vik <trond.vik@hydrogenklyngen.no>",
     subj="Riga",
     body="""Jeg blir med! Hilsen Trond, Klyngen for Fornybar Energi og Hydrogen""",
     phone_sig=False,
     sig="""Hent Outlook for Android""",
     L=dict(name="Trond Vik", org="Klyngen for Fornybar Energi og Hydrogen", orgc="Fornybar Energi og Hydrogen")),

dict(id="nb32", kind="registration", client="outlook", cs="windows-1252", frm="Solveig Brekke <solveig.brekke@marinklynge.no>",
     subj="Påmelding workshop Riga",
     body="""Hei!

Jeg ønsker å melde meg på workshopen i Riga. Klyngen vår har hatt et eget eksportprogram for medlemsbedriftene siden 2015, og vi har erfaring med både messer, delegasjonsreiser og felles markedsundersøkelser. Samtidig sliter vi med å få de minste bedriftene med, så jeg håper å lære av andre.

Ser frem til å treffe dere!

Vennlig hilsen

Solveig Brekke
Prosjektleder internasjonalisering
Marin Teknologiklynge Møre
Ålesund, Norge
Mob. +47 900 00 000""",
     L=dict(name="Solveig Brekke", org="Marin Teknologiklynge Møre", cc="NO", exp="experienced")),

dict(id="nb33", kind="update", client="gmail", quote=True, frm="Eirin Dahle <eirin.dahle@nordic-greentech.com>",
     ack=dict(name="Eirin Dahle", org="Nordic Greentech Partners", country="Norge"),
     body="""Hei,

takk for bekreftelsen! Jeg er forresten basert i Göteborg nå, så landet bør være Sverige og ikke Norge.

Hilsen Eirin""",
     L=dict(I=["update"], name="Eirin Dahle", org="Nordic Greentech Partners", cc="SE")),

dict(id="nb34", kind="auto_reply", client="plain", cs="iso-8859-1", cte="qp", frm="Arild Moe <arild.moe@naeringshage-partner.no>",
     subj="Fravær",
     body="""Takk for e-posten. Jeg er på reise og tilbake på kontoret 26. april. E-post blir ikke videresendt.

Arild Moe""",
     L=dict(I=[], auto="auto_reply")),

dict(id="nb35", kind="on_behalf", client="outlook", frm="Kine Berge <kine.berge@helseinnovasjon.no>",
     subj="Påmelding av klyngeleder",
     body="""Hei,

kan dere melde på sjefen min, Trond Aasen (trond.aasen@helseinnovasjon.no)? Han er klyngeleder hos oss i Helseinnovasjon Vest. Selv blir jeg hjemme denne gangen.

Mvh
Kine Berge
Rådgiver
Helseinnovasjon Vest""",
     L=dict(name="Kine Berge", org="Helseinnovasjon Vest", parts=[("trond.aasen@helseinnovasjon.no", "Trond Aasen")])),
]

# Third batch: informal/typos, the second event, registration with a side question.
MAILS += [
dict(id="nb36", kind="registration", client="android", frm="Håvard Ødegård <havard.odegard@spillklyngen.no>",
     subj="riga",
     body="""hei, blir gjerne med til riga 2-3 juni om det er plass. havard odegard, Spillklyngen Trondheim. takk""",
     phone_sig=False,
     L=dict(name="Håvard Ødegård", org="Spillklyngen Trondheim")),

dict(id="nb37", kind="registration", client="outlook", cs="windows-1252", ev=2, frm="Ragnhild Sunde <ragnhild.sunde@havneklynge.no>",
     subj="Påmelding til Blue Economy-forumet",
     body="""Hei,

jeg vil gjerne melde meg på forumet i Tallinn 14. oktober. B2B-møter ønskes med:
- leverandører av landstrøm og elektrifisering av havner
- estiske og latviske havforskningsinstitutter

Vennlig hilsen
Ragnhild Sunde
Havneklyngen Vestland
Bergen, Norge""",
     L=dict(name="Ragnhild Sunde", org="Havneklyngen Vestland", cc="NO")),

dict(id="nb38", kind="registration", client="gmail", frm="Øystein Lie <oystein.lie@agritechklynge.no>",
     subj="Påmelding + spørsmål",
     body="""Hei!

Meld meg gjerne på workshopen. Og et spørsmål: er det parkering ved lokalet? Jeg kjører sannsynligvis fra Tartu, der jeg har et møte dagen før.

Øystein Lie
Agritech-klyngen Innlandet""",
     L=dict(I=["registration", "question"], name="Øystein Lie", org="Agritech-klyngen Innlandet")),
]

# Fourth batch: replies in the writer's language under an acknowledgement that came in English.
MAILS += [
dict(id="nb39", kind="thanks", client="iphone", quote=True, ack_lang="en", frm="Stine Holmen <stine.holmen@gmail.com>",
     ack=dict(name="Stine Holmen"),
     body="""Takk skal du ha!""",
     L=dict(I=[], name="Stine Holmen")),
]

# ---------------------------------------------------------------- second writer (w2-*)
# Written by a second writer (see ../README.md), other people, situations and phrasings than above.
# Labels written with each mail, before regbot was run on any of them.
MAILS += [
dict(id="w2-nb01", kind="registration", client="outlook", frm="Astrid Myklebust <astrid.myklebust@havbruksklyngen-more.no>",
     subj="Påmelding workshop Riga 2.-3. juni",
     body="""Hei!

Jeg vil gjerne være med på workshopen i Riga. Vi har drevet eksportprogrammer for medlemsbedriftene våre i snart ti år, så jeg stiller gjerne med erfaringer i gruppearbeidet.

Med vennlig hilsen
Astrid""",
     sig="""Astrid Myklebust
Seniorrådgiver
Internasjonalisering
Havbruks- og Marinteknologiklyngen Møre
Postboks 1320, 6001 Ålesund
Mob. +47 915 22 333""",
     L=dict(name="Astrid Myklebust", org="Havbruks- og Marinteknologiklyngen Møre", cc="NO", exp="experienced")),

dict(id="w2-nb02", kind="registration", client="gmail", frm="Sigrid Haugen <sigrid.haugen@fjordmat.no>",
     subj="Riga",
     body="""Regn med meg 🙂

Hilsen Sigrid""",
     L=dict(name="Sigrid Haugen")),

dict(id="w2-nb03", kind="question", client="android", frm="Eirik Dahl <eirik.dahl@online.no>",
     subj="Spørsmål",
     body="""Hei, er det mulig å bare delta den andre dagen? Og koster det noe? Vil gjerne vite det før jeg melder meg på.""",
     L=dict(I=["question"], name="Eirik Dahl")),

dict(id="w2-nb04", kind="cancellation", client="outlook", quote=True, frm="Kristian Lunde <kristian.lunde@energiklyngen-vest.no>",
     ack=dict(name="Kristian Lunde", org="Energiklyngen Vest", country="Norge"),
     body="""Hei,

dessverre får jeg ikke kommet likevel. Vennligst stryk meg fra deltakerlisten.

Beklager ulempen.
Kristian""",
     L=dict(I=["cancellation"], name="Kristian Lunde")),

dict(id="w2-nb05", kind="on_behalf", client="gmail", frm="Trond Eriksen <trond.eriksen@vpgk.no>",
     subj="Påmelding for to",
     body="""Hei,

jeg melder på meg selv og kollegaen min Ingrid Bakke (ingrid.bakke@vpgk.no) til workshopen i juni.

Hilsen
Trond""",
     sig="""Trond Eriksen
Daglig leder
Vestfold Plast- og Gjenvinningsklynge
Tønsberg, Norge""",
     L=dict(name="Trond Eriksen", org="Vestfold Plast- og Gjenvinningsklynge", cc="NO",
            parts=[("trond.eriksen@vpgk.no", "Trond Eriksen"), ("ingrid.bakke@vpgk.no", "Ingrid Bakke")])),

dict(id="w2-nb06", kind="registration_idea", client="thunderbird", frm="Marte Lie <marte.lie@havforskning-bodo.no>",
     subj="Påmelding og et forslag",
     body="""Hei,

jeg melder meg på workshopen. Et forslag til dag to: en økt om hvordan klynger kan samarbeide med forskningsinstitutter om felles EU-søknader – det er der mange av oss står fast.

Vennlig hilsen
Marte""",
     sig="""Marte Lie
Forsker
Havforskningssenteret i Bodø
Bodø, Norge""",
     L=dict(I=["registration", "idea"], name="Marte Lie", org="Havforskningssenteret i Bodø", cc="NO")),

dict(id="w2-nb07", kind="update", client="gmail", quote=True, frm="Håkon Berg <hakon.berg@isnordvest.no>",
     ack=dict(name="Håkon Berg"),
     body="""Hei igjen,

beklager, glemte å nevne at jeg er fra Innovasjonsselskapet Nordvest AS. Kan dere føre det på påmeldingen?

Håkon""",
     L=dict(I=["update"], name="Håkon Berg", org="Innovasjonsselskapet Nordvest AS", orgc="Innovasjonsselskapet Nordvest")),

dict(id="w2-nb08", kind="auto_reply", client="plain", frm="Guro Næss <guro.naess@klynge-partner.no>",
     subj="Fraværende: Påmelding",
     body="""Hei,

jeg er på ferie til og med 28. april og leser ikke e-post. Henvendelser kan sendes til post@klynge-partner.no.

Guro Næss""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w2-nb09", kind="question_in_request", client="outlook", ev=2, frm="Kjetil Moe <kjetil.moe@ovmk-haugesund.no>",
     subj="Ledige plasser?",
     body="""Hei,

er det fortsatt ledige plasser på forumet i Tallinn? Hvis ja, vil jeg gjerne melde meg på.

Mvh
Kjetil Moe
Forretningsutvikler
Offshore Vind og Maritim Klynge
Haugesund, Norge""",
     L=dict(I=["registration"], Iopt=["question"], name="Kjetil Moe", org="Offshore Vind og Maritim Klynge", cc="NO")),

dict(id="w2-nb10", kind="forwarded", client="outlook", fwd=1, frm="Hilde Fossum <hilde.fossum@otnp.no>",
     body="""Hei,

fikk denne fra en kollega. Jeg vil gjerne delta – meld meg på, takk.

Hilde""",
     sig="""Hilde Fossum
Rådgiver
Østlandets Teknologi- og Næringspark
Drammen""",
     L=dict(name="Hilde Fossum", org="Østlandets Teknologi- og Næringspark", cc="NO")),
dict(id="w2-nb11", kind="registration", client="outlook", frm="Hansen, Ole Martin <ole.martin.hansen@tbk-klynge.no>",
     subj="Påmelding",
     body="""Hei,

jeg melder meg på workshopen i Riga. Vi startet med eksport først i fjor, så dette kommer akkurat passe for oss.

Mvh
Ole Martin""",
     sig="""Ole Martin Hansen
Prosjektleder
Trøndersk Bioøkonomiklynge
Trondheim""",
     L=dict(name="Ole Martin Hansen", org="Trøndersk Bioøkonomiklynge", cc="NO", exp="starting")),
dict(id="w2-nb12", kind="registration", client="apple", frm="Ragnhild Sæther <ragnhild.saether@arktisk-naering.no>",
     subj="Påmelding Riga",
     body="""Hei!

Jeg kommer gjerne til workshopen i Riga. Meld meg på begge dagene, takk.

Hilsen
Ragnhild Sæther
Arktisk Næringsklynge
Tromsø, Norge""",
     L=dict(name="Ragnhild Sæther", org="Arktisk Næringsklynge", cc="NO")),

dict(id="w2-nb13", kind="idea_only", client="outlook", frm="Bjørn Aasen <bjorn.aasen@agder-energi-klynge.no>",
     subj="Innspill til workshopen",
     body="""Hei,

jeg kan dessverre ikke komme i juni, men har et innspill til programmet: det hadde vært nyttig med en økt om hvordan klynger kan dele kontorplass og kontakter i utlandet, for eksempel i Brussel.

Lykke til med arrangementet!
Bjørn""",
     sig="""Bjørn Aasen
Klyngeleder
Energiklyngen Agder
Kristiansand""",
     L=dict(I=["idea"], name="Bjørn Aasen", org="Energiklyngen Agder", cc="NO")),

dict(id="w2-nb14", kind="update", client="gmail", quote=True, frm="Linn Iversen <linn.iversen@smartgrid-klynge.no>",
     ack=dict(name="Linn Iversen", org="NTNU", country="Norge"),
     body="""Hei,

forresten jobber jeg ikke lenger på NTNU – jeg er nå hos Smartgrid-klyngen i Halden. Kan dere endre det på navneskiltet?

Linn""",
     L=dict(I=["update"], name="Linn Iversen", org="Smartgrid-klyngen", cc="NO")),
dict(id="w2-nb15", kind="on_behalf", client="outlook", frm="Eva Rønning <eva.ronning@sjomat-innlandet.no>",
     subj="Påmelding av ny medarbeider",
     body="""Hei,

selv har jeg ikke anledning, men vi vil gjerne sende vår nye rådgiver Magnus Fjeld. Han begynner 1. mai og har ikke fått e-postadresse ennå – jeg ettersender den.

Vennlig hilsen
Eva Rønning
Daglig leder
Sjømatnettverket Innlandet
Hamar""",
     L=dict(name="Eva Rønning", org="Sjømatnettverket Innlandet", cc="NO", review="on_behalf_without_address",
            parts=[(None, "Magnus Fjeld")])),

dict(id="w2-nb16", kind="thanks", client="iphone", quote=True, frm="Tor Arne Vik <tor.arne.vik@helgeland-klynge.no>",
     ack=dict(name="Tor Arne Vik", org="Helgelandsklyngen", country="Norge"),
     body="""Takk for bekreftelsen!""",
     L=dict(I=[], name="Tor Arne Vik")),
dict(id="w2-nb17", kind="registration_note", client="gmail", frm="Ingeborg Tangen <ingeborg.tangen@fjordturisme-klynge.no>",
     subj="Påmelding",
     body="""Hei,

jeg kommer gjerne, men må dra tidlig på dag to for å rekke flyet hjem.

Hilsen Ingeborg Tangen
Fjordturisme-klyngen""",
     L=dict(name="Ingeborg Tangen", org="Fjordturisme-klyngen", note=True)),

dict(id="w2-nb18", kind="cancellation", client="outlook", quote=True, frm="Per Olav Brekke <per.olav.brekke@marin-teknologi.no>",
     ack=dict(name="Per Olav Brekke", org="Marin Teknologi Nord", country="Norge"),
     body="""Hei,

jeg må dessverre melde avbud til workshopen. Beklager!

Mvh
Per Olav Brekke""",
     L=dict(I=["cancellation"], name="Per Olav Brekke")),
]

# ---------------------------------------------------------------- third writer (w3-*)
# Written by a third, independent writer (see ../README.md): other people, situations and hands
# than above. Labels written with each mail and committed before regbot or score.py ran on them.
MAILS += [
dict(id="w3-nb01", kind="registration", client="outlook", frm="Sigrid Haugland <sigrid.haugland@havbruksklyngen-midt.no>",
     subj="Påmelding workshop Riga",
     body="""Hei,

Jeg er daglig leder i Havbruksklyngen Midt og vil gjerne melde meg på workshopen i Riga 2.-3. juni.

Et spørsmål: foregår alt på engelsk, også gruppearbeidet? Noen av våre medlemmer vurderer å bli med neste gang, og for dem er det viktig å vite.

Ellers synes jeg programmet ser svært relevant ut - særlig finansieringsdelen første dag.

Med vennlig hilsen
Sigrid Haugland""",
     sig="""Sigrid Haugland
Daglig leder
Havbruksklyngen Midt
Brattørkaia 17, 7010 Trondheim
Mob. 917 42 118""",
     L=dict(I=["registration", "question"], name="Sigrid Haugland", org="Havbruksklyngen Midt", cc="NO")),

dict(id="w3-nb02", kind="registration", client="gmail", frm="Eirik Moen <eirik.moen@gmail.com>",
     subj="Påmelding",
     body="""Hei! Meld meg på, takk. Gleder meg.

- Eirik""",
     L=dict(name="Eirik Moen")),

dict(id="w3-nb03", kind="registration_note", client="iphone", frm="Aslak Tveit <aslak.tveit@smartgrid-klyngen.no>",
     subj="Workshop",
     body="""Hei, jeg melder meg på workshopen i Riga. Jeg spiser bare halal, håper det går an å ordne.

Aslak Tveit
Smartgrid-klyngen""",
     L=dict(name="Aslak Tveit", org="Smartgrid-klyngen", note=True)),

dict(id="w3-nb04", kind="on_behalf", client="outlook", frm="Kjersti Nordby <kjersti.nordby@reiselivsklyngen-innlandet.no>",
     subj="Påmelding - to deltakere",
     body="""Hei,

Jeg vil gjerne melde på meg selv og min nye kollega Sindre Aas til workshopen. Sindre begynner hos oss 1. mai og har ikke fått e-postadresse ennå, så send gjerne informasjonen til meg.

Vennlig hilsen
Kjersti Nordby""",
     sig="""Kjersti Nordby
Prosjektleder
Reiselivsklyngen Innlandet
Lillehammer""",
     L=dict(name="Kjersti Nordby", org="Reiselivsklyngen Innlandet", cc="NO", review="on_behalf_without_address",
            parts=[("kjersti.nordby@reiselivsklyngen-innlandet.no", "Kjersti Nordby"), (None, "Sindre Aas")])),

dict(id="w3-nb05", kind="update", client="outlook", quote=True, frm="Hanne Lie Bratberg <hanne.bratberg@batteriklyngen.no>",
     ack=dict(name="Hanne Lie", email="hanne.lie@batteriklyngen.no", org="Batteriklyngen", country="Norge"),
     body="""Hei,

takk for bekreftelsen! Jeg har giftet meg siden påmeldingen og heter nå Hanne Lie Bratberg. Kan dere bruke det navnet på navneskiltet? Ny e-postadresse har jeg også, som dere ser.

Hilsen Hanne""",
     L=dict(I=["update"], name="Hanne Lie Bratberg", org="Batteriklyngen")),

dict(id="w3-nb06", kind="cancellation", client="android", frm="Vegard Solli <vegard.solli@prosessklyngen.no>",
     subj="Avmelding",
     body="""Beklager, men jeg må melde meg av workshopen. Sjefen sender meg til Bergen den uka i stedet.

Vegard""",
     L=dict(I=["cancellation"], name="Vegard Solli")),

dict(id="w3-nb07", kind="question", client="gmail", frm="Marte Eide <marte.eide@kreativ-naering-vest.no>",
     subj="Strømming?",
     body="""Hei,

blir workshopen strømmet eller tatt opp? Jeg har ikke reisebudsjett i år, men vil gjerne følge med hvis det går an.

Mvh
Marte Eide
Kreativ næring Vest""",
     L=dict(I=["question"], name="Marte Eide", org="Kreativ næring Vest")),

dict(id="w3-nb08", kind="forwarded", client="apple", fwd=1, frm="Tor Skaar <tor.skaar@maritim-forening.no>",
     body="""Kan dere melde meg på denne?

Mvh Tor Skaar""",
     L=dict(name="Tor Skaar")),

dict(id="w3-nb09", kind="cancellation", client="outlook", frm="Gudrun Fosse <gudrun.fosse@matklyngen-vest.no>",
     subj="SV: Invitation: Cluster internationalisation",
     body="""Hei Inga,

takk for invitasjonen. Vi rekker dessverre ikke å delta denne gangen, vi er midt i en søknadsrunde. Forhåpentligvis blir det en ny mulighet neste år!

Vennlig hilsen
Gudrun Fosse""",
     sig="""Gudrun Fosse
Klyngeleder, Matklyngen Vest""",
     L=dict(I=[], Iopt=["cancellation"], name="Gudrun Fosse", org="Matklyngen Vest")),

dict(id="w3-nb10", kind="auto_reply", client="outlook", frm="Øystein Rud <oystein.rud@energiklyngen-ost.no>",
     subj="Automatisk svar: Du er påmeldt: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Takk for e-posten din. Jeg er på kurs til og med 23. april og har begrenset tilgang til e-post. Hastesaker kan rettes til post@energiklyngen-ost.no.

Øystein Rud""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w3-nb11", kind="auto_reply", client="html_only", cs="utf-8", frm="Ragnhild Sætre <ragnhild.saetre@helseklyngen-nord.no>",
     subj="Fravær",
     html="""<html><body><p>Hei,</p><p>jeg er på ferie frem til 2. mai og leser ikke e-post. Ved spørsmål om klyngen, kontakt post@helseklyngen-nord.no.</p><p>Med hilsen<br>Ragnhild Sætre</p></body></html>
""",
     body="(html only)",
     L=dict(I=[], auto="auto_reply")),

dict(id="w3-nb12", kind="thanks", client="gmail", quote=True, frm="Lise Hovland <lise.hovland@ocean-tech-klyngen.no>",
     ack=dict(name="Lise Hovland", org="Ocean Tech-klyngen", country="Norge"),
     body="""Tusen takk! Gleder meg.

Lise""",
     L=dict(I=[], name="Lise Hovland")),

dict(id="w3-nb13", kind="registration", client="thunderbird", ev=2, frm="Knut Espeland <knut.espeland@kystklyngen-sunnfjord.no>",
     subj="Påmelding Matchmaking Forum",
     body="""Hei,

jeg vil gjerne melde meg på Matchmaking Forum i Tallinn 14. oktober. Vi jobber med hydrogendrift av ferjer og fiskefartøy her i Florø og ser etter partnere i Estland og Finland, gjerne også verft.

Vennlig hilsen
Knut Espeland""",
     sig="""Knut Espeland
Kystklyngen Sunnfjord""",
     L=dict(name="Knut Espeland", org="Kystklyngen Sunnfjord", unscored=["country"])),

dict(id="w3-nb14", kind="update", client="gmail", quote=True, frm="Ingvild Aasen <ingvild.aasen@agderinnovasjon.no>",
     ack=dict(name="Ingvild Aasen", org="", country=""),
     body="""Hei,

jeg ser at dere har registrert meg uten organisasjon. Jeg jobber i Innovasjonsklyngen Agder, i Kristiansand. Kan dere legge det til?

Takk!
Ingvild""",
     L=dict(I=["update"], name="Ingvild Aasen", org="Innovasjonsklyngen Agder", cc="NO")),

dict(id="w3-nb15", kind="registration", client="plain", frm="Ola Brenden <ola.brenden@online.no>",
     subj="riga",
     body="""hei, vil gjerne vaere med pa workshopen i riga. mvh ola brenden, hamar""",
     L=dict(name="Ola Brenden", cc="NO")),

dict(id="w3-nb16", kind="question_in_request", client="outlook", frm="Jostein Myhre <jostein.myhre@treklyngen.no>",
     subj="Kostnad?",
     body="""Hei,

koster det noe å delta? Hvis ikke, vil jeg gjerne melde meg på begge dagene.

Mvh
Jostein Myhre
Treklyngen""",
     L=dict(I=["registration"], Iopt=["question"], name="Jostein Myhre", org="Treklyngen")),

dict(id="w3-nb17", kind="registration", client="outlook", frm="\"Tangen, Birgit\" <birgit.tangen@usn-partner.no>",
     subj="Påmelding - professor Birgit Tangen",
     body="""Hei,

jeg leder et forskningsprosjekt om næringsklynger ved Universitetet i Sørøst-Norge og ønsker å delta på workshopen i Riga. Vi har fulgt norske klyngers internasjonale samarbeid i over ti år, og jeg deler gjerne funn hvis det er ønskelig.

Vennlig hilsen
Birgit Tangen""",
     sig="""Professor Birgit Tangen
Handelshøyskolen
Universitetet i Sørøst-Norge
Hasbergs vei 36, 3616 Kongsberg""",
     L=dict(name="Birgit Tangen", org="Universitetet i Sørøst-Norge", cc="NO",
            unscored=["experience"])),
]

# Fifth writer (w5-): another independent hand, weighted toward the intent decision.
MAILS += [
dict(id="w5-nb01", kind="registration", client="gmail", frm="Silje Aasheim <silje@havbruksleverandorene.no>",
     subj="Påmelding Riga",
     body="""Hei!

Jeg vil gjerne være med på workshopen i Riga 2.–3. juni. Jeg er daglig leder i et lite nettverk av leverandører til havbruksnæringen, og vi har akkurat begynt å se på om vi kan gjøre noe sammen mot Skottland og Færøyene.

Mvh
Silje""",
     sig="""Silje Aasheim
Daglig leder
Havbruksleverandørene Nordmøre
Kristiansund, Norge
Tlf. 915 27 604""",
     L=dict(name="Silje Aasheim", org="Havbruksleverandørene Nordmøre", cc="NO", exp="starting")),

dict(id="w5-nb02", kind="idea_only", client="outlook", frm="Torgeir Almås <torgeir.almas@smartenergi-agder.no>",
     subj="SV: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Hei,

Takk for invitasjonen. Jeg har dessverre styremøte 3. juni og får ikke til å reise til Riga denne gangen.

Men jeg har et innspill til gruppearbeidet, hvis dere vil ha det: Mange klynger (også vår) sliter med å finne ut hvilke internasjonale nettverk det faktisk lønner seg å være med i. Vi betaler medlemskap i fire europeiske plattformer og vet ærlig talt ikke hva vi får igjen for det. En sesjon der man sammenligner erfaringer med slike nettverk – hva ga noe, og hva ga ingenting – tror jeg mange ville hatt nytte av.

Lykke til med workshopen!

Vennlig hilsen
Torgeir Almås""",
     sig="""Torgeir Almås
Klyngeleder
Smart Energi Agder
Jon Lilletuns vei 9, 4879 Grimstad""",
     L=dict(I=["idea"], Iopt=["cancellation"], name="Torgeir Almås", org="Smart Energi Agder", cc="NO")),

dict(id="w5-nb03", kind="on_behalf", client="outlook", frm="Eirik Brattland <eirik.brattland@matnettverket-innlandet.no>",
     subj="Påmelding av tre personer",
     body="""Hei,

Vi ønsker å melde på tre personer fra Matnettverket Innlandet til workshopen i Riga:

1. Meg selv, Eirik Brattland
2. Marte Solbakken, prosjektleder – marte.solbakken@matnettverket-innlandet.no
3. Ahmed Nour, som er hos oss i praksis fram til sommeren. Han har ikke fått egen e-postadresse hos oss ennå, så send gjerne informasjonen til meg.

Alle tre blir med begge dagene.

Hilsen Eirik""",
     sig="""Eirik Brattland
Daglig leder
Matnettverket Innlandet
Hamar""",
     L=dict(name="Eirik Brattland", org="Matnettverket Innlandet", cc="NO", review="on_behalf_without_address",
            parts=[("eirik.brattland@matnettverket-innlandet.no", "Eirik Brattland"),
                   ("marte.solbakken@matnettverket-innlandet.no", "Marte Solbakken"), (None, "Ahmed Nour")])),

dict(id="w5-nb04", kind="update", client="apple", quote=True, frm="Kristoffer Bjørgum <kristoffer@grensehandel-nettverk.no>",
     ack=dict(name="Kristoffer Bjørgum", org="Smart Grensehandel Nettverk", country="Sverige"),
     body="""Hei igjen,

Takk for bekreftelsen. En liten rettelse: Dere har ført opp Sverige som land, men vi holder til i Halden, altså på norsk side av grensa. (Forståelig feil – halve styret vårt er svensk.)

Hilsen
Kristoffer""",
     L=dict(I=["update"], name="Kristoffer Bjørgum", org="Smart Grensehandel Nettverk", cc="NO")),

dict(id="w5-nb05", kind="question", client="gmail", frm="Ingvild Hoff <ingvild.hoff@havnaering-helgeland.no>",
     subj="Workshop i Riga – sen påmelding?",
     body="""Hei,

Vi er veldig interessert i workshopen. Om jeg kan komme, avhenger av om reisen kan dekkes av Interreg-prosjektet vårt, og det får jeg ikke svar på før i midten av mai. Er det mulig å melde seg på så sent, eller er plassene fylt opp før den tid?

Mvh
Ingvild Hoff
Rådgiver internasjonalisering
Helgeland Havnæringsklynge""",
     L=dict(I=["question"], Iopt=["registration"], name="Ingvild Hoff", org="Helgeland Havnæringsklynge")),

dict(id="w5-nb06", kind="cancellation", client="outlook", quote=True, frm="Bjørnar Skjelbred <bjornar.skjelbred@arktisk-bio.no>",
     ack=dict(name="Bjørnar Skjelbred", org="Polar Bioøkonomiklynge", country="Norge"),
     body="""Hei,

Beklager, men jeg må dessverre melde meg av likevel. Jeg fikk i dag beskjed om at jeg må være i Tromsø hele den uka i forbindelse med en revisjon.

Håper på en ny anledning!

Hilsen Bjørnar""",
     L=dict(I=["cancellation"], name="Bjørnar Skjelbred", org="Polar Bioøkonomiklynge")),

dict(id="w5-nb07", kind="registration_idea", client="thunderbird", frm="Herdis Vatne <herdis.vatne@moreblue.no>",
     subj="Eksempel til nyhetsbrevet + Riga",
     body="""Hei,

I invitasjonen etterlyste dere eksempler på klynger som har fått til felles eksportsatsinger. Her er vårt, hvis dere kan bruke det:

Vi startet i 2023 med fire bedrifter som lager utstyr til fiskefartøy. Hver for seg var de for små til å stille på messer i Nord-Amerika, så klyngen leide én felles stand i Boston og delte kostnadene etter omsetning. Første år kom det to konkrete kontrakter ut av det, andre år fem. Det viktigste vi lærte var at én person må ha ansvar for oppfølging etter messa – ellers skjer det ingenting.

Jeg kommer for øvrig til Riga, så meld meg gjerne på, da kan jeg fortelle mer om dette der.

Hilsen
Herdis""",
     sig="""Herdis Vatne
Prosjektleder
Blue Maritime Møre
Ålesund""",
     L=dict(Iopt=["idea"], name="Herdis Vatne", org="Blue Maritime Møre", cc="NO", exp="experienced")),

dict(id="w5-nb08", kind="auto_reply", client="plain", cs="iso-8859-1", frm="Oddvar Brekken <oddvar.brekken@trebyggeklyngen-midt.no>",
     subj="Ferie / Holiday",
     body="""Jeg har ferie til og med 21. april og leser ikke e-post. I hastesaker kan du ringe sentralbordet på 72 40 11 00.

I am on holiday until 21 April and do not read e-mail.

Oddvar Brekken""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w5-nb09", kind="thanks", client="iphone", quote=True, frm="Vegard Nyhus <vegard.nyhus@gmail.com>",
     ack=dict(name="Vegard Nyhus"),
     body="""Takk! Alt ser riktig ut. Gleder meg.""",
     L=dict(I=[], name="Vegard Nyhus")),

dict(id="w5-nb10", kind="registration_note", client="android", ev=2, frm="Guro Eliassen <guro@lofoten-tang.no>",
     subj="Forumet i Tallinn",
     body="""Hei, jeg vil gjerne melde meg på forumet i Tallinn 14. oktober. Jeg representerer Lofoten Tang AS – vi dyrker sukkertare og ser etter kjøpere og partnere til videreforedling i Baltikum. NB: jeg har nøtteallergi, så det hadde vært fint om kjøkkenet får beskjed.
Hilsen Guro Eliassen""",
     L=dict(name="Guro Eliassen", org="Lofoten Tang AS", orgc="Lofoten Tang", note=True)),
]

# Seventh writer (w7-): another independent hand, weighted toward the intent decision.
MAILS += [
dict(id="w7-nb01", kind="registration", client="iphone", frm="Øystein Bråthen <oystein@helgeland-havbruk.no>",
     subj="Riga",
     body="""Hei! Meld meg paa workshopen i Riga 2-3 juni er du snill. Jeg er daglig leder i Helgeland Havbruksklynge, vi holder til i Mosjoen.

Mvh Oystein""",
     L=dict(name="Øystein Bråthen", org="Helgeland Havbruksklynge", cc="NO", unscored=["country"])),

dict(id="w7-nb02", kind="on_behalf", client="outlook", frm="Hanne Vestbø <hanne.vestbo@sunnhordland-maritim.no>",
     subj="Påmelding – to fra Sunnhordland Maritime Næringsklynge",
     body="""Hei,

vi blir to fra oss i Riga: meg selv og min kollega Sigve Mæland (sigve.maeland@sunnhordland-maritim.no), som har ansvar for eksportprosjektet vårt. Vi har begge vært med på klyngens utenlandsarbeid i flere år, så vi kan gjerne bidra i gruppene.

Vennlig hilsen
Hanne""",
     sig="""Hanne Vestbø
Klyngeleder
Sunnhordland Maritime Næringsklynge
Leirvik, 5412 Stord
Norge""",
     L=dict(name="Hanne Vestbø", org="Sunnhordland Maritime Næringsklynge", cc="NO", exp="experienced",
            parts=[("hanne.vestbo@sunnhordland-maritim.no", "Hanne Vestbø"), ("sigve.maeland@sunnhordland-maritim.no", "Sigve Mæland")])),

dict(id="w7-nb03", kind="question", client="gmail", quote=True, frm="Torunn Alvestad <torunn.alvestad@gmail.com>",
     ack=dict(name="Torunn Alvestad", org="Rogaland Energiklynge", country="Norge"),
     body="""Hei igjen,

takk for bekreftelsen. Et lite spørsmål: blir det en felles middag om kvelden den 2. juni, og må man i så fall melde seg på den separat? Jeg må bestille flyet hjem, så det hadde vært fint å vite.

Hilsen Torunn""",
     L=dict(I=["question"], name="Torunn Alvestad", org="Rogaland Energiklynge")),

dict(id="w7-nb04", kind="cancellation", client="outlook", frm="Per Arne Kvalvik <per.arne.kvalvik@romsdal-industri.no>",
     subj="SV: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Hei,

takk for invitasjonen. Vi må nok stå over denne gangen – vi har akkurat fått ny daglig leder, og hun vil bruke våren på å bli kjent med medlemmene her hjemme før vi reiser ut.

Lykke til med arrangementet!

Med vennlig hilsen
Per Arne Kvalvik
Romsdal Industriforum
Molde""",
     L=dict(I=[], Iopt=["cancellation"], name="Per Arne Kvalvik", org="Romsdal Industriforum", cc="NO")),

dict(id="w7-nb05", kind="update", client="android", quote=True, frm="Marius Holtet <marius.holtet@smartbygg-innlandet.no>",
     ack=dict(name="Marius Holtet", org="Smartbygg Innlandet", country="Norge"),
     body="""Hei

Det har dukket opp et styremøte torsdag morgen, så jeg må reise hjem allerede kvelden den 2. Kan dere endre påmeldingen min til bare første dag? Beklager bryet.

Marius""",
     L=dict(I=["update"], Iopt=["cancellation"], name="Marius Holtet", org="Smartbygg Innlandet", note=True)),

dict(id="w7-nb06", kind="idea_only", client="thunderbird", cs="iso-8859-1", cte="8bit", frm="Dr. Solveig Hovdenak <solveig.hovdenak@nord.uni.test>",
     subj="Forslag til workshopen – eksportnettverk i små klynger",
     body="""Hei,

Jeg har dessverre undervisning begge dagene og kommer ikke til Riga, men jeg ville likevel sende et forslag til gruppearbeidet: Vi har nettopp avsluttet en studie av tolv norske klynger som har delt en eksportrådgiver mellom seg. Resultatene er ganske tankevekkende (ikke bare positive!). Hvis dere er interessert, kan jeg lage en kort video på ti minutter som kan vises i en av gruppene.

Vennlig hilsen
Solveig Hovdenak""",
     sig="""Solveig Hovdenak, dr.philos.
Førsteamanuensis
Handelshøgskolen, Nord universitet
Bodø""",
     L=dict(I=["idea"], Iopt=["cancellation"], name="Solveig Hovdenak", org="Nord universitet", orgc="Nord universitet", cc="NO")),

dict(id="w7-nb07", kind="thanks", client="apple", quote=True, frm="Eirik Sandnes <eirik.sandnes@agderteknologi.no>",
     ack=dict(name="Eirik Sandnes", org="Agder Teknologiklynge", country="Norge"),
     body="""Mottatt, takk. Vi ses i Riga.

Eirik""",
     L=dict(I=[], name="Eirik Sandnes", org="Agder Teknologiklynge")),

dict(id="w7-nb08", kind="auto_reply", client="outlook", frm="Linn Therese Myrvold <linn.therese.myrvold@vestlandsreiseliv.no>",
     subj="Automatisk svar: Påmelding",
     body="""Hei,

jeg er på messe i Berlin til og med 21. april og har begrenset tilgang til e-post. Henvendelser som haster kan rettes til post@vestlandsreiseliv.no.

Mvh
Linn Therese Myrvold""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w7-nb09", kind="registration", client="gmail", ev=2, frm="Kristoffer Lie <kristoffer@tarefabrikken.no>",
     subj="Påmelding Blue Economy forum",
     body="""Hei!

Jeg vil gjerne melde meg på forumet i Tallinn 14. oktober. Vi er et lite selskap i Florø som lager fôringredienser av tang og tare, og vi ser etter partnere på processing-siden, gjerne i Estland eller Finland. Topics: seaweed biorefining, feed additives, offtake agreements.

Beste hilsen
Kristoffer Lie
Tarefabrikken AS""",
     L=dict(name="Kristoffer Lie", org="Tarefabrikken AS", orgc="Tarefabrikken", cc="NO", unscored=["country"])),

dict(id="w7-nb10", kind="update", client="gmail", quote=True, frm="K. Ulvestad <k.ulvestad@telemark-prosessklynge.no>",
     ack=dict(name="Kirsti Ulvestad", org="Telemark Prosessklynge", country="Norge"),
     body="""Hei,

takk! Men navnet mitt er Kjersti, ikke Kirsti – jeg skrev det nok feil selv i farten. Kan dere rette det før navneskiltene trykkes?

Kjersti""",
     L=dict(I=["update"], name="Kjersti Ulvestad", org="Telemark Prosessklynge")),
]

# The ninth writer's mails (source ids w9-nb…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w9-nb01", kind="registration", client="outlook", frm="Torgeir Jakobsen <torgeir.jakobsen@sjomatklynge-bodo.no>",
     subj="Påmelding workshop i Riga",
     body="""Hei,

Jeg vil gjerne melde meg på workshopen i Riga 2.–3. juni.

Dere ba om idéer til gruppearbeidet – jeg har ingen ferdige forslag ennå, men kommer gjerne med innspill på stedet. Vi har solgt tørrfisk og klippfisk til Italia og Portugal i generasjoner, så eksport er ikke nytt for medlemmene våre; det nye er å gjøre det som klynge.

Vennlig hilsen
Torgeir Jakobsen""",
     sig="""Torgeir Jakobsen
Daglig leder
Sjømatklyngen Salten
Bodø""",
     L=dict(name="Torgeir Jakobsen", org="Sjømatklyngen Salten", cc="NO", exp="experienced")),

dict(id="w9-nb02", kind="registration", client="iphone", ev=2, frm="Marit Sæterdal <marit@havbruksteknikk-as.no>",
     subj="Forum Tallinn",
     body="""Hei! Meld meg på forumet i Tallinn 14. oktober. Marit Sæterdal, Havbruksteknikk AS, Kristiansund. Tema: fôrflåter, fjernstyrt drift, service på merder i værharde områder.

Marit""",
     L=dict(name="Marit Sæterdal", org="Havbruksteknikk AS", orgc="Havbruksteknikk", cc="NO")),  # judgement call: country from Kristiansund (~24 000) alone

dict(id="w9-nb03", kind="question", client="gmail", frm="Sigrun Vassbotn <sigrun.vassbotn@energiklynge-sorlandet.no>",
     subj="Reisestøtte for deltakere fra Norge?",
     body="""Hei,

Jeg lurer på om dere dekker reise og hotell for deltakerne i Riga, og i så fall om det også gjelder oss som kommer fra Norge, altså utenfor EU. Vi har fått ulike svar på dette ved tidligere Interreg-arrangementer, så jeg vil gjerne vite det før jeg melder meg på.

Mvh
Sigrun Vassbotn""",
     sig="""Sigrun Vassbotn
Rådgiver internasjonalisering
Sørlandets Energiklynge
Kristiansand""",
     L=dict(I=["question"], name="Sigrun Vassbotn", org="Sørlandets Energiklynge", cc="NO")),

dict(id="w9-nb04", kind="on_behalf", client="outlook", frm="Line Skogstad <line.skogstad@prosessindustri-grenland.no>",
     subj="Påmelding for vår direktør",
     body="""Hei,

På vegne av vår direktør, Håkon Bratteli, vil jeg melde ham på workshopen i Riga 2.–3. juni. Bekreftelse og videre informasjon kan sendes direkte til ham på hakon.bratteli@prosessindustri-grenland.no.

Håkon spiser ikke fisk eller skalldyr, om det er mulig å ta hensyn til det ved lunsj og middag.

Med vennlig hilsen
Line Skogstad""",
     sig="""Line Skogstad
Konsulent / direktørens kontor
Prosessindustriklyngen Grenland
Porsgrunn""",
     L=dict(name="Line Skogstad", org="Prosessindustriklyngen Grenland", cc="NO", note=True,  # judgement call: country from Porsgrunn (a town of ~37 000) alone
            parts=[("hakon.bratteli@prosessindustri-grenland.no", "Håkon Bratteli")])),

dict(id="w9-nb05", kind="cancellation", client="thunderbird", frm="Einar Fløtten <einar.flotten@kystnaering-helgeland.no>",
     subj="Sv: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Takk for invitasjonen.

Dette passer nok ikke for oss denne gangen – vi er et rent regionalt nettverk, og medlemmene våre har foreløpig lite å hente utenlands. Lykke til med arrangementet!

Hilsen Einar""",
     sig="""Einar Fløtten
Kystnæringsnettverket Helgeland
Sandnessjøen""",
     L=dict(I=[], Iopt=["cancellation"], name="Einar Fløtten", org="Kystnæringsnettverket Helgeland",
            unscored=["country"])),  # judgement call: Sandnessjøen is a very small town: country unscored

dict(id="w9-nb06", kind="update", client="gmail", quote=True, frm="Ragnhild Aune <ragnhild.aune@treklyngen-trondelag.no>",
     ack=dict(name="Ragnhild Aune", org="Treklyngen Trøndelag", country="Norge"),
     body="""Hei igjen,

Da jeg meldte meg på, skrev jeg visst at vi har lang erfaring med internasjonalt arbeid. Det var litt optimistisk: vi har så vidt begynt, med én messetur til Tyskland i fjor. Bare så dere vet det hvis gruppene skal deles etter erfaring.

Hilsen
Ragnhild""",
     L=dict(I=["update"], name="Ragnhild Aune", org="Treklyngen Trøndelag", exp="starting")),

dict(id="w9-nb07", kind="cancellation", client="outlook", frm="Kjetil Brenna <kjetil.brenna@batteriklyngen-mo.no>",
     subj="Avmelding av kollega",
     body="""Hei,

Jeg meldte på kollegaen min Sindre Hovland (sindre.hovland@batteriklyngen-mo.no) til workshopen i Riga i april. Sindre har dessverre sluttet hos oss, så vær så snill å stryke ham fra deltakerlisten. Vi kommer ikke til å sende noen andre denne gangen.

Vennlig hilsen
Kjetil Brenna""",
     sig="""Kjetil Brenna
Klyngeleder
Batteriklyngen Mo i Rana""",
     L=dict(I=["cancellation"], name="Kjetil Brenna", org="Batteriklyngen Mo i Rana", unscored=["country"],
            parts=[("sindre.hovland@batteriklyngen-mo.no", "Sindre Hovland")])),  # the only place is in the organisation's name (Mo i Rana): country unscored

dict(id="w9-nb08", kind="question_in_request", client="android", frm="Henrik Solbakken <henrik.solbakken@medtechnorth.no>",
     subj="Riga",
     body="""Hei, jeg har satt av 2. og 3. juni i kalenderen, men kan ikke bekrefte før vi vet om søknaden til Innovasjon Norge går gjennom, sannsynligvis i midten av mai. Jeg tar kontakt igjen da.

Henrik Solbakken
MedTech North, Tromsø""",
     L=dict(I=[], Iopt=["registration"], name="Henrik Solbakken", org="MedTech North", cc="NO")),

dict(id="w9-nb09", kind="list", client="html_only", cs="utf-8", frm="Klyngenytt <nyhetsbrev@klyngenytt-norge.no>",
     to="Klyngenytt <nyhetsbrev@klyngenytt-norge.no>",
     subj="Klyngenytt mai: utlysninger, workshop i Riga og nye medlemmer",
     hdrs={"List-Id": "Klyngenytt <klyngenytt.klyngenytt-norge.no>",
           "List-Unsubscribe": "<https://klyngenytt-norge.no/avmeld?m=20931>, <mailto:avmeld@klyngenytt-norge.no>",
           "Precedence": "bulk"},
     html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<h2>Klyngenytt – mai 2027</h2>
<h3>Utlysninger</h3>
<p>Forskningsrådet og Innovasjon Norge har åpnet nye runder for klyngeprosjekter. Frist 15. juni.</p>
<h3>Workshop i Riga</h3>
<p>«Cluster internationalisation – Why and how to do it?» samler klyngeledere fra hele Østersjøregionen i Riga 2.–3. juni. Gratis deltakelse; påmelding på e-post til register@event.test.</p>
<h3>Nye medlemmer</h3>
<p>Vi ønsker tre nye klynger velkommen i nettverket.</p>
<p style="font-size:9pt;color:#777">Du får dette nyhetsbrevet fordi du har meldt deg på Klyngenytt. <a href="https://klyngenytt-norge.no/avmeld?m=20931">Meld deg av</a>.</p>
</body></html>
""",
     L=dict(I=[], auto="bulk")),

dict(id="w9-nb10", kind="thanks", client="iphone", frm="Gunnhild Rørvik <gunnhild.rorvik@havvind-vest.no>",
     subj="Sv: Praktisk informasjon – workshop i Riga",
     body="""Notert, takk!

Gunnhild

> Kjære deltakere,
>
> Her er praktisk informasjon om workshopen i Riga 2.–3. juni:
> Sted: Hotel Daugava Conference Centre, Kugu iela 24, Riga.
> Registreringen åpner kl. 8.30 den 2. juni.
>
> Detaljert program kommer i mai.
>
> Hilsen arrangørene""",
     L=dict(I=[], name="Gunnhild Rørvik")),
]
