import Archive
import Foundation

/// Backups of a PostgreSQL archive with PostgreSQL's own tools, which take a consistent snapshot of
/// a database in use: `pg_dump` in its custom format holds everything (records, revisions, the audit
/// log, accounts), `pg_restore --list` checks a dump can be read and holds the archive's tables, and
/// `pg_restore` puts one back in a single transaction. The password travels in the tools'
/// environment, never on their command line.
public enum PostgresDump {
    /// The tables whose data a dump of an archive must hold.
    public static let requiredTables = ["incidents", "persons", "organizations", "places", "sources", "revisions", "audit_log", "users"]

    /// Dumps the database at `location` into a new file at `destination` (which must not exist); the dump
    /// is checked before it is renamed into place. Returns the tables it holds data for.
    @discardableResult
    public static func dump(_ location: PostgresLocation, to destination: String) throws -> [String] {
        let file = try BackupFile(destination)
        defer { file.removeLeftovers() }
        try run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file=\(file.temporary)"], on: location)
        let tables = try check(file.temporary)
        try file.place()
        return tables
    }

    /// Whether a file is a readable PostgreSQL dump of a Kuzet archive; returns the tables it holds data for.
    public static func check(_ path: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { throw ArchiveError.storage("no file at \(path)") }
        guard isDump(path) else {
            throw ArchiveError.storage("\(path) is not a PostgreSQL dump (a SQLite backup is restored into a SQLite archive)")
        }
        let listing = try run("pg_restore", ["--list", path], on: nil)
        // Lines such as "3412; 0 16402 TABLE DATA public incidents kuzet".
        let tables = listing.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard let data = words.firstIndex(of: "DATA"), data > 0, words[data - 1] == "TABLE", words.count > data + 2 else { return nil }
            return String(words[data + 2])
        }
        let missing = requiredTables.filter { !tables.contains($0) }
        guard missing.isEmpty else {
            throw ArchiveError.storage("\(path) is a PostgreSQL dump but not of a Kuzet archive (no \(missing.joined(separator: ", ")))")
        }
        return tables.sorted()
    }

    /// Whether a file begins as a `pg_dump` custom-format file does.
    public static func isDump(_ path: String) -> Bool {
        BackupFile.header(of: path, count: 5) == Data("PGDMP".utf8)
    }

    /// Restores a dump into the database at `location`, replacing the archive there, in one transaction:
    /// if anything fails, the database is as it was.
    public static func restore(from path: String, into location: PostgresLocation) throws {
        _ = try check(path)
        try run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
                               "--exit-on-error", "--dbname=\(location.database)", path], on: location)
    }

    /// Runs a PostgreSQL client tool with the connection in its environment; returns its standard output.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String], on location: PostgresLocation?) throws -> String {
        guard let executable = find(tool) else {
            throw ArchiveError.storage("\(tool) is not installed (Debian: apt-get install -y postgresql-client)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        if let location {
            environment["PGHOST"] = location.host
            environment["PGPORT"] = String(location.port)
            environment["PGUSER"] = location.username
            environment["PGDATABASE"] = location.database
            environment["PGSSLMODE"] = location.tls.rawValue
            if let password = location.password { environment["PGPASSWORD"] = password } else { environment.removeValue(forKey: "PGPASSWORD") }
        }
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ArchiveError.storage("cannot run \(tool): \(error.localizedDescription)")
        }
        // Read both pipes while the tool runs, so a long listing cannot fill a pipe and stall it.
        let box = DataBox()
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) { box.data = errors.fileHandleForReading.readDataToEndOfFile() }
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        reading.wait()
        let stderr = String(decoding: box.data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            let reason = stderr.split(separator: "\n").first { !$0.isEmpty }.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw ArchiveError.storage("\(tool) failed: \(reason)")
        }
        return String(decoding: stdout, as: UTF8.self)
    }

    /// The tool on the PATH, else in Debian's versioned PostgreSQL folders (newest first).
    static func find(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let versioned = ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? [])
            .sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }.map { "/usr/lib/postgresql/\($0)/bin" }
        return (path.split(separator: ":").map(String.init) + versioned)
            .map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Standard error, read on another thread while standard output is read on this one.
    private final class DataBox: @unchecked Sendable { var data = Data() }
}
