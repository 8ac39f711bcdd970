import CivicModel

/// A date as written in a report, with the tokens it spans.
struct DateMention: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// Written out: "5th February 2021", "in March 2021", "in 2019".
        case explicit
        /// The day of the event told just before: "the same day", "later that day".
        case sameDay
        /// The month of the event told just before: "the same month", "later that month".
        case sameMonth
        /// Days or months from the day told just before: "two days later" (+2 days), "the next day" (+1),
        /// "a month earlier" (−1 month, known to the month only).
        case relative(days: Int, months: Int)
        /// A day of the week (1 Monday … 7 Sunday), as news stories date what happened in the days before they were
        /// published: "on Tuesday" is the last Tuesday on or before the publication day.
        case weekday(Int)
        /// Days or months from the day the text was published: "yesterday" (−1 day), "today", "last week" and "last month"
        /// (known to the month only).
        case published(days: Int, months: Int, monthOnly: Bool)
        /// A month named with "last" (1 January … 12 December): "last October" is the latest October before the month the text
        /// was published in.
        case lastNamedMonth(Int)
    }
    var date: PartialDate?
    var kind: Kind
    var tokens: ClosedRange<Int>
    /// Whether the year came from the surrounding text rather than from the date itself.
    var yearInferred = false
    /// Whether the mention counts from the day the text was published ("on Tuesday", "last week").
    var isFromPublication: Bool {
        switch kind {
        case .weekday, .published, .lastNamedMonth: true
        default: false
        }
    }
}

/// Finds dates in the forms reports use: "On 5th February 2021", "on 24 May", "February 5, 2021",
/// "16-17 December 2011" (a range becomes its month), "in March 2021", "in 2019", "the same day", "later that month".
/// A date without a year takes `contextYear`: the year of the sentence's other dates or of the report so far.
enum DateRecognizer {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    /// The month a lower-cased word names, if any; words that cannot be a month's name (by length and first
    /// letter) are ruled out before the table is hashed.
    @inline(__always) static func month(named lower: String) -> Int? {
        let utf8 = lower.utf8
        guard utf8.count >= 3, utf8.count <= 9, let first = utf8.first, monthInitials[Int(first)] else { return nil }
        return months[lower]
    }
    /// `month(named:)` for a token's lower-cased form, looked up by its key.
    @inline(__always) static func month(of token: Token) -> Int? {
        guard token.first.value < 128, monthInitials[Int(token.first.value)], token.lower.utf8.count >= 3 else { return nil }
        return monthsByKey[token]
    }
    private static let monthsByKey = WordMap(months)
    private static let monthInitials: [Bool] = (0..<256).map { byte in months.keys.contains { $0.utf8.first == UInt8(byte) } }
    /// Four-digit numbers in this range are read as years.
    static let years = 1900...2100
    /// Prepositions and conjunctions that may follow "in 2014" and leave it a year.
    private static let yearFollowers = WordSet(["from", "near", "to", "with", "outside", "under", "over", "during", "while", "as", "because",
                                                "despite", "but", "without", "within", "inside", "into", "amid", "following", "until", "since",
                                                "against", "via", "alongside", "together", "or", "then", "only", "too", "also", "again"])
    private static let yearLeads = WordSet(["in", "since", "during", "by", "until", "from", "of", "early", "late", "mid", "throughout", "before", "after"])

    /// Days of the month told by their ordinal alone ("on the 3rd", "on the evening of the 21st", "the 14th"): of the month
    /// of `today` (the day of publication), or of the month before when that day is still to come; or, after a day the
    /// paragraph `told` ("submitted on Jan. 6; on the 21st the department refused"), of that day's month, never after
    /// `today`. Without `today`, only an ordinal in figures: "the Second City Court" is no day. (Not "the 5th anniversary",
    /// "the 3rd floor", "the 3rd of March".)
    static func daysOfTheMonth(in t: ArraySlice<Token>, today: PartialDate?, told: PartialDate? = nil) -> [DateMention] {
        guard let anchor = today ?? told, let month = anchor.month, anchor.day != nil else { return [] }
        // (Looked for first when it is all that counts: most sentences have none.)
        if today == nil, !t.contains(where: isOrdinalInFigures) { return [] }
        var found: [DateMention] = []
        // (In words: "on the twelfth".)
        for k in t.indices.dropFirst() where t[k - 1].lower == "the" {
            var day: Int, last = k
            if isOrdinalInFigures(t[k]), let figures = Int(t[k].text) {
                day = figures
            } else if today != nil, let spoken = spokenOrdinal(at: k, in: t) {
                (day, last) = spoken
            } else { continue }
            guard (1...31).contains(day), !(k - 2 >= t.startIndex && DateRecognizer.month(of: t[k - 2]) != nil) else { continue }
            if last + 1 < t.endIndex, t[last + 1].isWord,
               numberedThings.contains(t[last + 1]) || t[last + 1].lower == "of" || DateRecognizer.month(of: t[last + 1]) != nil { continue }
            // ("Back in October, on the twelfth": the month named just before.)
            let named = t[max(t.startIndex, k - 5)..<(k - 1)].last { DateRecognizer.month(of: $0) != nil && $0.isCapitalized }.flatMap { DateRecognizer.month(of: $0) }
            let date: PartialDate?
            if let named {
                date = try? PartialDate(year: named <= month ? anchor.year : anchor.year - 1, month: named, day: day)
            } else {
                // (A spoken ordinal alone, "the second", is too often no day.)
                guard last == k, t[k].isNumber else { continue }
                date = dayOfTheMonth(day, today: today, told: told)
            }
            guard let date else { continue }
            found.append(DateMention(date: date, kind: .explicit, tokens: (k - 1)...last, yearInferred: true))
        }
        return found
    }
    /// Whether a token is an ordinal in figures: the tokenizer keeps its figures as its text and its ending only in its span
    /// ("3rd" reads "3").
    @inline(__always) static func isOrdinalInFigures(_ token: Token) -> Bool {
        token.isNumber && token.end - token.start > token.text.utf8.count
    }
    /// A day of the month told by its ordinal alone: counted on from the day `told` when it is not before it (or whatever it
    /// is, with no day of publication), and not after `today`; else back from `today`.
    private static func dayOfTheMonth(_ day: Int, today: PartialDate?, told: PartialDate?) -> PartialDate? {
        if let told, let toldOn = told.day, day >= toldOn || today == nil, let onFrom = dayOfTheMonth(day, onFrom: told),
           today.map({ onFrom <= $0 }) ?? true {
            return onFrom
        }
        return today.flatMap { dayOfTheMonth(day, today: $0) }
    }
    /// A day of the month told without its month in a story ("вышел … двенадцатого", a diary's "13-е, четверг."): of the month
    /// of the day told last, or of the month after when that day has passed.
    static func dayOfTheMonth(_ day: Int, onFrom last: PartialDate) -> PartialDate? {
        guard let month = last.month, let lastDay = last.day else { return nil }
        let (y, m) = day >= lastDay ? (last.year, month) : (month == 12 ? last.year + 1 : last.year, month == 12 ? 1 : month + 1)
        return try? PartialDate(year: y, month: m, day: day)
    }
    /// A day of the month told without its month ("the 14th", "17-го"): of the month of `today`, or of the month before when
    /// that day is still to come.
    static func dayOfTheMonth(_ day: Int, today: PartialDate) -> PartialDate? {
        guard let month = today.month, let todayDay = today.day else { return nil }
        let (y, m) = day <= todayDay ? (today.year, month) : (month == 1 ? today.year - 1 : today.year, month == 1 ? 12 : month - 1)
        return try? PartialDate(year: y, month: m, day: day)
    }
    /// What an ordinal numbers when it is no day: "the 5th anniversary", "the 3rd floor".
    private static let numberedThings = WordSet(["anniversary", "floor", "time", "times", "day", "days", "century", "district", "session",
                                                 "convocation", "congress", "place", "grade", "year", "years", "birthday", "round", "article",
                                                 "part", "paragraph", "minute", "hour", "week", "month", "street", "microdistrict", "company",
                                                 "person", "consecutive", "straight", "largest", "biggest", "case", "hearing", "issue", "edition"])
    /// A day said in words with its month: "April the seventh", "April the 7th", "the seventh of April",
    /// "the twenty-second of September" (from "the").
    private static func spokenDay(at k: Int, in t: ArraySlice<Token>, month: (Int) -> Int?) -> (month: Int, day: Int, last: Int)? {
        func ordinal(_ i: Int) -> (day: Int, last: Int)? {
            guard i < t.endIndex else { return nil }
            if let spoken = spokenOrdinal(at: i, in: t) { return spoken }
            guard t[i].isNumber, t[i].text.count > 2, ["st", "nd", "rd", "th"].contains(where: { t[i].text.hasSuffix($0) }),
                  let d = Int(t[i].text.dropLast(2)), (1...31).contains(d) else { return nil }
            return (d, i)
        }
        guard k + 2 < t.endIndex else { return nil }
        if t[k + 1].first == "t", let mo = month(k), t[k + 1].lower == "the", let d = ordinal(k + 2) { return (mo, d.day, d.last) }
        if t[k].lower == "the", let d = spokenOrdinal(at: k + 1, in: t), d.last + 2 < t.endIndex, t[d.last + 1].lower == "of",
           let mo = month(d.last + 2) {
            return (mo, d.day, d.last + 2)
        }
        return nil
    }
    /// A day's ordinal in words, where it ends: "seventh", "twenty-second", "thirty first".
    private static func spokenOrdinal(at i: Int, in t: ArraySlice<Token>) -> (day: Int, last: Int)? {
        guard i < t.endIndex, t[i].isWord else { return nil }
        if let word = ordinalWords[t[i]] { return (word, i) }
        guard let tens = ordinalTens[t[i].lower] else { return nil }
        let unit = i + 2 < t.endIndex && t[i + 1].isMark("-") && !t[i + 1].spaceBefore ? i + 2 : i + 1
        guard unit < t.endIndex, let n = ordinalWords[t[unit]], n <= 9, tens + n <= 31 else { return nil }
        return (tens + n, unit)
    }
    private static let ordinalTens = ["twenty": 20, "thirty": 30]
    /// What goes on for days, its days counted: "the third day of the protest".
    private static let runningActions = WordSet(["protest", "protests", "strike", "rally", "sit-in", "picket", "blockade", "demonstration", "hunger"])
    private static let ordinalWords = WordMap(Dictionary(uniqueKeysWithValues: [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ].enumerated().map { ($1, $0 + 1) } + [("thirtieth", 30)]))

    static func dates(in tokens: ArraySlice<Token>, contextYear: Int?) -> [DateMention] {
        var found: [DateMention] = []
        var used = Set<Int>()
        var k = tokens.startIndex
        func year(at i: Int) -> Int? {
            // Number tokens are ASCII, so UTF-8 counts are character counts.
            guard i < tokens.endIndex, tokens[i].isNumber, tokens[i].text.utf8.count == 4, let y = Int(tokens[i].text), years.contains(y) else { return nil }
            return y
        }
        func day(at i: Int) -> Int? {
            guard i >= tokens.startIndex, i < tokens.endIndex, tokens[i].isNumber else { return nil }
            let digits = tokens[i].text.utf8.prefix { $0 >= 48 && $0 <= 57 }
            guard digits.count <= 2, let d = Int(Substring(digits)), (1...31).contains(d) else { return nil }
            return d
        }
        func month(at i: Int) -> Int? {
            guard i >= tokens.startIndex, i < tokens.endIndex, tokens[i].isWord, tokens[i].isCapitalized else { return nil }
            // "May" alone is a month only beside a number.
            return DateRecognizer.month(of: tokens[i])
        }
        while k < tokens.endIndex {
            // A holiday after its preposition: "on Independence Day", of the year being told.
            if let holiday = Holidays.mention(at: k, in: tokens, contextYear: contextYear) {
                found.append(holiday)
                for i in holiday.tokens { used.insert(i) }
                k = holiday.tokens.upperBound + 1
                continue
            }
            // DD.MM.YYYY, as reports from the region write dates: "06.06.2021".
            // DD/MM/YYYY, as press-freedom databases write dates: "07/04/2026" (MM/DD only when the second part cannot be a month).
            if tokens[k].isNumber, k + 4 < tokens.endIndex, tokens[k + 1].isMark("/"), tokens[k + 3].isMark("/"),
               (k + 1...k + 4).allSatisfy({ !tokens[$0].spaceBefore }), let date = slashedDate(tokens[k], tokens[k + 2], tokens[k + 4]) {
                found.append(DateMention(date: date, kind: .explicit, tokens: k...(k + 4)))
                for i in k...(k + 4) { used.insert(i) }
                k += 5
                continue
            }
            // YYYY-MM-DD, as logs and databases write dates: "2024-01-16".
            if let y = year(at: k), k + 4 < tokens.endIndex, tokens[k + 1].isMark("-"), tokens[k + 3].isMark("-"),
               (k + 1...k + 4).allSatisfy({ !tokens[$0].spaceBefore }), tokens[k + 2].isNumber, tokens[k + 2].text.utf8.count == 2,
               tokens[k + 4].isNumber, tokens[k + 4].text.utf8.count == 2, let mo = Int(tokens[k + 2].text), let d = Int(tokens[k + 4].text),
               let date = try? PartialDate(year: y, month: mo, day: d) {
                found.append(DateMention(date: date, kind: .explicit, tokens: k...(k + 4)))
                for i in k...(k + 4) { used.insert(i) }
                k += 5
                continue
            }
            if tokens[k].isNumber, let date = numericDate(tokens[k]) {
                found.append(DateMention(date: date, kind: .explicit, tokens: k...k))
                used.insert(k)
                k += 1
                continue
            }
            // "03.07 | Almaty | …", "until 25.07": a day and a month in figures, of the year being told, where a cell or a
            // sentence opens or after a word that leads a day in (not "12.05 million", "$10.11").
            if tokens[k].isNumber, let y = contextYear, let (d, mo) = dayAndMonth(tokens[k]), dayInFiguresLeadsIn(tokens, before: k),
               !(k + 1 < tokens.endIndex && (tokens[k + 1].isMark("%") || amountsAfterFigures.contains(tokens[k + 1]))),
               let date = try? PartialDate(year: y, month: mo, day: d) {
                found.append(DateMention(date: date, kind: .explicit, tokens: k...k, yearInferred: true))
                used.insert(k)
                k += 1
                continue
            }
            // "Almaty, 26/03:", "14/11": a day and a month in figures with a slash, of the year being told.
            if let y = contextYear, let (d, mo) = slashedDayAndMonth(at: k, in: tokens), let date = try? PartialDate(year: y, month: mo, day: d) {
                found.append(DateMention(date: date, kind: .explicit, tokens: k...(k + 2), yearInferred: true))
                for i in k...(k + 2) { used.insert(i) }
                k += 3
                continue
            }
            // D[-D] Month [YYYY]
            if let d = day(at: k) {
                var m = k + 1, range = false
                // "the 3rd of March 2025": an ordinal day, "of", its month.
                if m + 1 < tokens.endIndex, tokens[m].lower == "of", month(at: m + 1) != nil,
                   tokens[k].end - tokens[k].start > tokens[k].text.unicodeScalars.count || (k > tokens.startIndex && tokens[k - 1].lower == "the") { m += 1 }
                if m + 1 < tokens.endIndex, tokens[m].isMark("-") || tokens[m].isMark("–"), day(at: m + 1) != nil { m += 2; range = true }
                // "between 1 and 5 March", "from 1 to 5 March": a range too.
                if m + 1 < tokens.endIndex, k > tokens.startIndex, ["between", "from"].contains(tokens[k - 1].lower),
                   ["and", "to", "till", "until"].contains(tokens[m].lower), day(at: m + 1) != nil, month(at: m + 2) != nil { m += 2; range = true }
                if let mo = month(at: m) {
                    var last = m, y: Int? = nil
                    var next = m + 1
                    if next < tokens.endIndex, tokens[next].isMark(".") { next += 1 }
                    if let yy = year(at: next) { y = yy; last = next }
                    let inferred = y == nil
                    if let y = y ?? contextYear {
                        let date = try? PartialDate(year: y, month: mo, day: range ? nil : min(d, PartialDate.daysIn(month: mo, year: y)))
                        found.append(DateMention(date: date, kind: .explicit, tokens: k...last, yearInferred: inferred))
                    }
                    for i in k...last { used.insert(i) }
                    k = last + 1
                    continue
                }
            }
            // "April the seventh", "April the 7th", "the seventh of April", as a speaker says a day.
            // (Most tokens open neither: told apart by their first letter before any string is compared.)
            if tokens[k].isWord, tokens[k].isCapitalized || tokens[k].first == "t", let spoken = spokenDay(at: k, in: tokens, month: month(at:)),
               !used.contains(k) {
                if let y = contextYear, let date = try? PartialDate(year: y, month: spoken.month, day: min(spoken.day, PartialDate.daysIn(month: spoken.month, year: y))) {
                    found.append(DateMention(date: date, kind: .explicit, tokens: k...spoken.last, yearInferred: true))
                }
                for i in k...spoken.last { used.insert(i) }
                k = spoken.last + 1
                continue
            }
            // Month D, YYYY  |  Month YYYY  (and "Jan. 8, 2022", the month abbreviated with its stop)
            if let mo = month(at: k), !used.contains(k) {
                let stop = k + 1 < tokens.endIndex && tokens[k + 1].isMark(".") && !tokens[k + 1].spaceBefore && tokens[k].lower.count <= 4 ? 1 : 0
                if let d = day(at: k + 1 + stop), !(k + 2 + stop < tokens.endIndex && month(at: k + 2 + stop) != nil) {
                    var last = k + 1 + stop, y: Int? = nil
                    var next = k + 2 + stop
                    if next < tokens.endIndex, tokens[next].isMark(",") { next += 1 }
                    if let yy = year(at: next) { y = yy; last = next }
                    let inferred = y == nil
                    if let y = y ?? contextYear {
                        let date = try? PartialDate(year: y, month: mo, day: min(d, PartialDate.daysIn(month: mo, year: y)))
                        found.append(DateMention(date: date, kind: .explicit, tokens: k...last, yearInferred: inferred))
                        for i in k...last { used.insert(i) }
                        k = last + 1
                        continue
                    }
                }
                if let y = year(at: k + 1) {
                    found.append(DateMention(date: try? PartialDate(year: y, month: mo), kind: .explicit, tokens: k...(k + 1)))
                    used.insert(k); used.insert(k + 1)
                    k += 2
                    continue
                }
                // "last October": counted from the day of publication.
                if k > tokens.startIndex, tokens[k - 1].lower == "last", !(k + 1 < tokens.endIndex && tokens[k + 1].isNumber) {
                    found.append(DateMention(date: nil, kind: .lastNamedMonth(mo), tokens: (k - 1)...k))
                    used.insert(k)
                    k += 1
                    continue
                }
                // in February, in mid-February, in early March: the month of the year being told.
                // ("rejected by the City Court that August": the August of the year told; not "that May", which may be a verb.)
                if let y = contextYear, monthLeadsIn(tokens, before: k)
                    || (k > tokens.startIndex && tokens[k - 1].lower == "that" && tokens[k].isCapitalized && tokens[k].lower != "may") {
                    found.append(DateMention(date: try? PartialDate(year: y, month: mo), kind: .explicit, tokens: k...k, yearInferred: true))
                    used.insert(k)
                    k += 1
                    continue
                }
            }
            // "in late spring", "during the summer of 2023", "in autumn 2022": a season, known to its year only.
            if isASeason(tokens, at: k) {
                var y = contextYear, last = k, inferred = true
                if let written = year(at: k + 1) { (y, last, inferred) = (written, k + 1, false) }
                else if k + 2 < tokens.endIndex, tokens[k + 1].lower == "of", let written = year(at: k + 2) { (y, last, inferred) = (written, k + 2, false) }
                // ("In the summer of the referendum …", "In the spring when the river flooded …": a year told by what happened in it.)
                let toldByAnEvent = last == k && k + 1 < tokens.endIndex && ["of", "when", "after", "before"].contains(tokens[k + 1].lower)
                if let y, !toldByAnEvent {
                    found.append(DateMention(date: try? PartialDate(year: y), kind: .explicit, tokens: k...last, yearInferred: inferred))
                    k = last + 1
                    continue
                }
            }
            // in YYYY
            if let y = year(at: k), !used.contains(k), k > tokens.startIndex, yearLeads.contains(tokens[k - 1]) {
                let followedByNoun = k + 1 < tokens.endIndex && tokens[k + 1].isWord && !tokens[k + 1].isCapitalized && tokens[k + 1].lower != "and"
                    && !["the", "he", "she", "they", "it", "a", "an", "after", "before", "when", "on", "for", "at", "in", "was", "were", "had", "has", "is", "by", "of"].contains(tokens[k + 1].lower)
                    // ("released on parole in 2014 from a colony": a preposition, not a count's noun as in "in 2014 people …".)
                    && !yearFollowers.contains(tokens[k + 1])
                if !followedByNoun {
                    found.append(DateMention(date: try? PartialDate(year: y), kind: .explicit, tokens: k...k))
                    k += 1
                    continue
                }
            }
            // the same day, later that day
            if tokens[k].kind == .word, partsOfADay.contains(tokens[k]), k > tokens.startIndex, sameOrThat.contains(tokens[k - 1]),
               !(k + 1 < tokens.endIndex && tokens[k + 1].lower == "of") {
                found.append(DateMention(date: nil, kind: .sameDay, tokens: (k - 1)...k))
            }
            if tokens[k].lower == "month", k > tokens.startIndex, sameOrThat.contains(tokens[k - 1]),
               !(k + 1 < tokens.endIndex && tokens[k + 1].lower == "of") {
                found.append(DateMention(date: nil, kind: .sameMonth, tokens: (k - 1)...k))
            }
            // "at the end of the month": of the month being told.
            if tokens[k].lower == "month", k - 3 >= tokens.startIndex, tokens[k - 1].lower == "the", tokens[k - 2].lower == "of",
               partsOfAMonth.contains(tokens[k - 3]) {
                found.append(DateMention(date: nil, kind: .sameMonth, tokens: (k - 3)...k))
            }
            if publishedStarts.contains(tokens[k]), let mention = published(at: k, in: tokens) {
                found.append(mention)
                k = mention.tokens.upperBound + 1
                continue
            }
            if relativeStarts.contains(tokens[k]) || tokens[k].isNumber, let relative = relative(at: k, in: tokens) {
                found.append(relative)
                k = relative.tokens.upperBound + 1
                continue
            }
            k += 1
        }
        // A weekday beside a day without its year tells the year: "On Monday 12 May" in a post about 2025 that also named
        // January 2022 is 12 May 2025, the Monday.
        for i in found.indices where found[i].yearInferred && found[i].kind == .explicit {
            guard let date = found[i].date, date.precision == .day, let wanted = weekdayBeside(found[i].tokens, in: tokens),
                  weekday(of: date) != wanted, let day = date.day, let month = date.month else { continue }
            let years = (1...yearsByWeekday).flatMap { [date.year + $0, date.year - $0] }
            if let year = years.first(where: { y in (try? PartialDate(year: y, month: month, day: day)).flatMap(weekday(of:)) == wanted }) {
                found[i].date = try? PartialDate(year: year, month: month, day: day)
                found[i].yearInferred = false
            }
        }
        // "born 14 June 1987", "date of birth: 02.03.1990": a birthday dates nothing a text tells.
        found.removeAll { isABirthday($0.tokens, in: tokens) }
        dropAppositions(&found, in: tokens)
        return found
    }

    /// "on 12 May, a week after his release", "27 марта, на следующий день после выписки": a day counted from something else,
    /// told beside a day written out, describes that day; it is no second day.
    static func dropAppositions(_ found: inout [DateMention], in t: ArraySlice<Token>) {
        let written = found
        found.removeAll { mention in
            guard case .relative = mention.kind, mention.tokens.lowerBound - 2 >= t.startIndex, t[mention.tokens.lowerBound - 1].isMark(",") else { return false }
            return written.contains { $0.kind == .explicit && $0.date?.precision == .day && $0.tokens.upperBound == mention.tokens.lowerBound - 2 }
        }
    }

    private static let birthWords = WordSet(["born", "birth", "b", "dob"])
    /// Whether the date at `range` is someone's birthday: after "born (on|in)", "b.", "date of birth:", "DOB".
    static func isABirthday(_ range: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        var k = range.lowerBound - 1
        while k >= t.startIndex, range.lowerBound - k <= 3, !t[k].isWord || ["on", "in"].contains(t[k].lower) { k -= 1 }
        return k >= t.startIndex && range.lowerBound - k <= 3 && birthWords.contains(t[k])
    }

    /// How many years either way a weekday may move a day without its year.
    static let yearsByWeekday = 3

    /// The weekday written just before a day ("Monday 12 May", "Tue, 4 June") or just after it ("12 May (Monday)").
    private static func weekdayBeside(_ range: ClosedRange<Int>, in tokens: ArraySlice<Token>) -> Int? {
        func weekdayAt(_ i: Int) -> Int? {
            guard i >= tokens.startIndex, i < tokens.endIndex, tokens[i].isCapitalized else { return nil }
            return weekdays[tokens[i]] ?? shortWeekdayNumbers[tokens[i].lower]
        }
        var before = range.lowerBound - 1
        if before >= tokens.startIndex, tokens[before].isMark(",") { before -= 1 }
        if let day = weekdayAt(before) { return day }
        var after = range.upperBound + 1
        if after < tokens.endIndex, tokens[after].isMark(",") || tokens[after].isMark("(") { after += 1 }
        return weekdayAt(after)
    }

    /// The day three numbers written with slashes give: day, month, year; or month, day, year when the second cannot be a month.
    static func slashedDate(_ a: Token, _ b: Token, _ c: Token) -> PartialDate? {
        guard a.text.utf8.count <= 2, b.text.utf8.count <= 2, c.text.utf8.count == 4,
              let x = Int(a.text), let y = Int(b.text), let year = Int(c.text), years.contains(year) else { return nil }
        let (day, month) = y > 12 ? (y, x) : (x, y)
        return try? PartialDate(year: year, month: month, day: day)
    }

    /// A number token written DD.MM.YYYY (or D.M.YYYY) that is a real day.
    static func numericDate(_ token: Token) -> PartialDate? {
        guard token.isNumber, token.text.utf8.count >= 8, token.text.utf8.count <= 10 else { return nil }
        let parts = token.text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), years.contains(y) else { return nil }
        return try? PartialDate(year: y, month: m, day: d)
    }

    /// A number token written DD.MM, two figures each, that is a real day of some year.
    static func dayAndMonth(_ token: Token) -> (day: Int, month: Int)? {
        let parts = token.text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let d = Int(Substring(parts[0])), let m = Int(Substring(parts[1])),
              (1...12).contains(m), (1...PartialDate.daysIn(month: m, year: 2024)).contains(d) else { return nil }
        return (d, m)
    }
    /// A day and a month written "DD/MM", two figures each and nothing slashed or in figures on either side ("26/03", not
    /// "26/03/2025", "1/2", "50/50" or "24/7"), as e-mails and messengers shorten a day.
    static func slashedDayAndMonth(at k: Int, in t: ArraySlice<Token>) -> (day: Int, month: Int)? {
        guard k + 2 < t.endIndex, t[k].isNumber, t[k + 1].isMark("/"), t[k + 2].isNumber, !t[k + 1].spaceBefore, !t[k + 2].spaceBefore,
              t[k].text.utf8.count == 2, t[k + 2].text.utf8.count == 2, let d = Int(t[k].text), let m = Int(t[k + 2].text),
              (1...12).contains(m), (1...PartialDate.daysIn(month: m, year: 2024)).contains(d) else { return nil }
        if k > t.startIndex, !t[k].spaceBefore, t[k - 1].isMark("/") || t[k - 1].isNumber { return nil }
        if k + 3 < t.endIndex, !t[k + 3].spaceBefore, t[k + 3].isMark("/") || t[k + 3].isNumber || t[k + 3].isMark("%") { return nil }
        return (d, m)
    }

    /// Whether a day in figures stands where a day is told: a sentence's or a table cell's start, or after "on", "until" ….
    private static func dayInFiguresLeadsIn(_ tokens: ArraySlice<Token>, before k: Int) -> Bool {
        guard k > tokens.startIndex else { return true }
        let lead = tokens[k - 1]
        return lead.isMark("|") || lead.isMark("]") || figuresLeads.contains(lead)
    }
    private static let figuresLeads = WordSet(["on", "from", "until", "till", "by", "since", "of", "to", "before", "after", "filed", "dated"])
    private static let amountsAfterFigures = WordSet(["million", "billion", "thousand", "percent", "per", "km", "kg", "tenge", "kzt", "usd", "mci", "points", "hectares", "m"])

    private static let monthLeads = WordSet(["in", "since", "during", "by", "until", "from", "early", "late", "mid", "throughout", "end", "beginning", "middle"])

    /// Whether the words before a month written alone make it a date: "in February", "in mid-February",
    /// "at the end of March" (not "May" the verb, nor a month named in passing).
    static func monthLeadsIn(_ tokens: ArraySlice<Token>, before k: Int) -> Bool {
        guard k > tokens.startIndex else { return false }
        var lead = tokens[k - 1]
        if (lead.isMark("-") || lead.isMark("–")), k - 2 >= tokens.startIndex { lead = tokens[k - 2] }
        if lead.lower == "of", k - 2 >= tokens.startIndex { lead = tokens[k - 2] }
        return monthLeads.contains(lead)
    }

    private static let seasons = WordSet(["spring", "summer", "autumn", "fall", "winter"])
    private static let seasonLeads = WordSet(["in", "during", "by", "until", "since", "over", "throughout", "this", "that"])
    /// Whether the words before a season make it a time told: "in spring", "in late spring", "during the summer", "that
    /// autumn" (not "the Arab Spring", nor "a fall in prices").
    @inline(__always) static func isASeason(_ tokens: ArraySlice<Token>, at k: Int) -> Bool {
        seasons.contains(tokens[k]) && !tokens[k].isCapitalized && seasonLeadsIn(tokens, before: k)
    }
    private static func seasonLeadsIn(_ tokens: ArraySlice<Token>, before k: Int) -> Bool {
        var j = k - 1
        while j >= tokens.startIndex, ["the", "late", "early", "mid", "-"].contains(tokens[j].lower), k - j <= 3 { j -= 1 }
        guard j >= tokens.startIndex, j < k - 1 || tokens[k].lower != "fall" else { return false }
        return seasonLeads.contains(tokens[j])
    }

    private static let partsOfADay = WordSet(["day", "evening", "morning", "afternoon", "night"])
    private static let sameOrThat = WordSet(["same", "that"])
    /// Words a relative date can start with (besides a number): "the next day", "a week later", "two days later".
    private static let relativeStarts = WordSet(["the", "a", "one", "next"] + SanctionRecognizer.numberWords.keys)

    private static let units: [String: (days: Int, months: Int)] = [
        "day": (1, 0), "days": (1, 0), "week": (7, 0), "weeks": (7, 0), "month": (0, 1), "months": (0, 1),
    ]
    private static let unitWords = WordSet(units.keys)
    /// How many units back "… ago" may count and still be a day or a month the text places an act on.
    private static let agoReach = 12
    /// How many units on or back "N days later", "N weeks earlier" may count.
    private static let relativeReach = 31
    /// "two days later"; "after" and "before" only with "that" ("a week after that"): "20 days after being
    /// found guilty" is a length of time, "two days before the rally" counts from something else.
    private static let later = WordSet(["later", "afterwards"])
    private static let earlier = WordSet(["earlier", "previously"])

    /// "two days later", "a week earlier", "three months after that", "the next day", "the following day",
    /// "the day before", "the previous day": an offset from the day told just before.
    static func relative(at k: Int, in tokens: ArraySlice<Token>) -> DateMention? {
        let t = tokens[k]
        // the next day, the following day, the previous day; the following morning, the next evening
        if t.lower == "the", k + 2 < tokens.endIndex, partsOfADay.contains(tokens[k + 2]) {
            switch tokens[k + 1].lower {
            case "next", "following": return DateMention(date: nil, kind: .relative(days: 1, months: 0), tokens: k...(k + 2))
            case "previous": return DateMention(date: nil, kind: .relative(days: -1, months: 0), tokens: k...(k + 2))
            default: break
            }
        }
        // "Next morning the court fined them", "Next day, …": without "the", as posts write, opening a sentence or a clause.
        if t.lower == "next", k + 1 < tokens.endIndex, partsOfADay.contains(tokens[k + 1]),
           t.isCapitalized || k == tokens.startIndex || tokens[k - 1].kind == .punctuation {
            return DateMention(date: nil, kind: .relative(days: 1, months: 0), tokens: k...(k + 1))
        }
        // the day before (not "the day before the rally", which is told by what follows)
        if t.lower == "the", k + 2 < tokens.endIndex, tokens[k + 1].lower == "day", tokens[k + 2].lower == "before",
           k + 3 >= tokens.endIndex || tokens[k + 3].kind == .punctuation {
            return DateMention(date: nil, kind: .relative(days: -1, months: 0), tokens: k...(k + 2))
        }
        // "on the third day of the protest", "on the eighth day of the strike": counted from the day it began, told before.
        // (Only so told: "On 20 October, the third day of the strike" is the day written.)
        if t.lower == "the", k > tokens.startIndex, tokens[k - 1].lower == "on", k + 4 < tokens.endIndex, let n = ordinalWords[tokens[k + 1]],
           tokens[k + 2].lower == "day", tokens[k + 3].lower == "of",
           let noun = (k + 4...min(tokens.endIndex - 1, k + 6)).first(where: { runningActions.contains(tokens[$0]) }),
           tokens[(k + 4)..<noun].allSatisfy({ ["the", "their", "his", "her", "its", "hunger"].contains($0.lower) }) {
            return DateMention(date: nil, kind: n == 1 ? .sameDay : .relative(days: n - 1, months: 0), tokens: k...noun)
        }
        // N units later|earlier
        guard k + 2 < tokens.endIndex, unitWords.contains(tokens[k + 1]), let unit = units[tokens[k + 1].lower] else { return nil }
        // ("two days after the investigation was registered", "a week after his detention": after an act already told.)
        let thatFollows = k + 3 < tokens.endIndex && (["that", "this"].contains(tokens[k + 3].lower) || afterAnAct(k + 3, in: tokens))
        let direction = tokens[k + 2].lower
        guard let sign = later.contains(tokens[k + 2]) || (direction == "after" && thatFollows) ? 1
                : earlier.contains(tokens[k + 2]) || (direction == "before" && thatFollows) ? -1 : nil else { return nil }
        guard let count = unitCount(t, upTo: relativeReach) else { return nil }
        let last = ["after", "before"].contains(direction) ? (afterAnAct(k + 3, in: tokens) ? k + 4 : k + 3) : k + 2
        return DateMention(date: nil, kind: .relative(days: sign * count * unit.days, months: sign * count * unit.months), tokens: k...last)
    }

    /// How many days, weeks or months a word counts ("two", "2", "a"), from one up to `limit`.
    private static func unitCount(_ t: Token, upTo limit: Int) -> Int? {
        let value = t.isNumber ? t.value : t.lower == "a" || t.lower == "one" ? 1 : SanctionRecognizer.numberWords[t.lower]
        guard let value, value == value.rounded(), value >= 1, value <= Double(limit) else { return nil }
        return Int(value)
    }

    /// Whether the words at `k` name an act as told before: "the investigation was registered", "his detention,".
    private static func afterAnAct(_ k: Int, in tokens: ArraySlice<Token>) -> Bool {
        guard k + 1 < tokens.endIndex, ["the", "his", "her", "their", "its"].contains(tokens[k].lower), actNouns.contains(tokens[k + 1]) else { return false }
        let next = k + 2 < tokens.endIndex ? tokens[k + 2] : nil
        // (Not "after the arrest of his son": another's act.)
        return next.map { $0.lower != "of" } ?? true
    }
    private static let actNouns = WordSet(Array(actsByNoun.keys))
    /// The acts a noun after "N days after the …" names: the day counted from is the last such act's.
    static let actsByNoun: [String: Set<EventType>] = [
        "investigation": [.criminalCaseOpened], "case": [.criminalCaseOpened],
        "detention": [.detention], "arrest": [.detention],
        "verdict": [.conviction], "sentence": [.conviction], "conviction": [.conviction], "search": [.searchOfPremises], "raid": [.searchOfPremises],
        "hearing": [.conviction, .fine, .administrativeArrest, .warning], "ruling": [.conviction, .fine, .administrativeArrest, .warning],
        "decision": [.conviction, .fine, .administrativeArrest, .warning], "trial": [.conviction], "release": [.release],
        "dispersal": [.assemblyDispersed],
    ]

    static let weekdays = WordMap(["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7])
    /// Whether a word names a day of the week, in full or short ("Sat", "Thu").
    static func isWeekday(_ token: Token) -> Bool { weekdays[token] != nil || shortWeekdays.contains(token) }
    private static let shortWeekdays = WordSet(["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"])
    private static let shortWeekdayNumbers: [String: Int] = ["mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
                                                             "fri": 5, "sat": 6, "sun": 7]
    private static let dayParts = WordSet(["morning", "afternoon", "evening", "night"])
    private static let weekdayLeads = WordSet(["on", "last", "since", "until", "by", "early", "late"])
    /// Words a mention counted from the day of publication ends on or is: "today", "last week", "two days ago".
    private static let publishedWordList = ["today", "yesterday", "week", "month", "morning", "afternoon", "tonight", "now", "ago"]
    private static let publishedWords = WordSet(publishedWordList)
    /// "at the end of the month", "at the beginning of the month".
    private static let partsOfAMonth = WordSet(["end", "beginning", "start", "middle"])
    /// Words a mention counted from the day of publication can be told by (a weekday, "today", "week" …).
    private static let publishedStarts = WordSet(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                                  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "yday"]
                                                 + publishedWordList)

    /// "on Tuesday", "late on Monday", "last Friday"; "today", "yesterday", "last week", "earlier this month", "last month".
    /// A weekday written beside a date ("Tuesday, 9 December") is that date's, and read with it.
    static func published(at k: Int, in tokens: ArraySlice<Token>) -> DateMention? {
        func word(_ i: Int) -> String { i >= tokens.startIndex && i < tokens.endIndex ? tokens[i].lower : "" }
        // ("Saturday's protest": the weekday owns what happened on it.)
        let possessive = k + 2 < tokens.endIndex && (tokens[k + 1].isMark("'") || tokens[k + 1].isMark("’")) && tokens[k + 2].lower == "s"
        if tokens[k].isCapitalized, let day = weekdays[tokens[k]], possessive {
            return DateMention(date: nil, kind: .weekday(day), tokens: k...(k + 2))
        }
        if tokens[k].isCapitalized, let day = weekdays[tokens[k]], k > tokens.startIndex, weekdayLeads.contains(tokens[k - 1]) {
            var next = k + 1
            if next < tokens.endIndex, tokens[next].isMark(",") { next += 1 }
            if next < tokens.endIndex, tokens[next].isNumber || month(of: tokens[next]) != nil { return nil }
            return DateMention(date: nil, kind: .weekday(day), tokens: (k - 1)...k)
        }
        // "That same Friday", "that Friday": the last one before the text came out, as "on Friday".
        if tokens[k].isCapitalized, let day = weekdays[tokens[k]], k > tokens.startIndex, ["same", "that"].contains(tokens[k - 1].lower) {
            let from = tokens[k - 1].lower == "same" && k - 2 >= tokens.startIndex && ["that", "the"].contains(tokens[k - 2].lower) ? k - 2 : k - 1
            return DateMention(date: nil, kind: .weekday(day), tokens: from...k)
        }
        // A weekday as a thread or a note writes it, short or in full, with a part of the day or as the sentence's first
        // word before a colon: "Tues morning police searched …", "Wed night", "Mon: the court …".
        if tokens[k].isCapitalized, let day = weekdays[tokens[k]] ?? shortWeekdayNumbers[tokens[k].lower] {
            let next = word(k + 1)
            let opens = tokens[tokens.startIndex..<k].allSatisfy { !$0.isWord }
            // ("a Sunday morning meeting for worship" is no day.)
            let led = k > tokens.startIndex && (weekdayLeads.contains(tokens[k - 1]) || ["and", "also"].contains(tokens[k - 1].lower))
            if (dayParts.contains(next) && (opens || led)) || (opens && next == ":") {
                if k + 2 < tokens.endIndex, tokens[k + 2].isNumber { return nil }
                return DateMention(date: nil, kind: .weekday(day), tokens: k...(k + 1))
            }
            if shortWeekdayNumbers[tokens[k].lower] != nil, k > tokens.startIndex, weekdayLeads.contains(tokens[k - 1]) || tokens[k - 1].lower == "also" {
                if k + 1 < tokens.endIndex, tokens[k + 1].isNumber || month(of: tokens[k + 1]) != nil { return nil }
                return DateMention(date: nil, kind: .weekday(day), tokens: (k - 1)...k)
            }
        }
        // "Yday", as posts shorten yesterday.
        if tokens[k].lower == "yday" { return DateMention(date: nil, kind: .published(days: -1, months: 0, monthOnly: false), tokens: k...k) }
        guard publishedWords.contains(tokens[k]) else { return nil }
        switch tokens[k].lower {
        case "today" where word(k + 1) != "’" && word(k + 1) != "'":
            return DateMention(date: nil, kind: .published(days: 0, months: 0, monthOnly: false), tokens: k...k)
        case "yesterday":
            return DateMention(date: nil, kind: .published(days: -1, months: 0, monthOnly: false), tokens: k...k)
        // "this morning", "this afternoon", "tonight": the day itself.
        case "morning" where word(k - 1) == "this", "afternoon" where word(k - 1) == "this":
            return DateMention(date: nil, kind: .published(days: 0, months: 0, monthOnly: false), tokens: (k - 1)...k)
        case "tonight":
            return DateMention(date: nil, kind: .published(days: 0, months: 0, monthOnly: false), tokens: k...k)
        // "UPDATE, just now: the court rejected …": the day of writing.
        case "now" where word(k - 1) == "just":
            return DateMention(date: nil, kind: .published(days: 0, months: 0, monthOnly: false), tokens: (k - 1)...k)
        case "week" where word(k - 1) == "last":
            return DateMention(date: nil, kind: .published(days: -7, months: 0, monthOnly: true), tokens: (k - 1)...k)
        case "week" where word(k - 1) == "this" && word(k - 2) == "earlier":
            return DateMention(date: nil, kind: .published(days: 0, months: 0, monthOnly: true), tokens: (k - 2)...k)
        case "month" where word(k - 1) == "last":
            return DateMention(date: nil, kind: .published(days: 0, months: -1, monthOnly: true), tokens: (k - 1)...k)
        case "month" where word(k - 1) == "this" && word(k - 2) == "earlier":
            return DateMention(date: nil, kind: .published(days: 0, months: 0, monthOnly: true), tokens: (k - 2)...k)
        // "Also this month, …": the month the text came out in.
        case "month" where word(k - 1) == "this":
            return DateMention(date: nil, kind: .published(days: 0, months: 0, monthOnly: true), tokens: (k - 1)...k)
        // "two days ago", "three weeks ago" (known to the month), "a month ago": counted back from the day of writing.
        case "ago":
            guard k - 2 >= tokens.startIndex, let unit = units[tokens[k - 1].lower], let count = unitCount(tokens[k - 2], upTo: agoReach)
            else { return nil }
            return DateMention(date: nil, kind: .published(days: -count * unit.days, months: -count * unit.months, monthOnly: unit.days != 1),
                               tokens: (k - 2)...k)
        default:
            return nil
        }
    }

    /// The date a mention relative to the publication day stands for. A weekday told as past ("last Wednesday", "в прошлую
    /// среду") is never the day of writing itself: in a text of a Wednesday, it is a week before.
    static func resolve(_ kind: DateMention.Kind, published day: PartialDate, past: Bool = false) -> PartialDate? {
        switch kind {
        case .weekday(let wanted):
            guard let today = weekday(of: day) else { return nil }
            let back = (today - wanted + 7) % 7
            return offset(day, days: -(back == 0 && past ? 7 : back), months: 0)
        case .published(let days, let months, let monthOnly):
            let date = months != 0 ? offset(day, days: 0, months: months) : offset(day, days: days, months: 0)
            return monthOnly ? date.flatMap(month(of:)) : date
        case .lastNamedMonth(let wanted):
            guard let now = day.month else { return nil }
            return try? PartialDate(year: now > wanted ? day.year : day.year - 1, month: wanted)
        default:
            return nil
        }
    }

    /// The day of the week of a day (1 Monday … 7 Sunday), counted from 1 January 1970, a Thursday.
    /// The first day on or after `day` that falls on the weekday (1 Monday … 7 Sunday).
    static func first(weekday wanted: Int, from day: PartialDate) -> PartialDate? {
        guard let today = weekday(of: day) else { return nil }
        return offset(day, days: (wanted - today + 7) % 7, months: 0)
    }

    static func weekday(of day: PartialDate) -> Int? {
        guard let d = day.day, let m = day.month else { return nil }
        // Days from the civil calendar (Howard Hinnant's algorithm).
        let y = m <= 2 ? day.year - 1 : day.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return ((days % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// The month a date falls in.
    static func month(of day: PartialDate) -> PartialDate? {
        day.month.flatMap { try? PartialDate(year: day.year, month: $0) }
    }

    /// The day (or month) `days` and `months` from `day`.
    static func offset(_ day: PartialDate, days: Int, months: Int) -> PartialDate? {
        // (Months on from a month told alone: "in November … two months after the verdict" is January.)
        guard let m = day.month else { return nil }
        if months != 0 {
            let index = day.year * 12 + (m - 1) + months
            return try? PartialDate(year: index / 12, month: index % 12 + 1)
        }
        guard let d = day.day else { return nil }
        var (y, mo, dd) = (day.year, m, d + days)
        while dd < 1 {
            mo -= 1
            if mo < 1 { mo = 12; y -= 1 }
            dd += PartialDate.daysIn(month: mo, year: y)
        }
        while dd > PartialDate.daysIn(month: mo, year: y) {
            dd -= PartialDate.daysIn(month: mo, year: y)
            mo += 1
            if mo > 12 { mo = 1; y += 1 }
        }
        return try? PartialDate(year: y, month: mo, day: dd)
    }

    /// The year a sentence's yearless dates should take: its own dates' year, else the context's.
    static func sentenceYear(_ tokens: ArraySlice<Token>, fallback: Int?) -> Int? {
        dates(in: tokens, contextYear: nil).compactMap { $0.yearInferred ? nil : $0.date?.year }.first ?? fallback
    }
}
