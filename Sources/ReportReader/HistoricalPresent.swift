import CivicModel

/// Timelines and live blogs tell past acts in the present tense under a day or a clock time: "7 June — The court
/// orders the administrative arrest of …", "Mid-June — Unknown persons slash the tyres …", "11:40 — Police detain …".
/// The reader's rules are written for the past tense, so such an entry's verbs are read as their past forms: a verb in
/// the present is told apart from a noun of the same spelling ("the fines", "mass arrests") by the words around it.
enum HistoricalPresent {
    /// Whether a paragraph opens with a day, a month or a clock time and a dash: "7 June —", "Mid-June –", "5 June 2026 —",
    /// "14:05 —".
    static func opensAnEntry(_ entry: ArraySlice<Token>) -> Bool {
        // (A bullet may come first: "* 12 January – The court sentences …".)
        let t = entry.drop { $0.kind == .punctuation }
        if ParagraphReader.opensWithAClockTime(t) { return true }
        // ("5 January, evening: …": a chronology's entry with a colon.)
        // ("28 January 2025. The police register …", "15 May. Verdict.": a day closed by a full stop, as a blog's timeline
        // writes its entries.)
        // (Not a clock time's colon: "2 February. At 6:40 a.m. officers search …".)
        guard let dash = t.prefix(8).indices.first(where: { k in
                    t[k].isMark("—") || t[k].isMark("–") || t[k].isMark(":") && !(k > t.startIndex && t[k - 1].isNumber && k + 1 < t.endIndex && t[k + 1].isNumber) })
                ?? t.prefix(5).firstIndex(where: { $0.isMark(".") }).flatMap({ stop in t[t.startIndex..<stop].contains(where: \.isNumber) ? stop : nil }),
              dash > t.startIndex else { return false }
        var namesAMonth = false
        for token in t[t.startIndex..<dash] {
            if DateRecognizer.month(of: token) != nil, token.isCapitalized { namesAMonth = true; continue }
            guard token.isNumber || token.isMark("-") || token.isMark(",") || timeOfMonth.contains(token) || partsOfDay.contains(token) else { return false }
        }
        return namesAMonth
    }
    /// The month an entry opens with alone, "February — Taraz.", in the year being told (or, of a text published in March,
    /// the last February).
    static func entrysMonth(_ entry: ArraySlice<Token>, year: Int?, published: PartialDate?) -> PartialDate? {
        let t = entry.drop { $0.kind == .punctuation }
        guard opensAnEntry(t), let first = t.first, first.isCapitalized, let month = DateRecognizer.month(of: first),
              t.count > 1, t[t.startIndex + 1].isMark("—") || t[t.startIndex + 1].isMark("–") else { return nil }
        if let year { return try? PartialDate(year: year, month: month) }
        guard let published, let publishedMonth = published.month else { return nil }
        return try? PartialDate(year: month > publishedMonth ? published.year - 1 : published.year, month: month)
    }
    private static let timeOfMonth = WordSet(["mid", "early", "late", "end", "beginning", "start", "of", "the"])
    private static let partsOfDay = WordSet(["morning", "afternoon", "evening", "night"])

    /// The sentence with its verbs in the present read as past forms the reader's rules know.
    /// (Not words quoted: an official's "Criminal cases are opened only where …" in an entry stays in the present.)
    static func pastTense(_ t: ArraySlice<Token>) -> ArraySlice<Token> {
        var out = t
        let marks = t.indices.filter { quoteMarks.contains(t[$0].text) }
        for k in t.indices where t[k].isWord {
            if !marks.isEmpty, marks.filter({ $0 < k }).count % 2 == 1 || marks.filter({ $0 > k }).count % 2 == 1 { continue }
            guard let past = pastForm(at: k, in: t) else { continue }
            var token = t[k]
            token.text = token.isCapitalized ? past.prefix(1).uppercased() + past.dropFirst() : past
            token.lower = past
            token.key = WordKey.of(past)
            token.first = past.unicodeScalars.first!
            token.isSingle = past.unicodeScalars.count == 1
            out[k] = token
        }
        return out
    }

    private static func pastForm(at k: Int, in t: ArraySlice<Token>) -> String? {
        let word = t[k].lower
        let next = k + 1 < t.endIndex ? t[k + 1] : nil
        // "is released", "are detained", "is lifted": a passive in the present.
        if word == "is" || word == "are" {
            var n = k + 1
            if n < t.endIndex, adverbs.contains(t[n]) { n += 1 }
            guard n < t.endIndex, t[n].isWord, t[n].lower.hasSuffix("ed") || participles.contains(t[n]) else { return nil }
            return word == "is" ? "was" : "were"
        }
        if k > t.startIndex, nounMarkers.contains(t[k - 1]) || t[k - 1].isNumber { return nil }
        if let irregular = irregulars[word] { return irregular }
        // (Not an infinitive: "refuses to open a case".)
        if baseForms.contains(t[k]), !(k > t.startIndex && t[k - 1].lower == "to") { return word.hasSuffix("e") ? word + "d" : word + "ed" }
        // "orders the", "fines Zhumagaliyeva", "sentences him", "opens a": an -s verb before its object.
        guard word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3, let next,
              next.isCapitalized || next.isNumber || objects.contains(next) else { return nil }
        let stem = String(word.dropLast())
        var candidates = [stem + "d", stem + "ed"]
        if word.hasSuffix("es") { candidates.append(String(word.dropLast(2)) + "ed") }
        if word.hasSuffix("ies") { candidates.append(String(word.dropLast(3)) + "ied") }
        return candidates.first { EventRecognizer.vocabulary.contains($0) }
    }

    private static let quoteMarks: Set<String> = ["\"", "“", "”", "«", "»"]
    /// Words between "is" and its participle: "is also detained", "is again fined".
    private static let adverbs = WordSet(["also", "again", "then", "later", "finally", "briefly", "reportedly", "immediately", "formally", "officially"])
    private static let participles = WordSet(["held", "taken", "sent", "given", "found", "beaten", "put", "kept", "brought", "set", "upheld",
                                              "freed", "let", "shot"])
    /// Words before a noun: the word after them is no verb.
    private static let nounMarkers = WordSet(["the", "a", "an", "his", "her", "their", "its", "our", "of", "these", "those", "mass", "two",
                                              "three", "several", "many", "administrative", "criminal", "prison", "new"])
    /// What follows a verb as its object: a pronoun, a determiner.
    private static let objects = WordSet(["him", "her", "them", "it", "the", "a", "an", "his", "their", "its", "both", "all", "two", "three",
                                          "four", "five", "several", "up", "down", "off"])
    private static let irregulars: [String: String] = [
        "finds": "found", "upholds": "upheld", "holds": "held", "gives": "gave", "sets": "set", "takes": "took", "puts": "put",
        "beats": "beat", "brings": "brought", "sends": "sent", "keeps": "kept", "stops": "stopped", "dies": "died", "walks": "walked",
        "refuses": "refused", "leaves": "left", "acquits": "acquitted", "bans": "banned", "bars": "barred",
    ]
    /// Verbs a plural subject uses in the present that are seldom nouns: "Unknown persons slash the tyres".
    /// (Also a body's: "Prosecutors issue an official warning", "Police close the investigation".)
    private static let baseForms = WordSet(["slash", "smash", "seize", "confiscate", "puncture", "vandalise", "vandalize", "detain", "search", "raid",
                                            "disperse", "issue", "close", "drop", "summon", "block",
                                            // "Police register a pre-trial investigation", "Investigators open a case".
                                            "register", "open"])
}
