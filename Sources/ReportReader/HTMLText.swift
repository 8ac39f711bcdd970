/// The readable text of an HTML page: tags dropped, scripts and styles removed, entities decoded,
/// block elements ending paragraphs (a blank line; `<br>` ends a line). A table's row is one line with its cells apart by tabs, as `TableReader` reads it.
/// Offsets of extracted incidents count in this text.
struct HTMLText {
    var text: String
    var title: String?

    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
        "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "title", "td", "th",
    ]
    private static let hiddenTags: Set<String> = ["script", "style", "noscript", "template"]
    private static let furnitureTags: Set<String> = ["nav", "aside", "footer", "form", "button", "select"]
    private static let voidTags: Set<String> = ["br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "col", "embed"]
    /// Words in a class or id that mark a page's furniture rather than its text.
    private static let furnitureWords = ["comment", "breadcrumb", "related", "sidebar", "share", "cookie", "menu", "advert", "promo",
                                         "newsletter", "subscribe", "social"]

    /// Whether a tag's class or id names furniture: `<div class="comments">`, `<ul id="related-news">`.
    static func isFurniture(attributes inner: String) -> Bool {
        let lower = inner.lowercased()
        guard lower.contains("class=") || lower.contains("id=") else { return false }
        var values = ""
        for key in ["class=", "id="] {
            var rest = lower[...]
            while let at = rest.range(of: key) {
                rest = rest[at.upperBound...]
                let quote = rest.first
                if quote == "\"" || quote == "'" {
                    let body = rest.dropFirst()
                    let end = body.firstIndex(of: quote!) ?? body.endIndex
                    values += " " + body[..<end]
                    rest = body[end...]
                } else {
                    values += " " + rest.prefix { $0 != " " && $0 != ">" }
                }
            }
        }
        return furnitureWords.contains { values.contains($0) }
    }
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
        var hiddenDepth = 0, articleDepth = 0, quoteDepth = 0
        /// Inside a table's row: line breaks become spaces, so that the row stays one line; whether a cell has begun.
        var inRow = false, rowHasCell = false
        func appendNewline() { if let last = out.last, last != "\n" { out.append(inRow ? " " : "\n") } }
        /// A block's end is a paragraph's: a blank line (a line break within a paragraph, `<br>`, stays one).
        func appendParagraphBreak() {
            if inRow { appendNewline(); return }
            guard let last = out.last else { return }
            if last != "\n" { out.append("\n") }
            // Only blanks may stand between the two breaks.
            var k = out.index(before: out.endIndex), breaks = 0
            while true {
                if out[k] == "\n" { breaks += 1 } else if out[k] != " " && out[k] != "\t" { break }
                if breaks >= 2 || k == out.startIndex { break }
                k = out.index(before: k)
            }
            if breaks < 2 { out.append("\n") }
        }
        while i < s.count {
            let c = s[i]
            // A script's or a style's text is raw: only its end tag closes it ("for (i = 0; i < n; i++)" opens no tag).
            if let raw = hiddenUntil, HTMLText.rawTextTags.contains(raw), hiddenDepth == 1 {
                i = HTMLText.endTag(raw, in: s, from: i) ?? s.count
                hiddenUntil = nil
                hiddenDepth = 0
                continue
            }
            // A "<" before anything but a letter, "/", "!" or "?" is text: "a < b", "<3".
            if c == "<", i + 1 < s.count, !(s[i + 1].properties.isAlphabetic || s[i + 1] == "/" || s[i + 1] == "!" || s[i + 1] == "?") {
                if hiddenUntil == nil { if inTitle { title.unicodeScalars.append(c) } else { out.append(c) } }
                i += 1
                continue
            }
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
                    // (Nested elements of the hidden one's name are counted, so that its own end is found.)
                    if name == hidden, !inner.hasSuffix("/") { hiddenDepth += isEnd ? -1 : 1 }
                    if hiddenDepth == 0 { hiddenUntil = nil }
                    continue
                }
                if name == "title" { inTitle = !isEnd }
                if name == "article" || name == "main" { articleDepth += isEnd ? -1 : 1 }
                if name == "blockquote" || name == "figure" { quoteDepth += isEnd ? -1 : 1 }
                // Scripts and styles; and a page's furniture around its text: navigation, asides, footers, a site's
                // header, comments, related links, breadcrumbs.
                // (A quotation's footer, "— Aigerim Sultanbekova, editor", names its speaker: text, not furniture.)
                if !isEnd, HTMLText.hiddenTags.contains(name) || (HTMLText.furnitureTags.contains(name) && !(name == "footer" && quoteDepth > 0))
                    || (name == "header" && articleDepth == 0) || HTMLText.isFurniture(attributes: inner) {
                    if !inner.hasSuffix("/") && !HTMLText.voidTags.contains(name) { hiddenUntil = name; hiddenDepth = 1 }
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
                    appendParagraphBreak()
                case "td", "th":
                    if !isEnd, inRow {
                        if rowHasCell { out.append("\t") }
                        rowHasCell = true
                    } else if !inRow {
                        appendNewline()
                    }
                default:
                    if name == "br" { appendNewline() } else if HTMLText.blockTags.contains(name) { appendParagraphBreak() }
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

    /// Elements whose content is raw text, closed only by their own end tag.
    private static let rawTextTags: Set<String> = ["script", "style"]

    /// The index just past the end tag of a raw-text element (`</script>`, in any case), searched from `start`.
    private static func endTag(_ name: String, in s: [Unicode.Scalar], from start: Int) -> Int? {
        let letters = Array(name.unicodeScalars)
        var j = start
        while j + 1 + letters.count < s.count {
            if s[j] == "<", s[j + 1] == "/",
               letters.indices.allSatisfy({ k in s[j + 2 + k].properties.lowercaseMapping == String(letters[k]) }) {
                return find([">"], in: s, from: j + 2 + letters.count).map { $0 + 1 } ?? s.count
            }
            j += 1
        }
        return nil
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
