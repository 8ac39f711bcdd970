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
        var html = ""
        var rest = text[...]
        // Words of capitals, a hyphen and digits; everything between them is escaped as it is.
        while let match = rest.firstMatch(of: /\b[A-Z]{1,4}-\d{1,3}\b/) {
            html += HTML.escape(String(rest[..<match.range.lowerBound]))
            let id = String(match.output)
            if let fact = index.fact(id) {
                let about = ([fact.reference, fact.period].compactMap { $0 } + fact.documents.compactMap { index.document($0)?.label }).joined(separator: " · ")
                html += "<a class=\"fact\" href=\"/law/sources#\(id)\" title=\"\(HTML.escape(about))\">\(id)</a>"
            } else {
                html += HTML.escape(id)
            }
            rest = rest[match.range.upperBound...]
        }
        html += HTML.escape(String(rest))
        self.html = html
        isEmpty = text.isEmpty
    }

    var renderText: String { html }
    var isNull: Bool { isEmpty }
}
