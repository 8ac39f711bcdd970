/// A table of contents at a text's top ("IN THIS ISSUE", "Contents", "Содержание"): a list of what the text tells below,
/// in headline words, which the reader does not read as acts. The heading may stand alone, its list in the paragraph after
/// it, or head the list's own paragraph.
enum TableOfContents {
    /// Headings that open a table of contents, lower-cased.
    private static let headings: Set<String> = ["in this issue", "contents", "table of contents", "in this edition", "inside",
                                                "содержание", "оглавление", "в этом выпуске", "в выпуске"]
    /// The longest line a list of contents holds.
    static let longestEntry = 100

    /// The longest line a heading of contents can be (in scalars, spaces included).
    private static let longestHeading = 24

    /// Whether the paragraph's first line is a table of contents' heading.
    static func opens(_ paragraph: [Unicode.Scalar]) -> Bool {
        // (Only a short first line is looked at: most paragraphs open with a long one, and this runs on every paragraph.)
        let start = paragraph.firstIndex { !ReportReader.Session.isWhitespace($0) } ?? paragraph.endIndex
        let end = paragraph[start...].firstIndex(of: "\n") ?? paragraph.endIndex
        guard end - start <= longestHeading, end > start else { return false }
        let words = Tokenizer.string(paragraph[start..<end]).lowercased().split { !$0.isLetter }.joined(separator: " ")
        return headings.contains(words)
    }

    /// Whether the paragraph is one line with words (a heading of contents alone, its list to come in the next).
    static func isOneLine(_ paragraph: [Unicode.Scalar]) -> Bool { lines(of: paragraph).count == 1 }

    /// Whether every line of the paragraph (after `dropping` lines) is a short entry without a sentence's end: "1. Oskemen:
    /// heating tariff protest ends at the police station", "2.1 Административные дела".
    static func isList(_ paragraph: [Unicode.Scalar], dropping: Int = 0) -> Bool {
        let entries = lines(of: paragraph).dropFirst(dropping)
        return !entries.isEmpty && entries.allSatisfy { line in
            line.count <= longestEntry && !(line.last.map { ".!?;".unicodeScalars.contains($0) } ?? true)
        }
    }

    /// The paragraph's lines with words, trimmed.
    private static func lines(of paragraph: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>] {
        paragraph.split(separator: "\n").map { line in
            var line = line
            while let f = line.first, ReportReader.Session.isWhitespace(f) { line.removeFirst() }
            while let l = line.last, ReportReader.Session.isWhitespace(l) { line.removeLast() }
            return line
        }.filter { !$0.isEmpty && !ReportReader.Session.isRule($0) }
    }
}
