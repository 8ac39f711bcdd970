import Archive
import ArchiveSQLite
import ArgumentParser
import Foundation

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
        try SQLiteArchive(path: location)
    }
}
