import Foundation

/// How text is folded into words for full-text search, the same in every implementation:
/// lower-case, diacritics removed, runs of letters and digits.
public enum SearchText {
    public static func words(_ text: String) -> [String] {
        if let ascii = asciiWords(text) { return ascii }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The words of a text joined by single spaces: what search indexes store. One pass for ASCII text.
    public static func folded(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                bytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                bytes.append(byte + 32)
            case 0x80...:
                return words(text).joined(separator: " ")
            default:
                if let last = bytes.last, last != UInt8(ascii: " ") { bytes.append(UInt8(ascii: " ")) }
            }
        }
        if bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The words of an ASCII text, the same as the general path gives but without folding tables;
    /// `nil` when the text holds anything else.
    private static func asciiWords(_ text: String) -> [String]? {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(byte + 32)
            case 0x80...:
                return nil
            default:
                if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// The most exact words a typed prefix is searched as; a prefix beginning more is searched as a
    /// prefix. Both stores turn prefixes into the words they begin, which their indexes read faster.
    public static let maximumPrefixExpansion = 64

    /// Whether every query word is a prefix of some word of the document.
    public static func matches(queryWords: [String], documentWords: Set<String>) -> Bool {
        queryWords.allSatisfy { q in documentWords.contains { $0.hasPrefix(q) } }
    }
}
