import Archive
import CivicModel
import Foundation
import Testing

/// What each viewer may see: records above their clearance never leave the archive.
@Suite struct ClearanceTests {
    @Test(arguments: ArchiveKind.allCases)
    func anonymousVisitorsSeeOnlyPublicIncidents(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        #expect(try await archive.ids(IncidentQuery(), as: .anonymous) == ["inc-3", "inc-2", "inc-1"])
        #expect(try await archive.ids(IncidentQuery(), as: .restricted) == ["inc-3", "inc-4", "inc-2", "inc-1"])
        #expect(try await archive.fetch(Incident.self, id: "inc-4", as: .anonymous) == nil)
        #expect(try await archive.fetch(Incident.self, id: "inc-5", as: .restricted) == nil)
        #expect(try await archive.count(Incident.self, as: .anonymous) == 3)
        #expect(try await archive.ids(IncidentQuery(confidentialities: [.confidential]), as: .restricted) == [])
        #expect(try await archive.list(Incident.self, matching: nil, as: .anonymous, limit: 10, offset: 0).count == 3)
    }

    @Test(arguments: ArchiveKind.allCases)
    func hiddenPersonsAndTheirNamesStayHidden(kind: ArchiveKind) async throws {
        // Given a public incident that links a confidential witness and quotes a confidential memo
        let archive = try await World.stored(in: kind)
        // When an anonymous visitor reads it
        let seen = try #require(try await archive.fetch(Incident.self, id: "inc-2", as: .anonymous))
        // Then the witness and the memo's passage are gone
        #expect(seen.persons.map(\.personID) == ["per-bokayev"])
        #expect(seen.passages.isEmpty)
        #expect(try await archive.fetch(Person.self, id: "per-witness", as: .anonymous) == nil)
        #expect(try await archive.list(Person.self, matching: nil, as: .restricted, limit: 10, offset: 0).map(\.id) == ["per-bokayev", "per-ayan"])
        // And neither their name nor the memo's words find the incident
        #expect(try await archive.ids(IncidentQuery(text: "zhanibekova"), as: .anonymous) == [])
        #expect(try await archive.ids(IncidentQuery(text: "zhanibekova"), as: .everything) == ["inc-2"])
        #expect(try await archive.ids(IncidentQuery(text: "courtroom"), as: .restricted) == [])
        #expect(try await archive.ids(IncidentQuery(text: "courtroom"), as: .everything) == ["inc-2"])
        #expect(try await archive.ids(IncidentQuery(personIDs: ["per-witness"]), as: .anonymous) == [])
        #expect(try await archive.ids(IncidentQuery(sourceID: "src-memo"), as: .restricted) == [])
        // And facet counts leave them out
        let facets = try await archive.facets(matching: IncidentQuery(), as: .anonymous)
        #expect(facets.persons == ["per-bokayev": 2, "per-ayan": 1])
        #expect(facets.organizations == ["org-union": 1])
        #expect(facets.total == 3)
    }

    @Test(arguments: ArchiveKind.allCases)
    func notesAreHiddenFromAnonymousVisitors(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        #expect(try await archive.fetch(Incident.self, id: "inc-1", as: .anonymous)?.notes == nil)
        #expect(try await archive.fetch(Incident.self, id: "inc-1", as: .restricted)?.notes == "Lawyer was refused access.")
        #expect(try await archive.ids(IncidentQuery(text: "lawyer"), as: .anonymous) == [])
        #expect(try await archive.ids(IncidentQuery(text: "lawyer"), as: .restricted) == ["inc-1"])
        #expect(try await archive.incidents(matching: IncidentQuery(), as: .anonymous).incidents.allSatisfy { $0.notes == nil })
    }

    @Test(arguments: ArchiveKind.allCases)
    func raisingAPersonsConfidentialityHidesThemAtOnce(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        var ayan = try #require(try await archive.fetch(Person.self, id: "per-ayan", as: .everything))
        ayan.confidentiality = .restricted
        try await archive.save(ayan, by: .system)
        #expect(try await archive.ids(IncidentQuery(text: "talgat"), as: .anonymous) == [])
        #expect(try await archive.ids(IncidentQuery(text: "talgat"), as: .restricted) == ["inc-1"])
        #expect(try await archive.fetch(Incident.self, id: "inc-1", as: .anonymous)?.persons.map(\.personID) == ["per-bokayev"])
    }
}
