import CivicModel

/// The day of an election a text names with its date ("the 19 March elections to the Mazhilis", "the presidential election
/// of 20 November 2022"), and the days it tells by it: "on election day", "on the day of the vote" (that day), "on the eve
/// of the vote" (the day before). Monitoring reports on an election weekend date their cases so.
enum ElectionDay {
    private static let elections = WordSet(["election", "elections", "vote", "polls", "referendum"])
    private static let dayNouns = WordSet(["election", "polling", "voting"])
    private static let dayWords = WordSet(["day", "eve"])
    /// How far from its date an election word may stand: "the 19 March parliamentary elections".
    private static let reach = 3

    /// The day of the election a sentence names with its date, if it names one.
    static func named(in t: ArraySlice<Token>, _ dates: [DateMention]) -> PartialDate? {
        for d in dates where d.kind == .explicit && d.date?.precision == .day {
            let after = t[(d.tokens.upperBound + 1)..<min(t.endIndex, d.tokens.upperBound + 1 + reach)]
            if let word = after.firstIndex(where: { elections.contains($0) }), after[..<word].allSatisfy(\.isWord) { return d.date }
            let before = t[max(t.startIndex, d.tokens.lowerBound - reach)..<d.tokens.lowerBound]
            if let last = before.last, ["of", "on"].contains(last.lower),
               let word = before.lastIndex(where: { elections.contains($0) }), before[word...].allSatisfy(\.isWord) { return d.date }
        }
        return nil
    }

    /// The days a sentence tells by the election: "election day", "the day of the vote", "the eve of the elections".
    static func mentions(in t: ArraySlice<Token>, day: PartialDate) -> [DateMention] {
        var found: [DateMention] = []
        // (One look per word, for "day" or "eve": most sentences hold neither.)
        for k in t.indices where dayWords.contains(t[k]) {
            if t[k].lower == "day", k > t.startIndex, dayNouns.contains(t[k - 1]) {
                found.append(DateMention(date: day, kind: .explicit, tokens: (k - 1)...k))
            } else if k + 3 < t.endIndex, t[k + 1].lower == "of", t[k + 2].lower == "the", elections.contains(t[k + 3]) {
                let date = t[k].lower == "eve" ? DateRecognizer.offset(day, days: -1, months: 0) : day
                found.append(DateMention(date: date, kind: .explicit, tokens: k...(k + 3)))
            }
        }
        return found
    }
}
