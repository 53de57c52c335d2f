# German mails. Labels (L) written with each mail, before regbot read it. See ../README.md.

LEGAL_FOOTER = """
________________________________________
Wirtschaftsförderung und Technologietransfer Schleswig-Holstein GmbH
Sitz der Gesellschaft: Kiel, Amtsgericht Kiel HRB 4402
Geschäftsführer: Dr. Bernd Roth
Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Empfänger sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht."""

MAILS = [
dict(id="de01", kind="registration", client="outlook", frm="\"Schulz, Katharina\" <katharina.schulz@cluster-ernaehrung.de>",
     subj="Anmeldung Workshop Riga",
     body="""Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich für den Workshop "Cluster internationalisation – Why and how to do it?" am 2. und 3. Juni in Riga an.

Mit freundlichen Grüßen
Katharina Schulz""",
     sig="""Katharina Schulz
Projektleiterin Internationales
Netzwerk Lebensmittel und Ernährung Schleswig-Holstein e.V.
Schauenburgerstraße 116, 24118 Kiel
Deutschland
Tel.: +49 431 123 456 78
www.cluster-ernaehrung.de""",
     L=dict(name="Katharina Schulz", org="Netzwerk Lebensmittel und Ernährung Schleswig-Holstein e.V.",
            orgc="Netzwerk Lebensmittel und Ernährung", cc="DE")),

dict(id="de02", kind="registration", client="gmail", frm="Felix Hartmann <felix.hartmann@maritimes-cluster.de>",
     subj="Teilnahme Riga",
     body="""Hallo zusammen,

ich bin beim Maritimen Cluster Norddeutschland für internationale Kooperationen zuständig und würde gerne am Workshop in Riga teilnehmen.

Viele Grüße
Felix Hartmann""",
     L=dict(name="Felix Hartmann", org="Maritimes Cluster Norddeutschland", orgc="Cluster Norddeutschland",
            orgnot=["Maritimen Cluster Norddeutschland"])),

dict(id="de03", kind="registration", client="outlook", cs="windows-1252",
     frm="\"Dr. Sabine Krüger\" <s.krueger@life-science-mv.de>",
     subj="Anmeldung Dr. Krüger",
     body="""Sehr geehrtes Organisationsteam,

gerne nehme ich am Workshop in Riga teil. Unser Netzwerk begleitet seit über zehn Jahren Unternehmen bei der Erschließung skandinavischer und baltischer Märkte; ich bringe gerne Praxisbeispiele mit, falls gewünscht.

Mit freundlichen Grüßen

Dr. Sabine Krüger
Geschäftsführerin
BioCon Valley Mecklenburg-Vorpommern
Walther-Rathenau-Str. 49a
17489 Greifswald""",
     L=dict(name="Sabine Krüger", org="BioCon Valley Mecklenburg-Vorpommern", orgc="BioCon Valley", cc="DE",
            exp="experienced")),

dict(id="de04", kind="registration", client="thunderbird", cs="iso-8859-15", cte="qp",
     frm="Jan-Hendrik Vogt <jh.vogt@kunststoffnetz-nord.de>",
     subj="Anmeldung",
     body="""Moin,

hiermit melde ich mich zum Workshop an. Wir sind ein junges Netzwerk und haben erst letztes Jahr angefangen, uns überhaupt mit Auslandsmärkten zu beschäftigen - das Thema kommt für uns also genau richtig.

Beste Grüße
Jan-Hendrik""",
     sig="""Jan-Hendrik Vogt
Netzwerkmanager
Kunststoff- und Verbundwerkstoffnetzwerk Nord
Rostock""",
     L=dict(name="Jan-Hendrik Vogt", org="Kunststoff- und Verbundwerkstoffnetzwerk Nord",
            orgc="Kunststoff- und Verbundwerkstoffnetzwerk", cc="DE", exp="starting")),

dict(id="de05", kind="registration", client="iphone", frm="Lena Wolff <lena.wolff@gmx.de>",
     subj="Riga",
     body="""Hallo, könnt ihr mich für den Workshop in Riga eintragen? Danke!
LG Lena""",
     L=dict(name="Lena Wolff")),

dict(id="de06", kind="registration", client="html_only", cs="iso-8859-1", cte="qp",
     frm="Markus Brandt <markus.brandt@windenergie-cluster.de>",
     subj="Anmeldung Workshop",
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>
<p>Guten Tag,</p>
<p>ich möchte mich für den Workshop zur Internationalisierung von Clustern anmelden.</p>
<p>Freundliche Grüße<br>
<b>Markus Brandt</b><br>
Referent Internationale Projekte<br>
Windenergie-Cluster Nordwest<br>
Am Wall 140, 28195 Bremen</p>
</body></html>
""",
     L=dict(name="Markus Brandt", org="Windenergie-Cluster Nordwest", cc="DE")),

dict(id="de07", kind="registration_idea", client="gmail", frm="Nadine Becker <nadine.becker@gesundheitswirtschaft-hh.de>",
     subj="Anmeldung und Themenvorschlag",
     body="""Hallo liebes Orga-Team,

ich würde gern dabei sein! Außerdem ein Vorschlag für eine der Kleingruppen: Wie finanzieren Cluster ihre Internationalisierungsarbeit, wenn die Projektförderung ausläuft? Bei uns ist das gerade ein großes Thema und ich vermute, anderen geht es ähnlich.

Viele Grüße aus Hamburg
Nadine Becker
Gesundheitswirtschaft Hamburg GmbH""",
     L=dict(I=["registration", "idea"], name="Nadine Becker", org="Gesundheitswirtschaft Hamburg GmbH",
            orgc="Gesundheitswirtschaft Hamburg", cc="DE")),

dict(id="de08", kind="idea_only", client="outlook", frm="Thomas Keller <thomas.keller@ihk-partner.de>",
     subj="Idee für den Workshop",
     body="""Guten Tag,

leider kann ich im Juni nicht nach Riga kommen - der Termin überschneidet sich mit unserer Mitgliederversammlung. Ich möchte aber ein Thema vorschlagen: die Zusammenarbeit von Clustern mit den Auslandshandelskammern. Da liegt viel Potenzial brach.

Viel Erfolg beim Workshop!

Thomas Keller""",
     L=dict(I=["idea"], name="Thomas Keller")),

dict(id="de09", kind="cancellation", client="outlook", quote=True, frm="Stefan Lange <stefan.lange@logistik-netz.de>",
     ack=dict(name="Stefan Lange", org="Logistik-Netzwerk Lübeck", country="Deutschland"),
     body="""Hallo,

leider kann ich doch nicht teilnehmen. Bitte streichen Sie mich von der Teilnehmerliste und geben Sie den Platz gern weiter.

Viele Grüße
Stefan Lange""",
     L=dict(I=["cancellation"], name="Stefan Lange")),

dict(id="de10", kind="cancellation", client="android", frm="Julia Meier <julia.meier@t-online.de>",
     subj="Absage",
     body="""Hallo, mir ist leider etwas dazwischengekommen, ich schaffe es nicht nach Riga. Bitte nicht mit mir rechnen.
Julia""",
     L=dict(I=["cancellation"], name="Julia Meier")),

dict(id="de11", kind="update", client="gmail", quote=True, frm="Jürgen Weiß <juergen.weiss@photonik-nord.de>",
     ack=dict(name="Juergen Weiss", org="Photonik-Netzwerk Nord", country="Deutschland"),
     body="""Hallo,

danke für die Bestätigung. Mein Name wird Jürgen Weiß geschrieben - könnten Sie das auf dem Namensschild korrigieren?

Gruß
Jürgen""",
     L=dict(I=["update"], name="Jürgen Weiß", org="Photonik-Netzwerk Nord", cc="DE")),

dict(id="de12", kind="update", client="apple", quote=True, frm="Tobias Schröder <tobias.schroeder@gmail.com>",
     ack=dict(name="Tobias Schröder"),
     body="""Hab vergessen zu schreiben: ich bin vom Cluster Luftfahrt und Raumfahrt Nordwest.

Tobias""",
     L=dict(I=["update"], name="Tobias Schröder", org="Cluster Luftfahrt und Raumfahrt Nordwest",
            orgc="Luftfahrt und Raumfahrt")),

dict(id="de13", kind="update", client="outlook", quote=True, frm="Christian Albers <christian.albers@baltic-links.eu>",
     ack=dict(name="Christian Albers", org="Baltic Links", country="Dänemark"),
     body="""Hallo,

kleine Korrektur: das Land ist Deutschland, nicht Dänemark. Wir sitzen in Flensburg, nur ein paar Kilometer von der Grenze entfernt.

Gruß
Christian Albers""",
     L=dict(I=["update"], name="Christian Albers", org="Baltic Links", cc="DE")),

dict(id="de14", kind="question", client="gmail", frm="Anja Hoffmann <anja.hoffmann@wirtschaftsfoerderung-vr.de>",
     subj="Frage zum Workshop",
     body="""Guten Tag,

bevor ich mich anmelde: Ist der Workshop nur für Clustermanager gedacht, oder können auch Mitarbeitende einer regionalen Wirtschaftsförderung teilnehmen?

Vielen Dank im Voraus
Anja Hoffmann
Wirtschaftsförderung Vorpommern-Rügen""",
     L=dict(I=["question"], name="Anja Hoffmann", org="Wirtschaftsförderung Vorpommern-Rügen")),

dict(id="de15", kind="question", client="thunderbird", frm="Wolfgang Richter <w.richter@metallnetz.de>",
     subj="Kosten?",
     body="""Hallo,

fallen für die Teilnahme Kosten an? Und gibt es ein Hotelkontingent?

MfG
W. Richter""",
     L=dict(I=["question"], name="Wolfgang Richter")),

dict(id="de16", kind="question_in_request", client="outlook", frm="Claudia Neumann <claudia.neumann@smartcity-cluster.de>",
     subj="Noch Plätze frei?",
     body="""Guten Tag,

ich habe die Einladung erst heute erhalten. Sind noch Plätze frei? Falls ja, melden Sie mich bitte an.

Claudia Neumann
Referentin für internationale Zusammenarbeit
Cluster Stadt und Mobilität Berlin-Brandenburg
Berlin""",
     L=dict(I=["registration"], Iopt=["question"], name="Claudia Neumann",
            org="Cluster Stadt und Mobilität Berlin-Brandenburg", orgc="Stadt und Mobilität", cc="DE")),

dict(id="de17", kind="on_behalf", client="outlook", frm="Ralf Zimmermann <ralf.zimmermann@holzcluster.de>",
     subj="Anmeldung zweier Kolleginnen",
     body="""Sehr geehrte Damen und Herren,

ich möchte zwei Kolleginnen aus unserem Cluster anmelden:

1. Miriam Koch, miriam.koch@holzcluster.de
2. Eva Schubert, eva.schubert@holzcluster.de

Ich selbst kann leider nicht teilnehmen.

Mit freundlichen Grüßen
Ralf Zimmermann
Holzcluster Nord""",
     L=dict(name="Ralf Zimmermann", org="Holzcluster Nord",
            parts=[("miriam.koch@holzcluster.de", "Miriam Koch"), ("eva.schubert@holzcluster.de", "Eva Schubert")])),

dict(id="de18", kind="on_behalf", client="gmail", frm="Simone Frank <simone.frank@digitalcluster.de>",
     subj="Zwei Anmeldungen",
     body="""Hallo,

bitte melden Sie mich und meinen Kollegen Daniel Busch (daniel.busch@digitalcluster.de) an.

Danke!
Simone Frank
Digitalcluster Schleswig-Holstein""",
     L=dict(name="Simone Frank", org="Digitalcluster Schleswig-Holstein",
            parts=[("simone.frank@digitalcluster.de", "Simone Frank"), ("daniel.busch@digitalcluster.de", "Daniel Busch")])),

dict(id="de19", kind="on_behalf", client="outlook", frm="Heiko Schwarz <heiko.schwarz@chemie-netz.de>",
     subj="Anmeldung",
     body="""Hallo,

ich melde mich zum Workshop an. Meine Kollegin Petra Wagner möchte ebenfalls mitkommen; ihre E-Mail-Adresse schicke ich nach.

Gruß
Heiko Schwarz
Chemie- und Kunststoffnetzwerk Brandenburg""",
     L=dict(name="Heiko Schwarz", org="Chemie- und Kunststoffnetzwerk Brandenburg", orgc="Chemie- und Kunststoffnetzwerk",
            review="on_behalf_without_address",
            parts=[("heiko.schwarz@chemie-netz.de", "Heiko Schwarz"), (None, "Petra Wagner")])),

dict(id="de20", kind="registration_note", client="gmail", frm="Carina Pohl <carina.pohl@textilnetz.de>",
     subj="Anmeldung",
     body="""Hallo!

Bitte melden Sie mich an. Ich ernähre mich vegan.

Carina Pohl
Textilnetzwerk Sachsen""",
     L=dict(name="Carina Pohl", org="Textilnetzwerk Sachsen", note=True)),

dict(id="de21", kind="registration_note", client="iphone", frm="Matthias Roth <matthias.roth@automotive-nord.de>",
     subj="Bin dabei",
     body="""Hallo, bin dabei! Am ersten Tag komme ich evtl. etwas später, mein Flug aus Hannover landet erst gegen 11.
Matthias Roth
Automotive Nord e.V.""",
     L=dict(name="Matthias Roth", org="Automotive Nord e.V.", orgc="Automotive Nord", note=True)),

dict(id="de22", kind="thanks", client="gmail", quote=True, frm="Birgit Schäfer <birgit.schaefer@web.de>",
     ack=dict(name="Birgit Schäfer"),
     body="""Vielen Dank!""",
     L=dict(I=[], name="Birgit Schäfer")),

dict(id="de23", kind="forwarded", client="outlook", fwd=1, frm="Oliver Krause <oliver.krause@bauwirtschaft-nord.de>",
     body="""Hallo,

ein Kollege hat mir diese Einladung weitergeleitet. Ich würde gerne teilnehmen - bitte melden Sie mich an.

Oliver Krause
Bauwirtschaft Nord Cluster""",
     L=dict(name="Oliver Krause", org="Bauwirtschaft Nord Cluster")),

dict(id="de24", kind="auto_reply", client="outlook", frm="Andrea Lorenz <andrea.lorenz@innovation-sh.de>",
     subj="Automatische Antwort: Sie sind angemeldet: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 9. Mai nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@innovation-sh.de.

Mit freundlichen Grüßen
Andrea Lorenz""",
     L=dict(I=[], auto="auto_reply")),

dict(id="de25", kind="registration", client="outlook", frm="\"Prof. Dr.-Ing. Hans-Peter Möller\" <hp.moeller@technologiepark.de>",
     subj="Anmeldung zum Workshop",
     body="""Sehr geehrte Damen und Herren,

hiermit melde ich mich zum Workshop an.

Mit freundlichen Grüßen""",
     sig="""Prof. Dr.-Ing. Hans-Peter Möller
Vorstandsvorsitzender
Technologie- und Gründerzentrum Rostock
Joachim-Jungius-Straße 9, 18059 Rostock""",
     L=dict(name="Hans-Peter Möller", org="Technologie- und Gründerzentrum Rostock",
            orgc="Technologie- und Gründerzentrum", cc="DE")),

dict(id="de26", kind="registration", client="thunderbird", cs="windows-1252", cte="8bit",
     frm="Dipl.-Kffr. Monika Huber <monika.huber@tourismus-ruegen.de>",
     subj="anmeldung",
     body="""hallo,

bitte tragen Sie mich in die Teilnehmerliste ein.

Monika Huber
Tourismusnetzwerk Rügen
Bergen auf Rügen""",
     sigdash=False,
     L=dict(name="Monika Huber", org="Tourismusnetzwerk Rügen", cc="DE", unscored=["country"])),

dict(id="de27", kind="registration", client="gmail", ev=2, frm="Henning Jensen <henning.jensen@aquakultur-sh.de>",
     subj="Anmeldung zum Forum",
     body="""Hallo!

Ich möchte mich für das Blue Economy Matchmaking Forum am 14. Oktober in Tallinn anmelden. Wir suchen Partner in der Aquakultur und Fischverarbeitung im Baltikum.

Henning Jensen
Aquakultur-Netzwerk Schleswig-Holstein
Büsum, Deutschland""",
     L=dict(name="Henning Jensen", org="Aquakultur-Netzwerk Schleswig-Holstein", cc="DE")),

dict(id="de28", kind="question", client="outlook", ev=2, frm="Silke Peters <silke.peters@hafen-partner.de>",
     subj="Frage zum Forum",
     body="""Guten Tag,

kann man die B2B-Gespräche im Voraus buchen? Und bis wann ist die Anmeldung möglich?

Freundliche Grüße
Silke Peters""",
     L=dict(I=["question"], name="Silke Peters")),

dict(id="de29", kind="registration", client="android", ev=2, frm="Lars Petersen <lars.petersen@offshore-service.de>",
     subj="Forum",
     body="""Hallo, bitte tragt mich als Teilnehmer fürs Forum ein. Lars Petersen, Offshore Service Nord GmbH, Cuxhaven""",
     L=dict(name="Lars Petersen", org="Offshore Service Nord GmbH", orgc="Offshore Service Nord", cc="DE")),

dict(id="de30", kind="registration", client="gmail", frm="Karin Dietrich <karin.dietrich@wtsh-partner.de>",
     subj="Anmeldeformular",
     body="""Name: Karin Dietrich
Organisation: Cluster Ernährungswirtschaft Brandenburg
Land: Deutschland
Erfahrung: wir fangen gerade erst an""",
     L=dict(name="Karin Dietrich", org="Cluster Ernährungswirtschaft Brandenburg", cc="DE", exp="starting")),

dict(id="de31", kind="registration", client="outlook", frm="Sven Ahrens <sven.ahrens@wtsh-partner.de>",
     subj="Workshop Riga - Anmeldung",
     body="""Guten Morgen,

ich nehme gerne am Workshop in Riga teil. Bitte schicken Sie mir die weiteren Informationen.

Beste Grüße
Sven Ahrens
Innovationsberater""" + LEGAL_FOOTER,
     L=dict(name="Sven Ahrens", org="Wirtschaftsförderung und Technologietransfer Schleswig-Holstein GmbH",
            orgc="Wirtschaftsförderung und Technologietransfer", cc="DE")),
]

# Second batch (appended: earlier mails keep their half).
MAILS += [
dict(id="de32", kind="on_behalf", client="iphone", frm="Jens Carstensen <jens.carstensen@foodregio-nord.de>",
     subj="Riga – wir sind zu zweit",
     body="""Moin, wir würden gern zu zweit kommen: ich und mein Kollege Malte Hansen, seine Adresse reiche ich nach. Schöne Grüße aus Lübeck! Jens
FoodRegio Nord e.V.""",
     L=dict(name="Jens Carstensen", org="FoodRegio Nord e.V.", orgc="FoodRegio Nord", cc="DE",
            review="on_behalf_without_address",
            parts=[("jens.carstensen@foodregio-nord.de", "Jens Carstensen"), (None, "Malte Hansen")])),

dict(id="de33", kind="update", client="outlook", quote=True, frm="Kathrin Mertens <kathrin.mertens@ihk-partner.de>",
     ack=dict(name="Kathrin Mertens", org="Technologiezentrum Warnemünde", country="Deutschland"),
     body="""Guten Tag,

ich habe zum 1. Mai die Stelle gewechselt und bin jetzt bei der Industrie- und Handelskammer zu Rostock tätig. Meine Teilnahme bleibt bestehen - bitte passen Sie nur die Organisation an.

Freundliche Grüße
Kathrin Mertens""",
     L=dict(I=["update"], name="Kathrin Mertens", org="Industrie- und Handelskammer zu Rostock",
            orgc="Industrie- und Handelskammer", orgnot=["der Industrie- und Handelskammer zu Rostock"], cc="DE")),

dict(id="de34", kind="auto_reply", client="plain", cs="iso-8859-1", cte="qp", mailer="Lotus Notes Release 9.0.1",
     frm="Gerd Baumann <gerd.baumann@maschinenbau-netz.de>",
     subj="Abwesenheitsnotiz: Sie sind angemeldet",
     body="""Ich bin ab 12.04.2027 nicht im Büro. Ich kehre zurück am 23.04.2027.

Ich werde Ihre Nachricht nach meiner Rückkehr beantworten. In dringenden Fällen wenden Sie sich bitte an Frau Kühn (Tel. 0381 000000).""",
     L=dict(I=[], auto="auto_reply")),

dict(id="de35", kind="question_in_request", client="gmail", frm="Florian Weber <florian.weber@medtec-nord.de>",
     subj="Anmeldung noch möglich?",
     body="""Hallo,

kann ich mich noch anmelden? Falls ja, dann bitte gleich für beide Tage. Gibt es schon eine Teilnehmerliste, damit ich sehen kann, welche Cluster dabei sind?

Danke und Gruß
Florian Weber
MedTec Nord Cluster
Kiel""",
     L=dict(I=["registration"], Iopt=["question"], name="Florian Weber", org="MedTec Nord Cluster", cc="DE")),

dict(id="de36", kind="idea_only", client="thunderbird", cs="iso-8859-15", cte="qp",
     frm="Ute Hoffmann <ute.hoffmann@cluster-agentur.de>",
     subj="Themenvorschläge für die Kleingruppen",
     body="""Liebes Organisationsteam,

ob ich im Juni selbst nach Riga komme, kann ich leider noch nicht sagen. Ich möchte Ihnen aber schon jetzt drei Themenvorschläge für die Kleingruppen schicken:

- Wie gewinnt man KMU für Internationalisierungsprojekte, die "keine Zeit" haben?
- Gemeinsame Messeauftritte: Kosten, Verantwortlichkeiten, Erfolgsmessung
- Zusammenarbeit mit den Außenhandelskammern und Enterprise Europe Network

Viele Grüße
Ute Hoffmann
Clusteragentur Mecklenburg-Vorpommern""",
     L=dict(I=["idea"], name="Ute Hoffmann", org="Clusteragentur Mecklenburg-Vorpommern")),
]

# Third batch: informal/typos, the second event, registration with a side question.
MAILS += [
dict(id="de37", kind="registration", client="android", frm="Björn Müller <bjoern.mueller@gamescluster-nord.de>",
     subj="riga",
     body="""hi, wuerde gern mit nach riga am 2.-3.6. wenn noch platz ist. bjoern mueller, Games Cluster Nord. danke""",
     L=dict(name="Björn Müller", org="Games Cluster Nord")),

dict(id="de38", kind="registration", client="outlook", cs="windows-1252", ev=2, frm="Anke Sievers <anke.sievers@hafencluster.de>",
     subj="Anmeldung Blue Economy Matchmaking Forum",
     body="""Hallo,

hiermit melde ich mich für das Forum am 14. Oktober in Tallinn an. B2B-Gespräche wünsche ich mir mit:
- Anbietern von Landstrom und Hafenelektrifizierung
- estnischen und lettischen Meeresforschungsinstituten

Mit freundlichen Grüßen
Anke Sievers
Hafencluster Ostsee
Rostock, Deutschland""",
     L=dict(name="Anke Sievers", org="Hafencluster Ostsee", cc="DE")),

dict(id="de39", kind="registration", client="gmail", frm="Dirk Jansen <dirk.jansen@agrartechnik-cluster.de>",
     subj="Anmeldung + Frage",
     body="""Hallo,

bitte melden Sie mich für den Workshop an. Noch eine Frage: Gibt es am Veranstaltungsort Parkplätze? Ich komme vermutlich mit dem Auto aus Kaunas, wo ich am Vortag einen Termin habe.

Dirk Jansen
Agrartechnik-Cluster Niedersachsen""",
     L=dict(I=["registration", "question"], name="Dirk Jansen", org="Agrartechnik-Cluster Niedersachsen")),
]

# Fourth batch: replies in the writer's language under an acknowledgement that came in English.
MAILS += [
dict(id="de40", kind="cancellation", client="outlook", quote=True, ack_lang="en", frm="Petra Lindemann <petra.lindemann@logistik-sh.de>",
     ack=dict(name="Petra Lindemann", org="Logistik-Initiative Schleswig-Holstein", country="Germany"),
     body="""Hallo,

ich muss meine Teilnahme leider absagen - bitte nehmen Sie mich von der Liste.

Viele Grüße
Petra Lindemann""",
     L=dict(I=["cancellation"], name="Petra Lindemann")),
]

# ---------------------------------------------------------------- second writer (w2-*)
# Written by a second writer (see ../README.md), other people, situations and phrasings than above.
# Labels written with each mail, before regbot was run on any of them.
MAILS += [
dict(id="w2-de01", kind="registration", client="outlook", frm="\"Müller-Hansen, Birte\" <birte.mueller-hansen@cluster-eln.de>",
     subj="Verbindliche Anmeldung Workshop Riga",
     body="""Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich für den Workshop am 2. und 3. Juni in Riga an. Unser Cluster begleitet seine Mitgliedsunternehmen seit über zwanzig Jahren auf Auslandsmärkte, ich bringe also gern Beispiele aus der Praxis mit.

Mit freundlichen Grüßen
Birte Müller-Hansen""",
     sig="""Dr. Birte Müller-Hansen
Leiterin Internationales
Cluster Ernährungswirtschaft und Lebensmitteltechnik Nord e.V.
Wischhofstraße 1-3
24148 Kiel
Tel.: +49 431 123 456 0

Vereinsregister: Amtsgericht Kiel, VR 4711 KI | Vorstand: Hans-Peter Claußen (Vors.), Dr. Maren Ott
Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der beabsichtigte Empfänger sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht.""",
     L=dict(name="Birte Müller-Hansen", org="Cluster Ernährungswirtschaft und Lebensmitteltechnik Nord e.V.",
            orgc="Ernährungswirtschaft und Lebensmitteltechnik Nord", cc="DE", exp="experienced")),

dict(id="w2-de02", kind="registration", client="gmail", frm="Jonas Weber <jonas.weber.hh@gmx.de>",
     subj="Riga - bin dabei",
     body="""Hallo zusammen,

ich bin dabei! Tragt mich bitte für beide Tage ein.

LG Jonas""",
     L=dict(name="Jonas Weber")),

dict(id="w2-de03", kind="idea_only", client="thunderbird", frm="Klaus Wendt <klaus.wendt@hs-wismar-ipt.de>",
     subj="Anregung für die Gruppenarbeit",
     body="""Sehr geehrte Frau Ozola,

vielen Dank für die Einladung. Leider kann ich im Juni nicht nach Riga kommen, wir haben zur selben Zeit Berufungsverfahren an der Hochschule.

Trotzdem eine Anregung für die Gruppenarbeit am zweiten Tag: Wie können Cluster Hochschulen systematischer in ihre Internationalisierung einbinden, etwa über gemeinsame Studierendenprojekte mit Partnerclustern im Ausland? Bei uns hat das in zwei Fällen zu dauerhaften Kooperationen geführt.

Mit besten Grüßen
Klaus Wendt""",
     sig="""Prof. Dr.-Ing. Klaus Wendt
Institut für Produktionstechnik
Hochschule Wismar
Philipp-Müller-Straße 14, 23966 Wismar""",
     L=dict(I=["idea"], name="Klaus Wendt", org="Hochschule Wismar", cc="DE")),

dict(id="w2-de04", kind="question", client="outlook", frm="Sabine Voß <sabine.voss@ihk-rostock-partner.de>",
     subj="Frage vor der Anmeldung",
     body="""Guten Tag,

bevor ich mich anmelde, eine kurze Frage: Gibt es für Teilnehmende aus Deutschland eine Förderung der Reisekosten, oder ist das selbst zu tragen? Und wo genau in Riga findet der Workshop statt?

Vielen Dank und freundliche Grüße
Sabine Voß""",
     sig="""Sabine Voß
Projektleiterin
Außenwirtschaft und Standortpolitik
IHK zu Rostock""",
     L=dict(I=["question"], name="Sabine Voß", org="IHK zu Rostock")),

dict(id="w2-de05", kind="on_behalf", client="outlook", frm="Thomas Brandt <t.brandt@nmwl-hamburg.de>",
     subj="Anmeldung 3 Personen",
     body="""Guten Tag,

ich möchte mich und zwei Kollegen für den Workshop in Riga anmelden:

Katharina Vogt, Referentin EU-Projekte, k.vogt@nmwl-hamburg.de
Ole Petersen, Netzwerkmanager, o.petersen@nmwl-hamburg.de

Wir kommen alle drei an beiden Tagen.

Beste Grüße
Thomas Brandt""",
     sig="""Thomas Brandt
Geschäftsführer
Netzwerk Maritime Wirtschaft und Logistik e.V.
Am Sandtorkai 1, 20457 Hamburg""",
     L=dict(name="Thomas Brandt", org="Netzwerk Maritime Wirtschaft und Logistik e.V.",
            orgc="Netzwerk Maritime Wirtschaft und Logistik", cc="DE",
            parts=[("t.brandt@nmwl-hamburg.de", "Thomas Brandt"), ("k.vogt@nmwl-hamburg.de", "Katharina Vogt"),
                   ("o.petersen@nmwl-hamburg.de", "Ole Petersen")])),

dict(id="w2-de06", kind="cancellation", client="iphone", frm="Anja Schulz <anja.schulz@bio-nord-netz.de>",
     subj="Absage Riga",
     body="""Hallo, ich muss leider absagen, ich schaffe es im Juni doch nicht nach Riga. Sorry für die Umstände!

Grüße
Anja""",
     L=dict(I=["cancellation"], name="Anja Schulz")),

dict(id="w2-de07", kind="update", client="thunderbird", quote=True, frm="Martin Lange <martin.lange@ia-mv.de>",
     ack=dict(name="Martin Lange", org="Wirtschaftsförderung Rostock", country="Deutschland"),
     body="""Hallo,

eine Korrektur zu meiner Anmeldung: Ich arbeite seit dem 1. April nicht mehr bei der Wirtschaftsförderung, sondern für die Innovationsagentur Mecklenburg-Vorpommern GmbH. Könnten Sie das bitte für das Namensschild ändern?

Danke und Gruß
Martin Lange""",
     L=dict(I=["update"], name="Martin Lange", org="Innovationsagentur Mecklenburg-Vorpommern GmbH",
            orgc="Innovationsagentur Mecklenburg-Vorpommern")),

dict(id="w2-de08", kind="registration_note", client="html_only", cs="utf-8", ev=2, frm="Lea Hartmann <lea.hartmann@bluegrowth-bremen.de>",
     subj="Anmeldung Matchmaking Forum Tallinn",
     html="""<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<div>Hallo,</div>
<div><br></div>
<div>hiermit melde ich mich für das Matchmaking Forum am 14. Oktober in Tallinn an. Bitte beachten Sie, dass ich mich vegan ernähre.</div>
<div><br></div>
<div>Viele Grüße</div>
<div>Lea Hartmann</div>
<div><br></div>
<div style="color:#1f4e79"><b>Lea Hartmann</b> | Netzwerkmanagerin<br>Blue Growth Bremen e.V.<br>Am Lloyd Werft 1, 27568 Bremerhaven<br><a href="https://bluegrowth-bremen.de">bluegrowth-bremen.de</a></div>
</body></html>
""",
     body="(html only)",
     L=dict(name="Lea Hartmann", org="Blue Growth Bremen e.V.", orgc="Blue Growth Bremen", cc="DE", note=True)),

dict(id="w2-de09", kind="auto_reply", client="outlook", frm="Frank Behrens <frank.behrens@hafenwirtschaft-partner.de>",
     subj="Abwesenheitsnotiz: Ihre Anmeldung",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 30. April nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an sekretariat@hafenwirtschaft-partner.de.

Mit freundlichen Grüßen
Frank Behrens""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w2-de10", kind="list", client="outlook", frm="Clusterplattform Nord <newsletter@clusterplattform-nord.de>",
     to="register@event.test",
     subj="Newsletter April 2027: Förderaufrufe, Veranstaltungen, neue Mitglieder",
     hdrs={"List-Id": "Clusterplattform Nord Newsletter <newsletter.clusterplattform-nord.de>",
           "List-Unsubscribe": "<https://clusterplattform-nord.de/abmelden?id=77a1>",
           "Precedence": "bulk"},
     body="""Newsletter der Clusterplattform Nord - April 2027

1. Neuer Förderaufruf "Internationalisierung von Clustern" - Einreichung bis 30. Juni
2. Veranstaltungstipp: Workshop zur Clusterinternationalisierung in Riga, 2.-3. Juni - jetzt anmelden!
3. Drei neue Mitglieder im Netzwerk

Sie erhalten diesen Newsletter, weil Sie sich auf clusterplattform-nord.de angemeldet haben. Abmelden: https://clusterplattform-nord.de/abmelden""",
     L=dict(I=[], auto="bulk")),

dict(id="w2-de11", kind="question_in_request", client="android", frm="Lukas Hoffmann <lukas.hoffmann@solar-h2-netzwerk.de>",
     subj="Noch Plätze frei?",
     body="""Hallo, gibt es noch freie Plätze für Riga? Falls ja, melden Sie mich bitte an.

Lukas Hoffmann
Solar- und Wasserstoffnetzwerk Brandenburg""",
     L=dict(I=["registration"], Iopt=["question"], name="Lukas Hoffmann", org="Solar- und Wasserstoffnetzwerk Brandenburg")),
dict(id="w2-de12", kind="registration", client="gmail", frm="Julia Keßler <julia.kessler@lsn-sachsen.de>",
     subj="Anmeldung Riga",
     body="""Liebe Organisatorinnen und Organisatoren,

gern möchte ich am Workshop in Riga teilnehmen. Bitte merken Sie mich für beide Tage vor.

Herzliche Grüße
Julia Keßler""",
     sig="""Julia Keßler
Projektleiterin
Internationale Kooperationen
Life Science Netzwerk Sachsen
Deutschland""",
     L=dict(name="Julia Keßler", org="Life Science Netzwerk Sachsen", cc="DE")),

dict(id="w2-de13", kind="forwarded", client="outlook", fwd=1, frm="Stefan Ahrens <stefan.ahrens@kunststoffnetz-nord.de>",
     body="""Hallo,

diese Einladung wurde mir weitergeleitet. Ist eine Teilnahme auch online möglich? Eine Reise nach Riga ist bei uns im Juni leider schwierig.

Gruß
Stefan Ahrens""",
     sig="""Stefan Ahrens
Kunststoffnetzwerk Nord GmbH
Lübeck""",
     L=dict(I=["question"], name="Stefan Ahrens", org="Kunststoffnetzwerk Nord GmbH", orgc="Kunststoffnetzwerk Nord", cc="DE")),

dict(id="w2-de14", kind="on_behalf", client="outlook", quote=True, frm="Claudia Winter <claudia.winter@hydrogen-nord.de>",
     ack=dict(name="Claudia Winter", org="Wasserstoffnetzwerk Nord e.V.", country="Deutschland"),
     body="""Guten Tag,

leider kann ich nun doch nicht nach Riga reisen. An meiner Stelle kommt mein Kollege Jan Richter (jan.richter@hydrogen-nord.de). Bitte übertragen Sie die Anmeldung auf ihn.

Vielen Dank
Claudia Winter""",
     L=dict(I=["registration", "cancellation"], name="Claudia Winter", org="Wasserstoffnetzwerk Nord e.V.",
            parts=[("claudia.winter@hydrogen-nord.de", "Claudia Winter"), ("jan.richter@hydrogen-nord.de", "Jan Richter")])),
dict(id="w2-de15", kind="registration", client="gmail", frm="Henrike Voigt <henrike.voigt@holz-bau-vorpommern.de>",
     subj="Riga - ich bin dabei",
     body="""Hallo,

ich bin gern dabei! Wir stehen mit der Internationalisierung unseres Netzwerks noch ganz am Anfang, deshalb kommt der Workshop genau richtig.

Viele Grüße aus Greifswald
Henrike Voigt""",
     sig="""Henrike Voigt
Netzwerkkoordinatorin
Netzwerk Holz und Bau Vorpommern e.V.""",
     L=dict(name="Henrike Voigt", org="Netzwerk Holz und Bau Vorpommern e.V.", orgc="Netzwerk Holz und Bau Vorpommern",
            cc="DE", exp="starting")),

dict(id="w2-de16", kind="cancellation", client="outlook", quote=True, frm="Dr. Matthias Brenner <matthias.brenner@medtech-nord.de>",
     ack=dict(name="Matthias Brenner", org="MedTech Nord e.V.", country="Deutschland"),
     body="""Sehr geehrte Damen und Herren,

zu meinem Bedauern werde ich am Workshop nicht teilnehmen können, da sich ein Termin im Ministerium nicht verschieben lässt. Bitte streichen Sie mich von der Teilnehmerliste.

Mit freundlichen Grüßen
Matthias Brenner

MedTech Nord e.V. | Registergericht: Amtsgericht Lübeck VR 3391 HL | Vorstand: Prof. Dr. Eva Lindner
Diese Nachricht ist ausschließlich für den Adressaten bestimmt und kann vertrauliche Informationen enthalten.""",
     L=dict(I=["cancellation"], name="Matthias Brenner")),
dict(id="w2-de17", kind="registration", client="thunderbird", frm="Niklas Petersen <niklas.petersen@grenzland-innovation.de>",
     subj="Anmeldung",
     body="""Moin,

hiermit melde ich mich für Riga an. Wir haben bisher noch nie etwas im Ausland gemacht, außer mit den dänischen Nachbarn, daher bin ich gespannt.

Gruß aus Flensburg
Niklas Petersen""",
     sig="""Niklas Petersen
Grenzland Innovation GmbH""",
     L=dict(name="Niklas Petersen", org="Grenzland Innovation GmbH", orgc="Grenzland Innovation", cc="DE", exp="starting")),

dict(id="w2-de18", kind="on_behalf", client="outlook", quote=True, frm="Susanne Hartwig <susanne.hartwig@optonet-nord.de>",
     ack=dict(name="Susanne Hartwig", org="OptoNet Nord e.V.", country="Deutschland"),
     body="""Vielen Dank für die Bestätigung!

Könnten Sie noch meine Kollegin Petra Lorenz (petra.lorenz@optonet-nord.de) anmelden? Sie würde mich gern begleiten.

Beste Grüße
Susanne Hartwig""",
     L=dict(name="Susanne Hartwig", org="OptoNet Nord e.V.",
            parts=[("petra.lorenz@optonet-nord.de", "Petra Lorenz")])),
]

# ---------------------------------------------------------------- third writer (w3-*)
# Written by a third, independent writer (see ../README.md): other people, situations and hands
# than above. Labels written with each mail and committed before regbot or score.py ran on them.
MAILS += [
dict(id="w3-de01", kind="registration", client="outlook", frm="Gesine Albers <gesine.albers@lvp-nds.de>",
     subj="Workshop Clusterinternationalisierung",
     body="""Sehr geehrte Frau Ozola,

vielen Dank für die Einladung, die uns über die Landesinitiative erreicht hat. Als Geschäftsführerin des Netzwerks Lebensmittelverpackung Niedersachsen würde ich sehr gern am Workshop in Riga teilnehmen, und zwar an beiden Tagen. Internationale Aktivitäten sind für uns Neuland - bislang gab es nur einzelne Messebesuche, und das wollen wir in diesem Jahr auf eine strategische Grundlage stellen.

Mit freundlichen Grüßen
Gesine Albers""",
     L=dict(name="Gesine Albers", org="Netzwerk Lebensmittelverpackung Niedersachsen",
            orgc="Lebensmittelverpackung Niedersachsen", orgnot=["Netzwerks Lebensmittelverpackung Niedersachsen"],
            exp="starting")),

dict(id="w3-de02", kind="registration_note", client="gmail", frm="Moritz Scheel <moritz.scheel@smartcity-hub-berlin.de>",
     subj="Anmeldung + zwei Hinweise",
     body="""Hallo liebes Orga-Team,

hiermit möchte ich mich für Riga anmelden. Zwei Dinge vorab: Ich reise am 2. Juni morgens aus Berlin an und werde die Begrüßung wohl verpassen, der erste Flug landet erst um 10:40. Außerdem esse ich vegetarisch.

Freue mich auf den Austausch!
Moritz""",
     sig="""Moritz Scheel
Smart City Hub Berlin
Ecosystem Manager""",
     L=dict(name="Moritz Scheel", org="Smart City Hub Berlin", cc="DE", note=True)),

dict(id="w3-de03", kind="question", client="outlook", quote=True, frm="Ralf Dierks <ralf.dierks@windcluster-emsland.de>",
     ack=dict(name="Ralf Dierks", org="Windcluster Emsland", country="Deutschland"),
     body="""Guten Tag,

besten Dank für die Bestätigung. Unsere Buchhaltung benötigt für die Reisekostenabrechnung eine Teilnahmebestätigung mit Programm. Wäre es möglich, mir eine solche nach dem Workshop zukommen zu lassen? Und gibt es eine Rechnung für das Abendessen am 2. Juni, oder ist das von Ihnen übernommen?

Freundliche Grüße
Ralf Dierks""",
     L=dict(I=["question"], name="Ralf Dierks", org="Windcluster Emsland")),

dict(id="w3-de04", kind="on_behalf", client="outlook", frm="\"Jacobsen, Wiebke\" <w.jacobsen@netzwerk-holzbau-sh.de>",
     subj="Anmeldung von zwei Mitarbeitenden",
     body="""Sehr geehrte Damen und Herren,

ich selbst bin zu dem Termin leider im Urlaub, möchte aber gern zwei Kolleginnen aus unserer Geschäftsstelle zum Workshop in Riga anmelden:

Frau Merle Thomsen, Projektmanagerin (merle.thomsen@netzwerk-holzbau-sh.de)
Frau Svenja Kolb, Auszubildende - sie hat noch keine eigene E-Mail-Adresse, bitte schicken Sie ihre Unterlagen an mich.

Vielen Dank und freundliche Grüße
Wiebke Jacobsen""",
     sig="""Wiebke Jacobsen
Geschäftsführung
Netzwerk Holzbau Schleswig-Holstein e.V.
Rendsburger Str. 12 | 24768 Rendsburg""",
     L=dict(name="Wiebke Jacobsen", org="Netzwerk Holzbau Schleswig-Holstein e.V.",
            orgc="Netzwerk Holzbau Schleswig-Holstein", cc="DE", review="on_behalf_without_address",
            parts=[("merle.thomsen@netzwerk-holzbau-sh.de", "Merle Thomsen"), (None, "Svenja Kolb")])),

dict(id="w3-de05", kind="update", client="thunderbird", quote=True, frm="Heiko Stegemann <heiko.stegemann@ihk-sn-partner.de>",
     ack=dict(name="Heiko Stegemann", org="IHK", country="Deutschland"),
     body="""Guten Tag,

auf der Bestätigung steht bei mir nur "IHK" - das ist auf einem Namensschild in Riga wohl etwas knapp. Bitte tragen Sie als Organisation "Industrie- und Handelskammer zu Schwerin" ein.

Danke!
Heiko Stegemann""",
     L=dict(I=["update"], name="Heiko Stegemann", org="Industrie- und Handelskammer zu Schwerin",
            orgc="Handelskammer zu Schwerin")),

dict(id="w3-de06", kind="cancellation", client="android", frm="Tobias Kremer <tobias.kremer@foerde-robotik.de>",
     subj="Riga",
     body="""Muss leider absagen, Krankheitsfall in der Familie. Sorry für die Kurzfristigkeit!
Gruß Tobias""",
     L=dict(I=["cancellation"], name="Tobias Kremer")),

dict(id="w3-de07", kind="thanks", client="apple", quote=True, frm="Dörte Wilms <doerte.wilms@gmail.com>",
     ack=dict(name="Dörte Wilms"),
     body="""Danke schön, bis dann in Riga!

Dörte""",
     L=dict(I=[], name="Dörte Wilms")),

dict(id="w3-de08", kind="auto_reply", client="thunderbird", frm="Carsten Ohlsen <carsten.ohlsen@agrar-cluster-mv.de>",
     subj="Abwesend: Anmeldung Workshop Riga",
     body="""Sehr geehrte Damen und Herren,

ich bin bis einschließlich 27.04.2027 nicht im Hause. Ihre Nachricht wird nicht weitergeleitet; ich melde mich nach meiner Rückkehr bei Ihnen.

Mit freundlichen Grüßen
Carsten Ohlsen""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w3-de09", kind="forwarded", client="outlook", fwd=1, frm="Annegret Fuchs <annegret.fuchs@ostsee-tourismus-netz.de>",
     body="""Guten Tag,

über unseren Dachverband habe ich die untenstehende Einladung bekommen. Ich würde gern teilnehmen, allerdings nur am zweiten Tag - am 2. Juni habe ich Aufsichtsratssitzung.

Beste Grüße aus Rostock
Annegret Fuchs""",
     sig="""Dipl.-Kffr. Annegret Fuchs
Head of International Affairs
Ostsee-Tourismus-Netzwerk e.V.""",
     L=dict(name="Annegret Fuchs", org="Ostsee-Tourismus-Netzwerk e.V.", orgc="Ostsee-Tourismus-Netzwerk",
            cc="DE", note=True)),

dict(id="w3-de10", kind="question", client="gmail", frm="Renate Hollmann <r.hollmann@hollmann-sensorik.de>",
     subj="Teilnahme als Mitgliedsunternehmen?",
     body="""Sehr geehrte Damen und Herren,

ich wäre Ihnen dankbar, wenn Sie mir kurz mitteilen könnten, ob sich die Einladung nur an das Clustermanagement richtet oder ob auch Mitgliedsunternehmen teilnehmen können. Wir sind ein kleiner Sensorikhersteller und Mitglied im Photonik-Netzwerk, planen aber gerade unseren ersten Schritt ins Baltikum.

Mit freundlichen Grüßen
Renate Hollmann
Hollmann Sensorik GmbH
Jena""",
     L=dict(I=["question"], name="Renate Hollmann", org="Hollmann Sensorik GmbH", orgc="Hollmann Sensorik",
            cc="DE")),

dict(id="w3-de11", kind="registration_idea", client="outlook", frm="Dr. Falk Reimann <falk.reimann@bioeconomy-hub-greifswald.de>",
     subj="Anmeldung und Vorschlag für Tag 2",
     body="""Liebe Kolleginnen und Kollegen,

gerne bin ich in Riga dabei, bitte notieren Sie mich für beide Tage.

Für die Gruppenarbeit am zweiten Tag hätte ich einen Vorschlag: eine Runde zu der Frage, wie kleine Cluster gemeinsam einen Auslandsvertreter finanzieren können. Wir teilen uns seit drei Jahren mit zwei polnischen Partnern eine Repräsentanz in Stettin und haben dabei viel gelernt - ich würde die Runde gern moderieren.

Herzliche Grüße
Falk Reimann""",
     sig="""Dr. Falk Reimann
Clustermanager
BioEconomy Hub Greifswald
Felix-Hausdorff-Str. 2, 17489 Greifswald""",
     L=dict(I=["registration", "idea"], name="Falk Reimann", org="BioEconomy Hub Greifswald", cc="DE",
            exp="experienced")),

dict(id="w3-de12", kind="cancellation", client="gmail", frm="Bernd Quast <bernd.quast@hafenlogistik-wismar.de>",
     subj="Re: Einladung Riga",
     body="""Hallo Frau Ozola,

herzlichen Dank für die Einladung. Dieses Jahr klappt es bei uns leider nicht, wir stecken mitten im Umzug der Geschäftsstelle. Beim nächsten Mal sind wir aber gern dabei!

Viele Grüße
Bernd Quast""",
     L=dict(I=[], Iopt=["cancellation"], name="Bernd Quast")),

dict(id="w3-de13", kind="registration", client="html_only", cs="iso-8859-15", ev=2, frm="Kerstin Paulsen <kerstin.paulsen@aquakultur-westkueste.de>",
     subj="Anmeldung Blue Economy Matchmaking Forum",
     html="""<html><head><meta charset="iso-8859-15"></head><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Guten Tag,</p>
<p>hiermit melde ich mich zum Matchmaking Forum am 14. Oktober in Tallinn an.</p>
<p>Themen f&uuml;r Gespr&auml;che: Muschelzucht in Kreislaufanlagen, Zulassung von Algen als Lebensmittel, Partner f&uuml;r ein Interreg-Projekt.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Kerstin Paulsen</p>
<p style="color:#1b5e20">Kerstin Paulsen<br>Aquakultur-Netzwerk Westküste<br>Hafenstraße 28, 25761 Büsum<br>Tel. 04834 96 11 20</p>
</body></html>
""",
     body="(html only)",
     L=dict(name="Kerstin Paulsen", org="Aquakultur-Netzwerk Westküste", unscored=["country"])),

dict(id="w3-de14", kind="update", client="outlook", quote=True, frm="Lorenz Pietsch <lorenz.pietsch@mobility-cluster-hh.de>",
     ack=dict(name="Lorenz Pietsch", org="Mobility Cluster Hamburg", country="Deutschland"),
     body="""Hallo,

als ich mich letzte Woche angemeldet habe, habe ich vergessen zu erwähnen, dass ich eine Nussallergie habe (auch Spuren). Könnten Sie das bitte an das Catering weitergeben?

Danke und Gruß
Lorenz Pietsch""",
     L=dict(I=["update"], name="Lorenz Pietsch", org="Mobility Cluster Hamburg", note=True)),

dict(id="w3-de15", kind="registration", client="outlook", frm="\"Brockmann, Dr. Ilka\" <ilka.brockmann@hanse-innovation.de>",
     subj="Anmeldung Workshop 2./3. Juni",
     body="""Sehr geehrte Damen und Herren,

ich bin bei der Hanseatischen Innovationsagentur für unsere Cluster im Bereich Gesundheitswirtschaft zuständig und möchte mich hiermit für den Workshop in Riga anmelden.

Mit freundlichen Grüßen
Ilka Brockmann""",
     sig="""[Logo Hanseatische Innovationsagentur]

Dr. Ilka Brockmann
Senior Project Manager Health Economy
Hanseatische Innovationsagentur GmbH
Kaistraße 7 | 23552 Lübeck | Germany
T +49 451 388 72 14
www.hanse-innovation.de

Hanseatische Innovationsagentur GmbH | Sitz: Lübeck | Amtsgericht Lübeck HRB 20417 HL | Geschäftsführung: Jens Oltmann""",
     L=dict(name="Ilka Brockmann", org="Hanseatische Innovationsagentur GmbH", orgc="Hanseatische Innovationsagentur",
            cc="DE")),

dict(id="w3-de16", kind="registration", client="iphone", frm="Jörg Lammers <joerg.lammers@web.de>",
     subj="Riga",
     body="""Hi, bin dabei, beide Tage.
Gruß aus Stralsund
Jörg""",
     L=dict(name="Jörg Lammers", cc="DE")),

dict(id="w3-de17", kind="on_behalf", client="outlook", frm="Ute Rasmussen <ute.rasmussen@cluster-medizintechnik-kiel.de>",
     subj="Änderung Teilnehmer Workshop Riga",
     body="""Sehr geehrte Damen und Herren,

ich hatte mich vor zwei Wochen für den Workshop angemeldet, kann aber wegen einer Terminüberschneidung nun nicht reisen. Mein Kollege Thorben Ahlers (thorben.ahlers@cluster-medizintechnik-kiel.de) übernimmt meinen Platz. Könnten Sie die Anmeldung bitte auf ihn umschreiben?

Vielen Dank
Ute Rasmussen""",
     sig="""Ute Rasmussen
Cluster Medizintechnik Kiel""",
     L=dict(I=["registration", "cancellation"], name="Ute Rasmussen", org="Cluster Medizintechnik Kiel",
            parts=[("ute.rasmussen@cluster-medizintechnik-kiel.de", "Ute Rasmussen"),
                   ("thorben.ahlers@cluster-medizintechnik-kiel.de", "Thorben Ahlers")])),
]

# Fifth writer (w5-): another independent hand, weighted toward the intent decision.
MAILS += [
dict(id="w5-de01", kind="registration", client="outlook", cs="windows-1252",
     frm="\"Dipl.-Ing. Annelie Ruschmeyer\" <a.ruschmeyer@medtech-vorpommern.de>",
     subj="Teilnahme Workshop Riga 2./3. Juni",
     body="""Sehr geehrte Damen und Herren,

gern nehme ich an Ihrem Workshop „Cluster internationalisation – Why and how to do it?“ in Riga teil und bitte um Aufnahme in die Teilnehmerliste.

Unser Netzwerk begleitet seit 2019 Medizintechnik-Unternehmen aus Vorpommern auf Märkte in Skandinavien und im Baltikum; Erfahrungen aus einigen gemeinsamen Messeauftritten bringe ich also gern mit.

Mit freundlichen Grüßen

Annelie Ruschmeyer""",
     sig="""Dipl.-Ing. Annelie Ruschmeyer
Netzwerkmanagerin
Bereich Internationales
Netzwerk Medizintechnik Vorpommern e.V.
Walther-Rathenau-Straße 49a
17489 Greifswald
Tel.: +49 3834 55 81 20

Netzwerk Medizintechnik Vorpommern e.V. | Vereinsregister: Amtsgericht Stralsund VR 10442 | Vorstand: Prof. Dr. med. Henrik Struve
Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. Sollten Sie nicht der vorgesehene Empfänger sein, informieren Sie bitte den Absender und löschen Sie die Nachricht.""",
     L=dict(name="Annelie Ruschmeyer", org="Netzwerk Medizintechnik Vorpommern e.V.",
            orgc="Netzwerk Medizintechnik Vorpommern", cc="DE", exp="experienced")),

dict(id="w5-de02", kind="question", client="gmail", frm="Birte Oltmanns <b.oltmanns@wifoe-leer.de>",
     subj="Frage zum Workshop in Riga",
     body="""Hallo,

ich betreue bei der Wirtschaftsförderung im Landkreis Leer unsere beiden Netzwerke (Maritime Wirtschaft und Ernährung). Zwei kurze Fragen, bevor ich mich anmelde:

- Richtet sich der Workshop nur an Clustermanagements im engeren Sinn, oder sind auch Wirtschaftsförderer willkommen, die Netzwerke betreuen?
- Fallen Teilnahmegebühren an, und müssen Übernachtungen selbst organisiert werden?

Danke und viele Grüße aus Ostfriesland
Birte Oltmanns""",
     sig="""Birte Oltmanns
Netzwerkmanagement
Wirtschaftsförderung Landkreis Leer
Bergmannstraße 37, 26789 Leer
Tel. 0491 926-1455""",
     L=dict(I=["question"], name="Birte Oltmanns", org="Wirtschaftsförderung Landkreis Leer", cc="DE")),

dict(id="w5-de03", kind="question_in_request", client="android", frm="Sören Haberland <soeren.haberland@logistiknetz-lausitz.de>",
     subj="Workshop Riga",
     body="""Hallo zusammen, ich habe die Einladung erst heute über einen Kollegen bekommen. Falls noch Plätze frei sind, wäre ich gern dabei, an beiden Tagen.
Viele Grüße
Sören Haberland
Logistiknetz Lausitz""",
     L=dict(I=["registration"], Iopt=["question"], name="Sören Haberland", org="Logistiknetz Lausitz")),

dict(id="w5-de04", kind="update", client="thunderbird", quote=True, frm="Juergen Weissenfels <j.weissenfels@kunststoff-wm.de>",
     ack=dict(name="Juergen Weissenfels", org="Kunststoff-Cluster Westmecklenburg", country="Deutschland"),
     body="""Guten Tag,

danke für die Bestätigung. Mein Mailprogramm kann im Absendernamen leider keine Umlaute - für das Namensschild wäre mir die richtige Schreibweise lieb: Jürgen Weißenfels (mit ü und ß).

Beste Grüße
J. Weißenfels""",
     L=dict(I=["update"], name="Jürgen Weißenfels", org="Kunststoff-Cluster Westmecklenburg")),

dict(id="w5-de05", kind="cancellation", client="iphone", frm="Henrike Gutzeit <henrike.gutzeit@foodcluster-ow.de>",
     subj="Absage Riga",
     body="""Liebes Orga-Team,
leider muss ich meine Anmeldung für den Workshop in Riga zurückziehen - unser Vorstand hat für den 2. Juni kurzfristig eine Klausur angesetzt. Bitte geben Sie meinen Platz weiter.
Schade, ich hatte mich sehr gefreut!
Henrike Gutzeit""",
     L=dict(I=["cancellation"], name="Henrike Gutzeit")),

dict(id="w5-de06", kind="on_behalf", client="outlook", frm="Nadine Kowalke <n.kowalke@cluster-ee-nordwest.de>",
     subj="Anmeldung Dr. Klaus-Peter Riemer - Workshop Riga",
     body="""Sehr geehrte Damen und Herren,

im Auftrag von Herrn Dr. Klaus-Peter Riemer, Geschäftsführer des Clusters Erneuerbare Energien Nordwest, melde ich ihn hiermit für den Workshop am 2. und 3. Juni in Riga an. Bitte senden Sie die Bestätigung und alle weiteren Informationen direkt an ihn: kp.riemer@cluster-ee-nordwest.de

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
i. A. Nadine Kowalke""",
     sig="""Nadine Kowalke
Assistenz der Geschäftsführung
Cluster Erneuerbare Energien Nordwest e.V.
Am Alten Hafen 118, 27568 Bremerhaven
Tel. +49 471 30 94 77-0""",
     L=dict(name="Nadine Kowalke", org="Cluster Erneuerbare Energien Nordwest e.V.",
            orgc="Cluster Erneuerbare Energien Nordwest", orgnot=["Clusters Erneuerbare Energien Nordwest"], cc="DE",
            parts=[("kp.riemer@cluster-ee-nordwest.de", "Klaus-Peter Riemer")])),

dict(id="w5-de07", kind="forwarded", client="outlook", fwd=1, frm="Frank Tiedemann <frank.tiedemann@h2-unterelbe.de>",
     body="",
     sig="""Mit freundlichen Grüßen

Frank Tiedemann
Referent Innovation und Internationales
Wasserstoffnetzwerk Unterelbe
Harsefelder Straße 6, 21680 Stade
Telefon +49 4141 77 20 31""",
     L=dict(I=[], Iopt=["registration"], name="Frank Tiedemann", org="Wasserstoffnetzwerk Unterelbe", cc="DE")),

dict(id="w5-de08", kind="registration_idea", client="gmail", frm="Konstantin Ebeling <k.ebeling@gesundheitsnetz-lb.de>",
     subj="Anmeldung, Themenidee und eine Frage",
     body="""Hallo Frau Ozola,

ich möchte mich gern für den Workshop in Riga anmelden (beide Tage).

Zu Ihrem Aufruf nach Ideen für die Kleingruppen: Mich würde ein Austausch darüber interessieren, wie man Mitgliedsunternehmen überhaupt dazu bringt, bei internationalen Aktivitäten mitzumachen. Wir haben gute Angebote, aber es melden sich fast immer dieselben drei Firmen. Vielleicht haben andere Cluster Ansätze, die man teilen könnte?

Und eine praktische Frage: Gibt es ein Hotel, das Sie empfehlen, oder ein Zimmerkontingent?

Viele Grüße
Konstantin Ebeling""",
     sig="""Konstantin Ebeling
Clustermanager Digitale Gesundheitswirtschaft
Gesundheitsnetz Lübecker Bucht""",
     L=dict(I=["registration", "idea", "question"], name="Konstantin Ebeling", org="Gesundheitsnetz Lübecker Bucht")),

dict(id="w5-de09", kind="auto_reply", client="outlook", frm="Dr. Ingo Hasselbrink <ingo.hasselbrink@photonik-mv.de>",
     subj="Automatische Antwort: Sie sind angemeldet: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 9. Mai auf Dienstreise in Kanada und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Lea Brandes (lea.brandes@photonik-mv.de).

Thank you for your message. I am travelling until 9 May with limited access to e-mail. For urgent matters please contact my colleague Lea Brandes (lea.brandes@photonik-mv.de).""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w5-de10", kind="registration", client="apple", ev=2, frm="Hauke Dettmers <hauke.dettmers@seewolf-subsea.de>",
     subj="Anmeldung Matchmaking Forum",
     body="""Moin,

hiermit melde ich mich für das Matchmaking Forum am 14. Oktober in Tallinn an. Wir bauen in Bremerhaven Unterwasserdrohnen für die Inspektion von Offshore-Fundamenten und suchen Partner für Testfahrten in der Ostsee, gern auch Werften und Hafenbetreiber aus Estland und Finnland.

Gruß
Hauke Dettmers
Seewolf Subsea Robotics GmbH""",
     L=dict(name="Hauke Dettmers", org="Seewolf Subsea Robotics GmbH", orgc="Seewolf Subsea Robotics", cc="DE")),

dict(id="w5-de11", kind="update", client="gmail", quote=True, frm="Friederike Asmus <friederike.asmus@maritimes-cluster-fl.de>",
     ack=dict(name="Friederike Asmus", org="Maritimes Netzwerk Flensburg", country="Deutschland"),
     body="""Hallo,

kleine Änderung bei mir: Am 2. Juni schaffe ich es doch nicht, da bin ich noch bei einer Konferenz in Stockholm. Ich würde dann direkt zum zweiten Tag dazukommen. Ist das in Ordnung?

Viele Grüße
Friederike""",
     L=dict(I=["update"], Iopt=["cancellation", "question"], name="Friederike Asmus", org="Maritimes Netzwerk Flensburg",
            note=True)),
]

# Seventh writer (w7-): another independent hand, weighted toward the intent decision.
MAILS += [
dict(id="w7-de01", kind="registration", client="thunderbird", cs="iso-8859-15", cte="qp", frm="Freitag, Cornelia <c.freitag@leichtbau-sachsen.de>",
     subj="Workshop Riga 2./3. Juni",
     body="""Sehr geehrte Damen und Herren,

gern nehme ich an dem Workshop in Riga teil und bitte Sie, mich für beide Tage einzutragen. Unser Netzwerk ist seit 2019 mit Partnern in Skandinavien und im Baltikum unterwegs, wir bringen also schon einiges an Erfahrung mit – aber auch ein paar offene Fragen.

Mit freundlichen Grüßen
Cornelia Freitag""",
     sig="""Dipl.-Ing. Cornelia Freitag
Leiterin Internationalisierung
Kompetenznetz Leichtbau Sachsen e.V.
Annaberger Straße 240
09125 Chemnitz
Tel. +49 371 5347 220

Kompetenznetz Leichtbau Sachsen e.V. | Vereinsregister: Amtsgericht Chemnitz VR 3318 | Vorstand: Prof. Dr.-Ing. Ulrich Kessler (Vorsitzender), Sabine Rothe
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Mail.""",
     L=dict(name="Cornelia Freitag", org="Kompetenznetz Leichtbau Sachsen e.V.", orgc="Kompetenznetz Leichtbau Sachsen",
            cc="DE", exp="experienced")),

dict(id="w7-de02", kind="registration", client="iphone", frm="Jan-Hendrik Pohlmann <jh.pohlmann@agrarnetz-weser-ems.de>",
     subj="Riga",
     body="""Hallo zusammen,

da mein Kollege Herr Tjaden leider absagen musste (er hat sich schon selbst bei Ihnen abgemeldet), fahre ich jetzt doch nach Riga. Bitte tragen Sie mich ein – Jan-Hendrik Pohlmann, Agrarnetzwerk Weser-Ems, Oldenburg.

Danke und Gruß
J.-H. Pohlmann""",
     L=dict(name="Jan-Hendrik Pohlmann", org="Agrarnetzwerk Weser-Ems", cc="DE")),

dict(id="w7-de03", kind="question", client="outlook", frm="Renate Große-Kathöfer <grosse-kathoefer@textilnetz-muensterland.de>",
     subj="Frage: Infomaterial beim Workshop",
     body="""Guten Tag,

wir überlegen noch, ob wir jemanden nach Riga schicken. Vorab eine Frage: Gibt es beim Workshop die Möglichkeit, Flyer oder Broschüren unserer Mitgliedsunternehmen auszulegen, oder ist das nicht erwünscht?

Vielen Dank und freundliche Grüße
Renate Große-Kathöfer""",
     sig="""Renate Große-Kathöfer
Geschäftsstelle
Textilnetzwerk Münsterland
Gronau (Westf.)""",
     L=dict(I=["question"], name="Renate Große-Kathöfer", org="Textilnetzwerk Münsterland", cc="DE", unscored=["country"])),

dict(id="w7-de04", kind="question_in_request", client="gmail", frm="Tobias Reimers <tobias.reimers@medizintechnik-luebeck.de>",
     subj="Nur Tag 1?",
     body="""Hallo,

grundsätzlich hätte ich großes Interesse, aber am 3. Juni ist bei uns Mitgliederversammlung, da komme ich nicht weg. Ist es sinnvoll, nur am ersten Tag dabei zu sein, oder baut der zweite Tag so stark darauf auf, dass man besser ganz kommt? Je nach Antwort würde ich mich dann anmelden.

Viele Grüße
Tobias Reimers""",
     sig="""Tobias Reimers
Clustermanagement
Medizintechnik-Netzwerk Lübeck
Mönkhofer Weg 239, 23562 Lübeck""",
     L=dict(I=["question"], Iopt=["registration"], name="Tobias Reimers", org="Medizintechnik-Netzwerk Lübeck", cc="DE")),

dict(id="w7-de05", kind="cancellation", client="outlook", frm="Dr. Ansgar Meyerhoff <ansgar.meyerhoff@photonik-bb.de>",
     subj="Abmeldung Workshop Riga",
     body="""Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung für den Workshop in Riga zurückziehen. Wir haben kurzfristig den Zuschlag für ein Verbundprojekt bekommen, und das Kick-off-Treffen liegt genau in derselben Woche.

Ich bedauere das sehr und wünsche Ihnen eine gute Veranstaltung.

Mit freundlichen Grüßen
Ansgar Meyerhoff""",
     sig="""Dr. Ansgar Meyerhoff
Netzwerkmanager
Photonik-Netzwerk Berlin-Brandenburg
Rudower Chaussee 25, 12489 Berlin

Photonik-Netzwerk Berlin-Brandenburg GmbH · Sitz Berlin · Amtsgericht Charlottenburg HRB 118224 B · Geschäftsführung: Dr. Petra Lindqvist""",
     L=dict(I=["cancellation"], name="Ansgar Meyerhoff", org="Photonik-Netzwerk Berlin-Brandenburg", cc="DE")),

dict(id="w7-de06", kind="update", client="outlook", quote=True, frm="Kerstin Lüdemann <kerstin.luedemann@hs-stralsund.de>",
     ack=dict(name="Kerstin Lüdemann", org="Hochschule Stralsund", country="Deutschland"),
     body="""Guten Tag,

vielen Dank für die Bestätigung! Eine Bitte: Ich komme nicht für die Hochschule als Ganzes, sondern für unser Transferzentrum Maritime Technologien – könnten Sie das bitte so auf das Namensschild schreiben? Das ist für die Gespräche vor Ort deutlich hilfreicher.

Beste Grüße
Kerstin Lüdemann""",
     L=dict(I=["update"], name="Kerstin Lüdemann", org="Transferzentrum Maritime Technologien")),

dict(id="w7-de07", kind="on_behalf", client="gmail", quote=True, frm="Bernd Zschau <bernd.zschau@logistik-lausitz.de>",
     ack=dict(name="Bernd Zschau", org="Logistiknetzwerk Lausitz", country="Deutschland"),
     body="""Hallo,

leider kann ich nun doch nicht nach Riga kommen (Bandscheibe, der Arzt hat mir Reisen bis Ende Juni verboten). Statt meiner würde unsere Projektassistentin Mandy Kretschmar teilnehmen. Sie hat noch keine eigene Adresse bei uns, Infos bitte vorerst an mich.

Bitte streichen Sie mich und tragen Sie Frau Kretschmar ein.

Danke!
Bernd Zschau""",
     L=dict(I=["registration", "cancellation"], name="Bernd Zschau", org="Logistiknetzwerk Lausitz",
            parts=[("bernd.zschau@logistik-lausitz.de", "Bernd Zschau"), (None, "Mandy Kretschmar")],
            review="on_behalf_without_address")),

dict(id="w7-de08", kind="registration_idea", client="apple", frm="Katharina Ubbens <k.ubbens@windcluster-jade.de>",
     subj="Anmeldung + Angebot für einen Kurzbeitrag",
     body="""Liebes Orga-Team,

ich melde mich hiermit für den Workshop an.

Falls Sie für den zweiten Tag noch Praxisbeispiele suchen: Ich könnte in 15 Minuten erzählen, wie wir mit sechs Mitgliedsfirmen einen gemeinsamen Messestand in Shanghai organisiert haben – inklusive der Dinge, die wir beim nächsten Mal anders machen würden.

Herzliche Grüße aus Wilhelmshaven
Katharina Ubbens""",
     sig="""Katharina Ubbens
Windcluster Jade-Weser
Wilhelmshaven""",
     L=dict(I=["registration", "idea"], name="Katharina Ubbens", org="Windcluster Jade-Weser", cc="DE")),

dict(id="w7-de09", kind="auto_reply", client="outlook", frm="Hartmut Beckedahl <hartmut.beckedahl@ernaehrungsnetz-nord.de>",
     subj="Automatische Antwort: Sie sind angemeldet: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Vielen Dank für Ihre Nachricht.

Ich bin seit dem 1. Mai 2027 im Ruhestand. Ihre E-Mail wird nicht weitergeleitet. Bitte wenden Sie sich künftig an meine Nachfolgerin, Frau Dr. Insa Harms (insa.harms@ernaehrungsnetz-nord.de).

Mit freundlichen Grüßen
Hartmut Beckedahl""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w7-de10", kind="forwarded", client="outlook", fwd=1, frm="Silke Brockmöller <s.brockmoeller@kunststoff-owl.de>",
     subj="WG: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""z.K.

Silke""",
     L=dict(I=[], Iopt=["registration"], name="Silke Brockmöller")),
]

# The ninth writer's mails (source ids w9-de…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w9-de01", kind="registration", client="outlook", frm="Wiebke Harmsen <harmsen@maritimes-cluster-rostock.de>",
     subj="Workshop Riga",
     body="""Guten Tag,

ich wäre gern dabei, an beiden Tagen. Mit der Internationalisierung stehen wir ehrlich gesagt noch ganz am Anfang – bisher haben unsere Mitglieder fast ausschließlich für den deutschen Markt gearbeitet –, insofern kommt Ihr Workshop genau zur richtigen Zeit.

Freundliche Grüße
Wiebke Harmsen""",
     sig="""Wiebke Harmsen
Referentin Netzwerkentwicklung
Maritimes Cluster Rostock e.V.
Am Strande 3d
18055 Rostock
Telefon +49 381 2036 4410

Maritimes Cluster Rostock e.V. – Registergericht: Amtsgericht Rostock, VR 2107 – Vorstand: Jens Uhlenbrock""",
     L=dict(name="Wiebke Harmsen", org="Maritimes Cluster Rostock e.V.", orgc="Maritimes Cluster Rostock", cc="DE",
            exp="starting")),

dict(id="w9-de02", kind="registration", client="android", frm="Hauke Carstensen <hauke.carstensen@ernaehrung-nordfriesland.de>",
     subj="Riga Juni",
     body="""Moin,

meld mich mal an für Riga, beide Tage. Hauke Carstensen, Netzwerk Ernährungswirtschaft Nordfriesland, aus Husum.

Gruß
Hauke""",
     L=dict(name="Hauke Carstensen", org="Netzwerk Ernährungswirtschaft Nordfriesland", cc="DE")),

dict(id="w9-de03", kind="question", client="thunderbird", cs="iso-8859-15", cte="qp", frm="Dr. Ludger Averbeck <averbeck@kunststoffcluster-emsland.de>",
     subj="Fragen vor einer Anmeldung",
     body="""Sehr geehrte Damen und Herren,

bevor wir entscheiden, wen wir nach Riga schicken, bräuchten wir noch ein paar Angaben:

Zum einen wüssten wir gern, ob der zweite Tag eher für Clustermanager gedacht ist oder ob auch jemand aus einem Mitgliedsunternehmen sinnvoll teilnehmen kann. Außerdem wäre es hilfreich zu erfahren, ob die Arbeitsgruppen nach Branchen oder nach Erfahrungsstand eingeteilt werden. Und schließlich: Gibt es eine Teilnehmerliste vorab, damit wir uns gezielt verabreden können?

Für eine kurze Rückmeldung wäre ich Ihnen dankbar.

Mit freundlichen Grüßen
Ludger Averbeck""",
     sig="""Dr. Ludger Averbeck
Geschäftsführer
Kunststoffcluster Emsland
Lingen (Ems)""",
     L=dict(I=["question"], name="Ludger Averbeck", org="Kunststoffcluster Emsland", cc="DE")),

dict(id="w9-de04", kind="on_behalf", client="outlook", frm="Matthias Oltmanns <m.oltmanns@hafenlogistik-bremen.de>",
     subj="Anmeldung Workshop Riga – 3 Personen",
     body="""Sehr geehrte Damen und Herren,

wir möchten gern mit drei Personen aus unserem Netzwerk am Workshop in Riga teilnehmen:

1. Matthias Oltmanns (ich selbst), Clustermanager
2. Svenja Dierks, Projektleiterin Internationales, s.dierks@hafenlogistik-bremen.de
3. Emre Yıldırım, Projektmitarbeiter, e.yildirim@hafenlogistik-bremen.de

Frau Dierks kann am 3. Juni erst ab Mittag dabei sein. Wir haben bereits zwei EU-Projekte mit Partnern in Polen und Litauen umgesetzt.

Mit freundlichen Grüßen
Matthias Oltmanns""",
     sig="""Matthias Oltmanns
Clustermanagement
Hafenlogistik-Netzwerk Bremen
Konsul-Smidt-Straße 8, 28217 Bremen""",
     L=dict(name="Matthias Oltmanns", org="Hafenlogistik-Netzwerk Bremen", cc="DE", exp="experienced", note=True,
            parts=[("m.oltmanns@hafenlogistik-bremen.de", "Matthias Oltmanns"),
                   ("s.dierks@hafenlogistik-bremen.de", "Svenja Dierks"),
                   ("e.yildirim@hafenlogistik-bremen.de", "Emre Yıldırım")])),

dict(id="w9-de05", kind="forwarded", client="outlook", fwd=1, frm="Uta Rehbein <uta.rehbein@optonet-jena.de>",
     body="""Hallo Jens,

wäre das nicht was für Dich? Du wolltest Dich doch eh mal mit den Balten vernetzen. Sag Bescheid, dann kläre ich das mit der Reisekostenfreigabe.

Gruß
Uta""",
     L=dict(I=[], name="Uta Rehbein")),  # judgement call: a note meant for a colleague, sent to the registration address by mistake; nothing to act on

dict(id="w9-de06", kind="cancellation", client="gmail", frm="Christoph Brandenstein <christoph.brandenstein@biotech-nord.de>",
     subj="Doppelte Anmeldung Riga",
     body="""Hallo,

ich habe mich vor zwei Wochen für den Workshop in Riga angemeldet und gestern versehentlich noch einmal von meiner privaten Adresse aus (c.brandenstein@posteo.de). Bitte löschen Sie die Anmeldung von der privaten Adresse – die über diese Dienstadresse soll natürlich bestehen bleiben.

Danke und viele Grüße
Christoph Brandenstein
BioTech Nord, Kiel""",
     L=dict(I=["cancellation"], name="Christoph Brandenstein", org="BioTech Nord", cc="DE",
            parts=[("c.brandenstein@posteo.de", "Christoph Brandenstein")])),  # judgement call: only the duplicate registration (the private address) is cancelled

dict(id="w9-de07", kind="update", client="gmail", quote=True, frm="Friederike Schulze-Wettendorf <f.schulze-wettendorf@agrotech-westfalen.de>",
     ack=dict(name="Friederike Wettendorf", org="AgroTech Westfalen", country="Deutschland"),
     body="""Guten Tag,

danke für die Bestätigung. Auf dem Namensschild fehlt allerdings die erste Hälfte meines Nachnamens: Ich heiße Friederike Schulze-Wettendorf, mit Bindestrich. Könnten Sie das bitte noch ändern?

Beste Grüße
Friederike Schulze-Wettendorf""",
     L=dict(I=["update"], name="Friederike Schulze-Wettendorf", org="AgroTech Westfalen")),

dict(id="w9-de08", kind="thanks", client="apple", frm="Reinhold Pütz <reinhold.puetz@energieagentur-rheinland.de>",
     subj="Re: Praktische Informationen zum Workshop in Riga",
     body="""Danke, ist notiert.

R. Pütz

> Liebe Teilnehmerinnen und Teilnehmer,
>
> vielen Dank für Ihre Anmeldung zum Workshop in Riga am 2. und 3. Juni.
> Der Workshop findet im Hotel Daugava Conference Centre, Kugu iela 24,
> statt. Die Registrierung öffnet am 2. Juni um 8:30 Uhr.
>
> Das ausführliche Programm folgt im Mai.
>
> Ihr Workshop-Team""",
     L=dict(I=[], name="Reinhold Pütz")),

dict(id="w9-de09", kind="auto_reply", client="html_only", cs="utf-8", frm="Annegret Böhmer <annegret.boehmer@freenet.de>",
     subj="Abwesenheitsnotiz",
     html="""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Guten Tag,</p>
<p>ich bin vom 10. bis einschließlich 24. Mai nicht erreichbar und lese meine E-Mails in dieser Zeit nicht. In dringenden Fällen wenden Sie sich bitte an das Sekretariat unter 0421 77 41 02.</p>
<p>Mit freundlichen Grüßen<br>Annegret Böhmer</p>
</div>
</body></html>
""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w9-de10", kind="registration_note", client="outlook", frm="Gerold Wunderlich <gerold.wunderlich@sensorik-thueringen.de>",
     subj="Teilnahme Workshop Riga",
     body="""Sehr geehrte Frau Ozola,

hiermit melde ich mich verbindlich für den Workshop am 2. und 3. Juni an. Da ich seit einem Unfall im Rollstuhl sitze, wäre ich Ihnen dankbar, wenn der Tagungsraum ebenerdig oder mit Aufzug erreichbar wäre – falls das nicht der Fall ist, geben Sie mir bitte rechtzeitig Bescheid, dann plane ich entsprechend.

Unser Netzwerk ist seit rund acht Jahren in Skandinavien aktiv.

Mit freundlichen Grüßen
Gerold Wunderlich""",
     sig="""Gerold Wunderlich
Netzwerkmanager
SensorikNetz Thüringen
Ilmenau""",
     L=dict(Iopt=["question"], name="Gerold Wunderlich", org="SensorikNetz Thüringen", cc="DE", exp="experienced", note=True)),
]
