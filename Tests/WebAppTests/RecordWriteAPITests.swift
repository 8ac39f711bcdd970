import Archive
import CivicModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// People and organisations written through the JSON API, as an editor's scripts do.
@Suite("Writing people and organisations through the API")
struct RecordWriteAPITests {
    static let newPerson = #"{"id":"per-api","name":"Dana Apiova","aliases":["Dana Apieva"],"confidentiality":"public","revision":0}"#

    @Test("An editor creates, replaces, merges and deletes; a stale revision is refused")
    func lifecycle() async throws {
        let (app, archive) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("editor")
            let created = try await browser.send(.post, "/api/v1/persons", json: Self.newPerson)
            #expect(created.status == .created)
            #expect(created.headers[.location] == "/api/v1/persons/per-api")
            let replaced = try await browser.send(.put, "/api/v1/persons/per-api",
                                                  json: #"{"id":"per-api","name":"Dana Apiova","aliases":[],"occupation":"journalist","confidentiality":"public","revision":1}"#)
            #expect(replaced.status == .ok)
            let stale = try await browser.send(.put, "/api/v1/persons/per-api",
                                               json: #"{"id":"per-api","name":"Dana Stale","aliases":[],"confidentiality":"public","revision":1}"#)
            #expect(stale.status == .conflict)
            let merged = try await browser.send(.post, "/api/v1/persons/per-api/merge", json: #"{"into":"per-public"}"#)
            #expect(merged.status == .ok)
            #expect((merged.json as? [String: Any])?["id"] as? String == "per-public")
            let levels = try await browser.send(.post, "/api/v1/persons/per-secret/merge", json: #"{"into":"per-public"}"#)
            #expect(levels.status == .badRequest)
            let deleted = try await browser.send(.delete, "/api/v1/organizations/org-public", json: "")
            #expect(deleted.status == .noContent)
            #expect(try await browser.send(.delete, "/api/v1/organizations/org-public", json: "").status == .notFound)
        }
        #expect(try await archive.fetch(Person.self, id: "per-api", as: .everything) == nil)
        #expect(try await archive.fetch(Person.self, id: "per-public", as: .everything)?.aliases.contains("Dana Apiova") == true)
        #expect(try await archive.fetch(Organization.self, id: "org-public", as: .everything) == nil)
        #expect(try await archive.fetch(Incident.self, id: "inc-aktobe", as: .everything)?.organizations == [])
    }

    @Test("Viewers, visitors and requests without the session's token cannot write")
    func refused() async throws {
        let (app, archive) = try await WebFixture.app()
        try await app.test(.router) { client in
            var visitor = Browser(client)
            #expect(try await visitor.send(.post, "/api/v1/persons", json: Self.newPerson, token: false).status == .unauthorized)
            var viewer = Browser(client)
            try await viewer.signIn("viewer")
            #expect(try await viewer.send(.post, "/api/v1/persons", json: Self.newPerson).status == .forbidden)
            #expect(try await viewer.send(.delete, "/api/v1/persons/per-public", json: "").status == .forbidden)
            var editor = Browser(client)
            try await editor.signIn("editor")
            #expect(try await editor.send(.post, "/api/v1/persons", json: Self.newPerson, token: false).status == .forbidden)
            #expect(try await editor.send(.post, "/api/v1/persons", json: "{\"name\": ").status == .badRequest)
        }
        #expect(try await archive.fetch(Person.self, id: "per-api", as: .everything) == nil)
        #expect(try await archive.fetch(Person.self, id: "per-public", as: .everything) != nil)
    }
}
