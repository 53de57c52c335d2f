# Lithuanian mails. Labels (L) written with each mail, before regbot read it. See ../README.md.

MAILS = [
dict(id="lt01", kind="registration", client="outlook", frm="\"Petraitienė, Rūta\" <ruta.petraitiene@tekstile.lt>",
     subj="Registracija į seminarą",
     body="""Laba diena,

norėčiau užsiregistruoti į seminarą „Cluster internationalisation – Why and how to do it?“, kuris vyks birželio 2–3 d. Rygoje.

Pagarbiai
Rūta""",
     sig="""Rūta Petraitienė
Projektų vadovė
Lietuvos tekstilės klasteris
Savanorių pr. 176, LT-03154 Vilnius
Tel. +370 612 34567""",
     L=dict(name="Rūta Petraitienė", org="Lietuvos tekstilės klasteris", cc="LT")),

dict(id="lt02", kind="registration", client="gmail", frm="Mantas Kazlauskas <mantas@woodcluster.lt>",
     subj="Dalyvavimas",
     body="""Sveiki,

atstovauju Lietuvos medienos pramonės klasteriui ir norėčiau dalyvauti seminare Rygoje.

Mantas Kazlauskas""",
     L=dict(name="Mantas Kazlauskas", org="Lietuvos medienos pramonės klasteris", orgc="medienos pramonės klasteris",
            orgnot=["Lietuvos medienos pramonės klasteriui"])),

dict(id="lt03", kind="registration", client="outlook", cs="windows-1257",
     frm="Dalia Vaitkevičienė <dalia.v@kmtp.lt>",
     subj="Registracija - D. Vaitkevičienė",
     body="""Laba diena,

dirbu projektų vadove Klaipėdos mokslo ir technologijų parke. Prašau mane užregistruoti į birželio 2–3 d. seminarą.

Su pagarba
Dalia Vaitkevičienė""",
     L=dict(name="Dalia Vaitkevičienė", org="Klaipėdos mokslo ir technologijų parkas",
            orgc="mokslo ir technologijų parkas", orgnot=["Klaipėdos mokslo ir technologijų parke"])),

dict(id="lt04", kind="registration", client="thunderbird", cs="iso-8859-13", cte="qp",
     frm="Tadas Jonaitis <tadas.jonaitis@agrifood.lt>",
     subj="Norėčiau dalyvauti",
     body="""Laba diena,

mielai dalyvaučiau seminare. Mūsų klasteris tarptautinėje rinkoje dar tik žengia pirmuosius žingsnius - pirmą kartą bandėme ieškoti partnerių užsienyje tik praėjusiais metais.

Geros dienos,
Tadas""",
     sig="""Tadas Jonaitis
Lietuvos žemės ūkio ir maisto klasteris
Kaunas, Lietuva""",
     L=dict(name="Tadas Jonaitis", org="Lietuvos žemės ūkio ir maisto klasteris", orgc="žemės ūkio ir maisto klasteris",
            cc="LT", exp="starting")),

dict(id="lt05", kind="registration", client="iphone", frm="Ieva Rimkutė <ieva.rimkute@gmail.com>",
     subj="Seminaras Rygoje",
     body="""Sveiki, užregistruokite mane į seminarą Rygoje. Ačiū!
Ieva""",
     L=dict(name="Ieva Rimkutė")),

dict(id="lt06", kind="registration", client="html_only", cs="windows-1257", cte="qp",
     frm="Vytautas Žukauskas <v.zukauskas@fotonika.lt>",
     subj="Registracija",
     html="""<html><head><meta charset="windows-1257"></head><body>
<p>Laba diena,</p>
<p>registruojuosi į seminarą apie klasterių tarptautiškumą.</p>
<p>Pagarbiai,<br>
<b>Vytautas Žukauskas</b><br>
Direktorius<br>
Lietuvos lazerių ir šviesos technologijų asociacija<br>
Vilnius</p>
</body></html>
""",
     L=dict(name="Vytautas Žukauskas", org="Lietuvos lazerių ir šviesos technologijų asociacija",
            orgc="lazerių ir šviesos technologijų asociacija", cc="LT")),

dict(id="lt07", kind="registration_idea", client="gmail", frm="Jurgita Paulauskienė <jurgita@healthtech.lt>",
     subj="Registracija ir pasiūlymas",
     body="""Laba diena,

prašau mane užregistruoti. Taip pat turiu pasiūlymą vienai iš darbo grupių - aptarti, kaip klasteriai gali bendrai pasinaudoti Europos Sąjungos programomis (pvz., Eurostars) tarptautinei plėtrai. Galėčiau pasidalinti mūsų patirtimi.

Jurgita Paulauskienė
Sveikatos technologijų klasteris, Kaunas""",
     L=dict(I=["registration", "idea"], name="Jurgita Paulauskienė", org="Sveikatos technologijų klasteris", cc="LT")),

dict(id="lt08", kind="idea_only", client="outlook", frm="Arūnas Butkus <arunas.butkus@linpra-partner.lt>",
     subj="Idėja seminarui",
     body="""Laba diena,

deja, birželio pradžioje būsiu išvykęs ir dalyvauti negalėsiu. Norėčiau pasiūlyti temą: kaip mažiems klasteriams pasirinkti pirmąją eksporto rinką. Manau, tai būtų naudinga pradedantiesiems.

Sėkmės!
Arūnas Butkus""",
     L=dict(I=["idea"], name="Arūnas Butkus")),

dict(id="lt09", kind="cancellation", client="outlook", quote=True, frm="Giedrė Stankevičiūtė <giedre.s@ict-cluster.lt>",
     ack=dict(name="Giedrė Stankevičiūtė", org="Lietuvos IRT klasteris", country="Lietuva"),
     body="""Laba diena,

deja, negalėsiu atvykti. Prašau išbraukti mane iš dalyvių sąrašo.

Atsiprašau,
Giedrė""",
     L=dict(I=["cancellation"], name="Giedrė Stankevičiūtė")),

dict(id="lt10", kind="cancellation", client="android", frm="Darius Mockus <darius.mockus@yahoo.com>",
     subj="Atšaukiu registraciją",
     body="""Sveiki, pasikeitė planai - į Rygą nevažiuosiu. Prašau manęs neskaičiuoti.
Darius""",
     L=dict(I=["cancellation"], name="Darius Mockus")),

dict(id="lt11", kind="update", client="gmail", quote=True, frm="Eglė Urbonaitė <egle.urbonaite@biotech.lt>",
     ack=dict(name="Egle Urbonaite", org="Lietuvos biotechnologijų asociacija", country="Lietuva"),
     body="""Laba diena,

ačiū už patvirtinimą. Mano vardas rašomas su lietuviškomis raidėmis: Eglė Urbonaitė. Prašau pataisyti, kad ant kortelės būtų teisingai.

Eglė""",
     L=dict(I=["update"], name="Eglė Urbonaitė", org="Lietuvos biotechnologijų asociacija", cc="LT")),

dict(id="lt12", kind="update", client="apple", quote=True, frm="Paulius Šimkus <paulius.simkus@gmail.com>",
     ack=dict(name="Paulius Šimkus"),
     body="""Pamiršau parašyti - esu iš Šiaulių pramonininkų asociacijos, Lietuva.

Paulius""",
     L=dict(I=["update"], name="Paulius Šimkus", org="Šiaulių pramonininkų asociacija", orgc="pramonininkų asociacija",
            orgnot=["Šiaulių pramonininkų asociacijos"], cc="LT")),

dict(id="lt13", kind="update", client="outlook", quote=True, frm="Lina Balčiūnienė <lina@greentech-klaster.lt>",
     ack=dict(name="Lina Balčiūnienė", org="Greentech klasteris", country="Latvija"),
     body="""Laba diena,

pastebėjau klaidą: šalis turėtų būti Lietuva, ne Latvija.

Lina Balčiūnienė""",
     L=dict(I=["update"], name="Lina Balčiūnienė", org="Greentech klasteris", cc="LT")),

dict(id="lt14", kind="question", client="gmail", frm="Rasa Kairienė <rasa.kairiene@kaunorda.lt>",
     subj="Klausimas dėl seminaro",
     body="""Laba diena,

prieš registruodamasi norėčiau pasiteirauti - ar seminaras skirtas tik klasterių vadovams, ar gali dalyvauti ir regioninės plėtros agentūrų atstovai?

Ačiū,
Rasa Kairienė
Kauno regiono plėtros agentūra""",
     L=dict(I=["question"], name="Rasa Kairienė", org="Kauno regiono plėtros agentūra")),

dict(id="lt15", kind="question", client="thunderbird", frm="Kęstutis Grigas <kestutis@mech-klasteris.lt>",
     subj="Apgyvendinimas",
     body="""Laba diena,

ar organizatoriai rezervuoja viešbutį dalyviams, ar turime pasirūpinti patys? Ir ar yra dalyvio mokestis?

Kęstutis""",
     L=dict(I=["question"], name="Kęstutis Grigas")),

dict(id="lt16", kind="question_in_request", client="outlook", frm="Aistė Jankauskaitė <aiste.jankauskaite@lmtpa.lt>",
     subj="Dar galima registruotis?",
     body="""Laba diena,

kvietimą gavau tik šiandien. Ar dar yra laisvų vietų? Jei taip, prašau mane užregistruoti.

Aistė Jankauskaitė
Tarptautinių ryšių koordinatorė
Lietuvos mokslo ir technologijų parkų asociacija
Vilnius, Lietuva""",
     L=dict(I=["registration"], Iopt=["question"], name="Aistė Jankauskaitė",
            org="Lietuvos mokslo ir technologijų parkų asociacija", orgc="mokslo ir technologijų parkų asociacija", cc="LT")),

dict(id="lt17", kind="on_behalf", client="outlook", frm="Algirdas Petrauskas <algirdas@laivai-klasteris.lt>",
     subj="Dalyvių registracija",
     body="""Laba diena,

prašau užregistruoti mūsų klasterio darbuotojus:
- Justina Vasiliauskaitė, justina.v@laivai-klasteris.lt
- Marius Norkus, marius.norkus@laivai-klasteris.lt

Pats dalyvauti negalėsiu.

Pagarbiai
Algirdas Petrauskas
Klaipėdos laivų statybos klasteris""",
     L=dict(name="Algirdas Petrauskas", org="Klaipėdos laivų statybos klasteris", orgc="laivų statybos klasteris",
            parts=[("justina.v@laivai-klasteris.lt", "Justina Vasiliauskaitė"),
                   ("marius.norkus@laivai-klasteris.lt", "Marius Norkus")])),

dict(id="lt18", kind="on_behalf", client="gmail", frm="Edita Kuzminienė <edita@smartcity.lt>",
     subj="Registracija dviem",
     body="""Sveiki,

užregistruokite mane ir kolegą Tomą Venclovą (tomas.venclova@smartcity.lt).

Ačiū!
Edita
Išmaniųjų miestų klasteris""",
     L=dict(name="Edita Kuzminienė", org="Išmaniųjų miestų klasteris",
            parts=[("edita@smartcity.lt", "Edita Kuzminienė"), ("tomas.venclova@smartcity.lt", "Tomas Venclova")])),

dict(id="lt19", kind="on_behalf", client="outlook", frm="Saulius Vilkas <saulius.vilkas@energetika.lt>",
     subj="Registracija",
     body="""Laba diena,

registruojuosi į seminarą. Kartu norėtų vykti ir kolegė Monika Adomaitienė, jos el. paštą atsiųsiu vėliau.

Saulius Vilkas
Lietuvos energetikos klasteris""",
     L=dict(name="Saulius Vilkas", org="Lietuvos energetikos klasteris", review="on_behalf_without_address",
            parts=[("saulius.vilkas@energetika.lt", "Saulius Vilkas"), (None, "Monika Adomaitienė")])),

dict(id="lt20", kind="registration_note", client="gmail", frm="Vaida Morkūnienė <vaida.morkuniene@design-lt.lt>",
     subj="Registracija",
     body="""Laba diena,

prašau mane užregistruoti. Esu vegetarė.

Vaida Morkūnienė
Lietuvos dizaino klasteris""",
     L=dict(name="Vaida Morkūnienė", org="Lietuvos dizaino klasteris", note=True)),

dict(id="lt21", kind="registration_note", client="iphone", frm="Rolandas Bielskis <rolandas@logistika.lt>",
     subj="Dalyvausiu",
     body="""Laba diena, dalyvausiu. Pirmą dieną galiu šiek tiek vėluoti - atvažiuosiu iš Klaipėdos.
Rolandas Bielskis
Logistikos klasteris""",
     L=dict(name="Rolandas Bielskis", org="Logistikos klasteris", cc="LT", note=True)),

dict(id="lt22", kind="thanks", client="gmail", quote=True, frm="Asta Navickienė <asta.navickiene@gmail.com>",
     ack=dict(name="Asta Navickienė"),
     body="""Labai ačiū!""",
     L=dict(I=[], name="Asta Navickienė")),

dict(id="lt23", kind="forwarded", client="outlook", fwd=1, frm="Žilvinas Rutkauskas <zilvinas@mechatronika.lt>",
     body="""Laba diena,

kolega persiuntė šį kvietimą. Norėčiau dalyvauti - prašau užregistruoti.

Žilvinas Rutkauskas
Vadovas
Kauno mechatronikos klasteris""",
     L=dict(name="Žilvinas Rutkauskas", org="Kauno mechatronikos klasteris")),

dict(id="lt24", kind="auto_reply", client="outlook", frm="Jolanta Kavaliauskienė <jolanta.k@inovacijos.lt>",
     subj="Automatinis atsakymas: Registracija patvirtinta: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Laba diena,

esu atostogose iki gegužės 10 d. Skubiais klausimais prašau kreiptis el. paštu info@inovacijos.lt.

Jolanta Kavaliauskienė""",
     L=dict(I=[], auto="auto_reply")),

dict(id="lt25", kind="registration", client="outlook", frm="\"prof. dr. Vladas Mačiulis\" <vladas.maciulis@ktu-partner.lt>",
     subj="Registracija į seminarą",
     body="""Laba diena,

prašau užregistruoti mane į seminarą. Mūsų asociacija jau daugiau nei dešimt metų organizuoja eksporto misijas savo nariams, todėl galėčiau pasidalinti patirtimi.

Pagarbiai""",
     sig="""prof. dr. Vladas Mačiulis
Valdybos pirmininkas
Lietuvos inžinerinės pramonės ir inovacijų asociacija
K. Donelaičio g. 73, LT-44249 Kaunas""",
     L=dict(name="Vladas Mačiulis", org="Lietuvos inžinerinės pramonės ir inovacijų asociacija",
            orgc="inžinerinės pramonės ir inovacijų asociacija", cc="LT", exp="experienced")),

dict(id="lt26", kind="registration", client="thunderbird", cs="iso-8859-4", cte="8bit",
     frm="Gediminas Lukoševičius <gediminas@baltic-food.lt>",
     subj="Registracija",
     body="""Laba diena,

esu Lietuvos maisto pramonės klasterio atstovas. Norėčiau dalyvauti seminare Rygoje.

Gediminas Lukoševičius""",
     L=dict(name="Gediminas Lukoševičius", org="Lietuvos maisto pramonės klasteris", orgc="maisto pramonės klasteris",
            orgnot=["Lietuvos maisto pramonės klasterio"])),

dict(id="lt27", kind="registration", client="gmail", ev=2, frm="Julius Žemaitis <julius@jurine-klasteris.lt>",
     subj="Registracija į forumą Taline",
     body="""Laba diena,

norėčiau užsiregistruoti į Mėlynosios ekonomikos forumą Taline spalio 14 d. Domina uostų skaitmenizacija ir jūrinė robotika.

Julius Žemaitis
Jūrinių technologijų klasteris
Klaipėda""",
     L=dict(name="Julius Žemaitis", org="Jūrinių technologijų klasteris", cc="LT")),

dict(id="lt28", kind="question", client="outlook", ev=2, frm="Ramunė Kavaliauskaitė <ramune@akvakultura.lt>",
     subj="Klausimas dėl forumo",
     body="""Laba diena,

ar forume bus galima iš anksto susiplanuoti B2B susitikimus? Iki kada reikia registruotis?

Ramunė""",
     L=dict(I=["question"], name="Ramunė Kavaliauskaitė")),

dict(id="lt29", kind="registration", client="android", ev=2, frm="Andrius Jakštas <andrius.jakstas@offshore.lt>",
     subj="Forumas",
     body="""Sveiki, prašau įtraukti mane į forumo dalyvių sąrašą. Andrius Jakštas, UAB „Offshore Baltic“, Klaipėda, Lietuva""",
     L=dict(name="Andrius Jakštas", org="UAB „Offshore Baltic“", orgc="Offshore Baltic", cc="LT")),

dict(id="lt30", kind="registration", client="gmail", frm="Neringa Sabaliauskienė <neringa@turizmo-klasteris.lt>",
     subj="Registracijos forma",
     body="""Vardas, pavardė: Neringa Sabaliauskienė
Organizacija: Pajūrio turizmo klasteris
Šalis: Lietuva
Patirtis: jau kelerius metus dirbame su užsienio partneriais""",
     L=dict(name="Neringa Sabaliauskienė", org="Pajūrio turizmo klasteris", cc="LT", exp="experienced")),
]

# Second batch (appended: earlier mails keep their half).
MAILS += [
dict(id="lt31", kind="registration", client="outlook", cs="windows-1257",
     frm="Laimutė Grigaliūnienė <laimute.g@pietu-klasteris.lt>",
     subj="Dėl dalyvavimo seminare birželio 2-3 d.",
     body="""Laba diena,

norėčiau užsiregistruoti į seminarą apie klasterių tarptautiškumą. Mūsų klasteris vienija apie 30 mažų ir vidutinių įmonių iš Pietų Lietuvos, daugiausia baldų ir medienos apdirbimo sektoriuje. Kol kas į užsienio rinkas eksportuoja tik kelios didesnės įmonės, kitos parduoda per tarpininkus.

Iš seminaro tikiuosi sužinoti, kaip kiti klasteriai organizuoja bendras verslo misijas ir kaip įtikinti mažas įmones, kad tai verta laiko ir pinigų. Būtų įdomu išgirsti ir apie finansavimo galimybes.

Iš anksto dėkoju ir iki pasimatymo Rygoje!

Pagarbiai
Laimutė Grigaliūnienė
Klasterio koordinatorė
Pietų Lietuvos baldų klasteris
Alytus, Lietuva
Tel. +370 615 00000""",
     L=dict(name="Laimutė Grigaliūnienė", org="Pietų Lietuvos baldų klasteris", cc="LT")),

dict(id="lt32", kind="on_behalf", client="gmail", quote=True, frm="Mindaugas Jurkus <mindaugas.jurkus@fintech-lt.lt>",
     ack=dict(name="Mindaugas Jurkus", org="Lietuvos fintech klasteris", country="Lietuva"),
     body="""Laba diena,

deja, pats atvykti negalėsiu - vietoj manęs važiuos kolegė Agnė Šimkutė (agne.simkute@fintech-lt.lt). Prašau perregistruoti dalyvavimą jos vardu.

Ačiū ir atsiprašau už nepatogumus,
Mindaugas""",
     L=dict(I=["registration", "cancellation"], name="Mindaugas Jurkus", org="Lietuvos fintech klasteris", cc="LT",
            parts=[("mindaugas.jurkus@fintech-lt.lt", "Mindaugas Jurkus"), ("agne.simkute@fintech-lt.lt", "Agnė Šimkutė")])),

dict(id="lt33", kind="registration_note", client="iphone", frm="Rimantas Stonys <rimantas.stonys@gmail.com>",
     subj="Tik antra diena",
     body="""Laba diena, ar galima dalyvauti tik antrą dieną (birželio 3 d.)? Pirmą dieną turiu kitą renginį. Jei galima, užregistruokite mane.
Rimantas Stonys, Panevėžio pramonės klasteris""",
     L=dict(I=["registration"], Iopt=["question"], name="Rimantas Stonys", org="Panevėžio pramonės klasteris", note=True)),

dict(id="lt34", kind="auto_reply", client="plain", cs="iso-8859-13", cte="qp", frm="Eglė Vaitkutė <egle.vaitkute@mita-partner.lt>",
     subj="Manęs nėra biure / Out of office",
     body="""Laba diena,

iki balandžio 26 d. būsiu komandiruotėje, el. laiškus tikrinsiu retai.

I am on a business trip until 26 April and will read e-mail only occasionally.

Eglė Vaitkutė""",
     L=dict(I=[], auto="auto_reply")),

dict(id="lt35", kind="registration", client="thunderbird", cs="utf-8",
     frm="Kęstutis Paulauskas <kestutis.paulauskas@lmpa.lt>",
     subj="registracija",
     body="""Sveiki,

šį kartą važiuosiu aš pats - Lietuvos metalo pramonės asociacijoje esu atsakingas už eksporto projektus. Prašau užregistruoti.

Kęstutis""",
     sig="""Kęstutis Paulauskas
Eksporto projektų vadovas
Lietuvos metalo pramonės asociacija
Šiauliai""",
     L=dict(name="Kęstutis Paulauskas", org="Lietuvos metalo pramonės asociacija", cc="LT",
            orgnot=["Lietuvos metalo pramonės asociacijoje"])),
]

# Third batch: informal/typos, the second event, registration with a side question.
MAILS += [
dict(id="lt36", kind="registration", client="android", frm="Tomas Žilinskas <tomas.zilinskas@vilniustech-klasteris.lt>",
     subj="seminaras",
     body="""Sveiki, noreciau dalyvauti seminare rygoj 2-3 birzelio. Tomas Zilinskas, Vilniaus technologiju klasteris. Aciu""",
     L=dict(name="Tomas Žilinskas", org="Vilniaus technologiju klasteris", orgc="technologiju klasteris")),

dict(id="lt37", kind="registration", client="outlook", cs="windows-1257", ev=2, frm="Vilma Rimkienė <vilma.rimkiene@uostas-partneriai.lt>",
     subj="Registracija į Mėlynosios ekonomikos forumą",
     body="""Laba diena,

prašau mane užregistruoti į forumą Taline spalio 14 d. B2B susitikimų norėčiau su:
- uostų elektrifikacijos sprendimų tiekėjais;
- Suomijos ir Švedijos jūrų tyrimų institutais.

Pagarbiai
Vilma Rimkienė
Klaipėdos uosto partnerių asociacija
Klaipėda, Lietuva""",
     L=dict(name="Vilma Rimkienė", org="Klaipėdos uosto partnerių asociacija", cc="LT")),

dict(id="lt38", kind="registration", client="gmail", frm="Donatas Bagdonas <donatas.bagdonas@agroklasteris.lt>",
     subj="Registracija ir klausimas",
     body="""Laba diena,

prašau mane užregistruoti į seminarą. Dar klausimas - ar renginio vietoje bus galima pasistatyti automobilį? Važiuosiu iš Kauno.

Donatas Bagdonas
Agrotechnologijų klasteris""",
     L=dict(I=["registration", "question"], name="Donatas Bagdonas", org="Agrotechnologijų klasteris", cc="LT")),
]

# ---------------------------------------------------------------- second writer (w2-*)
# Written by a second writer (see ../README.md), other people, situations and phrasings than above.
# Labels written with each mail, before regbot was run on any of them.
MAILS += [
dict(id="w2-lt01", kind="registration", client="outlook", frm="Laura Jankauskaitė <laura.jankauskaite@kmtp-parkas.lt>",
     subj="Registracija į seminarą Rygoje",
     body="""Laba diena,

norėčiau dalyvauti seminare Rygoje birželio 2–3 d. Dirbu Kauno mokslo ir technologijų parke, kur koordinuoju tarptautinius projektus. Tarptautiniuose tinkluose dalyvaujame jau daugiau nei dešimtmetį, tad galėčiau pasidalinti patirtimi.

Pagarbiai
Laura""",
     sig="""Laura Jankauskaitė
Tarptautinių projektų koordinatorė
Kauno mokslo ir technologijų parkas
K. Baršausko g. 59, LT-51423 Kaunas
Tel. +370 612 34567""",
     L=dict(name="Laura Jankauskaitė", org="Kauno mokslo ir technologijų parkas",
            orgnot=["Kauno mokslo ir technologijų parke"], cc="LT", exp="experienced")),

dict(id="w2-lt02", kind="registration", client="gmail", frm="\"Petrauskaitė, Eglė\" <egle.petrauskaite@bmik.lt>",
     subj="Dalyvavimas",
     body="""Sveiki,

užregistruokite mane, prašau, į seminarą. Atvyksiu iš Vilniaus traukiniu, abi dienas.

Ačiū!""",
     sig="""Eglė Petrauskaitė
Vyr. projektų vadovė
Baldų ir medienos inovacijų klasteris""",
     L=dict(name="Eglė Petrauskaitė", org="Baldų ir medienos inovacijų klasteris", cc="LT")),

dict(id="w2-lt03", kind="cancellation", client="outlook", quote=True, frm="Vytautas Paulauskas <vytautas.paulauskas@lmta-klasteris.lt>",
     ack=dict(name="Vytautas Paulauskas", org="Lietuvos maisto technologijų klasteris", country="Lietuva"),
     body="""Laba diena,

deja, negalėsiu atvykti – tomis dienomis sutapo komandiruotė į Briuselį. Prašau išbraukti mane iš dalyvių sąrašo.

Atsiprašau už nepatogumus.
Vytautas""",
     L=dict(I=["cancellation"], name="Vytautas Paulauskas")),

dict(id="w2-lt04", kind="question_in_request", client="iphone", frm="Mantas Jonaitis <mantas.jonaitis@spa-asociacija.lt>",
     subj="Registracija",
     body="""Laba diena, ar dar galima užsiregistruoti? Jei taip, prašau įrašyti ir mane.

Mantas Jonaitis
Šiaulių pramonininkų asociacija""",
     L=dict(I=["registration"], Iopt=["question"], name="Mantas Jonaitis", org="Šiaulių pramonininkų asociacija")),

dict(id="w2-lt05", kind="on_behalf", client="gmail", quote=True, frm="Aistė Vasiliauskienė <aiste.vasiliauskiene@lazeriu-klasteris.lt>",
     ack=dict(name="Aistė Vasiliauskienė", org="Lazerių ir šviesos mokslo klasteris", country="Lietuva"),
     body="""Sveiki,

pasikeitė planai: aš pati atvykti negalėsiu, bet vietoj manęs atvyks kolegė Jurgita Balčiūnienė (jurgita.balciuniene@lazeriu-klasteris.lt). Gal galėtumėte registraciją perrašyti jos vardu?

Ačiū ir atsiprašau už papildomą darbą,
Aistė""",
     L=dict(I=["registration", "cancellation"], name="Aistė Vasiliauskienė", org="Lazerių ir šviesos mokslo klasteris",
            parts=[("aiste.vasiliauskiene@lazeriu-klasteris.lt", "Aistė Vasiliauskienė"),
                   ("jurgita.balciuniene@lazeriu-klasteris.lt", "Jurgita Balčiūnienė")])),

dict(id="w2-lt06", kind="update", client="outlook", quote=True, frm="Simona Kairienė <simona.kairiene@ljtik.lt>",
     ack=dict(name="Simona Kairienė", org="LJTIK", country="Lietuva"),
     body="""Laba diena,

ačiū už patvirtinimą. Vienas pataisymas ženkleliui: teisingas organizacijos pavadinimas yra „Lietuvos jūrinių technologijų ir inovacijų klasteris“, ne santrumpa.

Simona Kairienė
Klaipėda""",
     L=dict(I=["update"], name="Simona Kairienė", org="Lietuvos jūrinių technologijų ir inovacijų klasteris",
            orgc="jūrinių technologijų ir inovacijų klasteris", cc="LT")),

dict(id="w2-lt07", kind="idea_only", client="outlook", frm="Rasa Mikalauskienė <rasa.mikalauskiene@vgtu-tyrimai.lt>",
     subj="Pasiūlymas seminarui",
     body="""Gerbiami organizatoriai,

birželio pradžioje būsiu išvykusi, todėl seminare dalyvauti negalėsiu. Vis dėlto norėčiau pasiūlyti temą antrajai dienai: kaip klasteriai galėtų matuoti tarptautinimo veiklų naudą savo nariams – ne renginių skaičių, o realius eksporto rezultatus.

Sėkmės!""",
     sig="""Doc. dr. Rasa Mikalauskienė
Vilniaus Gedimino technikos universitetas
Verslo vadybos fakultetas""",
     L=dict(I=["idea"], name="Rasa Mikalauskienė", org="Vilniaus Gedimino technikos universitetas")),

dict(id="w2-lt08", kind="auto_reply", client="plain", frm="Tomas Gailius <tomas.gailius@inovacijos-agentura.lt>",
     subj="Automatinis atsakymas: Registracija",
     hdrs={"Auto-Submitted": "auto-replied"},
     body="""Sveiki,

atostogauju iki balandžio 28 d. Jūsų laišką perskaitysiu grįžęs. Skubiais klausimais kreipkitės info@inovacijos-agentura.lt.

Tomas Gailius""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w2-lt09", kind="registration", client="android", frm="Darius Žemaitis <darius.zemaitis@pvic.lt>",
     subj="seminaras",
     body="""Labas, norėčiau dalyvauti abi dienas. Esu Panevėžio verslo ir inovacijų centro atstovas, eksporto srityje mes dar tik pradedame, tai seminaras labai tiktų.""",
     L=dict(name="Darius Žemaitis", org="Panevėžio verslo ir inovacijų centras",
            orgnot=["Panevėžio verslo ir inovacijų centro"], exp="starting")),

dict(id="w2-lt10", kind="forwarded", client="gmail", ev=2, fwd=2, frm="Gediminas Kazlauskas <gediminas@baltijos-akvakultura.lt>",
     body="""Sveiki,

kolegos persiuntė šį kvietimą. Norėčiau užsiregistruoti į forumą Taline – mus ypač domina susitikimai su Suomijos ir Švedijos pirkėjais.

Pagarbiai
Gediminas Kazlauskas""",
     sig="""UAB Baltijos akvakultūra
Klaipėda, Lietuva""",
     L=dict(name="Gediminas Kazlauskas", org="UAB Baltijos akvakultūra", orgc="Baltijos akvakultūra", cc="LT")),

dict(id="w2-lt11", kind="registration", client="html_only", cs="utf-8", frm="Vilma Stankevičienė <vilma.stankeviciene@lt-biotech.lt>",
     subj="Registracija į seminarą",
     html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Laba diena,</p>
<p>prašau užregistruoti mane į seminarą „Cluster internationalisation – Why and how to do it?“.</p>
<p>Pagarbiai</p>
<p><b>Vilma Stankevičienė</b><br>
Projektų vadovė<br>
Lietuvos biotechnologijų asociacija<br>
Saulėtekio al. 15, Vilnius</p>
<p style="color:#888;font-size:8pt">Šis laiškas ir jo priedai gali būti konfidencialūs.</p>
</body></html>
""",
     body="(html only)",
     L=dict(name="Vilma Stankevičienė", org="Lietuvos biotechnologijų asociacija", cc="LT")),
dict(id="w2-lt12", kind="registration", client="outlook", frm="Ieva Kazlauskienė <ieva.kazlauskiene@medtech-klasteris.lt>",
     subj="Registracija",
     body="""Laba diena,

prašau mane užregistruoti į seminarą Rygoje. Dalyvausiu abi dienas.

Pagarbiai
Ieva Kazlauskienė""",
     sig="""Ieva Kazlauskienė
Direktorė
Medicinos technologijų ir inovacijų klasteris
Lietuva""",
     L=dict(name="Ieva Kazlauskienė", org="Medicinos technologijų ir inovacijų klasteris", cc="LT")),

dict(id="w2-lt13", kind="thanks", client="iphone", quote=True, frm="Rokas Budrys <rokas.budrys@sviesos-klasteris.lt>",
     ack=dict(name="Rokas Budrys", org="Šviesos technologijų klasteris", country="Lietuva"),
     body="""Ačiū, iki susitikimo Rygoje!""",
     L=dict(I=[], name="Rokas Budrys")),

dict(id="w2-lt14", kind="on_behalf", client="gmail", frm="Dovilė Urbonė <dovile.urbone@jurinis-verslas.lt>",
     subj="Du dalyviai iš Klaipėdos",
     body="""Laba diena,

prašome užregistruoti mane ir kolegą Marių Vaitkų (marius.vaitkus@jurinis-verslas.lt). Abu atvyksime iš Klaipėdos.

Dovilė Urbonė
Jūrinio verslo asociacija""",
     L=dict(name="Dovilė Urbonė", org="Jūrinio verslo asociacija", cc="LT",
            parts=[("dovile.urbone@jurinis-verslas.lt", "Dovilė Urbonė"), ("marius.vaitkus@jurinis-verslas.lt", "Marius Vaitkus")])),
dict(id="w2-lt15", kind="registration_idea", client="outlook", frm="Arūnas Lukoševičius <arunas.lukosevicius@paria-asociacija.lt>",
     subj="Registracija ir pasiūlymas",
     body="""Laba diena,

registruojuosi į seminarą Rygoje. Taip pat siūlyčiau antrajai dienai temą: kaip mažesni klasteriai gali kartu samdyti vieną atstovą Šiaurės šalių rinkose. Mes tai bandome nuo praėjusių metų ir galėčiau trumpai papasakoti.

Pagarbiai
Arūnas Lukoševičius
Pramoninės automatikos ir robotikos asociacija
Kaunas""",
     L=dict(I=["registration", "idea"], name="Arūnas Lukoševičius", org="Pramoninės automatikos ir robotikos asociacija", cc="LT")),

dict(id="w2-lt16", kind="auto_reply", client="outlook", frm="Jolanta Grigienė <jolanta.grigiene@verslo-centras-partner.lt>",
     subj="Automatinis atsakymas: Registracija",
     body="""Laba diena,

šiuo metu esu išvykusi ir grįšiu gegužės 3 d. Skubiais klausimais skambinkite tel. +370 5 212 3456.

Jolanta Grigienė""",
     L=dict(I=[], auto="auto_reply")),
dict(id="w2-lt17", kind="question", client="outlook", frm="Kęstutis Navickas <kestutis.navickas@energetikos-klasteris.lt>",
     subj="Klausimas dėl seminaro",
     body="""Laba diena,

ar būtina dalyvauti abi dienas? Mūsų klasterį labiausiai domina antroji diena. Jei galima atvykti tik antrąją, tada registruočiausi.

Kęstutis Navickas
Atsinaujinančios energetikos klasteris""",
     L=dict(I=["question"], name="Kęstutis Navickas", org="Atsinaujinančios energetikos klasteris")),

dict(id="w2-lt18", kind="on_behalf", client="gmail", quote=True, frm="Giedrė Sabaliauskienė <giedre.sabaliauskiene@tekstile-lt.lt>",
     ack=dict(name="Giedrė Sabaliauskienė", org="Lietuvos tekstilės klasteris", country="Lietuva"),
     body="""Ačiū! Ar galėtumėte užregistruoti ir mano kolegę Ugnę Jasaitę (ugne.jasaite@tekstile-lt.lt)? Ji taip pat norėtų dalyvauti.

Giedrė""",
     L=dict(name="Giedrė Sabaliauskienė", org="Lietuvos tekstilės klasteris",
            parts=[("ugne.jasaite@tekstile-lt.lt", "Ugnė Jasaitė")])),
]

# ---------------------------------------------------------------- fourth writer (w4-*)
# Written by a fourth writer (see ../README.md): other people, situations and phrasings than above,
# not translations of earlier mails. Labels written with each mail, before regbot or score.py was
# run on any of them.
MAILS += [
dict(id="w4-lt01", kind="registration", client="outlook", frm="Gintarė Mažeikienė <gintare.mazeikiene@kmtp.lt>",
     subj="Registracija į seminarą Rygoje",
     body="""Laba diena,

norėčiau užsiregistruoti į seminarą „Cluster internationalisation – Why and how to do it?“ birželio 2–3 d. Rygoje. Dirbu Kauno mokslo ir technologijų parke, kur kuruojame tris klasterius; tarptautinėje veikloje dalyvaujame jau kelerius metus (Interreg projektai su Suomijos ir Lenkijos partneriais).

Turiu du klausimus: ar bus galima gauti sąskaitą už vakarienę, jei ji bus mokama? Ir ar renginys vyks anglų kalba?

Beje, labai džiaugiuosi, kad antroji diena skirta praktiniam darbui grupėse – būtent to mums ir trūksta.

Pagarbiai
Gintarė""",
     sig="""Gintarė Mažeikienė
Tarptautinių projektų vadovė
Kauno mokslo ir technologijų parkas
K. Petrausko g. 26, LT-44156 Kaunas
Tel. +370 37 407 700
www.kmtp.lt""",
     L=dict(I=["registration", "question"], name="Gintarė Mažeikienė", org="Kauno mokslo ir technologijų parkas",
            orgnot=["Kauno mokslo ir technologijų parke"], cc="LT", exp="experienced")),

dict(id="w4-lt02", kind="registration", client="gmail", frm='"Jurevičiūtė, Austėja" <austeja.jureviciute@gmail.com>',
     subj="registracija",
     body="""Sveiki,

registruokite mane į seminarą Rygoje, dalyvausiu abi dienas. Tarptautiškumo srityje mes dar tik pradedame, tai labai pravers.

Ačiū!""",
     sig="""Austėja Jurevičiūtė
Lietuvos žaidimų kūrėjų asociacija
Vilnius""",
     L=dict(name="Austėja Jurevičiūtė", org="Lietuvos žaidimų kūrėjų asociacija", cc="LT", exp="starting")),

dict(id="w4-lt03", kind="on_behalf", client="outlook", quote=True, frm="Marius Daukša <marius.dauksa@medtech-klasteris.lt>",
     ack=dict(name="Marius Daukša", org="MedTech klasteris", country="Lietuva"),
     body="""Laba diena,

deja, pats negalėsiu atvykti – tomis dienomis turiu būti valdybos posėdyje. Vietoj manęs atvyks kolegė Ugnė Baranauskienė (ugne.baranauskiene@medtech-klasteris.lt), ji dalyvaus abi dienas. Prašau perregistruoti.

Ačiū ir atsiprašau už nepatogumus.
Marius""",
     L=dict(I=["registration", "cancellation"], name="Marius Daukša",
            parts=[("marius.dauksa@medtech-klasteris.lt", "Marius Daukša"),
                   ("ugne.baranauskiene@medtech-klasteris.lt", "Ugnė Baranauskienė")])),

dict(id="w4-lt04", kind="registration", client="iphone", frm="Justinas Vaičiulis <justinas.vaiciulis@klaipedos-laivai.lt>",
     subj="Seminaras",
     body="""Laba, užregistruokit mane į Rygos seminarą. Justinas Vaičiulis, Klaipėdos laivų statybos klasteris""",
     L=dict(name="Justinas Vaičiulis", org="Klaipėdos laivų statybos klasteris")),

dict(id="w4-lt05", kind="registration_note", client="outlook", frm="Dainora Šalkauskienė <dainora.salkauskiene@siauliu-rumai.lt>",
     subj="Dalyvavimas seminare",
     body="""Laba diena,

prašau įtraukti mane į seminaro dalyvių sąrašą. Judu neįgaliojo vežimėliu, todėl norėčiau iš anksto įsitikinti, ar salė ir tualetai yra pritaikyti. Jei ne – gal galėtumėte patarti, kur geriausia apsistoti ir kaip patekti?

Iš anksto dėkoju.""",
     sig="""Dainora Šalkauskienė
Šiaulių prekybos, pramonės ir amatų rūmai
Vilniaus g. 88, LT-76285 Šiauliai""",
     L=dict(I=["registration"], Iopt=["question"], name="Dainora Šalkauskienė",
            org="Šiaulių prekybos, pramonės ir amatų rūmai", cc="LT", note=True)),

dict(id="w4-lt06", kind="question", client="gmail", frm="Karolis Stankus <karolis.stankus@fintechhub.lt>",
     subj="Klausimas dėl seminaro formato",
     body="""Sveiki,

ar bus galimybė seminare dalyvauti nuotoliu? Mūsų komandoje yra keli žmonės, kurie negalėtų atvykti į Rygą, bet norėtų bent pasiklausyti pirmosios dienos pranešimų. Jei įrašų nebus – irgi gerai, tiesiog norime žinoti prieš planuodami.""",
     sig="""Karolis Stankus | Partnerysčių vadovas | Fintech Hub LT | Vilnius""",
     L=dict(I=["question"], name="Karolis Stankus", org="Fintech Hub LT", cc="LT")),

dict(id="w4-lt07", kind="idea_only", client="thunderbird", frm='"doc. dr. Audronė Kriaučiūnienė" <audrone.kriauciuniene@vgtu-test.lt>',
     subj="Pasiūlymas seminaro programai",
     body="""Gerbiami organizatoriai,

dirbu Vilniaus Gedimino technikos universitete ir jau kelerius metus tyrinėju, kaip klasteriai matuoja savo tarptautinės veiklos rezultatus. Birželio pradžioje būsiu konferencijoje Portugalijoje, todėl seminare dalyvauti negalėsiu, tačiau norėčiau pasiūlyti temą antrosios dienos grupėms: paprasti rodikliai, kuriais klasteris galėtų parodyti nariams, kad tarptautinė veikla atsiperka.

Mielai pasidalinsiu savo klausimynu, jei tai būtų naudinga.""",
     sig="""doc. dr. Audronė Kriaučiūnienė
Vilniaus Gedimino technikos universitetas
Saulėtekio al. 11, LT-10223 Vilnius""",
     L=dict(I=["idea"], name="Audronė Kriaučiūnienė", org="Vilniaus Gedimino technikos universitetas",
            orgnot=["Vilniaus Gedimino technikos universitete"], cc="LT")),

dict(id="w4-lt08", kind="auto_reply", client="outlook", frm="Arvydas Kvedaras <arvydas.kvedaras@lt-energetika.lt>",
     subj="Automatinis atsakymas: Registracija",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Sveiki,

iki gegužės 14 d. esu komandiruotėje ir el. laiškus skaitau retai. Skubiais klausimais kreipkitės į info@lt-energetika.lt.

I am on a business trip until 14 May. For urgent matters please contact info@lt-energetika.lt.""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w4-lt09", kind="auto_reply", client="html_only", cs="iso-8859-13", frm="Renata Žukienė <renata.zukiene@kvk-test.lt>",
     subj="Nesu darbo vietoje",
     body="""Dėkojame už laišką. Šiuo metu esu atostogose iki gegužės 20 d. Jūsų laiškas nebus persiųstas.

Renata Žukienė""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w4-lt10", kind="cancellation", client="android", frm="Rimvydas Jasaitis <rimvydas.jasaitis@gmail.com>",
     subj="Re: Registracija patvirtinta",
     body="""Atsiprašau, bet turiu atšaukti savo dalyvavimą – susirgo vaikas, o žmona tuo metu išvykusi. Labai gaila, tikėjausi atvykti.

Rimvydas Jasaitis""",
     L=dict(I=["cancellation"], name="Rimvydas Jasaitis")),

dict(id="w4-lt11", kind="forwarded", client="gmail", ev=2, fwd=2, frm="Evaldas Sakalauskas <evaldas@bluecoast.lt>",
     body="""Sveiki,

norėtume dalyvauti forume Taline – prašau užregistruoti mane. Mus labiausiai domina jūrinė logistika ir uostų skaitmenizacija.

Evaldas""",
     sig="""Evaldas Sakalauskas
UAB „Blue Coast Logistics“
Klaipėda, Lietuva""",
     L=dict(name="Evaldas Sakalauskas", org="UAB „Blue Coast Logistics“", orgc="Blue Coast Logistics", cc="LT")),

dict(id="w4-lt12", kind="update", client="outlook", quote=True, frm="Jūratė Mickevičiūtė <jurate.mickeviciute@nordic-baltic-hub.lv>",
     ack=dict(name="Jūratė Mickevičiūtė", org="Nordic Baltic Hub", country="Lietuva"),
     body="""Laba diena,

ačiū už patvirtinimą. Viena pataisa: nors esu lietuvė, Nordic Baltic Hub yra registruotas ir veikia Latvijoje, Rygoje, tad šalį prašyčiau pakeisti į Latviją.

Jūratė""",
     L=dict(I=["update"], name="Jūratė Mickevičiūtė", org="Nordic Baltic Hub", cc="LV")),

dict(id="w4-lt13", kind="thanks", client="apple", quote=True, frm="Vaidas Norkus <vaidas.norkus@agro-inovacijos.lt>",
     ack=dict(name="Vaidas Norkus", org="Agroinovacijų klasteris", country="Lietuva"),
     body="""Ačiū už patvirtinimą! Iki pasimatymo Rygoje.

Vaidas""",
     L=dict(I=[], name="Vaidas Norkus")),

dict(id="w4-lt14", kind="registration", client="outlook", frm="Lukas Petrulis <lukas.petrulis@leg-asociacija.lt>",
     subj="Workshop registration",
     body="""Dear organisers,

Please register me for the workshop in Riga on 2-3 June. We are a national association and have been helping our members to enter the Nordic markets for about ten years.

Kind regards,
Lukas Petrulis""",
     sig="""Head of International Relations
Lietuvos elektronikos gamintojų asociacija
Vilnius, Lithuania

Šiame el. laiške pateikta informacija yra konfidenciali ir skirta tik adresatui. Jei šį laišką gavote per klaidą, prašome informuoti siuntėją ir laišką ištrinti.""",
     L=dict(lang="en", name="Lukas Petrulis", org="Lietuvos elektronikos gamintojų asociacija", cc="LT",
            exp="experienced")),

dict(id="w4-lt15", kind="question_in_request", client="gmail", frm="Greta Kučinskaitė <greta.kucinskaite@stud-ktu.lt>",
     subj="Ar galiu dalyvauti?",
     body="""Laba diena,

esu magistrantė ir rašau baigiamąjį darbą apie klasterių tarptautiškumą. Ar seminare gali dalyvauti ir studentai? Jei taip, labai prašyčiau mane užregistruoti – atvykčiau abi dienas.

Su pagarba""",
     sig="""Greta Kučinskaitė
magistrantė
Kauno technologijos universitetas""",
     L=dict(I=["registration"], Iopt=["question"], name="Greta Kučinskaitė", org="Kauno technologijos universitetas")),

dict(id="w4-lt16", kind="on_behalf", client="outlook", cte="b64", frm="Laima Bernotienė <laima.bernotiene@baltic-food.lt>",
     subj="Direktoriaus registracija",
     body="""Laba diena,

mūsų direktorius Algimantas Rudys norėtų dalyvauti seminare Rygoje abi dienas – prašom jį užregistruoti. Jis neturi atskiro el. pašto, tad visą informaciją siųskite man. Aš pati nevyksiu.

Pagarbiai""",
     sig="""Laima Bernotienė
Direktoriaus asistentė
UAB „Baltic Food Partners“
Alytus""",
     L=dict(name="Laima Bernotienė", org="UAB „Baltic Food Partners“", orgc="Baltic Food Partners", cc="LT",
            review="on_behalf_without_address", parts=[(None, "Algimantas Rudys")])),
]

# The sixth writer's mails (source ids w6-lt…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w6-lt01", kind="registration", client="gmail", frm="Tadas Mikalauskas <tadas.mikalauskas@biotech-kaunas.lt>",
     subj="Registracija į seminarą Rygoje",
     body="""Laba diena,

esu Tadas Mikalauskas, Kauno biotechnologijų klasteryje dirbu tarptautinių projektų koordinatoriumi. Norėčiau užsiregistruoti į seminarą „Cluster internationalisation – Why and how to do it?“ birželio 2–3 d. Rygoje.

Internacionalizacijos srityje šiek tiek patirties jau turime – trejus metus dalyvaujame Enterprise Europe Network renginiuose, esame surengę dvi prekybos misijas į Skandinaviją.

Pagarbiai
Tadas""",
     sig="""Tadas Mikalauskas
Tarptautinių projektų koordinatorius
Kauno biotechnologijų klasteris
K. Donelaičio g. 62, LT-44248 Kaunas
Tel. +370 612 34 567""",
     L=dict(name="Tadas Mikalauskas", org="Kauno biotechnologijų klasteris", cc="LT", exp="experienced")),

dict(id="w6-lt02", kind="registration_note", client="outlook", frm="Rasa Vilimienė <rasa.vilimiene@pakuociu-klasteris.lt>",
     subj="Dalyvavimas seminare",
     body="""Sveiki,

prašau įtraukti mane į seminaro dalyvių sąrašą. Dalyvausiu abi dienas, tačiau pirmąją dieną atvyksiu tik apie 11 val., nes iš Vilniaus važiuosiu ryto autobusu. Be to, esu veganė – būčiau dėkinga, jei per pietus atsirastų tinkamas patiekalas.

Su pagarba
Rasa Vilimienė""",
     sig="""Rasa Vilimienė
Direktorė
Spaudos ir pakuočių klasteris
Vilnius""",
     L=dict(name="Rasa Vilimienė", org="Spaudos ir pakuočių klasteris", cc="LT", note=True)),

dict(id="w6-lt03", kind="on_behalf", client="outlook", quote=True, frm="Vaidas Urbonas <vaidas.urbonas@tinklu-klasteris.lt>",
     ack=dict(name="Vaidas Urbonas", org="Išmaniųjų tinklų klasteris", country="Lietuva"),
     body="""Laba diena,

deja, birželio pradžioje turiu būti Vokietijoje, todėl į Rygą vietoj manęs važiuos kolegė Eglė Stankevičiūtė (egle.stankeviciute@tinklu-klasteris.lt). Prašau mano registraciją perleisti jai. Eglė kuruoja mūsų klasterio eksporto projektus, tad jai šis seminaras bus net naudingesnis nei man.

Ačiū!
Vaidas""",
     L=dict(I=["registration", "cancellation"], name="Vaidas Urbonas",
            parts=[("vaidas.urbonas@tinklu-klasteris.lt", "Vaidas Urbonas"),
                   ("egle.stankeviciute@tinklu-klasteris.lt", "Eglė Stankevičiūtė")])),

dict(id="w6-lt04", kind="question_in_request", client="gmail", frm="Giedrė Jurkienė <giedre.jurkiene@gmail.com>",
     subj="Preliminari registracija",
     body="""Sveiki,

labai norėčiau dalyvauti seminare, bet komandiruotę dar turi patvirtinti mūsų valdyba – atsakymas turėtų būti iki gegužės vidurio. Ar galėtumėte mane užregistruoti preliminariai? Jei kelionė nebus patvirtinta, iškart parašysiu ir vietos atsisakysiu.

Giedrė""",
     sig="""Giedrė Jurkienė
Klasterio koordinatorė
Dzūkijos maisto gamintojų klasteris
Alytus""",
     L=dict(I=["registration"], Iopt=["question"], name="Giedrė Jurkienė", org="Dzūkijos maisto gamintojų klasteris",
            cc="LT", note=True)),

dict(id="w6-lt05", kind="forwarded", client="android", fwd=1, frm="Mindaugas Vaitkus <m.vaitkus@uostas-logistika.lt>",
     body="",
     L=dict(I=[], Iopt=["registration"], name="Mindaugas Vaitkus")),

dict(id="w6-lt06", kind="question", client="thunderbird", cs="iso-8859-13", cte="8bit", frm="Justinas Navickas <j.navickas@smartmeda.lt>",
     subj="Dalyvavimo pažymėjimas",
     body="""Laba diena,

jau esu užsiregistravęs į birželio seminarą. Norėjau paklausti, ar dalyviams bus išduodami dalyvavimo pažymėjimai – mūsų finansavimo programa reikalauja tokio dokumento kaip įrodymo, kad darbuotojas kėlė kvalifikaciją. Jei taip, ar pažymėjime galėtų būti nurodytas valandų skaičius?

Iš anksto dėkoju
Justinas Navickas""",
     sig="""UAB „Smart Meda“
Klaipėda""",
     L=dict(I=["question"], name="Justinas Navickas", org="UAB „Smart Meda“", orgc="Smart Meda", cc="LT")),

dict(id="w6-lt07", kind="cancellation", client="iphone", quote=True, frm="Ona Žukauskaitė <ona.zukauskaite@icloud.com>",
     ack=dict(name="Ona Žukauskaitė", org="Dizaino ir tekstilės klasteris „Audinys“", country="Lietuva"),
     body="""Laba, deja turiu atšaukti savo dalyvavimą – susirgo vaikas, o birželio pradžioje dar ir mokslo metų pabaiga. Labai atsiprašau, tikiuosi kitą kartą.
Ona""",
     L=dict(I=["cancellation"], name="Ona Žukauskaitė")),

dict(id="w6-lt08", kind="registration_idea", client="outlook", frm="Kęstutis Rimkus <kestutis.rimkus@precizinis-ukis.lt>",
     subj="Registracija ir pasiūlymas darbo grupėms",
     body="""Laba diena,

registruojuosi į seminarą Rygoje (abi dienas).

Taip pat turiu pasiūlymą antrosios dienos darbui grupėse: būtų naudinga aptarti, kaip keli klasteriai gali bendrai naudotis vienu atstovu užsienyje ar „soft landing“ paslaugomis – pavyzdžiui, vienas žmogus Danijoje ar Vokietijoje atstovauja keliems Baltijos šalių klasteriams. Mes tokį modelį bandėme su dviem partneriais iš Latvijos ir galėtume trumpai papasakoti, kas pavyko, o kas ne.""",
     sig="""Pagarbiai
Kęstutis Rimkus
Valdybos pirmininkas
Asociacija „Precizinio ūkininkavimo klasteris“
Šiauliai""",
     L=dict(I=["registration", "idea"], name="Kęstutis Rimkus", org="Precizinio ūkininkavimo klasteris", cc="LT")),

dict(id="w6-lt09", kind="list", client="html_only", frm="Klasterių tinklo naujienos <naujienos@klasteriai-lt-test.lt>",
     to="register@event.test",
     subj="Naujienlaiškis: gegužės renginiai ir kvietimai",
     mailer="Sendinblue",
     hdrs={"List-Id": "Klasteriu tinklo naujienos <naujienos.klasteriai-lt-test.lt>",
           "List-Unsubscribe": "<mailto:atsisakyti@klasteriai-lt-test.lt>, <https://klasteriai-lt-test.lt/atsisakyti?id=77f1>",
           "Precedence": "bulk"},
     body="""KLASTERIŲ TINKLO NAUJIENOS | 2027 m. gegužė

Renginiai
• Birželio 2–3 d. Rygoje – seminaras klasterių vadovams apie internacionalizaciją. Registracija el. paštu register@event.test.
• Gegužės 19 d. – nuotolinis seminaras apie naująjį inovacijų čekių kvietimą.

Kvietimai
• Iki birželio 30 d. priimamos paraiškos klasterių tarptautiškumo skatinimo priemonei.

Šį laišką gavote, nes esate užsiprenumeravę Klasterių tinklo naujienas. Atsisakyti prenumeratos galite čia: https://klasteriai-lt-test.lt/atsisakyti""",
     L=dict(I=[], auto="bulk")),

dict(id="w6-lt10", kind="update", client="gmail", frm="Aušra Kairytė <ausra.kairyte@gmail.com>",
     subj="Organizacijos pakeitimas registracijoje",
     body="""Sveiki,

balandį registravausi į seminarą kaip Vilniaus IT klasterio atstovė. Nuo gegužės dirbu kitur, todėl prašyčiau registracijoje organizaciją pakeisti į: Nemuno inovacijų centras. Dalyvauju kaip ir planuota, abi dienas.

Aušra Kairytė""",
     L=dict(I=["update"], name="Aušra Kairytė", org="Nemuno inovacijų centras")),

dict(id="w6-lt11", kind="thanks", client="android", quote=True, frm="Paulius Grigas <paulius.grigas@metalo-klasteris.lt>",
     ack=dict(name="Paulius Grigas", org="Metalo apdirbimo klasteris", country="Lietuva"),
     body="""Gerai, iki pasimatymo Rygoje!""",
     L=dict(I=[], name="Paulius Grigas")),

dict(id="w6-lt12", kind="registration", client="outlook", frm="Vytautas Šimkus <v.simkus@automatika-klasteris.lt>",
     subj="Registration - Riga workshop 2-3 June",
     body="""Dear organisers,

I would like to register for the workshop in Riga on 2–3 June. I manage a young cluster (founded in 2025), so internationalisation is quite new for us and the topic fits perfectly.

One practical question: is there a joint dinner on the evening of 2 June, and if so, should I let you know in advance whether I will attend?

Best regards,
Vytautas Šimkus""",
     sig="""Vytautas Šimkus
Klasterio vadovas / Cluster Manager
Asociacija „Pramonės automatizavimo klasteris“
Savanorių pr. 178, LT-03154 Vilnius

Šiame elektroniniame laiške pateikta informacija yra konfidenciali ir skirta tik adresatui. Jei šį laišką gavote per klaidą, prašome nedelsiant informuoti siuntėją ir laišką ištrinti.""",
     L=dict(I=["registration", "question"], lang="en", name="Vytautas Šimkus", org="Pramonės automatizavimo klasteris", cc="LT",
            exp="starting")),

dict(id="w6-lt13", kind="registration", client="apple", frm="Lina Bartkutė <lina.bartkute@me.com>",
     subj="Seminaras birželio 2–3 d.",
     body="""Labas,

norėčiau dalyvauti. Esu naujai įsteigto Palangos kurortų turizmo klasterio koordinatorė, tad tarptautinės veiklos patirties kol kas neturime jokios – kaip tik todėl ir noriu atvažiuoti pasimokyti iš kitų.

Lina""",
     sig="""Lina Bartkutė
Palangos kurortų turizmo klasteris
+370 686 20 311""",
     L=dict(name="Lina Bartkutė", org="Palangos kurortų turizmo klasteris",
            exp="starting", unscored=["country"])),
]

# The eighth writer's mails (source ids w8-lt…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w8-lt01", kind="on_behalf", client="outlook", frm="Gintarė Mockutė <gintare.mockute@fotonikos-klasteris.lt>",
     subj="Registracija į dirbtuves Rygoje (2 asmenys)",
     body="""Laba diena,

norėtume dalyvauti dirbtuvėse Rygoje birželio 2–3 d. dviese: aš ir mano kolegė Ugnė Stankevičiūtė (ugne.stankeviciute@fotonikos-klasteris.lt). Abi dirbame Fotonikos inovacijų klasteryje, aš – tarptautinių projektų vadovė, Ugnė – naujai įdarbinta eksporto specialistė.

Iš anksto dėkoju!""",
     sig="""Pagarbiai
Gintarė Mockutė
Fotonikos inovacijų klasteris
Saulėtekio al. 15, LT-10224 Vilnius""",
     L=dict(name="Gintarė Mockutė", org="Fotonikos inovacijų klasteris", cc="LT",
            parts=[("gintare.mockute@fotonikos-klasteris.lt", "Gintarė Mockutė"),
                   ("ugne.stankeviciute@fotonikos-klasteris.lt", "Ugnė Stankevičiūtė")])),

dict(id="w8-lt02", kind="registration", client="gmail", frm="Darius Vaitkevičius <darius.vaitkevicius@agrifood-kaunas.lt>",
     subj="Dalyvavimo patvirtinimas",
     body="""Sveiki,

kaip jau minėjau telefonu Ingai praėjusią savaitę, į dirbtuves atvyksiu – šiuo laišku tik patvirtinu raštu. Atstovausiu Kauno maisto inovacijų klasteriui. Tarptautinėje veikloje esame seni vilkai: jau šešeri metai vežame narius į parodas Vokietijoje ir Skandinavijoje.

Iki susitikimo Rygoje,
Darius""",
     sig="""Darius Vaitkevičius
Kauno maisto inovacijų klasteris
tel. +370 612 44 809""",
     L=dict(name="Darius Vaitkevičius", org="Kauno maisto inovacijų klasteris", orgnot=["Kauno maisto inovacijų klasteriui"],
            orgc="Kauno maisto inovacijų klaster", exp="experienced", unscored=["country"])),

dict(id="w8-lt03", kind="registration", client="html_only", frm="Rasa Jankauskienė <rasa.jankauskiene@one.lt>",
     subj="Registracija",
     html="""<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Laba diena,</p>
<p>prašau užregistruoti mane į seminarą apie klasterių tarptautiškumą.</p>
<table border="0" cellpadding="2">
<tr><td><b>Vardas, pavardė:</b></td><td>Rasa Jankauskienė</td></tr>
<tr><td><b>Organizacija:</b></td><td>Tekstilės ir mados klasteris „Drobė“</td></tr>
<tr><td><b>Miestas, šalis:</b></td><td>Alytus, Lietuva</td></tr>
<tr><td><b>Patirtis:</b></td><td>pradedantieji</td></tr>
</table>
<p>Ačiū,<br>Rasa</p>
</body></html>
""",
     L=dict(name="Rasa Jankauskienė", org="Tekstilės ir mados klasteris „Drobė“", orgc="Drobė", cc="LT", exp="starting")),

dict(id="w8-lt04", kind="question", client="outlook", ev=2, frm="Tomas Rimkus <tomas.rimkus@jurines-technologijos.lt>",
     subj="Pitch sesija forume",
     body="""Laba diena,

turiu klausimą dėl spalio 14 d. forumo Taline: kiek laiko skiriama vienam pristatymui pitch sesijoje ir ar jau dabar reikia pateikti temą, ar tai bus galima padaryti vėliau? Dar neregistruoju – pirma noriu suprasti, ar mūsų startuoliui tai apsimoka.

Pagarbiai
Tomas Rimkus
UAB „Bangų energija“
Klaipėda""",
     L=dict(I=["question"], name="Tomas Rimkus", org="UAB „Bangų energija“", orgc="Bangų energija", cc="LT")),

dict(id="w8-lt05", kind="cancellation", client="gmail", frm="Jūratė Paulauskaitė <jurate@inovaciju-slenis.lt>",
     subj="Re: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Laba diena, Inga,

ačiū už kvietimą. Deja, šįkart negalėsime – būtent birželio 2–3 d. Šiauliuose organizuojame savo regiono verslo forumą, tad visa komanda bus užimta. Beje, jei kas nors iš jūsų tinklo norėtų atvažiuoti pas mus, mielai priimsime – programą atsiųsiu atskirai.

Sėkmės renginyje!
Jūratė Paulauskaitė
Šiaurės Lietuvos inovacijų slėnis""",
     L=dict(I=[], Iopt=["cancellation"], name="Jūratė Paulauskaitė", org="Šiaurės Lietuvos inovacijų slėnis")),

dict(id="w8-lt06", kind="cancellation", client="outlook", quote=True, frm="Mindaugas Žukauskas <mindaugas.zukauskas@medzio-gaminiai.lt>",
     ack=dict(name="Mindaugas Žukauskas", org="Medžio gaminių klasteris", country="Lietuva"),
     body="""Laba diena,

deja, turiu atšaukti savo registraciją – direktorius nepatvirtino komandiruotės, nes birželio pradžioje turime audito patikrą. Atsiprašau už nepatogumus.

Mindaugas""",
     L=dict(I=["cancellation"], name="Mindaugas Žukauskas", org="Medžio gaminių klasteris")),

dict(id="w8-lt07", kind="update", client="gmail", quote=True, frm="Zivile Gaizauskaite <zivile.g@biotech-klasteris.lt>",
     ack=dict(name="Zivile Gaizauskaite", org="Sveikatos biotechnologijų klasteris", country="Lietuva"),
     body="""Laba diena,

ačiū už patvirtinimą. Turiu du pataisymus: pirma, mano vardas ir pavardė su lietuviškomis raidėmis, o antra – nuo gegužės ištekėjau ir pavardė pasikeitė. Ant kortelės prašyčiau rašyti: Živilė Petrauskienė. El. pašto adresas kol kas lieka tas pats.

Ačiū!
Živilė""",
     L=dict(I=["update"], name="Živilė Petrauskienė", org="Sveikatos biotechnologijų klasteris")),

dict(id="w8-lt08", kind="registration_idea", client="android", frm="Karolis Baranauskas <karolis.baranauskas@gmail.com>",
     subj="registracija + idėja workshop'ui",
     body="""Sveiki! Registruojuosi į workshop'ą Rygoje, abi dienos. Karolis Baranauskas, Vilniaus kūrybinių industrijų klasteris.

Ir turiu idėją small group session'ui: "how to sell cluster membership abroad" – t.y. kaip pritraukti užsienio įmones tapti asocijuotais nariais. Mes bandėm su dviem suomių įmonėm, pavyko pusiau 😅 galiu papasakoti per 10 min.""",
     L=dict(I=["registration", "idea"], name="Karolis Baranauskas", org="Vilniaus kūrybinių industrijų klasteris", unscored=["country"])),

dict(id="w8-lt09", kind="auto_reply", client="plain", frm="Info <info@statybos-klasteris.lt>",
     subj="Gavome jūsų laišką [#48213]",
     hdrs={"Auto-Submitted": "auto-generated", "X-Autoreply": "yes"},
     body="""Sveiki,

jūsų laiškas gautas ir užregistruotas numeriu #48213. Atsakysime per 2 darbo dienas.

Tai automatinis pranešimas, į jį atsakyti nereikia.

Statybos inovacijų klasteris""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w8-lt10", kind="forwarded", client="gmail", fwd=1, fwd_to="tadas.jonusas@logistikos-asociacija.lt",
     frm="Tadas Jonušas <tadas.jonusas@logistikos-asociacija.lt>",
     to="register@event.test",
     body="""Rūta, gal tau įdomu? Man tos dienos nesiseka, bet tu galėtum važiuoti.

T.""",
     L=dict(I=[], name="Tadas Jonušas")),

dict(id="w8-lt11", kind="thanks", client="iphone", quote=True, frm="Egle Petraityte <egle.petraityte@gmail.com>",
     ack=dict(name="Eglė Petraitytė", org="Marijampolės baldų klasteris", country="Lietuva"),
     body="""Gerai, aciu. Iki pasimatymo Rygoj""",
     L=dict(I=[], name="Eglė Petraitytė")),

dict(id="w8-lt12", kind="registration", client="outlook", ev=2, frm="Andrius Kazlauskas <andrius.kazlauskas@baltic-aquatech.lt>",
     subj="Registration – Blue Economy Matchmaking Forum",
     body="""Dear Kadri,

please register me for the Matchmaking Forum in Tallinn on 14 October.

Name: Andrius Kazlauskas
Organisation: Baltic Aquatech UAB
Country: Lithuania
Topics: recirculating aquaculture systems (RAS), water treatment sensors, partners for a pilot farm in Estonia or Finland

Thank you and best regards,
Andrius""",
     sig="""Andrius Kazlauskas
Business Development Manager
Baltic Aquatech UAB
Minijos g. 180, LT-93269 Klaipėda

Šiame elektroniniame laiške ir jo prieduose gali būti konfidenciali informacija, skirta tik adresatui. Jei šį laišką gavote per klaidą, prašome nedelsiant informuoti siuntėją ir laišką ištrinti. Bet koks šio laiško platinimas ar kopijavimas be siuntėjo sutikimo draudžiamas.""",
     L=dict(lang="en", name="Andrius Kazlauskas", org="Baltic Aquatech UAB", orgc="Baltic Aquatech", cc="LT")),
]

# The tenth writer's mails (source ids w10-lt…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w10-lt01", kind="registration", client="apple", frm="Arūnas Giedraitis <arunas.giedraitis@zemes-ukio-technika-test.lt>",
     subj="Dalyvausiu dirbtuvėse",
     body="""Laba diena,

esu Žemės ūkio technikos klasterio direktorius ir norėčiau dalyvauti birželio 2–3 d. dirbtuvėse Rygoje. Mūsų nariai priekabas ir sėjamąsias eksportuoja jau daugiau nei dešimtmetį – daugiausia į Skandinaviją ir Ukrainą, o klasteris pats organizuoja bendrus stendus parodose nuo 2014 m.

Pagarbiai,
Arūnas Giedraitis""",
     sig="""Arūnas Giedraitis
Direktorius
VšĮ Žemės ūkio technikos klasteris
Jonavos g. 60, LT-44192 Kaunas""",
     L=dict(name="Arūnas Giedraitis", org="VšĮ Žemės ūkio technikos klasteris", orgc="Žemės ūkio technikos klaster",
            orgnot=["Žemės ūkio technikos klasterio"], cc="LT", exp="experienced")),

dict(id="w10-lt02", kind="on_behalf", client="outlook", frm="Violeta Bružienė <violeta.bruziene@dzukijos-pramone-test.lt>",
     subj="Registruoju du darbuotojus",
     body="""Laba diena,

pati atvykti negalėsiu, bet į dirbtuves Rygoje norėčiau užregistruoti du mūsų asociacijos darbuotojus:

– Linas Bartkus, projektų vadovas, linas.bartkus@dzukijos-pramone-test.lt
– Gabija Rimkutė, eksporto konsultantė (pas mus dirba nuo praeitos savaitės, el. pašto dar neturi – kol kas informaciją siųskite man)

Abu dalyvaus abi dienas.

Ačiū,
Violeta""",
     sig="""Violeta Bružienė
Vykdančioji direktorė
Dzūkijos pramonės asociacija
Pramonės g. 8, Alytus, Lietuva""",
     L=dict(name="Violeta Bružienė", org="Dzūkijos pramonės asociacija", cc="LT",
            parts=[("linas.bartkus@dzukijos-pramone-test.lt", "Linas Bartkus"), (None, "Gabija Rimkutė")],
            review="on_behalf_without_address")),

dict(id="w10-lt03", kind="question", client="gmail", ev=2, frm="Saulius Vaičiulis <saulius.vaiciulis@laivu-remontas-test.lt>",
     subj="Keli klausimai dėl forumo",
     body="""Laba diena,

norėčiau sužinoti kelis dalykus apie forumą Taline, kol dar nesame apsisprendę:
1) ar dalyvavimas mokamas, ar apmokame tik kelionę;
2) ar susitikimai vienas su vienu suderinami iš anksto per kokią nors platformą, ar viskas vyksta vietoje;
3) ar galima atvykti dviem žmonėms iš tos pačios įmonės.

Būčiau dėkingas už atsakymą.

Saulius Vaičiulis
UAB „Vakarų laivų remontas“
Klaipėda, Lietuva""",
     L=dict(I=["question"], name="Saulius Vaičiulis", org="UAB „Vakarų laivų remontas“", orgc="Vakarų laivų remontas", cc="LT")),

dict(id="w10-lt04", kind="question", client="thunderbird", cs="iso-8859-13", cte="qp", quote=True,
     frm="Dalia Urbonienė <dalia.urboniene@kosmetikos-klasteris-test.lt>",
     ack=dict(name="Dalia Urbonienė", org="Natūralios kosmetikos klasteris", country="Lietuva"),
     body="""Laba diena,

dėkoju už patvirtinimą. Gal galėtumėte pasakyti, ar sąskaitą (jei tokia bus) galima išrašyti asociacijai, o ne man asmeniškai? Ir dar – kada maždaug paaiškės, iki kelintos valandos truks antroji diena? Norėčiau pirkti lėktuvo bilietus atgal į Vilnių.

Dalia""",
     L=dict(I=["question"], name="Dalia Urbonienė", org="Natūralios kosmetikos klasteris")),

dict(id="w10-lt05", kind="update", client="iphone", quote=True, frm="Rokas Jurgaitis <rokas.jurgaitis@gmail.com>",
     ack=dict(name="Rokas Jurgaitis", org="Šiaulių elektronikos klasteris", country="Lietuva"),
     body="""Sveiki, pasikeitė planai – antrą dieną (birželio 3) negalėsiu, turiu grįžti į Šiaulius anksčiau. Pirmą dieną būsiu visą dieną. Rokas""",
     L=dict(I=["update"], Iopt=["cancellation"], name="Rokas Jurgaitis", org="Šiaulių elektronikos klasteris", note=True)),

dict(id="w10-lt06", kind="question", client="html_only", frm="Jolanta Vasiliauskienė <jolanta.vasiliauskiene@kaimo-turizmas-test.lt>",
     subj="Dėl rugsėjo forumo Vilniuje",
     html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Laba diena,</p>
<p>gavau jūsų kvietimą į dirbtuves Rygoje, bet šįkart rašau dėl kito renginio. Kolegos minėjo, kad rugsėjį Vilniuje vyks Baltijos jūros regiono klasterių forumas – ar jį taip pat organizuojate jūs? Jei taip, kur galima rasti programą ir kaip į jį registruotis?</p>
<p>Iš anksto ačiū,<br>
Jolanta Vasiliauskienė<br>
Lietuvos kaimo turizmo klasteris</p>
</body></html>
""",
     # A question about a different event: no registration for this one.
     L=dict(I=["question"], name="Jolanta Vasiliauskienė", org="Lietuvos kaimo turizmo klasteris")),

dict(id="w10-lt07", kind="question", client="gmail", frm="Mantas Stonkus <mantas.stonkus@bepilociai-test.lt>",
     subj="Re: Praktinė informacija apie dirbtuves",
     body="""Laba diena,

jau trečią kartą per dvi dienas gaunu tą patį laišką su praktine informacija, ir kiekvieną kartą jame nurodytas vis kitas viešbutis. Tai kuris galioja? Būtų gerai tokius dalykus patikrinti prieš siunčiant visiems – dalis mūsų narių jau spėjo užsisakyti ne tą viešbutį.

Mantas Stonkus
Bepiločių orlaivių klasteris""",
     # A complaint about the broadcasts that also asks which hotel is right: question.
     L=dict(I=["question"], name="Mantas Stonkus", org="Bepiločių orlaivių klasteris")),

dict(id="w10-lt08", kind="update", client="outlook", quote=True, frm="Austėja Norkutė <austeja.norkute@aprangos-klasteris-test.lt>",
     ack=dict(name="Austėja Norkutė", org="Kauno aprangos gamintojų klasteris", country="Lietuva"),
     body="""Laba diena,

registruodamasi parašiau, kad turime tarptautinės veiklos patirties, bet, pagalvojus dar kartą, tai netiesa – iki šiol dalyvavome tik vienoje parodoje užsienyje, ir ją organizavo ne mes. Iš esmės tik pradedame, tad prašyčiau mane priskirti pradedančiųjų grupei.

Austėja Norkutė""",
     L=dict(I=["update"], name="Austėja Norkutė", org="Kauno aprangos gamintojų klasteris", exp="starting")),

dict(id="w10-lt09", kind="question", client="android", frm="Giedrius Butkus <giedrius.butkus@energetikos-klasteris-test.lt>",
     subj="Re: Praktinė informacija: dirbtuvės Rygoje, birželio 2–3 d.",
     body="""Ačiū už informaciją. Ar pusryčiai įeina į kainą su jūsų nuolaidos kodu, ar už juos mokama atskirai?

Giedrius

2027-05-05, tr, 11:02, Workshop registration <register@event.test> rašė:
> Laba diena,
>
> primename, kad dirbtuvės vyks Rygoje, Elizabetes g. 41, 3 aukšte. Dalyviams viešbutyje „Avalon“ rezervuoti kambariai su nuolaidos kodu CLUSTER27 (iki gegužės 25 d.).
>
> Workshop organisers""",
     L=dict(I=["question"], name="Giedrius Butkus")),

dict(id="w10-lt10", kind="on_behalf", client="thunderbird", cs="iso-8859-4", cte="qp", quote=True,
     frm="Vaida Tamošiūnienė <vaida.tamosiuniene@medienos-inovacijos-test.lt>",
     ack=dict(name="Vaida Tamošiūnienė", org="Medienos inovacijų centras", country="Lietuva"),
     body="""Laba diena,

deja, atvykti negalėsiu – tą savaitę turiu būti Briuselyje projekto patikroje. Vietoj manęs dalyvaus kolega Justinas Mačiulis (justinas.maciulis@medienos-inovacijos-test.lt), jis kuruoja mūsų eksporto projektus Norvegijoje. Prašau perregistruoti vietą jo vardu.

Ačiū,
Vaida""",
     L=dict(I=["registration", "cancellation"], name="Vaida Tamošiūnienė", org="Medienos inovacijų centras",
            parts=[("vaida.tamosiuniene@medienos-inovacijos-test.lt", "Vaida Tamošiūnienė"),
                   ("justinas.maciulis@medienos-inovacijos-test.lt", "Justinas Mačiulis")])),

dict(id="w10-lt11", kind="auto_reply", client="outlook", frm="Kristina Šimkienė <kristina.simkiene@sveikatos-inovacijos-test.lt>",
     subj="Automatinis atsakymas: Registracija",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Laba diena,

nuo gegužės 10 iki 21 d. esu komandiruotėje Japonijoje ir į laiškus atsakysiu grįžusi. Skubiais klausimais kreipkitės į Tomą Žilinską, tel. +370 5 219 4410.

Kristina Šimkienė""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w10-lt12", kind="registration_idea", client="outlook", frm="Raimonda Kubilienė <raimonda.kubiliene@maisto-perdirbejai-test.lt>",
     subj="Registracija ir pasiūlymas antrai dienai",
     body="""Laba diena,

prašau įtraukti mane į dirbtuvių dalyvių sąrašą. Mūsų klasteris jau trejus metus kartu su latvių ir estų partneriais važiuoja į „Grüne Woche“ Berlyne, tad patirties turime.

Antros dienos grupėms turiu pasiūlymą: būtų naudinga atskirai pakalbėti apie tai, kaip bendro stendo išlaidas pasidalinti tarp skirtingo dydžio narių – mums tai kasmet didžiausias ginčų šaltinis. Galiu atsivežti mūsų sutarties pavyzdį.

Kolegė Vilma greičiausiai irgi norės važiuoti, bet ji parašys pati.

Pagarbiai
Raimonda Kubilienė
Panevėžio maisto perdirbėjų klasteris""",
     # The colleague "will write herself": not a participant of this mail.
     L=dict(I=["registration", "idea"], name="Raimonda Kubilienė", org="Panevėžio maisto perdirbėjų klasteris",
            exp="experienced")),
]
