import Archive
import CivicModel
import Testing

/// Two records for one person or organisation become one, in one write, on every archive.
@Suite("Merging duplicates")
struct MergeTests {
    @Test(arguments: ArchiveKind.allCases)
    func aDuplicatePersonsLinksNamesAndGapsMoveToTheRecordKept(kind: ArchiveKind) async throws {
        // Given the same activist entered twice: once curated, once under another spelling from a later report
        let archive = try await World.stored(in: kind)
        try await archive.write(ArchiveBatch(
            persons: [Person(id: "per-ayan-2", name: "Talgat Ayanov", aliases: ["T. Ayan"], placeID: "pla-almaty", description: "Land activist.")],
            incidents: [
                Incident(id: "inc-6", date: try PartialDate(iso: "2022-01-05"), eventType: .detention, summary: "An activist held at a march.",
                         persons: [PersonLink("per-ayan-2")], status: .verified),
                // Both records already linked to one incident: it keeps one link, with the kept record's role.
                Incident(id: "inc-7", date: try PartialDate(iso: "2022-01-06"), eventType: .fine, summary: "Two fines after the march.",
                         persons: [PersonLink("per-ayan"), PersonLink("per-ayan-2", role: .witness)], status: .verified),
            ]), by: .system)
        // When the duplicate is merged into the curated record
        let merged = try await archive.merge(person: "per-ayan-2", into: "per-ayan", by: Editor("aigerim"))
        // Then the duplicate is gone, and its names and what the kept record lacked live on in it
        #expect(try await archive.fetch(Person.self, id: "per-ayan-2", as: .everything) == nil)
        #expect(merged.aliases == ["Talgat Ayanov", "T. Ayan"])
        #expect(merged.placeID == "pla-almaty")
        #expect(merged.occupation == .activist)
        #expect(merged.description == "Land activist.")
        #expect(merged.revision == 2)
        // And every incident links the kept record once
        #expect(try await archive.fetch(Incident.self, id: "inc-6", as: .everything)?.persons == [PersonLink("per-ayan")])
        #expect(try await archive.fetch(Incident.self, id: "inc-7", as: .everything)?.persons == [PersonLink("per-ayan")])
        #expect(try await archive.ids(IncidentQuery(personIDs: ["per-ayan"])).sorted() == ["inc-1", "inc-6", "inc-7"])
        // The duplicate's spelling now finds the kept record's incidents
        #expect(try await archive.ids(IncidentQuery(text: "Ayanov")).sorted() == ["inc-1", "inc-6", "inc-7"])
        // And the audit log names the editor for the move and the deletion
        let log = try await archive.auditLog(AuditQuery(user: "aigerim"))
        #expect(Set(log.map(\.recordID)) == ["per-ayan", "per-ayan-2", "inc-6", "inc-7"])
        #expect(log.contains { $0.recordID == "per-ayan-2" && $0.action == .delete })
    }

    @Test(arguments: ArchiveKind.allCases)
    func organisationsJoinTheirStatusHistories(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        var union = try #require(try await archive.fetch(Organization.self, id: "org-union", as: .everything))
        union.statusHistory = [OrganizationStatusChange(date: try PartialDate(iso: "2014-06"), status: .registered)]
        try await archive.save(union, by: .system)
        try await archive.write(ArchiveBatch(
            organizations: [Organization(id: "org-union-2", name: "Oil Workers' Union of Atyrau", kind: .tradeUnion, statusHistory: [
                OrganizationStatusChange(date: try PartialDate(iso: "2016-01-07"), status: .liquidated, note: "court ruling"),
            ])],
            incidents: [Incident(id: "inc-8", date: try PartialDate(iso: "2016-01-07"), eventType: .organizationBanned,
                                 summary: "A court closed the union.", organizations: [OrganizationLink("org-union-2")], status: .verified)]),
            by: .system)
        let merged = try await archive.merge(organization: "org-union-2", into: "org-union", by: .system)
        #expect(merged.statusHistory.map(\.status) == [.registered, .liquidated])
        #expect(merged.aliases == ["Oil Workers' Union of Atyrau"])
        #expect(try await archive.fetch(Incident.self, id: "inc-8", as: .everything)?.organizations == [OrganizationLink("org-union")])
        #expect(try await archive.fetch(Organization.self, id: "org-union-2", as: .everything) == nil)
    }

    @Test(arguments: ArchiveKind.allCases)
    func recordsOfDifferentLevelsOrThemselvesAreNotMergedAndNothingChanges(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        let before = try await archive.auditLog(AuditQuery()).count
        // A confidential witness merged into a public activist would publish the witness's name as an alias.
        await #expect { try await archive.merge(person: "per-witness", into: "per-ayan", by: .system) } throws: { ($0 as? ArchiveError)?.kind == .invalid }
        await #expect { try await archive.merge(person: "per-ayan", into: "per-ayan", by: .system) } throws: { ($0 as? ArchiveError)?.kind == .invalid }
        await #expect { try await archive.merge(person: "per-ghost", into: "per-ayan", by: .system) } throws: { ($0 as? ArchiveError)?.kind == .notFound }
        #expect(try await archive.auditLog(AuditQuery()).count == before)
        #expect(try await archive.fetch(Person.self, id: "per-witness", as: .everything) != nil)
    }

    @Test(arguments: ArchiveKind.allCases)
    func aBatchThatWritesAndDeletesIsOneTransaction(kind: ArchiveKind) async throws {
        // A deletion that is refused (a place still in use) undoes the batch's writes too.
        let archive = try await World.stored(in: kind)
        var ayan = try #require(try await archive.fetch(Person.self, id: "per-ayan", as: .everything))
        ayan.description = "Changed in a batch that fails."
        await #expect {
            try await archive.write(ArchiveBatch(persons: [ayan], deletions: [RecordDeletion(Place.self, id: "pla-atyrau")]), by: .system)
        } throws: { ($0 as? ArchiveError)?.kind == .inUse }
        #expect(try await archive.fetch(Person.self, id: "per-ayan", as: .everything)?.description == nil)
        #expect(try await archive.fetch(Place.self, id: "pla-atyrau", as: .everything) != nil)
    }
}
