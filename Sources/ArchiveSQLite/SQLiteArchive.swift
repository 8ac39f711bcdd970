import Archive
import CivicModel
import Foundation
import GRDB

/// The embedded archive: one SQLite file in WAL mode (or `:memory:`), with versioned migrations,
/// foreign keys, FTS5 search, an audit log and revisions. Behaves as `MemoryArchive` does.
public final class SQLiteArchive: Archive {
    /// The file the archive lives in, or `:memory:`.
    public let path: String
    let writer: any DatabaseWriter
    let clock: @Sendable () -> Date
    /// Incidents per review status, for writing status filters the cheaper way (see `StatusTally`).
    let statusTally = StatusTally()

    /// Page cache sizes in KiB: of the writer, of each reader, and of the writer during a big batch.
    static let writerCacheKiB = 65_536, readerCacheKiB = 8_192, bulkCacheKiB = 524_288

    /// Opens the archive at `path`, creating the file on first use and bringing its schema up to date.
    public init(path: String, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        self.path = path
        self.clock = clock
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            // The writer keeps a large page cache for the indexes writes touch; readers (up to five in a
            // pool) a small one each, since the file's pages stay in the system's cache anyway: with 64 MB
            // each, a busy web server held over 300 MB.
            let cache = db.configuration.readonly ? Self.readerCacheKiB : Self.writerCacheKiB
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -\(cache); PRAGMA temp_store = MEMORY")
        }
        do {
            if path == ":memory:" {
                writer = try DatabaseQueue(configuration: config)
            } else {
                writer = try DatabasePool(path: path, configuration: config)
            }
            try Self.migrator.migrate(writer)
        } catch let error as DatabaseError {
            throw ArchiveError.storage("cannot open the archive at \(path): \(error.message ?? error.description)")
        }
    }

    /// The migrations applied to the file, oldest first.
    public func appliedMigrations() async throws -> [String] {
        try await read { db in try Self.migrator.appliedMigrations(db) }
    }

    /// The journal mode SQLite reports for the file ("wal" for a file, "memory" in memory).
    public func journalMode() async throws -> String {
        try await read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    // MARK: Reading records

    public func fetch<R: ArchiveRecord>(_ type: R.Type, id: R.ID, as viewer: Clearance) async throws -> R? {
        try await read { db in
            let table = R.recordKind.rawValue
            // A cached statement: pages fetch records by id all day, and compiling costs more than the read.
            let statement = try db.cachedStatement(sql: """
                SELECT r.body FROM \(table) t JOIN revision r ON r.seq = t.revision_seq
                WHERE t.id = ? \(Self.visibility(R.recordKind, viewer))
                """)
            guard let body = try String.fetchOne(statement, arguments: [id.rawValue])
            else { return nil }
            let record = R.recordKind == .incident ? try IncidentJSON.decode(body) as! R : try RecordCoding.decode(R.self, from: body)
            if let incident = record as? Incident {
                return incident.redacted(for: viewer, hiding: try Self.hiddenRecords(for: viewer, linkedFrom: [incident], in: db)) as? R
            }
            return record
        }
    }

    public func list<R: ArchiveRecord>(_ type: R.Type, matching text: String?, as viewer: Clearance,
                                       limit: Int, offset: Int) async throws -> [R] {
        let words = SearchText.words(text ?? "")
        return try await read { db in
            let table = R.recordKind.rawValue
            let sortColumn = switch R.recordKind {
            case .incident: "COALESCE(t.earliest_day, '')"
            case .source: "t.title"
            default: "t.name"
            }
            let wordsColumn = R.recordKind == .incident ? "t.summary_words" : "t.name_words"
            let wordFilter = words.map { _ in "AND (' ' || \(wordsColumn)) LIKE ('% ' || ? || '%')" }.joined(separator: " ")
            var arguments = StatementArguments(words)
            arguments += [limit, offset]
            let bodies = try String.fetchAll(db, sql: """
                SELECT r.body FROM \(table) t JOIN revision r ON r.seq = t.revision_seq
                WHERE 1 \(Self.visibility(R.recordKind, viewer)) \(wordFilter)
                ORDER BY \(sortColumn), t.id LIMIT ? OFFSET ?
                """, arguments: arguments)
            let records = try bodies.map { R.recordKind == .incident ? try IncidentJSON.decode($0) as! R : try RecordCoding.decode(R.self, from: $0) }
            if R.recordKind == .incident {
                let incidents = records.map { $0 as! Incident }
                let hidden = try Self.hiddenRecords(for: viewer, linkedFrom: incidents, in: db)
                return incidents.map { $0.redacted(for: viewer, hiding: hidden) as! R }
            }
            return records
        }
    }

    public func count<R: ArchiveRecord>(_ type: R.Type, as viewer: Clearance) async throws -> Int {
        try await read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM \(R.recordKind.rawValue) t WHERE 1 \(Self.visibility(R.recordKind, viewer))") ?? 0
        }
    }

    public func auditLog(_ query: AuditQuery) async throws -> [AuditEntry] {
        try await read { db in
            var conditions: [String] = []
            var arguments = StatementArguments()
            if let kind = query.recordKind { conditions.append("a.record_kind = ?"); arguments += [kind] }
            if let id = query.recordID { conditions.append("a.record_id = ?"); arguments += [id] }
            if let user = query.user { conditions.append("a.user = ?"); arguments += [user] }
            arguments += [query.limit, query.offset]
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.seq, a.at, a.user, a.action, a.record_kind, a.record_id, a.revision,
                       COALESCE(a.before, rb.body) AS before, COALESCE(a.after, ra.body) AS after
                FROM audit_log a
                LEFT JOIN revision rb ON rb.seq = a.before_revision_seq
                LEFT JOIN revision ra ON ra.seq = a.after_revision_seq
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY a.seq DESC LIMIT ? OFFSET ?
                """, arguments: arguments)
            return try rows.map { row in
                let action: String = row["action"]
                guard let parsed = AuditEntry.Action(rawValue: action) else {
                    throw ArchiveError.storage("unknown audit action '\(action)'")
                }
                return AuditEntry(sequence: row["seq"], at: Date(timeIntervalSinceReferenceDate: row["at"]),
                                  user: row["user"], action: parsed, recordKind: row["record_kind"],
                                  recordID: row["record_id"], revision: row["revision"],
                                  before: row["before"], after: row["after"])
            }
        }
    }

    public func revisions(of kind: RecordKind, id: String) async throws -> [Revision] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT number, at, user, body FROM revision WHERE record_kind = ? AND record_id = ? ORDER BY seq
                """, arguments: [kind.rawValue, id]).map { row in
                Revision(recordKind: kind, recordID: id, number: row["number"],
                         at: Date(timeIntervalSinceReferenceDate: row["at"]), user: row["user"], body: row["body"])
            }
        }
    }

    // MARK: Writing records

    public func save<R: ArchiveRecord>(_ record: R, by editor: Editor) async throws -> R {
        let now = clock()
        return try await write { db in
            var writer = RecordWriter(db: db, editor: editor, now: now)
            return try writer.put(record, checkLinks: true).stored
        }
    }

    public func delete<R: ArchiveRecord>(_ type: R.Type, id: R.ID, by editor: Editor) async throws {
        let now = clock()
        try await write { db in
            var writer = RecordWriter(db: db, editor: editor, now: now)
            try writer.delete(R.recordKind, id: id.rawValue)
        }
    }

    public func write(_ batch: ArchiveBatch, by editor: Editor) async throws -> ArchiveBatch.Summary {
        let now = clock()
        // A big batch of new incidents takes the bulk path; anything else goes one record at a time.
        let bulk = batch.incidents.count >= Self.bulkThreshold && batch.incidents.allSatisfy { $0.revision == 0 }
        let bodies = bulk ? nil : Self.encodeIncidentsConcurrently(batch.incidents)
        return try await write { db in
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            var known: Set<String> = []
            try batch.checkLinks { kind, id in
                let key = "\(kind.rawValue)/\(id)"
                if known.contains(key) { return true }
                guard try RecordWriter.exists(kind, id, in: db) else { return false }
                known.insert(key)
                return true
            }
            // A big batch inserts all over large indexes: give it a larger page cache while it runs.
            let big = batch.count >= Self.bulkThreshold
            if big { try db.execute(sql: "PRAGMA cache_size = -\(Self.bulkCacheKiB)") }
            defer { if big { try? db.execute(sql: "PRAGMA cache_size = -\(Self.writerCacheKiB)") } }
            var writer = RecordWriter(db: db, editor: editor, now: now)
            var summary = ArchiveBatch.Summary()
            // (A big batch into a smaller archive builds its indexes once at the end, on either path.)
            let existingIncidents = big ? try Int.fetchOne(db, sql: "SELECT count(*) FROM incident") ?? 0 : 0
            func put<R: ArchiveRecord>(_ list: [R], bodies: [String?]? = nil, order: [Int]? = nil) throws {
                for index in order ?? Array(list.indices) {
                    let record = list[index]
                    let result = try writer.put(record, checkLinks: false, encoded: bodies?[index])
                    if result.inserted {
                        summary.inserted[R.recordKind, default: 0] += 1
                    } else {
                        summary.updated[R.recordKind, default: 0] += 1
                    }
                }
            }
            // Files first: sources and attachments name them.
            for bytes in batch.contents { try Self.storeContent(bytes, in: db) }
            try put(batch.places)
            try put(batch.sources)
            try put(batch.persons)
            try put(batch.organizations)
            if bulk {
                var bulkWriter = IncidentBulkWriter(db: db, editor: editor, now: now)
                bulkWriter.fillsMostOfTheArchive = batch.incidents.count > existingIncidents
                try bulkWriter.write(batch.incidents)
                summary.inserted[.incident, default: 0] += batch.incidents.count
            } else {
                // A big load of updates into a (nearly) empty archive fills the index once at the end.
                writer.defersSearchIndex = batch.incidents.count >= Self.bulkThreshold && batch.incidents.count > existingIncidents
                try put(batch.incidents, bodies: bodies, order: big ? Self.keyOrder(batch.incidents) : nil)
                if writer.defersSearchIndex {
                    try db.execute(sql: "INSERT INTO incident_fts(incident_fts) VALUES ('rebuild')")
                    writer.defersSearchIndex = false
                }
            }
            try put(batch.attachments)
            for deletion in batch.deletions {
                try writer.delete(deletion.kind, id: deletion.id)
                summary.deleted[deletion.kind, default: 0] += 1
            }
            return summary
        }
    }

    /// The order a big batch writes its incidents in: by day, as their keys go, and in batch order
    /// within a day, so each day's keys come out as they would in batch order while the B-trees
    /// fill front to back instead of all over the file.
    static func keyOrder(_ incidents: [Incident]) -> [Int] {
        let days = incidents.map { IncidentKey.dayNumber($0.date?.latestDay) }
        return incidents.indices.sorted { (days[$0], $0) < (days[$1], $1) }
    }

    /// Batches with at least this many incidents may fill the search index in one pass.
    public static let bulkThreshold = 10_000

    // MARK: Attachments

    public func attach(_ attachment: Attachment, content: [UInt8], by editor: Editor) async throws -> Attachment {
        let prepared = try ContentDigest.prepare(attachment, content: content)
        let now = clock()
        return try await write { db in
            try Self.storeContent(content, in: db)
            var writer = RecordWriter(db: db, editor: editor, now: now)
            return try writer.put(prepared, checkLinks: true).stored
        }
    }

    /// Stores a file's bytes unless bytes with that digest are stored already.
    static func storeContent(_ bytes: [UInt8], in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO attachment_content (sha256, bytes) VALUES (?, ?) ON CONFLICT(sha256) DO NOTHING")
            .execute(arguments: [ContentDigest.sha256(bytes), Data(bytes)])
    }

    public func content(sha256: String) async throws -> [UInt8]? {
        try await read { db in
            try Data.fetchOne(db.cachedStatement(sql: "SELECT bytes FROM attachment_content WHERE sha256 = ?"), arguments: [sha256]).map { [UInt8]($0) }
        }
    }

    public func incidentsWithAttachments() async throws -> Set<Incident.ID> {
        try await read { db in Set(try String.fetchAll(db, sql: "SELECT DISTINCT incident_id FROM attachment").map { Incident.ID($0) }) }
    }

    public func attachments(of incident: Incident.ID, as viewer: Clearance) async throws -> [Attachment] {
        try await read { db in
            try String.fetchAll(db.cachedStatement(sql: """
                SELECT r.body FROM attachment t JOIN revision r ON r.seq = t.revision_seq
                WHERE t.incident_id = ? AND t.confidentiality <= ? ORDER BY t.name, t.id
                """), arguments: [incident.rawValue, viewer.level.rank]).map { try RecordCoding.decode(Attachment.self, from: $0) }
        }
    }

    // MARK: Users

    public func user(named name: String) async throws -> UserAccount? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM user_account WHERE name = ?", arguments: [name]).map(Self.account)
        }
    }

    public func users() async throws -> [UserAccount] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM user_account ORDER BY name").map(Self.account)
        }
    }

    public func save(user: UserAccount, by editor: Editor) async throws {
        let now = clock()
        try await write { db in
            let old = try Row.fetchOne(db, sql: "SELECT * FROM user_account WHERE name = ?", arguments: [user.name]).map(Self.account)
            try db.execute(sql: """
                INSERT INTO user_account (name, role, password_hash, created_at, disabled, totp_secret, recovery_codes)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash,
                    created_at = excluded.created_at, disabled = excluded.disabled, totp_secret = excluded.totp_secret,
                    recovery_codes = excluded.recovery_codes
                """, arguments: [user.name, user.role.rawValue, user.passwordHash,
                                 user.createdAt.timeIntervalSinceReferenceDate, user.disabled, user.totpSecret,
                                 user.recoveryCodes.joined(separator: " ")])
            try RecordWriter.appendAudit(old == nil ? .create : .update, kind: "user", id: user.name, revision: nil,
                                         before: try old.map { try RecordCoding.encode(AccountSummary($0)) },
                                         after: try RecordCoding.encode(AccountSummary(user)), by: editor, at: now, in: db)
        }
    }

    public func deleteUser(named name: String, by editor: Editor) async throws {
        let now = clock()
        try await write { db in
            guard let old = try Row.fetchOne(db, sql: "SELECT * FROM user_account WHERE name = ?", arguments: [name]).map(Self.account) else {
                throw ArchiveError.invalid("no user '\(name)'")
            }
            try db.execute(sql: "DELETE FROM user_account WHERE name = ?", arguments: [name])
            try RecordWriter.appendAudit(.delete, kind: "user", id: name, revision: nil,
                                         before: try RecordCoding.encode(AccountSummary(old)), after: nil,
                                         by: editor, at: now, in: db)
        }
    }

    private static func account(_ row: Row) throws -> UserAccount {
        let role: String = row["role"]
        guard let parsed = UserAccount.Role(rawValue: role) else { throw ArchiveError.storage("unknown role '\(role)'") }
        return UserAccount(name: row["name"], role: parsed, passwordHash: row["password_hash"],
                           createdAt: Date(timeIntervalSinceReferenceDate: row["created_at"]), disabled: row["disabled"],
                           totpSecret: row["totp_secret"], recoveryCodes: (row["recovery_codes"] as String).split(separator: " ").map(String.init))
    }

    // MARK: Internals

    /// Runs a read, turning SQLite errors into archive errors.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do { return try await writer.read(body) } catch let error as DatabaseError { throw Self.storageError(error) }
    }

    /// Runs a write in one transaction, turning SQLite errors into archive errors.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do { return try await writer.write(body) } catch let error as DatabaseError { throw Self.storageError(error) }
    }

    static func storageError(_ error: DatabaseError) -> ArchiveError {
        .storage("archive storage failed: \(error.message ?? error.description)")
    }

    /// The SQL condition that hides records above the viewer's clearance (places have no level).
    static func visibility(_ kind: RecordKind, _ viewer: Clearance, alias: String = "t") -> String {
        kind == .place ? "" : "AND \(alias).confidentiality <= \(viewer.level.rank)"
    }

    /// The persons, organisations and sources above the viewer's clearance, among those the
    /// incidents link to (all of them when no incidents are given).
    static func hiddenRecords(for viewer: Clearance, linkedFrom incidents: [Incident]? = nil, in db: Database) throws -> HiddenRecords {
        guard viewer.level != .confidential else { return HiddenRecords() }
        func above(_ table: String, among ids: Set<String>?) throws -> [String] {
            guard let ids, ids.count <= 500 else {
                return try String.fetchAll(db, sql: "SELECT id FROM \(table) WHERE confidentiality > ?", arguments: [viewer.level.rank])
            }
            guard !ids.isEmpty else { return [] }
            // The ids as one JSON array, so that the statement's text is always the same and stays compiled.
            let list = String(decoding: try JSONEncoder().encode(Array(ids)), as: UTF8.self)
            let statement = try db.cachedStatement(sql: """
                SELECT id FROM \(table) WHERE confidentiality > ? AND id IN (SELECT value FROM json_each(?))
                """)
            return try String.fetchAll(statement, arguments: [viewer.level.rank, list])
        }
        let persons = incidents.map { Set($0.flatMap { $0.persons.map(\.personID.rawValue) }) }
        let organizations = incidents.map { Set($0.flatMap { $0.organizations.map(\.organizationID.rawValue) }) }
        let sources = incidents.map { Set($0.flatMap { $0.passages.map(\.sourceID.rawValue) }) }
        return HiddenRecords(persons: Set(try above("person", among: persons).map { Person.ID($0) }),
                             organizations: Set(try above("organization", among: organizations).map { Organization.ID($0) }),
                             sources: Set(try above("source", among: sources).map { Source.ID($0) }))
    }

    /// The JSON new incidents will be stored with (at revision 1), encoded on every core ahead of the
    /// write; `nil` for updates and where encoding failed (the write then encodes and reports).
    static func encodeIncidentsConcurrently(_ incidents: [Incident]) -> [String?]? {
        guard incidents.count >= 1_000 else { return nil }
        @Sendable func encode(_ incident: Incident) -> String? {
            guard incident.revision == 0 else { return nil }
            var stored = incident
            stored.revision = 1
            return IncidentJSON.encode(stored)
        }
        let chunks = ProcessInfo.processInfo.activeProcessorCount * 4
        let size = (incidents.count + chunks - 1) / chunks
        let results = EncodedChunks(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * size)..<min(incidents.count, (chunk + 1) * size)
            guard !range.isEmpty else { return }
            results.set(chunk, incidents[range].map(encode))
        }
        return results.joined()
    }
}

/// Results of a concurrent encoding, one slot per chunk.
private final class EncodedChunks: @unchecked Sendable {
    private var chunks: [[String?]]
    private let lock = NSLock()
    init(count: Int) { chunks = Array(repeating: [], count: count) }
    func set(_ index: Int, _ values: [String?]) { lock.withLock { chunks[index] = values } }
    func joined() -> [String?] { chunks.flatMap { $0 } }
}
