/// Finds a report's title in its opening text, for documents that carry none of their own (plain text, PDF, HTML
/// without `<title>`). Text saved from web pages opens with menus ("Quick search", "All news"); PDF reports open
/// with a funder's disclaimer and put the title in capitals below it.
///
/// In order:
/// 1. the first line, before any paragraph of body text, that reads as a heading: three to twenty-five words,
///    starting with a capital, not ending with a full stop, and not running on into a line that starts in lower case;
/// 2. else a heading in capitals within the opening (its lines joined: PDF covers break titles over lines);
/// 3. else the first line, cut at a word before 120 characters, with an ellipsis where its sentence goes on.
enum ReportTitle {
    /// How much of the opening text is looked at.
    static let openingLength = 4_000
    static let wordRange = 3...25
    static let fallbackLength = 120

    static func find(in text: String) -> String? {
        let lines = text.prefix(openingLength).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let first = lines.first else { return nil }
        for (index, line) in lines.enumerated() {
            let next = index + 1 < lines.count ? lines[index + 1] : nil
            if isHeading(line, next: next) { return line }
            if isBodyText(line, next: next) { break }
        }
        if let capitals = capitalsHeading(lines) { return capitals }
        let title = cut(first)
        return runsOn(into: lines.dropFirst().first) && !title.hasSuffix("…") ? title + " …" : title
    }

    static func words(_ line: String) -> [Substring] { line.split(whereSeparator: \.isWhitespace) }

    static func isHeading(_ line: String, next: String?) -> Bool {
        guard wordRange.contains(words(line).count), let head = line.first, head.isUppercase || head.isNumber,
              !line.hasSuffix("."), !line.hasSuffix(","), !line.hasSuffix(":") else { return false }
        return !runsOn(into: next)
    }

    /// A sentence of the body: a long line, or one that ends a sentence or runs on into the next line.
    static func isBodyText(_ line: String, next: String?) -> Bool {
        let count = words(line).count
        return count > wordRange.upperBound || (count >= 8 && (line.hasSuffix(".") || runsOn(into: next)))
    }

    /// Whether the next line continues this one's sentence (it starts in lower case).
    static func runsOn(into next: String?) -> Bool { next?.first?.isLowercase == true }

    /// Consecutive lines in capitals, joined, when they make a heading of a few words.
    static func capitalsHeading(_ lines: [String]) -> String? {
        var run: [String] = []
        func isCapitals(_ line: String) -> Bool {
            let letters = line.filter(\.isLetter)
            return letters.count >= 3 && letters.filter(\.isUppercase).count * 10 >= letters.count * 9
        }
        for line in lines {
            if isCapitals(line) {
                run.append(line)
            } else if !run.isEmpty {
                break
            }
        }
        let joined = run.joined(separator: " ")
        return wordRange.contains(words(joined).count) || (run.count > 1 && words(joined).count <= 40) ? joined : nil
    }

    /// The line cut at a word boundary before `fallbackLength` characters, with an ellipsis when cut.
    static func cut(_ line: String) -> String {
        guard line.count > fallbackLength else { return line }
        let prefix = line.prefix(fallbackLength)
        let end = prefix.lastIndex(where: \.isWhitespace) ?? prefix.endIndex
        return prefix[..<end].trimmingCharacters(in: .whitespaces) + " …"
    }
}
