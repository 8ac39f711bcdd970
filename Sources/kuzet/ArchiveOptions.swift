import Archive
import ArchivePostgres
import ArchiveSQLite
import ArgumentParser
import CivicModel
import Foundation
import Gazetteer

/// The options every command that reads or writes the archive takes.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .long, help: "The archive: a SQLite file path (default ./kuzet.sqlite) or a postgres://user:password@host:port/db URL. Also KUZET_DATABASE.")
    var database: String?

    /// The archive location: the flag, then the environment, then the default file.
    var location: String {
        database ?? ProcessInfo.processInfo.environment["KUZET_DATABASE"] ?? "kuzet.sqlite"
    }

    /// Opens the archive the options name. The one place that picks the storage implementation.
    func open() async throws -> any Archive {
        let archive = try await Self.open(location)
        try await Self.seedPlaces(archive)
        return archive
    }

    /// Gives a new archive Kazakhstan's places from the gazetteer, so that every import links to the same records.
    static func seedPlaces(_ archive: any Archive) async throws {
        guard try await archive.count(Place.self, as: .everything) == 0 else { return }
        let places = Gazetteer.kazakhstan.places.sorted { ($0.regionID == nil ? 0 : 1) < ($1.regionID == nil ? 0 : 1) }
        try await archive.write(ArchiveBatch(places: places), by: .system)
    }

    /// Opens the archive at a location: PostgreSQL for `postgres://` and `postgresql://` URLs, else a SQLite file.
    static func open(_ location: String) async throws -> any Archive {
        if PostgresLocation.isPostgresURL(location) {
            do {
                return try await PostgresArchive(url: location)
            } catch let error as PostgresLocationError {
                throw CLIError(error.description)
            } catch {
                throw CLIError("cannot open \(PostgresLocation.redacted(location)): \(error)")
            }
        }
        return try SQLiteArchive(path: location)
    }
}
