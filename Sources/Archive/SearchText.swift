import Foundation

/// How text is folded into words for full-text search, the same in every implementation:
/// lower-case, diacritics removed, runs of letters and digits.
public enum SearchText {
    public static func words(_ text: String) -> [String] {
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

    /// Whether every query word is a prefix of some word of the document.
    public static func matches(queryWords: [String], documentWords: Set<String>) -> Bool {
        queryWords.allSatisfy { q in documentWords.contains { $0.hasPrefix(q) } }
    }
}
