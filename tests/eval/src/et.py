# Estonian mails. Labels (L) written with each mail, before regbot read it. See ../README.md.

MAILS = [
dict(id="et01", kind="registration", client="outlook", frm="\"Tamm, Kadri\" <kadri.tamm@toiduklaster.ee>",
     subj="Registreerimine seminarile",
     body="""Tere!

Soovin registreeruda seminarile "Cluster internationalisation – Why and how to do it?", mis toimub 2.–3. juunil Riias.

Lugupidamisega
Kadri""",
     sig="""Kadri Tamm
Projektijuht
Eesti Toiduklaster
Riia 181A, 50411 Tartu, Eesti
Tel +372 5123 4567""",
     L=dict(name="Kadri Tamm", org="Eesti Toiduklaster", cc="EE")),

dict(id="et02", kind="registration", client="gmail", frm="Priit Saar <priit.saar@puiduklaster.ee>",
     subj="Osalemine",
     body="""Tere,

esindan Eesti Puiduklastrit ja sooviksin osaleda Riia seminaril.

Parimat,
Priit Saar""",
     L=dict(name="Priit Saar", org="Eesti Puiduklaster", orgc="Puiduklaster", orgnot=["Eesti Puiduklastrit"])),

dict(id="et03", kind="registration", client="outlook", cs="windows-1257",
     frm="Triin Kask <triin.kask@teaduspark.ee>",
     subj="Registreerumine - T. Kask",
     body="""Tere!

Töötan Tartu Teaduspargis rahvusvahelistumise konsultandina. Palun registreerige mind 2.–3. juuni seminarile.

Lugupidamisega
Triin Kask""",
     L=dict(name="Triin Kask", org="Tartu Teaduspark", orgnot=["Tartu Teaduspargis"])),

dict(id="et04", kind="registration", client="thunderbird", cs="iso-8859-15", cte="qp",
     frm="Tõnu Mägi <tonu.magi@robootika.ee>",
     subj="Soovin osaleda",
     body="""Tere,

soovin osaleda seminaril. Meie klaster on alles noor - välisturgudele hakkasime vaatama alles eelmisel aastal, seega on see teema meile väga aktuaalne.

Tervitades
Tõnu""",
     sig="""Tõnu Mägi
Juhatuse liige
Eesti Robootika- ja Automaatikaklaster
Tallinn""",
     L=dict(name="Tõnu Mägi", org="Eesti Robootika- ja Automaatikaklaster", orgc="Robootika- ja Automaatikaklaster",
            cc="EE", exp="starting")),

dict(id="et05", kind="registration", client="iphone", frm="Liis Rebane <liis.rebane@gmail.com>",
     subj="Riia seminar",
     body="""Tere, palun pange mind kirja Riia seminarile. Aitäh!
Liis""",
     L=dict(name="Liis Rebane")),

dict(id="et06", kind="registration", client="html_only", cs="utf-8", cte="b64",
     frm="Marko Lepik <marko.lepik@ict.ee>",
     subj="Registreerimine",
     html="""<html><body><p>Tere!</p>
<p>Registreerin end klastrite rahvusvahelistumise seminarile.</p>
<p>Lugupidamisega<br>
Marko Lepik<br>
Arendusjuht<br>
Eesti Info- ja Kommunikatsioonitehnoloogia Liit<br>
Lõõtsa 6, Tallinn</p>
</body></html>
""",
     L=dict(name="Marko Lepik", org="Eesti Info- ja Kommunikatsioonitehnoloogia Liit",
            orgc="Info- ja Kommunikatsioonitehnoloogia Liit", cc="EE")),

dict(id="et07", kind="registration_idea", client="gmail", frm="Kaja Kuusk <kaja.kuusk@disainiklaster.ee>",
     subj="Registreerimine ja üks idee",
     body="""Tere!

Palun registreerige mind seminarile. Mul on ka ettepanek ühe töögrupi teemaks: kuidas klastrid saaksid ühiselt palgata välisturu esindaja, kes tegutseb mitme klastri ettevõtete nimel. Meil on selle kohta Soome kolleegidega üks pilootprojekt.

Kaja Kuusk
Eesti Disainiklaster""",
     L=dict(I=["registration", "idea"], name="Kaja Kuusk", org="Eesti Disainiklaster")),

dict(id="et08", kind="idea_only", client="outlook", frm="Urmas Lill <urmas.lill@energiaklaster.ee>",
     subj="Idee seminariks",
     body="""Tere,

kahjuks ma ise osaleda ei saa, sest olen juuni alguses komandeeringus. Aga pakun välja teema: kuidas mõõta klastri rahvusvahelistumise tegevuste tegelikku mõju liikmesettevõtetele.

Edu!
Urmas Lill""",
     L=dict(I=["idea"], name="Urmas Lill")),

dict(id="et09", kind="cancellation", client="outlook", quote=True, frm="Kristjan Org <kristjan.org@logistikaklaster.ee>",
     ack=dict(name="Kristjan Org", org="Eesti Logistikaklaster", country="Eesti"),
     body="""Tere,

kahjuks ma ei saa tulla. Palun kustutage mind osalejate nimekirjast.

Kristjan""",
     L=dict(I=["cancellation"], name="Kristjan Org")),

dict(id="et10", kind="cancellation", client="android", frm="Heli Kivi <heli.kivi@hotmail.com>",
     subj="Tühistamine",
     body="""Tere, plaanid muutusid ja ma ei tule Riiga. Palun ärge mind arvestage.
Heli""",
     L=dict(I=["cancellation"], name="Heli Kivi")),

dict(id="et11", kind="update", client="gmail", quote=True, frm="Ülle Põld <ulle.pold@terviseklaster.ee>",
     ack=dict(name="Ulle Pold", org="Eesti Terviseklaster", country="Eesti"),
     body="""Tere!

Tänan kinnituse eest. Minu õige nimi on Ülle Põld (täpitähtedega), palun parandage see nimesildil.

Ülle""",
     L=dict(I=["update"], name="Ülle Põld", org="Eesti Terviseklaster", cc="EE")),

dict(id="et12", kind="update", client="apple", quote=True, frm="Andres Vaher <andres.vaher@gmail.com>",
     ack=dict(name="Andres Vaher"),
     body="""Unustasin öelda - olen Pärnu Ettevõtluse ja Innovatsiooni Keskusest.

Andres""",
     L=dict(I=["update"], name="Andres Vaher", org="Pärnu Ettevõtluse ja Innovatsiooni Keskus",
            orgc="Ettevõtluse ja Innovatsiooni Keskus", orgnot=["Pärnu Ettevõtluse ja Innovatsiooni Keskusest"])),

dict(id="et13", kind="update", client="outlook", quote=True, frm="Siim Kuusik <siim.kuusik@baltic-it.eu>",
     ack=dict(name="Siim Kuusik", org="Baltic IT Partners", country="Läti"),
     body="""Tere,

väike parandus: riik peaks olema Eesti, mitte Läti.

Siim Kuusik""",
     L=dict(I=["update"], name="Siim Kuusik", org="Baltic IT Partners", cc="EE")),

dict(id="et14", kind="question", client="gmail", frm="Katrin Luik <katrin.luik@ida-viru.ee>",
     subj="Küsimus seminari kohta",
     body="""Tere!

Enne registreerumist tahaksin küsida, kas seminar on mõeldud ainult klastrijuhtidele või võivad osaleda ka maakondlike arenduskeskuste esindajad?

Tänan!
Katrin Luik
Ida-Virumaa Arenduskeskus""",
     L=dict(I=["question"], name="Katrin Luik", org="Ida-Virumaa Arenduskeskus")),

dict(id="et15", kind="question", client="thunderbird", frm="Rein Sepp <rein.sepp@metalliklaster.ee>",
     subj="Osavõtutasu?",
     body="""Tere,

kas seminaril on osavõtutasu? Ja kas kohapeal pakutakse lõunat?

Rein""",
     L=dict(I=["question"], name="Rein Sepp")),

dict(id="et16", kind="question_in_request", client="outlook", frm="Merle Kallas <merle.kallas@fintech.ee>",
     subj="Kas veel saab registreeruda?",
     body="""Tere,

sain kutse alles täna. Kas veel on vabu kohti? Kui jah, siis palun registreerige mind.

Merle Kallas
Rahvusvaheliste suhete juht
Eesti Finantstehnoloogia Liit
Tallinn, Eesti""",
     L=dict(I=["registration"], Iopt=["question"], name="Merle Kallas", org="Eesti Finantstehnoloogia Liit", cc="EE")),

dict(id="et17", kind="on_behalf", client="outlook", frm="Jaanus Raud <jaanus.raud@mereklaster.ee>",
     subj="Osalejate registreerimine",
     body="""Tere!

Palun registreerige meie klastrist seminarile:
- Kerli Ots, kerli.ots@mereklaster.ee
- Margus Vaino, margus.vaino@mereklaster.ee

Ise ma kahjuks osaleda ei saa.

Lugupidamisega
Jaanus Raud
Eesti Mere- ja Logistikaklaster""",
     L=dict(name="Jaanus Raud", org="Eesti Mere- ja Logistikaklaster", orgc="Mere- ja Logistikaklaster",
            parts=[("kerli.ots@mereklaster.ee", "Kerli Ots"), ("margus.vaino@mereklaster.ee", "Margus Vaino")])),

dict(id="et18", kind="on_behalf", client="gmail", frm="Piret Mets <piret.mets@biotehnoloogia.ee>",
     subj="Kaks osalejat",
     body="""Tere,

palun registreerige mind ja kolleeg Karl Toom (karl.toom@biotehnoloogia.ee).

Aitäh!
Piret Mets
Eesti Biotehnoloogia Klaster""",
     L=dict(name="Piret Mets", org="Eesti Biotehnoloogia Klaster",
            parts=[("piret.mets@biotehnoloogia.ee", "Piret Mets"), ("karl.toom@biotehnoloogia.ee", "Karl Toom")])),

dict(id="et19", kind="on_behalf", client="outlook", frm="Aivo Rand <aivo.rand@tekstiil.ee>",
     subj="Registreerimine",
     body="""Tere!

Registreerun seminarile. Tulla sooviks ka minu kolleeg Evelin Sild, tema e-posti saadan hiljem.

Aivo Rand
Eesti Tekstiiliklaster""",
     L=dict(name="Aivo Rand", org="Eesti Tekstiiliklaster", review="on_behalf_without_address",
            parts=[("aivo.rand@tekstiil.ee", "Aivo Rand"), (None, "Evelin Sild")])),

dict(id="et20", kind="registration_note", client="gmail", frm="Anu Kivistik <anu.kivistik@rohetehnoloogia.ee>",
     subj="Registreerimine",
     body="""Tere!

Palun registreerige mind. Olen taimetoitlane.

Anu Kivistik
Rohetehnoloogia Klaster""",
     L=dict(name="Anu Kivistik", org="Rohetehnoloogia Klaster", note=True)),

dict(id="et21", kind="registration_note", client="iphone", frm="Toomas Hein <toomas.hein@narvatech.ee>",
     subj="Tulen",
     body="""Tere, tulen kindlasti. Esimesel päeval võin veidi hiljaks jääda, sõidan Narvast bussiga.
Toomas Hein
Ida-Viru Tööstusklaster""",
     L=dict(name="Toomas Hein", org="Ida-Viru Tööstusklaster", cc="EE", note=True)),

dict(id="et22", kind="thanks", client="gmail", quote=True, frm="Maris Lõhmus <maris.lohmus@gmail.com>",
     ack=dict(name="Maris Lõhmus"),
     body="""Suur aitäh!""",
     L=dict(I=[], name="Maris Lõhmus")),

dict(id="et23", kind="forwarded", client="gmail", fwd=1, frm="Raul Lepp <raul.lepp@ehitusklaster.ee>",
     body="""Tere,

kolleeg saatis mulle selle kutse edasi. Sooviksin osaleda.

Raul Lepp
Eesti Ehitusklaster""",
     L=dict(name="Raul Lepp", org="Eesti Ehitusklaster")),

dict(id="et24", kind="auto_reply", client="outlook", frm="Kaire Sild <kaire.sild@innovatsioon.ee>",
     subj="Automaatne vastus: Olete registreeritud: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Tere!

Olen puhkusel kuni 9. maini. Kiireloomulistes küsimustes palun pöörduge info@innovatsioon.ee.

Kaire Sild""",
     L=dict(I=[], auto="auto_reply")),

dict(id="et25", kind="registration", client="outlook", frm="\"Dr. Jaan Ilves\" <jaan.ilves@taltech-partner.ee>",
     subj="Registreerimine seminarile",
     body="""Tere!

Registreerin end seminarile. Meie klaster on juba kümme aastat korraldanud liikmetele eksporditeekondi ja messikülastusi, nii et saan vajadusel ka oma kogemust jagada.

Lugupidamisega""",
     sig="""Dr. Jaan Ilves
Juhatuse esimees
Eesti Masinatööstuse ja Metallitöötlemise Klaster
Ehitajate tee 5, 19086 Tallinn""",
     L=dict(name="Jaan Ilves", org="Eesti Masinatööstuse ja Metallitöötlemise Klaster",
            orgc="Masinatööstuse ja Metallitöötlemise Klaster", cc="EE", exp="experienced")),

dict(id="et26", kind="registration", client="thunderbird", cs="windows-1257", cte="8bit",
     frm="Helen Tõnisson <helen.tonisson@turismiklaster.ee>",
     subj="Registreerun",
     body="""Tere,

palun lisage mind seminari osalejate hulka.

Helen Tõnisson
Lõuna-Eesti Turismiklaster
Võru""",
     sigdash=False,
     L=dict(name="Helen Tõnisson", org="Lõuna-Eesti Turismiklaster", cc="EE", unscored=["country"])),

dict(id="et27", kind="registration", client="gmail", ev=2, frm="Kalle Tamm <kalle.tamm@vesiviljelus.ee>",
     subj="Registreerimine foorumile",
     body="""Tere!

Soovin registreeruda 14. oktoobri sinimajanduse foorumile Tallinnas. Meid huvitavad koostööpartnerid vesiviljeluses ja kalatöötlemises.

Kalle Tamm
Eesti Vesiviljeluse Klaster
Saaremaa, Eesti""",
     L=dict(name="Kalle Tamm", org="Eesti Vesiviljeluse Klaster", cc="EE")),

dict(id="et28", kind="question", client="outlook", ev=2, frm="Ene Kuusk <ene.kuusk@sadamad.ee>",
     subj="Küsimus foorumi kohta",
     body="""Tere,

kas foorumil saab B2B kohtumisi ette broneerida? Mis kuupäevani saab registreeruda?

Ene""",
     L=dict(I=["question"], name="Ene Kuusk")),

dict(id="et29", kind="registration", client="android", ev=2, frm="Sander Kõiv <sander.koiv@offshore-ee.ee>",
     subj="Foorum",
     body="""Tere, palun lisage mind foorumi osalejate hulka. Sander Kõiv, OÜ Meretuul, Pärnu""",
     L=dict(name="Sander Kõiv", org="OÜ Meretuul", orgc="Meretuul", cc="EE")),

dict(id="et30", kind="registration", client="gmail", frm="Eveli Saar <eveli.saar@kosmeetika.ee>",
     subj="Registreerumisvorm",
     body="""Nimi: Eveli Saar
Organisatsioon: Eesti Kosmeetikaklaster
Riik: Eesti
Kogemus: alles alustame""",
     L=dict(name="Eveli Saar", org="Eesti Kosmeetikaklaster", cc="EE", exp="starting")),
]

# Second batch (appended: earlier mails keep their half).
MAILS += [
dict(id="et31", kind="registration", client="outlook", cs="windows-1257",
     frm="Tiina Pärn <tiina.parn@louna-klaster.ee>",
     subj="Osalemine seminaril 2.-3. juunil",
     body="""Tere,

soovin registreeruda klastrite rahvusvahelistumise seminarile. Meie klastris on umbes 30 väike- ja keskmise suurusega ettevõtet Lõuna-Eestist, peamiselt puidu- ja mööblitööstusest. Seni ekspordivad välisturgudele vaid mõned suuremad liikmed, teised müüvad vahendajate kaudu.

Seminarilt loodan teada saada, kuidas teised klastrid korraldavad ühiseid ärimissioone ja kuidas veenda väikeettevõtteid, et see on aega ja raha väärt. Huvitav oleks kuulda ka rahastamisvõimalustest.

Tänan ette ja kohtumiseni Riias!

Lugupidamisega
Tiina Pärn
Klastrijuht
Lõuna-Eesti Mööbliklaster
Tartu, Eesti
Tel +372 5555 0000""",
     L=dict(name="Tiina Pärn", org="Lõuna-Eesti Mööbliklaster", cc="EE")),

dict(id="et32", kind="on_behalf", client="gmail", quote=True, frm="Margus Kuusk <margus.kuusk@ikt-klaster.ee>",
     ack=dict(name="Margus Kuusk", org="Eesti IKT Klaster", country="Eesti"),
     body="""Tere,

kahjuks ma ise tulla ei saa - minu asemel tuleb kolleeg Kristiina Laan (kristiina.laan@ikt-klaster.ee). Palun registreerige osalemine tema nimele ümber.

Aitäh ja vabandust tülituse pärast!
Margus""",
     L=dict(I=["registration", "cancellation"], name="Margus Kuusk", org="Eesti IKT Klaster", cc="EE",
            parts=[("margus.kuusk@ikt-klaster.ee", "Margus Kuusk"), ("kristiina.laan@ikt-klaster.ee", "Kristiina Laan")])),

dict(id="et33", kind="registration_note", client="iphone", frm="Indrek Saar <indrek.saar@gmail.com>",
     subj="Ainult teine päev",
     body="""Tere, kas saab osaleda ainult teisel päeval (3. juunil)? Esimesel päeval on mul muu üritus. Kui saab, palun registreerige mind.
Indrek Saar, Viljandi Loomeklaster""",
     L=dict(I=["registration"], Iopt=["question"], name="Indrek Saar", org="Viljandi Loomeklaster", note=True)),

dict(id="et34", kind="auto_reply", client="plain", cs="iso-8859-15", cte="qp", frm="Kersti Mänd <kersti.mand@ettevotlus-partner.ee>",
     subj="Kontorist eemal: Olete registreeritud",
     body="""Tere!

Olen 26. aprillini lähetuses ja loen e-kirju harva. Kiiretel juhtudel helistage palun numbril 600 0000.

Kersti Mänd""",
     L=dict(I=[], auto="auto_reply")),

dict(id="et35", kind="registration", client="thunderbird", cs="utf-8",
     frm="Rasmus Sepp <rasmus.sepp@metalliliit.ee>",
     subj="registreerimine",
     body="""Tere,

seekord tulen ise - vastutan Eesti Metallitööstuse Liidus ekspordiprojektide eest. Palun registreerige.

Rasmus""",
     sig="""Rasmus Sepp
Ekspordiprojektide juht
Eesti Metallitööstuse Liit
Pärnu""",
     L=dict(name="Rasmus Sepp", org="Eesti Metallitööstuse Liit", cc="EE", orgnot=["Eesti Metallitööstuse Liidus"])),
]

MAILS += [
dict(id="et36", kind="forwarded", client="gmail", ev=2, fwd=2, fwd_to="info@vesiviljelus-klaster.ee",
     frm="Heiki Lõhmus <heiki.lohmus@merekala.ee>",
     body="""Tere,

see kutse jõudis minuni kolleegi kaudu. Sooviksin foorumil osaleda - meid huvitavad eelkõige kohtumised Soome ja Rootsi kalatöötlejatega.

Heiki Lõhmus
juhatuse liige
Merekala OÜ
Kuressaare""",
     L=dict(name="Heiki Lõhmus", org="Merekala OÜ", orgc="Merekala", cc="EE")),
]

# Third batch: informal/typos, the second event, registration with a side question.
MAILS += [
dict(id="et37", kind="registration", client="android", frm="Kaarel Tõnisson <kaarel.tonisson@tarkvaraklaster.ee>",
     subj="seminar",
     body="""Tsau, tahaks tulla riia seminarile 2-3 juuni. Kaarel Tonisson, Eesti Tarkvaraklaster. Aitah""",
     L=dict(name="Kaarel Tõnisson", org="Eesti Tarkvaraklaster", orgc="Tarkvaraklaster")),

dict(id="et38", kind="registration", client="outlook", cs="windows-1257", ev=2, frm="Riina Kallas <riina.kallas@sadamaklaster.ee>",
     subj="Registreerumine sinimajanduse foorumile",
     body="""Tere!

Palun registreerige mind 14. oktoobri foorumile Tallinnas. B2B kohtumisi sooviksin:
- sadamate elektrifitseerimise lahenduste pakkujatega;
- Soome ja Rootsi mereuuringute instituutidega.

Lugupidamisega
Riina Kallas
Eesti Sadamaklaster
Paldiski, Eesti""",
     L=dict(name="Riina Kallas", org="Eesti Sadamaklaster", cc="EE")),

dict(id="et39", kind="registration", client="gmail", frm="Jaak Vaher <jaak.vaher@agroklaster.ee>",
     subj="Registreerimine ja küsimus",
     body="""Tere!

Palun registreerige mind seminarile. Veel küsimus - kas toimumiskohas saab autot parkida? Tulen Tartust autoga.

Jaak Vaher
Eesti Agrotehnoloogia Klaster""",
     L=dict(I=["registration", "question"], name="Jaak Vaher", org="Eesti Agrotehnoloogia Klaster", cc="EE")),
]

# ---------------------------------------------------------------- second writer (w2-*)
# Written by a second writer (see ../README.md), other people, situations and phrasings than above.
# Labels written with each mail, before regbot was run on any of them.
MAILS += [
dict(id="w2-et01", kind="registration", client="outlook", frm="Kadri Põld <kadri.pold@lounatoit.ee>",
     subj="Registreerumine Riia seminarile",
     body="""Tere!

Soovin osaleda seminaril Riias 2.–3. juunil. Esindan Lõuna-Eesti Toidu ja Joogi Klastrit. Oleme välisturgudel koos liikmetega tegutsenud juba üle kümne aasta, nii et saan ka grupitöös oma kogemusi jagada.

Parimate soovidega
Kadri""",
     sig="""Kadri Põld
juhatuse liige
Lõuna-Eesti Toidu ja Joogi Klaster MTÜ
Riia 181A, 50411 Tartu
+372 5550 1234""",
     L=dict(name="Kadri Põld", org="Lõuna-Eesti Toidu ja Joogi Klaster MTÜ", orgc="Lõuna-Eesti Toidu ja Joogi Klaster",
            orgnot=["Lõuna-Eesti Toidu ja Joogi Klastrit"], cc="EE", exp="experienced")),

dict(id="w2-et02", kind="registration", client="iphone", frm="Jelena Smirnova <jelena.smirnova@narva-ek.ee>",
     subj="Riia",
     body="""Tere, palun pange mind kirja. Tulen mõlemal päeval.

Jelena Smirnova
Narva Ettevõtluskeskus""",
     L=dict(name="Jelena Smirnova", org="Narva Ettevõtluskeskus")),

dict(id="w2-et03", kind="question", client="gmail", frm="Rein Kuusik <rein.kuusik@gmail.com>",
     subj="küsimus seminari kohta",
     body="""Tere,

enne registreerumist tahaksin teada, kas seminar toimub inglise keeles ja kas osalemine on tasuta? Ja kas õhtusöök esimesel päeval on ka hinna sees?

Tänan!
Rein""",
     L=dict(I=["question"], name="Rein Kuusik")),

dict(id="w2-et04", kind="on_behalf", client="outlook", frm="Kersti Lõhmus <kersti.lohmus@bsrobotics.ee>",
     subj="Osaleja Baltic Sea Robotics OÜ-st",
     body="""Tere,

ma ise kahjuks tulla ei saa, aga meie ettevõttest osaleb seminaril juhatuse liige Margus Lepp. Tema e-posti aadressi saadan homme, praegu on ta lennukis.

Lugupidamisega
Kersti""",
     sig="""Kersti Lõhmus
Assistent
Baltic Sea Robotics OÜ
Tallinn""",
     L=dict(name="Kersti Lõhmus", org="Baltic Sea Robotics OÜ", orgc="Baltic Sea Robotics", cc="EE",
            review="on_behalf_without_address", parts=[(None, "Margus Lepp")])),

dict(id="w2-et05", kind="cancellation", client="android", frm="Marko Kivi <marko.kivi@mail.ee>",
     subj="",
     body="""tere, kahjuks ma ei saa tulla, palun kustutage mind nimekirjast. aitah!
marko""",
     L=dict(I=["cancellation"], name="Marko Kivi")),

dict(id="w2-et06", kind="update", client="outlook", quote=True, frm="Tiiu-Liis Raudsepp <tiiu-liis.raudsepp@meremajandus.ee>",
     ack=dict(name="Tiiu Raudsepp", org="Eesti Merenduse Klaster", country="Eesti"),
     body="""Tere,

aitäh kinnituse eest! Väike parandus nimesildi jaoks: õige nimi on Tiiu-Liis Raudsepp, mitte Tiiu Raudsepp.

Tiiu-Liis""",
     L=dict(I=["update"], name="Tiiu-Liis Raudsepp", org="Eesti Merenduse Klaster")),

dict(id="w2-et07", kind="registration_idea", client="gmail", ev=2, frm="Andres Saar <andres.saar@saarekala.ee>",
     subj="Foorum 14.10",
     body="""Tere!

Registreerin end foorumile Tallinnas. Üks ettepanek ka: võiks teha eraldi kohtumiste vooru vesiviljeluse idufirmadele ja investoritele, praegu jäävad väikesed tegijad suurte kõrval tihti tähelepanuta.

Andres""",
     sig="""Andres Saar
Saaremaa Kalakasvatajate Ühing
Tallinna 12, Kuressaare, Eesti""",
     L=dict(I=["registration", "idea"], name="Andres Saar", org="Saaremaa Kalakasvatajate Ühing", cc="EE")),

dict(id="w2-et08", kind="auto_reply", client="outlook", frm="Piret Org <piret.org@tehnopol-partner.ee>",
     subj="Automaatvastus: Registreerimine",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Tere!

Olen puhkusel kuni 2. maini ja e-kirjadele ei vasta. Kiireloomulistes küsimustes palun pöörduge kolleeg Mart Tamme poole (mart.tamm@tehnopol-partner.ee).

Piret Org""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w2-et09", kind="question_in_request", client="outlook", frm="Urmas Pärn <urmas.parn@taltech-partner.ee>",
     subj="Kas veel saab registreeruda?",
     body="""Tere,

kas registreerumine on veel avatud? Kui jah, siis palun registreerige mind mõlemaks päevaks.

Urmas Pärn
projektijuht
Tööstusliku Innovatsiooni Kompetentsikeskus
Ehitajate tee 5, 19086 Tallinn""",
     L=dict(I=["registration"], Iopt=["question"], name="Urmas Pärn", org="Tööstusliku Innovatsiooni Kompetentsikeskus", cc="EE")),

dict(id="w2-et10", kind="forwarded", client="outlook", fwd=1, frm="Hannes Org <hannes.org@polevkiviklaster.ee>",
     body="""Tere,

sain selle kutse kolleegilt. Meil oleks huvi, aga kas oleks võimalik osaleda ainult teisel päeval, kui on grupitööd?

Hannes""",
     sig="""Hannes Org
Juhatuse esimees
Põlevkivi ja Keemia Klaster MTÜ
Jõhvi""",
     L=dict(I=["question"], name="Hannes Org", org="Põlevkivi ja Keemia Klaster MTÜ", orgc="Põlevkivi ja Keemia Klaster",
            unscored=["country"])),

dict(id="w2-et11", kind="thanks", client="iphone", quote=True, frm="Liina Vaher <liina.vaher@puiduliit-partner.ee>",
     ack=dict(name="Liina Vaher", org="Eesti Puidu ja Mööbli Liit", country="Eesti"),
     body="""Suur aitäh, kohtumiseni Riias!""",
     L=dict(I=[], name="Liina Vaher")),
dict(id="w2-et12", kind="registration", client="thunderbird", frm="Siim Tamm <siim.tamm@lei-keskus.ee>",
     subj="Riia seminar",
     body="""Tere,

tulen kindlasti! Palun registreerige mind mõlemaks päevaks.

Siim""",
     sig="""Siim Tamm
tegevjuht
Lõuna-Eesti Innovatsiooni ja Arenduse Keskus
Jüri 12, Võru, Eesti""",
     L=dict(name="Siim Tamm", org="Lõuna-Eesti Innovatsiooni ja Arenduse Keskus", cc="EE")),

dict(id="w2-et13", kind="update", client="gmail", quote=True, frm="Merle Kuusk <merle.kuusk@sadama-ak.ee>",
     ack=dict(name="Merle Kuusk", org="Eesti Logistikaklaster", country="Eesti"),
     body="""Tere,

vabandust, unustasin registreerudes mainida – tegelikult töötan nüüd Tallinna Sadama Arenduskeskuses. Kas saaksite selle nimesildil parandada?

Merle""",
     L=dict(I=["update"], name="Merle Kuusk", org="Tallinna Sadama Arenduskeskus",
            orgnot=["Tallinna Sadama Arenduskeskuses"])),

dict(id="w2-et14", kind="list", client="outlook", frm="Klastrite Uudiskiri <uudiskiri@klastrid-ee.ee>",
     to="register@event.test",
     subj="Klastrite uudiskiri, aprill 2027",
     hdrs={"List-Id": "Klastrite uudiskiri <uudiskiri.klastrid-ee.ee>",
           "List-Unsubscribe": "<https://klastrid-ee.ee/loobu?id=5c2e>",
           "Precedence": "bulk"},
     body="""Klastrite uudiskiri - aprill 2027

- Rahvusvahelistumise seminar Riias 2.-3. juunil: registreerumiseks vasta kutsele
- Uus toetusvoor klastrite koostööprojektidele
- Tutvustame uusi liikmeid

Saate seda uudiskirja, kuna olete tellinud selle lehel klastrid-ee.ee. Loobumiseks klõpsake: https://klastrid-ee.ee/loobu""",
     L=dict(I=[], auto="bulk")),
dict(id="w2-et15", kind="idea_only", client="outlook", frm="Kristel Mägi <kristel.magi@ut-majandus.ee>",
     subj="Ettepanek seminari teiseks päevaks",
     body="""Tere,

kahjuks ei saa ma juunis Riiga tulla, aga üks ettepanek grupitööks: võiks arutada, kuidas klastrid saaksid oma liikmete ekspordiandmeid ühtemoodi koguda, et tulemusi oleks võimalik omavahel võrrelda.

Edu seminariks!
Kristel""",
     sig="""Dr. Kristel Mägi
teadur
Tartu Ülikooli majandusteaduskond""",
     L=dict(I=["idea"], name="Kristel Mägi", org="Tartu Ülikool")),

dict(id="w2-et16", kind="registration_note", client="gmail", frm="Peeter Lill <peeter.lill@harju-arendus.ee>",
     subj="registreerumine",
     body="""Tere!

Registreerin end seminarile, aga esimesel päeval jõuan kohale alles lõunaks, sest hommikul on mul Tallinnas üks koosolek, mida ei saa edasi lükata.

Peeter Lill
Harjumaa Ettevõtlus- ja Arenduskeskus""",
     L=dict(name="Peeter Lill", org="Harjumaa Ettevõtlus- ja Arenduskeskus", unscored=["country"], note=True)),
dict(id="w2-et17", kind="registration", client="gmail", frm="Toomas Kask <toomas.kask@ivtp-sa.ee>",
     subj="Osalemine Riias",
     body="""Tere!

Olen Ida-Virumaa Tööstusparkide Sihtasutusest ja sooviksin seminaril osaleda. Rahvusvahelise koostööga oleme alles alustamas, nii et teema on meile väga vajalik.

Toomas Kask""",
     L=dict(name="Toomas Kask", org="Ida-Virumaa Tööstusparkide Sihtasutus",
            orgnot=["Ida-Virumaa Tööstusparkide Sihtasutusest"], exp="starting")),

dict(id="w2-et18", kind="cancellation", client="outlook", quote=True, frm="Anneli Sepp <anneli.sepp@biomajandus-ee.ee>",
     ack=dict(name="Anneli Sepp", org="Eesti Biomajanduse Klaster", country="Eesti"),
     body="""Tere,

kahjuks ei saa ma seminaril osaleda, palun eemaldage mind osalejate nimekirjast.

Lugupidamisega
Anneli Sepp""",
     L=dict(I=["cancellation"], name="Anneli Sepp")),
]

# ---------------------------------------------------------------- fourth writer (w4-*)
# Written by a fourth writer (see ../README.md): other people, situations and phrasings than above,
# not translations of earlier mails. Labels written with each mail, before regbot or score.py was
# run on any of them.
MAILS += [
dict(id="w4-et01", kind="registration_note", client="outlook", frm="Margit Veske <margit.veske@tbk-klaster.ee>",
     subj="Registreerumine seminarile Riias",
     body="""Tere!

Soovin registreeruda 2.–3. juunil Riias toimuvale klastrite rahvusvahelistumise seminarile. Esindan Tartu Biotehnoloogia Klastrit; oleme rahvusvahelise tegevusega alles alustamas, nii et teema on meile väga aktuaalne.

Paar praktilist asja: mul on tsöliaakia, seega palun arvestage toitlustuses gluteenivaba toiduga. Kas toimumiskoha juures on võimalik autot parkida?

Programm tundub huvitav – eriti meeldib, et teine päev on töötubadele.

Lugupidamisega
Margit Veske""",
     sig="""Projektijuht
Tartu Biotehnoloogia Klaster
Riia 181A, 50411 Tartu
Tel +372 5551 2398""",
     L=dict(I=["registration", "question"], name="Margit Veske", org="Tartu Biotehnoloogia Klaster",
            orgnot=["Tartu Biotehnoloogia Klastrit"], cc="EE", exp="starting", note=True)),

dict(id="w4-et02", kind="registration", client="gmail", frm="Sten Allik <sten.allik@gmail.com>",
     subj="Riia seminar",
     body="""Tere!

Pange mind kirja, olen kohal mõlemal päeval. Rahvusvahelistumisega tegeleme juba kaheksa aastat, nii et saan vajadusel ka oma kogemusi jagada.

Sten""",
     sig="""Sten Allik
Juhatuse liige
Eesti Puitmajaklaster
www.puitmajaklaster-test.ee""",
     L=dict(name="Sten Allik", org="Eesti Puitmajaklaster", exp="experienced")),

dict(id="w4-et03", kind="on_behalf", client="outlook", frm="Reet Kangur <reet.kangur@loodusturism.ee>",
     subj="Registreerimine: 3 inimest",
     body="""Tere,

palun registreerige seminarile mind ja minu kolleegid Kairi Pihlak (kairi.pihlak@loodusturism.ee) ning Ott Mõttus (ott.mottus@loodusturism.ee). Tuleme kõik kolm mõlemaks päevaks.

Tänan!
Reet""",
     sig="""Reet Kangur
Tegevjuht
Lõuna-Eesti Loodusturismi Klaster
Võru, Eesti""",
     L=dict(name="Reet Kangur", org="Lõuna-Eesti Loodusturismi Klaster", cc="EE",
            parts=[("reet.kangur@loodusturism.ee", "Reet Kangur"), ("kairi.pihlak@loodusturism.ee", "Kairi Pihlak"),
                   ("ott.mottus@loodusturism.ee", "Ott Mõttus")])),

dict(id="w4-et04", kind="on_behalf", client="thunderbird", quote=True, frm="Tarmo Kivilo <tarmo.kivilo@mereklaster.ee>",
     ack=dict(name="Tarmo Kivilo", org="Eesti Mereklaster", country="Eesti"),
     body="""Tere,

kahjuks ei saa ma ise tulla, sest samal ajal on meil Tallinnas laevandusmess. Minu asemel tuleb kolleeg Jaanika Sarapuu (jaanika.sarapuu@mereklaster.ee). Palun vormistage registreering tema nimele.

Tarmo""",
     L=dict(I=["registration", "cancellation"], name="Tarmo Kivilo",
            parts=[("tarmo.kivilo@mereklaster.ee", "Tarmo Kivilo"), ("jaanika.sarapuu@mereklaster.ee", "Jaanika Sarapuu")])),

dict(id="w4-et05", kind="question", client="iphone", frm="Ave Luts <ave.luts@saarevald-test.ee>",
     subj="Küsimus",
     body="""Tere! Kas seminar on tasuta ja kas sinna võivad tulla ka omavalitsuse arendusspetsialistid, kui me ise klaster ei ole?
Ave""",
     L=dict(I=["question"], name="Ave Luts")),

dict(id="w4-et06", kind="cancellation", client="outlook", frm="Lauri Kõrts <lauri.korts@ivtk-test.ee>",
     subj="Vs: Kutse: Cluster internationalisation",
     body="""Tere!

Aitäh kutse eest. Seekord kahjuks ei jõua – juuni algus on meil aasta kõige kiirem aeg. Loodetavasti järgmisel korral!

Lauri""",
     sig="""Lauri Kõrts
Ida-Virumaa Tööstusklaster
Jõhvi""",
     L=dict(I=[], Iopt=["cancellation"], name="Lauri Kõrts", org="Ida-Virumaa Tööstusklaster")),

dict(id="w4-et07", kind="update", client="gmail", quote=True, frm="Kätlin Roosaar <katlin.roosaar@pei-test.ee>",
     ack=dict(name="Kätlin Roosaar", org="Pärnu Linnavalitsus", country="Eesti"),
     body="""Tere,

organisatsiooni nimi on kinnituses vale – õige on Pärnu Ettevõtlusinkubaator. Linnavalitsus on küll meie omanik, aga nimesildile palun inkubaatori nimi.

Aitäh!
Kätlin""",
     L=dict(I=["update"], name="Kätlin Roosaar", org="Pärnu Ettevõtlusinkubaator")),

dict(id="w4-et08", kind="auto_reply", client="outlook", frm="Ivo Saarma <ivo.saarma@kiviklaster-test.ee>",
     subj="Automaatne vastus: Registreerumine",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Tere!

Olen puhkusel kuni 10. maini. Kiireloomulistes küsimustes palun pöörduge info@kiviklaster-test.ee.

I am on holiday until 10 May. For urgent matters please write to info@kiviklaster-test.ee.""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w4-et09", kind="auto_reply", client="gmail", frm="Mart Valk <mart.valk@gmail.com>",
     subj="Re: Registreerimine",
     body="""Tere! Olen puhkusel kuni 2. maini ja loen kirju harva. Vastan esimesel võimalusel pärast puhkust.

Mart""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w4-et10", kind="thanks", client="android", ev=2, quote=True, frm="Signe Kruus <signe.kruus@sinine-majandus.ee>",
     ack=dict(name="Signe Kruus", org="Sinise Majanduse Klaster", country="Eesti"),
     body="""Suur aitäh! Kohtumiseni Tallinnas.""",
     L=dict(I=[], name="Signe Kruus")),

dict(id="w4-et11", kind="registration_idea", client="outlook", ev=2, frm="Veiko Rannu <veiko.rannu@vesiviljelus-test.ee>",
     subj="Foorumile registreerumine ja üks mõte",
     body="""Tere,

registreerin end 14. oktoobri foorumile. Meid huvitavad eelkõige kalakasvatuse ja vetikate teemad.

Üks ettepanek ka: kui päevakavas on külastus, siis võiks kaaluda Paldiski sadama uut vesiviljelusala – see on Tallinnast tunni tee kaugusel ja seal on praegu käimas mitu huvitavat katseprojekti.

Parimate soovidega
Veiko Rannu""",
     sig="""Eesti Vesiviljelejate Liit
Paldiski mnt 12, 10137 Tallinn""",
     L=dict(I=["registration", "idea"], name="Veiko Rannu", org="Eesti Vesiviljelejate Liit", cc="EE")),

dict(id="w4-et12", kind="on_behalf", client="gmail", frm="Kadi Teder <kadi.teder@kasitookoda-test.ee>",
     subj="Registreerimine",
     body="""Tere!

Tuleme seminarile kahekesi: mina ja meie juhatuse esimees Ülo Saks. Ülo e-posti ei kasuta, nii et kogu info palun minu aadressile.

Kadi""",
     sig="""Kadi Teder
Viljandi Käsitöökoda
Viljandi, Eesti""",
     L=dict(name="Kadi Teder", org="Viljandi Käsitöökoda", cc="EE", review="on_behalf_without_address",
            parts=[("kadi.teder@kasitookoda-test.ee", "Kadi Teder"), (None, "Ülo Saks")])),

dict(id="w4-et13", kind="registration", client="gmail", frm="Karl-Erik Pärtel <karl-erik@balticrobotics-test.ee>",
     subj="Riga workshop",
     body="""Hi,

I'll be there both days - please add me to the list.

Karl-Erik""",
     sig="""Karl-Erik Pärtel
CTO, Baltic Robotics OÜ
Tallinn, Estonia

Käesolev e-kiri võib sisaldada konfidentsiaalset teavet. Kui Te ei ole kirja adressaat, palun teavitage saatjat ja kustutage kiri.""",
     L=dict(lang="en", name="Karl-Erik Pärtel", org="Baltic Robotics OÜ", orgc="Baltic Robotics", cc="EE")),

dict(id="w4-et14", kind="forwarded", client="apple", fwd=1, frm="Pille Aasmäe <pille.aasmae@lvak-test.ee>",
     body="""Tere,

saan edasi saadetud kutse. Kui kohti veel on, registreerige mind palun mõlemaks päevaks.

Pille""",
     sig="""Pille Aasmäe
Lääne-Viru Arenduskeskus
Rakvere""",
     L=dict(name="Pille Aasmäe", org="Lääne-Viru Arenduskeskus", cc="EE", unscored=["country"])),

dict(id="w4-et15", kind="registration", client="thunderbird", cs="iso-8859-15", frm="Oliver Kukk <oliver.kukk@energiaklaster-test.ee>",
     subj="Osalemine seminaril",
     body="""Tere,

olen Rohelise Energia Klastri tegevjuht ja soovin osaleda Riia seminaril mõlemal päeval. Rahvusvahelistumisega alustame alles nüüd, seega loodan saada praktilisi näpunäiteid.

Oliver""",
     sig="""Oliver Kukk
Rohelise Energia Klaster
Narva mnt 5, 10117 Tallinn""",
     L=dict(name="Oliver Kukk", org="Rohelise Energia Klaster", orgnot=["Rohelise Energia Klastri"], cc="EE",
            exp="starting")),

dict(id="w4-et16", kind="cancellation", client="outlook", frm='"Tamme, Evelin" <evelin.tamme@digiklaster-test.ee>',
     subj="Registreeringu tühistamine",
     body="""Tere,

pean oma registreeringu kahjuks tühistama – meie projekt lõppes ootamatult ja reisiraha enam ei ole. Vabandan ebamugavuste pärast!

Evelin Tamme""",
     L=dict(I=["cancellation"], name="Evelin Tamme")),
]

# The sixth writer's mails (source ids w6-et…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w6-et01", kind="registration", client="outlook", frm="Piret Saar <piret.saar@metsaklaster.ee>",
     subj="Registreerimine töötoale Riias",
     body="""Tere!

Esindan Võrumaa Metsamajanduse Klastrit ning sooviksin osaleda Riias toimuval töötoal 2.–3. juunil. Meie ettevõtted ekspordivad küll igaüks omaette, peamiselt Skandinaaviasse, aga klastrina oleme rahvusvahelistumisega alles päris alguses.

Lugupidamisega
Piret Saar""",
     sig="""Piret Saar
Klastrijuht
Võrumaa Metsamajanduse Klaster
Jüri 12, 65608 Võru
+372 5345 6712""",
     L=dict(name="Piret Saar", org="Võrumaa Metsamajanduse Klaster", cc="EE", exp="starting")),

dict(id="w6-et02", kind="registration", client="gmail", ev=2, frm="Margus Tõnisson <margus@paaditehas.ee>",
     subj="Registreerimine – Blue Economy Matchmaking Forum",
     body="""Tere,

palun registreerige mind 14. oktoobri foorumile Tallinnas.

Nimi: Margus Tõnisson
Organisatsioon: Pärnu Paaditehas OÜ
Riik: Eesti
Teemad: komposiitpaatide tootmine, elektrilised ajamid, koostöö tarnijatega Soomes ja Rootsis.

Parimat
Margus""",
     L=dict(name="Margus Tõnisson", org="Pärnu Paaditehas OÜ", orgc="Pärnu Paaditehas", cc="EE")),

dict(id="w6-et03", kind="on_behalf", client="thunderbird", frm="Kristjan Lepik <kristjan.lepik@tehnoklaster.ee>",
     subj="Osalejad töötoale",
     body="""Tere!

Tuleme töötoale kahekesi: mina ja meie uus projektijuht Liisa Org. Liisal veel tööaadressi pole (alustab meil 15. mail), nii et palun saatke kogu temale mõeldud info esialgu minu aadressile.

Osaleme mõlemad mõlemal päeval.

Kristjan""",
     sig="""Kristjan Lepik
Juhatuse liige
Eesti Tehnoloogiatööstuse Klaster MTÜ
Tallinn""",
     L=dict(name="Kristjan Lepik", org="Eesti Tehnoloogiatööstuse Klaster MTÜ", orgc="Tehnoloogiatööstuse Klaster", cc="EE",
            review="on_behalf_without_address",
            parts=[("kristjan.lepik@tehnoklaster.ee", "Kristjan Lepik"), (None, "Liisa Org")])),

dict(id="w6-et04", kind="question", client="apple", frm="Helen Kask <helen.kask@lerk-test.ee>",
     subj="Küsimused enne registreerimist",
     body="""Tere,

sain kutse kolleegi käest ja mõtlen, kas tulla. Paar küsimust enne registreerimist:
1) Kas töötoa keel on kogu aeg inglise keel?
2) Kas see sobib ka kõrgkooli inimesele? Ma ei ole klastrijuht, vaid koordineerin meie kooli koostööd ettevõtete ja klastritega.
3) Kas teise päeva grupitöödeks peab midagi ette valmistama?

Tänan!
Helen""",
     sig="""Helen Kask
Ettevõtluskoostöö koordinaator
Lääne-Eesti Rakenduskõrgkool""",
     L=dict(I=["question"], name="Helen Kask", org="Lääne-Eesti Rakenduskõrgkool")),

dict(id="w6-et05", kind="cancellation", client="android", frm="Toomas Raud <toomas.raud.ee@gmail.com>",
     subj="Riia töötuba",
     body="""Tere. Sain teie kutse, aitäh, aga juunis olen terve kuu Kanadas. Seega palun ärge mind osalejate hulka arvestage. Edu üritusele!
Toomas""",
     L=dict(I=[], Iopt=["cancellation"], name="Toomas Raud")),

dict(id="w6-et06", kind="auto_reply", client="outlook", frm="Maarja Kivi <maarja.kivi@biotehnoloogia-test.ee>",
     subj="Automaatne vastus: Workshop programme and practical information",
     hdrs={"Auto-Submitted": "auto-replied"},
     body="""Tere!
Olen puhkusel 24.05–7.06 ja e-kirjadele ei vasta. Kiireloomulistes küsimustes palun pöörduge info@biotehnoloogia-test.ee.

Hello,
I am on leave from 24 May to 7 June with no access to e-mail. For urgent matters please contact info@biotehnoloogia-test.ee.

Maarja Kivi""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w6-et07", kind="idea_only", client="gmail", frm="Rein Pihlak <rein.pihlak@ringklaster.ee>",
     subj="Ettekande pakkumine",
     body="""Tere!

Olen Rein Pihlak Ringmajanduse Klastrist. Kui teil on programmis veel ruumi, võiksin teha umbes 15-minutilise ettekande sellest, kuidas me eelmisel aastal viisime kümme Eesti ettevõtet ühisstendiga Hannoveri messile ja mida me järgmisel korral teisiti teeksime (eelarve, ettevalmistus, järeltegevus).

Kas selline teema sobiks? Kui jah, tulen kindlasti kohale, muidu otsustan osalemise lähemal ajal.

Rein""",
     sig="""Rein Pihlak
Arendusjuht
Ringmajanduse Klaster
Tartu""",
     L=dict(I=["idea"], Iopt=["question", "registration"], name="Rein Pihlak", org="Ringmajanduse Klaster", cc="EE")),

dict(id="w6-et08", kind="update", client="outlook", quote=True, frm="Annika Rebane <annika.rebane@balticsmartcity.eu>",
     ack=dict(name="Annika Rebane", org="Baltic Smart City Cluster", country="Läti"),
     body="""Tere!

Aitäh kinnituse eest. Üks parandus: riik peaks olema Eesti, mitte Läti – meie klastri peakontor on küll Riias, aga mina töötan Tallinna kontoris ja osalen sealt.

Annika""",
     sig="""Annika Rebane
Project Manager
Baltic Smart City Cluster""",
     L=dict(I=["update"], name="Annika Rebane", org="Baltic Smart City Cluster", cc="EE")),

dict(id="w6-et09", kind="thanks", client="iphone", quote=True, frm="Kadi Mägi <kadi.magi@me.com>",
     ack=dict(name="Kadi Mägi", org="Hiiumaa Puhkemajanduse Klaster", country="Eesti"),
     body="""Aitäh, kõik andmed on õiged. Kohtumiseni Riias!""",
     L=dict(I=[], name="Kadi Mägi")),

dict(id="w6-et10", kind="forwarded", client="outlook", fwd=1, frm="Jaanus Laht <jaanus.laht@transiidiklaster.ee>",
     body="""Tere, palun registreerige mind, tulen mõlemaks päevaks.
Jaanus Laht, Põhja-Eesti Transiidiklaster""",
     L=dict(name="Jaanus Laht", org="Põhja-Eesti Transiidiklaster")),

dict(id="w6-et11", kind="registration_note", client="gmail", frm="Sirle Põld <sirle.pold@saartetoit.ee>",
     subj="Registreerumine (ainult 3. juuni)",
     body="""Tere!

Sooviksin registreeruda töötoale, kuid saan osaleda ainult teisel päeval, 3. juunil – esimesel päeval on meil Kuressaares nõukogu koosolek. Loodan, et see sobib. Tulen autoga Saaremaalt; kui toimumiskoha juures on parkimisvõimalus, oleks tore sellest teada.

Sirle Põld
Saarte Toidu- ja Turismiklaster""",
     L=dict(I=["registration"], Iopt=["question"], name="Sirle Põld", org="Saarte Toidu- ja Turismiklaster", cc="EE",
            note=True, unscored=["country"])),

dict(id="w6-et12", kind="cancellation", client="outlook", frm="Indrek Sepp <indrek.sepp@energiaklaster.ee>",
     subj="Riga workshop - cancellation and a session idea",
     body="""Hello,

Unfortunately I have to cancel my registration for the Riga workshop – our board moved its strategy session to 2 June and I cannot miss it.

As promised at the info webinar, here is the idea for one of the group sessions: how clusters can jointly procure market studies, so that small members get access to country reports they could never afford alone. Feel free to use it even without me.

My colleague Triin may want to take my place; if so, she will write to you herself.

Best regards,
Indrek Sepp""",
     sig="""Indrek Sepp
Juhatuse esimees | Chairman of the Board
Eesti Energiatehnoloogia Klaster MTÜ
Pärnu mnt 160, 11317 Tallinn

Käesolev e-kiri võib sisaldada konfidentsiaalset teavet. Kui Te ei ole kirja adressaat, palun teavitage saatjat ja kustutage kiri.""",
     L=dict(I=["cancellation", "idea"], lang="en", name="Indrek Sepp", org="Eesti Energiatehnoloogia Klaster MTÜ",
            orgc="Energiatehnoloogia Klaster", cc="EE")),

dict(id="w6-et13", kind="registration", client="plain", cs="iso-8859-15", cte="8bit", frm="Ülle Tamm <ylle.tamm@hot.ee>",
     subj="osalemine",
     body="""Tere

Soovin osaleda klastrijuhtide töötoal Riias 2.-3. juunil. Töötan Ida-Virumaa Kaevandus- ja Energeetikaklastris projektijuhina, rahvusvaheliste projektidega olen tegelenud üle kümne aasta.

Ülle Tamm
Jõhvi""",
     L=dict(name="Ülle Tamm", org="Ida-Virumaa Kaevandus- ja Energeetikaklaster", orgnot=["Ida-Virumaa Kaevandus- ja Energeetikaklastris"],
            cc="EE", exp="experienced", unscored=["country"])),
]

# The eighth writer's mails (source ids w8-et…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w8-et01", kind="registration", client="gmail", ev=2, frm="Margus Laanemets <margus.laanemets@merekalandus-test.ee>",
     subj="Re: Save the date: Blue Economy Matchmaking Forum, Tallinn, 14 October",
     body="""Tere, Kadri!

Osaleme hea meelega. Palun pane mind kirja: Margus Laanemets, Saaremaa Kalatööstuste Ühendus, Kuressaare.

Teemad, millest tahaks rääkida: kalajäätmete väärindamine (kalaõli, kollageen), ühine logistika Soome ja Rootsi suunal ning võimalikud partnerid vetikakasvatuses.

Tervitades
Margus

> To register, reply to forum@bluebsr.test with your name, organisation, country and the topics you would like to discuss.
>
> Kind regards
> Kadri Tamm
> Estonian Maritime Innovation Centre
> Tallinn, Estonia""",
     L=dict(name="Margus Laanemets", org="Saaremaa Kalatööstuste Ühendus", cc="EE")),

dict(id="w8-et02", kind="registration", client="outlook", frm="Tiina Kuusk <tiina.kuusk@palkmajaklaster-test.ee>",
     subj="Palkmajade klastri uudised + töötuba",
     body="""Tere!

Kirjutan eelkõige selleks, et tänada Teid märtsikuise võrgustiku kohtumise eest – meie liikmed said sealt kaks uut kontakti Saksamaal ja ühega neist on juba käimas pakkumise arutelu. Lisaks oleme vahepeal saanud EASi toetuse ühisstendi jaoks Nordbyggi messil Stockholmis ja otsime Läti või Leedu klastrit, kes tahaks stendi jagada. Kui kellelgi Teie võrgustikus huvi on, andke julgelt minu kontakt edasi.

Ühtlasi registreerin end juunikuisele töötoale Riias.

Parimate soovidega
Tiina""",
     sig="""Tiina Kuusk
juhatuse liige
MTÜ Lõuna-Eesti Palkmajade Klaster
Tähe 127, Tartu 50113
tel +372 5301 4487""",
     L=dict(name="Tiina Kuusk", org="MTÜ Lõuna-Eesti Palkmajade Klaster", orgc="Lõuna-Eesti Palkmajade Klaster", cc="EE")),

dict(id="w8-et03", kind="question_in_request", client="gmail", frm="Kerli Mägi <kerli.magi@gmail.com>",
     subj="Töötuba ja beebi",
     body="""Tere!

Olen praegu lapsehoolduspuhkusel, aga klastri töö jätkan osalise koormusega ja töötuba Riias oleks mulle väga oluline. Kas oleks võimalik tulla koos 5-kuuse pojaga (abikaasa oleks kaasas ja hoiaks teda enamasti väljas, aga vahepeal oleks vaja imetada)? Kui see on okei, palun registreerige mind: Kerli Mägi, Kagu-Eesti Mahetoidu Klaster, Võru.

Aitäh!""",
     L=dict(I=["registration"], Iopt=["question"], name="Kerli Mägi", org="Kagu-Eesti Mahetoidu Klaster", cc="EE", note=True)),

dict(id="w8-et04", kind="question", client="iphone", frm="Priit Kask <priit.kask@nutimaja.ee>",
     subj="Töötuba juunis",
     body="""Tere, tõenäoliselt tulen, aga kinnitan umbes nädal enne, kui näen, kuidas meie projekti aruandlusega läheb. Kas see sobib või peaks kohe registreerima?
Priit Kask
Nutika Kodu Klaster""",
     L=dict(I=["question"], Iopt=["registration"], name="Priit Kask", org="Nutika Kodu Klaster")),

dict(id="w8-et05", kind="cancellation", client="outlook", quote=True, frm="Helen Saar <helen.saar@tervisetehnoloogia.ee>",
     ack=dict(name="Helen Saar", org="Tervisetehnoloogiate Klaster", country="Eesti"),
     body="""Tere!

Kahjuks pean oma osalemise töötoas tühistama – meie juhatus otsustas, et juunis keskendume täielikult uue strateegia kirjutamisele. Palun jätke mind siiski uudiskirja listi, tulevastest üritustest olen väga huvitatud.

Helen""",
     L=dict(I=["cancellation"], name="Helen Saar", org="Tervisetehnoloogiate Klaster")),

dict(id="w8-et06", kind="update", client="outlook", quote=True, frm="Rein Tamme <rein.tamme@ivenergia-test.ee>",
     ack=dict(name="Rein Tamme", org="Ida-Viru Energiaklaster", country="Eesti"),
     body="""Tere,

väike parandus: alates 1. maist on Ida-Viru Energiaklaster ühinenud Eesti Vesinikuklastriga ja meie uus nimi on Eesti Energia- ja Vesinikuklaster. Palun kasutage nimesildil uut nime. Muud andmed on õiged.

Lugupidamisega
Rein Tamme""",
     L=dict(I=["update"], name="Rein Tamme", org="Eesti Energia- ja Vesinikuklaster",
            orgc="Energia- ja Vesinikuklaster")),

dict(id="w8-et07", kind="update", client="gmail", quote=True, frm="Anneli Vaher <anneli.vaher@robootikaklaster.ee>",
     ack=dict(name="Anneli Vaher", org="Eesti Robootikaklaster", country="Eesti"),
     body="""Tere!

Esimesel päeval olen kindlasti kohal, aga 3. juunil pean olema Tallinnas messil. Minu asemel tuleb teisel päeval kolleeg Siim Lepik (siim.lepik@robootikaklaster.ee) – ta on meie rahvusvaheliste projektide juht, nii et rühmatöös on temast isegi rohkem kasu.

Anneli""",
     L=dict(I=["update", "registration"], Iopt=["cancellation"], name="Anneli Vaher", org="Eesti Robootikaklaster",
            parts=[("anneli.vaher@robootikaklaster.ee", "Anneli Vaher"), ("siim.lepik@robootikaklaster.ee", "Siim Lepik")],
            note=True)),

dict(id="w8-et08", kind="auto_reply", client="outlook", frm="Kaidi Luik <kaidi.luik@tekstiilidisain-test.ee>",
     subj="Automaatne vastus: Registreerimine kinnitatud",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Tere!

Olen puhkusel 20.–31. mai. Kiireloomulistes küsimustes palun pöörduge kolleegi Martin Ilvese poole (martin.ilves@tekstiilidisain-test.ee).

Kaidi Luik""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w8-et09", kind="update", client="android", frm="Ott Sepp <ott.sepp@hot.ee>",
     subj="hilinen",
     body="""Tere, olen registreerunud töötoale. Annan teada, et 2. juunil jõuan ilmselt ca 30 min hiljem, rong Valgast tuleb alles 9.40. Loodan, et see pole probleem.
Ott Sepp""",
     L=dict(I=["update"], name="Ott Sepp", note=True, unscored=["country"])),

dict(id="w8-et10", kind="on_behalf", client="gmail", frm="Jelena Orlova <jelena.orlova@narva-tootmisklaster.ee>",
     subj="Registreerimine, 3 inimest",
     body="""Tere!

Palun registreerige meie klastrist töötoale kolm inimest:
1) mina, Jelena Orlova, projektijuht
2) Dmitri Gusev, dmitri.gusev@narva-tootmisklaster.ee, juhatuse liige
3) Maria Kivi, meie liikmesettevõtte eksporditöötaja (tal ei ole veel meie e-posti aadressi, saadan hiljem)

Kõik kolm tulevad mõlemal päeval. Sorry for my Estonian, kui midagi on segaselt, võib kirjutada ka inglise või vene keeles.

Jelena Orlova
Narva Masinaehituse Klaster MTÜ""",
     L=dict(name="Jelena Orlova", org="Narva Masinaehituse Klaster MTÜ", orgc="Narva Masinaehituse Klaster",
            parts=[("jelena.orlova@narva-tootmisklaster.ee", "Jelena Orlova"),
                   ("dmitri.gusev@narva-tootmisklaster.ee", "Dmitri Gusev"), (None, "Maria Kivi")],
            review="on_behalf_without_address")),

dict(id="w8-et11", kind="question", client="outlook", ev=2, frm="Urmas Kivisild <urmas.kivisild@sadamaklaster.ee>",
     subj="Foorumi ettevõttekülastus",
     body="""Tere!

Kas foorumi ettevõttekülastus on Muuga sadamasse või kuhugi mujale? Ja kas sellele tuleb eraldi registreeruda või kehtib foorumi registreerimine ka külastuse kohta? Osalemine on meil kindel, aga külastusele tahaksime võtta kaasa ühe kliendi Soomest.

Tervitades
Urmas Kivisild
Eesti Sadamateenuste Klaster
Maardu""",
     L=dict(I=["question"], Iopt=["registration"], name="Urmas Kivisild", org="Eesti Sadamateenuste Klaster", cc="EE")),

dict(id="w8-et12", kind="cancellation", client="outlook", frm="Merike Tooming <merike.tooming@biorafineerimine-test.ee>",
     subj="RE: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Dear Inga,

thank you for the kind invitation. Unfortunately I have to decline this time – our team is at full capacity with the autumn call preparations. However, I'd suggest you contact Karmen Ploom from the Tartu Science Park, who has just started building an export programme and would benefit a lot.

Best wishes,
Merike""",
     sig="""Merike Tooming
Head of Partnerships
Eesti Biorafineerimise Klaster MTÜ
Riia 181A, 50411 Tartu, Eesti

See e-kiri võib sisaldada konfidentsiaalset teavet. Kui Te ei ole selle e-kirja adressaat, teavitage palun saatjat ja kustutage kiri.""",
     L=dict(I=[], Iopt=["cancellation"], lang="en", name="Merike Tooming", org="Eesti Biorafineerimise Klaster MTÜ",
            orgc="Eesti Biorafineerimise Klaster", cc="EE")),
]

# The tenth writer's mails (source ids w10-et…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w10-et01", kind="registration", client="gmail", ev=2, frm="Liis Randoja <liis.randoja@parnu-merendus-test.ee>",
     subj="Registreerun foorumile: Liis Randoja, Pärnu Merendusklaster, Eesti",
     body="""Teemad: väikesadamate digitaalne haldus, paadiehitajate ühised eksporditeenused, koostöö Läti rannikuomavalitsustega.

Liis""",
     sig="""Liis Randoja
Pärnu Merendusklaster""",
     # The registration itself and the country are in the subject line only.
     L=dict(name="Liis Randoja", org="Pärnu Merendusklaster", cc="EE")),

dict(id="w10-et02", kind="registration_note", client="outlook", frm="Andres Pihlak <andres.pihlak@toiduklaster-test.ee>",
     subj="Registreerimine töötoale",
     body="""Tere!

Palun registreerige mind juunikuisele töötoale Riias. Olen Lõuna-Eesti Toiduklastri arendusjuht; ekspordiga tegeleme juba aastaid, peamiselt Soome ja Läti suunal.

Paar praktilist märkust: 2. juunil jõuan kohale alles lõunaks, sest hommikul on mul nõukogu koosolek, ja 3. juunil pean lahkuma kella 15 paiku, et bussile jõuda. Samuti ei talu ma gluteeni.

Lugupidamisega
Andres Pihlak""",
     sig="""Andres Pihlak
arendusjuht
Lõuna-Eesti Toiduklaster
Riia 15b, 51010 Tartu""",
     L=dict(name="Andres Pihlak", org="Lõuna-Eesti Toiduklaster", orgnot=["Lõuna-Eesti Toiduklastri"], cc="EE",
            exp="experienced", note=True)),

dict(id="w10-et03", kind="question_in_request", client="android", frm="Helena Kõiv <helena.koiv@mooblitootjad-test.ee>",
     subj="Töötuba",
     body="""Tere! Mind huvitaks, kas töötoa teisel päeval saab kokku leppida ka kahepoolseid kohtumisi teiste klastritega, näiteks Läti mööblitootjatega. Kui jah, siis palun pange mind mõlemaks päevaks kirja. Helena Kõiv, Eesti Mööblitootjate Klaster""",
     L=dict(I=["registration"], Iopt=["question"], name="Helena Kõiv", org="Eesti Mööblitootjate Klaster")),

dict(id="w10-et04", kind="on_behalf", client="gmail", quote=True, frm="Toomas Haavel <toomas.haavel@veeklaster-test.ee>",
     ack=dict(name="Toomas Haavel", org="Eesti Veetehnoloogia Klaster", country="Eesti"),
     body="""Tere!

Aitäh kinnituse eest. Kas saaksite lisaks minule kirja panna ka meie uue praktikandi Laura Pärna? Ta on meie juures suve lõpuni ja aitab ekspordiprojekti ette valmistada, nii et töötoast oleks talle palju kasu. Klastri e-posti aadressi tal veel ei ole – kogu info võib saata minule.

Toomas""",
     # The sender is registered already: the intern (genitive "Laura Pärna", nominative Laura Pärn) is the
     # only participant, without an address.
     L=dict(I=["registration"], name="Toomas Haavel", org="Eesti Veetehnoloogia Klaster",
            parts=[(None, "Laura Pärn")], review="on_behalf_without_address")),

dict(id="w10-et05", kind="thanks", client="apple", frm="Evelin Rohtla <evelin.rohtla@biomaterjalid-test.ee>",
     subj="Re: Praktiline info: töötuba Riias 2.–3. juunil",
     body="""Selge, aitäh! Kalendris olemas.

Evelin

7. mai 2027, kell 10:14, Workshop registration <register@event.test> kirjutas:

> Tere!
>
> Töötuba toimub Riias aadressil Elizabetes iela 41, 3. korrusel. Registreerimine algab 2. juunil kell 9.00.
>
> Workshop organisers""",
     L=dict(I=[], name="Evelin Rohtla")),

dict(id="w10-et06", kind="question", client="iphone", frm="Rasmus Toom <rasmus.toom@tarkvaraklaster-test.ee>",
     subj="Töötuba Riias",
     body="""Tere! Meie eelarve kinnitatakse alles 20. mail. Kui see läbi läheb, tahaksime tulla kahekesi. Kas registreerimine on siis veel avatud või peaks juba praegu kuidagi koha kinni panema?
Rasmus Toom
Eesti Tarkvaraettevõtete Klaster""",
     # Conditional on the budget: a question, registration optional.
     L=dict(I=["question"], Iopt=["registration"], name="Rasmus Toom", org="Eesti Tarkvaraettevõtete Klaster")),

dict(id="w10-et07", kind="cancellation", client="outlook", cs="iso-8859-15", ev=2, frm="Kaarel Õunapuu <kaarel.ounapuu@hiiu-kalandus-test.ee>",
     subj="Foorumi registreeringu tühistamine",
     body="""Tere, Kadri!

Registreerusin augusti lõpus Blue Economy foorumile, aga pean kahjuks loobuma: meie laev läheb oktoobri keskel dokki ja pean seal kohal olema. Palun kustutage mu registreering, et koht vabaneks kellelegi teisele.

Tervitustega
Kaarel Õunapuu
Hiiumaa Kalanduse ja Vesiviljeluse Klaster
Kärdla""",
     L=dict(I=["cancellation"], name="Kaarel Õunapuu", org="Hiiumaa Kalanduse ja Vesiviljeluse Klaster",
            unscored=["country"])),

dict(id="w10-et08", kind="update", client="thunderbird", frm="Piret Allik <piret.allik@loomemajandus-test.ee>",
     subj="Muudatus: ainult teine päev",
     body="""Tere!

Olen registreerunud mõlemaks päevaks, aga esimesel päeval (2. juunil) on meil Tallinnas üldkoosolek, millest ei saa puududa. Tulen seega ainult 3. juunil – palun märkige see nii. Sõidan öösel bussiga ja jõuan Riiga varahommikul.

Piret Allik
Eesti Loomemajanduse Klaster""",
     L=dict(I=["update"], Iopt=["cancellation"], name="Piret Allik", org="Eesti Loomemajanduse Klaster", note=True)),

dict(id="w10-et09", kind="list", client="plain", frm="Klastrite võrgustik <klastrid@lists.klastrivorgustik-test.ee>",
     to="klastrid@lists.klastrivorgustik-test.ee",
     subj="[klastrid] Uudiskiri 5/2027",
     hdrs={"List-Id": "Klastrite vorgustik <klastrid.lists.klastrivorgustik-test.ee>",
           "List-Unsubscribe": "<mailto:klastrid-request@lists.klastrivorgustik-test.ee?subject=unsubscribe>",
           "List-Archive": "<https://lists.klastrivorgustik-test.ee/arc/klastrid>",
           "Precedence": "list", "X-Loop": "klastrid@lists.klastrivorgustik-test.ee"},
     body="""Klastrite võrgustiku uudiskiri 5/2027

1. Töötuba "Cluster internationalisation – Why and how to do it?" Riias 2.–3. juunil. Osalemine on tasuta, registreerimiseks kirjutage aadressil register@event.test.
2. EAS-i klastriprogrammi vahearuannete tähtaeg on 15. juuni.
3. Uus liige: Eesti Kosmosetehnoloogia Klaster.

--
Te saite selle kirja, sest olete listi klastrid@lists.klastrivorgustik-test.ee liige.
Listist lahkumiseks saatke kiri aadressile klastrid-request@lists.klastrivorgustik-test.ee teemaga "unsubscribe".""",
     L=dict(I=[], auto="bulk")),

dict(id="w10-et10", kind="auto_reply", client="plain", frm="Ettevõtluskeskuse klienditugi <tugi@ettevotluskeskus-test.ee>",
     subj="[Pöördumine #EK-20417] Re: Registreerimine kinnitatud",
     hdrs={"RT-Ticket": "EK #20417", "X-RT-Loop-Prevention": "EK", "Precedence": "bulk"},
     body="""Tere!

Täname pöördumise eest. Teie kiri on registreeritud numbriga #EK-20417 ja vastame sellele kolme tööpäeva jooksul. Palun ärge muutke vastates kirja teemat.

See on automaatne teavitus.

Ettevõtluskeskuse klienditugi""",
     # A ticket system's acknowledgement without Auto-Submitted (only Precedence: bulk and RT headers).
     L=dict(I=[], auto="auto_reply")),

dict(id="w10-et11", kind="question", client="outlook", quote=True, frm="Jaanus Kuusik <jaanus.kuusik@logistikaklaster-test.ee>",
     ack=dict(name="Jaanus Kuusik", org="Eesti Kaubaveo Klaster", country="Eesti"),
     body="""Tere!

Aitäh kinnituse eest. Paar küsimust ka:
– kas toimumiskoha lähedal saab autot parkida ja kas parkimine on tasuline?
– kas esitlused saadetakse osalejatele pärast töötuba?
– kas esimese päeva õhtul on ühine õhtusöök ja kas sinna tuleb eraldi registreeruda?

Jaanus""",
     L=dict(I=["question"], name="Jaanus Kuusik", org="Eesti Kaubaveo Klaster")),

dict(id="w10-et12", kind="thanks", client="html_only", frm="Tõnu Kallas <tonu.kallas@metallitoostus-test.ee>",
     subj="Palun eemaldage mind listist",
     html="""<html><body>
<div>Tere,</div>
<div><br></div>
<div>olen viimase kuu jooksul saanud teilt juba kolm kirja töötoa kohta Riias. Ma ei tegele enam klastrite arendamisega (läksin eelmisel aastal üle erasektorisse), nii et palun eemaldage minu aadress oma postiloendist.</div>
<div><br></div>
<div>Tõnu Kallas</div>
</body></html>
""",
     # An unsubscribe request from someone never registered. Judgement call: no intent required;
     # a cancellation may be reported (nothing to cancel, but harmless).
     L=dict(I=[], Iopt=["cancellation"], name="Tõnu Kallas")),
]
