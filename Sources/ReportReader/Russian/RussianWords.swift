import CivicModel

/// Word lists and small readers the Russian recognisers share: numbers written in digits (with a space or
/// a no-break space between thousands, a decimal comma) or in words in any case, months, units of time,
/// role words and pronouns. Russian inflects, so most lists are stems compared with a token's lower-case
/// form by prefix; each stem is chosen so that it does not begin a common word of another meaning.
enum RussianWords {
    /// Whether a word begins with a stem, compared byte by byte: `String.hasPrefix` and `==` take a normalising
    /// slow path for every non-ASCII string, which made reading Russian forty times slower than English.
    @inline(__always) static func begins(_ word: String, _ stem: String) -> Bool { word.utf8.starts(with: stem.utf8) }

    /// Whether a word begins with any of the stems.
    @inline(__always) static func begins(_ word: String, any stems: [String]) -> Bool { stems.contains { word.utf8.starts(with: $0.utf8) } }

    /// Whether two words are spelled with the same bytes.
    @inline(__always) static func same(_ word: String, _ other: String) -> Bool { word.utf8.elementsEqual(other.utf8) }

    /// A number and the tokens it spans.
    struct Number {
        var value: Double
        var tokens: ClosedRange<Int>
    }

    /// Whether the token is a word written in Cyrillic letters.
    static func isCyrillic(_ token: Token) -> Bool {
        token.isWord && token.text.unicodeScalars.first.map(CyrillicLatin.isCyrillic) == true
    }

    /// The alphabet a paragraph is written in, which decides how it is read.
    enum Script { case latin, russian, kazakh }

    /// The paragraph's language by its first few hundred letters (every paragraph of every report passes through
    /// here), with Kazakh from one Kazakh-only letter in twenty-five Cyrillic ones.
    static func script(of scalars: ArraySlice<Unicode.Scalar>) -> Script {
        switch TextLanguage.code(ofScalars: scalars, sample: 400, kazakhOneIn: 25, namesAside: true) {
        case "kk": .kazakh
        case "ru": .russian
        default: .latin
        }
    }

    /// Cardinal numbers in words, every case form, to their value.
    static let numberWords: WordMap<Double> = {
        let forms: [(Double, [String])] = [
            (1, ["один", "одна", "одно", "одного", "одной", "одному", "одним", "одну"]),
            (1.5, ["полтора", "полторы", "полутора"]),
            (2, ["два", "две", "двух", "двум", "двумя"]),
            (3, ["три", "трех", "трёх", "трем", "трём", "тремя"]),
            (4, ["четыре", "четырех", "четырёх", "четырем", "четырём", "четырьмя"]),
            (5, ["пять", "пяти", "пятью"]), (6, ["шесть", "шести", "шестью"]), (7, ["семь", "семи", "семью"]),
            (8, ["восемь", "восьми", "восемью"]), (9, ["девять", "девяти", "девятью"]), (10, ["десять", "десяти", "десятью"]),
            (11, ["одиннадцать", "одиннадцати"]), (12, ["двенадцать", "двенадцати"]), (13, ["тринадцать", "тринадцати"]),
            (14, ["четырнадцать", "четырнадцати"]), (15, ["пятнадцать", "пятнадцати"]), (16, ["шестнадцать", "шестнадцати"]),
            (17, ["семнадцать", "семнадцати"]), (18, ["восемнадцать", "восемнадцати"]), (19, ["девятнадцать", "девятнадцати"]),
            (20, ["двадцать", "двадцати"]), (30, ["тридцать", "тридцати"]), (40, ["сорок", "сорока"]),
            (50, ["пятьдесят", "пятидесяти"]), (60, ["шестьдесят", "шестидесяти"]), (70, ["семьдесят", "семидесяти"]),
            (80, ["восемьдесят", "восьмидесяти"]), (90, ["девяносто"]), (100, ["сто", "ста"]),
            (200, ["двести", "двухсот"]), (300, ["триста", "трехсот", "трёхсот"]), (400, ["четыреста", "четырехсот", "четырёхсот"]),
            (500, ["пятьсот", "пятисот"]), (600, ["шестьсот", "шестисот"]), (700, ["семьсот", "семисот"]), (800, ["восемьсот", "восьмисот"]),
            (900, ["девятьсот", "девятисот"]),
            // Collective numerals count days as well: "на трое суток".
            (2, ["двое"]), (3, ["трое"]), (4, ["четверо"]), (5, ["пятеро"]), (6, ["шестеро"]), (7, ["семеро"]), (10, ["десятеро"]),
        ]
        var table: [String: Double] = [:]
        for (value, words) in forms { for word in words { table[word] = value } }
        return WordMap(table)
    }()

    /// The number starting at `k`: digits ("15", "538 000", "1,5", "2.5") or words ("двадцать пять", "десяти"),
    /// with "тыс." / "тысяч" and "млн" multiplying it.
    static func number(at k: Int, in t: ArraySlice<Token>) -> Number? {
        var value: Double
        var last = k
        if t[k].isNumber {
            guard let parsed = digits(t[k].text) else { return nil }
            value = parsed
            // "538 000": groups of three digits after a space.
            while last + 1 < t.endIndex, t[last + 1].isNumber, t[last + 1].spaceBefore, t[last + 1].text.count == 3,
                  t[last + 1].text.allSatisfy(\.isNumber), !t[k].text.contains(",") {
                value = value * 1000 + (Double(t[last + 1].text) ?? 0)
                last += 1
            }
        } else if let word = numberWords[t[k]] {
            value = word
            // "сто семьдесят": hundreds and tens; "двадцать пять": tens and units.
            if word >= 100, word.truncatingRemainder(dividingBy: 100) == 0, last + 1 < t.endIndex,
               let tens = numberWords[t[last + 1]], tens < 100, tens.rounded() == tens {
                value += tens
                last += 1
            }
            if value.truncatingRemainder(dividingBy: 100) >= 20, value.truncatingRemainder(dividingBy: 10) == 0, last + 1 < t.endIndex,
               let unit = numberWords[t[last + 1]], unit < 10, unit.rounded() == unit {
                value += unit
                last += 1
            }
        } else {
            return nil
        }
        if last + 1 < t.endIndex {
            let next = t[last + 1].lower
            if same(next, "тыс") || begins(next, "тысяч") {
                value *= 1_000
                last += 1
                if last + 1 < t.endIndex, t[last + 1].isMark("."), !t[last + 1].spaceBefore { last += 1 }
            } else if same(next, "млн") || begins(next, "миллион") {
                value *= 1_000_000
                last += 1
                if last + 1 < t.endIndex, t[last + 1].isMark("."), !t[last + 1].spaceBefore { last += 1 }
            }
        }
        return Number(value: value, tokens: k...last)
    }

    /// A number written in digits: "1,5" and "2.5" are decimals; "538,000" keeps a comma between thousands.
    static func digits(_ text: String) -> Double? {
        guard let comma = text.lastIndex(of: ",") else { return Double(text) }
        let after = text[text.index(after: comma)...]
        if after.count == 3 { return Double(text.filter { $0 != "," }) }
        return Double(text.replacingOccurrences(of: ",", with: "."))
    }

    /// Month stems, in calendar order: "февраля", "феврале", "февраль" all begin "феврал".
    static let monthStems = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"]

    /// The month (1–12) a word names, in any case.
    static func month(of token: Token) -> Int? {
        // (A capital is a name's: "Мая", "Марта"; a title in capitals, "10–16 НОЯБРЯ 2025", names its month.)
        let capitals = token.isAllCaps && token.text.count > 4
        guard token.isWord, capitals || !token.isAllCaps && token.first.value >= 0x430 && token.first.value <= 0x44F else { return nil }
        if let exact = monthForms[token] { return exact }
        let w = token.lower
        for (index, stem) in monthStems.enumerated() where index != 2 && index != 4 && begins(w, stem) {
            // "июнь", "июня", "июне"; not "июльский" or other words that begin alike.
            if w.count <= stem.count + 2 { return index + 1 }
        }
        return nil
    }
    private static let monthForms = WordMap(["май": 5, "мая": 5, "мае": 5, "маю": 5, "маем": 5, "март": 3, "марта": 3, "марте": 3, "мартом": 3,
                                             // Abbreviated, as channels and tables write them: "10 апр.", "3 февр.".
                                             "янв": 1, "фев": 2, "февр": 2, "апр": 4, "авг": 8, "сен": 9, "сент": 9, "окт": 10,
                                             "ноя": 11, "нояб": 11, "дек": 12])

    /// Whether the word is a form of "year": "года", "году", "г." (the abbreviation).
    static func isYearWord(_ token: Token) -> Bool { yearWords.contains(token) }
    private static let yearWords = WordSet(["год", "года", "году", "годом", "г", "гг"])

    /// Units of a term, to days, months or years.
    enum Unit: Sendable { case day, month, year }

    static func unit(of token: Token) -> Unit? { units[token] }
    private static let units: WordMap<Unit> = {
        var table: [String: Unit] = [:]
        // (And as tables shorten them: "10 сут.", "3 мес.", "2 г.")
        for word in ["сутки", "суток", "суткам", "сутками", "день", "дня", "дней", "дням", "днями", "сут"] { table[word] = .day }
        for word in ["месяц", "месяца", "месяцев", "месяцам", "месяцами", "мес"] { table[word] = .month }
        for word in ["год", "года", "лет", "годам", "годами", "году", "г"] { table[word] = .year }
        return WordMap(table)
    }()

    /// Role words to the occupation they give a name after them: "активиста", "журналистке", "блогеров".
    static func occupation(of token: Token) -> Occupation? {
        guard token.isWord, token.first.value >= 0x430, token.first.value <= 0x44F else { return nil }
        let w = token.lower
        for (stems, occupation) in roleStems where begins(w, any: stems) { return occupation }
        return otherRoles.contains(token) ? .other : nil
    }
    private static let roleStems: [([String], Occupation)] = [
        (["правозащитни"], .humanRightsDefender), (["активист"], .activist), (["журналист", "корреспондент", "редактор", "фотограф"], .journalist),
        (["блогер", "блоггер"], .blogger), (["адвокат", "юрист"], .lawyer), (["оппозиционер", "политик", "депутат"], .politician),
        (["профсоюзн"], .tradeUnionist), (["верующ", "имам", "пастор"], .religiousBeliever),
    ]
    private static let otherRoles = WordSet([
        "поэт", "поэта", "поэту", "поэтом", "пенсионер", "пенсионера", "пенсионерка", "пенсионерку", "пенсионерке", "жительница", "жителя",
        "житель", "жительницу", "гражданин", "гражданина", "гражданка", "гражданку", "сторонник", "сторонника", "сторонницу", "сторонница",
        "член", "члена", "лидер", "лидера", "председатель", "председателя", "пикетчик", "пикетчика", "пикетчику", "пикетчица", "пикетчицу",
        "пикетчице",
    ])

    /// Whether a role word is a feminine form: "активистка", "журналистку", "правозащитница".
    static func isFeminineRole(_ token: Token) -> Bool {
        begins(token.lower, any: ["активистк", "журналистк", "правозащитниц", "блогерш", "пенсионерк", "жительниц", "гражданк", "сторонниц"])
    }

    /// Pronouns that refer to one person or several.
    static let singularPronouns = WordSet(["он", "она", "его", "ее", "её", "ему", "ей", "им", "ним", "ней", "него", "нее", "неё", "нему"])
    static let pluralPronouns = WordSet(["они", "их", "им", "ими", "них", "ним", "всех", "оба", "обоих", "обе", "обеих"])

    /// Words that make a statement not an act: conditions, statute and modal language, threats of punishment.
    static let notActStems = ["если", "грозит", "грозят", "грозило", "может", "могут", "мог", "могла", "могли", "должен", "должна", "должны",
                              "следует", "рекоменд", "призывает", "призывают", "призываем", "призывал", "призвал", "предусматрива", "влечет", "влечёт", "наказыва", "опасаю", "опасает",
                              // A case supposed: "Допустим, вас доставили в отдел".
                              "допустим", "предположим",
                              // A step planned: "планируется возбуждение уголовного дела".
                              "планирует", "планируют"]

    /// A singular pronoun as a sentence's subject: "Он бывший инженер", "Она ведёт канал".
    static let singularSubjects = WordSet(["он", "она"])
    static let notActInitials = Set(notActStems.compactMap { $0.unicodeScalars.first?.value })
    /// Habits, not acts: "акиматы регулярно отказывают в согласовании", "полиция нередко задерживает людей". The adverbs as
    /// written, not the adjectives their stems begin: "за «систематические нарушения»", "регулярного пикета".
    static let habits = WordSet(["регулярно", "нередко", "систематически", "зачастую", "периодически",
                                 // "по-прежнему отказывают": the tokenizer splits it at its hyphen.
                                 "прежнему"])
    /// An intention, not an act: "Адвокат намерен добиваться прекращения дела", "Активисты собираются подать …" (not the
    /// noun, "заявил о намерении обжаловать").
    static let intentions = WordSet(["намерен", "намерена", "намерено", "намерены", "собирается", "собираются", "собираюсь", "собираемся"])

    /// Words that make a count approximate rather than a total.
    static let approximately = WordSet(["около", "примерно", "порядка"])
    /// Words counting people as a crowd or a class: "более 120 человек", "свыше 6 тысяч граждан".
    static let aggregateWords = WordSet(["более", "свыше", "около", "всего", "порядка", "примерно", "десятки", "сотни", "тысячи", "менее",
                                         // "не меньше шестидесяти человек", as "не менее".
                                         "меньше",
                                         // A running tally: "осуждены уже 23 человека".
                                         "уже"])
    static let peopleWords = WordSet(["человек", "человека", "людей", "лиц", "граждан", "участников", "активистов", "задержанных", "пикетчиков",
                                      "протестующих", "демонстрантов", "сторонников", "жителей", "журналистов", "блогеров", "сайтов"])
    /// Words a count of cases or charges is made of: "16 случаев", "в 7 случаях", "14 уголовных дел".
    static let caseWords = WordSet(["случаев", "случаях", "случая", "дел", "дела", "делам", "фактов", "эпизодов", "преследований", "протоколов",
                                    "отказ", "отказа", "отказов", "нарушений", "нарушения", "инцидентов", "задержаний", "арестов",
                                    "штрафов", "расследований", "расследования"])
    /// Things a ministry's figures count by the hundred: "ограничен доступ к 1 284 интернет-ресурсам". (Not "трёх публикаций",
    /// the posts one case is about.)
    static let countedThings = WordSet(["ресурсов", "ресурсам", "сайтов", "сайтам", "материалов", "публикаций", "аккаунтов", "аккаунтам"])
    /// From how many such things a sentence counts rather than tells.
    static let countedThingsFrom = 100.0
    /// How many a collective numeral counts: "троих" 3.
    static let collectiveCounts: [String: Int] = ["двое": 2, "двоих": 2, "трое": 3, "троих": 3, "четверо": 4, "четверых": 4,
                                                  "пятеро": 5, "пятерых": 5, "шестеро": 6, "шестерых": 6, "семеро": 7, "семерых": 7]
    /// Collective numerals and counts that speak of a group without names: "семерых участников", "троих из них".
    static let groupCounts = WordSet(["двое", "двоих", "трое", "троих", "четверо", "четверых", "пятеро", "пятерых", "шестеро",
                                      "шестерых", "семеро", "семерых", "восьмеро", "восьмерых", "девятеро", "девятерых", "десятеро",
                                      "десятерых", "несколько", "нескольких", "десятки", "десятков", "сотни", "сотен"])

    /// Acronyms in capitals that name no organisation a report is about: codes, units, the state's own bodies (they act,
    /// and are not listed, as courts are not), regions, international bodies and common abbreviations. Lower-cased.
    static let notOrganizationAcronyms = WordSet([
        "ук", "упк", "гк", "гпк", "апк", "коап", "крк", "рк", "рф", "мрп", "мзп", "кзт", "сизо", "ивс", "шизо", "пкт", "увд", "ровд", "овд", "дп", "гп",
        "кнб", "дкнб", "дгд", "угд", "кгд", "дю", "мвд", "мид", "мюрк", "мю", "цик", "тик", "дик", "увк", "ап", "вс", "кс", "снб", "дчс", "мчс", "анк",
        "вко", "зко", "ско", "юко", "сша", "ес", "снг", "оон", "обсе", "ообсе", "бдипч", "кпч", "спч", "кмбпч", "ешпчк", "мвф",
        "сми", "нпо", "нко", "оо", "оф", "тоо", "ао", "ип", "чп", "ооо", "тв", "вич", "спид", "лгбт", "лгбтк", "ссср", "впк", "жк", "пдд",
        "ржд", "нии", "вуз", "тэц", "грэс", "гэс", "аэс", "жкх", "ктк", "ктв", "мсу", "пк", "кпп", "ндс", "ввп", "г", "гг", "тыс", "млн", "млрд", "ердр", "уп", "дпсу",
        // A criminal case and an administrative one, as lawyers and threads shorten them: "в рамках УД по ст. 274".
        "уд", "ад",
        // Courts, as lawyers shorten them: "СМАС" (specialised inter-district administrative court), "СМЭС", "СМУС", "СМСЭС".
        "смас", "смэс", "смус", "смсэс", "смсуд", "смсд",
        // A verdict's formula in capitals: "ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН суд … ПРИГОВОРИЛ:", "РЕШИЛ:".
        "именем", "решил", "решила",
        // A shopping centre, where people are: "через вайфай ТЦ"; a house of culture, where they meet: "в сквере у ДК".
        "тц", "трц", "дк",
        // Words a document writes in capitals: its requests and its title ("ПРОШУ:", "ЖАЛОБА").
        "прошу", "жалоба", "решил", "приказ", "иск",
    ])
}

extension String {
    /// `hasPrefix` by bytes: Russian words are compared with stems written in the same (composed) letters, and
    /// String's own comparison normalises every non-ASCII string first.
    /// (Over the two strings' contiguous bytes where they have them, as native strings do: the generic `starts(with:)` over
    /// two `UTF8View`s stepped index by index, 6% of the reader's time.)
    @inline(__always) func hasBytePrefix(_ prefix: String) -> Bool {
        let fast = utf8.withContiguousStorageIfAvailable { bytes in
            prefix.utf8.withContiguousStorageIfAvailable { head in
                head.count <= bytes.count && Self.bytesEqual(bytes, from: 0, head)
            }
        }
        if let fast = fast ?? nil { return fast }
        return utf8.starts(with: prefix.utf8)
    }

    /// `hasSuffix` by bytes, for the same reason.
    @inline(__always) func hasByteSuffix(_ suffix: String) -> Bool {
        let fast = utf8.withContiguousStorageIfAvailable { bytes in
            suffix.utf8.withContiguousStorageIfAvailable { tail in
                tail.count <= bytes.count && Self.bytesEqual(bytes, from: bytes.count - tail.count, tail)
            }
        }
        if let fast = fast ?? nil { return fast }
        let bytes = utf8, tail = suffix.utf8
        guard bytes.count >= tail.count else { return false }
        return bytes.suffix(tail.count).elementsEqual(tail)
    }

    /// Whether `bytes` hold `part` from `start` on (the caller checks that it fits).
    @inline(__always) private static func bytesEqual(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ part: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < part.count {
            if bytes[start + i] != part[i] { return false }
            i += 1
        }
        return true
    }
}
