import Archive
import CivicModel
import Testing

/// Expects two archives to answer the same searches alike: the page, its total and the facets, for
/// each viewer. The stores' shared tests compare a store with `MemoryArchive` through it.
func expectSameSearches(_ expected: any Archive, _ actual: any Archive, queries: [IncidentQuery], viewers: [Clearance],
                        sourceLocation: SourceLocation = #_sourceLocation) async throws {
    for viewer in viewers {
        for query in queries {
            let a = try await expected.incidents(matching: query, as: viewer)
            let b = try await actual.incidents(matching: query, as: viewer)
            #expect(a.total == b.total, "total for \(query) as \(viewer.level)", sourceLocation: sourceLocation)
            #expect(a.incidents == b.incidents, "page for \(query) as \(viewer.level)", sourceLocation: sourceLocation)
            let fa = try await expected.facets(matching: query, as: viewer)
            let fb = try await actual.facets(matching: query, as: viewer)
            #expect(fa == fb, "facets for \(query) as \(viewer.level)", sourceLocation: sourceLocation)
        }
    }
}

extension SampleWorld {
    /// Changes that move search tokens and facet counts: a place moves to another region, a person and an
    /// organisation become confidential, a source becomes public.
    static func changeLinkedRecords(in archive: any Archive) async throws {
        let editor = Editor("ana")
        var place = try #require(try await archive.fetch(Place.self, id: "pla-city1", as: .everything))
        place.regionID = "pla-region2"
        try await archive.save(place, by: editor)
        var person = try #require(try await archive.fetch(Person.self, id: "per-3", as: .everything))
        person.confidentiality = .confidential
        try await archive.save(person, by: editor)
        var organization = try #require(try await archive.fetch(Organization.self, id: "org-2", as: .everything))
        organization.confidentiality = .confidential
        try await archive.save(organization, by: editor)
        var source = try #require(try await archive.fetch(Source.self, id: "src-2", as: .everything))
        source.confidentiality = .public
        try await archive.save(source, by: editor)
    }

    /// Words with each filter, alone and in pairs, including filters on records a viewer may not see and dates
    /// that are and are not whole years.
    static func searchesWithEveryFilter() -> [IncidentQuery] {
        let texts = ["e", "s", "per", "court", "штраф", "Қаз", "picket union", "nothing"]
        var filters: [(inout IncidentQuery) -> Void] = [
            { _ in },
            { $0.from = "2021"; $0.to = "2022" },
            { $0.from = "2021-03-01"; $0.to = "2022-06-30" },
            { $0.from = "2020-01-01" },
            { $0.to = "2021-12-31" },
            { $0.from = "2023-01"; $0.to = "2019" },
            { $0.eventTypes = [.fine, .warning] },
            { $0.statuses = [.verified] },
            { $0.confidentialities = [.restricted, .confidential] },
            { $0.confidentialities = [.public] },
            { $0.provisions = [LegalProvisionRef(code: .administrative, article: "488")] },
            { $0.provisions = [LegalProvisionRef(code: .criminal, article: "174", part: "3")] },
        ]
        filters += (0..<3).map { r in { $0.regionIDs = [Place.ID("pla-region\(r)")] } }
        filters += (0..<6).map { c in { $0.placeIDs = [Place.ID("pla-city\(c)"), Place.ID("pla-region\(c % 3)")] } }
        filters += (0..<6).map { c in { $0.regionIDs = [Place.ID("pla-city\(c)")] } }
        filters += (0..<10).map { p in { $0.personIDs = [Person.ID("per-\(p)")] } }
        filters += (0..<5).map { o in { $0.organizationIDs = [Organization.ID("org-\(o)"), Organization.ID("org-\((o + 1) % 5)")] } }
        filters += (0..<4).map { s in { $0.sourceID = Source.ID("src-\(s)") } }
        var out: [IncidentQuery] = []
        for (index, text) in texts.enumerated() {
            for (f, filter) in filters.enumerated() {
                var query = IncidentQuery(text: text, limit: 7, offset: (index + f) % 3)
                query.sort = IncidentQuery.Sort.allCases[(index + f) % IncidentQuery.Sort.allCases.count]
                filter(&query)
                if (index + f) % 4 == 0 { filters[(f * 7 + index) % filters.count](&query) }
                out.append(query)
            }
        }
        return out
    }
}
