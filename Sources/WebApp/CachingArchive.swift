import Archive
import CivicModel

/// The archive as the web app uses it: facet counts and the records pages link to (places, persons,
/// organisations, sources) come from an `ArchiveCache` while the archive is unchanged; incidents, search
/// results, the audit log and every write go straight through, and a write empties the cache.
struct CachingArchive: Archive {
    let base: any Archive
    let cache: ArchiveCache

    init(_ base: any Archive, cache: ArchiveCache = ArchiveCache()) {
        self.base = base
        self.cache = cache
    }

    func facets(matching query: IncidentQuery, as viewer: Clearance) async throws -> IncidentFacets {
        try await cache.facets(of: query, as: viewer, in: base)
    }

    func fetch<R: ArchiveRecord>(_ type: R.Type, id: R.ID, as viewer: Clearance) async throws -> R? {
        if R.recordKind == .incident { return try await base.fetch(type, id: id, as: viewer) }
        return try await cache.fetch(type, id: id, as: viewer, in: base)
    }

    func save<R: ArchiveRecord>(_ record: R, by editor: Editor) async throws -> R {
        try await changing { try await base.save(record, by: editor) }
    }

    func delete<R: ArchiveRecord>(_ type: R.Type, id: R.ID, by editor: Editor) async throws {
        try await changing { try await base.delete(type, id: id, by: editor) }
    }

    func write(_ batch: ArchiveBatch, by editor: Editor) async throws -> ArchiveBatch.Summary {
        try await changing { try await base.write(batch, by: editor) }
    }

    /// Runs a write and empties the cache after it, so the writer's next page shows the change.
    private func changing<T>(_ body: () async throws -> T) async throws -> T {
        do {
            let result = try await body()
            await cache.invalidate()
            return result
        } catch {
            await cache.invalidate()
            throw error
        }
    }

    func attach(_ attachment: Attachment, content: [UInt8], by editor: Editor) async throws -> Attachment {
        try await changing { try await base.attach(attachment, content: content, by: editor) }
    }

    func content(sha256: String) async throws -> [UInt8]? { try await base.content(sha256: sha256) }

    /// Pages of incidents without files (nearly all of them) ask the cache, not the archive.
    func attachments(of incident: Incident.ID, as viewer: Clearance) async throws -> [Attachment] {
        guard try await cache.incidentsWithAttachments(in: base).contains(incident) else { return [] }
        return try await base.attachments(of: incident, as: viewer)
    }

    func incidentsWithAttachments() async throws -> Set<Incident.ID> { try await cache.incidentsWithAttachments(in: base) }

    func list<R: ArchiveRecord>(_ type: R.Type, matching text: String?, as viewer: Clearance, limit: Int, offset: Int) async throws -> [R] {
        try await base.list(type, matching: text, as: viewer, limit: limit, offset: offset)
    }

    func count<R: ArchiveRecord>(_ type: R.Type, as viewer: Clearance) async throws -> Int { try await base.count(type, as: viewer) }

    func incidents(matching query: IncidentQuery, as viewer: Clearance) async throws -> IncidentPage {
        try await base.incidents(matching: query, as: viewer)
    }

    func auditLog(_ query: AuditQuery) async throws -> [AuditEntry] { try await base.auditLog(query) }

    func revisions(of kind: RecordKind, id: String) async throws -> [Revision] { try await base.revisions(of: kind, id: id) }

    func user(named name: String) async throws -> UserAccount? { try await base.user(named: name) }

    func users() async throws -> [UserAccount] { try await base.users() }

    func save(user: UserAccount, by editor: Editor) async throws { try await base.save(user: user, by: editor) }

    func deleteUser(named name: String, by editor: Editor) async throws { try await base.deleteUser(named: name, by: editor) }
}
