import CivicModel
import Foundation

/// The storage the rest of Kuzet talks to. Implementations: `MemoryArchive` (tests), `SQLiteArchive`
/// (the embedded default) and, for teams, PostgreSQL.
///
/// Every write is one transaction that also appends to the audit log and keeps a revision of the
/// record. Reads take the viewer's `Clearance`, so records above it never leave the store.
public protocol Archive: Sendable {
    /// A record by identifier, or `nil` when it does not exist or is above the viewer's clearance.
    func fetch<R: ArchiveRecord>(_ type: R.Type, id: R.ID, as viewer: Clearance) async throws -> R?

    /// Stores a record: a new one when its `revision` is 0, otherwise an update that must name the
    /// stored revision (a stale one is refused with `ArchiveError.staleRevision`). Returns the record
    /// as stored, with its new revision.
    @discardableResult
    func save<R: ArchiveRecord>(_ record: R, by editor: Editor) async throws -> R

    /// Deletes a record. Deleting a person or organisation detaches it from its incidents (each
    /// incident gets a new revision); a place or source still in use is refused.
    func delete<R: ArchiveRecord>(_ type: R.Type, id: R.ID, by editor: Editor) async throws

    /// Records of one kind whose names (or title) match the words of `text` (all of them, as prefixes),
    /// in name order.
    func list<R: ArchiveRecord>(_ type: R.Type, matching text: String?, as viewer: Clearance,
                                limit: Int, offset: Int) async throws -> [R]

    /// How many records of a kind the viewer can see.
    func count<R: ArchiveRecord>(_ type: R.Type, as viewer: Clearance) async throws -> Int

    /// Incidents matching a query (full-text words and facet filters), sorted and paged.
    func incidents(matching query: IncidentQuery, as viewer: Clearance) async throws -> IncidentPage

    /// Counts of the incidents matching a query, by facet.
    func facets(matching query: IncidentQuery, as viewer: Clearance) async throws -> IncidentFacets

    /// Writes many records in one transaction: all of them or none. Records with revision 0 are
    /// inserted, others replace the stored record of that revision. Links must resolve to records
    /// in the archive or in the batch.
    @discardableResult
    func write(_ batch: ArchiveBatch, by editor: Editor) async throws -> ArchiveBatch.Summary

    /// The audit log, newest first.
    func auditLog(_ query: AuditQuery) async throws -> [AuditEntry]

    /// Every stored revision of a record, oldest first.
    func revisions(of kind: RecordKind, id: String) async throws -> [Revision]

    /// Stores a file with an incident in one write: the bytes once under their SHA-256, however often they
    /// are attached, and the attachment record, whose digest and size the archive sets from the bytes. An
    /// incident with attachments cannot be deleted; deleting the last attachment of some bytes deletes them.
    @discardableResult
    func attach(_ attachment: Attachment, content: [UInt8], by editor: Editor) async throws -> Attachment

    /// The stored bytes with a SHA-256 digest. Callers fetch the attachment as the viewer first
    /// (`content(of:as:)`), since bytes carry no access level of their own.
    func content(sha256: String) async throws -> [UInt8]?

    /// An incident's attachments the viewer may see, by file name.
    func attachments(of incident: Incident.ID, as viewer: Clearance) async throws -> [Attachment]

    /// The incidents that have any attachment, whoever may see it: lets a page of an incident without files skip the
    /// query (the web app's cache keeps this set while the archive is unchanged).
    func incidentsWithAttachments() async throws -> Set<Incident.ID>

    /// User accounts for the web application.
    func user(named name: String) async throws -> UserAccount?
    func users() async throws -> [UserAccount]
    func save(user: UserAccount, by editor: Editor) async throws
    func deleteUser(named name: String, by editor: Editor) async throws
}

extension Archive {
    /// Restores a record to an earlier revision, as a new revision on top of the current one.
    @discardableResult
    public func revert<R: ArchiveRecord>(_ type: R.Type, id: R.ID, to number: Int, by editor: Editor) async throws -> R {
        let history = try await revisions(of: R.recordKind, id: id.rawValue)
        guard let old = history.first(where: { $0.number == number }) else {
            throw ArchiveError.notFound(R.recordKind, "\(id) revision \(number)")
        }
        guard let current = history.last else { throw ArchiveError.notFound(R.recordKind, id.rawValue) }
        var record = try RecordCoding.decode(R.self, from: old.body)
        record.revision = current.number
        return try await save(record, by: editor)
    }

    /// Every incident a person or organisation appears in, oldest first: their timeline.
    public func timeline(person id: Person.ID, as viewer: Clearance) async throws -> [Incident] {
        var query = IncidentQuery(personIDs: [id], sort: .dateAscending)
        query.limit = Int.max
        return try await incidents(matching: query, as: viewer).incidents
    }

    public func timeline(organization id: Organization.ID, as viewer: Clearance) async throws -> [Incident] {
        var query = IncidentQuery(organizationIDs: [id], sort: .dateAscending)
        query.limit = Int.max
        return try await incidents(matching: query, as: viewer).incidents
    }

    /// The people whose name or alias matches a name as written, across transliterations.
    public func persons(named written: String, as viewer: Clearance) async throws -> [Person] {
        try await list(Person.self, matching: nil, as: viewer, limit: Int.max, offset: 0)
            .filter { $0.isNamed(written) }
    }
}

extension Archive {
    /// An attachment and its bytes, when the viewer may see both the attachment and its incident.
    public func content(of id: Attachment.ID, as viewer: Clearance) async throws -> (attachment: Attachment, bytes: [UInt8])? {
        guard let attachment = try await fetch(Attachment.self, id: id, as: viewer),
              try await fetch(Incident.self, id: attachment.incidentID, as: viewer) != nil,
              let bytes = try await content(sha256: attachment.sha256)
        else { return nil }
        return (attachment, bytes)
    }

    /// The original file a source was read from and its bytes, when the viewer may see the source and it keeps one.
    public func original(of id: Source.ID, as viewer: Clearance) async throws -> (source: Source, file: StoredFile, bytes: [UInt8])? {
        guard let source = try await fetch(Source.self, id: id, as: viewer), let file = source.original,
              let bytes = try await content(sha256: file.sha256)
        else { return nil }
        return (source, file, bytes)
    }
}
