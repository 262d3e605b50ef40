"""Demo assessments for the demo courses in demo_content, in English, Russian and Kazakh.
Each question tests a lesson; no constitutional article numbers, no invented statistics."""

ASSESSMENTS = {
    "monitoring-methodology": {
        "key": "monitoring-methodology-assessment",
        "pass_mark": 70,
        "attempts_allowed": 3,
        "time_limit_minutes": 30,
        "grading_method": "highest",
        "shuffle": True,
        "required": True,
        "show_results": "immediately",
        "title": {
            "en": "Assessment: criminal-justice monitoring methodology",
            "ru": "Оценивание: методология мониторинга уголовного правосудия",
            "kk": "Бағалау: қылмыстық сот төрелігі мониторингінің әдіснамасы",
        },
        "slug": {
            "en": "criminal-justice-monitoring-assessment",
            "ru": "otsenivanie-metodologiya-monitoringa",
            "kk": "bagalau-monitoring-adisnamasy",
        },
        "intro": {
            "en": (
                "This assessment checks that you can apply the network's monitoring methodology: "
                "the eight spheres, the monitoring plan, observing hearings and writing reports. "
                "It includes one written answer."
            ),
            "ru": (
                "Оценивание проверяет, умеете ли вы применять методологию мониторинга сети: восемь "
                "сфер, план мониторинга, наблюдение за заседаниями и подготовку отчётов. В него "
                "входит одно письменное задание."
            ),
            "kk": (
                "Бұл бағалау желінің мониторинг әдіснамасын қолдана алатыныңызды тексереді: сегіз "
                "сала, мониторинг жоспары, сот отырыстарын бақылау және есептер дайындау. Оған бір "
                "жазбаша тапсырма кіреді."
            ),
        },
        "questions": [
            {
                "type": "short",
                "points": 1,
                "prompt": {
                    "en": (
                        "How many spheres of the criminal-justice system does the network's "
                        "monitoring methodology distinguish? Answer with a number."
                    ),
                    "ru": (
                        "Сколько сфер системы уголовного правосудия выделяет методология "
                        "мониторинга сети? Ответьте числом."
                    ),
                    "kk": (
                        "Желінің мониторинг әдіснамасы қылмыстық сот төрелігі жүйесінің неше "
                        "саласын бөліп көрсетеді? Жауапты санмен жазыңыз."
                    ),
                },
                "accepted": {
                    "en": ["8"],
                    "ru": ["8"],
                    "kk": ["8"],
                },
                "tolerance": 0,
                "feedback": {
                    "en": (
                        "The methodology divides the system into eight spheres, from criminal "
                        "policy to the penitentiary system, so that a team sees the whole picture "
                        "before choosing a focus."
                    ),
                    "ru": (
                        "Методология делит систему на восемь сфер, от уголовной политики до "
                        "пенитенциарной системы, чтобы команда сначала увидела картину целиком, а "
                        "затем выбрала предмет мониторинга."
                    ),
                    "kk": (
                        "Әдіснама жүйені қылмыстық саясаттан пенитенциарлық жүйеге дейін сегіз "
                        "салаға бөледі, сонда топ нысан таңдамас бұрын толық көріністі көреді."
                    ),
                },
            },
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": (
                        "Which of the following is NOT one of the eight spheres of the "
                        "criminal-justice system in the network's methodology?"
                    ),
                    "ru": (
                        "Что из перечисленного НЕ относится к восьми сферам системы уголовного "
                        "правосудия в методологии сети?"
                    ),
                    "kk": (
                        "Төмендегілердің қайсысы желі әдіснамасындағы қылмыстық сот төрелігі "
                        "жүйесінің сегіз саласына ЖАТПАЙДЫ?"
                    ),
                },
                "feedback": {
                    "en": (
                        "The eight spheres are criminal policy, the judiciary, the prosecution "
                        "service, the Bar, legal aid, the pre-trial stage, the trial stage and the "
                        "penitentiary system."
                    ),
                    "ru": (
                        "Восемь сфер: уголовная политика, судебная система, прокуратура, "
                        "адвокатура, юридическая помощь, досудебная стадия, судебная стадия и "
                        "пенитенциарная система."
                    ),
                    "kk": (
                        "Сегіз сала: қылмыстық саясат, сот жүйесі, прокуратура, адвокатура, заң "
                        "көмегі, сотқа дейінгі саты, сот сатысы және пенитенциарлық жүйе."
                    ),
                },
                "choices": [
                    {
                        "correct": False,
                        "text": {"en": "Legal aid", "ru": "Юридическая помощь", "kk": "Заң көмегі"},
                        "feedback": {
                            "en": (
                                "Legal aid, free defence for those who cannot pay, is one of the "
                                "eight spheres."
                            ),
                            "ru": (
                                "Юридическая помощь, то есть бесплатная защита для тех, кто не "
                                "может заплатить, входит в восемь сфер."
                            ),
                            "kk": (
                                "Заң көмегі, яғни ақы төлей алмайтындарға тегін қорғау, сегіз "
                                "саланың бірі."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {"en": "The Bar", "ru": "Адвокатура", "kk": "Адвокатура"},
                        "feedback": {
                            "en": (
                                "The Bar, covering defence lawyers and their independence, is one "
                                "of the eight spheres."
                            ),
                            "ru": (
                                "Адвокатура, то есть защитники и их независимость, входит в восемь "
                                "сфер."
                            ),
                            "kk": (
                                "Адвокатура, яғни қорғаушылар және олардың тәуелсіздігі, сегіз "
                                "саланың бірі."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": "Civil proceedings",
                            "ru": "Гражданское судопроизводство",
                            "kk": "Азаматтық сот ісін жүргізу",
                        },
                        "feedback": {
                            "en": (
                                "Correct: all eight spheres belong to criminal justice, and civil "
                                "proceedings are not among them."
                            ),
                            "ru": (
                                "Верно: все восемь сфер относятся к уголовному правосудию, и "
                                "гражданского судопроизводства среди них нет."
                            ),
                            "kk": (
                                "Дұрыс: сегіз саланың бәрі қылмыстық сот төрелігіне жатады, "
                                "олардың арасында азаматтық сот ісін жүргізу жоқ."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "The penitentiary system",
                            "ru": "Пенитенциарная система",
                            "kk": "Пенитенциарлық жүйе",
                        },
                        "feedback": {
                            "en": (
                                "The penitentiary system, covering the serving of sentences and "
                                "release, is one of the eight spheres."
                            ),
                            "ru": (
                                "Пенитенциарная система, то есть отбывание наказания и "
                                "освобождение, входит в восемь сфер."
                            ),
                            "kk": (
                                "Пенитенциарлық жүйе, яғни жазаны өтеу және босату, сегіз саланың "
                                "бірі."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "Criminal policy",
                            "ru": "Уголовная политика",
                            "kk": "Қылмыстық саясат",
                        },
                        "feedback": {
                            "en": (
                                "Criminal policy, the state's laws, strategies and priorities, is "
                                "the first of the eight spheres."
                            ),
                            "ru": (
                                "Уголовная политика, то есть законы, стратегии и приоритеты "
                                "государства, первая из восьми сфер."
                            ),
                            "kk": (
                                "Қылмыстық саясат, яғни мемлекеттің заңдары, стратегиялары мен "
                                "басымдықтары, сегіз саланың біріншісі."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "multiple",
                "points": 2,
                "prompt": {
                    "en": (
                        "Which of the following belong in a monitoring plan according to the "
                        "course? Select all that apply."
                    ),
                    "ru": (
                        "Что из перечисленного, согласно курсу, входит в план мониторинга? "
                        "Выберите все верные варианты."
                    ),
                    "kk": (
                        "Курсқа сәйкес мониторинг жоспарына төмендегілердің қайсысы кіреді? Барлық "
                        "дұрыс жауапты таңдаңыз."
                    ),
                },
                "feedback": {
                    "en": (
                        "A plan states the aim and questions, sites, tools, calendar, team, data "
                        "handling and rules on safety and ethics, so that readers can see how the "
                        "data were collected."
                    ),
                    "ru": (
                        "В плане указываются цель и вопросы, объекты, инструменты, календарь, "
                        "команда, порядок работы с данными и правила безопасности и этики, чтобы "
                        "читатель видел, как собирались данные."
                    ),
                    "kk": (
                        "Жоспарда мақсат пен сұрақтар, бақылау орындары, құралдар, күнтізбе, топ, "
                        "деректермен жұмыс тәртібі және қауіпсіздік пен әдеп ережелері "
                        "көрсетіледі, сонда оқырман деректердің қалай жиналғанын көреді."
                    ),
                },
                "choices": [
                    {
                        "correct": True,
                        "text": {
                            "en": "The sites to be observed and why they were chosen",
                            "ru": "Объекты наблюдения и причины их выбора",
                            "kk": "Бақылау орындары және олардың не себепті таңдалғаны",
                        },
                        "feedback": {
                            "en": (
                                "Correct: the plan names the courts or institutions and explains "
                                "why these were chosen."
                            ),
                            "ru": (
                                "Верно: в плане указываются суды или учреждения и объясняется, "
                                "почему выбраны именно они."
                            ),
                            "kk": (
                                "Дұрыс: жоспарда соттар немесе мекемелер аталып, неге дәл солар "
                                "таңдалғаны түсіндіріледі."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": "Questionnaires and observation forms",
                            "ru": "Анкеты и формы наблюдения",
                            "kk": "Сауалнамалар мен бақылау парақтары",
                        },
                        "feedback": {
                            "en": (
                                "Correct: these are the project's tools, and the questionnaire is "
                                "the heart of the plan."
                            ),
                            "ru": "Верно: это инструменты проекта, а анкета — сердцевина плана.",
                            "kk": "Дұрыс: бұлар жобаның құралдары, ал сауалнама — жоспардың өзегі.",
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "The conclusions the team expects to reach",
                            "ru": "Выводы, к которым команда рассчитывает прийти",
                            "kk": "Топ жетеді деп күтетін қорытындылар",
                        },
                        "feedback": {
                            "en": (
                                "Wrong: the plan states what you want to find out; conclusions "
                                "come later, from the data."
                            ),
                            "ru": (
                                "Неверно: в плане указывается, что вы хотите выяснить, а выводы "
                                "делаются позже, на основе данных."
                            ),
                            "kk": (
                                "Қате: жоспарда нені анықтағыңыз келетіні көрсетіледі, ал "
                                "қорытындылар кейін деректер негізінде жасалады."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": "A calendar from preparation to the final report",
                            "ru": "Календарь от подготовки до итогового отчёта",
                            "kk": "Дайындықтан қорытынды есепке дейінгі күнтізбе",
                        },
                        "feedback": {
                            "en": (
                                "Correct: the calendar covers preparation, visits, the interim "
                                "report, analysis and the final report."
                            ),
                            "ru": (
                                "Верно: календарь охватывает подготовку, посещения, промежуточный "
                                "отчёт, анализ и итоговый отчёт."
                            ),
                            "kk": (
                                "Дұрыс: күнтізбе дайындықты, баруды, аралық есепті, талдауды және "
                                "қорытынды есепті қамтиды."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": "Rules on safety and ethics",
                            "ru": "Правила безопасности и этики",
                            "kk": "Қауіпсіздік пен әдеп ережелері",
                        },
                        "feedback": {
                            "en": (
                                "Correct: these rules are agreed before anyone enters a courtroom "
                                "or an institution."
                            ),
                            "ru": (
                                "Верно: эти правила согласуются до того, как кто-либо войдёт в зал "
                                "суда или учреждение."
                            ),
                            "kk": (
                                "Дұрыс: бұл ережелер біреу сот залына немесе мекемеге кірмей тұрып "
                                "келісіледі."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "A list of judges whose conduct the report will criticise",
                            "ru": "Список судей, чьи действия будут раскритикованы в отчёте",
                            "kk": "Әрекеттері есепте сынға алынатын судьялардың тізімі",
                        },
                        "feedback": {
                            "en": (
                                "Wrong: monitoring describes systemic problems and does not set "
                                "out to blame individual judges."
                            ),
                            "ru": (
                                "Неверно: мониторинг описывает системные проблемы и не ставит "
                                "целью обвинить отдельных судей."
                            ),
                            "kk": (
                                "Қате: мониторинг жүйелік мәселелерді сипаттайды және жеке "
                                "судьяларды кінәлауды мақсат етпейді."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "true_false",
                "points": 1,
                "answer": False,
                "prompt": {
                    "en": (
                        "If a question in the questionnaire turns out to be unclear, it is best to "
                        "reword it halfway through the project, once monitors have gained "
                        "experience."
                    ),
                    "ru": (
                        "Если вопрос анкеты оказался неясным, лучше всего переформулировать его в "
                        "середине проекта, когда у наблюдателей появится опыт."
                    ),
                    "kk": (
                        "Сауалнамадағы сұрақ түсініксіз болып шықса, оны бақылаушылар тәжірибе "
                        "жинаған соң, жобаның ортасында қайта тұжырымдаған дұрыс."
                    ),
                },
                "feedback": {
                    "en": (
                        "False: test the form at two or three hearings before the main observation "
                        "and fix unclear questions then, so that all data remain comparable."
                    ),
                    "ru": (
                        "Неверно: анкету опробуют на двух-трёх заседаниях до начала основного "
                        "наблюдения и тогда же исправляют неясные вопросы, чтобы все данные "
                        "оставались сопоставимыми."
                    ),
                    "kk": (
                        "Қате: сауалнаманы негізгі бақылау басталмай тұрып екі-үш отырыста сынап, "
                        "түсініксіз сұрақтарды сол кезде түзетеді, сонда барлық деректер "
                        "салыстырмалы болып қалады."
                    ),
                },
            },
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": (
                        "Which of these notes is written the way the course recommends for an "
                        "observation form?"
                    ),
                    "ru": (
                        "Какая из этих записей сделана так, как курс рекомендует заполнять форму "
                        "наблюдения?"
                    ),
                    "kk": (
                        "Осы жазбалардың қайсысы курс бақылау парағын толтыруға ұсынатындай етіп "
                        "жазылған?"
                    ),
                },
                "feedback": {
                    "en": (
                        "Record facts, not impressions: what you saw and heard. Conclusions come "
                        "later, from many observations."
                    ),
                    "ru": (
                        "Фиксируйте факты, а не впечатления: то, что вы видели и слышали. Выводы "
                        "делаются позже, по множеству наблюдений."
                    ),
                    "kk": (
                        "Әсерлерді емес, фактілерді тіркеңіз: не көргеніңізді және не "
                        "естігеніңізді. Қорытындылар кейінірек, көптеген бақылаулар негізінде "
                        "жасалады."
                    ),
                },
                "choices": [
                    {
                        "correct": False,
                        "text": {
                            "en": "The judge was clearly biased against the defendant.",
                            "ru": "Судья был явно предвзят по отношению к подсудимому.",
                            "kk": "Судья сотталушыға қатысты анық біржақты болды.",
                        },
                        "feedback": {
                            "en": (
                                "This is an opinion; conclusions about bias come later, from many "
                                "observations, not from a single hearing."
                            ),
                            "ru": (
                                "Это мнение: выводы о предвзятости делаются позже, по множеству "
                                "наблюдений, а не по одному заседанию."
                            ),
                            "kk": (
                                "Бұл пікір: біржақтылық туралы қорытынды бір отырыс бойынша емес, "
                                "кейінірек көптеген бақылаулар негізінде жасалады."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": "The judge did not explain the right to remain silent.",
                            "ru": "Судья не разъяснил право хранить молчание.",
                            "kk": "Судья үндемеу құқығын түсіндірмеді.",
                        },
                        "feedback": {
                            "en": (
                                "Correct: this records an observable fact that can later be "
                                "compared with other hearings."
                            ),
                            "ru": (
                                "Верно: это наблюдаемый факт, который потом можно сопоставить с "
                                "другими заседаниями."
                            ),
                            "kk": (
                                "Дұрыс: бұл кейін басқа отырыстармен салыстыруға болатын байқалған "
                                "факт."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "The trial was unfair.",
                            "ru": "Процесс был несправедливым.",
                            "kk": "Сот процесі әділетсіз болды.",
                        },
                        "feedback": {
                            "en": (
                                "This is an overall assessment, which belongs to the analysis "
                                "stage and must rest on recorded facts."
                            ),
                            "ru": (
                                "Это общая оценка: она относится к этапу анализа и должна "
                                "опираться на зафиксированные факты."
                            ),
                            "kk": (
                                "Бұл жалпы баға: ол талдау кезеңіне жатады және тіркелген "
                                "фактілерге сүйенуі керек."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "The prosecutor did not seem to care about the case.",
                            "ru": "Прокурору, похоже, было безразлично это дело.",
                            "kk": "Прокурор бұл іске немқұрайды қарағандай көрінді.",
                        },
                        "feedback": {
                            "en": (
                                "This is an impression; record what the prosecutor actually said "
                                "or did."
                            ),
                            "ru": (
                                "Это впечатление: запишите, что прокурор на самом деле сказал или "
                                "сделал."
                            ),
                            "kk": (
                                "Бұл әсер ғана: прокурордың іс жүзінде не айтқанын немесе не "
                                "істегенін жазыңыз."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "matching",
                "points": 2,
                "prompt": {
                    "en": "Match each rule on safety and ethics with what it means in practice.",
                    "ru": (
                        "Сопоставьте каждое правило безопасности и этики с тем, что оно означает "
                        "на практике."
                    ),
                    "kk": (
                        "Қауіпсіздік пен әдептің әр ережесін оның іс жүзіндегі мағынасымен "
                        "сәйкестендіріңіз."
                    ),
                },
                "feedback": {
                    "en": (
                        "Every monitor reads and signs the project's code of conduct, which sets "
                        "out these rules, before the first visit."
                    ),
                    "ru": (
                        "Каждый наблюдатель до первого посещения читает и подписывает кодекс "
                        "поведения проекта, в котором закреплены эти правила."
                    ),
                    "kk": (
                        "Әр бақылаушы алғашқы барудан бұрын осы ережелер бекітілген жобаның әдеп "
                        "кодексін оқып, оған қол қояды."
                    ),
                },
                "pairs": [
                    {
                        "left": {
                            "en": "Informed consent",
                            "ru": "Информированное согласие",
                            "kk": "Ақпараттандырылған келісім",
                        },
                        "right": {
                            "en": "Explain who you are and how you will use the information",
                            "ru": "Объяснить, кто вы и как используете информацию",
                            "kk": (
                                "Кім екеніңізді және ақпаратты қалай пайдаланатыныңызды түсіндіру"
                            ),
                        },
                    },
                    {
                        "left": {
                            "en": "Confidentiality",
                            "ru": "Конфиденциальность",
                            "kk": "Құпиялылық",
                        },
                        "right": {
                            "en": "No names or identifying details without consent",
                            "ru": "Никаких имён и узнаваемых деталей без согласия",
                            "kk": "Келісімсіз есімдер мен адамды танытатын мәліметтерді жарияламау",
                        },
                    },
                    {
                        "left": {"en": "Do no harm", "ru": "«Не навреди»", "kk": "«Зиян келтірме»"},
                        "right": {
                            "en": "Do not ask a question if answering it could put someone at risk",
                            "ru": "Не задавать вопрос, если ответ может подвергнуть человека риску",
                            "kk": "Жауап адамды қауіпке ұшыратуы мүмкін болса, сұрақ қоймау",
                        },
                    },
                    {
                        "left": {"en": "Independence", "ru": "Независимость", "kk": "Тәуелсіздік"},
                        "right": {
                            "en": "Observe; never intervene or advise the parties",
                            "ru": "Наблюдать, не вмешиваться и не консультировать стороны",
                            "kk": "Бақылау, процеске араласпау және тараптарға кеңес бермеу",
                        },
                    },
                    {
                        "left": {
                            "en": "Personal safety",
                            "ru": "Личная безопасность",
                            "kk": "Жеке қауіпсіздік",
                        },
                        "right": {
                            "en": "Work in pairs and keep the coordinator informed",
                            "ru": "Работать парами и держать координатора в курсе",
                            "kk": "Жұппен жұмыс істеу және үйлестірушіге хабарлап отыру",
                        },
                    },
                ],
            },
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": (
                        "During an open hearing, the judge asks who you are and why you are taking "
                        "notes. What should you do?"
                    ),
                    "ru": (
                        "Во время открытого заседания судья спрашивает, кто вы и почему делаете "
                        "записи. Как следует поступить?"
                    ),
                    "kk": (
                        "Ашық отырыс кезінде судья сізден кім екеніңізді және неге жазып "
                        "отырғаныңызды сұрайды. Не істеу керек?"
                    ),
                },
                "feedback": {
                    "en": (
                        "A monitor observes without intervening. Explaining your role calmly keeps "
                        "the observation going and maintains trust in the monitoring."
                    ),
                    "ru": (
                        "Наблюдатель наблюдает, не вмешиваясь. Спокойное объяснение своей роли "
                        "позволяет продолжить наблюдение и сохранить доверие к мониторингу."
                    ),
                    "kk": (
                        "Бақылаушы процеске араласпай бақылайды. Өз рөліңізді сабырмен "
                        "түсіндірсеңіз, бақылауды жалғастырып, мониторингке деген сенімді "
                        "сақтайсыз."
                    ),
                },
                "choices": [
                    {
                        "correct": False,
                        "text": {
                            "en": "Leave the courtroom quietly to avoid a conflict",
                            "ru": "Тихо покинуть зал, чтобы избежать конфликта",
                            "kk": "Дау тудырмау үшін залдан үнсіз шығып кету",
                        },
                        "feedback": {
                            "en": (
                                "You may attend an open hearing, and by leaving you lose the "
                                "observation for no reason."
                            ),
                            "ru": (
                                "Вы вправе присутствовать на открытом заседании, и, уйдя, вы без "
                                "необходимости теряете наблюдение."
                            ),
                            "kk": (
                                "Ашық отырысқа қатысуға құқығыңыз бар, ал шығып кетсеңіз, бақылау "
                                "еш себепсіз үзіледі."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": (
                                "Calmly explain that you are observing an open hearing as part of "
                                "civil-society monitoring"
                            ),
                            "ru": (
                                "Спокойно объяснить, что вы наблюдаете за открытым заседанием в "
                                "рамках общественного мониторинга"
                            ),
                            "kk": (
                                "Ашық отырысты қоғамдық мониторинг аясында бақылап отырғаныңызды "
                                "сабырмен түсіндіру"
                            ),
                        },
                        "feedback": {
                            "en": "Correct: this is exactly what the course recommends.",
                            "ru": "Верно: именно это рекомендует курс.",
                            "kk": "Дұрыс: курс дәл осыны ұсынады.",
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "Use the moment to remind the judge of the defendant's rights",
                            "ru": "Воспользоваться моментом и напомнить судье о правах подсудимого",
                            "kk": "Сәтті пайдаланып, судьяға сотталушының құқықтарын еске салу",
                        },
                        "feedback": {
                            "en": (
                                "A monitor never intervenes in the proceedings or advises anyone "
                                "in court."
                            ),
                            "ru": (
                                "Наблюдатель никогда не вмешивается в процесс и никому в суде не "
                                "даёт советов."
                            ),
                            "kk": (
                                "Бақылаушы ешқашан процеске араласпайды және сотта ешкімге кеңес "
                                "бермейді."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "Decline to answer, because the hearing is public",
                            "ru": "Отказаться отвечать, поскольку заседание открытое",
                            "kk": "Отырыс ашық болғандықтан, жауап беруден бас тарту",
                        },
                        "feedback": {
                            "en": (
                                "Refusing to answer creates a needless conflict; a calm "
                                "explanation protects both you and the monitoring."
                            ),
                            "ru": (
                                "Отказ отвечать создаёт ненужный конфликт, а спокойное объяснение "
                                "защищает и вас, и мониторинг."
                            ),
                            "kk": (
                                "Жауап бермеу қажетсіз дау туғызады, ал сабырлы түсіндірме сізді "
                                "де, мониторингті де қорғайды."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "true_false",
                "points": 1,
                "answer": True,
                "prompt": {
                    "en": (
                        "At a pre-trial hearing before an investigating judge, a monitor also "
                        "records whether alternatives to detention in custody were considered."
                    ),
                    "ru": (
                        "На досудебном заседании у следственного судьи наблюдатель также отмечает, "
                        "рассматривались ли альтернативы содержанию под стражей."
                    ),
                    "kk": (
                        "Тергеу судьясының сотқа дейінгі отырысында бақылаушы күзетпен ұстауға "
                        "балама шаралардың қаралған-қаралмағанын да белгілейді."
                    ),
                },
                "feedback": {
                    "en": (
                        "True: pre-trial hearings add the grounds and length of detention, whether "
                        "the judge examined them, access to a lawyer, alternatives to custody and "
                        "the handling of torture allegations."
                    ),
                    "ru": (
                        "Верно: на досудебных заседаниях дополнительно отмечают основания и сроки "
                        "содержания под стражей, проверил ли их судья, доступ к адвокату, "
                        "альтернативы содержанию под стражей и реакцию на заявления о пытках."
                    ),
                    "kk": (
                        "Дұрыс: сотқа дейінгі отырыстарда қосымша күзетпен ұстаудың негіздері мен "
                        "мерзімдері, судьяның оларды тексергені, адвокатқа қолжетімділік, күзетпен "
                        "ұстауға балама шаралар және азаптау туралы арызға ден қою белгіленеді."
                    ),
                },
            },
            {
                "type": "multiple",
                "points": 2,
                "prompt": {
                    "en": (
                        "The core of the analytical report is a three-way comparison. Which three "
                        "things does it compare?"
                    ),
                    "ru": (
                        "Основа аналитического отчёта — сравнение в трёх измерениях. Что именно "
                        "сравнивается?"
                    ),
                    "kk": (
                        "Талдамалық есептің өзегі — үш жақты салыстыру. Нақты нелер салыстырылады?"
                    ),
                },
                "feedback": {
                    "en": (
                        "State what national law requires, what monitors saw and what "
                        "international standards require. A gap may lie between law and practice "
                        "or between the law and the standard, and each calls for a different "
                        "recommendation."
                    ),
                    "ru": (
                        "Укажите, чего требует национальный закон, что увидели наблюдатели и чего "
                        "требуют международные стандарты. Разрыв может быть между законом и "
                        "практикой или между законом и стандартом, и каждый случай требует своей "
                        "рекомендации."
                    ),
                    "kk": (
                        "Ұлттық заң нені талап ететінін, бақылаушылар нені көргенін және "
                        "халықаралық стандарттар нені талап ететінін көрсетіңіз. Алшақтық заң мен "
                        "тәжірибе арасында немесе заң мен стандарт арасында болуы мүмкін, және әр "
                        "жағдай өз ұсынымын қажет етеді."
                    ),
                },
                "choices": [
                    {
                        "correct": True,
                        "text": {
                            "en": "What national law requires",
                            "ru": "Требования национального закона",
                            "kk": "Ұлттық заңның талаптары",
                        },
                        "feedback": {
                            "en": "Correct: the comparison starts with what national law requires.",
                            "ru": (
                                "Верно: сравнение начинается с того, чего требует национальный "
                                "закон."
                            ),
                            "kk": "Дұрыс: салыстыру ұлттық заңның нені талап ететінінен басталады.",
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "How the media reported the cases",
                            "ru": "Освещение дел в СМИ",
                            "kk": "Істердің БАҚ-та жариялануы",
                        },
                        "feedback": {
                            "en": (
                                "Media coverage is not one of the three elements of the comparison."
                            ),
                            "ru": "Освещение в СМИ не входит в три элемента сравнения.",
                            "kk": "БАҚ-тағы жарияланымдар салыстырудың үш элементіне кірмейді.",
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": "What monitors actually observed in practice",
                            "ru": "То, что наблюдатели увидели на практике",
                            "kk": "Бақылаушылардың іс жүзінде көргені",
                        },
                        "feedback": {
                            "en": "Correct: practice is shown through what monitors actually saw.",
                            "ru": (
                                "Верно: практика показывается через то, что наблюдатели "
                                "действительно видели."
                            ),
                            "kk": (
                                "Дұрыс: тәжірибе бақылаушылардың шынымен көргені арқылы "
                                "көрсетіледі."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "The personal views of the judges in the observed cases",
                            "ru": "Личное мнение судей по наблюдавшимся делам",
                            "kk": "Бақыланған істер бойынша судьялардың жеке пікірі",
                        },
                        "feedback": {
                            "en": (
                                "The analysis does not rest on judges' personal views; it "
                                "describes systemic problems."
                            ),
                            "ru": (
                                "Анализ не опирается на личное мнение судей: он описывает "
                                "системные проблемы."
                            ),
                            "kk": (
                                "Талдау судьялардың жеке пікіріне сүйенбейді: ол жүйелік "
                                "мәселелерді сипаттайды."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": (
                                "What international standards require, such as the ICCPR as "
                                "interpreted by UN treaty bodies"
                            ),
                            "ru": (
                                "Требования международных стандартов, например МПГПП в толковании "
                                "договорных органов ООН"
                            ),
                            "kk": (
                                "Халықаралық стандарттардың талаптары, мысалы, БҰҰ шарттық "
                                "органдары түсіндірген Азаматтық және саяси құқықтар туралы "
                                "халықаралық пакт"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Correct: the comparison ends with what international standards "
                                "require."
                            ),
                            "ru": (
                                "Верно: сравнение завершается тем, чего требуют международные "
                                "стандарты."
                            ),
                            "kk": (
                                "Дұрыс: салыстыру халықаралық стандарттардың нені талап ететінімен "
                                "аяқталады."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "What other countries in the region do",
                            "ru": "Практика других стран региона",
                            "kk": "Өңірдегі басқа елдердің тәжірибесі",
                        },
                        "feedback": {
                            "en": (
                                "Comparison with other countries is not part of the three-way "
                                "comparison taught in the course."
                            ),
                            "ru": (
                                "Сравнение с другими странами не входит в сравнение в трёх "
                                "измерениях, которому учит курс."
                            ),
                            "kk": (
                                "Басқа елдермен салыстыру курс үйрететін үш жақты салыстыруға "
                                "кірмейді."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "pool",
                "draw": 2,
                "title": {
                    "en": "Reports and recommendations",
                    "ru": "Отчёты и рекомендации",
                    "kk": "Есептер мен ұсынымдар",
                },
                "questions": [
                    {
                        "type": "single",
                        "points": 1,
                        "prompt": {
                            "en": (
                                "Which of these recommendations best meets the course's test for a "
                                "recommendation that works?"
                            ),
                            "ru": (
                                "Какая из этих рекомендаций лучше всего отвечает описанным в курсе "
                                "признакам работающей рекомендации?"
                            ),
                            "kk": (
                                "Осы ұсынымдардың қайсысы курста сипатталған нәтиже беретін "
                                "ұсынымның белгілеріне ең жақсы сәйкес келеді?"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "A good recommendation names the body that should act, says "
                                "exactly what should change and can be checked later."
                            ),
                            "ru": (
                                "Хорошая рекомендация называет орган, который должен действовать, "
                                "говорит, что именно нужно изменить, и поддаётся последующей "
                                "проверке."
                            ),
                            "kk": (
                                "Жақсы ұсыным әрекет етуге тиіс органды атайды, нақты нені өзгерту "
                                "керектігін айтады және кейін оның орындалуын тексеруге болады."
                            ),
                        },
                        "choices": [
                            {
                                "correct": False,
                                "text": {
                                    "en": "Fair-trial rights should be respected.",
                                    "ru": (
                                        "Соблюдать право на справедливое судебное разбирательство."
                                    ),
                                    "kk": "Әділ сот талқылауына құқық сақталсын.",
                                },
                                "feedback": {
                                    "en": (
                                        "It names no body, says nothing concrete and cannot be "
                                        "checked later."
                                    ),
                                    "ru": (
                                        "В ней не назван орган, нет ничего конкретного, и её "
                                        "выполнение нельзя проверить."
                                    ),
                                    "kk": (
                                        "Онда орган аталмаған, нақты ештеңе айтылмаған және оның "
                                        "орындалуын тексеру мүмкін емес."
                                    ),
                                },
                            },
                            {
                                "correct": True,
                                "text": {
                                    "en": (
                                        "The Supreme Court should clarify in a normative "
                                        "resolution that judges must explain the right to remain "
                                        "silent at the start of every trial."
                                    ),
                                    "ru": (
                                        "Верховному Суду разъяснить в нормативном постановлении, "
                                        "что судья обязан разъяснять право хранить молчание в "
                                        "начале каждого процесса."
                                    ),
                                    "kk": (
                                        "Жоғарғы Сот нормативтік қаулыда судья әр процестің "
                                        "басында үндемеу құқығын түсіндіруге міндетті екенін "
                                        "түсіндірсін."
                                    ),
                                },
                                "feedback": {
                                    "en": (
                                        "Correct: it names the body, says exactly what should "
                                        "change and can be checked later."
                                    ),
                                    "ru": (
                                        "Верно: в ней назван орган, точно сказано, что нужно "
                                        "изменить, и её выполнение можно проверить."
                                    ),
                                    "kk": (
                                        "Дұрыс: онда орган аталған, нені өзгерту керегі нақты "
                                        "айтылған және орындалуын тексеруге болады."
                                    ),
                                },
                            },
                            {
                                "correct": False,
                                "text": {
                                    "en": "Judges should pay more attention to defendants.",
                                    "ru": "Судьям следует уделять больше внимания подсудимым.",
                                    "kk": "Судьялар сотталушыларға көбірек көңіл бөлуі керек.",
                                },
                                "feedback": {
                                    "en": (
                                        "It is vague about what should change, and the result "
                                        "cannot be measured."
                                    ),
                                    "ru": (
                                        "Неясно, что именно должно измениться, и результат нельзя "
                                        "измерить."
                                    ),
                                    "kk": (
                                        "Нақты не өзгеруі керегі түсініксіз және нәтижені өлшеу "
                                        "мүмкін емес."
                                    ),
                                },
                            },
                            {
                                "correct": False,
                                "text": {
                                    "en": (
                                        "The state should improve the criminal-justice system as a "
                                        "whole."
                                    ),
                                    "ru": (
                                        "Государству следует улучшить систему уголовного "
                                        "правосудия в целом."
                                    ),
                                    "kk": (
                                        "Мемлекет қылмыстық сот төрелігі жүйесін тұтастай "
                                        "жақсартуы керек."
                                    ),
                                },
                                "feedback": {
                                    "en": (
                                        "It is too general: no specific body, no concrete change, "
                                        "nothing to check."
                                    ),
                                    "ru": (
                                        "Она слишком общая: нет конкретного органа, конкретного "
                                        "изменения и предмета для проверки."
                                    ),
                                    "kk": (
                                        "Ол тым жалпы: нақты орган да, нақты өзгеріс те, "
                                        "тексеретін нәрсе де жоқ."
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "type": "true_false",
                        "points": 1,
                        "answer": False,
                        "prompt": {
                            "en": (
                                "The interim report should present early trends as firm "
                                "conclusions, so that institutions start acting on them at once."
                            ),
                            "ru": (
                                "Промежуточный отчёт должен представлять первые тенденции как "
                                "окончательные выводы, чтобы учреждения сразу начали на них "
                                "реагировать."
                            ),
                            "kk": (
                                "Аралық есеп алғашқы үрдістерді мекемелер оларға бірден ден қоя "
                                "бастауы үшін түпкілікті қорытынды ретінде ұсынуы керек."
                            ),
                        },
                        "feedback": {
                            "en": (
                                "False: the interim report presents trends as preliminary and "
                                "avoids firm conclusions; it also notes problems with the method."
                            ),
                            "ru": (
                                "Неверно: промежуточный отчёт представляет тенденции как "
                                "предварительные и избегает категоричных выводов; в нём также "
                                "фиксируются проблемы метода."
                            ),
                            "kk": (
                                "Қате: аралық есеп үрдістерді алдын ала нәтиже ретінде ұсынады "
                                "және үзілді-кесілді қорытындылардан аулақ болады; онда әдіске "
                                "қатысты мәселелер де белгіленеді."
                            ),
                        },
                    },
                    {
                        "type": "short",
                        "points": 1,
                        "prompt": {
                            "en": (
                                "The methodology uses two reports. The first, written during the "
                                "project, is the interim report. What is the second, written at "
                                "the end of the project, called?"
                            ),
                            "ru": (
                                "Методология предусматривает два отчёта. Первый, который готовится "
                                "в ходе проекта, — промежуточный. Как называется второй, который "
                                "готовится по завершении проекта?"
                            ),
                            "kk": (
                                "Әдіснама екі есепті көздейді. Жоба барысында жасалатын біріншісі "
                                "— аралық есеп. Жобаның соңында жасалатын екіншісі қалай аталады?"
                            ),
                        },
                        "accepted": {
                            "en": [
                                "analytical report",
                                "analytical",
                                "the analytical report",
                                "analytic report",
                                "final analytical report",
                            ],
                            "ru": [
                                "аналитический отчёт",
                                "аналитический",
                                "аналитический доклад",
                                "итоговый аналитический отчёт",
                            ],
                            "kk": [
                                "талдамалық есеп",
                                "талдамалық",
                                "аналитикалық есеп",
                                "қорытынды талдамалық есеп",
                            ],
                        },
                        "tolerance": None,
                        "feedback": {
                            "en": (
                                "The analytical report ends the project: it compares national law "
                                "and practice with international standards and makes "
                                "recommendations addressed to specific bodies."
                            ),
                            "ru": (
                                "Проект завершается аналитическим отчётом: в нём национальное "
                                "законодательство и практика сравниваются с международными "
                                "стандартами и даются рекомендации конкретным органам."
                            ),
                            "kk": (
                                "Жоба талдамалық есеппен аяқталады: онда ұлттық заңнама мен "
                                "тәжірибе халықаралық стандарттармен салыстырылып, нақты "
                                "органдарға ұсынымдар беріледі."
                            ),
                        },
                    },
                    {
                        "type": "single",
                        "points": 1,
                        "prompt": {
                            "en": (
                                "In the first month of a project, one court refuses your monitors "
                                "access to its hearings. According to the course, where is this "
                                "first reported?"
                            ),
                            "ru": (
                                "В первый месяц проекта один из судов не допускает ваших "
                                "наблюдателей на заседания. Где, согласно курсу, об этом "
                                "сообщается в первую очередь?"
                            ),
                            "kk": (
                                "Жобаның алғашқы айында бір сот бақылаушыларыңызды отырыстарға "
                                "жібермейді. Курсқа сәйкес бұл туралы алдымен қайда хабарланады?"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "The interim report summarises the data so far, shows early trends "
                                "and notes problems with the method; it can also be used to start "
                                "a dialogue with the institutions concerned."
                            ),
                            "ru": (
                                "Промежуточный отчёт обобщает собранные данные, показывает первые "
                                "тенденции и фиксирует проблемы метода; с его помощью можно также "
                                "начать диалог с соответствующими учреждениями."
                            ),
                            "kk": (
                                "Аралық есеп жиналған деректерді жинақтап, алғашқы үрдістерді "
                                "көрсетеді және әдіске қатысты мәселелерді белгілейді; оның "
                                "көмегімен тиісті мекемелермен диалог та бастауға болады."
                            ),
                        },
                        "choices": [
                            {
                                "correct": True,
                                "text": {
                                    "en": "In the interim report, as a problem with the method",
                                    "ru": "В промежуточном отчёте — как проблема метода",
                                    "kk": "Аралық есепте — әдіске қатысты мәселе ретінде",
                                },
                                "feedback": {
                                    "en": (
                                        "Correct: the interim report notes problems with the "
                                        "method, such as courts that refused access."
                                    ),
                                    "ru": (
                                        "Верно: в промежуточном отчёте фиксируются проблемы "
                                        "метода, например суды, отказавшие в доступе."
                                    ),
                                    "kk": (
                                        "Дұрыс: аралық есепте әдіске қатысты мәселелер, мысалы, "
                                        "залға кіруге рұқсат бермеген соттар белгіленеді."
                                    ),
                                },
                            },
                            {
                                "correct": False,
                                "text": {
                                    "en": "Nowhere, because a refusal is not monitoring data",
                                    "ru": (
                                        "Нигде: отказ в доступе не относится к данным мониторинга"
                                    ),
                                    "kk": (
                                        "Ешқайда: кіруге рұқсат бермеу мониторинг деректеріне "
                                        "жатпайды"
                                    ),
                                },
                                "feedback": {
                                    "en": (
                                        "A refusal of access is important information about the "
                                        "project and how its method works."
                                    ),
                                    "ru": (
                                        "Отказ в доступе — важная информация о ходе проекта и о "
                                        "том, как работает метод."
                                    ),
                                    "kk": (
                                        "Кіруге рұқсат бермеу — жобаның барысы мен әдістің жұмысы "
                                        "туралы маңызды ақпарат."
                                    ),
                                },
                            },
                            {
                                "correct": False,
                                "text": {
                                    "en": "In a press release issued the same day",
                                    "ru": "В пресс-релизе в тот же день",
                                    "kk": "Сол күні шығарылған баспасөз релизінде",
                                },
                                "feedback": {
                                    "en": (
                                        "The course does not suggest going public at once: the "
                                        "problem is first recorded in the interim report and "
                                        "discussed within the network."
                                    ),
                                    "ru": (
                                        "Курс не предлагает сразу выходить с этим публично: "
                                        "проблему сначала отражают в промежуточном отчёте и "
                                        "обсуждают внутри сети."
                                    ),
                                    "kk": (
                                        "Курс бірден көпшілікке жария етуді ұсынбайды: мәселе "
                                        "алдымен аралық есепте көрсетіліп, желі ішінде талқыланады."
                                    ),
                                },
                            },
                            {
                                "correct": False,
                                "text": {
                                    "en": "Only in an annex to the analytical report",
                                    "ru": "Только в приложении к аналитическому отчёту",
                                    "kk": "Тек талдамалық есептің қосымшасында",
                                },
                                "feedback": {
                                    "en": (
                                        "Waiting until the end loses the chance to fix the method "
                                        "or start a dialogue early."
                                    ),
                                    "ru": (
                                        "Если ждать до конца проекта, будет упущена возможность "
                                        "исправить метод или заранее начать диалог."
                                    ),
                                    "kk": (
                                        "Жобаның соңын күтсеңіз, әдісті түзету немесе диалогты "
                                        "ерте бастау мүмкіндігі жіберіліп алынады."
                                    ),
                                },
                            },
                        ],
                    },
                ],
            },
            {
                "type": "essay",
                "points": 5,
                "prompt": {
                    "en": (
                        "In your region, people say that legal-aid lawyers often meet their "
                        "clients for the first time in the courtroom. Outline a first monitoring "
                        "project on this problem: which spheres it touches, a realistic focus and "
                        "sites, what your monitors would record at each hearing, and one "
                        "recommendation you might make, addressed to a named body. Write about 250 "
                        "words."
                    ),
                    "ru": (
                        "В вашем регионе говорят, что адвокаты, оказывающие юридическую помощь, "
                        "часто впервые встречаются с подзащитными уже в зале суда. Опишите первый "
                        "проект мониторинга по этой проблеме: каких сфер она касается, "
                        "реалистичный предмет и объекты, что ваши наблюдатели будут фиксировать на "
                        "каждом заседании и одну возможную рекомендацию с указанием конкретного "
                        "органа-адресата. Объём — около 250 слов."
                    ),
                    "kk": (
                        "Өңіріңізде заң көмегін көрсететін адвокаттар қорғауындағы адамдармен "
                        "көбіне сот залында ғана алғаш кездеседі деп айтылады. Осы мәселе бойынша "
                        "алғашқы мониторинг жобасын сипаттаңыз: ол қай салаларға қатысты, шынайы "
                        "нысан мен бақылау орындары қандай, бақылаушыларыңыз әр отырыста нені "
                        "тіркейді және нақты органға арналған бір ықтимал ұсыным. Көлемі — шамамен "
                        "250 сөз."
                    ),
                },
                "guidance": {
                    "en": (
                        "A strong answer links the problem to several spheres (legal aid, the Bar, "
                        "the pre-trial stage and the trial stage) and chooses a narrow focus, such "
                        "as one type of case in a few named courts over several months. It lists "
                        "factual items to record (whether a lawyer was present, when the lawyer "
                        "was appointed, whether lawyer and client could talk in private and how "
                        "long before the hearing) and gives a recommendation that names a body, "
                        "states the change and can be checked. Mark down conclusions drawn from a "
                        "single hearing and blame aimed at individuals."
                    ),
                    "ru": (
                        "Сильный ответ связывает проблему с несколькими сферами (юридическая "
                        "помощь, адвокатура, досудебная и судебная стадии) и выбирает узкий "
                        "предмет, например одну категорию дел в нескольких названных судах в "
                        "течение нескольких месяцев. В нём перечислены факты для фиксации "
                        "(присутствовал ли адвокат, когда он был назначен, могли ли адвокат и "
                        "подзащитный поговорить наедине и за какое время до заседания) и дана "
                        "рекомендация, в которой назван орган, указано изменение и которую можно "
                        "проверить. Снижайте оценку за выводы по одному заседанию и обвинения в "
                        "адрес отдельных людей."
                    ),
                    "kk": (
                        "Жақсы жауап мәселені бірнеше салаға (заң көмегі, адвокатура, сотқа "
                        "дейінгі және сот сатылары) байланыстырып, тар нысанды таңдайды, мысалы, "
                        "бірнеше ай бойы аталған бірнеше соттағы бір санаттағы істер. Онда "
                        "тіркелетін фактілер (адвокат қатысты ма, ол қашан тағайындалды, адвокат "
                        "пен қорғауындағы адам оңаша сөйлесе алды ма және отырысқа дейін қанша "
                        "уақыт бұрын) және органды атайтын, өзгерісті көрсететін әрі орындалуын "
                        "тексеруге болатын ұсыным келтіріледі. Бір отырыс бойынша жасалған "
                        "қорытындылар мен жеке адамдарды кінәлау үшін баға төмендетіледі."
                    ),
                },
            },
        ],
    },
    "fair-trial-standards": {
        "key": "fair-trial-standards-assessment",
        "pass_mark": 70,
        "attempts_allowed": 2,
        "time_limit_minutes": 0,
        "grading_method": "last",
        "shuffle": True,
        "required": True,
        "show_results": "after-last-attempt",
        "title": {
            "en": "Assessment: fair-trial standards and international obligations",
            "ru": (
                "Оценивание: стандарты справедливого судебного разбирательства и международные "
                "обязательства"
            ),
            "kk": "Бағалау: әділ сот талқылауының стандарттары және халықаралық міндеттемелер",
        },
        "slug": {
            "en": "fair-trial-standards-assessment",
            "ru": "otsenivanie-standarty-spravedlivogo-razbiratelstva",
            "kk": "bagalau-adil-sot-talqylauynyn-standarttary",
        },
        "intro": {
            "en": (
                "This assessment checks your knowledge of the standards against which monitors "
                "measure practice: Kazakhstan's treaty obligations, rights at trial and before it, "
                "recent reforms and the protection of vulnerable groups. It includes one written "
                "answer."
            ),
            "ru": (
                "Оценивание проверяет знание стандартов, с которыми наблюдатели сравнивают "
                "практику: договорных обязательств Казахстана, прав в суде и до суда, последних "
                "реформ и защиты уязвимых групп. В него входит одно письменное задание."
            ),
            "kk": (
                "Бұл бағалау бақылаушылар тәжірибені салыстыратын стандарттарды білуіңізді "
                "тексереді: Қазақстанның шарттық міндеттемелері, сотта және сотқа дейінгі "
                "құқықтар, соңғы реформалар және осал топтарды қорғау. Оған бір жазбаша тапсырма "
                "кіреді."
            ),
        },
        "questions": [
            {
                "type": "multiple",
                "points": 2,
                "prompt": {
                    "en": (
                        "Which of these treaties is Kazakhstan a party to? Select all that apply."
                    ),
                    "ru": (
                        "Участником каких из этих договоров является Казахстан? Выберите все "
                        "верные варианты."
                    ),
                    "kk": (
                        "Қазақстан осы шарттардың қайсысына қатысушы болып табылады? Барлық дұрыс "
                        "жауапты таңдаңыз."
                    ),
                },
                "feedback": {
                    "en": (
                        "Kazakhstan is a party to the ICCPR and both its Optional Protocols, CAT "
                        "and OPCAT, CEDAW, the CRC, the CRPD and the Convention on enforced "
                        "disappearances."
                    ),
                    "ru": (
                        "Казахстан участвует в МПГПП и обоих Факультативных протоколах к нему, "
                        "Конвенции против пыток и Факультативном протоколе к ней, Конвенции о "
                        "ликвидации всех форм дискриминации в отношении женщин, Конвенции о правах "
                        "ребёнка, Конвенции о правах инвалидов и Международной конвенции для "
                        "защиты всех лиц от насильственных исчезновений."
                    ),
                    "kk": (
                        "Қазақстан Азаматтық және саяси құқықтар туралы халықаралық пактіге және "
                        "оның екі Факультативтік хаттамасына, Азаптауға қарсы конвенция мен оның "
                        "Факультативтік хаттамасына, әйелдерге қатысты кемсітушілікті жою, бала "
                        "құқықтары және мүгедектігі бар адамдардың құқықтары туралы "
                        "конвенцияларға, сондай-ақ Барлық адамдарды күштеп жоғалтудан қорғау "
                        "туралы халықаралық конвенцияға қатысушы."
                    ),
                },
                "choices": [
                    {
                        "correct": True,
                        "text": {
                            "en": "International Covenant on Civil and Political Rights",
                            "ru": "Международный пакт о гражданских и политических правах",
                            "kk": "Азаматтық және саяси құқықтар туралы халықаралық пакт",
                        },
                        "feedback": {
                            "en": (
                                "Correct: Kazakhstan is a party to the ICCPR and to both its "
                                "Optional Protocols."
                            ),
                            "ru": (
                                "Верно: Казахстан — участник МПГПП и обоих Факультативных "
                                "протоколов к нему."
                            ),
                            "kk": (
                                "Дұрыс: Қазақстан бұл пактіге және оның екі Факультативтік "
                                "хаттамасына қатысушы."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "European Convention on Human Rights",
                            "ru": "Европейская конвенция о защите прав человека",
                            "kk": "Адам құқықтарын қорғау туралы Еуропалық конвенция",
                        },
                        "feedback": {
                            "en": (
                                "Kazakhstan is not a member of the Council of Europe and is not a "
                                "party to this convention."
                            ),
                            "ru": (
                                "Казахстан не является членом Совета Европы и не участвует в этой "
                                "конвенции."
                            ),
                            "kk": (
                                "Қазақстан Еуропа Кеңесінің мүшесі емес және бұл конвенцияға "
                                "қатыспайды."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": "Convention against Torture and its Optional Protocol",
                            "ru": "Конвенция против пыток и Факультативный протокол к ней",
                            "kk": "Азаптауға қарсы конвенция және оның Факультативтік хаттамасы",
                        },
                        "feedback": {
                            "en": "Correct: Kazakhstan is a party to both CAT and OPCAT.",
                            "ru": (
                                "Верно: Казахстан участвует и в Конвенции против пыток, и в "
                                "Факультативном протоколе к ней."
                            ),
                            "kk": (
                                "Дұрыс: Қазақстан Азаптауға қарсы конвенцияға да, оның "
                                "Факультативтік хаттамасына да қатысушы."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": "Convention on the Rights of Persons with Disabilities",
                            "ru": "Конвенция о правах инвалидов",
                            "kk": "Мүгедектігі бар адамдардың құқықтары туралы конвенция",
                        },
                        "feedback": {
                            "en": "Correct: the CRPD is among Kazakhstan's treaty obligations.",
                            "ru": (
                                "Верно: Конвенция о правах инвалидов входит в число договорных "
                                "обязательств Казахстана."
                            ),
                            "kk": (
                                "Дұрыс: бұл конвенция Қазақстанның шарттық міндеттемелерінің "
                                "қатарына кіреді."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "Rome Statute of the International Criminal Court",
                            "ru": "Римский статут Международного уголовного суда",
                            "kk": "Халықаралық қылмыстық соттың Рим статуты",
                        },
                        "feedback": {
                            "en": (
                                "This treaty is not among the obligations listed in the course: "
                                "Kazakhstan is not a party to it."
                            ),
                            "ru": (
                                "Этого договора нет среди обязательств, перечисленных в курсе: "
                                "Казахстан в нём не участвует."
                            ),
                            "kk": (
                                "Бұл шарт курста аталған міндеттемелердің қатарында жоқ: Қазақстан "
                                "оған қатыспайды."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": (
                                "Convention on the Elimination of All Forms of Discrimination "
                                "against Women"
                            ),
                            "ru": (
                                "Конвенция о ликвидации всех форм дискриминации в отношении женщин"
                            ),
                            "kk": (
                                "Әйелдерге қатысты кемсітушіліктің барлық нысандарын жою туралы "
                                "конвенция"
                            ),
                        },
                        "feedback": {
                            "en": "Correct: CEDAW is among Kazakhstan's treaty obligations.",
                            "ru": (
                                "Верно: эта конвенция входит в число договорных обязательств "
                                "Казахстана."
                            ),
                            "kk": (
                                "Дұрыс: бұл конвенция Қазақстанның шарттық міндеттемелерінің "
                                "қатарына кіреді."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "matching",
                "points": 2,
                "prompt": {
                    "en": "Match each mechanism with what it does.",
                    "ru": "Сопоставьте каждый механизм с его назначением.",
                    "kk": "Әр тетікті оның атқаратын қызметімен сәйкестендіріңіз.",
                },
                "feedback": {
                    "en": (
                        "Treaty committees examine state reports and may receive alternative "
                        "reports from civil society; the UPR is a separate review of every state "
                        "by the UN Human Rights Council."
                    ),
                    "ru": (
                        "Комитеты по договорам рассматривают доклады государств и могут получать "
                        "альтернативные доклады гражданского общества; УПО — отдельная процедура, "
                        "в рамках которой Совет ООН по правам человека рассматривает положение в "
                        "каждом государстве."
                    ),
                    "kk": (
                        "Шарттық комитеттер мемлекеттердің баяндамаларын қарайды және азаматтық "
                        "қоғамнан балама баяндамалар ала алады; Жалпыға бірдей мерзімдік шолу — "
                        "БҰҰ-ның Адам құқықтары жөніндегі кеңесі әр мемлекеттегі жағдайды қарайтын "
                        "жеке рәсім."
                    ),
                },
                "pairs": [
                    {
                        "left": {
                            "en": "First Optional Protocol to the ICCPR",
                            "ru": "Первый Факультативный протокол к МПГПП",
                            "kk": (
                                "Азаматтық және саяси құқықтар туралы халықаралық пактінің Бірінші "
                                "Факультативтік хаттамасы"
                            ),
                        },
                        "right": {
                            "en": (
                                "Individual complaints to the UN Human Rights Committee once "
                                "domestic remedies are exhausted"
                            ),
                            "ru": (
                                "Индивидуальные жалобы в Комитет ООН по правам человека после "
                                "исчерпания внутренних средств правовой защиты"
                            ),
                            "kk": (
                                "Ішкі құқықтық қорғау құралдары таусылғаннан кейін БҰҰ-ның Адам "
                                "құқықтары жөніндегі комитетіне жеке шағым беру"
                            ),
                        },
                    },
                    {
                        "left": {
                            "en": "Second Optional Protocol to the ICCPR",
                            "ru": "Второй Факультативный протокол к МПГПП",
                            "kk": (
                                "Азаматтық және саяси құқықтар туралы халықаралық пактінің Екінші "
                                "Факультативтік хаттамасы"
                            ),
                        },
                        "right": {
                            "en": "Abolition of the death penalty",
                            "ru": "Отмена смертной казни",
                            "kk": "Өлім жазасын жою",
                        },
                    },
                    {
                        "left": {
                            "en": "Optional Protocol to the Convention against Torture",
                            "ru": "Факультативный протокол к Конвенции против пыток",
                            "kk": "Азаптауға қарсы конвенцияның Факультативтік хаттамасы",
                        },
                        "right": {
                            "en": (
                                "Regular visits to places of detention by a UN subcommittee and a "
                                "national preventive mechanism"
                            ),
                            "ru": (
                                "Регулярные посещения мест лишения свободы подкомитетом ООН и "
                                "национальным превентивным механизмом"
                            ),
                            "kk": (
                                "БҰҰ-ның кіші комитеті мен ұлттық алдын алу тетігінің бас "
                                "бостандығынан айыру орындарына тұрақты түрде баруы"
                            ),
                        },
                    },
                    {
                        "left": {
                            "en": "Universal Periodic Review",
                            "ru": "Универсальный периодический обзор",
                            "kk": "Жалпыға бірдей мерзімдік шолу",
                        },
                        "right": {
                            "en": (
                                "Review of the situation in every state by the UN Human Rights "
                                "Council"
                            ),
                            "ru": (
                                "Рассмотрение положения в каждом государстве Советом ООН по правам "
                                "человека"
                            ),
                            "kk": (
                                "БҰҰ-ның Адам құқықтары жөніндегі кеңесінің әр мемлекеттегі "
                                "жағдайды қарауы"
                            ),
                        },
                    },
                    {
                        "left": {
                            "en": "Alternative report",
                            "ru": "Альтернативный доклад",
                            "kk": "Балама баяндама",
                        },
                        "right": {
                            "en": (
                                "A report sent by civil-society organisations to a treaty committee"
                            ),
                            "ru": (
                                "Доклад, который организации гражданского общества направляют в "
                                "комитет по договору"
                            ),
                            "kk": (
                                "Азаматтық қоғам ұйымдарының шарттық комитетке жіберетін баяндамасы"
                            ),
                        },
                    },
                ],
            },
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": (
                        "Which body explained the content of Article 14 of the ICCPR in General "
                        "Comment No. 32?"
                    ),
                    "ru": (
                        "Какой орган разъяснил содержание статьи 14 МПГПП в Замечании общего "
                        "порядка № 32?"
                    ),
                    "kk": (
                        "Азаматтық және саяси құқықтар туралы халықаралық пактінің 14-бабының "
                        "мазмұнын № 32 жалпы тәртіптегі ескертуде қай орган түсіндірді?"
                    ),
                },
                "feedback": {
                    "en": (
                        "Article 14 of the ICCPR is the main source of the right to a fair trial, "
                        "and the UN Human Rights Committee explained its content in General "
                        "Comment No. 32."
                    ),
                    "ru": (
                        "Статья 14 МПГПП — главный источник права на справедливое судебное "
                        "разбирательство, а Комитет ООН по правам человека разъяснил её содержание "
                        "в Замечании общего порядка № 32."
                    ),
                    "kk": (
                        "Пактінің 14-бабы — әділ сот талқылауына құқықтың негізгі көзі, ал оның "
                        "мазмұнын БҰҰ-ның Адам құқықтары жөніндегі комитеті № 32 жалпы тәртіптегі "
                        "ескертуде түсіндірді."
                    ),
                },
                "choices": [
                    {
                        "correct": False,
                        "text": {
                            "en": "The UN Human Rights Council",
                            "ru": "Совет ООН по правам человека",
                            "kk": "БҰҰ-ның Адам құқықтары жөніндегі кеңесі",
                        },
                        "feedback": {
                            "en": (
                                "The Council conducts the Universal Periodic Review; general "
                                "comments on the ICCPR come from the Committee."
                            ),
                            "ru": (
                                "Совет проводит универсальный периодический обзор, а замечания "
                                "общего порядка к МПГПП принимает Комитет."
                            ),
                            "kk": (
                                "Кеңес Жалпыға бірдей мерзімдік шолуды жүргізеді, ал пакт бойынша "
                                "жалпы тәртіптегі ескертулерді Комитет қабылдайды."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": "The UN Human Rights Committee",
                            "ru": "Комитет ООН по правам человека",
                            "kk": "БҰҰ-ның Адам құқықтары жөніндегі комитеті",
                        },
                        "feedback": {
                            "en": (
                                "Correct: the Human Rights Committee is the body of independent "
                                "experts that monitors the ICCPR."
                            ),
                            "ru": (
                                "Верно: Комитет по правам человека — орган независимых экспертов, "
                                "который следит за выполнением МПГПП."
                            ),
                            "kk": (
                                "Дұрыс: Адам құқықтары жөніндегі комитет — пактінің орындалуын "
                                "қадағалайтын тәуелсіз сарапшылар органы."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "The UN Committee against Torture",
                            "ru": "Комитет ООН против пыток",
                            "kk": "БҰҰ-ның Азаптауға қарсы комитеті",
                        },
                        "feedback": {
                            "en": (
                                "This committee monitors the Convention against Torture, not the "
                                "ICCPR."
                            ),
                            "ru": (
                                "Этот комитет следит за выполнением Конвенции против пыток, а не "
                                "МПГПП."
                            ),
                            "kk": (
                                "Бұл комитет пактіні емес, Азаптауға қарсы конвенцияның орындалуын "
                                "қадағалайды."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {"en": "OSCE/ODIHR", "ru": "ОБСЕ/БДИПЧ", "kk": "ЕҚЫҰ/ДИАҚБ"},
                        "feedback": {
                            "en": (
                                "OSCE/ODIHR practice underlies the monitors' rights checklist, but "
                                "it does not issue general comments on UN treaties."
                            ),
                            "ru": (
                                "Практика ОБСЕ/БДИПЧ легла в основу перечня прав для наблюдателей, "
                                "но это бюро не принимает замечаний общего порядка к договорам ООН."
                            ),
                            "kk": (
                                "ЕҚЫҰ/ДИАҚБ тәжірибесі бақылаушыларға арналған құқықтар тізбесінің "
                                "негізіне алынған, бірақ бұл бюро БҰҰ шарттары бойынша жалпы "
                                "тәртіптегі ескертулер қабылдамайды."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "matching",
                "points": 2,
                "prompt": {
                    "en": (
                        "Match each fair-trial guarantee with what a monitor looks for in the "
                        "courtroom."
                    ),
                    "ru": (
                        "Сопоставьте каждую гарантию справедливого судебного разбирательства с "
                        "тем, на что наблюдатель обращает внимание в зале суда."
                    ),
                    "kk": (
                        "Әділ сот талқылауының әр кепілдігін бақылаушы сот залында назар аударатын "
                        "белгімен сәйкестендіріңіз."
                    ),
                },
                "feedback": {
                    "en": (
                        "The guarantees work together: a monitor records the facts for each one "
                        "and leaves the overall assessment of fairness to the analysis stage."
                    ),
                    "ru": (
                        "Гарантии действуют вместе: наблюдатель фиксирует факты по каждой из них, "
                        "а общую оценку справедливости оставляет для этапа анализа."
                    ),
                    "kk": (
                        "Кепілдіктер бірге әрекет етеді: бақылаушы әрқайсысы бойынша фактілерді "
                        "тіркейді, ал әділдікке жалпы баға беруді талдау кезеңіне қалдырады."
                    ),
                },
                "pairs": [
                    {
                        "left": {"en": "Public hearing", "ru": "Публичность", "kk": "Ашықтық"},
                        "right": {
                            "en": (
                                "The public and the press are admitted, and any closure is lawful "
                                "and explained"
                            ),
                            "ru": (
                                "Публика и пресса допускаются, а закрытие заседания законно и "
                                "мотивировано"
                            ),
                            "kk": (
                                "Көпшілік пен баспасөз залға жіберіледі, ал отырысты жабу заңды "
                                "және дәлелді"
                            ),
                        },
                    },
                    {
                        "left": {
                            "en": "Presumption of innocence",
                            "ru": "Презумпция невиновности",
                            "kk": "Кінәсіздік презумпциясы",
                        },
                        "right": {
                            "en": (
                                "The defendant is not treated or described as guilty before the "
                                "verdict"
                            ),
                            "ru": (
                                "До приговора с подсудимым не обращаются как с виновным и не "
                                "называют его так"
                            ),
                            "kk": (
                                "Үкім шыққанға дейін сотталушыға кінәлі адам ретінде қаралмайды "
                                "және ол солай аталмайды"
                            ),
                        },
                    },
                    {
                        "left": {
                            "en": "Equality of arms",
                            "ru": "Равенство сторон",
                            "kk": "Тараптардың теңдігі",
                        },
                        "right": {
                            "en": "Both sides can present evidence and question witnesses",
                            "ru": (
                                "Обе стороны могут представлять доказательства и допрашивать "
                                "свидетелей"
                            ),
                            "kk": "Екі тарап та дәлелдемелер ұсынып, куәларға сұрақ қоя алады",
                        },
                    },
                    {
                        "left": {
                            "en": "Right to counsel",
                            "ru": "Право на защитника",
                            "kk": "Қорғаушы алу құқығы",
                        },
                        "right": {
                            "en": (
                                "A lawyer of the defendant's choice or free legal aid, with time "
                                "to prepare"
                            ),
                            "ru": (
                                "Адвокат по выбору подсудимого или бесплатная юридическая помощь и "
                                "время на подготовку"
                            ),
                            "kk": (
                                "Сотталушы таңдаған адвокат немесе тегін заң көмегі және "
                                "дайындалуға уақыт"
                            ),
                        },
                    },
                    {
                        "left": {
                            "en": "Reasoned judgment",
                            "ru": "Мотивированный приговор",
                            "kk": "Дәлелді үкім",
                        },
                        "right": {
                            "en": "The verdict assesses the evidence and is announced in public",
                            "ru": (
                                "В приговоре оцениваются доказательства, и он оглашается публично"
                            ),
                            "kk": (
                                "Үкімде дәлелдемелер бағаланады және ол көпшілік алдында "
                                "жарияланады"
                            ),
                        },
                    },
                ],
            },
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": (
                        "A defendant who speaks only Uzbek is tried in Russian. Who pays for the "
                        "interpreter?"
                    ),
                    "ru": (
                        "Дело подсудимого, который говорит только по-узбекски, рассматривается на "
                        "русском языке. Кто оплачивает услуги переводчика?"
                    ),
                    "kk": (
                        "Тек өзбек тілінде сөйлейтін сотталушының ісі орыс тілінде қаралады. "
                        "Аудармашының қызметіне кім ақы төлейді?"
                    ),
                },
                "feedback": {
                    "en": (
                        "Anyone who does not speak the language of the proceedings is entitled to "
                        "a free interpreter. In Kazakhstan cases are heard in Kazakh or Russian, "
                        "with a free interpreter where needed."
                    ),
                    "ru": (
                        "Каждый, кто не владеет языком судопроизводства, имеет право на "
                        "бесплатного переводчика. В Казахстане дела рассматриваются на казахском "
                        "или русском языке, при необходимости — с бесплатным переводчиком."
                    ),
                    "kk": (
                        "Сот ісін жүргізу тілін білмейтін әркім тегін аудармашыға құқылы. "
                        "Қазақстанда істер қазақ немесе орыс тілінде қаралады, қажет болса тегін "
                        "аудармашы беріледі."
                    ),
                },
                "choices": [
                    {
                        "correct": False,
                        "text": {
                            "en": "The defendant, unless he is acquitted",
                            "ru": "Подсудимый, если его не оправдают",
                            "kk": "Сотталушы, егер ол ақталмаса",
                        },
                        "feedback": {
                            "en": "Interpretation is free whatever the outcome of the case.",
                            "ru": "Перевод предоставляется бесплатно независимо от исхода дела.",
                            "kk": "Аударма іс қалай аяқталса да тегін беріледі.",
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "The defendant's lawyer, as part of the defence",
                            "ru": "Защитник подсудимого в рамках защиты",
                            "kk": "Сотталушының қорғаушысы қорғау аясында",
                        },
                        "feedback": {
                            "en": (
                                "Interpretation is not the lawyer's cost: it must be provided free "
                                "of charge."
                            ),
                            "ru": (
                                "Перевод — не расходы защитника: он должен предоставляться "
                                "бесплатно."
                            ),
                            "kk": "Аударма қорғаушының шығыны емес: ол тегін берілуі тиіс.",
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": (
                                "The state: interpretation is free for anyone who does not speak "
                                "the language of the proceedings"
                            ),
                            "ru": (
                                "Государство: перевод бесплатен для всех, кто не владеет языком "
                                "судопроизводства"
                            ),
                            "kk": (
                                "Мемлекет: сот ісін жүргізу тілін білмейтін әркімге аударма тегін"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Correct: the right to a free interpreter applies to anyone who "
                                "does not speak the language of the proceedings."
                            ),
                            "ru": (
                                "Верно: право на бесплатного переводчика есть у каждого, кто не "
                                "владеет языком судопроизводства."
                            ),
                            "kk": (
                                "Дұрыс: сот ісін жүргізу тілін білмейтін әркімнің тегін "
                                "аудармашыға құқығы бар."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "The defendant, if he can afford it",
                            "ru": "Подсудимый, если он в состоянии заплатить",
                            "kk": "Сотталушы, егер оның ақы төлеуге мүмкіндігі болса",
                        },
                        "feedback": {
                            "en": (
                                "Unlike a lawyer of one's own choice, the interpreter does not "
                                "depend on the defendant's means: it is always free."
                            ),
                            "ru": (
                                "В отличие от адвоката по собственному выбору, переводчик не "
                                "зависит от платёжеспособности подсудимого: он всегда бесплатен."
                            ),
                            "kk": (
                                "Өзі таңдаған адвокаттан айырмашылығы, аудармашы сотталушының "
                                "төлем қабілетіне байланысты емес: ол әрқашан тегін."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "true_false",
                "points": 1,
                "answer": False,
                "prompt": {
                    "en": (
                        "Under the ICCPR, the seriousness of the charge alone is enough to justify "
                        "holding a person in custody until trial."
                    ),
                    "ru": (
                        "Согласно МПГПП, одной тяжести обвинения достаточно, чтобы содержать "
                        "человека под стражей до суда."
                    ),
                    "kk": (
                        "Азаматтық және саяси құқықтар туралы халықаралық пактіге сәйкес, адамды "
                        "сотқа дейін күзетпен ұстау үшін айыптың ауырлығының өзі жеткілікті."
                    ),
                },
                "feedback": {
                    "en": (
                        "False: detention pending trial must not be the general rule; it must be "
                        "lawful, necessary and proportionate in the individual case, for example "
                        "because of a real risk of flight or of pressure on witnesses."
                    ),
                    "ru": (
                        "Неверно: содержание под стражей до суда не должно быть общим правилом; "
                        "оно должно быть законным, необходимым и соразмерным в конкретном деле, "
                        "например при реальном риске побега или давления на свидетелей."
                    ),
                    "kk": (
                        "Қате: сотқа дейін күзетпен ұстау жалпы ереже болмауы тиіс; ол заңды, "
                        "нақты іс бойынша қажетті әрі мөлшерлес болуы керек, мысалы, қашып кетудің "
                        "немесе куәларға қысым көрсетудің шынайы қаупі болғанда."
                    ),
                },
            },
            {
                "type": "multiple",
                "points": 2,
                "prompt": {
                    "en": (
                        "At a detention hearing, a suspect tells the investigating judge that "
                        "police officers beat him on his first night in custody. What must the "
                        "authorities do under international standards? Select all that apply."
                    ),
                    "ru": (
                        "На заседании о мере пресечения подозреваемый говорит следственному судье, "
                        "что в первую ночь после задержания его избили сотрудники полиции. Что "
                        "обязаны сделать власти согласно международным стандартам? Выберите все "
                        "верные варианты."
                    ),
                    "kk": (
                        "Бұлтартпау шарасы туралы отырыста күдікті тергеу судьясына ұсталғаннан "
                        "кейінгі алғашқы түні полиция қызметкерлері оны ұрғанын айтады. "
                        "Халықаралық стандарттарға сәйкес билік не істеуге міндетті? Барлық дұрыс "
                        "жауапты таңдаңыз."
                    ),
                },
                "feedback": {
                    "en": (
                        "The authorities must react at once: register the complaint, arrange an "
                        "independent medical examination and ensure an effective and impartial "
                        "investigation. A monitor records the exact words and what the judge, the "
                        "prosecutor and the lawyer did next."
                    ),
                    "ru": (
                        "Власти обязаны отреагировать незамедлительно: зарегистрировать заявление, "
                        "обеспечить независимое медицинское освидетельствование и эффективное "
                        "беспристрастное расследование. Наблюдатель записывает точные слова и то, "
                        "что после этого сделали судья, прокурор и адвокат."
                    ),
                    "kk": (
                        "Билік дереу әрекет етуге міндетті: арызды тіркеу, тәуелсіз медициналық "
                        "куәландыруды және тиімді әрі бейтарап тергеуді қамтамасыз ету. Бақылаушы "
                        "нақты сөздерді және одан кейін судья, прокурор мен адвокат не істегенін "
                        "жазады."
                    ),
                },
                "choices": [
                    {
                        "correct": True,
                        "text": {
                            "en": "Register the complaint at once",
                            "ru": "Незамедлительно зарегистрировать заявление",
                            "kk": "Арызды дереу тіркеу",
                        },
                        "feedback": {
                            "en": (
                                "Correct: the reaction must be immediate, starting with "
                                "registering the complaint."
                            ),
                            "ru": (
                                "Верно: реакция должна быть незамедлительной и начинается с "
                                "регистрации заявления."
                            ),
                            "kk": (
                                "Дұрыс: ден қою дереу болуы керек және арызды тіркеуден басталады."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": (
                                "Postpone any action until the trial, when the evidence will be "
                                "examined"
                            ),
                            "ru": (
                                "Отложить любые действия до судебного разбирательства, когда будут "
                                "исследоваться доказательства"
                            ),
                            "kk": (
                                "Дәлелдемелер зерттелетін сот талқылауына дейін ешқандай әрекет "
                                "жасамай, кейінге қалдыру"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Waiting defeats the purpose: injuries heal and evidence is lost, "
                                "so the response must be immediate."
                            ),
                            "ru": (
                                "Ожидание лишает реакцию смысла: следы заживают, доказательства "
                                "утрачиваются, поэтому реагировать нужно незамедлительно."
                            ),
                            "kk": (
                                "Күту ден қоюды мағынасыз етеді: жарақат іздері жазылып, "
                                "дәлелдемелер жоғалады, сондықтан дереу әрекет ету керек."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": "Arrange an independent medical examination",
                            "ru": "Обеспечить независимое медицинское освидетельствование",
                            "kk": "Тәуелсіз медициналық куәландыруды қамтамасыз ету",
                        },
                        "feedback": {
                            "en": (
                                "Correct: an independent medical examination records any injuries."
                            ),
                            "ru": (
                                "Верно: независимое медицинское освидетельствование фиксирует "
                                "телесные повреждения."
                            ),
                            "kk": (
                                "Дұрыс: тәуелсіз медициналық куәландыру дене жарақаттарын тіркейді."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "Ask the officers' own police unit to look into the complaint",
                            "ru": (
                                "Поручить проверку жалобы тому же подразделению полиции, где "
                                "служат эти сотрудники"
                            ),
                            "kk": (
                                "Шағымды тексеруді сол қызметкерлер істейтін полиция бөлімшесінің "
                                "өзіне тапсыру"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "The investigation must be independent and impartial, which the "
                                "officers' own unit cannot be."
                            ),
                            "ru": (
                                "Расследование должно быть независимым и беспристрастным, а "
                                "подразделение, где служат эти сотрудники, таким быть не может."
                            ),
                            "kk": (
                                "Тергеу тәуелсіз әрі бейтарап болуы керек, ал бұл қызметкерлер "
                                "істейтін бөлімше ондай бола алмайды."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": "Ensure an effective and impartial investigation",
                            "ru": "Обеспечить эффективное и беспристрастное расследование",
                            "kk": "Тиімді әрі бейтарап тергеуді қамтамасыз ету",
                        },
                        "feedback": {
                            "en": (
                                "Correct: the allegation must be investigated effectively and "
                                "impartially."
                            ),
                            "ru": (
                                "Верно: заявление должно быть расследовано эффективно и "
                                "беспристрастно."
                            ),
                            "kk": "Дұрыс: арыз тиімді әрі бейтарап тергелуі керек.",
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": (
                                "Continue the hearing and leave it to the defence to raise the "
                                "matter later"
                            ),
                            "ru": (
                                "Продолжить заседание, оставив защите возможность поднять этот "
                                "вопрос позже"
                            ),
                            "kk": (
                                "Отырысты жалғастырып, бұл мәселені кейін көтеруді қорғау тарабына "
                                "қалдыру"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "A judge who hears such a statement and carries on without taking "
                                "any action is a serious finding for a monitor."
                            ),
                            "ru": (
                                "Если судья выслушал такое заявление и продолжил заседание, ничего "
                                "не предприняв, это серьёзный вывод для наблюдателя."
                            ),
                            "kk": (
                                "Судья мұндай мәлімдемені тыңдап, ешқандай шара қолданбастан "
                                "отырысты жалғастырса, бұл бақылаушы үшін маңызды тұжырым."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "short",
                "points": 1,
                "prompt": {
                    "en": (
                        "From 2024, for how many offences can a case be heard by a jury in "
                        "Kazakhstan? Answer with a number."
                    ),
                    "ru": (
                        "По скольким составам преступлений с 2024 года в Казахстане предусмотрен "
                        "суд с участием присяжных заседателей? Ответьте числом."
                    ),
                    "kk": (
                        "2024 жылдан бастап Қазақстанда неше қылмыс құрамы бойынша алқабилердің "
                        "қатысуымен сот талқылауы көзделген? Жауапты санмен жазыңыз."
                    ),
                },
                "accepted": {
                    "en": ["44"],
                    "ru": ["44"],
                    "kk": ["44"],
                },
                "tolerance": 0,
                "feedback": {
                    "en": (
                        "Jury trials cover 44 offences from 2024. Monitors check how they work in "
                        "practice and whether jurors can decide independently."
                    ),
                    "ru": (
                        "С 2024 года суд присяжных предусмотрен по 44 составам преступлений. "
                        "Наблюдатели проверяют, как он работает на практике и могут ли присяжные "
                        "решать независимо."
                    ),
                    "kk": (
                        "2024 жылдан бастап алқабилер соты 44 қылмыс құрамы бойынша көзделген. "
                        "Бақылаушылар оның іс жүзінде қалай жұмыс істейтінін және алқабилердің "
                        "тәуелсіз шешім қабылдай алатынын тексереді."
                    ),
                },
            },
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": "What does the three-tier model of criminal procedure mean?",
                    "ru": "В чём суть трёхзвенной модели уголовного процесса?",
                    "kk": "Қылмыстық процестің үш буынды моделінің мәні неде?",
                },
                "feedback": {
                    "en": (
                        "In the three-tier model the police investigate, the prosecutor checks the "
                        "lawfulness of key decisions before they affect a person's rights, and the "
                        "court decides. Monitors ask whether the prosecutor really reviews "
                        "decisions or only signs them."
                    ),
                    "ru": (
                        "В трёхзвенной модели полиция расследует, прокурор проверяет законность "
                        "ключевых решений до того, как они затронут права человека, а суд решает "
                        "дело. Наблюдатели выясняют, действительно ли прокурор проверяет решения "
                        "или только подписывает их."
                    ),
                    "kk": (
                        "Үш буынды модельде полиция тергейді, прокурор негізгі шешімдердің "
                        "заңдылығын олар адамның құқықтарына әсер етпей тұрып тексереді, ал сот "
                        "істі шешеді. Бақылаушылар прокурордың шешімдерді шынымен тексеретінін "
                        "немесе оларға тек қол қоятынын анықтайды."
                    ),
                },
                "choices": [
                    {
                        "correct": True,
                        "text": {
                            "en": (
                                "The police investigate, the prosecutor approves key decisions and "
                                "the charges, and the court decides"
                            ),
                            "ru": (
                                "Полиция расследует, прокурор согласовывает ключевые решения и "
                                "обвинение, суд решает"
                            ),
                            "kk": (
                                "Полиция тергейді, прокурор негізгі шешімдер мен айыпты келіседі, "
                                "сот шешеді"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Correct: the model separates roles so that those who investigate "
                                "do not take key decisions alone."
                            ),
                            "ru": (
                                "Верно: модель разделяет роли, чтобы те, кто расследует, не "
                                "принимали ключевые решения в одиночку."
                            ),
                            "kk": (
                                "Дұрыс: модель рөлдерді бөледі, сонда тергейтіндер негізгі "
                                "шешімдерді жалғыз қабылдамайды."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": (
                                "A case passes through three court instances: first instance, "
                                "appeal and cassation"
                            ),
                            "ru": (
                                "Дело проходит три судебные инстанции: первую, апелляционную и "
                                "кассационную"
                            ),
                            "kk": (
                                "Іс үш сот сатысынан өтеді: бірінші, апелляциялық және кассациялық"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "This describes levels of courts, not the reform that divides "
                                "roles in criminal procedure."
                            ),
                            "ru": (
                                "Это описание судебных инстанций, а не реформы, разделяющей роли в "
                                "уголовном процессе."
                            ),
                            "kk": (
                                "Бұл қылмыстық процестегі рөлдерді бөлетін реформаны емес, сот "
                                "сатыларын сипаттайды."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": (
                                "The investigator, the prosecutor and the investigating judge "
                                "decide on guilt together"
                            ),
                            "ru": (
                                "Следователь, прокурор и следственный судья совместно решают "
                                "вопрос о виновности"
                            ),
                            "kk": (
                                "Тергеуші, прокурор және тергеу судьясы кінә туралы мәселені "
                                "бірлесіп шешеді"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Guilt is decided only by the court at trial; the model separates "
                                "roles rather than merging them."
                            ),
                            "ru": (
                                "Вопрос о виновности решает только суд; модель разделяет роли, а "
                                "не объединяет их."
                            ),
                            "kk": (
                                "Кінә туралы мәселені тек сот шешеді; модель рөлдерді "
                                "біріктірмейді, керісінше бөледі."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": (
                                "The police, the prosecutor and the court each investigate the "
                                "case in turn"
                            ),
                            "ru": "Полиция, прокурор и суд поочерёдно расследуют дело",
                            "kk": "Полиция, прокурор және сот істі кезекпен тергейді",
                        },
                        "feedback": {
                            "en": (
                                "Only the police investigate; the prosecutor checks the lawfulness "
                                "of key decisions and the court decides the case."
                            ),
                            "ru": (
                                "Расследует только полиция; прокурор проверяет законность ключевых "
                                "решений, а суд решает дело."
                            ),
                            "kk": (
                                "Тек полиция тергейді; прокурор негізгі шешімдердің заңдылығын "
                                "тексереді, ал сот істі шешеді."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": (
                        "A 15-year-old boy, the victim of a theft, is to give evidence. Which "
                        "measure reflects the standards taught in the course?"
                    ),
                    "ru": (
                        "Пятнадцатилетний подросток, потерпевший по делу о краже, должен дать "
                        "показания. Какая мера соответствует стандартам, изученным в курсе?"
                    ),
                    "kk": (
                        "Ұрлық ісі бойынша жәбірленуші 15 жастағы жасөспірім айғақ беруі керек. "
                        "Курста оқытылған стандарттарға қай шара сәйкес келеді?"
                    ),
                },
                "feedback": {
                    "en": (
                        "Children, whether suspects, victims or witnesses, need specialised judges "
                        "and lawyers, procedures adapted to their age, a trusted adult present and "
                        "privacy."
                    ),
                    "ru": (
                        "Детям, будь они подозреваемыми, потерпевшими или свидетелями, нужны "
                        "специализированные судьи и адвокаты, процедуры с учётом возраста, "
                        "присутствие взрослого, которому они доверяют, и конфиденциальность."
                    ),
                    "kk": (
                        "Балаларға, олар күдікті, жәбірленуші немесе куә болса да, "
                        "мамандандырылған судьялар мен адвокаттар, жасына бейімделген рәсімдер, "
                        "сенетін ересек адамның қатысуы және құпиялылық қажет."
                    ),
                },
                "choices": [
                    {
                        "correct": False,
                        "text": {
                            "en": (
                                "Questioning him several times so that his account can be checked "
                                "for consistency"
                            ),
                            "ru": (
                                "Допросить его несколько раз, чтобы проверить последовательность "
                                "показаний"
                            ),
                            "kk": (
                                "Айғақтарының жүйелілігін тексеру үшін одан бірнеше рет жауап алу"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Repeated questioning can cause further harm; procedures must be "
                                "adapted to the child's age."
                            ),
                            "ru": (
                                "Повторные допросы могут причинить новую травму; процедуры должны "
                                "быть адаптированы к возрасту ребёнка."
                            ),
                            "kk": (
                                "Қайталама жауап алу жаңа жарақат келтіруі мүмкін; рәсімдер "
                                "баланың жасына бейімделуі керек."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": (
                                "Having a parent or another adult he trusts present, and "
                                "protecting his identity"
                            ),
                            "ru": (
                                "Обеспечить присутствие родителя или другого взрослого, которому "
                                "он доверяет, и защитить его личность"
                            ),
                            "kk": (
                                "Ата-анасының немесе ол сенетін басқа ересек адамның қатысуын "
                                "қамтамасыз етіп, оның жеке басын қорғау"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Correct: children need a trusted adult present, procedures "
                                "adapted to their age and privacy."
                            ),
                            "ru": (
                                "Верно: детям нужны присутствие взрослого, которому они доверяют, "
                                "процедуры с учётом возраста и конфиденциальность."
                            ),
                            "kk": (
                                "Дұрыс: балаларға сенетін ересек адамның қатысуы, жасына "
                                "бейімделген рәсімдер және құпиялылық қажет."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": (
                                "Questioning him in open court so that the public can see that the "
                                "trial is fair"
                            ),
                            "ru": (
                                "Допросить его в открытом заседании, чтобы публика видела "
                                "справедливость процесса"
                            ),
                            "kk": (
                                "Процестің әділ екенін көпшілік көруі үшін одан ашық отырыста "
                                "жауап алу"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "The identity and privacy of child victims must be protected, and "
                                "openness of the hearing does not override this."
                            ),
                            "ru": (
                                "Личность и частная жизнь детей-потерпевших должны быть защищены, "
                                "и публичность заседания этого не отменяет."
                            ),
                            "kk": (
                                "Жәбірленуші балалардың жеке басы мен жеке өмірі қорғалуы тиіс, ал "
                                "отырыстың ашықтығы бұл талапты жоймайды."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "Treating him like an adult witness, since he is not the accused",
                            "ru": (
                                "Обращаться с ним как со взрослым свидетелем, поскольку он не "
                                "обвиняемый"
                            ),
                            "kk": "Айыпталушы болмағандықтан, оған ересек куә сияқты қарау",
                        },
                        "feedback": {
                            "en": (
                                "The protection applies to children whether they are suspects, "
                                "victims or witnesses."
                            ),
                            "ru": (
                                "Особая защита распространяется на детей, будь они подозреваемыми, "
                                "потерпевшими или свидетелями."
                            ),
                            "kk": (
                                "Ерекше қорғау балалар күдікті, жәбірленуші немесе куә болса да "
                                "қолданылады."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "true_false",
                "points": 1,
                "answer": False,
                "prompt": {
                    "en": (
                        "A migrant who speaks Tajik and very little Russian is tried in Russian. "
                        "The right to an interpreter is respected if the judge slowly explains the "
                        "main points to him in simple Russian."
                    ),
                    "ru": (
                        "Мигранта, который говорит по-таджикски и очень плохо знает русский, судят "
                        "на русском языке. Право на переводчика соблюдено, если судья медленно и "
                        "простыми словами объясняет ему главное по-русски."
                    ),
                    "kk": (
                        "Тәжік тілінде сөйлейтін және орыс тілін өте нашар білетін мигранттың ісі "
                        "орыс тілінде қаралуда. Егер судья оған негізгі мәселелерді орыс тілінде "
                        "баяу әрі қарапайым сөздермен түсіндірсе, аудармашыға құқық сақталған "
                        "болып саналады."
                    ),
                },
                "feedback": {
                    "en": (
                        "False: an interpreter must translate everything that is said, in full, "
                        "into a language the person really understands, and be present throughout."
                    ),
                    "ru": (
                        "Неверно: переводчик должен полностью переводить всё сказанное на язык, "
                        "который человек действительно понимает, и присутствовать на протяжении "
                        "всего заседания."
                    ),
                    "kk": (
                        "Қате: аудармашы айтылғанның бәрін адам шынымен түсінетін тілге толық "
                        "аударуы және отырыс бойы қатысуы тиіс."
                    ),
                },
            },
            {
                "type": "pool",
                "draw": 2,
                "title": {
                    "en": "Detention, reforms and reviews",
                    "ru": "Содержание под стражей, реформы и обзоры",
                    "kk": "Күзетпен ұстау, реформалар және шолулар",
                },
                "questions": [
                    {
                        "type": "single",
                        "points": 1,
                        "prompt": {
                            "en": (
                                "In Kazakhstan, who decides whether a suspect is to be held in "
                                "custody during the pre-trial investigation?"
                            ),
                            "ru": (
                                "Кто в Казахстане решает вопрос о содержании подозреваемого под "
                                "стражей в ходе досудебного расследования?"
                            ),
                            "kk": (
                                "Қазақстанда сотқа дейінгі тергеп-тексеру кезінде күдіктіні "
                                "күзетпен ұстау туралы мәселені кім шешеді?"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Investigating judges bring judicial control into the pre-trial "
                                "stage: they authorise detention in custody and hear complaints."
                            ),
                            "ru": (
                                "Следственные судьи вводят судебный контроль на досудебной стадии: "
                                "они санкционируют содержание под стражей и рассматривают жалобы."
                            ),
                            "kk": (
                                "Тергеу судьялары сотқа дейінгі сатыға сот бақылауын енгізеді: "
                                "олар күзетпен ұстауға санкция береді және шағымдарды қарайды."
                            ),
                        },
                        "choices": [
                            {
                                "correct": False,
                                "text": {
                                    "en": "The prosecutor",
                                    "ru": "Прокурор",
                                    "kk": "Прокурор",
                                },
                                "feedback": {
                                    "en": (
                                        "The prosecutor approves key decisions, but detention in "
                                        "custody is authorised by a judge."
                                    ),
                                    "ru": (
                                        "Прокурор согласовывает ключевые решения, но содержание "
                                        "под стражей санкционирует судья."
                                    ),
                                    "kk": (
                                        "Прокурор негізгі шешімдерді келіседі, бірақ күзетпен "
                                        "ұстауға судья санкция береді."
                                    ),
                                },
                            },
                            {
                                "correct": True,
                                "text": {
                                    "en": "An investigating judge",
                                    "ru": "Следственный судья",
                                    "kk": "Тергеу судьясы",
                                },
                                "feedback": {
                                    "en": (
                                        "Correct: the investigating judge authorises detention and "
                                        "can choose an alternative such as bail or house arrest."
                                    ),
                                    "ru": (
                                        "Верно: следственный судья санкционирует содержание под "
                                        "стражей и может избрать альтернативу, например залог или "
                                        "домашний арест."
                                    ),
                                    "kk": (
                                        "Дұрыс: тергеу судьясы күзетпен ұстауға санкция береді "
                                        "және кепіл немесе үйқамақ сияқты балама шараны таңдай "
                                        "алады."
                                    ),
                                },
                            },
                            {
                                "correct": False,
                                "text": {
                                    "en": "The head of the investigating police unit",
                                    "ru": "Начальник следственного подразделения полиции",
                                    "kk": "Полицияның тергеу бөлімшесінің бастығы",
                                },
                                "feedback": {
                                    "en": (
                                        "Those who investigate do not take such decisions alone; "
                                        "judicial control applies at the pre-trial stage."
                                    ),
                                    "ru": (
                                        "Те, кто расследует, не принимают такие решения в "
                                        "одиночку: на досудебной стадии действует судебный "
                                        "контроль."
                                    ),
                                    "kk": (
                                        "Тергейтіндер мұндай шешімдерді жалғыз қабылдамайды: сотқа "
                                        "дейінгі сатыда сот бақылауы қолданылады."
                                    ),
                                },
                            },
                            {
                                "correct": False,
                                "text": {
                                    "en": "The Human Rights Commissioner",
                                    "ru": "Уполномоченный по правам человека",
                                    "kk": "Адам құқықтары жөніндегі уәкіл",
                                },
                                "feedback": {
                                    "en": (
                                        "The Commissioner acts as the national preventive "
                                        "mechanism and handles complaints, but does not decide on "
                                        "detention."
                                    ),
                                    "ru": (
                                        "Уполномоченный выполняет функции национального "
                                        "превентивного механизма и рассматривает жалобы, но не "
                                        "решает вопрос о мере пресечения."
                                    ),
                                    "kk": (
                                        "Уәкіл ұлттық алдын алу тетігінің қызметін атқарады және "
                                        "шағымдарды қарайды, бірақ бұлтартпау шарасы туралы "
                                        "мәселені шешпейді."
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "type": "true_false",
                        "points": 1,
                        "answer": True,
                        "prompt": {
                            "en": (
                                "Evidence obtained by torture may not be used in proceedings, "
                                "except against a person accused of torture."
                            ),
                            "ru": (
                                "Доказательства, полученные под пыткой, не могут использоваться, "
                                "кроме как против лица, обвиняемого в применении пыток."
                            ),
                            "kk": (
                                "Азаптау арқылы алынған дәлелдемелерді азаптау қолданды деп "
                                "айыпталған адамға қарсы пайдаланудан басқа жағдайда пайдалануға "
                                "болмайды."
                            ),
                        },
                        "feedback": {
                            "en": (
                                "True: the only exception is use against a person accused of "
                                "torture. The exclusion of such evidence is also on the monitor's "
                                "rights checklist."
                            ),
                            "ru": (
                                "Верно: единственное исключение — использование против лица, "
                                "обвиняемого в применении пыток. Недопустимость таких "
                                "доказательств входит и в перечень прав, который проверяет "
                                "наблюдатель."
                            ),
                            "kk": (
                                "Дұрыс: жалғыз ерекшелік — азаптау қолданды деп айыпталған адамға "
                                "қарсы пайдалану. Мұндай дәлелдемелерді пайдаланбау бақылаушы "
                                "тексеретін құқықтар тізбесіне де кіреді."
                            ),
                        },
                    },
                    {
                        "type": "short",
                        "points": 1,
                        "prompt": {
                            "en": (
                                "According to the course, in which year was Kazakhstan most "
                                "recently reviewed under the Universal Periodic Review? Answer "
                                "with a number."
                            ),
                            "ru": (
                                "В каком году, согласно курсу, Казахстан в последний раз проходил "
                                "универсальный периодический обзор? Ответьте числом."
                            ),
                            "kk": (
                                "Курсқа сәйкес Қазақстан Жалпыға бірдей мерзімдік шолудан соңғы "
                                "рет қай жылы өтті? Жауапты санмен жазыңыз."
                            ),
                        },
                        "accepted": {
                            "en": ["2025"],
                            "ru": ["2025"],
                            "kk": ["2025"],
                        },
                        "tolerance": 0,
                        "feedback": {
                            "en": (
                                "Kazakhstan was reviewed in 2010, 2014, 2019 and 2025. UPR "
                                "recommendations that the state has supported are a strong basis "
                                "for dialogue."
                            ),
                            "ru": (
                                "Казахстан проходил обзор в 2010, 2014, 2019 и 2025 годах. "
                                "Поддержанные государством рекомендации УПО — прочная основа для "
                                "диалога."
                            ),
                            "kk": (
                                "Қазақстан бұл шолудан 2010, 2014, 2019 және 2025 жылдары өтті. "
                                "Мемлекет қолдаған шолу ұсынымдары диалогтың берік негізі болады."
                            ),
                        },
                    },
                    {
                        "type": "single",
                        "points": 1,
                        "prompt": {
                            "en": (
                                "Before a monitoring project, where should you check the current "
                                "text of the Criminal Procedure Code and recent normative "
                                "resolutions of the Supreme Court?"
                            ),
                            "ru": (
                                "Где перед началом проекта мониторинга следует сверяться с "
                                "действующей редакцией Уголовно-процессуального кодекса и "
                                "недавними нормативными постановлениями Верховного Суда?"
                            ),
                            "kk": (
                                "Мониторинг жобасының алдында Қылмыстық-процестік кодекстің "
                                "қолданыстағы мәтінін және Жоғарғы Соттың соңғы нормативтік "
                                "қаулыларын қайдан тексеру керек?"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Procedural rules change often. Before each project, check the "
                                "current Criminal Procedure Code and recent Supreme Court "
                                "normative resolutions in Adilet."
                            ),
                            "ru": (
                                "Процессуальные нормы меняются часто. Перед каждым проектом "
                                "сверяйтесь с действующей редакцией УПК и недавними нормативными "
                                "постановлениями Верховного Суда в базе «Әділет»."
                            ),
                            "kk": (
                                "Процестік нормалар жиі өзгереді. Әр жобаның алдында «Әділет» "
                                "базасынан Қылмыстық-процестік кодекстің қолданыстағы мәтінін және "
                                "Жоғарғы Соттың соңғы нормативтік қаулыларын тексеріңіз."
                            ),
                        },
                        "choices": [
                            {
                                "correct": False,
                                "text": {
                                    "en": "In the network's previous monitoring reports",
                                    "ru": "В предыдущих отчётах сети о мониторинге",
                                    "kk": "Желінің бұрынғы мониторинг есептерінен",
                                },
                                "feedback": {
                                    "en": (
                                        "Earlier reports may describe rules that have since "
                                        "changed."
                                    ),
                                    "ru": (
                                        "В прежних отчётах могут быть описаны нормы, которые с тех "
                                        "пор изменились."
                                    ),
                                    "kk": (
                                        "Бұрынғы есептерде кейін өзгерген нормалар сипатталған "
                                        "болуы мүмкін."
                                    ),
                                },
                            },
                            {
                                "correct": True,
                                "text": {
                                    "en": "In the official legal database Adilet",
                                    "ru": "В официальной правовой базе «Әділет»",
                                    "kk": "«Әділет» ресми құқықтық базасынан",
                                },
                                "feedback": {
                                    "en": (
                                        "Correct: procedural rules change often, so always check "
                                        "the current official text."
                                    ),
                                    "ru": (
                                        "Верно: процессуальные нормы меняются часто, поэтому "
                                        "всегда сверяйтесь с официальной действующей редакцией."
                                    ),
                                    "kk": (
                                        "Дұрыс: процестік нормалар жиі өзгереді, сондықтан әрдайым "
                                        "ресми қолданыстағы мәтінді тексеріңіз."
                                    ),
                                },
                            },
                            {
                                "correct": False,
                                "text": {
                                    "en": "In news reports about recent court cases",
                                    "ru": "В новостях о недавних судебных делах",
                                    "kk": "Соңғы сот істері туралы жаңалықтардан",
                                },
                                "feedback": {
                                    "en": (
                                        "News reports are not an official source of the text of "
                                        "the law."
                                    ),
                                    "ru": (
                                        "Новости не являются официальным источником текста закона."
                                    ),
                                    "kk": "Жаңалықтар заң мәтінінің ресми көзі болып табылмайды.",
                                },
                            },
                            {
                                "correct": False,
                                "text": {
                                    "en": "In the printed materials from your first training",
                                    "ru": "В печатных материалах вашего первого обучения",
                                    "kk": "Алғашқы оқуыңыздың баспа материалдарынан",
                                },
                                "feedback": {
                                    "en": (
                                        "Printed materials date quickly; the course advises "
                                        "checking the current text before each project."
                                    ),
                                    "ru": (
                                        "Печатные материалы быстро устаревают; курс советует "
                                        "сверяться с действующей редакцией перед каждым проектом."
                                    ),
                                    "kk": (
                                        "Баспа материалдары тез ескіреді; курс әр жобаның алдында "
                                        "қолданыстағы мәтінді тексеруге кеңес береді."
                                    ),
                                },
                            },
                        ],
                    },
                ],
            },
            {
                "type": "essay",
                "points": 5,
                "prompt": {
                    "en": (
                        "At a detention hearing, the investigator, with the prosecutor's approval, "
                        "asks for custody and gives only the seriousness of the charge as a "
                        "reason. The lawyer first met the suspect in the courtroom and could not "
                        "speak to him in private. After five minutes the investigating judge "
                        "orders detention in custody without discussing bail or house arrest. "
                        "Identify the problems under international standards, explain what exactly "
                        "you would record as a monitor, and say how you would link this finding to "
                        "Kazakhstan's international obligations in a report. Write about 250 words."
                    ),
                    "ru": (
                        "На заседании о мере пресечения следователь с согласия прокурора "
                        "ходатайствует о содержании под стражей и в качестве основания приводит "
                        "только тяжесть обвинения. Адвокат впервые увидел подозреваемого в зале "
                        "суда и не смог поговорить с ним наедине. Через пять минут следственный "
                        "судья избирает содержание под стражей, не обсуждая залог или домашний "
                        "арест. Определите, какие здесь есть проблемы с точки зрения международных "
                        "стандартов, объясните, что именно вы зафиксируете как наблюдатель и как "
                        "свяжете этот вывод в отчёте с международными обязательствами Казахстана. "
                        "Объём — около 250 слов."
                    ),
                    "kk": (
                        "Бұлтартпау шарасы туралы отырыста тергеуші прокурордың келісімімен "
                        "күзетпен ұстау туралы өтінішхат береді және негіз ретінде тек айыптың "
                        "ауырлығын келтіреді. Адвокат күдіктіні сот залында алғаш рет көрді және "
                        "онымен оңаша сөйлесе алмады. Бес минуттан кейін тергеу судьясы кепіл "
                        "немесе үйқамақ мәселесін талқыламастан күзетпен ұстауды таңдайды. "
                        "Халықаралық стандарттар тұрғысынан мұнда қандай мәселелер бар екенін "
                        "анықтаңыз, бақылаушы ретінде нақты нені тіркейтініңізді және есепте бұл "
                        "тұжырымды Қазақстанның халықаралық міндеттемелерімен қалай "
                        "байланыстыратыныңызды түсіндіріңіз. Көлемі — шамамен 250 сөз."
                    ),
                },
                "guidance": {
                    "en": (
                        "Expect three problems: custody justified by the seriousness of the charge "
                        "alone rather than by necessity and proportionality in the individual "
                        "case, no discussion of alternatives, and no access to a lawyer from the "
                        "first hours or in private. The record should be factual (times, the "
                        "grounds as stated, who said what, the length of the hearing) without an "
                        "overall verdict of unfairness. The link to obligations should cite the "
                        "ICCPR and ideally a treaty-body or UPR recommendation, and lead to a "
                        "recommendation addressed to a named body."
                    ),
                    "ru": (
                        "Ожидаются три проблемы: содержание под стражей обосновано лишь тяжестью "
                        "обвинения, а не необходимостью и соразмерностью в конкретном деле; "
                        "альтернативы не обсуждались; не было доступа к адвокату с первых часов и "
                        "возможности конфиденциальной встречи. Запись должна быть фактической "
                        "(время, основания в том виде, как они прозвучали, кто что сказал, "
                        "продолжительность заседания), без общей оценки несправедливости. Связь с "
                        "обязательствами должна опираться на МПГПП и желательно на рекомендацию "
                        "договорного органа или УПО и вести к рекомендации, адресованной "
                        "конкретному органу."
                    ),
                    "kk": (
                        "Үш мәселе аталуы керек: күзетпен ұстау нақты іс бойынша қажеттілік пен "
                        "мөлшерлестікке емес, тек айыптың ауырлығына негізделген; балама шаралар "
                        "талқыланбаған; алғашқы сағаттардан бастап адвокатқа қолжетімділік және "
                        "оңаша кездесу мүмкіндігі болмаған. Жазба фактілік болуы керек (уақыт, "
                        "айтылған негіздер, кім не айтты, отырыстың ұзақтығы), әділетсіздік туралы "
                        "жалпы бағасыз. Міндеттемелермен байланыс Азаматтық және саяси құқықтар "
                        "туралы халықаралық пактіге және мүмкіндігінше шарттық органның немесе "
                        "Жалпыға бірдей мерзімдік шолудың ұсынымына сүйеніп, нақты органға "
                        "арналған ұсынымға әкелуі тиіс."
                    ),
                },
            },
        ],
    },
    "media-and-campaigns": {
        "key": "media-and-campaigns-assessment",
        "pass_mark": 70,
        "attempts_allowed": 0,
        "time_limit_minutes": 20,
        "grading_method": "highest",
        "shuffle": True,
        "required": True,
        "show_results": "never",
        "title": {
            "en": "Assessment: working with the media and public campaigns",
            "ru": "Оценивание: работа со СМИ и общественные кампании",
            "kk": "Бағалау: БАҚ-пен жұмыс және қоғамдық науқандар",
        },
        "slug": {
            "en": "media-and-campaigns-assessment",
            "ru": "otsenivanie-rabota-so-smi-i-kampanii",
            "kk": "bagalau-baq-pen-zhumys-zhane-nauqandar",
        },
        "intro": {
            "en": (
                "This assessment checks how you would bring monitoring findings to the public: "
                "working with journalists, planning a campaign and staying safe and ethical "
                "online. It includes one short written answer."
            ),
            "ru": (
                "Оценивание проверяет, как вы будете доносить результаты мониторинга до общества: "
                "работать с журналистами, планировать кампанию и соблюдать правила безопасности и "
                "этики в интернете. В него входит одно короткое письменное задание."
            ),
            "kk": (
                "Бұл бағалау мониторинг нәтижелерін қоғамға қалай жеткізетініңізді тексереді: "
                "журналистермен жұмыс, науқанды жоспарлау және интернетте қауіпсіздік пен әдепті "
                "сақтау. Оған бір қысқа жазбаша тапсырма кіреді."
            ),
        },
        "questions": [
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": "What should the network's public messages about monitoring be based on?",
                    "ru": "На чём должны основываться публичные сообщения сети о мониторинге?",
                    "kk": (
                        "Желінің мониторинг туралы көпшілікке арналған хабарламалары неге "
                        "негізделуі керек?"
                    ),
                },
                "feedback": {
                    "en": (
                        "Credibility is the main asset: one published error can undo years of "
                        "careful monitoring, so check every fact, name, date and figure before it "
                        "goes public."
                    ),
                    "ru": (
                        "Доверие — главный капитал: одна опубликованная ошибка может перечеркнуть "
                        "годы тщательного мониторинга, поэтому проверяйте каждый факт, имя, дату и "
                        "цифру до обнародования."
                    ),
                    "kk": (
                        "Сенім — басты байлық: жарияланған бір қате ұзақ жылдар бойы мұқият "
                        "жүргізілген мониторингтің нәтижесін жоққа шығаруы мүмкін, сондықтан әр "
                        "фактіні, есімді, күнді және санды жарияламас бұрын тексеріңіз."
                    ),
                },
                "choices": [
                    {
                        "correct": False,
                        "text": {
                            "en": "The most dramatic case, to capture attention",
                            "ru": "На самом резонансном деле, чтобы привлечь внимание",
                            "kk": "Назар аудару үшін ең шулы іске",
                        },
                        "feedback": {
                            "en": (
                                "A sensational story about one case can harm the people involved "
                                "and, if it contains errors, damage trust in the monitoring."
                            ),
                            "ru": (
                                "Сенсационный материал об одном деле может навредить его "
                                "участникам, а если в нём есть ошибки, — подорвать доверие к "
                                "мониторингу."
                            ),
                            "kk": (
                                "Бір іс туралы сенсациялық материал оның қатысушыларына зиян "
                                "келтіруі, ал онда қателер болса, мониторингке деген сенімді "
                                "түсіруі мүмкін."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": (
                                "Verified findings, presented in a way that respects the rights of "
                                "everyone concerned"
                            ),
                            "ru": (
                                "На проверенных выводах, изложенных с уважением к правам всех, "
                                "кого они касаются"
                            ),
                            "kk": (
                                "Оларға қатысты барлық адамдардың құқықтарын құрметтей отырып "
                                "баяндалған тексерілген тұжырымдарға"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Correct: the network's credibility rests on accurate and balanced "
                                "information."
                            ),
                            "ru": (
                                "Верно: авторитет сети основан на точной и взвешенной информации."
                            ),
                            "kk": "Дұрыс: желінің беделі дәл әрі теңгерімді ақпаратқа негізделеді.",
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "What relatives of defendants tell the monitors",
                            "ru": "На рассказах родственников подсудимых",
                            "kk": "Сотталушылардың туыстарының айтқандарына",
                        },
                        "feedback": {
                            "en": (
                                "Such accounts may help, but they must be verified before anything "
                                "is made public."
                            ),
                            "ru": (
                                "Такие рассказы могут быть полезны, но их нужно проверить, прежде "
                                "чем что-либо обнародовать."
                            ),
                            "kk": (
                                "Мұндай әңгімелер пайдалы болуы мүмкін, бірақ бірдеңені жария "
                                "етпес бұрын оларды тексеру керек."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": (
                                "Early trends from an interim report, presented as established "
                                "facts"
                            ),
                            "ru": (
                                "На первых тенденциях из промежуточного отчёта, представленных как "
                                "установленные факты"
                            ),
                            "kk": (
                                "Аралық есептегі алғашқы үрдістерге, оларды анықталған факт "
                                "ретінде ұсына отырып"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Early trends are preliminary; presenting them as facts risks "
                                "errors that undermine credibility."
                            ),
                            "ru": (
                                "Первые тенденции предварительны; выдавать их за факты — значит "
                                "рисковать ошибками, подрывающими доверие."
                            ),
                            "kk": (
                                "Алғашқы үрдістер алдын ала сипатта болады; оларды факт ретінде "
                                "ұсыну сенімге нұқсан келтіретін қателерге әкелуі мүмкін."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "multiple",
                "points": 2,
                "prompt": {
                    "en": (
                        "Which of the following does the course recommend for a press release? "
                        "Select all that apply."
                    ),
                    "ru": (
                        "Что из перечисленного курс рекомендует для пресс-релиза? Выберите все "
                        "верные варианты."
                    ),
                    "kk": (
                        "Курс баспасөз релизі үшін төмендегілердің қайсысын ұсынады? Барлық дұрыс "
                        "жауапты таңдаңыз."
                    ),
                },
                "feedback": {
                    "en": (
                        "A press release leads with the news, answers the five questions in the "
                        "first paragraph, keeps to one page with a quote, uses your own verified "
                        "facts and gives contact details and, where relevant, the EU funding "
                        "statement."
                    ),
                    "ru": (
                        "Пресс-релиз начинается с новости, в первом абзаце отвечает на пять "
                        "вопросов, умещается на одной странице с цитатой, опирается на ваши "
                        "проверенные факты и содержит контакты, а при необходимости — заявление о "
                        "финансировании ЕС."
                    ),
                    "kk": (
                        "Баспасөз релизі жаңалықтан басталады, бірінші абзацта бес сұраққа жауап "
                        "береді, дәйексөзімен бір беттен аспайды, өзіңіз тексерген фактілерге "
                        "сүйенеді және байланыс деректерін, қажет болса ЕО қаржыландыруы туралы "
                        "мәлімдемені қамтиды."
                    ),
                },
                "choices": [
                    {
                        "correct": True,
                        "text": {
                            "en": "Lead with the news in one sentence",
                            "ru": "Начать с новости, изложенной в одном предложении",
                            "kk": "Жаңалықтан бір сөйлеммен бастау",
                        },
                        "feedback": {
                            "en": (
                                "Correct: say what happened or what you found in the first "
                                "sentence."
                            ),
                            "ru": (
                                "Верно: в первом предложении скажите, что произошло или что вы "
                                "выяснили."
                            ),
                            "kk": (
                                "Дұрыс: бірінші сөйлемде не болғанын немесе не анықтағаныңызды "
                                "айтыңыз."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": (
                                "Set out the full methodology before the findings, so that readers "
                                "trust the data"
                            ),
                            "ru": (
                                "Сначала подробно изложить методологию, а затем выводы, чтобы "
                                "читатель доверял данным"
                            ),
                            "kk": (
                                "Оқырман деректерге сенуі үшін алдымен әдіснаманы толық баяндап, "
                                "содан кейін тұжырымдарды беру"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "A press release leads with the news; say briefly how the facts "
                                "were collected, but do not bury the news."
                            ),
                            "ru": (
                                "Пресс-релиз начинается с новости; кратко укажите, как собраны "
                                "факты, но не прячьте за этим главное."
                            ),
                            "kk": (
                                "Баспасөз релизі жаңалықтан басталады; фактілердің қалай "
                                "жиналғанын қысқаша көрсетіңіз, бірақ басты нәрсені оның тасасында "
                                "қалдырмаңыз."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": "Answer who, what, where, when and why in the first paragraph",
                            "ru": (
                                "В первом абзаце ответить на вопросы: кто, что, где, когда и почему"
                            ),
                            "kk": (
                                "Бірінші абзацта кім, не, қайда, қашан және неге деген сұрақтарға "
                                "жауап беру"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Correct: a journalist should find the essentials in the first "
                                "paragraph."
                            ),
                            "ru": "Верно: журналист должен найти главное уже в первом абзаце.",
                            "kk": (
                                "Дұрыс: журналист басты мәліметтерді бірінші абзацтан табуы керек."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": "Include a quote from your spokesperson",
                            "ru": "Добавить цитату вашего представителя",
                            "kk": "Өкіліңіздің сөзінен дәйексөз қосу",
                        },
                        "feedback": {
                            "en": (
                                "Correct: keep to one page and include a quote from your "
                                "spokesperson."
                            ),
                            "ru": (
                                "Верно: уложитесь в одну страницу и добавьте цитату представителя."
                            ),
                            "kk": "Дұрыс: бір беттен аспай, өкіліңіздің сөзінен дәйексөз қосыңыз.",
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": (
                                "Name the victim, even without asking, to make the story more "
                                "concrete"
                            ),
                            "ru": (
                                "Назвать потерпевшего по имени, даже не спросив его, чтобы история "
                                "была конкретнее"
                            ),
                            "kk": (
                                "Оқиға нақтырақ болуы үшін жәбірленушіден сұрамай-ақ оның есімін "
                                "атау"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "A victim's name needs informed consent, and children and victims "
                                "of sexual or domestic violence must never be identified."
                            ),
                            "ru": (
                                "Для упоминания имени потерпевшего нужно его информированное "
                                "согласие, а детей и пострадавших от сексуального или домашнего "
                                "насилия нельзя называть никогда."
                            ),
                            "kk": (
                                "Жәбірленушінің есімін атау үшін оның ақпараттандырылған келісімі "
                                "қажет, ал балалар мен жыныстық немесе тұрмыстық "
                                "зорлық-зомбылықтан зардап шеккендердің жеке басын ешқашан ашуға "
                                "болмайды."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": (
                                "Add contact details and, for EU-funded work, the EU funding "
                                "statement"
                            ),
                            "ru": (
                                "Добавить контакты, а для работы, финансируемой ЕС, — заявление о "
                                "финансировании ЕС"
                            ),
                            "kk": (
                                "Байланыс деректерін, ал ЕО қаржыландыратын жұмыс үшін ЕО "
                                "қаржыландыруы туралы мәлімдемені қосу"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Correct: journalists need a contact, and EU-funded work carries "
                                "the funding statement."
                            ),
                            "ru": (
                                "Верно: журналистам нужен контакт, а в материалах о работе, "
                                "финансируемой ЕС, приводится заявление о финансировании."
                            ),
                            "kk": (
                                "Дұрыс: журналистерге байланыс деректері қажет, ал ЕО "
                                "қаржыландыратын жұмыс материалдарында қаржыландыру туралы "
                                "мәлімдеме болады."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "true_false",
                "points": 1,
                "answer": True,
                "prompt": {
                    "en": (
                        "Until a court has delivered its verdict, a press release should refer to "
                        "the accused person as a suspect or a defendant, not as a criminal."
                    ),
                    "ru": (
                        "Пока суд не вынес приговор, в пресс-релизе обвиняемого следует называть "
                        "подозреваемым или подсудимым, а не преступником."
                    ),
                    "kk": (
                        "Сот үкім шығарғанға дейін баспасөз релизінде айыпталушыны қылмыскер емес, "
                        "күдікті немесе сотталушы деп атау керек."
                    ),
                },
                "feedback": {
                    "en": (
                        "True: the presumption of innocence also applies to how you speak in "
                        "public, so keep what you observed separate from what the prosecution "
                        "alleges."
                    ),
                    "ru": (
                        "Верно: презумпция невиновности распространяется и на публичные "
                        "высказывания, поэтому отделяйте увиденное вами от того, что утверждает "
                        "обвинение."
                    ),
                    "kk": (
                        "Дұрыс: кінәсіздік презумпциясы көпшілік алдында сөйлеуге де қатысты, "
                        "сондықтан өзіңіз байқаған нәрсені айыптау тарабы мәлімдегеннен ажыратыңыз."
                    ),
                },
            },
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": (
                        "A journalist asks you about a detail of a case that your team has not yet "
                        "verified. What should you do?"
                    ),
                    "ru": (
                        "Журналист спрашивает вас о подробности дела, которую ваша команда ещё не "
                        "проверила. Как поступить?"
                    ),
                    "kk": (
                        "Журналист сізден тобыңыз әлі тексермеген іс мәліметі туралы сұрайды. Не "
                        "істеу керек?"
                    ),
                },
                "feedback": {
                    "en": (
                        "If you do not know, say so. Offer to call back once you have the facts, "
                        "and do."
                    ),
                    "ru": (
                        "Не знаете — так и скажите. Предложите перезвонить, когда появятся факты, "
                        "и обязательно перезвоните."
                    ),
                    "kk": (
                        "Білмесеңіз, солай айтыңыз. Фактілер анықталғанда қайта хабарласуды "
                        "ұсыныңыз және міндетті түрде хабарласыңыз."
                    ),
                },
                "choices": [
                    {
                        "correct": False,
                        "text": {
                            "en": "Give your best guess and ask the journalist not to quote you",
                            "ru": (
                                "Высказать своё предположение и попросить журналиста не цитировать "
                                "вас"
                            ),
                            "kk": (
                                "Өз болжамыңызды айтып, журналистен сізге сілтеме жасамауын сұрау"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "A guess can still end up in print and, if wrong, damage trust in "
                                "your monitoring."
                            ),
                            "ru": (
                                "Предположение всё равно может попасть в публикацию и, если оно "
                                "ошибочно, подорвать доверие к мониторингу."
                            ),
                            "kk": (
                                "Болжам бәрібір жариялануы мүмкін және қате болса, мониторингке "
                                "деген сенімді түсіреді."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": (
                                "Say 'We have not verified that yet' and offer to call back once "
                                "you have the facts"
                            ),
                            "ru": (
                                "Сказать «Мы это ещё не проверили» и предложить перезвонить, когда "
                                "появятся факты"
                            ),
                            "kk": (
                                "«Біз мұны әлі тексерген жоқпыз» деп айтып, фактілер анықталғанда "
                                "қайта хабарласуды ұсыну"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Correct: it is better to say so than to guess, and then to call "
                                "back as promised."
                            ),
                            "ru": (
                                "Верно: лучше честно сказать об этом, чем гадать, а затем "
                                "перезвонить, как обещали."
                            ),
                            "kk": (
                                "Дұрыс: болжам жасағаннан гөрі солай айтқан дұрыс, содан кейін "
                                "уәде бойынша қайта хабарласу керек."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "Stop talking to this journalist in future",
                            "ru": "Больше не общаться с этим журналистом",
                            "kk": "Бұдан былай бұл журналистпен сөйлеспеу",
                        },
                        "feedback": {
                            "en": (
                                "Trust with journalists takes time to build; a fair question is no "
                                "reason to cut contact."
                            ),
                            "ru": (
                                "Доверие с журналистами строится постепенно, и уместный вопрос — "
                                "не повод прерывать контакт."
                            ),
                            "kk": (
                                "Журналистермен сенім бірте-бірте қалыптасады, ал орынды сұрақ "
                                "байланысты үзуге себеп емес."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "Repeat what the prosecution has said about that detail",
                            "ru": "Пересказать то, что говорит об этом обвинение",
                            "kk": "Бұл туралы айыптау тарабының айтқанын қайталау",
                        },
                        "feedback": {
                            "en": (
                                "Keep what you observed separate from what the prosecution "
                                "alleges; repeating an allegation is not verification."
                            ),
                            "ru": (
                                "Отделяйте увиденное вами от утверждений обвинения; пересказ чужих "
                                "утверждений — не проверка."
                            ),
                            "kk": (
                                "Өзіңіз байқағанды айыптау тарабының мәлімдегенінен ажыратыңыз; "
                                "біреудің сөзін қайталау тексеру емес."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "matching",
                "points": 2,
                "prompt": {
                    "en": "Match each campaign planning step with the question it answers.",
                    "ru": (
                        "Сопоставьте каждый шаг планирования кампании с вопросом, на который он "
                        "отвечает."
                    ),
                    "kk": (
                        "Науқанды жоспарлаудың әр қадамын ол жауап беретін сұрақпен "
                        "сәйкестендіріңіз."
                    ),
                },
                "feedback": {
                    "en": (
                        "Without these five steps, awareness work turns into unrelated posts and "
                        "events whose effect no one can show."
                    ),
                    "ru": (
                        "Без этих пяти шагов информационная работа превращается в набор "
                        "несвязанных публикаций и мероприятий, результат которых никто не может "
                        "показать."
                    ),
                    "kk": (
                        "Осы бес қадамсыз ақпараттық жұмыс нәтижесін ешкім көрсете алмайтын, "
                        "бір-бірімен байланыссыз жарияланымдар мен іс-шаралар жиынтығына айналады."
                    ),
                },
                "pairs": [
                    {
                        "left": {"en": "Aim", "ru": "Цель", "kk": "Мақсат"},
                        "right": {
                            "en": "What should change, for whom and by when?",
                            "ru": "Что должно измениться, для кого и к какому сроку?",
                            "kk": "Нені, кім үшін және қай мерзімге дейін өзгерту керек?",
                        },
                    },
                    {
                        "left": {"en": "Audience", "ru": "Аудитория", "kk": "Аудитория"},
                        "right": {
                            "en": "Whom exactly do you need to reach, and who influences them?",
                            "ru": "Кого именно нужно охватить и кто влияет на этих людей?",
                            "kk": "Нақты кімді қамту керек және оларға кім ықпал етеді?",
                        },
                    },
                    {
                        "left": {
                            "en": "Key messages",
                            "ru": "Ключевые сообщения",
                            "kk": "Негізгі хабарламалар",
                        },
                        "right": {
                            "en": (
                                "Which two or three simple statements will you test with the "
                                "audience?"
                            ),
                            "ru": "Какие два-три простых тезиса вы проверите на аудитории?",
                            "kk": "Аудиторияда қандай екі-үш қарапайым тезисті сынайсыз?",
                        },
                    },
                    {
                        "left": {"en": "Channels", "ru": "Каналы", "kk": "Арналар"},
                        "right": {
                            "en": (
                                "Where does the audience get its information, in Kazakh and in "
                                "Russian?"
                            ),
                            "ru": (
                                "Откуда аудитория получает информацию на казахском и русском "
                                "языках?"
                            ),
                            "kk": "Аудитория ақпаратты қазақ және орыс тілдерінде қайдан алады?",
                        },
                    },
                    {
                        "left": {"en": "Evaluation", "ru": "Оценка", "kk": "Бағалау"},
                        "right": {
                            "en": "How will you know whether the aim was reached?",
                            "ru": "Как вы поймёте, достигнута ли цель?",
                            "kk": "Мақсатқа жеткеніңізді қалай білесіз?",
                        },
                    },
                ],
            },
            {
                "type": "short",
                "points": 1,
                "prompt": {
                    "en": (
                        "What kind of encryption should a messenger offer if you use it for "
                        "sensitive conversations? Name the type of encryption."
                    ),
                    "ru": (
                        "Какое шифрование должен обеспечивать мессенджер, если вы используете его "
                        "для конфиденциальных разговоров? Назовите вид шифрования."
                    ),
                    "kk": (
                        "Маңызды әңгімелер үшін пайдаланатын мессенджерде шифрлаудың қандай түрі "
                        "болуы керек? Шифрлау түрін атаңыз."
                    ),
                },
                "accepted": {
                    "en": [
                        "end-to-end",
                        "end-to-end encryption",
                        "end to end",
                        "end to end encryption",
                        "e2e",
                        "e2ee",
                    ],
                    "ru": [
                        "сквозное",
                        "сквозное шифрование",
                        "оконечное шифрование",
                        "end-to-end",
                        "end to end",
                        "e2e",
                        "e2ee",
                    ],
                    "kk": [
                        "ұштан-ұшқа",
                        "ұштан-ұшқа шифрлау",
                        "ұштан ұшқа",
                        "ұштан ұшқа шифрлау",
                        "end-to-end",
                        "end to end",
                        "e2e",
                        "e2ee",
                    ],
                },
                "tolerance": None,
                "feedback": {
                    "en": (
                        "Use end-to-end encrypted messengers for sensitive conversations, so that "
                        "only the people in the conversation can read it."
                    ),
                    "ru": (
                        "Для конфиденциальных разговоров используйте мессенджеры со сквозным "
                        "шифрованием, чтобы переписку могли прочитать только её участники."
                    ),
                    "kk": (
                        "Маңызды әңгімелер үшін ұштан-ұшқа шифрлауы бар мессенджерлерді "
                        "пайдаланыңыз, сонда хат алмасуды тек оның қатысушылары ғана оқи алады."
                    ),
                },
            },
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": (
                        "According to the course, how should you choose the channels for a "
                        "campaign?"
                    ),
                    "ru": "Как, согласно курсу, следует выбирать каналы для кампании?",
                    "kk": "Курсқа сәйкес науқан үшін арналарды қалай таңдау керек?",
                },
                "feedback": {
                    "en": (
                        "Choose channels by audience, not by habit. Messengers the audience "
                        "trusts, such as lawyers, teachers or respected local figures, often "
                        "matter more than the number of posts."
                    ),
                    "ru": (
                        "Выбирайте каналы исходя из аудитории, а не по привычке. Люди, которым "
                        "аудитория доверяет, — адвокаты, учителя, уважаемые местные жители — часто "
                        "важнее, чем количество публикаций."
                    ),
                    "kk": (
                        "Арналарды әдетке қарап емес, аудиторияға қарап таңдаңыз. Аудитория "
                        "сенетін адамдар — адвокаттар, мұғалімдер, жергілікті беделді тұлғалар — "
                        "көбіне жарияланымдар санынан маңыздырақ."
                    ),
                },
                "choices": [
                    {
                        "correct": False,
                        "text": {
                            "en": (
                                "Use the channels your organisation already uses, since the team "
                                "knows them"
                            ),
                            "ru": (
                                "Использовать каналы, которыми организация уже пользуется, раз "
                                "команда их знает"
                            ),
                            "kk": (
                                "Топ жақсы білетіндіктен, ұйым бұрыннан пайдаланып жүрген "
                                "арналарды қолдану"
                            ),
                        },
                        "feedback": {
                            "en": "Channels are chosen by audience, not by habit.",
                            "ru": "Каналы выбирают исходя из аудитории, а не по привычке.",
                            "kk": "Арналар әдетке қарап емес, аудиторияға қарап таңдалады.",
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "Choose the channel with the most followers, whoever they are",
                            "ru": (
                                "Выбрать канал с наибольшим числом подписчиков, кем бы они ни были"
                            ),
                            "kk": "Кім болса да, жазылушылары ең көп арнаны таңдау",
                        },
                        "feedback": {
                            "en": (
                                "A large audience is of little use if the people you need to reach "
                                "are not in it."
                            ),
                            "ru": (
                                "Большая аудитория мало что даёт, если в ней нет тех, кого нужно "
                                "охватить."
                            ),
                            "kk": "Қамтуыңыз керек адамдар болмаса, үлкен аудиторияның пайдасы аз.",
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": (
                                "Find out where the audience you need gets its information and "
                                "which trusted people influence it"
                            ),
                            "ru": (
                                "Выяснить, откуда нужная вам аудитория получает информацию и какие "
                                "люди, которым она доверяет, на неё влияют"
                            ),
                            "kk": (
                                "Сізге қажет аудитория ақпаратты қайдан алатынын және оған өзі "
                                "сенетін қандай адамдар ықпал ететінін анықтау"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Correct: for example, older people in rural areas may rely more "
                                "on local television, radio and meetings than on social networks."
                            ),
                            "ru": (
                                "Верно: например, люди старшего возраста в сельской местности "
                                "скорее полагаются на местное телевидение, радио и встречи, чем на "
                                "социальные сети."
                            ),
                            "kk": (
                                "Дұрыс: мысалы, ауылдағы егде адамдар әлеуметтік желілерден гөрі "
                                "жергілікті теледидарға, радиоға және кездесулерге көбірек сүйенуі "
                                "мүмкін."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": (
                                "Publish only in Russian, so that the message reaches the widest "
                                "audience"
                            ),
                            "ru": (
                                "Публиковать только на русском языке, чтобы охватить самую широкую "
                                "аудиторию"
                            ),
                            "kk": "Ең кең аудиторияны қамту үшін тек орыс тілінде жариялау",
                        },
                        "feedback": {
                            "en": (
                                "The course plans channels in Kazakh and in Russian, according to "
                                "the audience."
                            ),
                            "ru": (
                                "Курс предусматривает каналы на казахском и русском языках в "
                                "зависимости от аудитории."
                            ),
                            "kk": (
                                "Курс аудиторияға қарай қазақ және орыс тілдеріндегі арналарды "
                                "қарастырады."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "multiple",
                "points": 2,
                "prompt": {
                    "en": (
                        "Which of these practices does the course recommend for basic digital "
                        "safety? Select all that apply."
                    ),
                    "ru": (
                        "Какие из этих мер курс рекомендует для базовой цифровой безопасности? "
                        "Выберите все верные варианты."
                    ),
                    "kk": (
                        "Курс цифрлық қауіпсіздіктің негізі ретінде осы шаралардың қайсысын "
                        "ұсынады? Барлық дұрыс жауапты таңдаңыз."
                    ),
                },
                "feedback": {
                    "en": (
                        "Good digital habits are simple but must become routine: unique passwords "
                        "and a password manager, two-factor authentication, updates and "
                        "encryption, encrypted messengers, care with links, separate data with "
                        "backups and as little personal data as possible."
                    ),
                    "ru": (
                        "Полезные цифровые привычки просты, но должны стать рутиной: уникальные "
                        "пароли и менеджер паролей, двухфакторная аутентификация, обновления и "
                        "шифрование, защищённые мессенджеры, осторожность со ссылками, отдельное "
                        "хранение данных с резервными копиями и минимум персональных данных."
                    ),
                    "kk": (
                        "Пайдалы цифрлық әдеттер қарапайым, бірақ күнделікті дағдыға айналуы "
                        "керек: қайталанбайтын құпиясөздер мен құпиясөз менеджері, екі факторлы "
                        "аутентификация, жаңарту және шифрлау, шифрланған мессенджерлер, "
                        "сілтемелерге сақтық, деректерді сақтық көшірмелерімен бөлек сақтау және "
                        "дербес деректердің ең аз көлемі."
                    ),
                },
                "choices": [
                    {
                        "correct": False,
                        "text": {
                            "en": (
                                "One strong password for all accounts, so that you never forget it"
                            ),
                            "ru": "Один надёжный пароль для всех аккаунтов, чтобы его не забыть",
                            "kk": "Ұмытпау үшін барлық аккаунтқа бір сенімді құпиясөз",
                        },
                        "feedback": {
                            "en": (
                                "Use long, unique passwords for each account and a password "
                                "manager to keep them."
                            ),
                            "ru": (
                                "Используйте длинные уникальные пароли для каждого аккаунта и "
                                "храните их в менеджере паролей."
                            ),
                            "kk": (
                                "Әр аккаунт үшін ұзын, қайталанбайтын құпиясөздер қолданып, оларды "
                                "құпиясөз менеджерінде сақтаңыз."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": "Two-factor authentication for email and social media",
                            "ru": "Двухфакторная аутентификация для почты и соцсетей",
                            "kk": "Пошта мен әлеуметтік желілер үшін екі факторлы аутентификация",
                        },
                        "feedback": {
                            "en": "Correct: it protects an account even if the password is stolen.",
                            "ru": "Верно: она защищает аккаунт, даже если пароль украден.",
                            "kk": "Дұрыс: ол құпиясөз ұрланса да аккаунтты қорғайды.",
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": (
                                "Keeping phones and computers updated and their storage encrypted"
                            ),
                            "ru": (
                                "Регулярное обновление телефонов и компьютеров и шифрование их "
                                "памяти"
                            ),
                            "kk": (
                                "Телефондар мен компьютерлерді жаңартып отыру және олардың жадын "
                                "шифрлау"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Correct: updates close known weaknesses, and encryption protects "
                                "data if a device is lost or seized."
                            ),
                            "ru": (
                                "Верно: обновления закрывают известные уязвимости, а шифрование "
                                "защищает данные при утере или изъятии устройства."
                            ),
                            "kk": (
                                "Дұрыс: жаңартулар белгілі осал тұстарды жабады, ал шифрлау "
                                "құрылғы жоғалса немесе алынып қойылса, деректерді қорғайды."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": (
                                "Collecting as much personal data as possible, in case it is "
                                "needed later"
                            ),
                            "ru": (
                                "Собирать как можно больше персональных данных на случай, если они "
                                "понадобятся"
                            ),
                            "kk": "Кейін қажет болып қалар деп барынша көп дербес деректер жинау",
                        },
                        "feedback": {
                            "en": (
                                "Collect only the personal data you really need; every extra item "
                                "is a risk to the people concerned."
                            ),
                            "ru": (
                                "Собирайте только действительно нужные персональные данные: каждый "
                                "лишний пункт — риск для людей, о которых идёт речь."
                            ),
                            "kk": (
                                "Тек шынымен қажет дербес деректерді жинаңыз: әрбір артық мәлімет "
                                "сол адамдар үшін қауіп."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": (
                                "Keeping monitoring data apart from personal accounts, with backups"
                            ),
                            "ru": (
                                "Хранение данных мониторинга отдельно от личных аккаунтов, с "
                                "резервными копиями"
                            ),
                            "kk": (
                                "Мониторинг деректерін жеке аккаунттардан бөлек сақтау және сақтық "
                                "көшірмелерін жасау"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Correct: separation and backups protect both the data and the "
                                "people in it."
                            ),
                            "ru": (
                                "Верно: раздельное хранение и резервные копии защищают и данные, и "
                                "людей, о которых в них идёт речь."
                            ),
                            "kk": (
                                "Дұрыс: бөлек сақтау мен сақтық көшірмелер деректерді де, олардағы "
                                "адамдарды да қорғайды."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": (
                                "Opening attachments from unknown senders at once, so as not to "
                                "miss urgent requests"
                            ),
                            "ru": (
                                "Сразу открывать вложения от неизвестных отправителей, чтобы не "
                                "пропустить срочные обращения"
                            ),
                            "kk": (
                                "Шұғыл өтініштерді жіберіп алмау үшін белгісіз жіберушілердің "
                                "тіркемелерін бірден ашу"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Check links and attachments before opening them, because "
                                "defenders are targets for hacking."
                            ),
                            "ru": (
                                "Проверяйте ссылки и вложения, прежде чем открывать их: "
                                "правозащитники — мишень для взломов."
                            ),
                            "kk": (
                                "Сілтемелер мен тіркемелерді ашпас бұрын тексеріңіз: құқық "
                                "қорғаушылар бұзып кірудің нысанасына айналады."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "true_false",
                "points": 1,
                "answer": False,
                "prompt": {
                    "en": (
                        "If you are attacked online, the course advises replying at once and in "
                        "the same tone, so that the attack does not go unanswered."
                    ),
                    "ru": (
                        "Если вас атакуют в интернете, курс советует ответить сразу и в том же "
                        "тоне, чтобы нападки не остались без ответа."
                    ),
                    "kk": (
                        "Интернетте шабуылға ұшырасаңыз, курс шабуыл жауапсыз қалмауы үшін дереу "
                        "және сол үнмен жауап беруге кеңес береді."
                    ),
                },
                "feedback": {
                    "en": (
                        "False: do not respond in anger. Take screenshots showing the date and the "
                        "link, report the content to the platform, tell your coordinator and seek "
                        "legal and psychological support if you need it."
                    ),
                    "ru": (
                        "Неверно: не отвечайте сгоряча. Сделайте скриншоты с датой и ссылкой, "
                        "пожалуйтесь на контент платформе, сообщите координатору и при "
                        "необходимости обратитесь за юридической и психологической поддержкой."
                    ),
                    "kk": (
                        "Қате: ашумен жауап бермеңіз. Күні мен сілтемесі көрінетін скриншоттар "
                        "жасаңыз, контент туралы платформаға шағымданыңыз, үйлестірушіге "
                        "хабарлаңыз және қажет болса, заңгерлік және психологиялық қолдауға "
                        "жүгініңіз."
                    ),
                },
            },
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": (
                        "Which of these is a sign of change rather than a count of what the "
                        "campaign did?"
                    ),
                    "ru": (
                        "Что из перечисленного — признак изменений, а не подсчёт сделанного в ходе "
                        "кампании?"
                    ),
                    "kk": (
                        "Төмендегілердің қайсысы науқанда атқарылған жұмыстың саны емес, "
                        "өзгерістің белгісі болып табылады?"
                    ),
                },
                "feedback": {
                    "en": (
                        "Count what you did, but also look for signs of change, such as more "
                        "requests for legal help, questions from officials, media coverage or an "
                        "amendment to a draft law, and record the starting situation so that you "
                        "can compare."
                    ),
                    "ru": (
                        "Считайте сделанное, но ищите и признаки изменений: больше обращений за "
                        "юридической помощью, вопросы от должностных лиц, освещение в СМИ или "
                        "поправку к законопроекту, — и фиксируйте исходную ситуацию, чтобы было с "
                        "чем сравнивать."
                    ),
                    "kk": (
                        "Атқарылған жұмысты есептеңіз, бірақ өзгерістердің белгілерін де іздеңіз: "
                        "заң көмегін сұрап жүгінушілердің көбеюі, лауазымды адамдардың сұрақтары, "
                        "БАҚ-тағы жарияланымдар немесе заң жобасына енгізілген түзету; "
                        "салыстыратын нәрсе болуы үшін бастапқы жағдайды тіркеңіз."
                    ),
                },
                "choices": [
                    {
                        "correct": False,
                        "text": {
                            "en": "The number of posts published",
                            "ru": "Количество опубликованных материалов",
                            "kk": "Жарияланған материалдардың саны",
                        },
                        "feedback": {
                            "en": (
                                "This counts what you did; it does not show whether anything "
                                "changed."
                            ),
                            "ru": (
                                "Это подсчёт сделанного: он не показывает, изменилось ли "
                                "что-нибудь."
                            ),
                            "kk": (
                                "Бұл атқарылған жұмыстың саны: ол бірдеңе өзгергенін көрсетпейді."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "The number of events held",
                            "ru": "Количество проведённых мероприятий",
                            "kk": "Өткізілген іс-шаралардың саны",
                        },
                        "feedback": {
                            "en": (
                                "This is also a count of activity: useful, but not evidence of "
                                "change."
                            ),
                            "ru": (
                                "Это тоже подсчёт деятельности: он полезен, но не доказывает "
                                "изменений."
                            ),
                            "kk": (
                                "Бұл да атқарылған жұмыстың саны: ол пайдалы, бірақ өзгерісті "
                                "дәлелдемейді."
                            ),
                        },
                    },
                    {
                        "correct": True,
                        "text": {
                            "en": "More requests for legal help than before the campaign",
                            "ru": "Больше обращений за юридической помощью, чем до кампании",
                            "kk": "Заң көмегін сұрап жүгінушілердің науқанға дейінгіден көбеюі",
                        },
                        "feedback": {
                            "en": (
                                "Correct: this is a sign of change, and it can be shown if the "
                                "starting situation was recorded."
                            ),
                            "ru": (
                                "Верно: это признак изменений, и его можно показать, если исходная "
                                "ситуация была зафиксирована."
                            ),
                            "kk": (
                                "Дұрыс: бұл өзгерістің белгісі, және бастапқы жағдай тіркелген "
                                "болса, оны көрсетуге болады."
                            ),
                        },
                    },
                    {
                        "correct": False,
                        "text": {
                            "en": "The number of leaflets printed",
                            "ru": "Тираж напечатанных листовок",
                            "kk": "Басылған парақшалардың саны",
                        },
                        "feedback": {
                            "en": (
                                "Printing leaflets is an activity; it says nothing about whether "
                                "people's knowledge or behaviour changed."
                            ),
                            "ru": (
                                "Печать листовок — это деятельность; она ничего не говорит о том, "
                                "изменились ли знания или поведение людей."
                            ),
                            "kk": (
                                "Парақша басу — атқарылған жұмыс қана; ол адамдардың білімі немесе "
                                "мінез-құлқы өзгергенін көрсетпейді."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "pool",
                "draw": 2,
                "title": {
                    "en": "Ethics in public communication",
                    "ru": "Этика публичной коммуникации",
                    "kk": "Көпшілікпен қарым-қатынас әдебі",
                },
                "questions": [
                    {
                        "type": "true_false",
                        "points": 1,
                        "answer": False,
                        "prompt": {
                            "en": (
                                "A photograph of a defendant may be posted online without his "
                                "consent, provided it was taken at an open hearing."
                            ),
                            "ru": (
                                "Фотографию подсудимого можно опубликовать в интернете без его "
                                "согласия, если она сделана на открытом заседании."
                            ),
                            "kk": (
                                "Сотталушының суретін, егер ол ашық отырыста түсірілген болса, "
                                "оның келісімінсіз интернетте жариялауға болады."
                            ),
                        },
                        "feedback": {
                            "en": (
                                "False: do not post photographs or names of defendants, victims or "
                                "witnesses without their informed consent; the rules of the "
                                "courtroom apply online too."
                            ),
                            "ru": (
                                "Неверно: не публикуйте фотографии и имена обвиняемых, потерпевших "
                                "или свидетелей без их информированного согласия; правила зала "
                                "суда действуют и в интернете."
                            ),
                            "kk": (
                                "Қате: айыпталушылардың, жәбірленушілердің немесе куәлардың "
                                "суреттері мен есімдерін олардың ақпараттандырылған келісімінсіз "
                                "жарияламаңыз; сот залының ережелері интернетте де қолданылады."
                            ),
                        },
                    },
                    {
                        "type": "single",
                        "points": 1,
                        "prompt": {
                            "en": (
                                "A post about a case in which a woman was a victim of domestic "
                                "violence gives no names. Which detail could still identify her?"
                            ),
                            "ru": (
                                "В публикации о деле, где женщина пострадала от домашнего насилия, "
                                "нет имён. Какая деталь всё же может позволить её узнать?"
                            ),
                            "kk": (
                                "Әйел тұрмыстық зорлық-зомбылықтан зардап шеккен іс туралы "
                                "жарияланымда есімдер жоқ. Қай мәлімет оны бәрібір танытуы мүмкін?"
                            ),
                        },
                        "feedback": {
                            "en": (
                                "Think about what others could work out from details such as a "
                                "place or a date, and never identify victims of sexual or domestic "
                                "violence."
                            ),
                            "ru": (
                                "Думайте о том, что посторонние могут узнать по таким деталям, как "
                                "место или дата, и никогда не раскрывайте личность пострадавших от "
                                "сексуального или домашнего насилия."
                            ),
                            "kk": (
                                "Бөгде адамдар орын немесе күн сияқты мәліметтер арқылы нені "
                                "анықтай алатынын ойланыңыз және жыныстық немесе тұрмыстық "
                                "зорлық-зомбылықтан зардап шеккендердің жеке басын ешқашан ашпаңыз."
                            ),
                        },
                        "choices": [
                            {
                                "correct": False,
                                "text": {
                                    "en": "The name of the law under which the case is being tried",
                                    "ru": "Название закона, по которому рассматривается дело",
                                    "kk": "Іс қаралып жатқан заңның атауы",
                                },
                                "feedback": {
                                    "en": (
                                        "The law applies to many cases and does not point to a "
                                        "particular person."
                                    ),
                                    "ru": (
                                        "Закон применяется ко многим делам и не указывает на "
                                        "конкретного человека."
                                    ),
                                    "kk": (
                                        "Заң көптеген істерге қолданылады және нақты адамды "
                                        "көрсетпейді."
                                    ),
                                },
                            },
                            {
                                "correct": True,
                                "text": {
                                    "en": (
                                        "The village where she lives and the date of the incident"
                                    ),
                                    "ru": "Село, где она живёт, и дата происшествия",
                                    "kk": "Оның тұратын ауылы және оқиға болған күн",
                                },
                                "feedback": {
                                    "en": (
                                        "Correct: in a small community a place and a date can be "
                                        "enough for others to work out who she is."
                                    ),
                                    "ru": (
                                        "Верно: в небольшом населённом пункте места и даты может "
                                        "быть достаточно, чтобы посторонние поняли, о ком речь."
                                    ),
                                    "kk": (
                                        "Дұрыс: шағын елді мекенде орын мен күн бөгде адамдардың "
                                        "оның кім екенін анықтауына жетіп қалуы мүмкін."
                                    ),
                                },
                            },
                            {
                                "correct": False,
                                "text": {
                                    "en": "The total number of hearings your team observed",
                                    "ru": (
                                        "Общее число заседаний, за которыми наблюдала ваша команда"
                                    ),
                                    "kk": "Тобыңыз бақылаған отырыстардың жалпы саны",
                                },
                                "feedback": {
                                    "en": (
                                        "An aggregate figure from your monitoring does not point "
                                        "to any individual."
                                    ),
                                    "ru": (
                                        "Обобщённая цифра мониторинга не указывает на конкретного "
                                        "человека."
                                    ),
                                    "kk": "Мониторингтің жалпылама саны нақты адамды көрсетпейді.",
                                },
                            },
                            {
                                "correct": False,
                                "text": {
                                    "en": "The general topic of your campaign",
                                    "ru": "Общая тема вашей кампании",
                                    "kk": "Науқаныңыздың жалпы тақырыбы",
                                },
                                "feedback": {
                                    "en": "A general topic does not identify a person.",
                                    "ru": "Общая тема не позволяет узнать человека.",
                                    "kk": "Жалпы тақырып адамды танытпайды.",
                                },
                            },
                        ],
                    },
                    {
                        "type": "short",
                        "points": 1,
                        "prompt": {
                            "en": (
                                "A campaign is funded by the European Union. What statement must "
                                "appear on every campaign material?"
                            ),
                            "ru": (
                                "Кампания финансируется Европейским союзом. Какое заявление должно "
                                "быть на каждом материале кампании?"
                            ),
                            "kk": (
                                "Науқанды Еуропалық одақ қаржыландырады. Науқанның әр материалында "
                                "қандай мәлімдеме болуы керек?"
                            ),
                        },
                        "accepted": {
                            "en": [
                                "eu funding statement",
                                "the eu funding statement",
                                "funding statement",
                                "eu visibility statement",
                                "visibility statement",
                                "eu disclaimer",
                                "funded by the european union",
                                "funded by the eu",
                            ],
                            "ru": [
                                "заявление о финансировании ес",
                                "заявление о финансировании",
                                "заявление о финансировании европейским союзом",
                                "заявление о финансировании евросоюзом",
                                "дисклеймер ес",
                                "финансируется европейским союзом",
                            ],
                            "kk": [
                                "ео қаржыландыруы туралы мәлімдеме",
                                "қаржыландыру туралы мәлімдеме",
                                "ео қаржыландыру туралы мәлімдеме",
                                "еуропалық одақтың қаржыландыруы туралы мәлімдеме",
                                "еуропалық одақ қаржыландырған",
                            ],
                        },
                        "tolerance": None,
                        "feedback": {
                            "en": (
                                "Every material of an EU-funded campaign carries the EU funding "
                                "statement; the course reminds you of this when planning a "
                                "campaign."
                            ),
                            "ru": (
                                "Каждый материал кампании, финансируемой ЕС, содержит заявление о "
                                "финансировании ЕС; курс напоминает об этом при планировании "
                                "кампании."
                            ),
                            "kk": (
                                "ЕО қаржыландыратын науқанның әр материалында ЕО қаржыландыруы "
                                "туралы мәлімдеме болады; курс науқанды жоспарлау кезінде осыны "
                                "еске салады."
                            ),
                        },
                    },
                    {
                        "type": "single",
                        "points": 1,
                        "prompt": {
                            "en": "How does the course suggest preparing for an interview?",
                            "ru": "Как курс советует готовиться к интервью?",
                            "kk": "Курс сұхбатқа қалай дайындалуға кеңес береді?",
                        },
                        "feedback": {
                            "en": (
                                "Before an interview, prepare three key messages and keep to them; "
                                "if you do not know an answer, say so."
                            ),
                            "ru": (
                                "Перед интервью подготовьте три ключевых тезиса и придерживайтесь "
                                "их; если не знаете ответа, так и скажите."
                            ),
                            "kk": (
                                "Сұхбат алдында үш негізгі тезис дайындап, солардан ауытқымаңыз; "
                                "жауабын білмесеңіз, солай айтыңыз."
                            ),
                        },
                        "choices": [
                            {
                                "correct": False,
                                "text": {
                                    "en": "Learn the whole analytical report by heart",
                                    "ru": "Выучить наизусть весь аналитический отчёт",
                                    "kk": "Талдамалық есепті толығымен жаттап алу",
                                },
                                "feedback": {
                                    "en": (
                                        "Detail matters less than clarity; prepare a few key "
                                        "messages instead."
                                    ),
                                    "ru": (
                                        "Подробности важны меньше, чем ясность: лучше подготовьте "
                                        "несколько ключевых тезисов."
                                    ),
                                    "kk": (
                                        "Егжей-тегжейден гөрі айқындық маңызды: оның орнына "
                                        "бірнеше негізгі тезис дайындаңыз."
                                    ),
                                },
                            },
                            {
                                "correct": True,
                                "text": {
                                    "en": "Prepare three key messages and keep to them",
                                    "ru": "Подготовить три ключевых тезиса и придерживаться их",
                                    "kk": "Үш негізгі тезис дайындап, солардан ауытқымау",
                                },
                                "feedback": {
                                    "en": (
                                        "Correct: this is the course's advice before any interview."
                                    ),
                                    "ru": "Верно: именно это курс советует перед любым интервью.",
                                    "kk": (
                                        "Дұрыс: курс кез келген сұхбат алдында дәл осыны ұсынады."
                                    ),
                                },
                            },
                            {
                                "correct": False,
                                "text": {
                                    "en": "Write a statement and read it out word for word",
                                    "ru": "Написать заявление и зачитать его дословно",
                                    "kk": "Мәлімдеме жазып, оны сөзбе-сөз оқып беру",
                                },
                                "feedback": {
                                    "en": (
                                        "An interview is a conversation; key messages help you "
                                        "answer questions without reading from a script."
                                    ),
                                    "ru": (
                                        "Интервью — это разговор: ключевые тезисы помогают "
                                        "отвечать на вопросы, не читая по бумажке."
                                    ),
                                    "kk": (
                                        "Сұхбат — әңгіме: негізгі тезистер қағазға қарамай "
                                        "сұрақтарға жауап беруге көмектеседі."
                                    ),
                                },
                            },
                            {
                                "correct": False,
                                "text": {
                                    "en": (
                                        "Ask the journalist to send all the questions in advance "
                                        "and refuse any others"
                                    ),
                                    "ru": (
                                        "Попросить журналиста прислать все вопросы заранее и "
                                        "отказываться отвечать на другие"
                                    ),
                                    "kk": (
                                        "Журналистен барлық сұрақты алдын ала жіберуді сұрап, "
                                        "басқа сұрақтарға жауап беруден бас тарту"
                                    ),
                                },
                                "feedback": {
                                    "en": (
                                        "Refusing unplanned questions damages the trust you need "
                                        "to build with journalists."
                                    ),
                                    "ru": (
                                        "Отказ отвечать на незапланированные вопросы подрывает "
                                        "доверие, которое нужно выстраивать с журналистами."
                                    ),
                                    "kk": (
                                        "Жоспарланбаған сұрақтарға жауап бермеу журналистермен "
                                        "қалыптастыруға тиіс сенімге нұқсан келтіреді."
                                    ),
                                },
                            },
                        ],
                    },
                ],
            },
            {
                "type": "essay",
                "points": 5,
                "prompt": {
                    "en": (
                        "In about 150 words, outline a three-month campaign on the right of "
                        "migrant workers in your region to a free interpreter: the aim, the "
                        "audience and who influences it, one key message, two channels and two "
                        "indicators you could actually measure."
                    ),
                    "ru": (
                        "Примерно в 150 словах опишите трёхмесячную кампанию о праве трудовых "
                        "мигрантов в вашем регионе на бесплатного переводчика: цель, аудиторию и "
                        "тех, кто на неё влияет, один ключевой тезис, два канала и два показателя, "
                        "которые вы действительно сможете измерить."
                    ),
                    "kk": (
                        "Шамамен 150 сөзбен өңіріңіздегі еңбек мигранттарының тегін аудармашыға "
                        "құқығы туралы үш айлық науқанды сипаттаңыз: мақсат, аудитория және оған "
                        "кім ықпал етеді, бір негізгі тезис, екі арна және нақты өлшей алатын екі "
                        "көрсеткіш."
                    ),
                },
                "guidance": {
                    "en": (
                        "Look for an aim that says what should change, for whom and by when, an "
                        "audience defined precisely together with the people who influence it, and "
                        "a key message in plain language. Channels should fit the audience (for "
                        "example messenger groups or people the migrants trust), and at least one "
                        "indicator should be a sign of change measured against a recorded starting "
                        "point, not only a count of activity. Give credit for mentioning risks to "
                        "participants or the EU funding statement, but do not require them."
                    ),
                    "ru": (
                        "Оценивайте, сформулирована ли цель (что должно измениться, для кого и к "
                        "какому сроку), точно ли определены аудитория и те, кто на неё влияет, и "
                        "изложен ли ключевой тезис простым языком. Каналы должны соответствовать "
                        "аудитории (например, группы в мессенджерах или люди, которым мигранты "
                        "доверяют), а хотя бы один показатель должен быть признаком изменений, "
                        "измеряемым относительно зафиксированной исходной ситуации, а не только "
                        "подсчётом сделанного. Упоминание рисков для участников или заявления о "
                        "финансировании ЕС — плюс, но не обязательное требование."
                    ),
                    "kk": (
                        "Мақсаттың (нені, кім үшін және қай мерзімге дейін өзгерту керек) "
                        "тұжырымдалғанын, аудитория мен оған ықпал ететіндердің нақты анықталғанын "
                        "және негізгі тезистің қарапайым тілмен жазылғанын бағалаңыз. Арналар "
                        "аудиторияға сай болуы керек (мысалы, мессенджерлердегі топтар немесе "
                        "мигранттар сенетін адамдар), ал кемінде бір көрсеткіш атқарылған жұмыстың "
                        "саны ғана емес, тіркелген бастапқы жағдаймен салыстырылатын өзгеріс "
                        "белгісі болуы тиіс. Қатысушыларға төнетін тәуекелдер немесе ЕО "
                        "қаржыландыруы туралы мәлімдеме айтылса, бұл артықшылық, бірақ міндетті "
                        "талап емес."
                    ),
                },
            },
        ],
    },
}
