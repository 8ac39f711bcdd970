import Archive
import CivicModel
import Crypto
import Foundation
import Gazetteer
import Testing
@testable import DemoData

@Suite struct DemoDataTests {
    @Test func loadsIntoAMemoryArchiveAndReloadingChangesNothing() async throws {
        let archive = MemoryArchive()
        let batch = try DemoData.batch()
        let first = try await DemoData.load(into: archive, by: .commandLine)
        #expect(first.inserted[.incident] == batch.incidents.count)
        #expect(first.inserted[.person] == batch.persons.count)
        #expect(first.inserted[.place] == batch.places.count)
        #expect(try await archive.count(Incident.self, as: .everything) == batch.incidents.count)
        let second = try await DemoData.load(into: archive, by: .commandLine)
        #expect(second.total == 0)
    }

    @Test func countsAndDeduplication() throws {
        let batch = try DemoData.batch()
        let fromReports = batch.incidents.filter { !$0.id.rawValue.contains("synthetic") }
        #expect(fromReports.count == 130)
        #expect(batch.incidents.count == 132)
        #expect(batch.persons.filter { $0.isNamed("Bokayev") }.count == 1)
        #expect(batch.persons.filter { $0.isNamed("Max Bokaev") }.count == 1)
        // No two person records are one name in different spellings.
        let keys = batch.persons.map { NameKey($0.name).description }
        #expect(Set(keys).count == keys.count)
        let dvk = batch.organizations.filter { $0.allNames.contains("DVK") }
        #expect(dvk.count == 1 && dvk.first?.name == "Democratic Choice of Kazakhstan")
        #expect(dvk.first?.status(on: try PartialDate(iso: "2021-03")) == .bannedExtremist)
        let bokayev = try #require(batch.persons.first { $0.isNamed("Bokayev") })
        #expect(batch.incidents.filter { $0.persons.contains { $0.personID == bokayev.id } }.count == 8)
        for incident in fromReports {
            #expect(incident.status == .verified && incident.confidentiality == .public, "\(incident.id)")
            #expect(incident.passages.count == 1 && incident.passages[0].quote == nil, "\(incident.id)")
        }
    }

    @Test func placesComeWithTheirRegions() throws {
        let batch = try DemoData.batch()
        let ids = Set(batch.places.map(\.id))
        for place in batch.places {
            #expect(ids.contains(place.countingRegionID), "\(place.id) without its region")
        }
        let bokayevSentence = try #require(batch.incidents.first { $0.id == "inc-002-57" })
        #expect(bokayevSentence.places == ["pla-atyrau"])
        #expect(ids.isSuperset(of: ["pla-almaty", "pla-almaty-region", "pla-konaev", "pla-rudny", "pla-kostanay-region"]))
    }

    @Test func everyGoldIncidentHasADemoIncident() throws {
        guard let gold = SeedFiles.gold else {
            print("skipped: ../shared/eval/dev/gold.jsonl is absent")
            return
        }
        #expect(gold.count == 130)
        let batch = try DemoData.batch()
        let incidents = Dictionary(uniqueKeysWithValues: batch.incidents.map { ($0.id.rawValue, $0) })
        let sourceFor = Dictionary(uniqueKeysWithValues: try DemoData.loadFile().sources.compactMap { entry in
            entry.seedFile.map { ($0, Source.ID(entry.id)) }
        })
        for row in gold {
            let incident = try #require(incidents["inc-\(row.id)"], "no demo incident for \(row.id)")
            #expect(incident.date?.iso == row.date, "\(row.id)")
            #expect(incident.eventType.rawValue == row.event_type, "\(row.id)")
            #expect(incident.passages.first?.start == row.start && incident.passages.first?.end == row.end, "\(row.id)")
            #expect(incident.passages.first?.sourceID == sourceFor[row.doc], "\(row.id)")
        }
    }

    @Test func attachingQuotesFromTheReportsReproducesTheGoldQuotes() throws {
        guard let gold = SeedFiles.gold else {
            print("skipped: ../shared/eval/dev/gold.jsonl is absent")
            return
        }
        let batch = try DemoData.batch()
        for (file, id) in [("002_cc90e563ada56086.txt", "src-seed-002"), ("004_c44e466740d2cce1.txt", "src-seed-004")] {
            guard let text = SeedFiles.seed(file) else {
                print("skipped: ../shared/seeds/\(file) is absent")
                continue
            }
            let demoSource = try #require(batch.sources.first { $0.id.rawValue == id })
            let sha = SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
            #expect(demoSource.sha256 == sha, "the demo source's SHA-256 is not the seed file's")
            #expect(try DemoData.source(sha256: sha)?.id == demoSource.id)

            // Imported under the demo id, or under another id with the same text.
            for imported in [Source(id: demoSource.id, title: "imported", text: text, sha256: sha),
                             Source(id: "src-imported-elsewhere", title: "imported", text: text, sha256: sha)] {
                let quoted = Dictionary(uniqueKeysWithValues: DemoData.attachQuotes(to: batch.incidents, from: imported)
                    .map { ($0.id.rawValue, $0.passages.first?.quote) })
                let rows = gold.filter { $0.doc == file }
                #expect(!rows.isEmpty)
                for row in rows {
                    #expect(quoted["inc-\(row.id)"] == row.quote, "\(row.id)")
                }
            }
        }
        // A source with another text attaches nothing.
        let stranger = Source(id: "src-other", title: "other", text: String(repeating: "x", count: 400_000), sha256: "00")
        #expect(DemoData.attachQuotes(to: batch.incidents, from: stranger).filter { !$0.id.rawValue.contains("synthetic") }
            .allSatisfy { $0.passages.first?.quote == nil })
    }

    /// The lead relies on this: no summary (or description) repeats twelve consecutive words of any seed report.
    @Test func summariesAreInOurOwnWords() throws {
        let names = SeedFiles.seedNames
        guard !names.isEmpty else {
            print("skipped: ../shared/seeds is absent")
            return
        }
        let run = 12
        var seedRuns: Set<String> = []
        for name in names {
            let words = Self.words(SeedFiles.seed(name) ?? "")
            guard words.count >= run else { continue }
            for start in 0...(words.count - run) { seedRuns.insert(words[start..<(start + run)].joined(separator: " ")) }
        }
        #expect(seedRuns.count > 10_000)
        let batch = try DemoData.batch()
        var texts = batch.incidents.map { ("incident \($0.id)", $0.summary) }
        texts += batch.persons.compactMap { p in p.description.map { ("person \(p.id)", $0) } }
        texts += batch.organizations.compactMap { o in o.description.map { ("organization \(o.id)", $0) } }
        texts += batch.organizations.flatMap { o in o.statusHistory.compactMap { s in s.note.map { ("status of \(o.id)", $0) } } }
        for (record, text) in texts {
            let words = Self.words(text)
            #expect(!text.isEmpty, "\(record) has no text")
            guard words.count >= run else { continue }
            for start in 0...(words.count - run) {
                let window = words[start..<(start + run)].joined(separator: " ")
                let copied = seedRuns.contains(window)
                #expect(!copied, "\(record) repeats the report: \(window)")
            }
        }
        // The summaries are each their own line, not copies of one another.
        #expect(Set(batch.incidents.map(\.summary)).count == batch.incidents.count)
    }

    /// Lower-cased words of letters and digits; punctuation and spacing do not matter.
    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    @Test func confidentialAndRestrictedRecordsAreHiddenFromAnonymousViewers() async throws {
        let archive = MemoryArchive()
        try await DemoData.load(into: archive, by: .commandLine)
        let confidential = Incident.ID("inc-synthetic-01"), restricted = Incident.ID("inc-synthetic-02")
        let witness = Person.ID("per-witness-a-synthetic")
        #expect(try await archive.fetch(Incident.self, id: confidential, as: .anonymous) == nil)
        #expect(try await archive.fetch(Incident.self, id: confidential, as: .restricted) == nil)
        #expect(try await archive.fetch(Incident.self, id: confidential, as: .everything) != nil)
        #expect(try await archive.fetch(Person.self, id: witness, as: .anonymous) == nil)
        #expect(try await archive.fetch(Person.self, id: witness, as: .everything)?.confidentiality == .confidential)
        #expect(try await archive.fetch(Incident.self, id: restricted, as: .anonymous) == nil)
        #expect(try await archive.fetch(Incident.self, id: restricted, as: .restricted) != nil)
        #expect(try await archive.count(Incident.self, as: .anonymous) == 130)
        let visible = try await archive.incidents(matching: IncidentQuery(), as: .anonymous)
        #expect(visible.total == 130)
        #expect(!visible.incidents.contains { $0.id == confidential || $0.id == restricted })
        // Their evidence files follow the same rules: the witness's timeline only at the confidential level
        #expect(try await archive.content(of: "att-synthetic-witness-timeline", as: .restricted) == nil)
        #expect(try await archive.content(of: "att-synthetic-call-log", as: .anonymous) == nil)
        #expect(try await archive.content(of: "att-synthetic-call-log", as: .restricted)?.attachment.fileName == "call-log-uralsk.txt")
    }

    @Test func syntheticRecordsSayWhatTheyAre() throws {
        let batch = try DemoData.batch()
        let synthetic = batch.incidents.filter { $0.id.rawValue.contains("synthetic") }
        #expect(Set(synthetic.map(\.confidentiality)) == [.confidential, .restricted])
        for incident in synthetic {
            #expect(incident.summary.hasPrefix("SYNTHETIC"))
            let passage = try #require(incident.passages.first)
            let source = try #require(batch.sources.first { $0.id == passage.sourceID })
            #expect(source.title.contains("synthetic") && source.confidentiality != .public)
            #expect(passage.quote != nil && passage.quote == source.excerpt(start: passage.start, end: passage.end))
        }
        #expect(batch.attachments.count == 2)
        for attachment in batch.attachments {
            #expect(attachment.id.rawValue.contains("synthetic") && attachment.description?.hasPrefix("SYNTHETIC") == true)
            #expect(synthetic.contains { $0.id == attachment.incidentID } && attachment.confidentiality != .public)
            let bytes = try #require(batch.contents.first { ContentDigest.sha256($0) == attachment.sha256 })
            #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("SYNTHETIC DEMO FILE"))
        }
    }

    @Test func aPlaceTheGazetteerDoesNotKnowIsAnErrorNamingIt() throws {
        var file = try DemoData.loadFile()
        file.incidents[0].places.append("Atlantis")
        #expect { try DemoData.build(from: file, gazetteer: .kazakhstan) } throws: { "\($0)".contains("'Atlantis'") }
        file = try DemoData.loadFile()
        file.incidents[1].persons = ["Nobody Known"]
        #expect { try DemoData.build(from: file, gazetteer: .kazakhstan) } throws: { "\($0)".contains("'Nobody Known'") }
        file = try DemoData.loadFile()
        file.incidents[2].passage.source = "src-missing"
        #expect { try DemoData.build(from: file, gazetteer: .kazakhstan) } throws: { "\($0)".contains("src-missing") }
    }
}
