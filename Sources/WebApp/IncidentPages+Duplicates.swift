import Archive
import CivicModel
import Foundation
import Hummingbird
import RecordLinking

/// Proposals that may record an event the archive holds already: shown beside the proposal (review queue, incident
/// page) with why, and merged with one button: the incident kept gains the proposal's passages and the proposal is
/// rejected with a note naming it (`Archive.merge(incident:into:)`).
extension IncidentPages {
    /// The incidents that may record the same event, as page values (keys apart from the incident's own).
    static func matchValues(for incident: Incident, archive: any Archive, context: WebContext) async throws -> [[String: Any]] {
        guard incident.status == .proposed, (context.role ?? .viewer) >= .editor else { return [] }
        return try await IncidentMatcher(archive: archive).candidates(for: incident, as: context.clearance).map { match in
            ["matchID": match.incident.id.rawValue, "matchSummary": match.incident.summary, "matchDate": match.incident.date?.iso ?? "undated",
             "matchStatus": match.incident.status.rawValue, "matchRevision": match.incident.revision, "matchScore": match.score,
             "matchReasons": match.reasons.map(\.rawValue).joined(separator: ", ")]
        }
    }

    /// `POST /incidents/{id}/duplicate` (`into`, `revision`, `intoRevision`): the proposal is the same event as `into`.
    @Sendable func mergeDuplicate(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.require(.editor)
        let form = try await FormData.read(request, limit: 64 * 1024)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        let duplicate = try await Self.visibleIncident(try context.parameters.require("id"), archive: archive, context: context)
        guard let into = form.text("into") else { throw WebError.badRequest("name the incident this one duplicates ('into')") }
        let kept = try await Self.visibleIncident(into, archive: archive, context: context)
        let revisions = (duplicate: try IncidentSearch.number(form["revision"] ?? "", "revision", in: 1...Int.max),
                         kept: try IncidentSearch.number(form["intoRevision"] ?? "", "intoRevision", in: 1...Int.max))
        _ = try await archive.merge(incident: duplicate.id, into: kept.id, revisions: revisions, by: Editor(user.name))
        let back = form["back"].flatMap(AuthController.safeNext) ?? "/incidents/\(kept.id.rawValue)"
        return Response(status: .seeOther, headers: [.location: back])
    }

    // MARK: API

    struct MatchJSON: Encodable {
        let id, summary, event_type, status: String
        let date: String?
        let revision, score: Int
        let reasons: [String]
    }

    /// `GET /api/v1/incidents/{id}/matches`: the incidents that may record the same event, best first (signed in).
    @Sendable func matchesAPI(_ request: Request, context: WebContext) async throws -> Response {
        _ = try context.require(.viewer)
        let incident = try await Self.visibleIncident(try context.parameters.require("id"), archive: archive, context: context)
        let matches = try await IncidentMatcher(archive: archive).candidates(for: incident, as: context.clearance, limit: 10)
        return try JSONBody.response(matches.map {
            MatchJSON(id: $0.incident.id.rawValue, summary: $0.incident.summary, event_type: $0.incident.eventType.rawValue,
                      status: $0.incident.status.rawValue, date: $0.incident.date?.iso, revision: $0.incident.revision, score: $0.score,
                      reasons: $0.reasons.map(\.rawValue))
        })
    }

    struct DuplicateJSON: Decodable {
        let into: String
        let revision: Int
        let into_revision: Int
    }

    /// `POST /api/v1/incidents/{id}/duplicate {"into", "revision", "into_revision"}`: answers with the incident kept.
    @Sendable func duplicateAPI(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.require(.editor)
        try CSRFGuard.checkHeader(request, context: context)
        let body = try await JSONBody.decode(DuplicateJSON.self, from: request, limit: 64 * 1024)
        let duplicate = try await Self.visibleIncident(try context.parameters.require("id"), archive: archive, context: context)
        let kept = try await Self.visibleIncident(body.into, archive: archive, context: context)
        return try JSONBody.response(try await archive.merge(incident: duplicate.id, into: kept.id, revisions: (body.revision, body.into_revision),
                                                             by: Editor(user.name)))
    }
}
