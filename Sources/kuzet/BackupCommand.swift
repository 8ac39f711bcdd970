import Archive
import ArchivePostgres
import ArchiveSQLite
import ArgumentParser
import CivicModel
import Foundation

/// `kuzet backup`: consistent, checked copies of the archive while it is in use, and putting one back.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Back up the archive while it is in use, check a backup, or restore one.",
        discussion: """
        A SQLite archive is copied with SQLite's online backup API in one read transaction: the copy is the archive \
        at one moment, whatever a running server writes meanwhile. It becomes one self-contained .sqlite file, checked \
        (structure, migrations, and row counts equal to the archive's at that moment) before it is renamed into place. \
        A PostgreSQL archive is dumped with pg_dump (custom format, a consistent snapshot) and checked with \
        pg_restore --list. Backups hold confidential records and password hashes: keep them as carefully as the archive.
        """,
        subcommands: [BackupCreate.self, BackupCheck.self, BackupRestore.self],
        defaultSubcommand: BackupCreate.self)
}

/// `kuzet backup create` (the default): one backup into a file or a folder, keeping the newest N there.
struct BackupCreate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Write a checked backup of the archive (the default subcommand).")

    @OptionGroup var archiveOptions: ArchiveOptions

    @Option(help: "A file, or a folder for a file named kuzet-NAME-YYYYMMDD-HHMMSS.sqlite (.dump for PostgreSQL). Default: ./backups/")
    var to: String = "backups/"

    @Option(help: "In a folder, keep only the newest N backups of this archive (older ones named as above are deleted).")
    var keep: Int?

    @Flag(help: "Print what was written as JSON.")
    var json = false

    func validate() throws {
        if let keep, keep < 1 { throw ValidationError("--keep must be at least 1") }
    }

    func run() async throws {
        let location = archiveOptions.location
        let target = try BackupName(archive: location)
        let intoFolder = to.hasSuffix("/") || BackupName.isDirectory(to)
        if keep != nil, !intoFolder { throw CLIError("--keep needs --to to name a folder") }
        if intoFolder {
            do {
                try FileManager.default.createDirectory(atPath: to, withIntermediateDirectories: true)
            } catch {
                throw CLIError("no backup written: cannot create the folder \(to) (\(error.localizedDescription))")
            }
        }
        let file = intoFolder ? target.freshFile(in: to, at: Date()) : to

        let report: BackupReport
        do {
            if let postgres = target.postgres {
                let tables = try PostgresDump.dump(postgres, to: file)
                report = BackupReport(file: file, bytes: BackupName.size(of: file), archive: postgres.description,
                                      rows: nil, tables: tables)
            } else {
                var bar = ProgressBar(total: 100, label: "backing up")
                let summary = try SQLiteBackup.copy(from: location, to: file) { bar.update(Int($0 * 100)) }
                bar.finish()
                report = BackupReport(file: file, bytes: summary.bytes, archive: location, rows: summary.rows, tables: nil)
            }
        } catch let error as ArchiveError {
            throw CLIError("no backup written: \(error.message)")
        }
        let removed = intoFolder ? try target.prune(folder: to, keeping: keep) : []
        if json {
            try printJSON(report)
        } else {
            print("backup of \(report.archive ?? location) written to \(file) (\(BackupName.megabytes(report.bytes)), checked)")
            if let rows = report.rows {
                print("  " + SQLiteBackup.describe(rows))
            }
            for old in removed { print("  removed older backup \(old)") }
        }
    }
}

/// `kuzet backup check FILE`: whether a backup is whole and what it holds.
struct BackupCheck: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a backup file (SQLite or PostgreSQL dump) without changing it.")

    @Argument(help: "The backup file.")
    var file: String

    @Flag(help: "SQLite: run the full integrity check (slower) rather than the quick one.")
    var thorough = false

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() async throws {
        let report: BackupReport
        do {
            if PostgresDump.isDump(file) {
                report = BackupReport(file: file, bytes: BackupName.size(of: file), archive: nil, rows: nil,
                                      tables: try PostgresDump.check(file))
            } else {
                let summary = try SQLiteBackup.check(file, thorough: thorough)
                report = BackupReport(file: file, bytes: summary.bytes, archive: nil, rows: summary.rows, tables: nil,
                                      migrations: summary.migrations)
            }
        } catch let error as ArchiveError {
            throw CLIError(error.message)
        }
        if json { return try printJSON(report) }
        print("\(file): a whole Kuzet backup (\(BackupName.megabytes(report.bytes)))")
        if let rows = report.rows {
            print("  " + SQLiteBackup.describe(rows))
            print("  migrations: \(report.migrations?.joined(separator: ", ") ?? "")")
        }
        if let tables = report.tables { print("  tables with data: \(tables.joined(separator: ", "))") }
    }
}

/// `kuzet backup restore FILE`: puts a backup in place of the archive, saving the current one first.
struct BackupRestore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Restore a backup into the archive (an existing archive is replaced only with --force, and saved first).",
        discussion: """
        The backup is checked first. A SQLite archive is replaced in one write transaction, so a server reading it sees \
        the old archive or the restored one, never a mixture, and a running server serves the restored one from its next \
        request. With --force the current archive is first saved beside it as \
        kuzet-NAME-before-restore-YYYYMMDD-HHMMSS (a damaged one is moved aside instead). The restored archive is \
        brought up to this version's schema.
        """)

    @Argument(help: "The backup file: a .sqlite copy for a SQLite archive, a pg_dump file for PostgreSQL.")
    var file: String

    @OptionGroup var archiveOptions: ArchiveOptions

    @Flag(help: "Replace an archive that holds records (it is saved first).")
    var force = false

    func run() async throws {
        let location = archiveOptions.location
        let target = try BackupName(archive: location)
        do {
            if let postgres = target.postgres {
                guard PostgresDump.isDump(file) else {
                    throw CLIError("\(file) is not a PostgreSQL dump; a SQLite backup goes back into a SQLite archive (or use kuzet migrate)")
                }
                _ = try PostgresDump.check(file)
                let existing = try await ArchiveOptions.open(location)
                let holdsRecords = try await ArchiveDigest.counts(of: existing).values.contains { $0 > 0 }
                await (existing as? PostgresArchive)?.shutdown()
                if holdsRecords {
                    guard force else { throw CLIError("\(postgres.description) holds records; --force replaces them (after saving them)") }
                    let saved = target.savedBeforeRestore(besides: file)
                    try PostgresDump.dump(postgres, to: saved)
                    print("saved the current archive as \(saved)")
                }
                try PostgresDump.restore(from: file, into: postgres)
            } else {
                guard !PostgresDump.isDump(file) else {
                    throw CLIError("\(file) is a PostgreSQL dump; restore it into a postgres:// database (or migrate afterwards)")
                }
                let checked = try SQLiteBackup.check(file)
                if FileManager.default.fileExists(atPath: location) {
                    guard force else { throw CLIError("\(location) exists; --force replaces it (after saving it)") }
                    let saved = target.savedBeforeRestore(besides: location)
                    do {
                        try SQLiteBackup.copy(from: location, to: saved)
                        print("saved the current archive as \(saved)")
                        try SQLiteBackup.restore(from: file, into: location, checked: checked)
                    } catch let error as ArchiveError where !FileManager.default.fileExists(atPath: saved) {
                        // The current file cannot be read as an archive: keep it aside, untouched, and start afresh.
                        let aside = saved + ".unreadable"
                        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: location + suffix) {
                            try FileManager.default.moveItem(atPath: location + suffix, toPath: aside + suffix)
                        }
                        print("the current archive could not be read (\(error.message)); moved it aside as \(aside)")
                        try SQLiteBackup.restore(from: file, into: location, checked: checked)
                    }
                } else {
                    try SQLiteBackup.restore(from: file, into: location, checked: checked)
                }
            }
        } catch let error as ArchiveError {
            throw CLIError("not restored: \(error.message)")
        }
        // Brings an older backup's schema up to date, as opening does.
        let archive = try await ArchiveOptions.open(location)
        let counts = try await ArchiveDigest.counts(of: archive)
        await (archive as? PostgresArchive)?.shutdown()
        print("restored \(file) into \(PostgresLocation.redacted(location)): "
              + RecordKind.allCases.compactMap { kind in counts[kind].map { "\(kind.rawValue) \($0)" } }.joined(separator: ", "))
    }
}

/// What a backup command wrote or found, for `--json`.
struct BackupReport: Encodable {
    var file: String
    var bytes: Int
    var archive: String?
    var rows: [String: Int]?
    var tables: [String]?
    var migrations: [String]?
}
