import CivicModel
import Foundation

/// The native JSON export of an archive: every record, whole, so that an import restores it.
public struct ArchiveDocument: Codable, Sendable {
    public static let formatName = "kuzet-archive"
    public static let currentVersion = 1

    public var format: String
    public var version: Int
    public var exportedAt: Date
    /// The highest confidentiality included, so a reader knows what the file may contain.
    public var clearance: Confidentiality
    public var sources: [Source]
    public var places: [Place]
    public var persons: [Person]
    public var organizations: [Organization]
    public var incidents: [Incident]

    public init(exportedAt: Date = Date(), clearance: Confidentiality, batch: ArchiveBatch) {
        format = Self.formatName
        version = Self.currentVersion
        self.exportedAt = exportedAt
        self.clearance = clearance
        sources = batch.sources
        places = batch.places
        persons = batch.persons
        organizations = batch.organizations
        incidents = batch.incidents
    }

    public var batch: ArchiveBatch {
        ArchiveBatch(sources: sources, places: places, persons: persons, organizations: organizations, incidents: incidents)
    }

    /// Checks the header before the records are trusted.
    public func validate() throws {
        guard format == Self.formatName else { throw ArchiveError.invalid("not a Kuzet archive export (format '\(format)')") }
        guard version <= Self.currentVersion else {
            throw ArchiveError.invalid("export version \(version) is newer than this Kuzet understands (\(Self.currentVersion))")
        }
        for incident in incidents { try incident.validate() }
    }
}

extension Archive {
    /// Every record the viewer may see, for a whole-archive export.
    public func snapshot(as viewer: Clearance) async throws -> ArchiveBatch {
        var query = IncidentQuery(sort: .dateAscending)
        query.limit = Int.max
        let incidents = try await incidents(matching: query, as: viewer).incidents
        return ArchiveBatch(
            sources: try await list(Source.self, matching: nil, as: viewer, limit: Int.max, offset: 0),
            // Regions first, so that a store checking links on insert finds them.
            places: try await list(Place.self, matching: nil, as: viewer, limit: Int.max, offset: 0)
                .sorted { ($0.regionID == nil ? 0 : 1) < ($1.regionID == nil ? 0 : 1) },
            persons: try await list(Person.self, matching: nil, as: viewer, limit: Int.max, offset: 0),
            organizations: try await list(Organization.self, matching: nil, as: viewer, limit: Int.max, offset: 0),
            incidents: incidents,
            attachments: try await list(Attachment.self, matching: nil, as: viewer, limit: Int.max, offset: 0))
    }
}
