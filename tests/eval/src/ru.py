# Russian mails (from Russia, and from Russian speakers in Latvia, Estonia and Lithuania).
# Labels (L) written with each mail, before regbot read it. See ../README.md.

MAILS = [
dict(id="ru01", kind="registration", client="outlook", frm="\"Иванова Ольга\" <o.ivanova@kaliningrad-it.ru>",
     subj="Регистрация на семинар в Риге",
     body="""Добрый день!

Прошу зарегистрировать меня на семинар "Cluster internationalisation – Why and how to do it?", который пройдёт 2–3 июня в Риге.

С уважением,
Ольга Иванова""",
     sig="""Ольга Иванова
Руководитель проектов
Калининградский кластер информационных технологий
ул. Театральная, 30, 236022 Калининград, Россия
Тел.: +7 4012 123 456""",
     L=dict(name="Ольга Иванова", org="Калининградский кластер информационных технологий",
            orgc="кластер информационных технологий", cc="RU")),

dict(id="ru02", kind="registration", client="gmail", frm="Андрей Смирнов <andrey.smirnov@spb-cluster.ru>",
     subj="Участие в семинаре",
     body="""Здравствуйте!

Я работаю в Петербургском кластере судостроения и морской техники, хотел бы принять участие в семинаре в Риге.

Андрей Смирнов""",
     L=dict(name="Андрей Смирнов", org="Петербургский кластер судостроения и морской техники",
            orgc="кластер судостроения и морской техники",
            orgnot=["Петербургском кластере судостроения и морской техники"])),

dict(id="ru03", kind="registration", client="outlook", cs="windows-1251",
     frm="Наталья Кузнецова <natalja.kuznecova@logistika.lv>",
     subj="Регистрация",
     body="""Добрый день!

Представляю Балтийскую ассоциацию транспорта и логистики. Прошу записать меня на июньский семинар.

С уважением
Наталья Кузнецова
Рига""",
     L=dict(name="Наталья Кузнецова", org="Балтийская ассоциация транспорта и логистики",
            orgc="ассоциация транспорта и логистики", orgnot=["Балтийскую ассоциацию транспорта и логистики"], cc="LV")),

dict(id="ru04", kind="registration", client="plain", cs="koi8-r", cte="8bit", mailer="The Bat! (v9.5.2) Professional",
     frm="Сергей Волков <s.volkov@narva-industry.ee>",
     subj="Заявка на участие",
     body="""Здравствуйте,

хочу зарегистрироваться на семинар. Наш кластер совсем молодой - о выходе на зарубежные рынки мы задумались только в прошлом году, поэтому тема для нас очень актуальна.

--
С уважением,
Сергей Волков
координатор кластера
Промышленный кластер Нарвы
Нарва, Эстония""",
     L=dict(name="Сергей Волков", org="Промышленный кластер Нарвы", cc="EE", exp="starting")),

dict(id="ru05", kind="registration", client="iphone", frm="Екатерина Павлова <katya.pavlova@mail.ru>",
     subj="Семинар",
     body="""Здравствуйте, запишите меня, пожалуйста, на семинар в Риге. Спасибо!
Катя""",
     L=dict(name="Екатерина Павлова")),

dict(id="ru06", kind="registration", client="html_only", cs="utf-8", cte="b64", mailer="Mail.Ru Mailer 1.0",
     frm="Дмитрий Соколов <d.sokolov@bk.ru>",
     subj="Регистрация на семинар",
     html="""<HTML><BODY><div>Добрый день!</div><div>&nbsp;</div><div>Прошу зарегистрировать меня на семинар по интернационализации кластеров.</div><div>&nbsp;</div><div>С уважением,</div><div>Дмитрий Соколов</div><div>директор</div><div>Ассоциация предприятий деревообработки и мебели Северо-Запада</div><div>Санкт-Петербург</div><div>&nbsp;</div></BODY></HTML>
""",
     L=dict(name="Дмитрий Соколов", org="Ассоциация предприятий деревообработки и мебели Северо-Запада",
            orgc="деревообработки и мебели", cc="RU")),

dict(id="ru07", kind="registration_idea", client="gmail", frm="Марина Орлова <marina.orlova@medtech-cluster.lt>",
     subj="Регистрация и предложение",
     body="""Добрый день!

Прошу меня зарегистрировать. Есть также предложение для одной из групповых сессий: как кластерам работать с русскоязычными рынками и партнёрами в нынешних условиях - что ещё возможно, а что уже нет. Думаю, многим это интересно, хотя тема непростая.

Марина Орлова
Кластер медицинских технологий, Вильнюс""",
     L=dict(I=["registration", "idea"], name="Марина Орлова", org="Кластер медицинских технологий", cc="LT")),

dict(id="ru08", kind="idea_only", client="outlook", frm="Владимир Попов <vladimir.popov@innovacii-partner.ee>",
     subj="Идея для семинара",
     body="""Добрый день,

к сожалению, приехать в Ригу не смогу - в эти даты у меня командировка. Но хотел бы предложить тему: как оценивать реальный эффект от международной деятельности кластера для его участников.

Удачи!
Владимир Попов""",
     L=dict(I=["idea"], name="Владимир Попов")),

dict(id="ru09", kind="cancellation", client="outlook", quote=True, frm="Елена Морозова <elena.morozova@agro-cluster.lv>",
     ack=dict(name="Елена Морозова", org="Латгальский агрокластер", country="Латвия"),
     body="""Добрый день,

к сожалению, не смогу приехать. Прошу вычеркнуть меня из списка участников.

Извините,
Елена""",
     L=dict(I=["cancellation"], name="Елена Морозова")),

dict(id="ru10", kind="cancellation", client="android", frm="Игорь Лебедев <igor.lebedev@yandex.ru>",
     subj="Отмена",
     body="""Здравствуйте, планы поменялись, в Ригу не поеду. Меня не считайте.
Игорь""",
     L=dict(I=["cancellation"], name="Игорь Лебедев")),

dict(id="ru11", kind="update", client="gmail", quote=True, frm="Татьяна Новикова <tatjana.novikova@textile.ee>",
     ack=dict(name="Tatjana Novikova", org="Эстонский текстильный кластер", country="Эстония"),
     body="""Добрый день!

Спасибо за подтверждение. Правильно имя пишется по-русски: Татьяна Новикова - можно исправить на бейдже?

Татьяна""",
     L=dict(I=["update"], name="Татьяна Новикова", org="Эстонский текстильный кластер", cc="EE")),

dict(id="ru12", kind="update", client="apple", quote=True, frm="Алексей Федоров <aleksej.fedorov@gmail.com>",
     ack=dict(name="Алексей Федоров"),
     body="""Забыл написать: я из Латвийского кластера зелёной энергетики.

Алексей""",
     L=dict(I=["update"], name="Алексей Федоров", org="Латвийский кластер зелёной энергетики",
            orgc="кластер зелёной энергетики", orgnot=["Латвийского кластера зелёной энергетики"])),

dict(id="ru13", kind="update", client="outlook", quote=True, frm="Павел Григорьев <pavel.grigorjev@balticconsult.eu>",
     ack=dict(name="Павел Григорьев", org="Baltic Consult", country="Литва"),
     body="""Добрый день,

небольшое уточнение: страна - Латвия, а не Литва. Наш офис находится в Даугавпилсе.

Павел Григорьев""",
     L=dict(I=["update"], name="Павел Григорьев", org="Baltic Consult", cc="LV")),

dict(id="ru14", kind="question", client="gmail", frm="Юлия Васильева <julija.vasiljeva@rda-latgale.lv>",
     subj="Вопрос о семинаре",
     body="""Добрый день!

Прежде чем регистрироваться, хотела уточнить: семинар рассчитан только на руководителей кластеров или могут участвовать и сотрудники региональных агентств развития?

Заранее спасибо,
Юлия Васильева""",
     L=dict(I=["question"], name="Юлия Васильева")),

dict(id="ru15", kind="question", client="plain", cs="koi8-r", cte="8bit", mailer="The Bat! (v9.5.2) Professional",
     frm="Николай Зайцев <n.zaitsev@metall-cluster.ru>",
     subj="Стоимость участия?",
     body="""Здравствуйте,

участие в семинаре платное? Организаторы помогают с визой и гостиницей?

--
С уважением,
Николай Зайцев""",
     L=dict(I=["question"], name="Николай Зайцев")),

dict(id="ru16", kind="question_in_request", client="outlook", frm="Светлана Белова <svetlana.belova@smartcity-cluster.ee>",
     subj="Ещё можно зарегистрироваться?",
     body="""Добрый день,

приглашение получила только сегодня. Есть ли ещё свободные места? Если да, пожалуйста, зарегистрируйте меня.

Светлана Белова
Координатор международных проектов
Кластер умного города и мобильности
Таллин, Эстония""",
     L=dict(I=["registration"], Iopt=["question"], name="Светлана Белова", org="Кластер умного города и мобильности",
            orgc="умного города и мобильности", cc="EE")),

dict(id="ru17", kind="on_behalf", client="outlook", frm="Виктор Степанов <viktor.stepanov@wood-cluster.ru>",
     subj="Регистрация двух сотрудников",
     body="""Добрый день!

Прошу зарегистрировать на семинар двух наших сотрудников:
1) Анна Козлова - anna.kozlova@wood-cluster.ru
2) Максим Егоров - maksim.egorov@wood-cluster.ru

Сам, к сожалению, участвовать не смогу.

С уважением,
Виктор Степанов
Лесопромышленный кластер Псковской области""",
     L=dict(name="Виктор Степанов", org="Лесопромышленный кластер Псковской области", orgc="Лесопромышленный кластер",
            parts=[("anna.kozlova@wood-cluster.ru", "Анна Козлова"), ("maksim.egorov@wood-cluster.ru", "Максим Егоров")])),

dict(id="ru18", kind="on_behalf", client="gmail", frm="Ирина Михайлова <irina.mihailova@it-cluster.lv>",
     subj="Два участника",
     body="""Добрый день,

зарегистрируйте, пожалуйста, меня и моего коллегу Артёма Никитина (artjoms.nikitins@it-cluster.lv).

Спасибо!
Ирина Михайлова
Латвийский ИТ-кластер""",
     L=dict(name="Ирина Михайлова", org="Латвийский ИТ-кластер",
            parts=[("irina.mihailova@it-cluster.lv", "Ирина Михайлова"), ("artjoms.nikitins@it-cluster.lv", "Артём Никитин")])),

dict(id="ru19", kind="on_behalf", client="outlook", frm="Олег Романов <oleg.romanov@build-cluster.ee>",
     subj="Регистрация",
     body="""Добрый день,

регистрируюсь на семинар. Со мной хотела бы поехать и коллега, Оксана Тарасова - её адрес пришлю позже.

Олег Романов
Строительный кластер Ида-Вирумаа""",
     L=dict(name="Олег Романов", org="Строительный кластер Ида-Вирумаа", review="on_behalf_without_address",
            parts=[("oleg.romanov@build-cluster.ee", "Олег Романов"), (None, "Оксана Тарасова")])),

dict(id="ru20", kind="registration_note", client="gmail", frm="Анастасия Ковалёва <anastasija.kovaleva@food-cluster.lv>",
     subj="Регистрация",
     body="""Добрый день!

Прошу зарегистрировать меня. Я вегетарианка.

Анастасия Ковалёва
Кластер пищевой промышленности Латгалии""",
     L=dict(name="Анастасия Ковалёва", org="Кластер пищевой промышленности Латгалии", note=True)),

dict(id="ru21", kind="registration_note", client="iphone", frm="Михаил Королёв <mihail.korolev@port-cluster.lt>",
     subj="Буду",
     body="""Здравствуйте, буду обязательно. В первый день могу немного опоздать - еду из Клайпеды.
Михаил Королёв
Клайпедский портовый кластер""",
     L=dict(name="Михаил Королёв", org="Клайпедский портовый кластер", cc="LT", note=True)),

dict(id="ru22", kind="thanks", client="gmail", quote=True, frm="Людмила Сорокина <ljudmila.sorokina@gmail.com>",
     ack=dict(name="Людмила Сорокина"),
     body="""Большое спасибо!""",
     L=dict(I=[], name="Людмила Сорокина")),

dict(id="ru23", kind="forwarded", client="outlook", fwd=1, frm="Роман Захаров <roman.zaharov@energy-cluster.ee>",
     body="""Добрый день,

коллега переслал мне это приглашение. С удовольствием приму участие - прошу меня зарегистрировать.

Роман Захаров
Энергетический кластер Северо-Востока Эстонии""",
     L=dict(name="Роман Захаров", org="Энергетический кластер Северо-Востока Эстонии", orgc="Энергетический кластер")),

dict(id="ru24", kind="auto_reply", client="outlook", frm="Валентина Кравченко <valentina.kravchenko@innov-partner.lv>",
     subj="Автоматический ответ: Вы зарегистрированы: Cluster internationalisation – Why and how to do it?",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Здравствуйте!

Я в отпуске до 9 мая. По срочным вопросам обращайтесь, пожалуйста, по адресу info@innov-partner.lv.

Валентина Кравченко""",
     L=dict(I=[], auto="auto_reply")),

dict(id="ru25", kind="registration", client="outlook", frm="\"д.т.н. Борис Семёнов\" <boris.semenov@technopark-spb.ru>",
     subj="Заявка на участие в семинаре",
     body="""Уважаемые организаторы!

Прошу зарегистрировать меня на семинар. Наш кластер уже более десяти лет организует экспортные миссии для своих участников, и я готов поделиться опытом, если это будет полезно.

С уважением""",
     sig="""д.т.н. Борис Семёнов
Генеральный директор
Технопарк "Нева"
Санкт-Петербург, Россия""",
     L=dict(name="Борис Семёнов", org="Технопарк \"Нева\"", orgc="Нева", cc="RU", exp="experienced")),

dict(id="ru26", kind="registration", client="plain", cs="koi8-r", cte="8bit", mailer="The Bat! (v9.5.2) Professional",
     frm="Виноградова Галина <galina.vinogradova@tourism-cluster.lv>",
     subj="заявка",
     body="""добрый день,

добавьте меня, пожалуйста, в список участников.

Галина Виноградова
Туристический кластер Юрмалы
Юрмала""",
     L=dict(name="Галина Виноградова", org="Туристический кластер Юрмалы", cc="LV")),

dict(id="ru27", kind="registration", client="gmail", ev=2, frm="Константин Фролов <konstantin.frolov@aqua-cluster.ee>",
     subj="Регистрация на форум",
     body="""Добрый день!

Хочу зарегистрироваться на Blue Economy Matchmaking Forum в Таллине 14 октября. Ищем партнёров в аквакультуре и рыбопереработке.

Константин Фролов
Кластер аквакультуры Эстонии
Пярну, Эстония""",
     L=dict(name="Константин Фролов", org="Кластер аквакультуры Эстонии", cc="EE")),

dict(id="ru28", kind="question", client="outlook", ev=2, frm="Вера Яковлева <vera.jakovleva@port-partner.lv>",
     subj="Вопрос о форуме",
     body="""Добрый день,

можно ли заранее забронировать B2B-встречи на форуме? До какого числа открыта регистрация?

Вера Яковлева""",
     L=dict(I=["question"], name="Вера Яковлева")),

dict(id="ru29", kind="registration", client="android", ev=2, frm="Денис Медведев <denis.medvedev@offshore-baltic.lv>",
     subj="Форум",
     body="""Здравствуйте, впишите меня в участники форума. Денис Медведев, SIA "Offshore Baltic", Лиепая""",
     L=dict(name="Денис Медведев", org="SIA \"Offshore Baltic\"", orgc="Offshore Baltic", cc="LV")),

dict(id="ru30", kind="registration", client="gmail", frm="Алина Гусева <alina.guseva@fashion-cluster.ee>",
     subj="Анкета участника",
     body="""Имя, фамилия: Алина Гусева
Организация: Эстонский кластер моды и дизайна
Страна: Эстония
Опыт: только начинаем""",
     L=dict(name="Алина Гусева", org="Эстонский кластер моды и дизайна", orgc="кластер моды и дизайна", cc="EE",
            exp="starting")),
]

# Second batch (appended: earlier mails keep their half).
MAILS += [
dict(id="ru31", kind="registration", client="outlook", cs="windows-1251",
     frm="\"Сергеев Андрей Петрович\" <a.sergeev@kaliningrad-food.ru>",
     subj="Заявка на участие",
     body="""Уважаемые коллеги!

Прошу включить меня в список участников семинара 2–3 июня. Наш кластер только в прошлом году начал системно работать с зарубежными партнёрами, поэтому опыт коллег из других стран нам очень интересен.

С уважением,
Андрей Петрович Сергеев
заместитель директора
Ассоциация производителей пищевой продукции Калининградской области
г. Калининград""",
     L=dict(name="Андрей Сергеев", org="Ассоциация производителей пищевой продукции Калининградской области",
            orgc="Ассоциация производителей пищевой продукции", cc="RU", exp="starting")),

dict(id="ru32", kind="registration", client="gmail", frm="Олеся Кравец <olesja.kravec@blg.lv>",
     subj="Регистрация",
     body="""Добрый день!

Я работаю в SIA "Baltic Logistics Group" менеджером по развитию и хотела бы зарегистрироваться на семинар в Риге.

Олеся Кравец
Рига, Латвия""",
     L=dict(name="Олеся Кравец", org="SIA \"Baltic Logistics Group\"", orgc="Baltic Logistics Group", cc="LV")),

dict(id="ru33", kind="update", client="outlook", quote=True, frm="Геннадий Лукин <gennadi.lukin@ida-tech.ee>",
     ack=dict(name="Геннадий Лукин", org="Ида-Вирумааский технопарк", country="Латвия"),
     body="""Добрый день,

прошу исправить страну: Эстония, а не Латвия.

С уважением,
Геннадий Лукин""",
     L=dict(I=["update"], name="Геннадий Лукин", org="Ида-Вирумааский технопарк", cc="EE")),

dict(id="ru34", kind="auto_reply", client="plain", cs="windows-1251", cte="8bit", frm="Ирина Белова <irina.belova@innov-centr.ru>",
     subj="Нахожусь в отпуске",
     body="""Здравствуйте!

С 12 по 26 апреля я нахожусь в отпуске и не имею доступа к почте. По срочным вопросам обращайтесь к Марии Ивановой: m.ivanova@innov-centr.ru.

Ирина Белова""",
     L=dict(I=[], auto="auto_reply")),

dict(id="ru35", kind="question", client="iphone", frm="Тимур Алиев <timur.aliev@mail.ru>",
     subj="Перевод",
     body="""Добрый день, будет ли на семинаре синхронный перевод на русский язык? От этого зависит, поедут ли наши коллеги.""",
     L=dict(I=["question"], name="Тимур Алиев")),
]

# Third batch: informal/typos, the second event, registration with a side question.
MAILS += [
dict(id="ru36", kind="registration", client="android", frm="Павел Ершов <pavel.ershov@igrovoi-klaster.ee>",
     subj="рига",
     body="""привет, хотел бы поехать в ригу 2-3 июня если есть места. павел ершов, Игровой кластер Таллина. спасибо""",
     L=dict(name="Павел Ершов", org="Игровой кластер Таллина")),

dict(id="ru37", kind="registration", client="outlook", cs="windows-1251", ev=2, frm="Наталья Орлова <natalja.orlova@port-cluster.lv>",
     subj="Регистрация на Blue Economy Matchmaking Forum",
     body="""Добрый день!

Прошу зарегистрировать меня на форум в Таллине 14 октября. B2B-встречи хотела бы провести с:
- поставщиками решений по электрификации портов;
- финскими и шведскими институтами морских исследований.

С уважением,
Наталья Орлова
Портовый кластер Вентспилса
Вентспилс, Латвия""",
     L=dict(name="Наталья Орлова", org="Портовый кластер Вентспилса", cc="LV")),

dict(id="ru38", kind="registration", client="gmail", frm="Виталий Жуков <vitali.zhukov@agro-cluster.lt>",
     subj="Регистрация и вопрос",
     body="""Добрый день,

прошу зарегистрировать меня на семинар. И вопрос: есть ли у места проведения парковка? Приеду, скорее всего, на машине из Таллина, где накануне у меня встреча.

Виталий Жуков
Агротехнологический кластер Литвы""",
     L=dict(I=["registration", "question"], name="Виталий Жуков", org="Агротехнологический кластер Литвы")),
]

# ---------------------------------------------------------------- second writer (w2-*)
# Written by a second writer (see ../README.md), other people, situations and phrasings than above.
# Labels written with each mail, before regbot was run on any of them.
MAILS += [
dict(id="w2-ru01", kind="registration", client="outlook", frm="Виталий Громов <vitalijs.gromovs@ammlat.lv>",
     subj="Регистрация на семинар в Риге",
     body="""Здравствуйте!

Прошу зарегистрировать меня на семинар в Риге 2–3 июня. Я представляю Ассоциацию машиностроителей и металлообработчиков Латгалии. Мы только начинаем выходить на зарубежные рынки, поэтому тема для нас очень актуальна.

С уважением,
Виталий Громов""",
     sig="""Виталий Громов
Председатель правления
Ассоциация машиностроителей и металлообработчиков Латгалии
Даугавпилс, Латвия""",
     L=dict(name="Виталий Громов", org="Ассоциация машиностроителей и металлообработчиков Латгалии",
            orgnot=["Ассоциацию машиностроителей и металлообработчиков Латгалии"], cc="LV", exp="starting")),

dict(id="w2-ru02", kind="registration", client="gmail", frm="Кузнецова Анна <anna.kuznetsova@bcit-kld.ru>",
     subj="Участие в семинаре",
     body="""Добрый день!

Буду участвовать, запишите меня, пожалуйста, на оба дня.

Анна""",
     sig="""Анна Кузнецова
менеджер международных проектов
Балтийский кластер информационных технологий
Калининград""",
     L=dict(name="Анна Кузнецова", org="Балтийский кластер информационных технологий", cc="RU")),

dict(id="w2-ru03", kind="cancellation", client="plain", cs="koi8-r", frm="Олег Сидоров <oleg.sidorov@narva-logistika.ee>",
     subj="Отмена регистрации",
     body="""Здравствуйте,

к сожалению, не смогу приехать в Ригу. Прошу отменить мою регистрацию.

Олег Сидоров""",
     L=dict(I=["cancellation"], name="Олег Сидоров")),

dict(id="w2-ru04", kind="question", client="android", frm="Игорь Соколов <igor.sokolov@mail.ru>",
     subj="Вопрос",
     body="""Подскажите, пожалуйста, будет ли на семинаре синхронный перевод на русский язык? От этого зависит, буду ли я регистрироваться.""",
     L=dict(I=["question"], name="Игорь Соколов")),

dict(id="w2-ru05", kind="on_behalf", client="outlook", frm="Виктор Павлов <viktor.pavlov@ida-tehnopark.ee>",
     subj="Регистрация двух сотрудников",
     body="""Добрый день!

Сам я, к сожалению, поехать не смогу, поэтому прошу зарегистрировать от нашей организации двух сотрудников: Ольгу Михайлову и Дмитрия Козлова. Их адреса электронной почты пришлю позже.

С уважением,
Виктор Павлов
директор
Технопарк Ида-Вирумаа
Нарва, Эстония""",
     L=dict(name="Виктор Павлов", org="Технопарк Ида-Вирумаа", cc="EE", review="on_behalf_without_address",
            parts=[(None, "Ольга Михайлова"), (None, "Дмитрий Козлов")])),

dict(id="w2-ru06", kind="update", client="gmail", quote=True, frm="Елена Белова <elena.belova@amsb-latgale.lv>",
     ack=dict(name="Елена Белова", org="АМСБ", country="Латвия"),
     body="""Добрый день,

спасибо за подтверждение. Поправка для бейджа: правильное название нашей организации — «Ассоциация малого и среднего бизнеса Латгалии», а не сокращение.

Елена""",
     L=dict(I=["update"], name="Елена Белова", org="Ассоциация малого и среднего бизнеса Латгалии",
            orgc="Ассоциация малого и среднего бизнеса")),

dict(id="w2-ru07", kind="idea_only", client="outlook", frm="Вадим Корнилов <v.kornilov@bfu-research.ru>",
     subj="Предложение темы",
     body="""Уважаемые организаторы,

приехать сам не смогу, но хотел бы предложить тему для групповой работы: как кластерам совместно выходить на рынки третьих стран, деля расходы на маркетинговые исследования.

С уважением""",
     sig="""Вадим Корнилов
д.э.н., профессор
Балтийский федеральный университет им. И. Канта
Калининград""",
     L=dict(I=["idea"], name="Вадим Корнилов", org="Балтийский федеральный университет им. И. Канта",
            orgc="Балтийский федеральный университет", cc="RU")),

dict(id="w2-ru08", kind="auto_reply", client="outlook", frm="Марина Лебедева <marina.lebedeva@tallinn-partner.ee>",
     subj="Автоматический ответ: Регистрация",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Здравствуйте!

Я в отпуске до 30 апреля. По срочным вопросам обращайтесь, пожалуйста, к моему коллеге: info@tallinn-partner.ee.

Марина Лебедева""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w2-ru09", kind="question_in_request", client="thunderbird", frm="Людмила Орехова <ludmila.orehova@bwtrade.lv>",
     subj="Ещё можно?",
     body="""Добрый день! Ещё можно зарегистрироваться на семинар? Если да, запишите меня, пожалуйста.

Людмила""",
     sig="""Людмила Орехова
SIA „Baltic Wood Trade“
Rīga""",
     L=dict(I=["registration"], Iopt=["question"], name="Людмила Орехова", org="SIA „Baltic Wood Trade“",
            orgc="Baltic Wood Trade", cc="LV")),

dict(id="w2-ru10", kind="registration_note", client="iphone", ev=2, frm="Алексей Морозов <aleksei.morozov@narva-port.ee>",
     subj="Форум в Таллине",
     body="""Хочу зарегистрироваться на форум в Таллине 14 октября. Приеду из Нарвы, буду только до обеда.

Алексей Морозов""",
     L=dict(name="Алексей Морозов", cc="EE", note=True)),
dict(id="w2-ru11", kind="thanks", client="gmail", quote=True, frm="Павел Егоров <pavel.egorov@ventspils-port-partner.lv>",
     ack=dict(name="Павел Егоров", org="Вентспилсский портовый кластер", country="Латвия"),
     body="""Спасибо, получил!""",
     L=dict(I=[], name="Павел Егоров")),
dict(id="w2-ru12", kind="registration", client="gmail", frm="Ирина Новикова <irina.novikova@bsc-lv.lv>",
     subj="Регистрация",
     body="""Здравствуйте!

Я из Риги, работаю в Baltic Software Cluster. Хотела бы принять участие в семинаре, запишите меня, пожалуйста.

Ирина Новикова""",
     L=dict(name="Ирина Новикова", org="Baltic Software Cluster", cc="LV")),

dict(id="w2-ru13", kind="update", client="outlook", quote=True, frm="Андрей Васильев <andrejs.vasiljevs@koksnes-asociacija.lv>",
     ack=dict(name="Андрей Васильев", org="Рижский технический университет", country="Латвия"),
     body="""Добрый день,

небольшая поправка: на самом деле я работаю в Латвийской ассоциации деревообработчиков, а не в университете. Исправьте, пожалуйста, на бейдже.

Андрей""",
     L=dict(I=["update"], name="Андрей Васильев", org="Латвийская ассоциация деревообработчиков",
            orgnot=["Латвийской ассоциации деревообработчиков"])),

dict(id="w2-ru14", kind="forwarded", client="thunderbird", fwd=1, frm="Татьяна Смирнова <tatjana.smirnova@ida-virumaa-klaster.ee>",
     body="""Добрый день!

Коллеги переслали мне это приглашение. Я хотела бы участвовать, зарегистрируйте меня, пожалуйста.

Татьяна Смирнова
Кластер химической промышленности Ида-Вирумаа
Кохтла-Ярве, Эстония""",
     L=dict(name="Татьяна Смирнова", org="Кластер химической промышленности Ида-Вирумаа", cc="EE")),
dict(id="w2-ru15", kind="registration_note", client="outlook", frm="Мария Ковалёва <maria.kovaleva@eco-tech-kld.ru>",
     subj="Регистрация на семинар",
     body="""Добрый день!

Прошу зарегистрировать меня на семинар в Риге. Я вегетарианка, учтите, пожалуйста, при организации обеда.

С уважением,
Мария Ковалёва
руководитель проектов
Кластер экологических технологий
Калининград""",
     L=dict(name="Мария Ковалёва", org="Кластер экологических технологий", cc="RU", note=True)),

dict(id="w2-ru16", kind="registration_idea", client="gmail", frm="Денис Фёдоров <denis.fedorov@lv-transit.lv>",
     subj="Регистрация + предложение",
     body="""Здравствуйте!

Зарегистрируйте меня, пожалуйста. И предложение для второго дня: обсудить, как кластерам совместно продвигать транзитные услуги в Центральной Азии.

Денис Фёдоров
Ассоциация транзита и логистики
Рига, Латвия""",
     L=dict(I=["registration", "idea"], name="Денис Фёдоров", org="Ассоциация транзита и логистики", cc="LV")),
dict(id="w2-ru17", kind="cancellation", client="outlook", quote=True, frm="Николай Гусев <nikolai.gusev@port-klaster.ee>",
     ack=dict(name="Николай Гусев", org="Кластер портовой логистики", country="Эстония"),
     body="""Добрый день,

вынужден отказаться от участия в семинаре по семейным обстоятельствам. Прошу прощения за неудобства.

Николай Гусев""",
     L=dict(I=["cancellation"], name="Николай Гусев")),

dict(id="w2-ru18", kind="question_in_request", client="gmail", frm="Юлия Степанова <julija.stepanova@lv-pharma.lv>",
     subj="Можно ли ещё записаться?",
     body="""Здравствуйте! Можно ли ещё записаться на семинар? Если можно — запишите меня, пожалуйста.

Юлия Степанова
Латвийская ассоциация фармацевтических производителей
Рига""",
     L=dict(I=["registration"], Iopt=["question"], name="Юлия Степанова", org="Латвийская ассоциация фармацевтических производителей", cc="LV")),
]

# ---------------------------------------------------------------- fourth writer (w4-*)
# Written by a fourth writer (see ../README.md): other people, situations and phrasings than above,
# not translations of earlier mails. Labels written with each mail, before regbot or score.py was
# run on any of them.
MAILS += [
dict(id="w4-ru01", kind="registration_note", client="outlook", frm="Эдуард Гусейнов <eduard.guseinov@narva-ic-test.ee>",
     subj="Регистрация на семинар в Риге",
     body="""Добрый день!

Хотел бы зарегистрироваться на семинар «Cluster internationalisation – Why and how to do it?» 2–3 июня. Я работаю в Нарвском центре развития предпринимательства; мы курируем небольшой кластер местных производителей, и опыта международных проектов у нас пока, честно говоря, нет.

Несколько моментов:
— я не ем свинину, если будет обед, прошу это учесть;
— подскажите, есть ли рядом с местом проведения недорогая гостиница?

Программа выглядит очень полезной, особенно часть про финансирование.

С уважением,
Эдуард Гусейнов""",
     sig="""Нарвский центр развития предпринимательства
ул. Пушкина 13, 20308 Нарва, Эстония
+372 356 0000""",
     L=dict(I=["registration", "question"], name="Эдуард Гусейнов", org="Нарвский центр развития предпринимательства",
            orgnot=["Нарвском центре развития предпринимательства"], cc="EE", exp="starting", note=True)),

dict(id="w4-ru02", kind="registration", client="gmail", frm="Петренко Оксана <oksana.petrenko@gmail.com>",
     subj="Семинар 2-3 июня",
     body="""Здравствуйте!

Запишите меня, пожалуйста, на семинар 2–3 июня. Буду оба дня.

Спасибо!""",
     sig="""С уважением,
Оксана Петренко
менеджер проектов
Кластер пищевых технологий Латвии
Рига""",
     L=dict(name="Оксана Петренко", org="Кластер пищевых технологий Латвии", cc="LV")),

dict(id="w4-ru03", kind="on_behalf", client="gmail", frm="Инна Климова <inna.klimova@vbi-test.lv>",
     subj="Регистрация двух участников",
     body="""Добрый день!

Мы приедем вдвоём с коллегой — Артёмом Шевченко (artem.sevcenko@vbi-test.lv). Пожалуйста, зарегистрируйте нас обоих на оба дня.

Инна""",
     sig="""Инна Климова
руководитель программ
Вентспилсский бизнес-инкубатор
Вентспилс, Латвия""",
     L=dict(name="Инна Климова", org="Вентспилсский бизнес-инкубатор", cc="LV",
            parts=[("inna.klimova@vbi-test.lv", "Инна Климова"), ("artem.sevcenko@vbi-test.lv", "Артём Шевченко")])),

dict(id="w4-ru04", kind="on_behalf", client="outlook", quote=True, frm="Евгений Кудрявцев <jevgenij.kudrjavcev@lla-test.lt>",
     ack=dict(name="Евгений Кудрявцев", org="Ассоциация логистических компаний Литвы", country="Литва"),
     body="""Добрый день,

к сожалению, я не смогу поехать. Вместо меня будет моя коллега Дарья Соловьёва (daria.solovjova@lla-test.lt) — прошу переоформить регистрацию на неё.

Евгений""",
     L=dict(I=["registration", "cancellation"], name="Евгений Кудрявцев",
            parts=[("jevgenij.kudrjavcev@lla-test.lt", "Евгений Кудрявцев"), ("daria.solovjova@lla-test.lt", "Дарья Соловьёва")])),

dict(id="w4-ru05", kind="question_in_request", client="iphone", frm="Антон Киселёв <anton.kiseljov@inbox.lv>",
     subj="Участие",
     body="""Добрый день! Я независимый консультант, живу в Даугавпилсе и помогаю небольшим фирмам выходить на экспорт, но ни в каком кластере не состою. Могу ли я участвовать в семинаре? Если можно, прошу меня зарегистрировать.
Антон Киселёв""",
     L=dict(I=["registration"], Iopt=["question"], name="Антон Киселёв", cc="LV")),

dict(id="w4-ru06", kind="cancellation", client="gmail", frm="Владислав Тарасов <vladislav.tarasov@nmt-test.fi>",
     subj="Re: Приглашение на семинар",
     body="""Здравствуйте!

Спасибо за приглашение. В этот раз, увы, не получится — в начале июня у нас выставка в Хельсинки. Надеюсь, в следующий раз!""",
     sig="""Владислав Тарасов
Nordic Marine Tech Oy
Котка, Финляндия""",
     L=dict(I=[], Iopt=["cancellation"], name="Владислав Тарасов", org="Nordic Marine Tech Oy", orgc="Nordic Marine Tech", cc="FI")),

dict(id="w4-ru07", kind="update", client="thunderbird", quote=True, frm="Светлана Никитина <svetlana.nikitina@rtu-test.lv>",
     ack=dict(name="Светлана Никитина", org="Рижский технический университет", country="Латвия"),
     body="""Спасибо за подтверждение! Одна просьба: на бейджике имя лучше написать латиницей, как в паспорте, — Svetlana Ņikitina, чтобы иностранные коллеги могли прочитать.

Светлана""",
     L=dict(I=["update"], name="Svetlana Ņikitina")),

dict(id="w4-ru08", kind="auto_reply", client="outlook", frm="Олег Гончаренко <oleg.goncarenko@bpk-test.lv>",
     subj="Автоматический ответ: Регистрация",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Здравствуйте!

Я нахожусь в командировке до 9 мая и отвечаю с задержкой. По срочным вопросам звоните +371 6755 0101.

I am on a business trip until 9 May.""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w4-ru09", kind="auto_reply", client="plain", cs="koi8-r", cte="8bit", frm="Георгий Власов <georgi.vlassov@pmk-test.ee>",
     subj="Re: Семинар в Риге",
     body="""Здравствуйте. Я в отпуске до 15 мая, почту не читаю. По срочным вопросам пишите на info@pmk-test.ee.

Георгий Власов""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w4-ru10", kind="thanks", client="android", quote=True, frm="Руслан Абрамов <ruslan.abramov@apm-test.lv>",
     ack=dict(name="Руслан Абрамов", org="Ассоциация производителей мебели", country="Латвия"),
     body="""Спасибо, получил. До встречи в Риге!""",
     L=dict(I=[], name="Руслан Абрамов")),

dict(id="w4-ru11", kind="registration", client="outlook", frm="Максим Волошин <maksim.volosin@bdc-test.lv>",
     subj="Регистрация",
     body="""Добрый день!

Хочу зарегистрироваться на семинар в Риге, на оба дня. Наша компания входит в ИТ-кластер и уже лет пять активно работает с партнёрами в Швеции и Финляндии.

Максим""",
     sig="""Максим Волошин
Head of Business Development
Baltic Data Centre SIA
Riga, Latvia""",
     L=dict(name="Максим Волошин", org="Baltic Data Centre SIA", orgc="Baltic Data Centre", cc="LV", exp="experienced")),

dict(id="w4-ru12", kind="registration_idea", client="apple", ev=2, frm="Кира Лаптева <kira.lapteva@eaa-test.ee>",
     subj="Форум 14 октября",
     body="""Добрый день!

Регистрируюсь на форум 14 октября в Таллине. И предложение: может быть, сделать отдельную короткую сессию по аквакультуре в солоноватой воде? Для Балтики это очень специфическая тема, и найти партнёров по ней сложно.

Кира Лаптева""",
     sig="""Эстонская ассоциация аквакультуры
Таллин""",
     L=dict(I=["registration", "idea"], name="Кира Лаптева", org="Эстонская ассоциация аквакультуры", cc="EE")),

dict(id="w4-ru13", kind="on_behalf", client="outlook", frm='"Дроздов Леонид Иванович" <l.drozdov@bmk-test.lt>',
     subj="Заявка на участие",
     body="""Добрый день.

Прошу зарегистрировать меня и нашего главного инженера Степана Горбунова. Своей электронной почты у Степана нет, всю информацию для него прошу присылать на мой адрес.

С уважением,
Л. И. Дроздов""",
     sig="""Леонид Иванович Дроздов
Генеральный директор
ООО «Балтийские металлоконструкции»
Клайпеда, Литва""",
     L=dict(name="Леонид Дроздов", org="ООО «Балтийские металлоконструкции»", orgc="Балтийские металлоконструкции", cc="LT",
            review="on_behalf_without_address", parts=[("l.drozdov@bmk-test.lt", "Леонид Дроздов"), (None, "Степан Горбунов")])),

dict(id="w4-ru14", kind="forwarded", client="gmail", fwd=1, frm="Эльдар Мамедов <eldar.mamedov@ivpk-test.ee>",
     body="""Коллеги, добрый день!

Пересылаю приглашение, которое получил от партнёров. Прошу записать меня на оба дня.

Эльдар""",
     sig="""Эльдар Мамедов
Ида-Вируский промышленный кластер
Кохтла-Ярве""",
     L=dict(name="Эльдар Мамедов", org="Ида-Вируский промышленный кластер")),

dict(id="w4-ru15", kind="question", client="outlook", frm="Игнат Соболев <ignat.sobolev@sbt-test.lv>",
     subj="Вопрос по оплате",
     body="""Добрый день!

Я уже зарегистрирован на семинар. Скажите, пожалуйста, нужно ли платить за участие, и если да, можно ли получить счёт на фирму до оплаты?

Игнат Соболев""",
     L=dict(I=["question"], name="Игнат Соболев")),

dict(id="w4-ru16", kind="cancellation", client="iphone", frm="Фарид Юсупов <farid.jusupov@kts-test.lt>",
     subj="Отмена участия",
     body="""Добрый день. Вынужден отменить своё участие в семинаре по семейным обстоятельствам. Извините.
Фарид Юсупов""",
     L=dict(I=["cancellation"], name="Фарид Юсупов")),
]

# The sixth writer's mails (source ids w6-ru…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w6-ru01", kind="registration", client="outlook", frm="Белова Марина <marina.belova@logistics-cluster.lv>",
     subj="Регистрация на семинар в Риге",
     body="""Добрый день!

Прошу зарегистрировать меня на семинар «Cluster internationalisation – Why and how to do it?» 2–3 июня в Риге. Я руковожу проектами в Латвийском кластере транспорта и логистики, с международными проектами работаю уже около пяти лет.

С уважением,
Марина Белова""",
     sig="""Марина Белова
Руководитель проектов
Latvian Transport and Logistics Cluster
ул. Краста 46, Рига, LV-1003
тел. +371 2911 4477""",
     L=dict(name="Марина Белова", org="Latvian Transport and Logistics Cluster", orgc="Transport and Logistics Cluster",
            cc="LV", exp="experienced")),

dict(id="w6-ru02", kind="registration_note", client="gmail", frm="Андрей Соколов <andrei.sokolov@narva-ip.ee>",
     subj="Участие в семинаре",
     body="""Здравствуйте!

Хотел бы принять участие в семинаре в Риге. Пара моментов:
– у меня аллергия на орехи, прошу учесть при организации обеда;
– во второй день мне придётся уехать около 15:00, чтобы успеть на автобус до Нарвы.

Андрей""",
     sig="""Андрей Соколов
менеджер по развитию
Нарвский индустриальный парк
Нарва, Эстония""",
     L=dict(name="Андрей Соколов", org="Нарвский индустриальный парк", cc="EE", note=True)),

dict(id="w6-ru03", kind="question", client="apple", frm="Виктория Лебедева <viktorija.lebedeva@inbox.lv>",
     subj="Онлайн-участие?",
     body="""Добрый вечер!

Подскажите, пожалуйста, будет ли возможность подключиться к семинару онлайн? Приехать в Ригу в июне мне сложно, а тема очень актуальна для нашего кластера. Если трансляции не будет, может быть, вы потом разошлёте материалы?

Спасибо,
Виктория Лебедева
Кластер деревообработки Латгалии, Даугавпилс""",
     L=dict(I=["question"], name="Виктория Лебедева", org="Кластер деревообработки Латгалии", cc="LV")),

dict(id="w6-ru04", kind="cancellation", client="outlook", quote=True, frm="Дмитрий Орлов <dmitrij.orlov@balttrade.lt>",
     ack=dict(name="Дмитрий Орлов", org="UAB Balttrade", country="Литва"),
     body="""Добрый день.

К сожалению, планы изменились, и я не смогу приехать на семинар. Прошу удалить меня из списка участников, чтобы место досталось кому-нибудь другому.

С уважением,
Дмитрий Орлов""",
     L=dict(I=["cancellation"], name="Дмитрий Орлов")),

dict(id="w6-ru05", kind="cancellation", client="android", frm="Сергей Пахомов <s.pahomov@gmail.com>",
     subj="Re: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Спасибо за приглашение! В этот раз не получится – в начале июня у нас выставка в Тарту. Надеюсь, будут ещё подобные мероприятия, держите меня в курсе.

Сергей""",
     L=dict(I=[], Iopt=["cancellation"], name="Сергей Пахомов")),

dict(id="w6-ru06", kind="on_behalf", client="thunderbird", cs="koi8-r", cte="8bit", frm="Ирина Васильева <i.vasiljeva@food-cluster.lv>",
     subj="Участники от нашего кластера",
     body="""Добрый день!

Сама поехать не смогу, но от нашего кластера будут двое:
1. Алексей Фёдоров, alexej.fjodorov@food-cluster.lv – руководитель отдела экспорта;
2. Наталья Ким – наш новый координатор, адрес почты пришлю позже, как только её подключат.

Оба приедут на оба дня.""",
     sig="""Ирина Васильева
исполнительный директор
Кластер пищевой промышленности «Вкус Балтики»
Юрмала""",
     L=dict(name="Ирина Васильева", org="Кластер пищевой промышленности «Вкус Балтики»", orgc="Вкус Балтики", cc="LV",
            review="on_behalf_without_address",
            parts=[("alexej.fjodorov@food-cluster.lv", "Алексей Фёдоров"), (None, "Наталья Ким")])),

dict(id="w6-ru07", kind="update", client="gmail", quote=True, frm="Павел Гусев <pavel.gusev@bwr-test.ee>",
     ack=dict(name="Павел Гусев", org="ООО «Северный ветер»", country="Эстония"),
     body="""Здравствуйте!

Спасибо за подтверждение. Небольшая поправка: название организации указано неверно. «Северный ветер» – это наш старый бренд, правильно – АО «Балтийские ветровые решения». Если можно, на бейдже укажите именно так.

Павел""",
     L=dict(I=["update"], name="Павел Гусев", org="АО «Балтийские ветровые решения»", orgc="Балтийские ветровые решения")),

dict(id="w6-ru08", kind="registration_idea", client="outlook", frm="Елена Тарасова <jelena.tarassova@digiklaster.ee>",
     subj="Регистрация + тема для групп",
     body="""Добрый день!

Регистрируюсь на семинар, буду оба дня. Опыта в интернационализации у нашего кластера пока немного: в прошлом году мы первый раз съездили делегацией в Финляндию.

И предложение для работы в группах: обсудить, как работать с членами кластера, которые говорят в основном по-русски и неуверенно чувствуют себя на англоязычных мероприятиях, – у нас таких компаний больше половины. Думаю, эта проблема знакома не только нам.

С уважением,
Елена Тарасова""",
     sig="""Елена Тарасова
координатор проектов
MTÜ Digilahenduste Klaster
Таллин, Эстония""",
     L=dict(I=["registration", "idea"], name="Елена Тарасова", org="MTÜ Digilahenduste Klaster", orgc="Digilahenduste Klaster",
            cc="EE", exp="starting")),

dict(id="w6-ru09", kind="forwarded", client="gmail", fwd=1, frm="Николай Жуков <nikolajs.zukovs@ventspils-it.lv>",
     body="""Добрый день, это приглашение мне переслал коллега. Участвовать могут только члены вашей сети или любой кластер? Мы в сеть не входим.

Николай Жуков
Вентспилсский ИТ-кластер""",
     L=dict(I=["question"], name="Николай Жуков", org="Вентспилсский ИТ-кластер")),

dict(id="w6-ru10", kind="auto_reply", client="plain", cs="koi8-r", cte="8bit", frm="Татьяна Морозова <t.morozova@baltlog.lt>",
     subj="Автоматический ответ: Семинар в Риге – программа",
     hdrs={"Auto-Submitted": "auto-replied"},
     body="""Здравствуйте!

Я в отпуске до 1 июня. Ваше письмо будет прочитано после моего возвращения. По срочным вопросам: office@baltlog.lt, +370 46 411 222.

Татьяна Морозова""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w6-ru11", kind="question_in_request", client="iphone", frm="Артём Волков <artjom.volkov@gmail.com>",
     subj="Семинар 2-3 июня",
     body="""Добрый день! Ещё можно записаться на семинар 2-3 июня? Если да, запишите меня, пожалуйста. Артём Волков, кластер мехатроники, Тарту""",
     L=dict(I=["registration"], Iopt=["question"], name="Артём Волков", org="Кластер мехатроники", cc="EE")),

dict(id="w6-ru12", kind="registration", client="html_only", cte="b64", mailer="Mail.Ru Mailer 1.0",
     frm="Олег Никитин <oleg.nikitin@bk.ru>",
     subj="Заявка",
     body="""Здравствуйте,
прошу записать меня на семинар для кластерных менеджеров 2–3 июня.
Олег Никитин, директор
Клайпедский кластер судоремонта
Клайпеда, Литва""",
     L=dict(name="Олег Никитин", org="Клайпедский кластер судоремонта", cc="LT")),
]

# The eighth writer's mails (source ids w8-ru…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w8-ru01", kind="registration", client="outlook", frm="\"Zhuravlev, Stanislav\" <stanislav.zhuravlev@latvian-ict-assoc.test>",
     subj="Регистрация на семинар 2–3 июня",
     body="""Добрый день!

Прошу зарегистрировать меня на семинар по интернационализации кластеров в Риге. На семинаре буду представлять Ассоциацию разработчиков программного обеспечения Латгалии, в которой отвечаю за международные связи уже около пяти лет.

С уважением,
Станислав Журавлёв""",
     sig="""Станислав Журавлёв
Ассоциация разработчиков программного обеспечения Латгалии
Даугавпилс, Латвия""",
     L=dict(name="Станислав Журавлёв", org="Ассоциация разработчиков программного обеспечения Латгалии",
            orgnot=["Ассоциацию разработчиков программного обеспечения Латгалии"],
            orgc="разработчиков программного обеспечения Латгалии", cc="LV", exp="experienced")),

dict(id="w8-ru02", kind="registration", client="thunderbird", cs="koi8-r", cte="8bit", frm="Светлана Громова <svetlana.gromova@narva-tekstiil.ee>",
     subj="Заявка на участие",
     body="""Здравствуйте!

Хочу принять участие в семинаре 2–3 июня в Риге.

Громова Светлана
Кластер текстильной промышленности Ида-Вирумаа
Нарва, Эстония""",
     L=dict(name="Светлана Громова", org="Кластер текстильной промышленности Ида-Вирумаа", cc="EE")),

dict(id="w8-ru03", kind="registration", client="gmail", frm="Павел Жуков <pavel.zhukov@baltic-wood-cluster.lv>",
     subj="Новости кластера и семинар",
     body="""Добрый день, Инга!

Пишу, чтобы рассказать, чем закончилась наша поездка в Швецию, о которой мы говорили в феврале. Из восьми компаний, которые поехали, три уже получили запросы на коммерческие предложения, а одна (мебельная фабрика из Елгавы) подписала договор с дистрибьютором в Йёнчёпинге. Для нашего маленького кластера это первый настоящий результат, и члены правления наконец поверили, что это не пустая трата денег.

Теперь думаем повторить то же самое с Данией осенью. Было бы интересно услышать, есть ли в сети кластеры, которые уже работали с датскими закупщиками мебели.

Да, и запишите меня, пожалуйста, на семинар в Риге.

Всего доброго,
Павел Жуков
Кластер деревообработки «Балтийское дерево»""",
     L=dict(I=["registration"], Iopt=["question"], name="Павел Жуков", org="Кластер деревообработки «Балтийское дерево»",
            orgc="Балтийское дерево")),

dict(id="w8-ru04", kind="question_in_request", client="iphone", frm="Наталья Орехова <n.orehova@inbox.lv>",
     subj="Семинар онлайн?",
     body="""Здравствуйте! Можно ли участвовать в семинаре онлайн? Если нет – всё равно приеду, запишите меня. Наталья Орехова, Латвийский кластер цифрового здоровья.""",
     L=dict(I=["registration"], Iopt=["question"], name="Наталья Орехова", org="Латвийский кластер цифрового здоровья")),

dict(id="w8-ru05", kind="cancellation", client="gmail", frm="Игорь Семёнов <igor.semjonov@gmail.com>",
     subj="Re: Invitation: Cluster internationalisation – Why and how to do it? Riga, 2–3 June",
     body="""Добрый день,

спасибо за приглашение, тема интересная, но в эти даты я в отпуске – улетаю с семьёй в Черногорию. Paldies un veiksmi! Если будут материалы после семинара, буду рад их получить.

Игорь Семёнов
Рижский кластер логистики холодовой цепи""",
     L=dict(I=[], Iopt=["cancellation", "question"], name="Игорь Семёнов", org="Рижский кластер логистики холодовой цепи")),

dict(id="w8-ru06", kind="cancellation", client="outlook", quote=True, frm="Елена Кравец <elena.kravets@klaipeda-port-cluster.lt>",
     ack=dict(name="Елена Кравец", org="Клайпедский кластер морских грузоперевозок", country="Литва"),
     body="""Добрый день!

К сожалению, вынуждена отменить своё участие: в начале июня у нас внеплановая проверка в порту, и меня не отпускают. Пришлите, пожалуйста, презентации после семинара, если это возможно.

Спасибо и извините,
Елена""",
     L=dict(I=["cancellation"], Iopt=["question"], name="Елена Кравец", org="Клайпедский кластер морских грузоперевозок")),

dict(id="w8-ru07", kind="update", client="gmail", quote=True, frm="Olga Sergeeva <olga.sergeeva@bioenergy-cluster.lv>",
     ack=dict(name="Olga Sergeeva", org="Кластер биоэнергетики", country="Латвия"),
     body="""Здравствуйте!

Спасибо, всё верно, кроме имени: на бейдже хотелось бы видеть его по-русски – Ольга Сергеева. Латиницей оно стоит только потому, что так настроена почта.

Ольга""",
     L=dict(I=["update"], name="Ольга Сергеева", org="Кластер биоэнергетики")),

dict(id="w8-ru08", kind="update", client="android", frm="Роман Ковалёв <roman.kovaljov@gmail.com>",
     subj="только 3 июня",
     body="""Добрый день. Я зарегистрирован на оба дня, но 2 июня не успеваю – смогу только 3-го. Будет ли во второй день обед или лучше взять с собой? Роман Ковалёв""",
     L=dict(I=["update", "question"], Iopt=["cancellation"], name="Роман Ковалёв", note=True)),

dict(id="w8-ru09", kind="forwarded", client="gmail", fwd=1, frm="Александр Лукин <a.lukin@pharma-cluster-test.lt>",
     body="""Пересылаю приглашение обратно – мы с коллегой хотели бы участвовать: я и Виктор Данилов (viktor.danilov@pharma-cluster-test.lt). Оба из Вильнюсского фармацевтического кластера, в международной деятельности новички.

Александр Лукин""",
     L=dict(name="Александр Лукин", org="Вильнюсский фармацевтический кластер", orgc="фармацевтическ",
            orgnot=["Вильнюсского фармацевтического кластера"], exp="starting", unscored=["country"],
            parts=[("a.lukin@pharma-cluster-test.lt", "Александр Лукин"),
                   ("viktor.danilov@pharma-cluster-test.lt", "Виктор Данилов")])),

dict(id="w8-ru10", kind="auto_reply", client="outlook", frm="Людмила Фролова <ljudmila.frolova@eco-cluster.ee>",
     subj="Автоматический ответ: Регистрация",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Здравствуйте! Я в командировке до 24 мая, доступ к почте ограничен.
Hello! I am on a business trip until 24 May with limited access to e-mail.

Людмила Фролова""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w8-ru11", kind="thanks", client="android", quote=True, frm="Константин Белов <k.belov.riga@gmail.com>",
     ack=dict(name="Константин Белов", org="Кластер пищевой промышленности Пиерига", country="Латвия"),
     body="""Ок, спасибо""",
     L=dict(I=[], name="Константин Белов")),

dict(id="w8-ru12", kind="registration_idea", client="outlook", ev=2, frm="Вадим Романенко <vadim.romanenko@marine-robotics.lt>",
     subj="Регистрация на форум 14 октября",
     body="""Добрый день, Кадри!

Прошу зарегистрировать меня на Blue Economy Matchmaking Forum в Таллине. Темы для встреч: подводные дроны для инспекции морских ветропарков, мониторинг качества воды в портах.

Кроме того, мы готовы выступить в питч-сессии с коротким рассказом о нашем пилотном проекте в порту Клайпеды – если есть ещё свободные слоты.

С уважением,
Вадим Романенко
ЗАО «Морская робототехника»
Клайпеда, Литва""",
     L=dict(I=["registration", "idea"], Iopt=["question"], name="Вадим Романенко", org="ЗАО «Морская робототехника»",
            orgc="Морская робототехника", cc="LT")),
]

# The tenth writer's mails (source ids w10-ru…): written, with their labels, before regbot was run on them.
MAILS += [
dict(id="w10-ru01", kind="registration", client="gmail", frm="Денис Ткаченко <denis.tkatsenko@keemiaklaster-test.ee>",
     subj="Регистрация на семинар в Риге",
     body="""Здравствуйте!

Прошу зарегистрировать меня на семинар 2–3 июня. Я работаю менеджером проектов в MTÜ Kirde-Eesti Keemiaklaster, мы объединяем химические предприятия Кохтла-Ярве и окрестностей. Международной деятельностью кластер занимается давно – у нас постоянные партнёры в Финляндии и Германии.

С уважением,
Денис Ткаченко
Кохтла-Ярве, Эстония""",
     L=dict(name="Денис Ткаченко", org="MTÜ Kirde-Eesti Keemiaklaster", orgc="Kirde-Eesti Keemiaklaster", cc="EE",
            exp="experienced")),

dict(id="w10-ru02", kind="registration", client="apple", frm="Алина Григорьева <alina.grigorjeva@smart-elektronika-test.lt>",
     subj="Заявка",
     body="""Добрый день!

Меня зовут Алина Григорьева, с марта я руковожу Ассоциацией производителей умной электроники в Вильнюсе. Хочу участвовать в семинаре в Риге оба дня. Честно скажу, в международных делах мы новички – только начинаем искать партнёров за рубежом, поэтому тема очень кстати.

Спасибо,
Алина""",
     L=dict(name="Алина Григорьева", org="Ассоциация производителей умной электроники",
            orgc="производителей умной электроники", orgnot=["Ассоциацией производителей умной электроники"],
            cc="LT", exp="starting")),

dict(id="w10-ru03", kind="question_in_request", client="android", frm="Олег Бондаренко <oleg.bondarenko.rez@gmail.com>",
     subj="Только первый день",
     body="""Добрый день! Подскажите, можно ли участвовать только в первый день семинара? Если да, запишите меня, пожалуйста, на 2 июня. Олег Бондаренко, Латгальский кластер деревообработки, Резекне.""",
     L=dict(I=["registration"], Iopt=["question"], name="Олег Бондаренко", org="Латгальский кластер деревообработки",
            cc="LV", note=True)),

dict(id="w10-ru04", kind="on_behalf", client="outlook", frm="Вера Захарова <vera.zaharova@baltic-pharma-test.lv>",
     subj="Регистрация руководства на семинар",
     body="""Добрый день!

По поручению руководства прошу зарегистрировать на семинар в Риге (2–3 июня) двух наших сотрудников:

1. Геннадий Орлов, председатель правления – gennadij.orlovs@baltic-pharma-test.lv
2. Лариса Штейн, член правления – larisa.steina@baltic-pharma-test.lv

Сама я на семинаре присутствовать не буду, но всю переписку по участию можно вести со мной.

С уважением,
Вера Захарова
секретарь правления
SIA «Baltic Pharma Partners»
Рига, ул. Кр. Валдемара 118""",
     L=dict(name="Вера Захарова", org="SIA «Baltic Pharma Partners»", orgc="Baltic Pharma Partners", cc="LV",
            parts=[("gennadij.orlovs@baltic-pharma-test.lv", "Геннадий Орлов"),
                   ("larisa.steina@baltic-pharma-test.lv", "Лариса Штейн")])),

dict(id="w10-ru05", kind="question", client="html_only", cs="windows-1251", frm="Евгения Соловьёва <e.solovjova@it-teenused-test.ee>",
     subj="Вопрос по приглашению",
     html="""<html><head><meta charset="windows-1251"></head><body>
<div>Здравствуйте!</div>
<div><br></div>
<div>Хотелось бы уточнить пару моментов. Наш кластер хотел бы отправить на семинар коллегу из Казахстана, который сейчас работает у нас по программе обмена. Нужно ли ему для визы официальное письмо-приглашение и можете ли вы такое выдать? И ещё: нужна ли для таких участников какая-то отдельная регистрация, или достаточно обычной?</div>
<div><br></div>
<div>Заранее спасибо,<br>Евгения Соловьёва<br>Таллинский кластер ИТ-услуг</div>
</body></html>
""",
     # Questions before anyone is registered; the colleague is not named.
     L=dict(I=["question"], name="Евгения Соловьёва", org="Таллинский кластер ИТ-услуг")),

dict(id="w10-ru06", kind="cancellation", client="thunderbird", cs="koi8-r", cte="8bit", frm="Лидия Карпенко <lidija.karpenko@buvtehnologijas-test.lv>",
     subj="Отмена регистрации",
     body="""Добрый день!

Я регистрировалась на ваш семинар ещё в апреле, но, к сожалению, поехать не смогу – в начале июня у нас переезд в новый офис, и кроме меня организовать его некому. Прошу отменить мою регистрацию.

Лидия Карпенко
Кластер строительных технологий Пририжья""",
     L=dict(I=["cancellation"], name="Лидия Карпенко", org="Кластер строительных технологий Пририжья",
            unscored=["country"])),

dict(id="w10-ru07", kind="update", client="outlook", quote=True, frm="Ирина Викторовна Соколова <irina.sokolova@eko-iepakojums-test.lv>",
     ack=dict(name="Ирина Викторовна Соколова", org="Кластер экологичной упаковки", country="Латвия"),
     body="""Добрый день!

Спасибо за подтверждение. Одна просьба: на бейдже, пожалуйста, напишите имя без отчества – просто Ирина Соколова. Отчество подтянулось из настроек почты, у нас в Латвии его никто не использует.

С уважением,
Ирина""",
     L=dict(I=["update"], name="Ирина Соколова", org="Кластер экологичной упаковки")),

dict(id="w10-ru08", kind="forwarded", client="gmail", fwd=1, frm="Михаил Ефимов <m.efimov@jurine-logistika-test.lt>",
     body="""Коллеги, добрый день!

Пересылаю вам ваше же приглашение, чтобы было понятно, о чём речь: наш новый сотрудник Сергей Белоусов очень хотел бы поехать на семинар и напишет вам сам на этой неделе, как только у него заработает рабочая почта. Сам я, к сожалению, в эти дни в отпуске.

Михаил Ефимов
Морской логистический кластер Клайпеды""",
     # Judgement call: the colleague "will write himself" (no registration yet), and the sender, never
     # registered, declines for himself (cancellation optional).
     L=dict(I=[], Iopt=["cancellation"], name="Михаил Ефимов", org="Морской логистический кластер Клайпеды")),

dict(id="w10-ru09", kind="registration_idea", client="gmail", frm="Руслан Абдуллаев <ruslan.abdullajev@tartu-biotehnoloogiaklaster-test.ee>",
     subj="Участие в семинаре + предложение",
     body="""Добрый день!

Хотел бы принять участие в семинаре в Риге. Работаю в Тартуском кластере биотехнологий, отвечаю за связи с Финляндией и Швецией.

Было бы здорово, если бы во второй день отдельно разобрали, как кластеру работать с крупными компаниями-якорями за рубежом: как их заинтересовать и что им предложить взамен. У нас с этим большие трудности, и, думаю, не только у нас.

Руслан Абдуллаев
Тарту, Эстония""",
     # "It would be great if day two covered …": a session suggestion, i.e. an idea.
     L=dict(I=["registration", "idea"], name="Руслан Абдуллаев", org="Тартуский кластер биотехнологий",
            orgc="Тартуский кластер биотехнологий", orgnot=["Тартуском кластере биотехнологий"], cc="EE")),

dict(id="w10-ru10", kind="question", client="outlook", frm="Артур Миронов <artur.mironov@metalapstrade-dgp-test.lv>",
     subj="Семинар в июне – пока под вопросом",
     body="""Добрый день,

спасибо за приглашение, тема для нас очень актуальная. Пока не могу подтвердить участие: я единственный штатный сотрудник кластера и поеду, только если найду, кто меня подменит на эти два дня. Напишу вам ближе к концу мая.

Артур Миронов
Даугавпилсский кластер металлообработки""",
     # A conditional answer, not yet a registration.
     L=dict(I=[], Iopt=["registration"], name="Артур Миронов", org="Даугавпилсский кластер металлообработки",
            unscored=["country"])),

dict(id="w10-ru11", kind="auto_reply", client="plain", cs="koi8-r", cte="8bit", frm="Галина Руденко <galina.rudenko@virumaa-turism-test.ee>",
     subj="Отпуск (автоответ)",
     hdrs={"Auto-Submitted": "auto-replied"},
     body="""Здравствуйте!

Я в отпуске с 3 по 24 мая. Ваше письмо не будет переслано. По срочным вопросам звоните Светлане: +372 33 51 208.

Галина Руденко""",
     L=dict(I=[], auto="auto_reply")),

dict(id="w10-ru12", kind="registration", client="outlook", ev=2, frm="Виталий Корхонен <vitali.korhonen@arctic-hull-test.fi>",
     subj="Регистрация на форум в Таллине",
     body="""Здравствуйте, Кадри!

Прошу зарегистрировать меня на форум 14 октября. Я инженер-конструктор в компании Arctic Hull Solutions Oy (Котка, Финляндия), мы проектируем корпуса судов ледового класса и модернизируем рыболовные суда.

На встречах хотелось бы обсудить:
– переоборудование судов под гибридные силовые установки,
– поиск партнёров-верфей в Эстонии и Польше.

Спасибо!
Виталий Корхонен""",
     L=dict(name="Виталий Корхонен", org="Arctic Hull Solutions Oy", orgc="Arctic Hull Solutions", cc="FI")),
]
