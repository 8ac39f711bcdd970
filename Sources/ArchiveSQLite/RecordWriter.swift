import Archive
import CivicModel
import Foundation
import GRDB

/// Writes records inside one transaction: the record's row and links, its revision, its audit
/// entry and, for incidents, its search document. Used by every write of `SQLiteArchive`.
struct RecordWriter {
    let db: Database
    let editor: Editor
    let now: Date
    /// When set, incidents go to `incident_search` only and the caller rebuilds `incident_fts`.
    var defersSearchIndex = false
    private var lookup = LinkLookup()
    /// The next free incident key per day, once looked up.
    private var nextKeys: [Int64: Int64] = [:]

    init(db: Database, editor: Editor, now: Date) {
        self.db = db
        self.editor = editor
        self.now = now
    }

    /// What is stored of a record before a write.
    private struct Existing {
        var revision: Int
        var revisionSeq: Int64
        var seq: Int64?
    }

    // MARK: Put

    /// Inserts (revision 0) or updates (the stored revision) a record; returns it as stored.
    mutating func put<R: ArchiveRecord>(_ record: R, checkLinks: Bool, encoded: String?? = nil) throws -> (stored: R, inserted: Bool) {
        let kind = R.recordKind
        if let incident = record as? Incident { try incident.validate() }
        if let attachment = record as? Attachment {
            try ContentDigest.requireStored(attachment, storedByteCount: try storedByteCount(attachment.sha256))
        }
        if let original = (record as? Source)?.original {
            try ContentDigest.requireStored(original, of: "source \(record.id)", storedByteCount: try storedByteCount(original.sha256))
        }
        if checkLinks { try Self.checkLinks(of: record, in: db) }
        let existing = try fetchExisting(kind, record.id.rawValue)
        var stored = record
        if record.revision == 0 {
            if existing != nil { throw ArchiveError.alreadyExists(kind, record.id.rawValue) }
            stored.revision = 1
        } else {
            guard let existing else { throw ArchiveError.notFound(kind, record.id.rawValue) }
            guard existing.revision == record.revision else {
                throw ArchiveError.staleRevision(kind, record.id.rawValue, yours: record.revision, current: existing.revision)
            }
            stored.revision = existing.revision + 1
        }
        let body: String
        if case let pre?? = encoded, record.revision == 0 {
            body = pre  // encoded ahead, already at revision 1
        } else {
            body = try (stored as? Incident).map(IncidentJSON.encode) ?? RecordCoding.encode(stored)
        }
        let revisionSeq = try appendRevision(kind, id: record.id.rawValue, number: stored.revision, body: body)
        switch stored {
        case let place as Place: try write(place, revisionSeq: revisionSeq, updating: existing != nil)
        case let source as Source: try write(source, revisionSeq: revisionSeq, updating: existing != nil)
        case let person as Person: try write(person, revisionSeq: revisionSeq, updating: existing != nil)
        case let organization as Organization: try write(organization, revisionSeq: revisionSeq, updating: existing != nil)
        case let incident as Incident: try write(incident, revisionSeq: revisionSeq, replacing: existing?.seq)
        case let attachment as Attachment: try write(attachment, revisionSeq: revisionSeq)
        default: throw ArchiveError.invalid("records of type \(R.self) cannot be stored")
        }
        try Self.appendAudit(existing == nil ? .create : .update, kind: kind.rawValue, id: record.id.rawValue,
                             revision: stored.revision, beforeRevision: existing?.revisionSeq, afterRevision: revisionSeq,
                             by: editor, at: now, in: db)
        return (stored, existing == nil)
    }

    private func fetchExisting(_ kind: RecordKind, _ id: String) throws -> Existing? {
        let seq = kind == .incident ? "seq" : "NULL"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT revision, revision_seq, \(seq) FROM \(kind.rawValue) WHERE id = ?"), arguments: [id])
        else { return nil }
        return Existing(revision: row[0], revisionSeq: row[1], seq: row[2])
    }

    private func appendRevision(_ kind: RecordKind, id: String, number: Int, body: String) throws -> Int64 {
        try db.cachedStatement(sql: "INSERT INTO revision (record_kind, record_id, number, at, user, body) VALUES (?, ?, ?, ?, ?, ?)")
            .execute(arguments: [kind.rawValue, id, number, now.timeIntervalSinceReferenceDate, editor.name, body])
        return db.lastInsertedRowID
    }

    private mutating func write(_ place: Place, revisionSeq: Int64, updating: Bool) throws {
        try db.cachedStatement(sql: """
            INSERT INTO place (id, name, kind, region_id, name_words, revision, revision_seq) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, region_id = excluded.region_id,
                name_words = excluded.name_words, revision = excluded.revision, revision_seq = excluded.revision_seq
            """).execute(arguments: [place.id.rawValue, place.name, place.kind.rawValue, place.regionID?.rawValue,
                                     Self.words(place.allNames), place.revision, revisionSeq])
        lookup.places[place.id.rawValue] = nil
        if updating { try reindexIncidents(linkedBy: "SELECT incident_seq FROM incident_place WHERE place_id = ?", place.id.rawValue) }
    }

    private func storedByteCount(_ digest: String) throws -> Int? {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT length(bytes) FROM attachment_content WHERE sha256 = ?"), arguments: [digest])
    }

    /// The digest of the original file the stored version of a source keeps.
    private func storedOriginal(ofSource id: String) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: """
            SELECT json_extract(r.body, '$.original.sha256') FROM source s JOIN revision r ON r.seq = s.revision_seq WHERE s.id = ?
            """), arguments: [id])
    }

    /// Deletes bytes that no attachment and no source keeps any more: a file deleted by mistake or for safety is gone.
    private func dropContentIfUnused(_ digest: String) throws {
        try db.execute(sql: """
            DELETE FROM attachment_content WHERE sha256 = ?1 AND NOT EXISTS (SELECT 1 FROM attachment WHERE sha256 = ?1)
                AND NOT EXISTS (SELECT 1 FROM source s JOIN revision r ON r.seq = s.revision_seq
                                WHERE json_extract(r.body, '$.original.sha256') = ?1)
            """, arguments: [digest])
    }

    private mutating func write(_ source: Source, revisionSeq: Int64, updating: Bool) throws {
        let replaced = updating ? try storedOriginal(ofSource: source.id.rawValue) : nil
        try db.cachedStatement(sql: """
            INSERT INTO source (id, title, confidentiality, name_words, revision, revision_seq) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET title = excluded.title, confidentiality = excluded.confidentiality,
                name_words = excluded.name_words, revision = excluded.revision, revision_seq = excluded.revision_seq
            """).execute(arguments: [source.id.rawValue, source.title, source.confidentiality.rank,
                                     Self.words([source.title, source.publisher ?? ""]), source.revision, revisionSeq])
        lookup.sources[source.id.rawValue] = nil
        if updating { try reindexIncidents(linkedBy: "SELECT DISTINCT incident_seq FROM incident_passage WHERE source_id = ?", source.id.rawValue) }
        // An original replaced (or dropped) takes its bytes along unless something else keeps them.
        if let replaced, replaced != source.original?.sha256 { try dropContentIfUnused(replaced) }
    }

    private mutating func write(_ person: Person, revisionSeq: Int64, updating: Bool) throws {
        try db.cachedStatement(sql: """
            INSERT INTO person (id, name, place_id, confidentiality, name_words, revision, revision_seq) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, place_id = excluded.place_id,
                confidentiality = excluded.confidentiality, name_words = excluded.name_words,
                revision = excluded.revision, revision_seq = excluded.revision_seq
            """).execute(arguments: [person.id.rawValue, person.name, person.placeID?.rawValue, person.confidentiality.rank,
                                     Self.words(person.allNames), person.revision, revisionSeq])
        lookup.persons[person.id.rawValue] = nil
        if updating { try reindexIncidents(linkedBy: "SELECT incident_seq FROM incident_person WHERE person_id = ?", person.id.rawValue) }
    }

    private mutating func write(_ organization: Organization, revisionSeq: Int64, updating: Bool) throws {
        try db.cachedStatement(sql: """
            INSERT INTO organization (id, name, place_id, confidentiality, name_words, revision, revision_seq) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, place_id = excluded.place_id,
                confidentiality = excluded.confidentiality, name_words = excluded.name_words,
                revision = excluded.revision, revision_seq = excluded.revision_seq
            """).execute(arguments: [organization.id.rawValue, organization.name, organization.placeID?.rawValue,
                                     organization.confidentiality.rank, Self.words(organization.allNames),
                                     organization.revision, revisionSeq])
        lookup.organizations[organization.id.rawValue] = nil
        if updating {
            try reindexIncidents(linkedBy: "SELECT incident_seq FROM incident_organization WHERE organization_id = ?", organization.id.rawValue)
        }
    }

    private func write(_ attachment: Attachment, revisionSeq: Int64) throws {
        try db.cachedStatement(sql: """
            INSERT INTO attachment (id, name, incident_id, sha256, confidentiality, name_words, revision, revision_seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, incident_id = excluded.incident_id, sha256 = excluded.sha256,
                confidentiality = excluded.confidentiality, name_words = excluded.name_words,
                revision = excluded.revision, revision_seq = excluded.revision_seq
            """).execute(arguments: [attachment.id.rawValue, attachment.fileName, attachment.incidentID.rawValue, attachment.sha256,
                                     attachment.confidentiality.rank, Self.words([attachment.fileName, attachment.description ?? ""]),
                                     attachment.revision, revisionSeq])
    }

    /// Writes an incident's row, links and search document, replacing the row at `old` if any.
    private mutating func write(_ incident: Incident, revisionSeq: Int64, replacing old: Int64?) throws {
        let day = IncidentKey.dayNumber(incident.date?.latestDay)
        let seq: Int64
        if let old, IncidentKey.day(of: old) == day {
            seq = old
        } else {
            seq = try IncidentKey.free(onDay: day, in: db, handedOut: &nextKeys)
        }
        if let old { try removeIncident(seq: old) }
        try db.cachedStatement(sql: """
            INSERT INTO incident (seq, id, earliest_day, latest_day, year, month, event_type, status, confidentiality,
                summary_words, revision, revision_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                seq, incident.id.rawValue, incident.date?.earliestDay, incident.date?.latestDay, incident.date?.year,
                incident.date?.month != nil ? String(incident.date!.iso.prefix(7)) : nil,
                incident.eventType.rawValue, incident.status.rawValue, incident.confidentiality.rank,
                Self.words([incident.summary]), incident.revision, revisionSeq,
            ])
        let personLink = try db.cachedStatement(sql: "INSERT INTO incident_person (incident_seq, person_id, role) VALUES (?, ?, ?)")
        for link in incident.persons { try personLink.execute(arguments: [seq, link.personID.rawValue, link.role.rawValue]) }
        let organizationLink = try db.cachedStatement(sql: "INSERT INTO incident_organization (incident_seq, organization_id, role) VALUES (?, ?, ?)")
        for link in incident.organizations { try organizationLink.execute(arguments: [seq, link.organizationID.rawValue, link.role.rawValue]) }
        let placeLink = try db.cachedStatement(sql: "INSERT INTO incident_place (incident_seq, place_id) VALUES (?, ?)")
        for place in incident.places { try placeLink.execute(arguments: [seq, place.rawValue]) }
        let provision = try db.cachedStatement(sql: "INSERT INTO incident_provision (incident_seq, position, code, article, part) VALUES (?, ?, ?, ?, ?)")
        for (position, ref) in incident.legalProvisions.enumerated() {
            try provision.execute(arguments: [seq, position, ref.code.rawValue, ref.article, ref.part])
        }
        let passage = try db.cachedStatement(sql: "INSERT INTO incident_passage (incident_seq, position, source_id, start, \"end\") VALUES (?, ?, ?, ?, ?)")
        for (position, p) in incident.passages.enumerated() {
            try passage.execute(arguments: [seq, position, p.sourceID.rawValue, p.start, p.end])
        }
        try index(incident, seq: seq)
    }

    /// Removes an incident's row (its links go with it) and its search document.
    private func removeIncident(seq: Int64) throws {
        try unindex(seq: seq)
        try db.cachedStatement(sql: "DELETE FROM incident WHERE seq = ?").execute(arguments: [seq])
    }

    // MARK: Search documents

    /// Writes the search document of an incident: its folded words by who may see them, and its facet tokens.
    private mutating func index(_ incident: Incident, seq: Int64) throws {
        let search = SearchDocument(
            incident,
            sourceLevels: try incident.passages.map { try lookup.source($0.sourceID.rawValue, in: db) },
            persons: try incident.persons.map { try lookup.person($0.personID.rawValue, in: db) },
            organizations: try incident.organizations.map { try lookup.organization($0.organizationID.rawValue, in: db) },
            places: try incident.places.map { try lookup.place($0.rawValue, in: db) })
        var vocabulary = SearchVocabulary()
        vocabulary.add(search.columns)
        try vocabulary.store(in: db)
        let document: [any DatabaseValueConvertible] = [seq] + search.columns
        try db.cachedStatement(sql: """
            INSERT INTO incident_search (seq, summary, notes, public_text, restricted_text, confidential_text, facets)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: StatementArguments(document))
        if !defersSearchIndex {
            try db.cachedStatement(sql: """
                INSERT INTO incident_fts (rowid, summary, notes, public_text, restricted_text, confidential_text, facets)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: StatementArguments(document))
        }
    }

    /// Removes an incident's search document from the index and the content table.
    private func unindex(seq: Int64) throws {
        if !defersSearchIndex { try removeFromIndex(seq: seq) }
        try db.cachedStatement(sql: "DELETE FROM incident_search WHERE seq = ?").execute(arguments: [seq])
    }

    private func removeFromIndex(seq: Int64) throws {
        try db.cachedStatement(sql: """
            INSERT INTO incident_fts (incident_fts, rowid, summary, notes, public_text, restricted_text, confidential_text, facets)
            SELECT 'delete', seq, summary, notes, public_text, restricted_text, confidential_text, facets
            FROM incident_search WHERE seq = ?
            """).execute(arguments: [seq])
    }

    /// Rebuilds the search documents of the incidents a query selects, after a linked record changed.
    private mutating func reindexIncidents(linkedBy sql: String, _ id: String) throws {
        let seqs = try Int64.fetchAll(db, sql: sql, arguments: [id])
        for seq in seqs {
            guard let body = try String.fetchOne(db, sql: """
                SELECT r.body FROM incident i JOIN revision r ON r.seq = i.revision_seq WHERE i.seq = ?
                """, arguments: [seq]) else { continue }
            try unindex(seq: seq)
            try index(try IncidentJSON.decode(body), seq: seq)
        }
    }

    /// The folded words of some texts, space-separated: what the index and name filters hold.
    static func words(_ texts: [String]) -> String {
        texts.map(SearchText.folded).filter { !$0.isEmpty }.joined(separator: " ")
    }

    // MARK: Delete

    /// Deletes a record: persons and organisations are detached from their incidents first (each
    /// incident gets a new revision); places and sources still in use are refused.
    mutating func delete(_ kind: RecordKind, id: String) throws {
        guard let existing = try fetchExisting(kind, id) else { throw ArchiveError.notFound(kind, id) }
        switch kind {
        case .person:
            for var incident in try incidents(linkedBy: "SELECT incident_seq FROM incident_person WHERE person_id = ?", id) {
                incident.persons.removeAll { $0.personID.rawValue == id }
                _ = try put(incident, checkLinks: false)
            }
        case .organization:
            for var incident in try incidents(linkedBy: "SELECT incident_seq FROM incident_organization WHERE organization_id = ?", id) {
                incident.organizations.removeAll { $0.organizationID.rawValue == id }
                _ = try put(incident, checkLinks: false)
            }
        case .place:
            let users = try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM incident_place WHERE place_id = ?1)
                     + (SELECT count(*) FROM person WHERE place_id = ?1)
                     + (SELECT count(*) FROM organization WHERE place_id = ?1)
                     + (SELECT count(*) FROM place WHERE region_id = ?1)
                """, arguments: [id]) ?? 0
            if users > 0 { throw ArchiveError.inUse(.place, id, by: users) }
        case .source:
            let users = try Int.fetchOne(db, sql: "SELECT count(DISTINCT incident_seq) FROM incident_passage WHERE source_id = ?", arguments: [id]) ?? 0
            if users > 0 { throw ArchiveError.inUse(.source, id, by: users) }
        case .incident:
            let users = try Int.fetchOne(db, sql: "SELECT count(*) FROM attachment WHERE incident_id = ?", arguments: [id]) ?? 0
            if users > 0 { throw ArchiveError.inUse(.incident, id, by: users) }
            if let seq = existing.seq { try removeIncident(seq: seq) }
        case .attachment:
            break
        }
        if kind != .incident {
            let digest = kind == .attachment ? try String.fetchOne(db, sql: "SELECT sha256 FROM attachment WHERE id = ?", arguments: [id])
                : kind == .source ? try storedOriginal(ofSource: id) : nil
            try db.execute(sql: "DELETE FROM \(kind.rawValue) WHERE id = ?", arguments: [id])
            if let digest { try dropContentIfUnused(digest) }
        }
        try Self.appendAudit(.delete, kind: kind.rawValue, id: id, revision: nil, beforeRevision: existing.revisionSeq,
                             afterRevision: nil, by: editor, at: now, in: db)
    }

    private func incidents(linkedBy sql: String, _ id: String) throws -> [Incident] {
        try String.fetchAll(db, sql: """
            SELECT r.body FROM incident i JOIN revision r ON r.seq = i.revision_seq WHERE i.seq IN (\(sql)) ORDER BY i.id
            """, arguments: [id]).map { try IncidentJSON.decode($0) }
    }

    // MARK: Links and audit

    static func exists(_ kind: RecordKind, _ id: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM \(kind.rawValue) WHERE id = ?)"), arguments: [id]) ?? false
    }

    /// Every record a record links to must exist.
    static func checkLinks(of record: some ArchiveRecord, in db: Database) throws {
        try record.checkLinks { kind, id in
            if try !exists(kind, id, in: db) {
                throw ArchiveError.danglingLink(from: "\(type(of: record).recordKind.rawValue) \(record.id)", to: kind, id)
            }
        }
    }

    /// Appends an audit entry. Record changes name their revisions, whose JSON is the before and
    /// after, so the log does not store the records a second time; accounts carry their JSON inline.
    static func appendAudit(_ action: AuditEntry.Action, kind: String, id: String, revision: Int?,
                            beforeRevision: Int64? = nil, afterRevision: Int64? = nil,
                            before: String? = nil, after: String? = nil,
                            by editor: Editor, at now: Date, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO audit_log (at, user, action, record_kind, record_id, revision, before_revision_seq, after_revision_seq, before, after)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [now.timeIntervalSinceReferenceDate, editor.name, action.rawValue, kind, id, revision,
                                     beforeRevision, afterRevision, before, after])
    }
}

/// The linked records an incident's search document needs, read once per write.
private struct LinkLookup {
    var persons: [String: LinkedName] = [:]
    var organizations: [String: LinkedName] = [:]
    var places: [String: LinkedPlace] = [:]
    var sources: [String: Int] = [:]

    mutating func person(_ id: String, in db: Database) throws -> LinkedName {
        if let hit = persons[id] { return hit }
        let found = try named("person", id, in: db)
        persons[id] = found
        return found
    }

    mutating func organization(_ id: String, in db: Database) throws -> LinkedName {
        if let hit = organizations[id] { return hit }
        let found = try named("organization", id, in: db)
        organizations[id] = found
        return found
    }

    mutating func place(_ id: String, in db: Database) throws -> LinkedPlace {
        if let hit = places[id] { return hit }
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT name_words, region_id FROM place WHERE id = ?"), arguments: [id])
        else { throw ArchiveError.danglingLink(from: "an incident", to: .place, id) }
        let found = LinkedPlace(words: row[0], regionID: row[1])
        places[id] = found
        return found
    }

    mutating func source(_ id: String, in db: Database) throws -> Int {
        if let hit = sources[id] { return hit }
        guard let level = try Int.fetchOne(db.cachedStatement(sql: "SELECT confidentiality FROM source WHERE id = ?"), arguments: [id])
        else { throw ArchiveError.danglingLink(from: "an incident", to: .source, id) }
        sources[id] = level
        return level
    }

    private func named(_ table: String, _ id: String, in db: Database) throws -> LinkedName {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT name_words, confidentiality FROM \(table) WHERE id = ?"), arguments: [id])
        else { throw ArchiveError.danglingLink(from: "an incident", to: RecordKind(rawValue: table)!, id) }
        return LinkedName(words: row[0], level: row[1])
    }
}
