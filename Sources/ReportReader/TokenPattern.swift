/// A phrase to look for among lower-cased tokens, written as words separated by spaces:
/// `a|b` matches either word, `detain*` any word starting with "detain", `~` skips up to six
/// tokens (`~3`: up to three), `-` matches a hyphen.
struct TokenPattern: Sendable, CustomStringConvertible {
    private enum Element: Sendable {
        case words(Set<String>, prefixes: [String])
        case gap(Int)
    }
    private let elements: [Element]
    let description: String

    init(_ phrase: String) {
        description = phrase
        elements = phrase.split(separator: " ").map { part in
            if part.hasPrefix("~") { return .gap(Int(part.dropFirst()) ?? 6) }
            var words = Set<String>(), prefixes: [String] = []
            for alternative in part.split(separator: "|") {
                if alternative.hasSuffix("*") { prefixes.append(String(alternative.dropLast())) } else { words.insert(String(alternative)) }
            }
            return .words(words, prefixes: prefixes)
        }
    }

    /// The first match at or after `from`: the indices of its first and last tokens.
    func firstMatch(in tokens: ArraySlice<Token>, from: Int? = nil) -> ClosedRange<Int>? {
        var start = from ?? tokens.startIndex
        while start < tokens.endIndex {
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
        case .words(let words, let prefixes):
            guard index < tokens.endIndex else { return nil }
            let word = tokens[index].lower
            guard words.contains(word) || prefixes.contains(where: { word.hasPrefix($0) }) else { return nil }
            return match(tokens, at: index + 1, element: element + 1)
        }
    }
}
