import Archive
import ArchivePostgres
import ArchiveSQLite
import ArgumentParser
import CivicModel
import Foundation
import WebApp

/// `kuzet bench archive`: import speed into SQLite and full-text + facet query latency, against a
/// bare FTS5 table holding the same text as the floor.
struct BenchArchive: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Import synthetic incidents into a fresh SQLite (or PostgreSQL) archive and time imports and queries.")

    @Option(name: .long, help: "How many incidents to import; repeat for several runs (default 100000 and 1000000).")
    var incidents: [Int] = []

    @Option(name: .long, help: "How many queries to time per run.")
    var queries: Int = 1000

    @Option(name: .long, help: "Incidents per write transaction (default: SQLite each run in one, as `kuzet import FILE` writes a file; PostgreSQL 50000).")
    var chunk: Int?

    @Option(name: .long, help: "The seed of the synthetic data, so runs are repeatable.")
    var seed: UInt64 = 20_160_517

    @Option(name: .long, help: "Where the archive files go (default: the temporary directory). They are removed afterwards.")
    var directory: String?

    @Option(name: .long, help: "A postgres:// URL: run on PostgreSQL instead, in a fresh database created beside the one named (and dropped afterwards).")
    var database: String?

    @Option(name: .long, help: "How many of the slowest searches to name (counting as the web app does), with their times and matches.")
    var slowest: Int = 5

    @Flag(name: .long, help: "Keep the bench archive (SQLite: kuzet-bench-keep-SIZE-SEED.sqlite and its floor in --directory; PostgreSQL: the database kuzet_bench_keep_SIZE_SEED) and, when it is there already, time the queries on it without importing again.")
    var reuse = false

    /// Incidents per transaction on PostgreSQL unless told: its bulk path was measured in batches this size.
    static let postgresChunk = 50_000

    /// Incidents per transaction: as told, else PostgreSQL's chunk, else (nil) each SQLite run in one.
    private var transactionSize: Int? { chunk ?? (database == nil ? nil : Self.postgresChunk) }

    func validate() throws {
        if let database, !PostgresLocation.isPostgresURL(database) {
            throw ValidationError("--database takes a postgres:// URL (SQLite runs use --directory)")
        }
        guard incidents.allSatisfy({ $0 > 0 }) else { throw ValidationError("--incidents must be positive") }
        guard queries > 0 else { throw ValidationError("--queries must be positive") }
        guard chunk.map({ $0 > 0 }) ?? true else { throw ValidationError("--chunk must be positive") }
        guard slowest >= 0 else { throw ValidationError("--slowest must not be negative") }
    }

    func run() async throws {
        let sizes = incidents.isEmpty ? [100_000, 1_000_000] : incidents
        let folder = URL(fileURLWithPath: directory ?? FileManager.default.temporaryDirectory.path)
        say("kuzet bench archive: \(database == nil ? "SQLite" : "PostgreSQL at \(PostgresLocation.redacted(database!))"), "
            + "seed \(seed), \(queries) queries per run, "
            + (transactionSize == nil ? "each run in one transaction" : "\(transactionSize!) incidents per transaction"))
        for size in sizes {
            try await runOnce(size: size, folder: folder)
        }
    }

    private func runOnce(size: Int, folder: URL) async throws {
        let stamp = UUID().uuidString.prefix(8)
        let fileName = reuse ? "kuzet-bench-keep-\(size)-\(seed)" : "kuzet-bench-\(stamp)"
        let archivePath = folder.appendingPathComponent("\(fileName).sqlite").path
        let floorPath = folder.appendingPathComponent("\(fileName)-floor.sqlite").path
        func removeFiles() {
            for path in [archivePath, floorPath] {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
        }
        defer { if !reuse { removeFiles() } }
        var world = SyntheticArchive(seed: seed)
        let archive: any Archive
        var floor: BareFTSIndex?
        var postgresName: String?
        var imported = false
        if let database {
            let name = reuse ? "kuzet_bench_keep_\(size)_\(seed)" : "kuzet_bench_\(stamp.lowercased())"
            postgresName = reuse ? nil : name
            if reuse, let kept = try? await PostgresArchive(url: PostgresServer.url(of: name, besides: database)),
               try await kept.count(Incident.self, as: .everything) >= size {
                archive = kept
                imported = true
            } else {
                if reuse { try await PostgresServer.dropDatabase(named: name, besides: database) }
                archive = try await PostgresArchive(url: try await PostgresServer.createDatabase(named: name, besides: database))
            }
        } else {
            var kept: SQLiteArchive?
            if reuse, FileManager.default.fileExists(atPath: archivePath), FileManager.default.fileExists(atPath: floorPath) {
                let existing = try SQLiteArchive(path: archivePath)
                if try await existing.count(Incident.self, as: .everything) >= size { kept = existing }
            }
            if let kept {
                archive = kept
                imported = true
            } else {
                removeFiles()
                archive = try SQLiteArchive(path: archivePath)
            }
            floor = try BareFTSIndex(path: floorPath)
        }
        let names = world.namesByID

        // Import: only the time inside the archive's writes counts.
        var importCPU = 0.0
        var importSeconds = imported ? 0 : try await timed { try await archive.write(world.linkedRecords, by: .system) }
        var written = 0
        if imported {
            // Draw the same incidents without writing them, so the queries below are the same as the import run's.
            for n in 0..<size { _ = world.incident(n) }
            written = size
        }
        var floorDocuments: [(Int64, String)] = []
        while written < size {
            let count = min(transactionSize ?? size, size - written)
            let batch = ArchiveBatch(incidents: (written..<(written + count)).map { world.incident($0) })
            let cpuBefore = Self.processCPUSeconds()
            importSeconds += try await timed { try await archive.write(batch, by: .system) }
            importCPU += Self.processCPUSeconds() - cpuBefore
            floorDocuments = batch.incidents.enumerated().map { offset, incident in
                (Int64(written + offset + 1), names.text(of: incident))
            }
            try floor?.insert(floorDocuments)
            written += count
        }
        let fileSize = (try? FileManager.default.attributesOfItem(atPath: archivePath)[.size] as? Int) ?? 0
        say("")
        say("\(size) incidents")
        if imported {
            say("  import:  skipped, timing the queries on the kept database")
        } else {
            say("  import:  \(format(importSeconds)) s, \(Int(Double(size) / importSeconds)) incidents/s ("
            + (floor == nil ? "" : "file \(fileSize / 1_000_000) MB; ")
            + "\(format(importCPU)) s of CPU on all threads, load average \(Self.loadAverage()) on \(ProcessInfo.processInfo.activeProcessorCount) cores)")
        }

        // Queries: the same realistic set against the archive and, text only, against the bare table.
        let viewer = Clearance.restricted
        let set = (0..<queries).map { _ in world.query() }
        for query in set.prefix(20) { _ = try await archive.incidents(matching: query, as: viewer) }  // warm the cache
        var archiveTimes: [Double] = [], floorTimes: [Double] = [], facetTimes: [Double] = []
        var cappedTimes: [Double] = [], cappedFacetTimes: [Double] = [], cappedTotals: [Int] = []
        var matched = 0, capped = 0
        for query in set {
            var page = IncidentPage(incidents: [], total: 0)
            archiveTimes.append(try await timed { page = try await archive.incidents(matching: query, as: viewer) })
            matched += page.total
            // As the web app asks: counting stops past its count limit.
            var bounded = query
            bounded.countLimit = Self.webCountLimit
            cappedTimes.append(try await timed { page = try await archive.incidents(matching: bounded, as: viewer) })
            if page.isTotalCapped { capped += 1 }
            cappedTotals.append(page.total)
            let words = query.searchWords
            if let floor { floorTimes.append(try await timed { _ = try floor.search(words: words, limit: query.limit) }) }
        }
        for query in set.prefix(max(1, queries / 10)) {
            facetTimes.append(try await timed { _ = try await archive.facets(matching: query, as: viewer) })
            var bounded = query
            bounded.countLimit = Self.webCountLimit
            cappedFacetTimes.append(try await timed { _ = try await archive.facets(matching: bounded, as: viewer) })
        }
        let archiveP = Percentiles(archiveTimes), floorP = Percentiles(floorTimes), facetP = Percentiles(facetTimes)
        let cappedP = Percentiles(cappedTimes), cappedFacetP = Percentiles(cappedFacetTimes)
        say("  queries: \(queries) full-text + facet searches as monitors type them (names, places, organisations, domain words; "
            + "prefixes of 3+ letters, no stop words), random facet filters, page of 50 newest first, viewer restricted, "
            + "\(matched / queries) matches on average")
        say("    archive          p50 \(ms(archiveP.p50))  p95 \(ms(archiveP.p95))  p99 \(ms(archiveP.p99))")
        if floor != nil {
            say("    bare FTS5 floor  p50 \(ms(floorP.p50))  p95 \(ms(floorP.p95))  p99 \(ms(floorP.p99))  (same words: count + first 50 rows)")
            say("    ratio p95 archive / floor: \(String(format: "%.2f", archiveP.p95 / max(floorP.p95, 1e-9)))×")
        }
        say("    facets()         p50 \(ms(facetP.p50))  p95 \(ms(facetP.p95))  p99 \(ms(facetP.p99))  (\(facetTimes.count) of the queries)")
        say("    counting at most \(Self.webCountLimit) matches, as the web app does (\(capped) of \(queries) searches reached it):")
        say("      archive        p50 \(ms(cappedP.p50))  p95 \(ms(cappedP.p95))  p99 \(ms(cappedP.p99))")
        say("      facets()       p50 \(ms(cappedFacetP.p50))  p95 \(ms(cappedFacetP.p95))  p99 \(ms(cappedFacetP.p99))")
        say("      slowest:       " + cappedTimes.indices.sorted { cappedTimes[$0] > cappedTimes[$1] }.prefix(slowest)
            .map { "\(ms(cappedTimes[$0]).trimmingCharacters(in: .whitespaces)) \(Self.describe(set[$0])) (\(cappedTotals[$0]) matches)" }
            .joined(separator: "; "))
        // The dashboard and an unfiltered list page count the whole archive; a repeat before any write is kept.
        let whole = IncidentQuery()
        let wholeFirst = try await timed { _ = try await archive.facets(matching: whole, as: viewer) }
        let wholeAgain = try await timed { _ = try await archive.facets(matching: whole, as: viewer) }
        say("    facets() of the whole archive: \(ms(wholeFirst)) first, \(ms(wholeAgain)) repeated before any write")
        if size >= 1_000_000, database != nil {
            say("  goals:   p95 under 30 ms on PostgreSQL: \(archiveP.p95 < 0.030 ? "met" : "missed")")
        } else if size >= 1_000_000 {
            say("  goals:   1M imported in under 30 s: \(imported ? "not timed" : importSeconds * 1_000_000 / Double(size) < 30 ? "met" : "missed"); "
                + "p95 under 15 ms: \(archiveP.p95 < 0.015 ? "met" : "missed"); "
                + "p95 within 1.5× floor: \(archiveP.p95 <= 1.5 * floorP.p95 ? "met" : "missed")")
        }
        await (archive as? PostgresArchive)?.shutdown()
        if let postgresName, let database {
            try await PostgresServer.dropDatabase(named: postgresName, besides: database)
        }
    }

    /// A query in a few words, to name the slow ones.
    static func describe(_ query: IncidentQuery) -> String {
        var parts = ["'\(query.text ?? "")'"]
        parts += query.eventTypes.map(\.rawValue) + query.regionIDs.map(\.rawValue) + query.statuses.map(\.rawValue)
        if let from = query.from, let to = query.to { parts.append("\(from.prefix(4))–\(to.prefix(4))") }
        return parts.joined(separator: " ")
    }

    /// The web app's default count limit.
    static let webCountLimit = WebConfig().countLimit

    private func timed(_ body: () async throws -> Void) async throws -> Double {
        let start = ContinuousClock.now
        try await body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// User and system time of this process so far, all threads.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The one-minute load average, which tells whether other work shared the cores.
    static func loadAverage() -> String {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) > 0 ? String(format: "%.1f", loads[0]) : "unknown"
    }

    private func format(_ seconds: Double) -> String { String(format: "%.1f", seconds) }
    private func ms(_ seconds: Double) -> String { String(format: "%6.2f ms", seconds * 1000) }
}

/// Writes a line at once, unbuffered, so figures appear as they are measured, also when piped.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// The 50th, 95th and 99th percentiles of some timings.
struct Percentiles {
    let p50: Double, p95: Double, p99: Double
    init(_ times: [Double]) {
        let sorted = times.sorted()
        func at(_ q: Double) -> Double { sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))] }
        p50 = at(0.50)
        p95 = at(0.95)
        p99 = at(0.99)
    }
}

extension SyntheticArchive {
    /// Names of linked records by identifier, to write the bare table's text.
    var namesByID: LinkedNames {
        LinkedNames(persons: Dictionary(uniqueKeysWithValues: persons.map { ($0.id, $0.allNames.joined(separator: " ")) }),
                    organizations: Dictionary(uniqueKeysWithValues: organizations.map { ($0.id, $0.allNames.joined(separator: " ")) }),
                    places: Dictionary(uniqueKeysWithValues: places.map { ($0.id, $0.allNames.joined(separator: " ")) }))
    }
}

/// The names an incident's text is searched with, besides its own words.
struct LinkedNames {
    var persons: [Person.ID: String]
    var organizations: [Organization.ID: String]
    var places: [Place.ID: String]

    /// Everything the archive searches for an incident, as one text.
    func text(of incident: Incident) -> String {
        var parts = [incident.summary, incident.notes ?? ""] + incident.passages.compactMap(\.quote)
        parts += incident.persons.compactMap { persons[$0.personID] }
        parts += incident.organizations.compactMap { organizations[$0.organizationID] }
        parts += incident.places.compactMap { places[$0] }
        return parts.joined(separator: " ")
    }
}
