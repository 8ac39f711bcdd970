/// The readable text of an HTML page: tags dropped, scripts and styles removed, entities decoded,
/// block elements ending lines. A table's row is one line with its cells apart by tabs, as `TableReader` reads it.
/// Offsets of extracted incidents count in this text.
struct HTMLText {
    var text: String
    var title: String?

    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
        "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "title", "td", "th",
    ]
    private static let hiddenTags: Set<String> = ["script", "style", "noscript", "template"]
    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»", "hellip": "…",
        "bull": "•", "middot": "·", "copy": "©", "shy": "",
    ]

    init(_ html: String) {
        var out = String.UnicodeScalarView()
        var title = ""
        let s = Array(html.unicodeScalars)
        var i = 0
        var hiddenUntil: String? = nil
        var inTitle = false
        /// Inside a table's row: line breaks become spaces, so that the row stays one line; whether a cell has begun.
        var inRow = false, rowHasCell = false
        func appendNewline() { if let last = out.last, last != "\n" { out.append(inRow ? " " : "\n") } }
        while i < s.count {
            let c = s[i]
            if c == "<" {
                if s.count > i + 3, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
                    i = HTMLText.find(["-", "-", ">"], in: s, from: i + 4).map { $0 + 3 } ?? s.count
                    continue
                }
                guard let close = HTMLText.find([">"], in: s, from: i + 1) else { break }
                let inner = String(String.UnicodeScalarView(s[(i + 1)..<close]))
                i = close + 1
                let isEnd = inner.hasPrefix("/")
                let name = String(inner.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
                if let hidden = hiddenUntil {
                    if isEnd && name == hidden { hiddenUntil = nil }
                    continue
                }
                if name == "title" { inTitle = !isEnd }
                if !isEnd, HTMLText.hiddenTags.contains(name) {
                    if !inner.hasSuffix("/") { hiddenUntil = name }
                    continue
                }
                switch name {
                case "tr":
                    inRow = false
                    appendNewline()
                    inRow = !isEnd
                    rowHasCell = false
                case "table":
                    inRow = false
                    appendNewline()
                case "td", "th":
                    if !isEnd, inRow {
                        if rowHasCell { out.append("\t") }
                        rowHasCell = true
                    } else if !inRow {
                        appendNewline()
                    }
                default:
                    if HTMLText.blockTags.contains(name) { appendNewline() }
                }
                continue
            }
            if hiddenUntil != nil { i += 1; continue }
            var decoded: String.UnicodeScalarView
            if c == "&", let semi = HTMLText.find([";"], in: s, from: i + 1), semi - i <= 10 {
                let entity = String(String.UnicodeScalarView(s[(i + 1)..<semi]))
                if let value = HTMLText.decode(entity) {
                    decoded = value.unicodeScalars
                    i = semi + 1
                } else {
                    decoded = String.UnicodeScalarView([c])
                    i += 1
                }
            } else {
                decoded = String.UnicodeScalarView([inRow && (c == "\n" || c == "\r" || c == "\t") ? " " : c == "\r" ? "\n" : c])
                i += 1
            }
            if inTitle { title.unicodeScalars.append(contentsOf: decoded) } else { out.append(contentsOf: decoded) }
        }
        text = String(out)
        let trimmed = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        self.title = trimmed.isEmpty ? nil : trimmed
    }

    private static func find(_ needle: [Unicode.Scalar], in s: [Unicode.Scalar], from start: Int) -> Int? {
        guard start <= s.count - needle.count else { return nil }
        var j = start
        while j <= s.count - needle.count {
            if s[j] == needle[0], needle.indices.allSatisfy({ s[j + $0] == needle[$0] }) { return j }
            j += 1
        }
        return nil
    }

    private static func decode(_ entity: String) -> String? {
        if entity.hasPrefix("#") {
            let body = entity.dropFirst()
            let value = body.first == "x" || body.first == "X" ? UInt32(body.dropFirst(), radix: 16) : UInt32(body)
            return value.flatMap(Unicode.Scalar.init).map { String($0) }
        }
        return entities[entity.lowercased()]
    }
}
