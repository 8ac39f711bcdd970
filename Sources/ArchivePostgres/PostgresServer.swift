import Archive
import Foundation
import PostgresNIO

/// Creating and dropping whole databases on a server, for tests, benchmarks and `kuzet migrate`.
public enum PostgresServer {
    /// Creates an empty database beside the one `url` names and returns the URL of the new one.
    public static func createDatabase(named name: String, besides url: String) async throws -> String {
        try check(name)
        try await run("CREATE DATABASE \(name) TEMPLATE template0 ENCODING 'UTF8'", on: url)
        return try Self.url(of: name, besides: url)
    }

    /// The URL of database `name` on the server `url` names (which need not exist).
    public static func url(of name: String, besides url: String) throws -> String {
        try check(name)
        var parts = URLComponents(string: url)!
        parts.path = "/" + name
        return parts.string!
    }

    /// Drops a database on the server `url` names (connecting to the database in `url`, which must be another one).
    public static func dropDatabase(named name: String, besides url: String) async throws {
        try check(name)
        try await run("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", on: url)
    }

    private static func check(_ name: String) throws {
        guard !name.isEmpty, name.count < 60, name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else {
            throw ArchiveError.invalid("'\(name)' is not a plain database name (lower-case letters, digits and _)")
        }
    }

    private static func run(_ statement: String, on url: String) async throws {
        let location = try PostgresLocation(url: url)
        var logger = Logger(label: "kuzet.archive.postgres.server")
        logger.logLevel = .critical
        let client = PostgresClient(configuration: location.clientConfiguration, backgroundLogger: logger)
        let runner = Task { await client.run() }
        defer { runner.cancel() }
        do {
            try await client.query(PostgresQuery(unsafeSQL: statement))
        } catch {
            throw PostgresArchive.archiveError(error, context: location.description)
        }
    }
}
