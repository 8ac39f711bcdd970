import Archive
import CivicModel
import Foundation
import PostgresNIO
import Testing

@testable import ArchivePostgres

/// Searches on PostgreSQL go through facet tokens in the search vectors (`SearchToken`) rather than the columns:
/// these tests combine words with every filter, at every clearance, and require `MemoryArchive`'s answers.
@Suite("PostgreSQL search", .serialized, .enabled(if: PostgresTestDatabase.isAvailable, Comment(rawValue: PostgresTestDatabase.skipMessage)))
struct PostgresSearchTests {
    func expectSameSearches(_ memory: MemoryArchive, _ postgres: PostgresArchive, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await ArchiveTests.expectSameSearches(memory, postgres, queries: SampleWorld.searchesWithEveryFilter(),
                                                  viewers: [.anonymous, .restricted, .everything],
                                                  sourceLocation: sourceLocation)
    }

    /// A sample world written to a memory archive and to a fresh PostgreSQL one, for comparing their answers.
    static func withSampleWorld(seed: UInt64, incidents: Int, _ body: (MemoryArchive, PostgresArchive) async throws -> Void) async throws {
        try await PostgresTestDatabase.withArchive { postgres in
            let world = try SampleWorld(seed: seed, incidents: incidents)
            let memory = MemoryArchive()
            try await memory.write(world.batch, by: .commandLine)
            try await postgres.write(world.batch, by: .commandLine)
            try await body(memory, postgres)
        }
    }

    @Test func searchesWithEveryFilterLikeTheMemoryArchive() async throws {
        try await Self.withSampleWorld(seed: 11, incidents: 150) { memory, postgres in
            try await expectSameSearches(memory, postgres)
            // Some searches must find something, or the comparison proves little.
            #expect(try await postgres.incidents(matching: IncidentQuery(text: "court", regionIDs: ["pla-region1"]), as: .everything).total > 0)

            // A place moving to another region, a person becoming confidential and a source public move the tokens.
            for archive in [memory, postgres] as [any Archive] { try await SampleWorld.changeLinkedRecords(in: archive) }
            try await expectSameSearches(memory, postgres)
        }
    }

    /// Version 2 recomputes the vectors of an archive written before it: emptied vectors and a forgotten migration
    /// stand for an archive written by version 1.
    @Test func theTokenMigrationRebuildsOlderVectors() async throws {
        try await Self.withSampleWorld(seed: 12, incidents: 60) { memory, postgres in
            try await postgres.client.query("""
                UPDATE incidents SET search_public = ''::tsvector, search_restricted = ''::tsvector, search_confidential = ''::tsvector
                """)
            try await postgres.client.query("DELETE FROM schema_migrations WHERE version = 2")
            #expect(try await postgres.incidents(matching: IncidentQuery(text: "court"), as: .everything).total == 0)
            let reopened = try await PostgresTestDatabase.reopen(postgres)
            #expect(try await reopened.schemaVersions() == [1, 2, 3, 4, 5, 6, 7])
            try await expectSameSearches(memory, reopened)
            await reopened.shutdown()
        }
    }

    /// Version 7 moves incidents' bodies and search vectors out of the rows a search visits, also for rows stored before
    /// it: rows of about 2 KB that compress in place stay wide under PostgreSQL's default, and come out narrow after it.
    @Test func incidentRowsAreNarrow() async throws {
        try await Self.withSampleWorld(seed: 14, incidents: 1) { memory, postgres in
            // Text that compresses little, as real summaries and notes: numbered words in a scrambled order.
            func text(_ n: Int, words count: Int) -> String {
                (0..<count).map { k in "word\((n * 7_919 + k * 104_729) % 99_991)" }.joined(separator: " ")
            }
            let incidents = (0..<40).map { n in
                Incident(id: Incident.ID("inc-wide-\(n)"), date: nil, eventType: .detention, summary: "Wide incident \(n) with a banner " + text(n, words: 120),
                         notes: text(n + 1_000, words: 600))
            }
            for incident in incidents { try await postgres.save(incident, by: .commandLine) }
            func bytesPerRow() async throws -> Int {
                try await postgres.client.query("SELECT (pg_relation_size('incidents') / count(*))::int8 FROM incidents").collect(Int.self).first ?? 0
            }
            #expect(try await bytesPerRow() < 600)
            #expect(try await postgres.incidents(matching: IncidentQuery(text: "banner"), as: .everything).total == 40)

            // An archive written before version 7: the default target, and rows rewritten under it.
            try await postgres.client.query("ALTER TABLE incidents RESET (toast_tuple_target)")
            try await postgres.client.query("VACUUM FULL incidents")
            try await postgres.client.query("DELETE FROM schema_migrations WHERE version = 7")
            #expect(try await bytesPerRow() > 900)
            let reopened = try await PostgresTestDatabase.reopen(postgres)
            #expect(try await reopened.schemaVersions() == [1, 2, 3, 4, 5, 6, 7])
            #expect(try await bytesPerRow() < 600)
            #expect(try await reopened.fetch(Incident.self, id: "inc-wide-7", as: .everything)?.notes == incidents[7].notes)
            #expect(try await reopened.incidents(matching: IncidentQuery(text: "banner"), as: .everything).total == 40)
            await reopened.shutdown()
        }
    }

    /// Version 3 fills the vocabulary from the vectors already stored; writes add their new words; a typed prefix
    /// is searched as the exact words it begins, and finds what the prefix finds.
    @Test func typedPrefixesBecomeTheWordsTheyBegin() async throws {
        try await Self.withSampleWorld(seed: 13, incidents: 60) { memory, postgres in
            try await postgres.client.query("DROP TABLE search_lexemes")
            try await postgres.client.query("DELETE FROM schema_migrations WHERE version = 3")
            let reopened = try await PostgresTestDatabase.reopen(postgres)
            #expect(try await reopened.schemaVersions() == [1, 2, 3, 4, 5, 6, 7])
            let court = try await reopened.expansions(of: ["cou"])["cou"] ?? []
            #expect(court.contains("court"))
            #expect(court.allSatisfy { $0.hasPrefix("cou") })
            try await expectSameSearches(memory, reopened)

            // A new word is in the vocabulary as soon as it is written.
            let incident = Incident(date: try PartialDate(iso: "2023-02-01"), eventType: .fine, summary: "Xylophonist fined after a concert",
                                    status: .verified)
            for archive in [memory, reopened] as [any Archive] { try await archive.save(incident, by: Editor("ana")) }
            #expect(try await reopened.expansions(of: ["xyloph"])["xyloph"] == ["xylophonist"])
            #expect(try await reopened.incidents(matching: IncidentQuery(text: "xyloph"), as: .anonymous).total == 1)
            try await expectSameSearches(memory, reopened)
            await reopened.shutdown()
        }
    }

    /// Many matches are paged by walking the date index; a walk whose row budget runs out falls back to gathering every
    /// match; facets of many matches walk the date index for the newest. Thresholds this low send every search down
    /// each way, and each must answer like `MemoryArchive`.
    @Test func walkedAndGatheredPagesAgree() async throws {
        try await Self.withSampleWorld(seed: 14, incidents: 150) { memory, postgres in
            for plan in [PostgresArchive.SearchPlan(walkThreshold: 1, walkRowsPerIncident: 1_000),  // walks succeed
                         PostgresArchive.SearchPlan(walkThreshold: 1, walkRowsPerIncident: 1),      // walks mostly run out
                         PostgresArchive.SearchPlan(facetGatherLimit: 1)] {                          // facets walk past their count limit
                let planned = try await PostgresArchive(url: PostgresTestDatabase.reopenURL(postgres), searchPlan: plan)
                var queries = SampleWorld.searchesWithEveryFilter()
                // Only searches with a count limit walk: a small one that is reached, and one that is not.
                for index in queries.indices { queries[index].countLimit = index % 3 == 0 ? 4 : 1_000 }
                try await ArchiveTests.expectSameSearches(memory, planned, queries: queries, viewers: [.anonymous, .everything])
                await planned.shutdown()
            }
        }
    }
}
