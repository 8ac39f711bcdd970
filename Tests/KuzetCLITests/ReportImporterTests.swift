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
        #expect(summary.linkedPlaces == 1 && summary.newPlaces >= 1)
        #expect(try await archive.fetch(Place.self, id: "pla-aktobe", as: .everything) != nil)

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

    @Test func aWebPageKeepsItsOriginalAndATextImportedBeforeGainsIt() async throws {
        // A report saved as a web page: the text is read from it, the page itself is kept beside the source
        let html = "<!doctype html><html><head><title>Monitoring notes, spring 2022</title><script>track()</script></head><body>"
            + report.split(separator: "\n", omittingEmptySubsequences: false).map { "<p>\($0)</p>" }.joined() + "</body></html>"
        let directory = try KuzetProcess.temporaryDirectory()
        let page = directory.appendingPathComponent("notes.html").path
        try html.write(toFile: page, atomically: true, encoding: .utf8)
        let archive = MemoryArchive()
        let summary = try await importReport(at: page, into: archive, by: .commandLine)
        let read = try #require(try await archive.original(of: summary.sourceID, as: .everything))
        #expect(read.bytes == Array(html.utf8))
        #expect(read.file.fileName == "notes.html" && read.file.mediaType == "text/html" && read.file.sha256 == ContentDigest.sha256(read.bytes))
        #expect(read.source.text?.contains("<script>") == false)

        // A plain text keeps no second copy of itself; the same text read later from its web page gains the page
        let plain = MemoryArchive()
        let first = try await importReport(at: try writeReport(), into: plain, by: .commandLine)
        #expect(try await plain.fetch(Source.self, id: first.sourceID, as: .everything)?.original == nil)
        let textOfPage = try #require(read.source.text)
        let sameText = directory.appendingPathComponent("same.txt").path
        try textOfPage.write(toFile: sameText, atomically: true, encoding: .utf8)
        let fromText = try await importReport(at: sameText, into: plain, by: .commandLine)
        let again = try await importReport(at: page, into: plain, by: .commandLine)
        #expect(again.alreadyImported && again.keptOriginal && again.sourceID == fromText.sourceID)
        #expect(again.message.contains("now keeps this file"))
        #expect(try await plain.original(of: fromText.sourceID, as: .everything)?.bytes == Array(html.utf8))
        #expect(try await plain.count(Source.self, as: .everything) == 2)
    }

    @Test func aReportInRussianIsReadAndOneInKazakhIsKeptForCodingByHand() async throws {
        let directory = try KuzetProcess.temporaryDirectory()
        let path = directory.appendingPathComponent("obzor.txt").path
        try "Обзор за март\n\n3 марта 2022 года суд в Актобе оштрафовал активиста Тимура Ахметова на 50 МРП за участие в пикете.\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let archive = MemoryArchive()
        let summary = try await importReport(at: path, into: archive, by: .commandLine)
        #expect(summary.incidents == 1 && summary.unreadLanguage == nil && summary.newPersons == 1)
        #expect(try await archive.fetch(Source.self, id: summary.sourceID, as: .everything)?.language == "ru")
        let proposed = try await archive.list(Incident.self, matching: nil, as: .everything, limit: 10, offset: 0)
        #expect(proposed.map(\.eventType) == [.fine] && proposed.first?.status == .proposed)
        #expect(proposed.first?.sanctions == [Sanction(kind: .fine, amount: 50, currency: .mci)])
        // The place comes from the gazetteer, by its name rather than the inflected "в Актобе", with its region
        let places = try await archive.list(Place.self, matching: nil, as: .everything, limit: 10, offset: 0)
        #expect(Set(places.map(\.name)) == ["Aktobe", "Aktobe Region"] && proposed.first?.places == [Place.ID("pla-aktobe")])
        let person = try await archive.list(Person.self, matching: nil, as: .everything, limit: 10, offset: 0).first
        #expect(person?.name == "Тимур Ахметов" && person?.occupation == .activist && person?.aliases == ["Timur Akhmetov"])
        // Typed in Latin letters or in Cyrillic, the name finds the incident
        for words in [["Akhmetov"], ["Ахметов"], ["timur"]] {
            #expect(try await archive.incidents(matching: IncidentQuery(text: words.joined(separator: " ")), as: .everything).total == 1)
        }
        // Kazakh is kept with its language, for coding by hand
        let kazakh = directory.appendingPathComponent("sholu.txt").path
        try "Мамырдың үшінде Ақтөбе соты белсендіні пикетке қатысқаны үшін 50 АЕК айыппұл салды.\n".write(toFile: kazakh, atomically: true, encoding: .utf8)
        let unread = try await importReport(at: kazakh, into: archive, by: .commandLine)
        #expect(unread.incidents == 0 && unread.unreadLanguage == "kk")
        #expect(unread.message.contains("in Kazakh") && unread.message.contains("by hand"))
        #expect(try await archive.fetch(Source.self, id: unread.sourceID, as: .everything)?.language == "kk")
        // An English report is marked English
        let english = try await importReport(at: try writeReport(), into: archive, by: .commandLine)
        #expect(try await archive.fetch(Source.self, id: english.sourceID, as: .everything)?.language == "en")
    }

    @Test func aBadFileWritesNothing() async throws {
        let archive = MemoryArchive()
        let path = try KuzetProcess.temporaryDirectory().appendingPathComponent("bad.txt").path
        try Data([0x41, 0xC3, 0x28]).write(to: URL(fileURLWithPath: path))
        await #expect(throws: (any Error).self) { try await importReport(at: path, into: archive, by: .commandLine) }
        #expect(try await archive.count(Source.self, as: .everything) == 0)
    }
}
