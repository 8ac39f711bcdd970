import Archive
import CivicModel

/// Names of linked records for display, looked up once per request and only as the viewer may see them.
final class RecordNames {
    private let archive: any Archive
    private let viewer: Clearance
    private var places: [Place.ID: Place?] = [:]
    private var persons: [Person.ID: Person?] = [:]
    private var organizations: [Organization.ID: Organization?] = [:]
    private var sources: [Source.ID: Source?] = [:]

    init(archive: any Archive, viewer: Clearance) {
        self.archive = archive
        self.viewer = viewer
    }

    func place(_ id: Place.ID) async throws -> Place? {
        if let hit = places[id] { return hit }
        let found = try await archive.fetch(Place.self, id: id, as: viewer)
        places[id] = found
        return found
    }

    func person(_ id: Person.ID) async throws -> Person? {
        if let hit = persons[id] { return hit }
        let found = try await archive.fetch(Person.self, id: id, as: viewer)
        persons[id] = found
        return found
    }

    func organization(_ id: Organization.ID) async throws -> Organization? {
        if let hit = organizations[id] { return hit }
        let found = try await archive.fetch(Organization.self, id: id, as: viewer)
        organizations[id] = found
        return found
    }

    func source(_ id: Source.ID) async throws -> Source? {
        if let hit = sources[id] { return hit }
        let found = try await archive.fetch(Source.self, id: id, as: viewer)
        sources[id] = found
        return found
    }

    /// The values an incident row shows in lists and timelines.
    func row(_ incident: Incident) async throws -> [String: Any] {
        var places: [[String: Any]] = []
        for id in incident.places { if let p = try await place(id) { places.append(["id": p.id.rawValue, "name": p.name]) } }
        var people: [[String: Any]] = []
        for link in incident.persons { if let p = try await person(link.personID) { people.append(["id": p.id.rawValue, "name": p.name, "role": link.role.rawValue]) } }
        var orgs: [[String: Any]] = []
        for link in incident.organizations { if let o = try await organization(link.organizationID) { orgs.append(["id": o.id.rawValue, "name": o.name]) } }
        return [
            "id": incident.id.rawValue,
            "date": incident.date?.iso ?? "undated",
            "type": incident.eventType.label,
            "typeKey": incident.eventType.rawValue,
            "summary": incident.summary,
            "places": places,
            "persons": people,
            "organizations": orgs,
            "articles": incident.legalProvisions.map(\.citation).joined(separator: ", "),
            "status": incident.status.rawValue,
            "confidentiality": incident.confidentiality.rawValue,
            "isPublic": incident.confidentiality == .public,
            "revision": incident.revision,
        ]
    }
}
