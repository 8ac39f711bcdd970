import Archive
import CivicModel
import Foundation
import Testing
@testable import kuzet

@Suite struct ReportImporterTests {
    let report = """
    Monitoring notes, spring 2022

    On 4th April 2022, a court in Oral sentenced activist Bakhyt Zhumabayev to ten days of administrative detention.

    On 6th April 2022, blogger Dana Seitova was detained by police in Aktobe.
    """

    func writeReport() throws -> String {
        let path = try KuzetProcess.temporaryDirectory().appendingPathComponent("notes.txt").path
        try report.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func storesTheSourceAndProposedIncidentsLinkedToExistingRecords() async throws {
        let archive = MemoryArchive()
        let known = Person(name: "Bakhyt Zhumabaev", occupation: .activist)
        let uralsk = Place(id: "pla-uralsk", name: "Uralsk", aliases: ["Oral"], kind: .city)
        try await archive.write(ArchiveBatch(places: [uralsk], persons: [known]), by: .system)

        let summary = try await importReport(at: try writeReport(), into: archive, by: .commandLine)
        #expect(!summary.alreadyImported)
        #expect(summary.incidents == 2)
        #expect(summary.linkedPersons == 1 && summary.newPersons == 1)
        #expect(summary.linkedPlaces == 1 && summary.newPlaces == 1)

        let source = try #require(try await archive.fetch(Source.self, id: summary.sourceID, as: .everything))
        #expect(source.title == "Monitoring notes, spring 2022")
        #expect(source.sha256?.count == 64)

        var query = IncidentQuery(statuses: [.proposed], sort: .dateAscending)
        query.limit = 10
        let incidents = try await archive.incidents(matching: query, as: .everything).incidents
        #expect(incidents.map(\.eventType) == [.administrativeArrest, .detention])
        let first = try #require(incidents.first)
        #expect(first.persons.map(\.personID) == [known.id])
        #expect(first.places == [uralsk.id])
        #expect(first.status == .proposed)
        #expect(first.confidence != nil)
        let passage = try #require(first.passages.first)
        #expect(source.excerpt(start: passage.start, end: passage.end) == passage.quote)
    }

    @Test func aSecondImportOfTheSameTextIsSkipped() async throws {
        let archive = MemoryArchive()
        let path = try writeReport()
        _ = try await importReport(at: path, into: archive, by: .commandLine)
        let again = try await importReport(at: path, into: archive, by: .commandLine)
        #expect(again.alreadyImported)
        #expect(again.message.contains("skipped"))
        #expect(try await archive.count(Incident.self, as: .everything) == 2)
        #expect(try await archive.count(Source.self, as: .everything) == 1)
    }

    @Test func aBadFileWritesNothing() async throws {
        let archive = MemoryArchive()
        let path = try KuzetProcess.temporaryDirectory().appendingPathComponent("bad.txt").path
        try Data([0x41, 0xC3, 0x28]).write(to: URL(fileURLWithPath: path))
        await #expect(throws: (any Error).self) { try await importReport(at: path, into: archive, by: .commandLine) }
        #expect(try await archive.count(Source.self, as: .everything) == 0)
    }
}
