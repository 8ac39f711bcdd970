import Archive
import CivicModel
import Foundation
import GRDB
import Testing

@testable import ArchiveSQLite

/// Backups of the embedded archive: consistent copies of a file in use, checked, and restored in place.
@Suite struct SQLiteBackupTests {
    /// A file holding the small world, an account and one edit (so there is history to copy).
    func archiveWithHistory() async throws -> (SQLiteArchive, String) {
        let path = TemporaryFile.path(extension: "sqlite")
        let archive = try SQLiteArchive(path: path)
        try await archive.write(try World.batch, by: .system)
        try await archive.save(user: UserAccount(name: "saule", role: .editor, passwordHash: "$2b$12$notarealhash",
                                                 createdAt: Date(timeIntervalSince1970: 1_600_000_000)), by: .system)
        var incident = try #require(try await archive.fetch(Incident.self, id: "inc-1", as: .everything))
        incident.summary += " (edited)"
        _ = try await archive.save(incident, by: Editor("saule"))
        return (archive, path)
    }

    /// Whether two snapshots hold the same records.
    static func same(_ a: ArchiveBatch, _ b: ArchiveBatch) -> Bool {
        a.incidents == b.incidents && a.persons == b.persons && a.organizations == b.organizations
            && a.places == b.places && a.sources == b.sources
    }

    @Test func aCopyIsOneCheckedFileHoldingRecordsHistoryAndAccounts() async throws {
        let (archive, path) = try await archiveWithHistory()
        // A folder of its own: other tests take copies in the temporary folder at the same time.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kuzet-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("copy.sqlite").path
        var reported: [Double] = []
        let summary = try SQLiteBackup.copy(from: path, to: copy) { reported.append($0) }

        // One self-contained file: no write-ahead log beside it, and nothing temporary left in the folder.
        #expect(!FileManager.default.fileExists(atPath: copy + "-wal"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["copy.sqlite"])
        #expect(reported.last == 1)
        #expect(summary.rows["incident"] == 5)
        #expect(summary.rows["user_account"] == 1)
        #expect(summary.rows["attachment"] == 0)
        #expect(summary.migrations == ["v1-records-links-search-audit", "v2-search-words", "v3-attachments", "v4-two-step-sign-in", "v5-recovery-codes"])
        #expect(try SQLiteBackup.check(copy, thorough: true) == summary)

        // Opened as an archive, the copy holds the same records, the same history and the same accounts.
        let restored = try SQLiteArchive(path: copy)
        #expect(Self.same(try await restored.snapshot(as: .everything), try await archive.snapshot(as: .everything)))
        #expect(try await restored.auditLog(AuditQuery()).count == archive.auditLog(AuditQuery()).count)
        #expect(try await restored.revisions(of: .incident, id: "inc-1").count == 2)
        #expect(try await restored.users().map(\.name) == ["saule"])
        #expect(try await restored.ids(IncidentQuery(text: "edited")) == ["inc-1"])
    }

    @Test func aCopyTakenWhileAnotherConnectionWritesIsTheArchiveAtOneMoment() async throws {
        let (_, path) = try await archiveWithHistory()
        let writer = try SQLiteArchive(path: path)
        let day = try PartialDate(iso: "2021-03-04")
        // Writes one incident at a time while the copy is taken.
        let writing = Task {
            for n in 0..<200 {
                let incident = Incident(id: Incident.ID("inc-during-\(n)"), date: day, eventType: .warning,
                                        summary: "A warning handed to organiser number \(n).", places: ["pla-almaty"])
                try await writer.write(ArchiveBatch(incidents: [incident]), by: .system)
            }
        }
        let copy = TemporaryFile.path(extension: "sqlite")
        try await Task.sleep(for: .milliseconds(20))
        let summary = try SQLiteBackup.copy(from: path, to: copy)
        try await writing.value

        // Whatever moment it caught, the copy is whole: each incident it holds has its revision and audit entry.
        let copied = try SQLiteArchive(path: copy)
        let incidents = try await copied.count(Incident.self, as: .everything)
        #expect(incidents == summary.rows["incident"])
        #expect((5...205).contains(incidents))
        let created = try await copied.auditLog(AuditQuery()).filter { $0.recordKind == "incident" && $0.action == .create }
        #expect(created.count == incidents)
    }

    @Test func aCopyNeverOverwritesAndNeedsAnArchive() async throws {
        let (_, path) = try await archiveWithHistory()
        let taken = TemporaryFile.path(extension: "sqlite")
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: taken))
        #expect(throws: ArchiveError.self) { try SQLiteBackup.copy(from: path, to: taken) }
        #expect(try String(contentsOfFile: taken, encoding: .utf8) == "keep me")

        let missing = TemporaryFile.path(extension: "sqlite")
        let error = #expect(throws: ArchiveError.self) { try SQLiteBackup.copy(from: missing, to: TemporaryFile.path(extension: "sqlite")) }
        #expect(error?.message.contains("no archive") == true)
    }

    @Test func aCheckRefusesFilesThatAreNotWholeArchives() async throws {
        // Not SQLite at all.
        let text = TemporaryFile.path(extension: "sqlite")
        try Data("a plain note, not a database".utf8).write(to: URL(fileURLWithPath: text))
        #expect(throws: ArchiveError.self) { try SQLiteBackup.check(text) }

        // SQLite, but some other program's.
        let other = TemporaryFile.path(extension: "sqlite")
        try await DatabaseQueue(path: other).write { db in try db.execute(sql: "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')") }
        let notOurs = #expect(throws: ArchiveError.self) { try SQLiteBackup.check(other) }
        #expect(notOurs?.message.contains("not a Kuzet archive") == true)

        // A backup cut short (a copy interrupted mid-way, a disk that filled up).
        let (_, path) = try await archiveWithHistory()
        let copy = TemporaryFile.path(extension: "sqlite")
        try SQLiteBackup.copy(from: path, to: copy)
        let whole = try Data(contentsOf: URL(fileURLWithPath: copy))
        let cut = TemporaryFile.path(extension: "sqlite")
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: cut))
        #expect(throws: ArchiveError.self) { try SQLiteBackup.check(cut, thorough: true) }
    }

    @Test func aRestoreReplacesAnArchiveInUseAndItsReadersSeeTheBackup() async throws {
        let (archive, path) = try await archiveWithHistory()
        let backup = TemporaryFile.path(extension: "sqlite")
        try SQLiteBackup.copy(from: path, to: backup)
        let before = try await archive.snapshot(as: .everything)

        // After the backup, someone deletes an incident; the archive stays open (as a server keeps it).
        try await archive.delete(Incident.self, id: "inc-2", by: .system)
        #expect(try await archive.count(Incident.self, as: .everything) == 4)

        let summary = try SQLiteBackup.restore(from: backup, into: path)
        #expect(summary.rows["incident"] == 5)
        // The open archive reads the restored file at once, still in WAL mode.
        #expect(Self.same(try await archive.snapshot(as: .everything), before))
        #expect(try await archive.journalMode() == "wal")
        #expect(try await archive.ids(IncidentQuery(text: "bokaev")) == ["inc-2", "inc-1"])
    }

    @Test func aRestoreIntoANewPathMakesAnArchive() async throws {
        let (archive, path) = try await archiveWithHistory()
        let backup = TemporaryFile.path(extension: "sqlite")
        try SQLiteBackup.copy(from: path, to: backup)
        let fresh = TemporaryFile.path(extension: "sqlite")
        try SQLiteBackup.restore(from: backup, into: fresh)
        let reopened = try SQLiteArchive(path: fresh)
        #expect(Self.same(try await reopened.snapshot(as: .everything), try await archive.snapshot(as: .everything)))
        #expect(try await reopened.journalMode() == "wal")
    }
}
