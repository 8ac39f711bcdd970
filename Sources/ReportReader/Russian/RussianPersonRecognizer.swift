import CivicModel

/// Finds named individuals in Russian text and gives their names in the nominative case, as a record keeps
/// them: "задержали активиста Данияра Байтлеу" names Данияр Байтлеу, "в отношении журналистки Айгуль Утеповой"
/// Айгуль Утепова. A name is two or three capitalised Cyrillic words with a known given name or a surname
/// ending among them, or any such words right after a role word ("блогера Калиева"). A surname seen before,
/// in any case, names that person again.
struct RussianPersonRecognizer {
    /// Full names seen so far, by the key of their surname's nominative form.
    private var bySurname: [String: String] = [:]
    /// The initials a text has named people by ("гражданин Е."), so that "Е." alone names them again.
    private var initialsNamed: Set<String> = []
    /// Words that put a person named by an initial: "гражданин Е.", "гражданки Б.".
    private static let citizenWords = WordSet(["гражданин", "гражданина", "гражданину", "гражданином", "гражданка", "гражданки", "гражданке",
                                               "гражданку", "гражданкой", "гр",
                                               // An ombudsman's or a court's applicant: "Заявитель Б. сообщил …".
                                               "заявитель", "заявителя", "заявителю", "заявителем", "заявительница", "заявительницы",
                                               "заявительнице", "заявительницу"])
    /// A capital letter alone and its full stop, not one of a person's initials before or after a name ("Д. Сапаров",
    /// "Сапаров Д.А."): "Б." in "гражданка Б., гражданин В.".
    private static func initial(at k: Int, in t: ArraySlice<Token>) -> String? {
        guard k + 1 < t.endIndex, isInitial(t[k]), t[k + 1].isMark("."), !t[k + 1].spaceBefore else { return nil }
        // (Not one of two initials, nor one before a capitalised word, a name's "Д. Сапаров".)
        if k + 2 < t.endIndex, t[k + 2].isWord, t[k + 2].isCapitalized, t[k + 2].spaceBefore, RussianWords.isCyrillic(t[k + 2]),
           t[k + 2].text.unicodeScalars.count > 1, !Self.sentenceOpeners.contains(t[k + 2]) { return nil }
        if k + 3 < t.endIndex, isInitial(t[k + 2]), t[k + 3].isMark(".") { return nil }
        if k - 1 >= t.startIndex, t[k - 1].isMark("."), k - 2 >= t.startIndex, isInitial(t[k - 2]) { return nil }
        if k - 1 >= t.startIndex, t[k - 1].isWord, t[k - 1].isCapitalized, !citizenWords.contains(t[k - 1]) { return nil }
        return t[k].text + "."
    }
    /// Capitalised words that open the next sentence after an initial's stop: "гражданки Б. Она признана …".
    private static let sentenceOpeners = WordSet(["она", "он", "они", "суд", "его", "её", "ее", "ему", "ей"])
    /// Full names seen so far by their given name's nominative ("Даурен" → "Даурен Бахытович Есенгалиев"); a given name
    /// two people share is kept as "" and names no one.
    private var byGiven: [String: String] = [:]
    /// Given names written alone of no one named before ("Сегодня утром Ерлана забрали", a chat's or a letter's way), each as
    /// its nominative: a person the text may name in full later (`fullName(ofLone:)`), or no one it names.
    private(set) var loneGivenNames: Set<String> = []
    /// How many such names a text may hold at once.
    static let loneGivenNamesLimit = 32
    /// Drops a given name written alone once it has turned out to be someone named in full.
    mutating func forget(lone given: String) { loneGivenNames.remove(given) }
    /// The full name a given name written alone turned out to be, once the text has named one person with it in full.
    func fullName(ofLone given: String) -> String? {
        if let known = byGiven[given] { return known.isEmpty ? nil : known }
        if let known = fullByGiven[given], !known.isEmpty { return known }
        return nil
    }
    /// The full names known by their given name, first ("Санжар Исмаилов — студент …") or after the surname ("Нурланова
    /// Айгерим Талгатовна"); "" for a given name two people share.
    private var fullByGiven: [String: String] = [:]

    /// Given names in the folded form of `NameKey`, so that Cyrillic "Данияр" meets Latin "Daniyar".
    private static let givenNames = Set(Lexicon.givenNameList.map { NameKey($0).description })

    /// Capitalised words that begin institutions, titles or places rather than names.
    /// Endings of a woman's patronymic, in every case.
    private static let womansPatronymicEndings = ["овна", "овны", "овне", "овну", "овной", "евна", "евны", "евне", "евну", "евной",
                                    "ична", "ичны", "ичне", "ичну", "ичной", "кызы", "қызы"]
    private static func isWomansPatronymic(_ word: String) -> Bool { womansPatronymicEndings.contains { word.hasByteSuffix($0) } }
    /// Kin words before the name of the one whose kin is told.
    private static let kinWords = WordSet(["мать", "отец", "сестра", "брат", "жена", "муж", "сын", "дочь", "супруга", "супруг",
                                           "матери", "сестры", "жены", "сестру", "жену", "брата", "мужа", "отца", "сына", "дочери",
                                           "супруги", "супруга"])
    private static let notNames = WordSet([
        "суд", "суда", "судом", "суде", "судья", "судьи", "судье", "судьёй", "судьей", "акимат", "акимата", "полиция", "полиции", "прокуратура", "прокуратуры", "республика", "республики",
        "казахстан", "казахстана", "казахстане", "министерство", "министерства", "радио", "газета", "газеты", "партия", "партии",
        "движение", "движения", "фонд", "фонда", "бюро", "комитет", "комитета", "департамент", "департамента", "управление", "управления",
        "агентство", "совет", "совета", "верховный", "специализированный", "межрайонный", "районный", "городской", "областной",
        "апелляционная", "коллегия", "конституция", "закон", "закона", "кодекс", "кодекса", "президент", "президента", "по", "на", "в",
        "после", "кроме", "также", "однако", "тогда", "позже", "ранее", "затем", "когда", "по", "из", "за", "от", "для", "при", "все",
        "это", "этот", "эта", "эти", "тот", "та", "те", "он", "она", "они", "его", "ее", "её", "их", "мы", "вы", "я", "как", "так", "но", "и",
        "а", "или", "если", "что", "чтобы", "где", "кто", "который", "которая", "которые", "мирный", "мирных", "митинг", "пикет",
        "площадь", "площади", "улица", "улице", "проспект", "проспекте", "парк", "парке", "фейсбук", "телеграм", "ютуб", "инстаграм",
        "вечером", "утром", "днём", "днем", "ночью", "сегодня", "вчера", "среди", "срочно",
        // A letter's salutation: "Уважаемая Айгуль Бекетовна!"
        "уважаемая", "уважаемый", "уважаемые",
        // A paper filed, heading a list's entry before its filer: "Уведомление Сарсеновой Г. Т. от 08.08.2025", "Жалоба Утепова Е.К.".
        "уведомление", "заявление", "заявка", "жалоба", "ходатайство", "обращение", "запрос", "иск",
        // A body in the instrumental, opening the sentence of its act: "Акиматом Бурлинского района … отказано".
        "акиматом", "акимату", "акимате", "судом", "прокуратурой",
        // Countries before a foreigner's name: "гражданина Республики Корея Пак Чжи Хуна".
        "корея", "кореи", "китая", "россии", "узбекистана", "кыргызстана", "турции", "германии", "сша",
        // A court paper's opening words: "Постановлением Жамбылского областного суда", "Решением суда".
        "постановлением", "решением", "приговором", "определением", "постановление", "решение", "приговор",
        // A complaint's heading: "Обращение Габдуллина Т.Е."; a ruling's case and operative words: "Дело Армана …",
        // "Признать Жумагалиева Нурлана …".
        "обращение", "обращения", "жалоба", "заявление", "дело", "дела", "признать", "подвергнуть", "назначить", "освободить",
        // A text's own title before its writer's name: "Дневник Айгуль …", "Письма Берика … из СИЗО".
        "дневник", "дневники", "письмо", "письма", "записки", "заметки", "воспоминания", "хроника", "блог", "интервью", "история", "истории",
        // Kin and "himself" before a name: "Отец Айгерим", "Самого Даурена".
        "самого", "самой", "сам", "сама", "саму", "сами", "самих", "отец", "отца", "мать", "матери", "сын", "сына", "дочь", "дочери", "брат", "брата", "сестра",
        "сестры", "жена", "жены", "муж", "мужа", "супруга", "супруги", "родители", "родителей",
        "сестру", "сестре", "сестрой", "жену", "жене", "женой", "мужу", "мужем", "брату", "братом", "отцу", "отцом", "матерью",
        "сыну", "сыном", "дочерью", "супругу", "супругой", "супругом",
        // Occupations before a name at a sentence's opening: "Инженер Ерлан …", "Пенсионерка Роза …".
        "инженер", "учитель", "учительница", "врач", "пенсионер", "пенсионерка", "студент", "студентка", "предприниматель",
        "сварщик", "водитель", "рабочий", "фермер", "юрист", "экономист", "магистрант", "магистрантка",
        "нефтяник", "шахтёр", "шахтер", "горняк", "механик", "курьер", "таксист", "медсестра", "фельдшер",
        // Placards' words: «Свободу Талгату», «Долой …».
        "свободу", "свобода", "свободы", "долой", "позор", "справедливость", "справедливости",
        // Bodies a person's post is of: "сопредседателя Коалиции Гульнар Байжанову".
        "коалиция", "коалиции", "коалицию", "союз", "союза", "ассоциация", "ассоциации", "центр", "центра", "объединение", "объединения",
    ])

    /// Verbs that give a person something in the dative: a fine, a sentence, a charge, a warning.
    private static let dativeVerbStems = ["назнач", "предъяв", "вынес", "объяв", "выпис", "присуд", "запрет", "отказ", "разреш", "продл"]

    /// Endings of nouns for a kind of person ("атыраусец", "соратница", "пенсионерка", "уралец"), which surnames lack.
    private static let personNounEndings = ["ец", "ица", "ка", "чанин", "чанка",
                                            // "Заявитель Ерлан Жумагалиев", "Житель Актобе …": who by what they do.
                                            "тель", "тельница"]

    /// Endings surnames have (and given names seldom): "Ахметов", "Жанибекова", "Есенгалиева".
    private static let surnameEndings = ["ов", "ев", "ёв", "ова", "ева", "ёва", "ин", "ина", "ский", "ская"]

    /// First words of an outcome after a name and a dash: "— штраф 50 МРП", "— пять лет ограничения свободы".
    private static let outcomeStems = ["штраф", "арест", "администр", "предупрежд", "лишени", "ограничени", "обязательн", "условн", "один", "два", "две",
                                       "три", "четыр", "пят", "шест", "сем", "восем", "девят", "десят", "двадцат"]

    /// Surname endings that do not decline.
    private static let indeclinableEndings = ["улы", "уулу", "кызы", "енко", "швили", "дзе", "ян"]

    /// Kinds of place written short before their names: посёлок, село, город, микрорайон, улица, проспект, район.
    private static let placeAbbreviations = WordSet(["п", "пос", "с", "г", "мкр", "ул", "пр", "просп", "р-н", "пгт", "аул"])

    /// Endings of verbs in the past ("задержали", "увезла", "избили") and of their imperatives ("Напишите", "позвоните"), which
    /// open a chat's message before a name.
    private static let pastVerbEndings = ["ли", "ла", "ло", "ите", "йте"]

    mutating func persons(in t: ArraySlice<Token>, feminineHint: Bool) -> [PersonMention] {
        var found: [PersonMention] = []
        // Verbs that take their person in the dative ("назначил Гульнару Жакупову штраф" could be a man's dative); looked
        // for only when a name needs it, since most sentences have none.
        let accusative = { !t.contains { token in Self.dativeVerbStems.contains { token.lower.hasBytePrefix($0) } } }
        var k = t.startIndex
        while k < t.endIndex {
            // A court's press summary names people by an initial: "гражданка Б.", "в отношении гражданина З."; and later by it
            // alone ("С учетом того, что К. ранее не привлекался").
            if let initial = Self.initial(at: k, in: t),
               (k > t.startIndex && Self.citizenWords.contains(t[k - 1])) || initialsNamed.contains(initial) {
                initialsNamed.insert(initial)
                // (One person named before whose surname begins with the letter is the one meant: a police statement's
                // "гражданин Б." after a monitor named "Нуржан Бекбосынов".)
                let letter = String(initial.dropLast())
                let known = Set(bySurname.values.filter { $0.split(separator: " ").last.map { $0.hasPrefix(letter) } ?? false })
                found.append(PersonMention(name: known.count == 1 ? known.first! : initial, tokens: k...(k + 1)))
                k += 2
                continue
            }
            // (A name in quotes is a body's or a title's: члены «Жаңа Арна». A straight quote before a space closes one: движения
            // "Жасыл Ақтөбе" Нурлана Жаксыбекова.)
            // (Nor is a tag: "#Абдрахманов".)
            // (Nor the one a letter is addressed to: "Уважаемая Айгуль Бекетовна!")
            // (Nor a town abroad after its preposition, "на рейс в Женеву Гульнар Байжанову": no name goes "в" a person.)
            // (Nor a place after its kind abbreviated: "п. Подстепное Теректинского района", "ул. Дины Нурпеисовой".)
            guard isNameWord(t[k]), !(k > t.startIndex && Self.placePrepositions.contains(t[k - 1]) && !Self.isGivenName(t[k].text)),
                  !(k - 2 >= t.startIndex && t[k - 1].isMark(".") && Self.placeAbbreviations.contains(t[k - 2]) && !t[k - 2].isCapitalized
                    // ("22.07.2025 г. Сапаров Н.Е.": "г." after a year is the year's; "С. Ахметова" an initial.)
                    && !(k - 3 >= t.startIndex && t[k - 3].isNumber)
                    // ("3 февраля т.г. Калиев был задержан": "т.г." is "текущего года", this year, and "с.г." "сего года".)
                    && !(k - 4 >= t.startIndex && t[k - 2].lower == "г" && t[k - 3].isMark(".") && ["т", "с"].contains(t[k - 4].lower))),
                  !(k > t.startIndex && (t[k - 1].lower.hasBytePrefix("уважаем") || t[k - 1].isMark("«") || (t[k - 1].isMark("\"") && !t[k].spaceBefore) || (t[k - 1].isMark("#") && !t[k].spaceBefore))) else {
                k += 1
                continue
            }
            // Two given names sharing a surname in the plural: "братьев Ерлана и Даурена Тұрсынбаевых", "Асет и Нурлан Жумабаевы".
            if let pair = Self.siblings(at: k, in: t) {
                for name in pair.names {
                    remember(surname: String(name.split(separator: " ").last!), full: name)
                    // (Each of the pair by the given name alone, later: "Даурена суд оштрафовал".)
                    let given = String(name.split(separator: " ").first!)
                    if let other = byGiven[given], other != name { byGiven[given] = "" } else { byGiven[given] = name }
                    found.append(PersonMention(name: name, tokens: pair.tokens))
                }
                k = pair.tokens.upperBound + 1
                continue
            }
            var end = k
            // (A surname that is also a town's name, after a given name: "Гульнаре Сатпаевой", not the town of Satpayev.)
            while end + 1 < t.endIndex, end - k < 2,
                  isNameWord(t[end + 1]) || (end == k && Self.isGivenName(t[k].text) && Self.readsAsASurname(t[end + 1])),
                  t[end + 1].spaceBefore, !t[end + 1].lineBefore,
                  !startsAnotherName(after: t[end].text, next: t[end + 1].text)
                    // (A surname, a given name and a patronymic are one name: "супруга Жумабаева Динара Кайратовна".)
                    || (end == k && end + 2 < t.endIndex && isNameWord(t[end + 1]) && Self.patronymic(t[end + 2].text) != nil) { end += 1 }
            // Kin, the one whose kin they are, then their own name: "мать Нурлана Сейткалиева Райхан" (Nurlan's mother Raikhan).
            if end - k == 2, k > t.startIndex, Self.kinWords.contains(t[k - 1]),
               t[k...(k + 1)].allSatisfy({ $0.lower.hasByteSuffix("а") || $0.lower.hasByteSuffix("я") }),
               !t[end].lower.hasByteSuffix("а"), !t[end].lower.hasByteSuffix("я") {
                end -= 1
            }
            // A word opening the sentence before a surname named before is a noun, not a given name: "Соратница Нурмаганбетова
            // Гульнар Аманжолова" (Nurmaganbetov's comrade-in-arms Gulnar Amanzholova).
            // (So is one that names a townsman or a kind of person before a given name: "Атыраусец Бауыржан Калиев".)
            if k == t.startIndex, end > k, !Self.isGivenName(t[k].text), knownName(t[k].text) == nil,
               knownName(t[k + 1].text) != nil || (Self.personNounEndings.contains { t[k].lower.hasByteSuffix($0) } && Self.isGivenName(t[k + 1].text)) {
                k += 1
                continue
            }
            // Nor is a verb in the past or an imperative opening it before a name written in full: "Задержали Ерлана Сейтжанова",
            // "Напишите Сании Омаровой", as a chat's message starts (not a surname first, "Сейтказиев Нурлан Бахытжанович", whose third word is a patronymic).
            if k == t.startIndex, end - k == 2, !Self.isGivenName(t[k].text), knownName(t[k].text) == nil, Self.isGivenName(t[k + 1].text),
               Self.patronymic(t[end].text) == nil, Self.pastVerbEndings.contains(where: { t[k].lower.hasByteSuffix($0) }) {
                k += 1
                continue
            }
            let roleWord = roleWord(before: k, in: t)
            let role = roleWord.flatMap { RussianWords.occupation(of: t[$0]) }
            let feminine = feminineHint || (roleWord.map { RussianWords.isFeminineRole(t[$0]) } ?? false)
            let words = t[k...end].map(\.text)
            // Initials after the surname ("Сапаров Д.А.", as court papers write) or before it ("Д. Сапаров").
            let after = Self.initials(from: end + 1, in: t)
            let before = after == nil && words.count == 1 ? Self.initials(endingBefore: k, in: t) : nil
            let initials = after ?? before
            // A name opening its sentence before a dash ("Гульназ Сейтказиева — инженер-эколог …") is in the nominative: as
            // written, whatever its given name.
            // (Not before an outcome: "Марату Жумабаеву — 10 суток ареста" is a dative, Марат Жумабаев's.)
            // A given name and the surname's initial, as a lawyer shields a client: "против Марата К.", "Айгуль С. оштрафовали".
            if words.count == 1, let after, after.text.count == 2,
               let given = Self.givenName(words[0]) ?? Self.givenName(words[0], feminine: true) {
                found.append(PersonMention(name: given + " " + after.text, tokens: k...after.tokens.upperBound, occupation: role))
                k = after.tokens.upperBound + 1
                continue
            }
            let opensADefinition = k == t.startIndex && words.count >= 2 && end + 1 < t.endIndex && (t[end + 1].isMark("—") || t[end + 1].isMark("–"))
                && !(end + 2 < t.endIndex && (t[end + 2].isNumber || Self.outcomeStems.contains { t[end + 2].lower.hasBytePrefix($0) }))
            if opensADefinition {
                let full = words.joined(separator: " ")
                remember(surname: words.last!, full: full)
                found.append(PersonMention(name: full, tokens: k...end, occupation: role))
                k = end + 1
            } else if let mention = name(words, role: role, feminine: feminine, accusative: accusative, initials: initials?.text,
                                  tokens: (before?.tokens.lowerBound ?? k)...(after?.tokens.upperBound ?? end)) {
                found.append(mention)
                k = (after?.tokens.upperBound ?? end) + 1
            } else if end == k, Self.isAnAddress(at: k, in: t) {
                // ("Асель, поправлю: …": whom a reply answers, no one it tells of.)
                k += 1
            } else if end == k, let known = knownName(t[k].text) ?? knownGivenName(t[k].text, feminine: feminine) {
                found.append(PersonMention(name: known, tokens: k...k, occupation: role))
                k += 1
            } else if end == k, let given = Self.loneGivenName(at: k, in: t, feminine: feminine) {
                // One named before surname first: "Нурланова Айгерим Талгатовна", then "в квартире Айгерим".
                if let named = fullByGiven[given], !named.isEmpty {
                    found.append(PersonMention(name: named, tokens: k...k, occupation: role))
                } else if fullByGiven[given] == nil, loneGivenNames.contains(given) || loneGivenNames.count < Self.loneGivenNamesLimit,
                          // (Not kin who speak of the one an act befell: "по словам его сестры Айгерим".)
                          !(k > t.startIndex && Self.kinWords.contains(t[k - 1]) || k - 1 > t.startIndex && Self.kinWords.contains(t[k - 2])) {
                    // "Сегодня в 6 утра Ерлана забрали", "И по Ерлану: …": someone the text knows by the given name so far.
                    loneGivenNames.insert(given)
                    found.append(PersonMention(name: given, tokens: k...k, occupation: role))
                }
                k += 1
            } else {
                k += 1
            }
        }
        // Another spelling of someone named before is that person, once: "Бекзат Ерланович Нурмаганбетов (каз. Бекзат Ерланұлы
        // Нұрмағанбетов …)".
        for i in found.indices {
            let words = found[i].name.split(separator: " ")
            guard words.count >= 2, let known = bySurname[NameKey(String(words.last!)).description], known != found[i].name,
                  let given = known.split(separator: " ").first, NameKey(String(given)) == NameKey(String(words[0])) else { continue }
            found[i].name = known
        }
        // "«Гражданин Б.» — это Нуржан Бекбосынов": an initial beside a name whose surname begins with it is that person.
        if found.count > 1, !initialsNamed.isEmpty {
            for i in found.indices where found[i].name.count == 2 && found[i].name.hasSuffix(".") {
                let letter = String(found[i].name.dropLast())
                if let full = found.first(where: { $0.name.contains(" ") && ($0.name.split(separator: " ").last?.hasPrefix(letter) ?? false) }) {
                    found[i].name = full.name
                }
            }
        }
        if found.count > 1 { Self.keepListInTheNominative(&found, in: t) }
        if found.count > 1 { found = found.enumerated().filter { i, m in !found[..<i].contains { $0.name == m.name } }.map(\.element) }
        return found
    }

    /// Two given names joined by "и" before one surname in the plural ("Ерлана и Даурена Тұрсынбаевых"): each person with the
    /// surname in the singular, a woman's with its "-а".
    static func siblings(at k: Int, in t: ArraySlice<Token>) -> (names: [String], tokens: ClosedRange<Int>)? {
        guard k + 3 < t.endIndex, t[k + 1].lower == "и", t[k + 3].isCapitalized,
              let stem = pluralSurnameEndings.lazy.compactMap({ e in t[k + 3].text.hasByteSuffix(e.plural) ? String(t[k + 3].text.dropLast(e.plural.count)) + e.singular : nil }).first
        else { return nil }
        // (Sisters and daughters are women whatever their names end in: "сестёр Айгуль и Динары Ахметовых".)
        let women = k > t.startIndex && ["сест", "сёст", "дочер", "дочк"].contains { t[k - 1].lower.hasBytePrefix($0) }
        var names: [String] = []
        for word in [t[k].text, t[k + 2].text] {
            let man = givenName(word), woman = givenName(word, feminine: true)
            if let man, !women, !man.hasByteSuffix("а"), !man.hasByteSuffix("я") {
                names.append(man + " " + stem)
            } else if let woman {
                names.append(woman + " " + stem + "а")
            } else {
                return nil
            }
        }
        return (names, k...(k + 3))
    }
    /// A surname's plural endings and what stays of them in the singular: "Жумабаевых" → "Жумабаев".
    private static let pluralSurnameEndings: [(plural: String, singular: String)] = [
        ("овых", "ов"), ("евых", "ев"), ("ёвых", "ёв"), ("иных", "ин"), ("овы", "ов"), ("евы", "ев"), ("ёвы", "ёв"), ("ины", "ин"),
    ]

    /// A list of names with a man's in the nominative is all in the nominative: in "Ерболат Кудайбергенов, Сабина Ахметова и
    /// Нуржан Тлеулесов были оштрафованы" the woman's name is as written, not a man's "Сабин Ахметов" in the genitive.
    private static func keepListInTheNominative(_ found: inout [PersonMention], in t: ArraySlice<Token>) {
        func written(_ m: PersonMention) -> String { t[m.tokens].filter(\.isWord).map(\.text).joined(separator: " ") }
        func joined(_ a: PersonMention, _ b: PersonMention) -> Bool {
            a.tokens.upperBound < b.tokens.lowerBound && t[(a.tokens.upperBound + 1)..<b.tokens.lowerBound].allSatisfy { $0.isMark(",") || $0.lower == "и" }
        }
        var start = found.startIndex
        while start < found.endIndex {
            var end = start
            while end + 1 < found.endIndex, joined(found[end], found[end + 1]) { end += 1 }
            let list = start...end
            let manInTheNominative = list.contains { i in
                let w = written(found[i])
                return w == found[i].name && w.contains(" ") && masculineSurnameEndings.contains { w.hasSuffix($0) }
            }
            // (And one with a man's in the accusative, "Ерболата Кудайбергенова, Сабину Ахметову и …", in the accusative: hers is
            // "Сабина Ахметова", not a man's dative.)
            let manInTheAccusative = list.contains { i in
                let w = written(found[i]).split(separator: " "), n = found[i].name.split(separator: " ")
                return w.count == n.count && w.count >= 2 && zip(w, n).allSatisfy { $0 == $1 + "а" }
                    && masculineSurnameEndings.contains { found[i].name.hasSuffix($0) }
            }
            if list.count > 1, manInTheNominative || manInTheAccusative {
                for i in list {
                    let w = written(found[i]).split(separator: " ").map(String.init)
                    let n = found[i].name.split(separator: " ").map(String.init)
                    guard w.count == n.count, w.count >= 2 else { continue }
                    let ending = manInTheNominative ? "а" : "у"
                    // Each word the name's word with the case ending: "Сабина" and "Сабин".
                    guard zip(w, n).allSatisfy({ $0 == $1 + ending }) else { continue }
                    found[i].name = w.map { String($0.dropLast()) + "а" }.joined(separator: " ")
                }
            }
            start = end + 1
        }
    }
    private static let masculineSurnameEndings = ["ов", "ев", "ёв", "ин", "ский"]
    private static let placePrepositions = WordSet(["в", "во", "из"])

    /// One or two initials from token `k`: a capital letter and its full stop each ("Д.А.", "Д. А."), as "Д. А.".
    static func initials(from k: Int, in t: ArraySlice<Token>) -> (text: String, tokens: ClosedRange<Int>)? {
        var letters: [String] = []
        var i = k
        while letters.count < 2, i + 1 < t.endIndex, isInitial(t[i]), t[i + 1].isMark("."), !t[i + 1].spaceBefore {
            letters.append(t[i].text + ".")
            i += 2
        }
        return letters.isEmpty ? nil : (letters.joined(separator: " "), k...(i - 1))
    }

    /// Initials that end right before token `k`: "Д.А. Сапаров".
    static func initials(endingBefore k: Int, in t: ArraySlice<Token>) -> (text: String, tokens: ClosedRange<Int>)? {
        for count in [2, 1] {
            let first = k - 2 * count
            // Ending right before `k` from `count` initials back, it is `count` of them.
            if first >= t.startIndex, let found = initials(from: first, in: t), found.tokens.upperBound == k - 1 { return found }
        }
        return nil
    }

    private static func isInitial(_ token: Token) -> Bool {
        token.text.unicodeScalars.count == 1 && token.isCapitalized && RussianWords.isCyrillic(token)
    }

    /// The role word a name stands after: just before it ("журналистку Гаухар …"), or before the outlet or body it works
    /// for ("журналистку издания Orda.kz Гаухар …"), with no other name, comma or "и" between.
    private func roleWord(before k: Int, in t: ArraySlice<Token>) -> Int? {
        var i = k - 1
        while i >= t.startIndex, k - i <= Self.roleReach {
            let token = t[i]
            if RussianWords.occupation(of: token) != nil { return i }
            if (token.kind == .punctuation && !token.isMark(".")) || isNameWord(token) || token.lower == "и" { return nil }
            i -= 1
        }
        return nil
    }
    /// How many tokens back a role word may stand from the name.
    private static let roleReach = 5

    private func isNameWord(_ token: Token) -> Bool {
        RussianWords.isCyrillic(token) && token.isCapitalized && !token.isAllCaps && token.text.count >= 2
            && !Self.notNames.contains(token) && RussianWords.month(of: token) == nil
            && RussianPlaceRecognizer.place(of: token) == nil && RussianWords.occupation(of: token) == nil
            // (A verbal noun opening the next line of a card, "А. Оразбаева\nОбвинение — …", is no name: "-ние".)
            && !token.lower.hasByteSuffix("ние")
            // (Nor a profession in "-ист" or "-олог" opening the sentence: "Экономисту Ерлану Муканову … запретили выезд".)
            && !Self.professionEndings.contains(where: { token.lower.hasByteSuffix($0) })
            // (Nor a body's kind written with a capital as a text's defined term: "председателя Профсоюза Жаксылыкова".)
            && !Self.bodyKindStems.contains(where: { token.lower.hasBytePrefix($0) })
    }
    private static let bodyKindStems = ["профсоюз", "движени", "объединени", "ассоциаци", "организаци", "коалици"]
    /// Whether a capitalised word has a surname's ending, whatever else it may name: "Сатпаевой", "Абаеву".
    static func readsAsASurname(_ token: Token) -> Bool {
        RussianWords.isCyrillic(token) && token.isCapitalized && !token.isAllCaps
            && surnameCaseEndings.contains(where: { token.lower.hasByteSuffix($0) })
    }
    private static let surnameCaseEndings = ["ова", "ева", "овой", "евой", "ову", "еву", "овым", "евым", "ов", "ев", "ина", "иной", "ину", "иным"]
    private static let professionEndings = ["ист", "иста", "исту", "истом", "исте", "истка", "истки", "истке", "истку", "исткой",
                                             "олог", "олога", "ологу", "ологом", "ологе"]

    /// The words as a person's name in the nominative, when they read as one.
    private mutating func name(_ words: [String], role: Occupation?, feminine: Bool, accusative: () -> Bool = { false }, initials: String? = nil,
                               tokens: ClosedRange<Int>) -> PersonMention? {
        // "Гульнару Жакупову" as an act's object is a woman's accusative (Гульнара Жакупова), not a man's dative, when the
        // given name has a woman's form in "-а".
        var feminine = feminine
        // A woman's patronymic in any case tells her gender: "Сейтказиеву Гульнару Маратовну".
        if !feminine, words.count >= 2, words.contains(where: Self.isWomansPatronymic) { feminine = true }
        if !feminine, words.count >= 2, let first = words.first, first.hasByteSuffix("у") || first.hasByteSuffix("ю"),
           ["ову", "еву", "ёву", "ину", "ыну"].contains(where: { words.last!.hasByteSuffix($0) }),
           let woman = Self.givenName(first, feminine: true), woman.hasByteSuffix("а") || woman.hasByteSuffix("я"), accusative() {
            feminine = true
        }
        // ("Ахметов Руслан Серикович", surname first as court papers write it: "Ахметов" is no form of "Ахмет" beside a
        // given name in the nominative.)
        let given = words.indices.first { i in
            Self.givenName(words[i], feminine: feminine) != nil
                && !(words.count >= 2 && Self.surnameEndings.contains(where: { words[i].hasByteSuffix($0) })
                     && words.indices.contains { $0 != i && Self.givenName(words[$0], feminine: feminine) == words[$0] })
        }
        let surnamed = words.indices.first { Self.surnameNominative(words[$0], feminine: feminine) != nil }
        guard words.count >= 2 ? (given != nil || surnamed != nil || role != nil) : ((role != nil || initials != nil) && surnamed != nil)
        else { return nil }
        // The gender a feminine given name tells ("Айгуль", "Динара") when the sentence gives none.
        let givenForm = given.flatMap { Self.givenName(words[$0], feminine: feminine) }
        // A man's given name ending in a consonant changes with the case ("Серика"); one written as it is in the
        // nominative beside a surname in "-ова" makes that surname a woman's nominative: "Жанар Куанышева".
        // So does one left uninflected beside a surname in "-ову" ("Айгерим Тулегенову"): a man's would change too
        // ("Марата Жуматова", "Марату Жуматову").
        let surnameInNominativeFeminine = given.map { words[$0] == givenForm } == true && words.count >= 2
            && (["ова", "ева", "ёва", "ина", "ына", "ская", "цкая"].contains { words.last!.hasByteSuffix($0) }
                || (["ову", "еву", "ёву", "ину", "ыну", "скую", "цкую"].contains { words.last!.hasByteSuffix($0) }
                    && givenForm.map { !"ая".contains($0.last ?? "а") } == true))
        let isFeminine = feminine || surnameInNominativeFeminine || (givenForm.map { $0.hasByteSuffix("а") || $0.hasByteSuffix("я") } ?? false)
            // A woman's patronymic: "Айнур Маратовна".
            || words.contains(where: Self.isWomansPatronymic)
            || words.contains { $0.hasByteSuffix("овой") || $0.hasByteSuffix("евой") || $0.hasByteSuffix("иной") || $0.hasByteSuffix("ской") }
        var nominative: [String] = []
        for (index, word) in words.enumerated() {
            if index == given, let form = givenForm {
                nominative.append(form)
            } else if let patronymic = Self.patronymic(word) {
                nominative.append(patronymic)
            } else {
                nominative.append(Self.surnameNominative(word, feminine: isFeminine) ?? word)
            }
        }
        // A given name the list lacks takes the case its surname shows: "Максата Ибраева" → "Максат Ибраев".
        if !isFeminine, words.count >= 2, given == nil, let last = words.last, let surname = nominative.last, last != surname,
           last.hasBytePrefix(surname) {
            let ending = String(last.dropFirst(surname.count))
            let endings = ["а": ["а", "я"], "у": ["у", "ю"], "ым": ["ом", "ем"], "е": ["е"]][ending] ?? []
            if let first = words.first, let end = endings.first(where: { first.hasByteSuffix($0) }), first.count > end.count + 2,
               let stemLast = first.dropLast(end.count).last, !"аеёиоуыэюяь".contains(stemLast) {
                nominative[0] = String(first.dropLast(end.count))
            }
        }
        // "Ахметова Р.С." after "Ахметов Руслан Серикович": the person named in full, whose initials these are.
        if let initials, nominative.count == 1, let known = knownName(words[0]) {
            let knownWords = known.split(separator: " ")
            let letters = initials.split(separator: " ").map { $0.prefix(1) }
            let knownLetters = knownWords.filter { $0 != knownWords.first(where: { Self.surnameNominative(String($0), feminine: isFeminine) == nominative[0] || $0 == Substring(nominative[0]) }) }
                .map { $0.prefix(1) }
            if !letters.isEmpty, knownLetters.starts(with: letters) { return PersonMention(name: known, tokens: tokens, occupation: role) }
        }
        // Initials stand before the surname, as full names are written: "Д. А. Сапаров".
        let full = ((initials.map { [$0] } ?? []) + nominative).joined(separator: " ")
        // A given name and patronymic alone ("Гульмиру Сапаровну"): the person named in full before with both.
        if nominative.count == 2, let givenForm, nominative[0] == givenForm, Self.patronymic(words[1]) != nil,
           let known = byGiven[givenForm], !known.isEmpty, known.split(separator: " ").contains(Substring(nominative[1])) {
            return PersonMention(name: known, tokens: tokens, occupation: role)
        }
        // "Жанболат Ермеков" after "Ермеков Жанболат Серикович" (a card's name, surname first, with the patronymic): the person
        // named in full.
        if nominative.count == 2, initials == nil, let known = nominative.compactMap({ bySurname[NameKey($0).description] }).first,
           known != full, case let knownWords = known.split(separator: " ").map(String.init), knownWords.count == 3,
           nominative.allSatisfy({ knownWords.contains($0) }) {
            return PersonMention(name: known, tokens: tokens, occupation: role)
        }
        // (The surname is the word that is neither the given name nor a patronymic: first in "Ахметов Руслан Серикович".)
        // (Without a known given name, the last word, unless another has a surname's ending.)
        let surnameIndex = nominative.count < 2 ? nil
            : nominative.indices.first { $0 != given && Self.patronymic(words[$0]) == nil && Self.surnameEndings.contains(where: nominative[$0].hasByteSuffix) }
                ?? (given != nil ? nominative.indices.first { $0 != given && Self.patronymic(words[$0]) == nil } : nil)
        if nominative.count >= 2 || initials != nil, let last = surnameIndex.map({ nominative[$0] }) ?? nominative.last {
            remember(surname: last, full: full)
            // (A given name the list does not know, before a surname: "Сагынбека Абилова" is Сагынбек's, for a later
            // "Сагынбека" alone.)
            let firstName = givenForm ?? (nominative.count == 2 && surnameIndex == 1 ? nominative.first : nil)
            if let firstName, nominative.first == firstName, Self.patronymic(words.last!) == nil {
                if let other = byGiven[firstName], other != full { byGiven[firstName] = "" } else { byGiven[firstName] = full }
            }
        }
        return PersonMention(name: full, tokens: tokens, occupation: role)
    }

    private mutating func remember(surname: String, full: String) {
        if bySurname.count >= 5_000 { bySurname.removeAll(); fullByGiven.removeAll() }
        let key = NameKey(surname).description
        // The same person spelt another way, as an encyclopedia gives the Kazakh form after the Russian ("Бекзат Ерланович
        // Нурмаганбетов (каз. Бекзат Ерланұлы Нұрмағанбетов …)"): the name as first written, when it is as full.
        // (Two of a family written surname first are two people: "Жумабаев Ерлан Серикович", "Жумабаев Нурлан Серикович".)
        if let known = bySurname[key], let given = Self.given(of: known), let newGiven = Self.given(of: full),
           NameKey(given) == NameKey(newGiven), known.split(separator: " ").count >= full.split(separator: " ").count { return }
        bySurname[key] = full
        if let given = Self.given(of: full) {
            if let other = fullByGiven[given], other != full { fullByGiven[given] = "" } else { fullByGiven[given] = full }
        }
    }
    /// The given name of a full name, first ("Санжар Исмаилов") or after the surname before a patronymic ("Нурланова Айгерим
    /// Талгатовна"); none of a single word.
    private static func given(of full: String) -> String? {
        let words = full.split(separator: " ")
        guard words.count >= 2 else { return nil }
        return words.count == 3 && patronymic(String(words[2])) != nil && isGivenName(String(words[1])) ? String(words[1]) : String(words[0])
    }

    /// Whether the next word begins another person's name: "Адвокат Тлеулина Марина Ким" is Tleulin's lawyer Marina
    /// Kim — a surname named before, inflected, then a given name in the nominative.
    private func startsAnotherName(after word: String, next: String) -> Bool {
        // Two given names in different cases are two people's: "сестру Нурлана Гульнару Сейткалиеву" (Nurlan's sister Gulnara,
        // a genitive then an accusative). ("Ерлана Жумабека" is one man: a surname may be a given name, in the same case.)
        if word.hasByteSuffix("а") || word.hasByteSuffix("я"), next.hasByteSuffix("у") || next.hasByteSuffix("ю"),
           Self.isGivenName(word), Self.isGivenName(next) {
            return true
        }
        // The given name first: most words after a name's word are its surname, and this answer is remembered per word.
        guard Self.givenName(next) == next || Self.givenName(next, feminine: true) == next else { return false }
        guard let known = knownName(word), let surname = known.split(separator: " ").last else { return false }
        // (Nor a kinsman's name written surname first after one so written: "брат Жумабаев Нурлан Серикович" after
        // "Жумабаев Ерлан Серикович".)
        if known.split(separator: " ").first == Substring(word), !Self.isGivenName(word) { return false }
        // (Not the given name of the one named before surname first: "Сарсенов Ерлан Маратұлы" again.)
        return surname != word && !known.split(separator: " ").contains(Substring(next))
    }

    /// A given name written alone, in its nominative, where it cannot be a word opening the sentence or a place: "Ерлана",
    /// "по Ерлану" (not "Роза" or "Вера" opening a sentence in their nominative, which may be words).
    private static func loneGivenName(at k: Int, in t: ArraySlice<Token>, feminine: Bool) -> String? {
        let word = t[k].text
        guard t[k].isCapitalized, !t[k].isAllCaps, RussianWords.isCyrillic(t[k]),
              let given = givenName(word, feminine: feminine) ?? givenName(word, feminine: !feminine) else { return nil }
        if k == t.startIndex || t[k].lineBefore, given == word { return nil }
        // (Nor a name in a place's or a body's: "улица Абая", "имени Абая", "у памятника Абаю".)
        if k > t.startIndex, ["ул", "им", "мкр", "пр"].contains(t[k - 1].lower) || placeBeforeStems.contains(where: { t[k - 1].lower.hasBytePrefix($0) }) {
            return nil
        }
        // (Nor kin told beside the one an act befell: "Динара (жена) одна с детьми".)
        if k + 2 < t.endIndex, t[k + 1].isMark("(") || t[k + 1].isMark(","), kinWords.contains(t[k + 2]) { return nil }
        return given
    }

    /// Words of a place or a body named after someone: "улица Абая", "памятника Абаю", "имени Абая".
    private static let placeBeforeStems = ["улиц", "проспект", "памятник", "монумент", "площад", "сквер", "парк", "имени", "бульвар", "переул"]

    /// Whether a given name alone opens its sentence as whom it is said to, before a comma and a word in small letters: "Асель,
    /// поправлю: …", "Бауыржан, правильно." (a comment's or a chat's reply), not a list ("Асель, Тимур и Ерлан") or a case
    /// ("Ерлана, как и других, …").
    static func isAnAddress(at k: Int, in t: ArraySlice<Token>) -> Bool {
        guard k == t.startIndex || t[k].lineBefore, k + 2 < t.endIndex, t[k + 1].isMark(","), t[k + 2].isWord, !t[k + 2].isCapitalized,
              !t[k + 2].lower.hasBytePrefix("котор") else { return false }
        return givenName(t[k].text) == t[k].text || givenName(t[k].text, feminine: true) == t[k].text
    }

    /// The full name of the one person named before with this given name, for the given name alone: "Даурена".
    private func knownGivenName(_ word: String, feminine: Bool) -> String? {
        if let given = Self.givenName(word, feminine: feminine) ?? Self.givenName(word, feminine: !feminine),
           let known = byGiven[given], !known.isEmpty { return known }
        // (A given name the list does not know, in a case: "Сагынбека", "Сагынбеку", "Сагынбеком".)
        for ending in ["", "а", "у", "ом", "е", "ым", "ы", "ой"] where word.hasByteSuffix(ending) && word.count > ending.count + 2 {
            if let known = byGiven[String(word.dropLast(ending.count))], !known.isEmpty { return known }
        }
        return nil
    }

    /// The full name of a person named before, for a surname alone ("Тлеубаев" from a hearing's label).
    func knownName(surname word: String) -> String? { knownName(word) }

    /// The full name of a person named before, for a surname alone in any case: "Байтлеу", "Кулбаева".
    private func knownName(_ word: String) -> String? {
        for feminine in [false, true] {
            if let form = Self.surnameNominative(word, feminine: feminine), let full = bySurname[NameKey(form).description] { return full }
        }
        return bySurname[NameKey(word).description]
    }

    /// Whether a word is a given name in any case, a man's or a woman's.
    static func isGivenName(_ word: String) -> Bool { givenName(word) != nil || givenName(word, feminine: true) != nil }

    /// The nominative of a given name in any case, when it is a known one: "Данияра" → "Данияр", "Динары" → "Динара".
    /// Where a stem makes two names ("Гульнар", "Гульнара"), a woman's ending ("-ы", "-ой"), or the sentence's
    /// word that she is a woman, picks the feminine one.
    static func givenName(_ word: String, feminine: Bool = false) -> String? {
        (feminine ? feminineMemo : memo).value(for: word) { lookUpGivenName(word, feminine: feminine) }
    }
    private static let memo = WordMemo<String>(), feminineMemo = WordMemo<String>()

    private static func lookUpGivenName(_ word: String, feminine: Bool) -> String? {
        let letters = Array(word)
        var candidates = [word]
        let feminineCase = feminine || word.hasByteSuffix("ы") || word.hasByteSuffix("ой") || word.hasByteSuffix("ей")
        for cut in 1...2 where letters.count > cut + 2 {
            // ("Ахметов" is a surname, not the given name "Ахмет" in some case: no case ending of a name is "-ов", "-ин".)
            if cut == 2, ["ов", "ев", "ёв", "ин", "ын"].contains(String(letters.suffix(2))) { continue }
            // (Only a case's ending is cut: "Максат" is no form of "Макс".)
            guard Self.givenNameCaseEndings.contains(String(letters.suffix(cut))) else { continue }
            let stem = String(letters.dropLast(cut))
            // (After "и" a woman's name ends in "я": "Марию" is "Мария", not "Мариа".)
            let feminineEndings = stem.hasByteSuffix("и") ? ["я", "а"] : ["а", "я"]
            candidates += feminineCase ? feminineEndings.map { stem + $0 } + [stem + "ь", stem, stem + "й"] : [stem] + feminineEndings.map { stem + $0 } + [stem + "ь", stem + "й"]
        }
        return candidates.first { givenNames.contains(NameKey($0).description) }
    }

    /// The endings a given name takes in its cases: "Данияра", "Динары", "Марию", "Сагынбеком", "Гульнарой".
    private static let givenNameCaseEndings = WordSet(["а", "я", "у", "ю", "е", "ы", "и", "ом", "ым", "ем", "ой", "ей", "ою", "ею"])

    /// A patronymic in the nominative: "Петровича" → "Петрович", "Сергеевны" → "Сергеевна".
    static func patronymic(_ word: String) -> String? {
        for ending in ["вича", "вичу", "вичем", "виче", "вич"] where word.hasByteSuffix(ending) { return String(word.dropLast(ending.count)) + "вич" }
        for ending in ["вны", "вне", "вну", "вной", "вна"] where word.hasByteSuffix(ending) { return String(word.dropLast(ending.count)) + "вна" }
        return nil
    }

    /// A surname's nominative, for the gender given, when the word has a surname's ending in some case:
    /// "Кулбаева" → "Кулбаев" (a man), "Утеповой" → "Утепова", "Жумабеку" → "Жумабек".
    static func surnameNominative(_ word: String, feminine: Bool) -> String? {
        (feminine ? feminineSurnames : surnames).value(for: word) { lookUpSurname(word, feminine: feminine) }
    }
    private static let surnames = WordMemo<String>(), feminineSurnames = WordMemo<String>()

    private static func lookUpSurname(_ word: String, feminine: Bool) -> String? {
        guard word.count >= 4 else { return nil }
        let masculineStems = ["ов", "ев", "ёв", "ин", "ын"]
        if feminine {
            for stem in masculineStems {
                for ending in ["ой", "у", "а"] where word.hasByteSuffix(stem + ending) { return String(word.dropLast(ending.count)) + "а" }
            }
            for (ending, nominative) in [("ской", "ская"), ("скую", "ская"), ("ская", "ская"), ("цкой", "цкая"), ("цкая", "цкая")] where word.hasByteSuffix(ending) {
                return String(word.dropLast(ending.count)) + nominative
            }
        } else {
            // "Сейткалиевой" is a woman's whatever the sentence says: no man's surname ends in "-овой".
            for stem in masculineStems where word.hasByteSuffix(stem + "ой") { return String(word.dropLast(2)) + "а" }
            for stem in masculineStems {
                for ending in ["ым", "а", "у", "е", ""] where word.hasByteSuffix(stem + ending) { return String(word.dropLast(ending.count)) }
            }
            for (ending, nominative) in [("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"), ("ский", "ский"),
                                         ("цкого", "цкий"), ("цкому", "цкий"), ("цким", "цкий"), ("цкий", "цкий")] where word.hasByteSuffix(ending) {
                return String(word.dropLast(ending.count)) + nominative
            }
        }
        // Kazakh surnames on -бек, -бай, -хан, -жан decline like nouns; -улы, -кызы and vowel endings do not.
        for stem in ["бек", "бай", "хан", "жан"] {
            for ending in ["ом", "ым", "а", "у", "е", ""] where word.hasByteSuffix(stem + ending) { return String(word.dropLast(ending.count)) }
        }
        if indeclinableEndings.contains(where: word.hasByteSuffix) { return word }
        return nil
    }
}
