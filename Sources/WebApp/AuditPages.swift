import Archive
import CivicModel
import Foundation
import Hummingbird

/// The audit log and each record's revision history with diffs. Editors and administrators only:
/// the log holds every version of every record, confidential ones included.
struct AuditPages {
    let archive: any Archive
    let renderer: PageRenderer

    func add(to router: Router<WebContext>) {
        router.get("/audit", use: log)
        router.get("/history/{kind}/{id}", use: history)
    }

    @Sendable func log(_ request: Request, context: WebContext) async throws -> Response {
        _ = try context.require(.editor)
        let params = request.uri.queryParameters
        let page = try params.get("page").map { try IncidentSearch.number($0, "page", in: 1...1_000_000) } ?? 1
        let size = 50
        let entries = try await archive.auditLog(AuditQuery(recordKind: params.get("kind"), recordID: params.get("id"),
                                                            user: params.get("user"), limit: size + 1, offset: (page - 1) * size))
        let rows: [[String: Any]] = entries.prefix(size).map { e in
            [
                "sequence": e.sequence, "at": Self.time(e.at), "user": e.user, "action": e.action.rawValue,
                "kind": e.recordKind, "id": e.recordID, "revision": e.revision.map(String.init) ?? "",
                "href": e.recordKind == "user" ? "" : "/history/\(e.recordKind)/\(e.recordID)",
            ]
        }
        var values: [String: Any] = ["rows": rows]
        if page > 1 { values["prev"] = "/audit?page=\(page - 1)" }
        if entries.count > size { values["next"] = "/audit?page=\(page + 1)" }
        return try renderer.page("audit", title: "Audit log", values, context: context)
    }

    @Sendable func history(_ request: Request, context: WebContext) async throws -> Response {
        _ = try context.require(.editor)
        let kindText = try context.parameters.require("kind")
        let id = try context.parameters.require("id")
        guard let kind = RecordKind(rawValue: kindText) else { throw WebError.notFound("record kind '\(kindText)'") }
        let revisions = try await archive.revisions(of: kind, id: id)
        guard !revisions.isEmpty else { throw WebError.notFound("\(kind.rawValue) '\(id)'") }
        var previous = ""
        var items: [[String: Any]] = []
        for revision in revisions {
            let body = TextDiff.pretty(revision.body)
            let changes = TextDiff.lines(previous, body)
            items.append([
                "number": revision.number, "at": Self.time(revision.at), "user": revision.user,
                "lines": changes.compactMap { change -> [String: Any]? in
                    switch change {
                    case .same: nil
                    case .added(let l): ["sign": "+", "text": l, "class": "added"]
                    case .removed(let l): ["sign": "−", "text": l, "class": "removed"]
                    }
                },
            ])
            previous = body
        }
        let path = kind == .incident ? "incidents" : kind == .person ? "persons" : kind == .organization ? "organizations" : kind == .place ? "places" : "sources"
        return try renderer.page("history", title: "History of \(kind.rawValue) \(id)",
                                 ["kind": kind.rawValue, "id": id, "href": "/\(path)/\(id)", "revisions": Array(items.reversed())], context: context)
    }

    static func time(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        return f.string(from: date) + " UTC"
    }
}
