import Foundation
import Archive
import CivicModel
import Hummingbird
import LawBook

/// The review queue: proposed incidents beside their highlighted source passages, to accept, edit or reject.
struct ReviewPages {
    let archive: any Archive
    let renderer: PageRenderer
    let config: WebConfig
    let lawBook: LawBook
    let cache: ArchiveCache

    func add(to router: Router<WebContext>) {
        router.get("/review", use: queue)
        router.post("/review", use: decideSelected)
    }

    /// The most proposals one decision may take: the queue shows this many at a time.
    static let queueLength = 50

    /// Accepts or rejects the proposals ticked in the queue, all in one write: if any of them changed since the
    /// queue was shown (another reviewer decided it), none is changed and the message says which.
    @Sendable func decideSelected(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.require(.editor)
        let form = try await FormData.read(request, limit: 256 * 1024)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        let status: ReviewStatus = switch form["decision"] {
        case "accept": .verified
        case "reject": .rejected
        default: throw WebError.badRequest("the decision must be 'accept' or 'reject'")
        }
        let picks = form.all("pick")
        guard !picks.isEmpty else { throw WebError.badRequest("tick the proposals to decide first") }
        guard picks.count <= Self.queueLength else { throw WebError.badRequest("at most \(Self.queueLength) proposals at a time") }
        var decided: [Incident] = []
        for pick in Set(picks) {
            // "id@revision": the revision shown, so that a decision taken meanwhile is not silently overwritten.
            guard let at = pick.lastIndex(of: "@") else { throw WebError.badRequest("'\(pick)' is not a proposal of the queue") }
            var incident = try await IncidentPages.visibleIncident(String(pick[..<at]), archive: archive, context: context)
            incident.revision = try IncidentSearch.number(String(pick[pick.index(after: at)...]), "revision", in: 1...Int.max)
            incident.status = status
            decided.append(incident)
        }
        _ = try await archive.write(ArchiveBatch(incidents: decided.sorted { $0.id.rawValue < $1.id.rawValue }), by: Editor(user.name))
        let back = form["back"].flatMap(AuthController.safeNext) ?? "/review"
        return Response(status: .seeOther, headers: [.location: back])
    }

    @Sendable func queue(_ request: Request, context: WebContext) async throws -> Response {
        _ = try context.require(.editor)
        var query = IncidentQuery(statuses: [.proposed], sort: .dateAscending, limit: 50)
        if let source = request.uri.queryParameters.get("source") { query.sourceID = Source.ID(source) }
        let page = try await archive.incidents(matching: query, as: context.clearance)
        let names = RecordNames(archive: archive, viewer: context.clearance)
        let pages = IncidentPages(archive: archive, renderer: renderer, config: config, lawBook: lawBook, cache: cache)
        var items: [[String: Any]] = []
        for incident in page.incidents {
            var row = try await names.row(incident)
            row["passages"] = try await pages.passages(of: incident, names: names)
            row["confidence"] = incident.confidence.map { String(format: "%.0f%%", $0 * 100) } ?? ""
            row["sanctions"] = incident.sanctions.map(\.phrase).joined(separator: "; ")
            // A sanction outside the article's stated range is either a real departure or a misread: worth a look.
            row["departures"] = lawBook.departures(of: incident).map(\.explanation)
            row["matches"] = try await IncidentPages.matchValues(for: incident, archive: archive, context: context)
            items.append(row)
        }
        let back = request.uri.description
        let source = try await query.sourceID.asyncMap { try await archive.fetch(Source.self, id: $0, as: context.clearance) } ?? nil
        return try renderer.page("review", title: "Review queue",
                                 ["items": items, "total": page.total, "csrf": context.sessions.session?.csrf ?? "", "back": back,
                                  "backQuery": back.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "",
                                  "source": query.sourceID?.rawValue ?? "", "sourceTitle": source?.title as Any,
                                  "sourceOriginal": source?.original.map { "original \($0.kindLabel), \($0.sizeText)" } as Any], context: context)
    }
}
