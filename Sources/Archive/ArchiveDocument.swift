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
    /// Evidence files of the exported incidents, and their bytes (with those of the sources' originals) once per SHA-256; absent when there are none
    /// (and in exports written before Kuzet kept files).
    public var attachments: [Attachment]?
    public var files: [ArchiveFile]?

    /// A file's bytes in an export.
    public struct ArchiveFile: Codable, Sendable {
        public var sha256: String
        public var base64: String
    }

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
        // The batch's files as given: `export(as:)` gives those of the exported incidents and sources.
        attachments = batch.attachments.isEmpty ? nil : batch.attachments
        files = batch.contents.isEmpty ? nil : batch.contents.map { ArchiveFile(sha256: ContentDigest.sha256($0), base64: Data($0).base64EncodedString()) }
    }

    public var batch: ArchiveBatch {
        ArchiveBatch(sources: sources, places: places, persons: persons, organizations: organizations, incidents: incidents,
                     attachments: attachments ?? [], contents: (files ?? []).compactMap { Data(base64Encoded: $0.base64).map { [UInt8]($0) } })
    }

    /// Checks the header before the records are trusted.
    public func validate() throws {
        guard format == Self.formatName else { throw ArchiveError.invalid("not a Kuzet archive export (format '\(format)')") }
        guard version <= Self.currentVersion else {
            throw ArchiveError.invalid("export version \(version) is newer than this Kuzet understands (\(Self.currentVersion))")
        }
        for incident in incidents { try incident.validate() }
        var stored: Set<String> = []
        for file in files ?? [] {
            guard let data = Data(base64Encoded: file.base64) else { throw ArchiveError.invalid("file \(file.sha256): its base64 is malformed") }
            guard ContentDigest.sha256([UInt8](data)) == file.sha256 else {
                throw ArchiveError.invalid("file \(file.sha256): its bytes do not match their SHA-256")
            }
            stored.insert(file.sha256)
        }
        for attachment in attachments ?? [] where !stored.contains(attachment.sha256) {
            throw ArchiveError.invalid("attachment \(attachment.id): its file (SHA-256 \(attachment.sha256)) is not in the export")
        }
        for source in sources {
            if let original = source.original, !stored.contains(original.sha256) {
                throw ArchiveError.invalid("source \(source.id): its original file (SHA-256 \(original.sha256)) is not in the export")
            }
        }
    }
}

extension Archive {
    /// Every record the viewer may see with the bytes of its files, for a whole-archive export that restores it.
    public func export(as viewer: Clearance) async throws -> ArchiveDocument {
        var batch = try await snapshot(as: viewer)
        let exported = Set(batch.incidents.map(\.id))
        batch.attachments = batch.attachments.filter { exported.contains($0.incidentID) }
        batch.contents = try await contents(of: batch)
        return ArchiveDocument(clearance: viewer.level, batch: batch)
    }

    /// The bytes of the files the batch's attachments and sources keep, once per digest, in digest order (a copy or an
    /// export carries them so).
    public func contents(of batch: ArchiveBatch) async throws -> [[UInt8]] {
        var out: [[UInt8]] = []
        for digest in batch.fileDigests.sorted() {
            guard let bytes = try await content(sha256: digest) else { throw ArchiveError.storage("the file with SHA-256 \(digest) is missing") }
            out.append(bytes)
        }
        return out
    }

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
