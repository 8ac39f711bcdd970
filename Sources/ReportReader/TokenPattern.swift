/// A phrase to look for among lower-cased tokens, written as words separated by spaces:
/// `a|b` matches either word, `detain*` any word starting with "detain", `~` skips up to six
/// tokens (`~3`: up to three), `-` matches a hyphen.
struct TokenPattern: Sendable, CustomStringConvertible {
    private enum Element: Sendable {
        case words([Int], [String], prefixes: [String])
        case gap(Int)
    }
    private let elements: [Element]
    let description: String
    /// Whether the phrase holds a negation of its own ("undertaking not to leave", "was not agreed").
    let isNegative: Bool

    init(_ phrase: String) {
        description = phrase
        isNegative = phrase.split(separator: " ").contains { $0.split(separator: "|").contains { $0 == "not" || $0 == "never" } }
        elements = phrase.split(separator: " ").map { part in
            if part.hasPrefix("~") { return .gap(Int(part.dropFirst()) ?? 6) }
            var words: [String] = [], prefixes: [String] = []
            for alternative in part.split(separator: "|") {
                if alternative.hasSuffix("*") { prefixes.append(String(alternative.dropLast())) } else { words.append(String(alternative)) }
            }
            return .words(words.map(WordKey.of), words, prefixes: prefixes)
        }
    }

    /// The keys of the words a match can start with, and the prefixes it can start with.
    var firstKeys: [Int] { if case .words(let keys, _, _)? = elements.first { return keys }; return [] }
    var firstWords: [String] { if case .words(_, let words, _)? = elements.first { return words }; return [] }
    var firstPrefixes: [String] { if case .words(_, _, let prefixes)? = elements.first { return prefixes }; return [] }

    /// The match starting exactly at `start`, if any.
    func match(in tokens: ArraySlice<Token>, at start: Int) -> ClosedRange<Int>? {
        match(tokens, at: start, element: 0).map { start...$0 }
    }

    /// The first match at or after `from`: the indices of its first and last tokens.
    func firstMatch(in tokens: ArraySlice<Token>, from: Int? = nil) -> ClosedRange<Int>? {
        var start = from ?? tokens.startIndex
        let keys = firstKeys, anyPrefix = !firstPrefixes.isEmpty
        while start < tokens.endIndex {
            if !anyPrefix, !keys.contains(tokens[start].key) { start += 1; continue }
            if let end = match(tokens, at: start, element: 0) { return start...end }
            start += 1
        }
        return nil
    }

    /// Every match, left to right, not overlapping.
    func matches(in tokens: ArraySlice<Token>) -> [ClosedRange<Int>] {
        var out: [ClosedRange<Int>] = []
        var from = tokens.startIndex
        while let range = firstMatch(in: tokens, from: from) {
            out.append(range)
            from = range.upperBound + 1
        }
        return out
    }

    private func match(_ tokens: ArraySlice<Token>, at index: Int, element: Int) -> Int? {
        guard element < elements.count else { return index - 1 }
        switch elements[element] {
        case .gap(let limit):
            for skip in 0...limit where index + skip <= tokens.endIndex {
                if let end = match(tokens, at: index + skip, element: element + 1) { return end }
            }
            return nil
        case .words(let keys, let words, let prefixes):
            guard index < tokens.endIndex else { return nil }
            let token = tokens[index]
            var hit = false
            for (i, key) in keys.enumerated() where key == token.key && words[i] == token.lower { hit = true; break }
            if !hit, !prefixes.isEmpty { hit = prefixes.contains { token.lower.hasPrefix($0) } }
            guard hit else { return nil }
            return match(tokens, at: index + 1, element: element + 1)
        }
    }
}
