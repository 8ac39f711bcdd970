import Archive
import ArgumentParser
import CivicModel
import Foundation

/// `kuzet bench grow`: adds synthetic incidents to an archive, for load tests of the web application.
struct BenchGrow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grow",
        abstract: "Add synthetic (verified, public) incidents to an archive until it holds the given number; for benchmarks only.")

    @OptionGroup var archiveOptions: ArchiveOptions

    @Option(help: "How many incidents the archive should hold afterwards.")
    var incidents = 1_000_000

    @Option(help: "Incidents per write transaction.")
    var chunk = 10_000

    @Option(help: "The seed of the synthetic data.")
    var seed: UInt64 = 42

    func validate() throws {
        guard incidents > 0, chunk > 0 else { throw ValidationError("--incidents and --chunk must be positive") }
    }

    func run() async throws {
        let archive = try await archiveOptions.open()
        var world = SyntheticArchive(seed: seed)
        var have = try await archive.count(Incident.self, as: .everything)
        if have < incidents {
            let linked = world.linkedRecords
            var missing = ArchiveBatch()
            for p in linked.places where try await archive.fetch(Place.self, id: p.id, as: .everything) == nil { missing.places.append(p) }
            missing.persons = linked.persons
            missing.organizations = linked.organizations
            missing.sources = linked.sources
            if try await archive.fetch(Person.self, id: linked.persons[0].id, as: .everything) == nil {
                try await archive.write(missing, by: .system)
            }
        }
        let start = Date()
        var n = 0
        while have < incidents {
            let count = min(chunk, incidents - have)
            var batch = ArchiveBatch()
            for i in 0..<count {
                var incident = world.incident(n + i)
                incident.id = Incident.ID("inc-bench-\(seed)-\(have + i)")
                incident.status = .verified
                incident.confidentiality = .public
                batch.incidents.append(incident)
            }
            try await archive.write(batch, by: .system)
            have += count
            n += count
            if n % 100_000 == 0 { DemoSetup.say("  \(have) incidents (\(Int(Date().timeIntervalSince(start))) s)") }
        }
        DemoSetup.say("The archive holds \(have) incidents.")
    }
}
