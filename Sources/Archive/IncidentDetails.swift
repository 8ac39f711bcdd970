import CivicModel

/// An incident with the records it links to, resolved for display and export.
public struct IncidentDetails: Sendable {
    public var incident: Incident
    public var persons: [(link: PersonLink, person: Person)]
    public var organizations: [(link: OrganizationLink, organization: Organization)]
    public var places: [Place]
    /// The regions the places count under, without repeats.
    public var regions: [Place]
    /// Each passage with its source, when the viewer may see the source.
    public var passages: [(passage: SourcePassage, source: Source)]

    public var personNames: [String] { persons.map(\.person.name) }
    public var organizationNames: [String] { organizations.map(\.organization.name) }
    public var placeNames: [String] { places.map(\.name) }
}

extension Archive {
    /// Resolves the links of incidents, fetching each linked record once.
    public func details(of incidents: [Incident], as viewer: Clearance) async throws -> [IncidentDetails] {
        var cache = RecordCache()
        var out: [IncidentDetails] = []
        for incident in incidents {
            var persons: [(PersonLink, Person)] = []
            for link in incident.persons {
                if let p = try await cache.get(Person.self, link.personID, from: self, as: viewer) { persons.append((link, p)) }
            }
            var organizations: [(OrganizationLink, Organization)] = []
            for link in incident.organizations {
                if let o = try await cache.get(Organization.self, link.organizationID, from: self, as: viewer) { organizations.append((link, o)) }
            }
            var places: [Place] = []
            var regions: [Place] = []
            for id in incident.places {
                guard let place = try await cache.get(Place.self, id, from: self, as: viewer) else { continue }
                places.append(place)
                if let region = try await cache.get(Place.self, place.countingRegionID, from: self, as: viewer),
                   !regions.contains(where: { $0.id == region.id }) {
                    regions.append(region)
                }
            }
            var passages: [(SourcePassage, Source)] = []
            for passage in incident.passages {
                if let s = try await cache.get(Source.self, passage.sourceID, from: self, as: viewer) { passages.append((passage, s)) }
            }
            out.append(IncidentDetails(incident: incident, persons: persons, organizations: organizations,
                                       places: places, regions: regions, passages: passages))
        }
        return out
    }
}

/// Records fetched once per request.
struct RecordCache {
    private var records: [String: (any ArchiveRecord)?] = [:]

    mutating func get<R: ArchiveRecord>(_ type: R.Type, _ id: R.ID, from archive: any Archive, as viewer: Clearance) async throws -> R? {
        let key = "\(R.recordKind.rawValue)/\(id.rawValue)"
        if let hit = records[key] { return hit as? R }
        let record = try await archive.fetch(type, id: id, as: viewer)
        records[key] = record
        return record
    }
}
