import Foundation

/// A spelling-independent key for a name, so that transliterations of one name compare equal:
/// Bokayev / Bokaev, Yeseneyev / Eseneev, Zhanaozen / Janaozen, Akhmedyarov / Ahmedyarov.
///
/// Cyrillic is transliterated (Бокаев / Bokaev); each word is folded to lower-case ASCII and common romanisation
/// variants of Kazakh and Russian are reduced to one form.
public struct NameKey: Hashable, Sendable, CustomStringConvertible {
    /// The folded words, in the order written.
    public let words: [String]

    public init(_ name: String) {
        // Cyrillic first, letter by letter ("Бокаев" → "bokaev"), so that both scripts meet in one key; й is
        // written y, which the variants below reduce as they do a Latin y ("Юрий", "Yuriy" → "iuri").
        let latin = name.unicodeScalars.contains(where: CyrillicLatin.isCyrillic) ? name.unicodeScalars.map { scalar -> String in
            guard CyrillicLatin.isCyrillic(scalar), let mapped = CyrillicLatin.table[scalar.value] else { return String(scalar) }
            return scalar == "й" || scalar == "Й" ? "y" : mapped
        }.joined() : name
        if let plain = NameKey.asciiWords(latin) {
            words = plain.map(NameKey.fold).filter { !$0.isEmpty }
            return
        }
        let ascii = latin.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        let separated = ascii.unicodeScalars.map { CharacterSet.letters.contains($0) ? Character($0) : " " }
        words = String(separated).split(separator: " ").map { NameKey.fold(String($0)) }.filter { !$0.isEmpty }
    }

    public var description: String { words.joined(separator: " ") }

    /// The lower-cased letter runs of an ASCII name, as the general path gives them, without Foundation's folding
    /// (the reader keys every capitalised word of a Russian report); `nil` when the name holds anything else.
    static func asciiWords(_ name: String) -> [String]? {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte | 0x20)
            case 0x80...: return nil
            default:
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// Whether two names may be the same: the words of the shorter name all occur in the longer one.
    /// "Bokaev" matches "Max Bokayev"; "Max Bokayev" does not match "Talgat Ayan".
    public func matches(_ other: NameKey) -> Bool {
        guard !words.isEmpty, !other.words.isEmpty else { return false }
        let (short, long) = words.count <= other.words.count ? (self, other) : (other, self)
        return Set(short.words).isSubset(of: Set(long.words))
    }

    /// Romanisation variants, applied in order; each pair reduces a spelling to the plainest form.
    private static let variants: [(from: [UInt32], to: [UInt32])] = [
        ("dzh", "zh"), ("j", "zh"), ("kh", "h"), ("yev", "ev"), ("iyev", "iev"), ("iy", "i"),
        ("yu", "iu"), ("ya", "ia"), ("ye", "e"), ("yo", "e"), ("y", "i"), ("ks", "x"),
        ("ts", "c"), ("w", "v"), ("q", "k"), ("ph", "f"),
    ].map { (Array($0.0.unicodeScalars.map(\.value)), Array($0.1.unicodeScalars.map(\.value))) }

    /// Applies the variants in order, each over the whole word as a replace-all would, on the word's scalars:
    /// names are keyed for every record a form or an import compares them with, and Foundation's
    /// `replacingOccurrences`, sixteen times a word, made a person's page take most of a second at 5,000 people.
    static func fold(_ word: String) -> String {
        var w = word.unicodeScalars.map(\.value)
        for (from, to) in variants where w.count >= from.count {
            var out: [UInt32] = []
            out.reserveCapacity(w.count + 2)
            var i = 0
            while i < w.count {
                if w[i] == from[0], i + from.count <= w.count, w[i..<(i + from.count)].elementsEqual(from) {
                    out += to
                    i += from.count
                } else {
                    out.append(w[i])
                    i += 1
                }
            }
            w = out
        }
        // Doubled letters are often single in another transliteration (Alkhanashvilly / Alkhanashvily).
        var scalars = String.UnicodeScalarView()
        var last: UInt32? = nil
        for value in w where value != last {
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
            last = value
        }
        return String(scalars)
    }
}
