import Archive
import ArgumentParser
import CivicModel

/// The facet filters shared by `incidents list`, `incidents search` and `export`.
struct IncidentFilterOptions: ParsableArguments {
    @Option(help: "Only incidents on or after this day (YYYY-MM-DD, YYYY-MM or YYYY).")
    var from: String?
    @Option(help: "Only incidents on or before this day (YYYY-MM-DD, YYYY-MM or YYYY).")
    var to: String?
    @Option(name: .customLong("type"), help: "Event type (repeatable), e.g. detention, conviction.")
    var types: [String] = []
    @Option(name: .customLong("region"), help: "Region or city of republican significance by name (repeatable).")
    var regions: [String] = []
    @Option(name: .customLong("place"), help: "Place by name (repeatable).")
    var places: [String] = []
    @Option(name: .customLong("person"), help: "Person by name or id (repeatable).")
    var persons: [String] = []
    @Option(name: .customLong("organization"), help: "Organisation by name or id (repeatable).")
    var organizations: [String] = []
    @Option(name: .customLong("article"), help: "Article as 'CC 174' or 'CoAO 488' (repeatable).")
    var articles: [String] = []
    @Option(name: .customLong("status"), help: "proposed, verified or rejected (repeatable).")
    var statuses: [String] = []
    @Option(name: .customLong("confidentiality"), help: "public, restricted or confidential (repeatable).")
    var confidentialities: [String] = []

    /// Builds the query, resolving names to records; an unknown name is an error, not an empty result.
    func query(text: String?, in archive: any Archive) async throws -> IncidentQuery {
        var query = IncidentQuery(text: text)
        query.from = try from.map { try PartialDate(iso: $0).earliestDay }
        query.to = try to.map { try PartialDate(iso: $0).latestDay }
        query.eventTypes = Set(try types.map(EventType.parse))
        query.statuses = Set(try statuses.map(ReviewStatus.parse))
        query.confidentialities = Set(try confidentialities.map(Confidentiality.parse))
        query.provisions = Set(try articles.map(LegalProvisionRef.parse))
        query.regionIDs = Set(try await regions.asyncMap { try await Self.place(named: $0, in: archive).id })
        query.placeIDs = Set(try await places.asyncMap { try await Self.place(named: $0, in: archive).id })
        for name in persons {
            if let person = try await archive.fetch(Person.self, id: Person.ID(name), as: .everything) {
                query.personIDs.insert(person.id)
                continue
            }
            let found = try await archive.persons(named: name, as: .everything)
            guard !found.isEmpty else { throw CLIError("no person named '\(name)' in the archive") }
            query.personIDs.formUnion(found.map(\.id))
        }
        for name in organizations {
            query.organizationIDs.formUnion(try await Self.organizations(named: name, in: archive).map(\.id))
        }
        return query
    }

    /// The place whose name or alias is `name`, across spellings.
    static func place(named name: String, in archive: any Archive) async throws -> Place {
        if let byID = try await archive.fetch(Place.self, id: Place.ID(name), as: .everything) { return byID }
        let key = NameKey(name)
        let candidates = try await archive.list(Place.self, matching: name, as: .everything, limit: 50, offset: 0)
        guard let place = candidates.first(where: { $0.allNames.contains { NameKey($0) == key } }) ?? candidates.first else {
            throw CLIError("no place named '\(name)' in the archive")
        }
        return place
    }

    /// Organisations whose name or alias matches, or the one with that id.
    static func organizations(named name: String, in archive: any Archive) async throws -> [Organization] {
        if let byID = try await archive.fetch(Organization.self, id: Organization.ID(name), as: .everything) { return [byID] }
        let key = NameKey(name)
        let candidates = try await archive.list(Organization.self, matching: nil, as: .everything, limit: Int.max, offset: 0)
        let found = candidates.filter { $0.allNames.contains { NameKey($0) == key } }
        guard !found.isEmpty else { throw CLIError("no organisation named '\(name)' in the archive") }
        return found
    }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for element in self { out.append(try await transform(element)) }
        return out
    }
}
