import Archive
import ArchiveSQLite
import ArgumentParser
import CivicModel
import Foundation
import Gazetteer

/// The options every command that reads or writes the archive takes.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .long, help: "The archive: a SQLite file path (default ./kuzet.sqlite) or, later, a postgres:// URL. Also KUZET_DATABASE.")
    var database: String?

    /// The archive location: the flag, then the environment, then the default file.
    var location: String {
        database ?? ProcessInfo.processInfo.environment["KUZET_DATABASE"] ?? "kuzet.sqlite"
    }

    /// Opens the archive the options name. The one place that picks the storage implementation.
    func open() async throws -> any Archive {
        let archive: any Archive
        do {
            archive = try SQLiteArchive(path: location)
        } catch {
            throw CLIError("cannot open the archive \(location): \(error)")
        }
        try await Self.seedPlaces(archive)
        return archive
    }

    /// Gives a new archive Kazakhstan's places from the gazetteer, so that every import links to the same records.
    static func seedPlaces(_ archive: any Archive) async throws {
        guard try await archive.count(Place.self, as: .everything) == 0 else { return }
        let places = Gazetteer.kazakhstan.places.sorted { ($0.regionID == nil ? 0 : 1) < ($1.regionID == nil ? 0 : 1) }
        try await archive.write(ArchiveBatch(places: places), by: .system)
    }
}
