import LawBook
import Mustache

/// Fact IDs as links to the page that says where each comes from (`/law/sources#PA-06`), with the document and what
/// the fact concerns as the link's title. Pages write a rule's sources as `{{{sources}}}`: the text is escaped here.
///
/// Built from a list of IDs or from a text that mixes them with other words ("budget law (external); MO-20"):
/// an ID-shaped word the law book's index does not hold stays plain text.
struct FactLinks: MustacheCustomRenderable, Sendable {
    let html: String
    let isEmpty: Bool

    init(_ ids: [String], index: FactIndex = LawBook.standard.factIndex) {
        self.init(ids.joined(separator: ", "), index: index)
    }

    init(_ text: String, index: FactIndex = LawBook.standard.factIndex) {
        // A scan over the UTF-8 bytes for words of one to four capitals, a hyphen and one to three digits: pages
        // build these per request (an incident's legal check), and a Regex took a tenth of the page's time.
        let bytes = Array(text.utf8)
        func isWordByte(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 95 || b >= 128 }
        var html = ""
        var copied = 0, i = 0
        while i < bytes.count {
            guard bytes[i] >= 65, bytes[i] <= 90, i == 0 || !isWordByte(bytes[i - 1]) else { i += 1; continue }
            var j = i
            while j < bytes.count, j - i < 5, bytes[j] >= 65, bytes[j] <= 90 { j += 1 }
            guard j - i <= 4, j < bytes.count, bytes[j] == UInt8(ascii: "-") else { i = j; continue }
            var k = j + 1
            while k < bytes.count, k - j <= 4, bytes[k] >= 48, bytes[k] <= 57 { k += 1 }
            let digits = k - j - 1
            guard (1...3).contains(digits), k == bytes.count || !isWordByte(bytes[k]) else { i = k; continue }
            let id = String(decoding: bytes[i..<k], as: UTF8.self)
            if let fact = index.fact(id) {
                html += HTML.escape(String(decoding: bytes[copied..<i], as: UTF8.self))
                let about = ([fact.reference, fact.period].compactMap { $0 } + fact.documents.compactMap { index.document($0)?.label }).joined(separator: " · ")
                html += "<a class=\"fact\" href=\"/law/sources#\(id)\" title=\"\(HTML.escape(about))\">\(id)</a>"
                copied = k
            }
            i = k
        }
        html += HTML.escape(String(decoding: bytes[copied...], as: UTF8.self))
        self.html = html
        isEmpty = text.isEmpty
    }

    var renderText: String { html }
    var isNull: Bool { isEmpty }
}
