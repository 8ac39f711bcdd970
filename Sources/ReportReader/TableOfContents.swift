/// A table of contents at a text's top ("IN THIS ISSUE", "Contents", "Содержание"): a list of what the text tells below,
/// in headline words, which the reader does not read as acts. The heading may stand alone, its list in the paragraph after
/// it, or head the list's own paragraph.
enum TableOfContents {
    /// Headings that open a table of contents, lower-cased.
    private static let headings: Set<String> = ["in this issue", "contents", "table of contents", "in this edition", "inside",
                                                "содержание", "оглавление", "в этом выпуске", "в выпуске",
                                                // (A news item's links to earlier items: "Читайте также:", "Related stories".)
                                                "read also", "see also", "related", "related stories", "related articles", "more on this",
                                                "читайте также", "смотрите также", "см также", "по теме", "ещё по теме", "еще по теме"]
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

    /// Whether a sentence opens with a heading of the topics to come and a colon, as a bulletin's host or a show's notes
    /// announce them ("В выпуске: приговор по делу …, штраф за пикет …", "Coming up: …"): what it names, the text tells below.
    static func announcesTopics(_ t: ArraySlice<Token>) -> Bool {
        guard let colon = t.prefix(topicLabelWords + 1).firstIndex(where: { $0.isMark(":") }), colon > t.startIndex,
              t[..<colon].allSatisfy(\.isWord) else { return false }
        let label = t[..<colon].map(\.lower).joined(separator: " ")
        return headings.contains(label) || topicHeadings.contains(label)
    }
    private static let topicLabelWords = 4
    /// Headings of the topics a programme or a post announces, lower-cased, besides those of contents.
    private static let topicHeadings: Set<String> = ["coming up", "in this episode", "in today's bulletin", "in this bulletin", "today's topics",
                                                     "темы выпуска", "в программе", "главные темы", "в этом эпизоде", "в сегодняшнем выпуске"]

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
