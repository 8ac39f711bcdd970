import Archive
import ArchiveSQLite
import CivicModel
import Foundation
import GRDB
import Testing

/// The SQLite archive's fast paths answer as the memory archive does: the bulk load of a big
/// batch, the one-pass count and page of a full-text search, and the facet counts kept between writes.
@Suite struct SQLiteBulkLoadTests {
    /// A batch big enough for the bulk path: incidents spread over a few days so pages end inside a
    /// day, with every kind of link, a few restricted and confidential ones, and quotes from both sources.
    static func bigBatch(count: Int = SQLiteArchive.bulkThreshold) throws -> ArchiveBatch {
        var batch = try World.batch
        let days = try ["2019-03-01", "2019-03-02", "2019-04", "2020"].map { try PartialDate(iso: $0) }
        let words = ["picket", "court", "lawyer", "square", "leaflet", "hearing", "rally"]
        for n in 0..<count {
            let word = words[n % words.count], other = words[(n / 7) % words.count]
            batch.incidents.append(Incident(
                id: Incident.ID("inc-big-\(n)"), date: n % 13 == 0 ? nil : days[n % days.count],
                eventType: n % 3 == 0 ? .fine : .detention,
                summary: "Case \(n): a \(word) near the \(other) ended badly.",
                places: [n % 2 == 0 ? "pla-atyrau" : "pla-almaty"],
                persons: n % 5 == 0 ? [PersonLink("per-bokayev"), PersonLink("per-witness", role: .witness)] : [],
                organizations: n % 11 == 0 ? [OrganizationLink("org-circle")] : [],
                legalProvisions: [LegalProvisionRef(code: .administrative, article: n % 2 == 0 ? "488" : "489", part: "6")],
                status: n % 4 == 0 ? .proposed : .verified,
                confidentiality: n % 17 == 0 ? .restricted : (n % 19 == 0 ? .confidential : .public),
                passages: [SourcePassage(sourceID: n % 9 == 0 ? "src-memo" : "src-report", start: 0, end: 10, quote: "Quoted \(other) words.")],
                notes: n % 6 == 0 ? "Call the \(word) lawyer." : nil))
        }
        return batch
    }

    /// The declared indexes of the archive at `path`, by name, with the SQL that made them.
    static func indexes(at path: String) throws -> [String: String] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
                .map { ($0["name"] as String, $0["sql"] as String) })
        }
    }

    @Test func aBulkLoadAnswersAsTheMemoryArchiveDoes() async throws {
        // Given the same big batch in memory and in SQLite (where it takes the bulk path)
        let batch = try Self.bigBatch()
        let memory = MemoryArchive()
        try await memory.write(batch, by: .system)
        let path = TemporaryFile.path(extension: "sqlite")
        let sqlite = try SQLiteArchive(path: path)
        let indexesBefore = try Self.indexes(at: path)
        let summary = try await sqlite.write(batch, by: .system)
        #expect(summary.inserted[.incident] == batch.incidents.count)
        // (a load into an empty archive builds its indexes at the end: they are all back, as declared)
        #expect(try Self.indexes(at: path) == indexesBefore)
        #expect(indexesBefore.keys.contains("incident_person_by_person"))
        // Then searches, pages across day boundaries and facets agree for every clearance
        let queries = [
            IncidentQuery(text: "court"), IncidentQuery(text: "cou lawy", limit: 7, offset: 40),
            IncidentQuery(text: "square", eventTypes: [.fine], limit: 20, offset: 1_000),
            IncidentQuery(text: "bokaev", regionIDs: ["pla-atyrau-region"], statuses: [.verified]),
            IncidentQuery(text: "quoted rally", from: "2019-03-02", to: "2019-04-30", limit: 30, offset: 5),
            IncidentQuery(text: "reading circle"), IncidentQuery(text: "call lawyer"), IncidentQuery(text: "zhanibekova"),
            IncidentQuery(personIDs: ["per-witness"], limit: 10, offset: 100), IncidentQuery(limit: 25, offset: 2_500),
            IncidentQuery(text: "picket", sort: .dateAscending, limit: 15, offset: 300),
        ]
        for viewer in [Clearance.anonymous, .restricted, .everything] {
            for query in queries {
                let expected = try await memory.incidents(matching: query, as: viewer)
                let found = try await sqlite.incidents(matching: query, as: viewer)
                #expect(found.total == expected.total, "\(query) as \(viewer.level)")
                #expect(found.incidents == expected.incidents, "\(query) as \(viewer.level)")
                #expect(try await sqlite.facets(matching: query, as: viewer) == (try await memory.facets(matching: query, as: viewer)))
            }
        }
        // And every incident has its revision and its audit entry
        #expect(try await sqlite.auditLog(AuditQuery(limit: Int.max)).count == batch.count)
        let revisions = try await sqlite.revisions(of: .incident, id: "inc-big-77")
        #expect(revisions.map(\.number) == [1])
        let original = try #require(batch.incidents.first { $0.id == "inc-big-77" })
        #expect(try RecordCoding.decode(Incident.self, from: revisions[0].body) == with(original) { $0.revision = 1 })
    }

    @Test func aBulkLoadWithAnInvalidOrDanglingIncidentWritesNothing() async throws {
        // Given big batches whose only bad incident is their last (prepared in a later chunk than most)
        let archive = try SQLiteArchive(path: TemporaryFile.path(extension: "sqlite"))
        var blank = try Self.bigBatch(count: SQLiteArchive.bulkThreshold + 1)
        blank.incidents[blank.incidents.count - 1].summary = "  "
        var dangling = try Self.bigBatch(count: SQLiteArchive.bulkThreshold + 1)
        dangling.incidents[dangling.incidents.count - 1].persons = [PersonLink("per-nobody")]
        // When they are written, then each is refused whole, with the model's or the archive's reason
        await #expect(throws: ModelError.self) { try await archive.write(blank, by: .system) }
        await #expect { try await archive.write(dangling, by: .system) } throws: { ($0 as? ArchiveError)?.kind == .danglingLink }
        #expect(try await archive.count(Incident.self, as: .everything) == 0)
        #expect(try await archive.auditLog(AuditQuery(limit: Int.max)).isEmpty)
    }

    @Test func aBulkLoadWithATakenIdentifierWritesNothing() async throws {
        // Given an archive holding the world, and big batches that repeat an identifier
        let archive = try SQLiteArchive(path: TemporaryFile.path(extension: "sqlite"))
        try await archive.write(try World.batch, by: .system)
        let before = try await archive.auditLog(AuditQuery(limit: Int.max)).count
        var stored = ArchiveBatch(incidents: try Self.bigBatch().incidents)
        stored.incidents.append(try World.incidents()[2])
        var twice = ArchiveBatch(incidents: try Self.bigBatch().incidents)
        twice.incidents.append(twice.incidents[500])
        // When they are written, then each is refused whole
        for batch in [stored, twice] {
            await #expect { try await archive.write(batch, by: .system) } throws: { ($0 as? ArchiveError)?.kind == .alreadyExists }
            #expect(try await archive.count(Incident.self, as: .everything) == 5)
            #expect(try await archive.auditLog(AuditQuery(limit: Int.max)).count == before)
            #expect(try await archive.incidents(matching: IncidentQuery(text: "quoted"), as: .everything).total == 0)
        }
        // And a later write still works
        let fresh = try Self.bigBatch(count: SQLiteArchive.bulkThreshold).incidents.filter { $0.id.rawValue.hasPrefix("inc-big-") }
        try await archive.write(ArchiveBatch(incidents: fresh), by: .system)
        #expect(try await archive.count(Incident.self, as: .everything) == 5 + SQLiteArchive.bulkThreshold)
    }

    @Test func facetCountsFollowEveryWriteEvenFromAnotherConnection() async throws {
        // Given facets counted (and kept) by one archive
        let path = TemporaryFile.path(extension: "sqlite")
        let archive = try SQLiteArchive(path: path)
        try await archive.write(try World.batch, by: .system)
        let query = IncidentQuery(text: "police")
        #expect(try await archive.facets(matching: query, as: .everything).total == 2)
        #expect(try await archive.facets(matching: with(query) { $0.offset = 50 }, as: .everything).total == 2)
        // When an incident is added through it, and another through a second opening of the file
        try await archive.save(Incident(id: "inc-6", date: nil, eventType: .fine, summary: "Police fined a blogger."), by: .system)
        #expect(try await archive.facets(matching: query, as: .everything).total == 3)
        let other = try SQLiteArchive(path: path)
        try await other.save(Incident(id: "inc-7", date: nil, eventType: .warning, summary: "Police warned a poet."), by: .system)
        // Then the counts are current each time, for each viewer
        let facets = try await archive.facets(matching: query, as: .everything)
        #expect(facets.total == 4)
        #expect(facets.eventTypes[.warning] == 1)
        #expect(try await archive.facets(matching: query, as: .anonymous).total == 3)
    }
}
