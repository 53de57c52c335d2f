# English mails, written as participants from around the Baltic Sea would write them in English.
# Labels (L) were written together with each mail, before regbot ever read it. See ../README.md.

MAILS = [
dict(id="en01", kind="registration", client="outlook", frm="Johansson, Erik <erik.johansson@smarttextiles.se>",
     subj="Registration - workshop in Riga 2-3 June",
     body="""Hello,

I would like to register for the workshop "Cluster internationalisation – Why and how to do it?" in Riga.

We are a fairly young cluster and internationalisation is high on our agenda for the coming strategy period, so the timing is perfect.

Best regards
Erik""",
     sig="""Erik Johansson
Senior Adviser, International Affairs
Smart Textiles Sweden
Skaraborgsvägen 3, 506 30 Borås, Sweden
Mobile: +46 70 123 45 67
www.smarttextiles.se""",
     L=dict(name="Erik Johansson", org="Smart Textiles Sweden", cc="SE")),

dict(id="en02", kind="registration", client="gmail", frm="Maria Schmidt-Larsen <msl@foodbiocluster.dk>",
     subj="Riga workshop",
     body="""Hi,

I'd like to take part in the workshop in Riga on 2-3 June. Please sign me up.

Thanks,
Maria""",
     sig="""Maria Schmidt-Larsen
Cluster Manager
Food & Bio Cluster Denmark
Agro Food Park 15, 8200 Aarhus N, Denmark
T: +45 22 33 44 55""",
     L=dict(name="Maria Schmidt-Larsen", org="Food & Bio Cluster Denmark", orgc="Food & Bio Cluster", cc="DK")),

dict(id="en03", kind="registration", client="iphone", frm="Tomas Petrauskas <tomas@mechatronics.lt>",
     subj="Workshop registration",
     body="""Hello, I'm in. I coordinate the international work at Kaunas Mechatronics Cluster - we only began looking abroad last year, so this workshop comes at the right moment for us.

Tomas Petrauskas""",
     L=dict(name="Tomas Petrauskas", org="Kaunas Mechatronics Cluster", exp="starting")),

dict(id="en04", kind="registration", client="outlook", cs="windows-1252",
     frm="\"Dr. Katrin Vogel\" <katrin.vogel@lifesci-nord.de>",
     subj="Participation: Cluster internationalisation workshop",
     body="""Dear organisers,

I hereby register for the workshop in Riga on 2 and 3 June. I am responsible for international projects in our cluster and would also be happy to share our experience with the EU Single Market Programme.

Looking forward to meeting you in Riga.

Kind regards,
Katrin Vogel""",
     sig="""Dr. Katrin Vogel
Head of International Projects
Life Science Nord Management GmbH
Falkenried 88, 20251 Hamburg, Germany
Phone +49 40 471 96 400

Life Science Nord Management GmbH, Sitz: Hamburg, Amtsgericht Hamburg HRB 112233
Geschäftsführer: Dr. Jan Becker
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.""",
     L=dict(name="Katrin Vogel", org="Life Science Nord Management GmbH", orgc="Life Science Nord", cc="DE")),

dict(id="en05", kind="registration_idea", client="thunderbird", frm="Jonas Berg <jonas.berg@oceanautomation.no>",
     subj="Sign-up and a suggestion for the group sessions",
     body="""Hi there,

Please count me in for Riga.

A suggestion for one of the small-group sessions: how clusters can share the cost of a joint stand at trade fairs abroad. We tried it with two Swedish clusters at a fair in Hamburg last year and learnt a lot (mostly about what not to do). I'd be glad to say a few words about it.

Cheers,
Jonas""",
     sig="""Jonas Berg
Ocean Automation Cluster
Stavanger, Norway""",
     L=dict(I=["registration", "idea"], name="Jonas Berg", org="Ocean Automation Cluster", cc="NO")),

dict(id="en06", kind="idea_only", client="gmail", frm="Helena Virtanen <helena.virtanen@greenmarine.fi>",
     subj="Idea for the Riga workshop",
     body="""Dear organisers,

Unfortunately I can't make it to Riga in June - we have our own board meeting on the same days. I'd still like to send an idea for the programme: a session on how to measure whether internationalisation activities actually pay off for member companies. Most of us report the number of trips and events, very few report any results.

Good luck with the workshop!

Helena""",
     sig="""Helena Virtanen
Development Manager
Green Marine Finland ry""",
     L=dict(I=["idea"], name="Helena Virtanen", org="Green Marine Finland ry", orgc="Green Marine Finland")),

dict(id="en07", kind="cancellation", client="outlook", quote=True,
     frm="Anders Nilsson <anders.nilsson@skanefood.se>",
     ack=dict(name="Anders Nilsson", org="Skåne Food Innovation Network", country="Sweden"),
     body="""Hi,

I'm afraid I won't be able to come after all - a project review was moved to exactly those days. Please don't count me in, and give my place to someone on the waiting list.

Sorry for the trouble.

Anders""",
     L=dict(I=["cancellation"], name="Anders Nilsson", org=None)),

dict(id="en08", kind="cancellation", client="gmail", frm="Piotr Zalewski <p.zalewski@ict-pomerania.pl>",
     subj="Cancel registration",
     body="""Hello,

Please cancel my registration for the Riga workshop, something came up at work. Sorry!

/Piotr""",
     L=dict(I=["cancellation"], name="Piotr Zalewski")),

dict(id="en09", kind="update", client="apple", quote=True, frm="Liz Carter <liz.carter@scotbaltic.co.uk>",
     ack=dict(name="Liz Carter", org="Scottish Baltic Trade Network", country="United Kingdom"),
     body="""Thanks for the quick confirmation! One thing: could you put my full name on the badge? The right name is Elizabeth Carter.

Liz""",
     L=dict(I=["update"], name="Elizabeth Carter", org="Scottish Baltic Trade Network", cc="GB")),

dict(id="en10", kind="update", client="gmail", quote=True, frm="Sanna Lehto <sanna.lehto@gmail.com>",
     ack=dict(name="Sanna Lehto", org="University of Oulu", country=""),
     body="""Hi,

actually I work for BusinessOulu now, not the university - I moved in March. Could you change that in the registration?

Thanks!
Sanna""",
     L=dict(I=["update"], name="Sanna Lehto", org="BusinessOulu")),

dict(id="en11", kind="update", client="iphone", quote=True, frm="Mette Kjær <mette@robotcluster.dk>",
     ack=dict(name="Mette Kjær"),
     body="""Forgot to say: I'm with Odense Robotics, Denmark.""",
     L=dict(I=["update"], name="Mette Kjær", org="Odense Robotics", cc="DK")),

dict(id="en12", kind="update", client="outlook", quote=True, frm="Mart Saar <mart.saar@cleantech.ee>",
     ack=dict(name="Mart Saar", org="Estonian Cleantech Cluster", country="Finland"),
     body="""Hello,

Small correction: you have me down as Finland, but I am based in Tallinn, Estonia.

Regards,
Mart Saar""",
     L=dict(I=["update"], name="Mart Saar", org="Estonian Cleantech Cluster", cc="EE")),

dict(id="en13", kind="question", client="gmail", frm="Kristīne Liepa <kristine.liepa@vidzeme-rda.lv>",
     subj="Question about the Riga workshop",
     body="""Good afternoon,

before registering, could you tell me whether the workshop is also open to regional development agencies? We are not a cluster ourselves, but we support three clusters in Vidzeme and would like to understand the topic better.

Thank you in advance,
Kristīne Liepa""",
     sig="""Kristīne Liepa
Project Manager | Vidzeme Planning Region
Jāņa Poruka iela 8, Cēsis, LV-4101""",
     L=dict(I=["question"], name="Kristīne Liepa", org="Vidzeme Planning Region", cc="LV")),

dict(id="en14", kind="question", client="thunderbird", frm="Dmitri Volkov <dmitri.volkov@spbcluster.ru>",
     subj="Fee and recordings?",
     body="""Hello,

Is there a participation fee for the workshop? And will the sessions be recorded for those who can only join online?

Best regards,
Dmitri Volkov""",
     L=dict(I=["question"], name="Dmitri Volkov")),

dict(id="en15", kind="question_in_request", client="outlook", frm="Agnieszka Wróbel <a.wrobel@lubuskie-metal.pl>",
     subj="Late registration",
     body="""Dear Sir or Madam,

I have only just received the invitation from a colleague. Is it still possible to register? If so, please register me for both days.

Agnieszka Wróbel
International Cooperation Specialist
Lubuskie Metal Cluster
ul. Nowa 12, 65-001 Zielona Góra, Poland""",
     L=dict(I=["registration"], Iopt=["question"], name="Agnieszka Wróbel", org="Lubuskie Metal Cluster", cc="PL")),

dict(id="en16", kind="on_behalf", client="outlook", frm="Gintarė Jankauskienė <g.jankauskiene@lt-laser.lt>",
     subj="Registration of two participants",
     body="""Good morning,

I would like to register two colleagues from our cluster for the workshop in Riga:

- Rūta Kazlauskaitė, Project Manager, ruta.kazlauskaite@lt-laser.lt
- Mindaugas Stankevičius, International Relations Manager, mindaugas.s@lt-laser.lt

I cannot come myself this time, so please send all further information directly to them.

Best regards,
Gintarė Jankauskienė
Director
Lithuanian Laser and Engineering Technology Cluster
Vilnius, Lithuania""",
     L=dict(name="Gintarė Jankauskienė", org="Lithuanian Laser and Engineering Technology Cluster",
            orgc="Laser and Engineering Technology", cc="LT",
            parts=[("ruta.kazlauskaite@lt-laser.lt", "Rūta Kazlauskaitė"),
                   ("mindaugas.s@lt-laser.lt", "Mindaugas Stankevičius")])),

dict(id="en17", kind="on_behalf", client="gmail", frm="Peeter Tamm <peeter@tartu-biotech.ee>",
     subj="Registration for 2",
     body="""Hi,

Please register me and my colleague Laura Kask (laura.kask@tartu-biotech.ee) for the workshop.

We are both from Tartu Biotechnology Park.

Regards,
Peeter""",
     L=dict(name="Peeter Tamm", org="Tartu Biotechnology Park",
            parts=[("peeter@tartu-biotech.ee", "Peeter Tamm"), ("laura.kask@tartu-biotech.ee", "Laura Kask")])),

dict(id="en18", kind="on_behalf", client="apple", frm="Karen Holm <kh@lifescience-zealand.dk>",
     subj="Two from Zealand",
     body="""Hello,

I'd like to sign up for the Riga workshop. Please also sign up my colleague Peter Nørgaard, who looks after our Baltic partners - I'll ask him to send you his details.

Best,
Karen Holm
Life Science Zealand""",
     L=dict(name="Karen Holm", org="Life Science Zealand", review="on_behalf_without_address",
            parts=[("kh@lifescience-zealand.dk", "Karen Holm"), (None, "Peter Nørgaard")])),

dict(id="en19", kind="registration_note", client="gmail", frm="Olga Ivanova <olga.ivanova@baltic-logistics.lv>",
     subj="Registration",
     body="""Hello,

I'd like to register for the workshop. Please note I'm vegetarian.

Kind regards,
Olga Ivanova
Baltic Logistics Cluster, Riga""",
     L=dict(name="Olga Ivanova", org="Baltic Logistics Cluster", cc="LV", note=True)),

dict(id="en20", kind="registration_note", client="outlook", frm="Henrik Lund <henrik.lund@maritime-cluster.no>",
     subj="Registration Henrik Lund",
     body="""Dear workshop team,

I would like to attend the workshop in Riga.

I use a wheelchair, so I would appreciate step-free access to the rooms and, if possible, a hotel recommendation nearby with accessible rooms.

Best regards

Henrik Lund
Senior Advisor
Maritime Cluster of West Norway
Haugesund, Norway""",
     L=dict(name="Henrik Lund", org="Maritime Cluster of West Norway", cc="NO", note=True)),

dict(id="en21", kind="registration_note", client="android", frm="Aleksander Nowicki <aleksander.nowicki@gmail.com>",
     subj="Riga",
     body="""Hi, I'll be there! I may be late on the first day though, my flight lands at 10:40.

Aleksander Nowicki
Silesian Aviation Cluster""",
     L=dict(name="Aleksander Nowicki", org="Silesian Aviation Cluster", note=True)),

dict(id="en22", kind="thanks", client="iphone", quote=True, frm="Birgit Sander <birgit.sander@hansebelt.de>",
     ack=dict(name="Birgit Sander", org="Hansebelt e.V.", country="Germany"),
     body="""Thank you!""",
     L=dict(I=[], name="Birgit Sander")),

dict(id="en23", kind="forwarded", client="gmail", fwd=1, frm="Aleksandra Kowalczyk <ola.kowalczyk@gmail.com>",
     body="""Hi,

a colleague sent me this invitation. I'd like to join the workshop, if there are still places.

Regards,
Aleksandra Kowalczyk""",
     L=dict(name="Aleksandra Kowalczyk")),

dict(id="en24", kind="registration", client="html_only", cs="utf-8", frm="\"Kask, Mart\" <mart.kask@ict-cluster.ee>",
     subj="Registration for the cluster workshop",
     html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Dear organisers,</p>
<p>I would like to register for the workshop on 2&ndash;3 June in Riga.</p>
<p>Best regards,</p>
<table cellpadding="0" cellspacing="0" style="border-left:3px solid #0072ce;padding-left:8px">
<tr><td><b>Mart Kask</b></td></tr>
<tr><td>Member of the Board</td></tr>
<tr><td>Estonian ICT Cluster</td></tr>
<tr><td>L&otilde;&otilde;tsa 6, 11415 Tallinn</td></tr>
<tr><td><a href="https://www.ict-cluster.ee">www.ict-cluster.ee</a></td></tr>
</table>
</body></html>
""",
     body="(html only)",
     L=dict(name="Mart Kask", org="Estonian ICT Cluster", cc="EE")),

dict(id="en25", kind="auto_reply", client="outlook", frm="Sophie Brandt <sophie.brandt@windcluster-nord.de>",
     subj="Automatic reply: You are registered: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Thank you for your message. I am out of the office until 26 April with limited access to e-mail. For urgent matters please contact info@windcluster-nord.de.

Best regards
Sophie Brandt""",
     L=dict(I=[], auto="auto_reply")),

dict(id="en26", kind="list", client="outlook", frm="BSR Cluster News <news@bsr-clusternews.eu>",
     to="register@event.test",
     subj="BSR Cluster News - April 2027: funding calls, matchmaking, new members",
     hdrs={"List-Id": "BSR Cluster News <news.bsr-clusternews.eu>",
           "List-Unsubscribe": "<https://bsr-clusternews.eu/unsubscribe?u=8d1f>, <mailto:unsubscribe@bsr-clusternews.eu>",
           "Precedence": "bulk"},
     body="""BSR Cluster News - April 2027

1. Interreg Baltic Sea Region: third call opens 15 May
2. Matchmaking: Nordic-Baltic e-health companies meet in Vilnius
3. New members: two Polish clusters join the network

Register for our webinar on cluster excellence labels: reply "YES" to this e-mail or use the link below.

You receive this newsletter because you subscribed at bsr-clusternews.eu. Unsubscribe: https://bsr-clusternews.eu/unsubscribe""",
     L=dict(I=[], auto="bulk")),

dict(id="en27", kind="registration", client="gmail", frm="\"Prof. Andris Kalniņš\" <andris.kalnins@wood-cluster.lv>",
     subj="Registration - Prof. Kalniņš",
     body="""Dear colleagues,

I am glad to register for the workshop. Our cluster has run export programmes for its member companies for about a decade, so I can also contribute with practical cases if that is useful.

With best regards,""",
     sig="""Prof. Andris Kalniņš
Chairman of the Board
Latvian Wood Processing and Furniture Cluster
Dzirnavu iela 91, Rīga, Latvia""",
     L=dict(name="Andris Kalniņš", org="Latvian Wood Processing and Furniture Cluster",
            orgc="Wood Processing and Furniture", cc="LV", exp="experienced")),

dict(id="en28", kind="registration", client="outlook", ev=2, frm="Jan Petersen <jan.petersen@oceantech-nord.de>",
     subj="Registration Matchmaking Forum Tallinn",
     body="""Dear forum team,

I would like to register for the Blue Economy Matchmaking Forum in Tallinn on 14 October.

Topics I would like to discuss: offshore wind operation & maintenance, underwater robotics, port digitalisation.

Best regards
Jan Petersen
Business Development
Ocean Technology Nord
Kiel, Germany""",
     L=dict(name="Jan Petersen", org="Ocean Technology Nord", cc="DE")),

dict(id="en29", kind="registration", client="gmail", ev=2, frm="Linnea Ek <linnea@bluemussel.se>",
     subj="Forum registration",
     body="""Hello,

Please register me for the matchmaking forum. We farm and process mussels on the west coast and are looking for partners in Estonia and Finland.

Linnea Ek""",
     sig="""Linnea Ek | CEO
Blue Mussel Partners AB
+46 73 555 12 12""",
     L=dict(name="Linnea Ek", org="Blue Mussel Partners AB", orgc="Blue Mussel Partners")),

dict(id="en30", kind="question", client="iphone", ev=2, frm="Rasmus Toft <rasmus.toft@aquaport.dk>",
     subj="Exhibition?",
     body="""Hi, will there be a possibility to exhibit at the forum, e.g. a small table? And what does it cost?

Rasmus""",
     L=dict(I=["question"], name="Rasmus Toft")),

dict(id="en31", kind="registration", client="gmail", frm="Ole Hansen <ole.hansen@seafoodinnovation.no>",
     subj="Count me in",
     body="""Hi,

Count me in for Riga!

Ole""",
     sig="""Ole Hansen | Business Developer | Norwegian Seafood Innovation Cluster | Bergen""",
     L=dict(name="Ole Hansen", org="Norwegian Seafood Innovation Cluster", cc="NO")),
]

# Second batch (appended: earlier mails keep their half). English from writers whose mail
# systems add footers in their own language, and a few harder shapes.
MAILS += [
dict(id="en32", kind="registration", client="outlook", frm="Sjögren, Maja <maja.sjogren@vastra-innovation.se>",
     subj="Workshop 2-3 June - registration",
     body="""Hi,

I'd like to register for the Riga workshop. I work with internationalisation support for SMEs in our region and we are about to set up a joint export programme with two other clusters, so I'm hoping to pick up ideas.

Best regards,
Maja Sjögren
Project Manager
Västra Götaland Innovation Cluster
Lindholmspiren 5, 417 56 Göteborg

Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för adressaten. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera det.""",
     L=dict(name="Maja Sjögren", org="Västra Götaland Innovation Cluster", cc="SE")),

dict(id="en33", kind="registration", client="outlook", cs="windows-1252", frm="Ville Koskinen <ville.koskinen@arcticbiz.fi>",
     subj="Registration",
     body="""Hello,

Please register me for the workshop in Riga (both days).

Kind regards
Ville Koskinen
Senior Advisor, International Networks
Arctic Business Cluster
Rovaniemi, Finland

Tämä sähköpostiviesti ja sen liitteet ovat luottamuksellisia ja tarkoitettu vain vastaanottajalle. Jos olet saanut viestin erehdyksessä, ilmoita siitä lähettäjälle ja poista viesti.""",
     L=dict(name="Ville Koskinen", org="Arctic Business Cluster", cc="FI")),

dict(id="en34", kind="registration", client="gmail", frm="Marta Zawadzka <marta.zawadzka@klaster-ict-pomorze.pl>",
     subj="Participation in the workshop",
     body="""Dear Organisers,

I would like to take part in the workshop on 2-3 June. Our cluster has been organising trade missions to Scandinavia since 2014, so I could also share some lessons learned.

Kind regards,""",
     sig="""Marta Zawadzka
International Cooperation Manager
Pomeranian ICT Cluster
ul. Trzy Lipy 3, 80-172 Gdańsk, Polska

Treść tej wiadomości jest poufna i prawnie chroniona. Odbiorcą może być jedynie jej adresat z wyłączeniem dostępu osób trzecich. Jeżeli nie jesteś adresatem niniejszej wiadomości, jej rozpowszechnianie, kopiowanie lub inne działanie o podobnym charakterze jest zabronione.""",
     L=dict(name="Marta Zawadzka", org="Pomeranian ICT Cluster", cc="PL", exp="experienced")),

dict(id="en35", kind="cancellation", client="outlook", quote=True, frm="Darius Kavaliauskas <darius.kavaliauskas@lt-agro.lt>",
     ack=dict(name="Darius Kavaliauskas", org="Lithuanian Agrifood Cluster", country="Lithuania"),
     body="""Dear organisers,

Unfortunately I have to cancel my participation - I will not be able to travel to Riga on those dates. Sorry for the inconvenience.

Best regards,
Darius Kavaliauskas

Šis elektroninis laiškas ir jo priedai gali būti konfidencialūs ir skirti tik adresatui. Jei gavote šį laišką per klaidą, prašome nedelsiant pranešti siuntėjui ir jį ištrinti.""",
     L=dict(I=["cancellation"], name="Darius Kavaliauskas")),

dict(id="en36", kind="on_behalf", client="gmail", quote=True, frm="Søren Friis <sf@cleantech-hub.dk>",
     ack=dict(name="Søren Friis", org="CleanTech Hub Denmark", country="Denmark"),
     body="""Hi again,

Change of plans on our side: I can't make it to Riga after all, but my colleague Ida Berg (ida.berg@cleantech-hub.dk) will come instead of me. Could you please swap the registration to her name?

Thanks a lot and sorry for the extra work!
Søren

Denne e-mail kan indeholde fortrolige oplysninger. Hvis du ikke er den rette modtager, bedes du slette den og give afsenderen besked.""",
     L=dict(I=["registration", "cancellation"], name="Søren Friis", org="CleanTech Hub Denmark", cc="DK",
            parts=[("sf@cleantech-hub.dk", "Søren Friis"), ("ida.berg@cleantech-hub.dk", "Ida Berg")])),

dict(id="en37", kind="registration_note", client="iphone", frm="Aleksei Smirnov <aleksei.smirnov@narvainvest.ee>",
     subj="Riga workshop",
     body="""Hi, I would like to join but only on the second day (3 June), the first day I have a board meeting in Narva. Is that ok? Please register me for day 2.

Aleksei Smirnov
Narva Industrial Park""",
     L=dict(I=["registration"], Iopt=["question"], name="Aleksei Smirnov", org="Narva Industrial Park", cc="EE", note=True)),

dict(id="en38", kind="auto_reply", client="plain", frm="Michael Brandt <michael.brandt@hafen-cluster.de>",
     subj="Out of office: Re: Cluster internationalisation workshop",
     hdrs={"X-Autoreply": "yes"},
     body="""I am currently out of the office with no access to e-mail and will return on 3 May. Your message will not be forwarded. In urgent cases please call +49 40 555 123.

Ich bin derzeit nicht im Büro und ab dem 3. Mai wieder erreichbar. Ihre Nachricht wird nicht weitergeleitet.""",
     L=dict(I=[], auto="auto_reply")),

dict(id="en39", kind="registration", client="gmail", frm="ingrid.nilsen@gmail.com",
     subj="",
     body="""hi, please sign me up for riga. ingrid nilsen, tromsø (norway), arctic tourism cluster. we're just starting out with international stuff so this is perfect timing""",
     L=dict(name="Ingrid Nilsen", org="Arctic Tourism Cluster", cc="NO", exp="starting")),

dict(id="en40", kind="update", client="outlook", quote=True, frm="Jānis Bērziņš <janis.berzins@latvianfood.lv>",
     ack=dict(name="Janis Berzins", org="Latvian Food Cluster", country="Latvia"),
     body="""Hello,

Thanks for the confirmation. Two small corrections, please: my name is spelled Jānis Bērziņš, and our organisation is now called Latvian Food and Drink Cluster (we merged with the beverage association in March).

Best regards,
Jānis""",
     L=dict(I=["update"], name="Jānis Bērziņš", org="Latvian Food and Drink Cluster", orgc="Food and Drink Cluster", cc="LV")),
]

# Third batch: informal/typos, the second event, registration with a side question.
MAILS += [
dict(id="en41", kind="registration", client="android", frm="Kasia Lis <kasia.lis@startup-hub.pl>",
     subj="riga",
     body="""hi! pls count me in for the workshp in riga, both days. im from Startup Hub Poland (krakow). thx!!
kasia""",
     L=dict(name="Kasia Lis", org="Startup Hub Poland", cc="PL")),

dict(id="en42", kind="registration", client="gmail", ev=2, frm="Tuomas Salo <tuomas.salo@baltic-ports.fi>",
     subj="Matchmaking forum - registration and B2B wishes",
     body="""Dear forum team,

I would like to register for the Blue Economy Matchmaking Forum on 14 October.

For the one-to-one meetings I'm mainly interested in:
1) shore power and port electrification suppliers
2) Estonian and Latvian ports planning green corridors
3) research partners for a Horizon Europe proposal on autonomous mooring

We have worked on cross-border port projects for about eight years, so I'm also happy to be a speaker in one of the pitching sessions if you need one.

Best regards,
Tuomas Salo
Head of Development
Baltic Ports Innovation Network
Helsinki, Finland""",
     L=dict(name="Tuomas Salo", org="Baltic Ports Innovation Network", cc="FI", exp="experienced")),

dict(id="en43", kind="registration", client="outlook", frm="Ruta Vaitiekunaite <ruta.vaitiekunaite@cleantech-lt.lt>",
     subj="Registration + parking question",
     body="""Hello,

Please register me for the workshop in Riga. By the way, is there parking at the venue? I will probably come by car from Vilnius.

Kind regards,
Rūta Vaitiekūnaitė
Cleantech Lithuania""",
     L=dict(I=["registration", "question"], name="Rūta Vaitiekūnaitė", org="Cleantech Lithuania", cc="LT")),
]

# ---------------------------------------------------------------- second writer (w2-*)
# Written by a second writer (see ../README.md), other people, situations and phrasings than above.
# Labels written with each mail, before regbot was run on any of them.
MAILS += [
dict(id="w2-en01", kind="registration", client="outlook", frm="Lindqvist, Annika <annika.lindqvist@wschamber-trade.se>",
     subj="Riga 2-3 June",
     body="""Good morning,

Count me in for the Riga workshop, please. We have been organising delegation trips to the Baltic states for our members for some fifteen years now, so I am mostly coming to compare notes with other clusters and to find partners for next year's programme.

I will arrive on the evening of 1 June.

With kind regards,
Annika""",
     sig="""Annika Lindqvist
Senior Adviser
Trade and Investment Services
West Sweden Chamber of Commerce and Industry
Box 5253, 402 25 Göteborg, Sweden
Direct: +46 31 83 59 12 | Mobile: +46 733 44 12 90
LinkedIn: linkedin.com/in/annikalindqvist""",
     L=dict(name="Annika Lindqvist", org="West Sweden Chamber of Commerce and Industry",
            orgc="West Sweden Chamber of Commerce", cc="SE", exp="experienced")),

dict(id="w2-en02", kind="registration", client="iphone", frm="Marek Dąbrowski <marek.dabrowski@pomeranian-ict.pl>",
     subj="Riga",
     body="""Got the invite from Inga - I'll be there, both days.

Marek""",
     L=dict(name="Marek Dąbrowski")),

dict(id="w2-en03", kind="idea_only", client="gmail", frm="Riikka Heikkinen <riikka.heikkinen@utu-research.fi>",
     subj="Not coming, but a thought for day two",
     body="""Dear organisers,

Thank you for the invitation. I won't be able to come to Riga - June is exam month at the university and I am stuck with my students.

One thought for the group work on day two, though: ask every cluster manager to bring one export project that did NOT work out and walk the group through why. In our interviews with Nordic and Baltic clusters the failures were always more instructive than the success stories, but nobody presents them at conferences.

I would be happy to share our interview guide if it helps.

All the best,
Riikka""",
     sig="""Dr. Riikka Heikkinen
Senior Researcher
Department of Marketing and International Business
University of Turku
Rehtorinpellonkatu 3, 20500 Turku, Finland""",
     L=dict(I=["idea"], name="Riikka Heikkinen", org="University of Turku", cc="FI")),

dict(id="w2-en04", kind="question", client="outlook", frm="Vaida Žukauskienė <vaida.zukauskiene@kstp-park.lt>",
     subj="Question before registering",
     body="""Hello,

Before I register I would like to ask two things. Is there a participation fee? And will the group sessions on day two be held in English only, or will there be interpretation?

Thank you in advance.

Vaida Žukauskienė
Head of Export Development
Klaipėda Science and Technology Park
Klaipėda, Lithuania

Šiame elektroniniame laiške pateikta informacija yra konfidenciali ir skirta tik adresatui. Jei šį laišką gavote per klaidą, prašome nedelsiant informuoti siuntėją ir laišką ištrinti.""",
     L=dict(I=["question"], name="Vaida Žukauskienė", org="Klaipėda Science and Technology Park", cc="LT")),

dict(id="w2-en05", kind="on_behalf", client="outlook", frm="Hanna Ek <hanna.ek@midsweden-bioeconomy.se>",
     subj="Registration on behalf of Dr. Per Sandberg",
     body="""Dear Sir/Madam,

On behalf of our CEO, Dr. Per Sandberg, I would like to register him for the workshop in Riga on 2-3 June. His e-mail address is per.sandberg@midsweden-bioeconomy.se - please send the confirmation and all practical information directly to him, with me in copy if possible.

Many thanks,
Hanna""",
     sig="""Hanna Ek
Executive Assistant to the CEO
Mid Sweden Bioeconomy Cluster
Storgatan 27, 852 30 Sundsvall
Sweden""",
     L=dict(name="Hanna Ek", org="Mid Sweden Bioeconomy Cluster", cc="SE",
            parts=[("per.sandberg@midsweden-bioeconomy.se", "Per Sandberg")])),

dict(id="w2-en06", kind="on_behalf", client="gmail", frm="Tiit Rebane <tiit@rebane-partners.ee>",
     subj="3 people from Rebane & Partners",
     body="""Hi,

Please register me and two people from my team: Kristjan Org and Liis Mets. They only join us in May, so they don't have company e-mail addresses yet - I'll forward their details as soon as they do.

Thanks,
Tiit""",
     sig="""Tiit Rebane | CEO
Rebane & Partners OÜ
Tartu, Estonia""",
     L=dict(name="Tiit Rebane", org="Rebane & Partners OÜ", orgc="Rebane & Partners", cc="EE",
            review="on_behalf_without_address",
            parts=[("tiit@rebane-partners.ee", "Tiit Rebane"), (None, "Kristjan Org"), (None, "Liis Mets")])),

dict(id="w2-en07", kind="update", client="gmail", quote=True, frm="Katarzyna Nowak <katarzyna.nowak@pstp-gdynia.pl>",
     ack=dict(name="Katarzyna Nowak", org="Gdynia Science Park", country="Poland"),
     body="""Hello,

thanks for confirming. Just a small correction for the badge: the right name of our organisation is Pomeranian Science and Technology Park - "Gdynia Science Park" is just what people call us.

Best,
Kasia""",
     L=dict(I=["update"], name="Katarzyna Nowak", org="Pomeranian Science and Technology Park", cc="PL")),

dict(id="w2-en08", kind="cancellation", client="android", frm="Rūta Vaitkutė <ruta.vaitkute@gmail.com>",
     subj="Riga workshop - sorry",
     body="""Hi, unfortunately I won't be able to come to Riga after all, our travel budget got frozen until the funding decision in July. Please take me off the list so someone else can have the place. Sorry!!

Rūta""",
     L=dict(I=["cancellation"], name="Rūta Vaitkutė")),

dict(id="w2-en09", kind="forwarded", client="outlook", fwd=1, frm="Nils Brandt <nils.brandt@owmn-kiel.de>",
     body="""Dear organisers,

my colleague forwarded your invitation below. I would very much like to take part - please register me for both days.

Best regards
Nils Brandt""",
     sig="""Nils Brandt
Project Lead, International Cooperation
Offshore Wind and Maritime Network Kiel e.V.
Kiel, Germany

Offshore Wind and Maritime Network Kiel e.V. | Vereinsregister Amtsgericht Kiel VR 6123 KI | Vorstand: Dr. Heike Jansen""",
     L=dict(name="Nils Brandt", org="Offshore Wind and Maritime Network Kiel e.V.",
            orgc="Offshore Wind and Maritime Network", cc="DE")),

dict(id="w2-en10", kind="question_in_request", client="gmail", ev=2, frm="Elin Gustafsson <elin@gotland-algae.se>",
     subj="Tallinn forum - still room?",
     body="""Hi!

Is there still room at the matchmaking forum in Tallinn? If yes, I'd love to join - please put me down. We're a small seaweed start-up and only started selling outside Sweden last year, so the one-to-one meetings sound exactly like what we need.

Elin""",
     sig="""Elin Gustafsson
Founder & CEO
Gotland Algae AB
Visby, Sweden""",
     L=dict(I=["registration"], Iopt=["question"], name="Elin Gustafsson", org="Gotland Algae AB",
            orgc="Gotland Algae", cc="SE", exp="starting")),

dict(id="w2-en11", kind="auto_reply", client="outlook", frm="Paweł Zieliński <pawel.zielinski@lodz-textile.pl>",
     subj="Out of Office",
     body="""Thank you for your e-mail. I am attending a trade fair abroad until 24 April and will have only occasional access to my mailbox. Your message will be answered after my return.

Dziękuję za wiadomość. Do 24 kwietnia przebywam na targach za granicą. Odpowiem po powrocie.

Paweł Zieliński""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w2-en12", kind="registration_note", client="thunderbird", frm="Kari Solberg <kari.solberg@innovation-vestland.no>",
     subj="Registration + accessibility",
     body="""Hello,

I would like to register for the workshop in Riga. I use a wheelchair - could you let me know whether the venue and the dinner place are step-free? If not, I'll plan around it, no problem.

Thanks,
Kari Solberg""",
     sig="""Kari Solberg
Seniorrådgiver / Senior Adviser
Innovation Vestland
Bergen, Norway""",
     L=dict(I=["registration"], Iopt=["question"], name="Kari Solberg", org="Innovation Vestland", cc="NO", note=True)),
dict(id="w2-en13", kind="registration", client="outlook", frm="Zofia Nowicka <z.nowicka@foodtech-baltic.pl>",
     subj="Workshop registration - FoodTech Baltic",
     body="""Dear Organisers,

I would like to take part in the workshop in Riga on 2-3 June. We have been selling to Germany for years, but the Nordic and Baltic markets are quite new to us, so I hope to meet cluster people from there.

Kind regards,
Zofia Nowicka""",
     sig="""Zofia Nowicka | Export Manager
FoodTech Baltic Sp. z o.o.
ul. Długa 12, 80-827 Gdańsk, Poland
www.foodtech-baltic.pl

FoodTech Baltic Sp. z o.o. z siedzibą w Gdańsku, Sąd Rejonowy Gdańsk-Północ w Gdańsku, VII Wydział Gospodarczy KRS, KRS 0000123456, NIP 5830001122, kapitał zakładowy 50 000 zł. Treść tej wiadomości jest poufna i przeznaczona wyłącznie dla adresata. Jeżeli nie są Państwo adresatem, prosimy o powiadomienie nadawcy i usunięcie wiadomości.""",
     L=dict(name="Zofia Nowicka", org="FoodTech Baltic Sp. z o.o.", orgc="FoodTech Baltic", cc="PL",
            unscored=["experience"])),

dict(id="w2-en14", kind="cancellation", client="outlook", quote=True, frm="Mats Hedlund <mats.hedlund@norrbotten-tech.se>",
     ack=dict(name="Mats Hedlund", org="Norrbotten Technology Cluster", country="Sweden"),
     body="""Hi,

I'm sorry, but I won't be able to come to the workshop after all. Please remove me from the list. One of my colleagues may want to come instead - if so, they will write to you themselves.

Regards,
Mats

Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för mottagaren. Om du har fått det av misstag, vänligen meddela avsändaren och radera meddelandet.""",
     L=dict(I=["cancellation"], name="Mats Hedlund")),
dict(id="w2-en15", kind="on_behalf", client="gmail", frm="Ida Mortensen <ida.mortensen@dk-healthtech.dk>",
     subj="Two of us from Copenhagen",
     body="""Hi,

please sign up both me and my colleague Frederik Lund (frederik.lund@dk-healthtech.dk) for the workshop. We'll fly in from Copenhagen on the morning of 2 June.

Cheers,
Ida""",
     sig="""Ida Mortensen
Partnership Manager
Danish Health Tech Alliance""",
     L=dict(name="Ida Mortensen", org="Danish Health Tech Alliance", cc="DK",
            parts=[("ida.mortensen@dk-healthtech.dk", "Ida Mortensen"), ("frederik.lund@dk-healthtech.dk", "Frederik Lund")])),

dict(id="w2-en16", kind="question", client="apple", quote=True, frm="Gints Eglītis <gints.eglitis@balticfoodtech.lv>",
     ack=dict(name="Gints Eglītis", org="Baltic FoodTech Association", country="Latvia"),
     body="""Thanks! Do I need to sign up separately for the dinner on the first evening, or is it included?

Gints""",
     L=dict(I=["question"], name="Gints Eglītis", org="Baltic FoodTech Association")),

dict(id="w2-en17", kind="registration", client="outlook", frm="Paweł Nowicki <pawel.nowicki@mcic-krakow.pl>",
     subj="Participation",
     body="""Greetings from Kraków!

I'd like to join the workshop in Riga. Our cluster is just setting up its first international partnerships, so the topic could not be better timed.

Best regards,
Paweł Nowicki
International Relations Officer
Creative Industries Cluster of Lesser Poland""",
     L=dict(name="Paweł Nowicki", org="Creative Industries Cluster of Lesser Poland", cc="PL", exp="starting")),
dict(id="w2-en18", kind="registration", client="html_only", cs="utf-8", frm="Justina Markevičiūtė <justina.markeviciute@ltfoodandagri.lt>",
     subj="Registration: Justina Markeviciute",
     html="""<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,sans-serif;font-size:10pt;color:#222">
<p>Hello,</p>
<p>I would like to register for the workshop in Riga (2&ndash;3 June). We only began looking beyond Lithuania last year, so I am really looking forward to learning from more experienced clusters.</p>
<p>Thank you!</p>
<table style="border-top:1px solid #ccc;margin-top:12px"><tr><td style="padding-top:6px">
<b>Justina Markevičiūtė</b><br>
Business Development Manager<br>
Lithuanian Food and Agritech Cluster<br>
Konstitucijos pr. 7, LT-09308 Vilnius<br>
<a href="https://www.linkedin.com/in/justinam">LinkedIn</a> | <a href="https://twitter.com/ltfoodagri">Twitter</a> | <a href="https://ltfoodandagri.lt">ltfoodandagri.lt</a>
</td></tr></table>
<p style="font-size:8pt;color:#999">Please consider the environment before printing this e-mail.</p>
</body></html>
""",
     body="(html only)",
     L=dict(name="Justina Markevičiūtė", org="Lithuanian Food and Agritech Cluster", cc="LT", exp="starting")),

dict(id="w2-en19", kind="question_in_request", client="gmail", frm="Martynas Petkus <martynas.petkus@ktu-phd.lt>",
     subj="Can a PhD student attend?",
     body="""Hello,

I'm a PhD student at Kaunas University of Technology, writing my thesis on cluster policy in the Baltic states. Could I attend the workshop as an observer? If yes, please register me - I would of course cover my own travel.

Kind regards,
Martynas Petkus""",
     L=dict(I=["registration"], Iopt=["question"], name="Martynas Petkus", org="Kaunas University of Technology")),
dict(id="w2-en20", kind="on_behalf", client="gmail", quote=True, frm="Oliver Grant <oliver.grant@northsea-baltic-ports.co.uk>",
     ack=dict(name="Oliver Grant", org="North Sea Baltic Ports Network", country="United Kingdom"),
     body="""Many thanks. Could you also add my colleague Eleanor Hughes (eleanor.hughes@northsea-baltic-ports.co.uk)? She looks after our Baltic members and would like to come too.

Oliver""",
     L=dict(name="Oliver Grant", org="North Sea Baltic Ports Network",
            parts=[("eleanor.hughes@northsea-baltic-ports.co.uk", "Eleanor Hughes")])),

dict(id="w2-en21", kind="cancellation", client="android", frm="Kaspars Grīnbergs <kaspars.grinbergs@gmail.com>",
     subj="Riga workshop",
     body="""Hi, sorry, something came up at home and I have to skip the workshop this time. Please give my seat to someone else.

Kaspars""",
     L=dict(I=["cancellation"], name="Kaspars Grīnbergs")),
]

# ---------------------------------------------------------------- third writer (w3-*)
# Written by a third, independent writer (see ../README.md): other people, situations and hands
# than above. Labels written with each mail and committed before regbot or score.py ran on them.
MAILS += [
dict(id="w3-en01", kind="registration_note", client="outlook", frm="\"Doherty, Siobhan\" <siobhan.doherty@corkfoodnet.ie>",
     subj="Riga workshop - registration, and a couple of things",
     body="""Dear Inga and team,

Thanks a million for the invitation, which reached me via our Latvian partners. I would be delighted to register for the workshop in Riga on 2-3 June.

A bit of background so you know who is coming: we have been running a soft-landing programme for Irish food companies in the Nordic countries for about six years now, so I can certainly contribute to the discussion on day one. I see from the outline that funding is on the agenda, it would be great if someone could also touch on how to keep members engaged once the EU money ends, as that is where we always struggle.

Will the presentations be shared with participants afterwards? Our board will ask me for them.

Finally, a practical point: I am coeliac, so I would need gluten-free meals at the lunches and the dinner, if that can be arranged.

Looking forward to meeting you all.

Kind regards,
Siobhan""",
     sig="""Siobhan Doherty
International Programmes Manager
Cork Food Network CLG
Unit 4, Marina Commercial Park, Centre Park Road
Cork T12 XH2D
Ireland
T: +353 21 496 2210 | M: +353 87 318 4471
www.corkfoodnet.ie""",
     L=dict(I=["registration", "question"], name="Siobhan Doherty", org="Cork Food Network CLG",
            orgc="Cork Food Network", cc="IE", exp="experienced", note=True)),

dict(id="w3-en02", kind="registration", client="iphone", frm="Arvid Strand <arvid.strand@heatpumpcluster.se>",
     subj="Riga",
     body="""Hi, yes please - put me down for Riga 2-3 June. Both days.

Arvid""",
     L=dict(name="Arvid Strand")),

dict(id="w3-en03", kind="question_in_request", client="outlook", frm="Baiba Strautmane <baiba.strautmane@zemgalesparticiba.lv>",
     subj="Parking at the venue?",
     body="""Good morning,

As I would like to take part in the workshop on both days, I wonder whether there is any parking near the venue - I will come by car from Jelgava each morning and drive back in the evening. If there is none, could you perhaps recommend a guarded car park nearby?

Thank you in advance and best regards,
Baiba Strautmane""",
     sig="""Baiba Strautmane
Valdes locekle / Member of the Board
Zemgales pārtikas klasteris
Lielā iela 19, Jelgava, LV-3001
Tālr. +371 2914 5531

Šis e-pasts un tā pielikumi var saturēt konfidenciālu informāciju, kas paredzēta tikai adresātam. Ja esat saņēmis šo e-pastu kļūdas pēc, lūdzu, informējiet sūtītāju un izdzēsiet to.""",
     L=dict(I=["registration", "question"], name="Baiba Strautmane", org="Zemgales pārtikas klasteris", cc="LV")),

dict(id="w3-en04", kind="cancellation", client="gmail", frm="Rasmus Thorsen <rasmus.thorsen@jutlandpack.dk>",
     subj="Re: Invitation: Cluster internationalisation - Riga",
     body="""Dear Inga,

Thank you for thinking of us. I'm afraid June is the busiest month of the year for our members and I cannot leave the office, so I'll have to pass this time. Please do keep me on your list though - I would very much like to join if you repeat the workshop next year.

Best wishes from Vejle,
Rasmus""",
     sig="""Rasmus Thorsen
Cluster Manager
Jutland Packaging Network
Vejle, Denmark""",
     L=dict(I=[], Iopt=["cancellation"], name="Rasmus Thorsen", org="Jutland Packaging Network", cc="DK")),

dict(id="w3-en05", kind="question", client="thunderbird", frm="Helen Marsh <helen@marsh-innovation.co.uk>",
     subj="Is the workshop open to consultants?",
     body="""Dear organisers,

I came across the announcement of your workshop in Riga and I am not sure whether I would qualify. I am not a cluster manager myself: I run a small consultancy that helps cluster organisations in the north of England prepare EU project applications, several of them with Baltic partners.

Would you accept a participant like me, or is the workshop reserved for cluster staff? I would understand either way.

With best regards,
Helen Marsh""",
     sig="""Dr Helen Marsh
Director
Marsh Innovation Consulting Ltd
Newcastle upon Tyne, United Kingdom
+44 191 496 0734""",
     L=dict(I=["question"], name="Helen Marsh", org="Marsh Innovation Consulting Ltd",
            orgc="Marsh Innovation Consulting", cc="GB")),

dict(id="w3-en06", kind="registration_idea", client="outlook", frm="Mindaugas Rimkus <m.rimkus@balticphotonics.lt>",
     subj="Registration and an offer for day one",
     body="""Dear Ms Ozola,

I would be glad to attend the workshop in Riga and hereby register.

If there is still room in the programme, I would also like to offer a short case presentation (15 minutes) on how five Baltic and Nordic photonics clusters have run joint stands at international trade fairs since 2019 - what we share, how we split the costs and what went wrong the first time. I think it fits the "how to do it" part of the title well.

Please let me know whether this would be of interest.

Sincerely,
Mindaugas Rimkus""",
     sig="""Dr. Mindaugas Rimkus
Executive Director
Baltic Photonics Cluster
Saulėtekio al. 15, LT-10224 Vilnius, Lithuania
www.balticphotonics.lt""",
     L=dict(I=["registration", "idea"], name="Mindaugas Rimkus", org="Baltic Photonics Cluster", cc="LT",
            exp="experienced")),

dict(id="w3-en07", kind="on_behalf", client="outlook", frm="Sirkka Mäenpää <sirkka.maenpaa@swf-maritime.fi>",
     subj="Two participants from our cluster",
     body="""Hello,

Unfortunately I cannot make it to Riga myself this time, but two of my colleagues would like to come in my place:

- Aino Rautio, Project Manager, aino.rautio@swf-maritime.fi
- Petteri Kallio, Export Advisor, petteri.kallio@swf-maritime.fi

Both will attend both days. Could you send the confirmations to them directly?

Kind regards,
Sirkka Mäenpää""",
     sig="""Sirkka Mäenpää
Head of Cluster
Southwest Finland Maritime Cluster
Ruukinkatu 2, 20540 Turku, Finland""",
     L=dict(Iopt=["cancellation"], name="Sirkka Mäenpää", org="Southwest Finland Maritime Cluster", cc="FI",
            parts=[("aino.rautio@swf-maritime.fi", "Aino Rautio"), ("petteri.kallio@swf-maritime.fi", "Petteri Kallio")])),

dict(id="w3-en08", kind="on_behalf", client="thunderbird", frm="Ulrich Hagemann <ulrich.hagemann@ecomobility-sh.de>",
     subj="Registration: U. Hagemann + trainee",
     body="""Hello,

I'd like to sign up for the Riga workshop, and I would like to bring our trainee, Tom Becker, who is writing his master's thesis on cluster internationalisation. He does not have an address with us yet - he starts on 2 May - so please use mine for anything concerning him.

Best regards,
Ulrich Hagemann""",
     sig="""Ulrich Hagemann
E-Mobility Network Schleswig-Holstein
Kiel, Germany""",
     L=dict(name="Ulrich Hagemann", org="E-Mobility Network Schleswig-Holstein", cc="DE",
            review="on_behalf_without_address",
            parts=[("ulrich.hagemann@ecomobility-sh.de", "Ulrich Hagemann"), (None, "Tom Becker")])),

dict(id="w3-en09", kind="on_behalf", client="gmail", quote=True, frm="Darius Stankevičius <darius.stankevicius@kaunasagrotech.lt>",
     ack=dict(name="Darius Stankevičius", org="Kaunas Agrotech Cluster", country="Lithuania"),
     body="""Hello again,

change of plan, I'm afraid: our minister has scheduled a meeting on 2 June that I cannot skip. My colleague Rasa Mockutė will come instead of me - her address is rasa.mockute@kaunasagrotech.lt. Please transfer my registration to her and cancel mine.

Thanks for understanding,
Darius""",
     L=dict(I=["registration", "cancellation"], name="Darius Stankevičius", org="Kaunas Agrotech Cluster",
            parts=[("darius.stankevicius@kaunasagrotech.lt", "Darius Stankevičius"),
                   ("rasa.mockute@kaunasagrotech.lt", "Rasa Mockutė")])),

dict(id="w3-en10", kind="update", client="outlook", quote=True, frm="Kristina Wolff <kristina.wolff@baltic-logistics.de>",
     ack=dict(name="Kristina Wolff", org="Hamburg Port Cluster", country="Germany"),
     body="""Hello,

thank you for the confirmation. One correction before you print the badges: I left the Hamburg Port Cluster at the end of March and now work for the Baltic Logistics Alliance in Lübeck. Could you change the organisation accordingly?

Best regards
Kristina Wolff""",
     L=dict(I=["update"], name="Kristina Wolff", org="Baltic Logistics Alliance", cc="DE")),

dict(id="w3-en11", kind="update", client="gmail", quote=True, frm="Jolanta Wiśniewska <jolanta.wisniewska@podlasie-wood.pl>",
     ack=dict(name="Jolanta Wiśniewska", org="Podlasie Wood Cluster", country="Poland"),
     body="""Dear organisers,

I'm sorry for the trouble, but I will only be able to join you on the first day, 2 June - on the 3rd I have to be back in Białystok for our general assembly. Please keep my place for day one and release the second day to someone else.

Thank you,
Jolanta""",
     L=dict(I=["update"], Iopt=["cancellation"], name="Jolanta Wiśniewska", org="Podlasie Wood Cluster",
            cc="PL", note=True)),

dict(id="w3-en12", kind="question", client="outlook", quote=True, frm="Nino Beridze <nino.beridze@ut-innovation.ee>",
     ack=dict(name="Nino Beridze", org="University of Tartu", country="Estonia"),
     body="""Dear organisers,

Thank you for confirming my place. I have two practical questions:

1) I am a Georgian citizen living in Estonia, and my residence permit expires in May - in case the renewal is late, I will need an invitation letter for a visa. Could you issue one with my passport details? I can send them separately.
2) Have you reserved rooms in any hotel near the venue at a group rate, or should we book on our own?

Many thanks,
Nino Beridze""",
     L=dict(I=["question"], name="Nino Beridze", org="University of Tartu")),

dict(id="w3-en13", kind="thanks", client="iphone", quote=True, frm="Callum Fraser <callum.fraser@orkney-tidal.co.uk>",
     ack=dict(name="Callum Fraser", org="Orkney Tidal Energy Cluster", country="United Kingdom"),
     body="""Brilliant, cheers!""",
     L=dict(I=[], name="Callum Fraser")),

dict(id="w3-en14", kind="auto_reply", client="outlook", frm="Eleni Papadaki <eleni.papadaki@nordicbluebio.dk>",
     subj="Automatic reply: You are registered: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Thank you for your message. I am on parental leave until 16 August 2027 and do not read my e-mail.

For matters concerning the cluster, please contact our office at office@nordicbluebio.dk or +45 33 12 40 00.

Best regards,
Eleni Papadaki""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w3-en15", kind="auto_reply", client="plain", frm="Gregor Lindt <gregor.lindt@kiel-marinetech.de>",
     subj="Away until 22 April / Abwesend bis 22. April",
     body="""I am travelling with limited access to e-mail until 22 April. I will reply to your message as soon as possible after my return. For urgent matters, please call +49 431 555 2020.

Ich bin bis zum 22. April auf Reisen und lese meine E-Mails nur eingeschränkt.

Gregor Lindt""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w3-en16", kind="list", client="html_only", cs="utf-8", frm="Nordic-Baltic Innovation Digest <digest@nb-innodigest.eu>",
     to="Nordic-Baltic Innovation Digest <digest@nb-innodigest.eu>",
     subj="Digest #47: Riga workshop, Tallinn forum and three new calls",
     hdrs={"List-Id": "Nordic-Baltic Innovation Digest <digest.nb-innodigest.eu>",
           "List-Unsubscribe": "<mailto:leave-digest@nb-innodigest.eu>",
           "Precedence": "list"},
     html="""<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif">
<h2>Nordic-Baltic Innovation Digest #47</h2>
<p><b>Events.</b> Cluster managers can still register for the two-day workshop on cluster internationalisation in Riga (2&ndash;3 June): write to register@event.test. The Blue Economy Matchmaking Forum takes place in Tallinn on 14 October.</p>
<p><b>Calls.</b> Three new calls for joint innovation projects open in May; see our website for deadlines.</p>
<p style="font-size:9pt;color:#777">You receive this digest because you subscribed at nb-innodigest.eu. To unsubscribe, reply with &quot;leave&quot; or write to leave-digest@nb-innodigest.eu.</p>
</body></html>
""",
     body="(html only)",
     L=dict(I=[], auto="bulk")),

dict(id="w3-en17", kind="forwarded", client="android", fwd=1, frm="Gediminas Paulauskas <gedapaul@gmail.com>",
     body="""Please register me for this one. Thanks!
Gediminas""",
     L=dict(name="Gediminas Paulauskas")),

dict(id="w3-en18", kind="registration", client="outlook", frm="\"Sadowska, Bożena\" <b.sadowska@wp-maritimetech.pl>",
     subj="Participation in the workshop - Prof. B. Sadowska",
     body="""Dear Sir or Madam,

Please accept my registration for the workshop "Cluster internationalisation - Why and how to do it?" in Riga. Our cluster office only opened in January and international cooperation is entirely new ground for us, so I hope to learn a great deal from the colleagues present.

Yours faithfully,
Bożena Sadowska""",
     sig="""Prof. dr hab. inż. Bożena Sadowska
Coordinator
Department of International Cooperation
Maritime Technology Cluster of Western Pomerania
ul. Wały Chrobrego 4, 70-502 Szczecin, Poland
tel. +48 91 480 94 11 | mob. +48 601 223 908
www.wp-maritimetech.pl
[cid:image001.png@01DB8C2E.5A1F3B20]""",
     L=dict(name="Bożena Sadowska", org="Maritime Technology Cluster of Western Pomerania", cc="PL", exp="starting")),

dict(id="w3-en19", kind="registration", client="gmail", ev=2, frm="Fiona Rennie <fiona.rennie@orkneyseaweed.co.uk>",
     subj="Matchmaking Forum - registration",
     body="""Hello,

I'd like to register for the Blue Economy Matchmaking Forum in Tallinn on 14 October.

We harvest and process seaweed for food and cosmetics and are looking for processing partners and distributors in the Baltic states and Finland. Topics I'd like to discuss: seaweed cultivation licensing, cold-chain logistics across the Baltic, and co-funding for pilot lines.

Kind regards,
Fiona""",
     sig="""Fiona Rennie
Commercial Director
Orkney Seaweed Company Ltd
Kirkwall, Orkney, Scotland""",
     L=dict(name="Fiona Rennie", org="Orkney Seaweed Company Ltd", orgc="Orkney Seaweed Company", cc="GB")),

dict(id="w3-en20", kind="update", client="gmail", quote=True, frm="aine o'sullivan <aine.osullivan@medtechwest.ie>",
     ack=dict(name="aine o'sullivan", org="MedTech West", country=""),
     body="""Hi there,

Sorry, my mail account shows my name all in lower case without the fada! Could you please print it as Áine O'Sullivan on the badge?

Many thanks,
Áine""",
     L=dict(I=["update"], name="Áine O'Sullivan", org="MedTech West")),

dict(id="w3-en21", kind="registration", client="outlook", frm="Håkon Brekke <hakon.brekke@nordlandseafood.no>",
     subj="Registration Riga",
     body="""Hello,

I hereby register for the workshop in Riga, 2-3 June. We have exported fish to Poland and Lithuania for decades, but as a cluster we have never done anything abroad together, so I'm curious to hear how others organise it.

Best regards
Håkon Brekke
Senior Adviser, Nordland Seafood Cluster
Bodø, Norway

Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for mottakeren. Dersom du har mottatt den ved en feil, vennligst gi beskjed til avsenderen og slett e-posten.""",
     L=dict(name="Håkon Brekke", org="Nordland Seafood Cluster", cc="NO", exp="starting")),
]

# Fifth writer (w5-): another independent hand, weighted toward the intent decision.
MAILS += [
dict(id="w5-en01", kind="registration", client="gmail", frm="Sigrún Ólafsdóttir <sigrun@westfjords-aqua.is>",
     subj="Riga in June",
     body="""Hi,

Could you put my name down for the Riga workshop in June? I run a small network of fish farming and processing companies up here in the Westfjords and we're only now starting to think about partners outside Iceland, so the topic could hardly be better timed.

Thanks and best wishes,
Sigrún""",
     sig="""Sigrún Ólafsdóttir
Framkvæmdastjóri / Managing Director
Westfjords Aquaculture Network
Suðurgata 12, 400 Ísafjörður, Iceland
+354 456 7730""",
     L=dict(name="Sigrún Ólafsdóttir", org="Westfjords Aquaculture Network", cc="IS", exp="starting")),

dict(id="w5-en02", kind="registration", client="outlook", frm="Joost Wijnbergen <j.wijnbergen@noordagritech.nl>",
     subj="RE: Cluster mapping survey - our answers",
     body="""Dear Inga,

Apologies for the slow reply to your mail of last week about the mapping survey. In the end I filled it in together with two of our board members, which is why it took longer than planned. My answers are below, plus a few comments that did not fit into the form:

- Question 7 (budget for international activities) is hard to answer for us, because most of that money sits in the member companies' own budgets and not with the cluster. I put in the cluster's own share only, about EUR 40k a year.
- We do not have an internationalisation strategy as a separate document; it is one chapter of our general strategy 2025-2028. I ticked "yes", but you may want to count it as "partly".
- From May onwards our contact for the partner search will be Femke de Graaf, not me.

By the way, I'll join the workshop in Riga in June as well, so please add me to the participants - then we can go through the survey results in person.

Kind regards,
Joost""",
     sig="""Joost Wijnbergen
Cluster Manager
Noord Agri Tech Cluster
Zernikelaan 8, 9747 AA Groningen
The Netherlands
T +31 50 711 2040""",
     L=dict(name="Joost Wijnbergen", org="Noord Agri Tech Cluster", cc="NL")),

dict(id="w5-en03", kind="question", client="thunderbird", cs="iso-8859-1", frm="Pieter Vandenberghe <pieter.vandenberghe@cpc-flanders.be>",
     subj="Riga workshop - two questions before I register",
     body="""Hello,

A colleague from Tallinn pointed me to your workshop. Before I ask my director for the travel days, two questions:

1. Is the workshop only for clusters from the Baltic Sea Region countries? We are in Belgium, but a good half of our member companies export to Poland and the Baltic states.
2. Will the sessions be held in English throughout?

If both answers are what I hope they are, I will send a proper registration next week.

Regards,
Pieter Vandenberghe""",
     sig="""Pieter Vandenberghe
International Project Officer
Circular Packaging Cluster Flanders vzw
Technologiepark 122, 9052 Gent, Belgium""",
     L=dict(I=["question"], name="Pieter Vandenberghe", org="Circular Packaging Cluster Flanders vzw",
            orgc="Circular Packaging Cluster Flanders", cc="BE")),

dict(id="w5-en04", kind="question_in_request", client="outlook", frm="Linnea Forsberg <linnea.forsberg@varmland-foresttech.se>",
     subj="Workshop in Riga",
     body="""Dear organisers,

Thank you for the invitation, the programme looks very relevant for us. I would like to come, but our travel budget for the second quarter is only decided by the board on 28 April. If it is approved I will confirm straight away - would it be possible to keep a place for me until then?

Best regards
Linnea""",
     sig="""Linnea Forsberg
Project Manager, International Relations
Forest Tech Cluster Värmland
Lagergrens gata 2, 652 26 Karlstad, Sweden
+46 54 700 21 58""",
     L=dict(I=[], Iopt=["registration", "question"], name="Linnea Forsberg", org="Forest Tech Cluster Värmland", cc="SE")),

dict(id="w5-en05", kind="idea_only", client="gmail", frm="Jessica Mattsson <jessica@gotlandfood.se>",
     subj="An idea for the group sessions",
     body="""Hi,

I'm not sure yet whether I can get away in June (our season starts then), but I wanted to pass on an idea for the small-group sessions in any case: island clusters. We are tiny - 40 member companies on Gotland - and most internationalisation advice assumes you have staff and a budget that we simply don't have. A session on what very small clusters can realistically do together (a shared export manager, joint applications with a bigger partner, and so on) would be useful for us, and I suspect for colleagues from Åland, Bornholm and Saaremaa too.

Feel free to use the idea even if I can't make it myself.

Jessica""",
     sig="""Jessica Mattsson
Coordinator
Gotland Food & Hospitality Cluster
Visby, Sweden""",
     L=dict(I=["idea"], name="Jessica Mattsson", org="Gotland Food & Hospitality Cluster", cc="SE")),

dict(id="w5-en06", kind="thanks", client="iphone", quote=True, frm="Dainius Rupšys <dainius.rupsys@lasertech-lt.eu>",
     ack=dict(name="Dainius Rupšys", org="Lithuanian Laser Technology Association", country="Lithuania"),
     body="""ok, thx""",
     L=dict(I=[], name="Dainius Rupšys")),

dict(id="w5-en07", kind="on_behalf", client="outlook", frm="Freja Lund-Hansen <frlh@greenports.dk>",
     subj="Change of participant - Green Ports Network Denmark",
     body="""Dear workshop team,

My manager Ole Bjerregaard (oleb@greenports.dk) registered for the workshop a couple of weeks ago. Unfortunately he has been asked to join a ministerial delegation to Japan in the same week, and he has asked me to go to Riga in his place. Could you please cancel his registration and register me instead?

My details: Freja Lund-Hansen, Project Coordinator, Green Ports Network Denmark, based in Aalborg.

Many thanks,
Freja""",
     sig="""Freja Lund-Hansen
Project Coordinator
Green Ports Network Denmark
Mobil +45 28 41 90 17""",
     L=dict(I=["registration", "cancellation"], name="Freja Lund-Hansen", org="Green Ports Network Denmark", cc="DK",
            parts=[("frlh@greenports.dk", "Freja Lund-Hansen"), ("oleb@greenports.dk", "Ole Bjerregaard")])),

dict(id="w5-en08", kind="auto_reply", client="outlook", frm="Rūta Vaičiulytė <ruta.vaiciulyte@balttimber.lt>",
     subj="Automatic reply: You are registered: Cluster internationalisation – Why and how to do it?",
     body="""Please note that I left Baltic Timber Innovations on 31 March 2027 and this mailbox is no longer monitored. Your message has not been forwarded.

For cluster matters please write to info@balttimber.lt. For the BIOWOOD project, please contact Kęstutis Norkus, kestutis.norkus@balttimber.lt.

Thank you.""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w5-en09", kind="list", client="plain", cs="us-ascii", frm="BSR Cluster Policy Monitor <monitor@clusterpolicy-bsr.eu>",
     to="subscribers@clusterpolicy-bsr.eu",
     subj="[Cluster Policy Monitor] April 2027: calls, events, reading",
     hdrs={"List-Id": "BSR Cluster Policy Monitor <monitor.clusterpolicy-bsr.eu>",
           "List-Unsubscribe": "<https://clusterpolicy-bsr.eu/unsubscribe?u=8841>, <mailto:monitor-leave@clusterpolicy-bsr.eu>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
           "Precedence": "bulk"},
     body="""BSR CLUSTER POLICY MONITOR - April 2027
==========================================

1. CALLS
- Interreg Baltic Sea Region, small projects: next cut-off 30 May.
- Eurocluster follow-up call: information day online, 6 May.

2. EVENTS
- Cluster internationalisation - Why and how to do it? Workshop for cluster
  managers, Riga, 2-3 June. Free of charge; register by e-mail to
  register@event.test.
- Blue Economy Matchmaking Forum, Tallinn, 14 October.

3. READING
- "Cluster excellence after 2027": a short paper on what the next programme
  period may bring for cluster organisations.

--
You receive the Monitor because you signed up at clusterpolicy-bsr.eu.
Unsubscribe: https://clusterpolicy-bsr.eu/unsubscribe?u=8841""",
     L=dict(I=[], auto="bulk")),

dict(id="w5-en10", kind="on_behalf", client="outlook", ev=2, frm="Malte Ketelsen <malte.ketelsen@nordanker-technik.de>",
     subj="Matchmaking Forum Tallinn - 2 participants",
     body="""Hello,

We would like to register two people from our company for the Matchmaking Forum in Tallinn on 14 October:

Malte Ketelsen (myself), Head of Business Development
Dr. Yasemin Aydın, Senior Engineer Mooring Systems, yasemin.aydin@nordanker-technik.de

Topics: mooring and anchoring for floating offshore wind, cable protection, test sites in the Baltic. We would especially like to meet Estonian and Finnish shipyards.

Best regards
Malte Ketelsen""",
     sig="""Malte Ketelsen
Head of Business Development
Nordanker Technik GmbH
Wischhofstraße 1-3, 24148 Kiel
Germany

Nordanker Technik GmbH · Sitz: Kiel · Amtsgericht Kiel HRB 24117 KI · Geschäftsführer: Hauke Petersen""",
     L=dict(name="Malte Ketelsen", org="Nordanker Technik GmbH", orgc="Nordanker Technik", cc="DE",
            parts=[("malte.ketelsen@nordanker-technik.de", "Malte Ketelsen"),
                   ("yasemin.aydin@nordanker-technik.de", "Yasemin Aydın")])),

dict(id="w5-en11", kind="update", client="gmail", quote=True, frm="Kamil Szymczak <kamil.szymczak@nmc-cluster.pl>",
     ack=dict(name="Kamil Szymczak", org="NMC", country="Germany"),
     body="""Hi,

thanks for the quick confirmation! Two small fixes please: our cluster is Nordic Marine Composites Cluster (NMC is just what everybody calls us), and I'm based in Gdynia, Poland - the Germany probably comes from our parent company's address in my first mail.

Cheers,
Kamil""",
     L=dict(I=["update"], name="Kamil Szymczak", org="Nordic Marine Composites Cluster", cc="PL")),

dict(id="w5-en12", kind="cancellation", client="outlook", frm="Gareth Pryce <gareth.pryce@sbmec.co.uk>",
     subj="RE: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Dear Ms Ozola,

Many thanks for sending this through. Sadly the dates clash with our annual conference here in Swansea, which I can hardly skip as the organiser, so I won't be joining you in Riga this year.

If slides or a short summary are shared with the participants afterwards, I'd be very grateful for a copy - our board would certainly be interested.

With kind regards,
Gareth""",
     sig="""Gareth Pryce
Director
Swansea Bay Marine Energy Cluster
Swansea, Wales, UK
+44 1792 310 442""",
     L=dict(I=[], Iopt=["cancellation", "question"], name="Gareth Pryce", org="Swansea Bay Marine Energy Cluster", cc="GB")),
]

# Seventh writer (w7-): another independent hand, weighted toward the intent decision.
MAILS += [
dict(id="w7-en01", kind="registration", client="outlook", frm="Halvorsen, Trine <trine.halvorsen@arcticbiotech.no>",
     subj="RE: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Hi Inga,

Yes please - I'd like to join you in Riga, both days. We have been running matchmaking trips for our member companies for about six years now, so I'm happy to share what went wrong as well as what worked.

Best,
Trine

Trine Halvorsen
Head of International Cooperation
Arctic Biotech Cluster
Hansine Hansens veg 17, 9019 Tromsø, Norway

From: Inga Ozola <inga.ozola@bsr-clusters.test>
Sent: Tuesday, 6 April 2027 10:12
To: Trine Halvorsen <trine.halvorsen@arcticbiotech.no>
Subject: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June

Dear cluster managers,

We are pleased to invite you to the two-day workshop "Cluster internationalisation – Why and how to do it?", which will take place in Riga on 2–3 June 2027.
[...]
Participation is free of charge, but places are limited. To register, simply send an e-mail to register@event.test with your name, organisation and country.

Best regards,
Inga Ozola
Baltic Sea Region Cluster Network""",
     L=dict(name="Trine Halvorsen", org="Arctic Biotech Cluster", cc="NO", exp="experienced")),

dict(id="w7-en02", kind="registration_note", client="android", frm="Żaneta Kaczmarczyk <zaneta.kaczmarczyk@bwtc.pl>",
     subj="riga",
     body="""hi, pls register me for riga 2-3 june. Zaneta Kaczmarczyk, Baltic Water Tech Cluster, Gdansk. we are quite new to the intl stuff so this is exactly what i need

i will be late on day 1 tho, my flight lands 11:40""",
     L=dict(name="Żaneta Kaczmarczyk", org="Baltic Water Tech Cluster", cc="PL", exp="starting", note=True)),

dict(id="w7-en03", kind="registration", client="html_only", cs="utf-8", frm="Matthias Overbeck <m.overbeck@holzcluster-mv.de>",
     subj="Riga, 2-3 June",
     html="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear organisers,</p>
<p>As I will be in Riga anyway for the Baltic furniture fair at the end of May, it would be a pity not to stay on for your workshop, so I would be glad if you could add me to the list of participants.</p>
<p>Our network has around 60 member companies, most of them joiners and small sawmills, and only a handful sell abroad so far.</p>
<p>Kind regards<br>
Matthias Overbeck</p>
<p style="color:#555">Matthias Overbeck<br>
Netzwerkmanager<br>
Holzcluster Mecklenburg-Vorpommern<br>
Graf-Schack-Allee 12, 19053 Schwerin, Germany</p>
</body></html>
""",
     L=dict(name="Matthias Overbeck", org="Holzcluster Mecklenburg-Vorpommern", cc="DE")),

dict(id="w7-en04", kind="question_in_request", client="gmail", ev=2, frm="Rúni Joensen <runi@seaweed.fo>",
     subj="Forum in Tallinn - fee?",
     body="""Hello,

Is there a participation fee for the forum in October? We are a very small producers' association and our budget has no room for fees at all this year. If it is free, then please take this as my registration - topics I'd like to discuss: seaweed processing, drying technology, buyers for food-grade seaweed in the Baltic countries.

Best regards from Tórshavn
Rúni""",
     sig="""Rúni Joensen
Faroese Seaweed Producers' Association
Tórshavn, Faroe Islands""",
     L=dict(I=["registration"], Iopt=["question"], name="Rúni Joensen", org="Faroese Seaweed Producers' Association", cc="FO")),

dict(id="w7-en05", kind="question", client="outlook", frm="Fergus Whyte <fergus.whyte@oceanrobotics.scot>",
     subj="Participant list and data protection",
     body="""Dear workshop team,

Before I register for the Riga workshop, a question from our data protection officer, who has become quite strict lately: will the names and organisations of the participants be published anywhere (website, printed list, shared with the other participants), and if so, can one opt out?

Thanks in advance,
Fergus""",
     sig="""Fergus Whyte
Business Development Lead
Ocean Robotics Scotland
Aberdeen, United Kingdom""",
     L=dict(I=["question"], name="Fergus Whyte", org="Ocean Robotics Scotland", cc="GB")),

dict(id="w7-en06", kind="question_in_request", client="thunderbird", cs="iso-8859-13", cte="qp", frm="Ģirts Veidemanis <girts.veidemanis@lpc-photonics.lv>",
     subj="Workshop in June",
     body="""Hello,

Thank you for the invitation. I am interested, but my situation is a bit unclear: my contract with the cluster ends in May and we have not yet decided whether my successor or I will represent us in June. I will let you know by mid-May who (if anyone) will come.

Regards,
Ģirts""",
     sig="""Ģirts Veidemanis
Latvian Photonics Cluster
Dzirnavu iela 91, Rīga""",
     L=dict(I=[], Iopt=["registration"], name="Ģirts Veidemanis", org="Latvian Photonics Cluster", cc="LV")),

dict(id="w7-en07", kind="cancellation", client="gmail", quote=True, frm="Nora Eskola <nora.eskola@turkufoodvalley.fi>",
     ack=dict(name="Nora Eskola", org="Turku Food Valley", country="Finland"),
     body="""Dear organisers,

I'm afraid I have to give up my place - my father is having an operation at the beginning of June and I want to be at home. Please give the place to someone on the waiting list, if there is one.

I hope there will be another chance!

Nora""",
     L=dict(I=["cancellation"], name="Nora Eskola", org="Turku Food Valley")),

dict(id="w7-en08", kind="cancellation", client="outlook", frm="Radosław Zięba <radoslaw.zieba@silesiandrones.pl>",
     subj="RE: Riga workshop",
     body="""Dear Ms Ozola,

Thank you for thinking of us. We are right in the middle of a merger with the automotive cluster, so travelling in June is not realistic for me, and nobody else from our side could go either.

Please do keep us on your list for future events - after the summer things should be calmer.

Best regards,
Radosław Zięba""",
     sig="""Radosław Zięba
Managing Director
Silesian Drone Cluster
ul. Mariacka 14, 40-014 Katowice, Poland""",
     L=dict(I=[], Iopt=["cancellation"], name="Radosław Zięba", org="Silesian Drone Cluster", cc="PL")),

dict(id="w7-en09", kind="update", client="outlook", quote=True, frm="Aušrinė Valančiūtė <ausrine.valanciute@h2klaipeda.lt>",
     ack=dict(name="Aušrinė Valančiūtė", org="H2 Cluster Klaipėda", country="Lithuania"),
     body="""Hello,

thank you for the confirmation. One change: since 1 May our cluster has merged with two partners and has a new name, Baltic Hydrogen Valley. Could you please put that on my badge instead of the old one?

Thank you,
Aušrinė""",
     L=dict(I=["update"], name="Aušrinė Valančiūtė", org="Baltic Hydrogen Valley")),

dict(id="w7-en10", kind="on_behalf", client="outlook", quote=True, frm="Watts, Eleanor <eleanor.watts@humberoffshore.co.uk>",
     ack=dict(name="Eleanor Watts", org="Humber Offshore Cluster", country="United Kingdom"),
     body="""Dear all,

Change of plan on our side, I'm sorry to say: I have to stay in Hull for an audit that week, so my colleague Daniel Okonjo (daniel.okonjo@humberoffshore.co.uk) will come to Riga in my place. Please cancel me and register him.

Daniel has also asked me to pass on a proposal: he ran our joint stand at the Offshore Northern Seas fair last year and could lead a small-group discussion on sharing trade-fair costs between cluster members.

Many thanks,
Eleanor""",
     sig="""Eleanor Watts
Programme Director
Humber Offshore Cluster""",
     L=dict(I=["registration", "cancellation", "idea"], name="Eleanor Watts", org="Humber Offshore Cluster",
            parts=[("eleanor.watts@humberoffshore.co.uk", "Eleanor Watts"), ("daniel.okonjo@humberoffshore.co.uk", "Daniel Okonjo")])),

dict(id="w7-en11", kind="auto_reply", client="thunderbird", frm="Jonas Lindholm-Ek <jonas.lindholm-ek@vastra-eltech.se>",
     subj="Parental leave / Föräldraledig",
     body="""Hi, and thank you for your mail.

I am on parental leave until 16 August 2027. Your mail will not be forwarded. For anything to do with the cluster please contact info@vastra-eltech.se.

/Jonas""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w7-en12", kind="forwarded", client="gmail", fwd=1, frm="Ingrid Fossheim <ingrid.fossheim@oslofjord-mat.no>",
     subj="Fwd: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Hello,

I can't make it myself, but please register our new trainee Lukas Brenner for this - he started on Monday and doesn't have a work e-mail yet, so any information for him can go to me in the meantime.

Thanks!
Ingrid""",
     sig="""Ingrid Fossheim
Oslofjord Food Cluster""",
     L=dict(I=["registration"], name="Ingrid Fossheim", org="Oslofjord Food Cluster",
            parts=[(None, "Lukas Brenner")], review="on_behalf_without_address")),
]

# The ninth writer's mails (source ids w9-en…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w9-en01", kind="registration", client="outlook", frm="Siobhán Ní Bhriain <siobhan.nibhriain@corkmarinetech.ie>",
     subj="Registration for Riga 2-3 June: Siobhán Ní Bhriain, Cork Marine Technology Cluster, Ireland",
     body="""Thanks a million!

Siobhán""",
     sig="""Siobhán Ní Bhriain
Cluster Coordinator
Cork Marine Technology Cluster
Ringaskiddy, Co. Cork, Ireland""",
     L=dict(name="Siobhán Ní Bhriain", org="Cork Marine Technology Cluster", cc="IE")),

dict(id="w9-en02", kind="registration", client="gmail", frm="Declan McGettigan <declan@donegalseafoodnetwork.ie>",
     subj="Riga workshop",
     body="""Hello there,

Inga passed your invitation on to me at the Seafood Expo last week and I'd be delighted to attend both days in Riga.

A bit of background so you know who's coming: we're a network of 23 fish processors and smokehouses in the north-west, and most of our members have been exporting to France, Spain and more recently South Korea for well over a decade. What we have never managed is doing it together rather than each on their own, which is why the topic appeals to me.

Looking forward to it,
Declan""",
     sig="""Declan McGettigan
Network Manager
Donegal Seafood Network CLG
Killybegs, Co. Donegal, F94 X2K7, Ireland
+353 74 973 1180""",
     L=dict(name="Declan McGettigan", org="Donegal Seafood Network CLG", orgc="Donegal Seafood Network", cc="IE",
            exp="experienced")),

dict(id="w9-en03", kind="question", client="iphone", frm="Owen Prydderch <owen.prydderch@cymruaerospace.wales>",
     subj="Will the Riga workshop be held in English throughout?",
     body="""Thanks,
Owen""",
     L=dict(I=["question"], name="Owen Prydderch")),

dict(id="w9-en04", kind="question", client="outlook", ev=2, frm="Hamish Rennie <hamish.rennie@clydeaquaculture.scot>",
     subj="Tallinn forum - a few practical questions",
     body="""Dear Forum secretariat,

We're considering coming over to Tallinn in October with two people, and before we book anything I was wondering whether you could help with a few things:

- how are the one-to-one meetings arranged - do we pick the companies ourselves beforehand, or is it done on the day?
- would it be all right to bring a few product samples (frozen, in a cool box) to the meetings, or is that a problem at the venue?
- and we'd need to know roughly when the site visit ends, as the last ferry to Helsinki that suits us leaves at 19:30.

Many thanks in advance,
Hamish""",
     sig="""Hamish Rennie
Commercial Director
Clyde Aquaculture Partnership
Oban, Argyll, Scotland""",
     L=dict(I=["question"], name="Hamish Rennie", org="Clyde Aquaculture Partnership", cc="GB")),

dict(id="w9-en05", kind="on_behalf", client="gmail", quote=True, frm="Beatrice Holloway <beatrice.holloway@teesvalleychem.co.uk>",
     ack=dict(name="Beatrice Holloway", org="Tees Valley Chemicals Cluster", country="United Kingdom"),
     body="""Hi again,

Now that my own place is confirmed, two of my colleagues would like to come along as well. Could you register them too, please?

- Kwame Asante, kwame.asante@teesvalleychem.co.uk - he runs our export support programme
- Rhiannon Clegg, rhiannon.clegg@teesvalleychem.co.uk - our new internationalisation officer

Same organisation as me. They'll both be there on both days.

Thanks very much,
Bea""",
     L=dict(name="Beatrice Holloway", org="Tees Valley Chemicals Cluster",
            parts=[("kwame.asante@teesvalleychem.co.uk", "Kwame Asante"),
                   ("rhiannon.clegg@teesvalleychem.co.uk", "Rhiannon Clegg")])),

dict(id="w9-en06", kind="question", client="thunderbird", frm="Alasdair Munro <a.munro@highlandtimber.org.uk>",
     subj="Re: Practical information: Cluster internationalisation workshop, Riga",
     body="""Thanks for this, very helpful.

One thing the mail doesn't say: is the dinner on the evening of 2 June included, or do we pay for it on the spot? Our finance people like to know in advance.

Alasdair

--
Alasdair Munro
Highland Timber Cluster
Inverness

> Dear participants,
>
> Thank you for registering for the workshop "Cluster internationalisation
> - Why and how to do it?" in Riga on 2-3 June. Here is some practical
> information:
>
> Venue: Hotel Daugava Conference Centre, Kugu iela 24, Riga
> Registration desk opens at 8:30 on 2 June; the workshop starts at 9:30.
> A joint dinner is planned for the evening of 2 June.
>
> The detailed programme will follow in May.
>
> Workshop organisers""",
     L=dict(I=["question"], name="Alasdair Munro", org="Highland Timber Cluster", cc="GB")),

dict(id="w9-en07", kind="cancellation", client="html_only", cs="utf-8", frm="Gillian Ashworth <g.ashworth@northernfoodnet.co.uk>",
     subj="Unsubscribe",
     html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:10pt">
<div>Hello,</div>
<div><br></div>
<div>Please take me off your mailing list. I moved out of the cluster field at Christmas and these mails are no longer relevant to me.</div>
<div><br></div>
<div>Thank you,</div>
<div>Gillian Ashworth</div>
</body></html>
""",
     L=dict(I=[], Iopt=["cancellation"], name="Gillian Ashworth")),  # judgement call: an unsubscribe request from someone never registered; no intent fits, cancellation optional like the declines

dict(id="w9-en08", kind="question", client="gmail", frm="Fionnuala Keane <fionnuala.keane@shannonmedtech.ie>",
     subj="Cluster conference in Vilnius?",
     body="""Hi,

Apologies if this is the wrong address. A colleague told me that the same network is organising a cluster conference in Vilnius in late September, with a focus on health technologies. Could you tell me whether registration for that one is already open, and whether I'd register through this address as well or somewhere else?

I'm not asking about the Riga workshop - unfortunately June doesn't work for us at all.

Thanks,
Fionnuala Keane
Shannon MedTech Cluster, Limerick""",
     L=dict(I=["question"], Iopt=["cancellation"], name="Fionnuala Keane", org="Shannon MedTech Cluster", cc="IE")),  # judgement call: "June doesn't work" is a decline of an event she never registered for (cancellation optional)

dict(id="w9-en09", kind="question_in_request", client="outlook", frm="Priyanka Raghunathan <priyanka.raghunathan@midlandsbattery.co.uk>",
     subj="Did my registration go through?",
     body="""Dear organisers,

I sent my registration for the Riga workshop on 14 April and have not heard anything since, while a colleague from another cluster who registered a day later got a confirmation straight away. I've checked my spam folder too.

Could you please check whether I'm on the list? If not, please treat this mail as my registration: Priyanka Raghunathan, Midlands Battery Innovation Cluster, Coventry, UK.

Kind regards,
Priyanka""",
     L=dict(I=["question"], Iopt=["registration"], name="Priyanka Raghunathan", org="Midlands Battery Innovation Cluster", cc="GB")),  # judgement call: a complaint/check with a fallback "if not, register me"; registration optional rather than required because she believes she is registered

dict(id="w9-en10", kind="auto_reply", client="plain", frm="Innovate Solent Support <support@innovatesolent.org.uk>",
     subj="[Request #48213] Re: Registered: Cluster internationalisation – Why and how to do it?",
     mailer="Helpdesk Mailer 5.2",
     hdrs={"X-Autoreply": "yes", "Precedence": "auto_reply"},
     body="""Hello,

Thank you for contacting Innovate Solent. This is an automatic confirmation that your message has been received and logged as request #48213.

A member of our team will reply within two working days. Please keep the request number in the subject line if you write to us again about this matter.

Innovate Solent Support
Southampton""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w9-en11", kind="on_behalf", client="outlook", frm="Marguerite Delacroix-Byrne <m.delacroix-byrne@kentfoodinnovation.co.uk>",
     subj="Registration on behalf of Professor Stanhope",
     body="""Dear Sir or Madam,

I am writing on behalf of Professor Julian Stanhope, Chair of the Kent Food Innovation Network, who would like to attend the workshop in Riga on 2 and 3 June. Please send the confirmation to him directly at j.stanhope@kentfoodinnovation.co.uk, with me in copy if possible.

Professor Stanhope uses a wheelchair; could you let us know whether the venue has step-free access and an accessible toilet? He will be travelling with a personal assistant, who will not take part in the sessions.

Yours faithfully,
Marguerite Delacroix-Byrne""",
     sig="""Marguerite Delacroix-Byrne
Executive Assistant to the Chair
Kent Food Innovation Network
Canterbury, Kent""",
     L=dict(Iopt=["question"], name="Marguerite Delacroix-Byrne", org="Kent Food Innovation Network", cc="GB",
            parts=[("j.stanhope@kentfoodinnovation.co.uk", "Julian Stanhope")], note=True)),  # judgement call: the access question is optional beside the registration; the wheelchair is the note

dict(id="w9-en12", kind="update", client="android", quote=True, frm="Tobias Whitcombe <tobias.whitcombe@solwayenergy.co.uk>",
     ack=dict(name="Tobias Whitcombe", org="Solway Energy Cluster", country="United Kingdom"),
     body="""Hi, small change - I can only make the second day after all, board meeting on 2 June that I can't move. I'll fly in from Helsinki early on the 3rd so might miss the first 20 min. Sorry!

Toby""",
     L=dict(I=["update"], Iopt=["cancellation"], name="Tobias Whitcombe", org="Solway Energy Cluster", note=True)),
]
