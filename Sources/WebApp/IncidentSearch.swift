import Archive
import CivicModel
import Foundation
import Hummingbird
import HummingbirdCore

/// An incident search as the URL states it: `?q=…&from=…&type=…&region=…&page=…`, shared by the
/// list page and the API so both accept the same parameters.
struct IncidentSearch {
    var query: IncidentQuery
    var page: Int
    /// The parameters as given, to build links that add or remove one filter.
    var parameters: [(String, String)]
    /// Set when the filters ask for records the viewer may not see (an anonymous search for proposed incidents).
    var matchesNothing = false

    /// What visitors without an account see: reviewed incidents only, never raw proposals.
    static let publishedStatuses: Set<ReviewStatus> = [.verified]

    /// Whether a viewer may see an incident of this status.
    static func canSee(_ incident: Incident, context: WebContext) -> Bool {
        context.user != nil || publishedStatuses.contains(incident.status)
    }

    /// Runs the search, honouring `matchesNothing`, counting at most `countLimit` matches.
    func run(in archive: any Archive, as viewer: Clearance, countLimit: Int?) async throws -> (IncidentPage, IncidentFacets) {
        if matchesNothing { return (IncidentPage(incidents: [], total: 0), IncidentFacets()) }
        async let page = archive.incidents(matching: counting(upTo: countLimit), as: viewer)
        async let facets = archive.facets(matching: counting(upTo: countLimit), as: viewer)
        return try await (page, facets)
    }

    /// One page of the search, honouring `matchesNothing`, counting at most `countLimit` matches.
    func page(in archive: any Archive, as viewer: Clearance, countLimit: Int?) async throws -> IncidentPage {
        if matchesNothing { return IncidentPage(incidents: [], total: 0) }
        return try await archive.incidents(matching: counting(upTo: countLimit), as: viewer)
    }

    /// The query with its count limit.
    private func counting(upTo countLimit: Int?) -> IncidentQuery {
        var limited = query
        limited.countLimit = countLimit
        return limited
    }

    static let names = ["q", "from", "to", "type", "region", "place", "article", "person", "org", "status", "source", "sort", "page", "limit"]

    init(_ uri: URI, context: WebContext, pageSize: Int) throws {
        let params = uri.queryParameters
        var query = IncidentQuery()
        var list: [(String, String)] = []
        func values(_ name: String) -> [String] {
            params.getAll(name).map { String($0).replacingOccurrences(of: "+", with: " ").trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        for name in Self.names where name != "page" && name != "limit" {
            for v in values(name) { list.append((name, v)) }
        }
        query.text = values("q").first
        if let from = values("from").first { query.from = try Self.day(from, "from").earliestDay }
        if let to = values("to").first { query.to = try Self.day(to, "to").latestDay }
        query.eventTypes = Set(try values("type").map(EventType.parse))
        query.regionIDs = Set(values("region").map { Place.ID($0) })
        query.placeIDs = Set(values("place").map { Place.ID($0) })
        query.personIDs = Set(values("person").map { Person.ID($0) })
        query.organizationIDs = Set(values("org").map { Organization.ID($0) })
        query.provisions = Set(try values("article").map(LegalProvisionRef.parse))
        query.statuses = Set(try values("status").map(ReviewStatus.parse))
        query.sourceID = values("source").first.map { Source.ID($0) }
        if let sort = values("sort").first {
            guard let s = IncidentQuery.Sort(rawValue: sort) else {
                throw WebError.badRequest("unknown sort '\(sort)' (expected one of: \(IncidentQuery.Sort.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            query.sort = s
        }
        let limit = try values("limit").first.map { try Self.number($0, "limit", in: 1...200) } ?? pageSize
        page = try values("page").first.map { try Self.number($0, "page", in: 1...1_000_000) } ?? 1
        query.limit = limit
        query.offset = (page - 1) * limit
        // Visitors without an account see published work only: reviewed, public records.
        if context.user == nil {
            if query.statuses.isEmpty { query.statuses = IncidentSearch.publishedStatuses }
            query.statuses.formIntersection(IncidentSearch.publishedStatuses)
            matchesNothing = query.statuses.isEmpty
        }
        self.query = query
        self.parameters = list
    }

    static func day(_ text: String, _ name: String) throws -> PartialDate {
        do { return try PartialDate(iso: text) } catch { throw WebError.badRequest("'\(name)' must be a date such as 2022-01 or 2022-01-05 (\(error))") }
    }

    static func number(_ text: String, _ name: String, in range: ClosedRange<Int>) throws -> Int {
        guard let n = Int(text), range.contains(n) else {
            throw WebError.badRequest("'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return n
    }

    /// A link to the same search with one parameter value added (or removed when present).
    func toggling(_ name: String, _ value: String) -> String {
        var list = parameters
        if let i = list.firstIndex(where: { $0 == (name, value) }) { list.remove(at: i) } else { list.append((name, value)) }
        return Self.link(list)
    }

    func isOn(_ name: String, _ value: String) -> Bool { parameters.contains { $0 == (name, value) } }

    func page(_ number: Int) -> String { Self.link(parameters + [("page", String(number))]) }

    static func link(_ list: [(String, String)], path: String = "/incidents") -> String {
        guard !list.isEmpty else { return path }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_.~"))
        return path + "?" + list.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }
}
