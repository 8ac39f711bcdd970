import Archive
import CivicModel
import Foundation
import PostgresNIO

extension PostgresArchive {
    @discardableResult
    public func save<R: ArchiveRecord>(_ record: R, by editor: Editor) async throws -> R {
        try await transaction(by: editor) { session in
            if let incident = record as? Incident { try incident.validate() }
            let missing = try await session.missingLinks(of: record)
            try record.checkLinks { kind, id in
                if missing[kind]?.contains(id) == true {
                    throw ArchiveError.danglingLink(from: "\(R.recordKind.rawValue) \(record.id)", to: kind, id)
                }
            }
            let stored = try await session.put([record])[0]
            try await session.reindexIncidents(linkedTo: [stored])
            return stored
        }
    }

    public func delete<R: ArchiveRecord>(_ type: R.Type, id: R.ID, by editor: Editor) async throws {
        try await transaction(by: editor) { session in try await session.delete(R.recordKind, id.rawValue) }
    }

    @discardableResult
    public func write(_ batch: ArchiveBatch, by editor: Editor) async throws -> ArchiveBatch.Summary {
        try await transaction(by: editor) { session in
            let missing = try await session.missingLinks(batch)
            try batch.checkLinks { kind, id in missing[kind]?.contains(id) != true }
            for incident in batch.incidents { try incident.validate() }
            var summary = ArchiveBatch.Summary()
            func count<R: ArchiveRecord>(_ stored: [R]) {
                for record in stored {
                    if record.revision == 1 { summary.inserted[R.recordKind, default: 0] += 1 } else { summary.updated[R.recordKind, default: 0] += 1 }
                }
            }
            var changed: [any ArchiveRecord] = []
            // Files first: sources and attachments name them.
            for bytes in batch.contents { try await session.storeContent(bytes, sha256: ContentDigest.sha256(bytes)) }
            let places = try await session.put(batch.places); count(places); changed += places
            let sources = try await session.put(batch.sources); count(sources); changed += sources
            let persons = try await session.put(batch.persons); count(persons); changed += persons
            let organizations = try await session.put(batch.organizations); count(organizations); changed += organizations
            let incidents = try await session.put(batch.incidents); count(incidents)
            count(try await session.put(batch.attachments))
            try await session.reindexIncidents(linkedTo: changed, except: Set(incidents.map(\.id.rawValue)))
            for deletion in batch.deletions {
                try await session.delete(deletion.kind, deletion.id)
                summary.deleted[deletion.kind, default: 0] += 1
            }
            return summary
        }
    }

    @discardableResult
    public func attach(_ attachment: Attachment, content: [UInt8], by editor: Editor) async throws -> Attachment {
        let prepared = try ContentDigest.prepare(attachment, content: content)
        return try await transaction(by: editor) { session in
            let missing = try await session.missingLinks(of: prepared)
            if missing[.incident] != nil {
                throw ArchiveError.danglingLink(from: "attachment \(prepared.id)", to: .incident, prepared.incidentID.rawValue)
            }
            try await session.storeContent(content, sha256: prepared.sha256)
            return try await session.put([prepared])[0]
        }
    }

    public func save(user: UserAccount, by editor: Editor) async throws {
        try await transaction(by: editor) { session in
            let c = session.connection
            let old = try await c.query("SELECT role, disabled, totp_secret IS NOT NULL FROM users WHERE name = \(user.name) FOR UPDATE",
                                        logger: session.logger).decode((String, Bool, Bool).self)
            var before: String?
            for try await (role, disabled, twoStep) in old {
                before = try RecordCoding.encode(AccountSummary(name: user.name, role: UserAccount.Role(rawValue: role) ?? .viewer,
                                                                disabled: disabled, twoStep: twoStep))
            }
            try await c.query("""
                INSERT INTO users (name, role, password_hash, created_at, disabled, totp_secret, recovery_codes)
                VALUES (\(user.name), \(user.role.rawValue), \(user.passwordHash), \(user.createdAt), \(user.disabled), \(user.totpSecret),
                        \(user.recoveryCodes))
                ON CONFLICT (name) DO UPDATE SET role = EXCLUDED.role, password_hash = EXCLUDED.password_hash,
                    created_at = EXCLUDED.created_at, disabled = EXCLUDED.disabled, totp_secret = EXCLUDED.totp_secret,
                    recovery_codes = EXCLUDED.recovery_codes
                """, logger: session.logger)
            try await session.audit([AuditRow(action: before == nil ? .create : .update, kind: "user", id: user.name, revision: nil,
                                              before: before, after: try RecordCoding.encode(AccountSummary(user)))])
        }
    }

    public func deleteUser(named name: String, by editor: Editor) async throws {
        try await transaction(by: editor) { session in
            let rows = try await session.connection.query("DELETE FROM users WHERE name = \(name) RETURNING role, disabled, totp_secret IS NOT NULL",
                                                          logger: session.logger).decode((String, Bool, Bool).self)
            var before: String?
            for try await (role, disabled, twoStep) in rows {
                before = try RecordCoding.encode(AccountSummary(name: name, role: UserAccount.Role(rawValue: role) ?? .viewer,
                                                                disabled: disabled, twoStep: twoStep))
            }
            guard let before else { throw ArchiveError.invalid("no user '\(name)'") }
            try await session.audit([AuditRow(action: .delete, kind: "user", id: name, revision: nil, before: before, after: nil)])
        }
    }

    /// Runs a write in one transaction on one pooled connection: all of it or none.
    func transaction<T: Sendable>(by editor: Editor, _ body: @escaping @Sendable (WriteSession) async throws -> T) async throws -> T {
        let logger = self.logger
        do {
            return try await client.withTransaction(logger: logger) { connection in
                try await body(WriteSession(connection: connection, editor: editor, now: Date(), logger: logger))
            }
        } catch {
            throw Self.archiveError(error, context: "PostgreSQL")
        }
    }
}

/// One audit line to append.
struct AuditRow {
    var action: AuditEntry.Action
    var kind: String
    var id: String
    var revision: Int?
    var before: String?
    var after: String?
}

/// The writes of one transaction, on its connection.
struct WriteSession: Sendable {
    let connection: PostgresConnection
    let editor: Editor
    let now: Date
    let logger: Logger
    /// Whether new search words go into `search_lexemes` (not before the migration that creates it).
    var keepsVocabulary = true

    /// For each kind, the linked identifiers of a batch found neither in the batch nor in the archive.
    func missingLinks(_ batch: ArchiveBatch) async throws -> [RecordKind: Set<String>] {
        var wanted: [RecordKind: Set<String>] = [:]
        try batch.checkLinks { kind, id in
            wanted[kind, default: []].insert(id)
            return true
        }
        return try await missing(wanted)
    }

    /// The identifiers a record links to that are not in the archive.
    func missingLinks<R: ArchiveRecord>(of record: R) async throws -> [RecordKind: Set<String>] {
        var wanted: [RecordKind: Set<String>] = [:]
        try record.checkLinks { kind, id in wanted[kind, default: []].insert(id) }
        return try await missing(wanted)
    }

    private func missing(_ wanted: [RecordKind: Set<String>]) async throws -> [RecordKind: Set<String>] {
        var missing: [RecordKind: Set<String>] = [:]
        for (kind, ids) in wanted {
            let found = try await connection.query(
                "SELECT id FROM \(unescaped: RecordColumns.table(kind)) WHERE id = ANY(\(Array(ids))::text[])", logger: logger).collect(String.self)
            let absent = ids.subtracting(found)
            if !absent.isEmpty { missing[kind] = absent }
        }
        return missing
    }

    /// Deletes a record: a person's or organisation's links go with it; a place or source in use is refused.
    func delete(_ kind: RecordKind, _ id: String) async throws {
        let table = RecordColumns.table(kind)
        let c = connection
        guard let body = try await c.query("SELECT body FROM \(unescaped: table) WHERE id = \(id) FOR UPDATE", logger: logger)
            .collect(String.self).first
        else { throw ArchiveError.notFound(kind, id) }
        switch kind {
        case .person, .organization:
            let links = kind == .person ? "incident_persons" : "incident_organizations"
            let column = kind == .person ? "person_id" : "organization_id"
            let bodies = try await c.query("""
                SELECT i.body FROM incidents i JOIN \(unescaped: links) l ON l.incident_id = i.id
                WHERE l.\(unescaped: column) = \(id) ORDER BY i.id FOR UPDATE OF i
                """, logger: logger).collect(String.self)
            var detached: [Incident] = []
            for body in bodies {
                var incident = try RecordCoding.decode(Incident.self, from: body)
                incident.persons.removeAll { $0.personID.rawValue == id && kind == .person }
                incident.organizations.removeAll { $0.organizationID.rawValue == id && kind == .organization }
                detached.append(incident)
            }
            try await put(detached)
        case .place:
            let users = try await c.query("""
                SELECT (SELECT count(*) FROM incident_places WHERE place_id = \(id))
                     + (SELECT count(*) FROM persons WHERE place_id = \(id))
                     + (SELECT count(*) FROM organizations WHERE place_id = \(id))
                     + (SELECT count(*) FROM places WHERE region_id = \(id))
                """, logger: logger).collect(Int.self).first ?? 0
            if users > 0 { throw ArchiveError.inUse(.place, id, by: users) }
        case .source:
            let users = try await c.query("SELECT count(*) FROM incident_sources WHERE source_id = \(id)", logger: logger)
                .collect(Int.self).first ?? 0
            if users > 0 { throw ArchiveError.inUse(.source, id, by: users) }
        case .incident:
            let users = try await c.query("SELECT count(*) FROM attachments WHERE incident_id = \(id)", logger: logger)
                .collect(Int.self).first ?? 0
            if users > 0 { throw ArchiveError.inUse(.incident, id, by: users) }
        case .attachment:
            break
        }
        try await c.query("DELETE FROM \(unescaped: table) WHERE id = \(id)", logger: logger)
        let digest = kind == .attachment ? try RecordCoding.decode(Attachment.self, from: body).sha256
            : kind == .source ? try RecordCoding.decode(Source.self, from: body).original?.sha256 : nil
        if let digest { try await dropContentIfUnused(digest) }
        try await audit([AuditRow(action: .delete, kind: kind.rawValue, id: id, revision: nil, before: body, after: nil)])
    }

    /// Stores records: inserts those at revision 0, updates the others when they name the stored revision; keeps a
    /// revision and an audit line for each. Returns them as stored.
    @discardableResult
    func put<R: ArchiveRecord>(_ records: [R]) async throws -> [R] {
        guard !records.isEmpty else { return [] }
        // Large batches go in slices, still inside the one transaction, to keep statements a sensible size.
        let slice = 5_000
        if records.count > slice {
            var stored: [R] = []
            stored.reserveCapacity(records.count)
            for start in stride(from: 0, to: records.count, by: slice) {
                stored += try await put(Array(records[start..<min(start + slice, records.count)]))
            }
            return stored
        }
        let table = RecordColumns.table(R.recordKind)
        if R.recordKind == .attachment { try await requireStoredContent(of: records.map { $0 as! Attachment }) }
        if R.recordKind == .source { try await requireStoredOriginals(of: records.map { $0 as! Source }) }
        var existing: [String: (revision: Int, body: String)] = [:]
        let ids = Array(Set(records.map(\.id.rawValue)))
        let rows = try await connection.query(
            "SELECT id, revision, body FROM \(unescaped: table) WHERE id = ANY(\(ids)::text[]) FOR UPDATE", logger: logger)
        for try await (id, revision, body) in rows.decode((String, Int, String).self) { existing[id] = (revision, body) }
        let storedBefore = Set(existing.keys)
        let storedBodies = existing.mapValues(\.body)

        var stored: [(record: R, body: String)] = []
        var audit: [AuditRow] = []
        for record in records {
            let id = record.id.rawValue
            let prior = existing[id]
            var copy = record
            if record.revision == 0 {
                if prior != nil { throw ArchiveError.alreadyExists(R.recordKind, id) }
                copy.revision = 1
            } else {
                guard let prior else { throw ArchiveError.notFound(R.recordKind, id) }
                guard prior.revision == record.revision else {
                    throw ArchiveError.staleRevision(R.recordKind, id, yours: record.revision, current: prior.revision)
                }
                copy.revision = prior.revision + 1
            }
            let body = try RecordCoding.encode(copy)
            existing[id] = (copy.revision, body)
            stored.append((copy, body))
            audit.append(AuditRow(action: prior == nil ? .create : .update, kind: R.recordKind.rawValue, id: id,
                                  revision: copy.revision, before: prior?.body, after: body))
        }
        // A record written twice in one batch keeps its last version in the table.
        var latest: [String: Int] = [:]
        for (index, entry) in stored.enumerated() { latest[entry.record.id.rawValue] = index }
        let rowsToStore = stored.enumerated().filter { latest[$0.element.record.id.rawValue] == $0.offset }.map(\.element)

        var search: [String: IncidentSearch] = [:]
        if R.recordKind == .incident {
            let incidents = rowsToStore.map { $0.record as! Incident }
            search = try await searchWords(for: incidents)
            try await remember(search)
        }
        try await connection.query(try RecordColumns.upsert(rowsToStore, search: search).query(upsertOn: "id"), logger: logger)
        if R.recordKind == .source {
            // An original replaced (or dropped) takes its bytes along unless something else keeps them.
            for (id, body) in storedBodies {
                let before = try RecordCoding.decode(Source.self, from: body).original?.sha256
                let after = try existing[id].flatMap { try RecordCoding.decode(Source.self, from: $0.body).original?.sha256 }
                if let before, before != after { try await dropContentIfUnused(before) }
            }
        }
        if R.recordKind == .incident {
            try await replaceLinks(of: rowsToStore.map { $0.record as! Incident }, stored: storedBefore)
        }

        var revisions = BulkInsert(table: "revisions")
        revisions.add("record_kind", stored.map { _ in R.recordKind.rawValue })
        revisions.add("record_id", stored.map(\.record.id.rawValue))
        revisions.add("number", stored.map(\.record.revision))
        revisions.add("at", stored.map { _ in now })
        revisions.add("username", stored.map { _ in editor.name })
        revisions.add("body", stored.map(\.body))
        try await connection.query(try revisions.query(), logger: logger)
        try await self.audit(audit)
        return stored.map(\.record)
    }

    /// Deletes bytes that no attachment and no source keeps any more: a file deleted by mistake or for safety is gone.
    func dropContentIfUnused(_ digest: String) async throws {
        try await connection.query("""
            DELETE FROM attachment_contents WHERE sha256 = \(digest) AND NOT EXISTS (SELECT 1 FROM attachments WHERE sha256 = \(digest))
                AND NOT EXISTS (SELECT 1 FROM sources WHERE body::jsonb -> 'original' ->> 'sha256' = \(digest))
            """, logger: logger)
    }

    /// Refuses sources whose original files name no stored bytes of their size.
    private func requireStoredOriginals(of sources: [Source]) async throws {
        let originals = sources.compactMap { source in source.original.map { (source.id, $0) } }
        guard !originals.isEmpty else { return }
        let sizes = try await storedSizes(originals.map(\.1.sha256))
        for (id, original) in originals {
            try ContentDigest.requireStored(original, of: "source \(id)", storedByteCount: sizes[original.sha256])
        }
    }

    /// Refuses attachments whose digests name no stored bytes of their size.
    private func requireStoredContent(of attachments: [Attachment]) async throws {
        let sizes = try await storedSizes(attachments.map(\.sha256))
        for attachment in attachments { try ContentDigest.requireStored(attachment, storedByteCount: sizes[attachment.sha256]) }
    }

    /// The sizes of the stored files among these digests.
    private func storedSizes(_ digests: [String]) async throws -> [String: Int] {
        var sizes: [String: Int] = [:]
        let rows = try await connection.query(
            "SELECT sha256, length(bytes) FROM attachment_contents WHERE sha256 = ANY(\(Array(Set(digests)))::text[])", logger: logger)
        for try await (digest, size) in rows.decode((String, Int).self) { sizes[digest] = size }
        return sizes
    }

    /// Stores a file's bytes unless bytes with that digest are stored already.
    func storeContent(_ bytes: [UInt8], sha256: String) async throws {
        try await connection.query("""
            INSERT INTO attachment_contents (sha256, bytes) VALUES (\(sha256), \(ByteBuffer(bytes: bytes))) ON CONFLICT (sha256) DO NOTHING
            """, logger: logger)
    }

    /// Appends audit lines in order.
    func audit(_ rows: [AuditRow]) async throws {
        guard !rows.isEmpty else { return }
        var insert = BulkInsert(table: "audit_log")
        insert.add("at", rows.map { _ in now })
        insert.add("username", rows.map { _ in editor.name })
        insert.add("action", rows.map(\.action.rawValue))
        insert.add("record_kind", rows.map(\.kind))
        insert.add("record_id", rows.map(\.id))
        insert.add("revision", rows.map { $0.revision ?? -1 }, .nullIfNegative)
        // JSON is never empty, so the empty string can stand for "none".
        insert.add("before", rows.map { $0.before ?? "" }, .nullIfEmpty)
        insert.add("after", rows.map { $0.after ?? "" }, .nullIfEmpty)
        try await connection.query(try insert.query(orderedBy: true), logger: logger)
    }

    /// Rewrites the link rows of incidents: places, persons, organisations, sources and provisions.
    private func replaceLinks(of incidents: [Incident], stored: Set<String>) async throws {
        // Only incidents stored before can have links to remove.
        let ids = incidents.map(\.id.rawValue).filter(stored.contains)
        for table in ids.isEmpty ? [] : ["incident_places", "incident_persons", "incident_organizations", "incident_sources", "incident_provisions"] {
            try await connection.query("DELETE FROM \(unescaped: table) WHERE incident_id = ANY(\(ids)::text[])", logger: logger)
        }
        func insert(_ table: String, _ column: String, _ pairs: [(String, String)]) async throws {
            guard !pairs.isEmpty else { return }
            var bulk = BulkInsert(table: table)
            bulk.add("incident_id", pairs.map(\.0))
            bulk.add(column, pairs.map(\.1))
            try await connection.query(try bulk.query(), logger: logger)
        }
        try await insert("incident_places", "place_id", incidents.flatMap { i in i.places.map { (i.id.rawValue, $0.rawValue) } })
        try await insert("incident_persons", "person_id", incidents.flatMap { i in i.persons.map { (i.id.rawValue, $0.personID.rawValue) } })
        try await insert("incident_organizations", "organization_id",
                         incidents.flatMap { i in i.organizations.map { (i.id.rawValue, $0.organizationID.rawValue) } })
        try await insert("incident_sources", "source_id",
                         incidents.flatMap { i in Set(i.passages.map(\.sourceID.rawValue)).sorted().map { (i.id.rawValue, $0) } })
        try await insert("incident_provisions", "provision", incidents.flatMap { i in
            Set(i.legalProvisions.map { IncidentFilter.provisionText(ProvisionKey($0)) }).sorted().map { (i.id.rawValue, $0) }
        })
    }

    /// The search words of incidents, reading the records they link to (as stored in this transaction).
    func searchWords(for incidents: [Incident]) async throws -> [String: IncidentSearch] {
        var linked = IncidentSearch.Linked()
        let personIDs = Array(Set(incidents.flatMap { $0.persons.map(\.personID.rawValue) }))
        if !personIDs.isEmpty {
            for try await (body, rank) in try await connection.query(
                "SELECT body, confidentiality FROM persons WHERE id = ANY(\(personIDs)::text[])", logger: logger).decode((String, Int).self) {
                let person = try RecordCoding.decode(Person.self, from: body)
                linked.persons[person.id.rawValue] = (person.allNames, rank)
            }
        }
        let organizationIDs = Array(Set(incidents.flatMap { $0.organizations.map(\.organizationID.rawValue) }))
        if !organizationIDs.isEmpty {
            for try await (body, rank) in try await connection.query(
                "SELECT body, confidentiality FROM organizations WHERE id = ANY(\(organizationIDs)::text[])", logger: logger).decode((String, Int).self) {
                let organization = try RecordCoding.decode(Organization.self, from: body)
                linked.organizations[organization.id.rawValue] = (organization.allNames, rank)
            }
        }
        let placeIDs = Array(Set(incidents.flatMap { $0.places.map(\.rawValue) }))
        if !placeIDs.isEmpty {
            for try await body in try await connection.query(
                "SELECT body FROM places WHERE id = ANY(\(placeIDs)::text[])", logger: logger).decode(String.self) {
                let place = try RecordCoding.decode(Place.self, from: body)
                linked.places[place.id.rawValue] = (place.allNames, place.regionID?.rawValue)
            }
        }
        let sourceIDs = Array(Set(incidents.flatMap { $0.passages.map(\.sourceID.rawValue) }))
        if !sourceIDs.isEmpty {
            for try await (id, rank) in try await connection.query(
                "SELECT id, confidentiality FROM sources WHERE id = ANY(\(sourceIDs)::text[])", logger: logger).decode((String, Int).self) {
                linked.sources[id] = rank
            }
        }
        var out: [String: IncidentSearch] = [:]
        for incident in incidents { out[incident.id.rawValue] = IncidentSearch(incident, linked: linked) }
        return out
    }

    /// Recomputes the search words of incidents that link to changed persons, organisations, places or sources
    /// (a new name or confidentiality changes what finds them).
    func reindexIncidents(linkedTo records: [any ArchiveRecord], except skipped: Set<String> = []) async throws {
        var byTable: [String: [String]] = [:]
        for record in records where record.revision > 1 {
            switch record {
            case let r as Person: byTable["incident_persons|person_id", default: []].append(r.id.rawValue)
            case let r as Organization: byTable["incident_organizations|organization_id", default: []].append(r.id.rawValue)
            case let r as Place: byTable["incident_places|place_id", default: []].append(r.id.rawValue)
            case let r as Source: byTable["incident_sources|source_id", default: []].append(r.id.rawValue)
            default: break
            }
        }
        var affected = Set<String>()
        for (key, ids) in byTable {
            let parts = key.split(separator: "|").map(String.init)
            let found = try await connection.query(
                "SELECT incident_id FROM \(unescaped: parts[0]) WHERE \(unescaped: parts[1]) = ANY(\(ids)::text[])", logger: logger).collect(String.self)
            affected.formUnion(found)
        }
        affected.subtract(skipped)
        guard !affected.isEmpty else { return }
        let incidents = try await connection.query(
            "SELECT body FROM incidents WHERE id = ANY(\(Array(affected))::text[])", logger: logger).collect(String.self)
            .map { try RecordCoding.decode(Incident.self, from: $0) }
        try await updateSearch(of: incidents)
    }

    /// Recomputes every incident's search vectors, a page at a time (after a migration that changes what they hold).
    func rebuildSearch() async throws {
        var last = ""
        while true {
            let incidents = try await connection.query(
                "SELECT body FROM incidents WHERE id > \(last) ORDER BY id LIMIT 2000", logger: logger).collect(String.self)
                .map { try RecordCoding.decode(Incident.self, from: $0) }
            guard let final = incidents.last else { return }
            try await updateSearch(of: incidents)
            last = final.id.rawValue
        }
    }

    /// Adds the words of new search vectors to `search_lexemes`, in sorted order so that concurrent writers
    /// take the same locks in the same order. Facet tokens (`~…`) are never typed, so they stay out.
    private func remember(_ search: [String: IncidentSearch]) async throws {
        guard keepsVocabulary else { return }
        var words = Set<Substring>()
        for entry in search.values {
            for word in entry.words[IncidentSearch.columns.count - 1].split(separator: " ") where !word.hasPrefix("~") {
                words.insert(word)
            }
        }
        guard !words.isEmpty else { return }
        let sorted = words.map(String.init).sorted()
        try await connection.query("INSERT INTO search_lexemes SELECT unnest(\(sorted)::text[]) ON CONFLICT DO NOTHING", logger: logger)
    }

    /// Rewrites the search vectors of stored incidents.
    private func updateSearch(of incidents: [Incident]) async throws {
        let search = try await searchWords(for: incidents)
        try await remember(search)
        var update = SQLBuilder()
        let ids = try update.bind(incidents.map(\.id.rawValue))
        var sets: [String] = []
        var arrays: [String] = []
        for (level, column) in IncidentSearch.columns.enumerated() {
            arrays.append("\(try update.bind(incidents.map { search[$0.id.rawValue]?.words[level] ?? "" }))::text[]")
            sets.append("\(column) = array_to_tsvector(string_to_array(u.w\(level), ' '))")
        }
        update.append("UPDATE incidents i SET \(sets.joined(separator: ", ")) FROM unnest(\(ids)::text[], \(arrays.joined(separator: ", ")))"
            + " AS u(id, w0, w1, w2) WHERE i.id = u.id")
        try await connection.query(update.query, logger: logger)
    }
}
