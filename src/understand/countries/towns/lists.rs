//! The towns of the region, by country, as one `|`-separated list each: the names as written
//! in their own language, a Swedish or Finnish twin name where a town has one ("Ekenäs",
//! "Tammisaari"), and Russian forms of the region's towns. Each list opens with the larger
//! cities (also in `countries::CITIES`), so that a case meaning "from" ("Pärnust", "Espoosta")
//! says where the sender travels from; capitals are left out (often only the venue or a
//! stopover).
//!
//! Left out: towns whose name or stem plus a short case ending spells an everyday word of a
//! language of the region ("Tranås" / "transfer", "Vanda" / Danish "vand", "Seda" / Estonian
//! "seda", "Stade" / Swedish "stad", "Pasvalys" / Latvian "pašvaldība", "Балтийск" /
//! "балтийский", "Police", "Give", "Ski", "Åre").

/// (code, towns separated by `|`).
pub(super) const TOWNS: &[(&str, &str)] = &[
    (
        "LV",
        "Liepāja|Jelgava|Daugavpils|Ventspils|Jūrmala|Valmiera|Cēsis|Rēzekne|Tukums|Sigulda|\
         Salaspils|Kuldīga|Talsi|Jēkabpils|Smiltene|Limbaži|Saldus|Bauska|Dobele|Madona|\
         Gulbene|Alūksne|Ludza|Krāslava|Aizkraukle|Valka|Preiļi|Olaine|Ķekava|Mārupe|Ādaži|\
         Даугавпилс|Лиепая|Юрмала|Елгава|Вентспилс|Резекне|Валмиера|Ogre|Kandava|Dundaga|Balvi|\
         Līvāni|Cesvaine|Iecava|Ikšķile|Baldone|Salacgrīva|Ainaži|Mazsalaca|Rūjiena|Strenči|\
         Aloja|Staicele|Lielvārde|Koknese|Pļaviņas|Viesīte|Aknīste|Ilūkste|Subate|Dagda|Zilupe|\
         Kārsava|Viļaka|Vangaži|Saulkrasti|Ropaži|Inčukalns|Kalnciems|Brocēni|Skrunda|Aizpute|\
         Pāvilosta|Grobiņa|Priekule|Vaiņode|Sabile|Mērsrags|Engure|Jaunjelgava|Nereta|\
         Vecumnieki|Rundāle|Ozolnieki|Carnikava|Auce|Varakļāni|Riebiņi|Krustpils|Огре|Салдус|\
         Талси|Кулдига|Тукумс|Сигулда|Цесис|Мадона|Бауска|Добеле|Екабпилс|Краслава|Лудза|\
         Алуксне|Гулбене|Валка|Айзкраукле|Саласпилс|Олайне|Лимбажи|Смилтене|Прейли|Балви",
    ),
    (
        "LT",
        "Kaunas|Klaipėda|Šiauliai|Panevėžys|Alytus|Marijampolė|Mažeikiai|Jonava|Utena|\
         Kėdainiai|Telšiai|Tauragė|Ukmergė|Visaginas|Palanga|Druskininkai|Plungė|Kretinga|\
         Šilutė|Radviliškis|Biržai|Rokiškis|Elektrėnai|Neringa|Клайпеда|Каунас|Шяуляй|\
         Паневежис|Паланга|Висагинас|Garliava|Jurbarkas|Raseiniai|Kelmė|Anykščiai|Molėtai|\
         Zarasai|Ignalina|Švenčionys|Trakai|Lentvaris|Grigiškės|Prienai|Birštonas|Kaišiadorys|\
         Širvintos|Šalčininkai|Lazdijai|Kalvarija|Vilkaviškis|Kybartai|Šakiai|Kupiškis|\
         Joniškis|Pakruojis|Kuršėnai|Naujoji Akmenė|Skuodas|Rietavas|Pagėgiai|Gargždai|\
         Kazlų Rūda|Vievis|Šilalė|Kaltinėnai|Ariogala|Алитус|Мариямполе|Укмерге|Друскининкай|\
         Тракай|Утена|Мажейкяй|Тельшяй|Таураге|Кедайняй|Йонава|Ионава|Шилуте|Плунге|Кретинга|\
         Неринга|Биржай|Рокишкис|Электренай",
    ),
    (
        "EE",
        "Tartu|Pärnu|Narva|Kohtla-Järve|Viljandi|Rakvere|Maardu|Kuressaare|Sillamäe|Valga|Võru|\
         Jõhvi|Haapsalu|Keila|Paide|Põlva|Rapla|Jõgeva|Нарва|Тарту|Пярну|Силламяэ|Кохтла-Ярве|\
         Йыхви|Saue|Kärdla|Otepää|Põltsamaa|Kiviõli|Narva-Jõesuu|Paldiski|Loksa|Räpina|Mustvee|\
         Kilingi-Nõmme|Antsla|Abja-Paluoja|Suure-Jaani|Lihula|Mõisaküla|Viimsi|Kuusalu|Tamsalu|\
         Väike-Maarja|Orissaare|Emmaste|Tõrva|Маарду|Вильянди|Раквере|Курессааре|Хаапсалу|\
         Валга|Выру|Кейла|Пайде|Пылва|Рапла|Йыгева|Кярдла|Отепя|Палдиски|Нарва-Йыэсуу",
    ),
    (
        "FI",
        "Tampere|Turku|Espoo|Oulu|Vantaa|Naantali|Raisio|Uusikaupunki|Pietarsaari|\
         Maarianhamina|Mariehamn|Tornio|Imatra|Raahe|Iisalmi|Varkaus|Forssa|Heinola|Jyväskylä|\
         Lahti|Kuopio|Pori|Kouvola|Joensuu|Lappeenranta|Hämeenlinna|Vaasa|Seinäjoki|Rovaniemi|\
         Mikkeli|Kotka|Porvoo|Kokkola|Lohja|Hyvinkää|Järvenpää|Rauma|Kajaani|Kerava|Savonlinna|\
         Kemi|Helsingfors|Tammerfors|Uleåborg|Jakobstad|Vasa|Karleby|Kauniainen|Kirkkonummi|Tuusula|\
         Nurmijärvi|Sipoo|Kangasala|Lempäälä|Ylöjärvi|Pirkkala|Kemijärvi|Sodankylä|Ivalo|\
         Kittilä|Kuusamo|Sotkamo|Lieksa|Pieksämäki|Valkeakoski|Akaa|Sastamala|Huittinen|\
         Kankaanpää|Ulvila|Harjavalta|Loimaa|Parainen|Kemiönsaari|Raasepori|Tammisaari|Loviisa|\
         Hamina|Riihimäki|Orimattila|Hollola|Mäntsälä|Nastola|Äänekoski|Kauhajoki|Kauhava|\
         Lapua|Alavus|Kurikka|Ylivieska|Nivala|Haapajärvi|Kalajoki|Kempele|Nykarleby|\
         Uusikaarlepyy|Närpes|Närpiö|Kristinestad|Kristiinankaupunki|Mustasaari|Korsholm|\
         Kaskinen|Pargas|Lovisa|Esbo|Ekenäs|Raseborg|Ikaalinen|Mänttä-Vilppula|Virrat|Orivesi|\
         Kuhmo|Suomussalmi|Pudasjärvi|Keminmaa|Ylitornio|Muonio|Enontekiö|Utsjoki|Inari|\
         Oulainen|Jämsä|Турку|Тампере|Лаппеенранта|Котка|Эспоо|Оулу|Лахти|Вантаа|Ювяскюля|\
         Куопио|Йоэнсуу|Иматра|Савонлинна|Миккели|Коувола|Хамина|Рованиеми|Порвоо|Вааса",
    ),
    (
        "SE",
        "Göteborg|Malmö|Uppsala|Linköping|Västerås|Örebro|Helsingborg|Norrköping|Jönköping|\
         Umeå|Lund|Borås|Eskilstuna|Gävle|Södertälje|Karlstad|Växjö|Halmstad|Sundsvall|Luleå|\
         Trollhättan|Östersund|Borlänge|Falun|Kalmar|Skövde|Kristianstad|Karlskrona|Skellefteå|\
         Uddevalla|Varberg|Trelleborg|Landskrona|Nyköping|Visby|Kiruna|Piteå|Örnsköldsvik|\
         Härnösand|Ystad|Karlshamn|Motala|Norrtälje|Oskarshamn|Sollentuna|Täby|Huddinge|Solna|\
         Sundbyberg|Lidingö|Järfälla|Botkyrka|Haninge|Tyresö|Upplands Väsby|Märsta|Enköping|\
         Västervik|Vimmerby|Nässjö|Värnamo|Ljungby|Alvesta|Hässleholm|Ängelholm|Höganäs|Eslöv|\
         Simrishamn|Sölvesborg|Ronneby|Olofström|Kungsbacka|Alingsås|Lerum|Kungälv|Stenungsund|\
         Lysekil|Strömstad|Vänersborg|Lidköping|Mariestad|Falköping|Ulricehamn|Mölndal|\
         Partille|Karlskoga|Kristinehamn|Arvika|Säffle|Filipstad|Lindesberg|Köping|Arboga|\
         Fagersta|Avesta|Hedemora|Leksand|Rättvik|Sandviken|Hudiksvall|Bollnäs|Söderhamn|\
         Ljusdal|Kramfors|Sollefteå|Timrå|Lycksele|Kalix|Haparanda|Gällivare|Arjeplog|Jokkmokk|\
         Strängnäs|Katrineholm|Oxelösund|Mjölby|Finspång|Gislaved|Vetlanda|Emmaboda|Nybro|\
         Borgholm|Mönsterås|Staffanstorp|Vellinge|Kävlinge|Svedala|Skurup|Tomelilla|Båstad|\
         Laholm|Falkenberg|Vadstena|Söderköping|Nynäshamn|Sigtuna|Knivsta|Östhammar|Гётеборг|\
         Мальмё|Уппсала|Лунд|Умео|Лулео|Евле|Эребру|Вестерос|Норрчёпинг|Линчёпинг|Хельсингборг|\
         Кальмар|Карлскруна|Висбю",
    ),
    (
        "DK",
        "Aarhus|Odense|Aalborg|Esbjerg|Randers|Kolding|Horsens|Vejle|Roskilde|Herning|\
         Helsingør|Silkeborg|Næstved|Fredericia|Viborg|Køge|Holstebro|Slagelse|Hillerød|\
         Sønderborg|Svendborg|Hjørring|Holbæk|Frederikshavn|Haderslev|Skive|Ringkøbing|Thisted|\
         Aabenraa|Billund|Grenaa|Nyborg|Middelfart|Bornholm|Rønne|Nakskov|Skagen|Lemvig|Struer|\
         Ringsted|Kalundborg|Faaborg|Assens|Tønder|Ikast|Hobro|Grindsted|Skanderborg|Hedensted|\
         Ishøj|Glostrup|Ballerup|Gentofte|Lyngby|Kongens Lyngby|Hvidovre|Taastrup|Solrød|\
         Frederikssund|Maribo|Sorø|Rødovre|Albertslund|Birkerød|Farum|Hørsholm|Dragør|Allerød|\
         Ebeltoft|Hadsten|Hinnerup|Brønderslev|Hirtshals|Sæby|Løgstør|Hadsund|Mariager|\
         Vordingborg|Nykøbing Falster|Nykøbing Mors|Nykøbing Sjælland|Korsør|Skælskør|Haslev|\
         Faxe|Bogense|Kerteminde|Ærøskøbing|Marstal|Rudkøbing|Gråsten|Augustenborg|Vojens|\
         Rødding|Brørup|Vamdrup|Herlev|Værløse|Frederiksværk|Hundested|Kokkedal|Humlebæk|\
         Fredensborg|Espergærde|Tårnby|Kastrup|Brøndby|Hørning|Galten|Орхус|Оденсе|Ольборг|\
         Эсбьерг|Роскилле|Хельсингёр",
    ),
    (
        "NO",
        "Bergen|Trondheim|Stavanger|Bærum|Kristiansand|Drammen|Asker|Lillestrøm|Fredrikstad|\
         Sandnes|Tromsø|Sarpsborg|Skien|Ålesund|Sandefjord|Haugesund|Tønsberg|Porsgrunn|Bodø|\
         Arendal|Hamar|Larvik|Halden|Lillehammer|Molde|Harstad|Gjøvik|Kongsberg|Narvik|\
         Steinkjer|Kristiansund|Horten|Førde|Hammerfest|Mo i Rana|Florø|Grimstad|Elverum|\
         Kongsvinger|Jessheim|Askim|Mysen|Hønefoss|Notodden|Rjukan|Kragerø|Risør|Tvedestrand|\
         Lillesand|Mandal|Farsund|Flekkefjord|Egersund|Stord|Leirvik|Odda|Sogndal|Stryn|Ørsta|\
         Ulsteinvik|Fosnavåg|Sunndalsøra|Orkanger|Stjørdal|Levanger|Verdal|Namsos|Brønnøysund|\
         Sandnessjøen|Mosjøen|Fauske|Svolvær|Leknes|Sortland|Finnsnes|Alta|Vadsø|Kirkenes|\
         Honningsvåg|Longyearbyen|Raufoss|Drøbak|Sandvika|Kolbotn|Lørenskog|Vestby|Holmestrand|\
         Brevik|Kvinesdal|Jørpeland|Kopervik|Åkrehamn|Åndalsnes|Oppdal|Røros|Melhus|Malvik|\
         Tynset|Fagernes|Brumunddal|Moelv|Trysil|Nordfjordeid|Sogndalsfjøra|Берген|Тронхейм|\
         Ставангер|Тромсё|Будё|Киркенес|Нарвик|Хаммерфест|Альта|Вардё|Вадсё",
    ),
    (
        "DE",
        "Kiel|Rostock|Hamburg|Bremen|Greifswald|Stralsund|Schwerin|Wismar|Neubrandenburg|\
         Lübeck|Flensburg|Hannover|Düsseldorf|Stuttgart|Dresden|Leipzig|Potsdam|Magdeburg|\
         Erfurt|Dortmund|Nürnberg|Duisburg|Bochum|Wuppertal|Bielefeld|Mannheim|Karlsruhe|\
         Wiesbaden|Münster|Augsburg|Aachen|Braunschweig|Chemnitz|Oldenburg|Osnabrück|Freiburg|\
         Mainz|Cottbus|Bremerhaven|Cuxhaven|Wolfsburg|Göttingen|Regensburg|Würzburg|Neumünster|\
         Wilhelmshaven|Eberswalde|Lingen|Bonn|Kassel|Koblenz|Trier|Saarbrücken|Heidelberg|Ulm|\
         Ingolstadt|Paderborn|Darmstadt|Offenbach|Heilbronn|Pforzheim|Gelsenkirchen|\
         Mönchengladbach|Krefeld|Oberhausen|Mülheim|Leverkusen|Solingen|Neuss|Jena|Zwickau|\
         Görlitz|Plauen|Bautzen|Stendal|Dessau|Wittenberg|Halberstadt|Wernigerode|Weimar|\
         Eisenach|Suhl|Marburg|Siegen|Hildesheim|Salzgitter|Wolfenbüttel|Lüneburg|Buxtehude|\
         Emden|Aurich|Husum|Schleswig|Rendsburg|Itzehoe|Eckernförde|Elmshorn|Pinneberg|\
         Norderstedt|Ahrensburg|Ratzeburg|Mölln|Güstrow|Parchim|Ludwigslust|Anklam|Pasewalk|\
         Ueckermünde|Wolgast|Sassnitz|Prenzlau|Schwedt|Angermünde|Neuruppin|Oranienburg|Bernau|\
         Fürstenwalde|Eisenhüttenstadt|Guben|Senftenberg|Landshut|Rosenheim|Kempten|Bamberg|\
         Erlangen|Hanau|Gießen|Passau|Moers|\
         Bayreuth|Konstanz|Friedrichshafen|Ravensburg|Tübingen|Reutlingen|Esslingen|\
         Ludwigsburg|Baden-Baden|Offenburg|Speyer|Kaiserslautern|Ludwigshafen|Bocholt|\
         Gütersloh|Herford|Detmold|Lemgo|Arnsberg|Iserlohn|Lüdenscheid|Recklinghausen|Bottrop|\
         Siegburg|Papenburg|Nordhorn|Vechta|Cloppenburg|Delmenhorst|Rotenburg|Uelzen|Gifhorn|\
         Nienburg|Goslar|Hameln|Bad Doberan|Warnemünde|Heringsdorf|Ribnitz-Damgarten|\
         Grevesmühlen|Kühlungsborn|Putbus|Zingst|Brunsbüttel|Heiligenhafen|Travemünde|\
         Freudenstadt|Гамбург|\
         Росток|Любек|Грайфсвальд|Штральзунд|Шверин|Висмар|Фленсбург|Бремен|Ганновер|Дрезден|\
         Лейпциг|Мюнхен|Кёльн|Франкфурт|Штутгарт|Дюссельдорф",
    ),
    (
        "PL",
        "Gdańsk|Gdynia|Kraków|Poznań|Wrocław|Szczecin|Łódź|Katowice|Lublin|Białystok|\
         z Białegostoku|w Białymstoku|Białegostoku|Białymstoku|Bydgoszcz|Toruń|Olsztyn|Rzeszów|\
         Kielce|Opole|Gliwice|Zabrze|Bytom|Częstochowa|Radom|Sosnowiec|Elbląg|Płock|Koszalin|\
         Słupsk|Legnica|Tarnów|Kalisz|Sopot|Wałbrzych|Włocławek|Grudziądz|Bielsko-Biała|\
         Zielona Góra|Gorzów Wielkopolski|Świnoujście|Kołobrzeg|Rybnik|Jaworzno|Chorzów|\
         Dąbrowa Górnicza|Ruda Śląska|Siedlce|Ostrołęka|Łomża|Suwałki|Giżycko|Mrągowo|Kętrzyn|\
         Bartoszyce|Iława|Ostróda|Braniewo|Malbork|Tczew|Starogard Gdański|Kwidzyn|Chojnice|\
         Bytów|Lębork|Wejherowo|Władysławowo|Ustka|Darłowo|Stargard|Goleniów|Kamień Pomorski|\
         Międzyzdroje|Gryfice|Białogard|Świdwin|Inowrocław|Chełmno|Gniezno|Konin|Leszno|\
         Ostrów Wielkopolski|Piotrków Trybunalski|Skierniewice|Pabianice|Zgierz|\
         Tomaszów Mazowiecki|Bełchatów|Sieradz|Kutno|Łowicz|Ciechanów|Sanok|Jasło|Mielec|\
         Stalowa Wola|Tarnobrzeg|Zamość|Chełm|Biała Podlaska|Puławy|Nowy Sącz|Nowy Targ|\
         Zakopane|Oświęcim|Wadowice|Żywiec|Cieszyn|Racibórz|Jelenia Góra|Głogów|Lubin|Świdnica|\
         Kłodzko|Nysa|Kędzierzyn-Koźle|Ostrowiec Świętokrzyski|Starachowice|Skarżysko-Kamienna|\
         Pruszków|Legionowo|Otwock|Piaseczno|Żyrardów|Grodzisk Mazowiecki|Гданьск|Гдыня|Краков|\
         Познань|Вроцлав|Щецин|Ольштын|Белосток|Эльблонг|Лодзь|Быдгощ|Торунь|Люблин|Катовице|\
         Сопот|Сувалки",
    ),
    (
        "RU",
        "Псков|Мурманск|Петрозаводск|Выборг|Архангельск|Pskov|Murmansk|Petrozavodsk|Vyborg|\
         Arkhangelsk|Великий Новгород|Новгород|Тверь|Вологда|Ярославль|Сыктывкар|Светлогорск|\
         Зеленоградск|Черняховск|Сосновый Бор|Гатчина|Кингисепп|Ивангород|Сортавала|Кандалакша|\
         Мончегорск|Апатиты|Североморск|Северодвинск|Котлас|Череповец|Смоленск|Казань|\
         Нижний Новгород|Екатеринбург|Новосибирск|Великие Луки|Калининград|Novgorod|\
         Veliky Novgorod|Tver|Vologda|Yaroslavl|Svetlogorsk|Zelenogradsk|Baltiysk|Sovetsk|\
         Chernyakhovsk|Gatchina|Kingisepp|Ivangorod|Sortavala|Kandalaksha|Severodvinsk|\
         Cherepovets|Smolensk|Kazan|Yekaterinburg|Novosibirsk|Kaliningrad",
    ),
];
