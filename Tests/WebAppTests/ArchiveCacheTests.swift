import Archive
import CivicModel
import Testing
@testable import WebApp

@Suite("Archive cache")
struct ArchiveCacheTests {
    @Test("Facets are counted once while the archive is unchanged, per clearance, and again after a write")
    func facets() async throws {
        let store = try await WebFixture.makeArchive()
        let cache = ArchiveCache()
        let archive = CachingArchive(store, cache: cache)
        var query = IncidentQuery()
        query.limit = 25
        let first = try await archive.facets(matching: query, as: .anonymous)
        query.offset = 25  // another page of the same search
        let second = try await archive.facets(matching: query, as: .anonymous)
        #expect(first == second)
        #expect(await cache.hits == 1)

        // Another clearance is another entry: the confidential incident is never served to a visitor.
        let everything = try await archive.facets(matching: query, as: .everything)
        #expect(everything.total > first.total)

        try await archive.save(Incident(date: try PartialDate(iso: "2022-07"), eventType: .fine, summary: "A new fine",
                                        places: ["pla-almaty"], status: .verified), by: .system)
        let after = try await archive.facets(matching: query, as: .anonymous)
        #expect(after.total == first.total + 1)
    }

    @Test("A write from elsewhere is noticed at the next check")
    func outsideWrites() async throws {
        let store = try await WebFixture.makeArchive()
        let archive = CachingArchive(store, cache: ArchiveCache(recheck: .zero))
        let before = try #require(try await archive.fetch(Person.self, id: "per-public", as: .anonymous))
        var renamed = before
        renamed.name = "Aigerim Renamed"
        try await store.save(renamed, by: .system)  // straight into the store, not through the cache
        let after = try await archive.fetch(Person.self, id: "per-public", as: .anonymous)
        #expect(after?.name == "Aigerim Renamed")
    }

    @Test("Records above the viewer's clearance stay hidden from the cache's other users")
    func clearance() async throws {
        let archive = CachingArchive(try await WebFixture.makeArchive())
        #expect(try await archive.fetch(Person.self, id: "per-secret", as: .everything) != nil)
        #expect(try await archive.fetch(Person.self, id: "per-secret", as: .anonymous) == nil)
        #expect(try await archive.fetch(Source.self, id: "src-secret", as: .restricted) == nil)
    }

    @Test("Scalar offsets find the same text as walking from the start, across checkpoints and non-ASCII")
    func scalarIndex() {
        let text = String(repeating: "Жаңаөзен é 👍🏽 text ", count: 400)  // crosses several checkpoints
        let index = ScalarIndex(text)
        #expect(index.count == text.unicodeScalars.count)
        for (a, b) in [(0, 5), (2040, 2100), (4095, 4097), (index.count - 3, index.count), (7000, 7000)] {
            #expect(index.slice(a, b) == text.unicodeScalars.slice(a, b), "\(a)-\(b)")
        }
        #expect(index.slice(-10, 3) == text.unicodeScalars.slice(0, 3))
        #expect(index.slice(index.count - 2, index.count + 50) == text.unicodeScalars.slice(index.count - 2, index.count))
    }
}
