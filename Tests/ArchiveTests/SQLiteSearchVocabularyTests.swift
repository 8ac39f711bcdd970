import Archive
import CivicModel
import Foundation
import GRDB
import Testing

@testable import ArchiveSQLite

/// SQLite searches a typed prefix as the exact terms it begins, which `search_word` holds (`SearchVocabulary`). A term
/// missing there would make a search miss incidents, so these tests hold the vocabulary to the index's own list of
/// terms after every kind of write, and the searches to `MemoryArchive`'s answers.
@Suite struct SQLiteSearchVocabularyTests {
    /// The vocabulary as stored, and the terms of the index's text columns as FTS5 lists them.
    static func vocabulary(of archive: SQLiteArchive) async throws -> (stored: [String], indexed: [String]) {
        // A connection that may write, for the temporary table.
        try await archive.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms USING fts5vocab(main, incident_fts, 'col')")
            let indexed = try String.fetchAll(db, sql: "SELECT DISTINCT term FROM temp.terms WHERE col <> 'facets' ORDER BY term")
            let stored = try String.fetchAll(db, sql: "SELECT term FROM search_word ORDER BY term")
            return (stored, indexed)
        }
    }

    /// Incidents whose words share prefixes: 'zqa' begins more terms than a prefix is expanded to.
    static func sharedPrefixes() throws -> [Incident] {
        let crowd = (0..<(SearchText.maximumPrefixExpansion + 6)).map { "zqa\($0)" }.joined(separator: " ")
        return [
            Incident(id: "inc-zq-1", date: try PartialDate(iso: "2022-05-01"), eventType: .fine, summary: "Crowd " + crowd, status: .verified),
            Incident(id: "inc-zq-2", date: try PartialDate(iso: "2022-05-02"), eventType: .fine, summary: "Only zqa7 and zqa70 here",
                     status: .verified),
            Incident(id: "inc-zq-3", date: try PartialDate(iso: "2022-05-03"), eventType: .warning, summary: "Zqb alone, and Zürich",
                     status: .verified, confidentiality: .confidential),
        ]
    }

    @Test func everyWriteKeepsEveryTermOfTheIndex() async throws {
        let archive = try SQLiteArchive(path: ":memory:")
        // One at a time (a small batch), then single saves, a rename of a linked person and a deletion.
        try await archive.write(try SampleWorld(seed: 21, incidents: 80).batch, by: .system)
        for incident in try Self.sharedPrefixes() { try await archive.save(incident, by: Editor("ana")) }
        var person = try #require(try await archive.fetch(Person.self, id: "per-1", as: .everything))
        person.name = "Qwertyuiop Ёлкин"
        try await archive.save(person, by: Editor("ana"))
        try await archive.delete(Incident.self, id: "inc-zq-3", by: Editor("ana"))

        let (stored, indexed) = try await Self.vocabulary(of: archive)
        #expect(Set(indexed).isSubset(of: Set(stored)))
        #expect(stored.contains("qwertyuiop"))
        #expect(stored.contains("zqa69"))
        // A deleted incident's terms stay behind, harmless: they match nothing.
        #expect(stored.contains("zqb"))
        #expect(try await archive.incidents(matching: IncidentQuery(text: "zqb"), as: .everything).total == 0)
    }

    @Test func aBulkLoadKeepsEveryTermOfTheIndex() async throws {
        let archive = try SQLiteArchive(path: ":memory:")
        var batch = try SampleWorld(seed: 22, incidents: SQLiteArchive.bulkThreshold).batch
        batch.incidents += try Self.sharedPrefixes()
        try await archive.write(batch, by: .system)
        let (stored, indexed) = try await Self.vocabulary(of: archive)
        #expect(stored == indexed)
        #expect(stored.contains("zurich"))
        #expect(stored.count > 40)
    }

    @Test func prefixesFindWhatMemoryArchiveFinds() async throws {
        let sqlite = try SQLiteArchive(path: ":memory:")
        let memory = MemoryArchive()
        var batch = try SampleWorld(seed: 23, incidents: 150).batch
        batch.incidents += try Self.sharedPrefixes()
        for archive in [memory, sqlite] as [any Archive] { try await archive.write(batch, by: .system) }

        let expansions = try await sqlite.read { db in
            try ["cou", "zq", "zqa1", "zqb", "zzz", "журн", "Қаз"].map { try SearchVocabulary.expansion(of: $0, in: db) }
        }
        #expect(expansions[0] == ["court"])
        #expect(expansions[1] == nil)  // more terms than a prefix is expanded to: searched as a prefix
        #expect(expansions[2] == ["zqa1"] + (10...19).map { "zqa\($0)" })
        #expect(expansions[3] == ["zqb"])
        #expect(expansions[4] == [])
        #expect(expansions[5] == ["журналист"])
        #expect(expansions[6]?.isEmpty == false)

        var queries = SampleWorld.searchesWithEveryFilter()
        for text in ["zq", "zqa", "zqa1", "zqa7 zqa70", "zqb", "zur", "zzz", "crowd zqa6"] {
            queries.append(IncidentQuery(text: text, limit: 5))
            var capped = IncidentQuery(text: text, limit: 5, offset: 1)
            capped.countLimit = 1
            queries.append(capped)
        }
        try await expectSameSearches(memory, sqlite, queries: queries, viewers: [.anonymous, .restricted, .everything])
        #expect(try await sqlite.incidents(matching: IncidentQuery(text: "zqa"), as: .everything).total == 2)
    }

    /// An archive written before `search_word` existed gets its vocabulary from the index when it is opened.
    @Test func theMigrationFillsTheVocabularyFromTheIndex() async throws {
        let path = TemporaryFile.path(extension: "sqlite")
        let memory = MemoryArchive()
        var batch = try SampleWorld(seed: 24, incidents: 60).batch
        batch.incidents += try Self.sharedPrefixes()
        try await memory.write(batch, by: .system)
        do {
            let archive = try SQLiteArchive(path: path)
            try await archive.write(batch, by: .system)
            try await archive.write { db in
                try db.execute(sql: "DROP TABLE search_word")
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v2-search-words'")
            }
        }
        let reopened = try SQLiteArchive(path: path)
        #expect(try await reopened.appliedMigrations() == ["v1-records-links-search-audit", "v2-search-words", "v3-attachments", "v4-two-step-sign-in", "v5-recovery-codes"])
        let (stored, indexed) = try await Self.vocabulary(of: reopened)
        #expect(stored == indexed)
        #expect(!stored.isEmpty)
        try await expectSameSearches(memory, reopened, queries: SampleWorld.searchesWithEveryFilter(), viewers: [.everything])
    }
}
