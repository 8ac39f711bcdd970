import Archive
import CivicModel
import Foundation
import HTTPTypes
import Hummingbird

/// The incident list as an Atom feed (`/incidents/feed?…`, the list's own filters): partners and journalists follow a
/// search, a region or an article in a feed reader and see new incidents as they are published.
///
/// A feed is read by programs without a session and its address is passed around, so it is always what an anonymous
/// visitor sees: reviewed, public records, whoever asks. The newest `entries` by the incident's date.
struct IncidentFeed {
    let archive: any Archive
    let config: WebConfig
    static let entries = 50

    func add(to router: Router<WebContext>) {
        router.get("/incidents/feed", use: feed)
    }

    @Sendable func feed(_ request: Request, context: WebContext) async throws -> Response {
        var visitor = context
        visitor.user = nil
        var search = try IncidentSearch(request.uri, context: visitor, pageSize: Self.entries)
        search.query.sort = .dateDescending
        search.query.offset = 0
        search.query.limit = Self.entries
        search.query.countLimit = Self.entries
        let incidents = search.matchesNothing ? [] : try await archive.incidents(matching: search.query, as: .anonymous).incidents
        let details = try await archive.details(of: incidents, as: .anonymous)
        let base = Self.base(of: request, secure: config.secureCookies)
        let shown = search.parameters.filter { $0.0 != "sort" }
        let list = IncidentSearch.link(shown, path: "/incidents")
        let filters = shown.map { "\($0.0): \($0.1)" }.joined(separator: ", ")
        let now = Self.timestamp(Date())
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
        <title>\(HTML.escape("Kuzet incidents" + (filters.isEmpty ? "" : " (\(filters))")))</title>
        <subtitle>Incidents against the freedoms of assembly, association and expression in Kazakhstan, as documented and reviewed in Kuzet.</subtitle>
        <id>\(HTML.escape(base + request.uri.description))</id>
        <link rel="self" type="application/atom+xml" href="\(HTML.escape(base + request.uri.description))"/>
        <link rel="alternate" type="text/html" href="\(HTML.escape(base + list))"/>
        <updated>\(details.compactMap { $0.incident.date.map(Self.timestamp) }.max() ?? now)</updated>
        <author><name>Kuzet</name></author>

        """
        for d in details {
            let i = d.incident
            let url = base + "/incidents/" + i.id.rawValue
            let what = [i.date?.iso, i.eventType.label, d.placeNames.joined(separator: ", "), d.personNames.joined(separator: ", "),
                        d.organizationNames.joined(separator: ", "), i.legalProvisions.map(\.citation).joined(separator: ", "),
                        i.sanctions.map(\.phrase).joined(separator: "; ")].compactMap { $0 }.filter { !$0.isEmpty }
            xml += """
            <entry>
            <title>\(HTML.escape(i.summary))</title>
            <id>\(HTML.escape(url))</id>
            <link rel="alternate" type="text/html" href="\(HTML.escape(url))"/>
            <updated>\(i.date.map(Self.timestamp) ?? now)</updated>
            <category term="\(i.eventType.rawValue)" label="\(HTML.escape(i.eventType.label))"/>
            <summary type="text">\(HTML.escape(what.joined(separator: " · ")))</summary>
            </entry>

            """
        }
        xml += "</feed>\n"
        return Response(status: .ok, headers: [.contentType: "application/atom+xml; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: xml)))
    }

    /// The server's address as the client reached it: https behind a proxy that says so, or when cookies are secure.
    static func base(of request: Request, secure: Bool) -> String {
        let proto = request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https" || secure ? "https" : "http"
        let host = request.head.authority ?? "localhost"
        // A host is letters, digits, dots, hyphens, a port and brackets (IPv6): anything else is not echoed into links.
        let safe = host.allSatisfy { $0.isLetter || $0.isNumber || ".-:[]".contains($0) } ? host : "localhost"
        return "\(proto)://\(safe)"
    }

    /// A day as an Atom timestamp: its last day at midnight UTC ("2021-02" → "2021-02-28T00:00:00Z").
    static func timestamp(_ date: PartialDate) -> String { date.latestDay + "T00:00:00Z" }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
