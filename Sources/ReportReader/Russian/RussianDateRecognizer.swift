import CivicModel

/// Finds dates as Russian reports write them: "5 февраля 2021 года", "27 февраля" (the year from the text told
/// before), "05.02.2021", "в марте 2021 г.", "в 2019 году", and days told from the one before: "в тот же день",
/// "на следующий день", "накануне", "через два дня", "три дня спустя", "неделей ранее".
enum RussianDateRecognizer {
    static func dates(in t: ArraySlice<Token>, contextYear: Int?) -> [DateMention] {
        var found: [DateMention] = []
        var k = t.startIndex
        while k < t.endIndex {
            // ("на Рождество", "в День Независимости": a holiday of the year being told.)
            if let mention = explicit(at: k, in: t, contextYear: contextYear) ?? relative(at: k, in: t)
                ?? Holidays.mention(at: k, in: t, contextYear: contextYear) {
                found.append(mention)
                k = mention.tokens.upperBound + 1
            } else {
                k += 1
            }
        }
        // A weekday beside a day written out names that day again: "25 января, в субботу", "в субботу, 1 февраля". Beside a
        // day without its year, it tells the year: "В понедельник, 24 февраля" in a paper of March 2025 after figures for
        // 2024 is 24 February 2025, the Monday.
        func beside(_ a: DateMention, _ b: DateMention) -> Bool {
            let between = b.tokens.lowerBound > a.tokens.upperBound ? b.tokens.lowerBound - a.tokens.upperBound - 1
                : a.tokens.lowerBound - b.tokens.upperBound - 1
            return between <= 1
        }
        for weekdayMention in found {
            guard case .weekday(let wanted) = weekdayMention.kind,
                  let i = found.firstIndex(where: { $0.kind == .explicit && $0.yearInferred && $0.date?.precision == .day && beside(weekdayMention, $0) }),
                  let date = found[i].date, let day = date.day, let month = date.month, DateRecognizer.weekday(of: date) != wanted else { continue }
            let years = (1...DateRecognizer.yearsByWeekday).flatMap { [date.year + $0, date.year - $0] }
            if let year = years.first(where: { y in (try? PartialDate(year: y, month: month, day: day)).flatMap(DateRecognizer.weekday(of:)) == wanted }) {
                found[i].date = try? PartialDate(year: year, month: month, day: day)
                found[i].yearInferred = false
            }
        }
        // "десять дней назад, в среду": the weekday names the day counted back, not the last Wednesday.
        let countedBack = found.filter { if case .published(let days, 0, false) = $0.kind { days < 0 } else { false } }
        if !countedBack.isEmpty {
            found.removeAll { mention in
                guard case .weekday = mention.kind else { return false }
                return countedBack.contains { beside(mention, $0) }
            }
        }
        // "Накануне 1 мая": the day before the day written (and no other "day before").
        for i in found.indices where found[i].kind == .explicit && found[i].date?.precision == .day {
            let first = found[i].tokens.lowerBound
            guard first > t.startIndex, t[first - 1].lower == "накануне", let day = found[i].date else { continue }
            found[i].date = DateRecognizer.offset(day, days: -1, months: 0)
            found[i].tokens = (first - 1)...found[i].tokens.upperBound
            let eve = first - 1
            found.removeAll { $0.kind != .explicit && $0.tokens == eve...eve }
            break
        }
        let all = found
        found.removeAll { mention in
            guard case .weekday = mention.kind else { return false }
            return all.contains { other in other.kind == .explicit && other.date?.precision == .day && beside(mention, other) }
        }
        // "родился 14 июня 1987 года", "1987 г.р.", "дата рождения: 14.06.1987": a birthday dates nothing a text tells.
        found.removeAll { isABirthday($0.tokens, in: t) }
        DateRecognizer.dropAppositions(&found, in: t)
        return found
    }

    /// Whether the date at `range` is someone's birthday: after "родился", "родилась", "рождения", or before "г.р.",
    /// "года рождения".
    static func isABirthday(_ range: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        var k = range.lowerBound - 1
        while k >= t.startIndex, range.lowerBound - k <= 3, !t[k].isWord || RussianWords.same(t[k].lower, "в") { k -= 1 }
        if k >= t.startIndex, range.lowerBound - k <= 3, t[k].lower.hasBytePrefix("родил") || t[k].lower.hasBytePrefix("рожден") { return true }
        let after = t[(range.upperBound + 1)..<min(t.endIndex, range.upperBound + 6)].filter(\.isWord).prefix(2).map(\.lower)
        if after.first == "г", after.dropFirst().first == "р" { return true }
        // (The year's "г." may be the date's own: "1999 г.р." read as "1999 г." and "р.")
        if t[range.upperBound].lower == "г" || (t[range.upperBound].isMark(".") && range.upperBound > t.startIndex && t[range.upperBound - 1].lower == "г"),
           after.first == "р" { return true }
        return after.contains { $0.hasBytePrefix("рожден") }
    }

    /// Days of the month told with an ordinal ending and no month ("17-го", "на 21-е"): of the month of `today`, or of the
    /// month before when that day is still to come.
    static func daysOfTheMonth(in t: ArraySlice<Token>, today: PartialDate) -> [DateMention] {
        guard today.precision == .day else { return [] }
        return daysOfTheMonth(in: t) { DateRecognizer.dayOfTheMonth($0, today: today) }
    }
    /// Such days in a text with no day of writing ("7 февраля … 12-го суд …"): a later day of the month of the day told last.
    /// (An earlier one, "ещё 5-го числа" after the 15th, may be of that month or of one before: it is left without a day.)
    static func daysOfTheMonth(in t: ArraySlice<Token>, inTheMonthOf last: PartialDate) -> [DateMention] {
        guard last.precision == .day, let told = last.day else { return [] }
        return daysOfTheMonth(in: t) { $0 >= told ? try? PartialDate(year: last.year, month: last.month, day: $0) : nil }
    }
    private static func daysOfTheMonth(in t: ArraySlice<Token>, resolve: (Int) -> PartialDate?) -> [DateMention] {
        var found: [DateMention] = []
        for k in t.indices where t[k].isNumber && k + 2 < t.endIndex {
            guard let day = Int(t[k].text), (1...31).contains(day), t[k + 1].isMark("-"), !t[k + 1].spaceBefore,
                  dayEndings.contains(t[k + 2]) else { continue }
            // The word the ordinal (or a list of them: "5-го и 7-го микрорайонов") is of.
            let noun = wordAfterOrdinals(from: k + 3, in: t)
            guard !(noun < t.endIndex && RussianWords.month(of: t[noun]) != nil),
                  // ("отдел полиции 11-го микрорайона": a numbered thing, not a day.)
                  !(noun < t.endIndex && numberedThings.contains { t[noun].lower.hasBytePrefix($0) }) else { continue }
            guard let date = resolve(day) else { continue }
            found.append(DateMention(date: date, kind: .explicit, tokens: k...(k + 2), yearInferred: true))
        }
        return found
    }
    private static let dayEndings = WordSet(["го", "е", "ое", "ого"])

    /// The first token past more ordinals joined to the first by "и", "или" or a comma ("5-го и 7-го микрорайонов" → "микрорайонов").
    private static func wordAfterOrdinals(from start: Int, in t: ArraySlice<Token>) -> Int {
        var k = start
        while k + 3 < t.endIndex, t[k].isMark(",") || ["и", "или"].contains(t[k].lower), t[k + 1].isNumber, t[k + 2].isMark("-"),
              dayEndings.contains(t[k + 3]) {
            k += 4
        }
        return k
    }

    /// A day of the month of the last day told: "15-го числа того же месяца", "20-го числа этого месяца".
    static func daysOfTheSameMonth(in t: ArraySlice<Token>, last: PartialDate) -> [DateMention] {
        guard let month = last.month else { return [] }
        var found: [DateMention] = []
        for k in t.indices where t[k].isNumber && k + 4 < t.endIndex {
            guard let day = Int(t[k].text), (1...31).contains(day), t[k + 1].isMark("-"), !t[k + 1].spaceBefore, dayEndings.contains(t[k + 2]) else { continue }
            var m = k + 3
            let ofTheMonth = t[m].lower == "числа"
            if ofTheMonth { m += 1 }
            let words = t[m...].prefix(3).map(\.lower)
            let end: Int
            if words.starts(with: ["того", "же", "месяца"]) { end = m + 2 } else if words.starts(with: ["этого", "месяца"]) { end = m + 1 }
            // ("Уже 20-го числа, …" after 15 March: a later day of the month the story is in.)
            else if ofTheMonth, let told = last.day, day > told, RussianWords.month(of: t[m]) == nil { end = m - 1 } else { continue }
            guard let date = try? PartialDate(year: last.year, month: month, day: min(day, PartialDate.daysIn(month: month, year: last.year))) else { continue }
            found.append(DateMention(date: date, kind: .explicit, tokens: k...end, yearInferred: true))
        }
        return found
    }

    /// A day of the month in ordinal words closing its clause, with no month and no day of writing to count from ("вышел
    /// из спецприёмника двенадцатого."): the first such day on or after the story's last day.
    static func ordinalDaysAfter(in t: ArraySlice<Token>, last: PartialDate) -> [DateMention] {
        guard last.precision == .day else { return [] }
        return t.indices.compactMap { k in
            guard let day = ordinalDays[t[k]], day < 20, t[k].lower.hasByteSuffix("го"), k + 1 < t.endIndex, t[k + 1].kind == .punctuation,
                  k > t.startIndex, t[k - 1].isWord, !t[k - 1].isNumber, let date = DateRecognizer.dayOfTheMonth(day, onFrom: last) else { return nil }
            return DateMention(date: date, kind: .explicit, tokens: k...k, yearInferred: true)
        }
    }
    private static let numberedThings = ["микрорайон", "мкр", "отдел", "участ", "квартал", "созыв", "этаж", "класс", "дом", "округ", "район",
                                         "съезд", "пункт", "кабинет", "мест", "курс", "отряд", "корпус", "блок", "годов", "лет", "век"]

    /// Days in ordinal words, in the genitive ("второго") and the neuter ("второе"); the tens also open a compound
    /// ("двадцать первого" is read as "двадцать" + "первого").
    private static let ordinalDays: WordMap<Int> = {
        let stems = ["перв", "втор", "треть", "четвёрт", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят",
                     "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат",
                     "восемнадцат", "девятнадцат", "двадцат"]
        let days = [1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]
        var map: [String: Int] = ["двадцать": 20, "тридцать": 30, "тридцатого": 30, "тридцатое": 30]
        for (stem, day) in zip(stems, days) {
            let soft = stem == "треть"
            map[stem + (soft ? "его" : "ого")] = day
            map[stem + (soft ? "е" : "ое")] = day
        }
        return WordMap(map)
    }()

    private static let yearEndings = WordSet(["м", "го", "й", "ом", "ого", "му", "ому"])
    /// Words after a number that make it an amount, not a day: "12.50 тенге", "10.10 млн".
    static let amountWords = ["тенге", "тг", "млн", "млрд", "тыс", "руб", "доллар", "евро", "мрп", "процент"]
    /// The year a number gives, if it reads as one (1991–2100).
    /// The acts a noun after "на следующий день после …" names: the day counted from is the last such act's.
    static let actsByNoun: [String: Set<EventType>] = [
        "задержания": [.detention], "ареста": [.detention, .administrativeArrest, .pretrialDetention], "обыска": [.searchOfPremises],
        "обысков": [.searchOfPremises], "приговора": [.conviction], "суда": [.conviction, .fine, .administrativeArrest],
        "освобождения": [.release], "разгона": [.assemblyDispersed], "нападения": [.physicalAttack],
    ]
    static let seasons = WordSet(["весной", "летом", "осенью", "зимой"])
    private static func year(_ token: Token) -> Int? {
        guard token.isNumber, token.text.count == 4, let value = Int(token.text), (1991...2100).contains(value) else { return nil }
        return value
    }

    private static func explicit(at k: Int, in t: ArraySlice<Token>, contextYear: Int?) -> DateMention? {
        let token = t[k]
        // A chronology's entry, of the year its heading gives: "12.01 — Задержан …", "Март — Прокуратура вынесла …".
        // (The entry's own head: a later day told before it moves it into no other year.)
        if k + 1 < t.endIndex, t[k + 1].isMark("—") || t[k + 1].isMark("–"), t[t.startIndex..<k].allSatisfy({ $0.kind == .punctuation }) {
            let parts = token.isNumber ? token.text.split(separator: ".", omittingEmptySubsequences: false) : []
            if parts.count == 2, parts[1].count == 2, let d = Int(parts[0]), let m = Int(parts[1]), (1...31).contains(d), (1...12).contains(m) {
                let date = contextYear.flatMap { try? PartialDate(year: $0, month: m, day: d) }
                return DateMention(date: date, kind: .explicit, tokens: k...k, yearInferred: date == nil)
            }
            if token.isCapitalized, let month = RussianWords.month(of: token) {
                let date = contextYear.flatMap { try? PartialDate(year: $0, month: month) }
                return DateMention(date: date, kind: .explicit, tokens: k...k, yearInferred: date == nil)
            }
        }
        // "Сентябрь 2025 — …", "Март 2023 г. — …": an entry's month with its year.
        if token.isCapitalized, let month = RussianWords.month(of: token), k + 2 < t.endIndex, let y = year(t[k + 1]),
           t[t.startIndex..<k].allSatisfy({ $0.kind == .punctuation }), let date = try? PartialDate(year: y, month: month) {
            var last = k + 1
            if RussianWords.isYearWord(t[k + 2]) { last = k + 2 }
            if last + 1 < t.endIndex, t[last + 1].isMark("."), RussianWords.isYearWord(t[last]) { last += 1 }
            if last + 1 < t.endIndex, t[last + 1].isMark("—") || t[last + 1].isMark("–") || t[k + 2].isMark("—") || t[k + 2].isMark("–") {
                return DateMention(date: date, kind: .explicit, tokens: k...last)
            }
        }
        // "Выпуск № 11 (2025): неделя …", "Обзор за март (2025)": a year alone in brackets closing a heading's label.
        if let y = year(token), k > t.startIndex, t[k - 1].isMark("("), k + 1 < t.endIndex, t[k + 1].isMark(")"),
           k + 2 == t.endIndex || t[k + 2].isMark(":"), let date = try? PartialDate(year: y) {
            return DateMention(date: date, kind: .explicit, tokens: k...k)
        }
        // "ИТОГИ-2025", "Выборы-2024": a year joined to the word it labels, as headings and hashtags write it.
        if let y = year(token), !token.spaceBefore, k - 2 >= t.startIndex, t[k - 1].isMark("-"), !t[k - 1].spaceBefore, t[k - 2].isWord,
           !(k + 1 < t.endIndex && t[k + 1].isMark("-")), let date = try? PartialDate(year: y) {
            return DateMention(date: date, kind: .explicit, tokens: k...k)
        }
        // "В понедельник, 06.10, …", "25.10 Ерлан …": a day and a month in figures, of the year being told. (Two figures each,
        // so that "2.5 млн" is no date.)
        // (A line may open with a day of one figure, as a thread writes it: "5.02 Райсуд дал ему …".)
        let opensALine = k == t.startIndex || token.lineBefore
        if token.isNumber, case let parts = token.text.split(separator: ".", omittingEmptySubsequences: false), parts.count == 2,
           parts[0].count == 2 || (parts[0].count == 1 && opensALine && k + 1 < t.endIndex && t[k + 1].isWord), parts[1].count == 2, let d = Int(parts[0]), let m = Int(parts[1]), (1...31).contains(d), (1...12).contains(m),
           !(k + 1 < t.endIndex && (t[k + 1].isMark("%") || RussianDateRecognizer.amountWords.contains { t[k + 1].lower.hasPrefix($0) })) {
            let date = contextYear.flatMap { try? PartialDate(year: $0, month: m, day: d) }
            return DateMention(date: date, kind: .explicit, tokens: k...k, yearInferred: true)
        }
        // "Уже 14/11 …": a day and a month with a slash, of the year being told.
        if let (d, m) = DateRecognizer.slashedDayAndMonth(at: k, in: t) {
            let date = contextYear.flatMap { try? PartialDate(year: $0, month: m, day: d) }
            return DateMention(date: date, kind: .explicit, tokens: k...(k + 2), yearInferred: true)
        }
        // "04.2025 — …": a month and its year in figures, as chronicles write a month.
        if token.isNumber, case let parts = token.text.split(separator: ".", omittingEmptySubsequences: false), parts.count == 2,
           parts[0].count == 2, parts[1].count == 4, let m = Int(parts[0]), let y = Int(parts[1]), (1...12).contains(m), (1991...2100).contains(y),
           let date = try? PartialDate(year: y, month: m) {
            return DateMention(date: date, kind: .explicit, tokens: k...k)
        }
        // "05.02.2021"; and "22.02.25", the year in two figures, as tables and forms shorten it (of this century).
        if token.isNumber, token.text.contains(".") {
            let texts = token.text.split(separator: ".")
            let parts = texts.map { Int($0) }
            guard parts.count == 3, let d = parts[0], let m = parts[1], var y = parts[2] else { return nil }
            if texts[2].count == 2, texts[0].count == 2, texts[1].count == 2 { y += 2000 }
            guard (1991...2100).contains(y), let date = try? PartialDate(year: y, month: m, day: d) else { return nil }
            return DateMention(date: date, kind: .explicit, tokens: k...k)
        }
        // "5 февраля 2021 года", "27 февраля", "5-го февраля", and a span of days by its first: "с 1 по 10 января", "1–3 марта"
        if token.isNumber, let day = Int(token.text), (1...31).contains(day), let monthIndex = monthAfterDay(k, in: t),
           let month = RussianWords.month(of: t[monthIndex]) {
            return dayMention(from: k, day: day, month: month, monthIndex: monthIndex, in: t, contextYear: contextYear)
        }
        // "второго февраля", "двадцать первого марта 2024 года", "первое мая": a day in ordinal words.
        if let ordinal = ordinalDays[token] {
            var day = ordinal, next = k + 1
            if ordinal >= 20, ordinal % 10 == 0, next < t.endIndex, let unit = ordinalDays[t[next]], unit < 10 { day += unit; next += 1 }
            if next < t.endIndex, let month = RussianWords.month(of: t[next]),
               t[next].lower.hasSuffix("я") || t[next].lower.hasSuffix("а") {
                return dayMention(from: k, day: day, month: month, monthIndex: next, in: t, contextYear: contextYear)
            }
        }
        // "в марте 2021 года", "в феврале" (not a day's month, which the case above takes)
        if let month = RussianWords.month(of: token), k > t.startIndex, ["в", "во", "с", "до", "конце", "начале", "середине", "течение"].contains(t[k - 1].lower) {
            var (yearValue, inferred, last) = yearAfterMonth(k, in: t, contextYear: contextYear)
            // "С апреля по июнь 2025 г.": a span's first month, of the year written after its last (or the year before, when
            // the span runs over New Year: "с ноября по февраль 2025 г.").
            if k + 3 < t.endIndex, ["по", "до", "-", "–"].contains(t[k + 1].lower), let end = RussianWords.month(of: t[k + 2]), let y = year(t[k + 3]) {
                (yearValue, inferred, last) = (end < month ? y - 1 : y, false, afterYearWord(k + 3, in: t))
            }
            guard let y = yearValue, let date = try? PartialDate(year: y, month: month) else { return nil }
            return DateMention(date: date, kind: .explicit, tokens: k...last, yearInferred: inferred)
        }
        // "весной", "летом": a season of the year being told, known to its year only. ("летом 2023 года" is the year written.)
        // ("Осенью двадцать третьего": the season of the year said in words.)
        if seasons.contains(token), let (y, last) = yearInWords(at: k + 1, in: t), let date = try? PartialDate(year: y) {
            return DateMention(date: date, kind: .explicit, tokens: k...last)
        }
        if seasons.contains(token), !(k + 1 < t.endIndex && year(t[k + 1]) != nil), let y = contextYear, let date = try? PartialDate(year: y) {
            return DateMention(date: date, kind: .explicit, tokens: k...k, yearInferred: true)
        }
        // "в том же году": the year being told.
        if token.lower == "в", k + 3 < t.endIndex, t[k + 1].lower == "том", t[k + 2].lower == "же", t[k + 3].lower == "году",
           let y = contextYear, let date = try? PartialDate(year: y) {
            return DateMention(date: date, kind: .explicit, tokens: k...(k + 3), yearInferred: true)
        }
        // "в 2019 году", "2021 года"
        if let y = year(token), k + 1 < t.endIndex, RussianWords.isYearWord(t[k + 1]), let date = try? PartialDate(year: y) {
            return DateMention(date: date, kind: .explicit, tokens: k...afterYearWord(k, in: t))
        }
        // "в 2023-м", "летом 2023-го": the year with its ending after a hyphen.
        if let y = year(token), k + 2 < t.endIndex, t[k + 1].isMark("-"), !t[k + 1].spaceBefore, yearEndings.contains(t[k + 2].lower),
           let date = try? PartialDate(year: y) {
            return DateMention(date: date, kind: .explicit, tokens: k...(k + 2))
        }
        return nil
    }

    /// A day from token `k` to its month at `monthIndex`, and the year written after the month if there is one
    /// ("5 февраля 2021 года"), else the year being told.
    private static func dayMention(from k: Int, day: Int, month: Int, monthIndex: Int, in t: ArraySlice<Token>, contextYear: Int?) -> DateMention {
        // ("10 апр. 2025": an abbreviated month's stop before the year.)
        let abbreviated = monthIndex + 1 < t.endIndex && t[monthIndex + 1].isMark(".") && !t[monthIndex + 1].spaceBefore && t[monthIndex].text.count <= 4
        let (yearValue, inferred, last) = yearAfterMonth(abbreviated ? monthIndex + 1 : monthIndex, in: t, contextYear: contextYear)
        guard let y = yearValue, let date = try? PartialDate(year: y, month: month, day: day) else {
            return DateMention(date: nil, kind: .explicit, tokens: k...last, yearInferred: true)
        }
        return DateMention(date: date, kind: .explicit, tokens: k...last, yearInferred: inferred)
    }

    /// The year written right after a month ("февраля 2021 года"), with the last token it takes; else the year being told.
    private static func yearAfterMonth(_ monthIndex: Int, in t: ArraySlice<Token>, contextYear: Int?) -> (year: Int?, inferred: Bool, last: Int) {
        // ("в мае двадцать четвёртого": the year in words, as people say it.)
        if let (y, last) = yearInWords(at: monthIndex + 1, in: t) { return (y, false, last) }
        // ("в декабре 1986-го", "в мае 1989 года": a year before independence, told as a year.)
        if monthIndex + 3 < t.endIndex, t[monthIndex + 1].isNumber, t[monthIndex + 1].text.count == 4, let y = Int(t[monthIndex + 1].text),
           DateRecognizer.years.contains(y), year(t[monthIndex + 1]) == nil,
           t[monthIndex + 2].isMark("-") && yearEndings.contains(t[monthIndex + 3].lower) || RussianWords.isYearWord(t[monthIndex + 2]) {
            return (y, false, t[monthIndex + 2].isMark("-") ? monthIndex + 3 : afterYearWord(monthIndex + 1, in: t))
        }
        // ("в ноябре 24-го": the year in two figures, of this century, as people write it in a comment.)
        if monthIndex + 3 < t.endIndex, t[monthIndex + 1].isNumber, t[monthIndex + 1].text.count == 2, let short = Int(t[monthIndex + 1].text),
           t[monthIndex + 2].isMark("-"), !t[monthIndex + 2].spaceBefore, yearEndings.contains(t[monthIndex + 3].lower),
           DateRecognizer.years.contains(2000 + short), contextYear.map({ 2000 + short <= $0 + 1 }) ?? true {
            return (2000 + short, false, monthIndex + 3)
        }
        guard monthIndex + 1 < t.endIndex, let y = year(t[monthIndex + 1]) else { return (contextYear, true, monthIndex) }
        return (y, false, afterYearWord(monthIndex + 1, in: t))
    }

    /// A year of this century said in words, "двадцать третьего (года)", "в двадцать первом году": the year and its last token.
    /// (Not a day: "двадцать третьего мая" names its month after it.)
    static func yearInWords(at k: Int, in t: ArraySlice<Token>) -> (Int, Int)? {
        guard k < t.endIndex, RussianWords.same(t[k].lower, "двадцать") || t[k].lower.hasBytePrefix("двадцат") else { return nil }
        var value = 0, last = k
        if t[k].lower.hasBytePrefix("двадцат"), !RussianWords.same(t[k].lower, "двадцать") {
            // "двадцатого года", "в двадцатом году"
            guard t[k].lower.hasBytePrefix("двадцато") else { return nil }
        } else {
            guard k + 1 < t.endIndex, let unit = yearOrdinals.first(where: { t[k + 1].lower.hasBytePrefix($0.key) })?.value else { return nil }
            value = unit
            last = k + 1
        }
        if last + 1 < t.endIndex, RussianWords.month(of: t[last + 1]) != nil { return nil }
        if last + 1 < t.endIndex, RussianWords.isYearWord(t[last + 1]) { last += 1 }
        return (2020 + value, last)
    }
    /// Prepositions of a place, after which "накануне" stands alone: "накануне у здания суда", "накануне возле акимата".
    private static let placePrepositions = WordSet(["у", "возле", "около", "на", "в", "во", "перед", "под"])
    private static let yearOrdinals: [String: Int] = ["перв": 1, "втор": 2, "трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6,
                                                      "седьм": 7, "восьм": 8, "девят": 9]

    /// Where the month of a day number stands: right after it, after an ordinal ending ("5-го"), or after the span's
    /// last day ("1 по 10", "1–3").
    private static func monthAfterDay(_ k: Int, in t: ArraySlice<Token>) -> Int? {
        var n = k + 1
        // ("«16» июня 2025 г.": a legal paper's day in quotes.)
        if n < t.endIndex, k > t.startIndex, t[k - 1].isMark("«") && t[n].isMark("»") || t[k - 1].isMark("\"") && t[n].isMark("\"") { n += 1 }
        if n + 1 < t.endIndex, t[n].isMark("-"), !t[n].spaceBefore, ordinalEndings.contains(t[n + 1]) { n += 2 }
        if n + 1 < t.endIndex, t[n].lower == "по" || t[n].isMark("-") || t[n].isMark("–"), t[n + 1].isNumber,
           let end = Int(t[n + 1].text), (1...31).contains(end) {
            n += 2
        }
        return n < t.endIndex && RussianWords.month(of: t[n]) != nil ? n : nil
    }
    private static let ordinalEndings = WordSet(["го", "ого", "е", "ое"])

    /// The last token of a year with its word: "2021 года", "2021 г.".
    private static func afterYearWord(_ yearIndex: Int, in t: ArraySlice<Token>) -> Int {
        var last = yearIndex
        if last + 1 < t.endIndex, RussianWords.isYearWord(t[last + 1]) {
            last += 1
            if t[last].lower.hasBytePrefix("г"), t[last].text.count <= 2, last + 1 < t.endIndex, t[last + 1].isMark("."), !t[last + 1].spaceBefore { last += 1 }
        }
        return last
    }

    /// Days told from the day before: the same day, the next, the one before, or some days or weeks on.
    static func relative(at k: Int, in t: ArraySlice<Token>) -> DateMention? {
        // Most words start none: they are told apart by key before any string is compared.
        guard t[k].isNumber || relativeStarts.contains(t[k]) || RussianWords.numberWords[t[k]] != nil else { return nil }
        func word(_ i: Int) -> String { i < t.endIndex ? t[i].lower : "" }
        let w = word(k)
        // "во вторник", "в понедельник": counted from the day the text was published.
        if w == "в" || w == "во", let day = weekdays[word(k + 1)] {
            return DateMention(date: nil, kind: .weekday(day), tokens: k...(k + 1))
        }
        // "в ночь на вторник": the night before Tuesday, told as that Tuesday.
        if w == "в", word(k + 1) == "ночь", word(k + 2) == "на", let day = weekdays[word(k + 3)] {
            return DateMention(date: nil, kind: .weekday(day), tokens: k...(k + 3))
        }
        // "в минувший понедельник", "в прошлую пятницу", "в эту среду": the same, the nearest such day before.
        if w == "в", weekdayQualifiers.contains(word(k + 1)), let day = weekdays[word(k + 2)] {
            return DateMention(date: nil, kind: .weekday(day), tokens: k...(k + 2))
        }
        if w == "на", word(k + 1) == "прошлой", word(k + 2) == "неделе" {
            return DateMention(date: nil, kind: .published(days: -7, months: 0, monthOnly: true), tokens: k...(k + 2))
        }
        // "в прошлом ноябре", "в минувшем марте": the latest such month before the month of writing.
        if w == "в", word(k + 1) == "прошлом" || word(k + 1) == "минувшем", k + 2 < t.endIndex, let month = RussianWords.month(of: t[k + 2]) {
            return DateMention(date: nil, kind: .lastNamedMonth(month), tokens: k...(k + 2))
        }
        if w == "в", word(k + 1) == "прошлом", word(k + 2) == "месяце" {
            return DateMention(date: nil, kind: .published(days: 0, months: -1, monthOnly: true), tokens: k...(k + 2))
        }
        switch w {
        case "вчера":
            return DateMention(date: nil, kind: .published(days: -1, months: 0, monthOnly: false), tokens: k...k)
        case "позавчера":
            return DateMention(date: nil, kind: .published(days: -2, months: 0, monthOnly: false), tokens: k...k)
        case "сегодня":
            return DateMention(date: nil, kind: .published(days: 0, months: 0, monthOnly: false), tokens: k...k)
        case "в", "во":
            // "в середине месяца", "в конце месяца", "в том же месяце": the month being told.
            if ["середине", "начале", "конце"].contains(word(k + 1)), word(k + 2) == "месяца" {
                return DateMention(date: nil, kind: .sameMonth, tokens: k...(k + 2))
            }
            if word(k + 1) == "том", word(k + 2) == "же", word(k + 3) == "месяце" { return DateMention(date: nil, kind: .sameMonth, tokens: k...(k + 3)) }
            // "в тот же день", "в этот же день", "в тот день", "в тот же вечер", "в ту же ночь"
            if ["тот", "этот", "ту", "эту"].contains(word(k + 1)) {
                if word(k + 2) == "же", ["день", "вечер", "ночь", "утро"].contains(word(k + 3)) { return DateMention(date: nil, kind: .sameDay, tokens: k...(k + 3)) }
                if ["день", "вечер"].contains(word(k + 2)) { return DateMention(date: nil, kind: .sameDay, tokens: k...(k + 2)) }
            }
        case "после":
            // "После обыска его доставили …": the day of the act just told.
            // (Not after a day of its own: "Вчера после обыска её задержали" is of yesterday.)
            if k > t.startIndex, ownDays.contains(t[k - 1]) { break }
            if actNouns.contains(where: { word(k + 1).hasBytePrefix($0) }) { return DateMention(date: nil, kind: .sameDay, tokens: k...(k + 1)) }
        case "тот" where k == t.startIndex:
            // A table's date cell: "тот же день".
            if word(k + 1) == "же", word(k + 2) == "день" { return DateMention(date: nil, kind: .sameDay, tokens: k...(k + 2)) }
        case "тем", "этим":
            if word(k + 1) == "же", ["днем", "днём", "вечером", "утром"].contains(word(k + 2)) { return DateMention(date: nil, kind: .sameDay, tokens: k...(k + 2)) }
            // "Этим же приговором осуждены …", "тем же решением": the day of the decision just told.
            if word(k + 1) == "же", ["приговором", "решением", "постановлением"].contains(word(k + 2)) {
                return DateMention(date: nil, kind: .sameDay, tokens: k...(k + 2))
            }
        case "того":
            // "поздно вечером того же дня", "утром того же дня"
            if word(k + 1) == "же", ["дня", "вечера", "утра"].contains(word(k + 2)) { return DateMention(date: nil, kind: .sameDay, tokens: k...(k + 2)) }
        case "на":
            if ["следующий", "другой"].contains(word(k + 1)), word(k + 2) == "день" {
                // ("на следующий день после задержания": counted from the act named, to be found by the reader.)
                let counted = word(k + 3) == "после" && actsByNoun[word(k + 4)] != nil
                return DateMention(date: nil, kind: .relative(days: 1, months: 0), tokens: k...(k + (counted ? 4 : 2)))
            }
            // "На след. день СМАС назначил …": a brief's shorthand.
            if word(k + 1) == "след", word(k + 2) == ".", word(k + 3) == "день" {
                return DateMention(date: nil, kind: .relative(days: 1, months: 0), tokens: k...(k + 3))
            }
        case "накануне":
            // "накануне суда", "накануне его ареста" name another day; before a verb or alone it is the day before.
            var next = k + 1
            if next < t.endIndex, RussianWords.singularPronouns.contains(t[next]) || RussianWords.pluralPronouns.contains(t[next]) { next += 1 }
            // ("накануне вечером": the evening before, whatever follows.)
            if next < t.endIndex, ["вечером", "утром", "ночью", "днем", "днём"].contains(t[next].lower) {
                return DateMention(date: nil, kind: .relative(days: -1, months: 0), tokens: k...next)
            }
            // (So before a place's preposition: "задержали его накануне у здания суда".)
            if next >= t.endIndex || !t[next].isWord || isPastVerb(t[next].lower) || placePrepositions.contains(t[next]) {
                return DateMention(date: nil, kind: .relative(days: -1, months: 0), tokens: k...k)
            }
            // "Накануне департамент полиции зарегистрировал …": opening its sentence before the subject, the day before
            // (not "Накануне суда …", "Накануне Нового года", an occasion in the genitive).
            if t[k].isCapitalized || (k > t.startIndex && (t[k - 1].isMark("–") || t[k - 1].isMark("—"))),
               !t[next].isCapitalized, !occasionsBefore.contains { t[next].lower.hasBytePrefix($0) } {
                return DateMention(date: nil, kind: .relative(days: -1, months: 0), tokens: k...k)
            }
        case "днем", "днём":
            if ["ранее", "раньше"].contains(word(k + 1)) { return DateMention(date: nil, kind: .relative(days: -1, months: 0), tokens: k...(k + 1)) }
            if ["позже", "позднее"].contains(word(k + 1)) { return DateMention(date: nil, kind: .relative(days: 1, months: 0), tokens: k...(k + 1)) }
        case "наутро", "назавтра":
            // "Наутро суд санкционировал его арест": the next day.
            return DateMention(date: nil, kind: .relative(days: 1, months: 0), tokens: k...k)
        case "минут", "минуты":
            // "минут через десять": the same day.
            if word(k + 1) == "через" { return DateMention(date: nil, kind: .sameDay, tokens: k...(k + 1)) }
        case "через", "спустя":
            // "спустя 72 часа": three days on.
            if k + 1 < t.endIndex, let hours = RussianWords.number(at: k + 1, in: t), hours.value >= 24, word(hours.tokens.upperBound + 1).hasBytePrefix("час") {
                return DateMention(date: nil, kind: .relative(days: Int(hours.value) / 24, months: 0), tokens: k...(hours.tokens.upperBound + 1))
            }
            // "через несколько часов", "через три часа", "через полчаса", "через десять минут": the same day.
            let shortly = { (w: String) in w.hasBytePrefix("час") || w.hasBytePrefix("минут") || w == "полчаса" }
            if shortly(word(k + 1)) || (shortly(word(k + 2)) && (RussianWords.number(at: k + 1, in: t) != nil || word(k + 1) == "несколько")) {
                return DateMention(date: nil, kind: .sameDay, tokens: k...(shortly(word(k + 1)) ? k + 1 : k + 2))
            }
            // "через два дня", "спустя неделю", "через месяц"
            // ("через два дня после задержания", "через неделю после освобождения": counted from the act named.)
            if let span = span(at: k + 1, in: t) {
                let counted = word(span.last + 1) == "после" && actsByNoun[word(span.last + 2)] != nil
                return DateMention(date: nil, kind: .relative(days: span.days, months: span.months), tokens: k...(span.last + (counted ? 2 : 0)))
            }
        default:
            // "два дня спустя", "неделю спустя", "неделей ранее", "месяцем ранее"
            if let span = span(at: k, in: t), span.last + 1 < t.endIndex {
                switch word(span.last + 1) {
                case "спустя", "позже", "позднее": return DateMention(date: nil, kind: .relative(days: span.days, months: span.months), tokens: k...(span.last + 1))
                case "ранее", "раньше": return DateMention(date: nil, kind: .relative(days: -span.days, months: -span.months), tokens: k...(span.last + 1))
                // "десять дней назад", "два месяца назад": counted back from the day of writing.
                case "назад":
                    return DateMention(date: nil, kind: .published(days: -span.days, months: -span.months, monthOnly: span.months != 0),
                                       tokens: k...(span.last + 1))
                default: break
                }
            }
        }
        return nil
    }

    /// The words a relative date can start with, besides numbers.
    /// Days "после обыска" may follow, which then give the time: "вчера после обыска".
    private static let ownDays = WordSet(["вчера", "сегодня", "позавчера"])
    /// Acts "после" can name as the time of the next: a search, a detention, a questioning, a hearing.
    private static let actNouns = ["обыск", "задержани", "допрос", "заседани"]
    /// Occasions "накануне" names in the genitive: "накануне суда", "накануне выборов", "накануне акции".
    private static let occasionsBefore = ["суда", "заседани", "выбор", "акци", "митинг", "приговор", "праздник", "годовщин", "слушани",
                                          "рассмотрени", "референдум", "визит", "его", "её", "ее", "их"]
    private static let relativeStarts = WordSet(["после", "в", "во", "тот", "тем", "этим", "того", "на", "накануне", "днем", "днём", "через", "спустя", "неделю", "неделей",
                                                 "неделя", "месяц", "месяцем", "день", "сутки", "вчера", "позавчера", "сегодня", "наутро", "назавтра",
                                                 "минут", "минуты"])
    /// Whether a weekday is told with "прошлый", "минувший" or "этот": counted from the day of writing, not along a story.
    static func isQualifiedWeekday(_ mention: DateMention) -> Bool {
        guard case .weekday = mention.kind else { return false }
        return mention.tokens.count == 3
    }
    /// Whether a weekday is told as past ("в прошлую среду", "в минувший вторник"): never the day of writing itself.
    static func isPastWeekday(_ mention: DateMention, in t: ArraySlice<Token>) -> Bool {
        isQualifiedWeekday(mention) && mention.tokens.lowerBound + 1 < t.endIndex
            && ["прошл", "минувш", "позапрошл"].contains { t[mention.tokens.lowerBound + 1].lower.hasBytePrefix($0) }
    }
    private static let weekdayQualifiers = WordSet(["минувший", "минувшую", "минувшее", "прошлый", "прошлую", "прошлое", "этот", "эту",
                                                    "позапрошлый", "позапрошлую", "позапрошлое"])
    /// Whether a weekday is told as the one a week before the last ("в позапрошлую субботу").
    static func isWeekdayBeforeLast(_ mention: DateMention, in t: ArraySlice<Token>) -> Bool {
        isQualifiedWeekday(mention) && mention.tokens.lowerBound + 1 < t.endIndex && t[mention.tokens.lowerBound + 1].lower.hasBytePrefix("позапрошл")
    }
    /// Days of the week after "в"/"во", in the accusative: 1 Monday … 7 Sunday.
    /// The day of the week (1 Monday … 7 Sunday) a weekday's name in the nominative gives: "Вторник" heading a chronicle's day.
    static func weekday(named token: Token) -> Int? { weekdayNames[token.lower] }
    private static let weekdayNames: [String: Int] = ["понедельник": 1, "вторник": 2, "среда": 3, "четверг": 4, "пятница": 5, "суббота": 6,
                                                      "воскресенье": 7]
    private static let weekdays: [String: Int] = ["понедельник": 1, "вторник": 2, "среду": 3, "четверг": 4, "пятницу": 5, "субботу": 6,
                                                  "воскресенье": 7]

    /// Whether a word reads as a past verb or short participle: "задержали", "провела", "арестован".
    private static func isPastVerb(_ word: String) -> Bool {
        ["ли", "ла", "ло", "лся", "лась", "лись", "ан", "ана", "аны", "ен", "ена", "ены"].contains { word.hasByteSuffix($0) } && word.count > 3
    }

    /// A span of days, weeks or months: "два дня", "неделю", "месяцем", "10 дней".
    private static func span(at k: Int, in t: ArraySlice<Token>) -> (days: Int, months: Int, last: Int)? {
        guard k < t.endIndex else { return nil }
        let w = t[k].lower
        if ["неделю", "неделей", "неделя"].contains(w) { return (7, 0, k) }
        if ["месяц", "месяцем"].contains(w) { return (0, 1, k) }
        if ["день", "сутки"].contains(w) { return (1, 0, k) }
        guard let number = RussianWords.number(at: k, in: t), number.value == number.value.rounded(), number.value < 400,
              number.tokens.upperBound + 1 < t.endIndex else { return nil }
        let count = Int(number.value), unitToken = t[number.tokens.upperBound + 1]
        if unitToken.lower.hasBytePrefix("недел") { return (7 * count, 0, number.tokens.upperBound + 1) }
        switch RussianWords.unit(of: unitToken) {
        case .day?: return (count, 0, number.tokens.upperBound + 1)
        case .month?: return (0, count, number.tokens.upperBound + 1)
        default: return nil
        }
    }
}
