/// The lines a paginated report repeats on its pages rather than says: page numbers ("12", "page 6", "- 7 -",
/// "Стр. 3") and running heads or feet ("Kazakhstan: Civic Space Report 2024 | page 6", the publisher's name above
/// every page). Text converted from a PDF has them wherever a page broke, often inside a sentence; the reader skips
/// them there so the sentence reads on, while its passage still spans them.
///
/// A line counts only when it stands alone between blank lines, is short, and does not end a sentence; a running
/// head must also come back, word for word, at least `repeats` times.
enum PageFurniture {
    /// The longest line (in scalars) that can be a page's number or running head.
    static let maximumLength = 80
    /// How often a line must come back to be a running head.
    static let repeats = 3
    /// Words that say "page" before its number.
    private static let pageWords: Set<String> = ["page", "p", "pg", "стр", "страница", "бет"]

    /// The offsets (indices into `scalars`) at which furniture lines start, in order. Lines are looked at three at a time, so
    /// that only the few standing alone are kept.
    static func lineStarts(in scalars: ArraySlice<Unicode.Scalar>) -> [Int] {
        var candidates: [(start: Int, key: String, marker: Bool)] = []
        // The line before, the line being looked at, as (start, end without the break, blank).
        var previousBlank = true
        var current: (start: Int, end: Int, blank: Bool)? = nil
        func consider(nextBlank: Bool) {
            guard let line = current, !line.blank, previousBlank, nextBlank, line.end - line.start < maximumLength + 8 else { return }
            var text = scalars[line.start..<line.end]
            while let f = text.first, ReportReader.Session.isWhitespace(f) { text.removeFirst() }
            while let l = text.last, ReportReader.Session.isWhitespace(l) { text.removeLast() }
            guard text.count < maximumLength, let last = text.last, !".!?:;,…".unicodeScalars.contains(last) else { return }
            let marker = isPageMarker(text)
            // (A running head comes back word for word: "15 января", "16 января" are a chronicle's day headings.)
            guard marker || text.lazy.filter(Tokenizer.isLetter).count >= 2 else { return }
            candidates.append((line.start, Tokenizer.string(text).lowercased(), marker))
        }
        var start = scalars.startIndex
        var blank = true
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            if c == "\n" {
                consider(nextBlank: blank)
                if let line = current { previousBlank = line.blank }
                current = (start, i, blank)
                start = i + 1
                blank = true
            } else if blank, !ReportReader.Session.isWhitespace(c) {
                blank = false
            }
            i += 1
        }
        if start < scalars.endIndex {
            consider(nextBlank: blank)
            if let line = current { previousBlank = line.blank }
            current = (start, scalars.endIndex, blank)
        }
        consider(nextBlank: true)
        guard !candidates.isEmpty else { return [] }
        var counts: [String: Int] = [:]
        for candidate in candidates where !candidate.marker { counts[candidate.key, default: 0] += 1 }
        return candidates.filter { $0.marker || counts[$0.key, default: 0] >= repeats }.map(\.start)
    }

    /// "12", "- 12 -" (not "2024", a year's heading), "page 6", "Page 6 of 40", "Стр. 3", or a running head ending in one: "Report 2024 | page 6".
    static func isPageMarker(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let tokens = Tokenizer.tokens(text, base: 0)
        let words = tokens.filter { !$0.isSingle || $0.isWord || $0.isNumber }
        guard !words.isEmpty, words.count <= 12 else { return false }
        // A page number alone, perhaps between dashes.
        if tokens.allSatisfy({ $0.isNumber || ($0.kind == .punctuation && "-–—|".unicodeScalars.contains($0.first)) }) {
            // (Four figures alone are a year's heading.)
            return tokens.filter(\.isNumber).count == 1 && (tokens.first { $0.isNumber }?.text.count ?? 9) <= 3
        }
        // "page 6", "page 6 of 40" at the line's end.
        guard let k = tokens.lastIndex(where: { pageWords.contains($0.lower) }), k + 1 < tokens.endIndex else { return false }
        var rest = tokens[(k + 1)...].drop { $0.isMark(".") }
        guard let number = rest.first, number.isNumber, number.text.count <= 4 else { return false }
        rest = rest.dropFirst()
        if rest.isEmpty { return true }
        return rest.count == 2 && ["of", "из"].contains(rest.first!.lower) && rest.last!.isNumber
    }
}
