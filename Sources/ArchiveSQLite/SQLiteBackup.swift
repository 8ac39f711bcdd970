import Archive
import Foundation
import GRDB

/// Backups of the embedded archive: a consistent copy of a file that may be in use (a server serving
/// it, an import writing to it), checked before it counts as a backup, and put back the same way.
///
/// A copy is taken with SQLite's online backup API inside one read transaction, so it is the archive
/// as it stood at one moment, whatever writes come meanwhile. It is written beside its destination
/// under a temporary name, made a single self-contained file (rollback journal rather than WAL),
/// checked (`PRAGMA quick_check`, the migrations, and row counts equal to the source's at that
/// moment) and only then renamed into place: a failed or interrupted backup leaves nothing behind.
public enum SQLiteBackup {
    /// What an archive file holds: its migrations and the rows of each table a backup is checked by.
    public struct Summary: Equatable, Sendable {
        public var migrations: [String]
        public var rows: [String: Int]
        /// The file's size in bytes.
        public var bytes: Int

        /// Rows per table, in a fixed order: "incident 209, person 153, …".
        public var description: String { SQLiteBackup.describe(rows) }
    }

    /// The tables whose row counts a copy must match: the records, their history and the accounts.
    public static let countedTables = ["incident", "person", "organization", "place", "source", "revision", "audit_log", "user_account"]
    /// Counted too where a file has them: tables of later migrations (a backup from before them still restores).
    public static let laterTables = ["attachment", "attachment_content"]

    /// Rows per counted table, in their fixed order: "incident 209, person 153, …".
    public static func describe(_ rows: [String: Int]) -> String {
        (countedTables + laterTables).compactMap { table in rows[table].map { "\(table) \($0)" } }.joined(separator: ", ")
    }

    /// Database pages copied per step (16 MB of 4 KB pages), between progress reports.
    static let pagesPerStep: CInt = 4_096

    /// Copies the archive at `source` into a new file at `destination`, which must not exist.
    /// `progress` is told the fraction copied so far. Returns what the copy holds.
    @discardableResult
    public static func copy(from source: String, to destination: String,
                            progress: @escaping (Double) -> Void = { _ in }) throws -> Summary {
        guard FileManager.default.fileExists(atPath: source) else { throw ArchiveError.storage("no archive at \(source)") }
        let file = try BackupFile(destination)
        let temporary = file.temporary
        defer { file.removeLeftovers() }
        let reader = try open(source, readOnly: true)
        let target = try open(temporary, readOnly: false)
        let expected: Summary = try guarded(source) {
            try reader.read { from in
                let summary = try summarize(from, path: source)
                try target.writeWithoutTransaction { to in
                    try from.backup(to: to, pagesPerStep: pagesPerStep) { step in
                        progress(step.isCompleted ? 1 : Double(step.completedPageCount) / Double(max(step.totalPageCount, 1)))
                    }
                    // One self-contained file: a backup is copied, mailed and archived on its own.
                    try to.execute(sql: "PRAGMA journal_mode = DELETE")
                }
                return summary
            }
        }
        try target.close()
        let copied = try check(temporary)
        guard copied.rows == expected.rows, copied.migrations == expected.migrations else {
            throw ArchiveError.storage("the copy of \(source) does not match it (\(copied.description) against \(expected.description)); nothing was kept")
        }
        try file.place()
        var summary = copied
        summary.bytes = fileSize(destination)
        return summary
    }

    /// Checks a backup (or any archive file) without changing it: SQLite's structural check (`quick_check`,
    /// or the slower `integrity_check` when `thorough`), and that it is a Kuzet archive this version knows.
    public static func check(_ path: String, thorough: Bool = false) throws -> Summary {
        guard FileManager.default.fileExists(atPath: path) else { throw ArchiveError.storage("no file at \(path)") }
        guard BackupFile.header(of: path, count: 16) == Data("SQLite format 3\0".utf8) else {
            throw ArchiveError.storage("\(path) is not a SQLite archive")
        }
        let queue = try open(path, readOnly: true)
        defer { try? queue.close() }
        return try guarded(path) {
            try queue.read { db in
                let problems = try String.fetchAll(db, sql: thorough ? "PRAGMA integrity_check" : "PRAGMA quick_check")
                guard problems == ["ok"] else {
                    throw ArchiveError.storage("\(path) is damaged: \(problems.prefix(3).joined(separator: "; "))")
                }
                return try summarize(db, path: path)
            }
        }
    }

    /// Puts the backup at `backup` in place of the archive at `target` in one write transaction, so that
    /// readers of the target (a running server) see either the old archive or the restored one, never a
    /// mixture. The backup is checked first (pass `checked`, what `check` said of it, when it was checked already); a target that is not a readable archive is refused (move it
    /// away first). Returns what the target now holds.
    @discardableResult
    public static func restore(from backup: String, into target: String, checked: Summary? = nil) throws -> Summary {
        if !FileManager.default.fileExists(atPath: target) {
            // Nothing to replace: a fresh copy, checked as every copy is; the archive opens it in WAL mode as usual.
            return try copy(from: backup, to: target)
        }
        let expected = try checked ?? check(backup)
        let reader = try open(backup, readOnly: true)
        var config = Configuration()
        config.busyMode = .timeout(10)
        let writer = try guarded(target) { try DatabasePool(path: target, configuration: config) }
        try guarded(target) {
            try reader.read { from in
                try writer.writeWithoutTransaction { to in try from.backup(to: to) }
            }
        }
        try writer.close()
        let restored = try check(target)
        guard restored.rows == expected.rows, restored.migrations == expected.migrations else {
            throw ArchiveError.storage("the restored archive \(target) does not match the backup (\(restored.description))")
        }
        return restored
    }

    // MARK: Helpers

    static func summarize(_ db: Database, path: String) throws -> Summary {
        let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
        guard tables.contains("grdb_migrations"), countedTables.allSatisfy(tables.contains) else {
            throw ArchiveError.storage("\(path) is a SQLite file but not a Kuzet archive")
        }
        let migrations = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        let known = SQLiteArchive.migrator.migrations
        if let unknown = migrations.first(where: { !known.contains($0) }) {
            throw ArchiveError.storage("\(path) was written by a newer Kuzet (migration \(unknown)); use that version")
        }
        var rows: [String: Int] = [:]
        for table in countedTables + laterTables.filter(tables.contains) {
            rows[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
        }
        return Summary(migrations: migrations, rows: rows, bytes: fileSize(path))
    }

    static func open(_ path: String, readOnly: Bool) throws -> DatabaseQueue {
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(10)
        return try guarded(path) { try DatabaseQueue(path: path, configuration: config) }
    }

    /// Runs `body`, turning SQLite's errors into one-line archive errors that name the file.
    static func guarded<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            let reason = error.resultCode == .SQLITE_NOTADB ? "not a SQLite archive" : (error.message ?? error.description)
            throw ArchiveError.storage("\(path): \(reason)")
        }
    }

    static func fileSize(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }
}
