# Polish mails. Labels (L) written with each mail, before regbot read it. See ../README.md.

MAILS = [
dict(id="pl01", kind="registration", client="outlook", frm="\"Nowak, Magdalena\" <m.nowak@klaster-spozywczy.pl>",
     subj="Zgłoszenie na warsztaty w Rydze",
     body="""Szanowni Państwo,

uprzejmie proszę o zarejestrowanie mnie na warsztaty "Cluster internationalisation – Why and how to do it?", które odbędą się w dniach 2–3 czerwca w Rydze.

Z poważaniem
Magdalena Nowak""",
     sig="""Magdalena Nowak
Kierownik projektu
Wielkopolski Klaster Spożywczy
ul. Garbary 5, 61-868 Poznań
Polska
tel. +48 61 123 45 67""",
     L=dict(name="Magdalena Nowak", org="Wielkopolski Klaster Spożywczy", cc="PL")),

dict(id="pl02", kind="registration", client="gmail", frm="Tomasz Kamiński <tomasz.kaminski@klastermorski.pl>",
     subj="Udział w warsztatach",
     body="""Dzień dobry,

reprezentuję Pomorski Klaster Morski i Logistyczny i chciałbym wziąć udział w warsztatach w Rydze.

Pozdrawiam
Tomasz Kamiński""",
     L=dict(name="Tomasz Kamiński", org="Pomorski Klaster Morski i Logistyczny", orgc="Klaster Morski i Logistyczny")),

dict(id="pl03", kind="registration", client="outlook", cs="windows-1250",
     frm="\"dr hab. Anna Wiśniewska\" <anna.wisniewska@ppnt.pl>",
     subj="Rejestracja - dr hab. A. Wiśniewska",
     body="""Dzień dobry,

pracuję w Pomorskim Parku Naukowo-Technologicznym jako koordynatorka projektów międzynarodowych. Proszę o rejestrację na czerwcowe warsztaty.

Z wyrazami szacunku
dr hab. Anna Wiśniewska""",
     L=dict(name="Anna Wiśniewska", org="Pomorski Park Naukowo-Technologiczny", orgc="Park Naukowo-Technologiczny",
            orgnot=["Pomorskim Parku Naukowo-Technologicznym"])),

dict(id="pl04", kind="registration", client="thunderbird", cs="iso-8859-2", cte="qp",
     frm="Paweł Lewandowski <pawel.lewandowski@klaster-drzewny.pl>",
     subj="Zgłoszenie",
     body="""Dzień dobry,

chciałbym się zapisać na warsztaty. Nasz klaster dopiero zaczyna przygodę z zagranicą - pierwsze kontakty z partnerami z zagranicy nawiązaliśmy w zeszłym roku, więc temat jest dla nas bardzo na czasie.

Pozdrawiam
Paweł""",
     sig="""Paweł Lewandowski
Koordynator klastra
Klaster Drzewny i Meblarski Warmii i Mazur
Olsztyn""",
     L=dict(name="Paweł Lewandowski", org="Klaster Drzewny i Meblarski Warmii i Mazur",
            orgc="Klaster Drzewny i Meblarski", cc="PL", exp="starting")),

dict(id="pl05", kind="registration", client="iphone", frm="Karolina Zając <karolina.zajac@gmail.com>",
     subj="Ryga",
     body="""Dzień dobry, proszę o zapisanie mnie na warsztaty w Rydze. Dziękuję!
Karolina""",
     L=dict(name="Karolina Zając")),

dict(id="pl06", kind="registration", client="html_only", cs="iso-8859-2", cte="qp",
     frm="\"mgr inż. Krzysztof Wójcik\" <k.wojcik@klaster-ict.pl>",
     subj="Rejestracja",
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body>
<p>Dzień dobry,</p>
<p>zgłaszam swój udział w warsztatach dotyczących umiędzynarodowienia klastrów.</p>
<p>Z poważaniem<br>
mgr inż. Krzysztof Wójcik<br>
Prezes Zarządu<br>
Śląski Klaster ICT<br>
ul. Mariacka 12, 40-014 Katowice</p>
</body></html>
""",
     L=dict(name="Krzysztof Wójcik", org="Śląski Klaster ICT", cc="PL")),

dict(id="pl07", kind="registration_idea", client="gmail", frm="Joanna Mazur <joanna.mazur@klaster-medyczny.pl>",
     subj="Zgłoszenie i propozycja tematu",
     body="""Dzień dobry,

proszę o rejestrację. Mam też propozycję na jedną z sesji w małych grupach: jak klastry mogą wspólnie korzystać z programów wsparcia eksportu (np. programów agencji rządowych) i nie konkurować o te same środki. Chętnie podzielę się naszymi doświadczeniami.

Joanna Mazur
Klaster Technologii Medycznych, Kraków""",
     L=dict(I=["registration", "idea"], name="Joanna Mazur", org="Klaster Technologii Medycznych", cc="PL")),

dict(id="pl08", kind="idea_only", client="outlook", frm="Marek Dąbrowski <marek.dabrowski@arr-partner.pl>",
     subj="Pomysł na warsztaty",
     body="""Dzień dobry,

niestety nie będę mógł przyjechać do Rygi - w tym terminie mam inne zobowiązania. Chciałbym jednak zaproponować temat: jak mierzyć efekty działań internacjonalizacyjnych klastra dla firm członkowskich.

Powodzenia!
Marek Dąbrowski""",
     L=dict(I=["idea"], name="Marek Dąbrowski")),

dict(id="pl09", kind="cancellation", client="outlook", quote=True, frm="Agata Krawczyk <agata.krawczyk@klaster-logistyczny.pl>",
     ack=dict(name="Agata Krawczyk", org="Klaster Logistyczny Łódź", country="Polska"),
     body="""Dzień dobry,

niestety nie będę mogła przyjechać. Proszę o skreślenie mnie z listy uczestników.

Przepraszam za kłopot,
Agata Krawczyk""",
     L=dict(I=["cancellation"], name="Agata Krawczyk")),

dict(id="pl10", kind="cancellation", client="android", frm="Michał Piotrowski <michal.piotrowski@wp.pl>",
     subj="Rezygnacja",
     body="""Dzień dobry, plany mi się zmieniły i nie pojadę do Rygi. Proszę mnie nie liczyć.
Michał""",
     L=dict(I=["cancellation"], name="Michał Piotrowski")),

dict(id="pl11", kind="update", client="gmail", quote=True, frm="Małgorzata Grabowska <malgorzata.grabowska@klaster-energii.pl>",
     ack=dict(name="Malgorzata Grabowska", org="Klaster Energii Odnawialnej", country="Polska"),
     body="""Dzień dobry,

dziękuję za potwierdzenie. Moje nazwisko pisze się z polskimi znakami: Małgorzata Grabowska - czy mogliby Państwo to poprawić na identyfikatorze?

Małgorzata""",
     L=dict(I=["update"], name="Małgorzata Grabowska", org="Klaster Energii Odnawialnej", cc="PL")),

dict(id="pl12", kind="update", client="apple", quote=True, frm="Łukasz Pawlak <lukasz.pawlak@gmail.com>",
     ack=dict(name="Łukasz Pawlak"),
     body="""Zapomniałem dodać: jestem z Podkarpackiego Klastra Lotniczego, Rzeszów.

Łukasz""",
     L=dict(I=["update"], name="Łukasz Pawlak", org="Podkarpacki Klaster Lotniczy", orgc="Klaster Lotniczy",
            orgnot=["Podkarpackiego Klastra Lotniczego"], cc="PL")),

dict(id="pl13", kind="update", client="outlook", quote=True, frm="Robert Sikora <robert.sikora@balticbridge.eu>",
     ack=dict(name="Robert Sikora", org="Baltic Bridge Consulting", country="Litwa"),
     body="""Dzień dobry,

drobna poprawka: krajem powinna być Polska, a nie Litwa. Nasze biuro jest w Suwałkach.

Pozdrawiam
Robert Sikora""",
     L=dict(I=["update"], name="Robert Sikora", org="Baltic Bridge Consulting", cc="PL")),

dict(id="pl14", kind="question", client="gmail", frm="Ewa Kozłowska <ewa.kozlowska@marr-partner.pl>",
     subj="Pytanie o warsztaty",
     body="""Dzień dobry,

zanim się zarejestruję, chciałabym zapytać, czy warsztaty są przeznaczone wyłącznie dla koordynatorów klastrów, czy mogą w nich uczestniczyć również pracownicy regionalnych agencji rozwoju?

Z góry dziękuję
Ewa Kozłowska
Małopolska Agencja Rozwoju Regionalnego""",
     L=dict(I=["question"], name="Ewa Kozłowska", org="Małopolska Agencja Rozwoju Regionalnego")),

dict(id="pl15", kind="question", client="thunderbird", cs="iso-8859-2", cte="8bit", frm="Andrzej Jabłoński <a.jablonski@klaster-metal.pl>",
     subj="Opłata?",
     body="""Dzień dobry,

czy udział w warsztatach jest płatny? Czy organizatorzy zapewniają nocleg?

Pozdrawiam
A. Jabłoński""",
     L=dict(I=["question"], name="Andrzej Jabłoński")),

dict(id="pl16", kind="question_in_request", client="outlook", frm="Natalia Wieczorek <natalia.wieczorek@klaster-miejski.pl>",
     subj="Czy są jeszcze miejsca?",
     body="""Dzień dobry,

zaproszenie otrzymałam dopiero dzisiaj. Czy są jeszcze wolne miejsca? Jeśli tak, proszę o moją rejestrację.

Natalia Wieczorek
Specjalistka ds. współpracy międzynarodowej
Klaster Inteligentnych Miast i Mobilności
Wrocław, Polska""",
     L=dict(I=["registration"], Iopt=["question"], name="Natalia Wieczorek",
            org="Klaster Inteligentnych Miast i Mobilności", orgc="Inteligentnych Miast i Mobilności", cc="PL")),

dict(id="pl17", kind="on_behalf", client="outlook", frm="Jacek Wróblewski <jacek.wroblewski@klaster-chemiczny.pl>",
     subj="Zgłoszenie dwóch osób",
     body="""Szanowni Państwo,

chciałbym zgłosić na warsztaty dwie osoby z naszego klastra:
1. Monika Baran - monika.baran@klaster-chemiczny.pl
2. Adam Szewczyk - adam.szewczyk@klaster-chemiczny.pl

Sam niestety nie mogę uczestniczyć.

Z poważaniem
Jacek Wróblewski
Klaster Chemiczny Zielona Chemia""",
     L=dict(name="Jacek Wróblewski", org="Klaster Chemiczny Zielona Chemia",
            parts=[("monika.baran@klaster-chemiczny.pl", "Monika Baran"),
                   ("adam.szewczyk@klaster-chemiczny.pl", "Adam Szewczyk")])),

dict(id="pl18", kind="on_behalf", client="gmail", frm="Beata Michalska <beata.michalska@klaster-it.pl>",
     subj="Dwie osoby",
     body="""Dzień dobry,

proszę zapisać mnie i mojego kolegę Piotra Kubiaka (piotr.kubiak@klaster-it.pl).

Dziękuję!
Beata Michalska
Lubelski Klaster IT""",
     L=dict(name="Beata Michalska", org="Lubelski Klaster IT",
            parts=[("beata.michalska@klaster-it.pl", "Beata Michalska"), ("piotr.kubiak@klaster-it.pl", "Piotr Kubiak")])),

dict(id="pl19", kind="on_behalf", client="outlook", frm="Grzegorz Nowicki <grzegorz.nowicki@klaster-budowlany.pl>",
     subj="Rejestracja",
     body="""Dzień dobry,

zgłaszam swój udział w warsztatach. Chciałaby pojechać również moja koleżanka, Aleksandra Górska - jej adres e-mail prześlę później.

Grzegorz Nowicki
Podlaski Klaster Budowlany""",
     L=dict(name="Grzegorz Nowicki", org="Podlaski Klaster Budowlany", review="on_behalf_without_address",
            parts=[("grzegorz.nowicki@klaster-budowlany.pl", "Grzegorz Nowicki"), (None, "Aleksandra Górska")])),

dict(id="pl20", kind="registration_note", client="gmail", frm="Dorota Zielińska <dorota.zielinska@klaster-kosmetyczny.pl>",
     subj="Rejestracja",
     body="""Dzień dobry,

proszę o rejestrację. Jestem wegetarianką.

Dorota Zielińska
Klaster Kosmetyczny Podkarpacie""",
     L=dict(name="Dorota Zielińska", org="Klaster Kosmetyczny Podkarpacie", note=True)),

dict(id="pl21", kind="registration_note", client="iphone", frm="Rafał Kaczmarek <rafal.kaczmarek@klaster-morski.pl>",
     subj="Będę",
     body="""Dzień dobry, będę na pewno. Pierwszego dnia mogę się trochę spóźnić, samolot z Gdańska ląduje dopiero przed jedenastą.
Rafał Kaczmarek
Bałtycki Klaster Morski""",
     L=dict(name="Rafał Kaczmarek", org="Bałtycki Klaster Morski", cc="PL", note=True)),

dict(id="pl22", kind="thanks", client="gmail", quote=True, frm="Justyna Wilk <justyna.wilk@o2.pl>",
     ack=dict(name="Justyna Wilk"),
     body="""Bardzo dziękuję!""",
     L=dict(I=[], name="Justyna Wilk")),

dict(id="pl23", kind="forwarded", client="outlook", fwd=1, frm="Sebastian Duda <sebastian.duda@klaster-oze.pl>",
     body="""Dzień dobry,

kolega przesłał mi to zaproszenie. Chętnie wezmę udział - proszę o rejestrację.

Sebastian Duda
Klaster Odnawialnych Źródeł Energii""",
     L=dict(name="Sebastian Duda", org="Klaster Odnawialnych Źródeł Energii")),

dict(id="pl24", kind="auto_reply", client="outlook", frm="Iwona Stępień <iwona.stepien@innowacje-pl.pl>",
     subj="Automatyczna odpowiedź: Rejestracja potwierdzona: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Dzień dobry,

jestem na urlopie do 9 maja. W pilnych sprawach proszę o kontakt: biuro@innowacje-pl.pl.

Iwona Stępień""",
     L=dict(I=[], auto="auto_reply")),

dict(id="pl25", kind="registration", client="outlook", frm="\"prof. dr hab. inż. Zbigniew Lis\" <zbigniew.lis@klaster-lotniczy.pl>",
     subj="Zgłoszenie udziału",
     body="""Szanowni Państwo,

zgłaszam swój udział w warsztatach. Nasz klaster od ponad dziesięciu lat prowadzi programy eksportowe dla firm członkowskich, więc w razie potrzeby chętnie podzielę się doświadczeniami.

Z poważaniem""",
     sig="""prof. dr hab. inż. Zbigniew Lis
Przewodniczący Rady Klastra
Klaster Lotniczy Małopolski
ul. Czarnowiejska 50, 30-054 Kraków""",
     L=dict(name="Zbigniew Lis", org="Klaster Lotniczy Małopolski", cc="PL", exp="experienced")),

dict(id="pl26", kind="registration", client="thunderbird", cs="iso-8859-2", cte="8bit",
     frm="Elżbieta Sadowska <elzbieta.sadowska@turystyka-mazury.pl>",
     subj="zgłoszenie",
     body="""dzień dobry,

proszę o dopisanie mnie do listy uczestników.

Elżbieta Sadowska
Klaster Turystyczny Mazury
Giżycko""",
     sigdash=False,
     L=dict(name="Elżbieta Sadowska", org="Klaster Turystyczny Mazury", cc="PL", unscored=["country"])),

dict(id="pl27", kind="registration", client="gmail", ev=2, frm="Wojciech Borkowski <wojciech.borkowski@akwakultura.pl>",
     subj="Rejestracja na forum",
     body="""Dzień dobry,

chciałbym się zarejestrować na Blue Economy Matchmaking Forum w Tallinie 14 października. Szukamy partnerów w akwakulturze i przetwórstwie ryb.

Wojciech Borkowski
Pomorski Klaster Akwakultury
Ustka, Polska""",
     L=dict(name="Wojciech Borkowski", org="Pomorski Klaster Akwakultury", cc="PL")),

dict(id="pl28", kind="question", client="outlook", ev=2, frm="Anna Kwiatkowska <anna.kwiatkowska@port-partner.pl>",
     subj="Pytanie o forum",
     body="""Dzień dobry,

czy spotkania B2B można zarezerwować z wyprzedzeniem? Do kiedy trwa rejestracja?

Pozdrawiam
Anna Kwiatkowska""",
     L=dict(I=["question"], name="Anna Kwiatkowska")),

dict(id="pl29", kind="registration", client="android", ev=2, frm="Mateusz Czarnecki <mateusz.czarnecki@offshore-pl.pl>",
     subj="Forum",
     body="""Dzień dobry, proszę dopisać mnie do uczestników forum. Mateusz Czarnecki, Offshore Serwis Bałtyk Sp. z o.o., Gdynia""",
     L=dict(name="Mateusz Czarnecki", org="Offshore Serwis Bałtyk Sp. z o.o.", orgc="Offshore Serwis Bałtyk", cc="PL")),

dict(id="pl30", kind="registration", client="gmail", frm="Kinga Ostrowska <kinga.ostrowska@klaster-mody.pl>",
     subj="Formularz zgłoszeniowy",
     body="""Imię i nazwisko: Kinga Ostrowska
Organizacja: Łódzki Klaster Mody i Tekstyliów
Kraj: Polska
Doświadczenie: dopiero zaczynamy""",
     L=dict(name="Kinga Ostrowska", org="Łódzki Klaster Mody i Tekstyliów", orgc="Klaster Mody i Tekstyliów", cc="PL",
            exp="starting")),
]

# Second batch (appended: earlier mails keep their half).
MAILS += [
dict(id="pl31", kind="registration", client="outlook", cs="windows-1250",
     frm="\"dr inż. Bartosz Głowacki\" <bartosz.glowacki@pg-partner.edu.pl>",
     subj="Zgłoszenie udziału w warsztatach w Rydze",
     body="""Szanowni Państwo,

uprzejmie informuję, że zgłaszam chęć udziału w warsztatach "Cluster internationalisation – Why and how to do it?" w dniach 2–3 czerwca br.

Od kilku lat współpracuję z pomorskimi klastrami przy projektach Interreg, a obecnie przygotowujemy wspólną strategię wejścia na rynki skandynawskie.

Z wyrazami szacunku

dr inż. Bartosz Głowacki
Centrum Transferu Technologii
Politechnika Gdańska
ul. Narutowicza 11/12, 80-233 Gdańsk""",
     L=dict(name="Bartosz Głowacki", org="Politechnika Gdańska", orgc="Politechnika Gdańska", cc="PL")),

dict(id="pl32", kind="on_behalf", client="outlook", cs="utf-8", frm="Iwona Jasińska <iwona.jasinska@klaster-drzewny.com.pl>",
     subj="Zgłoszenie - 3 osoby",
     body="(html)",
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p class=MsoNormal>Dzień dobry,</p>
<p class=MsoNormal>z naszego klastra zgłaszamy trzy osoby:</p>
<table border=1 cellpadding=4 style="border-collapse:collapse">
<tr><td>Iwona Jasińska</td><td>iwona.jasinska@klaster-drzewny.com.pl</td></tr>
<tr><td>Wojciech Pietrzak</td><td>w.pietrzak@klaster-drzewny.com.pl</td></tr>
<tr><td>Aneta Błaszczyk</td><td>aneta.blaszczyk@klaster-drzewny.com.pl</td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Pozdrawiam serdecznie<br>Iwona Jasińska<br>Dyrektor biura<br>Wielkopolski Klaster Drzewny<br>Poznań</p>
</body></html>
""",
     L=dict(name="Iwona Jasińska", org="Wielkopolski Klaster Drzewny", cc="PL",
            parts=[("iwona.jasinska@klaster-drzewny.com.pl", "Iwona Jasińska"),
                   ("w.pietrzak@klaster-drzewny.com.pl", "Wojciech Pietrzak"),
                   ("aneta.blaszczyk@klaster-drzewny.com.pl", "Aneta Błaszczyk")])),

dict(id="pl33", kind="cancellation", client="gmail", quote=True, frm="Zofia Kalinowska <zofia.kalinowska@klaster-zdrowia.pl>",
     ack=dict(name="Zofia Kalinowska", org="Klaster Zdrowia i Innowacji", country="Polska"),
     body="""Dzień dobry,

niestety muszę zrezygnować z udziału w warsztatach z przyczyn zdrowotnych. Bardzo przepraszam i mam nadzieję, że uda się przy następnej okazji.

Pozdrawiam
Zofia Kalinowska""",
     L=dict(I=["cancellation"], name="Zofia Kalinowska")),

dict(id="pl34", kind="auto_reply", client="plain", cs="iso-8859-2", cte="qp", frm="Henryk Mazurek <henryk.mazurek@arp-partner.pl>",
     subj="Nieobecność w biurze",
     body="""Dzień dobry,

do 26 kwietnia przebywam na urlopie. W sprawach pilnych proszę o kontakt z sekretariatem: sekretariat@arp-partner.pl.

Henryk Mazurek""",
     L=dict(I=[], auto="auto_reply")),

dict(id="pl35", kind="update", client="outlook", quote=True, frm="Paulina Wrona <paulina.wrona@frpi.org.pl>",
     ack=dict(name="Paulina Wrona", org="FRPI", country="Polska"),
     body="""Dzień dobry,

proszę o zmianę nazwy organizacji na pełną: Fundacja Rozwoju Przedsiębiorczości i Innowacji.

Dziękuję,
Paulina Wrona""",
     L=dict(I=["update"], name="Paulina Wrona", org="Fundacja Rozwoju Przedsiębiorczości i Innowacji",
            orgc="Rozwoju Przedsiębiorczości i Innowacji", cc="PL")),
]

MAILS += [
dict(id="pl36", kind="forwarded", client="outlook", ev=2, fwd=2, frm="Jakub Nowakowski <jakub.nowakowski@port-tech.pl>",
     body="""Dzień dobry,

dostałem to zaproszenie od znajomego z Tallina. Chciałbym się zarejestrować na forum 14 października - interesuje nas automatyzacja portów i logistyka morska.

Pozdrawiam
Jakub Nowakowski
Pomorskie Centrum Technologii Portowych
Gdynia""",
     L=dict(name="Jakub Nowakowski", org="Pomorskie Centrum Technologii Portowych", cc="PL")),
]

# Third batch: informal/typos, the second event, registration with a side question.
MAILS += [
dict(id="pl37", kind="registration", client="android", frm="Michał Wójtowicz <michal.wojtowicz@klaster-gier.pl>",
     subj="ryga",
     body="""czesc, chetnie bym pojechal do rygi 2-3 czerwca jesli jest miejsce. michal wojtowicz, Krakowski Klaster Gier. dzieki""",
     L=dict(name="Michał Wójtowicz", org="Krakowski Klaster Gier")),

dict(id="pl38", kind="registration", client="outlook", cs="windows-1250", ev=2, frm="Ewelina Górecka <ewelina.gorecka@klaster-portowy.pl>",
     subj="Rejestracja na Blue Economy Matchmaking Forum",
     body="""Dzień dobry,

proszę o rejestrację na forum w Tallinie 14 października. Spotkania B2B chciałabym odbyć z:
- dostawcami rozwiązań do elektryfikacji portów,
- estońskimi i łotewskimi instytutami badań morskich.

Z poważaniem
Ewelina Górecka
Klaster Portowy Pomorze Zachodnie
Szczecin, Polska""",
     L=dict(name="Ewelina Górecka", org="Klaster Portowy Pomorze Zachodnie", cc="PL")),

dict(id="pl39", kind="registration", client="gmail", frm="Adam Sobczak <adam.sobczak@klaster-agro.pl>",
     subj="Rejestracja + pytanie",
     body="""Dzień dobry,

proszę o rejestrację na warsztaty. Mam też pytanie: czy przy miejscu wydarzenia jest parking? Przyjadę prawdopodobnie samochodem z Kowna, gdzie dzień wcześniej mam spotkanie.

Adam Sobczak
Klaster Agrotechniki Wielkopolska""",
     L=dict(I=["registration", "question"], name="Adam Sobczak", org="Klaster Agrotechniki Wielkopolska")),
]

# Fourth batch: replies in the writer's language under an acknowledgement that came in English.
MAILS += [
dict(id="pl40", kind="update", client="gmail", quote=True, ack_lang="en", frm="Tomasz Grabowski <tomasz.grabowski@klaster-bio.pl>",
     ack=dict(name="Tomasz Grabowski", org="Klaster Bio", country="Poland"),
     body="""Dzień dobry,

dziękuję za potwierdzenie. Pełna nazwa naszej organizacji to Klaster Biotechnologii i Biogospodarki Pomorza - proszę o poprawienie.

Pozdrawiam
Tomasz Grabowski""",
     L=dict(I=["update"], name="Tomasz Grabowski", org="Klaster Biotechnologii i Biogospodarki Pomorza",
            orgc="Biotechnologii i Biogospodarki", cc="PL")),
]

# ---------------------------------------------------------------- second writer (w2-*)
# Written by a second writer (see ../README.md), other people, situations and phrasings than above.
# Labels written with each mail, before regbot was run on any of them.
MAILS += [
dict(id="w2-pl01", kind="registration", client="outlook", frm="\"mgr inż. Tomasz Wiśniewski\" <t.wisniewski@wkm-mechatronika.pl>",
     subj="Zgłoszenie na warsztaty w Rydze",
     body="""Dzień dobry,

uprzejmie proszę o zarejestrowanie mnie na warsztaty w Rydze w dniach 2–3 czerwca. Pracuję w Wielkopolskim Klastrze Mechatronicznym, gdzie odpowiadam za współpracę zagraniczną. Od kilku lat organizujemy misje gospodarcze do Skandynawii, więc chętnie podzielę się doświadczeniami.

Z poważaniem
Tomasz Wiśniewski""",
     sig="""mgr inż. Tomasz Wiśniewski
Kierownik projektu
Wielkopolski Klaster Mechatroniczny
ul. Składowa 5, 61-897 Poznań
tel. +48 61 123 45 67""",
     L=dict(name="Tomasz Wiśniewski", org="Wielkopolski Klaster Mechatroniczny",
            orgnot=["Wielkopolskim Klastrze Mechatronicznym"], cc="PL", exp="experienced")),

dict(id="w2-pl02", kind="registration", client="gmail", frm="Agnieszka Kamińska <a.kaminska@frpi-lodz.pl>",
     subj="Warsztaty Ryga",
     body="""Dzień dobry,

chętnie wezmę udział w warsztatach. Proszę mnie zapisać na oba dni.

Pozdrawiam
Agnieszka""",
     sig="""Agnieszka Kamińska
Specjalista ds. współpracy międzynarodowej
Fundacja Rozwoju Przedsiębiorczości i Innowacji
Łódź""",
     L=dict(name="Agnieszka Kamińska", org="Fundacja Rozwoju Przedsiębiorczości i Innowacji", cc="PL")),

dict(id="w2-pl03", kind="question", client="outlook", frm="Krzysztof Lewandowski <k.lewandowski@klaster-drzewny.pl>",
     subj="Pytanie przed rejestracją",
     body="""Dzień dobry,

zanim się zarejestruję, chciałbym zapytać, czy udział jest bezpłatny i czy organizatorzy pomagają w rezerwacji hotelu w Rydze.

Z wyrazami szacunku
Krzysztof Lewandowski""",
     L=dict(I=["question"], name="Krzysztof Lewandowski")),

dict(id="w2-pl04", kind="cancellation", client="iphone", frm="Marta Wójcik <marta.wojcik@o2.pl>",
     subj="rezygnacja",
     body="""dzien dobry, niestety nie dam rady przyjechac. prosze o wykreslenie mnie z listy. pozdrawiam Marta""",
     L=dict(I=["cancellation"], name="Marta Wójcik")),

dict(id="w2-pl05", kind="on_behalf", client="outlook", frm="Joanna Sadowska <j.sadowska@baltyckiklaster.pl>",
     subj="Zgłoszenie udziału Pani Prezes",
     body="""Szanowni Państwo,

w imieniu Pani Prezes Ewy Nowakowskiej (ewa.nowakowska@baltyckiklaster.pl) zgłaszam jej udział w warsztatach w Rydze. Proszę o przesyłanie dalszych informacji bezpośrednio na jej adres.

Z poważaniem
Joanna Sadowska
Asystentka Zarządu
Bałtycki Klaster Energetyczny
Gdańsk""",
     L=dict(name="Joanna Sadowska", org="Bałtycki Klaster Energetyczny", cc="PL",
            parts=[("ewa.nowakowska@baltyckiklaster.pl", "Ewa Nowakowska")])),

dict(id="w2-pl06", kind="update", client="gmail", quote=True, frm="Piotr Grabowski <piotr.grabowski@mkti.pl>",
     ack=dict(name="Piotr Grabowski"),
     body="""Dzień dobry,

zapomniałem dodać: pracuję w Małopolskim Klastrze Technologii Informacyjnych. Proszę to uwzględnić na identyfikatorze.

Pozdrawiam
Piotr""",
     L=dict(I=["update"], name="Piotr Grabowski", org="Małopolski Klaster Technologii Informacyjnych",
            orgnot=["Małopolskim Klastrze Technologii Informacyjnych"])),

dict(id="w2-pl07", kind="question_in_request", client="android", frm="Katarzyna Zając <k.zajac@lubelski-eko.pl>",
     subj="Zapisy",
     body="""Dzień dobry, czy jest jeszcze możliwość zapisu? Jeśli tak, to bardzo proszę o rejestrację.

Katarzyna Zając
Lubelski Klaster Ekoenergetyczny""",
     L=dict(I=["registration"], Iopt=["question"], name="Katarzyna Zając", org="Lubelski Klaster Ekoenergetyczny")),

dict(id="w2-pl08", kind="auto_reply", client="plain", cs="iso-8859-2", cte="qp", frm="Adam Kaczmarek <adam.kaczmarek@izba-partner.pl>",
     subj="Odpowiedź automatyczna: Zgłoszenie",
     hdrs={"Auto-Submitted": "auto-replied"},
     body="""Dzień dobry,

jestem na urlopie do 27 kwietnia. W pilnych sprawach proszę o kontakt z biurem: biuro@izba-partner.pl.

Adam Kaczmarek""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w2-pl09", kind="idea_only", client="thunderbird", frm="Beata Kowalczyk <beata.kowalczyk@ug-ekonomia.pl>",
     subj="Propozycja tematu",
     body="""Szanowni Państwo,

niestety nie będę mogła przyjechać do Rygi, ale mam propozycję tematu na drugi dzień: jak klastry mogą wspólnie korzystać z biur handlowych za granicą, zamiast każdy budować własną sieć kontaktów.

Łączę pozdrowienia""",
     sig="""dr hab. Beata Kowalczyk, prof. UG
Wydział Ekonomiczny
Uniwersytet Gdański""",
     L=dict(I=["idea"], name="Beata Kowalczyk", org="Uniwersytet Gdański")),

dict(id="w2-pl10", kind="forwarded", client="gmail", fwd=1, frm="Michał Szymański <michal.szymanski@ksp-wschod.pl>",
     body="""Dzień dobry,

kolega przesłał mi zaproszenie poniżej. Chciałbym się zapisać na warsztaty.

Pozdrawiam
Michał""",
     sig="""Michał Szymański
Kierownik projektu
Klaster Spożywczy Polski Wschodniej
Białystok""",
     L=dict(name="Michał Szymański", org="Klaster Spożywczy Polski Wschodniej", cc="PL")),
dict(id="w2-pl11", kind="registration_note", client="html_only", cs="iso-8859-2", frm="Ewelina Pawlak <e.pawlak@kp-klaster-chem.pl>",
     subj="Rejestracja - Ewelina Pawlak",
     html="""<html><head><meta charset="iso-8859-2"></head><body style="font-family:Tahoma;font-size:10pt">
<p>Dzień dobry,</p>
<p>zgłaszam swój udział w warsztatach w Rydze. Uprzejmie proszę o posiłki bezglutenowe.</p>
<p>Z poważaniem<br>
Ewelina Pawlak<br>
Koordynator ds. projektów międzynarodowych<br>
Kujawsko-Pomorski Klaster Chemiczny<br>
ul. Toruńska 8, 85-950 Bydgoszcz</p>
</body></html>
""",
     body="(html only)",
     L=dict(name="Ewelina Pawlak", org="Kujawsko-Pomorski Klaster Chemiczny", cc="PL", note=True)),
dict(id="w2-pl12", kind="registration", client="outlook", frm="Dorota Jabłońska <d.jablonska@mkl-krakow.pl>",
     subj="Zgłoszenie",
     body="""Dzień dobry,

zgłaszam chęć udziału w warsztatach w Rydze. Będę obecna w oba dni.

Z poważaniem
Dorota Jabłońska
Specjalistka ds. projektów
Klaster Logistyki i Handlu
Kraków, Polska""",
     L=dict(name="Dorota Jabłońska", org="Klaster Logistyki i Handlu", cc="PL")),

dict(id="w2-pl13", kind="thanks", client="gmail", quote=True, frm="Robert Kołodziej <robert.kolodziej@klaster-it-slask.pl>",
     ack=dict(name="Robert Kołodziej", org="Śląski Klaster IT", country="Polska"),
     body="""Dziękuję, do zobaczenia w Rydze!""",
     L=dict(I=[], name="Robert Kołodziej")),

dict(id="w2-pl14", kind="on_behalf", client="outlook", quote=True, frm="Magdalena Kubacka <m.kubacka@klaster-meblarski.pl>",
     ack=dict(name="Magdalena Kubacka", org="Klaster Meblarski Polski Zachodniej", country="Polska"),
     body="""Dzień dobry,

niestety nie mogę przyjechać. Zamiast mnie przyjedzie kolega Paweł Kubiak (p.kubiak@klaster-meblarski.pl) – proszę o przepisanie rejestracji na niego.

Pozdrawiam
Magdalena Kubacka""",
     L=dict(I=["registration", "cancellation"], name="Magdalena Kubacka", org="Klaster Meblarski Polski Zachodniej",
            parts=[("m.kubacka@klaster-meblarski.pl", "Magdalena Kubacka"), ("p.kubiak@klaster-meblarski.pl", "Paweł Kubiak")])),
dict(id="w2-pl15", kind="registration", client="outlook", frm="Zielińska Anna <anna.zielinska@pkm-gdynia.pl>",
     subj="Rejestracja na warsztaty",
     body="""Dzień dobry,

proszę o rejestrację na warsztaty w Rydze. Nasz klaster dopiero zaczyna działalność międzynarodową, dlatego temat jest dla nas bardzo ważny.

Pozdrawiam
Anna Zielińska
Pomorski Klaster Morski
Gdynia""",
     L=dict(name="Anna Zielińska", org="Pomorski Klaster Morski", cc="PL", exp="starting")),

dict(id="w2-pl16", kind="question", client="gmail", frm="Grzegorz Sikora <grzegorz.sikora@wp.pl>",
     subj="Pytanie o warsztaty",
     body="""Dzień dobry,

czy w warsztatach mogą wziąć udział także przedstawiciele firm, czy tylko koordynatorzy klastrów? Prowadzę małą firmę transportową i zastanawiam się, czy jest sens się zgłaszać.

Pozdrawiam
Grzegorz Sikora""",
     L=dict(I=["question"], name="Grzegorz Sikora")),
dict(id="w2-pl17", kind="registration", client="gmail", frm="Łukasz Wróblewski <lukasz.wroblewski@kis-klaster.pl>",
     subj="Udział w warsztatach",
     body="""Dzień dobry,

od dwóch lat kieruję Klastrem Innowacji Społecznych i chciałbym wziąć udział w warsztatach w Rydze. Proszę o rejestrację.

Łukasz Wróblewski""",
     L=dict(name="Łukasz Wróblewski", org="Klaster Innowacji Społecznych", orgnot=["Klastrem Innowacji Społecznych"])),

dict(id="w2-pl18", kind="auto_reply", client="outlook", frm="Halina Czarnecka <halina.czarnecka@izba-morska-partner.pl>",
     subj="Nieobecność: Rejestracja",
     body="""Dzień dobry,

jestem nieobecna w biurze do 2 maja. W sprawach pilnych proszę kontaktować się z sekretariatem: sekretariat@izba-morska-partner.pl.

Halina Czarnecka""",
     L=dict(I=[], auto="auto_reply")),
]

# ---------------------------------------------------------------- fourth writer (w4-*)
# Written by a fourth writer (see ../README.md): other people, situations and phrasings than above,
# not translations of earlier mails. Labels written with each mail, before regbot or score.py was
# run on any of them.
MAILS += [
dict(id="w4-pl01", kind="registration_note", client="outlook", frm="Aleksandra Cieślak <aleksandra.cieslak@mkict-test.pl>",
     subj="Zgłoszenie na warsztaty w Rydze",
     body="""Dzień dobry,

chciałabym zgłosić swój udział w warsztatach „Cluster internationalisation – Why and how to do it?” w Rydze (2–3 czerwca). Pracuję w Mazowieckim Klastrze ICT, gdzie od trzech lat odpowiadam za misje gospodarcze naszych członków do krajów nordyckich.

Mam przy okazji dwa pytania:
– czy organizatorzy przewidują pulę pokoi hotelowych w preferencyjnej cenie?
– jestem weganką – czy będzie możliwość zamówienia posiłków wegańskich?

Bardzo cieszy mnie blok o finansowaniu w pierwszym dniu, to u nas temat numer jeden.

Z poważaniem
Aleksandra Cieślak""",
     sig="""International Relations Manager
Mazowiecki Klaster ICT
ul. Chmielna 73, 00-801 Warszawa
tel. +48 22 555 01 77
www.mkict-test.pl""",
     L=dict(I=["registration", "question"], name="Aleksandra Cieślak", org="Mazowiecki Klaster ICT",
            orgnot=["Mazowieckim Klastrze ICT"], cc="PL", exp="experienced", note=True)),

dict(id="w4-pl02", kind="registration", client="gmail", frm="Bartek Kędzierski <b.kedzierski@klastermeblowy-test.pl>",
     subj="Ryga - zgłoszenie",
     body="""Dzień dobry,

zgłaszam się na warsztaty w Rydze, będę oba dni.

Pozdrawiam
Bartek""",
     sig="""Bartłomiej Kędzierski
Prezes Zarządu
Klaster Meblowy Wielkopolska""",
     L=dict(name="Bartłomiej Kędzierski", org="Klaster Meblowy Wielkopolska")),

dict(id="w4-pl03", kind="on_behalf", client="outlook", frm="Wiesław Bednarek <wieslaw.bednarek@pkm-test.pl>",
     subj="Zgłoszenie uczestniczki",
     body="""Dzień dobry,

niestety sam nie dam rady przyjechać do Rygi, ale chciałbym zgłosić naszą koordynatorkę projektów, Panią Monikę Rutkowską (monika.rutkowska@pkm-test.pl). Pani Monika będzie obecna w oba dni.

Z wyrazami szacunku
Wiesław Bednarek""",
     sig="""Dyrektor
Pomorski Klaster Morski
ul. Portowa 8, 81-350 Gdynia""",
     L=dict(name="Wiesław Bednarek", org="Pomorski Klaster Morski", cc="PL",
            parts=[("monika.rutkowska@pkm-test.pl", "Monika Rutkowska")])),

dict(id="w4-pl04", kind="update", client="android", quote=True, frm="Agnieszka Pietrzyk <agnieszka.pietrzyk@bioenergia-test.pl>",
     ack=dict(name="Agnieszka Pietrzyk", org="Klaster Bioenergia dla Regionu", country="Polska"),
     body="""Dzień dobry, dziękuję za potwierdzenie. Mam prośbę o poprawkę: moje nazwisko jest dwuczłonowe, Agnieszka Pietrzyk-Sowa – proszę tak wpisać na identyfikatorze.""",
     L=dict(I=["update"], name="Agnieszka Pietrzyk-Sowa")),

dict(id="w4-pl05", kind="question", client="thunderbird", frm='"Kubiak, Jarosław" <jaroslaw.kubiak@umwl-test.pl>',
     subj="Pytanie o uczestników",
     body="""Dzień dobry,

czy w warsztatach mogą wziąć udział także przedstawiciele samorządu województwa? Zajmujemy się wsparciem klastrów w regionie i temat bardzo nas interesuje, ale nie chcielibyśmy zajmować miejsc przeznaczonych dla klastrów. Jeśli tak, prześlę zgłoszenie osobno.

Z poważaniem""",
     sig="""Jarosław Kubiak
Departament Gospodarki i Innowacji
Urząd Marszałkowski Województwa Lubelskiego""",
     L=dict(I=["question"], name="Jarosław Kubiak", org="Urząd Marszałkowski Województwa Lubelskiego")),

dict(id="w4-pl06", kind="cancellation", client="iphone", frm="Ewa Marczak <ewa.marczak@klasterlogistyczny-test.pl>",
     subj="Rezygnacja",
     body="""Dzień dobry, niestety muszę odwołać swój udział w warsztatach – w tym terminie wypadł nam audyt. Przepraszam za kłopot!
Ewa Marczak""",
     L=dict(I=["cancellation"], name="Ewa Marczak")),

dict(id="w4-pl07", kind="update", client="outlook", quote=True, frm="Renata Gawrońska <renata.gawronska@kom-test.pl>",
     ack=dict(name="Renata Gawrońska", org="Klaster Obróbki Metali", country="Polska"),
     body="""Dzień dobry,

okazało się, że będę mogła być tylko pierwszego dnia. Drugiego dnia proszę mnie nie liczyć, również na obiad.

Pozdrawiam serdecznie
Renata Gawrońska""",
     L=dict(I=["update"], Iopt=["cancellation"], name="Renata Gawrońska", note=True)),

dict(id="w4-pl08", kind="registration_idea", client="gmail", frm="Paweł Zawadzki <pawel.zawadzki@kigo-test.pl>",
     subj="Rejestracja + pomysł na sesję",
     body="""Dzień dobry,

przy okazji rejestracji (proszę mnie wpisać na oba dni) chciałbym podsunąć pomysł: może warto dodać krótką sesję o tym, jak klastry mogą wspólnie korzystać z programu Interreg Południowy Bałtyk? Chętnie opowiem o naszych doświadczeniach z dwóch ostatnich naborów.

Pozdrawiam
Paweł Zawadzki""",
     sig="""Klaster Innowacyjnej Gospodarki Odpadowej
Białystok""",
     L=dict(I=["registration", "idea"], name="Paweł Zawadzki", org="Klaster Innowacyjnej Gospodarki Odpadowej", cc="PL",
            unscored=["experience"])),

dict(id="w4-pl09", kind="auto_reply", client="outlook", frm="Konrad Sowiński <konrad.sowinski@klaster-ict-test.pl>",
     subj="Automatyczna odpowiedź: Zgłoszenie",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Dzień dobry,

do 6 maja przebywam poza biurem. Wiadomości nie są przekazywane dalej. W pilnych sprawach proszę dzwonić: +48 58 555 12 12.

I am out of the office until 6 May. Your message will not be forwarded.""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w4-pl10", kind="auto_reply", client="gmail", frm="Hanna Lipińska <hanna.lipinska@gmail.com>",
     subj="Re: Warsztaty w Rydze",
     body="""Dziękuję za wiadomość. Do 12 maja jestem na zwolnieniu i nie mam dostępu do poczty. W pilnych sprawach proszę pisać na sekretariat@klaster-zdrowia-test.pl.

Hanna Lipińska""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w4-pl11", kind="thanks", client="gmail", quote=True, frm="Damian Kurek <damian.kurek@skl-test.pl>",
     ack=dict(name="Damian Kurek", org="Śląski Klaster Lotniczy", country="Polska"),
     body="""Dziękuję, wszystko się zgadza. Do zobaczenia w Rydze!

Damian""",
     L=dict(I=[], name="Damian Kurek")),

dict(id="w4-pl12", kind="registration", client="outlook", ev=2, frm='"Dr. Marcin Wrzesiński" <m.wrzesinski@bos-offshore-test.pl>',
     subj="Registration - Blue Economy Matchmaking Forum",
     body="""Dear Sir or Madam,

I would like to register for the Blue Economy Matchmaking Forum in Tallinn on 14 October. We are interested in meetings on offshore wind service vessels and port logistics.

Kind regards,
Marcin Wrzesiński""",
     sig="""Dr. Marcin Wrzesiński
Head of R&D
Baltic Offshore Services Sp. z o.o.
ul. Hutnicza 40, 81-061 Gdynia, Poland

Ta wiadomość może zawierać informacje poufne. Jeżeli nie jest Pan/Pani jej adresatem, prosimy o powiadomienie nadawcy i usunięcie wiadomości. Baltic Offshore Services Sp. z o.o., Sąd Rejonowy Gdańsk-Północ, KRS 0000123456, kapitał zakładowy 50 000 zł.""",
     L=dict(lang="en", name="Marcin Wrzesiński", org="Baltic Offshore Services Sp. z o.o.", orgc="Baltic Offshore Services",
            cc="PL")),

dict(id="w4-pl13", kind="forwarded", client="android", fwd=1, frm="Oliwia Maciejewska <oliwia.maciejewska@gmail.com>",
     body="""Proszę o rejestrację. Oliwia Maciejewska, Klaster Turystyczny Warmii""",
     L=dict(name="Oliwia Maciejewska", org="Klaster Turystyczny Warmii")),

dict(id="w4-pl14", kind="on_behalf", client="outlook", frm="Ilona Kasprzak <ilona.kasprzak@ekobud-test.pl>",
     subj="Zgłoszenie 3 osób",
     body="""Dzień dobry,

zgłaszam siebie oraz dwie osoby z naszego zespołu: Tomasza Mroczka (t.mroczek@ekobud-test.pl) i Kamilę Zych – Kamila dopiero zaczęła u nas pracę i nie ma jeszcze służbowego maila, więc informacje dla niej proszę przesyłać do mnie.

Pozdrawiam
Ilona Kasprzak""",
     sig="""Klaster Budownictwa Ekologicznego
Rzeszów""",
     L=dict(name="Ilona Kasprzak", org="Klaster Budownictwa Ekologicznego", cc="PL", review="on_behalf_without_address",
            parts=[("ilona.kasprzak@ekobud-test.pl", "Ilona Kasprzak"), ("t.mroczek@ekobud-test.pl", "Tomasz Mroczek"),
                   (None, "Kamila Zych")])),

dict(id="w4-pl15", kind="question", client="html_only", cs="iso-8859-2", frm="Sylwia Borowiec <s.borowiec@frp-test.pl>",
     subj="Wiza dla partnera z Ukrainy",
     body="""Dzień dobry,

jestem już zarejestrowana. Chciałabym zapytać, czy organizatorzy mogą wystawić zaproszenie potrzebne do wizy dla naszego partnera z Ukrainy, który też chciałby przyjechać? Jeśli tak, jakie dane są potrzebne?

Z poważaniem
Sylwia Borowiec
Fundacja Rozwoju Przedsiębiorczości
Lublin""",
     L=dict(I=["question"], name="Sylwia Borowiec", org="Fundacja Rozwoju Przedsiębiorczości", cc="PL")),

dict(id="w4-pl16", kind="list", client="outlook", frm="Newsletter Klastrów Pomorza <newsletter@klastry-pomorza-test.pl>",
     to="register@event.test",
     subj="Newsletter maj 2027: nabory, wydarzenia, nowi członkowie",
     hdrs={"List-Id": "Newsletter Klastrow Pomorza <newsletter.klastry-pomorza-test.pl>",
           "List-Unsubscribe": "<https://klastry-pomorza-test.pl/wypisz?u=4b7e>",
           "Precedence": "bulk"},
     body="""Newsletter Klastrów Pomorza – maj 2027

1. Warsztaty o internacjonalizacji klastrów w Rydze, 2–3 czerwca – zarejestruj się, odpowiadając organizatorom
2. Nowy nabór na projekty współpracy międzyklastrowej
3. Witamy trzech nowych członków

Otrzymujesz ten newsletter, ponieważ zapisałeś się na klastry-pomorza-test.pl. Wypisz się: https://klastry-pomorza-test.pl/wypisz""",
     L=dict(I=[], auto="bulk")),
]

# The sixth writer's mails (source ids w6-pl…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w6-pl01", kind="registration", client="outlook", frm="Agnieszka Wrona <a.wrona@klaster-wodny.pl>",
     subj="Zgłoszenie udziału – warsztaty w Rydze",
     body="""Dzień dobry,

nazywam się Agnieszka Wrona i od dwóch lat koordynuję współpracę międzynarodową w Pomorskim Klastrze Technologii Wodnych. Chciałabym zgłosić swój udział w warsztatach w Rydze w dniach 2–3 czerwca. Mamy już za sobą kilka misji gospodarczych (Niemcy, Dania), więc chętnie podzielę się doświadczeniami z innymi uczestnikami.

Z poważaniem
Agnieszka Wrona""",
     sig="""mgr inż. Agnieszka Wrona
Koordynator ds. współpracy międzynarodowej
Pomorski Klaster Technologii Wodnych
ul. Długie Ogrody 8, 80-765 Gdańsk
tel. +48 58 320 44 19""",
     L=dict(name="Agnieszka Wrona", org="Pomorski Klaster Technologii Wodnych", cc="PL", exp="experienced")),

dict(id="w6-pl02", kind="registration", client="gmail", frm="Bartosz Kmiecik <bartosz.kmiecik@gmail.com>",
     subj="Re: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Dzień dobry,

dziękuję za zaproszenie na warsztaty. Temat bardzo nam odpowiada, ale wyjazd musi jeszcze zatwierdzić zarząd klastra – posiedzenie mamy 12 maja. Jeśli dostanę zielone światło, od razu napiszę z prośbą o rejestrację.

Pozdrawiam
Bartosz Kmiecik
Wielkopolski Klaster Opakowań""",
     L=dict(I=[], Iopt=["registration"], name="Bartosz Kmiecik", org="Wielkopolski Klaster Opakowań")),

dict(id="w6-pl03", kind="question_in_request", client="outlook", frm="Katarzyna Dudek <katarzyna.dudek@klaster-wlokien.pl>",
     subj="Wolne miejsca?",
     body="""Dzień dobry,

czy są jeszcze wolne miejsca na warsztaty w Rydze? Jeśli tak, proszę o zapisanie mnie oraz mojej koleżanki Moniki Zając (monika.zajac@klaster-wlokien.pl). Obie reprezentujemy Klaster Włókien Technicznych z Łodzi.

Pozdrawiam serdecznie
Katarzyna Dudek
Specjalista ds. projektów""",
     L=dict(I=["registration"], Iopt=["question"], name="Katarzyna Dudek", org="Klaster Włókien Technicznych", cc="PL",
            parts=[("katarzyna.dudek@klaster-wlokien.pl", "Katarzyna Dudek"), ("monika.zajac@klaster-wlokien.pl", "Monika Zając")])),

dict(id="w6-pl04", kind="on_behalf", client="outlook", frm="Piotr Malinowski <piotr.malinowski@energia-podlasie.pl>",
     subj="Zmiana uczestnika",
     body="""Dzień dobry,

w marcu zarejestrowałem się na warsztaty, ale niestety nie będę mógł przyjechać – w tym samym terminie mamy audyt projektu. Zamiast mnie pojedzie nasza analityczka, Pani Joanna Kowalczyk (j.kowalczyk@energia-podlasie.pl). Proszę o przepisanie rejestracji na nią.

Dziękuję i pozdrawiam""",
     sig="""Piotr Malinowski
Dyrektor
Podlaski Klaster Bioenergii
Białystok""",
     L=dict(I=["registration", "cancellation"], name="Piotr Malinowski", org="Podlaski Klaster Bioenergii", cc="PL",
            parts=[("piotr.malinowski@energia-podlasie.pl", "Piotr Malinowski"),
                   ("j.kowalczyk@energia-podlasie.pl", "Joanna Kowalczyk")])),

dict(id="w6-pl05", kind="update", client="gmail", quote=True, frm="Grzegorz Lewandowki <grzegorz.lewandowski@klaster-ict.pl>",
     ack=dict(name="Grzegorz Lewandowki", org="Klaster ICT Mazowsze", country="Polska"),
     body="""Dzień dobry,

w potwierdzeniu jest błąd w nazwisku – poprawnie: Lewandowski (przez „s” przed „k”). Literówka wzięła się z mojego programu pocztowego, już to poprawiłem. Proszę o korektę, zwłaszcza na identyfikatorze.

Pozdrawiam
Grzegorz""",
     L=dict(I=["update"], name="Grzegorz Lewandowski")),

dict(id="w6-pl06", kind="registration", client="outlook", frm="Marek Sobczak <marek.sobczak@kompozyty-podkarpacie.pl>",
     subj="Podziękowanie i kilka słów po Forum w Gdyni",
     body="""Szanowna Pani Ingo,

chciałem jeszcze raz podziękować za zaproszenie na panel podczas marcowego forum w Gdyni. Dla naszego klastra była to pierwsza okazja, żeby pokazać się partnerom z krajów bałtyckich, i już mamy efekty: dwie firmy z Estonii odezwały się w sprawie recyklingu kompozytów, a z jedną z nich planujemy wspólną wizytę studyjną jesienią.

Przesyłam też link do krótkiego artykułu, który napisaliśmy po forum do naszego biuletynu – może przyda się Państwu do podsumowania projektu: https://kompozyty-podkarpacie.pl/aktualnosci/forum-gdynia

Przy okazji – oczywiście przyjadę na warsztaty do Rygi 2–3 czerwca, proszę mnie dopisać do listy. Tym razem już bez prezentacji, chętnie posłucham innych.

Łączę pozdrowienia z Rzeszowa""",
     sig="""Marek Sobczak
Prezes Zarządu
Podkarpacki Klaster Kompozytów
Rzeszów""",
     L=dict(name="Marek Sobczak", org="Podkarpacki Klaster Kompozytów", cc="PL")),

dict(id="w6-pl07", kind="auto_reply", client="outlook", frm="Ewa Jabłońska <ewa.jablonska@medklaster.pl>",
     subj="Automatyczna odpowiedź: Warsztaty w Rydze – informacje praktyczne",
     body="""Dzień dobry,

dziękuję za wiadomość. Do 20 maja przebywam na zwolnieniu lekarskim i nie mam dostępu do poczty. W sprawach pilnych proszę pisać na adres sekretariat@medklaster.pl.

Ewa Jabłońska""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w6-pl08", kind="idea_only", client="thunderbird", cs="iso-8859-2", cte="qp", frm="dr hab. Paweł Jarosz <pawel.jarosz@ug-test.edu.pl>",
     subj="Propozycja tematu na sesję warsztatową",
     body="""Szanowni Państwo,

nie wiem jeszcze, czy uda mi się dotrzeć do Rygi, ale chciałbym zaproponować temat na sesję w małych grupach: „Jak mierzyć efekty internacjonalizacji klastra?” – czyli jakie wskaźniki (poza liczbą wyjazdów i podpisanych kontraktów) warto zbierać, żeby przekonać członków i instytucje finansujące. Prowadzimy na ten temat badania i mogę przygotować krótką ankietę do wypełnienia przez uczestników przed warsztatami.

Z wyrazami szacunku
Paweł Jarosz""",
     sig="""dr hab. Paweł Jarosz, prof. UG
Katedra Zarządzania Innowacjami
Uniwersytet Gdański""",
     L=dict(I=["idea"], name="Paweł Jarosz", org="Uniwersytet Gdański")),

dict(id="w6-pl09", kind="thanks", client="android", quote=True, frm="Łukasz Mazur <lukasz.mazur@wp.pl>",
     ack=dict(name="Łukasz Mazur", org="Klaster Narzędziowy", country="Polska"),
     body="""Ok, dzięki. Do zobaczenia w Rydze""",
     L=dict(I=[], name="Łukasz Mazur")),

dict(id="w6-pl10", kind="cancellation", client="iphone", frm="Magdalena Pawlak <magda.pawlak@onet.pl>",
     subj="rezygnacja",
     body="""dzien dobry, niestety musze odwolac swoj udzial w warsztatach 2-3 czerwca, wypadl mi wazny wyjazd sluzbowy do Brukseli. przepraszam za klopot
pozdrawiam Magdalena Pawlak, Klaster Turystyki Zachodniopomorskiej""",
     L=dict(I=["cancellation"], name="Magdalena Pawlak", org="Klaster Turystyki Zachodniopomorskiej")),

dict(id="w6-pl11", kind="registration", client="gmail", ev=2, frm="Robert Zieliński <robert.zielinski@offshore-baltyk.pl>",
     subj="Zgłoszenie – Matchmaking Forum Tallinn",
     body="""Dzień dobry,

zgłaszam swój udział w Blue Economy Matchmaking Forum 14 października w Tallinie.

Interesujące mnie tematy: serwis morskich farm wiatrowych, logistyka portowa, szkolenia dla techników.""",
     sig="""Robert Zieliński
Bałtycki Klaster Morskiej Energetyki Wiatrowej
Szczecin, Polska""",
     L=dict(name="Robert Zieliński", org="Bałtycki Klaster Morskiej Energetyki Wiatrowej", cc="PL")),

dict(id="w6-pl12", kind="registration", client="android", frm="Dorota Kaczmarek <dorota.kaczmarek@klaster-spozywczy.pl>",
     subj="Warsztaty Ryga",
     body="""Dzień dobry, proszę o rejestrację na warsztaty 2-3 czerwca.
Dorota Kaczmarek
Lubelski Klaster Przetwórstwa Spożywczego""",
     L=dict(name="Dorota Kaczmarek", org="Lubelski Klaster Przetwórstwa Spożywczego")),
]

# The eighth writer's mails (source ids w8-pl…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w8-pl01", kind="registration", client="android", frm="Lukasz Wasilewski <lukasz.wasilewski@klaster-jachtowy.pl>",
     subj="warsztaty ryga",
     body="""Dzien dobry, prosze o zapisanie mnie na warsztaty w Rydze 2-3.06. Lukasz Wasilewski, Warminsko-Mazurski Klaster Jachtowy, Olsztyn. Doswiadczenia w tematach miedzynarodowych mamy sporo (targi w Hanowerze co roku).
Pozdrawiam""",
     L=dict(name="Lukasz Wasilewski", org="Warminsko-Mazurski Klaster Jachtowy", orgc="Klaster Jachtowy", cc="PL", exp="experienced")),

dict(id="w8-pl02", kind="registration_note", client="outlook", frm="Magdalena Jaworska <m.jaworska@lubuskie-odlewnie.pl>",
     subj="Warsztaty w Rydze – zgłoszenie",
     body="""Dzień dobry,

zgłaszając swój udział w warsztatach 2–3 czerwca, proszę jednocześnie o uwzględnienie diety wegańskiej (bez glutenu, jeśli to możliwe) podczas lunchu i przerw kawowych.

Reprezentuję Lubuski Klaster Odlewniczy, jestem tam koordynatorką ds. współpracy zagranicznej od niedawna, więc dla mnie to dopiero początek.

Z poważaniem
Magdalena Jaworska""",
     sig="""Magdalena Jaworska
Lubuski Klaster Odlewniczy
ul. Kasprowicza 12, 65-001 Zielona Góra""",
     L=dict(name="Magdalena Jaworska", org="Lubuski Klaster Odlewniczy", cc="PL", exp="starting", note=True)),

dict(id="w8-pl03", kind="registration", client="outlook", frm="\"Zielińska, Beata\" <beata.zielinska@kompozyty-kalisz.pl>",
     subj="Udział w warsztatach – Klaster Obróbki Metali Ziemi Kaliskiej",
     body="""Szanowni Państwo,

w imieniu Klastra Obróbki Metali Ziemi Kaliskiej chciałabym potwierdzić swój udział w warsztatach dotyczących umiędzynarodowienia klastrów, które odbędą się w Rydze w dniach 2–3 czerwca 2027 r.

Z wyrazami szacunku""",
     sig="""dr inż. Beata Zielińska
Dyrektor ds. rozwoju
Klaster Obróbki Metali Ziemi Kaliskiej
ul. Częstochowska 140, 62-800 Kalisz
tel. +48 62 500 18 27

Klaster Obróbki Metali Ziemi Kaliskiej sp. z o.o., Sąd Rejonowy Poznań – Nowe Miasto i Wilda w Poznaniu, IX Wydział Gospodarczy KRS, KRS 0000912345, NIP 6181234567, kapitał zakładowy 50 000 zł.""",
     L=dict(name="Beata Zielińska", org="Klaster Obróbki Metali Ziemi Kaliskiej", orgc="Klaster Obróbki Metali Ziemi Kaliskiej",
            orgnot=["Klastra Obróbki Metali Ziemi Kaliskiej"], cc="PL")),

dict(id="w8-pl04", kind="question", client="gmail", frm="Jakub Lewandowski <jakub.lewandowski@podlaskie-biogaz.pl>",
     subj="Koszty podróży",
     body="""Dzień dobry,

czy organizatorzy pokrywają koszty podróży lub noclegu dla uczestników z Polski, np. w ramach jakiegoś projektu Interreg? Pytam, bo nasz klaster jest mały i bez dofinansowania raczej nie damy rady przyjechać. Jeśli nie, to też proszę o informację – wtedy poszukamy innych źródeł.

Pozdrawiam serdecznie
Jakub Lewandowski
Podlaski Klaster Biogazowy
Białystok""",
     L=dict(I=["question"], name="Jakub Lewandowski", org="Podlaski Klaster Biogazowy", cc="PL")),

dict(id="w8-pl05", kind="question", client="thunderbird", cs="iso-8859-2", cte="8bit", frm="Wojciech Szymański <w.szymanski@klaster-rolno-spozywczy.pl>",
     subj="Warsztaty w Rydze – wstępnie",
     body="""Dzień dobry,

bardzo chcielibyśmy przyjechać w 4 osoby, ale wszystko zależy od tego, czy uda nam się zorganizować wspólny transport busem z Białegostoku (przez Litwę). Odezwę się, jak tylko będę wiedział – myślę, że do połowy maja.

Pozdrawiam
Wojciech Szymański""",
     sig="""Wojciech Szymański
Wschodni Klaster Rolno-Spożywczy""",
     L=dict(I=[], Iopt=["registration"], name="Wojciech Szymański", org="Wschodni Klaster Rolno-Spożywczy")),

dict(id="w8-pl06", kind="cancellation", client="outlook", frm="Krzysztof Mazur <krzysztof.mazur@slaski-klaster-lotniczy.pl>",
     subj="Rezygnacja z udziału w warsztatach",
     body="""Szanowni Państwo,

uprzejmie informuję, że z przyczyn niezależnych ode mnie jestem zmuszony zrezygnować z udziału w warsztatach w Rydze (2–3 czerwca), na które zgłosiłem się w kwietniu. Przepraszam za kłopot i proszę o wykreślenie mnie z listy uczestników.

Z poważaniem
Krzysztof Mazur""",
     sig="""Krzysztof Mazur
Kierownik Projektów Międzynarodowych
Śląski Klaster Lotniczy
ul. Gliwicka 210, 40-860 Katowice

Treść tej wiadomości jest poufna i prawnie chroniona. Odbiorcą może być jedynie jej adresat z wyłączeniem dostępu osób trzecich. Jeżeli nie jest Pan/Pani adresatem tej wiadomości, jej rozpowszechnianie, kopiowanie lub inne działanie o podobnym charakterze jest prawnie zabronione.""",
     L=dict(I=["cancellation"], name="Krzysztof Mazur", org="Śląski Klaster Lotniczy", cc="PL")),

dict(id="w8-pl07", kind="update", client="gmail", quote=True, frm="Wiśniewska Marta <marta.wisniewska@mazowiecki-klaster-chemiczny.pl>",
     ack=dict(name="Wiśniewska Marta", org="Mazowiecki Klaster Chemiczny", country="Polska"),
     body="""Dzień dobry,

dziękuję za potwierdzenie. Widzę, że moje imię i nazwisko zapisało się odwrotnie (tak mam ustawione w poczcie, przepraszam) – na identyfikatorze powinno być: Marta Wiśniewska.

Pozdrawiam
Marta""",
     L=dict(I=["update"], name="Marta Wiśniewska", org="Mazowiecki Klaster Chemiczny")),

dict(id="w8-pl08", kind="list", client="plain", frm="Forum Klastrów Wielkopolski <forum-klastrow@lists.wlkp-klastry-test.pl>",
     to="forum-klastrow@lists.wlkp-klastry-test.pl", cc="register@event.test",
     subj="[forum-klastrow] Warsztaty w Rydze – kto jedzie?",
     hdrs={"List-Id": "Forum Klastrow Wielkopolski <forum-klastrow.lists.wlkp-klastry-test.pl>",
           "List-Post": "<mailto:forum-klastrow@lists.wlkp-klastry-test.pl>",
           "List-Unsubscribe": "<mailto:forum-klastrow-unsubscribe@lists.wlkp-klastry-test.pl>",
           "Precedence": "list"},
     body="""Cześć wszystkim,

czy ktoś z Was jedzie na warsztaty o internacjonalizacji do Rygi (2-3 czerwca)? Może zorganizujemy wspólny wyjazd z Poznania? Odpiszcie na listę.

Tomek

_______________________________________________
forum-klastrow mailing list
forum-klastrow@lists.wlkp-klastry-test.pl
https://lists.wlkp-klastry-test.pl/listinfo/forum-klastrow""",
     L=dict(I=[], auto="bulk")),

dict(id="w8-pl09", kind="idea_only", client="outlook", quote=True, frm="Paweł Kaczmarek <pawel.kaczmarek@stocznie-gdynia-test.pl>",
     ack=dict(name="Paweł Kaczmarek", org="Gdyński Klaster Stoczniowy", country="Polska"),
     body="""Dzień dobry,

skoro jestem już zapisany, mam propozycję: chętnie poprowadzę krótką, 15-minutową prezentację o tym, jak nasz klaster zbudował wspólną ofertę eksportową dla stoczni remontowych – z liczbami i błędami, które popełniliśmy po drodze. Czy w programie jest na to jeszcze miejsce?

Pozdrawiam
Paweł Kaczmarek""",
     L=dict(I=["idea"], Iopt=["question"], name="Paweł Kaczmarek", org="Gdyński Klaster Stoczniowy")),

dict(id="w8-pl10", kind="thanks", client="gmail", quote=True, frm="Anna Duda <anna.duda@agroturystyka-suwalki.pl>",
     ack=dict(name="Anna Duda", org="Klaster Agroturystyki Suwalszczyzny", country="Polska"),
     body="""Dziękuję, potwierdzam. Do zobaczenia w Rydze!

Anna Duda""",
     L=dict(I=[], Iopt=["registration"], name="Anna Duda")),

dict(id="w8-pl11", kind="auto_reply", client="outlook", frm="Biuro Klastra <biuro@klaster-ict-lodz.pl>",
     subj="Odp: Rejestracja potwierdzona: Cluster internationalisation – Why and how to do it?",
     body="""Dziękujemy za wiadomość.

Informujemy, że w dniach 1–5 maja biuro klastra jest nieczynne. Na wiadomości odpowiemy po 6 maja.

Łódzki Klaster ICT""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w8-pl12", kind="on_behalf", client="outlook", ev=2, frm="Grzegorz Wójcik <g.wojcik@pomorska-energetyka-morska.pl>",
     subj="Zgłoszenie dwóch osób – Forum w Tallinie 14.10",
     body="""Dzień dobry,

sam niestety nie mogę przyjechać, ale na Forum w Tallinie chciałbym zgłosić dwóch naszych pracowników:

– Michał Kubiak, inżynier ds. fundamentów morskich, michal.kubiak@pomorska-energetyka-morska.pl
– Adam Grabarczyk, specjalista ds. łańcucha dostaw (adres e-mail podam w przyszłym tygodniu, jest nowym pracownikiem)

Interesują nas spotkania z estońskimi i fińskimi stoczniami oraz portami w kontekście farm wiatrowych.

Z poważaniem
Grzegorz Wójcik
Prezes Zarządu
Stowarzyszenie Pomorska Energetyka Morska
Gdańsk""",
     L=dict(name="Grzegorz Wójcik", org="Stowarzyszenie Pomorska Energetyka Morska", cc="PL",
            parts=[("michal.kubiak@pomorska-energetyka-morska.pl", "Michał Kubiak"), (None, "Adam Grabarczyk")],
            review="on_behalf_without_address")),
]

# The tenth writer's mails (source ids w10-pl…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w10-pl01", kind="registration", client="thunderbird", cs="iso-8859-2", cte="qp", frm="Bartosz Zieliński <bartosz.zielinski@klaster-bursztyn-test.pl>",
     subj="Zgłoszenie – warsztaty w Rydze",
     body="""Dzień dobry,

od stycznia kieruję Pomorskim Klastrem Bursztynowym i chciałbym wziąć udział w warsztatach w Rydze (2–3 czerwca). Jeśli chodzi o działania międzynarodowe, to dopiero zaczynamy – do tej pory nasi członkowie sprzedawali głównie na rynku krajowym i turystom w Trójmieście.

Pozdrawiam serdecznie
Bartosz Zieliński""",
     sig="""Bartosz Zieliński
Prezes Zarządu
Pomorski Klaster Bursztynowy
ul. Grunwaldzka 472, 80-309 Gdańsk""",
     L=dict(name="Bartosz Zieliński", org="Pomorski Klaster Bursztynowy", orgnot=["Pomorskim Klastrem Bursztynowym"],
            cc="PL", exp="starting")),

dict(id="w10-pl02", kind="registration", client="outlook", frm="Monika Szczepaniak <m.szczepaniak@lodzkie-tekstylia-test.pl>",
     subj="Registration: Cluster internationalisation workshop, Riga",
     body="""Dear organisers,

following your invitation, here are my details for the workshop on 2–3 June:

- Name: Monika Szczepaniak
- Organisation: Łódź Textile and Fashion Cluster
- Country: Poland
- Experience: our member companies have been exporting for years, mostly to Germany and Scandinavia, and as a cluster we have run joint stands at trade fairs since 2016

I will attend both days.

Best regards,
Monika""",
     sig="""Monika Szczepaniak
International Cooperation Manager
Łódzki Klaster Tekstylno-Modowy
ul. Piotrkowska 102, 90-004 Łódź

Informacje zawarte w tej wiadomości są poufne i przeznaczone wyłącznie dla adresata. Administratorem Pani/Pana danych osobowych jest Łódzki Klaster Tekstylno-Modowy sp. z o.o. z siedzibą w Łodzi, KRS 0000612345, NIP 7251234567. Więcej informacji: www.lodzkie-tekstylia-test.pl/rodo""",
     # Judgement call: the badge organisation is the English name she gives in the "Organisation:" line,
     # not the Polish legal name of the signature and footer.
     L=dict(lang="en", name="Monika Szczepaniak", org="Łódź Textile and Fashion Cluster", cc="PL", exp="experienced")),

dict(id="w10-pl03", kind="on_behalf", client="outlook", frm="Grzegorz Pawlak <grzegorz.pawlak@klaster-meblowy-test.pl>",
     subj="Zgłoszenie pracownika na warsztaty",
     body="""Dzień dobry,

niestety sam nie dam rady przyjechać do Rygi, ale bardzo mi zależy, żeby ktoś od nas był. Zgłaszam więc naszego nowego koordynatora ds. eksportu, Pana Michała Górskiego (michal.gorski@klaster-meblowy-test.pl). Michał od marca odpowiada u nas za kontakty z organizatorami targów.

Z poważaniem
Grzegorz Pawlak
Dyrektor
Wielkopolski Klaster Meblowy
Swarzędz""",
     # The sender stays home: the colleague alone (accusative "Michała Górskiego" in the text).
     L=dict(name="Grzegorz Pawlak", org="Wielkopolski Klaster Meblowy",
            parts=[("michal.gorski@klaster-meblowy-test.pl", "Michał Górski")])),

dict(id="w10-pl04", kind="question", client="html_only", frm="Aleksandra Nowicka <a.nowicka@podlaski-klaster-spozywczy-test.pl>",
     subj="Transmisja online?",
     html="""<html><head><meta charset="utf-8"></head><body style="font-family:Tahoma,sans-serif;font-size:10pt">
<p>Dzień dobry,</p>
<p>zastanawiałam się, czy warsztaty będą transmitowane online albo przynajmniej nagrywane. Z Białegostoku do Rygi to dla nas cały dzień podróży w jedną stronę, a w czerwcu mamy w klastrze bardzo napięty kalendarz. Byłabym też wdzięczna za informację, czy prezentacje z pierwszego dnia zostaną potem udostępnione.</p>
<p>Pozdrawiam<br>
Aleksandra Nowicka<br>
Podlaski Klaster Spożywczy</p>
</body></html>
""",
     L=dict(I=["question"], name="Aleksandra Nowicka", org="Podlaski Klaster Spożywczy", cc="PL")),

dict(id="w10-pl05", kind="cancellation", client="android", frm="Jacek Wróbel <jacek.wrobel@klaster-kompozytow-test.pl>",
     subj="Re: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Dzień dobry, dziękuję za zaproszenie, ale w tym terminie nie damy rady – mamy audyt certyfikacyjny. Proszę o informację o kolejnych edycjach, chętnie skorzystamy następnym razem.
Jacek Wróbel
Rzeszowski Klaster Kompozytów""",
     # A decline of the invitation by someone never registered.
     L=dict(I=[], Iopt=["cancellation", "question"], name="Jacek Wróbel", org="Rzeszowski Klaster Kompozytów",
            unscored=["country"])),

dict(id="w10-pl06", kind="cancellation", client="outlook", quote=True, frm="Dorota Sowa <dorota.sowa@ekoenergia-wim-test.pl>",
     ack=dict(name="Dorota Sowa", org="Klaster Ekoenergetyczny Warmii i Mazur", country="Polska"),
     body="""Dzień dobry,

z przykrością muszę wycofać swoje zgłoszenie – na dni warsztatów mam wyznaczony zabieg, którego nie da się przełożyć.

Czy w takiej sytuacji mogłaby przyjechać zamiast mnie koleżanka z naszego klastra? Jeśli to możliwe, prześlę jej dane w osobnej wiadomości.

Pozdrawiam
Dorota Sowa""",
     # Judgement call: the question whether a colleague may come instead needs an answer, so it is
     # labelled required; the colleague is not registered by this mail.
     L=dict(I=["cancellation", "question"], name="Dorota Sowa", org="Klaster Ekoenergetyczny Warmii i Mazur")),

dict(id="w10-pl07", kind="update", client="gmail", quote=True, frm="Łukasz Jasiński <l.jasinski@vilnius-cleantech-test.lt>",
     ack=dict(name="Łukasz Jasiński", org="Vilnius Cleantech Hub", country="Polska"),
     body="""Dzień dobry,

dziękuję za potwierdzenie. Jedna poprawka: jako kraj wpisali Państwo Polskę, a nasz klaster ma siedzibę w Wilnie i na warsztatach reprezentuję Litwę. Jestem Polakiem, stąd pewnie zamieszanie :)

Pozdrawiam
Łukasz""",
     L=dict(I=["update"], name="Łukasz Jasiński", org="Vilnius Cleantech Hub", cc="LT")),

dict(id="w10-pl08", kind="auto_reply", client="plain", cs="iso-8859-2", cte="8bit", mailer="OTRS Mail Service",
     frm="Biuro Obsługi Klienta <bok@park-technologiczny-gdansk-test.pl>",
     subj="Potwierdzenie przyjęcia zgłoszenia nr 2027/05/0412",
     hdrs={"Auto-Submitted": "auto-replied", "X-OTRS-Loop": "yes"},
     body="""Szanowni Państwo,

dziękujemy za wiadomość. Państwa zgłoszenie zostało zarejestrowane pod numerem 2027/05/0412 i zostanie rozpatrzone w ciągu 3 dni roboczych.

Prosimy nie odpowiadać na tę wiadomość.

Biuro Obsługi Klienta
Gdański Park Technologiczny""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w10-pl09", kind="question", client="gmail", ev=2, frm="Tomasz Lis <tomasz.lis@klaster-tworzyw-bydgoszcz-test.pl>",
     subj="Pytanie o konferencję w Gdyni",
     body="""Dzień dobry,

piszę na ten adres, bo tylko taki znalazłem w zaproszeniu na forum w Tallinnie, ale moje pytanie dotyczy innego wydarzenia: czy listopadową konferencję BSR Maritime w Gdyni też organizują Państwo? Jeśli tak, do kogo mogę się zwrócić w sprawie zgłoszenia i czy jest już program?

Pozdrawiam
Tomasz Lis
Bydgoski Klaster Tworzyw Sztucznych
Bydgoszcz""",
     # A question about another event; nothing for this forum.
     L=dict(I=["question"], name="Tomasz Lis", org="Bydgoski Klaster Tworzyw Sztucznych", cc="PL")),

dict(id="w10-pl10", kind="registration_note", client="outlook", ev=2, frm="Rafał Baran <rafal.baran@hydroroboty-test.pl>",
     subj="Zgłoszenie na forum 14 października",
     body="""Dzień dobry Pani Kadri,

zgłaszam swój udział w Blue Economy Matchmaking Forum. Reprezentuję firmę Hydroroboty Sp. z o.o. ze Szczecina – budujemy bezzałogowe łodzie pomiarowe do inspekcji nabrzeży i dna portów.

Tematy rozmów: współpraca z zarządami portów w Estonii i Finlandii, partnerzy serwisowi, projekty badawcze z uczelniami.

Przyjedziemy samochodem z jednym demonstracyjnym egzemplarzem łodzi (ok. 2,5 m) – będę wdzięczny, jeśli da się zapewnić miejsce, gdzie można go wyładować i pokazać przy stoisku lub na zewnątrz.

Z wyrazami szacunku
Rafał Baran""",
     L=dict(I=["registration"], Iopt=["question"], name="Rafał Baran", org="Hydroroboty Sp. z o.o.", orgc="Hydroroboty",
            cc="PL", note=True)),

dict(id="w10-pl11", kind="question", client="gmail", frm="Ewelina Mazur <ewelina.mazur@lubelski-klaster-it-test.pl>",
     subj="Warsztaty w Rydze – wstępnie",
     body="""Dzień dobry,

bardzo chcielibyśmy przyjechać we dwie osoby, ale wszystko zależy od tego, czy dostaniemy dofinansowanie wyjazdu z projektu – decyzja ma zapaść w połowie maja. Na razie proszę nas nie zapisywać; odezwę się, jak tylko będę wiedziała.

Pozdrawiam
Ewelina Mazur
Lubelski Klaster Informatyczny""",
     # Judgement call: conditional, and she asks explicitly not to be registered yet, so registration
     # is not even optional here (unlike earlier writers' conditional answers).
     L=dict(I=[], name="Ewelina Mazur", org="Lubelski Klaster Informatyczny")),

dict(id="w10-pl12", kind="update", client="iphone", frm="Wojciech Krawczyk <w.krawczyk@klaster-wodorowy-test.pl>",
     subj="Dostępność sali",
     body="""Dzień dobry, jestem już zapisany na warsztaty, ale zapomniałem wtedy napisać, że poruszam się na wózku. Czy sala i toalety są dostępne? Przyjadę z asystentem, który nie bierze udziału w warsztatach. Wojciech Krawczyk""",
     # An access note after registering (update, as earlier writers label a note sent later) plus a question.
     L=dict(I=["update", "question"], name="Wojciech Krawczyk", note=True)),
]
