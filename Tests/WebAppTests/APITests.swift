import Archive
import CivicModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

@Suite("JSON API and OpenAPI document")
struct APITests {
    @Test("Incident search returns JSON pages with totals")
    func list() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("viewer")
            let response = try await browser.get("/api/v1/incidents?limit=2&sort=date_asc")
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            let body = try #require(response.json as? [String: Any])
            #expect(body["total"] as? Int == 4)
            let incidents = try #require(body["incidents"] as? [[String: Any]])
            #expect(incidents.map { $0["id"] as? String } == ["inc-aktobe", "inc-public"])
        }
    }

    @Test("Malformed JSON is a 400 with a message; wrong content type 415; oversized 413")
    func hostileBodies() async throws {
        let (app, archive) = try await WebFixture.app(config: WebConfig(maxUploadBytes: 2048))
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("editor")
            let broken = try await browser.send(.post, "/api/v1/incidents", json: "{\"id\": ")
            #expect(broken.status == .badRequest)
            #expect((broken.json as? [String: String])?["error"]?.hasPrefix("malformed JSON") == true)
            let missing = try await browser.send(.post, "/api/v1/incidents", json: "{\"id\": \"inc-x\"}")
            #expect(missing.status == .badRequest)
            #expect((missing.json as? [String: String])?["error"]?.contains("is missing") == true)
            let wrongTerm = try await browser.send(.post, "/api/v1/incidents", json: #"{"id":"inc-y","eventType":"party","summary":"x","places":[],"persons":[],"organizations":[],"perpetrators":[],"rightsAffected":[],"legalProvisions":[],"sanctions":[],"status":"proposed","confidentiality":"public","passages":[],"revision":0}"#)
            #expect(wrongTerm.status == .badRequest)
            #expect((wrongTerm.json as? [String: String])?["error"]?.contains("unknown event type 'party'") == true)
            let form = try await browser.send(.post, "/api/v1/incidents", json: "a=b", contentType: "application/x-www-form-urlencoded")
            #expect(form.status == .unsupportedMediaType)
            let big = try await browser.send(.post, "/api/v1/incidents", json: "{\"summary\": \"" + String(repeating: "x", count: 5000) + "\"}")
            #expect(big.status == .contentTooLarge)
            let bigForm = try await browser.post("/incidents/new", form: [("summary", String(repeating: "y", count: 5000))])
            #expect(bigForm.status == .contentTooLarge)
            #expect(bigForm.text.contains("larger than the limit"))
        }
        #expect(try await archive.count(Incident.self, as: .everything) == 5)
    }

    @Test("PUT with a stale revision is refused with 409 and the stored record is unchanged")
    func staleUpdate() async throws {
        let (app, archive) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("editor")
            let original = try await browser.get("/api/v1/incidents/inc-aktobe").text
            let first = original.replacingOccurrences(of: "Activists detained on the way to a rally", with: "First change")
            let r7 = try await browser.send(.put, "/api/v1/incidents/inc-aktobe", json: first)
            #expect(r7.status == .ok)
            let second = original.replacingOccurrences(of: "Activists detained on the way to a rally", with: "Second change")
            let refused = try await browser.send(.put, "/api/v1/incidents/inc-aktobe", json: second)
            #expect(refused.status == .conflict)
            #expect((refused.json as? [String: String])?["error"]?.contains("revision 1, it is now at revision 2") == true)
            let noToken = try await browser.send(.put, "/api/v1/incidents/inc-aktobe", json: first, token: false)
            #expect(noToken.status == .forbidden)
        }
        #expect(try await archive.fetch(Incident.self, id: "inc-aktobe", as: .everything)?.summary == "First change")
    }

    @Test("Search finds incidents and people by name variant")
    func search() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            let r8 = try await browser.get("/api/v1/search?q=testova")
            let body = try #require(r8.json as? [String: Any])
            #expect((body["persons"] as? [[String: Any]])?.first?["id"] as? String == "per-public")
            #expect(body["incidentTotal"] as? Int == 1)
            let r9 = try await browser.get("/api/v1/search")
            #expect(r9.status == .badRequest)
        }
    }

    @Test("Every path and method in the OpenAPI document is served")
    func openAPIMatchesRoutes() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("admin")
            let r10 = try await browser.get("/openapi.json")
            let doc = try #require(r10.json as? [String: Any])
            #expect(doc["openapi"] as? String == "3.1.0")
            let paths = try #require(doc["paths"] as? [String: [String: Any]])
            #expect(paths.count >= 15)
            for (path, methods) in paths {
                let concrete = path.replacingOccurrences(of: "{id}", with: "does-not-exist")
                for method in methods.keys {
                    let response: TestResponse
                    switch method {
                    case "get": response = try await browser.get(concrete + (concrete.hasSuffix("search") ? "?q=x" : ""))
                    case "post": response = try await browser.send(.post, concrete, json: "{}")
                    case "put": response = try await browser.send(.put, concrete, json: "{}")
                    case "delete": response = try await browser.send(.delete, concrete, json: "")
                    default: Issue.record("unexpected method \(method)"); continue
                    }
                    // A route that exists answers with anything but "no such route" (the 404 for a missing
                    // record carries the record's name, the router's 404 does not).
                    let error = (response.json as? [String: String])?["error"] ?? ""
                    #expect(response.status != .notFound || error.contains("does-not-exist"), "\(method) \(path)")
                    #expect(response.status != .methodNotAllowed, "\(method) \(path)")
                }
            }
        }
    }
}
