import Archive
import ArchivePostgres
import Foundation

/// A fresh PostgreSQL database per test, on the server `KUZET_TEST_POSTGRES_URL` names
/// (`scripts/postgres-test-cluster.sh start` prints one). Tests that need it are disabled without it.
enum PostgresTestDatabase {
    static let serverURL = ProcessInfo.processInfo.environment["KUZET_TEST_POSTGRES_URL"]
    static let isAvailable = serverURL != nil
    static let skipMessage = "PostgreSQL tests skipped: set KUZET_TEST_POSTGRES_URL (scripts/postgres-test-cluster.sh start prints one)"

    /// Runs `body` with an archive in a new, empty database, dropped afterwards.
    static func withArchive<T>(_ body: (PostgresArchive) async throws -> T) async throws -> T {
        guard let serverURL else { throw ArchiveError.invalid(skipMessage) }
        let name = "kuzet_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let url = try await PostgresServer.createDatabase(named: String(name), besides: serverURL)
        let archive = try await PostgresArchive(url: url)
        do {
            let result = try await body(archive)
            await archive.shutdown()
            try await PostgresServer.dropDatabase(named: String(name), besides: serverURL)
            return result
        } catch {
            await archive.shutdown()
            try? await PostgresServer.dropDatabase(named: String(name), besides: serverURL)
            throw error
        }
    }

    /// An archive in a new, empty database that is left for the cluster's teardown to remove.
    static func freshArchive() async throws -> PostgresArchive {
        guard let serverURL else { throw ArchiveError.invalid(skipMessage) }
        let name = "kuzet_suite_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        return try await PostgresArchive(url: try await PostgresServer.createDatabase(named: String(name), besides: serverURL))
    }

    /// A second archive on the same database, as a second server process would open it.
    static func reopen(_ archive: PostgresArchive) async throws -> PostgresArchive {
        try await PostgresArchive(url: reopenURL(archive))
    }

    /// The URL `archive` was opened with.
    static func reopenURL(_ archive: PostgresArchive) -> String {
        let url = archive.location
        return "postgres://\(url.username):\(url.password ?? "")@\(url.host):\(url.port)/\(url.database)"
    }
}
