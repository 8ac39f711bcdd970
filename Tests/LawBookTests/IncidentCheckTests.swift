import CivicModel
import Foundation
import Testing
@testable import LawBook

/// The legal check of an incident, walked like a lawyer reads it: which article applied that day, whether the
/// sanction fits the range the sources state, which standards the incident engages. The numbers compared come
/// from the law book itself, so the tests hold whatever the data files say.
@Suite struct IncidentCheckTests {
    let book = TestSupport.book

    func incident(on date: String?, _ type: EventType = .administrativeArrest, articles: [String] = [],
                  sanctions: [Sanction] = [], rights: [AffectedRight] = [], persons: Bool = true) throws -> Incident {
        Incident(date: try date.map { try PartialDate(iso: $0) }, eventType: type, summary: "A fictional test incident.",
                 persons: persons ? [PersonLink(Person.ID("per-test-aigerim"))] : [],
                 rightsAffected: rights, legalProvisions: try articles.map(LegalProvisionRef.parse), sanctions: sanctions)
    }

    func range(_ citation: String, on date: String, _ kind: SanctionKind, for offender: StatutorySanction.Offender = .individual) throws -> StatutorySanction {
        let version = try #require(book.article(try LegalProvisionRef.parse(citation), on: TestSupport.day(date)))
        return try #require(version.sanctions.first { $0.kind == kind && $0.appliesTo == offender })
    }

    @Test func anArrestWithinAndAboveTheStatedMaximum() throws {
        let most = try #require(try range("CoAO 488", on: "2021-03-01", .administrativeArrest).maxDays)
        let within = book.check(try incident(on: "2021-03-01", articles: ["CoAO 488"], sanctions: [Sanction(kind: .administrativeArrest, days: most)]))
        #expect(within.sanctions.map(\.verdict) == [.withinRange])
        #expect(within.sanctions[0].against == ["CoAO 488"])
        #expect(!within.sanctions[0].source.isEmpty)
        let above = book.check(try incident(on: "2021-03-01", articles: ["CoAO 488"], sanctions: [Sanction(kind: .administrativeArrest, days: most + 5)]))
        #expect(above.sanctions.map(\.verdict) == [.aboveMaximum])
        #expect(above.departures.count == 1)
        #expect(above.sanctions[0].explanation.contains("\(Int(most + 5)) days"))
    }

    @Test func aFineInTengeIsTurnedIntoMCIOfItsYear() throws {
        let fixed = try #require(try range("CoAO 489 part 10", on: "2021-03-01", .fine).maxMci)
        let mci = try #require(book.mci(year: 2021)).kzt
        let exact = book.check(try incident(on: "2021-03-01", .fine, articles: ["CoAO 489 part 10"],
                                            sanctions: [Sanction(kind: .fine, amount: fixed * mci, currency: .kzt)]))
        #expect(exact.sanctions.map(\.verdict) == [.withinRange])
        #expect(exact.sanctions[0].explanation.contains("KZT per MCI in 2021"))
        let double = book.check(try incident(on: "2021-03-01", .fine, articles: ["CoAO 489 part 10"],
                                             sanctions: [Sanction(kind: .fine, amount: 2 * fixed, currency: .mci)]))
        #expect(double.sanctions.map(\.verdict) == [.aboveMaximum])
        // Without a part, an individual's fine is held against every individual part's fixed amount.
        let parts = try #require(book.article(try LegalProvisionRef.parse("CoAO 489"), on: TestSupport.day("2021-03-01")))
            .sanctions.filter { $0.kind == .fine && $0.appliesTo == .individual }.compactMap(\.maxMci).sorted()
        try #require(parts.count >= 2)
        let between = (parts[0] + parts[1]) / 2
        let mixed = book.check(try incident(on: "2021-03-01", .fine, articles: ["CoAO 489"],
                                            sanctions: [Sanction(kind: .fine, amount: between, currency: .mci)]))
        #expect(mixed.sanctions.map(\.verdict) == [.outsideStatedRanges])
    }

    @Test func whatCannotBeComparedSaysWhy() throws {
        // In euros, with no amount, or a year without a stated MCI.
        let euros = book.check(try incident(on: "2021-03-01", .fine, articles: ["CoAO 488"], sanctions: [Sanction(kind: .fine, amount: 100, currency: .eur)]))
        #expect(euros.sanctions.map(\.verdict) == [.notComparable])
        #expect(euros.sanctions[0].explanation.contains("EUR"))
        let noLength = book.check(try incident(on: "2021-03-01", articles: ["CoAO 488"], sanctions: [Sanction(kind: .administrativeArrest)]))
        #expect(noLength.sanctions.map(\.verdict) == [.notComparable])
        let year = (2015...2025).first { book.mci(year: $0) == nil }!
        let noMCI = book.check(try incident(on: "\(year)-06-01", .fine, articles: ["CoAO 488"], sanctions: [Sanction(kind: .fine, amount: 50_000, currency: .kzt)]))
        #expect(noMCI.sanctions.map(\.verdict) == [.notComparable])
        #expect(noMCI.sanctions[0].explanation.contains("no MCI value for \(year)"))
    }

    @Test func rangesTheSourcesDoNotStateAreNeverGuessed() throws {
        let libel = book.check(try incident(on: "2021-02-27", articles: ["CoAO 73"], sanctions: [Sanction(kind: .administrativeArrest, days: 20)]))
        #expect(libel.sanctions.map(\.verdict) == [.noRangeStated])
        #expect(libel.provisions[0].article?.id == "coao-2014-73")
        let ban = book.check(try incident(on: "2021-03-01", .conviction, articles: ["CC 274"], sanctions: [Sanction(kind: .banOnActivity, years: 5)]))
        #expect(ban.sanctions.map(\.verdict) == [.kindNotStated])
        #expect(ban.sanctions[0].explanation.contains("may not list every measure"))
        // What the sources say of such bans comes with it, with its fact IDs; an administrative ban gets no such note.
        #expect(ban.sanctions[0].notes.first?.contains("criminal law provides no such punishment") == true)
        #expect(ban.sanctions[0].source.contains("PA-77"))
        let administrative = book.check(try incident(on: "2021-03-01", .fine, articles: ["CoAO 488"], sanctions: [Sanction(kind: .banOnActivity, years: 1)]))
        #expect(administrative.sanctions[0].notes.isEmpty)
        #expect(ban.departures.isEmpty)
    }

    @Test func theArticleIsTheOneInForceThatDay() throws {
        // The same number means different offences in the old and the 2014 code.
        let old = book.check(try incident(on: "2010-05-01", .conviction, articles: ["CC 334"]))
        #expect(old.provisions[0].article?.codeVersion == "cc-1997")
        let new = book.check(try incident(on: "2021-05-01", .conviction, articles: ["CC 334"]))
        #expect(new.provisions[0].article == nil)
        #expect(new.provisions[0].note.contains("no article 334"))
        let unknown = book.check(try incident(on: "2021-05-01", .conviction, articles: ["CC 999"], sanctions: [Sanction(kind: .imprisonment, years: 1)]))
        #expect(unknown.sanctions.map(\.verdict) == [.noArticle])
        var religious = try incident(on: "2021-05-01", .fine)
        religious.legalProvisions = [LegalProvisionRef(code: .other, article: "7")]
        #expect(book.check(religious).provisions[0].note.contains("names no code"))
    }

    @Test func aPartialDateIsReadOnItsFirstDayAndSaysWhenTheTextChanges() throws {
        let record = try #require(book.articles.first { $0.id == "coao-2014-489" })
        let change = try #require(record.versions.map(\.from).sorted().last)
        let month = String(change.iso.prefix(7))
        let check = book.check(try incident(on: month, .fine, articles: ["CoAO 489"]))
        #expect(check.day?.iso == "\(month)-01")
        #expect(check.dateNote.contains("known to the month"))
        #expect(check.provisions[0].note.contains("changes within"))
        let undated = book.check(try incident(on: nil, .fine, articles: ["CoAO 489"], sanctions: [Sanction(kind: .fine, amount: 10, currency: .mci)]))
        #expect(undated.day == nil)
        #expect(undated.provisions[0].article == nil)
        #expect(undated.sanctions[0].explanation.contains("no date"))
    }

    @Test func standardsFollowTheRightsTheEventAndTheCharge() throws {
        let libel = book.check(try incident(on: "2021-02-27", articles: ["CoAO 73"], rights: [.expression]))
        let ids = libel.standards.map(\.standard.id)
        #expect(ids.contains("iccpr-19") && ids.contains("defamation-decriminalise"))
        #expect(Set(ids).count == ids.count, "each standard once")
        #expect(libel.standards.allSatisfy { !$0.standard.source.isEmpty && !$0.why.isEmpty })
        #expect(libel.recommendations.contains { $0.iccprArticles.contains(19) })
        #expect(!libel.recommendations.contains { $0.iccprArticles.contains(18) && !$0.iccprArticles.contains(19) })

        let refused = book.check(try incident(on: "2021-03-01", .assemblyRefused, rights: [.assembly]))
        #expect(refused.standards.map(\.standard.id).contains("sr-notification-at-most"))
        #expect(!refused.standards.map(\.standard.id).contains("osce-bystanders"))
        let held = book.check(try incident(on: "2021-03-01", .detention, rights: [.assembly]))
        #expect(held.standards.map(\.standard.id).contains("osce-bystanders"))
        let nothing = book.check(try incident(on: "2021-03-01", .other))
        #expect(nothing.standards.isEmpty && nothing.recommendations.isEmpty)
    }

    @Test func aLinkToAStandardThatDoesNotExistStopsTheLoad() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kuzet-lawbook-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let resources = try #require(YAMLResource.defaultDirectory)
        try FileManager.default.copyItem(at: resources, to: folder)
        let file = folder.appendingPathComponent("incident-checks.yaml")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "standards: [iccpr-19]", with: "standards: [iccpr-99]")
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect { try LawBook.load(from: folder) } throws: { "\($0)".contains("unknown standard 'iccpr-99'") }
    }
}
