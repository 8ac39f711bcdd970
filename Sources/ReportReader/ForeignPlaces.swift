/// Countries and cities abroad (`foreign-places.txt`), as a regional roundup heads a section ("KYRGYZSTAN") or datelines an
/// item ("BISHKEK (Wire) — …"). What such a section tells happened outside Kazakhstan: the reader proposes none of it.
enum ForeignPlaces {
    /// The names, their words joined by single spaces; a name has at most `longestName` words.
    private static let nameList = Lexicon.resourceLines("foreign-places").map { $0.replacingOccurrences(of: "-", with: " ") }
    private static let names = WordSet(nameList)
    private static let firstWords = WordSet(nameList.map { String($0.split(separator: " ")[0]) })
    private static let longestName = 3
    /// The country itself, whose name ends a foreign section.
    private static let home = WordSet(["kazakhstan", "казахстан", "qazaqstan"])

    /// Whether the words name a place abroad.
    static func named(in t: ArraySlice<Token>) -> Bool {
        let words = t.filter { $0.isWord }
        for i in words.indices where firstWords.contains(words[i]) {
            var name = ""
            for j in i..<min(i + longestName, words.count) {
                name += (j == i ? "" : " ") + words[j].lower
                if names.contains(name) { return true }
            }
        }
        return false
    }

    private static let courtWords = WordSet(["court", "courts"])
    private static let inWords = WordSet(["in"])
    /// Whether the words tell of a court abroad: "a court in Bishkek", "the Tashkent court".
    static func namesACourtAbroad(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains(where: { k in
            guard courtWords.contains(t[k]) else { return false }
            let after = k + 1 < t.endIndex && inWords.contains(t[k + 1]) ? t[(k + 2)..<min(t.endIndex, k + 2 + longestName)] : t[k..<k]
            var from = k
            while from > max(t.startIndex, k - longestName), t[from - 1].isCapitalized { from -= 1 }
            return named(in: after) || named(in: t[from..<k])
        })
    }

    /// Whether the words name Kazakhstan.
    static func namesHome(_ t: ArraySlice<Token>) -> Bool { t.contains { home.contains($0) } }

    /// The country's own name, as a roundup heads its items from home.
    private static let homeNames = WordSet(["kazakhstan", "qazaqstan", "казахстан"])
    /// Where a paragraph's dateline puts it: true abroad ("BISHKEK (Wire) —", "TASHKENT, 12 November —"), false at home
    /// ("ALMATY (Wire) —"), nil with no dateline. The place is one to three words in capitals opening the paragraph, then a
    /// bracket, a comma or a dash.
    static func dateline(_ t: ArraySlice<Token>) -> Bool? {
        let lead = t.drop { !$0.isWord }
        guard let end = lead.firstIndex(where: { !($0.isWord && $0.isAllCaps && $0.text.count > 1) && !$0.isMark("-") }),
              end > lead.startIndex, end - lead.startIndex <= longestName + 1 else { return nil }
        let next = lead[end]
        guard next.isMark("(") || next.isMark(",") || next.isMark("—") || next.isMark("–") else { return nil }
        let place = lead[lead.startIndex..<end]
        if named(in: place) { return true }
        // ("**KAZAKHSTAN, Astana** — …" after "**KYRGYZSTAN, Bishkek** — …": a roundup's item back home.)
        if place.count == 1, homeNames.contains(place[place.startIndex]) { return false }
        return place.first.map(PlaceRecognizer.isPlaceWord) == true ? false : nil
    }
}
