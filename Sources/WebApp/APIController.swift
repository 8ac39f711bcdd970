import Archive
import CivicModel
import Foundation
import Hummingbird
import LawBook

/// The JSON API under `/api/v1`: the same records and the same access rules as the pages.
struct APIController {
    let archive: any Archive
    let config: WebConfig
    let lawBook: LawBook

    func add(to router: Router<WebContext>) {
        let api = router.group("api/v1")
        api.get("session", use: session)
        api.get("incidents", use: incidents)
        api.post("incidents", use: createIncident)
        api.get("incidents/{id}", use: incident)
        api.put("incidents/{id}", use: updateIncident)
        api.get("incidents/{id}/revisions", use: revisions)
        api.get("incidents/{id}/check", use: check)
        api.get("facets", use: facets)
        api.get("search", use: search)
        api.get("persons", use: { try await list(Person.self, $0, $1) })
        api.get("persons/{id}", use: { try await one(Person.self, $0, $1) })
        api.get("persons/{id}/timeline", use: personTimeline)
        api.get("organizations", use: { try await list(Organization.self, $0, $1) })
        api.get("organizations/{id}", use: { try await one(Organization.self, $0, $1) })
        api.get("organizations/{id}/timeline", use: organizationTimeline)
        api.get("places", use: { try await list(Place.self, $0, $1) })
        api.get("places/{id}", use: { try await one(Place.self, $0, $1) })
        api.get("sources", use: { try await list(Source.self, $0, $1) })
        api.get("sources/{id}", use: { try await one(Source.self, $0, $1) })
    }

    struct SessionInfo: Codable {
        var user: String?
        var role: String?
        /// The token to send as `X-CSRF-Token` with writes.
        var csrf: String?
    }

    @Sendable func session(_ request: Request, context: WebContext) async throws -> Response {
        try JSONBody.response(SessionInfo(user: context.user?.name, role: context.user?.role.rawValue,
                                          csrf: context.user == nil ? nil : context.sessions.session?.csrf))
    }

    struct IncidentList: Codable {
        var total: Int
        /// Counting stopped at the server's count limit: more than `total` incidents match.
        var totalIsCapped: Bool
        var page: Int
        var limit: Int
        var incidents: [Incident]
    }

    @Sendable func incidents(_ request: Request, context: WebContext) async throws -> Response {
        let search = try IncidentSearch(request.uri, context: context, pageSize: config.pageSize)
        let page = try await search.page(in: archive, as: context.clearance, countLimit: config.countLimit)
        return try JSONBody.response(IncidentList(total: page.total, totalIsCapped: page.isTotalCapped, page: search.page,
                                                  limit: search.query.limit, incidents: page.incidents))
    }

    @Sendable func incident(_ request: Request, context: WebContext) async throws -> Response {
        try JSONBody.response(try await IncidentPages.visibleIncident(try context.parameters.require("id"), archive: archive, context: context))
    }

    /// The legal check of an incident the viewer may see: it is made from the visible record only.
    @Sendable func check(_ request: Request, context: WebContext) async throws -> Response {
        let incident = try await IncidentPages.visibleIncident(try context.parameters.require("id"), archive: archive, context: context)
        return try JSONBody.response(lawBook.check(incident))
    }

    @Sendable func createIncident(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.require(.editor)
        try CSRFGuard.checkHeader(request, context: context)
        var incident = try await JSONBody.decode(Incident.self, from: request, limit: config.maxUploadBytes)
        guard incident.revision == 0 else { throw WebError.badRequest("a new incident has revision 0; use PUT to change a stored one") }
        incident = try await archive.save(incident, by: Editor(user.name))
        var response = try JSONBody.response(incident, status: .created)
        response.headers[.location] = "/api/v1/incidents/\(incident.id.rawValue)"
        return response
    }

    @Sendable func updateIncident(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.require(.editor)
        try CSRFGuard.checkHeader(request, context: context)
        let id = try context.parameters.require("id")
        let incident = try await JSONBody.decode(Incident.self, from: request, limit: config.maxUploadBytes)
        guard incident.id.rawValue == id else { throw WebError.badRequest("the body's id '\(incident.id)' is not '\(id)'") }
        guard incident.revision > 0 else { throw WebError.badRequest("name the revision you edited (the 'revision' field); a stale one is refused") }
        _ = try await IncidentPages.visibleIncident(id, archive: archive, context: context)
        return try JSONBody.response(try await archive.save(incident, by: Editor(user.name)))
    }

    @Sendable func revisions(_ request: Request, context: WebContext) async throws -> Response {
        _ = try context.require(.editor)
        let id = try context.parameters.require("id")
        _ = try await IncidentPages.visibleIncident(id, archive: archive, context: context)
        return try JSONBody.response(try await archive.revisions(of: .incident, id: id))
    }

    struct FacetCounts: Codable {
        var total: Int
        /// More incidents match than the server's count limit: the counts cover the newest `total` of them.
        var sampled: Bool
        var eventTypes: [String: Int]
        var regions: [String: Int]
        var years: [String: Int]
        var months: [String: Int]
        var articles: [String: Int]
        var statuses: [String: Int]
        var persons: [String: Int]
        var organizations: [String: Int]
    }

    @Sendable func facets(_ request: Request, context: WebContext) async throws -> Response {
        let search = try IncidentSearch(request.uri, context: context, pageSize: config.pageSize)
        let (_, f) = try await search.run(in: archive, as: context.clearance, countLimit: config.countLimit)
        func keyed<K>(_ d: [K: Int], _ key: (K) -> String) -> [String: Int] { Dictionary(d.map { (key($0.key), $0.value) }, uniquingKeysWith: +) }
        return try JSONBody.response(FacetCounts(
            total: f.total, sampled: f.isSampled, eventTypes: keyed(f.eventTypes, \.rawValue), regions: keyed(f.regions, \.rawValue), years: f.years,
            months: f.months, articles: keyed(f.provisions, \.citation), statuses: keyed(f.statuses, \.rawValue),
            persons: keyed(f.persons, \.rawValue), organizations: keyed(f.organizations, \.rawValue)))
    }

    struct SearchResult: Codable {
        var query: String
        var incidentTotal: Int
        /// Counting stopped at the server's count limit: more than `incidentTotal` incidents match.
        var incidentTotalIsCapped: Bool
        var incidents: [Incident]
        var persons: [Person]
        var organizations: [Organization]
        var places: [Place]
    }

    @Sendable func search(_ request: Request, context: WebContext) async throws -> Response {
        guard let q = request.uri.queryParameters.get("q")?.trimmingCharacters(in: .whitespaces), !q.isEmpty else {
            throw WebError.badRequest("give the words to search for as ?q=…")
        }
        let search = try IncidentSearch(request.uri, context: context, pageSize: 20)
        let page = try await search.page(in: archive, as: context.clearance, countLimit: config.countLimit)
        async let persons = archive.list(Person.self, matching: q, as: context.clearance, limit: 20, offset: 0)
        async let orgs = archive.list(Organization.self, matching: q, as: context.clearance, limit: 20, offset: 0)
        async let places = archive.list(Place.self, matching: q, as: context.clearance, limit: 20, offset: 0)
        return try await JSONBody.response(SearchResult(query: q, incidentTotal: page.total, incidentTotalIsCapped: page.isTotalCapped,
                                                        incidents: page.incidents,
                                                        persons: persons, organizations: orgs, places: places))
    }

    struct RecordList<R: Codable>: Codable {
        var page: Int
        var limit: Int
        var records: [R]
    }

    func list<R: ArchiveRecord>(_ type: R.Type, _ request: Request, _ context: WebContext) async throws -> Response {
        let params = request.uri.queryParameters
        let limit = try params.get("limit").map { try IncidentSearch.number($0, "limit", in: 1...200) } ?? config.pageSize
        let page = try params.get("page").map { try IncidentSearch.number($0, "page", in: 1...1_000_000) } ?? 1
        let records = try await archive.list(R.self, matching: params.get("q"), as: context.clearance, limit: limit, offset: (page - 1) * limit)
        return try JSONBody.response(RecordList(page: page, limit: limit, records: records))
    }

    func one<R: ArchiveRecord>(_ type: R.Type, _ request: Request, _ context: WebContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard let record = try await archive.fetch(R.self, id: R.ID(id), as: context.clearance) else {
            throw WebError.notFound("\(R.recordKind.rawValue) '\(id)'")
        }
        return try JSONBody.response(record)
    }

    @Sendable func personTimeline(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard try await archive.fetch(Person.self, id: Person.ID(id), as: context.clearance) != nil else { throw WebError.notFound("person '\(id)'") }
        let incidents = try await archive.timeline(person: Person.ID(id), as: context.clearance).filter { IncidentSearch.canSee($0, context: context) }
        return try JSONBody.response(incidents)
    }

    @Sendable func organizationTimeline(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard try await archive.fetch(Organization.self, id: Organization.ID(id), as: context.clearance) != nil else { throw WebError.notFound("organisation '\(id)'") }
        let incidents = try await archive.timeline(organization: Organization.ID(id), as: context.clearance).filter { IncidentSearch.canSee($0, context: context) }
        return try JSONBody.response(incidents)
    }
}
