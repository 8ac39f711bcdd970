import Analysis
import Archive
import ArchiveSQLite
import ArgumentParser
import CivicModel
import Foundation

/// `kuzet bench stats`: how long the statistics take on a large synthetic archive, facet counts alone
/// and with every measure.
struct BenchStats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Import synthetic incidents into a fresh SQLite archive and time `kuzet stats`.")

    @Option(name: .long, help: "How many incidents (default 1000000).")
    var incidents: Int = 1_000_000

    @Option(name: .long, help: "The seed of the synthetic data, so runs are repeatable.")
    var seed: UInt64 = 20_160_517

    @Option(name: .long, help: "Where the archive file goes (default: the temporary directory). It is removed afterwards.")
    var directory: String?

    /// Incidents per write transaction.
    static let chunk = 65_536

    func validate() throws {
        guard incidents > 0 else { throw ValidationError("--incidents must be positive") }
    }

    func run() async throws {
        let folder = URL(fileURLWithPath: directory ?? FileManager.default.temporaryDirectory.path)
        let path = folder.appendingPathComponent("kuzet-bench-stats-\(UUID().uuidString.prefix(8)).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        var world = SyntheticArchive(seed: seed)
        let archive = try SQLiteArchive(path: path)
        _ = try await archive.write(world.linkedRecords, by: .system)
        var written = 0
        while written < incidents {
            let count = min(Self.chunk, incidents - written)
            _ = try await archive.write(ArchiveBatch(incidents: (written..<(written + count)).map { world.incident($0) }), by: .system)
            written += count
        }
        print("kuzet bench stats: \(incidents) synthetic incidents, viewer restricted")
        for dimension in Statistics.Dimension.allCases {
            let seconds = try await timed {
                _ = try await Statistics.compute(archive: archive, viewer: .restricted, by: dimension, measures: false)
            }
            print("  incidents by \(dimension.rawValue) (facets only): \(String(format: "%.3f", seconds)) s")
        }
        let full = try await timed { _ = try await Statistics.compute(archive: archive, viewer: .restricted, by: .region) }
        print("  every measure by region (pages through the incidents): \(String(format: "%.3f", full)) s")
    }

    private func timed(_ body: () async throws -> Void) async throws -> Double {
        let start = ContinuousClock.now
        try await body()
        return (ContinuousClock.now - start) / .seconds(1)
    }
}
