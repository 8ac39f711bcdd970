import Archive
import CivicModel
import Foundation
import GRDB
import GRDBSQLite

/// Writes the new incidents of a big batch: the same rows, links, revisions, audit entries and
/// search documents as `RecordWriter` writes one incident at a time, at a fraction of the cost.
///
/// Everything that needs no database (validation, JSON, folded words, facet tokens, keys' days) is
/// computed on every core first; the write itself then runs one prepared statement per row with
/// values bound straight to SQLite, without building argument lists. A batch repeating an
/// identifier, or naming one already stored, fails on the unique index and is reported as
/// `alreadyExists`, as the one-at-a-time path reports it.
///
/// A load bigger than the archive it goes into (`fillsMostOfTheArchive`) also leaves the
/// secondary indexes and the full-text index until the rows are in, and builds each once at the
/// end (`DeferredIndexes`; FTS5's `rebuild`): one sorted pass instead of a million scattered inserts.
struct IncidentBulkWriter {
    let db: Database
    let editor: Editor
    let now: Date
    var fillsMostOfTheArchive = false

    /// Writes `incidents` (all new: revision 0) in key order: by day, batch order within a day.
    func write(_ incidents: [Incident]) throws {
        let links = try LinkedInfo(for: incidents, in: db)
        let (prepared, vocabulary) = PreparedIncident.prepareConcurrently(incidents, links: links)
        let order = prepared.indices.sorted { (prepared[$0].day, $0) < (prepared[$1].day, $1) }
        // Invalid incidents are reported in write order, before anything is written.
        for index in order { if let error = prepared[index].error { throw error } }
        try vocabulary.store(in: db)

        let statements = try Statements(db)
        let deferred = fillsMostOfTheArchive ? try DeferredIndexes.drop(in: db) : nil
        // FTS5 flushes its pending terms whenever this much is held: a big load makes fewer, larger segments.
        try db.execute(sql: "INSERT INTO incident_fts(incident_fts, rank) VALUES ('hashsize', ?)", arguments: [Self.ftsHashSize])
        var nextKeys: [Int64: Int64] = [:]
        let at = now.timeIntervalSinceReferenceDate
        for index in order {
            let p = prepared[index]
            let incident = incidents[index]
            let seq = try IncidentKey.free(onDay: p.day, in: db, handedOut: &nextKeys)

            let revision = statements.revision
            revision.bind(1, "incident"); revision.bind(2, incident.id.rawValue); revision.bind(3, Int64(1))
            revision.bind(4, at); revision.bind(5, editor.name); revision.bind(6, p.body)
            try revision.run(in: db)
            let revisionSeq = sqlite3_last_insert_rowid(db.sqliteConnection)

            let row = statements.incident
            row.bind(1, seq); row.bind(2, incident.id.rawValue)
            row.bind(3, incident.date?.earliestDay); row.bind(4, incident.date?.latestDay)
            row.bind(5, incident.date.map { Int64($0.year) }); row.bind(6, p.month)
            row.bind(7, incident.eventType.rawValue); row.bind(8, incident.status.rawValue)
            row.bind(9, Int64(incident.confidentiality.rank)); row.bind(10, p.summary)
            row.bind(11, Int64(1)); row.bind(12, revisionSeq)
            do {
                try row.run(in: db)
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                throw ArchiveError.alreadyExists(.incident, incident.id.rawValue)
            }

            for link in incident.persons {
                let s = statements.person
                s.bind(1, seq); s.bind(2, link.personID.rawValue); s.bind(3, link.role.rawValue)
                try s.run(in: db)
            }
            for link in incident.organizations {
                let s = statements.organization
                s.bind(1, seq); s.bind(2, link.organizationID.rawValue); s.bind(3, link.role.rawValue)
                try s.run(in: db)
            }
            for place in incident.places {
                let s = statements.place
                s.bind(1, seq); s.bind(2, place.rawValue)
                try s.run(in: db)
            }
            for (position, ref) in incident.legalProvisions.enumerated() {
                let s = statements.provision
                s.bind(1, seq); s.bind(2, Int64(position)); s.bind(3, ref.code.rawValue); s.bind(4, ref.article); s.bind(5, ref.part)
                try s.run(in: db)
            }
            for (position, passage) in incident.passages.enumerated() {
                let s = statements.passage
                s.bind(1, seq); s.bind(2, Int64(position)); s.bind(3, passage.sourceID.rawValue)
                s.bind(4, Int64(passage.start)); s.bind(5, Int64(passage.end))
                try s.run(in: db)
            }
            for s in deferred == nil ? [statements.search, statements.fts] : [statements.search] {
                s.bind(1, seq)
                for (column, text) in p.document.enumerated() { s.bind(Int32(column + 2), text) }
                try s.run(in: db)
            }

            let audit = statements.audit
            audit.bind(1, at); audit.bind(2, editor.name); audit.bind(3, AuditEntry.Action.create.rawValue)
            audit.bind(4, "incident"); audit.bind(5, incident.id.rawValue); audit.bind(6, Int64(1)); audit.bind(7, revisionSeq)
            try audit.run(in: db)
        }
        if let deferred {
            try deferred.rebuild(in: db)
            try db.execute(sql: "INSERT INTO incident_fts(incident_fts) VALUES ('rebuild')")
        }
        try db.execute(sql: "INSERT INTO incident_fts(incident_fts, rank) VALUES ('hashsize', ?)", arguments: [Self.defaultFTSHashSize])
    }

    /// Pending full-text terms held in memory before FTS5 writes a segment during a bulk load.
    static let ftsHashSize = 64 << 20
    /// FTS5's own default, restored after the load so that ordinary writes behave as before.
    static let defaultFTSHashSize = 1 << 20
}

/// What the search documents need of the records incidents link to, read once for a batch.
struct LinkedInfo: Sendable {
    var persons: [String: LinkedName] = [:]
    var organizations: [String: LinkedName] = [:]
    var places: [String: LinkedPlace] = [:]
    var sources: [String: Int] = [:]

    init(for incidents: [Incident], in db: Database) throws {
        func rows(_ sql: String, _ ids: Set<String>, _ body: (Row) -> Void) throws {
            let all = Array(ids)
            for start in stride(from: 0, to: all.count, by: 500) {
                let part = Array(all[start..<min(all.count, start + 500)])
                let marks = part.map { _ in "?" }.joined(separator: ",")
                for row in try Row.fetchAll(db, sql: sql + " WHERE id IN (\(marks))", arguments: StatementArguments(part)) { body(row) }
            }
        }
        var personIDs: Set<String> = [], organizationIDs: Set<String> = [], placeIDs: Set<String> = [], sourceIDs: Set<String> = []
        for incident in incidents {
            for link in incident.persons { personIDs.insert(link.personID.rawValue) }
            for link in incident.organizations { organizationIDs.insert(link.organizationID.rawValue) }
            for place in incident.places { placeIDs.insert(place.rawValue) }
            for passage in incident.passages { sourceIDs.insert(passage.sourceID.rawValue) }
        }
        try rows("SELECT id, name_words, confidentiality FROM person", personIDs) { persons[$0[0]] = LinkedName(words: $0[1], level: $0[2]) }
        try rows("SELECT id, name_words, confidentiality FROM organization", organizationIDs) { organizations[$0[0]] = LinkedName(words: $0[1], level: $0[2]) }
        try rows("SELECT id, name_words, region_id FROM place", placeIDs) { places[$0[0]] = LinkedPlace(words: $0[1], regionID: $0[2]) }
        try rows("SELECT id, confidentiality FROM source", sourceIDs) { sources[$0[0]] = $0[1] }
    }

    /// The linked record, or `danglingLink` when the batch names one that is not stored.
    func find<T>(_ table: KeyPath<LinkedInfo, [String: T]>, _ kind: RecordKind, _ id: String) throws -> T {
        guard let found = self[keyPath: table][id] else { throw ArchiveError.danglingLink(from: "an incident", to: kind, id) }
        return found
    }
}

/// An incident made ready to write: everything its rows hold that takes no database.
struct PreparedIncident {
    var error: (any Error)?
    var day: Int64 = 0
    var body = ""
    var month: String?
    var summary = ""
    /// The search document: summary, notes, public, restricted and confidential words, facet tokens.
    var document: [String] = []

    init(_ incident: Incident, links: LinkedInfo) {
        do {
            try incident.validate()
            let search = SearchDocument(
                incident,
                sourceLevels: try incident.passages.map { try links.find(\.sources, .source, $0.sourceID.rawValue) },
                persons: try incident.persons.map { try links.find(\.persons, .person, $0.personID.rawValue) },
                organizations: try incident.organizations.map { try links.find(\.organizations, .organization, $0.organizationID.rawValue) },
                places: try incident.places.map { try links.find(\.places, .place, $0.rawValue) })
            document = search.columns
            summary = search.summary
        } catch {
            self.error = error
            return
        }
        day = IncidentKey.dayNumber(incident.date?.latestDay)
        var stored = incident
        stored.revision = 1
        body = IncidentJSON.encode(stored)
        month = incident.date?.month != nil ? String(incident.date!.iso.prefix(7)) : nil
    }

    /// Prepares every incident, on every core, and gathers the words of their search documents.
    static func prepareConcurrently(_ incidents: [Incident], links: LinkedInfo) -> ([PreparedIncident], SearchVocabulary) {
        let chunks = max(1, min(incidents.count / 256, ProcessInfo.processInfo.activeProcessorCount * 4))
        let size = (incidents.count + chunks - 1) / chunks
        let results = ChunkResults<PreparedIncident>(count: chunks)
        let vocabularies = ChunkResults<SearchVocabulary>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * size)..<min(incidents.count, (chunk + 1) * size)
            guard !range.isEmpty else { return }
            let prepared = incidents[range].map { PreparedIncident($0, links: links) }
            var vocabulary = SearchVocabulary()
            for incident in prepared where incident.error == nil { vocabulary.add(incident.document) }
            results.set(chunk, prepared)
            vocabularies.set(chunk, [vocabulary])
        }
        return (results.joined(), vocabularies.joined().reduce(into: SearchVocabulary()) { $0.formUnion($1) })
    }
}

/// Results of work split in chunks across threads, one slot per chunk.
final class ChunkResults<T>: @unchecked Sendable {
    private var chunks: [[T]]
    private let lock = NSLock()
    init(count: Int) { chunks = Array(repeating: [], count: count) }
    func set(_ index: Int, _ values: [T]) { lock.withLock { chunks[index] = values } }
    func joined() -> [T] { chunks.flatMap { $0 } }
}

/// The statements of a bulk write, prepared once and bound directly.
private struct Statements {
    let revision, incident, person, organization, place, provision, passage, search, fts, audit: RawStatement

    init(_ db: Database) throws {
        revision = try RawStatement(db, "INSERT INTO revision (record_kind, record_id, number, at, user, body) VALUES (?, ?, ?, ?, ?, ?)")
        incident = try RawStatement(db, """
            INSERT INTO incident (seq, id, earliest_day, latest_day, year, month, event_type, status, confidentiality,
                summary_words, revision, revision_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        person = try RawStatement(db, "INSERT INTO incident_person (incident_seq, person_id, role) VALUES (?, ?, ?)")
        organization = try RawStatement(db, "INSERT INTO incident_organization (incident_seq, organization_id, role) VALUES (?, ?, ?)")
        place = try RawStatement(db, "INSERT INTO incident_place (incident_seq, place_id) VALUES (?, ?)")
        provision = try RawStatement(db, "INSERT INTO incident_provision (incident_seq, position, code, article, part) VALUES (?, ?, ?, ?, ?)")
        passage = try RawStatement(db, "INSERT INTO incident_passage (incident_seq, position, source_id, start, \"end\") VALUES (?, ?, ?, ?, ?)")
        search = try RawStatement(db, """
            INSERT INTO incident_search (seq, summary, notes, public_text, restricted_text, confidential_text, facets)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        fts = try RawStatement(db, """
            INSERT INTO incident_fts (rowid, summary, notes, public_text, restricted_text, confidential_text, facets)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        audit = try RawStatement(db, """
            INSERT INTO audit_log (at, user, action, record_kind, record_id, revision, after_revision_seq) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
    }
}

/// A prepared statement bound and stepped through SQLite's C interface. GRDB keeps it (and
/// finalizes it); values are copied by SQLite as they are bound.
private final class RawStatement {
    private let statement: Statement
    private let handle: OpaquePointer
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    init(_ db: Database, _ sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
    }

    func bind(_ index: Int32, _ value: String) {
        var value = value
        value.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                sqlite3_bind_text(handle, index, "", 0, Self.transient)  // empty, not NULL
                return
            }
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                _ = sqlite3_bind_text(handle, index, chars, Int32(bytes.count), Self.transient)
            }
        }
    }

    func bind(_ index: Int32, _ value: String?) {
        if let value { bind(index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }

    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Double) { sqlite3_bind_double(handle, index, value) }

    /// Runs the statement once and makes it ready for the next values.
    func run(in db: Database) throws {
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let extended = sqlite3_extended_errcode(db.sqliteConnection)
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: statement.sql)
        }
        sqlite3_reset(handle)
    }
}
