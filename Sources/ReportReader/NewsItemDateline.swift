import CivicModel

/// The dateline a news feed puts under each item's headline, on a line of its own: "Today, 10:42", "Вчера, 17:15",
/// "URALSK, 15 March.", "УРАЛЬСК, 15 марта.", "10.03.2025, 19:05", or above it, as a court's press releases do ("05.02.2024").
/// The item below it is of that day; its headline only announces what the item tells.
enum NewsItemDateline {
    /// How long such a line may be.
    static let maximumLength = 40
    /// The days "today" and "yesterday" are from the feed's own day.
    private static let relativeDays: [String: Int] = ["today": 0, "yesterday": -1, "сегодня": 0, "вчера": -1]
    /// Words a stamp of time may have between its day and its hour: "Yesterday at 17:15", "Вчера в 17:15".
    private static let joiners: Set<String> = ["at", "в"]

    /// The day a line gives as an item's dateline, if it is one; `today` is the day the feed was updated.
    static func day(of line: ArraySlice<Unicode.Scalar>, year: Int?, today: PartialDate?, underAHeadline: Bool = false) -> PartialDate? {
        guard line.count <= maximumLength, line.contains(where: { !ReportReader.Session.isWhitespace($0) }) else { return nil }
        let tokens = Tokenizer.tokens(line, base: 0)
        let words = tokens.filter(\.isWord)
        let clock = clockTime(in: tokens)
        // "Today, 10:42": a day counted from the feed's, with its hour.
        if let first = words.first, let shift = relativeDays[first.lower], let clock, tokens[..<clock].filter(\.isWord).count == words.count,
           words.dropFirst().allSatisfy({ joiners.contains($0.lower) }) {
            return today.flatMap { DateRecognizer.offset($0, days: shift, months: 0) }
        }
        let end = clock ?? tokens.endIndex
        guard tokens[end...].allSatisfy({ $0.kind == .punctuation || $0.isNumber }) else { return nil }
        let russian = RussianWords.script(of: line) == .russian
        func oneDay(_ part: ArraySlice<Token>) -> DateMention? {
            let found = russian ? RussianDateRecognizer.dates(in: part, contextYear: year) : DateRecognizer.dates(in: part, contextYear: year)
            guard found.count == 1, found[0].kind == .explicit, found[0].date?.precision == .day else { return nil }
            return found[0]
        }
        // "10.03.2025, 19:05", "05.02.2024": figures alone, with the hour or without.
        if words.isEmpty, let date = oneDay(tokens[..<end]), !date.yearInferred { return date.date }
        // "12 February 2025", "February 12, 2025": a day in words with its year, alone on its line right under a headline, as a
        // tracker dates its entries. (Above a headline, "4 March 2026\nBekova released", it heads the entry as a heading does.)
        if underAHeadline, words.count == 1, DateRecognizer.month(of: words[0]) != nil || RussianWords.month(of: words[0]) != nil,
           let date = oneDay(tokens[..<end]), !date.yearInferred { return date.date }
        // "URALSK, 15 March.": a place in capitals, a comma, the day.
        guard let comma = tokens.firstIndex(where: { $0.isMark(",") }), comma > 0, comma <= 3,
              tokens[..<comma].allSatisfy({ $0.isWord && $0.isAllCaps && $0.text.count > 1 || $0.isMark("-") }),
              // ("SUNDAY, 8 MARCH" heads a live blog's day: no town's dateline.)
              !tokens[..<comma].contains(where: { DateRecognizer.isWeekday($0) || russianWeekdays.contains($0.lower) }),
              let date = oneDay(tokens[(comma + 1)..<end]),
              tokens[(comma + 1)..<end].indices.allSatisfy({ date.tokens.contains($0) || tokens[$0].kind == .punctuation || yearWords.contains(tokens[$0].lower) })
        else { return nil }
        // (A day without a year after the feed's own day is of the year before.)
        if date.yearInferred, let today, let day = date.date, day > today { return try? PartialDate(year: day.year - 1, month: day.month, day: day.day) }
        return date.date
    }
    private static let yearWords: Set<String> = ["года", "год", "г"]
    private static let russianWeekdays: Set<String> = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]

    /// Where "10:42" begins in a line, when the line ends with it.
    private static func clockTime(in tokens: [Token]) -> Int? {
        guard let k = tokens.indices.first(where: { k in
            k + 2 < tokens.count && tokens[k].isNumber && tokens[k].text.count <= 2 && tokens[k + 1].isMark(":")
                && tokens[k + 2].isNumber && tokens[k + 2].text.count == 2
        }), tokens[(k + 3)...].allSatisfy({ $0.kind == .punctuation }) else { return nil }
        return k
    }

    /// The part of a line before a bar that sets a headline after it ("AKTOBE, 22 APRIL | FOLLOW-UP: …"), within the length a
    /// dateline may have.
    static func beforeAHeadline(_ line: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar>? {
        guard let bar = line.prefix(maximumLength + 1).firstIndex(of: "|"), bar > line.startIndex,
              line[bar...].dropFirst().contains(where: { $0 != " " }), !line[(bar + 1)...].contains("|") else { return nil }
        return line[..<bar]
    }

    /// Whether the paragraph read so far is a headline alone: one line, with no full stop at its end.
    static func isHeadline(_ buffer: [Unicode.Scalar]) -> Bool {
        guard let last = buffer.lastIndex(where: { !ReportReader.Session.isWhitespace($0) }), let first = buffer.firstIndex(where: { !ReportReader.Session.isWhitespace($0) }),
              last - first < ReportReader.Session.headingLength * 2 else { return false }
        return !buffer[first...last].contains("\n") && !".!?:;".unicodeScalars.contains(buffer[last])
    }
}
