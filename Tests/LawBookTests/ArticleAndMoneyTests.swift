import Testing
import CivicModel
@testable import LawBook

@Suite struct ArticleAndMoneyTests {
    let book = TestSupport.book
    func ref(_ text: String) -> LegalProvisionRef { try! LegalProvisionRef.parse(text) }
    func day(_ s: String) -> CalendarDay { TestSupport.day(s) }

    // MARK: MCI

    @Test func theMCIFor2026IsStatedAndOtherYearsAreNot() throws {
        let mci = try #require(book.mci(year: 2026))
        #expect(mci.kzt == 4325 && mci.basis == .stated && mci.source == ["MO-01"])
        #expect(book.mci(year: 2019) == nil)
        #expect(book.mci(year: 2021)?.basis == .external)
    }

    @Test func externalMCIValuesReproduceTheFinesTheSourcesGiveInTenge() throws {
        // 180 MCI in February 2021 and 250 MCI in November 2016 are the tenge fines of MO-20 and MO-21.
        #expect(book.kzt(for: Sanction(kind: .fine, amount: 180, currency: .mci), on: day("2021-02-11")) == 525_060)
        #expect(book.kzt(for: Sanction(kind: .fine, amount: 250, currency: .mci), on: day("2016-11-01")) == 530_250)
    }

    @Test func anIncidentFineInMCIBecomesTenge() throws {
        #expect(book.kzt(for: Sanction(kind: .fine, amount: 70, currency: .mci), on: day("2026-03-01")) == 302_750)
        #expect(book.kzt(for: Sanction(kind: .fine, amount: 538_000, currency: .kzt), on: day("2021-03-03")) == 538_000)
        #expect(book.kzt(for: Sanction(kind: .fine, amount: 70, currency: .mci), on: day("2019-03-01")) == nil)
        #expect(book.kzt(for: Sanction(kind: .administrativeArrest, days: 10), on: day("2026-03-01")) == nil)
        #expect(book.kzt(for: Sanction(kind: .fine, amount: 6.5, currency: .mci), on: try PartialDate(iso: "2026-05")) == 28112.5)
    }

    // MARK: Articles

    @Test func coao488In2026SetsSeventyMCIOrTwentyFiveDaysAndOneFiftyForLegalEntities() throws {
        let a = try #require(book.article(ref("CoAO 488"), on: day("2026-05-10")))
        #expect(a.codeVersion == "coao-2014")
        #expect(a.sanctions.contains { $0.appliesTo == .individual && $0.kind == .fine && $0.maxMci == 70 })
        #expect(a.sanctions.contains { $0.appliesTo == .individual && $0.kind == .administrativeArrest && $0.maxDays == 25 })
        #expect(a.sanctions.contains { $0.appliesTo == .legalEntity && $0.kind == .fine && $0.maxMci == 150 })
        let tenge = book.sanctionsInTenge(a, on: day("2026-05-10"))
        #expect(tenge.contains { $0.sanction.appliesTo == .individual && $0.maxKzt == 302_750 })
        #expect(a.source.contains("SX-20"))
    }

    @Test func coao489HasTheFullPartsIn2015AndTheSummaryIn2026() throws {
        let old = try #require(book.article(ref("CoAO 489"), on: day("2015-06-01")))
        #expect(old.sanctions.contains { $0.part == "10" && $0.minMci == 50 && $0.maxMci == 50 })
        #expect(old.sanctions.contains { $0.part == "5" && $0.appliesTo == .legalEntity && $0.maxMci == 2000 })
        #expect(old.period.until == day("2026-05-07"))
        let new = try #require(book.article(ref("CoAO 489"), on: day("2026-06-01")))
        #expect(new.sanctions.contains { $0.kind == .fine && $0.maxMci == 100 })
        #expect(new.sanctions.contains { $0.kind == .suspension && $0.maxMonths == 6 })
    }

    @Test func theSameNumberMeansADifferentOffenceInTheOldCode() throws {
        let old = try #require(book.article(ref("CC 145"), on: day("2010-01-01")))
        let new = try #require(book.article(ref("CC 145"), on: day("2016-01-01")))
        #expect(old.codeVersion == "cc-1997" && old.title.contains("housing"))
        #expect(new.codeVersion == "cc-2014" && new.title.contains("equality"))
    }

    @Test func theCodesChangeOnFirstJanuary2015() throws {
        #expect(book.article(ref("CC 334"), on: day("2014-12-31"))?.sanctions.contains { $0.maxYears == 1 } == true)
        #expect(book.article(ref("CC 334"), on: day("2015-01-01")) == nil)
        #expect(book.article(ref("CC 400"), on: day("2014-12-31")) == nil)
        let art400 = try #require(book.article(ref("CC 400"), on: day("2015-01-01")))
        #expect(art400.sanctions.contains { $0.maxDays == 75 })
        #expect(book.article(ref("CoAO 362"), on: day("2014-06-01"))?.sanctions.contains { $0.maxDays == 15 } == true)
        #expect(book.article(ref("CoAO 362"), on: day("2015-06-01")) == nil)
    }

    @Test func unknownArticlesAndDatesBeforeAnyCodeFindNothing() {
        #expect(book.article(ref("CC 9999"), on: day("2020-01-01")) == nil)
        #expect(book.article(ref("CC 145"), on: day("1990-01-01")) == nil)
    }

    @Test func everyArticleVersionIsInsideItsCodesPeriod() {
        for a in book.articles {
            let code = book.codes.first { $0.id == a.codeVersion }!
            for v in a.versions { #expect(code.period.contains(v.from), "\(a.id) from \(v.from)") }
        }
    }

    @Test func sanctionPhrasesReadAsTheLawDoes() throws {
        let a = try #require(book.article(ref("CoAO 488"), on: day("2026-05-10")))
        let phrases = a.sanctions.map(\.phrase)
        #expect(phrases.contains("fine up to 70 MCI"))
        #expect(phrases.contains("administrative arrest up to 25 days"))
    }

    @Test func aPartNarrowsTheRanges() throws {
        let part10 = try #require(book.article(ref("CoAO 489 part 10"), on: day("2016-01-10")))
        #expect(part10.sanctions.count == 1)
        #expect(part10.sanctions.first?.minMci == 50)
        let whole = try #require(book.article(ref("CoAO 489"), on: day("2016-01-10")))
        #expect(whole.sanctions.count > part10.sanctions.count)
    }
}
