import Foundation
import Testing
import CivicModel
@testable import LawBook

@Suite struct LawBookDataTests {
    @Test func theShippedDataLoadsAndValidates() throws {
        let book = try LawBook.load()
        #expect(book.laws.count >= 25)
        #expect(book.articles.count >= 50)
        #expect(book.recommendations.count == 18)
        #expect(!book.treaties.isEmpty)
        #expect(!book.standards.isEmpty)
    }

    @Test func everySourceIsAFactID() {
        #expect(!TestSupport.book.citedFactIDs.isEmpty)
        for id in TestSupport.book.citedFactIDs { #expect(LawBook.isFactID(id), "\(id)") }
    }

    @Test func brokenDataIsRefusedWithAOneLineMessage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lawbook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let resources = try #require(YAMLResource.defaultDirectory)
        for file in LawBook.dataFiles + [LawBook.factIndexFile] {
            try FileManager.default.copyItem(at: resources.appendingPathComponent(file), to: dir.appendingPathComponent(file))
        }
        let laws = dir.appendingPathComponent("laws.yaml")
        let text = try String(contentsOf: laws, encoding: .utf8)
        try text.replacingOccurrences(of: "source: [PA-01]", with: "source: [not a fact]").write(to: laws, atomically: true, encoding: .utf8)
        #expect(throws: LawBookError.self) { try LawBook.load(from: dir) }
        do { _ = try LawBook.load(from: dir) } catch {
            #expect(!"\(error)".contains("\n"))
            #expect("\(error)".contains("not a fact"))
        }
    }

    @Test("Every fact ID the data cites is in the fact index, with its documents, and the index knows who cites it")
    func everyCitedFactHasItsSource() throws {
        let book = TestSupport.book
        for id in book.citedFactIDs {
            let fact = try #require(book.factIndex.fact(id), "\(id) is not in fact-index.yaml")
            #expect(!fact.topic.isEmpty)
            #expect(fact.documents.allSatisfy { book.factIndex.document($0) != nil }, "\(id)")
            #expect(!(book.factUses[id] ?? []).isEmpty, "\(id) is cited but has no recorded use")
        }
        // The registration fee rests on facts the index places in registration.yaml's fee entry.
        let fee = try #require(book.registrationRules.fees.first)
        for id in fee.source { #expect(book.factUses[id]?.contains("registration.yaml · \(fee.id)") == true, "\(id)") }
        // A generated index missing a cited fact is refused at load, naming the fact.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lawbook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let resources = try #require(YAMLResource.defaultDirectory)
        for file in LawBook.dataFiles + [LawBook.factIndexFile] {
            try FileManager.default.copyItem(at: resources.appendingPathComponent(file), to: dir.appendingPathComponent(file))
        }
        let index = dir.appendingPathComponent(LawBook.factIndexFile)
        let missing = try #require(fee.source.first)
        let text = try String(contentsOf: index, encoding: .utf8)
        try text.replacingOccurrences(of: "- id: \(missing)\n", with: "- id: ZZ-\(missing.filter(\.isNumber))\n").write(to: index, atomically: true, encoding: .utf8)
        do {
            _ = try LawBook.load(from: dir)
            Issue.record("an index without \(missing) loaded")
        } catch {
            #expect("\(error)".contains("'\(missing)'"))
            #expect(!"\(error)".contains("\n"))
        }
    }

    // MARK: Laws and their periods

    @Test func theConstitutionChangesOnFirstJuly2026() throws {
        let book = TestSupport.book
        let old = try #require(book.law("constitution-1995"))
        let new = try #require(book.law("constitution-2026"))
        #expect(old.isInForce(on: TestSupport.day("2026-06-30")))
        #expect(!new.isInForce(on: TestSupport.day("2026-06-30")))
        #expect(!old.isInForce(on: TestSupport.day("2026-07-01")))
        #expect(new.isInForce(on: TestSupport.day("2026-07-01")))
        #expect(old.articles?.contains { $0.article == "32" && $0.topic == "assembly" } == true)
        #expect(new.articles?.contains { $0.article == "34" && $0.topic == "assembly" } == true)
    }

    @Test func theAssemblyLawChangesInMay2020() throws {
        let book = TestSupport.book
        #expect(try book.assemblyRegime(on: TestSupport.day("2020-05-24")).0.id == "assembly-law-1995")
        #expect(try book.assemblyRegime(on: TestSupport.day("2020-05-25")).0.id == "assembly-law-2020")
        #expect(try book.assemblyRegime(on: TestSupport.day("1995-03-17")).0.id == "assembly-law-1995")
        #expect(throws: LawBookError.self) { try book.assemblyRegime(on: TestSupport.day("1995-03-16")) }
    }

    @Test func everyLawHasATitleAnExplanationAndSources() {
        for law in TestSupport.book.laws {
            #expect(!law.title.isEmpty && !law.explanation.isEmpty && !law.source.isEmpty, "\(law.id)")
            if let from = law.from, let until = law.until { #expect(from <= until, "\(law.id)") }
        }
    }

    @Test func theAssociationReligionPartyUnionMediaAndPlatformLawsAreThere() {
        let ids = Set(TestSupport.book.laws.map(\.id))
        for id in ["public-associations-law", "religion-law-2011", "political-parties-law", "trade-unions-law", "nco-law",
                   "mass-media-law-1999", "mass-media-law-2024", "online-platforms-law"] {
            #expect(ids.contains(id), "\(id)")
        }
        let platforms = TestSupport.book.law("online-platforms-law")!
        #expect(platforms.date.iso == "2023-07-10" && platforms.from?.iso == "2023-09-10")
    }

    // MARK: International standards, recommendations, treaties

    @Test func standardsCarryTheirDocumentSymbolAndParagraph() throws {
        let s = try #require(TestSupport.book.standards.first { $0.id == "sr-no-prior-authorization" })
        #expect(s.document == "A/68/299" && s.paragraph == "24")
        let kz = try #require(TestSupport.book.standards.first { $0.id == "sr-kz-ten-days-and-sites" })
        #expect(kz.document == "A/HRC/29/25/Add.2" && kz.paragraph == "52-54")
        for article in ["iccpr-19", "iccpr-21", "iccpr-22"] {
            #expect(TestSupport.book.standards.contains { $0.id == article })
        }
    }

    @Test func recommendationsCarryArticleAndNGOAssessment() throws {
        let recs = TestSupport.book.recommendations
        let assembly = try #require(recs.first { $0.source == ["HRC-17"] })
        #expect(assembly.iccprArticle == "Art. 21")
        #expect(assembly.assessment.status == "not-implemented")
        let trafficking = try #require(recs.first { $0.source == ["HRC-09"] })
        #expect(trafficking.iccprArticle == "Art. 8" && trafficking.articleBasis == "mapped")
        #expect(Set(recs.map(\.id)).count == recs.count)
    }

    @Test func treatyRatificationYears() throws {
        let t = TestSupport.book.treaties
        #expect(t.first { $0.id == "iccpr" }?.year == 2006)
        #expect(t.first { $0.id == "iccpr-op2" }?.status == "not-party")
        #expect(t.first { $0.id == "crpd" }?.year == 2015)
    }
}

