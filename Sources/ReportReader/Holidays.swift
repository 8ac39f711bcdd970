import CivicModel

/// The public holidays of `holidays.txt`, by which reports date acts: "на Рождество его не выпустили из аэропорта",
/// "police detained them on Independence Day". A holiday's name after a preposition is its day in the year being told.
enum Holidays {
    private struct Holiday { var month: Int; var day: Int; var words: [String] }
    private static let list: [Holiday] = Lexicon.resourceLines("holidays").flatMap { line -> [Holiday] in
        let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        let date = fields.first?.split(separator: "-").compactMap { Int($0) } ?? []
        guard date.count == 2 else { return [] }
        // ("new year's day" is matched as the tokens "new", "year", "'", "s", "day": the "'s" goes, marks are passed over.)
        return fields.dropFirst().map { name in
            Holiday(month: date[0], day: date[1], words: name.split(separator: " ").map { $0.replacingOccurrences(of: "'s", with: "") })
        }
    }
    private static let firstWords = WordSet(list.map { $0.words[0] })
    private static let prepositions = WordSet(["on", "на", "в", "во"])

    /// The holiday named from token `k` after a preposition: its month, day and last token.
    static func named(at k: Int, in t: ArraySlice<Token>) -> (month: Int, day: Int, last: Int)? {
        guard k > t.startIndex, firstWords.contains(t[k]), prepositions.contains(t[k - 1]) else { return nil }
        for holiday in list where holiday.words[0] == t[k].lower {
            var i = k, matched = 0
            while i < t.endIndex, matched < holiday.words.count {
                if t[i].lower == holiday.words[matched] { matched += 1; i += 1; continue }
                if t[i].kind == .punctuation || t[i].lower == "s" { i += 1; continue }
                break
            }
            if matched == holiday.words.count { return (holiday.month, holiday.day, i - 1) }
        }
        return nil
    }

    /// The mention of a holiday named at token `k`, in `contextYear` when known.
    static func mention(at k: Int, in t: ArraySlice<Token>, contextYear: Int?) -> DateMention? {
        guard let (month, day, last) = named(at: k, in: t) else { return nil }
        // ("on Independence Day 2025": the year written after it.)
        if last + 1 < t.endIndex, t[last + 1].isNumber, let year = Int(t[last + 1].text), DateRecognizer.years.contains(year) {
            return DateMention(date: try? PartialDate(year: year, month: month, day: day), kind: .explicit, tokens: k...(last + 1))
        }
        let date = contextYear.flatMap { try? PartialDate(year: $0, month: month, day: day) }
        return DateMention(date: date, kind: .explicit, tokens: k...last, yearInferred: true)
    }
}
