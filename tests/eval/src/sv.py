# Swedish mails (from Sweden and from Swedish-speaking Finland). Labels (L) written with each
# mail, before regbot read it. See ../README.md.

MAILS = [
dict(id="sv01", kind="registration", client="outlook", frm="\"Lindberg, Anna\" <anna.lindberg@livsmedelskluster.se>",
     subj="Anmälan till workshopen i Riga",
     body="""Hej!

Jag vill gärna anmäla mig till workshopen "Cluster internationalisation – Why and how to do it?" i Riga den 2–3 juni.

Med vänlig hälsning
Anna""",
     sig="""Anna Lindberg
Verksamhetsledare
Skånes Livsmedels- och Innovationskluster
Stortorget 9, 211 22 Malmö, Sverige
Tel: +46 40 123 45 67""",
     L=dict(name="Anna Lindberg", org="Skånes Livsmedels- och Innovationskluster",
            orgc="Livsmedels- och Innovationskluster", cc="SE")),

dict(id="sv02", kind="registration", client="gmail", frm="Johan Sjöberg <johan.sjoberg@trakluster.se>",
     subj="Deltagande",
     body="""Hej,

jag företräder Träklustret Småland och skulle gärna vilja vara med på workshopen i Riga.

/Johan Sjöberg""",
     L=dict(name="Johan Sjöberg", org="Träklustret Småland")),

dict(id="sv03", kind="registration", client="outlook", cs="windows-1252",
     frm="Karin Nyström <karin.nystrom@uppsalabio.se>",
     subj="Anmälan - K. Nyström",
     body="""Hej!

Jag arbetar som internationell samordnare på Uppsala BIO och vill anmäla mig till workshopen i juni.

Vänliga hälsningar
Karin Nyström""",
     L=dict(name="Karin Nyström", org="Uppsala BIO")),

dict(id="sv04", kind="registration", client="thunderbird", cs="iso-8859-1", cte="qp",
     frm="Per Holmgren <per.holmgren@norrlandsenergi.se>",
     subj="Anmälan",
     body="""Hej,

jag anmäler mig härmed till workshopen. Vi är ett ganska nytt kluster och började titta utomlands först förra året, så ämnet passar oss perfekt.

Hälsningar
Per""",
     sig="""Per Holmgren
Projektledare
Norrlands Energi- och Miljökluster
Umeå""",
     L=dict(name="Per Holmgren", org="Norrlands Energi- och Miljökluster", orgc="Energi- och Miljökluster",
            cc="SE", exp="starting")),

dict(id="sv05", kind="registration", client="iphone", frm="Sara Ek <sara.ek@gmail.com>",
     subj="Riga",
     body="""Hej! Kan ni skriva upp mig på workshopen i Riga? Tack!
Sara""",
     L=dict(name="Sara Ek")),

dict(id="sv06", kind="registration", client="html_only", cs="iso-8859-15", cte="qp",
     frm="Magnus Åberg <magnus.aberg@fordonskluster.se>",
     subj="Anmälan",
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body>
<p>Hej,</p>
<p>jag anmäler mig till workshopen om internationalisering av kluster.</p>
<p>Med vänliga hälsningar<br>
Magnus Åberg<br>
Klusterchef<br>
Västsvenska Fordonsklustret<br>
Göteborg</p>
</body></html>
""",
     L=dict(name="Magnus Åberg", org="Västsvenska Fordonsklustret", cc="SE")),

dict(id="sv07", kind="registration_idea", client="gmail", frm="Emma Bergqvist <emma.bergqvist@designkluster.se>",
     subj="Anmälan + ett förslag",
     body="""Hej!

Jag vill anmäla mig. Har också ett förslag till en av gruppdiskussionerna: hur kluster kan dela på en gemensam representant på en ny marknad, t.ex. i Tyskland eller Polen. Vi har testat det tillsammans med två finska kluster och kan berätta om vad som fungerade.

Emma Bergqvist
Designklustret Stockholm""",
     L=dict(I=["registration", "idea"], name="Emma Bergqvist", org="Designklustret Stockholm")),

dict(id="sv08", kind="idea_only", client="outlook", frm="Lars Engström <lars.engstrom@innovationsbron-partner.se>",
     subj="Idé till workshopen",
     body="""Hej,

tyvärr kan jag inte delta själv eftersom jag är på tjänsteresa i början av juni. Men jag vill föreslå ett ämne: hur man mäter effekten av klustrets internationaliseringsarbete för medlemsföretagen.

Lycka till!
Lars Engström""",
     L=dict(I=["idea"], name="Lars Engström")),

dict(id="sv09", kind="cancellation", client="outlook", quote=True, frm="Gustav Lund <gustav.lund@logistikkluster.se>",
     ack=dict(name="Gustav Lund", org="Logistikklustret Jönköping", country="Sverige"),
     body="""Hej,

tyvärr kommer jag inte att kunna delta. Stryk mig gärna från deltagarlistan.

Mvh
Gustav""",
     L=dict(I=["cancellation"], name="Gustav Lund")),

dict(id="sv10", kind="cancellation", client="android", frm="Elin Sandberg <elin.sandberg@hotmail.com>",
     subj="Avbokning",
     body="""Hej, planerna har ändrats och jag åker inte till Riga. Räkna inte med mig.
Elin""",
     L=dict(I=["cancellation"], name="Elin Sandberg")),

dict(id="sv11", kind="update", client="gmail", quote=True, frm="Åsa Lindqvist <asa.lindqvist@medtechwest.se>",
     ack=dict(name="Asa Lindqvist", org="MedTech West", country="Sverige"),
     body="""Hej!

Tack för bekräftelsen. Mitt namn stavas Åsa Lindqvist, med Å - kan ni rätta det på namnskylten?

Åsa""",
     L=dict(I=["update"], name="Åsa Lindqvist", org="MedTech West", cc="SE")),

dict(id="sv12", kind="update", client="apple", quote=True, frm="Fredrik Wallin <fredrik.wallin@gmail.com>",
     ack=dict(name="Fredrik Wallin"),
     body="""Glömde säga: jag är från Blekinge Marina Kluster, Karlskrona.

Fredrik""",
     L=dict(I=["update"], name="Fredrik Wallin", org="Blekinge Marina Kluster", cc="SE")),

dict(id="sv13", kind="update", client="outlook", quote=True, frm="Mikael Forsman <mikael.forsman@vasaregion.fi>",
     ack=dict(name="Mikael Forsman", org="Energiklustret i Vasaregionen", country="Sverige"),
     body="""Hej,

en liten rättelse: landet är Finland, inte Sverige. Vi sitter i Vasa.

Hälsningar
Mikael Forsman""",
     L=dict(I=["update"], name="Mikael Forsman", org="Energiklustret i Vasaregionen", cc="FI")),

dict(id="sv14", kind="question", client="gmail", frm="Lena Håkansson <lena.hakansson@regionhalland.se>",
     subj="Fråga om workshopen",
     body="""Hej!

Innan jag anmäler mig undrar jag om workshopen bara är till för klusterledare, eller kan även personer från regionala utvecklingsenheter delta?

Tack på förhand!
Lena Håkansson
Region Halland""",
     L=dict(I=["question"], name="Lena Håkansson", org="Region Halland")),

dict(id="sv15", kind="question", client="thunderbird", frm="Olof Strand <olof.strand@stalkluster.se>",
     subj="Avgift?",
     body="""Hej,

kostar det något att delta? Och ingår lunch?

Olof""",
     L=dict(I=["question"], name="Olof Strand")),

dict(id="sv16", kind="question_in_request", client="outlook", frm="Maria Björklund <maria.bjorklund@smartstad.se>",
     subj="Går det fortfarande att anmäla sig?",
     body="""Hej,

jag fick inbjudan först i dag. Finns det fortfarande platser kvar? I så fall vill jag gärna anmäla mig.

Maria Björklund
Internationell koordinator
Smarta Städer och Samhällen Kluster
Malmö, Sverige""",
     L=dict(I=["registration"], Iopt=["question"], name="Maria Björklund",
            org="Smarta Städer och Samhällen Kluster", orgc="Smarta Städer och Samhällen", cc="SE")),

dict(id="sv17", kind="on_behalf", client="outlook", frm="Henrik Dahl <henrik.dahl@skogskluster.se>",
     subj="Anmälan av två kollegor",
     body="""Hej,

jag vill anmäla två kollegor från vårt kluster:
- Ida Nordin, ida.nordin@skogskluster.se
- Viktor Olsson, viktor.olsson@skogskluster.se

Själv har jag tyvärr inte möjlighet att delta.

Med vänlig hälsning
Henrik Dahl
Skogsindustriklustret Dalarna""",
     L=dict(name="Henrik Dahl", org="Skogsindustriklustret Dalarna",
            parts=[("ida.nordin@skogskluster.se", "Ida Nordin"), ("viktor.olsson@skogskluster.se", "Viktor Olsson")])),

dict(id="sv18", kind="on_behalf", client="gmail", frm="Sofia Nilsson <sofia.nilsson@ictkluster.se>",
     subj="Två deltagare",
     body="""Hej,

anmäl gärna mig och min kollega Erik Hedlund (erik.hedlund@ictkluster.se).

Tack!
Sofia
IT-klustret Norr""",
     L=dict(name="Sofia Nilsson", org="IT-klustret Norr",
            parts=[("sofia.nilsson@ictkluster.se", "Sofia Nilsson"), ("erik.hedlund@ictkluster.se", "Erik Hedlund")])),

dict(id="sv19", kind="on_behalf", client="outlook", frm="Anders Kvist <anders.kvist@plastkluster.se>",
     subj="Anmälan",
     body="""Hej,

jag anmäler mig till workshopen. Min kollega Jenny Lundgren vill också följa med, jag skickar hennes mejladress senare.

Anders Kvist
Plastklustret Småland""",
     L=dict(name="Anders Kvist", org="Plastklustret Småland", review="on_behalf_without_address",
            parts=[("anders.kvist@plastkluster.se", "Anders Kvist"), (None, "Jenny Lundgren")])),

dict(id="sv20", kind="registration_note", client="gmail", frm="Hanna Lindgren <hanna.lindgren@matkluster.se>",
     subj="Anmälan",
     body="""Hej!

Anmäl mig gärna. Jag är vegetarian och glutenintolerant.

Hanna Lindgren
Matklustret Gotland""",
     L=dict(name="Hanna Lindgren", org="Matklustret Gotland", note=True)),

dict(id="sv21", kind="registration_note", client="iphone", frm="Jonas Eriksson <jonas.eriksson@norrbotten-tech.se>",
     subj="Jag kommer",
     body="""Hej, jag kommer! Första dagen kan jag bli lite sen, flyget från Luleå landar först vid elva.
Jonas Eriksson
Norrbottens Teknikkluster""",
     L=dict(name="Jonas Eriksson", org="Norrbottens Teknikkluster", cc="SE", note=True)),

dict(id="sv22", kind="thanks", client="gmail", quote=True, frm="Ingrid Berg <ingrid.berg@gmail.com>",
     ack=dict(name="Ingrid Berg"),
     body="""Tack så mycket!""",
     L=dict(I=[], name="Ingrid Berg")),

dict(id="sv23", kind="forwarded", client="apple", fwd=1, frm="Peter Sundqvist <peter.sundqvist@byggkluster.se>",
     body="""Hej,

en kollega skickade vidare den här inbjudan. Jag vill gärna vara med.

Peter Sundqvist
Byggklustret Mälardalen""",
     L=dict(name="Peter Sundqvist", org="Byggklustret Mälardalen")),

dict(id="sv24", kind="auto_reply", client="outlook", frm="Camilla Ström <camilla.strom@innovation-syd.se>",
     subj="Frånvaro: Du är anmäld: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Hej!

Jag är på semester till och med 9 maj och läser inte min e-post. Vid brådskande ärenden, kontakta info@innovation-syd.se.

Camilla Ström""",
     L=dict(I=[], auto="auto_reply")),

dict(id="sv25", kind="registration", client="outlook", frm="\"Docent Ulf Hammar\" <ulf.hammar@science-park.se>",
     subj="Anmälan till workshopen",
     body="""Hej,

jag anmäler mig härmed. Vårt kluster har drivit exportprogram för medlemsföretagen i över tio år, så jag delar gärna med mig av erfarenheter om det behövs.

Vänliga hälsningar""",
     sig="""Docent Ulf Hammar
VD
Linköpings Forsknings- och Teknikpark
Teknikringen 10, 583 30 Linköping""",
     L=dict(name="Ulf Hammar", org="Linköpings Forsknings- och Teknikpark", orgc="Forsknings- och Teknikpark",
            cc="SE", exp="experienced")),

dict(id="sv26", kind="registration", client="thunderbird", cs="windows-1252", cte="8bit",
     frm="Lotta Åkesson <lotta.akesson@halsokluster.fi>",
     subj="Anmälan",
     body="""Hej,

vänligen lägg till mig bland deltagarna.

Lotta Åkesson
Hälsoklustret i Åboland
Åbo, Finland""",
     sigdash=False,
     L=dict(name="Lotta Åkesson", org="Hälsoklustret i Åboland", cc="FI")),

dict(id="sv27", kind="registration", client="gmail", ev=2, frm="Niklas Borg <niklas.borg@vattenbruk.se>",
     subj="Anmälan till forumet",
     body="""Hej!

Jag vill anmäla mig till Blue Economy-forumet i Tallinn den 14 oktober. Vi söker partner inom vattenbruk och fiskberedning.

Niklas Borg
Vattenbruksklustret Bohuslän
Strömstad, Sverige""",
     L=dict(name="Niklas Borg", org="Vattenbruksklustret Bohuslän", cc="SE")),

dict(id="sv28", kind="question", client="outlook", ev=2, frm="Karolina Falk <karolina.falk@hamn-partner.se>",
     subj="Fråga om forumet",
     body="""Hej,

går det att boka B2B-möten i förväg på forumet? Och när är sista anmälningsdag?

Karolina""",
     L=dict(I=["question"], name="Karolina Falk")),

dict(id="sv29", kind="registration", client="android", ev=2, frm="Mattias Holm <mattias.holm@havsvind.se>",
     subj="Forum",
     body="""Hej, lägg till mig som deltagare på forumet. Mattias Holm, Havsvind Syd AB, Trelleborg""",
     L=dict(name="Mattias Holm", org="Havsvind Syd AB", orgc="Havsvind Syd", cc="SE")),

dict(id="sv30", kind="registration", client="gmail", frm="Malin Hedberg <malin.hedberg@textilkluster.se>",
     subj="Anmälningsformulär",
     body="""Namn: Malin Hedberg
Organisation: Textilklustret Sjuhärad
Land: Sverige
Erfarenhet: vi har just börjat""",
     L=dict(name="Malin Hedberg", org="Textilklustret Sjuhärad", cc="SE", exp="starting")),
]

# Second batch (appended: earlier mails keep their half).
MAILS += [
dict(id="sv31", kind="registration", client="apple", frm="Christer Lindroos <christer.lindroos@abo-partners.fi>",
     subj="Anmälan",
     body="""Hej,

härmed anmäler jag mig till workshopen i Riga. Vi har i snart femton år hjälpt österbottniska företag ut på den svenska och norska marknaden, men Baltikum är fortfarande ganska okänt för oss.

Hälsningar från Åbo
Christer

--
Christer Lindroos
Verksamhetsledare
Skärgårdens Företagskluster r.f.
Åbo, Finland""",
     L=dict(name="Christer Lindroos", org="Skärgårdens Företagskluster r.f.", orgc="Skärgårdens Företagskluster",
            cc="FI", exp="experienced")),

dict(id="sv32", kind="on_behalf", client="outlook", cs="utf-8", frm="Eva Gustafsson <eva.gustafsson@smartmat.se>",
     subj="Anmälan - tre deltagare från Smart Mat Sverige",
     body="(html)",
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p class=MsoNormal>Hej!</p>
<p class=MsoNormal>Vi blir tre från oss som vill delta i workshopen:</p>
<table border=1 cellpadding=4 style="border-collapse:collapse">
<tr><td><b>Namn</b></td><td><b>E-post</b></td><td><b>Roll</b></td></tr>
<tr><td>Eva Gustafsson</td><td>eva.gustafsson@smartmat.se</td><td>Klusterchef</td></tr>
<tr><td>Oskar Lind</td><td>oskar.lind@smartmat.se</td><td>Projektledare</td></tr>
<tr><td>Sanna Berg</td><td>sanna.berg@smartmat.se</td><td>Kommunikatör</td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Vänliga hälsningar<br>Eva Gustafsson<br>Klusterchef<br>Smart Mat Sverige<br>Kalmar</p>
</body></html>
""",
     L=dict(name="Eva Gustafsson", org="Smart Mat Sverige", cc="SE",
            parts=[("eva.gustafsson@smartmat.se", "Eva Gustafsson"), ("oskar.lind@smartmat.se", "Oskar Lind"),
                   ("sanna.berg@smartmat.se", "Sanna Berg")])),

dict(id="sv33", kind="cancellation", client="gmail", quote=True, frm="Jenny Holmqvist <jenny.holmqvist@vinnkluster.se>",
     ack=dict(name="Jenny Holmqvist", org="Västerbottens Innovationskluster", country="Sverige"),
     body="""Hej,

jag är ledsen men jag måste tyvärr lämna återbud - vi har fått en stor revision som ligger precis de dagarna och jag kan inte vara borta. Kan jag skicka en kollega i stället? I så fall återkommer jag med namn så snart jag vet vem.

Ursäkta strulet!
Jenny""",
     L=dict(I=["cancellation"], Iopt=["question"], name="Jenny Holmqvist")),

dict(id="sv34", kind="auto_reply", client="outlook", frm="Karl-Erik Johansson <karl-erik.johansson@regionkluster.se>",
     subj="Automatiskt svar: Du är anmäld: Cluster internationalisation – Why and how to do it?",
     hdrs={"X-Auto-Response-Suppress": "All"},
     body="""Tack för ditt mejl. Jag är tjänstledig till och med den 30 april. Ditt mejl vidarebefordras inte. Kontakta gärna info@regionkluster.se.

Karl-Erik Johansson""",
     L=dict(I=[], auto="auto_reply")),

dict(id="sv35", kind="registration", client="iphone", frm="Annika Westerberg <annika.westerberg@slu-partner.se>",
     subj="Riga",
     body="""Hej! Jag kommer från Sveriges Lantbruksuniversitet i Alnarp och vill gärna vara med på workshopen i juni. Mvh Annika Westerberg""",
     L=dict(name="Annika Westerberg", org="Sveriges Lantbruksuniversitet")),
]

MAILS += [
dict(id="sv36", kind="forwarded", client="iphone", ev=2, fwd=2, frm="Linda Rosén <linda.rosen@havsbruk.se>",
     body="""Hej! Fick den här från en kollega. Jag vill gärna anmäla mig till forumet i Tallinn.
Linda Rosén, Västkustens Havsbrukskluster""",
     L=dict(name="Linda Rosén", org="Västkustens Havsbrukskluster")),
]

# Third batch: informal/typos, the second event, registration with a side question.
MAILS += [
dict(id="sv37", kind="registration", client="android", frm="Björn Ågren <bjorn.agren@spelkluster.se>",
     subj="riga",
     body="""tja! vill gärna hänga med till riga 2-3 juni om det finns plats. bjorn agren, Spelklustret Skövde. tack""",
     L=dict(name="Björn Ågren", org="Spelklustret Skövde")),

dict(id="sv38", kind="registration", client="outlook", ev=2, frm="Helena Sjöholm <helena.sjoholm@hamnkluster.se>",
     subj="Anmälan till Blue Economy-forumet",
     body="""Hej,

jag vill anmäla mig till forumet i Tallinn den 14 oktober. B2B-möten önskas med:
- leverantörer av landström och elektrifiering av hamnar
- estniska och lettiska marina forskningsinstitut

Vänliga hälsningar
Helena Sjöholm
Hamnklustret Gävleborg
Gävle, Sverige""",
     L=dict(name="Helena Sjöholm", org="Hamnklustret Gävleborg", cc="SE")),

dict(id="sv39", kind="registration", client="gmail", frm="Tobias Ek <tobias.ek@agrotekkluster.se>",
     subj="Anmälan + fråga",
     body="""Hej!

Anmäl mig gärna till workshopen. En fråga också: finns det parkering vid lokalen? Jag kör nog från Vilnius, där jag är på ett annat möte dagarna innan.

Tobias Ek
Agroteknikklustret Skaraborg""",
     L=dict(I=["registration", "question"], name="Tobias Ek", org="Agroteknikklustret Skaraborg")),
]

# ---------------------------------------------------------------- second writer (w2-*)
# Written by a second writer (see ../README.md), other people, situations and phrasings than above.
# Labels written with each mail, before regbot was run on any of them.
MAILS += [
dict(id="w2-sv01", kind="registration", client="outlook", frm="Mikaela Nyström <mikaela.nystrom@osterbottens-hk.fi>",
     subj="Anmälan till workshopen i Riga",
     body="""Hej!

Jag vill gärna delta i workshopen i Riga den 2–3 juni. Jag jobbar på Österbottens Handelskammare här i Vasa, och vi har ordnat exportresor för våra medlemsföretag sedan 2010, så jag tar gärna med några erfarenheter till gruppdiskussionerna.

Med vänlig hälsning
Mikaela""",
     sig="""Mikaela Nyström
Internationell koordinator
Österbottens Handelskammare
Vasa, Finland""",
     L=dict(name="Mikaela Nyström", org="Österbottens Handelskammare", cc="FI", exp="experienced")),

dict(id="w2-sv02", kind="registration", client="gmail", frm="Elsa Holm <elsa.holm@skogtra-varmland.se>",
     subj="Riga",
     body="""Räkna med mig!

/Elsa""",
     sig="""Elsa Holm
Verksamhetsledare
Skogs- och Träklustret i Värmland
Karlstad""",
     L=dict(name="Elsa Holm", org="Skogs- och Träklustret i Värmland", cc="SE")),

dict(id="w2-sv03", kind="cancellation", client="thunderbird", quote=True, frm="Gustav Engström <gustav.engstrom@halland-innovation.se>",
     ack=dict(name="Gustav Engström", org="Halland Innovation", country="Sverige"),
     body="""Hej,

tyvärr kan jag inte komma till Riga ändå – jag har blivit kallad till ett styrelsemöte samma dagar. Stryk mig gärna från listan så att någon annan får platsen.

Hälsningar
Gustav""",
     L=dict(I=["cancellation"], name="Gustav Engström")),

dict(id="w2-sv04", kind="on_behalf", client="outlook", quote=True, frm="Malin Sjöberg <malin.sjoberg@malardalen-innovation.se>",
     ack=dict(name="Malin Sjöberg", org="Mälardalens Innovationsnätverk", country="Sverige"),
     body="""Hej,

jag kan tyvärr inte resa i juni, men min kollega Fredrik Åberg (fredrik.aberg@malardalen-innovation.se) kommer i mitt ställe. Kan ni föra över anmälan till honom?

Tack på förhand!
Malin""",
     L=dict(I=["registration", "cancellation"], name="Malin Sjöberg", org="Mälardalens Innovationsnätverk",
            parts=[("malin.sjoberg@malardalen-innovation.se", "Malin Sjöberg"),
                   ("fredrik.aberg@malardalen-innovation.se", "Fredrik Åberg")])),

dict(id="w2-sv05", kind="question", client="android", frm="Oskar Wikström <oskar.wikstrom@gmail.com>",
     subj="Fråga",
     body="""Hej, kostar det något att vara med? Och måste man vara med båda dagarna eller går det bra att bara komma på torsdagen?""",
     L=dict(I=["question"], name="Oskar Wikström")),

dict(id="w2-sv06", kind="registration_idea", client="outlook", frm="Johan Åkesson <johan.akesson@biobaserad-skane.se>",
     subj="Anmälan + förslag till dag två",
     body="""Hej!

Jag anmäler mig härmed till workshopen. Ett förslag till gruppdiskussionerna: hur kan kluster dela på en gemensam exportrådgivare? Vi har testat det med två andra kluster i år och har en del lärdomar att bjuda på.

Vänliga hälsningar
Johan""",
     sig="""Johan Åkesson
Affärsutvecklare
Internationella affärer
Biobaserad Industri Skåne
Lund""",
     L=dict(I=["registration", "idea"], name="Johan Åkesson", org="Biobaserad Industri Skåne", cc="SE")),

dict(id="w2-sv07", kind="update", client="gmail", quote=True, frm="Sara Lundgren <sara.lundgren@norrlandstra.se>",
     ack=dict(name="Sara Lundgren", org="Umeå universitet", country="Sverige"),
     body="""Hej igen,

glömde säga att jag har bytt jobb sedan jag anmälde mig – jag är numera på Norrlands Träinnovation AB. Kan ni ändra det på namnskylten?

/Sara""",
     L=dict(I=["update"], name="Sara Lundgren", org="Norrlands Träinnovation AB", orgc="Norrlands Träinnovation")),

dict(id="w2-sv08", kind="auto_reply", client="outlook", frm="Anders Berglund <anders.berglund@vastkustklustret.se>",
     subj="Automatiskt svar: Anmälan",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Hej,

jag är på semester till och med den 25 april och läser inte e-post. Vid brådskande ärenden, kontakta kansliet på 031-123 45 00.

Anders Berglund""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w2-sv09", kind="forwarded", client="apple", ev=2, fwd=2, frm="Karin Wallin <karin@vastkustmussla.se>",
     body="""Hej!

Fick den här inbjudan av en kollega. Jag kommer gärna till Tallinn – anmäl mig, tack!

Karin""",
     sig="""Karin Wallin
VD
Västkustens Musselodlare AB
Strömstad, Sverige""",
     L=dict(name="Karin Wallin", org="Västkustens Musselodlare AB", orgc="Västkustens Musselodlare", cc="SE")),

dict(id="w2-sv10", kind="registration", client="plain", frm="\"Bergström, Lars\" <lars.bergstrom@lhk-jonkoping.se>",
     subj="anmälan workshop",
     body="""Hej, anmäler mig härmed till workshopen i Riga.

Mvh
Lars Bergström
projektledare, Logistik- och Handelsklustret Jönköping""",
     L=dict(name="Lars Bergström", org="Logistik- och Handelsklustret Jönköping", unscored=["country"])),

dict(id="w2-sv11", kind="question_in_request", client="iphone", frm="Henrik Söderlund <henrik.soderlund@abo-tech.fi>",
     subj="Plats kvar?",
     body="""Hej, finns det fortfarande platser kvar? I så fall vill jag gärna anmäla mig. Jag åker över från Åbo.

Henrik Söderlund
Åbo Teknologicentrum""",
     L=dict(I=["registration"], Iopt=["question"], name="Henrik Söderlund", org="Åbo Teknologicentrum", cc="FI")),
dict(id="w2-sv12", kind="registration", client="outlook", frm="Emma Lindahl <emma.lindahl@oresund-livsmedel.se>",
     subj="Anmälan Riga",
     body="""Hej,

jag skulle gärna vilja vara med i Riga den 2–3 juni.

Vänliga hälsningar
Emma""",
     sig="""Emma Lindahl
Kommunikatör
Öresunds Livsmedelsnätverk
Malmö, Sverige""",
     L=dict(name="Emma Lindahl", org="Öresunds Livsmedelsnätverk", cc="SE")),

dict(id="w2-sv13", kind="update", client="gmail", quote=True, frm="Per Axelsson <per.axelsson@innovationskontoret-vast.se>",
     ack=dict(name="Per Axelsson", org="Chalmers", country="Sverige"),
     body="""Hej,

jag skrev visst fel organisation i anmälan – egentligen jobbar jag på Innovationskontoret Väst. Kan ni rätta det?

Tack!
Per""",
     L=dict(I=["update"], name="Per Axelsson", org="Innovationskontoret Väst")),

dict(id="w2-sv14", kind="idea_only", client="thunderbird", frm="Camilla Lindroos <camilla.lindroos@nylands-foretagare.fi>",
     subj="En idé till workshopen",
     body="""Hej,

tyvärr kan jag inte komma till Riga i juni, men jag vill gärna skicka en idé: ett pass om hur tvåspråkiga regioner kan använda sina språk som en fördel när de söker partner i Norden och Baltikum.

Med vänliga hälsningar
Camilla""",
     sig="""Camilla Lindroos
Nylands Företagare rf
Helsingfors""",
     L=dict(I=["idea"], name="Camilla Lindroos", org="Nylands Företagare rf", orgc="Nylands Företagare", cc="FI")),
dict(id="w2-sv15", kind="registration_note", client="outlook", frm="Viktor Nyberg <viktor.nyberg@smalandsmobel.se>",
     subj="Anmälan",
     body="""Hej,

jag kommer gärna, men första dagen hinner jag inte fram förrän efter lunch.

Mvh
Viktor Nyberg
Klusterledare
Smålands Möbelkluster
Växjö""",
     L=dict(name="Viktor Nyberg", org="Smålands Möbelkluster", cc="SE", note=True)),

dict(id="w2-sv16", kind="thanks", client="outlook", quote=True, frm="Ulrika Hedström <ulrika.hedstrom@sjofart-vast.se>",
     ack=dict(name="Ulrika Hedström", org="Sjöfartsklustret Väst", country="Sverige"),
     body="""Tack, vi ses i Riga!""",
     L=dict(I=[], name="Ulrika Hedström")),
dict(id="w2-sv17", kind="cancellation", client="outlook", quote=True, frm="Ingrid Sandberg <ingrid.sandberg@energiklustret-ost.se>",
     ack=dict(name="Ingrid Sandberg", org="Energiklustret Öst", country="Sverige"),
     body="""Hej,

jag måste tyvärr lämna återbud till workshopen. Ber om ursäkt för besväret.

Vänliga hälsningar
Ingrid Sandberg""",
     L=dict(I=["cancellation"], name="Ingrid Sandberg")),

dict(id="w2-sv18", kind="on_behalf", client="gmail", quote=True, frm="Niklas Holmberg <niklas.holmberg@fordonsklustret.se>",
     ack=dict(name="Niklas Holmberg", org="Fordonsklustret Mitt", country="Sverige"),
     body="""Tack! Kan ni även anmäla min kollega Sofia Eklund (sofia.eklund@fordonsklustret.se)? Hon vill gärna följa med.

/Niklas""",
     L=dict(name="Niklas Holmberg", org="Fordonsklustret Mitt",
            parts=[("sofia.eklund@fordonsklustret.se", "Sofia Eklund")])),
]

# ---------------------------------------------------------------- third writer (w3-*)
# Written by a third, independent writer (see ../README.md): other people, situations and hands
# than above. Labels written with each mail and committed before regbot or score.py ran on them.
MAILS += [
dict(id="w3-sv01", kind="registration", client="outlook", frm="Maja Björklund <maja.bjorklund@traklustret-vb.se>",
     subj="Anmälan till workshopen i Riga samt en fråga",
     body="""Hej Inga!

Tack för inbjudan, den kom lägligt. Jag anmäler mig härmed till workshopen den 2-3 juni. Vi har drivit ett gemensamt exportprogram för våra medlemsföretag sedan 2016, främst mot Tyskland och Storbritannien, och är nu nyfikna på hur andra kluster jobbar med Baltikum.

En fråga: kommer det att finnas tid för bilaterala möten mellan deltagarna, eller är programmet helt fullt båda dagarna? I så fall skulle jag gärna boka in några samtal i förväg.

Programmet ser för övrigt mycket intressant ut, särskilt delen om finansiering.

Vänliga hälsningar
Maja""",
     sig="""Maja Björklund
Klusterledare
Träklustret Västerbotten
Storgatan 44, 903 26 Umeå
070-312 45 87""",
     L=dict(I=["registration", "question"], name="Maja Björklund", org="Träklustret Västerbotten", cc="SE",
            exp="experienced")),

dict(id="w3-sv02", kind="registration", client="gmail", frm="Linnea Holmgren <linnea.holmgren@gmail.com>",
     subj="Riga",
     body="""Hej! Jag kommer gärna till Riga, skriv upp mig :)

/Linnea""",
     L=dict(name="Linnea Holmgren")),

dict(id="w3-sv03", kind="registration_note", client="thunderbird", cs="iso-8859-1", cte="qp", frm="Gunnar Ekdahl <gunnar.ekdahl@energikontor-dalsland.se>",
     subj="Anmälan workshop",
     body="""Hej,

jag vill anmäla mig till workshopen om klusterinternationalisering. Observera att jag måste gå redan vid 14-tiden den 3 juni för att hinna med färjan hem, och att jag inte äter fläskkött.

Mvh
Gunnar Ekdahl
Energikontor Dalsland
Åmål""",
     L=dict(name="Gunnar Ekdahl", org="Energikontor Dalsland", note=True, unscored=["country"])),

dict(id="w3-sv04", kind="on_behalf", client="outlook", frm="Therese Wikström <therese.wikstrom@forpackning-skane.se>",
     subj="Anmälan två personer",
     body="""Hej,

jag skulle vilja anmäla mig själv och min kollega Oskar Nyberg (oskar.nyberg@forpackning-skane.se) till workshopen i Riga. Vi deltar båda dagarna.

Tack på förhand!

Med vänlig hälsning
Therese Wikström""",
     sig="""Therese Wikström
Projektledare internationalisering
Förpacknings- och livsmedelsklustret i Skåne
Stortorget 9, 211 34 Malmö""",
     L=dict(name="Therese Wikström", org="Förpacknings- och livsmedelsklustret i Skåne",
            orgc="Förpacknings- och livsmedelsklustret", cc="SE",
            parts=[("therese.wikstrom@forpackning-skane.se", "Therese Wikström"),
                   ("oskar.nyberg@forpackning-skane.se", "Oskar Nyberg")])),

dict(id="w3-sv05", kind="update", client="outlook", quote=True, frm="Jonas Fält <jonas.falt@nordicmedtech-alliance.com>",
     ack=dict(name="Jonas Fält", org="Nordic Medtech Alliance", country="Sverige"),
     body="""Hej,

tack för bekräftelsen. En liten rättelse: ni har angett Sverige som land, men jag bor och arbetar sedan i höstas på vårt kontor i Köpenhamn. Kan ni ändra till Danmark?

Hälsningar
Jonas Fält""",
     L=dict(I=["update"], name="Jonas Fält", org="Nordic Medtech Alliance", cc="DK")),

dict(id="w3-sv06", kind="cancellation", client="iphone", quote=True, frm="Emelie Sundin <emelie.sundin@halsoteknikcentrum.se>",
     ack=dict(name="Emelie Sundin", org="Hälsoteknikcentrum Halland", country="Sverige"),
     body="""Hej, jag kan tyvärr inte komma ändå - min dotter ska opereras den veckan. Stryk mig gärna från listan så att någon annan kan få platsen.

Emelie""",
     L=dict(I=["cancellation"], name="Emelie Sundin")),

dict(id="w3-sv07", kind="question", client="gmail", frm="Petra Axelsson <petra.axelsson@student.lu.se>",
     subj="Fråga om deltagande",
     body="""Hej,

jag läser en master i innovationsledning vid Lunds universitet och skriver min uppsats om klusterorganisationer i Östersjöregionen. Får man delta som student, och kostar det i så fall något? Jag skulle vara väldigt tacksam för svar innan jag bokar resan.

Med vänliga hälsningar
Petra Axelsson""",
     L=dict(I=["question"], name="Petra Axelsson", org="Lunds universitet", unscored=["country"])),

dict(id="w3-sv08", kind="question_in_request", client="android", frm="Kristoffer Lund <kristoffer.lund@vattenkluster.se>",
     subj="Bara dag 1?",
     body="""Hej! Går det bra att bara vara med första dagen? I så fall anmäler jag mig gärna, dag två krockar med vår årsstämma.

Kristoffer Lund
Vattenklustret Mälardalen""",
     L=dict(I=["registration"], Iopt=["question"], name="Kristoffer Lund", org="Vattenklustret Mälardalen", note=True)),

dict(id="w3-sv09", kind="forwarded", client="outlook", fwd=1, frm="Stina Jonsson <stina.jonsson@bioinnovation-norr.se>",
     body="""Hej,

en kollega tipsade mig om det här - räkna med mig! Jag kommer båda dagarna.

Stina Jonsson
BioInnovation Norr
Luleå""",
     L=dict(name="Stina Jonsson", org="BioInnovation Norr", cc="SE")),

dict(id="w3-sv10", kind="idea_only", client="apple", frm="Bo Hammar <bo.hammar@hammar-konsult.se>",
     subj="Ett tips till programmet",
     body="""Hej,

jag har tyvärr inte möjlighet att resa till Riga i juni, men har ett förslag till grupparbetet: låt deltagarna jämföra hur de mäter resultat av sina internationaliseringsinsatser. De flesta kluster jag träffar räknar bara antal resor och mässor, inte affärer.

Lycka till med workshopen!
Bo Hammar
Hammar Konsult AB, Västerås""",
     L=dict(I=["idea"], name="Bo Hammar", org="Hammar Konsult AB", orgc="Hammar Konsult", cc="SE")),

dict(id="w3-sv11", kind="auto_reply", client="outlook", frm="Anneli Rask <anneli.rask@gotlandsinnovation.se>",
     subj="Automatiskt svar: Du är anmäld: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Hej,

jag är på semester till och med den 2 maj och läser inte min e-post. Vid brådskande ärenden, kontakta info@gotlandsinnovation.se.

Vänliga hälsningar
Anneli Rask""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w3-sv12", kind="auto_reply", client="plain", frm="Magnus Tellander <magnus.tellander@kompositkluster.se>",
     subj="Frånvaro",
     body="""Tack för ditt mejl!

Jag är föräldraledig fram till den 15 augusti. Under tiden nås kansliet på 031-708 22 00.

Magnus Tellander""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w3-sv13", kind="thanks", client="outlook", quote=True, frm="Ylva Berglund <ylva.berglund@sjomatsklustret.se>",
     ack=dict(name="Ylva Berglund", org="Sjömatsklustret", country="Sverige"),
     body="""Tack för bekräftelsen, ser fram emot det!

Ylva""",
     L=dict(I=[], name="Ylva Berglund")),

dict(id="w3-sv14", kind="registration", client="android", ev=2, frm="Viktor Ahlgren <viktor.ahlgren@blekingemarinerobotics.se>",
     subj="Forum Tallinn",
     body="""Hej, anmäl mig till forumet i Tallinn 14/10. Vi bygger autonoma ytfarkoster här i Karlskrona och söker partner för tester i finska och estniska farvatten.

Viktor Ahlgren
Blekinge Marine Robotics AB""",
     L=dict(name="Viktor Ahlgren", org="Blekinge Marine Robotics AB", orgc="Blekinge Marine Robotics", cc="SE")),

dict(id="w3-sv15", kind="update", client="apple", quote=True, frm="Asa Engstrom <asa.engstrom@fiberkluster.se>",
     ack=dict(name="Asa Engstrom", org="Fiberklustret", country="Sverige"),
     body="""Hej!

Mitt namn stavas Åsa Engström, med prickar och ringar - vår mejlserver klarar tyvärr inte av dem. Kan ni rätta det på namnbrickan?

Tack!
Åsa""",
     L=dict(I=["update"], name="Åsa Engström", org="Fiberklustret")),

dict(id="w3-sv16", kind="registration", client="html_only", cs="iso-8859-1", frm="\"Lundqvist, Per-Olof\" <per-olof.lundqvist@textilklustret-boras.se>",
     subj="Anmälan",
     html="""<html><head><meta charset="iso-8859-1"></head><body style="font-family:Calibri,sans-serif">
<p>Hej,</p>
<p>härmed anmäler jag mig till workshopen i Riga. Jag arbetar på Textilklustret i Borås, där vi i år startar vårt första internationella samarbete, så ämnet passar oss utmärkt.</p>
<p>Med vänlig hälsning</p>
<p>Docent Per-Olof Lundqvist<br>Verksamhetsledare<br>Textilklustret Borås<br>Skaraborgsvägen 3, 506 30 Borås</p>
</body></html>
""",
     body="(html only)",
     L=dict(name="Per-Olof Lundqvist", org="Textilklustret Borås", orgc="Textilklustret", cc="SE", exp="starting")),
]

# Fifth writer (w5-): another independent hand, weighted toward the intent decision.
MAILS += [
dict(id="w5-sv01", kind="registration", client="apple", frm="Elsa Lundmark <elsa.lundmark@friluftsklustret.se>",
     subj="Anmälan workshop Riga",
     body="""Hej!

Jag vill gärna anmäla mig till workshopen i Riga den 2–3 juni. Vi är ett ganska nystartat kluster inom besöksnäring och friluftsliv och har precis börjat titta på samarbeten med Finland och Norge, så det här kommer lägligt.

Vänliga hälsningar
Elsa""",
     sig="""Elsa Lundmark
Verksamhetsledare
Friluftsklustret Västerbotten
Storgatan 44, 903 26 Umeå
070-318 55 42""",
     L=dict(name="Elsa Lundmark", org="Friluftsklustret Västerbotten", cc="SE", exp="starting")),

dict(id="w5-sv02", kind="registration_idea", client="outlook", frm="Gustav Ahlkvist <gustav.ahlkvist@livsmedelhalland.se>",
     subj="Anmälan + förslag till gruppdiskussion",
     body="""Hej,

Tack för inbjudan! Jag anmäler mig härmed till workshopen.

Ett förslag till gruppdiskussionerna: hur man mäter om internationaliseringen faktiskt ger något. Vi har i tre år drivit ett exportprogram för våra medlemsföretag och styrelsen frågar nu, helt rimligt, vad det har gett. Vi har testat några indikatorer (nya kunder utomlands, antal företag på mässor, exportandel) men ingen känns riktigt bra. Det vore intressant att höra hur andra kluster gör, och jag delar gärna med mig av våra misstag.

Med vänlig hälsning
Gustav Ahlkvist""",
     sig="""Gustav Ahlkvist
Processledare internationalisering
Livsmedelsklustret Halland
Kristian IV:s väg 3, 302 50 Halmstad
Tel 035-17 62 00""",
     L=dict(I=["registration", "idea"], name="Gustav Ahlkvist", org="Livsmedelsklustret Halland", cc="SE",
            exp="experienced")),

dict(id="w5-sv03", kind="question_in_request", client="gmail", frm="Maja Åkerlund <maja.akerlund@ostgotadigital.se>",
     subj="Tillgänglighet på workshopen",
     body="""Hej,

Jag skulle gärna vilja vara med på workshopen i Riga, men jag använder rullstol. Vet ni om lokalen och stället för den gemensamma middagen är tillgängliga? Om det fungerar vill jag gärna anmäla mig till båda dagarna.

Tack på förhand,
Maja""",
     sig="""Maja Åkerlund
Projektledare
Östgöta Digitala Kluster""",
     L=dict(I=["question"], Iopt=["registration"], name="Maja Åkerlund", org="Östgöta Digitala Kluster", note=True)),

dict(id="w5-sv04", kind="cancellation", client="outlook", quote=True, frm="Annika Lidström <annika.lidstrom@skelleftea-naringsliv.se>",
     ack=dict(name="Annika Lidström", org="Näringslivskontoret Skellefteå", country="Sverige"),
     body="""Hej,

Tyvärr måste jag avboka min plats. Vi har en omorganisation i kommunen och min tjänst flyttas från och med maj, så jag kommer inte att arbeta med klusterfrågorna längre. Min efterträdare är inte utsedd ännu – jag ber hen höra av sig när det är klart.

Med vänlig hälsning
Annika Lidström""",
     L=dict(I=["cancellation"], name="Annika Lidström", org="Näringslivskontoret Skellefteå")),

dict(id="w5-sv05", kind="forwarded", client="iphone", fwd=1, frm="Linus Almgren <linus.almgren@sjukvardsteknik-vast.se>",
     body="""Anmäl mig gärna, tack!
/Linus""",
     L=dict(name="Linus Almgren")),

dict(id="w5-sv06", kind="on_behalf", client="thunderbird", frm="Per-Olof Strömberg <per-olof.stromberg@skogsinnovation-gavleborg.se>",
     subj="Deltagare från oss",
     body="""Hej!

Själv har jag tyvärr inte möjlighet att resa i juni, men vår nya projektledare Noor Haddad vill gärna delta i workshopen i Riga i mitt ställe. Hon nås på noor.haddad@skogsinnovation-gavleborg.se. Hon har jobbat med EU-projekt tidigare men är ny på klusterfrågor.

Kan ni skicka bekräftelsen direkt till henne?

Hälsningar
Per-Olof""",
     sig="""Per-Olof Strömberg
Verksamhetschef
Skogsnäringens Innovationskluster Gävleborg""",
     L=dict(Iopt=["cancellation"], name="Per-Olof Strömberg", org="Skogsnäringens Innovationskluster Gävleborg",
            parts=[("noor.haddad@skogsinnovation-gavleborg.se", "Noor Haddad")])),

dict(id="w5-sv07", kind="update", client="gmail", quote=True, frm="Johanna Berglöf <johanna.berglof@smartmaterials-kalmar.se>",
     ack=dict(name="Johanna Berglöf", org="Smart Materials Kalmar", country="Sverige"),
     body="""Hej igen!

En sak jag glömde i min anmälan: vi är inte nybörjare på området – klustret har drivit två Interreg-projekt med partner i Estland och Lettland sedan 2021. Skriv gärna in det om ni delar in grupperna efter erfarenhet.

Hälsningar
Johanna""",
     L=dict(I=["update"], name="Johanna Berglöf", org="Smart Materials Kalmar", exp="experienced")),

dict(id="w5-sv08", kind="list", client="html_only", cs="utf-8", frm="Klusternytt <nyhetsbrev@klusterforum.se>",
     to="Klusternytt <nyhetsbrev@klusterforum.se>",
     subj="Klusternytt april: nya utlysningar, workshop i Riga och årets klusterdag",
     hdrs={"List-Id": "Klusternytt <klusternytt.klusterforum.se>",
           "List-Unsubscribe": "<https://klusterforum.se/avregistrera?id=55120>",
           "Precedence": "bulk"},
     html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" align="center"><tr><td>
<h1 style="color:#0b4f6c">Klusternytt – april 2027</h1>
<h3>Workshop om internationalisering i Riga</h3>
<p>Den 2–3 juni hålls en workshop för klusterledare i Östersjöregionen om hur man kommer igång med internationellt arbete. Deltagandet är kostnadsfritt. Anmälan sker via e-post till register@event.test.</p>
<h3>Nya utlysningar</h3>
<p>Två nya utlysningar för samverkansprojekt öppnar i maj. Läs mer på vår webbplats.</p>
<h3>Klusterdagen 2027</h3>
<p>Årets klusterdag äger rum i Jönköping den 23 september. Programmet publiceras i juni.</p>
<p style="font-size:11px;color:#888">Du får det här nyhetsbrevet eftersom du prenumererar på Klusternytt. <a href="https://klusterforum.se/avregistrera?id=55120">Avregistrera dig här</a>.</p>
</td></tr></table>
</body></html>
""",
     body="(html only)",
     L=dict(I=[], auto="bulk")),

dict(id="w5-sv09", kind="thanks", client="iphone", quote=True, frm="Oskar Wennerström <oskar.wennerstrom@batteridalen.se>",
     ack=dict(name="Oskar Wennerström", org="Batteridalen", country="Sverige"),
     body="""Ses i Riga!""",
     L=dict(I=[], name="Oskar Wennerström", org="Batteridalen")),

dict(id="w5-sv10", kind="question", client="outlook", ev=2, frm="Karin Eklöf <karin.eklof@geo.uu.se>",
     subj="Forumet i Tallinn – öppet för forskare?",
     body="""Hej,

Jag forskar på havsbaserad vindkraft och undrar om forumet i Tallinn även är öppet för forskare, eller om det i första hand vänder sig till företag? Vi letar efter industriella partner till en ansökan om ett testprojekt i Bottenhavet, och en matchmaking av det här slaget vore precis rätt forum.

Vänliga hälsningar
Karin Eklöf""",
     sig="""Karin Eklöf
Docent
Institutionen för geovetenskaper
Uppsala universitet""",
     L=dict(I=["question"], name="Karin Eklöf", org="Uppsala universitet")),
]

# Seventh writer (w7-): another independent hand, weighted toward the intent decision.
MAILS += [
dict(id="w7-sv01", kind="registration", client="html_only", cs="iso-8859-1", cte="qp", frm="Camilla Sjöblom <camilla.sjoblom@obenergi.fi>",
     subj="Anmälan till workshopen",
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body style="font-family:Verdana,sans-serif;font-size:10pt">
<div>Hej!</div>
<div><br></div>
<div>Jag vill gärna delta i workshopen om klustrens internationalisering i Riga den 2–3 juni. Vi har under de senaste åren byggt upp ett rätt omfattande samarbete med Sverige och Norge, och nu vill vi gärna söka oss söderut.</div>
<div><br></div>
<div>Med vänlig hälsning</div>
<div>Camilla Sjöblom</div>
<div><br></div>
<div><span style="color:#1F4E79"><b>Camilla Sjöblom</b><br>Internationell koordinator<br>Österbottens Energikluster r.f.<br>Handelsesplanaden 15, 65100 Vasa, Finland</span></div>
</body></html>
""",
     L=dict(name="Camilla Sjöblom", org="Österbottens Energikluster r.f.", orgc="Österbottens Energikluster", cc="FI",
            exp="experienced")),

dict(id="w7-sv02", kind="on_behalf", client="outlook", quote=True, frm="Fredrik Almqvist <fredrik.almqvist@vindkraftklustret-jamtland.se>",
     ack=dict(name="Fredrik Almqvist", org="Vindkraftklustret Jämtland", country="Sverige"),
     body="""Hej,

tack för bekräftelsen! En fråga: får min kollega Elin Rådström (elin.radstrom@vindkraftklustret-jamtland.se) också följa med? Hon har precis börjat hos oss och ska ta över det internationella arbetet efter sommaren. Om det finns plats, anmäl henne gärna också.

Hälsningar
Fredrik""",
     L=dict(I=["registration"], Iopt=["question"], name="Fredrik Almqvist", org="Vindkraftklustret Jämtland",
            parts=[("elin.radstrom@vindkraftklustret-jamtland.se", "Elin Rådström")])),

dict(id="w7-sv03", kind="question_in_request", client="gmail", frm="Petra Wennerholm <petra.wennerholm@livsmedelsklustret-ost.se>",
     subj="Workshopen i Riga",
     body="""Hej,

Tack för inbjudan! Jag skulle gärna komma, men just nu vet vi inte om resan kan finansieras – vi väntar på besked om vår ansökan till Tillväxtverket, som ska komma i mitten av maj. Går den igenom hör jag av mig direkt och anmäler mig ordentligt.

Vänliga hälsningar
Petra Wennerholm
Livsmedelsklustret Öst, Norrköping""",
     L=dict(I=[], Iopt=["registration"], name="Petra Wennerholm", org="Livsmedelsklustret Öst", cc="SE")),

dict(id="w7-sv04", kind="cancellation", client="outlook", frm="Björn Wästerlund <bjorn.wasterlund@kompositcentrum-norr.se>",
     subj="Avanmälan",
     body="""Hej,

jag anmälde mig till workshopen i Riga i mars men måste tyvärr dra mig ur – vi har fått en inspektion från revisorerna flyttad till just den veckan. Stryk mig gärna från deltagarlistan så att någon annan kan få platsen.

Mvh
Björn Wästerlund""",
     sig="""Björn Wästerlund
Verksamhetsledare
Kompositcentrum Norr
Skellefteå""",
     L=dict(I=["cancellation"], name="Björn Wästerlund", org="Kompositcentrum Norr", cc="SE")),

dict(id="w7-sv05", kind="update", client="iphone", quote=True, frm="Annika Öhrvall <annika.ohrvall@halsoteknik-vast.se>",
     ack=dict(name="Annika Öhrvall", org="Hälsoteknikalliansen Väst", country="Sverige"),
     body="""Hej! Det blir tyvärr bara dag två för min del, jag har en disputation att närvara vid den 2 juni. Ändra gärna min anmälan. Tack!

/Annika""",
     L=dict(I=["update"], Iopt=["cancellation"], name="Annika Öhrvall", org="Hälsoteknikalliansen Väst", note=True)),

dict(id="w7-sv06", kind="idea_only", client="apple", frm="Oskar Bergkvist <oskar.bergkvist@skogsindustriklustret.se>",
     subj="Förslag till gruppdiskussion",
     body="""Hej,

Jag är redan anmäld till workshopen och har ett förslag till gruppdiskussionerna: hur hanterar man medlemsföretag som vill ut på samma marknad men ser varandra som konkurrenter? Hos oss har det fått flera gemensamma exportsatsningar att rinna ut i sanden, och jag tror att många kluster känner igen sig.

Ha det bra
Oskar""",
     sig="""Oskar Bergkvist
Skogsindustriklustret Mellansverige
Falun""",
     L=dict(I=["idea"], name="Oskar Bergkvist", org="Skogsindustriklustret Mellansverige", cc="SE")),

dict(id="w7-sv07", kind="auto_reply", client="outlook", frm="Therese Gullberg <therese.gullberg@medtechwest-partner.se>",
     subj="Automatiskt svar: Du är anmäld: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Hej,

Jag är föräldraledig till och med 31 augusti 2027. Ditt mejl vidarebefordras inte. Kontakta gärna vår växel på 031-700 12 00.

Therese Gullberg""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w7-sv08", kind="question", client="gmail", ev=2, frm="Axel Nordenskjöld <axel@marinsensor.se>",
     subj="Utställningsbord på forumet?",
     body="""Hej,

vi funderar på att komma till forumet i Tallinn i oktober. Finns det möjlighet att ha ett litet utställningsbord eller en roll-up för vårt företag, och kostar det i så fall något? Vi har en ny sensor för vattenkvalitet som är mycket enklare att visa upp än att beskriva.

Mvh
Axel Nordenskjöld
Marinsensor AB, Lysekil""",
     L=dict(I=["question"], name="Axel Nordenskjöld", org="Marinsensor AB", orgc="Marinsensor", cc="SE", unscored=["country"])),

dict(id="w7-sv09", kind="registration_note", client="outlook", frm="Lejla Hadžić <lejla.hadzic@smartindustri-orebro.se>",
     subj="Anmälan + frågor",
     body="""Hej,

Jag vill anmäla mig till workshopen den 2–3 juni. Några praktiska saker:

– Jag äter vegansk kost, så det vore bra om luncherna har ett sådant alternativ.
– Kan ni rekommendera ett hotell nära lokalen? Jag har aldrig varit i Riga förut.

Själva ämnet är helt nytt för oss – vi har hittills bara jobbat regionalt – så jag ser mycket fram emot att lära mig av de andra.

Vänliga hälsningar
Lejla Hadžić""",
     sig="""Lejla Hadžić
Projektledare
Smart Industri Örebro län
Fakultetsgatan 1, 702 81 Örebro""",
     L=dict(I=["registration", "question"], name="Lejla Hadžić", org="Smart Industri Örebro län", cc="SE",
            exp="starting", note=True)),

dict(id="w7-sv10", kind="forwarded", client="thunderbird", fwd=1, frm="Gustav Ekelund <gustav.ekelund@batteriklustret.se>",
     subj="Fwd: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Hej,

anmäl mig gärna till det här! Jag skickar inbjudan vidare till Anders på kontoret också, han får höra av sig själv om han vill med.

Gustav Ekelund
Batteriklustret Västerbotten""",
     L=dict(name="Gustav Ekelund", org="Batteriklustret Västerbotten", unscored=["country"])),
]

# The ninth writer's mails (source ids w9-sv…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w9-sv01", kind="forwarded", client="apple", fwd=1, fwd_to="lisa.wikstrom@norrlandsbiobaserade.se", frm="Annika Holmgren <annika.holmgren@norrlandsbiobaserade.se>",
     subj="Fwd: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Hej!

Min kollega Lisa tipsade mig om den här workshopen och skickade vidare inbjudan nedan. Jag vill gärna vara med båda dagarna.

Annika Holmgren, Norrlands Biobaserade Industrikluster, Umeå. Vi har exporterat träprodukter och pellets i många år, men har aldrig arbetat strategiskt med internationalisering som kluster.

Vänliga hälsningar
Annika""",
     L=dict(name="Annika Holmgren", org="Norrlands Biobaserade Industrikluster", cc="SE", exp="experienced")),  # judgement call: "exported for many years" labelled experienced although the cluster itself has not worked on it strategically

dict(id="w9-sv02", kind="registration", client="html_only", cs="utf-8", frm="Jesper Nordqvist <jesper.nordqvist@sormlandsmaskin.se>",
     subj="Anmälan Riga",
     html="""<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,sans-serif;font-size:10.5pt">
<p>Hej,</p>
<p>Som projektledare för Sörmlands Maskinklusters exportsatsning vill jag gärna anmäla mig till workshopen i Riga den 2–3 juni. Vi har just startat ett treårigt program för att få ut våra medlemsföretag på den baltiska marknaden, så tidpunkten kunde inte vara bättre.</p>
<p>Med vänliga hälsningar<br>
Jesper Nordqvist<br>
Eskilstuna</p>
</body></html>
""",
     L=dict(name="Jesper Nordqvist", org="Sörmlands Maskinkluster", orgnot=["Sörmlands Maskinklusters"], cc="SE",
            exp="starting")),  # judgement call: "just started a programme" read as starting

dict(id="w9-sv03", kind="question", client="outlook", frm="Karolina Öberg <karolina.oberg@vastkustens-marina.se>",
     subj="Frågor om workshopen",
     body="""Hej,

Jag undrar om workshopen även tar upp exportkontroll och sanktionsregler – flera av våra medlemmar tillverkar komponenter som kan vara känsliga. Vi skulle också behöva veta om ni har ett avtal med något hotell i närheten, och i så fall till vilket pris.

Tack på förhand!

Karolina Öberg""",
     sig="""Karolina Öberg
Klustersamordnare
Västkustens Marina Kluster
Lysekil""",
     L=dict(I=["question"], name="Karolina Öberg", org="Västkustens Marina Kluster", unscored=["country"])),  # Lysekil is a very small town: country unscored

dict(id="w9-sv04", kind="on_behalf", client="gmail", frm="Bengt Ljungqvist <bengt.ljungqvist@halland-foodtech.se>",
     subj="Två deltagare från Halland Foodtech",
     body="""Hej!

Jag har själv inte möjlighet att åka till Riga, men jag vill anmäla två av mina medarbetare:

Frida Ekström, frida.ekstrom@halland-foodtech.se
Ali Hassan Warsame – han har ingen egen e-postadress hos oss ännu, så skicka gärna information till Frida så länge.

Båda kommer båda dagarna.

Hälsningar
Bengt Ljungqvist
vd, Halland Foodtech, Halmstad""",
     L=dict(Iopt=["cancellation"], name="Bengt Ljungqvist", org="Halland Foodtech", cc="SE",
            parts=[("frida.ekstrom@halland-foodtech.se", "Frida Ekström"), (None, "Ali Hassan Warsame")],
            review="on_behalf_without_address")),

dict(id="w9-sv05", kind="thanks", client="outlook", frm="Maria Sundelin <maria.sundelin@kalmar-energiforum.se>",
     subj="SV: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Hej Inga,

Tack för inbjudan! Jag har skickat den vidare till våra medlemsföretag och till vårt nätverk av energirådgivare i länet, så det kan hända att några av dem hör av sig direkt till er.

Hälsningar
Maria Sundelin""",
     sig="""Maria Sundelin
Kommunikatör
Kalmar Energiforum""",
     L=dict(I=[], name="Maria Sundelin", org="Kalmar Energiforum")),

dict(id="w9-sv06", kind="question", client="iphone", ev=2, frm="Oskar Dahlberg <oskar.dahlberg@ostersjoalger.se>",
     subj="Blir det förbokade B2B-möten även för små företag på forumet?",
     body="""/Oskar Dahlberg
Östersjöalger AB""",
     phone_sig=False,
     L=dict(I=["question"], name="Oskar Dahlberg", org="Östersjöalger AB", orgc="Östersjöalger")),

dict(id="w9-sv07", kind="update", client="outlook", quote=True, frm="Camilla Lindqvist <camilla@lindqvistkonsult.se>",
     ack=dict(name="Camilla Lindqvist", org="Lindqvist Konsult AB", country="Sverige"),
     body="""Hej,

Tack för bekräftelsen. En rättelse: jag är anmäld som Lindqvist Konsult AB, men jag kommer till Riga som representant för Blekinge Energikluster, där jag är processledare på deltid. Kan ni ändra det på namnskylten?

Hälsningar
Camilla""",
     L=dict(I=["update"], name="Camilla Lindqvist", org="Blekinge Energikluster")),

dict(id="w9-sv08", kind="registration_note", client="gmail", frm="Elin Rask <elin.rask@stockholms-designkluster.se>",
     subj="Anmälan till workshopen 2–3 juni",
     body="""Hej!

Jag anmäler mig gärna till workshopen. Två praktiska saker: jag är vegan, och jag tar färjan från Stockholm som kommer in till Riga först vid elva på förmiddagen den 2 juni, så jag missar tyvärr början av första dagen.

Vi har ordnat några mindre delegationsresor till Tyskland och Japan, men det här med en klusterstrategi för internationalisering är nytt för oss.

Vänliga hälsningar
Elin Rask""",
     sig="""Elin Rask
Stockholms Designkluster
Stockholm""",
     L=dict(name="Elin Rask", org="Stockholms Designkluster", cc="SE", note=True)),  # judgement call: experience mixed (delegation trips done, strategy new): left null, since the mail says neither plainly

dict(id="w9-sv09", kind="auto_reply", client="outlook", frm="Göran Wennberg <goran.wennberg@smalandsplast.se>",
     subj="Automatiskt svar: Du är anmäld: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Hej,

Jag är tjänstledig till och med 31 augusti 2027. Under tiden ber jag dig kontakta min kollega Sofia Ahlström, sofia.ahlstrom@smalandsplast.se, 0370-65 44 10.

Med vänlig hälsning
Göran Wennberg""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w9-sv10", kind="cancellation", client="gmail", quote=True, frm="Tomas Lundgren <tomas.lundgren@kirunagruvteknik.se>",
     ack=dict(name="Tomas Lundgren", org="Gruvteknikklustret Norr", country="Sverige"),
     body="""Hej,

Tyvärr måste jag lämna återbud till Riga. Vi har fått ett stort uppdrag som startar första veckan i juni och jag behöver vara på plats i Kiruna. Stryk mig gärna från listan så att någon annan kan få platsen.

Mvh
Tomas""",
     L=dict(I=["cancellation"], name="Tomas Lundgren", org="Gruvteknikklustret Norr")),
]
