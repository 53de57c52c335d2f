# Latvian mails. Labels (L) written with each mail, before regbot read it. See ../README.md.

MAILS = [
dict(id="lv01", kind="registration", client="outlook", frm="\"Bērziņa, Ilze\" <ilze.berzina@partikas-klasteris.lv>",
     subj="Pieteikums dalībai seminārā",
     body="""Labdien!

Vēlos pieteikties dalībai seminārā "Cluster internationalisation – Why and how to do it?" 2.–3. jūnijā Rīgā.

Ar cieņu
Ilze""",
     sig="""Ilze Bērziņa
Projektu vadītāja
Pārtikas Tehnoloģiju klasteris
Rīgas iela 22, Jelgava, LV-3001, Latvija
Tālr. +371 26 123 456""",
     L=dict(name="Ilze Bērziņa", org="Pārtikas Tehnoloģiju klasteris", cc="LV")),

dict(id="lv02", kind="registration", client="gmail", frm="Jānis Ozoliņš <janis.ozolins@kokfederacija.lv>",
     subj="Dalība darbnīcā",
     body="""Sveiki!

Pārstāvu Latvijas Kokrūpniecības federāciju un vēlos piedalīties darbnīcā Rīgā 2.–3. jūnijā.

Jānis""",
     L=dict(name="Jānis Ozoliņš", org="Latvijas Kokrūpniecības federācija", orgc="Kokrūpniecības federācija",
            orgnot=["Latvijas Kokrūpniecības federāciju"])),

dict(id="lv03", kind="registration", client="outlook", frm="Kārlis Vītols <karlis.vitols@vidzeme-inovacijas.lv>",
     subj="Reģistrācija",
     body="""Labdien,

lūdzu reģistrēt mani dalībai klasteru internacionalizācijas seminārā.

Paldies un uz tikšanos Rīgā!""",
     sig="""Kārlis Vītols
Valdes priekšsēdētājs
Vidzemes Inovāciju un uzņēmējdarbības klasteris
Valmiera, Latvija
www.vidzeme-inovacijas.lv""",
     L=dict(name="Kārlis Vītols", org="Vidzemes Inovāciju un uzņēmējdarbības klasteris",
            orgc="Inovāciju un uzņēmējdarbības klasteris", cc="LV")),

dict(id="lv04", kind="registration", client="thunderbird", cs="iso-8859-13", cte="qp",
     frm="Anda Kalniņa <anda@smart-materials.lv>",
     subj="Pieteikums - Anda Kalniņa",
     body="""Labdien!

Piesakos dalībai seminārā. Mūsu klasteris ir pavisam jauns - par eksportu un sadarbību ar ārvalstu partneriem sākām domāt tikai pērn, tāpēc ļoti gribētu uzzināt, kā to dara citi.

Ar cieņu,
Anda Kalniņa""",
     sig="""Anda Kalniņa
Klastera koordinatore
Viedo materiālu klasteris
Liepāja""",
     L=dict(name="Anda Kalniņa", org="Viedo materiālu klasteris", cc="LV", exp="starting")),

dict(id="lv05", kind="registration", client="iphone", frm="Līga Kalniņa <liga.kalnina@inbox.lv>",
     subj="Seminārs",
     body="""Labdien, lūdzu pierakstiet mani uz semināru 2.-3. jūnijā. Paldies!
Līga""",
     L=dict(name="Līga Kalniņa")),

dict(id="lv06", kind="registration", client="html_only", cs="utf-8", cte="b64",
     frm="Aivars Krūmiņš <aivars.krumins@balticdrones.lv>",
     subj="Pieteikšanās",
     html="""<html><body><div>Labdien!</div><div>&nbsp;</div>
<div>Piesakos dalībai seminārā par klasteru internacionalizāciju.</div><div>&nbsp;</div>
<div>Ar cieņu,</div>
<div>Aivars Krūmiņš</div>
<div>valdes loceklis</div>
<div>SIA "Baltic Drones"</div>
<div>Daugavpils</div>
</body></html>
""",
     L=dict(name="Aivars Krūmiņš", org="SIA \"Baltic Drones\"", orgc="Baltic Drones", cc="LV")),

dict(id="lv07", kind="registration_idea", client="gmail", frm="Rūta Sproģe <ruta.sproge@dizaina-klasteris.lv>",
     subj="Pieteikums un ideja",
     body="""Labdien!

Vēlos pieteikties dalībai seminārā un reizē piedāvāt tēmu vienai no darba grupām: kā klasteri var izmantot Latvijas diasporu ārvalstīs, lai atrastu pirmos partnerus jaunos tirgos. Mums ir daži labi piemēri no Īrijas un Vācijas.

Ar cieņu
Rūta Sproģe
Latvijas Dizaina klasteris""",
     L=dict(I=["registration", "idea"], name="Rūta Sproģe", org="Latvijas Dizaina klasteris")),

dict(id="lv08", kind="idea_only", client="outlook", frm="Edgars Liepiņš <edgars.liepins@lsgf.lv>",
     subj="Ideja darbnīcai",
     body="""Labdien!

Diemžēl jūnija sākumā būšu komandējumā un piedalīties nevarēšu. Tomēr gribēju ieteikt tēmu: kopīgi klasteru stendi starptautiskās izstādēs - kā sadalīt izmaksas un kas par to atbild. Domāju, ka tas interesētu daudzus.

Veiksmi seminārā!
Edgars Liepiņš""",
     L=dict(I=["idea"], name="Edgars Liepiņš")),

dict(id="lv09", kind="cancellation", client="outlook", quote=True, frm="Inese Puriņa <inese.purina@agro-klasteris.lv>",
     ack=dict(name="Inese Puriņa", org="Zemgales Agroklasteris", country="Latvija"),
     body="""Labdien!

Diemžēl nevarēšu ierasties. Lūdzu, svītrojiet mani no dalībnieku saraksta.

Ar cieņu
Inese Puriņa""",
     L=dict(I=["cancellation"], name="Inese Puriņa")),

dict(id="lv10", kind="cancellation", client="gmail", frm="Guntis Zariņš <guntis.zarins@gmail.com>",
     subj="Atsaucu pieteikumu",
     body="""Labdien,

atvainojos, bet mani plāni ir mainījušies - uz semināru nebraukšu. Lūdzu, neskaitiet mani dalībnieku vidū.

Guntis""",
     L=dict(I=["cancellation"], name="Guntis Zariņš")),

dict(id="lv11", kind="update", client="gmail", quote=True, frm="Ieva Liepiņa <ieva.liepina@energy-cluster.lv>",
     ack=dict(name="Ilva Liepiņa", org="Latvijas Enerģētikas klasteris", country="Latvija"),
     body="""Labdien!

Paldies par apstiprinājumu. Pareizais vārds ir Ieva, nevis Ilva - lūdzu izlabojiet, lai uz vārda kartes būtu pareizi.

Ieva""",
     L=dict(I=["update"], name="Ieva Liepiņa", org="Latvijas Enerģētikas klasteris", cc="LV")),

dict(id="lv12", kind="update", client="apple", quote=True, frm="Oskars Bērziņš <oskars@bioeconomy.lv>",
     ack=dict(name="Oskars Bērziņš"),
     body="""Aizmirsu pateikt - strādāju Latvijas Bioekonomikas klasterī.

Oskars""",
     L=dict(I=["update"], name="Oskars Bērziņš", org="Latvijas Bioekonomikas klasteris",
            orgc="Bioekonomikas klasteris", orgnot=["Latvijas Bioekonomikas klasterī"])),

dict(id="lv13", kind="update", client="outlook", quote=True, frm="Valdis Krastiņš <valdis.krastins@baltic-textile.eu>",
     ack=dict(name="Valdis Krastiņš", org="Baltic Textile Network", country="Latvija"),
     body="""Labdien,

neliels precizējums: valsts ir Lietuva, nevis Latvija - mūsu birojs atrodas Šauļos, lai gan pats esmu latvietis.

Ar cieņu
Valdis""",
     L=dict(I=["update"], name="Valdis Krastiņš", org="Baltic Textile Network", cc="LT")),

dict(id="lv14", kind="question", client="gmail", frm="Sintija Ozola <sintija.ozola@kurzeme.lv>",
     subj="Jautājums par semināru",
     body="""Labdien!

Pirms reģistrējos, vēlējos noskaidrot - vai semināra darba valoda būs angļu? Vai būs nodrošināts tulkojums latviešu valodā?

Paldies!
Sintija Ozola
Kurzemes plānošanas reģions""",
     L=dict(I=["question"], name="Sintija Ozola", org="Kurzemes plānošanas reģions")),

dict(id="lv15", kind="question", client="iphone", frm="Raimonds Kalējs <raimonds.kalejs@balticit.lv>",
     subj="Dalības maksa?",
     body="""Sveiki, vai dalība seminārā ir bez maksas? Un vai tiek segti ceļa izdevumi dalībniekiem no reģioniem?""",
     L=dict(I=["question"], name="Raimonds Kalējs")),

dict(id="lv16", kind="question_in_request", client="outlook", frm="Zane Dreimane <zane.dreimane@medtech.lv>",
     subj="Vai vēl var pieteikties?",
     body="""Labdien!

Ielūgumu saņēmu tikai šodien. Vai vēl ir brīvas vietas? Ja jā, lūdzu, reģistrējiet mani.

Zane Dreimane
Biznesa attīstības vadītāja
Latvijas Medicīnas tehnoloģiju klasteris
Rīga""",
     L=dict(I=["registration"], Iopt=["question"], name="Zane Dreimane", org="Latvijas Medicīnas tehnoloģiju klasteris",
            orgc="Medicīnas tehnoloģiju klasteris", cc="LV")),

dict(id="lv17", kind="on_behalf", client="outlook", frm="Juris Apinis <juris.apinis@lmmk.lv>",
     subj="Dalībnieku pieteikums",
     body="""Labdien!

Lūdzu reģistrēt mūsu kolēģus dalībai seminārā:
1) Anna Kalēja, anna.kaleja@lmmk.lv
2) Roberts Vītols, roberts.vitols@lmmk.lv

Es pats diemžēl nevarēšu piedalīties.

Ar cieņu
Juris Apinis
Izpilddirektors
Latvijas Mašīnbūves un metālapstrādes klasteris""",
     L=dict(name="Juris Apinis", org="Latvijas Mašīnbūves un metālapstrādes klasteris",
            orgc="Mašīnbūves un metālapstrādes klasteris",
            parts=[("anna.kaleja@lmmk.lv", "Anna Kalēja"), ("roberts.vitols@lmmk.lv", "Roberts Vītols")])),

dict(id="lv18", kind="on_behalf", client="gmail", frm="Elīna Siliņa <elina.silina@fintech-riga.lv>",
     subj="Divi dalībnieki no Fintech Riga",
     body="""Labdien!

Piesakām divus dalībniekus: mani un kolēģi Māri Zariņu (maris.zarins@fintech-riga.lv).

Paldies!
Elīna Siliņa
Fintech Riga klasteris""",
     L=dict(name="Elīna Siliņa", org="Fintech Riga klasteris", orgc="Fintech Riga",
            parts=[("elina.silina@fintech-riga.lv", "Elīna Siliņa"), ("maris.zarins@fintech-riga.lv", "Māris Zariņš")])),

dict(id="lv19", kind="on_behalf", client="thunderbird", cs="windows-1257", cte="8bit",
     frm="Laura Bite <laura.bite@photonics.lv>",
     subj="Pieteikums",
     body="""Labdien!

Lūdzu, reģistrējiet mani dalībai seminārā. Lūdzu, pierakstiet arī manu kolēģi Kristapu Lāci - viņa e-pastu atsūtīšu vēlāk.

Ar cieņu
Laura Bite""",
     sig="""Laura Bite
Latvijas Fotonikas klasteris""",
     L=dict(name="Laura Bite", org="Latvijas Fotonikas klasteris", orgc="Fotonikas klasteris",
            review="on_behalf_without_address",
            parts=[("laura.bite@photonics.lv", "Laura Bite"), (None, "Kristaps Lācis")])),

dict(id="lv20", kind="registration_note", client="gmail", frm="Dace Ābele <dace.abele@ekotehnologijas.lv>",
     subj="Reģistrācija semināram",
     body="""Labdien!

Lūdzu reģistrējiet mani. Esmu veģetāriete, tāpēc lūdzu to ņemt vērā, plānojot pusdienas.

Dace Ābele
Ekotehnoloģiju klasteris""",
     L=dict(name="Dace Ābele", org="Ekotehnoloģiju klasteris", note=True)),

dict(id="lv21", kind="registration_note", client="android", frm="Armands Lejnieks <armands.lejnieks@gmail.com>",
     subj="Pieteikums",
     body="""Labdien! Piesakos dalībai. Pirmajā dienā varu mazliet nokavēt, jo braukšu no Liepājas ar pirmo autobusu.

Armands Lejnieks
Liepājas Metālapstrādes klasteris""",
     L=dict(name="Armands Lejnieks", org="Liepājas Metālapstrādes klasteris", cc="LV", note=True)),

dict(id="lv22", kind="thanks", client="android", quote=True, frm="Māra Grīnberga <mara.grinberga@lvtourism.lv>",
     ack=dict(name="Māra Grīnberga", org="Latvijas Tūrisma klasteris", country="Latvija"),
     body="""Paldies!""",
     L=dict(I=[], name="Māra Grīnberga")),

dict(id="lv23", kind="forwarded", client="gmail", fwd=1, frm="Dace Krūze <dace.kruze@zala-energija.lv>",
     body="""Labdien!

Kolēģis man pārsūtīja šo ielūgumu. Labprāt piedalītos - lūdzu, reģistrējiet mani.

Ar cieņu
Dace Krūze
SIA "Zaļā Enerģija\"""",
     L=dict(name="Dace Krūze", org="SIA \"Zaļā Enerģija\"", orgc="Zaļā Enerģija")),

dict(id="lv24", kind="auto_reply", client="outlook", frm="Agris Baumanis <agris.baumanis@liaa-partner.lv>",
     subj="Automātiskā atbilde: Reģistrācija apstiprināta: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Labdien!

Esmu atvaļinājumā līdz 3. maijam un e-pastus nelasu. Steidzamos jautājumos, lūdzu, sazinieties ar kolēģi Ritu Kalnu (rita.kalna@liaa-partner.lv).

Ar cieņu
Agris Baumanis""",
     L=dict(I=[], auto="auto_reply")),

dict(id="lv25", kind="registration", client="outlook", frm="\"Dr. sc. ing. Pēteris Lūsis\" <peteris.lusis@rtu-inovacijas.lv>",
     subj="Pieteikums dalībai",
     body="""Labdien,

ar šo piesakos dalībai seminārā "Cluster internationalisation – Why and how to do it?".

Ar cieņu""",
     sig="""Dr. sc. ing. Pēteris Lūsis
Vadošais pētnieks
Inovāciju un tehnoloģiju pārneses centrs
Rīgas Tehniskā universitāte
Ķīpsalas iela 6A, Rīga, LV-1048""",
     L=dict(name="Pēteris Lūsis", org="Rīgas Tehniskā universitāte", orgc="Rīgas Tehniskā universitāte", cc="LV")),

dict(id="lv26", kind="registration", client="outlook", cs="windows-1257",
     frm="Normunds Celmiņš <normunds.celmins@eksporta-klasteris.lv>",
     subj="Reģistrācija - N. Celmiņš",
     body="""Labdien!

Ar šo piesaku savu dalību seminārā. Mūsu klasteris jau desmit gadus organizē eksporta misijas saviem biedriem, tāpēc labprāt padalīšos ar pieredzi, ja tas noder.

Ar cieņu,
Normunds Celmiņš
Valdes loceklis
Kurzemes Eksporta un loģistikas klasteris
Ventspils, Latvija""",
     L=dict(name="Normunds Celmiņš", org="Kurzemes Eksporta un loģistikas klasteris",
            orgc="Eksporta un loģistikas klasteris", cc="LV", exp="experienced")),

dict(id="lv27", kind="registration", client="gmail", ev=2, frm="Ainārs Kociņš <ainars@zivju-klasteris.lv>",
     subj="Pieteikums forumam Tallinā",
     body="""Labdien!

Vēlos pieteikties Zilās ekonomikas sadarbības forumam Tallinā 14. oktobrī. Pārstāvu Kurzemes Zivsaimniecības klasteri; interesē sadarbība akvakultūrā un zivju pārstrādē.

Ar cieņu
Ainārs Kociņš""",
     L=dict(name="Ainārs Kociņš", org="Kurzemes Zivsaimniecības klasteris", orgc="Kurzemes Zivsaimniecības klasteris",
            orgnot=["Kurzemes Zivsaimniecības klasteri"])),

dict(id="lv28", kind="question", client="outlook", ev=2, frm="Marta Roze <marta.roze@portofriga-partners.lv>",
     subj="B2B tikšanās",
     body="""Labdien!

Vai forumā būs iespēja iepriekš rezervēt B2B tikšanās? Un līdz kuram datumam jāpiesakās?

Ar cieņu
Marta Roze""",
     L=dict(I=["question"], name="Marta Roze")),

dict(id="lv29", kind="registration", client="thunderbird", cs="iso-8859-4", cte="8bit",
     frm="Mārtiņš Eglītis <martins.eglitis@zemgale-food.lv>",
     subj="Gribu piedalīties",
     body="""Labvakar!

Gribu pieteikties uz semināru Rīgā.

Mārtiņš Eglītis
Zemgales Lauksaimniecības un pārtikas klasteris
Jelgava""",
     sigdash=False,
     L=dict(name="Mārtiņš Eglītis", org="Zemgales Lauksaimniecības un pārtikas klasteris",
            orgc="Lauksaimniecības un pārtikas klasteris", cc="LV")),

dict(id="lv30", kind="registration", client="gmail", frm="Sandra Pētersone <sandra@mebelu-nams.lv>",
     subj="Pieteikums",
     body="""Vārds, uzvārds: Sandra Pētersone
Organizācija: Mēbeļu ražotāju klasteris
Valsts: Latvija
Pieredze internacionalizācijā: esam iesācēji""",
     L=dict(name="Sandra Pētersone", org="Mēbeļu ražotāju klasteris", cc="LV", exp="starting")),

dict(id="lv31", kind="list", client="html_only", cs="utf-8", frm="Klasteru jaunumi <jaunumi@klasteri-latvija.lv>",
     subj="Klasteru jaunumi | aprīlis 2027",
     hdrs={"List-Id": "Klasteru jaunumi <jaunumi.klasteri-latvija.lv>",
           "List-Unsubscribe": "<https://klasteri-latvija.lv/atrakstities?id=5521>",
           "Precedence": "bulk", "X-Mailer": "Mailchimp Mailer - **CID5521**"},
     html="""<html><body><table width="600"><tr><td><h2>Klasteru jaunumi | aprīlis 2027</h2>
<p>Piesakieties mūsu vebināram par klasteru izcilības marķējumu - reģistrācija līdz 30. aprīlim.</p>
<p>Jauni biedri: Latgales Kokapstrādes klasteris un Rīgas Viedās pilsētas klasteris.</p>
<p style="font-size:11px">Jūs saņemat šo vēstuli, jo esat pierakstījies jaunumiem. <a href="https://klasteri-latvija.lv/atrakstities?id=5521">Atrakstīties</a></p>
</td></tr></table></body></html>
""",
     L=dict(I=[], auto="bulk")),
]

# Second batch (appended: earlier mails keep their half).
MAILS += [
dict(id="lv32", kind="registration", client="outlook", cs="windows-1257",
     frm="Gunta Ozoliņa <gunta.ozolina@latgales-biznesa-klasteris.lv>",
     subj="Pieteikums semināram 2.-3.jūnijā",
     body="""Labdien, cienījamie organizatori!

Vēlos pieteikt savu dalību seminārā par klasteru internacionalizāciju. Mūsu klasteris apvieno ap 40 mazo un vidējo uzņēmumu no Latgales, galvenokārt kokapstrādē un pārtikas ražošanā. Līdz šim ārvalstu tirgos strādājuši tikai daži lielākie biedri, pārējie eksportē caur starpniekiem vai vispār neeksportē.

No semināra ceru uzzināt, kā citi klasteri organizē kopīgas tirdzniecības misijas un kā pārliecināt mazos uzņēmumus, ka tas ir to vērts. Būtu ļoti noderīgi dzirdēt arī par finansējuma iespējām.

Paldies un uz tikšanos Rīgā!

Ar cieņu,
Gunta Ozoliņa
valdes locekle
biedrība "Latgales Biznesa klasteris"
Rīgas iela 1, Daugavpils, LV-5401
mob. 29 123 456
www.latgales-biznesa-klasteris.lv""",
     L=dict(name="Gunta Ozoliņa", org="biedrība \"Latgales Biznesa klasteris\"", orgc="Latgales Biznesa klasteris", cc="LV")),

dict(id="lv33", kind="on_behalf", client="gmail", quote=True, frm="Ēriks Vanags <eriks.vanags@kokklasteris.lv>",
     ack=dict(name="Ēriks Vanags", org="Vidzemes Kokapstrādes klasteris", country="Latvija"),
     body="""Labdien!

Diemžēl man pašam neizdosies atbraukt, bet manā vietā brauks kolēģe Ilona Strode (ilona.strode@kokklasteris.lv). Lūdzu, pārreģistrējiet dalību uz viņas vārda.

Paldies!
Ēriks""",
     L=dict(I=["registration", "cancellation"], name="Ēriks Vanags", org="Vidzemes Kokapstrādes klasteris", cc="LV",
            parts=[("eriks.vanags@kokklasteris.lv", "Ēriks Vanags"), ("ilona.strode@kokklasteris.lv", "Ilona Strode")])),

dict(id="lv34", kind="registration_note", client="iphone", frm="Renāte Lapiņa <renate.lapina@gmail.com>",
     subj="Dalība tikai otrajā dienā",
     body="""Labdien! Vai var pieteikties tikai uz otro dienu (3. jūniju)? Pirmajā dienā man ir cits pasākums. Ja var, lūdzu reģistrējiet mani.
Renāte Lapiņa, Zemgales Inovāciju klasteris""",
     L=dict(I=["registration"], Iopt=["question"], name="Renāte Lapiņa", org="Zemgales Inovāciju klasteris", note=True)),

dict(id="lv35", kind="auto_reply", client="plain", cs="iso-8859-13", cte="qp", frm="Inga Kalniņa <inga.kalnina@ventspils-it.lv>",
     subj="Prombūtnē: Re: Reģistrācija apstiprināta",
     body="""Labdien!

Līdz 25. aprīlim atrodos komandējumā un e-pastu pārbaudu reti. Steidzamos gadījumos zvaniet uz 63 600 000.

Inga Kalniņa""",
     L=dict(I=[], auto="auto_reply")),

dict(id="lv36", kind="registration", client="thunderbird", cs="utf-8",
     frm="Māris Āboliņš <maris.abolins@lvmetal.lv>",
     subj="pieteikums",
     body="""Sveiki,

šoreiz braukšu es pats - esmu atbildīgs par eksporta jautājumiem Latvijas Metālapstrādes asociācijā. Lūdzu reģistrējiet.

Māris""",
     sig="""Māris Āboliņš
Eksporta projektu vadītājs
Latvijas Metālapstrādes asociācija
Jelgava""",
     L=dict(name="Māris Āboliņš", org="Latvijas Metālapstrādes asociācija", cc="LV",
            orgnot=["Latvijas Metālapstrādes asociācijā"])),
]

# Third batch: informal/typos, the second event, registration with a side question.
MAILS += [
dict(id="lv37", kind="registration", client="android", frm="Jānis Kalniņš <janis.kalnins@kokapstrade.lv>",
     subj="seminars",
     body="""Sveiki, gribu pieteikties uz seminaru riga 2-3 junija. Janis Kalnins, Latvijas Kokapstrades klasteris. Paldies""",
     L=dict(name="Jānis Kalniņš", org="Latvijas Kokapstrades klasteris", orgc="Kokapstrades klasteris")),

dict(id="lv38", kind="registration", client="outlook", cs="windows-1257", ev=2, frm="Laila Celma <laila.celma@jura-tehnologijas.lv>",
     subj="Pieteikums Zilās ekonomikas forumam",
     body="""Labdien!

Lūdzu reģistrēt mani dalībai forumā Tallinā 14. oktobrī. B2B tikšanās vēlētos ar:
- ostu digitalizācijas risinājumu piegādātājiem;
- Somijas un Zviedrijas jūras pētniecības institūtiem.

Ar cieņu
Laila Celma
Jūras tehnoloģiju klasteris
Liepāja, Latvija""",
     L=dict(name="Laila Celma", org="Jūras tehnoloģiju klasteris", cc="LV")),

dict(id="lv39", kind="registration", client="gmail", frm="Ivars Gailītis <ivars.gailitis@agritech.lv>",
     subj="Reģistrācija + jautājums",
     body="""Labdien!

Lūdzu reģistrējiet mani seminārā. Un vēl jautājums - vai pasākuma vietā būs iespēja novietot auto? Braukšu no Valmieras.

Ivars Gailītis
Agritech klasteris""",
     L=dict(I=["registration", "question"], name="Ivars Gailītis", org="Agritech klasteris", cc="LV")),
]

# Fourth batch: replies in the writer's language under an acknowledgement that came in English.
MAILS += [
dict(id="lv40", kind="update", client="outlook", quote=True, ack_lang="en", frm="Baiba Zvaigzne <baiba.zvaigzne@tekstils.lv>",
     ack=dict(name="Baiba Zvaigzne"),
     body="""Labdien!

Paldies par apstiprinājumu. Lūdzu papildināt: pārstāvu Latvijas Tekstila un apģērbu ražotāju asociāciju, Rīga.

Ar cieņu
Baiba Zvaigzne""",
     L=dict(I=["update"], name="Baiba Zvaigzne", org="Latvijas Tekstila un apģērbu ražotāju asociācija",
            orgc="Tekstila un apģērbu ražotāju asociācija", orgnot=["Latvijas Tekstila un apģērbu ražotāju asociāciju"],
            cc="LV")),
]

# ---------------------------------------------------------------- second writer (w2-*)
# Written by a second writer (see ../README.md), other people, situations and phrasings than above.
# Labels written with each mail, before regbot was run on any of them.
MAILS += [
dict(id="w2-lv01", kind="registration", client="outlook", frm="Ilze Kalniņa <ilze.kalnina@vidzeme-iuc.lv>",
     subj="Pieteikšanās semināram 2.-3. jūnijā",
     body="""Labdien!

Vēlos pieteikties semināram "Cluster internationalisation – Why and how to do it?". Pārstāvu Vidzemes Inovāciju un uzņēmējdarbības centru; ar eksporta atbalstu saviem biedriem strādājam jau desmit gadus, tāpēc labprāt dalīšos pieredzē arī grupu darbā.

Piedalīšos abās dienās.

Ar cieņu
Ilze""",
     sig="""Ilze Kalniņa
Projektu vadītāja
Starptautiskās sadarbības nodaļa
Vidzemes Inovāciju un uzņēmējdarbības centrs
Rīgas iela 10, Valmiera, LV-4201
Tālr. +371 2910 4455""",
     L=dict(name="Ilze Kalniņa", org="Vidzemes Inovāciju un uzņēmējdarbības centrs",
            orgnot=["Vidzemes Inovāciju un uzņēmējdarbības centru"], cc="LV", exp="experienced")),

dict(id="w2-lv02", kind="registration", client="gmail", frm="Sergejs Ivanovs <sergejs.ivanovs@blp-logistika.lv>",
     subj="dalība",
     body="""Sveiki,

lūdzu, ierakstiet mani dalībnieku sarakstā. Būšu abas dienas.

Sergejs""",
     sig="""Sergejs Ivanovs
Valdes loceklis
SIA "Baltijas Loģistikas Partneri"
Daugavpils, Latvija""",
     L=dict(name="Sergejs Ivanovs", org='SIA "Baltijas Loģistikas Partneri"', orgc="Baltijas Loģistikas Partneri", cc="LV")),

dict(id="w2-lv03", kind="cancellation", client="iphone", frm="Maija Ozoliņa <maija.ozolina@inbox.lv>",
     subj="Re: seminars",
     body="""sveiki, diemzel nevaresu ierasties, saslimu. ludzu izsvitrojiet mani no saraksta. paldies un atvainojos

Maija""",
     L=dict(I=["cancellation"], name="Maija Ozoliņa")),

dict(id="w2-lv04", kind="update", client="thunderbird", quote=True, frm="Roberts Lācis <roberts.lacis@zbii.lv>",
     ack=dict(name="Roberts Lācis"),
     body="""Labdien,

aizmirsu pateikt, kur strādāju: esmu projektu koordinators Zemgales Biznesa un inovāciju inkubatorā Jelgavā. Lūdzu, pierakstiet to arī pie manas reģistrācijas.

Roberts""",
     L=dict(I=["update"], name="Roberts Lācis", org="Zemgales Biznesa un inovāciju inkubators",
            orgnot=["Zemgales Biznesa un inovāciju inkubatorā"], cc="LV")),

dict(id="w2-lv05", kind="idea_only", client="outlook", frm="Kristīne Zariņa <kristine.zarina@liepu-univ.lv>",
     subj="Ideja semināra otrajai dienai",
     body="""Labdien, cienījamie organizatori!

Diemžēl jūnija sākumā būšu ārzemju komandējumā, tāpēc semināru apmeklēt nevarēšu. Tomēr gribētu ieteikt tēmu grupu darbam: kā mazie reģionālie klasteri var apvienoties, lai kopīgi pieteiktos starptautiskiem projektiem, nevis konkurētu savā starpā par tiem pašiem partneriem.

Veiksmi pasākumā!""",
     sig="""Kristīne Zariņa
Asociētā profesore
Liepājas Universitāte
Lielā iela 14, Liepāja, LV-3401""",
     L=dict(I=["idea"], name="Kristīne Zariņa", org="Liepājas Universitāte", cc="LV")),

dict(id="w2-lv06", kind="on_behalf", client="gmail", frm="Inese Kļaviņa <inese.klavina@dr-klasteris.lv>",
     subj="Pieteikums - 2 dalībnieki",
     body="""Labdien!

Lūdzu, reģistrējiet semināram mani un manu kolēģi Olgu Petrovu (olga.petrova@dr-klasteris.lv). Olga mūsu klasterī atbild par sadarbību ar Skandināvijas partneriem.

Paldies!
Inese""",
     sig="""Inese Kļaviņa
Digitālo risinājumu klasteris
Ventspils""",
     L=dict(name="Inese Kļaviņa", org="Digitālo risinājumu klasteris", cc="LV",
            parts=[("inese.klavina@dr-klasteris.lv", "Inese Kļaviņa"), ("olga.petrova@dr-klasteris.lv", "Olga Petrova")])),

dict(id="w2-lv07", kind="question", client="android", frm="Edgars Krūmiņš <edgars.krumins@gmail.com>",
     subj="Jautājums",
     body="""Labdien, vai dalība seminārā ir bezmaksas? Un vai tas notiks latviešu vai angļu valodā? Gribētu to saprast pirms pieteikšanās.""",
     L=dict(I=["question"], name="Edgars Krūmiņš")),

dict(id="w2-lv08", kind="auto_reply", client="outlook", frm="Dace Bērziņa <dace.berzina@kokrupnieki.lv>",
     subj="Automātiskā atbilde: Pieteikums",
     body="""Paldies par Jūsu vēstuli!

Atrodos atvaļinājumā līdz 20. aprīlim. Steidzamos jautājumos lūdzu zvanīt uz biroja tālruni 67 000 111.

Dace Bērziņa""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w2-lv09", kind="thanks", client="gmail", quote=True, frm="Jānis Kalnietis <janis.kalnietis@agroklasteris.lv>",
     ack=dict(name="Jānis Kalnietis", org="Latgales Agroklasteris", country="Latvija"),
     body="""Paldies, saņēmu! Tiekamies Rīgā.

J.""",
     L=dict(I=[], name="Jānis Kalnietis")),

dict(id="w2-lv10", kind="forwarded", client="thunderbird", fwd=1, frm="Andrejs Kuzņecovs <andrejs@latgales-koks.lv>",
     body="""Sveiki!

Kolēģis man pārsūtīja šo ielūgumu. Būšu klāt, lūdzu, pierakstiet mani.

Andrejs""",
     sig="""Andrejs Kuzņecovs
Ražošanas direktors
SIA Latgales Kokapstrāde
Rēzekne, Latvija""",
     L=dict(name="Andrejs Kuzņecovs", org="SIA Latgales Kokapstrāde", orgc="Latgales Kokapstrāde", cc="LV")),

dict(id="w2-lv11", kind="registration_note", client="outlook", ev=2, frm="Laura Vītola <laura.vitola@bazfa.lv>",
     subj="Dalība forumā Tallinā",
     body="""Labdien!

Vēlos pieteikties Blue Economy Matchmaking forumam Tallinā 14. oktobrī. Varēšu palikt tikai līdz pusdienlaikam, jo pēcpusdienā jābrauc atpakaļ uz Rīgu.

Ar cieņu,
Laura Vītola
Baltijas Akvakultūras un zivsaimniecības asociācija
Rīga""",
     L=dict(name="Laura Vītola", org="Baltijas Akvakultūras un zivsaimniecības asociācija", cc="LV", note=True)),
dict(id="w2-lv12", kind="registration", client="outlook", frm="Aivars Bērziņš <aivars.berzins@ztklasteris.lv>",
     subj="Pieteikums",
     body="""Labdien!

Lūdzu, reģistrējiet mani semināram 2. un 3. jūnijā.

Ar cieņu
A. Bērziņš""",
     sig="""Dr. oec. Aivars Bērziņš
Valdes priekšsēdētājs
Biedrība "Zaļo tehnoloģiju klasteris"
Latvija""",
     L=dict(name="Aivars Bērziņš", org='Biedrība "Zaļo tehnoloģiju klasteris"', orgc="Zaļo tehnoloģiju klasteris", cc="LV")),

dict(id="w2-lv13", kind="registration_idea", client="gmail", frm="Dmitrijs Kovaļovs <dmitrijs.kovalovs@reita.lv>",
     subj="Piesakos + ideja",
     body="""Sveiki!

Piesakos semināram. Ideja otrajai dienai: varētu parunāt par to, kā klasteri var kopīgi pieteikties izstādēm Skandināvijā, jo vienam mazam uzņēmumam stends ir par dārgu.

Dmitrijs""",
     sig="""Dmitrijs Kovaļovs
Rīgas Elektronikas un IT asociācija
Rīga""",
     L=dict(I=["registration", "idea"], name="Dmitrijs Kovaļovs", org="Rīgas Elektronikas un IT asociācija", cc="LV")),

dict(id="w2-lv14", kind="update", client="outlook", quote=True, frm="Zane Liepa <zane.liepa@balticphotonics.lv>",
     ack=dict(name="Zane Liepa", org="Rīgas Tehniskā universitāte", country="Latvija"),
     body="""Labdien,

atvainojos, pieteikumā bija kļūda: patiesībā strādāju nevis universitātē, bet uzņēmumā SIA "Baltic Photonics". Lūdzu, izlabojiet to uz vārda kartītes.

Zane""",
     L=dict(I=["update"], name="Zane Liepa", org='SIA "Baltic Photonics"', orgc="Baltic Photonics")),
dict(id="w2-lv15", kind="auto_reply", client="plain", cs="iso-8859-13", cte="qp", frm="Guntis Roze <guntis.roze@zemgale-inovacijas.lv>",
     subj="Prombūtnes paziņojums",
     hdrs={"Auto-Submitted": "auto-replied"},
     body="""Labdien!

No 19. līdz 30. aprīlim esmu atvaļinājumā. Jūsu vēstule netiks pārsūtīta. Steidzamos jautājumos rakstiet uz birojs@zemgale-inovacijas.lv.

Guntis Roze""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w2-lv16", kind="registration", client="iphone", frm="Jānis Ozols <janis.ozols@kurzemes-koks.lv>",
     subj="seminars",
     body="""labdien, piesakos seminaram rigaa abas dienas. janis ozols, SIA Kurzemes Koks, Kuldiga""",
     L=dict(name="Jānis Ozols", org="SIA Kurzemes Koks", orgc="Kurzemes Koks")),
dict(id="w2-lv17", kind="registration", client="outlook", frm="Baiba Kalniete <baiba.kalniete@lv-biotech.lv>",
     subj="Reģistrācija",
     body="""Labdien!

Ar šo piesakos dalībai seminārā 2.–3. jūnijā.

Paldies!
Baiba""",
     sig="""Baiba Kalniete
Project Manager
Latvian Biotechnology Association
Riga, Latvia
www.lv-biotech.lv""",
     L=dict(name="Baiba Kalniete", org="Latvian Biotechnology Association", cc="LV")),

dict(id="w2-lv18", kind="cancellation", client="gmail", frm="Uldis Siliņš <uldis.silins@metalklasteris.lv>",
     subj="Atsaucu dalību",
     body="""Labdien,

diemžēl semināram nevarēšu piedalīties – jūnija sākumā man jābūt izstādē Hannoverē. Lūdzu, atsauciet manu pieteikumu.

Uldis""",
     L=dict(I=["cancellation"], name="Uldis Siliņš")),
]

# ---------------------------------------------------------------- fourth writer (w4-*)
# Written by a fourth writer (see ../README.md): other people, situations and phrasings than above,
# not translations of earlier mails. Labels written with each mail, before regbot or score.py was
# run on any of them.
MAILS += [
dict(id="w4-lv01", kind="registration_note", client="outlook", frm="Agnese Strautiņa <agnese.strautina@lpuf.lv>",
     subj="Pieteikums semināram + daži jautājumi",
     body="""Labdien!

Vēlējos pieteikties jūsu semināram par klasteru internacionalizāciju 2.–3. jūnijā. Mūsu federācijā šobrīd strādājam pie pirmā kopīgā eksporta projekta uz Zviedriju, tāpēc tēma ir ļoti laikā — līdz šim starptautiski esam darbojušies maz, tā ka būšu drīzāk iesācēja.

Daži jautājumi un piezīmes:
1) Vai organizatori ir rezervējuši numurus kādā viesnīcā tuvumā, vai jāmeklē pašiem?
2) Es neēdu gaļu — ja būs pusdienas, lūdzu, paredziet veģetāro variantu.
3) Programmā redzēju, ka otrajā dienā ir darbs grupās. Būtu labi, ja viena grupa būtu tieši par pārtikas nozari.

Paldies jau iepriekš!

Ar cieņu,
Agnese""",
     sig="""Agnese Strautiņa
Eksporta attīstības vadītāja
Starptautisko attiecību departaments
Latvijas Pārtikas uzņēmumu federācija
Republikas laukums 2, Rīga, LV-1010
Tālr.: +371 6732 1188 | Mob.: +371 2655 9071
www.lpuf.lv

Šajā e-pastā ietvertā informācija ir konfidenciāla un paredzēta tikai adresātam. Ja esat saņēmis šo e-pastu kļūdas pēc, lūdzu, informējiet sūtītāju un izdzēsiet to.""",
     L=dict(I=["registration", "question"], Iopt=["idea"], name="Agnese Strautiņa",
            org="Latvijas Pārtikas uzņēmumu federācija", cc="LV", exp="starting", note=True)),

dict(id="w4-lv02", kind="registration", client="gmail", frm="Krišjānis Meņģelis <krisjanis.mengelis@gmail.com>",
     subj="Seminārs Rīgā",
     body="""Sveiki!

Kolēģe teica, ka pietiek vienkārši uzrakstīt uz šo adresi, tāpēc rakstu — gribētu būt klāt abas dienas. Ar eksportu uz Skandināviju mūsu klasteris strādā jau piekto gadu, tā ka neesam iesācēji, bet kopīgu stratēģiju tā arī neesam uzrakstījuši.

Līdz tikšanās reizei!""",
     sig="""Krišjānis Meņģelis
Biedrība „Latgales Mēbeļu klasteris”
Daugavpils""",
     L=dict(name="Krišjānis Meņģelis", org="Biedrība „Latgales Mēbeļu klasteris”", orgc="Latgales Mēbeļu klasteris",
            cc="LV", exp="experienced")),

dict(id="w4-lv03", kind="on_behalf", client="outlook", frm='"Vanaga, Santa" <santa.vanaga@vtp.lv>',
     subj="Dalībnieki no Valmieras Tehnoloģiju parka",
     body="""Labdien!

Pati diemžēl jūnija sākumā būšu atvaļinājumā, bet mūsu parku seminārā pārstāvēs divi kolēģi: Artūrs Blūms (arturs.blums@vtp.lv), kurš atbild par jaunuzņēmumu programmu, un Evija Krēsliņa (evija.kreslina@vtp.lv) no mārketinga. Lūdzu, reģistrējiet viņus uz abām dienām.

Ja vajag vēl kādu informāciju, rakstiet man.

Paldies,
Santa""",
     sig="""Santa Vanaga
Valdes locekle
Valmieras Tehnoloģiju parks
Cēsu iela 31, Valmiera, LV-4201""",
     L=dict(name="Santa Vanaga", org="Valmieras Tehnoloģiju parks", cc="LV",
            parts=[("arturs.blums@vtp.lv", "Artūrs Blūms"), ("evija.kreslina@vtp.lv", "Evija Krēsliņa")])),

dict(id="w4-lv04", kind="update", client="gmail", quote=True, frm="Rudīte Smilga <rudite.smilga@smiltene-bi.lv>",
     ack=dict(name="Rudite Smilga", org="Smiltenes novada dome", country="Latvija"),
     body="""Labdien,

paldies par apstiprinājumu! Tikai pāris labojumu: manā vārdā ir garais ī — Rudīte, nevis Rudite. Un es pārstāvu nevis novada domi, bet Smiltenes biznesa inkubatoru (mēs gan atrodamies domes ēkā, laikam no tā arī jaukšanās).

Ar cieņu,
Rudīte Smilga""",
     L=dict(I=["update"], name="Rudīte Smilga", org="Smiltenes biznesa inkubators",
            orgnot=["Smiltenes biznesa inkubatoru"])),

dict(id="w4-lv05", kind="update", client="iphone", quote=True, frm="Kaspars Dūmiņš <kaspars.dumins@ekoklasteris.lv>",
     ack=dict(name="Kaspars Dūmiņš", org="Zemgales Ekotehnoloģiju klasteris", country="Latvija"),
     body="""Labdien, sanācis tā, ka 3. jūnijā man jābūt Jelgavā uz domes sēdi, tāpēc varēšu piedalīties tikai pirmajā dienā. Otrās dienas pusdienas man nevajag rēķināt.

Kaspars""",
     L=dict(I=["update"], Iopt=["cancellation"], name="Kaspars Dūmiņš", note=True)),

dict(id="w4-lv06", kind="question", client="outlook", frm="Ojārs Priede <ojars.priede@balticdrones.lv>",
     subj="Vai seminārs der arī uzņēmumiem?",
     body="""Labdien!

Esam neliels uzņēmums (14 darbinieki), nevis klasteris, bet jau otro gadu meklējam partnerus Somijā un Igaunijā. Vai seminārs ir domāts arī šādiem uzņēmumiem, vai tikai klasteru vadītājiem un darbiniekiem?

Ja varam piedalīties, es labprāt pieteiktos, bet vispirms gribētu saprast, vai tas mums ir jēgpilni.

Paldies par atbildi!""",
     sig="""Ojārs Priede
Izpilddirektors | CEO
SIA „Baltic Drones”
Mārupe, Latvija""",
     L=dict(I=["question"], name="Ojārs Priede", org="SIA „Baltic Drones”", orgc="Baltic Drones", cc="LV")),

dict(id="w4-lv07", kind="registration_idea", client="thunderbird", frm="Valters Skuja <valters.skuja@lu-tpc.lv>",
     subj="Pieteikšanās un priekšlikums programmai",
     body="""Labdien!

Pieteikšos uz abām dienām, un, ja programmā vēl ir brīvs laiks, varu piedāvāt īsu (15–20 min) stāstījumu par to, kā mūsu tehnoloģiju pārneses centrs pērn palīdzēja trim klasteriem atrast partnerus Somijā — ar konkrētiem skaitļiem un kļūdām, ko vairs neatkārtotu.

Ja tas der, atsūtīšu īsu aprakstu.

Valters""",
     sig="""Dr. phys. Valters Skuja
vadošais pētnieks
Latvijas Universitātes Tehnoloģiju pārneses centrs
Jelgavas iela 3, Rīga, LV-1004""",
     L=dict(I=["registration", "idea"], name="Valters Skuja", org="Latvijas Universitātes Tehnoloģiju pārneses centrs",
            cc="LV")),

dict(id="w4-lv08", kind="auto_reply", client="outlook", frm="Liene Jaunzeme <liene.jaunzeme@kokskluster.lv>",
     subj="Automātiskā atbilde: Reģistrācija apstiprināta: Cluster internationalisation – Why and how to do it?",
     body="""Labdien!

Līdz 3. maijam esmu komandējumā ar ierobežotu piekļuvi e-pastam. Jūsu vēstuli izlasīšu pēc atgriešanās. Steidzamos gadījumos, lūdzu, sazinieties ar kolēģi Pēteri (+371 2912 0034).

Good day! I am on a business trip until 3 May with limited access to e-mail. I will read your message when I am back.

Liene Jaunzeme""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w4-lv09", kind="auto_reply", client="gmail", frm="Toms Ķēniņš <toms.kenins@gmail.com>",
     subj="Atvaļinājumā",
     hdrs={"Auto-Submitted": "auto-replied"},
     body="""Sveiki! Esmu atvaļinājumā līdz 15. maijam un e-pastus nelasu. Atbildēšu, kad atgriezīšos.""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w4-lv10", kind="thanks", client="android", ev=2, quote=True, frm="Evelīna Ūdre <evelina.udre@inbox.lv>",
     ack=dict(name="Evelīna Ūdre", org="Rīgas Dizaina klasteris", country="Latvija"),
     body="""Paldies, viss pareizi! Uz tikšanos Tallinā.""",
     L=dict(I=[], name="Evelīna Ūdre")),

dict(id="w4-lv11", kind="on_behalf", client="outlook", quote=True, frm="Dzintra Meldere <dzintra.meldere@lol-klasteris.lv>",
     ack=dict(name="Dzintra Meldere", org="Latvijas Ostu un loģistikas klasteris", country="Latvija"),
     body="""Labdien,

paldies par apstiprinājumu. Vai varu pieteikt vēl vienu cilvēku? Ja jā, lūdzu, pierakstiet arī manu kolēģi Kristapu Lapsu (kristaps.lapsa@lol-klasteris.lv) — viņš pie mums atbild par sadarbību ar ostām Polijā un brauks kopā ar mani.

Dzintra""",
     L=dict(I=["registration"], Iopt=["question"], name="Dzintra Meldere",
            parts=[("kristaps.lapsa@lol-klasteris.lv", "Kristaps Lapsa")])),

dict(id="w4-lv12", kind="cancellation", client="gmail", frm="Gatis Briedis <gatis.briedis@vr-klasteris.lv>",
     subj="Re: Ielūgums uz semināru",
     body="""Labdien!

Paldies par ielūgumu. Šoreiz diemžēl neizdosies — jūnija sākumā mums ir ikgadējā biedru kopsapulce, un to pārcelt nevar. Ceru, ka nākamgad būs vēl kāda iespēja, noteikti sekosim līdzi.

Veiksmi pasākumā!""",
     sig="""Gatis Briedis
Vieglās rūpniecības klasteris
Ogre, Latvija""",
     L=dict(I=[], Iopt=["cancellation"], name="Gatis Briedis", org="Vieglās rūpniecības klasteris", cc="LV")),

dict(id="w4-lv13", kind="forwarded", client="outlook", fwd=1, frm="Ilona Vītiņa <ilona.vitina@pierigas-ap.lv>",
     body="""Lūdzu, reģistrējiet mani. Paldies!""",
     sig="""Ilona Vītiņa
Business Development Manager
Pierīgas Attīstības partnerība
Tel. +371 2700 4411""",
     L=dict(name="Ilona Vītiņa", org="Pierīgas Attīstības partnerība")),

dict(id="w4-lv14", kind="registration", client="outlook", frm="Reinis Pūce <reinis.puce@baltictimber.lv>",
     subj="Registration - Riga workshop",
     body="""Hello,

I'd like to sign up for the workshop in Riga on 2-3 June. Our cluster has been running joint export missions to Germany and Norway since 2019, so I could share some of our lessons in the group work if that is useful.

Best regards,
Reinis""",
     sig="""Reinis Pūce
Klastera vadītājs
Baltijas Kokmateriālu klasteris
Brīvības gatve 214, Rīga, LV-1039
www.baltictimber.lv

Šis e-pasts un tā pielikumi var saturēt konfidenciālu informāciju. Ja neesat paredzētais adresāts, lūdzu, nekavējoties informējiet sūtītāju un dzēsiet šo vēstuli.""",
     L=dict(Iopt=["idea"], lang="en", name="Reinis Pūce", org="Baltijas Kokmateriālu klasteris", cc="LV",
            exp="experienced")),

dict(id="w4-lv15", kind="question", client="plain", cs="iso-8859-4", cte="qp", frm="Andris Zīle <andris.zile@apollo.lv>",
     subj="Apliecinājums par dalību",
     body="""Labdien!

Esmu jau pieteicies semināram. Vai pēc semināra būs iespējams saņemt apliecinājumu par dalību? To prasa mūsu projekta finansētājs. Un vēl — vai pie norises vietas var atstāt auto, vai labāk braukt ar sabiedrisko transportu?

Andris Zīle
SIA "Zīle un partneri\"""",
     L=dict(I=["question"], name="Andris Zīle", org='SIA "Zīle un partneri"', orgc="Zīle un partneri")),

dict(id="w4-lv16", kind="registration_note", client="android", frm="Ilgvars Ziediņš <ilgvars.ziedins@talsu-ub.lv>",
     subj="Pieteikums",
     body="""Sveiki! Piesakos uz semināru, bet būšu tikai 3. jūnijā, jo 2. jūnijā vēl lidoju atpakaļ no Oslo.
Ilgvars Ziediņš, Talsu uzņēmēju biedrība""",
     L=dict(name="Ilgvars Ziediņš", org="Talsu uzņēmēju biedrība", note=True, unscored=["country"])),
]

# The sixth writer's mails (source ids w6-lv…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w6-lv01", kind="registration", client="outlook", frm="Dace Stepiņa <dace.stepina@zmk-klasteris.lv>",
     subj="Pieteikums darbnīcai 2.–3. jūnijā",
     body="""Labdien!

Lūdzu iekļaut mani dalībnieku sarakstā 2.–3. jūnija darbnīcai par klasteru internacionalizāciju.

Mūsu klasteris eksporta jomā ir salīdzinoši jauns – pirmo kopīgo stendu ārvalstu izstādē noorganizējām tikai pagājušajā rudenī, tāpēc darbnīcas tēma mums ir ļoti laikā.

Ar cieņu
Dace""",
     sig="""Dace Stepiņa
Klastera vadītāja | Cluster Manager
Biedrība “Zemgales mašīnbūves klasteris”
Lielā iela 11, Jelgava, LV-3001
Tālr.: +371 29 455 781
www.zmk-klasteris.lv

Šis e-pasts un tā pielikumi var saturēt konfidenciālu informāciju. Ja esat to saņēmis kļūdas pēc, lūdzu, informējiet sūtītāju un izdzēsiet šo vēstuli.""",
     L=dict(name="Dace Stepiņa", org="Zemgales mašīnbūves klasteris", cc="LV", exp="starting")),

dict(id="w6-lv02", kind="cancellation", client="gmail", frm="Raimonds Siliņš <raimonds@buvmaterialu-klasteris.lv>",
     subj="Par darbnīcu jūnijā",
     body="""Labdien,

paldies par ielūgumu – izskatās pēc ļoti vērtīga pasākuma. Diemžēl jūnija sākumā mums ir biedru kopsapulce un vairāki uzņēmumi brauc uz izstādi Hamburgā, tāpēc šoreiz no mūsu puses neviens nebūs. Lūdzu, neskaitiet mūs dalībnieku skaitā.

Ja pēc tam būs pieejamas prezentācijas, priecāšos, ja tās atsūtīsiet.

Raimonds""",
     sig="""Raimonds Siliņš
Kurzemes būvmateriālu klasteris
Ventspils""",
     L=dict(I=[], Iopt=["cancellation", "question"], name="Raimonds Siliņš", org="Kurzemes būvmateriālu klasteris", cc="LV")),

dict(id="w6-lv03", kind="question_in_request", client="iphone", frm="Elīna Grosa <elina.grosa@inbox.lv>",
     subj="Pieteikšanās",
     body="""Sveiki! Vai uz darbnīcu 2.–3. jūnijā vēl var pieteikties? Kolēģe tikai šodien pārsūtīja uzaicinājumu. Ja vietas vēl ir, lūdzu, pierakstiet mani – Elīna Grosa, Latgales tūrisma un amatniecības klasteris, Daugavpils.""",
     L=dict(I=["registration"], Iopt=["question"], name="Elīna Grosa",
            org="Latgales tūrisma un amatniecības klasteris", cc="LV")),

dict(id="w6-lv04", kind="update", client="outlook", quote=True, frm="Mārtiņš Ķirsis <martins.kirsis@rtk-test.lv>",
     ack=dict(name="Mārtiņš Ķirsis", org="Rīgas Tehniskā koledža", country="Latvija"),
     body="""Labdien,

paldies par apstiprinājumu. Lūdzu, izlabojiet organizāciju: pareizi ir “Viedās inženierijas klasteris”. Koledža ir mana pamatdarba vieta, tāpēc e-pasts ir no turienes, bet darbnīcā piedalos klastera vārdā.

Mārtiņš""",
     sig="""Mārtiņš Ķirsis
Lektors, Mehānikas katedra
Rīgas Tehniskā koledža""",
     L=dict(I=["update"], name="Mārtiņš Ķirsis", org="Viedās inženierijas klasteris")),

dict(id="w6-lv05", kind="thanks", client="gmail", quote=True, frm="Ilona Pētersone <ilona.petersone@gmail.com>",
     ack=dict(name="Ilona Pētersone", org="Madonas kokapstrādes klasteris", country="Latvija"),
     body="""Paldies, saņēmu! Tiekamies Rīgā.

Ilona""",
     L=dict(I=[], name="Ilona Pētersone")),

dict(id="w6-lv06", kind="on_behalf", client="outlook", frm="Sandra Kļaviņa <sandra.klavina@optoklasteris.lv>",
     subj="Dalībnieki no Baltijas Optoelektronikas klastera",
     body="""Labdien!

Pati diemžēl 2.–3. jūnijā būšu komandējumā Taivānā, taču mūsu klasteri darbnīcā pārstāvēs divi kolēģi:
– Artūrs Lapiņš, projektu vadītājs, arturs.lapins@optoklasteris.lv
– Kristiāna Vanaga, eksporta koordinatore, kristiana.vanaga@optoklasteris.lv

Abi būs abas dienas. Artūram ir liela pieredze starptautiskos projektos, Kristiāna šajā jomā ir jauniņā, tāpēc viņai darbnīca noderēs jo īpaši.

Ar cieņu
Sandra Kļaviņa""",
     sig="""Valdes priekšsēdētāja
Baltijas Optoelektronikas klasteris
Rīga, Latvija""",
     L=dict(name="Sandra Kļaviņa", org="Baltijas Optoelektronikas klasteris", cc="LV",
            parts=[("arturs.lapins@optoklasteris.lv", "Artūrs Lapiņš"),
                   ("kristiana.vanaga@optoklasteris.lv", "Kristiāna Vanaga")])),

dict(id="w6-lv07", kind="registration", client="gmail", frm="Gatis Zvirbulis <gatis@agrotehnologijas.lv>",
     subj="Interreg projekta ideja + jūnija darbnīca",
     body="""Sveika, Inga!

Rakstu uz šo adresi, jo tava personīgā man kaut kur pazuda. Pēc mūsu sarunas Viļņā domāju par to kopīgo projektu – precīzās lauksaimniecības tehnoloģiju testēšana kopā ar Lietuvas un Somijas klasteriem. Nākamais Interreg BSR uzsaukums, cik saprotu, būs rudenī, un līdz tam gribētu salikt partneru loku.

Ideja īsumā: katrs klasteris atrod 3–4 saimniecības, kas gatavas testēt partneru valstu uzņēmumu risinājumus (sensori, droni, lauka datu platformas), un mēs kā klasteri nodrošinām koordināciju un rezultātu apkopošanu. Somi jau teica, ka viņiem ir interese, lietuvieši vēl domā.

Vai jūs kā tīkls būtu gatavi būt par asociēto partneri vai vismaz palīdzēt izplatīt rezultātus? Nekas liels, bet tas projektam dotu plašāku pārklājumu.

Starp citu – uz darbnīcu jūnijā, protams, braucu, ieraksti mani, lūdzu, sarakstā. Par projektu varētu parunāt turpat pusdienu pauzē.

Visu labu,
Gatis""",
     sig="""Gatis Zvirbulis
Latvijas Agrotehnoloģiju klasteris
mob. +371 26 300 418""",
     L=dict(I=["registration", "question"], name="Gatis Zvirbulis", org="Latvijas Agrotehnoloģiju klasteris")),

dict(id="w6-lv08", kind="idea_only", client="thunderbird", cs="iso-8859-4", cte="qp", frm="Uldis Bebris <uldis.bebris@koksundizains.lv>",
     subj="Tēma darba grupai",
     body="""Labdien,

neesmu pārliecināts, ka jūnija sākumā tikšu uz Rīgu (tas atkarīgs no viena ES projekta noslēguma), tomēr gribu ierosināt tēmu vienai no darba grupām: kā mazam klasterim sadalīt izmaksas par kopīgu stendu ārvalstu izstādēs, lai tas nebūtu tikai lielāko biedru privilēģija. Mums ir gan veiksmīgs, gan ļoti neveiksmīgs piemērs, ar ko labprāt dalītos – ja ne klātienē, tad materiālus varu nodot kādam kolēģim.

Ja izdosies atbraukt, uzrakstīšu atsevišķi.""",
     sig="""Uldis Bebris
Kokapstrādes un mēbeļu klasteris "Koks un dizains"
Cēsis""",
     L=dict(I=["idea"], name="Uldis Bebris", org="Kokapstrādes un mēbeļu klasteris \"Koks un dizains\"",
            orgc="Koks un dizains", cc="LV")),

dict(id="w6-lv09", kind="auto_reply", client="outlook", frm="Anita Kalēja <anita.kaleja@mezsaimnieki-test.lv>",
     subj="Automātiskā atbilde: Darbnīcas programma un praktiskā informācija",
     body="""Labdien!

Esmu atvaļinājumā līdz 18. maijam, e-pastiem atbildēšu pēc atgriešanās. Steidzamos jautājumos, lūdzu, zvaniet kolēģei Lienei, tālr. 26 112 908.

Ar cieņu
Anita Kalēja""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w6-lv10", kind="update", client="android", frm="Laura Jansone <laurajansone88@gmail.com>",
     subj="Par dalību",
     body="""Labdien! Esmu reģistrējusies darbnīcai, bet sanāk tā, ka 3. jūnijā man jābūt Valmierā, tāpēc varēšu piedalīties tikai pirmajā dienā. Lūdzu ņemiet to vērā, plānojot grupu darbu.
Laura Jansone""",
     L=dict(I=["update"], Iopt=["cancellation"], name="Laura Jansone", note=True)),

dict(id="w6-lv11", kind="question", client="outlook", ev=2, frm="Edgars Cīrulis <edgars.cirulis@jurasklasteris.lv>",
     subj="Matchmaking forums 14. oktobrī – jautājums",
     body="""Labdien!

Apsveram iespēju piedalīties forumā Tallinā. Pirms pieteikšanās gribētu noskaidrot divas lietas: vai dalība ir maksas, un vai individuālās tikšanās var rezervēt arī divi cilvēki no vienas organizācijas, ja katrs strādā ar citu tēmu (akvakultūra un ostu loģistika)?

Paldies!""",
     sig="""Edgars Cīrulis
Attīstības vadītājs
Latvijas Jūras klasteris
Liepāja, Latvija""",
     L=dict(I=["question"], name="Edgars Cīrulis", org="Latvijas Jūras klasteris", cc="LV")),

dict(id="w6-lv12", kind="registration", client="html_only", frm="Agris Vilks <agris.vilks@inbox.lv>",
     subj="pieteikums",
     body="""Labdien,
piesakos uz klasteru darbnīcu 2. un 3. jūnijā.

Agris Vilks
Bauskas lauksaimniecības tehnikas klasteris
tālr. 29 870 114""",
     L=dict(name="Agris Vilks", org="Bauskas lauksaimniecības tehnikas klasteris", unscored=["country"])),
]

# The eighth writer's mails (source ids w8-lv…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w8-lv01", kind="registration", client="gmail", frm="Ieva Saulīte <ieva.saulite@metalapstrade-kurzeme.lv>",
     subj="Re: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Inga, sveika!

Jā, ar prieku – lūdzu, ieraksti mani. Ieva Saulīte, Kurzemes metālapstrādes uzņēmumu apvienība, Kuldīga. Eksportā mūsu biedri ir jau gadiem, bet klastera līmenī kopīgi ārā ejam pirmo reizi, tā ka skaiti mani pie iesācējiem.

Ieva

> We are pleased to invite you to the two-day workshop "Cluster internationalisation – Why and how to do it?", which will take place in Riga on 2–3 June 2027.
>
> Participation is free of charge, but places are limited. To register, simply send an e-mail to register@event.test with your name, organisation and country, and tell us whether you are just starting with internationalisation or already have experience.
>
> Best regards,
> Inga Ozola
> Baltic Sea Region Cluster Network
> Elizabetes iela 41, Rīga, LV-1010, Latvia""",
     L=dict(name="Ieva Saulīte", org="Kurzemes metālapstrādes uzņēmumu apvienība", cc="LV", exp="starting")),

dict(id="w8-lv02", kind="registration", client="outlook", frm="Normunds Krūmiņš <normunds.krumins@gaismas-tehnologijas.lv>",
     subj="Biedru aptaujas rezultāti un jūnija darbnīca",
     body="""Labdien, kolēģi!

Kā solīts martā tīkla sanāksmē, nosūtu īsu kopsavilkumu no mūsu biedru aptaujas par eksporta šķēršļiem. Atbildēja 23 uzņēmumi no 31. Galvenais, ko viņi min, ir nevis finansējums, bet cilvēki – nav neviena, kas varētu braukt uz izstādēm un pēc tam sekot kontaktiem. Otrajā vietā ir sertifikācija (CE marķējums, Skandināvijas valstu prasības apgaismojumam publiskās ēkās), trešajā – valodas.

Interesanti, ka mazākie uzņēmumi (līdz 10 darbiniekiem) daudz biežāk nekā lielākie gribētu, lai klasteris viņu vietā organizē tikšanās ar potenciālajiem pircējiem, nevis tikai kopīgu stendu. Pilnu tabulu varu atsūtīt, ja kādam noder.

Un vēl – ierakstiet, lūdzu, mani arī uz 2.–3. jūnija darbnīcu.

Ar labiem vēlējumiem
Normunds""",
     sig="""Normunds Krūmiņš
Izpilddirektors
Gaismas tehnoloģiju klasteris
Ganību dambis 24, Rīga, LV-1005
+371 67 118 204""",
     L=dict(name="Normunds Krūmiņš", org="Gaismas tehnoloģiju klasteris", cc="LV")),

dict(id="w8-lv03", kind="registration", client="android", frm="armands.vanags77@gmail.com",
     subj="darbnica",
     body="""sveiki, gribu pieteikties uz darbnicu riga 2-3 jun. Armands Vanags, Valmieras digitalo inovaciju klasteris. pieredze ir maza, tikai viens projekts ar igauniem bijis""",
     L=dict(name="Armands Vanags", org="Valmieras digitālo inovāciju klasteris", orgc="Valmieras digit",
            exp="starting", unscored=["country"])),

dict(id="w8-lv04", kind="question_in_request", client="outlook", frm="Zane Birzniece <zane.birzniece@lpbk.lv>",
     subj="Vai no viena klastera var būt divi dalībnieki?",
     body="""Labdien!

Mūsu valdes priekšsēdētājs Ojārs jau ir pieteicies darbnīcai. Dzirdēju, ka vietu skaits esot ierobežots un no vienas organizācijas pieņem tikai vienu cilvēku – vai tā tiešām ir? Ja tāda ierobežojuma nav, lūdzu, reģistrējiet arī mani, jo tieši es mūsu klasterī vadīšu jauno eksporta programmu.

Paldies!
Zane""",
     sig="""Zane Birzniece
Projektu koordinatore
Latvijas Pārtikas biotehnoloģiju klasteris
Jelgava""",
     L=dict(I=["registration"], Iopt=["question"], name="Zane Birzniece", org="Latvijas Pārtikas biotehnoloģiju klasteris", cc="LV")),

dict(id="w8-lv05", kind="question", client="gmail", frm="Renārs Dūmiņš <renars@kuugu-klasteris.lv>",
     subj="Darbnīca jūnijā – vēl nezinu",
     body="""Labdien,

tēma izskatās ļoti atbilstoša, bet vēl nevaru apsolīt. Mūsu valde brauciena budžetu skatīs tikai 15. maijā, un līdz tam neko plānot nedrīkstu. Tiklīdz būs lēmums, uzrakstīšu vēlreiz – ceru, ka vietas vēl būs.

Renārs Dūmiņš
Zemgales kūdras un substrātu klasteris""",
     L=dict(I=[], Iopt=["registration"], name="Renārs Dūmiņš", org="Zemgales kūdras un substrātu klasteris", unscored=["country"])),

dict(id="w8-lv06", kind="cancellation", client="iphone", frm="Liene Ābele <liene.abele@dizaina-klasteris.lv>",
     subj="Atteikums",
     body="""Labdien! Diemžēl jāatsauc mana dalība jūnija darbnīcā – ārsti nozīmējuši operāciju tieši tajā nedēļā. Lūdzu, izsvītrojiet mani no saraksta, lai vieta tiek kādam citam. Žēl!
Liene Ābele""",
     L=dict(I=["cancellation"], name="Liene Ābele")),

dict(id="w8-lv07", kind="update", client="outlook", quote=True, frm="Kaspars Medenis <kaspars.medenis@akvaklasteris.lv>",
     ack=dict(name="Kaspars Medenis", org="Akvakultūras klasteris", country="Latvija"),
     body="""Labdien,

paldies par apstiprinājumu. Pieteikumā rakstīju, ka esam iesācēji, bet, pārlasot vēlreiz, tas nav gluži godīgi – esam jau vadījuši trīs tirdzniecības misijas uz Norvēģiju un vienu Interreg projektu. Lūdzu, atzīmējiet, ka mums ir pieredze, lai mani neieliek iesācēju grupā.

Kaspars""",
     sig="""Kaspars Medenis
Akvakultūras klasteris
Engures iela 3, Tukums""",
     L=dict(I=["update"], name="Kaspars Medenis", org="Akvakultūras klasteris", cc="LV", exp="experienced")),

dict(id="w8-lv08", kind="update", client="thunderbird", cs="iso-8859-13", cte="qp", frm="Evija Dreimane <evija.dreimane@vides-tehnologijas.lv>",
     subj="Dalībnieka maiņa – Vides tehnoloģiju klasteris",
     body="""Labdien!

Uz darbnīcu bija pieteicies mūsu kolēģis Oskars Puriņš (oskars.purins@vides-tehnologijas.lv), taču aprīļa beigās viņš no klastera aizgāja un vairs nebrauks. Viņa vietā braukšu es. Par mani: klastera komunikācijas vadītāja, starptautiskajā darbā vēl diezgan zaļa.

Paldies un uz tikšanos!""",
     sig="""Evija Dreimane
Vides tehnoloģiju klasteris
Daugavpils, Latvija""",
     L=dict(I=["registration", "cancellation"], name="Evija Dreimane", org="Vides tehnoloģiju klasteris", cc="LV",
            exp="starting", parts=[("evija.dreimane@vides-tehnologijas.lv", "Evija Dreimane"),
                                   ("oskars.purins@vides-tehnologijas.lv", "Oskars Puriņš")])),

dict(id="w8-lv09", kind="idea_only", client="gmail", frm="Māris Strautiņš <maris.strautins@bioresursi-test.lv>",
     subj="Ideja: uzņēmuma apmeklējums darbnīcas laikā",
     body="""Labdien!

Lasot programmu, radās ideja: otrās dienas pēcpusdienā varētu aizvest grupu uz kādu no mūsu biedriem Olainē – tur ir biorafinēšanas pilotiekārta, kuru viņi kopā ar somu un zviedru partneriem būvēja tieši kā starptautiskas sadarbības projektu. Tas būtu dzīvs piemērs tam, par ko darbnīcā runāsim. Brauciens ar autobusu ~30 min, uzņēmums ir gatavs uzņemt līdz 25 cilvēkiem.

Vai tas vispār iederas jūsu plānā? Ja jā, sazināšos ar uzņēmumu par konkrētu laiku.

Māris Strautiņš
Bioresursu vērtības klasteris""",
     L=dict(I=["idea"], Iopt=["question"], name="Māris Strautiņš", org="Bioresursu vērtības klasteris")),

dict(id="w8-lv10", kind="thanks", client="iphone", quote=True, frm="Sintija Kronberga <sintija.kronberga@inbox.lv>",
     ack=dict(name="Sintija Kronberga", org="Rēzeknes amatniecības klasteris", country="Latvija"),
     body="""Ok, paldies 🙂""",
     L=dict(I=[], name="Sintija Kronberga")),

dict(id="w8-lv11", kind="auto_reply", client="outlook", frm="Agnese Ziemele <agnese.ziemele@mebelu-klasteris.lv>",
     subj="Automātiskā atbilde: Reģistrācija apstiprināta: Cluster internationalisation – Why and how to do it?",
     body="""Labdien!

No 2. maija esmu bērna kopšanas atvaļinājumā un e-pastus nelasu. Klastera jautājumos, lūdzu, rakstiet valdes loceklim Ivaram Kalniņam, ivars.kalnins@mebelu-klasteris.lv.

Agnese Ziemele""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w8-lv12", kind="forwarded", client="outlook", ev=2, fwd=2, frm="Ģirts Eglītis <girts.eglitis@zivju-parstrade.lv>",
     body="""Labdien!

Vai forums ir domāts arī zivju pārstrādes uzņēmumiem, vai tikai tehnoloģiju un enerģētikas jomai? Ja mēs tur iederamies, labprāt piedalītos – mūs interesē pircēji Somijā un Vācijā.

Ģirts Eglītis
Valdes loceklis, SIA "Rojas zivju pārstrāde"
Roja, Latvija""",
     L=dict(I=["question"], Iopt=["registration"], name="Ģirts Eglītis", org="SIA \"Rojas zivju pārstrāde\"",
            orgc="Rojas zivju pārstrāde", cc="LV")),
]

# The tenth writer's mails (source ids w10-lv…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w10-lv01", kind="registration", client="outlook", frm="Latvijas Koka būvniecības klasteris <info@koka-buvniecibas-klasteris-test.lv>",
     subj="Pieteikums darbnīcai 2.–3. jūnijā",
     body="""Labdien!

Rakstu no klastera kopējās pastkastes, jo savējā man vēl nav izveidota – darbā esmu tikai otro nedēļu. Lūdzu, piesakiet mani darbnīcai Rīgā 2. un 3. jūnijā. Atbildes droši sūtiet uz šo pašu adresi, es to pārbaudu katru dienu.

Mūsu klasterim starptautiskā sadarbība ir pilnīgi jauna lieta – līdz šim biedri strādāja tikai vietējā tirgū, tāpēc ļoti gaidu tieši praktisko daļu.

Ar cieņu""",
     sig="""Laura Grīnberga
Projektu vadītāja
Latvijas Koka būvniecības klasteris
Dzirnavu iela 91, Rīga, LV-1011""",
     # The From display name is the organisation (a shared mailbox); the person is the one who signs.
     L=dict(name="Laura Grīnberga", org="Latvijas Koka būvniecības klasteris", cc="LV", exp="starting")),

dict(id="w10-lv02", kind="registration_note", client="outlook", frm="Dagnija Sproģe <dagnija.sproge@med-ierices-test.lv>",
     subj="Pieteikšanās darbnīcai",
     body="""Labdien!

Vēlos pieteikties darbnīcai "Cluster internationalisation" abās dienās. Pārstāvu Latvijas Medicīnas ierīču ražotāju asociāciju, kurā atbildu par eksporta projektiem – pēdējos četrus gadus regulāri vedam biedrus uz MEDICA izstādi Diseldorfā, tā ka zināma pieredze mums ir.

Divas praktiskas lietas: neēdu ne gaļu, ne zivis, un pēc ceļa locītavas operācijas vēl staigāju ar kruķiem, tāpēc būtu labi, ja telpās nebūtu daudz kāpņu vai būtu lifts.

Paldies!
Dagnija Sproģe""",
     sig="""Dagnija Sproģe
Eksporta projektu vadītāja
Latvijas Medicīnas ierīču ražotāju asociācija
Tālr. +371 29 118 607""",
     L=dict(name="Dagnija Sproģe", org="Latvijas Medicīnas ierīču ražotāju asociācija",
            orgnot=["Latvijas Medicīnas ierīču ražotāju asociāciju"], exp="experienced", note=True)),

dict(id="w10-lv03", kind="question", client="thunderbird", cs="iso-8859-4", cte="8bit", frm="Raivis Ozoliņš <raivis.ozolins@e-komercijas-klasteris-test.lv>",
     subj="Daži jautājumi pirms pieteikšanās",
     body="""Labdien,

pirms piesakos, gribētu noskaidrot pāris lietas, jo mūsu klasteris ir pavisam mazs un negribu aizņemt vietu velti.

Pirmkārt, vai darbnīca ir domāta tikai klasteru vadītājiem, vai var braukt arī biedru uzņēmumu pārstāvji? Otrkārt, interesētu, kādā valodā notiks darbs grupās – ja tikai angliski, daži no mūsējiem nejutīsies ērti. Un treškārt – vai pēc pirmās dienas paredzēts kāds kopīgs vakara pasākums? Tad plānotu palikt Rīgā pa nakti.

Paldies jau iepriekš!""",
     sig="""Raivis Ozoliņš
E-komercijas uzņēmumu klasteris
Jelgava""",
     L=dict(I=["question"], name="Raivis Ozoliņš", org="E-komercijas uzņēmumu klasteris", cc="LV")),

dict(id="w10-lv04", kind="on_behalf", client="outlook", frm="Santa Vītola <santa.vitola@kimijas-klasteris-test.lv>",
     subj="Valdes priekšsēdētāja dalība darbnīcā",
     body="""Labdien!

Rakstu mūsu valdes priekšsēdētāja uzdevumā – viņš vēlētos piedalīties darbnīcā Rīgā 2.–3. jūnijā.

Dalībnieks: Aivars Lācis, valdes priekšsēdētājs
E-pasts: aivars.lacis@kimijas-klasteris-test.lv

Apstiprinājumu, lūdzu, sūtiet uz viņa adresi, bet, ja var, kopiju arī man, jo es kārtoju Aivara kalendāru. Pati darbnīcā nepiedalīšos.

Ar cieņu""",
     sig="""Santa Vītola
Valdes priekšsēdētāja asistente
Latvijas Ķīmijas un farmācijas klasteris
Olaine, Latvija""",
     L=dict(name="Santa Vītola", org="Latvijas Ķīmijas un farmācijas klasteris", cc="LV",
            parts=[("aivars.lacis@kimijas-klasteris-test.lv", "Aivars Lācis")])),

dict(id="w10-lv05", kind="question", client="iphone", frm="Elza Rudzīte <elza.rudzite@tekstila-dizains-test.lv>",
     subj="Vai uz darbnīcu jāņem līdzi portatīvais dators?",
     body="""Paldies!
Elza""",
     # The question is in the subject line only; nothing says whether she is registered.
     L=dict(I=["question"], name="Elza Rudzīte")),

dict(id="w10-lv06", kind="thanks", client="gmail", frm="Uldis Kļaviņš <uldis.klavins@ventspils-ostas-klasteris-test.lv>",
     subj="Re: Praktiskā informācija: darbnīca Rīgā 2.–3. jūnijā",
     body="""Pieņemts zināšanai, paldies! Viesnīcu jau rezervēju.

Uldis

piektd., 2027. g. 30. apr., plkst. 11:05 — lietotājs Workshop registration (<register@event.test>) rakstīja:

> Labdien!
>
> Darbnīca notiks Rīgā, Elizabetes ielā 41, 3. stāvā. Reģistrācija sāksies 2. jūnijā plkst. 9:00, darbs – plkst. 9:30.
> Dalībniekiem viesnīcā "Avalon" ir rezervētas istabas ar atlaides kodu CLUSTER27 (līdz 25. maijam).
>
> Ar cieņu
> Workshop organisers""",
     # A reply to a broadcast information mail (quoted by hand): nothing to act on.
     L=dict(I=[], name="Uldis Kļaviņš")),

dict(id="w10-lv07", kind="cancellation", client="outlook", quote=True, frm="Ilona Dreijere <ilona.dreijere@zalas-energijas-klasteris-test.lv>",
     ack=dict(name="Ilona Dreijere", org="Zaļās enerģijas klasteris", country="Latvija"),
     body="""Labdien,

diemžēl gan man, gan kolēģim Kristapam Eniņam (kristaps.enins@zalas-energijas-klasteris-test.lv) dalība jāatsauc – tieši 2. jūnijā ministrijā ir sanāksme par mūsu projekta pagarinājumu, un to nevar pārcelt. Lūdzu, izņemiet no saraksta mūs abus.

Ceru, ka nākamreiz sanāks!
Ilona""",
     # Both were registered earlier ("mūs abus"): both are cancelled.
     L=dict(I=["cancellation"], name="Ilona Dreijere", org="Zaļās enerģijas klasteris",
            parts=[("ilona.dreijere@zalas-energijas-klasteris-test.lv", "Ilona Dreijere"),
                   ("kristaps.enins@zalas-energijas-klasteris-test.lv", "Kristaps Eniņš")])),

dict(id="w10-lv08", kind="update", client="gmail", quote=True, frm="Marta Liepiņa <marta.liepina.lv@gmail.com>",
     ack=dict(name="Marta Liepiņa", org="Pierīgas pārtikas klasteris", country="Latvija"),
     body="""Sveiki!

Paldies par apstiprinājumu. Viena izmaiņa: no maija vairs nestrādāju Pierīgas pārtikas klasterī – esmu pārgājusi uz Latvijas Loģistikas asociāciju, kur vadīšu jauno eksporta atbalsta programmu. Uz darbnīcu braukšu tik un tā, tikai uz kartītes, lūdzu, rakstiet jauno organizāciju.

Marta""",
     L=dict(I=["update"], name="Marta Liepiņa", org="Latvijas Loģistikas asociācija",
            orgnot=["Latvijas Loģistikas asociāciju"])),

dict(id="w10-lv09", kind="question_in_request", client="outlook", frm="Edgars Zvirbulis <edgars.zvirbulis@uznemejdarbibas-centrs-test.lv>",
     subj="Workshop – suitable for a municipal business centre?",
     body="""Hello,

I was wondering whether the workshop in Riga is also open to people who are not cluster managers as such. I run the business support centre of our municipality, and a big part of my job is helping local manufacturers find their first customers abroad – so the topic is very close to what we do, even if we are not a cluster.

If that is fine with you, please count me in for both days.

Kind regards,
Edgars Zvirbulis""",
     sig="""Edgars Zvirbulis
Head of Business Support Centre
Tukuma novada Uzņēmējdarbības atbalsta centrs
Talsu iela 4, Tukums, LV-3101, Latvija

Šis e-pasts un tā pielikumi var saturēt konfidenciālu informāciju un ir paredzēti tikai adresātam. Ja esat saņēmis šo e-pastu kļūdas pēc, lūdzu, informējiet sūtītāju un izdzēsiet to.""",
     L=dict(I=["registration"], Iopt=["question"], lang="en", name="Edgars Zvirbulis",
            org="Tukuma novada Uzņēmējdarbības atbalsta centrs", orgc="Uzņēmējdarbības atbalsta centrs", cc="LV")),

dict(id="w10-lv10", kind="auto_reply", client="plain", cs="iso-8859-13", cte="qp", frm="Andris Celmiņš <andris.celmins@kugubuves-klasteris-test.lv>",
     subj="Atvaļinājumā / On vacation",
     body="""Esmu atvaļinājumā līdz 18. maijam un e-pastus nelasu. Steidzamos gadījumos zvaniet uz biroja tālruni +371 63 400 512.

I am on vacation until 18 May. For urgent matters please call +371 63 400 512.

Andris Celmiņš""",
     # No Auto-Submitted or other header: only the text says it is automatic.
     L=dict(I=[], auto="auto_reply")),

dict(id="w10-lv11", kind="registration", client="android", ev=2, frm="Gatis Kalējs <gatis.kalejs@zemudens-sistemas-test.lv>",
     subj="Arī es uz forumu",
     body="""Labdien! Mana kolēģe Dace jau pieteicās forumam Tallinā, bet izrādās, ka varu braukt arī es. Gatis Kalējs, SIA "Baltijas zemūdens sistēmas", Liepāja. Mūs interesē tikšanās ar ostām un vēja parku operatoriem par zemūdens inspekcijām.""",
     # "I can come too" plus name, organisation and topics: a registration of the sender only
     # (the colleague registered herself earlier). Judgement call: no explicit "please register me".
     L=dict(name="Gatis Kalējs", org="SIA \"Baltijas zemūdens sistēmas\"", orgc="Baltijas zemūdens sistēmas", cc="LV")),

dict(id="w10-lv12", kind="forwarded", client="outlook", fwd=1, frm="Baiba Jansone <baiba.jansone@auglu-darzu-klasteris-test.lv>",
     to="mara.dzene@auglu-darzu-klasteris-test.lv", cc="register@event.test",
     body="""Māra,

pārsūtu ielūgumu – es šoreiz nevaru, jūnija sākumā būšu stādaudzētavu izstādē Polijā. Ja tev ir laiks un interese, piesakies pati, viņi prasa tikai vārdu, organizāciju un valsti. Organizatorus ieliku kopijā, lai zina, ka no mums kāds varētu atbraukt.

Baiba""",
     sig="""Baiba Jansone
Valdes locekle
Augļu un dārzeņu audzētāju klasteris
Dobele""",
     # Sent to a colleague with the registration address in Cc: nobody is registered; the sender
     # (never registered) declines for herself.
     L=dict(I=[], Iopt=["cancellation"], name="Baiba Jansone", org="Augļu un dārzeņu audzētāju klasteris",
            unscored=["country"])),
]
