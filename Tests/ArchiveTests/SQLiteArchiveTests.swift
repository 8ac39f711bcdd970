import Archive
import CivicModel
import Foundation
import Testing

@testable import ArchiveSQLite

/// What only the SQLite archive has: a file, migrations, WAL mode, and the bulk load.
@Suite struct SQLiteArchiveTests {
    @Test func aFreshFileIsMigratedAndInWALMode() async throws {
        // Given a path where no file exists
        let path = TemporaryFile.path(extension: "sqlite")
        #expect(!FileManager.default.fileExists(atPath: path))
        // When the archive is opened
        let archive = try SQLiteArchive(path: path)
        // Then the file exists, every migration ran and the journal is write-ahead
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try await archive.appliedMigrations() == ["v1-records-links-search-audit", "v2-search-words", "v3-attachments", "v4-two-step-sign-in", "v5-recovery-codes"])
        #expect(try await archive.journalMode() == "wal")
    }

    @Test func reopeningAFileKeepsItsRecords() async throws {
        // Given a file with the world in it
        let path = TemporaryFile.path(extension: "sqlite")
        do {
            let archive = try SQLiteArchive(path: path)
            try await archive.write(try World.batch, by: .system)
        }
        // When it is opened again
        let reopened = try SQLiteArchive(path: path)
        // Then nothing is migrated twice and the records, search and log are there
        #expect(try await reopened.appliedMigrations() == ["v1-records-links-search-audit", "v2-search-words", "v3-attachments", "v4-two-step-sign-in", "v5-recovery-codes"])
        #expect(try await reopened.count(Incident.self, as: .everything) == 5)
        #expect(try await reopened.ids(IncidentQuery(text: "bokaev")) == ["inc-2", "inc-1"])
        let written = try World.batch.count
        #expect(try await reopened.auditLog(AuditQuery()).count == written)
    }

    @Test func aFileThatIsNotAnArchiveIsRefused() throws {
        let path = TemporaryFile.path(extension: "sqlite")
        try Data("this is not a database, just a text file with enough bytes in it to look like one".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: ArchiveError.self) { try SQLiteArchive(path: path) }
    }

    @Test func anInMemoryArchiveWorks() async throws {
        let archive = try SQLiteArchive(path: ":memory:")
        try await archive.write(try World.batch, by: .system)
        #expect(try await archive.ids(IncidentQuery(text: "rally")) == ["inc-1"])
    }

    @Test func aBulkLoadFillsTheIndexAndLaterWritesKeepItCurrent() async throws {
        // Given a batch big enough to be loaded in bulk
        let archive = try SQLiteArchive(path: TemporaryFile.path(extension: "sqlite"))
        var batch = try World.batch
        let day = try PartialDate(iso: "2020-02-02")
        for n in 0..<SQLiteArchive.bulkThreshold {
            batch.incidents.append(Incident(id: Incident.ID("inc-bulk-\(n)"), date: day, eventType: .fine,
                                            summary: "Picket number \(n) ended with a fine.", places: ["pla-almaty"],
                                            persons: n % 2 == 0 ? [PersonLink("per-ayan")] : []))
        }
        // When it is written
        try await archive.write(batch, by: .system)
        // Then every incident is searchable, with facets, and logged once
        #expect(try await archive.incidents(matching: IncidentQuery(text: "picket number"), as: .everything).total == SQLiteArchive.bulkThreshold)
        let prefixed = try await archive.ids(IncidentQuery(text: "number 777"))
        #expect(prefixed == ["inc-bulk-777"] + (0...9).map { "inc-bulk-777\($0)" })
        #expect(try await archive.incidents(matching: IncidentQuery(personIDs: ["per-ayan"]), as: .everything).total == SQLiteArchive.bulkThreshold / 2 + 1)
        #expect(try await archive.auditLog(AuditQuery(limit: Int.max)).count == batch.count)
        // And a later rename reaches the bulk-loaded incidents
        var ayan = try #require(try await archive.fetch(Person.self, id: "per-ayan", as: .everything))
        ayan.name = "Talgat Zhaksylykov"
        try await archive.save(ayan, by: .system)
        #expect(try await archive.incidents(matching: IncidentQuery(text: "zhaksylykov"), as: .everything).total == SQLiteArchive.bulkThreshold / 2 + 1)
    }

    /// Every year-only date shares the year's last day, so one day can hold thousands of incidents; a page ending
    /// there is ordered by identifier, like any day, through the day's key range.
    @Test func aCrowdedDayPagesByIdentifier() async throws {
        let sqlite = try SQLiteArchive(path: ":memory:")
        let memory = MemoryArchive()
        let year = try PartialDate(year: 2021)
        var batch = ArchiveBatch()
        var generator = SystemRandomNumberGenerator()
        for n in (0..<(SQLiteArchive.crowdedDay * 2 + 50)).shuffled(using: &generator) {
            batch.incidents.append(Incident(id: Incident.ID("inc-vigil-\(n)"), date: n % 7 == 0 ? try PartialDate(iso: "2021-12-30") : year,
                                            eventType: .fine, summary: "Vigil \(n % 3 == 0 ? "dispersed" : "held")", status: .verified))
        }
        for archive in [memory, sqlite] as [any Archive] { try await archive.write(batch, by: .system) }
        var queries: [IncidentQuery] = []
        for text in ["vigil", "dispersed", nil] as [String?] {
            for offset in [0, 5, 70, 300, SQLiteArchive.crowdedDay * 2 + 40] {
                queries.append(IncidentQuery(text: text, limit: 20, offset: offset))
                var capped = IncidentQuery(text: text, limit: 20, offset: offset)
                capped.countLimit = 100
                queries.append(capped)
            }
        }
        try await expectSameSearches(memory, sqlite, queries: queries, viewers: [.everything])
    }

    /// Facets of linked records are counted from the facet tokens, with the places' regions and the viewer's
    /// clearance as they are when asked: a place moving region, a person and an organisation becoming confidential
    /// (and a source public) change the counts as they change `MemoryArchive`'s.
    @Test func facetsFollowLinkedRecordsAsTheyChange() async throws {
        let sqlite = try SQLiteArchive(path: ":memory:")
        let memory = MemoryArchive()
        let batch = try SampleWorld(seed: 31, incidents: 120).batch
        for archive in [memory, sqlite] as [any Archive] { try await archive.write(batch, by: .system) }
        var queries = SampleWorld.searchesWithEveryFilter().filter { $0.offset == 0 }
        queries += [IncidentQuery(), IncidentQuery(text: "court")]
        for index in queries.indices where index % 2 == 0 { queries[index].countLimit = 20 }
        let viewers: [Clearance] = [.anonymous, .restricted, .everything]
        try await expectSameSearches(memory, sqlite, queries: queries, viewers: viewers)
        for archive in [memory, sqlite] as [any Archive] { try await SampleWorld.changeLinkedRecords(in: archive) }
        try await expectSameSearches(memory, sqlite, queries: queries, viewers: viewers)
    }

    /// Where most incidents are verified (as in a working archive), "verified" is searched as "neither proposed nor
    /// rejected"; the answers stay those of `MemoryArchive`, also after a review changes the balance back.
    @Test func aStatusFilterIsWrittenTheCheaperWayWithTheSameAnswers() async throws {
        let sqlite = try SQLiteArchive(path: ":memory:")
        let memory = MemoryArchive()
        var batch = try SampleWorld(seed: 37, incidents: 150).batch
        for index in batch.incidents.indices where index % 5 != 0 { batch.incidents[index].status = .verified }
        for archive in [memory, sqlite] as [any Archive] { try await archive.write(batch, by: .system) }

        func match(_ statuses: Set<ReviewStatus>, text: String? = "court") async throws -> String {
            try await sqlite.read { db in
                let filter = try #require(try IncidentFilter(IncidentQuery(text: text, statuses: statuses), viewer: .anonymous,
                                                             statuses: sqlite.statusTally, in: db))
                return "\(filter.arguments)"
            }
        }
        #expect(try await match([.verified]).contains("NOT facets : (c1 OR c2 OR sproposed OR srejected)"))
        #expect(try await match([.verified], text: nil).contains("NOT facets : (c1 OR c2 OR sproposed OR srejected)"))
        #expect(try await match([.proposed]).contains("facets : (sproposed)"))
        #expect(!(try await match([.proposed, .verified, .rejected])).contains("sverified"))

        var queries: [IncidentQuery] = []
        for statuses in [[.verified], [.verified, .rejected], [.proposed], [.proposed, .verified, .rejected]] as [Set<ReviewStatus>] {
            for text in [nil, "court", "picket union", "штраф"] as [String?] {
                queries.append(IncidentQuery(text: text, statuses: statuses))
                queries.append(IncidentQuery(text: text, regionIDs: ["pla-region1"], statuses: statuses, limit: 7))
                queries.append(IncidentQuery(text: text, statuses: statuses, sort: .dateAscending, limit: 5, offset: 3))
            }
        }
        for index in queries.indices where index % 3 == 0 { queries[index].countLimit = 10 }
        let viewers: [Clearance] = [.anonymous, .restricted, .everything]
        try await expectSameSearches(memory, sqlite, queries: queries, viewers: viewers)

        // Reviews turn the balance: most incidents are now rejected, and "verified" is read as itself again.
        for archive in [memory, sqlite] as [any Archive] {
            for var incident in try await archive.snapshot(as: .everything).incidents where incident.status == .verified {
                if incident.id.rawValue.hasSuffix("1") { continue }
                incident.status = .rejected
                _ = try await archive.save(incident, by: Editor("ana"))
            }
        }
        #expect(try await match([.verified]).contains("facets : (sverified)"))
        try await expectSameSearches(memory, sqlite, queries: queries, viewers: viewers)
    }
}
