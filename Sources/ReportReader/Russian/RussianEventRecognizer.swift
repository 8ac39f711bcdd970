import CivicModel

/// Finds the acts a Russian sentence states, in the controlled vocabulary, from the verbs and participles reports
/// use in any gender and number ("задержан", "задержана", "задержали"; "оштрафован"; "приговорил … к"; "возбуждено
/// уголовное дело"). A court's sentence takes its type from the sanction it gives: days of arrest are an
/// administrative arrest, a fine alone a fine, anything else a conviction. A negated act ("не был задержан") is none.
enum RussianEventRecognizer {
    /// A trigger: the stem a word begins with, the type it gives, and words that must come near it (any of them,
    /// by stem, within `reach` tokens on either side), if any.
    private struct Rule {
        var stems: [String]
        var type: EventType
        var near: [String] = []
        var reach = 5
        /// Forms the stems would catch that mean something else ("задержанные" describes a class of people), whole.
        var except: [String] = []
        /// Whether the trigger counts only when the sentence gives a sanction ("назначил штраф", not "назначен директором").
        var needsSanction = false
        /// Whether the act is the trigger denied: "не согласовали митинг", "не выпустили за границу".
        var actWhenDenied = false
        /// Stems of words that would meet `near` but say something else: a verbal noun naming the act as a time.
        var exceptNear: [String] = []
        /// Stems that must not come within `reach` of the trigger: "взяли под стражу" is the custody, not a detention.
        var awayFrom: [String] = []
        /// Whether the `near` word must come before the trigger in its clause, with no comma or colon between.
        var nearInClause = false
    }

    /// Verbs of a state that goes on: "(содержится под стражей)", "(находится под домашним арестом)".
    private static let statesNow = WordSet(["содержится", "содержатся", "находится", "находятся"])
    /// The forms of "отказаться", someone's own giving up: "отказаться от попыток регистрации", "отказались от проведения митинга".
    private static let givingUp = ["отказаться", "отказался", "отказалась", "отказались", "отказалось", "отказываться", "отказывается",
                                   "отказываются", "откажется", "откажутся"]
    /// What bodies keep doing, told in the present: "акиматы по-прежнему отказывают в согласовании". No one act.
    /// Long participles of being charged, which describe a person: "обвинённой", "обвиняемого".
    private static let chargedParticiples = WordSet(["обвинённой", "обвиненной", "обвинённого", "обвиненного", "обвинённому", "обвиненному",
                                                     "обвинённую", "обвиненную", "обвинённых", "обвиненных", "обвинённым", "обвиненным",
                                                     "обвиняемой", "обвиняемого", "обвиняемому", "обвиняемую", "обвиняемых", "обвиняемым"])
    /// The relative pronoun opening a clause on the noun before it, as its subject ("движение, которое признано …").
    private static let nominativeRelatives = WordSet(["который", "которая", "которое", "которые"])
    /// How far before an act the comma opening its relative clause may stand ("…, которое в 2023 году было признано").
    private static let clauseReach = 7
    /// (And refusals in the plural, as a practice: "не считает ли он, что отказы подталкивают людей к …".)
    private static let refusingAsARule = givingUp + ["отказывают", "отказывает", "отказы", "отказов", "отказам", "отказами", "отказах"]
    /// How far before "прекращено" the case or the proceedings it agrees with may be named.
    private static let closedFar = 36
    /// Long participles of a case's opening, which describe the case rather than tell its opening: "зарегистрированное в
    /// ноябре", "начатого в марте".
    private static let describingParticiples: [String] = ["зарегистрированное", "зарегистрированного", "зарегистрированному",
        "зарегистрированным", "зарегистрированном", "зарегистрированная", "зарегистрированной", "зарегистрированные",
        "зарегистрированных", "начатое", "начатого", "начатому", "начатым", "начатом", "начатая", "начатой", "начатые", "начатых",
        "возбуждённое", "возбужденное", "возбуждённого", "возбужденного"]
    /// Long participles of having been held liable, which describe a person ("ранее привлекавшегося к административной
    /// ответственности"): a history, no act.
    private static let describingLiability = ["привлекавшегося", "привлекавшейся", "привлекавшихся", "привлекавшийся", "привлекавшаяся",
                                              "привлекавшиеся", "привлекавшемуся", "привлекавшимся", "привлекавшимися"]
    private static let rules: [Rule] = [
        Rule(stems: ["признан", "признал", "признав", "признаё", "признае"], type: .politicalPrisonerRecognized, near: ["политзаключ", "политическ", "узник"], reach: 5),
        // "включило Сагындыкова в свой список политических заключённых"
        Rule(stems: ["включил", "включен", "включён", "внесл", "внесен", "внесён"], type: .politicalPrisonerRecognized, near: ["политзаключ", "политическ"], reach: 7),
        // (Not "движения, запрещённого как экстремистское": the long participle describes.)
        Rule(stems: ["признан", "признал", "запрет", "запрещ"], type: .organizationBanned, near: ["экстремист", "террорист"], reach: 6,
             except: ["запрещённого", "запрещенного", "запрещённой", "запрещенной", "запрещённых", "запрещенных", "запрещённым", "запрещенным",
                      "запрещённую", "запрещенную", "запрещённое", "запрещенное", "запрещённая", "запрещенная", "запрещённый", "запрещенный", "запрещённом", "запрещенном",
                      "признанного", "признанной", "признанных", "признанным", "признанную", "признанное", "признанная", "признанный", "признанном",
                      // (Nor the noun: "запрещённого решением суда в связи с признанием его экстремистским" tells why it was banned.)
                      "признанием", "признания", "признание", "признании", "признанию"]),
        Rule(stems: ["ликвидирова"], type: .organizationBanned),
        Rule(stems: ["задержан", "задержал", "задержив"], type: .detention,
             except: ["задержанные", "задержанных", "задержанным", "задержанными", "задержанный", "задержанного", "задержанная",
                      "задержание", "задержания", "задержанию", "задержании", "задержанием", "задержаний", "задержаниях", "задержаниям",
                      "задержаниями", "задержанному", "задержанной", "задержанную", "задержанном"]),
        // (A police station, "участок", not the people brought in: "в ходе доставления участников митинга".)
        Rule(stems: ["доставлен", "доставил"], type: .detention, near: ["отдел", "овд", "участ", "полици", "уп", "рувд", "увд"], reach: 4,
             exceptNear: ["участни"]),
        // "несколько человек … увезли в отдел"
        Rule(stems: ["увезл", "увезен", "увезён", "увёз", "отвезл", "отвезен", "отвезён", "отвёз"], type: .detention,
             near: ["отдел", "овд", "участ", "полици", "автозак"], reach: 4,
             // ("Задержанных активистов отвезли в отдел": the way to the station of a detention told already.)
             awayFrom: ["задержанн"]),
        // "Утром нас взяли прямо у акимата": taken, of people (not "взяли под стражу", "взяли подписку", "взяли интервью").
        Rule(stems: ["взяли", "взят"], type: .detention, near: ["нас", "их", "меня", "его", "её", "ее"], reach: 2,
             awayFrom: ["страж", "подписк", "обязательств", "интервью", "слово", "кредит", "ответствен", "заложник", "пример", "образц", "анализ"]),
        // "Его забрали прямо с площади", "забрали в отдел": taken away, of people (not "забрали телефон", "забрали заявление").
        // ("Ерлана забрали из дома": taken from home.)
        Rule(stems: ["забрал", "забран"], type: .detention, near: ["нас", "их", "меня", "его", "её", "ее", "отдел", "полици", "автозак", "участ", "дома"], reach: 4,
             awayFrom: ["телефон", "паспорт", "документ", "заявлени", "ноутбук", "вещ", "ребён", "ребен", "дет", "плакат", "флаг", "камер", "тело"]),
        // "в автозак посадили блогера …", "затолкали в автобус"
        // ("затолкали в микроавтобус моего подзащитного"; by force into a car, "затащили в машину", not "посадили в машину" after
        // the detention told.)
        Rule(stems: ["посадил", "посажен"], type: .detention, near: ["автозак", "автобус", "полицейск", "микроавтобус", "минивэн"], reach: 4),
        Rule(stems: ["затолкал", "затащил"], type: .detention, near: ["автозак", "автобус", "полицейск", "микроавтобус", "минивэн", "машин"], reach: 4),
        // (Not "находящийся под домашним арестом": a state the person is in, told of in passing.)
        Rule(stems: ["домашн"], type: .houseArrest, near: ["арест"], reach: 2),
        Rule(stems: ["санкционирова"], type: .pretrialDetention, near: ["арест", "содержани", "страж"], reach: 3),
        // "продлил арест моему подзащитному ещё на месяц"
        Rule(stems: ["продлил", "продлен", "продлён", "продлев"], type: .pretrialDetention, near: ["арест", "страж", "содержани"], reach: 3),
        // Money held: "наложил арест на банковские счета", "счета заморожены", "заблокировали счета фонда".
        Rule(stems: ["наложил", "наложен", "наложить", "заморозил", "заморожен", "заблокировал", "заблокирован"], type: .other,
             near: ["счет", "счёт", "денежны", "средств", "имуществ", "активы"], reach: 4),
        // "включило его в перечень лиц, связанных с финансированием терроризма" (not "движение, внесённое в перечень
        // экстремистских организаций", which says what the movement is)
        Rule(stems: ["включил", "внесл"], type: .other, near: ["терроризм", "экстремизм"], reach: 10),
        // "запретила свидания с матерью"
        Rule(stems: ["запретил", "запрещен", "запрещён", "лишил"], type: .other, near: ["свидани", "передач", "звонк", "переписк"], reach: 4),
        Rule(stems: ["страж", "сизо"], type: .pretrialDetention, near: ["взят", "взял", "заключ", "помещ", "помест", "содерж", "арестова", "избра", "водвор", "меры", "мера", "отправил", "отправила", "отправили", "отправлен"],
             reach: 4),
        // ("в 2023 году его уже арестовывали на 10 суток": the imperfective, of an arrest before.)
        Rule(stems: ["арестован", "арестовал", "арестовыва"], type: .administrativeArrest),
        Rule(stems: ["приговорил", "приговорен", "приговорён", "осужден", "осуждён", "осудил", "виновн"], type: .conviction,
             except: ["осужденные", "осужденных", "осуждённых", "осужденным", "осуждённого", "осужденного", "осуждённому", "осужденному",
                      "осуждённым", "осуждённые"]),
        // (Not "в день оглашения приговора", "до вынесения приговора": the verdict's reading named as a time.)
        Rule(stems: ["приговор"], type: .conviction, near: ["вынес", "огласил", "вынесен", "оглашен"], reach: 2,
             exceptNear: ["вынесени", "оглашени"]),
        // ("назначенное ему наказание … снижено": the sentence given before, named by its participle.)
        Rule(stems: ["назначил", "назначен", "получил", "получила", "получили", "подверг", "дали", "дал", "выписал", "присудил"], type: .conviction,
             except: ["назначенное", "назначенного", "назначенному", "назначенным", "назначенной", "назначенную", "назначенные", "назначенных",
                      "назначенная", "назначенный"],
             needsSanction: true),
        Rule(stems: ["оштрафова"], type: .fine),
        // "отправил Абдуллаева под административный арест на 10 суток": the arrest the sanction gives. (A custody of months,
        // "отправили под арест на два месяца", gives no sanction; "под домашний арест" is the house arrest.)
        Rule(stems: ["отправил", "отправлен"], type: .conviction, near: ["арест"], reach: 5, needsSanction: true, awayFrom: ["домашн"]),
        // "вынесены постановления о наложении административного штрафа"
        Rule(stems: ["вынесен", "вынесл", "вынес"], type: .fine, near: ["штраф"], reach: 6, except: ["вынесения", "вынесение", "вынесении"]),
        // "её уже штрафовали на 10 МРП"; "отделалась штрафом в 20 МРП", "отделался предупреждением".
        Rule(stems: ["штрафовал"], type: .fine),
        // "наложил на него штраф в размере 20 МРП"
        Rule(stems: ["наложил", "наложен"], type: .fine, near: ["штраф"], reach: 5, except: ["наложении", "наложения", "наложение", "наложением"]),
        // ("наложил на Гульнару Есимову и Мираса Абенова штрафы": two people between, the fines in the plural.)
        Rule(stems: ["наложил", "наложен"], type: .fine, near: ["штрафы"], reach: 8, except: ["наложении", "наложения", "наложение", "наложением"]),
        Rule(stems: ["отделал"], type: .fine, near: ["штраф"], reach: 2),
        Rule(stems: ["отделал"], type: .warning, near: ["предупрежд", "предостереж"], reach: 2),
        // "привлечён к административной ответственности" is decided by what it gave; to criminal liability, a charge.
        // (Not the verbal noun: "запрос о привлечении к уголовной ответственности".)
        Rule(stems: ["привлечен", "привлечён", "привлекл", "привлека"], type: .charged, near: ["уголовн"], reach: 3, except: liabilityNouns),
        // ("неоднократно привлекался к административной ответственности": a history told, not an act.)
        Rule(stems: ["привлечен", "привлечён", "привлекл", "привлека"], type: .conviction, near: ["административн"], reach: 3,
             except: ["привлекался", "привлекалась", "привлекались"] + describingLiability + liabilityNouns),
        // ("привлечен к ответственности по ст. 434 КоАП РК … в виде штрафа": liability of no kind named, decided by what it gave.)
        Rule(stems: ["привлечен", "привлечён", "привлекл"], type: .conviction, near: ["ответственност"], reach: 2, except: liabilityNouns, needsSanction: true),
        Rule(stems: ["водвор", "помещен", "помещён", "помести"], type: .administrativeArrest, near: ["спецприемник", "спецприёмник"], reach: 4),
        Rule(stems: ["водвор", "помещен", "помещён", "помести", "оставил", "оставлен"], type: .detention, near: ["ивс", "изолятор"], reach: 4),
        // "водворили в ШИЗО", "закрыли в карцер": a colony's punishment cell, a prison's own penalty.
        Rule(stems: ["водвор", "помещен", "помещён", "помести", "закрыли", "закрыт"], type: .other, near: ["шизо", "карцер", "пкт"], reach: 4),
        // "повалили на землю", "применили силу": force against someone.
        Rule(stems: ["повалил", "применил", "применен", "применён"], type: .physicalAttack, near: ["земл", "сил"], reach: 3),
        // (Not "дело, возбуждённое против неё в начале месяца": the long participle describes a case another act is about.)
        Rule(stems: ["возбудил", "возбужден", "возбуждён"], type: .criminalCaseOpened, near: ["дел"], reach: 4,
             except: ["возбуждённое", "возбужденное", "возбуждённого", "возбужденного", "возбуждённому", "возбужденному", "возбуждённым",
                     "возбужденным", "возбуждённом", "возбужденном", "возбуждённая", "возбужденная", "возбуждённой", "возбужденной",
                     "возбуждённые", "возбужденные", "возбуждённых", "возбужденных"]),
        // "на журналистку завели уголовное дело", "заведено дело": the spoken word for opening a case.
        Rule(stems: ["завел", "завёл", "заведен", "заведён"], type: .criminalCaseOpened, near: ["дел"], reach: 3,
             except: ["заведенное", "заведённое", "заведенного", "заведённого", "заведенном", "заведённом", "заведенным", "заведённым"]),
        // "возбудил в отношении А. Тулеуова уголовное дело": the person between.
        Rule(stems: ["возбудил"], type: .criminalCaseOpened, near: ["уголовн"], reach: 9),
        // "Уголовное дело по ч. 2 ст. 274 УК РК было возбуждено": the articles may stand between.
        Rule(stems: ["возбуждено", "возбуждены"], type: .criminalCaseOpened, near: ["дело", "дела"], reach: 20),
        // "уголовное дело в отношении неё по ч. 1 ст. 274 УК возбудили ещё 4 марта": the case and its article told first.
        // (Not a clause after a comma: "экспертиза была готова ещё до того, как его возбудили".)
        Rule(stems: ["возбудили"], type: .criminalCaseOpened, near: ["дело"], reach: 24, nearInClause: true),
        // "дело … было возбуждено против Даурена": the offence's name in quotes may stand between.
        Rule(stems: ["возбужден", "возбуждён", "возбудил"], type: .criminalCaseOpened, near: ["против"], reach: 2,
             except: ["возбуждённое", "возбужденное", "возбуждённого", "возбужденного", "возбуждённому", "возбужденному", "возбуждённым",
                     "возбужденным", "возбуждённом", "возбужденном", "возбуждённая", "возбужденная", "возбуждённой", "возбужденной",
                     "возбуждённые", "возбужденные", "возбуждённых", "возбужденных"]),
        // ("зарегистрировал в ЕРДР уголовное дело": the register named between.)
        // ("зарегистрировано в Едином реестре досудебных расследований уголовное дело": the register's full name.)
        Rule(stems: ["зарегистрирова"], type: .criminalCaseOpened, near: ["дел"], reach: 7, except: describingParticiples),
        // ("зарегистрировала в ЕРДР досудебное расследование": the same, of a pre-trial investigation.)
        Rule(stems: ["зарегистрирова"], type: .criminalCaseOpened, near: ["расследовани"], reach: 7, except: describingParticiples),
        // "Уголовное дело против Ж. по части 1 статьи 174 УК было зарегистрировано в ЕРДР 3 октября": the neuter agrees with
        // the case named far before, its articles between.
        Rule(stems: ["зарегистрировано"], type: .criminalCaseOpened, near: ["дело"], reach: 16),
        // So does "Досудебное расследование в отношении Кенжебаева Н.А. зарегистрировано в ЕРДР 11 марта", whose subject the
        // person's name and initials stand after.
        Rule(stems: ["зарегистрировано"], type: .criminalCaseOpened, near: ["расследование"], reach: 16),
        // "начал досудебное расследование в отношении …", "было начато досудебное расследование"
        // (Not "Досудебное расследование, зарегистрированное в ноябре, … прекращено": the long participle describes the case
        // another act is about.)
        // (Nor "отказала в начале досудебного расследования": a refusal to open one, below.)
        Rule(stems: ["начал", "начат", "начато", "начата", "возбуд", "зарегистрир"], type: .criminalCaseOpened, near: ["расследовани"], reach: 3,
             except: describingParticiples + ["начале", "возбуждении", "возбуждения"]),
        // "прокуратура отказала в начале досудебного расследования", "отказано в возбуждении уголовного дела": no case opened
        // over what was done to someone; the refusal is the act.
        Rule(stems: ["отказал", "отказано"], type: .other, near: ["начале", "возбуждени"], reach: 2),
        // (Its subject may stand far before it, with the article between: "Досудебное расследование по части 2 статьи 274
        // Уголовного кодекса («…») было начато в январе".)
        Rule(stems: ["начато"], type: .criminalCaseOpened, near: ["расследование"], reach: 24, except: describingParticiples),
        // (Not "отпустили без предъявления обвинения": the verbal noun of a charge not brought.)
        Rule(stems: ["обвинен", "обвинён", "обвиня", "предъявил", "предъявлен"], type: .charged,
             except: ["обвинения", "обвинение", "обвинением", "обвинении", "обвинению", "обвиняемый", "обвиняемого", "обвиняемых",
                      "обвинениям", "обвинениями", "обвинений", "предъявления", "предъявлению", "предъявлением", "предъявлении"]),
        Rule(stems: ["обвинени"], type: .charged, near: ["предъяв"], reach: 3, exceptNear: ["предъявлени"]),
        // The charge as the Code of Criminal Procedure names it: "вынесено постановление о квалификации деяния подозреваемого".
        Rule(stems: ["квалификаци"], type: .charged, near: ["постановлени"], reach: 3),
        // ("оставил оправдание в силе": the acquittal upheld, told by its noun.)
        Rule(stems: ["оправдан", "оправдал"], type: .acquittalOrCaseClosed,
             except: ["оправдание", "оправдания", "оправданию", "оправданием", "оправдании", "оправданий",
                      // ("оправданный освобождён": the person acquitted, named by what befell them.)
                      "оправданный", "оправданного", "оправданному", "оправданным", "оправданная", "оправданной", "оправданную",
                      "оправданные", "оправданных"]),
        Rule(stems: ["прекратил", "прекращен", "прекращён"], type: .acquittalOrCaseClosed, near: ["дел", "преследовани", "производств", "расследовани"], reach: 8),
        // "Павлодарский областной суд отменил постановления о наложении штрафов": the fines annulled.
        Rule(stems: ["отменил", "отменен", "отменён", "отменены"], type: .acquittalOrCaseClosed, near: ["постановлени", "штраф"], reach: 4),
        // "производство по делу в отношении … по части 1 статьи 488 КоАП РК прекращено": the proceedings named far before.
        Rule(stems: ["прекращено"], type: .acquittalOrCaseClosed, near: ["производств"], reach: closedFar),
        // "уголовное дело в отношении К., обвинявшейся по …, прекращено": the neuter verb agrees with the case named far before.
        // (Or with a clause about its opening and a complainant between: "Досудебное расследование по статье 274 УК РК,
        // зарегистрированное в ноябре 2024 года в г. Атырау по заявлению ТОО «…» в отношении журналиста …, 3 мая 2025 года
        // прекращено".)
        Rule(stems: ["прекращено"], type: .acquittalOrCaseClosed, near: ["дело", "расследовани"], reach: closedFar),
        // "дело против пенсионерки А, обвинённой по статье 174 УК …, в феврале прекратили": the case far before its verb.
        Rule(stems: ["прекратили"], type: .acquittalOrCaseClosed, near: ["дело"], reach: closedFar),
        Rule(stems: ["освобожден", "освобождён", "освободил", "отпущен", "отпустил"], type: .release,
             except: ["освобождение", "освобождения", "освобождению", "освобождении", "освобождением"]),
        // ("деятельность общественного фонда «Адал Жол» приостановлена": the body's name comes between.)
        Rule(stems: ["приостановил", "приостановлен"], type: .organizationSuspended, near: ["деятельност", "работ", "выпуск", "издани"], reach: 8),
        // "ОО «Жасыл Өлке» … 05.03.2025 приостановлено решением суда на три месяца": the body itself suspended by a ruling (not a
        // case's proceedings or a term).
        Rule(stems: ["приостановлено", "приостановлена"], type: .organizationSuspended, near: ["решени"], reach: 5,
             awayFrom: ["производств", "рассмотрени", "дел", "следстви", "расследовани", "срок", "исполнени", "действи"]),
        // (Not "группа будет вынуждена отказаться от попыток регистрации": the group giving up.)
        // ("отказал объединению «Жас Толқын» (г. Павлодар) в государственной регистрации": the body's name comes between.)
        Rule(stems: ["отказал", "отказано", "отказ"], type: .registrationDenied, near: ["регистрац", "перерегистрац"], reach: 14, except: refusingAsARule),
        // "отказано в постановке на учёт сетевого издания": an online outlet's registration, by its own name.
        Rule(stems: ["отказал", "отказано", "отказ"], type: .registrationDenied, near: ["постановк"], reach: 3, except: refusingAsARule),
        // ("отказал инициативной группе «Таза Су» в проведении митинга", "отказал группе во главе с гр. Оспановым Данияром
        // Канатовичем в проведении собрания": the group's name, or its leader's, comes between.)
        Rule(stems: ["отказал", "отказано", "отказ"], type: .assemblyRefused, near: ["митинг", "собрани", "пикет", "шестви", "акци", "марш", "согласовани",
                                                                                  "мероприяти"], reach: 14, except: refusingAsARule),
        // ("собрания, не согласованного с акиматом": the long participle describes the gathering; it tells no refusal.)
        Rule(stems: ["согласова"], type: .assemblyRefused, near: ["митинг", "собрани", "пикет", "шестви", "акци", "уведомлени", "заявк"], reach: 14,
             except: ["согласованного", "согласованной", "согласованную", "согласованный", "согласованная", "согласованное", "согласованных",
                      "согласованным", "согласованными", "согласованном"],
             actWhenDenied: true),
        // "Повторное уведомление … было отклонено 10 мая"
        Rule(stems: ["отклонил", "отклонен", "отклонён", "отклонено"], type: .assemblyRefused, near: ["уведомлени", "заявк"], reach: 10),
        // A letter's own refusal, in the present to the one it writes to: "акимат отказывает в согласовании проведения митинга,
        // заявленного Вами на 20 февраля" (not a habit: "акиматы отказывают в согласовании").
        Rule(stems: ["отказывает"], type: .assemblyRefused, near: ["вам", "вами"], reach: 12),
        Rule(stems: ["разогна", "разогнал", "разгон"], type: .assemblyDispersed),
        // "собрание было прекращено", "акцию прекратили"
        Rule(stems: ["прекращен", "прекращён", "прекратил"], type: .assemblyDispersed, near: ["собрани", "митинг", "акци", "пикет", "шестви", "марш"], reach: 3),
        // "уведомление … оставлено без согласования"
        Rule(stems: ["оставлен", "оставил"], type: .assemblyRefused, near: ["согласовани"], reach: 3),
        // "организатору направлен ответ о несогласовании": an akimat's answer refusing.
        Rule(stems: ["несогласовани"], type: .assemblyRefused, near: ["ответ", "решени", "письм"], reach: 3),
        // "Незаконная акция была пресечена сотрудниками полиции"
        Rule(stems: ["пресечен", "пресекл", "пресечён"], type: .assemblyDispersed, near: ["акци", "митинг", "собрани", "пикет", "шестви", "марш", "мероприяти"], reach: 4),
        // "вытеснили собравшихся за пределы площади", "потребовали разойтись".
        Rule(stems: ["вытеснил", "вытеснен", "вытесня", "оттеснил", "оттеснен", "оттеснён", "оттесня"], type: .assemblyDispersed),
        Rule(stems: ["разойтись"], type: .assemblyDispersed, near: ["потребова", "требова", "приказа", "заставил", "вынудил", "вынужден"], reach: 4),
        // "Правозащитнице не дали вылететь в Стамбул": kept from leaving the country.
        Rule(stems: ["вылететь", "выехать"], type: .travelRestriction, near: ["дали", "позволили", "разрешили"], reach: 2, actWhenDenied: true,
             nearInClause: true),
        Rule(stems: ["отключ", "отключил"], type: .internetShutdown, near: ["интернет", "связ"], reach: 3),
        // "в районе площади отсутствовал мобильный интернет"
        Rule(stems: ["отсутствовал"], type: .internetShutdown, near: ["интернет"], reach: 3),
        // "жители остались без мобильного интернета", "мобильный интернет пропал"
        Rule(stems: ["остались", "остался", "осталась", "пропал", "пропала", "пропало"], type: .internetShutdown, near: ["интернет"], reach: 4),
        // "был ограничен доступ к мобильному интернету"
        Rule(stems: ["ограничен", "ограничил"], type: .internetShutdown, near: ["интернет"], reach: 4),
        // "не работал мобильный интернет"
        Rule(stems: ["работал", "работала"], type: .internetShutdown, near: ["интернет"], reach: 3, actWhenDenied: true),
        // "о резком замедлении мобильного интернета", "интернет замедлили".
        Rule(stems: ["замедлени", "замедлил", "замедлен", "замедля"], type: .internetShutdown, near: ["интернет"], reach: 3),
        Rule(stems: ["избит", "избил", "напал"], type: .physicalAttack),
        // "толкнули корреспондента …, вырвали телефон": a push at someone reporting or protesting. (Not "толкнул полицейского",
        // what a protester is accused of.)
        Rule(stems: ["толкнул", "оттолкнул"], type: .physicalAttack,
             near: ["корреспондент", "журналист", "активист", "блогер", "пенсионер", "женщин", "оператор", "фотограф"], reach: 4),
        // "сломали ей нос", "сломали ему руку": an injury done to someone.
        Rule(stems: ["сломал"], type: .physicalAttack, near: ["нос", "руку", "ребр", "рёбр", "челюст", "палец", "пальцы", "ногу"], reach: 3),
        // "нанёс журналисту несколько ударов", "нанесли ему побои", "причинил телесные повреждения" (not "нанесение ударов", a
        // charge's name, nor "нанёс ущерб").
        Rule(stems: ["нанес", "нанёс"], type: .physicalAttack, near: ["удар", "побо", "телесн", "ранени"], reach: 14,
             except: ["нанесение", "нанесения", "нанесении", "нанесением", "нанесенный", "нанесённый", "нанесенных", "нанесённых"]),
        Rule(stems: ["причинил", "причинен", "причинён"], type: .physicalAttack, near: ["телесн"], reach: 3),
        // "ударил в лицо мужчина в штатском"
        Rule(stems: ["ударил", "ударила", "ударили"], type: .physicalAttack, near: ["лиц", "голов", "живот", "ног", "дубинк", "кулак", "спин", "рук"], reach: 3),
        // The noun tells an attack only with a verb of undergoing it: "подвергся нападению", not "по факту нападения".
        Rule(stems: ["избиени", "нападени"], type: .physicalAttack, near: ["подверг", "совершен", "совершил", "произош"], reach: 3),
        Rule(stems: ["подожгл", "поджог", "поджег", "поджёг", "сожгл", "сожжен", "сожжён", "разбил", "выбил", "повредил", "повреждён", "поврежден",
                     "проколол", "порезал"],
             type: .propertyAttack, near: ["машин", "автомобил", "дом", "офис", "двер", "окн", "квартир", "стекл", "шин", "колес", "колёс"], reach: 4),
        // A reporter's tools broken: "выбили из рук камеру и разбили об асфальт" (in a beating, the beating's: below).
        Rule(stems: ["разбил", "выбил", "повредил", "сломал"], type: .propertyAttack, near: RussianEventRecognizer.tools, reach: 4),
        Rule(stems: ["слежк", "прослуш"], type: .surveillance),
        // "обнаружила под днищем машины GPS-трекер", "нашёл в автомобиле устройство слежения" (with "слежения" above).
        Rule(stems: ["трекер", "маячок", "маячк", "жучок", "жучк", "слежени"], type: .surveillance, near: ["обнаруж", "нашл", "нашёл", "нашел", "установ"], reach: 6),
        // ("По обыску будем жаловаться": about the search told.)
        // ("Теперь понятно, зачем был обыск": why the search told was made.)
        Rule(stems: ["обыск"], type: .searchOfPremises, except: ["обыску"], awayFrom: ["зачем", "почему"]),
        Rule(stems: ["выезд"], type: .travelRestriction, near: ["запрет", "запрещ", "огранич"], reach: 3),
        // "вынес постановление о запрете Нурлановой выезжать за пределы Казахстана"
        Rule(stems: ["выезжа"], type: .travelRestriction, near: ["запрет", "запрещ"], reach: 3),
        // "взяли с него подписку о невыезде", "мера пресечения — подписка о невыезде"
        Rule(stems: ["невыезд"], type: .travelRestriction, near: ["подписк"], reach: 2),
        Rule(stems: ["выпустил", "выпускают", "выпускали"], type: .travelRestriction, near: ["границ", "страны", "рубеж", "рейс", "казахстан"], reach: 4,
             actWhenDenied: true),
        // "пограничники сняли его с рейса на Стамбул"
        Rule(stems: ["сняли", "снял", "сняла"], type: .travelRestriction, near: ["рейс"], reach: 6),
        // A colony's reprimand: "администрация объявила ему выговор" (not an employer's, "директор объявил мне выговор").
        Rule(stems: ["выговор"], type: .warning, near: ["администрац", "колони", "осужд", "заключ"], reach: 4),
        Rule(stems: ["предупреждени", "предостережени"], type: .warning,
             // ("вынесла ОФ «Дала мұрасы» официальное предостережение", "вынес в адрес ОО «…» письменное предупреждение": the body's name between.)
             near: ["вынес", "адрес", "объяв", "получил", "выдал", "форме", "ограничил", "виде", "назначен", "вруч",
                    // ("подвергнут предупреждению по части 1 статьи 488")
                    "подвергнут", "подвергли",
                    // ("дали подписать предостережение о недопустимости нарушения закона": a warning signed for.)
                    "подписа"], reach: 10),
        // "суд признал забастовку незаконной": a ruling on a strike, against the union that called it.
        Rule(stems: ["признал", "признан"], type: .other, near: ["забастовк", "стачк"], reach: 3,
             except: ["признанной", "признанную", "признанная", "признанного", "признанные", "признанных", "признанный", "признанным", "признанном", "признанное"]),
        // "заменил ей неотбытую часть наказания лишением свободы"
        Rule(stems: ["заменил", "заменен", "заменён"], type: .other, near: ["наказани", "ограничени", "штраф"], reach: 5),
        // "приказом ректора он был отчислен с третьего курса", "отчислили из университета": a student expelled.
        Rule(stems: ["отчислен", "отчислил", "отчислят"], type: .other),
        // "с 10 по 14 мая за ней повсюду следовал автомобиль без номеров"
        // ("за мной три дня подряд ездила серая машина без номеров")
        Rule(stems: ["следовал", "ездил"], type: .surveillance, near: ["автомобил", "машин", "номеров"], reach: 6),
        // A sentence changed on appeal: "приговор изменён: срок снижен до полутора лет".
        Rule(stems: ["изменён", "изменен", "снижен", "смягчен", "смягчён", "смягчил", "снизил"], type: .other, near: ["приговор", "срок", "наказани"], reach: 4),
        // A penalty cut on appeal: "областной суд снизил штраф до 50 МРП", "арест сократили до пяти суток".
        Rule(stems: ["снизил", "снижен", "сократил", "сокращен", "сокращён", "уменьшил"], type: .other, near: ["штраф", "арест", "сут"], reach: 4),
        // A court closed to the press: "судья запретил вести видеосъёмку", "журналистов не пустили в зал", "не допустили в зал
        // суда".
        Rule(stems: ["запретил", "запрещен", "запрещён"], type: .other, near: ["съёмк", "съемк", "видеосъ", "фотографир", "аудиозапис", "видеозапис"], reach: 6),
        Rule(stems: ["допустил", "допущен", "пустил", "пустили", "разрешил", "разрешено"], type: .other,
             near: ["зал", "заседани", "съёмк", "съемк", "видеосъ", "фотографир", "аудиозапис", "видеозапис"], reach: 8, actWhenDenied: true),
        // "отказано в удовлетворении ходатайства об условно-досрочном освобождении"
        Rule(stems: ["отказано", "отказал"], type: .other, near: ["ходатайств"], reach: 4),
        // "отказал в передаче кассационной жалобы", "отказал Жанкелдину в условно-досрочном освобождении"
        Rule(stems: ["отказано", "отказал"], type: .other, near: ["кассацион", "досрочн"], reach: 8),
        // "удовлетворён иск прокурора о ликвидации объединения"; "удовлетворён иск … к журналисту о защите чести".
        Rule(stems: ["ликвидаци"], type: .organizationBanned, near: ["удовлетвор"], reach: 6),
        Rule(stems: ["удовлетворён", "удовлетворен", "удовлетворил"], type: .other, near: ["иск"], reach: 3),
        // "пограничная служба не пропустила за рубеж"
        Rule(stems: ["пропустил", "пропустила", "пропустили"], type: .travelRestriction, near: ["рубеж", "границ", "погранич", "аэропорт", "рейс"], reach: 4,
             actWhenDenied: true),
        Rule(stems: ["заблокирова", "блокиров"], type: .other),
        // "не удовлетворил жалобу защиты": a complaint turned down.
        Rule(stems: ["удовлетворил", "удовлетворен", "удовлетворён"], type: .other, near: ["жалоб", "апелляц"], reach: 3, actWhenDenied: true),
        // "доступ к каналу … был ограничен": a site or channel blocked.
        Rule(stems: ["ограничен", "ограничил"], type: .other, near: ["доступ"], reach: 12),
        // "жалоба … оставлена без удовлетворения": a complaint turned down.
        Rule(stems: ["оставлен", "оставил"], type: .other, near: ["удовлетворени"], reach: 3),
        // "прокуратура … признала задержание законным": a complaint against an act turned down.
        Rule(stems: ["законным", "законными", "правомерным", "правомерными"], type: .other,
             near: ["признал", "признан"], reach: 3),
        // Equipment taken, an accreditation withdrawn.
        Rule(stems: ["изъял", "изъят", "конфискова"], type: .other,
             near: ["техник", "камер", "телефон", "ноутбук", "компьютер", "тираж", "оборудовани", "карт", "сервер", "диктофон"], reach: 5,
             except: ["изъятая", "изъятую", "изъятые", "изъятых", "изъятой", "изъятого", "изъятым", "изъятыми", "изъятое", "изъятый", "изъять",
                      "конфисковать"]),
        Rule(stems: ["отозвал", "отозван", "лишил", "лишен", "лишён", "аннулирова"], type: .other, near: ["аккредитац"], reach: 3),
        // "отказала корреспонденту издания … в аккредитации"
        Rule(stems: ["отказал", "отказано"], type: .other, near: ["аккредитац"], reach: 10),
        Rule(stems: ["отклонил", "отклонен", "отклонён", "оставил", "оставлен"], type: .other, near: ["жалоб", "апелляц", "ходатайств", "иск", "изменени", "сил"], reach: 6),
        // "оставила приговор Уральского городского суда от 12 марта 2025 года без изменения": the ruling named at length between.
        Rule(stems: ["оставил", "оставлен"], type: .other, near: ["приговор", "постановлени", "решени"], reach: 2),
        Rule(stems: ["вызван", "вызвали", "вызывал"], type: .other, near: ["допрос", "полици", "прокуратур"], reach: 4),
        // "Рассмотрение дела по существу началось 2 сентября": a trial begun.
        Rule(stems: ["началось", "начался", "начались", "стартовал"], type: .other, near: ["рассмотрени", "процесс", "слушани", "заседани", "разбирательств"], reach: 8),
        // "Суд над Сейтказиным начался 3 октября": the trial, by its commonest word.
        Rule(stems: ["начался"], type: .other, near: ["суд"], reach: 6, exceptNear: ["судь"]),
        // "в тот же день он вышел из СИЗО"
        Rule(stems: ["вышел", "вышла", "вышли"], type: .release, near: ["сизо", "спецприемник", "спецприёмник", "колони", "заключени", "изолятор", "свобод", "ворота"], reach: 3),
        // "вышла из специального приёмника", "Жанар вышла 12 апреля вечером, … в спецприёмнике хотя бы тихо"
        Rule(stems: ["вышел", "вышла", "вышли"], type: .release, near: ["приёмник", "приемник", "спецприём", "спецприем"], reach: 14),
        // "Меня выпустили из колонии 17 октября": let out of where someone was held.
        // "Сегодня утром отсидел свои десять суток": out, the arrest served.
        Rule(stems: ["отсидел"], type: .release, near: ["суток", "сутки"], reach: 3),
        Rule(stems: ["выпустил", "выпущен"], type: .release, near: ["сизо", "колони", "изолятор", "спецприемник", "спецприёмник", "тюрьм", "заключени", "страж"], reach: 4),
        // "следственный судья дал санкцию на арест": the custody's warrant.
        Rule(stems: ["санкцию", "санкция"], type: .pretrialDetention, near: ["арест"], reach: 2),
        // An inspection of an organisation; a lawsuit to close it.
        Rule(stems: ["проверк"], type: .other, near: ["провел", "провёл", "провела", "провели", "внеплан", "налогов"], reach: 3),
        Rule(stems: ["подал", "подала", "подали", "направил"], type: .other, near: ["иск"], reach: 2),
        Rule(stems: ["депортирова", "выдворен", "выдворил", "экстрадирова"], type: .other),
        // Listed as connected with extremism or terrorism financing, put on the wanted list, dismissed from work.
        Rule(stems: ["включен", "включён", "внесен", "внесён", "включил", "внесл"], type: .other,
             near: ["перечень", "перечня", "список", "списка", "реестр"], reach: 3),
        Rule(stems: ["объявлен", "объявил"], type: .other, near: ["розыск"], reach: 2),
        Rule(stems: ["уволен", "уволил"], type: .other,
             except: ["уволился", "уволилась", "уволились", "уволиться", "уволенные", "уволенных", "уволенным", "уволенными", "уволенный", "уволенного", "уволенная", "уволенной"]),
    ]

    /// The first letters of every stem: most words begin with none of them and are passed over unread.
    private static let initials = Set(rules.flatMap { $0.stems.compactMap { $0.unicodeScalars.first?.value } })

    /// The rules whose stems begin with a word's first two letters, in the rules' order.
    private static let byOpening: [UInt64: [Int]] = {
        var table: [UInt64: [Int]] = [:]
        for (index, rule) in rules.enumerated() {
            for opening in Set(rule.stems.map(opening(of:))) where table[opening]?.last != index { table[opening, default: []].append(index) }
        }
        return table
    }()

    /// A word's first two letters as one number.
    private static func opening(of word: String) -> UInt64 {
        var scalars = word.unicodeScalars.makeIterator()
        let first = UInt64(scalars.next()?.value ?? 0), second = UInt64(scalars.next()?.value ?? 0)
        return first << 32 | second
    }

    private static let timePrepositions = WordSet(["после", "до", "накануне"])
    private static let offenceObjects = ["розн", "ненавист", "вражд"]
    /// Words that, right before a trigger, deny it: "не был задержан", "не задерживали".
    private static let negations = WordSet(["не", "ни", "нет"])
    /// (In the nominative: the subject's own detention told in passing. "приговорил Байжанова, задержанного 11 марта" re-mentions one.)
    private static let datedParticiples = WordSet(["задержанный", "задержанная", "задержанные"])
    private static let auxiliaries = WordSet(["был", "была", "было", "были", "будет", "будут", "стал", "стала",
                                              // "не дали вылететь", "не позволили выехать": an infinitive let or not.
                                              "дали", "позволили", "разрешили"])

    /// The acts of a sentence with the sanctions it gives, which decide what a court's sentence was.
    static func events(in t: ArraySlice<Token>, sanctions: [SanctionMention]) -> [EventMention] {
        if EventRecognizer.announcesContents(t) { return [] }
        // An interviewer's question, "— Самата и Дину тоже арестовали?", asks; the answer tells. (One that gives the act's day,
        // "— Вас задержали 5 мая 2025 года?", tells it, for the "Да." after it.)
        if t.last(where: { !($0.isMark("»") || $0.isMark("\"") || $0.isMark(")")) })?.isMark("?") == true,
           !t.indices.contains(where: { $0 + 1 < t.endIndex && t[$0].isNumber && RussianWords.month(of: t[$0 + 1]) != nil }) { return [] }
        var found: [EventMention] = []
        for k in t.indices where t[k].isWord && initials.contains(t[k].first.value) {
            let w = t[k].lower
            guard let candidates = byOpening[opening(of: w)] else { continue }
            // "После обыска его доставили …", "до задержания": an act named after a preposition of time tells when; so does
            // one a verbal noun puts there ("до перевода под домашний арест").
            if k > t.startIndex, timePrepositions.contains(t[k - 1].lower) { continue }
            if namedAsATime(k, in: t) { continue }
            // "по части 2 статьи 405 УК (участие в деятельности запрещённой организации)": the offence's name.
            if insideOffenceName(k, in: t) { continue }
            // "по делу о «возбуждении розни»": the offence's name, not a case opened.
            if k + 1 < t.endIndex, offenceObjects.contains(where: { t[k + 1].lower.hasBytePrefix($0) }) { continue }
            for index in candidates {
                let rule = rules[index]
                guard rule.stems.contains(where: { w.hasBytePrefix($0) }) else { continue }
                if rule.except.contains(where: { RussianWords.same(w, $0) }) || (rule.needsSanction && sanctions.isEmpty) { continue }
                // "обвинитель просил назначить семь лет": what a party asked for is no act. (The police demanding that a crowd
                // disperse, "потребовала разойтись", is the dispersal.)
                // ("Следователь просил содержание под стражей": the act asked for by its noun.)
                if rule.type != .assemblyDispersed,
                   t[max(t.startIndex, k - 3)..<k].contains(where: { w in requests.contains { w.lower.hasBytePrefix($0) } }) { continue }
                // ("На митингах меня задерживали раз пять, пару раз штрафовали": a history counted, no act told.)
                if RussianParagraphReader.countsTimes(near: k, in: t) { continue }
                // ("рассказал, как проходили обыск и суд": the story's topic, not the act told.)
                if let j = (max(t.startIndex, k - 3)..<k).first(where: { t[$0].lower.hasBytePrefix("проходил") || t[$0].lower.hasBytePrefix("происходил") }),
                   j > t.startIndex, t[j - 1].lower == "как" { continue }
                // ("прокурор попросил признать активиста виновным … и назначить семь лет": what follows the infinitive asked for, too.)
                if askedFor(k, in: t) { continue }
                // ("Кроме постановления об обыске, нам ничего не показали": the warrant, not the search, told elsewhere; but "пришли с
                // постановлением об обыске" came to search.)
                if rule.type == .searchOfPremises, k - 2 >= t.startIndex, ["об", "о"].contains(t[k - 1].lower), t[k - 2].lower == "постановления" { continue }
                // ("отложил рассмотрение жалобы на домашний арест": a complaint against the act, told as its object.)
                if k - 2 >= t.startIndex, RussianWords.same(t[k - 1].lower, "на"), t[k - 2].lower.hasBytePrefix("жалоб") { continue }
                // ("Сагындыков, находящийся под домашним арестом, …": a state the person is in, told in passing.)
                if t[max(t.startIndex, k - 3)..<k].contains(where: { w in stateParticiples.contains { w.lower.hasBytePrefix($0) } }) { continue }
                // ("остаётся под запретом на выезд", "остаются под стражей": a state that goes on.)
                if t[max(t.startIndex, k - 4)..<k].contains(where: { w in remainings.contains { w.lower.hasBytePrefix($0) } }) { continue }
                if rule.near.isEmpty, !rule.awayFrom.isEmpty,
                   t[max(t.startIndex, k - rule.reach)..<min(t.endIndex, k + rule.reach + 1)].contains(where: { w in rule.awayFrom.contains(where: w.lower.hasBytePrefix) }) {
                    continue
                }
                if !rule.near.isEmpty {
                    let window = t[max(t.startIndex, k - rule.reach)..<min(t.endIndex, k + rule.reach + 1)]
                    guard let near = window.indices.first(where: { j in
                        j != k && rule.near.contains(where: t[j].lower.hasBytePrefix) && !rule.exceptNear.contains(where: t[j].lower.hasBytePrefix)
                    }) else { continue }
                    if rule.nearInClause, near > k || t[near..<k].contains(where: { $0.isMark(",") || $0.isMark(":") }) { continue }
                    // ("отпустили, так и не предъявив обвинения": the word beside the act denied.)
                    if near < k, isNegated(near, in: t), !rule.actWhenDenied { continue }
                    // ("Азамата прямо с плакатом забрали в полицию": the thing he held, not the thing taken.)
                    if !rule.awayFrom.isEmpty, window.indices.contains(where: { j in
                        rule.awayFrom.contains(where: t[j].lower.hasBytePrefix) && !(j > t.startIndex && ["с", "со"].contains(t[j - 1].lower))
                    }) { continue }
                    // "После оглашения приговора полиция задержала …": the verdict's reading tells when, not an act.
                    // ("доставили в отдел полиции после того, как …": a time after the act is not the act's.)
                    // ("…, после чего были доставлены в полицию": after what came before, the act itself.)
                    // ("После обыска её доставили в полицию": after another act, this one.)
                    if t[max(t.startIndex, k - rule.reach)..<k].indices.contains(where: { j in
                        RussianWords.same(t[j].lower, "после") && (j + 1 == k || rule.near.contains(where: t[j + 1].lower.hasBytePrefix))
                            // ("на следующий день после задержания суд санкционировал арест": a day counted from the act, then this one.)
                            && !(j > t.startIndex && RussianWords.same(t[j - 1].lower, "день"))
                    }) { continue }
                }
                // "судья отказался приобщить к делу видеозапись пикета": a refusal of something else than the assembly.
                if rule.type == .assemblyRefused || rule.type == .registrationDenied, refusesSomethingElse(k, in: t) { continue }
                // "не согласовали митинг" is a refusal; any other act with "не" before it did not happen.
                if isNegated(k, in: t) != rule.actWhenDenied { if rule.actWhenDenied { continue } else { break } }
                let type = refine(rule.type, at: k, in: t, sanctions: sanctions)
                if !found.contains(where: { $0.type == type && abs($0.trigger.lowerBound - k) <= 6 }) {
                    found.append(EventMention(type: type, trigger: k...k))
                }
                break
            }
        }
        // "Жакупов, задержанный 19 марта во время приёма граждан, …": a participle with its day tells the detention.
        for k in t.indices where k + 2 < t.endIndex && datedParticiples.contains(t[k].lower) && t[k + 1].isNumber
            && RussianWords.month(of: t[k + 2]) != nil && !found.contains(where: { $0.type == .detention && abs($0.trigger.lowerBound - k) <= 6 }) {
            found.append(EventMention(type: .detention, trigger: k...k))
        }
        // "санкционировал домашний арест" is house arrest; "возбудила уголовное дело по факту порчи имущества" is a case
        // about a crime, not against anyone.
        // ("санкционировал арест А, а Б поместил под домашний арест": two acts.)
        if let house = found.first(where: { $0.type == .houseArrest }) {
            found.removeAll { $0.type == .pretrialDetention && t[$0.trigger.lowerBound].lower.hasBytePrefix("санкционирова")
                && house.trigger.lowerBound - $0.trigger.lowerBound <= 3 }
        }
        // (But a case "по факту публикации на сайте «Тобол-Инфо»" is against the outlet.)
        let overAnOutlet = t.contains { $0.isMark("«") } && t.contains { w in ["сайт", "издани", "газет", "портал", "канал"].contains { w.lower.hasBytePrefix($0) } }
        // (Nor is one "по факту размещения гр. А публикации": a case over what someone posted is against its author.)
        if found.contains(where: { $0.type == .criminalCaseOpened }), !overAnOutlet,
           let fact = t.indices.first(where: { $0 + 1 < t.endIndex && RussianWords.same(t[$0].lower, "по") && RussianWords.same(t[$0 + 1].lower, "факту") }),
           !(fact + 2 < t.endIndex && Self.postings.contains { t[fact + 2].lower.hasBytePrefix($0) }) {
            found.removeAll { $0.type == .criminalCaseOpened }
        }
        // "Его не задерживали: полицейские переписали данные и отпустили": let go from no detention.
        if t.indices.contains(where: { $0 + 1 < t.endIndex && negations.contains(t[$0].lower) && t[$0 + 1].lower.hasBytePrefix("задерж") }) {
            found.removeAll { $0.type == .release }
        }
        // "Сведения о приостановлении деятельности объединения не подтвердились": an act a check found untrue is none.
        // (Not "полиция не подтвердила задержание": what the police did not confirm may still have happened.)
        // (Nor a reason quoted: "отказала в регистрации, указав, что «факты … не подтвердились»".)
        if let denied = t.indices.first(where: { k in k + 1 < t.endIndex && negations.contains(t[k].lower)
            && t[k + 1].lower.hasBytePrefix("подтвер") && ["ись", "ась", "ось", "ся"].contains { t[k + 1].lower.hasByteSuffix($0) } }),
           t[..<denied].filter({ $0.isMark("«") }).count == t[..<denied].filter({ $0.isMark("»") }).count {
            found.removeAll { $0.trigger.upperBound < denied }
        }
        // "удовлетворён иск о ликвидации": the liquidation is the act.
        if found.contains(where: { $0.type == .organizationBanned }) { found.removeAll { $0.type == .other && t[$0.trigger.lowerBound].lower.hasBytePrefix("удовлетвор") } }
        // "вызвали в полицию и вручили предостережение": the summons was the way to the warning.
        if found.contains(where: { $0.type == .warning }) { found.removeAll { $0.type == .other && t[$0.trigger.lowerBound].lower.hasBytePrefix("вызв") } }
        // "оштрафовал фонд на 200 МРП и приостановил его деятельность": one decision, the suspension with its fine.
        if found.contains(where: { $0.type == .organizationSuspended }) { found.removeAll { $0.type == .fine } }
        // "признал всех троих виновными …: А и Б оштрафовал …, В вынес предупреждение": the finding of guilt is that of the
        // fines and the warning, no criminal sentence of its own.
        if found.contains(where: { [.fine, .warning, .administrativeArrest].contains($0.type) }),
           !sanctions.contains(where: { [.imprisonment, .restrictionOfFreedom].contains($0.sanction.kind) }) {
            found.removeAll { $0.type == .conviction && t[$0.trigger.lowerBound].lower.hasBytePrefix("виновн") }
        }
        // "на приговор от 2 февраля, которым он осуждён по …": the verdict appealed against, told by what it did.
        found.removeAll { e in
            e.type == .conviction && t[max(t.startIndex, e.trigger.lowerBound - 3)..<e.trigger.lowerBound].contains { ["которым", "которой"].contains($0.lower) }
        }
        // "дело против пенсионерки А, обвинённой по статье 174 УК, … прекратили": a participle saying what she was charged with,
        // beside the act the sentence tells.
        if found.contains(where: { $0.type != .charged }) {
            found.removeAll { e in e.type == .charged && chargedParticiples.contains(t[e.trigger.lowerBound]) }
        }
        // ("… не является основанием для прекращения собрания": an act named as what a ground would be for.)
        found.removeAll { e in
            let k = e.trigger.lowerBound
            return k - 1 >= t.startIndex && t[k - 1].lower == "для" && t[max(t.startIndex, k - 4)..<(k - 1)].contains { $0.lower.hasBytePrefix("основани") }
        }
        // "избили блогера, сломали ему нос и разбили телефон": the phone broken in a beating is the beating's.
        if found.contains(where: { $0.type == .physicalAttack }) { found.removeAll { $0.type == .propertyAttack && breaksATool($0.trigger, in: t) } }
        // "по предъявленному обвинению … оправдать": the charge a verdict answers, no charge brought.
        // ("о недоказанности предъявленного обвинения": the charge brought, named by a long participle; "предъявлено" tells it.)
        found.removeAll { e in e.type == .charged && t[e.trigger.lowerBound].lower.hasBytePrefix("предъявленн") }
        // "19 февраля акимат отказал: «на площади …»": the akimat's refusal with nothing named after it is of the assembly it
        // was notified of. (Not "акимат отказал в выделении участка": a refusal of something named.)
        // (Nor with its addressee alone: "акимат вновь отказал группе, указав на ремонт".)
        if found.isEmpty, let k = t.indices.first(where: { t[$0].lower.hasBytePrefix("отказал") && !t[$0].lower.hasBytePrefix("отказался") }),
           k + 1 < t.endIndex, t[k + 1].kind == .punctuation
            || (k + 2 < t.endIndex && Self.refusedAddressees.contains(t[k + 1]) && t[k + 2].kind == .punctuation),
           t[max(t.startIndex, k - 3)..<k].contains(where: { $0.lower.hasBytePrefix("акимат") }) {
            found.append(EventMention(type: .assemblyRefused, trigger: k...k))
        }
        // "А оправдать": a verdict's operative infinitive, not one asked for ("просит оправдать").
        if !found.contains(where: { $0.type == .acquittalOrCaseClosed }),
           let k = t.indices.first(where: { RussianWords.same(t[$0].lower, "оправдать") }), !askedFor(k, in: t) {
            found.append(EventMention(type: .acquittalOrCaseClosed, trigger: k...k))
        }
        // "состоял в движении, которое признано в Казахстане экстремистским", "партия, которая в 2023 году была запрещена": what
        // the body is, not a ban told. ("решение, которым движение признано экстремистским" tells the decision.)
        found.removeAll { e in
            e.type == .organizationBanned && t[max(t.startIndex, e.trigger.lowerBound - Self.clauseReach)..<e.trigger.lowerBound].lastIndex(where: { $0.isMark(",") })
                .map { comma in comma + 1 < e.trigger.lowerBound && Self.nominativeRelatives.contains(t[comma + 1].lower) } ?? false
        }
        // "жалобу Профсоюза на постановление о приостановлении деятельности", "протест … на решение о ликвидации": the decision
        // an appeal is against, told before.
        found.removeAll { e in
            let k = e.trigger.lowerBound
            return k - 3 >= t.startIndex && ["о", "об"].contains(t[k - 1].lower)
                && (t[k - 2].lower.hasBytePrefix("постановлени") || t[k - 2].lower.hasBytePrefix("решени")) && t[k - 3].lower == "на"
        }
        // "за участие в ДВК (запрещена в РК как экстремистская)": what the body is, said in brackets after its name.
        found.removeAll { e in
            e.type == .organizationBanned && e.trigger.lowerBound > t.startIndex && t[e.trigger.lowerBound - 1].isMark("(")
        }
        // "несмотря на отказ в согласовании, у здания собралась группа": an act named as what people went ahead despite.
        found.removeAll { e in
            e.trigger.lowerBound - 2 >= t.startIndex && RussianWords.same(t[e.trigger.lowerBound - 1].lower, "на")
                && RussianWords.same(t[e.trigger.lowerBound - 2].lower, "несмотря")
        }
        // "освобождён из-под домашнего ареста": the house arrest ended, not begun.
        found.removeAll { e in
            e.type == .houseArrest && e.trigger.lowerBound - 3 >= t.startIndex && RussianWords.same(t[e.trigger.lowerBound - 1].lower, "под")
                && t[e.trigger.lowerBound - 2].isMark("-") && RussianWords.same(t[e.trigger.lowerBound - 3].lower, "из")
        }
        // "Подсудимые: Т. (содержится под стражей), Ж. (находится под домашним арестом)": where a party is now, said in
        // brackets after the name, is no act.
        found.removeAll { e in
            guard let open = t[max(t.startIndex, e.trigger.lowerBound - 5)..<e.trigger.lowerBound].lastIndex(where: { $0.isMark("(") }),
                  open + 1 < e.trigger.lowerBound else { return false }
            return Self.statesNow.contains(t[open + 1]) && !t[open..<e.trigger.lowerBound].contains { $0.isMark(")") }
        }
        // "Под стражей не содержится": no custody; nor "Мера пресечения в виде содержания под стражей к нему не применялась".
        if t.indices.contains(where: { k in t[k].lower == "не" && k + 1 < t.endIndex
            && (t[k + 1].lower.hasBytePrefix("содерж") || t[k + 1].lower.hasBytePrefix("применял") || t[k + 1].lower.hasBytePrefix("избирал")) }) {
            found.removeAll { $0.type == .pretrialDetention }
        }
        // "репост видео, на котором полицейские задерживают участников": what a video or photo shows.
        found.removeAll { e in
            t[max(t.startIndex, e.trigger.lowerBound - 4)..<e.trigger.lowerBound].indices.contains { k in
                ["котором", "которой", "которых"].contains(t[k].lower) && k > t.startIndex && t[k - 1].lower == "на"
            }
        }
        // "помещён в следственный изолятор": custody ordered, not a police cell.
        for i in found.indices where found[i].type == .detention {
            if t[found[i].trigger.lowerBound...min(t.endIndex - 1, found[i].trigger.upperBound + 4)].contains(where: { $0.lower.hasBytePrefix("следственн") }) {
                found[i].type = .pretrialDetention
            }
        }
        // "водворили в штрафной изолятор": a colony's punishment cell, a prison's own penalty, not an arrest.
        for i in found.indices where found[i].type == .detention {
            if t[found[i].trigger.lowerBound...min(t.endIndex - 1, found[i].trigger.upperBound + 4)].contains(where: { $0.lower.hasBytePrefix("штрафн") }) {
                found[i].type = .other
            }
        }
        // "освобождена из следственного изолятора": where she was let out of, not a custody begun.
        found.removeAll { e in
            e.type == .pretrialDetention && t[max(t.startIndex, e.trigger.lowerBound - 3)..<e.trigger.lowerBound].contains { $0.lower == "из" }
        }
        // "не удовлетворил жалобу защиты на арест": the arrest complained of, not ordered.
        found.removeAll { e in
            e.type == .pretrialDetention && t[max(t.startIndex, e.trigger.lowerBound - 5)..<e.trigger.lowerBound].contains { $0.lower.hasBytePrefix("жалоб") }
        }
        // "Редакция требует найти виновных": the culprits sought.
        found.removeAll { e in
            e.type == .conviction && t[e.trigger.lowerBound].lower.hasBytePrefix("виновн") && e.trigger.lowerBound > t.startIndex
                && ["найти", "наказать", "установить", "найдут", "наказали"].contains(t[e.trigger.lowerBound - 1].lower)
        }
        // "домашний арест Тулегеновой был заменён запретом на выезд": the house arrest ended, replaced by another measure.
        found.removeAll { e in
            e.type == .houseArrest && t[(e.trigger.upperBound + 1)..<min(t.endIndex, e.trigger.upperBound + 7)]
                .contains { w in ["заменён", "заменен", "отменён", "отменен", "изменён", "изменен", "снят"].contains(w.lower) }
        }
        // "в отношении жителя Б., обвинявшегося по части 1 статьи 174 УК": the charge tells who the case is about.
        found.removeAll { $0.type == .charged && t[$0.trigger.lowerBound].lower.hasBytePrefix("обвинявш") }
        // "жителей, которых обвиняли в беспорядках", "журналистки, которую полиция обвиняла в правонарушении": a charge told
        // as who they are.
        found.removeAll { e in
            e.type == .charged && t[max(t.startIndex, e.trigger.lowerBound - 3)..<e.trigger.lowerBound].reversed()
                .prefix { !$0.isMark(",") }.contains { ["которых", "которые", "который", "которого", "которую", "которой"].contains($0.lower) }
        }
        // "видеозапись о якобы применении силы сотрудниками полиции": an act a post is said to have claimed, not one told.
        found.removeAll { e in e.trigger.lowerBound > t.startIndex && t[e.trigger.lowerBound - 1].lower == "якобы" }
        // "публикация поста о применении силы к задержанным": what a post was about, by its noun, not an act told.
        found.removeAll { e in
            e.type == .physicalAttack && t[e.trigger.lowerBound].lower.hasByteSuffix("нии") && e.trigger.lowerBound > t.startIndex
                && ["о", "об"].contains(t[e.trigger.lowerBound - 1].lower)
        }
        // "Ходатайство защиты об избрании домашнего ареста было отклонено", "просила избрать домашний арест": a house arrest
        // asked for, not ordered.
        // (Not one ordered "по ходатайству следователя", on the motion granted.)
        // (Within its clause: "не содержание под стражей, о котором просил следователь, а домашний арест" orders it.)
        found.removeAll { e in
            let before = t[max(t.startIndex, e.trigger.lowerBound - 8)..<e.trigger.lowerBound]
            let clause = before[((before.lastIndex { $0.isMark(",") }).map { $0 + 1 } ?? before.startIndex)...]
            return e.type == .houseArrest && clause.indices.contains { k in
                ["ходатайств", "просил", "просьб", "просит", "просят"].contains { t[k].lower.hasBytePrefix($0) }
                    && !(k > t.startIndex && t[k - 1].lower == "по")
            }
        }
        // "в период домашнего ареста", "во время домашнего ареста": a time told by the measure, not its ordering.
        found.removeAll { e in
            e.type == .houseArrest && t[max(t.startIndex, e.trigger.lowerBound - 2)..<e.trigger.lowerBound].contains { ["период", "время", "срок"].contains($0.lower) }
        }
        // "С приговором в части осуждения моего подзащитного не согласна": an act disputed by its noun, not told.
        if t.contains(where: { $0.lower.hasBytePrefix("согласн") }), t.contains(where: { $0.lower == "не" }) {
            found.removeAll { e in ["ния", "ние", "нием", "нии"].contains { t[e.trigger.lowerBound].lower.hasByteSuffix($0) } }
        }
        // "семьи тех, кого задержали, арестовали или судят": who the people are, as a class, not an act told.
        found.removeAll { e in
            t[max(t.startIndex, e.trigger.lowerBound - 8)..<e.trigger.lowerBound].indices.contains { k in
                t[k].lower == "кого" && k > t.startIndex + 1 && t[k - 1].isMark(",") && ["тех", "всех", "те", "все"].contains(t[k - 2].lower)
            }
        }
        // "ни разу не слышала слово «оправдан»": a word quoted, not an act.
        found.removeAll { EventRecognizer.quotesTheWord($0.trigger, in: t) }
        // "суд отклонил иск ТОО … к изданию": a suit against the outlet turned down, no act against it.
        found.removeAll { e in
            e.type == .other && t[e.trigger.lowerBound].lower.hasBytePrefix("отклон")
                && t[e.trigger.upperBound..<min(t.endIndex, e.trigger.upperBound + 3)].contains { $0.lower.hasBytePrefix("иск") }
                && t[e.trigger.upperBound..<min(t.endIndex, e.trigger.upperBound + 10)].contains { $0.lower == "к" || $0.lower == "против" }
        }
        // "провели обыск и изъяли ноутбук": the things taken in a search are the search's.
        if found.contains(where: { $0.type == .searchOfPremises }) { found.removeAll { isSeizure($0, in: t) } }
        // "возбудила уголовное дело, однако нападавший не установлен": a case against an attacker, not against anyone
        // acted on.
        if found.contains(where: { $0.type == .criminalCaseOpened }), t.contains(where: { w in culprits.contains { w.lower.hasBytePrefix($0) } }) {
            found.removeAll { $0.type == .criminalCaseOpened }
        }
        // A list's entry told without a verb after whom it befell: "Асель Жумабаева: 10 суток ареста по ч. 3 ст. 488 КоАП",
        // "Ерлан Касымов — штраф 50 МРП".
        // "поступило 412 уведомлений …, из них 168 не были согласованы": a count of refusals, no one refusal.
        if let of = t.indices.first(where: { $0 + 2 < t.endIndex && t[$0].lower == "из" && t[$0 + 1].lower == "них" && t[$0 + 2].isNumber }) {
            found.removeAll { [.assemblyRefused, .registrationDenied].contains($0.type) && $0.trigger.lowerBound > of }
        }
        // "Айгерим штраф 20 МРП, её отпустили из зала": let go from the courtroom with a fine, no release from custody.
        if sanctions.contains(where: { $0.sanction.kind == .fine }) {
            found.removeAll { e in
                e.type == .release && e.trigger.upperBound + 2 < t.endIndex && t[e.trigger.upperBound + 1].lower == "из"
                    && t[e.trigger.upperBound + 2].lower.hasBytePrefix("зал")
            }
        }
        if found.isEmpty, let sanction = sanctions.first, let act = verblessAct(sanction, in: t) { found.append(act) }
        return found
    }

    /// The act of a verbless entry: a name of two capitalised words, a colon or a dash, and the sanction right after it.
    private static func verblessAct(_ sanction: SanctionMention, in t: ArraySlice<Token>) -> EventMention? {
        let type: EventType
        switch sanction.sanction.kind {
        case .administrativeArrest: type = .administrativeArrest
        case .fine: type = .fine
        case .warning: type = .warning
        // ("Ерлан Садыков — пять лет ограничения свободы": a court bulletin's criminal sentence.)
        case .restrictionOfFreedom, .imprisonment: type = .conviction
        default: return nil
        }
        // ("Айгерим штраф 20 МРП", as a chat's list of outcomes goes on: the name right before the fine's noun.)
        if type == .fine, let noun = (max(t.startIndex, sanction.tokens.lowerBound - 1)...sanction.tokens.lowerBound).first(where: { t[$0].lower == "штраф" }),
           noun > t.startIndex, noun - t.startIndex <= 3, t[noun - 1].isWord, t[noun - 1].isCapitalized, RussianWords.isCyrillic(t[noun - 1]),
           noun + 1 < t.endIndex, t[noun + 1].isNumber {
            return EventMention(type: type, trigger: noun...noun)
        }
        // ("Дело Ермекова тот же суд рассмотрел 27 марта: штраф 50 МРП": the outcome of the hearing told before the colon.)
        if EventRecognizer.isAHearingsOutcome(t, sanction.tokens) {
            return EventMention(type: type, trigger: sanction.tokens.lowerBound...sanction.tokens.lowerBound)
        }
        guard let mark = t[..<sanction.tokens.lowerBound].lastIndex(where: { $0.isMark(":") || $0.isMark("—") || $0.isMark("–") }),
              sanction.tokens.lowerBound - mark <= 2, mark - 2 >= t.startIndex,
              t[(mark - 2)..<mark].allSatisfy({ $0.isWord && $0.isCapitalized }) else { return nil }
        return EventMention(type: type, trigger: sanction.tokens.lowerBound...sanction.tokens.lowerBound)
    }

    /// Whether an act is things taken: "изъяли ноутбук", "конфисковали тираж".
    static func isSeizure(_ event: EventMention, in t: ArraySlice<Token>) -> Bool {
        event.type == .other && ["изъя", "конфиск"].contains { t[event.trigger.lowerBound].lower.hasBytePrefix($0) }
    }

    /// Whether a word stands in what a request asks for: a request verb, then an infinitive, within fourteen words before it
    /// ("попросил признать активиста виновным", "просит назначить ему семь лет").
    static func askedFor(_ k: Int, in t: ArraySlice<Token>) -> Bool {
        var infinitive = t[k].lower.hasByteSuffix("ть")
        for j in stride(from: k - 1, through: max(t.startIndex, k - 14), by: -1) {
            if t[j].isMark(".") || t[j].isMark(";") { return false }
            if requests.contains(where: { t[j].lower.hasBytePrefix($0) }) { return infinitive }
            if t[j].lower.hasByteSuffix("ть") { infinitive = true }
        }
        return false
    }
    /// Whether a property attack is on what someone carries: "разбили телефон", "Телефон выбили".
    static func breaksATool(_ trigger: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        t[max(t.startIndex, trigger.lowerBound - 4)...min(t.endIndex - 1, trigger.upperBound + 4)].contains { token in
            tools.contains { token.lower.hasBytePrefix($0) }
        }
    }
    /// What a reporter carries: "камеру", "телефон".
    static let tools = ["камер", "телефон", "смартфон", "фотоаппарат", "ноутбук"]
    /// Participles of being somewhere: "находящийся", "находившийся".
    private static let stateParticiples = ["находящ", "находивш", "находясь", "пребывающ"]
    /// Verbs of remaining in a state: "остаётся", "остаются".
    private static let remainings = ["остаёт", "остает", "остаю"]
    /// Verbs of asking, before a sentence asked for.
    private static let requests = ["просил", "просила", "просили", "попросил", "запросил", "требовал", "потребовал", "ходатайствова"]
    /// Whether a sentence asks for something ("Прокурор просил 5 лет лишения свободы"): its terms are no sanction given.
    static func asksFor(_ t: ArraySlice<Token>) -> Bool { t.contains { w in requests.contains { w.lower.hasBytePrefix($0) } } }
    /// The verbal noun of being held liable, which names the act without telling it.
    private static let liabilityNouns = ["привлечение", "привлечения", "привлечении", "привлечением", "привлечений", "привлечениях"]
    /// Verbal nouns of posting something: "по факту размещения публикации", "по факту распространения видео".
    private static let postings = ["размещени", "публикаци", "распространени", "опубликовани", "высказывани", "репост"]
    /// Words for those who attacked someone, unnamed.
    private static let culprits = ["нападавш", "злоумышленник", "хулиган", "поджигател"]

    /// Whether the trigger stands in a time named by a verbal noun: "до перевода под домашний арест", "после помещения в СИЗО".
    private static func namedAsATime(_ k: Int, in t: ArraySlice<Token>) -> Bool {
        guard k - 2 >= t.startIndex else { return false }
        return (max(t.startIndex, k - 3)...(k - 2)).contains { j in
            timePrepositions.contains(t[j].lower) && !(j > t.startIndex && RussianWords.same(t[j - 1].lower, "день"))
                && (t[j + 1].lower.hasByteSuffix("ния") || t[j + 1].lower.hasBytePrefix("перевод") || t[j + 1].lower.hasBytePrefix("помещени"))
        }
    }

    /// Whether the word stands inside brackets opened right after a code's name: "ст. 405 УК (участие в деятельности …)".
    private static func insideOffenceName(_ k: Int, in t: ArraySlice<Token>) -> Bool {
        var j = k - 1
        while j > t.startIndex, j >= k - 12 {
            if t[j].isMark(")") { return false }
            if t[j].isMark("(") { return codeNames.contains(t[j - 1]) }
            j -= 1
        }
        return false
    }
    private static let codeNames = WordSet(["ук", "коап", "упк", "рк"])
    /// To whom an akimat refuses an assembly: "отказал группе", "отказал заявителям".
    private static let refusedAddressees = WordSet(["группе", "инициаторам", "заявителям", "организаторам", "активистам", "жителям", "им", "ей", "ему", "нам"])

    /// Whether a refusal is of something else than an assembly or a registration: the verb after it names another act
    /// ("отказался приобщить к делу видеозапись пикета").
    /// A complaint or report a prosecutor or the police may decline to register.
    private static let complaintStems = ["заявлени", "жалоб", "обращени"]
    /// Bodies a refusal of registration is about.
    private static let registeredBodies = ["объединени", "парти", "организаци", "фонд", "движени", "профсоюз", "издани", "сми"]
    private static func refusesSomethingElse(_ k: Int, in t: ArraySlice<Token>) -> Bool {
        // ("отказал(ся) выполнить", and the noun: "в связи с отказом выполнить законные требования полиции".)
        guard k + 1 < t.endIndex, t[k].lower.hasBytePrefix("отказ") else { return false }
        let next = t[k + 1].lower
        guard next.hasByteSuffix("ть") || next.hasByteSuffix("ти") else { return false }
        return !["соглас", "провод", "провест", "разреш", "зарегистр", "регистр", "выда"].contains { next.hasBytePrefix($0) }
    }

    private static func isNegated(_ k: Int, in t: ArraySlice<Token>) -> Bool {
        guard k > t.startIndex else { return false }
        if negations.contains(t[k - 1].lower) { return true }
        return k - 2 >= t.startIndex && auxiliaries.contains(t[k - 1].lower) && negations.contains(t[k - 2].lower)
    }

    /// A court's act by what it imposed; an arrest by its term.
    private static func refine(_ type: EventType, at k: Int, in t: ArraySlice<Token>, sanctions: [SanctionMention]) -> EventType {
        let kinds = Set(sanctions.map(\.sanction.kind))
        switch type {
        case .registrationDenied:
            // "Моё заявление о пытках … прокуратура отказала в его регистрации": a complaint not registered, no body refused.
            if t.contains(where: { token in complaintStems.contains { token.lower.hasBytePrefix($0) } }),
               !t.contains(where: { token in registeredBodies.contains { token.lower.hasBytePrefix($0) } }) { return .other }
            return type
        case .conviction:
            // "вынесен оправдательный приговор": a verdict of acquittal.
            if k > t.startIndex, t[k].lower.hasBytePrefix("приговор"), t[k - 1].lower.hasBytePrefix("оправдательн") { return .acquittalOrCaseClosed }
            // What the verb imposes, named just after it, decides when the sentence holds other sanctions too or a term
            // the reader does not take ("остальным назначили административный арест сроком от 5 до 10 суток").
            let object = t[min(t.endIndex, k + 1)..<min(t.endIndex, k + 5)]
            if object.contains(where: { $0.lower.hasBytePrefix("арест") }), object.contains(where: { $0.lower.hasBytePrefix("административн") }) {
                return .administrativeArrest
            }
            if kinds == [.administrativeArrest] { return .administrativeArrest }
            if kinds == [.fine] { return .fine }
            if kinds == [.warning] { return .warning }
            // Brought to administrative liability with no sanction told: an administrative case, not a sentence.
            if kinds.isEmpty, t[max(t.startIndex, k - 3)..<min(t.endIndex, k + 4)].contains(where: { $0.lower.hasBytePrefix("административн") }) {
                return .other
            }
            return .conviction
        case .administrativeArrest:
            // "арестован на два месяца", "арестован и помещён в СИЗО": pre-trial detention.
            let months = sanctions.contains { $0.sanction.months != nil && $0.sanction.kind != .administrativeArrest }
            let pretrial = t.contains { $0.lower.hasBytePrefix("сизо") || $0.lower.hasBytePrefix("страж") }
            if kinds.contains(.administrativeArrest) { return .administrativeArrest }
            if months || pretrial { return .pretrialDetention }
            if t[max(t.startIndex, k - 4)..<min(t.endIndex, k + 7)].contains(where: { $0.lower.hasBytePrefix("месяц") }) { return .pretrialDetention }
            return .administrativeArrest
        default:
            return type
        }
    }
}
