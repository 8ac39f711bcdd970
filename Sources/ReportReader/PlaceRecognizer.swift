/// A place named in a sentence, as written, with the tokens it spans.
struct PlaceMention: Hashable, Sendable {
    var written: String
    var canonical: String
    var tokens: ClosedRange<Int>
}

/// Finds cities and regions of Kazakhstan by their names and spelling variants, longest name first
/// ("East Kazakhstan Region" before "Kazakhstan"), including "Uralsk-based" and "the city of Taraz".
struct PlaceRecognizer: Sendable {
    /// Lower-cased token sequences of every name and variant, to the place's main name.
    private let names: [[String]: String]
    private let longest: Int
    private let firstWords: Set<String>

    static let standard = PlaceRecognizer(lines: Lexicon.resourceLines("places"))

    init(lines: [String]) {
        var names: [[String]: String] = [:]
        for line in lines {
            let variants = line.split(separator: "|").map { String($0).trimmingCharacters(in: .whitespaces) }
            guard let main = variants.first else { continue }
            for variant in variants {
                let words = Tokenizer.tokens(ArraySlice(Array(variant.unicodeScalars)), base: 0).map(\.lower)
                names[words] = main
            }
        }
        self.names = names
        longest = names.keys.map(\.count).max() ?? 1
        firstWords = Set(names.keys.compactMap(\.first))
    }

    func places(in tokens: ArraySlice<Token>) -> [PlaceMention] {
        var found: [PlaceMention] = []
        var k = tokens.startIndex
        while k < tokens.endIndex {
            guard tokens[k].isCapitalized, firstWords.contains(tokens[k].lower) else { k += 1; continue }
            var matched = false
            for length in stride(from: min(longest, tokens.endIndex - k), through: 1, by: -1) {
                let words = tokens[k..<(k + length)].map(\.lower)
                if let main = names[words] {
                    let written = String(tokens[k..<(k + length)].enumerated().map { i, t in (i > 0 && t.spaceBefore ? " " : "") + t.text }.joined())
                    found.append(PlaceMention(written: written, canonical: main, tokens: k...(k + length - 1)))
                    k += length
                    matched = true
                    break
                }
            }
            if !matched { k += 1 }
        }
        return found
    }

    /// Whether a capitalised word is (part of) a place name, so that it is not taken for a person.
    static func isPlaceWord(_ word: String) -> Bool {
        standard.firstWords.contains(word.lowercased())
    }
}
