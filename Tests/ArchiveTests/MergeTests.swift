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

    @Test(arguments: ArchiveKind.allCases)
    func aSecondAccountOfAnIncidentAddsItsPassagesAndIsRejected(kind: ArchiveKind) async throws {
        // Given a proposal from a second report that records the world's detention of 17 May 2016 (inc-1)
        let archive = try await World.stored(in: kind)
        let second = SourcePassage(sourceID: "src-report", start: 100, end: 160, quote: "Two activists were taken from the square.")
        let again = SourcePassage(sourceID: "src-report", start: 0, end: 20, quote: "Officers stopped the marchers near the square.")
        try await archive.save(Incident(id: "inc-dup", date: try PartialDate(iso: "2016-05-17"), eventType: .detention, summary: "A second account.",
                                        persons: [PersonLink("per-ayan")], status: .proposed, passages: [second, again], notes: "read by the reader"), by: .system)
        // When an editor merges it into the incident
        let kept = try await archive.merge(incident: "inc-dup", into: "inc-1", revisions: (duplicate: 1, kept: 1), by: Editor("aigerim"))
        // Then the incident cites both passages, the one it had once
        #expect(kept.passages.map(\.start) == [0, 100])
        #expect(kept.revision == 2)
        // And the proposal is rejected with a note naming where it went, both in one audited write
        let duplicate = try #require(try await archive.fetch(Incident.self, id: "inc-dup", as: .everything))
        #expect(duplicate.status == .rejected)
        #expect(duplicate.notes == "read by the reader\nDuplicate of inc-1: its source passages were added there.")
        #expect(Set(try await archive.auditLog(AuditQuery(user: "aigerim")).map(\.recordID)) == ["inc-1", "inc-dup"])
        // A rejected record is neither merged again nor merged into
        await #expect(throws: ArchiveError.self) { try await archive.merge(incident: "inc-dup", into: "inc-1", by: .system) }
        await #expect(throws: ArchiveError.self) { try await archive.merge(incident: "inc-2", into: "inc-dup", by: .system) }
    }

    @Test(arguments: ArchiveKind.allCases)
    func aStaleOrMoreRestrictedDuplicateIsRefusedAndNothingChanges(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        try await archive.save(Incident(id: "inc-dup", date: try PartialDate(iso: "2016-05-17"), eventType: .detention, summary: "A second account.",
                                        status: .proposed, passages: [SourcePassage(sourceID: "src-report", start: 100, end: 160)]), by: .system)
        // Someone changed inc-1 since the editor looked: revision 1 is stale.
        var changed = try #require(try await archive.fetch(Incident.self, id: "inc-1", as: .everything))
        changed.summary += " (corrected)"
        try await archive.save(changed, by: .system)
        await #expect(throws: ArchiveError.self) { try await archive.merge(incident: "inc-dup", into: "inc-1", revisions: (duplicate: 1, kept: 1), by: .system) }
        #expect(try await archive.fetch(Incident.self, id: "inc-dup", as: .everything)?.status == .proposed)
        #expect(try await archive.fetch(Incident.self, id: "inc-1", as: .everything)?.passages.count == 1)
        // A restricted account merged into a public incident would publish its passages.
        var restricted = try #require(try await archive.fetch(Incident.self, id: "inc-dup", as: .everything))
        restricted.confidentiality = .restricted
        try await archive.save(restricted, by: .system)
        do {
            try await archive.merge(incident: "inc-dup", into: "inc-1", by: .system)
            Issue.record("a restricted duplicate was merged into a public incident")
        } catch let error as ArchiveError {
            #expect("\(error)".contains("restricted"))
        }
        await #expect(throws: ArchiveError.self) { try await archive.merge(incident: "inc-1", into: "inc-1", by: .system) }
    }
}
