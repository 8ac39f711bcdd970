import Analysis
import Archive
import CivicModel
import LawBook
import Testing

/// Counting units over a small archive written for these tests.
@Suite struct StatisticsTests {
    static let almaty = Place(id: "pla-test-almaty", name: "Testalmaty", kind: .republicanCity, latitude: 43.2, longitude: 76.9)
    static let town = Place(id: "pla-test-town", name: "Testtown", kind: .town, regionID: "pla-test-region")
    static let region = Place(id: "pla-test-region", name: "Test Region", kind: .region, latitude: 50, longitude: 60)
    static let anna = Person(id: "per-anna", name: "Anna Testova")
    static let bolat = Person(id: "per-bolat", name: "Bolat Testov")

    func archive() async throws -> MemoryArchive {
        let a = MemoryArchive()
        let incidents = [
            // Two people arrested for days under the same article, in Almaty.
            Incident(id: "inc-t1", date: try PartialDate(iso: "2021-02-05"), eventType: .administrativeArrest, summary: "Two picketers jailed.",
                     places: [Self.almaty.id], persons: [PersonLink(Self.anna.id), PersonLink(Self.bolat.id)],
                     legalProvisions: [LegalProvisionRef(code: .administrative, article: "488", part: "6")],
                     sanctions: [Sanction(kind: .administrativeArrest, days: 10), Sanction(kind: .administrativeArrest, days: 15)]),
            // A fine in MCI for Anna under the same article: the same case, so no new prosecution.
            Incident(id: "inc-t2", date: try PartialDate(iso: "2021-03"), eventType: .fine, summary: "Anna fined.",
                     places: [Self.town.id], persons: [PersonLink(Self.anna.id)],
                     legalProvisions: [LegalProvisionRef(code: .administrative, article: "488")],
                     sanctions: [Sanction(kind: .fine, amount: 10, currency: .mci)]),
            // A fine in tenge under another article, and a witness who is not a victim.
            Incident(id: "inc-t3", date: try PartialDate(iso: "2021-03-10"), eventType: .fine, summary: "Bolat fined in tenge.",
                     places: [Self.town.id, Self.almaty.id], persons: [PersonLink(Self.bolat.id), PersonLink(Self.anna.id, role: .witness)],
                     legalProvisions: [LegalProvisionRef(code: .criminal, article: "174")],
                     sanctions: [Sanction(kind: .fine, amount: 1000, currency: .kzt)]),
            // Confidential: counted only for viewers cleared for it.
            Incident(id: "inc-t4", date: try PartialDate(iso: "2021-03-11"), eventType: .detention, summary: "A confidential detention.",
                     places: [Self.almaty.id], persons: [PersonLink(Self.bolat.id)], confidentiality: .confidential),
            // A fine in a year without an MCI in the LawBook.
            Incident(id: "inc-t5", date: try PartialDate(iso: "1990"), eventType: .fine, summary: "An old fine.",
                     sanctions: [Sanction(kind: .fine, amount: 5, currency: .mci)]),
        ]
        try await a.write(ArchiveBatch(places: [Self.almaty, Self.region, Self.town], persons: [Self.anna, Self.bolat],
                                       incidents: incidents), by: .system)
        return a
    }

    @Test func theTotalsCountEachUnitAsDocumented() async throws {
        let a = try await archive()
        let stats = try await Statistics.compute(archive: a, viewer: .anonymous)
        let t = stats.total
        #expect(t.incidents == 4)
        #expect(t.personsAffected == 2, "the witness is not counted again, and is not a victim")
        // anna×CoAO 488, bolat×CoAO 488, bolat×CC 174.
        #expect(t.prosecutions == 3)
        #expect(t.detentionDays == 25)
        let mci2021 = try #require(LawBook.standard.mci(year: 2021))
        #expect(t.finesKZT == mci2021.tenge(forMCI: 10) + 1000)
        #expect(t.finesNotConverted == 1)
        #expect(stats.units["prosecutions"] != nil)
    }

    @Test func confidentialRecordsCountOnlyForViewersAllowedToSeeThem() async throws {
        let a = try await archive()
        let anonymous = try await Statistics.compute(archive: a, viewer: .anonymous, by: .type)
        let editor = try await Statistics.compute(archive: a, viewer: .everything, by: .type)
        #expect(anonymous.total.incidents == 4)
        #expect(editor.total.incidents == 5)
        #expect(anonymous.groups.first { $0.key == "detention" } == nil)
        #expect(editor.groups.first { $0.key == "detention" }?.measures.incidents == 1)
    }

    @Test func groupsByMonthRegionAndArticleAgreeWithTheFacets() async throws {
        let a = try await archive()
        let byMonth = try await Statistics.compute(archive: a, viewer: .anonymous, by: .month)
        #expect(byMonth.groups.map(\.key) == ["2021-02", "2021-03"])
        #expect(byMonth.groups.map(\.measures.incidents) == [1, 2])
        let byRegion = try await Statistics.compute(archive: a, viewer: .anonymous, by: .region)
        let almaty = try #require(byRegion.groups.first { $0.key == Self.almaty.id.rawValue })
        #expect(almaty.measures.incidents == 2)
        #expect(almaty.label == "Testalmaty")
        let region = try #require(byRegion.groups.first { $0.key == Self.region.id.rawValue })
        #expect(region.measures.incidents == 2, "the town counts under its region")
        #expect(region.measures.finesKZT > 1000)
        let byArticle = try await Statistics.compute(archive: a, viewer: .anonymous, by: .article)
        #expect(byArticle.groups.first { $0.key == "CoAO 488" }?.measures.incidents == 2)
        #expect(byArticle.groups.first { $0.key == "CoAO 488" }?.measures.detentionDays == 25)
        var query = IncidentQuery()
        query.limit = 0
        let facets = try await a.facets(matching: query, as: .anonymous)
        #expect(Statistics.incidentCounts(facets, by: .type)["fine"] == 3)
    }

    @Test func pagingThroughTheIncidentsGivesTheSameMeasures() async throws {
        let a = try await archive()
        let whole = try await Statistics.compute(archive: a, viewer: .everything, by: .region)
        let paged = try await Statistics.compute(archive: a, viewer: .everything, by: .region, pageSize: 2)
        #expect(paged.total == whole.total)
        #expect(paged.groups == whole.groups)
        let countsOnly = try await Statistics.compute(archive: a, viewer: .everything, by: .region, measures: false)
        #expect(countsOnly.total.incidents == whole.total.incidents)
        #expect(countsOnly.total.detentionDays == 0, "no scan, no measures")
        #expect(countsOnly.groups.map(\.measures.incidents) == whole.groups.map(\.measures.incidents))
    }

    @Test func filtersNarrowTheCounts() async throws {
        let a = try await archive()
        let stats = try await Statistics.compute(archive: a, viewer: .anonymous,
                                                 query: IncidentQuery(from: "2021-03-01", to: "2021-03-31"))
        #expect(stats.total.incidents == 2)
        #expect(stats.total.detentionDays == 0)
        #expect(stats.query.from == "2021-03-01")
    }
}
