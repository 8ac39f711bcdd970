import CivicModel

/// A date as written in a report, with the tokens it spans.
struct DateMention: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// Written out: "5th February 2021", "in March 2021", "in 2019".
        case explicit
        /// The day of the event told just before: "the same day", "later that day".
        case sameDay
    }
    var date: PartialDate?
    var kind: Kind
    var tokens: ClosedRange<Int>
    /// Whether the year came from the surrounding text rather than from the date itself.
    var yearInferred = false
}

/// Finds dates in the forms reports use: "On 5th February 2021", "on 24 May", "February 5, 2021",
/// "16-17 December 2011" (a range becomes its month), "in March 2021", "in 2019", "the same day".
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
    private static let yearLeads = WordSet(["in", "since", "during", "by", "until", "from", "of", "early", "late", "mid", "throughout", "before", "after"])

    static func dates(in tokens: ArraySlice<Token>, contextYear: Int?) -> [DateMention] {
        var found: [DateMention] = []
        var used = Set<Int>()
        var k = tokens.startIndex
        func year(at i: Int) -> Int? {
            // Number tokens are ASCII, so UTF-8 counts are character counts.
            guard i < tokens.endIndex, tokens[i].isNumber, tokens[i].text.utf8.count == 4, let y = Int(tokens[i].text), (1900...2100).contains(y) else { return nil }
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
            // D[-D] Month [YYYY]
            if let d = day(at: k) {
                var m = k + 1, range = false
                if m + 1 < tokens.endIndex, tokens[m].isMark("-") || tokens[m].isMark("–"), day(at: m + 1) != nil { m += 2; range = true }
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
            // Month D, YYYY  |  Month YYYY
            if let mo = month(at: k), !used.contains(k) {
                if let d = day(at: k + 1), !(k + 2 < tokens.endIndex && month(at: k + 2) != nil) {
                    var last = k + 1, y: Int? = nil
                    var next = k + 2
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
            }
            // in YYYY
            if let y = year(at: k), !used.contains(k), k > tokens.startIndex, yearLeads.contains(tokens[k - 1]) {
                let followedByNoun = k + 1 < tokens.endIndex && tokens[k + 1].isWord && !tokens[k + 1].isCapitalized && tokens[k + 1].lower != "and"
                    && !["the", "he", "she", "they", "it", "a", "an", "after", "before", "when", "on", "for", "at", "in", "was", "were", "had", "has", "is", "by"].contains(tokens[k + 1].lower)
                if !followedByNoun {
                    found.append(DateMention(date: try? PartialDate(year: y), kind: .explicit, tokens: k...k))
                    k += 1
                    continue
                }
            }
            // the same day, later that day
            if tokens[k].lower == "day", k > tokens.startIndex, ["same", "that"].contains(tokens[k - 1].lower),
               !(k + 1 < tokens.endIndex && tokens[k + 1].lower == "of") {
                found.append(DateMention(date: nil, kind: .sameDay, tokens: (k - 1)...k))
            }
            k += 1
        }
        return found
    }

    /// The year a sentence's yearless dates should take: its own dates' year, else the context's.
    static func sentenceYear(_ tokens: ArraySlice<Token>, fallback: Int?) -> Int? {
        dates(in: tokens, contextYear: nil).compactMap { $0.yearInferred ? nil : $0.date?.year }.first ?? fallback
    }
}
