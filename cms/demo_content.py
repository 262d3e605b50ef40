"""Demo content for `seed_demo`: the network's public site in English, Russian and Kazakh.

Each entry maps a language code to that translation's fields. Texts follow DOMAIN.md:
no invented statistics beyond the programme's published facts.
"""

import datetime

from accounts.roles import Role


def paragraphs(*texts):
    return [("paragraph", f"<p>{text}</p>") for text in texts]


FUNDING_STATEMENT = {
    "en": (
        "This website was funded by the European Union. Its contents are the sole "
        "responsibility of the Legal Policy Research Centre and do not necessarily reflect "
        "the views of the European Union."
    ),
    "ru": (
        "Этот веб-сайт создан при финансовой поддержке Европейского союза. Ответственность "
        "за его содержание несёт исключительно Центр исследования правовой политики; оно не "
        "обязательно отражает позицию Европейского союза."
    ),
    "kk": (
        "Бұл веб-сайт Еуропалық Одақтың қаржылық қолдауымен жасалды. Оның мазмұнына тек "
        "Құқықтық саясатты зерттеу орталығы жауап береді және ол Еуропалық Одақтың "
        "ұстанымын міндетті түрде білдірмейді."
    ),
}

HOME = {
    "en": {
        "title": "Rule of Law Academy",
        "hero_title": "Monitoring justice, defending rights",
        "hero_text": (
            "The National Network for the Rule of Law in Kazakhstan brings together "
            "civil-society organisations that monitor courts, police and prisons and stand up "
            "for women, youth, children, migrants and persons with disabilities. Its Academy "
            "trains the monitors and lawyers who do this work."
        ),
        "hero_link_text": "About the network",
    },
    "ru": {
        "title": "Академия верховенства права",
        "hero_title": "Наблюдаем за правосудием, защищаем права",
        "hero_text": (
            "Национальная сеть за верховенство права в Казахстане объединяет организации "
            "гражданского общества, которые ведут мониторинг судов, полиции и мест лишения "
            "свободы и защищают женщин, молодёжь, детей, мигрантов и людей с инвалидностью. "
            "Академия сети готовит наблюдателей и юристов для этой работы."
        ),
        "hero_link_text": "О сети",
    },
    "kk": {
        "title": "Құқық үстемдігі академиясы",
        "hero_title": "Сот төрелігін бақылаймыз, құқықтарды қорғаймыз",
        "hero_text": (
            "Қазақстандағы құқық үстемдігі үшін ұлттық желі соттарға, полицияға және бас "
            "бостандығынан айыру орындарына мониторинг жүргізетін, әйелдердің, жастардың, "
            "балалардың, мигранттардың және мүгедектігі бар адамдардың құқықтарын қорғайтын "
            "азаматтық қоғам ұйымдарын біріктіреді. Желінің академиясы осы жұмысқа "
            "бақылаушылар мен заңгерлерді даярлайды."
        ),
        "hero_link_text": "Желі туралы",
    },
}

ABOUT = {
    "en": {
        "title": "About the network",
        "slug": "about",
        "intro": (
            "The National Network for the Rule of Law in Kazakhstan is formed by graduates of "
            "the Rule of Law Academy."
        ),
        "body": paragraphs(
            "The network was created within the programme “Coordinated Civil Society Action "
            "to Promote the Rule of Law for All”, run from 2024 to 2026 by the Legal Policy "
            "Research Centre (Almaty) and International Partnership for Human Rights "
            "(Brussels) with funding from the European Union.",
            "The first Rule of Law Academy, held in Almaty in August 2024, trained 42 people "
            "from 27 organisations in 13 regions: the rule of law and an independent "
            "judiciary, criminal and administrative justice, documenting violations, "
            "strategic litigation, working with state bodies and monitoring the judiciary.",
            "Members monitor trials and pre-trial proceedings, take part in government and "
            "parliamentary working groups and present their findings at the National Forums "
            "on the Rule of Law.",
        ),
    },
    "ru": {
        "title": "О сети",
        "slug": "about",
        "intro": (
            "Национальную сеть за верховенство права в Казахстане образуют выпускники "
            "Академии верховенства права."
        ),
        "body": paragraphs(
            "Сеть создана в рамках программы «Скоординированные действия гражданского "
            "общества по продвижению верховенства права для всех», которую в 2024–2026 годах "
            "реализуют Центр исследования правовой политики (Алматы) и Международное "
            "партнёрство за права человека (Брюссель) при финансовой поддержке Европейского "
            "союза.",
            "Первая Академия верховенства права прошла в Алматы в августе 2024 года и "
            "подготовила 42 человека из 27 организаций из 13 регионов: верховенство права и "
            "независимость судебной власти, уголовное и административное правосудие, "
            "документирование нарушений, стратегические судебные дела, взаимодействие с "
            "государственными органами и мониторинг правосудия.",
            "Участники сети ведут мониторинг судебных заседаний и досудебного расследования, "
            "входят в рабочие группы правительства и парламента и представляют свои выводы на "
            "Национальных форумах по верховенству права.",
        ),
    },
    "kk": {
        "title": "Желі туралы",
        "slug": "about",
        "intro": (
            "Қазақстандағы құқық үстемдігі үшін ұлттық желіні Құқық үстемдігі академиясының "
            "түлектері құрайды."
        ),
        "body": paragraphs(
            "Желі «Баршаға арналған құқық үстемдігін ілгерілету жөніндегі азаматтық қоғамның "
            "үйлестірілген әрекеттері» бағдарламасы аясында құрылды. Бағдарламаны 2024–2026 "
            "жылдары Еуропалық Одақтың қаржылық қолдауымен Құқықтық саясатты зерттеу "
            "орталығы (Алматы) және Адам құқықтары жөніндегі халықаралық серіктестік "
            "(Брюссель) жүзеге асырады.",
            "Алғашқы Құқық үстемдігі академиясы 2024 жылғы тамызда Алматыда өтіп, 13 өңірдегі "
            "27 ұйымнан 42 адамды оқытты: құқық үстемдігі және тәуелсіз сот билігі, қылмыстық "
            "және әкімшілік сот төрелігі, құқық бұзушылықтарды құжаттау, стратегиялық сот "
            "ісі, мемлекеттік органдармен жұмыс және сот төрелігіне мониторинг.",
            "Желі мүшелері сот отырыстары мен сотқа дейінгі тергеп-тексеруге мониторинг "
            "жүргізеді, үкімет пен парламенттің жұмыс топтарына қатысады және өз "
            "қорытындыларын Құқық үстемдігі жөніндегі ұлттық форумдарда ұсынады.",
        ),
    },
}

NEWS_INDEX = {
    "en": {
        "title": "News",
        "slug": "news",
        "intro": "News, analysis, monitoring reports and statements of the network.",
    },
    "ru": {
        "title": "Новости",
        "slug": "news",
        "intro": "Новости, аналитика, отчёты о мониторинге и заявления сети.",
    },
    "kk": {
        "title": "Жаңалықтар",
        "slug": "news",
        "intro": "Желінің жаңалықтары, талдаулары, мониторинг есептері және мәлімдемелері.",
    },
}

ARTICLES = [
    {
        "key": "academy-2024",
        "date": datetime.date(2024, 8, 30),
        "category": "news",
        "tags": {
            "en": ["academy", "training"],
            "ru": ["академия", "обучение"],
            "kk": ["академия", "оқыту"],
        },
        "en": {
            "title": "First Rule of Law Academy trains 42 monitors from 13 regions",
            "slug": "first-rule-of-law-academy",
            "summary": "Lawyers and activists from 27 organisations completed the Academy in Almaty.",
            "body": paragraphs(
                "For two weeks in Almaty, participants studied the rule of law and judicial "
                "independence, criminal and administrative justice, documenting violations "
                "and strategic litigation.",
                "Practical sessions prepared them to monitor court hearings: which rights to "
                "check at each hearing, how to fill in a monitoring questionnaire and how to "
                "turn observations into recommendations.",
            ),
        },
        "ru": {
            "title": "Первая Академия верховенства права подготовила 42 наблюдателя из 13 регионов",
            "slug": "pervaya-akademiya",
            "summary": "Юристы и активисты из 27 организаций завершили обучение в Академии в Алматы.",
            "body": paragraphs(
                "Две недели в Алматы участники изучали верховенство права и независимость "
                "судебной власти, уголовное и административное правосудие, документирование "
                "нарушений и стратегические судебные дела.",
                "Практические занятия подготовили их к мониторингу судебных заседаний: какие "
                "права проверять на каждом заседании, как заполнять анкету наблюдателя и как "
                "превращать наблюдения в рекомендации.",
            ),
        },
        "kk": {
            "title": "Алғашқы Құқық үстемдігі академиясы 13 өңірден 42 бақылаушыны даярлады",
            "slug": "algashqy-akademiya",
            "summary": "27 ұйымның заңгерлері мен белсенділері Алматыдағы академияда оқуын аяқтады.",
            "body": paragraphs(
                "Алматыда екі апта бойы қатысушылар құқық үстемдігі мен сот билігінің "
                "тәуелсіздігін, қылмыстық және әкімшілік сот төрелігін, құқық бұзушылықтарды "
                "құжаттауды және стратегиялық сот ісін оқыды.",
                "Практикалық сабақтар оларды сот отырыстарына мониторинг жүргізуге дайындады: "
                "әр отырыста қандай құқықтарды тексеру керек, бақылаушы сауалнамасын қалай "
                "толтыру керек және байқауларды ұсынымдарға қалай айналдыру керек.",
            ),
        },
    },
    {
        "key": "pretrial-monitoring",
        "date": datetime.date(2026, 9, 15),
        "category": "monitoring-report",
        "tags": {
            "en": ["monitoring", "pre-trial"],
            "ru": ["мониторинг", "досудебная стадия"],
            "kk": ["мониторинг", "сотқа дейінгі кезең"],
        },
        "en": {
            "title": "Monitoring of detention hearings before investigating judges",
            "slug": "detention-hearings-monitoring",
            "summary": "Network monitors observed how investigating judges decide on detention in custody.",
            "body": paragraphs(
                "Monitors attended hearings where investigating judges decided whether to "
                "authorise detention in custody. They recorded whether the grounds for "
                "detention were examined, whether alternatives to custody were considered and "
                "whether the suspect had access to a lawyer from the first hour.",
                "The interim report compares this practice with international standards and "
                "will be discussed at the National Forum.",
            ),
        },
        "ru": {
            "title": "Мониторинг рассмотрения ходатайств о содержании под стражей у следственных судей",
            "slug": "monitoring-sankcionirovaniya-aresta",
            "summary": "Наблюдатели сети изучили, как следственные судьи принимают решения о содержании под стражей.",
            "body": paragraphs(
                "Наблюдатели присутствовали на заседаниях, где следственные судьи решали вопрос "
                "о санкционировании содержания под стражей. Они фиксировали, проверялись ли "
                "основания для ареста, рассматривались ли альтернативные меры пресечения и имел "
                "ли подозреваемый доступ к адвокату с первого часа.",
                "Промежуточный отчёт сопоставляет эту практику с международными стандартами и "
                "будет обсуждён на Национальном форуме.",
            ),
        },
        "kk": {
            "title": "Тергеу судьяларының күзетпен ұстау туралы өтінішхаттарды қарауына мониторинг",
            "slug": "kuzetpen-ustau-monitoringi",
            "summary": "Желі бақылаушылары тергеу судьяларының күзетпен ұстау туралы шешім қабылдауын зерделеді.",
            "body": paragraphs(
                "Бақылаушылар тергеу судьялары күзетпен ұстауға санкция беру мәселесін шешкен "
                "отырыстарға қатысты. Олар қамауға алу негіздерінің тексерілгенін, бұлтартпау "
                "шарасының балама түрлерінің қаралғанын және күдіктінің алғашқы сағаттан "
                "қорғаушыға қол жеткізе алғанын тіркеді.",
                "Аралық есеп бұл тәжірибені халықаралық стандарттармен салыстырады және Ұлттық "
                "форумда талқыланады.",
            ),
        },
    },
    {
        "key": "jury-trials-analysis",
        "date": datetime.date(2026, 10, 20),
        "category": "analysis",
        "tags": {
            "en": ["jury trials", "fair trial"],
            "ru": ["суд присяжных", "справедливое судебное разбирательство"],
            "kk": ["алқабилер соты", "әділ сот талқылауы"],
        },
        "en": {
            "title": "Jury trials in Kazakhstan: what changed in 2024",
            "slug": "jury-trials-2024",
            "summary": "An overview of the wider jurisdiction of jury trials and what monitors should watch for.",
            "body": paragraphs(
                "Since 2024 jury trials cover 44 offences. For trial monitors this raises new "
                "questions: how jurors are selected, whether the judge's instructions are "
                "balanced and whether the verdict is reasoned.",
                "Monitors should also check equality of arms between prosecution and defence "
                "and whether evidence obtained under torture is excluded.",
            ),
        },
        "ru": {
            "title": "Суд присяжных в Казахстане: что изменилось в 2024 году",
            "slug": "sud-prisyazhnyh-2024",
            "summary": "Обзор расширенной подсудности суда присяжных и того, на что обращать внимание наблюдателям.",
            "body": paragraphs(
                "С 2024 года суд с участием присяжных заседателей рассматривает дела о 44 "
                "составах преступлений. Для наблюдателей это новые вопросы: как отбираются "
                "присяжные, сбалансировано ли напутственное слово судьи, мотивирован ли вердикт.",
                "Наблюдателям также следует проверять равенство сторон обвинения и защиты и "
                "исключение доказательств, полученных под пытками.",
            ),
        },
        "kk": {
            "title": "Қазақстандағы алқабилер соты: 2024 жылы не өзгерді",
            "slug": "alqabiler-soty-2024",
            "summary": "Алқабилер сотының кеңейген соттылығына және бақылаушылар назар аударуға тиіс мәселелерге шолу.",
            "body": paragraphs(
                "2024 жылдан бастап алқабилердің қатысуымен сот 44 қылмыс құрамы бойынша "
                "істерді қарайды. Бақылаушылар үшін бұл жаңа сұрақтар туғызады: алқабилер қалай "
                "іріктеледі, судьяның қорытынды сөзі теңгерімді ме, вердикт дәлелді ме.",
                "Бақылаушылар сондай-ақ айыптау мен қорғау тараптарының теңдігін және азаптау "
                "арқылы алынған дәлелдемелердің алынып тасталуын тексеруі керек.",
            ),
        },
    },
    {
        "key": "statement-right-to-interpreter",
        "date": datetime.date(2026, 11, 10),
        "category": "statement",
        "tags": {
            "en": ["fair trial", "interpreter"],
            "ru": ["справедливое судебное разбирательство", "переводчик"],
            "kk": ["әділ сот талқылауы", "аудармашы"],
        },
        "en": {
            "title": "Statement: every defendant must understand their trial",
            "slug": "statement-right-to-interpreter",
            "summary": "The network calls for a free interpreter to be provided at every stage of criminal proceedings.",
            "body": paragraphs(
                "Cases in Kazakhstan are heard in Kazakh or Russian, and anyone who does not "
                "speak the language of the proceedings has the right to a free interpreter.",
                "Our monitors observed hearings where the interpreter was absent or translated "
                "only part of what was said. The network calls on the courts to make the right "
                "to an interpreter real at every stage, from the first interrogation to the "
                "judgment.",
            ),
        },
        "ru": {
            "title": "Заявление: каждый подсудимый должен понимать свой процесс",
            "slug": "zayavlenie-pravo-na-perevodchika",
            "summary": "Сеть призывает обеспечивать бесплатного переводчика на всех стадиях уголовного процесса.",
            "body": paragraphs(
                "Дела в Казахстане рассматриваются на казахском или русском языке, и каждый, "
                "кто не владеет языком судопроизводства, имеет право на бесплатного переводчика.",
                "Наши наблюдатели видели заседания, на которых переводчик отсутствовал или "
                "переводил лишь часть сказанного. Сеть призывает суды сделать право на "
                "переводчика реальным на всех стадиях — от первого допроса до приговора.",
            ),
        },
        "kk": {
            "title": "Мәлімдеме: әрбір сотталушы өз процесін түсінуі тиіс",
            "slug": "malimdeme-audarmashy-quqygy",
            "summary": "Желі қылмыстық процестің барлық сатысында тегін аудармашы беруге шақырады.",
            "body": paragraphs(
                "Қазақстанда істер қазақ немесе орыс тілінде қаралады, ал сот ісін жүргізу "
                "тілін білмейтін әрбір адам тегін аудармашыға құқылы.",
                "Біздің бақылаушылар аудармашы болмаған немесе айтылғанның бір бөлігін ғана "
                "аударған отырыстарды көрді. Желі соттарды аудармашыға құқықты алғашқы "
                "жауап алудан үкімге дейінгі барлық сатыда шынайы етуге шақырады.",
            ),
        },
    },
]

CAMPAIGN = {
    "key": "open-courts-campaign",
    "start_date": datetime.date(2026, 10, 1),
    "end_date": datetime.date(2027, 3, 31),
    "en": {
        "title": "Open courts: justice you can see",
        "slug": "open-courts",
        "aim": (
            "To show the public why open hearings matter and to help journalists report on "
            "trials accurately and safely."
        ),
        "key_messages": [
            "A public hearing protects the defendant and the victim alike.",
            "Anyone may attend an open court hearing; no pass or permission is needed.",
            "Reporting on a trial must respect the presumption of innocence.",
        ],
        "body": paragraphs(
            "Network members run workshops for journalists in the regions and publish short "
            "guides on what happens in a courtroom."
        ),
    },
    "ru": {
        "title": "Открытый суд: правосудие, которое видно",
        "slug": "otkrytyj-sud",
        "aim": (
            "Показать обществу, почему важна открытость судебных заседаний, и помочь "
            "журналистам точно и безопасно освещать судебные процессы."
        ),
        "key_messages": [
            "Открытое заседание защищает и подсудимого, и потерпевшего.",
            "Прийти на открытое судебное заседание может любой человек без пропуска и разрешения.",
            "Освещение процесса должно уважать презумпцию невиновности.",
        ],
        "body": paragraphs(
            "Участники сети проводят семинары для журналистов в регионах и выпускают короткие "
            "пособия о том, что происходит в зале суда."
        ),
    },
    "kk": {
        "title": "Ашық сот: көзге көрінетін сот төрелігі",
        "slug": "ashyq-sot",
        "aim": (
            "Қоғамға сот отырыстарының ашықтығы неліктен маңызды екенін көрсету және "
            "журналистерге сот процестерін дәл әрі қауіпсіз жариялауға көмектесу."
        ),
        "key_messages": [
            "Ашық отырыс сотталушыны да, жәбірленушіні де қорғайды.",
            "Ашық сот отырысына кез келген адам рұқсатсыз және рұқсатнамасыз келе алады.",
            "Процесті жариялау кінәсіздік презумпциясын құрметтеуі тиіс.",
        ],
        "body": paragraphs(
            "Желі мүшелері өңірлерде журналистерге арналған семинарлар өткізіп, сот залында "
            "не болатыны туралы қысқа нұсқаулықтар шығарады."
        ),
    },
}

FORUM = {
    "key": "third-national-forum",
    "start_date": datetime.date(2026, 12, 10),
    "end_date": datetime.date(2026, 12, 11),
    "en": {
        "title": "Third National Forum on the Rule of Law",
        "slug": "third-national-forum",
        "city": "Almaty",
        "venue": "",
        "summary": (
            "The network presents the results of its monitoring of the criminal-justice "
            "system and adopts recommendations for state bodies."
        ),
        "agenda": [
            ("10:00–11:30", "Monitoring results: the pre-trial stage", ""),
            ("12:00–13:30", "Access to a lawyer and to an interpreter", ""),
            ("15:00–16:30", "Adoption of the recommendations", ""),
        ],
        "recommendations": ("<p>The recommendations will be published here after the Forum.</p>"),
    },
    "ru": {
        "title": "Третий Национальный форум по верховенству права",
        "slug": "tretij-nacionalnyj-forum",
        "city": "Алматы",
        "venue": "",
        "summary": (
            "Сеть представляет результаты мониторинга системы уголовного правосудия и "
            "принимает рекомендации для государственных органов."
        ),
        "agenda": [
            ("10:00–11:30", "Результаты мониторинга: досудебная стадия", ""),
            ("12:00–13:30", "Доступ к адвокату и переводчику", ""),
            ("15:00–16:30", "Принятие рекомендаций", ""),
        ],
        "recommendations": "<p>Рекомендации будут опубликованы здесь после форума.</p>",
    },
    "kk": {
        "title": "Құқық үстемдігі жөніндегі үшінші Ұлттық форум",
        "slug": "ushinshi-ulttyq-forum",
        "city": "Алматы",
        "venue": "",
        "summary": (
            "Желі қылмыстық сот төрелігі жүйесіне жүргізілген мониторинг нәтижелерін ұсынып, "
            "мемлекеттік органдарға арналған ұсынымдарды қабылдайды."
        ),
        "agenda": [
            ("10:00–11:30", "Мониторинг нәтижелері: сотқа дейінгі саты", ""),
            ("12:00–13:30", "Қорғаушыға және аудармашыға қол жеткізу", ""),
            ("15:00–16:30", "Ұсынымдарды қабылдау", ""),
        ],
        "recommendations": "<p>Ұсынымдар форумнан кейін осы жерде жарияланады.</p>",
    },
}

DEMO_PASSWORD = "rule-of-law-demo"

# The last column is the profile's language: the demo trainee studies in Kazakh, so her
# attempt, e-mails and certificate show the platform in the state language.
DEMO_USERS = [
    ("trainee@demo.local", "Aigerim", "Sadykova", Role.TRAINEE, "KZ-75", "kk"),
    ("mentor@demo.local", "Marat", "Nurlanov", Role.MENTOR, "KZ-71", "en"),
    ("editor@demo.local", "Elena", "Kim", Role.EDITOR, "KZ-75", "en"),
    ("staff@demo.local", "Dana", "Abenova", Role.ACADEMY_STAFF, "KZ-75", "en"),
    ("dias@demo.local", "Dias", "Omarov", Role.TRAINEE, "KZ-35", "en"),
    ("zhanna@demo.local", "Zhanna", "Serikbayeva", Role.TRAINEE, "KZ-61", "en"),
]
