import Foundation
import Testing
@testable import ReportReader

/// Reads the real seed reports from `../shared/seeds` (skipped when the folder is absent).
@Suite struct SeedReportTests {
    static let seeds: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
        }
        return url.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    }()

    func seed(_ prefix: String) throws -> ReportDocument? {
        guard let name = try? FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).first(where: { $0.hasPrefix(prefix) }) else {
            print("skipping: no seed report \(prefix)* in \(Self.seeds.path)")
            return nil
        }
        return try ReportDocument.load(path: Self.seeds.appendingPathComponent(name).path)
    }

    @Test func theExplainerWithoutEventsGivesNothing() throws {
        guard let document = try seed("000_") else { return }
        #expect(ReportReader().read(document).isEmpty)
    }

    @Test func everyQuoteIsTheTextAtItsOffsets() throws {
        for prefix in ["001_", "002_", "003_", "004_"] {
            guard let document = try seed(prefix) else { continue }
            let scalars = Array(document.text.unicodeScalars)
            let incidents = ReportReader().read(document)
            #expect(!incidents.isEmpty, "\(prefix) gave no incidents")
            for incident in incidents {
                #expect(incident.start >= 0 && incident.end <= scalars.count && incident.start < incident.end)
                #expect(String(String.UnicodeScalarView(scalars[incident.start..<incident.end])) == incident.quote)
                #expect((0...1).contains(incident.confidence))
            }
        }
    }

    @Test func theMonitorUpdateYieldsItsCourtCases() throws {
        guard let document = try seed("002_") else { return }
        let incidents = ReportReader().read(document)
        // The update documents dozens of acts, most of them with a date in February or March 2021.
        #expect(incidents.count >= 50)
        let dated2021 = incidents.filter { $0.date?.iso.hasPrefix("2021") == true }
        #expect(dated2021.count >= 40)
        #expect(incidents.contains { $0.eventType == .administrativeArrest && $0.sanctions.contains { $0.kind == .administrativeArrest && $0.days != nil } })
        #expect(incidents.contains { $0.eventType == .politicalPrisonerRecognized })
    }

    @Test func streamingGivesTheSameIncidentsAsReadingWhole() throws {
        guard let document = try seed("002_") else { return }
        var streamed: [ProposedIncident] = []
        try ReportReader().readText(fileAt: document.name, blockSize: 4096) { streamed.append($0) }
        #expect(streamed == ReportReader().read(document))
    }
}
