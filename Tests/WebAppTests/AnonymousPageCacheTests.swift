import Archive
import CivicModel
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

@Suite("Anonymous page cache")
struct AnonymousPageCacheTests {
    /// Renames the public incident straight in the store, as the command line would, not through the web app.
    static func renameOutsideTheApp(_ archive: MemoryArchive, to summary: String) async throws {
        var incident = try #require(try await archive.fetch(Incident.self, id: "inc-public", as: .everything))
        incident.summary = summary
        try await archive.save(incident, by: .commandLine)
    }

    @Test("Visitors get the page rendered for the previous visitor until the archive changes; signed-in users never do")
    func servedFromCacheUntilAChange() async throws {
        let (app, archive) = try await WebFixture.app()
        try await app.test(.router) { client in
            var visitor = Browser(client)
            // The cache looks at the archive first during this request, and next a second after that look:
            // time is counted from before the request, since a loaded machine may take long to answer it.
            let rendered = ContinuousClock.now
            let first = try await visitor.get("/incidents/inc-public")
            #expect(first.status == .ok)
            #expect(first.text.contains("Blogger fined over a post about water prices"))

            // A write from outside: visitors see the kept page until the next check (at most a second)...
            try await Self.renameOutsideTheApp(archive, to: "Blogger fined, renamed outside the web app")
            let kept = try await visitor.get("/incidents/inc-public")
            // (On a machine so loaded that the second has passed already, the check may have run: then nothing is asserted.)
            if ContinuousClock.now - rendered < .milliseconds(900) {
                #expect(kept.text == first.text)
            }
            // ...while a signed-in user's page is always rendered afresh.
            var editor = Browser(client)
            try await editor.signIn("editor")
            #expect(try await editor.get("/incidents/inc-public").text.contains("renamed outside the web app"))
            try await Task.sleep(for: .milliseconds(1_100))
            #expect(try await visitor.get("/incidents/inc-public").text.contains("renamed outside the web app"))

            // A write through the web app empties the cache at once.
            let edit = try await editor.post("/incidents/inc-public/edit", form: [
                ("revision", "2"), ("summary", "Blogger fined, edited in the web app"), ("date", "2022-03-05"), ("type", "fine"),
                ("status", "verified"), ("confidentiality", "public"), ("articles", "CoAO 456-2"), ("places", "pla-almaty"),
            ])
            #expect(edit.status == .seeOther)
            #expect(try await visitor.get("/incidents/inc-public").text.contains("edited in the web app"))
            #expect(try await visitor.get("/incidents").text.contains("edited in the web app"))
        }
    }

    @Test("What a signed-in user saw is never kept for visitors, and visitors' errors are not kept")
    func nothingLeaksToVisitors() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var admin = Browser(client)
            try await admin.signIn("admin")
            #expect(try await admin.get("/incidents/inc-secret").status == .ok)
            #expect(try await admin.get("/incidents").text.contains("Confidential search"))
            #expect(try await admin.get("/persons/per-secret").status == .ok)

            var visitor = Browser(client)
            for _ in 0..<2 {
                #expect(try await visitor.get("/incidents/inc-secret").status == .notFound)
                #expect(try await visitor.get("/persons/per-secret").status == .notFound)
                let list = try await visitor.get("/incidents")
                #expect(list.status == .ok)
                #expect(!list.text.contains("Confidential search"))
                #expect(!list.text.contains("Restricted surveillance"))
                #expect(list.headers[.cacheControl] == nil)
            }
            // The visitor's cached list is not what the admin gets.
            #expect(try await admin.get("/incidents").text.contains("Confidential search"))
            #expect(try await admin.get("/incidents").headers[.cacheControl] == "no-store")
        }
    }

    @Test("Only GETs of the record pages are kept")
    func whichPaths() {
        for path in ["/incidents", "/incidents/inc-public", "/persons/per-public", "/organizations", "/places/pla-almaty",
                     "/sources/src-public", "/dashboard"] {
            #expect(AnonymousPageCacheMiddleware.isCached(path), "\(path)")
        }
        for path in ["/login", "/import", "/review", "/audit", "/users", "/dashboard/charts/by-month.svg", "/api/v1/incidents", "/law"] {
            #expect(!AnonymousPageCacheMiddleware.isCached(path), "\(path)")
        }
    }

    @Test("The cache keeps to its byte budget, dropping the least recently used pages")
    func budget() async throws {
        let archive = try await WebFixture.makeArchive()
        let cache = ArchiveCache(pageBudget: 16_000)
        let page = ByteBuffer(string: String(repeating: "x", count: 1_000))
        for n in 0..<40 {
            let (hit, generation) = try await cache.page("/incidents?page=\(n)", in: archive)
            #expect(hit == nil)
            await cache.store(page: page, at: "/incidents?page=\(n)", generation: generation)
            _ = try await cache.page("/incidents?page=0", in: archive)  // page 0 stays in use
        }
        #expect(try await cache.page("/incidents?page=0", in: archive).html != nil)
        #expect(try await cache.page("/incidents?page=1", in: archive).html == nil)
        #expect(try await cache.page("/incidents?page=39", in: archive).html != nil)
        var kept = 0
        for n in 0..<40 where try await cache.page("/incidents?page=\(n)", in: archive).html != nil { kept += 1 }
        #expect(kept <= 16)
    }
}
