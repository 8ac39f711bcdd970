import CivicModel

/// Records written together in one transaction: all of them or none.
///
/// Deletions run after the writes, as `Archive.delete` runs them (a person's or organisation's remaining
/// links are removed, a place or source still in use is refused), so a batch can move links away from a
/// record and delete it at once: a merge.
public struct ArchiveBatch: Sendable {
    public var sources: [Source]
    public var places: [Place]
    public var persons: [Person]
    public var organizations: [Organization]
    public var incidents: [Incident]
    /// Attachments whose bytes are stored already: a batch moves or edits them (see `Archive.attach`).
    public var attachments: [Attachment]
    /// Files' bytes, stored under their SHA-256 before the attachments and sources that name them (a copy of a whole
    /// archive, an imported report's original).
    public var contents: [[UInt8]]
    public var deletions: [RecordDeletion]

    public init(sources: [Source] = [], places: [Place] = [], persons: [Person] = [],
                organizations: [Organization] = [], incidents: [Incident] = [], attachments: [Attachment] = [],
                contents: [[UInt8]] = [], deletions: [RecordDeletion] = []) {
        self.sources = sources
        self.places = places
        self.persons = persons
        self.organizations = organizations
        self.incidents = incidents
        self.attachments = attachments
        self.contents = contents
        self.deletions = deletions
    }

    /// The digests of the files the batch's attachments and sources name.
    public var fileDigests: Set<String> { Set(attachments.map(\.sha256) + sources.compactMap(\.original?.sha256)) }

    public var isEmpty: Bool { count == 0 }
    public var count: Int { sources.count + places.count + persons.count + organizations.count + incidents.count + attachments.count + deletions.count }

    /// How many records of each kind a batch wrote.
    public struct Summary: Hashable, Sendable {
        public var inserted: [RecordKind: Int] = [:]
        public var updated: [RecordKind: Int] = [:]
        public var deleted: [RecordKind: Int] = [:]
        public init() {}
        public var total: Int { inserted.values.reduce(0, +) + updated.values.reduce(0, +) + deleted.values.reduce(0, +) }
    }

    /// Every record's links must resolve, to the batch or to `exists`.
    public func checkLinks(exists: (RecordKind, String) throws -> Bool) throws {
        let ids: [RecordKind: Set<String>] = [
            .source: Set(sources.map(\.id.rawValue)), .place: Set(places.map(\.id.rawValue)),
            .person: Set(persons.map(\.id.rawValue)), .organization: Set(organizations.map(\.id.rawValue)),
            .incident: Set(incidents.map(\.id.rawValue)),
        ]
        func require(_ kind: RecordKind, _ id: String, from: String) throws {
            if ids[kind]?.contains(id) == true { return }
            if try exists(kind, id) { return }
            throw ArchiveError.danglingLink(from: from, to: kind, id)
        }
        for place in places { if let r = place.regionID { try require(.place, r.rawValue, from: "place \(place.id)") } }
        for person in persons { if let p = person.placeID { try require(.place, p.rawValue, from: "person \(person.id)") } }
        for org in organizations { if let p = org.placeID { try require(.place, p.rawValue, from: "organization \(org.id)") } }
        for incident in incidents { try incident.checkLinks(require: { try require($0, $1, from: "incident \(incident.id)") }) }
        for attachment in attachments { try require(.incident, attachment.incidentID.rawValue, from: "attachment \(attachment.id)") }
    }
}

extension ArchiveRecord {
    /// Calls `require` for every record this record links to.
    public func checkLinks(require: (RecordKind, String) throws -> Void) throws {
        switch self {
        case let incident as Incident: try incident.checkLinks(require: require)
        case let place as Place: if let r = place.regionID { try require(.place, r.rawValue) }
        case let person as Person: if let p = person.placeID { try require(.place, p.rawValue) }
        case let organization as Organization: if let p = organization.placeID { try require(.place, p.rawValue) }
        case let attachment as Attachment: try require(.incident, attachment.incidentID.rawValue)
        default: break
        }
    }
}

extension Incident {
    /// Calls `require` for every record the incident links to.
    public func checkLinks(require: (RecordKind, String) throws -> Void) throws {
        for p in places { try require(.place, p.rawValue) }
        for p in persons { try require(.person, p.personID.rawValue) }
        for o in organizations { try require(.organization, o.organizationID.rawValue) }
        for s in Set(passages.map(\.sourceID)) { try require(.source, s.rawValue) }
    }
}

/// A record a batch deletes.
public struct RecordDeletion: Hashable, Sendable {
    public var kind: RecordKind
    public var id: String

    public init<R: ArchiveRecord>(_ type: R.Type, id: R.ID) {
        kind = R.recordKind
        self.id = id.rawValue
    }
}
