import Archive
import CivicModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// A proposal that records an event the archive holds already is shown beside it and merged with one button.
@Suite("Proposals recorded already")
struct DuplicateIncidentTests {
    /// A second account of the fixture's public fine (inc-public): same day, kind and blogger, another passage.
    static func secondAccount(_ archive: MemoryArchive) async throws {
        try await archive.save(Incident(id: "inc-again", date: try PartialDate(iso: "2022-03-05"), eventType: .fine,
                                        summary: "Fine: a blogger (proposed from a report)", persons: [PersonLink("per-public")],
                                        status: .proposed, passages: [SourcePassage(sourceID: "src-public", start: 0, end: 4)]), by: .system)
    }

    @Test("The review queue and the proposal's page name the incident recorded already; merging moves the passage and rejects the proposal")
    func reviewAndMerge() async throws {
        let (app, archive) = try await WebFixture.app()
        try await Self.secondAccount(archive)
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("editor")
            let queue = try await browser.get("/review")
            #expect(queue.text.contains("Possibly recorded already"))
            #expect(queue.text.contains(#"<a href="/incidents/inc-public">Blogger fined over a post about water prices</a>"#))
            #expect(queue.text.contains("same day, same person"))
            let page = try await browser.get("/incidents/inc-again")
            #expect(page.text.contains("Same event: merge into inc-public"))
            // A stale revision of the incident kept is refused with a message, and nothing changes.
            let stale = try await browser.post("/incidents/inc-again/duplicate", form: [("into", "inc-public"), ("revision", "1"), ("intoRevision", "7")])
            #expect(stale.status == .conflict)
            #expect(try await archive.fetch(Incident.self, id: "inc-again", as: .everything)?.status == .proposed)
            let merged = try await browser.post("/incidents/inc-again/duplicate", form: [("into", "inc-public"), ("revision", "1"), ("intoRevision", "1"), ("back", "/review")])
            #expect(merged.status == .seeOther)
            #expect(merged.headers[.location] == "/review")
            let kept = try #require(try await archive.fetch(Incident.self, id: "inc-public", as: .everything))
            #expect(kept.passages.contains(SourcePassage(sourceID: "src-public", start: 0, end: 4)))
            let rejected = try #require(try await archive.fetch(Incident.self, id: "inc-again", as: .everything))
            #expect(rejected.status == .rejected)
            #expect(rejected.notes?.contains("Duplicate of inc-public") == true)
            // The queue no longer shows it.
            #expect(!(try await browser.get("/review")).text.contains("inc-again"))
        }
    }

    @Test("Viewers see no merge button and may not merge; visitors are sent to sign in; the API answers with scores and merges")
    func rolesAndAPI() async throws {
        let (app, archive) = try await WebFixture.app()
        try await Self.secondAccount(archive)
        try await app.test(.router) { client in
            var visitor = Browser(client)
            #expect(try await visitor.get("/api/v1/incidents/inc-public/matches").status == .unauthorized)
            var viewer = Browser(client)
            try await viewer.signIn("viewer")
            #expect(!(try await viewer.get("/incidents/inc-again")).text.contains("Same event"))
            let refused = try await viewer.post("/incidents/inc-again/duplicate", form: [("into", "inc-public"), ("revision", "1"), ("intoRevision", "1")])
            #expect(refused.status == .forbidden)
            let matches = try #require(try await viewer.get("/api/v1/incidents/inc-again/matches").json as? [[String: Any]])
            #expect(matches.first?["id"] as? String == "inc-public")
            #expect((matches.first?["reasons"] as? [String])?.contains("same person") == true)
            #expect((matches.first?["score"] as? Int ?? 0) >= 60)
            var editor = Browser(client)
            try await editor.signIn("editor")
            let bad = try await editor.send(.post, "/api/v1/incidents/inc-again/duplicate", json: #"{"into": "inc-public"}"#)
            #expect(bad.status == .badRequest)
            let done = try await editor.send(.post, "/api/v1/incidents/inc-again/duplicate", json: #"{"into": "inc-public", "revision": 1, "into_revision": 1}"#)
            #expect(done.status == .ok)
            #expect(((done.json as? [String: Any])?["passages"] as? [Any])?.count == 3)
            #expect(try await archive.fetch(Incident.self, id: "inc-again", as: .everything)?.status == .rejected)
        }
    }
}
