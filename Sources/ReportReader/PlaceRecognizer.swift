import CivicModel
import Gazetteer

/// A place named in a sentence, as written, with the tokens it spans and the gazetteer's record when known.
struct PlaceName: Hashable, Sendable {
    var written: String
    var canonical: String
    var tokens: ClosedRange<Int>
    var place: Place? = nil
}

extension PlaceRecognizer {
    /// Whether `region` is the region `town` lies in.
    static func isRegion(_ region: String, of town: String) -> Bool {
        guard let r = Gazetteer.kazakhstan.place(named: region), r.kind == .region,
              let t = Gazetteer.kazakhstan.place(named: town), t.kind != .region else { return false }
        return Gazetteer.kazakhstan.region(of: t)?.id == r.id
    }

    /// Places named, less a region a town among them lies in: a title's "Новости Уральска и ЗКО", "Uralsk and West
    /// Kazakhstan Region", names one place.
    static func narrowed(_ names: [String]) -> [String] {
        names.filter { region in !names.contains { isRegion(region, of: $0) } }
    }

    /// Places in a sentence through the gazetteer (its names and spelling variants), mapped onto the
    /// sentence's tokens. Districts are left out: reports name them in court names, not as the place of an act.
    static func gazetteerPlaces(in tokens: ArraySlice<Token>, sentence: String, offset: Int) -> [PlaceName] {
        var found: [PlaceName] = []
        for mention in Gazetteer.kazakhstan.mentions(in: sentence) where mention.place.kind != .district {
            let start = offset + mention.start, end = offset + mention.end
            guard let first = tokens.firstIndex(where: { $0.start >= start }),
                  let last = tokens.lastIndex(where: { $0.end <= end }), first <= last else { continue }
            // ("at 18:40 Astana time": a clock's zone, no place.)
            if last + 1 < tokens.endIndex, tokens[last + 1].lower == "time" { continue }
            // A name in capitals ("ALMATY, 14 November —", a dateline) is given as the gazetteer writes it.
            // So is a city written with the word "city" or "town" ("the Uralsk city court"): the word is the court's.
            let capitals = mention.written == mention.written.uppercased() && mention.written != mention.written.lowercased()
            let settlementWord = [" city", " town"].first { mention.written.lowercased().hasSuffix($0) }
                .flatMap { [.city, .town, .republicanCity].contains(mention.place.kind) ? $0 : nil }
            var written = capitals ? mention.place.name : settlementWord.map { String(mention.written.dropLast($0.count)) } ?? mention.written
            // "the Abai Regional Court" is of Abai Region.
            if mention.place.kind == .region, written.lowercased().hasSuffix(" regional") {
                written = String(written.dropLast(" regional".count)) + " Region"
            }
            found.append(PlaceName(written: written, canonical: mention.place.name,
                                   tokens: first...last, place: mention.place))
        }
        return found
    }
}

/// A small list of the main cities and regions, longest name first ("East Kazakhstan Region" before
/// "Kazakhstan"), used to tell place names from persons' names; the reader finds places through the gazetteer.
struct PlaceRecognizer: Sendable {
    /// Lower-cased token sequences of every name and variant, to the place's main name.
    private let names: [[String]: String]
    private let longest: Int
    private let firstWords: WordSet

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
        firstWords = WordSet(names.keys.compactMap(\.first))
    }

    func places(in tokens: ArraySlice<Token>) -> [PlaceName] {
        var found: [PlaceName] = []
        var k = tokens.startIndex
        while k < tokens.endIndex {
            guard tokens[k].isCapitalized, firstWords.contains(tokens[k]) else { k += 1; continue }
            var matched = false
            for length in stride(from: min(longest, tokens.endIndex - k), through: 1, by: -1) {
                let words = tokens[k..<(k + length)].map(\.lower)
                if let main = names[words] {
                    let written = String(tokens[k..<(k + length)].enumerated().map { i, t in (i > 0 && t.spaceBefore ? " " : "") + t.text }.joined())
                    found.append(PlaceName(written: written, canonical: main, tokens: k...(k + length - 1)))
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

    /// `isPlaceWord` for a token (its lower-cased form is `word.lowercased()`).
    static func isPlaceWord(_ token: Token) -> Bool {
        standard.firstWords.contains(token)
    }

    /// `isPlaceWord` for a word already lower-cased.
    static func isPlaceWord(lowered word: String) -> Bool {
        standard.firstWords.contains(word)
    }
}
