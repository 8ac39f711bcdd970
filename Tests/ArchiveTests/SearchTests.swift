import Archive
import CivicModel
import Foundation
import Testing

/// Full-text search, facet filters, sorting and paging.
@Suite struct SearchTests {
    @Test(arguments: ArchiveKind.allCases)
    func wordsMustAllOccurAsPrefixes(kind: ArchiveKind) async throws {
        // Given the world
        let archive = try await World.stored(in: kind)
        // When searching by whole words, prefixes, mixed case and word order
        // Then every word must be found as the start of a word of the incident
        #expect(try await archive.ids(IncidentQuery(text: "activists rally")) == ["inc-1"])
        #expect(try await archive.ids(IncidentQuery(text: "RALL activ")) == ["inc-1"])
        #expect(try await archive.ids(IncidentQuery(text: "ctivists")) == [])
        #expect(try await archive.ids(IncidentQuery(text: "rally fine")) == [])
        #expect(try await archive.ids(IncidentQuery(text: "police")) == ["inc-4", "inc-1"])
        #expect(try await archive.ids(IncidentQuery(text: "  ")).count == 5)
    }

    @Test(arguments: ArchiveKind.allCases)
    func quotesNotesAndLinkedNamesAreSearched(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        #expect(try await archive.ids(IncidentQuery(text: "marchers square")) == ["inc-1"])
        #expect(try await archive.ids(IncidentQuery(text: "lawyer refused")) == ["inc-1"])
        #expect(try await archive.ids(IncidentQuery(text: "bokaev")) == ["inc-2", "inc-1"])
        #expect(try await archive.ids(IncidentQuery(text: "oil workers")) == ["inc-3"])
        #expect(try await archive.ids(IncidentQuery(text: "alma ata")) == ["inc-3"])
    }

    @Test(arguments: ArchiveKind.allCases)
    func diacriticsAndCaseAreIgnored(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        let written = Incident(id: "inc-accent", date: try PartialDate(iso: "2020-01-05"), eventType: .warning,
                               summary: "Ерлан Қалиев was warned in Öskemen; his café stayed closed.")
        try await archive.save(written, by: .system)
        #expect(try await archive.ids(IncidentQuery(text: "oskemen")) == ["inc-accent"])
        #expect(try await archive.ids(IncidentQuery(text: "CAFE")) == ["inc-accent"])
        #expect(try await archive.ids(IncidentQuery(text: "ерлан")) == ["inc-accent"])
        #expect(try await archive.ids(IncidentQuery(text: "ЕРЛ")) == ["inc-accent"])
        #expect(try await archive.ids(IncidentQuery(text: "zhanaözen")) == ["inc-4"])
    }

    @Test(arguments: ArchiveKind.allCases)
    func renamingAPersonUpdatesTheSearch(kind: ArchiveKind) async throws {
        // Given a person linked to an incident
        let archive = try await World.stored(in: kind)
        var ayan = try #require(try await archive.fetch(Person.self, id: "per-ayan", as: .everything))
        // When they are renamed
        ayan.name = "Talgat Zhaksylykov"
        try await archive.save(ayan, by: .system)
        // Then the incident is found by the new name and not the old
        #expect(try await archive.ids(IncidentQuery(text: "zhaksylykov")) == ["inc-1"])
        #expect(try await archive.ids(IncidentQuery(text: "ayan")) == [])
    }

    @Test(arguments: ArchiveKind.allCases)
    func everyFacetFilters(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        #expect(try await archive.ids(IncidentQuery(eventTypes: [.fine, .conviction])) == ["inc-3", "inc-2"])
        #expect(try await archive.ids(IncidentQuery(regionIDs: ["pla-atyrau-region"])) == ["inc-2", "inc-1"])
        #expect(try await archive.ids(IncidentQuery(regionIDs: ["pla-almaty", "pla-mangystau"])) == ["inc-3", "inc-4"])
        #expect(try await archive.ids(IncidentQuery(placeIDs: ["pla-atyrau"])) == ["inc-2", "inc-1"])
        #expect(try await archive.ids(IncidentQuery(placeIDs: ["pla-atyrau-region"])) == [])
        #expect(try await archive.ids(IncidentQuery(personIDs: ["per-ayan"])) == ["inc-1"])
        #expect(try await archive.ids(IncidentQuery(organizationIDs: ["org-union", "org-circle"])) == ["inc-3", "inc-4"])
        #expect(try await archive.ids(IncidentQuery(provisions: [try LegalProvisionRef.parse("CC 174")])) == ["inc-2", "inc-1"])
        #expect(try await archive.ids(IncidentQuery(provisions: [try LegalProvisionRef.parse("CoAO 488 part 1")])) == ["inc-3"])
        #expect(try await archive.ids(IncidentQuery(statuses: [.proposed])) == ["inc-3", "inc-4"])
        #expect(try await archive.ids(IncidentQuery(confidentialities: [.restricted, .confidential])) == ["inc-4", "inc-5"])
        #expect(try await archive.ids(IncidentQuery(sourceID: "src-memo")) == ["inc-2"])
        #expect(try await archive.ids(IncidentQuery(text: "police", eventTypes: [.detention], regionIDs: ["pla-atyrau-region"])) == ["inc-1"])
    }

    @Test(arguments: ArchiveKind.allCases)
    func dateRangesOverlapPartialDates(kind: ArchiveKind) async throws {
        // Given incidents dated to a day (2016-05-17), a month (2016-11), a year (2021) and a day (2021-12-16)
        let archive = try await World.stored(in: kind)
        // Then a range counts every incident whose date may fall in it, and undated ones never
        #expect(try await archive.ids(IncidentQuery(from: "2016-11-30", to: "2016-12-31")) == ["inc-2"])
        #expect(try await archive.ids(IncidentQuery(from: "2016-05-18", to: "2016-10-31")) == [])
        #expect(try await archive.ids(IncidentQuery(from: "2021-06-01", to: "2021-06-30")) == ["inc-3"])
        #expect(try await archive.ids(IncidentQuery(from: "2021-12-16")) == ["inc-3", "inc-4"])
        #expect(try await archive.ids(IncidentQuery(to: "2016-05-17")) == ["inc-1"])
        #expect(try await archive.ids(IncidentQuery(from: "2016", to: "2016")) == ["inc-2", "inc-1"])
        #expect(try await archive.ids(IncidentQuery(text: "court", from: "2016-11")) == ["inc-2"])
        await #expect { try await archive.ids(IncidentQuery(from: "last week")) } throws: { ($0 as? ArchiveError)?.kind == .invalid }
    }

    @Test(arguments: ArchiveKind.allCases)
    func resultsSortAndPage(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        // Newest first by the latest day a date can mean, undated last
        #expect(try await archive.ids(IncidentQuery()) == ["inc-3", "inc-4", "inc-2", "inc-1", "inc-5"])
        // Oldest first by the earliest day, undated last
        #expect(try await archive.ids(IncidentQuery(sort: .dateAscending)) == ["inc-1", "inc-2", "inc-3", "inc-4", "inc-5"])
        // Pages cut the same order and report the total
        let page = try await archive.incidents(matching: IncidentQuery(limit: 2, offset: 1), as: .everything)
        #expect(page.incidents.map(\.id.rawValue) == ["inc-4", "inc-2"])
        #expect(page.total == 5)
        let last = try await archive.incidents(matching: IncidentQuery(sort: .dateAscending, limit: 2, offset: 4), as: .everything)
        #expect(last.incidents.map(\.id.rawValue) == ["inc-5"])
        #expect(try await archive.timeline(person: "per-bokayev", as: .everything).map(\.id.rawValue) == ["inc-1", "inc-2"])
    }

    @Test(arguments: ArchiveKind.allCases)
    func sameDayIncidentsSortByIdentifierAcrossPages(kind: ArchiveKind) async throws {
        // Given seven incidents on one day, written in a scrambled order
        let archive = try await kind.make()
        let day = try PartialDate(iso: "2022-01-05")
        for n in [4, 1, 6, 3, 7, 2, 5] {
            try await archive.save(Incident(id: Incident.ID("inc-d\(n)"), date: day, eventType: .detention, summary: "Detained at the square, case \(n)."), by: .system)
        }
        try await archive.save(Incident(id: "inc-later", date: try PartialDate(iso: "2022-01-06"), eventType: .release, summary: "Released."), by: .system)
        // Then pages follow date, then identifier
        var seen: [String] = []
        for offset in stride(from: 0, to: 8, by: 3) {
            seen += try await archive.ids(IncidentQuery(limit: 3, offset: offset))
        }
        #expect(seen == ["inc-later"] + (1...7).map { "inc-d\($0)" })
        #expect(try await archive.ids(IncidentQuery(text: "square", limit: 2, offset: 5)) == ["inc-d6", "inc-d7"])
    }

    @Test(arguments: ArchiveKind.allCases)
    func facetsCountTheMatchingIncidents(kind: ArchiveKind) async throws {
        // Given the world
        let archive = try await World.stored(in: kind)
        // When counting every visible incident
        let all = try await archive.facets(matching: IncidentQuery(), as: .everything)
        // Then each facet counts incidents, once per incident
        #expect(all.total == 5)
        #expect(all.eventTypes == [.detention: 1, .conviction: 1, .fine: 1, .assemblyDispersed: 1, .surveillance: 1])
        #expect(all.regions == ["pla-atyrau-region": 2, "pla-almaty": 1, "pla-mangystau": 1])
        #expect(all.years == ["2016": 2, "2021": 2])
        #expect(all.months == ["2016-05": 1, "2016-11": 1, "2021-12": 1])
        let cc174 = ProvisionKey(LegalProvisionRef(code: .criminal, article: "174"))
        let cc400 = ProvisionKey(LegalProvisionRef(code: .criminal, article: "400"))
        let coao488 = ProvisionKey(LegalProvisionRef(code: .administrative, article: "488"))
        #expect(all.provisions == [cc174: 2, cc400: 1, coao488: 1])
        #expect(all.statuses == [.verified: 2, .proposed: 2, .rejected: 1])
        #expect(all.persons == ["per-bokayev": 2, "per-ayan": 1, "per-witness": 1])
        #expect(all.organizations == ["org-union": 1, "org-circle": 1])
        // And filters narrow the counts
        let atyrau = try await archive.facets(matching: IncidentQuery(text: "court"), as: .everything)
        #expect(atyrau.total == 1 && atyrau.eventTypes == [.conviction: 1] && atyrau.provisions == [cc174: 1, cc400: 1])
    }

    @Test(arguments: ArchiveKind.allCases)
    func countLimitCapsTotalsAndCountsFacetsOfTheNewest(kind: ArchiveKind) async throws {
        // Given the world's five incidents, newest first
        let archive = try await World.stored(in: kind)
        let newestFirst = try await archive.ids(IncidentQuery())
        #expect(newestFirst.count == 5)
        // When counting at most three of them
        var query = IncidentQuery(limit: 2)
        query.countLimit = 3
        let page = try await archive.incidents(matching: query, as: .everything)
        // Then the total stops at three and says so, and the page is the same page
        #expect(page.total == 3 && page.isTotalCapped)
        #expect(page.incidents.map(\.id.rawValue) == Array(newestFirst.prefix(2)))
        // And pages past the limit still come
        query.offset = 4
        #expect(try await archive.incidents(matching: query, as: .everything).incidents.map(\.id.rawValue) == [newestFirst[4]])
        // And facets count the newest three only
        let facets = try await archive.facets(matching: query, as: .everything)
        var expected: [EventType: Int] = [:]
        for id in newestFirst.prefix(3) {
            let incident = try #require(try await archive.fetch(Incident.self, id: Incident.ID(id), as: .everything))
            expected[incident.eventType, default: 0] += 1
        }
        #expect(facets.isSampled && facets.total == 3 && facets.eventTypes == expected)
        // And a limit the matches stay within changes nothing
        query.countLimit = 5
        let whole = try await archive.facets(matching: IncidentQuery(), as: .everything)
        let unsampled = try await archive.facets(matching: query, as: .everything)
        #expect(!unsampled.isSampled && unsampled == whole)
        let exact = try await archive.incidents(matching: query, as: .everything)
        #expect(exact.total == 5 && !exact.isTotalCapped)
        // And full-text searches, in either order, are capped alike
        for sort in [IncidentQuery.Sort.dateDescending, .dateAscending] {
            var words = IncidentQuery(text: "police", sort: sort)
            words.countLimit = 1
            let found = try await archive.incidents(matching: words, as: .everything)
            #expect(found.total == 1 && found.isTotalCapped && found.incidents.count == 2)
            let counted = try await archive.facets(matching: words, as: .everything)
            #expect(counted.total == 1 && counted.isSampled && counted.eventTypes.values.reduce(0, +) == 1)
        }
        // And what the viewer may not see is not counted: visitors see three public incidents
        var visible = IncidentQuery()
        visible.countLimit = 2
        let anonymous = try await archive.incidents(matching: visible, as: .anonymous)
        #expect(anonymous.total == 2 && anonymous.isTotalCapped)
        visible.countLimit = 3
        let exactly = try await archive.incidents(matching: visible, as: .anonymous)
        #expect(exactly.total == 3 && !exactly.isTotalCapped)
        #expect(try await archive.facets(matching: visible, as: .anonymous).isSampled == false)
    }
}
