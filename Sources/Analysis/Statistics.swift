import Archive
import CivicModel
import LawBook

/// Counts over the archive with explicit counting units, for the dashboard, the API and `kuzet stats`.
///
/// Incident counts per group come from the archive's facets, so they are the same numbers the
/// incident list shows. The other measures need each incident's persons and sanctions and are
/// tallied by paging through the matching incidents. Only incidents the viewer may see are counted.
public struct Statistics: Codable, Sendable {
    /// What a group is keyed by.
    public enum Dimension: String, Codable, Sendable, CaseIterable {
        case month, region, type, article, organization
    }

    /// The measures of one group (or of everything).
    public struct Measures: Codable, Hashable, Sendable {
        /// Incident records.
        public var incidents = 0
        /// Distinct persons linked to the incidents as victims.
        public var personsAffected = 0
        /// Distinct (person, case) pairs in prosecution steps; see `Statistics.units`.
        public var prosecutions = 0
        /// Days of administrative arrest imposed, summed over the sanctions recorded.
        public var detentionDays = 0.0
        /// Fines in tenge, MCI amounts converted at the MCI of the incident's year.
        public var finesKZT = 0.0
        /// Fines with an amount that could not be converted to tenge (no MCI for the year, other currency).
        public var finesNotConverted = 0
        public init() {}
    }

    /// One group: its key ("2021-02", "pla-almaty", "detention", "CoAO 488", an organisation id), label and measures.
    public struct Group: Codable, Hashable, Sendable {
        public var key: String
        public var label: String
        public var measures: Measures
    }

    /// The definition of every counting unit, shipped with the numbers so that a reader knows what was counted.
    public static let units: [String: String] = [
        "incidents": "incident records matching the query that the viewer may see; an incident with two places counts once overall and once under each region",
        "persons_affected": "distinct persons linked to the incidents with the role victim",
        "prosecutions": "distinct pairs of a victim person and a case in incidents of a prosecution step (criminal case opened, charged, pre-trial detention, house arrest, conviction, acquittal or case closed, administrative arrest, fine, warning); a case is the article applied (code and article), or the incident itself when no article is recorded",
        "detention_days": "days of administrative arrest as recorded in the sanctions, each sanction once",
        "fines_kzt": "fines in tenge: tenge amounts as they are, MCI amounts at the MCI of the incident's year from the LawBook",
        "fines_not_converted": "fines with an amount in another currency or in a year without a stated MCI",
    ]

    public var query: QueryEcho
    public var clearance: Confidentiality
    /// Whether the measures beyond incident counts were computed (see `compute(…measuresUpTo:…)`).
    public var measured: Bool
    public var total: Measures
    public var dimension: Dimension?
    public var groups: [Group]
    public var units: [String: String] = Statistics.units

    /// The filters the numbers were computed under, echoed in the output.
    public struct QueryEcho: Codable, Hashable, Sendable {
        public var from: String?
        public var to: String?
        public var text: String?
        public var eventTypes: [String]
        public var regions: [String]
        public var articles: [String]
        public var organizations: [String]
        public var statuses: [String]
        init(_ q: IncidentQuery) {
            from = q.from
            to = q.to
            text = q.text
            eventTypes = q.eventTypes.map(\.rawValue).sorted()
            regions = q.regionIDs.map(\.rawValue).sorted()
            articles = q.provisionKeys.sorted().map(\.citation)
            organizations = q.organizationIDs.map(\.rawValue).sorted()
            statuses = q.statuses.map(\.rawValue).sorted()
        }
    }

    /// The event types that are steps of a prosecution, for the `prosecutions` unit.
    public static let prosecutionSteps: Set<EventType> = [
        .criminalCaseOpened, .charged, .pretrialDetention, .houseArrest, .conviction, .acquittalOrCaseClosed,
        .administrativeArrest, .fine, .warning,
    ]

    /// Computes the measures over everything matching `query`, and per group of `dimension` when given.
    ///
    /// With `measures: false` only incident counts are computed, from the facets alone: the fast path for a
    /// dashboard over a million incidents. `pageSize` bounds how many incidents are held in memory at once.
    public static func compute(archive: any Archive, viewer: Clearance, query: IncidentQuery = IncidentQuery(),
                               by dimension: Dimension? = nil, measures includeMeasures: Bool = true,
                               lawBook: LawBook = .standard, pageSize: Int = 10_000) async throws -> Statistics {
        let all = try await compute(archive: archive, viewer: viewer, query: query, by: dimension.map { [$0] } ?? [],
                                    measuresUpTo: includeMeasures ? Int.max : -1, lawBook: lawBook, pageSize: pageSize)
        return all[0]
    }

    /// The same numbers for several dimensions at once, from one facet query and one pass over the
    /// incidents: one `Statistics` per dimension (one without a dimension when `dimensions` is empty).
    ///
    /// The measures beyond incident counts need every matching incident read; they are computed only when
    /// at most `measuresUpTo` incidents match (`measured` says whether they were), so that a dashboard over
    /// a million incidents stays fast and says what it left out.
    public static func compute(archive: any Archive, viewer: Clearance, query: IncidentQuery = IncidentQuery(),
                               by dimensions: [Dimension], measuresUpTo: Int, lawBook: LawBook = .standard,
                               pageSize: Int = 10_000) async throws -> [Statistics] {
        var base = query
        base.limit = 0
        base.offset = 0
        let facets = try await archive.facets(matching: base, as: viewer)
        let includeMeasures = facets.total <= measuresUpTo
        var places: [Place.ID: Place] = [:]
        if dimensions.contains(.region) {
            for place in try await archive.list(Place.self, matching: nil, as: viewer, limit: Int.max, offset: 0) {
                places[place.id] = place
            }
        }
        var total = Tally()
        var tallies: [Dimension: [String: Tally]] = [:]
        var page = query
        page.sort = .dateAscending
        page.limit = pageSize
        page.offset = 0
        while includeMeasures {
            let batch = try await archive.incidents(matching: page, as: viewer).incidents
            for incident in batch {
                total.add(incident, lawBook: lawBook)
                for dimension in dimensions {
                    for key in keys(of: incident, by: dimension, places: places) {
                        tallies[dimension, default: [:]][key, default: Tally()].add(incident, lawBook: lawBook)
                    }
                }
            }
            if batch.count < pageSize { break }
            page.offset += pageSize
        }
        var measures = total.measures
        measures.incidents = facets.total
        var results: [Statistics] = []
        for dimension in dimensions.isEmpty ? [nil] : dimensions.map(Optional.some) {
            var groups: [Group] = []
            if let dimension {
                groups = try await self.groups(by: dimension, counts: incidentCounts(facets, by: dimension),
                                               tallies: tallies[dimension] ?? [:], places: places, archive: archive, viewer: viewer)
            }
            results.append(Statistics(query: QueryEcho(query), clearance: viewer.level, measured: includeMeasures, total: measures,
                                      dimension: dimension, groups: groups))
        }
        return results
    }

    /// What nothing matching looks like: zero everywhere, for a query the viewer may not run at all.
    public static func empty(query: IncidentQuery, viewer: Clearance, by dimension: Dimension?) -> Statistics {
        Statistics(query: QueryEcho(query), clearance: viewer.level, measured: true, total: Measures(), dimension: dimension, groups: [])
    }

    /// The groups of one dimension, labelled, largest first (months in calendar order).
    static func groups(by dimension: Dimension, counts: [String: Int], tallies: [String: Tally], places: [Place.ID: Place],
                       archive: any Archive, viewer: Clearance) async throws -> [Group] {
        var labels: [String: String] = [:]
        if dimension == .organization {
            let ids = Set(counts.keys).union(tallies.keys)
            if ids.count > 200 {
                for o in try await archive.list(Organization.self, matching: nil, as: viewer, limit: Int.max, offset: 0) where ids.contains(o.id.rawValue) {
                    labels[o.id.rawValue] = o.name
                }
            }
        }
        var groups: [Group] = []
        for key in Set(counts.keys).union(tallies.keys) {
            var m = tallies[key]?.measures ?? Measures()
            m.incidents = counts[key] ?? m.incidents
            var name = labels[key] ?? ""
            if name.isEmpty { name = try await label(key, by: dimension, places: places, archive: archive, viewer: viewer) }
            groups.append(Group(key: key, label: name, measures: m))
        }
        groups.sort { dimension == .month ? $0.key < $1.key : ($0.measures.incidents, $1.key) > ($1.measures.incidents, $0.key) }
        return groups
    }

    /// Incident counts per group straight from the facets; the fast path that holds at a million incidents.
    public static func incidentCounts(_ facets: IncidentFacets, by dimension: Dimension) -> [String: Int] {
        switch dimension {
        case .month: facets.months
        case .region: Dictionary(uniqueKeysWithValues: facets.regions.map { ($0.key.rawValue, $0.value) })
        case .type: Dictionary(uniqueKeysWithValues: facets.eventTypes.map { ($0.key.rawValue, $0.value) })
        case .article: Dictionary(uniqueKeysWithValues: facets.provisions.map { ($0.key.citation, $0.value) })
        case .organization: Dictionary(uniqueKeysWithValues: facets.organizations.map { ($0.key.rawValue, $0.value) })
        }
    }

    /// The group keys one incident counts under.
    static func keys(of incident: Incident, by dimension: Dimension, places: [Place.ID: Place]) -> [String] {
        switch dimension {
        case .month:
            guard let date = incident.date, let month = date.month else { return [] }
            return [String(format: "%04d-%02d", date.year, month)]
        case .region:
            var seen: [String] = []
            for id in incident.places {
                let region = (places[id]?.countingRegionID ?? id).rawValue
                if !seen.contains(region) { seen.append(region) }
            }
            return seen
        case .type: return [incident.eventType.rawValue]
        case .article: return Array(Set(incident.legalProvisions.map { ProvisionKey($0).citation }))
        case .organization: return incident.organizations.map(\.organizationID.rawValue)
        }
    }

    static func label(_ key: String, by dimension: Dimension, places: [Place.ID: Place], archive: any Archive,
                      viewer: Clearance) async throws -> String {
        switch dimension {
        case .month, .article: return key
        case .type: return EventType(rawValue: key)?.label ?? key
        case .region: return places[Place.ID(key)]?.name ?? key
        case .organization:
            return try await archive.fetch(Organization.self, id: Organization.ID(key), as: viewer)?.name ?? key
        }
    }
}

/// The running sums behind `Statistics.Measures`.
struct Tally {
    var incidents = 0
    var persons: Set<Person.ID> = []
    var prosecutions: Set<String> = []
    var detentionDays = 0.0
    var finesKZT = 0.0
    var finesNotConverted = 0

    mutating func add(_ incident: Incident, lawBook: LawBook) {
        incidents += 1
        let victims = incident.persons.filter { $0.role == .victim }.map(\.personID)
        persons.formUnion(victims)
        if Statistics.prosecutionSteps.contains(incident.eventType) {
            let cases = incident.legalProvisions.isEmpty
                ? [incident.id.rawValue] : Array(Set(incident.legalProvisions.map { ProvisionKey($0).citation }))
            for person in victims {
                for c in cases { prosecutions.insert("\(person.rawValue)|\(c)") }
            }
        }
        for sanction in incident.sanctions {
            switch sanction.kind {
            case .administrativeArrest:
                detentionDays += sanction.days ?? 0
            case .fine where sanction.amount != nil:
                if let date = incident.date, let kzt = lawBook.kzt(for: sanction, on: date) {
                    finesKZT += kzt
                } else {
                    finesNotConverted += 1
                }
            default: break
            }
        }
    }

    var measures: Statistics.Measures {
        var m = Statistics.Measures()
        m.incidents = incidents
        m.personsAffected = persons.count
        m.prosecutions = prosecutions.count
        m.detentionDays = detentionDays
        m.finesKZT = finesKZT
        m.finesNotConverted = finesNotConverted
        return m
    }
}
