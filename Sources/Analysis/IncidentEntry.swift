import Archive
import CivicModel
import LawBook

/// One incident as a report states it: date, place, persons, what happened, article and sanction, the
/// incident's own summary line, and a citation of its source passage with a link.
public struct IncidentEntry: Sendable {
    public let details: IncidentDetails
    /// Prefix for links into the web app ("" for relative links, or "https://kuzet.example.org").
    public let linkBase: String

    public init(_ details: IncidentDetails, linkBase: String = "") {
        self.details = details
        self.linkBase = linkBase
    }

    /// The date as a reader writes it: "5 February 2021", "March 2021", "2019", or "date not stated".
    public static func readable(_ date: PartialDate?) -> String {
        guard let date else { return "date not stated" }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        switch (date.month, date.day) {
        case let (m?, d?): return "\(d) \(months[m - 1]) \(date.year)"
        case let (m?, nil): return "\(months[m - 1]) \(date.year)"
        default: return String(date.year)
        }
    }

    /// The link to a cited passage: the source's URL when known, else the web app's source page at the offsets.
    public func link(for passage: SourcePassage, source: Source) -> String {
        if let url = source.url, !url.isEmpty { return url }
        return "\(linkBase)/sources/\(source.id.rawValue)#chars=\(passage.start)-\(passage.end)"
    }

    /// The entry as inline text for a list item.
    public func inlines(lawBook: LawBook = .standard) -> [ReportDocument.Inline] {
        let i = details.incident
        var head = Self.readable(i.date)
        if !details.placeNames.isEmpty { head += ", " + details.placeNames.joined(separator: ", ") }
        var out: [ReportDocument.Inline] = [.strong(head), .text(" — \(i.eventType.label). \(i.summary)")]
        var facts: [String] = []
        if !details.personNames.isEmpty { facts.append("Persons: " + details.personNames.joined(separator: ", ")) }
        if !details.organizationNames.isEmpty { facts.append("Organisations: " + details.organizationNames.joined(separator: ", ")) }
        if !i.legalProvisions.isEmpty {
            facts.append("Article: " + i.legalProvisions.map { ref in
                let title = i.date.flatMap { lawBook.article(ref, on: $0)?.title }
                return ref.citation + (title.map { " (\($0))" } ?? "")
            }.joined(separator: "; "))
        }
        if !i.sanctions.isEmpty {
            facts.append("Sanction: " + i.sanctions.map { s in
                var phrase = s.phrase
                if s.currency == .mci, let date = i.date, let kzt = lawBook.kzt(for: s, on: date) {
                    phrase += " (\(Markup.number(kzt)) KZT at the \(date.year) MCI)"
                }
                return phrase
            }.joined(separator: "; "))
        }
        if !facts.isEmpty { out.append(.text(" " + facts.joined(separator: ". ") + ".")) }
        if details.passages.isEmpty {
            out.append(.text(" Source: not visible at this clearance."))
        } else {
            out.append(.text(" Source: "))
            for (n, p) in details.passages.enumerated() {
                if n > 0 { out.append(.text("; ")) }
                out.append(.link("\(p.source.title), characters \(p.passage.start)–\(p.passage.end)",
                                 url: link(for: p.passage, source: p.source)))
            }
            out.append(.text("."))
        }
        out.append(.text(" [\(i.id.rawValue)]"))
        return out
    }
}
