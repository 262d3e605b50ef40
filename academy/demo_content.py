"""Demo courses for seed_demo: three Rule of Law Academy courses in English, Russian and Kazakh.
Terms follow the project glossary; no constitutional article numbers, no invented figures."""

COURSES = [
    {
        "key": "monitoring-methodology",
        "topic": "monitoring",
        "level": "beginner",
        "estimated_hours": 6,
        "enrolment_mode": "open",
        "sequential": True,
        "prerequisites": [],
        "en": {
            "title": "Criminal-justice monitoring: the methodology",
            "slug": "criminal-justice-monitoring-methodology",
            "summary": (
                "A step-by-step introduction to the network's method for monitoring the "
                "criminal-justice system, from choosing what to observe to presenting the findings "
                "to state bodies."
            ),
            "outcomes": [
                (
                    "Name the eight spheres of the criminal-justice system and choose a realistic "
                    "focus for a monitoring project."
                ),
                (
                    "Write a monitoring plan with sites, questionnaires, a calendar, a team and "
                    "rules on safety and ethics."
                ),
                (
                    "Observe a court hearing and record objectively and completely whether "
                    "fair-trial rights were respected."
                ),
                (
                    "Turn monitoring data into interim and analytical reports that compare law and "
                    "practice with international standards."
                ),
                "Present findings and recommendations to state bodies and follow up on them.",
            ],
            "description": [
                (
                    "This course teaches the methodology that the National Network for the Rule of "
                    "Law in Kazakhstan uses to monitor criminal justice. It follows a monitoring "
                    "project from start to finish: choosing which part of the system to examine, "
                    "planning, collecting data in courts and institutions, analysing the results "
                    "and writing reports with recommendations."
                ),
                (
                    "The course is for new trial monitors, lawyers and activists, and no legal "
                    "background is required. Lessons open in order, and each ends with a practical "
                    "task that a mentor can review; the last lesson, on working with state bodies, "
                    "is optional but recommended for everyone who will present findings."
                ),
            ],
        },
        "ru": {
            "title": "Мониторинг уголовного правосудия: методология",
            "slug": "monitoring-ugolovnogo-pravosudiya-metodologiya",
            "summary": (
                "Пошаговое введение в методику, по которой сеть ведёт мониторинг системы "
                "уголовного правосудия: от выбора предмета наблюдения до представления выводов "
                "государственным органам."
            ),
            "outcomes": [
                (
                    "Называть восемь сфер системы уголовного правосудия и выбирать реалистичный "
                    "предмет для проекта мониторинга."
                ),
                (
                    "Составлять план мониторинга с объектами, анкетами, календарём, командой и "
                    "правилами безопасности и этики."
                ),
                (
                    "Наблюдать за судебным заседанием и объективно и полно фиксировать, "
                    "соблюдались ли права на справедливое судебное разбирательство."
                ),
                (
                    "Готовить на основе данных мониторинга промежуточный и аналитический отчёты, "
                    "сравнивающие закон и практику с международными стандартами."
                ),
                (
                    "Представлять выводы и рекомендации государственным органам и отслеживать их "
                    "выполнение."
                ),
            ],
            "description": [
                (
                    "Курс знакомит с методологией, которую Национальная сеть за верховенство права "
                    "в Казахстане использует для мониторинга уголовного правосудия. Он проводит "
                    "слушателя через весь проект мониторинга: выбор части системы для изучения, "
                    "планирование, сбор данных в судах и учреждениях, анализ результатов и "
                    "подготовку отчётов с рекомендациями."
                ),
                (
                    "Курс рассчитан на начинающих судебных наблюдателей, юристов и активистов; "
                    "юридическое образование не требуется. Занятия открываются по порядку, и "
                    "каждое завершается практическим заданием, которое может проверить наставник; "
                    "последнее занятие, о работе с государственными органами, необязательно, но "
                    "рекомендуется всем, кто будет представлять выводы."
                ),
            ],
        },
        "kk": {
            "title": "Қылмыстық сот төрелігінің мониторингі: әдіснама",
            "slug": "qylmystyq-sot-toreliginin-monitoringi-adisnama",
            "summary": (
                "Желінің қылмыстық сот төрелігі жүйесіне мониторинг жүргізу әдісіне қадамдық "
                "кіріспе: бақылау нысанын таңдаудан бастап тұжырымдарды мемлекеттік органдарға "
                "ұсынуға дейін."
            ),
            "outcomes": [
                (
                    "Қылмыстық сот төрелігі жүйесінің сегіз саласын атап, мониторинг жобасы үшін "
                    "шынайы нысан таңдау."
                ),
                (
                    "Бақылау орындары, сауалнамалар, күнтізбе, топ, қауіпсіздік және әдеп "
                    "ережелері көрсетілген мониторинг жоспарын құру."
                ),
                (
                    "Сот отырысын бақылап, әділ сот талқылауына құқықтардың сақталу-сақталмауын "
                    "объективті әрі толық тіркеу."
                ),
                (
                    "Мониторинг деректері негізінде заң мен тәжірибені халықаралық стандарттармен "
                    "салыстыратын аралық және талдамалық есептер дайындау."
                ),
                (
                    "Тұжырымдар мен ұсынымдарды мемлекеттік органдарға ұсынып, олардың орындалуын "
                    "қадағалау."
                ),
            ],
            "description": [
                (
                    "Бұл курс Қазақстандағы құқық үстемдігі үшін ұлттық желі қылмыстық сот "
                    "төрелігінің мониторингінде пайдаланатын әдіснаманы таныстырады. Ол тыңдаушыны "
                    "мониторинг жобасының басынан соңына дейін алып өтеді: жүйенің қай бөлігін "
                    "зерттеуді таңдау, жоспарлау, соттар мен мекемелерде деректер жинау, "
                    "нәтижелерді талдау және ұсынымдары бар есептер дайындау."
                ),
                (
                    "Курс жаңадан бастаған сот бақылаушыларына, заңгерлерге және белсенділерге "
                    "арналған; заң білімі талап етілмейді. Сабақтар ретімен ашылады және әрқайсысы "
                    "тәлімгер тексере алатын практикалық тапсырмамен аяқталады; мемлекеттік "
                    "органдармен жұмыс туралы соңғы сабақ міндетті емес, бірақ тұжырымдарды "
                    "ұсынатындардың бәріне ұсынылады."
                ),
            ],
        },
        "lessons": [
            {
                "key": "monitoring-methodology-1",
                "minutes": 60,
                "required": True,
                "en": {
                    "title": "The eight spheres and choosing what to monitor",
                    "slug": "eight-spheres-and-choosing-what-to-monitor",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Criminal justice is not only what happens in a courtroom. A "
                                "person's rights can be respected or violated at every step, from "
                                "the first contact with the police to the last day of a sentence. "
                                "The network's methodology therefore divides the system into eight "
                                "spheres, so that a monitoring team first sees the whole picture "
                                "and then chooses a focus it can really cover."
                            ),
                        ),
                        ("heading", "The eight spheres of the criminal-justice system"),
                        (
                            "list",
                            [
                                "Criminal policy: the state's laws, strategies and priorities",
                                "The judiciary: courts and the independence of judges",
                                "The prosecution service",
                                "The Bar: defence lawyers and their independence",
                                "Legal aid: free defence for those who cannot pay",
                                "The pre-trial stage: arrest, investigation, detention in custody",
                                "The trial stage: court hearings and judgments",
                                "The penitentiary system: serving sentences and release",
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "The spheres are connected. A confession obtained without a lawyer "
                                "at the pre-trial stage may become the main evidence at trial, and "
                                "a shortage of legal-aid lawyers in a region affects every hearing "
                                "there. When you describe a problem, note which spheres it touches."
                            ),
                        ),
                        ("heading", "Choosing what to monitor"),
                        (
                            "paragraph",
                            (
                                "A good focus is narrow enough to cover with the people, time and "
                                "access you have, and important enough that the findings can "
                                "change practice. Ask yourself which problem people in your region "
                                "face most often, which institutions you can reach lawfully and "
                                "safely, and which information is public. For example, anyone may "
                                "attend open hearings in district courts, while visits to places "
                                "of detention require special permission or membership of a "
                                "visiting mechanism."
                            ),
                        ),
                        (
                            "callout",
                            "Start small",
                            (
                                "A first project that observes one type of case in a few courts "
                                "over several months and is carried through to the end is more "
                                "useful than an ambitious plan abandoned halfway."
                            ),
                        ),
                        (
                            "task",
                            (
                                "List the eight spheres and, for your region, write one sentence "
                                "on the most serious problem you know of in each. Then choose one "
                                "sphere for a first monitoring project and explain in three or "
                                "four sentences why it matters, what you can access and who could "
                                "use the results."
                            ),
                        ),
                    ],
                },
                "ru": {
                    "title": "Восемь сфер системы и выбор предмета мониторинга",
                    "slug": "vosem-sfer-i-vybor-predmeta-monitoringa",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Уголовное правосудие — это не только то, что происходит в зале "
                                "суда. Права человека могут быть соблюдены или нарушены на каждом "
                                "этапе: от первого контакта с полицией до последнего дня отбывания "
                                "наказания. Поэтому методология сети делит систему на восемь сфер: "
                                "так команда мониторинга сначала видит картину целиком, а затем "
                                "выбирает направление, которое действительно может охватить."
                            ),
                        ),
                        ("heading", "Восемь сфер системы уголовного правосудия"),
                        (
                            "list",
                            [
                                "Уголовная политика: законы, стратегии и приоритеты государства",
                                "Судебная система: суды и независимость судей",
                                "Прокуратура",
                                "Адвокатура: защитники и их независимость",
                                (
                                    "Юридическая помощь: бесплатная защита для тех, кто не может "
                                    "заплатить"
                                ),
                                (
                                    "Досудебная стадия: задержание, расследование, содержание под "
                                    "стражей"
                                ),
                                "Судебная стадия: судебные заседания и приговоры",
                                "Пенитенциарная система: отбывание наказания и освобождение",
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Сферы связаны между собой. Признание, полученное без адвоката на "
                                "досудебной стадии, может стать главным доказательством в суде, а "
                                "нехватка адвокатов, оказывающих юридическую помощь, в регионе "
                                "сказывается на каждом процессе. Описывая проблему, отмечайте, "
                                "каких сфер она касается."
                            ),
                        ),
                        ("heading", "Как выбрать предмет мониторинга"),
                        (
                            "paragraph",
                            (
                                "Хороший предмет мониторинга достаточно узок, чтобы охватить его "
                                "имеющимися силами, временем и доступом, и достаточно важен, чтобы "
                                "результаты могли изменить практику. Спросите себя, с какой "
                                "проблемой люди в вашем регионе сталкиваются чаще всего, в какие "
                                "учреждения вы можете попасть законно и безопасно и какая "
                                "информация открыта. Например, открытые заседания районных судов "
                                "может посещать любой человек, а для посещения мест содержания под "
                                "стражей нужны специальное разрешение или участие в механизме "
                                "посещений."
                            ),
                        ),
                        (
                            "callout",
                            "Начинайте с малого",
                            (
                                "Первый проект, в котором несколько месяцев наблюдают за одной "
                                "категорией дел в нескольких судах и доводят работу до конца, "
                                "полезнее амбициозного плана, брошенного на полпути."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Перечислите восемь сфер и для своего региона напишите по одному "
                                "предложению о самой серьёзной известной вам проблеме в каждой из "
                                "них. Затем выберите одну сферу для первого проекта мониторинга и "
                                "в трёх-четырёх предложениях объясните, почему она важна, к чему у "
                                "вас есть доступ и кто сможет использовать результаты."
                            ),
                        ),
                    ],
                },
                "kk": {
                    "title": "Сегіз сала және мониторинг нысанын таңдау",
                    "slug": "segiz-sala-zhane-monitoring-nysanyn-tandau",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Қылмыстық сот төрелігі тек сот залында болатын оқиғалармен "
                                "шектелмейді. Адам құқықтары полициямен алғашқы байланыстан бастап "
                                "жазаны өтеудің соңғы күніне дейінгі әр кезеңде сақталуы да, "
                                "бұзылуы да мүмкін. Сондықтан желінің әдіснамасы жүйені сегіз "
                                "салаға бөледі: мониторинг тобы алдымен толық көріністі көреді, "
                                "содан кейін шынымен қамти алатын бағытты таңдайды."
                            ),
                        ),
                        ("heading", "Қылмыстық сот төрелігі жүйесінің сегіз саласы"),
                        (
                            "list",
                            [
                                (
                                    "Қылмыстық саясат: мемлекеттің заңдары, стратегиялары мен "
                                    "басымдықтары"
                                ),
                                "Сот жүйесі: соттар және судьялардың тәуелсіздігі",
                                "Прокуратура",
                                "Адвокатура: қорғаушылар және олардың тәуелсіздігі",
                                "Заң көмегі: ақы төлей алмайтындарға тегін қорғау",
                                "Сотқа дейінгі саты: ұстау, тергеп-тексеру, күзетпен ұстау",
                                "Сот сатысы: сот отырыстары мен үкімдер",
                                "Пенитенциарлық жүйе: жазаны өтеу және босату",
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Салалар бір-бірімен байланысты. Сотқа дейінгі сатыда адвокатсыз "
                                "алынған мойындау сотта басты дәлелдемеге айналуы мүмкін, ал "
                                "өңірде заң көмегін көрсететін адвокаттардың жетіспеуі әр сот "
                                "процесіне әсер етеді. Мәселені сипаттағанда оның қай салаларға "
                                "қатысты екенін белгілеңіз."
                            ),
                        ),
                        ("heading", "Мониторинг нысанын қалай таңдау керек"),
                        (
                            "paragraph",
                            (
                                "Жақсы таңдалған нысан қолда бар адамдармен, уақытпен және "
                                "қолжетімділікпен қамтуға жететіндей тар, ал нәтижелері тәжірибені "
                                "өзгерте алатындай маңызды болады. Өзіңізге сұрақ қойыңыз: "
                                "өңіріңіздегі адамдар қай мәселеге жиі тап болады, қай мекемелерге "
                                "заңды әрі қауіпсіз түрде бара аласыз және қандай ақпарат ашық? "
                                "Мысалы, аудандық соттардың ашық отырыстарына кез келген адам "
                                "қатыса алады, ал күзетпен ұстау орындарына бару үшін арнайы "
                                "рұқсат немесе бару тетігіне мүшелік қажет."
                            ),
                        ),
                        (
                            "callout",
                            "Кішіден бастаңыз",
                            (
                                "Бірнеше ай бойы бірнеше сотта бір санаттағы істерді бақылап, "
                                "соңына дейін жеткізілген алғашқы жоба жарты жолда тоқтаған өршіл "
                                "жоспардан пайдалырақ."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Сегіз саланы атап шығыңыз және өз өңіріңіз үшін әр салада "
                                "өзіңізге белгілі ең күрделі мәселе туралы бір сөйлемнен жазыңыз. "
                                "Содан кейін алғашқы мониторинг жобасы үшін бір саланы таңдап, "
                                "оның неліктен маңызды екенін, сізде неге қолжетімділік бар екенін "
                                "және нәтижелерді кім пайдалана алатынын үш-төрт сөйлеммен "
                                "түсіндіріңіз."
                            ),
                        ),
                    ],
                },
            },
            {
                "key": "monitoring-methodology-2",
                "minutes": 75,
                "required": True,
                "en": {
                    "title": "Writing a monitoring plan",
                    "slug": "writing-a-monitoring-plan",
                    "body": [
                        (
                            "paragraph",
                            (
                                "A monitoring plan turns a good idea into work that a team can "
                                "actually do. It states what will be observed, where, when, by "
                                "whom and with which tools, and it sets the rules on safety and "
                                "ethics before anyone enters a courtroom or an institution. A "
                                "written plan also makes the findings more credible, because "
                                "readers can see how the data were collected."
                            ),
                        ),
                        ("heading", "What the plan contains"),
                        (
                            "list",
                            [
                                "Aim and questions: what you want to find out and why",
                                "Sites: which courts or institutions, and why these",
                                "Tools: questionnaires and observation forms",
                                (
                                    "Calendar: preparation, visits, interim report, analysis, "
                                    "final report"
                                ),
                                "Team: monitors, a coordinator, a lawyer who checks the findings",
                                "Data: how forms are stored, checked and protected",
                                "Rules on safety and ethics",
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Questionnaires are the heart of the plan. Word the questions so "
                                "that a monitor can answer them from what he or she sees and "
                                "hears, mostly with yes, no or not observed, and leave room for a "
                                "short factual comment. Test the form at two or three hearings "
                                "before the main observation begins and fix unclear questions "
                                "then, not halfway through the project, so that all data remain "
                                "comparable."
                            ),
                        ),
                        ("heading", "Safety and ethics"),
                        (
                            "list",
                            [
                                (
                                    "Informed consent: explain who you are and how you will use "
                                    "the information"
                                ),
                                "Confidentiality: no names or identifying details without consent",
                                "Do no harm: do not ask if answering could put someone at risk",
                                "Independence: observe, never intervene or advise the parties",
                                "Personal safety: work in pairs and keep the coordinator informed",
                            ],
                        ),
                        (
                            "callout",
                            "Agree the rules before the first visit",
                            (
                                "Every monitor should read and sign the project's code of conduct. "
                                "When a difficult situation arises in court, there is no time to "
                                "invent rules."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Draft a one-page monitoring plan for the focus you chose in the "
                                "previous lesson: aim, sites, tools, a month-by-month calendar, "
                                "team roles and five rules on safety and ethics. Send it to your "
                                "mentor for comments."
                            ),
                        ),
                    ],
                },
                "ru": {
                    "title": "Составление плана мониторинга",
                    "slug": "sostavlenie-plana-monitoringa",
                    "body": [
                        (
                            "paragraph",
                            (
                                "План мониторинга превращает хорошую идею в работу, которую "
                                "команда действительно может выполнить. В нём указано, что, где, "
                                "когда, кем и с помощью каких инструментов будет наблюдаться, а "
                                "правила безопасности и этики устанавливаются до того, как "
                                "кто-либо войдёт в зал суда или учреждение. Письменный план также "
                                "повышает доверие к выводам, потому что читатель видит, как "
                                "собирались данные."
                            ),
                        ),
                        ("heading", "Что входит в план"),
                        (
                            "list",
                            [
                                "Цель и вопросы: что вы хотите выяснить и зачем",
                                "Объекты: какие суды или учреждения и почему именно они",
                                "Инструменты: анкеты и формы наблюдения",
                                (
                                    "Календарь: подготовка, посещения, промежуточный отчёт, "
                                    "анализ, итоговый отчёт"
                                ),
                                "Команда: наблюдатели, координатор, юрист, проверяющий выводы",
                                "Данные: как анкеты хранятся, проверяются и защищаются",
                                "Правила безопасности и этики",
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Анкеты — сердцевина плана. Формулируйте вопросы так, чтобы "
                                "наблюдатель мог ответить на них по тому, что видит и слышит, "
                                "преимущественно вариантами «да», «нет» или «не наблюдалось», и "
                                "оставляйте место для краткого фактического комментария. Опробуйте "
                                "анкету на двух-трёх заседаниях до начала основного наблюдения и "
                                "исправьте неясные вопросы тогда, а не в середине проекта, чтобы "
                                "все данные оставались сопоставимыми."
                            ),
                        ),
                        ("heading", "Безопасность и этика"),
                        (
                            "list",
                            [
                                (
                                    "Информированное согласие: объясните, кто вы и как используете "
                                    "информацию"
                                ),
                                (
                                    "Конфиденциальность: никаких имён и узнаваемых деталей без "
                                    "согласия"
                                ),
                                (
                                    "«Не навреди»: не спрашивайте, если ответ может подвергнуть "
                                    "человека риску"
                                ),
                                (
                                    "Независимость: наблюдайте, не вмешивайтесь и не "
                                    "консультируйте стороны"
                                ),
                                (
                                    "Личная безопасность: работайте парами и держите координатора "
                                    "в курсе"
                                ),
                            ],
                        ),
                        (
                            "callout",
                            "Договоритесь о правилах до первого посещения",
                            (
                                "Каждый наблюдатель должен прочитать и подписать кодекс поведения "
                                "проекта. Когда в суде возникает сложная ситуация, придумывать "
                                "правила уже некогда."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Составьте одностраничный план мониторинга по предмету, выбранному "
                                "на предыдущем занятии: цель, объекты, инструменты, помесячный "
                                "календарь, роли в команде и пять правил безопасности и этики. "
                                "Отправьте его наставнику для комментариев."
                            ),
                        ),
                    ],
                },
                "kk": {
                    "title": "Мониторинг жоспарын құру",
                    "slug": "monitoring-zhosparyn-quru",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Мониторинг жоспары жақсы идеяны топ шынымен орындай алатын "
                                "жұмысқа айналдырады. Онда не, қайда, қашан, кімнің күшімен және "
                                "қандай құралдармен бақыланатыны көрсетіледі, ал қауіпсіздік пен "
                                "әдеп ережелері біреу сот залына немесе мекемеге кірмей тұрып "
                                "белгіленеді. Жазбаша жоспар тұжырымдарға деген сенімді де "
                                "арттырады, өйткені оқырман деректердің қалай жиналғанын көреді."
                            ),
                        ),
                        ("heading", "Жоспарға не кіреді"),
                        (
                            "list",
                            [
                                "Мақсат пен сұрақтар: нені және не үшін анықтағыңыз келеді",
                                "Бақылау орындары: қай соттар немесе мекемелер және неге дәл солар",
                                "Құралдар: сауалнамалар мен бақылау парақтары",
                                "Күнтізбе: дайындық, бару, аралық есеп, талдау, қорытынды есеп",
                                "Топ: бақылаушылар, үйлестіруші, тұжырымдарды тексеретін заңгер",
                                "Деректер: парақтар қалай сақталады, тексеріледі және қорғалады",
                                "Қауіпсіздік пен әдеп ережелері",
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Сауалнама — жоспардың өзегі. Сұрақтарды бақылаушы көргені мен "
                                "естігені бойынша, негізінен «иә», «жоқ» немесе «байқалмады» деп "
                                "жауап бере алатындай етіп құрастырыңыз және қысқа нақты "
                                "түсініктемеге орын қалдырыңыз. Негізгі бақылау басталмай тұрып "
                                "сауалнаманы екі-үш отырыста сынап көріңіз де, түсініксіз "
                                "сұрақтарды жобаның ортасында емес, дәл сол кезде түзетіңіз, сонда "
                                "барлық деректер салыстырмалы болып қалады."
                            ),
                        ),
                        ("heading", "Қауіпсіздік және әдеп"),
                        (
                            "list",
                            [
                                (
                                    "Ақпараттандырылған келісім: кім екеніңізді және ақпаратты "
                                    "қалай пайдаланатыныңызды түсіндіріңіз"
                                ),
                                (
                                    "Құпиялылық: келісімсіз есімдер мен адамды танытатын "
                                    "мәліметтер жарияланбайды"
                                ),
                                (
                                    "«Зиян келтірме»: жауап адамды қауіпке ұшыратуы мүмкін болса, "
                                    "сұрамаңыз"
                                ),
                                (
                                    "Тәуелсіздік: бақылаңыз, процеске араласпаңыз, тараптарға "
                                    "кеңес бермеңіз"
                                ),
                                (
                                    "Жеке қауіпсіздік: жұппен жұмыс істеңіз және үйлестірушіге "
                                    "хабарлап отырыңыз"
                                ),
                            ],
                        ),
                        (
                            "callout",
                            "Ережелерді алғашқы барудан бұрын келісіп алыңыз",
                            (
                                "Әр бақылаушы жобаның әдеп кодексін оқып, оған қол қоюы тиіс. "
                                "Сотта қиын жағдай туындағанда ереже ойлап табуға уақыт болмайды."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Алдыңғы сабақта таңдаған нысаныңыз бойынша бір беттік мониторинг "
                                "жоспарын жасаңыз: мақсат, бақылау орындары, құралдар, айлар "
                                "бойынша күнтізбе, топтағы рөлдер және қауіпсіздік пен әдептің бес "
                                "ережесі. Оны пікір алу үшін тәлімгеріңізге жіберіңіз."
                            ),
                        ),
                    ],
                },
            },
            {
                "key": "monitoring-methodology-3",
                "minutes": 75,
                "required": True,
                "en": {
                    "title": "Court visits and data collection",
                    "slug": "court-visits-and-data-collection",
                    "body": [
                        (
                            "paragraph",
                            (
                                "In the courtroom a monitor has only two tools: attention and the "
                                "observation form. Arrive early, sit where you can see and hear "
                                "the judge and the parties, and record facts rather than "
                                "impressions. What you write during the hearing and straight after "
                                "it is the raw material for every later report, so it must be "
                                "accurate and complete."
                            ),
                        ),
                        ("heading", "What a monitor records at each hearing"),
                        (
                            "list",
                            [
                                "Date, court, type of case, scheduled and actual start time",
                                (
                                    "Whether the public and monitors were admitted, and any "
                                    "restrictions"
                                ),
                                (
                                    "Who was present: judge, prosecutor, defendant, defence "
                                    "lawyer, victim, interpreter"
                                ),
                                "The language of the hearing and whether everyone understood it",
                                "Whether the defendant was held in a glass or metal enclosure",
                                "Which rights the judge explained, and how",
                                (
                                    "Any statement about torture or ill-treatment, and the court's "
                                    "response"
                                ),
                                "Breaks and adjournments, their reasons, and how the hearing ended",
                            ],
                        ),
                        ("heading", "The rights checklist (OSCE/ODIHR practice)"),
                        (
                            "list",
                            [
                                "An independent and impartial tribunal established by law",
                                "A public and fair hearing, with the defendant present",
                                "Presumption of innocence and freedom from self-incrimination",
                                "Exclusion of evidence obtained by torture",
                                "Equality of arms",
                                "The right to counsel",
                                "A free interpreter",
                                "A reasoned judgment, announced in public",
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "At pre-trial hearings before an investigating judge, also record "
                                "the grounds and length of detention, whether the judge actually "
                                "examined them, access to a lawyer, whether alternatives to "
                                "custody were considered, and how any allegation of torture was "
                                "handled. Mark each right as respected, not respected or not "
                                "observed, and support every 'not respected' with the facts you "
                                "saw."
                            ),
                        ),
                        (
                            "callout",
                            "Facts, not opinions",
                            (
                                "Write 'The judge did not explain the right to remain silent', not "
                                "'The judge was biased'. Conclusions come later, from many "
                                "observations, not from a single hearing."
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "Do not intervene in the proceedings, give advice or show your "
                                "reactions. If the judge or a bailiff asks who you are, explain "
                                "calmly that you are observing an open hearing as part of "
                                "civil-society monitoring. Transfer your notes to the final form "
                                "on the same day, while your memory is fresh, and send it to the "
                                "coordinator through the agreed secure channel."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Attend one open criminal hearing in a court near you, or watch a "
                                "recording of a mock trial provided by your mentor, and fill in "
                                "the observation form. Then write a half-page factual summary and "
                                "note which rights on the checklist you could not observe, and why."
                            ),
                        ),
                    ],
                },
                "ru": {
                    "title": "Посещение судов и сбор данных",
                    "slug": "poseshchenie-sudov-i-sbor-dannykh",
                    "body": [
                        (
                            "paragraph",
                            (
                                "В зале суда у наблюдателя только два инструмента: внимание и "
                                "форма наблюдения. Приходите заранее, садитесь так, чтобы видеть и "
                                "слышать судью и стороны, и записывайте факты, а не впечатления. "
                                "То, что вы запишете во время заседания и сразу после него, станет "
                                "исходным материалом для всех последующих отчётов, поэтому записи "
                                "должны быть точными и полными."
                            ),
                        ),
                        ("heading", "Что наблюдатель фиксирует на каждом заседании"),
                        (
                            "list",
                            [
                                "Дата, суд, категория дела, время начала по графику и фактическое",
                                "Допущены ли публика и наблюдатели, были ли ограничения",
                                (
                                    "Кто присутствовал: судья, прокурор, подсудимый, защитник, "
                                    "потерпевший, переводчик"
                                ),
                                "Язык судопроизводства и понимали ли его все участники",
                                "Находился ли подсудимый в стеклянной или металлической кабине",
                                "Какие права разъяснил судья и как",
                                "Любые заявления о пытках или жестоком обращении и реакция суда",
                                "Перерывы и отложения, их причины, чем закончилось заседание",
                            ],
                        ),
                        ("heading", "Перечень прав для проверки (практика ОБСЕ/БДИПЧ)"),
                        (
                            "list",
                            [
                                "Независимый и беспристрастный суд, созданный на основании закона",
                                (
                                    "Публичное и справедливое разбирательство в присутствии "
                                    "подсудимого"
                                ),
                                "Презумпция невиновности и право не свидетельствовать против себя",
                                "Недопустимость доказательств, полученных под пыткой",
                                "Равенство сторон",
                                "Право на защитника",
                                "Бесплатный переводчик",
                                "Мотивированный приговор, оглашённый публично",
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "На досудебных заседаниях у следственного судьи дополнительно "
                                "отмечайте основания и сроки содержания под стражей, действительно "
                                "ли судья их проверил, доступ к адвокату, рассматривались ли "
                                "альтернативы содержанию под стражей и как было рассмотрено "
                                "заявление о пытках, если оно прозвучало. По каждому праву ставьте "
                                "отметку «соблюдено», «не соблюдено» или «не наблюдалось» и "
                                "подкрепляйте каждое «не соблюдено» увиденными фактами."
                            ),
                        ),
                        (
                            "callout",
                            "Факты, а не мнения",
                            (
                                "Пишите «Судья не разъяснил право хранить молчание», а не «Судья "
                                "был предвзят». Выводы делаются позже, по множеству наблюдений, а "
                                "не по одному заседанию."
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "Не вмешивайтесь в процесс, не давайте советов и не показывайте "
                                "своих реакций. Если судья или судебный пристав спросит, кто вы, "
                                "спокойно объясните, что наблюдаете за открытым заседанием в "
                                "рамках общественного мониторинга. Перенесите записи в итоговую "
                                "форму в тот же день, пока память свежа, и отправьте её "
                                "координатору по согласованному защищённому каналу."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Посетите одно открытое заседание по уголовному делу в ближайшем "
                                "суде или посмотрите запись учебного процесса, предоставленную "
                                "наставником, и заполните форму наблюдения. Затем напишите "
                                "фактическое резюме на полстраницы и отметьте, какие права из "
                                "перечня вы не смогли наблюдать и почему."
                            ),
                        ),
                    ],
                },
                "kk": {
                    "title": "Сотқа бару және деректер жинау",
                    "slug": "sotqa-baru-zhane-derekter-zhinau",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Сот залында бақылаушының екі-ақ құралы бар: зейін және бақылау "
                                "парағы. Ертерек келіңіз, судья мен тараптарды көріп, еститіндей "
                                "жерге отырыңыз және әсерлеріңізді емес, фактілерді жазыңыз. "
                                "Отырыс кезінде және одан кейін бірден жазғандарыңыз кейінгі "
                                "барлық есептердің бастапқы материалы болады, сондықтан жазбалар "
                                "дәл әрі толық болуы керек."
                            ),
                        ),
                        ("heading", "Бақылаушы әр отырыста нені тіркейді"),
                        (
                            "list",
                            [
                                "Күні, сот, іс санаты, кесте бойынша және нақты басталған уақыты",
                                "Көпшілік пен бақылаушылар залға жіберілді ме, шектеулер болды ма",
                                (
                                    "Кім қатысты: судья, прокурор, сотталушы, қорғаушы, "
                                    "жәбірленуші, аудармашы"
                                ),
                                "Сот ісін жүргізу тілі және оны барлық қатысушылар түсінді ме",
                                "Сотталушы шыны немесе металл қоршауда отырды ма",
                                "Судья қандай құқықтарды және қалай түсіндірді",
                                (
                                    "Азаптау немесе қатыгез қарым-қатынас туралы кез келген "
                                    "мәлімдеме және сот оған қалай жауап берді"
                                ),
                                (
                                    "Үзілістер мен кейінге қалдырулар, олардың себептері, отырыс "
                                    "немен аяқталды"
                                ),
                            ],
                        ),
                        ("heading", "Тексерілетін құқықтар тізбесі (ЕҚЫҰ/ДИАҚБ тәжірибесі)"),
                        (
                            "list",
                            [
                                "Заң негізінде құрылған тәуелсіз және бейтарап сот",
                                "Сотталушының қатысуымен ашық және әділ сот талқылауы",
                                "Кінәсіздік презумпциясы және өзіне қарсы айғақ бермеу құқығы",
                                "Азаптау арқылы алынған дәлелдемелерді пайдаланбау",
                                "Тараптардың теңдігі",
                                "Қорғаушы алу құқығы",
                                "Тегін аудармашы",
                                "Көпшілік алдында жарияланған дәлелді үкім",
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Тергеу судьясының сотқа дейінгі отырыстарында қосымша мыналарды "
                                "белгілеңіз: күзетпен ұстаудың негіздері мен мерзімдері, судья "
                                "оларды шынымен тексерді ме, адвокатқа қолжетімділік, күзетпен "
                                "ұстауға балама шаралар қаралды ма және азаптау туралы арыз "
                                "айтылса, ол қалай қаралды. Әр құқық бойынша «сақталды», "
                                "«сақталмады» немесе «байқалмады» деп белгі қойыңыз және әрбір "
                                "«сақталмады» белгісін өзіңіз көрген фактілермен негіздеңіз."
                            ),
                        ),
                        (
                            "callout",
                            "Пікір емес, факт",
                            (
                                "«Судья сотталушыға үндемеу құқығын түсіндірмеді» деп жазыңыз, "
                                "«Судья біржақты болды» деп жазбаңыз. Қорытынды бір отырыс бойынша "
                                "емес, кейінірек көптеген бақылаулар негізінде жасалады."
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "Процеске араласпаңыз, кеңес бермеңіз және өз реакцияңызды "
                                "білдірмеңіз. Егер судья немесе сот приставы кім екеніңізді "
                                "сұраса, ашық отырысты қоғамдық мониторинг аясында бақылап "
                                "отырғаныңызды сабырмен түсіндіріңіз. Жазбаларыңызды есіңізде "
                                "барда сол күні қорытынды параққа көшіріп, оны үйлестірушіге "
                                "келісілген қорғалған арна арқылы жіберіңіз."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Жақын жердегі сотта қылмыстық іс бойынша бір ашық отырысқа "
                                "қатысыңыз немесе тәлімгеріңіз берген оқу процесінің жазбасын "
                                "қараңыз да, бақылау парағын толтырыңыз. Содан кейін жарты беттік "
                                "фактілік түйіндеме жазып, тізбедегі қай құқықтарды бақылай "
                                "алмағаныңызды және неге екенін белгілеңіз."
                            ),
                        ),
                    ],
                },
            },
            {
                "key": "monitoring-methodology-4",
                "minutes": 75,
                "required": True,
                "en": {
                    "title": "Interim and analytical reports",
                    "slug": "interim-and-analytical-reports",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Observations become evidence for change only when they are "
                                "analysed and reported well. The methodology uses two reports: an "
                                "interim report during the project and an analytical report at its "
                                "end. Both must let the reader see what was observed, how, and "
                                "what follows from it."
                            ),
                        ),
                        ("heading", "The interim report"),
                        (
                            "paragraph",
                            (
                                "The interim report summarises the data collected so far, shows "
                                "early trends and notes problems with the method, such as "
                                "questions that monitors answer differently or courts that refused "
                                "access. It is usually discussed within the network and, where "
                                "useful, shared with the institutions concerned to start a "
                                "dialogue early. Present trends as preliminary and avoid firm "
                                "conclusions at this stage."
                            ),
                        ),
                        ("heading", "The analytical report"),
                        (
                            "list",
                            [
                                "Summary of the main findings and recommendations",
                                (
                                    "Methodology: sites, period, tools, number of observations, "
                                    "limitations"
                                ),
                                "Findings by right or by issue, with examples",
                                "Comparison of national law, practice and international standards",
                                "Good practice worth spreading",
                                "Recommendations addressed to specific bodies",
                                "Annexes: the questionnaire and the legal framework",
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "The core of the analysis is a three-way comparison. State first "
                                "what national law requires, then what monitors actually saw, and "
                                "finally what international standards require, such as the "
                                "International Covenant on Civil and Political Rights and its "
                                "interpretation by UN treaty bodies. A gap may lie between the law "
                                "and practice or between the law itself and the standard, and each "
                                "case calls for a different recommendation. Describe systemic "
                                "problems rather than blaming individual judges, and never "
                                "generalise beyond the cases you actually observed."
                            ),
                        ),
                        (
                            "callout",
                            "Recommendations that work",
                            (
                                "A good recommendation names the body that should act, says "
                                "exactly what should change and can be checked later. 'The Supreme "
                                "Court should clarify in a normative resolution...' is stronger "
                                "than 'Fair-trial rights should be respected'."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Using the observation forms from the previous lesson, or a "
                                "training set from your mentor, write a one-page section of an "
                                "analytical report on one right: what the law says, what was "
                                "observed, what the international standard is, and two "
                                "recommendations, each addressed to a named body. Use only figures "
                                "from your own data."
                            ),
                        ),
                    ],
                },
                "ru": {
                    "title": "Промежуточный и аналитический отчёты",
                    "slug": "promezhutochnyy-i-analiticheskiy-otchety",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Наблюдения становятся доказательной основой для изменений, только "
                                "когда они хорошо проанализированы и изложены. Методология "
                                "предусматривает два отчёта: промежуточный — в ходе проекта и "
                                "аналитический — по его завершении. Оба должны позволять читателю "
                                "понять, что и как наблюдалось и какие выводы из этого следуют."
                            ),
                        ),
                        ("heading", "Промежуточный отчёт"),
                        (
                            "paragraph",
                            (
                                "Промежуточный отчёт обобщает собранные к этому моменту данные, "
                                "показывает первые тенденции и фиксирует проблемы метода: "
                                "например, вопросы, на которые наблюдатели отвечают по-разному, "
                                "или суды, отказавшие в доступе. Обычно его обсуждают внутри сети, "
                                "а при необходимости направляют и в соответствующие учреждения, "
                                "чтобы начать диалог заранее. Представляйте тенденции как "
                                "предварительные и на этом этапе избегайте категоричных выводов."
                            ),
                        ),
                        ("heading", "Аналитический отчёт"),
                        (
                            "list",
                            [
                                "Резюме основных выводов и рекомендаций",
                                (
                                    "Методология: объекты, период, инструменты, число наблюдений, "
                                    "ограничения"
                                ),
                                "Выводы по каждому праву или проблеме, с примерами",
                                (
                                    "Сравнение национального законодательства, практики и "
                                    "международных стандартов"
                                ),
                                "Положительная практика, которую стоит распространить",
                                "Рекомендации, адресованные конкретным органам",
                                "Приложения: анкета и правовая база",
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Основа анализа — сравнение в трёх измерениях. Сначала укажите, "
                                "чего требует национальный закон, затем — что наблюдатели увидели "
                                "на практике и, наконец, чего требуют международные стандарты, "
                                "такие как Международный пакт о гражданских и политических правах "
                                "и его толкование договорными органами ООН. Разрыв может "
                                "существовать между законом и практикой или между самим законом и "
                                "стандартом, и каждый случай требует своей рекомендации. "
                                "Описывайте системные проблемы, а не обвиняйте отдельных судей, и "
                                "никогда не обобщайте за пределы дел, которые вы действительно "
                                "наблюдали."
                            ),
                        ),
                        (
                            "callout",
                            "Рекомендации, которые работают",
                            (
                                "Хорошая рекомендация называет орган, который должен действовать, "
                                "говорит, что именно нужно изменить, и поддаётся последующей "
                                "проверке. «Верховному Суду разъяснить в нормативном "
                                "постановлении…» сильнее, чем «Соблюдать право на справедливое "
                                "судебное разбирательство»."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Используя формы наблюдения из предыдущего занятия или учебный "
                                "набор от наставника, напишите одностраничный раздел "
                                "аналитического отчёта по одному праву: что говорит закон, что "
                                "наблюдалось, каков международный стандарт, и две рекомендации, "
                                "каждая из которых адресована конкретному органу. Приводите только "
                                "цифры из собственных данных."
                            ),
                        ),
                    ],
                },
                "kk": {
                    "title": "Аралық және талдамалық есептер",
                    "slug": "aralyq-zhane-taldamalyq-esepter",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Бақылау нәтижелері жақсы талданып, дұрыс баяндалғанда ғана "
                                "өзгерістерге негіз болатын дәлелге айналады. Әдіснама екі есепті "
                                "көздейді: жоба барысында аралық есеп, ал соңында талдамалық есеп "
                                "жасалады. Екеуі де оқырманға не және қалай бақыланғанын, одан "
                                "қандай қорытынды шығатынын көруге мүмкіндік беруі керек."
                            ),
                        ),
                        ("heading", "Аралық есеп"),
                        (
                            "paragraph",
                            (
                                "Аралық есеп осы уақытқа дейін жиналған деректерді жинақтап, "
                                "алғашқы үрдістерді көрсетеді және әдіске қатысты мәселелерді "
                                "белгілейді: мысалы, бақылаушылар әртүрлі жауап беретін сұрақтар "
                                "немесе залға кіруге рұқсат бермеген соттар. Әдетте ол желі ішінде "
                                "талқыланады, ал қажет болса, диалогты ерте бастау үшін тиісті "
                                "мекемелерге де жіберіледі. Үрдістерді алдын ала нәтиже ретінде "
                                "ұсыныңыз және бұл кезеңде үзілді-кесілді қорытындылардан аулақ "
                                "болыңыз."
                            ),
                        ),
                        ("heading", "Талдамалық есеп"),
                        (
                            "list",
                            [
                                "Негізгі тұжырымдар мен ұсынымдардың қысқаша мазмұны",
                                (
                                    "Әдіснама: бақылау орындары, кезең, құралдар, бақылаулар саны, "
                                    "шектеулер"
                                ),
                                "Әр құқық немесе мәселе бойынша тұжырымдар, мысалдармен",
                                (
                                    "Ұлттық заңнаманы, тәжірибені және халықаралық стандарттарды "
                                    "салыстыру"
                                ),
                                "Таратуға тұрарлық оң тәжірибе",
                                "Нақты органдарға арналған ұсынымдар",
                                "Қосымшалар: сауалнама және құқықтық база",
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Талдаудың өзегі — үш жақты салыстыру. Алдымен ұлттық заң нені "
                                "талап ететінін, содан кейін бақылаушылар іс жүзінде нені "
                                "көргенін, соңында Азаматтық және саяси құқықтар туралы "
                                "халықаралық пакт пен оның БҰҰ шарттық органдары берген "
                                "түсіндірмесі сияқты халықаралық стандарттар нені талап ететінін "
                                "көрсетіңіз. Алшақтық заң мен тәжірибе арасында немесе заңның өзі "
                                "мен стандарт арасында болуы мүмкін, және әр жағдай өз ұсынымын "
                                "қажет етеді. Жеке судьяларды кінәламай, жүйелік мәселелерді "
                                "сипаттаңыз және шын мәнінде бақыланған істерден тыс ешқашан "
                                "жалпылама қорытынды жасамаңыз."
                            ),
                        ),
                        (
                            "callout",
                            "Нәтиже беретін ұсынымдар",
                            (
                                "Жақсы ұсыным әрекет етуге тиіс органды атайды, нақты нені өзгерту "
                                "керектігін айтады және кейін оның орындалуын тексеруге болады. "
                                "«Жоғарғы Сот нормативтік қаулыда… түсіндірсін» деген ұсыным «Әділ "
                                "сот талқылауына құқық сақталсын» дегеннен күштірек."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Алдыңғы сабақтағы бақылау парақтарын немесе тәлімгер берген оқу "
                                "деректерін пайдаланып, бір құқық бойынша талдамалық есептің бір "
                                "беттік бөлімін жазыңыз: заң не дейді, не байқалды, халықаралық "
                                "стандарт қандай және әрқайсысы нақты органға арналған екі ұсыным. "
                                "Тек өз деректеріңіздегі сандарды келтіріңіз."
                            ),
                        ),
                    ],
                },
            },
            {
                "key": "monitoring-methodology-5",
                "minutes": 45,
                "required": False,
                "en": {
                    "title": "Working with state bodies on the findings",
                    "slug": "working-with-state-bodies-on-the-findings",
                    "body": [
                        (
                            "paragraph",
                            (
                                "A report changes practice only when the people who can act on it "
                                "read it, discuss it and decide to respond. Working with state "
                                "bodies is therefore part of the methodology, not an extra. "
                                "Trainees who will present findings should treat officials as "
                                "partners in solving a problem while keeping the monitoring "
                                "independent."
                            ),
                        ),
                        ("heading", "Channels for dialogue"),
                        (
                            "list",
                            [
                                (
                                    "Draft findings sent to the institution concerned for comment "
                                    "before publication"
                                ),
                                (
                                    "Round tables with courts, the prosecution service, the police "
                                    "and the Bar"
                                ),
                                "Government and parliamentary working groups on draft laws",
                                (
                                    "The Human Rights Commissioner, who handles complaints and "
                                    "raises systemic issues"
                                ),
                                (
                                    "The National Forums on the Rule of Law, which review "
                                    "monitoring results and adopt recommendations"
                                ),
                                (
                                    "Submissions to UN treaty bodies and to the Universal Periodic "
                                    "Review"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Prepare for every meeting. Bring a two-page brief with the main "
                                "findings and the recommendations addressed to that particular "
                                "body, and be ready to explain your methodology, because officials "
                                "often start by questioning the data. Listen to their "
                                "explanations: some problems have practical causes, such as a "
                                "shortage of interpreters, and understanding them leads to more "
                                "precise recommendations."
                            ),
                        ),
                        ("heading", "Follow-up"),
                        (
                            "paragraph",
                            (
                                "Keep a table of every recommendation: the body it was addressed "
                                "to, the response received and its current status, whether "
                                "implemented, partly implemented, not implemented or unanswered. "
                                "After some time, return to the same courts or institutions to see "
                                "whether practice has changed. Report the results to the network "
                                "so that members in other regions can use what worked."
                            ),
                        ),
                        (
                            "callout",
                            "Independence comes first",
                            (
                                "Taking part in a working group does not mean agreeing with every "
                                "decision it takes. Say clearly where you disagree and keep the "
                                "right to publish your findings."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Choose one recommendation from your report section and plan how "
                                "to advance it: which body to approach, through which channel, "
                                "with what two-page brief, and how you will check after six months "
                                "whether anything has changed."
                            ),
                        ),
                    ],
                },
                "ru": {
                    "title": "Работа с государственными органами по итогам мониторинга",
                    "slug": "rabota-s-gosudarstvennymi-organami",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Отчёт меняет практику, только если его читают, обсуждают и решают "
                                "на него отреагировать те, кто может действовать. Поэтому работа с "
                                "государственными органами — часть методологии, а не дополнение к "
                                "ней. Слушателям, которые будут представлять выводы, стоит "
                                "относиться к должностным лицам как к партнёрам в решении "
                                "проблемы, сохраняя при этом независимость мониторинга."
                            ),
                        ),
                        ("heading", "Каналы диалога"),
                        (
                            "list",
                            [
                                (
                                    "Направление проекта выводов в соответствующее учреждение для "
                                    "комментариев до публикации"
                                ),
                                "Круглые столы с судами, прокуратурой, полицией и адвокатурой",
                                "Рабочие группы правительства и парламента по законопроектам",
                                (
                                    "Уполномоченный по правам человека, который рассматривает "
                                    "жалобы и поднимает системные проблемы"
                                ),
                                (
                                    "Национальные форумы по верховенству права, которые "
                                    "рассматривают результаты мониторинга и принимают рекомендации"
                                ),
                                (
                                    "Доклады договорным органам ООН и в рамках универсального "
                                    "периодического обзора"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Готовьтесь к каждой встрече. Возьмите с собой записку на две "
                                "страницы с основными выводами и рекомендациями, адресованными "
                                "именно этому органу, и будьте готовы объяснить методологию: "
                                "должностные лица часто начинают с сомнений в данных. Выслушайте "
                                "их объяснения: у некоторых проблем есть практические причины, "
                                "например нехватка переводчиков, и их понимание помогает "
                                "сформулировать более точные рекомендации."
                            ),
                        ),
                        ("heading", "Контроль за выполнением рекомендаций"),
                        (
                            "paragraph",
                            (
                                "Ведите таблицу всех рекомендаций: кому адресована, какой получен "
                                "ответ и каков текущий статус — выполнена, выполнена частично, не "
                                "выполнена или ответа нет. Через некоторое время вернитесь в те же "
                                "суды или учреждения, чтобы проверить, изменилась ли практика. "
                                "Сообщайте о результатах сети, чтобы участники из других регионов "
                                "могли использовать то, что сработало."
                            ),
                        ),
                        (
                            "callout",
                            "Независимость прежде всего",
                            (
                                "Участие в рабочей группе не означает согласия с каждым её "
                                "решением. Чётко говорите, в чём вы не согласны, и сохраняйте "
                                "право опубликовать свои выводы."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Выберите одну рекомендацию из своего раздела отчёта и спланируйте "
                                "её продвижение: к какому органу обратиться, через какой канал, с "
                                "какой двухстраничной запиской и как через шесть месяцев вы "
                                "проверите, изменилось ли что-нибудь."
                            ),
                        ),
                    ],
                },
                "kk": {
                    "title": "Мониторинг нәтижелері бойынша мемлекеттік органдармен жұмыс",
                    "slug": "memlekettik-organdarmen-zhumys",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Есепті әрекет ете алатын адамдар оқып, талқылап, оған жауап "
                                "беруге шешім қабылдағанда ғана ол тәжірибені өзгертеді. Сондықтан "
                                "мемлекеттік органдармен жұмыс әдіснаманың қосымшасы емес, оның "
                                "бір бөлігі болып табылады. Тұжырымдарды ұсынатын тыңдаушылар "
                                "лауазымды адамдарды мәселені шешудегі серіктес ретінде қабылдап, "
                                "сонымен бірге мониторингтің тәуелсіздігін сақтауы керек."
                            ),
                        ),
                        ("heading", "Диалог арналары"),
                        (
                            "list",
                            [
                                (
                                    "Тұжырымдардың жобасын жарияланғанға дейін пікір алу үшін "
                                    "тиісті мекемеге жіберу"
                                ),
                                (
                                    "Соттармен, прокуратурамен, полициямен және адвокатурамен "
                                    "дөңгелек үстелдер"
                                ),
                                "Заң жобалары бойынша Үкімет пен Парламенттің жұмыс топтары",
                                (
                                    "Шағымдарды қарайтын және жүйелік мәселелерді көтеретін Адам "
                                    "құқықтары жөніндегі уәкіл"
                                ),
                                (
                                    "Мониторинг нәтижелерін қарап, ұсынымдар қабылдайтын Құқық "
                                    "үстемдігі жөніндегі ұлттық форумдар"
                                ),
                                (
                                    "БҰҰ шарттық органдарына және Жалпыға бірдей мерзімдік шолуға "
                                    "берілетін баяндамалар"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Әр кездесуге дайындалыңыз. Негізгі тұжырымдар мен дәл осы органға "
                                "арналған ұсынымдар жазылған екі беттік анықтама алып барыңыз және "
                                "әдіснаманы түсіндіруге дайын болыңыз, өйткені лауазымды адамдар "
                                "көбіне алдымен деректерге күмән келтіреді. Олардың "
                                "түсініктемелерін тыңдаңыз: кейбір мәселелердің практикалық "
                                "себептері болады, мысалы, аудармашылардың жетіспеуі, және оларды "
                                "түсіну дәлірек ұсынымдар жасауға көмектеседі."
                            ),
                        ),
                        ("heading", "Ұсынымдардың орындалуын қадағалау"),
                        (
                            "paragraph",
                            (
                                "Әр ұсыным бойынша кесте жүргізіңіз: ол кімге арналған, қандай "
                                "жауап алынды және қазіргі мәртебесі қандай — орындалды, ішінара "
                                "орындалды, орындалмады немесе жауап жоқ. Біраз уақыттан кейін "
                                "тәжірибенің өзгергенін тексеру үшін сол соттарға немесе "
                                "мекемелерге қайта барыңыз. Басқа өңірлердегі мүшелер нәтиже "
                                "берген тәсілдерді пайдалана алуы үшін қорытындыларды желіге "
                                "хабарлаңыз."
                            ),
                        ),
                        (
                            "callout",
                            "Ең алдымен — тәуелсіздік",
                            (
                                "Жұмыс тобына қатысу оның әр шешімімен келісу дегенді білдірмейді. "
                                "Неге келіспейтініңізді анық айтыңыз және тұжырымдарыңызды "
                                "жариялау құқығын сақтаңыз."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Есеп бөліміңізден бір ұсынымды таңдап, оны ілгерілету жоспарын "
                                "жасаңыз: қай органға, қай арна арқылы, қандай екі беттік "
                                "анықтамамен жүгінесіз және алты айдан кейін бірдеңе "
                                "өзгерген-өзгермегенін қалай тексересіз."
                            ),
                        ),
                    ],
                },
            },
        ],
    },
    {
        "key": "fair-trial-standards",
        "topic": "fair-trial",
        "level": "intermediate",
        "estimated_hours": 8,
        "enrolment_mode": "open",
        "sequential": False,
        "prerequisites": ["monitoring-methodology"],
        "en": {
            "title": "Fair-trial standards and Kazakhstan's international obligations",
            "slug": "fair-trial-standards-and-international-obligations",
            "summary": (
                "The international standards against which a monitor measures practice: "
                "Kazakhstan's treaty obligations, rights at trial and before it, the main "
                "criminal-justice reforms and the protection of vulnerable groups."
            ),
            "outcomes": [
                (
                    "Name the main human-rights treaties to which Kazakhstan is party and explain "
                    "how their implementation is reviewed."
                ),
                (
                    "Explain each fair-trial guarantee that a monitor checks at trial and "
                    "recognise a violation in practice."
                ),
                (
                    "Assess detention decisions and the handling of torture allegations against "
                    "international standards."
                ),
                (
                    "Describe the main criminal-justice reforms and the questions a monitor asks "
                    "about how they are applied."
                ),
                (
                    "Identify the adjustments that women, children, persons with disabilities and "
                    "migrants need to take part fairly in proceedings."
                ),
            ],
            "description": [
                (
                    "This course gives monitors and lawyers the standards against which the "
                    "network compares law and practice. It covers the treaties Kazakhstan has "
                    "accepted, what the right to a fair trial requires at trial and at the "
                    "pre-trial stage, how recent reforms have changed criminal procedure, and what "
                    "fairness means for people in vulnerable situations."
                ),
                (
                    "It builds on the course on monitoring methodology, which must be completed "
                    "first. Lessons can be taken in any order, and each ends with a task that "
                    "applies a standard to a realistic situation."
                ),
            ],
        },
        "ru": {
            "title": (
                "Стандарты справедливого судебного разбирательства и международные обязательства "
                "Казахстана"
            ),
            "slug": "standarty-spravedlivogo-sudebnogo-razbiratelstva",
            "summary": (
                "Международные стандарты, с которыми наблюдатель сравнивает практику: договорные "
                "обязательства Казахстана, права в суде и до суда, основные реформы уголовного "
                "правосудия и защита уязвимых групп."
            ),
            "outcomes": [
                (
                    "Называть основные международные договоры по правам человека, участником "
                    "которых является Казахстан, и объяснять, как проверяется их выполнение."
                ),
                (
                    "Объяснять каждую гарантию справедливого судебного разбирательства, которую "
                    "проверяет наблюдатель, и распознавать её нарушение на практике."
                ),
                (
                    "Оценивать решения о содержании под стражей и реагирование на заявления о "
                    "пытках с точки зрения международных стандартов."
                ),
                (
                    "Описывать основные реформы уголовного правосудия и вопросы, которые "
                    "наблюдатель задаёт об их применении."
                ),
                (
                    "Определять, какие меры нужны женщинам, детям, людям с инвалидностью и "
                    "мигрантам, чтобы они могли справедливо участвовать в процессе."
                ),
            ],
            "description": [
                (
                    "Курс даёт наблюдателям и юристам стандарты, с которыми сеть сравнивает закон "
                    "и практику. В нём разбираются договоры, принятые Казахстаном, требования "
                    "права на справедливое судебное разбирательство в суде и на досудебной стадии, "
                    "изменения уголовного процесса в результате последних реформ и то, что "
                    "означает справедливость для людей в уязвимом положении."
                ),
                (
                    "Курс опирается на курс по методологии мониторинга, который нужно пройти "
                    "заранее. Занятия можно проходить в любом порядке, и каждое завершается "
                    "заданием, в котором стандарт применяется к реалистичной ситуации."
                ),
            ],
        },
        "kk": {
            "title": (
                "Әділ сот талқылауының стандарттары және Қазақстанның халықаралық міндеттемелері"
            ),
            "slug": "adil-sot-talqylauynyn-standarttary",
            "summary": (
                "Бақылаушы тәжірибені салыстыратын халықаралық стандарттар: Қазақстанның шарттық "
                "міндеттемелері, сотта және сотқа дейінгі құқықтар, қылмыстық сот төрелігінің "
                "негізгі реформалары және осал топтарды қорғау."
            ),
            "outcomes": [
                (
                    "Қазақстан қатысушысы болып табылатын адам құқықтары жөніндегі негізгі "
                    "халықаралық шарттарды атап, олардың орындалуы қалай тексерілетінін түсіндіру."
                ),
                (
                    "Бақылаушы сотта тексеретін әділ сот талқылауының әр кепілдігін түсіндіру және "
                    "оның бұзылуын іс жүзінде тани білу."
                ),
                (
                    "Күзетпен ұстау туралы шешімдерді және азаптау туралы арыздарға ден қоюды "
                    "халықаралық стандарттар тұрғысынан бағалау."
                ),
                (
                    "Қылмыстық сот төрелігінің негізгі реформаларын және бақылаушының олардың "
                    "қолданылуы туралы қоятын сұрақтарын сипаттау."
                ),
                (
                    "Әйелдер, балалар, мүгедектігі бар адамдар және мигранттар процеске әділ "
                    "қатысуы үшін қандай шаралар қажет екенін анықтау."
                ),
            ],
            "description": [
                (
                    "Бұл курс бақылаушылар мен заңгерлерге желі заң мен тәжірибені салыстыратын "
                    "стандарттарды береді. Онда Қазақстан қабылдаған халықаралық шарттар, сотта "
                    "және сотқа дейінгі сатыда әділ сот талқылауына құқықтың талаптары, соңғы "
                    "реформалардың қылмыстық процесті қалай өзгерткені және осал жағдайдағы "
                    "адамдар үшін әділдік нені білдіретіні қарастырылады."
                ),
                (
                    "Курс алдын ала өтуге тиіс мониторинг әдіснамасы курсына негізделеді. "
                    "Сабақтарды кез келген ретпен өтуге болады, және әрқайсысы стандартты шынайы "
                    "жағдайға қолдануды талап ететін тапсырмамен аяқталады."
                ),
            ],
        },
        "lessons": [
            {
                "key": "fair-trial-standards-1",
                "minutes": 90,
                "required": True,
                "en": {
                    "title": "Kazakhstan's international human-rights obligations",
                    "slug": "kazakhstans-international-obligations",
                    "body": [
                        (
                            "paragraph",
                            (
                                "When Kazakhstan ratifies a treaty, it accepts a legal obligation "
                                "to bring its laws and practice into line with it and to report on "
                                "how it does so. For monitors, these treaties are the yardstick: a "
                                "finding is stronger when it shows not only that practice departs "
                                "from national law but also that it falls short of a standard the "
                                "state itself has accepted."
                            ),
                        ),
                        ("heading", "Treaties to which Kazakhstan is party"),
                        (
                            "list",
                            [
                                (
                                    "International Covenant on Civil and Political Rights (ICCPR) "
                                    "and both its Optional Protocols"
                                ),
                                (
                                    "Convention against Torture (CAT) and its Optional Protocol "
                                    "(OPCAT)"
                                ),
                                (
                                    "Convention on the Elimination of All Forms of Discrimination "
                                    "against Women (CEDAW)"
                                ),
                                "Convention on the Rights of the Child (CRC)",
                                "Convention on the Rights of Persons with Disabilities (CRPD)",
                                (
                                    "International Convention for the Protection of All Persons "
                                    "from Enforced Disappearance"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "The First Optional Protocol to the ICCPR allows individuals, once "
                                "domestic remedies are exhausted, to submit complaints to the UN "
                                "Human Rights Committee; the Second Optional Protocol aims at the "
                                "abolition of the death penalty. OPCAT establishes a system of "
                                "regular visits to places of detention by the UN Subcommittee on "
                                "Prevention of Torture and by a national preventive mechanism."
                            ),
                        ),
                        ("heading", "How implementation is reviewed"),
                        (
                            "paragraph",
                            (
                                "Each treaty has a committee of independent experts that examines "
                                "the state's periodic reports and adopts concluding observations "
                                "with recommendations. Civil-society organisations may send "
                                "alternative reports to these committees. In addition, the UN "
                                "Human Rights Council reviews every state through the Universal "
                                "Periodic Review (UPR): Kazakhstan was reviewed in 2010, 2014, "
                                "2019 and 2025."
                            ),
                        ),
                        (
                            "callout",
                            "Use the recommendations",
                            (
                                "Treaty-body recommendations and the UPR recommendations that "
                                "Kazakhstan has supported are a strong basis for dialogue with "
                                "state bodies: you are asking the state to do what it has already "
                                "been advised, or has agreed, to do."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Choose one problem from your monitoring work. Find one treaty "
                                "provision and one recommendation of a UN treaty body or of the "
                                "UPR that concern it, and write a short paragraph linking your "
                                "finding to them. Give exact references so that a reader can check "
                                "them."
                            ),
                        ),
                    ],
                },
                "ru": {
                    "title": "Международные обязательства Казахстана в области прав человека",
                    "slug": "mezhdunarodnye-obyazatelstva-kazakhstana",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Ратифицируя международный договор, Казахстан принимает на себя "
                                "юридическое обязательство привести законодательство и практику в "
                                "соответствие с ним и отчитываться о том, как он это делает. Для "
                                "наблюдателей эти договоры служат мерилом: вывод убедительнее, "
                                "когда он показывает не только расхождение практики с национальным "
                                "законом, но и несоответствие стандарту, который признало само "
                                "государство."
                            ),
                        ),
                        ("heading", "Договоры, участником которых является Казахстан"),
                        (
                            "list",
                            [
                                (
                                    "Международный пакт о гражданских и политических правах "
                                    "(МПГПП) и оба Факультативных протокола к нему"
                                ),
                                "Конвенция против пыток и Факультативный протокол к ней",
                                "Конвенция о ликвидации всех форм дискриминации в отношении женщин",
                                "Конвенция о правах ребёнка",
                                "Конвенция о правах инвалидов",
                                (
                                    "Международная конвенция для защиты всех лиц от насильственных "
                                    "исчезновений"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Первый Факультативный протокол к МПГПП позволяет человеку после "
                                "исчерпания внутренних средств правовой защиты обратиться с "
                                "индивидуальной жалобой в Комитет ООН по правам человека; Второй "
                                "Факультативный протокол направлен на отмену смертной казни. "
                                "Факультативный протокол к Конвенции против пыток создаёт систему "
                                "регулярных посещений мест лишения свободы Подкомитетом ООН по "
                                "предупреждению пыток и национальным превентивным механизмом."
                            ),
                        ),
                        ("heading", "Как проверяется выполнение обязательств"),
                        (
                            "paragraph",
                            (
                                "По каждому договору действует комитет независимых экспертов, "
                                "который рассматривает периодические доклады государства и "
                                "принимает заключительные замечания с рекомендациями. Организации "
                                "гражданского общества могут направлять в эти комитеты "
                                "альтернативные доклады. Кроме того, Совет ООН по правам человека "
                                "рассматривает положение в каждом государстве в рамках "
                                "универсального периодического обзора (УПО): Казахстан проходил "
                                "его в 2010, 2014, 2019 и 2025 годах."
                            ),
                        ),
                        (
                            "callout",
                            "Опирайтесь на рекомендации",
                            (
                                "Рекомендации договорных органов и поддержанные Казахстаном "
                                "рекомендации УПО — прочная основа для диалога с государственными "
                                "органами: вы просите государство сделать то, что ему уже "
                                "рекомендовали или что оно согласилось сделать."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Выберите одну проблему из своей работы по мониторингу. Найдите "
                                "одно положение договора и одну рекомендацию договорного органа "
                                "ООН или УПО, которые её касаются, и напишите короткий абзац, "
                                "связывающий с ними ваш вывод. Давайте точные ссылки, чтобы "
                                "читатель мог их проверить."
                            ),
                        ),
                    ],
                },
                "kk": {
                    "title": "Қазақстанның адам құқықтары саласындағы халықаралық міндеттемелері",
                    "slug": "qazaqstannyn-khalyqaralyq-mindettemeleri",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Халықаралық шартты ратификациялай отырып, Қазақстан өз заңнамасы "
                                "мен тәжірибесін оған сәйкестендіру және мұны қалай жүзеге асырып "
                                "жатқаны туралы есеп беру жөнінде заңдық міндеттеме алады. "
                                "Бақылаушылар үшін бұл шарттар өлшем қызметін атқарады: тұжырым "
                                "тәжірибенің ұлттық заңнан ауытқитынын ғана емес, мемлекеттің өзі "
                                "мойындаған стандартқа сәйкес келмейтінін де көрсеткенде "
                                "сенімдірек болады."
                            ),
                        ),
                        ("heading", "Қазақстан қатысушысы болып табылатын шарттар"),
                        (
                            "list",
                            [
                                (
                                    "Азаматтық және саяси құқықтар туралы халықаралық пакт және "
                                    "оның екі Факультативтік хаттамасы"
                                ),
                                "Азаптауға қарсы конвенция және оның Факультативтік хаттамасы",
                                (
                                    "Әйелдерге қатысты кемсітушіліктің барлық нысандарын жою "
                                    "туралы конвенция"
                                ),
                                "Бала құқықтары туралы конвенция",
                                "Мүгедектігі бар адамдардың құқықтары туралы конвенция",
                                (
                                    "Барлық адамдарды күштеп жоғалтудан қорғау туралы халықаралық "
                                    "конвенция"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Азаматтық және саяси құқықтар туралы халықаралық пактінің Бірінші "
                                "Факультативтік хаттамасы адамға ішкі құқықтық қорғау құралдары "
                                "таусылғаннан кейін БҰҰ-ның Адам құқықтары жөніндегі комитетіне "
                                "жеке шағыммен жүгінуге мүмкіндік береді; Екінші Факультативтік "
                                "хаттама өлім жазасын жоюға бағытталған. Азаптауға қарсы "
                                "конвенцияның Факультативтік хаттамасы БҰҰ-ның Азаптаудың алдын "
                                "алу жөніндегі кіші комитеті мен ұлттық алдын алу тетігінің бас "
                                "бостандығынан айыру орындарына тұрақты түрде бару жүйесін құрады."
                            ),
                        ),
                        ("heading", "Міндеттемелердің орындалуы қалай тексеріледі"),
                        (
                            "paragraph",
                            (
                                "Әр шарт бойынша тәуелсіз сарапшылардан құралған комитет жұмыс "
                                "істейді: ол мемлекеттің мерзімдік баяндамаларын қарап, ұсынымдары "
                                "бар қорытынды ескертулер қабылдайды. Азаматтық қоғам ұйымдары бұл "
                                "комитеттерге балама баяндамалар жібере алады. Сонымен қатар "
                                "БҰҰ-ның Адам құқықтары жөніндегі кеңесі әр мемлекеттегі жағдайды "
                                "Жалпыға бірдей мерзімдік шолу аясында қарайды: Қазақстан бұл "
                                "шолудан 2010, 2014, 2019 және 2025 жылдары өтті."
                            ),
                        ),
                        (
                            "callout",
                            "Ұсынымдарға сүйеніңіз",
                            (
                                "Шарттық органдардың ұсынымдары және Қазақстан қолдаған Жалпыға "
                                "бірдей мерзімдік шолу ұсынымдары мемлекеттік органдармен "
                                "диалогтың берік негізі болады: сіз мемлекеттен оған бұрын "
                                "ұсынылған немесе оның өзі орындауға келіскен нәрсені жасауды "
                                "сұрайсыз."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Мониторинг жұмысыңыздан бір мәселені таңдаңыз. Оған қатысты "
                                "шарттың бір ережесін және БҰҰ шарттық органының немесе Жалпыға "
                                "бірдей мерзімдік шолудың бір ұсынымын тауып, тұжырымыңызды "
                                "олармен байланыстыратын қысқа абзац жазыңыз. Оқырман тексере алуы "
                                "үшін нақты сілтемелер беріңіз."
                            ),
                        ),
                    ],
                },
            },
            {
                "key": "fair-trial-standards-2",
                "minutes": 90,
                "required": True,
                "en": {
                    "title": "The rights at trial",
                    "slug": "rights-at-trial",
                    "body": [
                        (
                            "paragraph",
                            (
                                "The right to a fair trial is a set of guarantees that work "
                                "together. Article 14 of the ICCPR is the main source, and the UN "
                                "Human Rights Committee has explained its content in General "
                                "Comment No. 32. A monitor does not need to memorise the text but "
                                "must know what each guarantee looks like in a real courtroom."
                            ),
                        ),
                        (
                            "quote",
                            (
                                "All persons shall be equal before the courts and tribunals. In "
                                "the determination of any criminal charge against him, or of his "
                                "rights and obligations in a suit at law, everyone shall be "
                                "entitled to a fair and public hearing by a competent, independent "
                                "and impartial tribunal established by law."
                            ),
                            "International Covenant on Civil and Political Rights, Article 14(1)",
                        ),
                        ("heading", "The guarantees and what to look for"),
                        (
                            "list",
                            [
                                (
                                    "Independent and impartial tribunal: no pressure on the judge, "
                                    "no remarks that prejudge the outcome"
                                ),
                                (
                                    "Public hearing: the public and the press are admitted; any "
                                    "closure is lawful and explained"
                                ),
                                (
                                    "Presumption of innocence: the defendant is not treated or "
                                    "described as guilty before the verdict"
                                ),
                                (
                                    "Equality of arms: both sides can present evidence and "
                                    "question witnesses"
                                ),
                                (
                                    "Counsel: a lawyer of the defendant's choice or free legal "
                                    "aid, with time to prepare"
                                ),
                                (
                                    "Interpreter: free interpretation for anyone who does not "
                                    "speak the language of the proceedings"
                                ),
                                (
                                    "Reasoned judgment: the verdict assesses the evidence and is "
                                    "announced in public"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Some signs of a problem are easy to miss. A defendant in a glass "
                                "enclosure who cannot speak to the lawyer in private, a prosecutor "
                                "who goes into the judge's office during a break, a verdict read "
                                "out in a few minutes after a long trial without any reasons: each "
                                "of these affects fairness and should be recorded precisely. Ask "
                                "yourself whether an informed outside observer would have reason "
                                "to doubt the fairness of the proceedings."
                            ),
                        ),
                        (
                            "callout",
                            "Fairness is judged as a whole",
                            (
                                "A single irregularity does not always make a trial unfair, but "
                                "several small ones together can. Record every fact and leave the "
                                "overall assessment to the analysis stage."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Read the description of a hearing provided by your mentor. For "
                                "each guarantee in the list above, mark it as respected, not "
                                "respected or not observed, and quote the fact from the "
                                "description that supports your mark."
                            ),
                        ),
                    ],
                },
                "ru": {
                    "title": "Права в ходе судебного разбирательства",
                    "slug": "prava-v-khode-sudebnogo-razbiratelstva",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Право на справедливое судебное разбирательство — это совокупность "
                                "гарантий, действующих вместе. Главный источник — статья 14 МПГПП, "
                                "содержание которой Комитет ООН по правам человека разъяснил в "
                                "Замечании общего порядка № 32. Наблюдателю не нужно заучивать "
                                "текст, но необходимо знать, как каждая гарантия выглядит в "
                                "реальном зале суда."
                            ),
                        ),
                        (
                            "quote",
                            (
                                "Все лица равны перед судами и трибуналами. Каждый имеет право при "
                                "рассмотрении любого уголовного обвинения, предъявляемого ему, или "
                                "при определении его прав и обязанностей в каком-либо гражданском "
                                "процессе на справедливое и публичное разбирательство дела "
                                "компетентным, независимым и беспристрастным судом, созданным на "
                                "основании закона."
                            ),
                            (
                                "Международный пакт о гражданских и политических правах, пункт 1 "
                                "статьи 14"
                            ),
                        ),
                        ("heading", "Гарантии и на что обращать внимание"),
                        (
                            "list",
                            [
                                (
                                    "Независимый и беспристрастный суд: нет давления на судью и "
                                    "высказываний, предрешающих исход дела"
                                ),
                                (
                                    "Публичность: публика и пресса допускаются; закрытие заседания "
                                    "законно и мотивировано"
                                ),
                                (
                                    "Презумпция невиновности: до приговора с подсудимым не "
                                    "обращаются как с виновным и не называют его так"
                                ),
                                (
                                    "Равенство сторон: обе стороны могут представлять "
                                    "доказательства и допрашивать свидетелей"
                                ),
                                (
                                    "Защитник: адвокат по выбору подсудимого или бесплатная "
                                    "юридическая помощь и время на подготовку"
                                ),
                                (
                                    "Переводчик: бесплатный перевод для всех, кто не владеет "
                                    "языком судопроизводства"
                                ),
                                (
                                    "Мотивированный приговор: в нём оцениваются доказательства, и "
                                    "он оглашается публично"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Некоторые признаки проблем легко пропустить. Подсудимый в "
                                "стеклянной кабине, который не может конфиденциально поговорить с "
                                "адвокатом; прокурор, который в перерыве заходит в кабинет судьи; "
                                "приговор, оглашённый за несколько минут после долгого процесса и "
                                "без мотивировки, — всё это влияет на справедливость и должно быть "
                                "точно зафиксировано. Спросите себя, возникли бы у "
                                "информированного стороннего наблюдателя основания сомневаться в "
                                "справедливости процесса."
                            ),
                        ),
                        (
                            "callout",
                            "Справедливость оценивается в целом",
                            (
                                "Одно нарушение не всегда делает процесс несправедливым, но "
                                "несколько мелких вместе — могут. Фиксируйте каждый факт, а общую "
                                "оценку оставьте для этапа анализа."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Прочитайте описание заседания, предоставленное наставником. По "
                                "каждой гарантии из списка выше поставьте отметку «соблюдено», «не "
                                "соблюдено» или «не наблюдалось» и приведите факт из описания, "
                                "который подтверждает вашу оценку."
                            ),
                        ),
                    ],
                },
                "kk": {
                    "title": "Сот талқылауындағы құқықтар",
                    "slug": "sot-talqylauyndagy-quqyqtar",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Әділ сот талқылауына құқық — бірге әрекет ететін кепілдіктердің "
                                "жиынтығы. Оның негізгі көзі — Азаматтық және саяси құқықтар "
                                "туралы халықаралық пактінің 14-бабы, ал оның мазмұнын БҰҰ-ның "
                                "Адам құқықтары жөніндегі комитеті № 32 жалпы тәртіптегі ескертуде "
                                "түсіндірді. Бақылаушыға мәтінді жаттаудың қажеті жоқ, бірақ әр "
                                "кепілдіктің нақты сот залында қалай көрінетінін білуі керек."
                            ),
                        ),
                        (
                            "quote",
                            (
                                "Барлық адамдар соттар мен трибуналдар алдында тең. Әркім өзіне "
                                "тағылған кез келген қылмыстық айыпты қарау кезінде немесе "
                                "азаматтық процесте өзінің құқықтары мен міндеттерін анықтау "
                                "кезінде заң негізінде құрылған құзыретті, тәуелсіз және бейтарап "
                                "соттың ісін әділ және ашық қарауына құқылы."
                            ),
                            (
                                "Азаматтық және саяси құқықтар туралы халықаралық пакт, 14-баптың "
                                "1-тармағы (бейресми аударма)"
                            ),
                        ),
                        ("heading", "Кепілдіктер және неге назар аудару керек"),
                        (
                            "list",
                            [
                                (
                                    "Тәуелсіз және бейтарап сот: судьяға қысым жоқ, істің "
                                    "нәтижесін алдын ала шешетін сөздер айтылмайды"
                                ),
                                (
                                    "Ашықтық: көпшілік пен баспасөз залға жіберіледі; отырысты "
                                    "жабу заңды және дәлелді"
                                ),
                                (
                                    "Кінәсіздік презумпциясы: үкім шыққанға дейін сотталушыға "
                                    "кінәлі адам ретінде қаралмайды және ол солай аталмайды"
                                ),
                                (
                                    "Тараптардың теңдігі: екі тарап та дәлелдемелер ұсынып, "
                                    "куәларға сұрақ қоя алады"
                                ),
                                (
                                    "Қорғаушы: сотталушы таңдаған адвокат немесе тегін заң көмегі "
                                    "және дайындалуға уақыт"
                                ),
                                "Аудармашы: сот ісін жүргізу тілін білмейтін әркімге тегін аударма",
                                (
                                    "Дәлелді үкім: онда дәлелдемелер бағаланады және ол көпшілік "
                                    "алдында жарияланады"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Кейбір проблемалардың белгілерін байқамай қалу оңай. Адвокатымен "
                                "оңаша сөйлесе алмайтын шыны қоршаудағы сотталушы; үзіліс кезінде "
                                "судьяның кабинетіне кіретін прокурор; ұзақ процестен кейін "
                                "бірнеше минутта және ешқандай дәлелсіз оқылған үкім — мұның бәрі "
                                "әділдікке әсер етеді және дәл тіркелуі керек. Хабардар бөгде "
                                "бақылаушыда процестің әділдігіне күмәнданудың негізі болар ма еді "
                                "деп өзіңізге сұрақ қойыңыз."
                            ),
                        ),
                        (
                            "callout",
                            "Әділдік тұтастай бағаланады",
                            (
                                "Бір ғана бұзушылық процесті әрдайым әділетсіз етпейді, бірақ "
                                "бірнеше ұсақ бұзушылық бірге мұндай нәтижеге әкелуі мүмкін. Әр "
                                "фактіні тіркеңіз, ал жалпы бағалауды талдау кезеңіне қалдырыңыз."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Тәлімгеріңіз берген сот отырысының сипаттамасын оқыңыз. "
                                "Жоғарыдағы тізімдегі әр кепілдік бойынша «сақталды», «сақталмады» "
                                "немесе «байқалмады» деп белгі қойып, бағаңызды растайтын фактіні "
                                "сипаттамадан келтіріңіз."
                            ),
                        ),
                    ],
                },
            },
            {
                "key": "fair-trial-standards-3",
                "minutes": 90,
                "required": True,
                "en": {
                    "title": "The pre-trial stage: detention, lawyers and torture allegations",
                    "slug": "pre-trial-stage",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Many violations of the right to a fair trial happen before a case "
                                "ever reaches court. The first hours after arrest, when a person "
                                "has no lawyer and is under pressure to confess, carry the highest "
                                "risk of ill-treatment. International standards therefore set "
                                "clear requirements for detention, access to a lawyer and the "
                                "response to any allegation of torture."
                            ),
                        ),
                        ("heading", "Detention in custody"),
                        (
                            "paragraph",
                            (
                                "Under the ICCPR, it must not be the general rule that people "
                                "awaiting trial are detained in custody. Detention must have a "
                                "basis in law and be necessary and proportionate in the individual "
                                "case, for example because of a real risk of flight or of pressure "
                                "on witnesses; the seriousness of the charge alone is not enough. "
                                "In Kazakhstan an investigating judge decides on detention in "
                                "custody and can choose an alternative measure such as bail or "
                                "house arrest. Detention must be reviewed regularly and last no "
                                "longer than necessary."
                            ),
                        ),
                        ("heading", "What to check at a detention hearing"),
                        (
                            "list",
                            [
                                (
                                    "When and where the person was actually detained, and when the "
                                    "hearing took place"
                                ),
                                (
                                    "Whether a lawyer was present from the first hours and could "
                                    "meet the client in private"
                                ),
                                "The concrete grounds given for custody, not just the charge",
                                "Whether alternatives to custody were discussed",
                                (
                                    "Whether the judge asked about treatment in custody and noted "
                                    "any injuries"
                                ),
                                (
                                    "How long detention lasts, and whether new grounds were given "
                                    "for each extension"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "If a person says they were tortured or ill-treated, the "
                                "authorities must react at once: register the complaint, arrange "
                                "an independent medical examination and ensure an effective and "
                                "impartial investigation. Evidence obtained by torture may not be "
                                "used, except against a person accused of torture. A judge who "
                                "hears such a statement and carries on without taking any action "
                                "is a serious finding for a monitor."
                            ),
                        ),
                        (
                            "callout",
                            "Always note the response",
                            (
                                "Record the exact words of any torture allegation, who made it, "
                                "and what the judge, the prosecutor and the lawyer did next. The "
                                "response of officials matters as much as the allegation itself."
                            ),
                        ),
                        (
                            "task",
                            (
                                "A suspect tells the investigating judge that police officers beat "
                                "him during his first night in custody. Write down, step by step, "
                                "what the judge and the prosecutor should do under international "
                                "standards, and list what you as a monitor would record."
                            ),
                        ),
                    ],
                },
                "ru": {
                    "title": (
                        "Досудебная стадия: содержание под стражей, адвокат, заявления о пытках"
                    ),
                    "slug": "dosudebnaya-stadiya",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Многие нарушения права на справедливое судебное разбирательство "
                                "происходят ещё до того, как дело попадает в суд. Первые часы "
                                "после задержания, когда у человека нет адвоката и на него давят, "
                                "добиваясь признания, несут наибольший риск жестокого обращения. "
                                "Поэтому международные стандарты устанавливают чёткие требования к "
                                "содержанию под стражей, доступу к адвокату и реагированию на "
                                "любые заявления о пытках."
                            ),
                        ),
                        ("heading", "Содержание под стражей"),
                        (
                            "paragraph",
                            (
                                "Согласно МПГПП, содержание под стражей лиц, ожидающих суда, не "
                                "должно быть общим правилом. Оно должно иметь законное основание и "
                                "быть необходимым и соразмерным в конкретном деле, например при "
                                "реальном риске побега или давления на свидетелей; одной тяжести "
                                "обвинения для этого недостаточно. В Казахстане решение о "
                                "содержании под стражей принимает следственный судья, который "
                                "может избрать альтернативную меру, например залог или домашний "
                                "арест. Содержание под стражей должно регулярно пересматриваться и "
                                "длиться не дольше необходимого."
                            ),
                        ),
                        ("heading", "Что проверять на заседании о мере пресечения"),
                        (
                            "list",
                            [
                                (
                                    "Когда и где человека фактически задержали и когда состоялось "
                                    "заседание"
                                ),
                                (
                                    "Был ли адвокат с первых часов и мог ли он встретиться с "
                                    "подзащитным наедине"
                                ),
                                (
                                    "Конкретные основания для содержания под стражей, а не только "
                                    "обвинение"
                                ),
                                "Обсуждались ли альтернативы содержанию под стражей",
                                (
                                    "Спрашивал ли судья об обращении под стражей и отметил ли "
                                    "телесные повреждения"
                                ),
                                (
                                    "Сколько длится содержание под стражей и приводились ли новые "
                                    "основания при каждом продлении"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Если человек заявляет о пытках или жестоком обращении, власти "
                                "обязаны отреагировать незамедлительно: зарегистрировать "
                                "заявление, обеспечить независимое медицинское освидетельствование "
                                "и эффективное беспристрастное расследование. Доказательства, "
                                "полученные под пыткой, не могут использоваться, кроме как против "
                                "лица, обвиняемого в применении пыток. Если судья выслушал такое "
                                "заявление и продолжил заседание, ничего не предприняв, это "
                                "серьёзный вывод для наблюдателя."
                            ),
                        ),
                        (
                            "callout",
                            "Всегда фиксируйте реакцию",
                            (
                                "Запишите точные слова заявления о пытках, кто его сделал и что "
                                "после этого сделали судья, прокурор и адвокат. Реакция "
                                "должностных лиц так же важна, как само заявление."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Подозреваемый говорит следственному судье, что в первую ночь "
                                "после задержания его избили сотрудники полиции. Опишите по шагам, "
                                "что должны сделать судья и прокурор согласно международным "
                                "стандартам, и перечислите, что вы как наблюдатель зафиксируете."
                            ),
                        ),
                    ],
                },
                "kk": {
                    "title": "Сотқа дейінгі саты: күзетпен ұстау, адвокат, азаптау туралы арыздар",
                    "slug": "sotqa-deyingi-saty",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Әділ сот талқылауына құқықты бұзушылықтардың көбі іс сотқа "
                                "жеткенге дейін орын алады. Адам ұсталғаннан кейінгі алғашқы "
                                "сағаттарда, оның адвокаты жоқ және мойындауға мәжбүрлеп қысым "
                                "жасалып жатқанда, қатыгез қарым-қатынас қаупі ең жоғары болады. "
                                "Сондықтан халықаралық стандарттар күзетпен ұстауға, адвокатқа "
                                "қолжетімділікке және азаптау туралы кез келген арызға ден қоюға "
                                "нақты талаптар қояды."
                            ),
                        ),
                        ("heading", "Күзетпен ұстау"),
                        (
                            "paragraph",
                            (
                                "Азаматтық және саяси құқықтар туралы халықаралық пактіге сәйкес, "
                                "сотты күтіп отырған адамдарды күзетпен ұстау жалпы ереже болмауы "
                                "тиіс. Ол заңды негізге ие болуы және нақты іс бойынша қажетті әрі "
                                "мөлшерлес болуы керек, мысалы, қашып кетудің немесе куәларға "
                                "қысым көрсетудің шынайы қаупі болғанда; айыптың ауырлығы ғана "
                                "бұған жеткіліксіз. Қазақстанда күзетпен ұстау туралы шешімді "
                                "тергеу судьясы қабылдайды және ол кепіл немесе үйқамақ сияқты "
                                "балама шараны таңдай алады. Күзетпен ұстау тұрақты түрде қайта "
                                "қаралуы және қажетті мерзімнен ұзаққа созылмауы тиіс."
                            ),
                        ),
                        ("heading", "Бұлтартпау шарасы туралы отырыста нені тексеру керек"),
                        (
                            "list",
                            [
                                "Адам нақты қашан және қай жерде ұсталды, отырыс қашан өтті",
                                (
                                    "Адвокат алғашқы сағаттардан бастап болды ма және қорғауындағы "
                                    "адаммен оңаша кездесе алды ма"
                                ),
                                "Тек айып емес, күзетпен ұстаудың нақты негіздері",
                                "Күзетпен ұстауға балама шаралар талқыланды ма",
                                (
                                    "Судья ұстаудағы қарым-қатынас туралы сұрады ма және дене "
                                    "жарақаттарын белгіледі ме"
                                ),
                                (
                                    "Күзетпен ұстау қанша уақытқа созылды, әр ұзартқанда жаңа "
                                    "негіздер келтірілді ме"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Егер адам азаптауға немесе қатыгез қарым-қатынасқа ұшырағанын "
                                "мәлімдесе, билік дереу әрекет етуге міндетті: арызды тіркеу, "
                                "тәуелсіз медициналық куәландыруды және тиімді әрі бейтарап "
                                "тергеуді қамтамасыз ету. Азаптау арқылы алынған дәлелдемелерді "
                                "азаптау қолданды деп айыпталған адамға қарсы пайдаланудан басқа "
                                "жағдайда пайдалануға болмайды. Судья мұндай мәлімдемені тыңдап, "
                                "ешқандай шара қолданбастан отырысты жалғастырса, бұл бақылаушы "
                                "үшін маңызды тұжырым болып табылады."
                            ),
                        ),
                        (
                            "callout",
                            "Әрдайым ден қоюды тіркеңіз",
                            (
                                "Азаптау туралы мәлімдеменің нақты сөздерін, оны кім айтқанын және "
                                "одан кейін судья, прокурор мен адвокат не істегенін жазыңыз. "
                                "Лауазымды адамдардың ден қоюы мәлімдеменің өзі сияқты маңызды."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Күдікті тергеу судьясына ұсталғаннан кейінгі алғашқы түні полиция "
                                "қызметкерлері оны ұрғанын айтады. Халықаралық стандарттарға "
                                "сәйкес судья мен прокурор не істеуі керек екенін қадам бойынша "
                                "жазып, бақылаушы ретінде нені тіркейтініңізді атап шығыңыз."
                            ),
                        ),
                    ],
                },
            },
            {
                "key": "fair-trial-standards-4",
                "minutes": 90,
                "required": True,
                "en": {
                    "title": "Criminal-justice reforms in Kazakhstan",
                    "slug": "criminal-justice-reforms",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Kazakhstan has changed its criminal procedure significantly in "
                                "recent years. Monitors need to know what the reforms promise so "
                                "that they can check how they work in practice. A reform on paper "
                                "is a good starting point for dialogue with the authorities, but "
                                "only monitoring can show whether it has changed daily practice."
                            ),
                        ),
                        ("heading", "The main reforms"),
                        (
                            "list",
                            [
                                (
                                    "The three-tier model: the police investigate, the prosecutor "
                                    "approves key decisions and the charges, the court decides"
                                ),
                                (
                                    "Investigating judges authorise detention and hear complaints "
                                    "at the pre-trial stage"
                                ),
                                "Jury trials for 44 offences from 2024",
                                "A stronger anti-torture law adopted in 2023",
                                (
                                    "The Human Rights Commissioner as the national preventive "
                                    "mechanism against torture"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "The three-tier model separates roles: those who investigate do "
                                "not take key procedural decisions alone, and the prosecutor "
                                "checks their lawfulness before they affect a person's rights. "
                                "Investigating judges bring judicial control into the pre-trial "
                                "stage. Jury trials involve citizens in the administration of "
                                "justice, and the national preventive mechanism makes regular "
                                "visits to places where people are deprived of their liberty."
                            ),
                        ),
                        ("heading", "Questions a monitor asks"),
                        (
                            "list",
                            [
                                "Does the prosecutor really review decisions, or only sign them?",
                                (
                                    "Do investigating judges refuse detention when the grounds are "
                                    "weak?"
                                ),
                                "Do complaints to investigating judges receive reasoned answers?",
                                (
                                    "How do jury trials work in practice, and can jurors decide "
                                    "independently?"
                                ),
                                "Are torture complaints investigated promptly and independently?",
                                "Do preventive visits lead to changes in places of detention?",
                            ],
                        ),
                        (
                            "callout",
                            "Check the current law",
                            (
                                "Procedural rules change often. Before each project, check the "
                                "current text of the Criminal Procedure Code and recent normative "
                                "resolutions of the Supreme Court in the official legal database "
                                "Adilet."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Choose one reform from the list. Write half a page on what it is "
                                "meant to achieve and which rights it protects, and draft three "
                                "questionnaire questions to check how it works in the courts of "
                                "your region."
                            ),
                        ),
                    ],
                },
                "ru": {
                    "title": "Реформы уголовного правосудия в Казахстане",
                    "slug": "reformy-ugolovnogo-pravosudiya",
                    "body": [
                        (
                            "paragraph",
                            (
                                "За последние годы Казахстан существенно изменил уголовный "
                                "процесс. Наблюдателям нужно знать, что обещают реформы, чтобы "
                                "проверять, как они работают на практике. Реформа на бумаге — "
                                "хорошая отправная точка для диалога с властями, но изменила ли "
                                "она повседневную практику, может показать только мониторинг."
                            ),
                        ),
                        ("heading", "Основные реформы"),
                        (
                            "list",
                            [
                                (
                                    "Трёхзвенная модель: полиция расследует, прокурор "
                                    "согласовывает ключевые решения и обвинение, суд решает"
                                ),
                                (
                                    "Следственные судьи санкционируют содержание под стражей и "
                                    "рассматривают жалобы на досудебной стадии"
                                ),
                                (
                                    "Суд с участием присяжных заседателей по 44 составам "
                                    "преступлений с 2024 года"
                                ),
                                "Усиление законодательства против пыток в 2023 году",
                                (
                                    "Уполномоченный по правам человека как национальный "
                                    "превентивный механизм против пыток"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Трёхзвенная модель разделяет роли: те, кто расследует, не "
                                "принимают ключевые процессуальные решения в одиночку, а прокурор "
                                "проверяет их законность до того, как они затронут права человека. "
                                "Следственные судьи вводят судебный контроль на досудебной стадии. "
                                "Суд присяжных вовлекает граждан в отправление правосудия, а "
                                "национальный превентивный механизм регулярно посещает места, где "
                                "люди лишены свободы."
                            ),
                        ),
                        ("heading", "Вопросы, которые задаёт наблюдатель"),
                        (
                            "list",
                            [
                                (
                                    "Действительно ли прокурор проверяет решения или только "
                                    "подписывает их?"
                                ),
                                "Отказывают ли следственные судьи в аресте при слабых основаниях?",
                                "Получают ли жалобы следственному судье мотивированные ответы?",
                                (
                                    "Как суд присяжных работает на практике и могут ли присяжные "
                                    "решать независимо?"
                                ),
                                "Расследуются ли жалобы на пытки быстро и независимо?",
                                (
                                    "Приводят ли превентивные посещения к изменениям в местах "
                                    "содержания под стражей?"
                                ),
                            ],
                        ),
                        (
                            "callout",
                            "Проверяйте действующую редакцию",
                            (
                                "Процессуальные нормы меняются часто. Перед каждым проектом "
                                "сверяйтесь с действующей редакцией Уголовно-процессуального "
                                "кодекса и недавними нормативными постановлениями Верховного Суда "
                                "в официальной правовой базе «Әділет»."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Выберите одну реформу из списка. Напишите полстраницы о том, чего "
                                "она должна достичь и какие права защищает, и составьте три "
                                "вопроса для анкеты, чтобы проверить, как она работает в судах "
                                "вашего региона."
                            ),
                        ),
                    ],
                },
                "kk": {
                    "title": "Қазақстандағы қылмыстық сот төрелігі реформалары",
                    "slug": "qylmystyq-sot-toreligi-reformalary",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Соңғы жылдары Қазақстан қылмыстық процесті айтарлықтай өзгертті. "
                                "Бақылаушылар реформалардың іс жүзінде қалай жұмыс істейтінін "
                                "тексеру үшін олардың не уәде ететінін білуі керек. Қағаздағы "
                                "реформа билікпен диалог үшін жақсы бастау нүктесі, бірақ оның "
                                "күнделікті тәжірибені өзгерткен-өзгертпегенін тек мониторинг "
                                "көрсете алады."
                            ),
                        ),
                        ("heading", "Негізгі реформалар"),
                        (
                            "list",
                            [
                                (
                                    "Үш буынды модель: полиция тергейді, прокурор негізгі шешімдер "
                                    "мен айыпты келіседі, сот шешеді"
                                ),
                                (
                                    "Тергеу судьялары күзетпен ұстауға санкция береді және сотқа "
                                    "дейінгі сатыда шағымдарды қарайды"
                                ),
                                (
                                    "2024 жылдан бастап 44 қылмыс құрамы бойынша алқабилердің "
                                    "қатысуымен сот талқылауы"
                                ),
                                "2023 жылы азаптауға қарсы заңнаманың күшейтілуі",
                                (
                                    "Адам құқықтары жөніндегі уәкіл азаптаудың алдын алу жөніндегі "
                                    "ұлттық тетік ретінде"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Үш буынды модель рөлдерді бөледі: тергейтіндер негізгі процестік "
                                "шешімдерді жалғыз қабылдамайды, ал прокурор бұл шешімдер адамның "
                                "құқықтарына әсер етпей тұрып олардың заңдылығын тексереді. Тергеу "
                                "судьялары сотқа дейінгі сатыға сот бақылауын енгізеді. Алқабилер "
                                "соты азаматтарды сот төрелігін жүзеге асыруға тартады, ал ұлттық "
                                "алдын алу тетігі бас бостандығынан айырылған адамдар ұсталатын "
                                "орындарға тұрақты түрде барады."
                            ),
                        ),
                        ("heading", "Бақылаушы қоятын сұрақтар"),
                        (
                            "list",
                            [
                                (
                                    "Прокурор шешімдерді шынымен тексере ме, әлде оларға тек қол "
                                    "қоя ма?"
                                ),
                                (
                                    "Негіздер әлсіз болғанда тергеу судьялары күзетпен ұстаудан "
                                    "бас тарта ма?"
                                ),
                                "Тергеу судьясына берілген шағымдарға дәлелді жауап беріле ме?",
                                (
                                    "Алқабилер соты іс жүзінде қалай жұмыс істейді және алқабилер "
                                    "тәуелсіз шешім қабылдай ала ма?"
                                ),
                                "Азаптау туралы шағымдар жедел әрі тәуелсіз тергеле ме?",
                                (
                                    "Алдын алу мақсатындағы барулар ұстау орындарында өзгерістерге "
                                    "әкеле ме?"
                                ),
                            ],
                        ),
                        (
                            "callout",
                            "Қолданыстағы редакцияны тексеріңіз",
                            (
                                "Процестік нормалар жиі өзгереді. Әр жобаның алдында «Әділет» "
                                "ресми құқықтық базасынан Қылмыстық-процестік кодекстің "
                                "қолданыстағы мәтінін және Жоғарғы Соттың соңғы нормативтік "
                                "қаулыларын тексеріңіз."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Тізімнен бір реформаны таңдаңыз. Оның нені көздейтіні және қандай "
                                "құқықтарды қорғайтыны туралы жарты бет жазып, оның өңіріңіздегі "
                                "соттарда қалай жұмыс істейтінін тексеру үшін сауалнамаға үш сұрақ "
                                "құрастырыңыз."
                            ),
                        ),
                    ],
                },
            },
            {
                "key": "fair-trial-standards-5",
                "minutes": 90,
                "required": True,
                "en": {
                    "title": "Vulnerable groups in criminal proceedings",
                    "slug": "vulnerable-groups-in-proceedings",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Equal treatment sometimes requires different treatment. A person "
                                "who cannot understand the language, hear the judge, reach the "
                                "courtroom or speak freely in front of the accused cannot take "
                                "part in proceedings on equal terms unless the court makes "
                                "adjustments. CEDAW, the CRC and the CRPD, together with the "
                                "ICCPR, set out what these adjustments should be."
                            ),
                        ),
                        ("heading", "Who may need particular protection"),
                        (
                            "list",
                            [
                                "Women, especially victims of domestic and sexual violence",
                                "Children, whether suspects, victims or witnesses",
                                "Persons with disabilities",
                                "Migrants and others who do not speak Kazakh or Russian",
                                (
                                    "People in custody, who depend on the authorities for contact "
                                    "with a lawyer and family"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "For women, the main risks are stereotypes about how a 'real' "
                                "victim behaves, pressure to reconcile with the abuser and "
                                "repeated questioning that causes further harm. Children need "
                                "specialised judges and lawyers, procedures adapted to their age, "
                                "the presence of a parent or another adult they trust, privacy, "
                                "and detention only as a last resort. Persons with disabilities "
                                "are entitled to reasonable accommodation, such as accessible "
                                "buildings, sign-language interpretation, easy-to-read documents "
                                "and extra time. Migrants need an interpreter into a language they "
                                "actually understand, information about consular assistance and "
                                "protection from return to a country where they would face torture."
                            ),
                        ),
                        (
                            "callout",
                            "Interpreters are not a formality",
                            (
                                "An interpreter must translate everything that is said into a "
                                "language the person really understands. Note whether the "
                                "interpreter was present throughout, translated in full and was "
                                "independent of the prosecution."
                            ),
                        ),
                        ("heading", "What a monitor records"),
                        (
                            "list",
                            [
                                "Whether the court noticed and recorded the person's vulnerability",
                                "Which adjustments were offered, and whether they worked",
                                (
                                    "Whether the identity of child victims and victims of sexual "
                                    "violence was protected"
                                ),
                                "Whether children were detained, and for how long",
                                "Any discriminatory remarks by participants in the proceedings",
                            ],
                        ),
                        (
                            "task",
                            (
                                "A migrant worker who speaks Tajik and very little Russian is "
                                "charged with theft; the victim is a 15-year-old boy. List the "
                                "adjustments that the investigator and the court should make for "
                                "each of them at every stage, and the questions you would add to "
                                "your observation form for this case."
                            ),
                        ),
                    ],
                },
                "ru": {
                    "title": "Уязвимые группы в уголовном процессе",
                    "slug": "uyazvimye-gruppy-v-ugolovnom-protsesse",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Равное обращение иногда требует особого подхода. Человек, который "
                                "не понимает языка, не слышит судью, не может попасть в зал суда "
                                "или свободно говорить в присутствии обвиняемого, не может "
                                "участвовать в процессе на равных, если суд не примет "
                                "соответствующих мер. Какими должны быть эти меры, определяют "
                                "Конвенция о ликвидации всех форм дискриминации в отношении "
                                "женщин, Конвенция о правах ребёнка и Конвенция о правах инвалидов "
                                "вместе с МПГПП."
                            ),
                        ),
                        ("heading", "Кому может потребоваться особая защита"),
                        (
                            "list",
                            [
                                (
                                    "Женщинам, особенно пострадавшим от домашнего и сексуального "
                                    "насилия"
                                ),
                                "Детям — подозреваемым, потерпевшим или свидетелям",
                                "Людям с инвалидностью",
                                "Мигрантам и всем, кто не владеет казахским или русским языком",
                                (
                                    "Лицам под стражей, чья связь с адвокатом и семьёй зависит от "
                                    "властей"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Для женщин главные риски — стереотипы о том, как должна вести "
                                "себя «настоящая» потерпевшая, давление с целью примирения с "
                                "обидчиком и повторные допросы, причиняющие новую травму. Детям "
                                "нужны специализированные судьи и адвокаты, процедуры с учётом "
                                "возраста, присутствие родителя или другого взрослого, которому "
                                "ребёнок доверяет, конфиденциальность и содержание под стражей "
                                "лишь как крайняя мера. Люди с инвалидностью имеют право на "
                                "разумное приспособление: доступные здания, сурдоперевод, "
                                "документы в лёгком для чтения формате, дополнительное время. "
                                "Мигрантам нужен переводчик на язык, который они действительно "
                                "понимают, информация о консульской помощи и защита от высылки в "
                                "страну, где им угрожают пытки."
                            ),
                        ),
                        (
                            "callout",
                            "Переводчик — не формальность",
                            (
                                "Переводчик должен переводить всё сказанное на язык, который "
                                "человек действительно понимает. Отмечайте, присутствовал ли "
                                "переводчик всё время, переводил ли полностью и был ли независим "
                                "от стороны обвинения."
                            ),
                        ),
                        ("heading", "Что фиксирует наблюдатель"),
                        (
                            "list",
                            [
                                "Заметил ли суд уязвимость человека и отразил ли её",
                                "Какие меры были предложены и сработали ли они",
                                (
                                    "Защищена ли личность детей-потерпевших и пострадавших от "
                                    "сексуального насилия"
                                ),
                                "Содержались ли дети под стражей и как долго",
                                "Любые дискриминационные высказывания участников процесса",
                            ],
                        ),
                        (
                            "task",
                            (
                                "Трудового мигранта, который говорит по-таджикски и очень плохо "
                                "знает русский, обвиняют в краже; потерпевший — 15-летний "
                                "подросток. Перечислите меры, которые следователь и суд должны "
                                "принять для каждого из них на каждой стадии, и вопросы, которые "
                                "вы добавите в форму наблюдения для этого дела."
                            ),
                        ),
                    ],
                },
                "kk": {
                    "title": "Қылмыстық процестегі осал топтар",
                    "slug": "qylmystyq-protsestegi-osal-toptar",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Тең қарым-қатынас кейде ерекше тәсілді талап етеді. Тілді "
                                "түсінбейтін, судьяны естімейтін, сот залына жете алмайтын немесе "
                                "айыпталушының көзінше еркін сөйлей алмайтын адам, егер сот тиісті "
                                "шаралар қолданбаса, процеске тең жағдайда қатыса алмайды. Бұл "
                                "шаралардың қандай болуы керектігін Азаматтық және саяси құқықтар "
                                "туралы халықаралық пактімен қатар әйелдерге қатысты "
                                "кемсітушілікті жою, бала құқықтары және мүгедектігі бар "
                                "адамдардың құқықтары туралы конвенциялар белгілейді."
                            ),
                        ),
                        ("heading", "Кімге ерекше қорғау қажет болуы мүмкін"),
                        (
                            "list",
                            [
                                (
                                    "Әйелдерге, әсіресе тұрмыстық және жыныстық зорлық-зомбылықтан "
                                    "зардап шеккендерге"
                                ),
                                "Балаларға — күдіктілерге, жәбірленушілерге немесе куәларға",
                                "Мүгедектігі бар адамдарға",
                                (
                                    "Мигранттарға және қазақ немесе орыс тілін білмейтін басқа да "
                                    "адамдарға"
                                ),
                                (
                                    "Адвокатпен және отбасымен байланысы билікке тәуелді болатын "
                                    "күзеттегі адамдарға"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Әйелдер үшін басты қауіптер — «шынайы» жәбірленуші өзін қалай "
                                "ұстауы керектігі туралы стереотиптер, зорлық көрсеткен адаммен "
                                "татуласуға қысым жасау және жаңа жарақат келтіретін қайталама "
                                "жауап алулар. Балаларға мамандандырылған судьялар мен адвокаттар, "
                                "жасына бейімделген рәсімдер, ата-анасының немесе бала сенетін "
                                "басқа ересек адамның қатысуы, құпиялылық қажет, ал күзетпен ұстау "
                                "тек соңғы шара ретінде қолданылуы тиіс. Мүгедектігі бар "
                                "адамдардың ақылға қонымды бейімдеуге құқығы бар: қолжетімді "
                                "ғимараттар, ымдау тілінің аудармасы, оқуға жеңіл форматтағы "
                                "құжаттар және қосымша уақыт. Мигранттарға өздері шынымен "
                                "түсінетін тілге аударатын аудармашы, консулдық көмек туралы "
                                "ақпарат және азаптау қаупі бар елге қайтарудан қорғау қажет."
                            ),
                        ),
                        (
                            "callout",
                            "Аудармашы — формальдылық емес",
                            (
                                "Аудармашы айтылғанның бәрін адам шынымен түсінетін тілге аударуы "
                                "тиіс. Аудармашы отырыс бойы қатысты ма, толық аударды ма және "
                                "айыптау тарабынан тәуелсіз болды ма — соны белгілеңіз."
                            ),
                        ),
                        ("heading", "Бақылаушы нені тіркейді"),
                        (
                            "list",
                            [
                                "Сот адамның осалдығын байқап, оны тіркеді ме",
                                "Қандай шаралар ұсынылды және олар нәтиже берді ме",
                                (
                                    "Жәбірленуші балалардың және жыныстық зорлық-зомбылықтан "
                                    "зардап шеккендердің жеке басы қорғалды ма"
                                ),
                                "Балалар күзетпен ұсталды ма және қанша уақыт",
                                "Процеске қатысушылардың кез келген кемсітушілік сөздері",
                            ],
                        ),
                        (
                            "task",
                            (
                                "Тәжік тілінде сөйлейтін және орыс тілін өте нашар білетін еңбек "
                                "мигранты ұрлық жасады деп айыпталуда; жәбірленуші — 15 жастағы "
                                "жасөспірім. Тергеуші мен сот әр сатыда олардың әрқайсысы үшін "
                                "қолдануға тиіс шараларды және осы іс бойынша бақылау парағыңызға "
                                "қосатын сұрақтарды атап шығыңыз."
                            ),
                        ),
                    ],
                },
            },
        ],
    },
    {
        "key": "media-and-campaigns",
        "topic": "media",
        "level": "beginner",
        "estimated_hours": 4,
        "enrolment_mode": "approval",
        "sequential": False,
        "prerequisites": [],
        "en": {
            "title": "Working with the media and public campaigns",
            "slug": "media-and-public-campaigns",
            "summary": (
                "How network members bring monitoring findings and rights issues to the public: "
                "working with journalists, planning awareness campaigns and staying safe online."
            ),
            "outcomes": [
                "Explain why public awareness supports the rule of law and the work of monitors.",
                (
                    "Prepare a press release and an interview that are accurate and respect the "
                    "presumption of innocence and the privacy of victims."
                ),
                (
                    "Plan an awareness campaign with a clear aim, audience, key messages, channels "
                    "and evaluation."
                ),
                (
                    "Apply basic rules of digital safety and ethics when working online as a "
                    "human-rights defender."
                ),
            ],
            "description": [
                (
                    "Monitoring findings have an effect when people know about them. This course "
                    "trains members of the network to work with journalists and to run public "
                    "campaigns on the rule of law, as part of the programme's awareness campaign."
                ),
                (
                    "Enrolment requires approval, because the course is meant for members who "
                    "speak publicly for their organisation. Lessons can be taken in any order, and "
                    "each ends with a task that produces something useful for your own work, such "
                    "as a press release or a campaign plan."
                ),
            ],
        },
        "ru": {
            "title": "Работа со СМИ и общественные кампании",
            "slug": "rabota-so-smi-i-obshchestvennye-kampanii",
            "summary": (
                "Как участники сети доносят до общества результаты мониторинга и вопросы прав "
                "человека: работа с журналистами, планирование информационных кампаний и "
                "безопасность в интернете."
            ),
            "outcomes": [
                (
                    "Объяснять, почему осведомлённость общества поддерживает верховенство права и "
                    "работу наблюдателей."
                ),
                (
                    "Готовить точные пресс-релизы и интервью, уважающие презумпцию невиновности и "
                    "частную жизнь потерпевших."
                ),
                (
                    "Планировать информационную кампанию с чёткой целью, аудиторией, ключевыми "
                    "сообщениями, каналами и оценкой результатов."
                ),
                (
                    "Применять основные правила цифровой безопасности и этики в работе "
                    "правозащитника в интернете."
                ),
            ],
            "description": [
                (
                    "Результаты мониторинга работают, когда о них знают люди. Курс учит участников "
                    "сети работать с журналистами и проводить общественные кампании о верховенстве "
                    "права в рамках информационной кампании программы."
                ),
                (
                    "Запись на курс требует одобрения, поскольку он предназначен для участников, "
                    "которые выступают публично от имени своей организации. Занятия можно "
                    "проходить в любом порядке, и каждое завершается заданием, результат которого "
                    "пригодится в вашей работе, например пресс-релизом или планом кампании."
                ),
            ],
        },
        "kk": {
            "title": "БАҚ-пен жұмыс және қоғамдық науқандар",
            "slug": "baq-pen-zhumys-zhane-qogamdyq-nauqandar",
            "summary": (
                "Желі мүшелері мониторинг нәтижелері мен адам құқықтары мәселелерін қоғамға қалай "
                "жеткізеді: журналистермен жұмыс, ақпараттық науқандарды жоспарлау және "
                "интернеттегі қауіпсіздік."
            ),
            "outcomes": [
                (
                    "Қоғамның хабардарлығы құқық үстемдігін және бақылаушылардың жұмысын неге "
                    "қолдайтынын түсіндіру."
                ),
                (
                    "Кінәсіздік презумпциясын және жәбірленушілердің жеке өмірін құрметтейтін дәл "
                    "баспасөз релизі мен сұхбат дайындау."
                ),
                (
                    "Мақсаты, аудиториясы, негізгі хабарламалары, арналары және нәтижелерін "
                    "бағалау тәсілі анық ақпараттық науқанды жоспарлау."
                ),
                (
                    "Құқық қорғаушы ретінде интернетте жұмыс істегенде цифрлық қауіпсіздік пен "
                    "әдептің негізгі ережелерін қолдану."
                ),
            ],
            "description": [
                (
                    "Мониторинг нәтижелері адамдар олар туралы білгенде ғана ықпал етеді. Курс "
                    "бағдарламаның ақпараттық науқаны аясында желі мүшелерін журналистермен жұмыс "
                    "істеуге және құқық үстемдігі туралы қоғамдық науқандар өткізуге үйретеді."
                ),
                (
                    "Курсқа жазылу үшін мақұлдау қажет, өйткені ол өз ұйымының атынан көпшілік "
                    "алдында сөйлейтін мүшелерге арналған. Сабақтарды кез келген ретпен өтуге "
                    "болады, және әрқайсысы жұмысыңызға пайдалы нәтиже беретін тапсырмамен "
                    "аяқталады, мысалы, баспасөз релизі немесе науқан жоспары."
                ),
            ],
        },
        "lessons": [
            {
                "key": "media-and-campaigns-1",
                "minutes": 45,
                "required": True,
                "en": {
                    "title": "Why public awareness matters for the rule of law",
                    "slug": "why-public-awareness-matters",
                    "body": [
                        (
                            "paragraph",
                            (
                                "The rule of law depends not only on good laws and independent "
                                "courts but also on people who know their rights and expect them "
                                "to be respected. When citizens understand what a fair trial looks "
                                "like, they are more likely to seek a lawyer, report abuse and "
                                "support reform. Public attention also encourages officials to act "
                                "on recommendations."
                            ),
                        ),
                        ("heading", "What awareness can achieve"),
                        (
                            "list",
                            [
                                "People know their rights on arrest, in court and in custody",
                                "Victims know where to turn for help",
                                "Public debate on draft laws rests on facts",
                                "Officials see that society follows how justice works",
                                "Monitors and defenders gain public support and protection",
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Awareness work has limits and risks. A sensational story about "
                                "one case can harm the people involved and, if it contains errors, "
                                "damage trust in your monitoring. The network's credibility rests "
                                "on accurate and balanced information, so public messages must be "
                                "based on verified findings and respect the rights of everyone "
                                "concerned."
                            ),
                        ),
                        (
                            "callout",
                            "Credibility is your main asset",
                            (
                                "One published error can undo years of careful monitoring. Check "
                                "every fact, name, date and figure before it goes public."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Think of one right that people around you often do not know "
                                "about, for example the right to a lawyer from the moment of "
                                "detention. Explain it in three short sentences in plain language, "
                                "then note who most needs to hear it and where those people get "
                                "their information."
                            ),
                        ),
                    ],
                },
                "ru": {
                    "title": "Почему осведомлённость общества важна для верховенства права",
                    "slug": "pochemu-vazhna-osvedomlennost-obshchestva",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Верховенство права держится не только на хороших законах и "
                                "независимых судах, но и на людях, которые знают свои права и "
                                "ожидают их соблюдения. Когда граждане понимают, как выглядит "
                                "справедливый суд, они чаще обращаются к адвокату, сообщают о "
                                "злоупотреблениях и поддерживают реформы. Внимание общества также "
                                "побуждает должностных лиц выполнять рекомендации."
                            ),
                        ),
                        ("heading", "Чего позволяет добиться осведомлённость"),
                        (
                            "list",
                            [
                                "Люди знают свои права при задержании, в суде и под стражей",
                                "Пострадавшие знают, куда обратиться за помощью",
                                "Общественное обсуждение законопроектов опирается на факты",
                                "Должностные лица видят, что общество следит за работой правосудия",
                                "Наблюдатели и правозащитники получают поддержку и защиту общества",
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "У информационной работы есть пределы и риски. Сенсационный "
                                "материал об одном деле может навредить его участникам, а если в "
                                "нём окажутся ошибки, — подорвать доверие к вашему мониторингу. "
                                "Авторитет сети основан на точной и взвешенной информации, поэтому "
                                "публичные сообщения должны опираться на проверенные выводы и "
                                "уважать права всех, кого они касаются."
                            ),
                        ),
                        (
                            "callout",
                            "Доверие — ваш главный капитал",
                            (
                                "Одна опубликованная ошибка может перечеркнуть годы тщательного "
                                "мониторинга. Проверяйте каждый факт, имя, дату и цифру, прежде "
                                "чем их обнародовать."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Выберите одно право, о котором люди вокруг вас часто не знают, "
                                "например право на адвоката с момента задержания. Объясните его "
                                "тремя короткими предложениями простым языком, а затем отметьте, "
                                "кому это нужнее всего услышать и откуда эти люди получают "
                                "информацию."
                            ),
                        ),
                    ],
                },
                "kk": {
                    "title": "Қоғамның хабардарлығы құқық үстемдігі үшін неге маңызды",
                    "slug": "qogamnyn-khabardarlygy-nege-manyzdy",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Құқық үстемдігі тек жақсы заңдар мен тәуелсіз соттарға ғана емес, "
                                "өз құқықтарын білетін және олардың сақталуын талап ететін "
                                "адамдарға да сүйенеді. Азаматтар әділ соттың қандай болатынын "
                                "түсінгенде, олар адвокатқа жиірек жүгінеді, заңсыздықтар туралы "
                                "хабарлайды және реформаларды қолдайды. Қоғамның назары лауазымды "
                                "адамдарды ұсынымдарды орындауға да ынталандырады."
                            ),
                        ),
                        ("heading", "Хабардарлық неге қол жеткізуге көмектеседі"),
                        (
                            "list",
                            [
                                "Адамдар ұсталғанда, сотта және күзетте өз құқықтарын біледі",
                                "Жәбірленушілер көмек үшін қайда жүгіну керектігін біледі",
                                "Заң жобаларын қоғамдық талқылау фактілерге сүйенеді",
                                (
                                    "Лауазымды адамдар қоғамның сот төрелігін қадағалап отырғанын "
                                    "көреді"
                                ),
                                (
                                    "Бақылаушылар мен құқық қорғаушылар қоғамның қолдауы мен "
                                    "қорғауына ие болады"
                                ),
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Ақпараттық жұмыстың шектеулері мен қауіптері бар. Бір іс туралы "
                                "сенсациялық материал оның қатысушыларына зиян келтіруі мүмкін, ал "
                                "онда қателер болса, мониторингіңізге деген сенімді түсіреді. "
                                "Желінің беделі дәл әрі теңгерімді ақпаратқа негізделеді, "
                                "сондықтан көпшілікке арналған хабарламалар тексерілген "
                                "тұжырымдарға сүйеніп, оларға қатысты барлық адамдардың құқықтарын "
                                "құрметтеуі тиіс."
                            ),
                        ),
                        (
                            "callout",
                            "Сенім — басты байлығыңыз",
                            (
                                "Жарияланған бір қате ұзақ жылдар бойы мұқият жүргізілген "
                                "мониторингтің нәтижесін жоққа шығаруы мүмкін. Әр фактіні, есімді, "
                                "күнді және санды жарияламас бұрын тексеріңіз."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Айналаңыздағы адамдар жиі біле бермейтін бір құқықты таңдаңыз, "
                                "мысалы, ұсталған сәттен бастап адвокат алу құқығы. Оны қарапайым "
                                "тілмен үш қысқа сөйлеммен түсіндіріңіз, содан кейін мұны кімнің "
                                "естуі ең қажет екенін және бұл адамдар ақпаратты қайдан алатынын "
                                "белгілеңіз."
                            ),
                        ),
                    ],
                },
            },
            {
                "key": "media-and-campaigns-2",
                "minutes": 60,
                "required": True,
                "en": {
                    "title": "Working with journalists",
                    "slug": "working-with-journalists",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Journalists can bring monitoring findings to audiences that no "
                                "report will ever reach. They need accurate information, quickly "
                                "and in a usable form, from a source they can trust. Trust takes "
                                "time to build, so keep in touch with journalists who cover courts "
                                "and human rights before you need them."
                            ),
                        ),
                        ("heading", "Press releases and interviews"),
                        (
                            "list",
                            [
                                (
                                    "Lead with the news: what happened or what you found, in one "
                                    "sentence"
                                ),
                                "Answer who, what, where, when and why in the first paragraph",
                                "Keep to one page and include a quote from your spokesperson",
                                (
                                    "Use facts from your own monitoring and say how they were "
                                    "collected"
                                ),
                                (
                                    "Add contact details and, for EU-funded work, the EU funding "
                                    "statement"
                                ),
                                "Before an interview, prepare three key messages and keep to them",
                            ],
                        ),
                        (
                            "quote",
                            (
                                "Everyone charged with a criminal offence shall have the right to "
                                "be presumed innocent until proved guilty according to law."
                            ),
                            "International Covenant on Civil and Political Rights, Article 14(2)",
                        ),
                        (
                            "paragraph",
                            (
                                "The presumption of innocence also applies to how you speak in "
                                "public. Call people suspects or defendants, not criminals, until "
                                "a court has delivered its verdict, and keep what you observed "
                                "separate from what the prosecution alleges. Do not publish the "
                                "names, photographs or other identifying details of children or of "
                                "victims of sexual and domestic violence, and protect anyone who "
                                "gave you information in confidence."
                            ),
                        ),
                        (
                            "callout",
                            "If you do not know, say so",
                            (
                                "It is better to tell a journalist 'We have not verified that yet' "
                                "than to guess. Offer to call back once you have the facts, and do."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Write a one-page press release on an imaginary finding from a "
                                "monitoring project, for example that no interpreter was present "
                                "at several hearings in a district court. Then list three "
                                "questions a journalist is likely to ask and your short answers."
                            ),
                        ),
                    ],
                },
                "ru": {
                    "title": "Работа с журналистами",
                    "slug": "rabota-s-zhurnalistami",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Журналисты могут донести результаты мониторинга до аудитории, до "
                                "которой не дойдёт ни один отчёт. Им нужна точная информация, "
                                "быстро и в удобной форме, от источника, которому можно доверять. "
                                "Доверие строится постепенно, поэтому поддерживайте контакты с "
                                "журналистами, пишущими о судах и правах человека, ещё до того, "
                                "как они вам понадобятся."
                            ),
                        ),
                        ("heading", "Пресс-релизы и интервью"),
                        (
                            "list",
                            [
                                (
                                    "Начинайте с новости: что произошло или что вы выяснили — в "
                                    "одном предложении"
                                ),
                                (
                                    "В первом абзаце ответьте на вопросы: кто, что, где, когда и "
                                    "почему"
                                ),
                                "Уложитесь в одну страницу и добавьте цитату вашего представителя",
                                (
                                    "Используйте факты из собственного мониторинга и укажите, как "
                                    "они собраны"
                                ),
                                (
                                    "Добавьте контакты, а для работы, финансируемой ЕС, — "
                                    "заявление о финансировании ЕС"
                                ),
                                (
                                    "Перед интервью подготовьте три ключевых тезиса и "
                                    "придерживайтесь их"
                                ),
                            ],
                        ),
                        (
                            "quote",
                            (
                                "Каждый обвиняемый в уголовном преступлении имеет право считаться "
                                "невиновным, пока виновность его не будет доказана согласно закону."
                            ),
                            (
                                "Международный пакт о гражданских и политических правах, пункт 2 "
                                "статьи 14"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "Презумпция невиновности распространяется и на то, как вы говорите "
                                "публично. Называйте людей подозреваемыми или подсудимыми, а не "
                                "преступниками, пока суд не вынес приговор, и отделяйте то, что вы "
                                "наблюдали, от того, что утверждает обвинение. Не публикуйте "
                                "имена, фотографии и другие сведения, по которым можно узнать "
                                "детей или пострадавших от сексуального и домашнего насилия, и "
                                "защищайте тех, кто передал вам информацию конфиденциально."
                            ),
                        ),
                        (
                            "callout",
                            "Не знаете — так и скажите",
                            (
                                "Лучше сказать журналисту «Мы это ещё не проверили», чем гадать. "
                                "Предложите перезвонить, когда появятся факты, и обязательно "
                                "перезвоните."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Напишите одностраничный пресс-релиз о вымышленном выводе проекта "
                                "мониторинга, например о том, что на нескольких заседаниях "
                                "районного суда не было переводчика. Затем перечислите три "
                                "вопроса, которые, вероятно, задаст журналист, и ваши краткие "
                                "ответы."
                            ),
                        ),
                    ],
                },
                "kk": {
                    "title": "Журналистермен жұмыс",
                    "slug": "zhurnalistermen-zhumys",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Журналистер мониторинг нәтижелерін ешбір есеп жете алмайтын "
                                "аудиторияға жеткізе алады. Оларға сенуге болатын дереккөзден "
                                "жылдам әрі ыңғайлы түрде берілген дәл ақпарат қажет. Сенім "
                                "бірте-бірте қалыптасады, сондықтан соттар мен адам құқықтары "
                                "туралы жазатын журналистермен байланысты олар сізге қажет болмай "
                                "тұрып-ақ сақтаңыз."
                            ),
                        ),
                        ("heading", "Баспасөз релиздері және сұхбаттар"),
                        (
                            "list",
                            [
                                (
                                    "Жаңалықтан бастаңыз: не болды немесе не анықтадыңыз — бір "
                                    "сөйлеммен"
                                ),
                                (
                                    "Бірінші абзацта кім, не, қайда, қашан және неге деген "
                                    "сұрақтарға жауап беріңіз"
                                ),
                                "Бір беттен аспаңыз және өкіліңіздің сөзінен дәйексөз қосыңыз",
                                (
                                    "Өз мониторингіңіздің фактілерін пайдаланып, олардың қалай "
                                    "жиналғанын көрсетіңіз"
                                ),
                                (
                                    "Байланыс деректерін, ал ЕО қаржыландыратын жұмыс үшін ЕО "
                                    "қаржыландыруы туралы мәлімдемені қосыңыз"
                                ),
                                "Сұхбат алдында үш негізгі тезис дайындап, солардан ауытқымаңыз",
                            ],
                        ),
                        (
                            "quote",
                            (
                                "Қылмыстық іс-әрекет жасады деп айыпталған әрбір адам оның кінәсі "
                                "заңға сәйкес дәлелденгенге дейін кінәсіз деп есептелуге құқылы."
                            ),
                            (
                                "Азаматтық және саяси құқықтар туралы халықаралық пакт, 14-баптың "
                                "2-тармағы (бейресми аударма)"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "Кінәсіздік презумпциясы көпшілік алдында қалай сөйлейтініңізге де "
                                "қатысты. Сот үкім шығарғанға дейін адамдарды қылмыскер емес, "
                                "күдікті немесе сотталушы деп атаңыз және өзіңіз байқаған нәрсені "
                                "айыптау тарабының мәлімдегенінен ажыратыңыз. Балалардың немесе "
                                "жыныстық және тұрмыстық зорлық-зомбылықтан зардап шеккендердің "
                                "есімдерін, суреттерін және оларды тануға мүмкіндік беретін басқа "
                                "мәліметтерді жарияламаңыз, сондай-ақ сізге ақпаратты құпия түрде "
                                "берген адамдарды қорғаңыз."
                            ),
                        ),
                        (
                            "callout",
                            "Білмесеңіз, солай айтыңыз",
                            (
                                "Болжам жасағаннан гөрі журналистке «Біз мұны әлі тексерген "
                                "жоқпыз» деген дұрыс. Фактілер анықталғанда қайта хабарласуды "
                                "ұсыныңыз және міндетті түрде хабарласыңыз."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Мониторинг жобасының ойдан шығарылған тұжырымы туралы бір беттік "
                                "баспасөз релизін жазыңыз, мысалы, аудандық соттың бірнеше "
                                "отырысында аудармашы болмағаны туралы. Содан кейін журналист қоюы "
                                "ықтимал үш сұрақты және оларға қысқа жауаптарыңызды жазыңыз."
                            ),
                        ),
                    ],
                },
            },
            {
                "key": "media-and-campaigns-3",
                "minutes": 60,
                "required": True,
                "en": {
                    "title": "Planning an awareness campaign",
                    "slug": "planning-an-awareness-campaign",
                    "body": [
                        (
                            "paragraph",
                            (
                                "A campaign is a planned series of actions that aims to change "
                                "what a particular group of people knows, thinks or does. Without "
                                "a plan, awareness work turns into a set of unrelated posts and "
                                "events whose effect no one can show. The steps below suit a small "
                                "campaign by one organisation as well as a joint campaign of the "
                                "network."
                            ),
                        ),
                        ("heading", "Five planning steps"),
                        (
                            "list",
                            [
                                "Aim: what should change, for whom and by when",
                                "Audience: whom exactly you need to reach, and who influences them",
                                (
                                    "Key messages: two or three simple statements, tested with the "
                                    "audience"
                                ),
                                (
                                    "Channels: where the audience gets information, in Kazakh and "
                                    "in Russian"
                                ),
                                "Evaluation: how you will know whether the aim was reached",
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Choose channels by audience, not by habit. Young people in cities "
                                "may follow social networks and messenger channels, while older "
                                "people in rural areas may rely more on local television, radio "
                                "and meetings with residents. Messengers the audience trusts, such "
                                "as lawyers, teachers or respected local figures, often matter "
                                "more than the number of posts."
                            ),
                        ),
                        ("heading", "Measuring results"),
                        (
                            "paragraph",
                            (
                                "Count what you did, such as materials published and events held, "
                                "but also look for signs of change: more requests for legal help, "
                                "questions from officials, media coverage or an amendment to a "
                                "draft law. Record the situation at the start so that you have "
                                "something to compare with, and report results honestly, including "
                                "what did not work."
                            ),
                        ),
                        (
                            "callout",
                            "Plan for risks too",
                            (
                                "Think in advance about how officials, online audiences or the "
                                "people your campaign is about may react, and how you will protect "
                                "participants if the reaction is hostile."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Prepare a one-page plan for a three-month campaign on one right, "
                                "such as the right to a free interpreter. Complete the five steps, "
                                "add a simple calendar and a budget line for each activity, and "
                                "choose two indicators you can actually measure. If the campaign "
                                "is funded by the EU, remember the EU funding statement on every "
                                "material."
                            ),
                        ),
                    ],
                },
                "ru": {
                    "title": "Планирование информационной кампании",
                    "slug": "planirovanie-informatsionnoy-kampanii",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Кампания — это спланированная серия действий, цель которой — "
                                "изменить то, что определённая группа людей знает, думает или "
                                "делает. Без плана информационная работа превращается в набор "
                                "несвязанных публикаций и мероприятий, результат которых никто не "
                                "может показать. Описанные ниже шаги подходят как для небольшой "
                                "кампании одной организации, так и для совместной кампании сети."
                            ),
                        ),
                        ("heading", "Пять шагов планирования"),
                        (
                            "list",
                            [
                                "Цель: что должно измениться, для кого и к какому сроку",
                                "Аудитория: кого именно нужно охватить и кто влияет на этих людей",
                                (
                                    "Ключевые сообщения: два-три простых тезиса, проверенных на "
                                    "аудитории"
                                ),
                                (
                                    "Каналы: откуда аудитория получает информацию, на казахском и "
                                    "русском языках"
                                ),
                                "Оценка: как вы поймёте, достигнута ли цель",
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Выбирайте каналы исходя из аудитории, а не по привычке. Молодёжь "
                                "в городах может следить за социальными сетями и каналами в "
                                "мессенджерах, тогда как люди старшего возраста в сельской "
                                "местности скорее полагаются на местное телевидение, радио и "
                                "встречи с жителями. Люди, которым аудитория доверяет, — адвокаты, "
                                "учителя, уважаемые местные жители — часто важнее, чем количество "
                                "публикаций."
                            ),
                        ),
                        ("heading", "Оценка результатов"),
                        (
                            "paragraph",
                            (
                                "Считайте сделанное, например число публикаций и мероприятий, но "
                                "ищите и признаки изменений: больше обращений за юридической "
                                "помощью, вопросы от должностных лиц, освещение в СМИ или поправка "
                                "к законопроекту. Зафиксируйте исходную ситуацию в начале, чтобы "
                                "было с чем сравнивать, и честно сообщайте о результатах, включая "
                                "то, что не сработало."
                            ),
                        ),
                        (
                            "callout",
                            "Планируйте и риски",
                            (
                                "Заранее продумайте, как могут отреагировать должностные лица, "
                                "интернет-аудитория или люди, о которых идёт речь в кампании, и "
                                "как вы защитите участников, если реакция будет враждебной."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Подготовьте одностраничный план трёхмесячной кампании об одном "
                                "праве, например о праве на бесплатного переводчика. Пройдите пять "
                                "шагов, добавьте простой календарь и статью бюджета для каждого "
                                "мероприятия и выберите два показателя, которые вы действительно "
                                "сможете измерить. Если кампанию финансирует ЕС, не забудьте "
                                "заявление о финансировании ЕС на каждом материале."
                            ),
                        ),
                    ],
                },
                "kk": {
                    "title": "Ақпараттық науқанды жоспарлау",
                    "slug": "aqparattyq-nauqandy-zhosparlau",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Науқан — белгілі бір адамдар тобының білетінін, ойлайтынын немесе "
                                "істейтінін өзгертуге бағытталған жоспарлы іс-әрекеттер тізбегі. "
                                "Жоспарсыз ақпараттық жұмыс нәтижесін ешкім көрсете алмайтын, "
                                "бір-бірімен байланыссыз жарияланымдар мен іс-шаралар жиынтығына "
                                "айналады. Төменде сипатталған қадамдар бір ұйымның шағын "
                                "науқанына да, желінің бірлескен науқанына да жарайды."
                            ),
                        ),
                        ("heading", "Жоспарлаудың бес қадамы"),
                        (
                            "list",
                            [
                                "Мақсат: нені, кім үшін және қай мерзімге дейін өзгерту керек",
                                "Аудитория: нақты кімді қамту керек және оларға кім ықпал етеді",
                                "Негізгі хабарламалар: аудиторияда сыналған екі-үш қарапайым тезис",
                                (
                                    "Арналар: аудитория ақпаратты қайдан алады, қазақ және орыс "
                                    "тілдерінде"
                                ),
                                "Бағалау: мақсатқа жеткеніңізді қалай білесіз",
                            ],
                        ),
                        (
                            "paragraph",
                            (
                                "Арналарды әдетке қарап емес, аудиторияға қарап таңдаңыз. "
                                "Қалалардағы жастар әлеуметтік желілер мен мессенджерлердегі "
                                "арналарды оқуы мүмкін, ал ауылдағы егде адамдар көбіне жергілікті "
                                "теледидарға, радиоға және тұрғындармен кездесулерге сүйенеді. "
                                "Аудитория сенетін адамдар — адвокаттар, мұғалімдер, жергілікті "
                                "беделді тұлғалар — көбіне жарияланымдар санынан маңыздырақ."
                            ),
                        ),
                        ("heading", "Нәтижелерді өлшеу"),
                        (
                            "paragraph",
                            (
                                "Атқарылған жұмысты есептеңіз, мысалы, жарияланған материалдар мен "
                                "өткізілген іс-шаралар санын, бірақ өзгерістердің белгілерін де "
                                "іздеңіз: заң көмегін сұрап жүгінушілердің көбеюі, лауазымды "
                                "адамдардың сұрақтары, БАҚ-тағы жарияланымдар немесе заң жобасына "
                                "енгізілген түзету. Салыстыратын нәрсе болуы үшін бастапқы "
                                "жағдайды басында тіркеңіз және нәтижелер туралы, соның ішінде "
                                "нәтиже бермеген нәрселер туралы да адал хабарлаңыз."
                            ),
                        ),
                        (
                            "callout",
                            "Тәуекелдерді де жоспарлаңыз",
                            (
                                "Лауазымды адамдар, интернет аудиториясы немесе науқанда сөз "
                                "болатын адамдар қалай әрекет етуі мүмкін екенін және реакция "
                                "дұшпандық болса, қатысушыларды қалай қорғайтыныңызды алдын ала "
                                "ойластырыңыз."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Бір құқық туралы, мысалы, тегін аудармашы алу құқығы туралы үш "
                                "айлық науқанның бір беттік жоспарын дайындаңыз. Бес қадамды "
                                "толтырып, қарапайым күнтізбе мен әр іс-шараның бюджет бабын "
                                "қосыңыз және нақты өлшей алатын екі көрсеткішті таңдаңыз. "
                                "Науқанды ЕО қаржыландырса, әр материалдағы ЕО қаржыландыруы "
                                "туралы мәлімдемені ұмытпаңыз."
                            ),
                        ),
                    ],
                },
            },
            {
                "key": "media-and-campaigns-4",
                "minutes": 60,
                "required": True,
                "en": {
                    "title": "Safety and ethics online for human-rights defenders",
                    "slug": "safety-and-ethics-online",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Human-rights defenders handle sensitive information and speak "
                                "publicly on contested issues, which makes them targets for "
                                "hacking, harassment and smear campaigns. Digital safety protects "
                                "not only you but also the people whose data you hold: defendants, "
                                "victims, witnesses and colleagues. Good habits are simple, but "
                                "they must become routine."
                            ),
                        ),
                        ("heading", "Basic digital safety"),
                        (
                            "list",
                            [
                                "Use long, unique passwords and a password manager",
                                "Turn on two-factor authentication for email and social media",
                                "Keep phones and computers updated and encrypt their storage",
                                "Use end-to-end encrypted messengers for sensitive conversations",
                                "Check links and attachments before opening them",
                                "Keep monitoring data apart from personal accounts, with backups",
                                "Collect only the personal data you really need",
                            ],
                        ),
                        ("heading", "Ethics online"),
                        (
                            "paragraph",
                            (
                                "The rules that apply in the courtroom apply online too. Do not "
                                "post photographs or names of defendants, victims or witnesses "
                                "without their informed consent, and think about what others could "
                                "work out from details such as a place or a date. Verify before "
                                "you share, correct your mistakes openly, and do not let debate "
                                "turn into personal attacks, even when you are attacked."
                            ),
                        ),
                        (
                            "callout",
                            "If you are attacked online",
                            (
                                "Do not respond in anger. Take screenshots showing the date and "
                                "the link, report the content to the platform, tell your "
                                "coordinator, and seek legal and psychological support if you need "
                                "it."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Review your own digital safety against the list above. Note which "
                                "measures you already use and choose three to put in place this "
                                "week. Then check your organisation's last five social-media posts "
                                "for any detail that could identify a person at risk."
                            ),
                        ),
                    ],
                },
                "ru": {
                    "title": "Безопасность и этика в интернете для правозащитников",
                    "slug": "bezopasnost-i-etika-v-internete",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Правозащитники работают с чувствительной информацией и публично "
                                "высказываются по спорным вопросам, поэтому становятся мишенью для "
                                "взломов, травли и кампаний по дискредитации. Цифровая "
                                "безопасность защищает не только вас, но и людей, чьи данные у вас "
                                "хранятся: обвиняемых, потерпевших, свидетелей и коллег. Полезные "
                                "привычки просты, но они должны стать рутиной."
                            ),
                        ),
                        ("heading", "Основы цифровой безопасности"),
                        (
                            "list",
                            [
                                "Используйте длинные уникальные пароли и менеджер паролей",
                                "Включите двухфакторную аутентификацию для почты и соцсетей",
                                "Обновляйте телефоны и компьютеры и шифруйте их память",
                                (
                                    "Для чувствительных разговоров используйте мессенджеры со "
                                    "сквозным шифрованием"
                                ),
                                "Проверяйте ссылки и вложения, прежде чем открывать их",
                                (
                                    "Храните данные мониторинга отдельно от личных аккаунтов и "
                                    "делайте резервные копии"
                                ),
                                (
                                    "Собирайте только те персональные данные, которые "
                                    "действительно нужны"
                                ),
                            ],
                        ),
                        ("heading", "Этика в интернете"),
                        (
                            "paragraph",
                            (
                                "Правила, действующие в зале суда, действуют и в интернете. Не "
                                "публикуйте фотографии и имена обвиняемых, потерпевших или "
                                "свидетелей без их информированного согласия и подумайте, что "
                                "посторонние могут узнать по таким деталям, как место или дата. "
                                "Проверяйте информацию, прежде чем ею делиться, открыто "
                                "исправляйте свои ошибки и не допускайте перехода дискуссии на "
                                "личности, даже если нападают на вас."
                            ),
                        ),
                        (
                            "callout",
                            "Если вас атакуют в интернете",
                            (
                                "Не отвечайте сгоряча. Сделайте скриншоты с датой и ссылкой, "
                                "пожалуйтесь на контент платформе, сообщите координатору и при "
                                "необходимости обратитесь за юридической и психологической "
                                "поддержкой."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Проверьте свою цифровую безопасность по списку выше. Отметьте, "
                                "какие меры вы уже применяете, и выберите три, которые внедрите на "
                                "этой неделе. Затем просмотрите пять последних публикаций вашей "
                                "организации в соцсетях: нет ли в них деталей, по которым можно "
                                "узнать человека, находящегося в опасности."
                            ),
                        ),
                    ],
                },
                "kk": {
                    "title": "Құқық қорғаушыларға арналған онлайн қауіпсіздік және әдеп",
                    "slug": "onlayn-qauipsizdik-zhane-adep",
                    "body": [
                        (
                            "paragraph",
                            (
                                "Құқық қорғаушылар құпия ақпаратпен жұмыс істейді және даулы "
                                "мәселелер бойынша көпшілік алдында пікір білдіреді, сондықтан "
                                "бұзып кіру, қудалау және беделін түсіру науқандарының нысанасына "
                                "айналады. Цифрлық қауіпсіздік тек сізді ғана емес, деректері "
                                "сізде сақталған адамдарды да қорғайды: айыпталушыларды, "
                                "жәбірленушілерді, куәларды және әріптестерді. Пайдалы әдеттер "
                                "қарапайым, бірақ олар күнделікті дағдыға айналуы керек."
                            ),
                        ),
                        ("heading", "Цифрлық қауіпсіздік негіздері"),
                        (
                            "list",
                            [
                                (
                                    "Ұзын, қайталанбайтын құпиясөздер мен құпиясөз менеджерін "
                                    "пайдаланыңыз"
                                ),
                                (
                                    "Пошта мен әлеуметтік желілер үшін екі факторлы "
                                    "аутентификацияны қосыңыз"
                                ),
                                (
                                    "Телефондар мен компьютерлерді жаңартып отырыңыз және олардың "
                                    "жадын шифрлаңыз"
                                ),
                                (
                                    "Маңызды әңгімелер үшін ұштан-ұшқа шифрлауы бар "
                                    "мессенджерлерді пайдаланыңыз"
                                ),
                                "Сілтемелер мен тіркемелерді ашпас бұрын тексеріңіз",
                                (
                                    "Мониторинг деректерін жеке аккаунттардан бөлек сақтап, сақтық "
                                    "көшірмелерін жасаңыз"
                                ),
                                "Тек шынымен қажет дербес деректерді жинаңыз",
                            ],
                        ),
                        ("heading", "Интернеттегі әдеп"),
                        (
                            "paragraph",
                            (
                                "Сот залында қолданылатын ережелер интернетте де қолданылады. "
                                "Айыпталушылардың, жәбірленушілердің немесе куәлардың суреттері "
                                "мен есімдерін олардың ақпараттандырылған келісімінсіз "
                                "жарияламаңыз және бөгде адамдар орын немесе күн сияқты мәліметтер "
                                "арқылы нені анықтай алатынын ойланыңыз. Ақпаратты таратпас бұрын "
                                "тексеріңіз, қателеріңізді ашық түзетіңіз және өзіңізге шабуыл "
                                "жасалса да, пікірталастың жеке басқа тиісуге ұласуына жол "
                                "бермеңіз."
                            ),
                        ),
                        (
                            "callout",
                            "Интернетте шабуылға ұшырасаңыз",
                            (
                                "Ашумен жауап бермеңіз. Күні мен сілтемесі көрінетін скриншоттар "
                                "жасаңыз, контент туралы платформаға шағымданыңыз, үйлестірушіге "
                                "хабарлаңыз және қажет болса, заңгерлік және психологиялық "
                                "қолдауға жүгініңіз."
                            ),
                        ),
                        (
                            "task",
                            (
                                "Жоғарыдағы тізім бойынша өз цифрлық қауіпсіздігіңізді тексеріңіз. "
                                "Қай шараларды қазірдің өзінде қолданатыныңызды белгілеп, осы "
                                "аптада енгізетін үшеуін таңдаңыз. Содан кейін ұйымыңыздың "
                                "әлеуметтік желілердегі соңғы бес жарияланымын қауіп төніп тұрған "
                                "адамды тануға мүмкіндік беретін мәліметтердің бар-жоғы тұрғысынан "
                                "тексеріңіз."
                            ),
                        ),
                    ],
                },
            },
        ],
    },
]
