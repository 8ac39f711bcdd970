import Archive
import CivicModel
import Hummingbird

/// The review queue: proposed incidents beside their highlighted source passages, to accept, edit or reject.
struct ReviewPages {
    let archive: any Archive
    let renderer: PageRenderer
    let config: WebConfig
    let cache: ArchiveCache

    func add(to router: Router<WebContext>) {
        router.get("/review", use: queue)
    }

    @Sendable func queue(_ request: Request, context: WebContext) async throws -> Response {
        _ = try context.require(.editor)
        var query = IncidentQuery(statuses: [.proposed], sort: .dateAscending, limit: 50)
        if let source = request.uri.queryParameters.get("source") { query.sourceID = Source.ID(source) }
        let page = try await archive.incidents(matching: query, as: context.clearance)
        let names = RecordNames(archive: archive, viewer: context.clearance)
        let pages = IncidentPages(archive: archive, renderer: renderer, config: config, cache: cache)
        var items: [[String: Any]] = []
        for incident in page.incidents {
            var row = try await names.row(incident)
            row["passages"] = try await pages.passages(of: incident, names: names)
            row["confidence"] = incident.confidence.map { String(format: "%.0f%%", $0 * 100) } ?? ""
            row["sanctions"] = incident.sanctions.map(\.phrase).joined(separator: "; ")
            items.append(row)
        }
        let back = request.uri.description
        return try renderer.page("review", title: "Review queue",
                                 ["items": items, "total": page.total, "csrf": context.sessions.session?.csrf ?? "", "back": back,
                                  "source": query.sourceID?.rawValue ?? ""], context: context)
    }
}
