import ArchivePostgres
import Foundation
import Testing

/// `kuzet backup`: create, check and restore, as an administrator runs them.
@Suite("kuzet backup", .serialized)
struct BackupCommandTests {
    let migrate = MigrateCommandTests()

    func backups(in dir: URL, folder: String = "backups") throws -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent(folder).path))?.sorted() ?? []
    }

    @Test func writesCheckedBackupsIntoAFolderAndKeepsTheNewest() throws {
        let dir = try migrate.seeded()
        for _ in 0..<3 {
            let run = try KuzetProcess.run(["backup", "--database", "a.sqlite", "--keep", "2"], in: dir)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("checked"))
            #expect(run.stdout.contains("incident 3"))
        }
        let kept = try backups(in: dir)
        #expect(kept.count == 2)
        #expect(kept.allSatisfy { $0.wholeMatch(of: /kuzet-a-\d{8}-\d{6}(-\d+)?\.sqlite/) != nil })

        let check = try KuzetProcess.run(["backup", "check", "backups/\(kept[0])", "--json"], in: dir)
        #expect(check.status == 0, "\(check.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any]
        let rows = report?["rows"] as? [String: Int]
        #expect(rows?["incident"] == 3)
        #expect(rows?["audit_log"] ?? 0 >= 3)
    }

    @Test func badInputGetsOneLineAndWritesNothing() throws {
        let dir = try migrate.seeded()
        let missing = try KuzetProcess.run(["backup", "--database", "nowhere.sqlite"], in: dir)
        #expect(missing.status != 0)
        #expect(missing.stderr.split(separator: "\n").count == 1)
        #expect(missing.stderr.contains("no archive at nowhere.sqlite"))
        #expect(try backups(in: dir).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("nowhere.sqlite").path))

        try Data("not a backup".utf8).write(to: dir.appendingPathComponent("note.sqlite"))
        for arguments in [["backup", "check", "note.sqlite"], ["backup", "check", "absent.sqlite"],
                          ["backup", "restore", "note.sqlite", "--database", "b.sqlite"]] {
            let run = try KuzetProcess.run(arguments, in: dir)
            #expect(run.status != 0, "\(arguments)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(arguments): \(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("b.sqlite").path))

        let noFolder = try KuzetProcess.run(["backup", "--database", "a.sqlite", "--to", "nowhere/x.sqlite"], in: dir)
        #expect(noFolder.status != 0)
        #expect(noFolder.stderr.contains("there is no folder"))
        #expect(noFolder.stderr.split(separator: "\n").count == 1)

        let keepWithoutFolder = try KuzetProcess.run(["backup", "--database", "a.sqlite", "--to", "one.sqlite", "--keep", "1"], in: dir)
        #expect(keepWithoutFolder.status != 0)
    }

    @Test func restoreReplacesAnArchiveOnlyWhenForcedAndSavesItFirst() throws {
        let dir = try migrate.seeded()
        let original = try migrate.export("a.sqlite", in: dir)
        let backup = try KuzetProcess.run(["backup", "--database", "a.sqlite", "--to", "a-backup.sqlite"], in: dir)
        #expect(backup.status == 0, "\(backup.stderr)")

        // A change after the backup.
        let more = #"{"id":"m-4","source":"memo.txt","date":"2023-05-01","event_type":"fine","summary":"A poet was fined after a reading in a park","locations":["Almaty"]}"#
        try more.write(to: dir.appendingPathComponent("more.jsonl"), atomically: true, encoding: .utf8)
        #expect(try KuzetProcess.run(["import", "more.jsonl", "--database", "a.sqlite"], in: dir).status == 0)
        let changed = try migrate.export("a.sqlite", in: dir)
        #expect(changed != original)

        let refused = try KuzetProcess.run(["backup", "restore", "a-backup.sqlite", "--database", "a.sqlite"], in: dir)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--force"))
        #expect(try migrate.export("a.sqlite", in: dir) == changed)

        let restored = try KuzetProcess.run(["backup", "restore", "a-backup.sqlite", "--database", "a.sqlite", "--force"], in: dir)
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(try migrate.export("a.sqlite", in: dir) == original)
        // The archive as it was before the restore is kept beside it.
        let saved = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains("before-restore") }
        #expect(saved.count == 1)
        #expect(try migrate.export(saved[0], in: dir) == changed)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["KUZET_TEST_POSTGRES_URL"] != nil,
                   "set KUZET_TEST_POSTGRES_URL to back up a PostgreSQL archive"))
    func backsUpAndRestoresAPostgresArchive() async throws {
        let server = try #require(ProcessInfo.processInfo.environment["KUZET_TEST_POSTGRES_URL"])
        let dir = try migrate.seeded()
        let name = "kuzet_backup_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
        let url = try await PostgresServer.createDatabase(named: String(name), besides: server)
        #expect(try KuzetProcess.run(["migrate", "--from", "a.sqlite", "--to", url], in: dir).status == 0)
        let original = try migrate.export(url, in: dir)

        let backup = try KuzetProcess.run(["backup", "--database", url, "--to", "pg/"], in: dir)
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(!backup.stdout.contains(try #require(PostgresLocation(url: url).password)))
        let dumps = try backups(in: dir, folder: "pg")
        #expect(dumps.count == 1)
        let check = try KuzetProcess.run(["backup", "check", "pg/\(dumps[0])"], in: dir)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("incidents"))

        // A SQLite backup does not go into PostgreSQL, nor a dump into a SQLite file.
        #expect(try KuzetProcess.run(["backup", "restore", "pg/\(dumps[0])", "--database", "z.sqlite"], in: dir).status != 0)

        let more = #"{"id":"m-5","source":"memo.txt","date":"2023-06-01","event_type":"warning","summary":"A choir was warned before singing in a square","locations":["Almaty"]}"#
        try more.write(to: dir.appendingPathComponent("more.jsonl"), atomically: true, encoding: .utf8)
        #expect(try KuzetProcess.run(["import", "more.jsonl", "--database", url], in: dir).status == 0)
        #expect(try migrate.export(url, in: dir) != original)

        let refused = try KuzetProcess.run(["backup", "restore", "pg/\(dumps[0])", "--database", url], in: dir)
        #expect(refused.status != 0)
        let restored = try KuzetProcess.run(["backup", "restore", "pg/\(dumps[0])", "--database", url, "--force"], in: dir)
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(try migrate.export(url, in: dir) == original)
        #expect(try backups(in: dir, folder: "pg").contains { $0.contains("before-restore") })
        try await PostgresServer.dropDatabase(named: String(name), besides: server)
    }
}
