import Archive
import CivicModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// Each role against each endpoint: the status it must get.
@Suite("Authorisation matrix")
struct AuthorizationMatrixTests {
    enum Who: String, CaseIterable, Sendable { case anonymous, viewer, editor, admin }

    /// path → expected status for anonymous, viewer, editor, admin.
    static let reads: [(String, [HTTPResponse.Status])] = [
        ("/incidents", [.ok, .ok, .ok, .ok]),
        ("/incidents/feed?type=fine", [.ok, .ok, .ok, .ok]),
        ("/incidents/inc-public", [.ok, .ok, .ok, .ok]),
        ("/incidents/inc-proposed", [.notFound, .ok, .ok, .ok]),
        ("/incidents/inc-restricted", [.notFound, .ok, .ok, .ok]),
        ("/incidents/inc-secret", [.notFound, .notFound, .ok, .ok]),
        ("/incidents/inc-public/edit", [.seeOther, .forbidden, .ok, .ok]),
        ("/incidents/new", [.seeOther, .forbidden, .ok, .ok]),
        ("/review", [.seeOther, .forbidden, .ok, .ok]),
        ("/audit", [.seeOther, .forbidden, .ok, .ok]),
        ("/history/incident/inc-public", [.seeOther, .forbidden, .ok, .ok]),
        ("/users", [.seeOther, .forbidden, .forbidden, .ok]),
        ("/account", [.seeOther, .ok, .ok, .ok]),
        ("/dashboard", [.ok, .ok, .ok, .ok]),
        ("/dashboard/charts/region.svg", [.ok, .ok, .ok, .ok]),
        ("/reports", [.ok, .ok, .ok, .ok]),
        ("/reports?kind=update&from=2021&to=2022", [.ok, .ok, .ok, .ok]),
        ("/reports?kind=profile&to=2022", [.ok, .ok, .ok, .ok]),
        ("/rating?from=2021&to=2022", [.ok, .ok, .ok, .ok]),
        ("/recommendations", [.ok, .ok, .ok, .ok]),
        ("/law/assembly-law-2020", [.ok, .ok, .ok, .ok]),
        ("/assembly?form=picket&date=2026-12-16&filed=2026-12-01", [.ok, .ok, .ok, .ok]),
        ("/registration?form=public-association&level=local&members=20", [.ok, .ok, .ok, .ok]),
        ("/api/v1/registration/check?form=public-association&level=local", [.ok, .ok, .ok, .ok]),
        ("/api/v1/registration/foreign-funding?activity=information&amount=10&received=2026-03-01", [.ok, .ok, .ok, .ok]),
        ("/api/v1/stats?by=region", [.ok, .ok, .ok, .ok]),
        ("/api/v1/rating?from=2021&to=2022", [.ok, .ok, .ok, .ok]),
        ("/api/v1/recommendations", [.ok, .ok, .ok, .ok]),
        ("/persons", [.ok, .ok, .ok, .ok]),
        ("/persons/per-public", [.ok, .ok, .ok, .ok]),
        ("/persons/per-secret", [.notFound, .notFound, .ok, .ok]),
        ("/persons/per-public/casefile", [.ok, .ok, .ok, .ok]),
        ("/persons/per-secret/casefile", [.notFound, .notFound, .ok, .ok]),
        ("/persons/new", [.seeOther, .forbidden, .ok, .ok]),
        ("/persons/per-public/edit", [.seeOther, .forbidden, .ok, .ok]),
        ("/persons/per-secret/edit", [.seeOther, .forbidden, .ok, .ok]),
        ("/organizations/new", [.seeOther, .forbidden, .ok, .ok]),
        ("/organizations/org-public/edit", [.seeOther, .forbidden, .ok, .ok]),
        ("/places/new", [.seeOther, .forbidden, .ok, .ok]),
        ("/duplicates", [.seeOther, .forbidden, .ok, .ok]),
        ("/places/pla-almaty/edit", [.seeOther, .forbidden, .ok, .ok]),
        ("/organizations/org-public", [.ok, .ok, .ok, .ok]),
        ("/places/pla-almaty", [.ok, .ok, .ok, .ok]),
        ("/sources", [.ok, .ok, .ok, .ok]),
        ("/sources/src-public", [.ok, .ok, .ok, .ok]),
        ("/sources/src-secret", [.notFound, .notFound, .ok, .ok]),
        ("/login", [.ok, .ok, .ok, .ok]),
        ("/openapi.json", [.ok, .ok, .ok, .ok]),
        ("/api/v1/session", [.ok, .ok, .ok, .ok]),
        ("/api/v1/incidents", [.ok, .ok, .ok, .ok]),
        ("/api/v1/incidents/inc-public", [.ok, .ok, .ok, .ok]),
        ("/api/v1/incidents/inc-proposed", [.notFound, .ok, .ok, .ok]),
        ("/api/v1/incidents/inc-public/matches", [.unauthorized, .ok, .ok, .ok]),
        ("/api/v1/incidents/inc-restricted", [.notFound, .ok, .ok, .ok]),
        ("/api/v1/incidents/inc-secret", [.notFound, .notFound, .ok, .ok]),
        ("/api/v1/incidents/inc-public/revisions", [.unauthorized, .forbidden, .ok, .ok]),
        ("/api/v1/incidents/inc-public/check", [.ok, .ok, .ok, .ok]),
        ("/api/v1/incidents/inc-proposed/check", [.notFound, .ok, .ok, .ok]),
        ("/api/v1/incidents/inc-secret/check", [.notFound, .notFound, .ok, .ok]),
        ("/api/v1/facets", [.ok, .ok, .ok, .ok]),
        ("/api/v1/search?q=test", [.ok, .ok, .ok, .ok]),
        ("/api/v1/persons", [.ok, .ok, .ok, .ok]),
        ("/api/v1/persons/per-secret", [.notFound, .notFound, .ok, .ok]),
        ("/api/v1/persons/per-secret/timeline", [.notFound, .notFound, .ok, .ok]),
        ("/api/v1/organizations/org-public/timeline", [.ok, .ok, .ok, .ok]),
        ("/api/v1/places/pla-almaty", [.ok, .ok, .ok, .ok]),
        ("/api/v1/sources/src-secret", [.notFound, .notFound, .ok, .ok]),
        ("/attachments/att-public", [.ok, .ok, .ok, .ok]),
        ("/attachments/att-restricted", [.notFound, .ok, .ok, .ok]),
        ("/attachments/att-secret", [.notFound, .notFound, .ok, .ok]),
        ("/history/attachment/att-public", [.seeOther, .forbidden, .ok, .ok]),
        ("/api/v1/incidents/inc-public/attachments", [.ok, .ok, .ok, .ok]),
        ("/api/v1/incidents/inc-secret/attachments", [.notFound, .notFound, .ok, .ok]),
        ("/api/v1/attachments/att-restricted", [.notFound, .ok, .ok, .ok]),
        ("/api/v1/attachments/att-secret/content", [.notFound, .notFound, .ok, .ok]),
    ]

    @Test("Reads", arguments: Who.allCases)
    func reads(who: Who) async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            if who != .anonymous { let r5 = try await browser.signIn(who.rawValue); #expect(r5.status == .seeOther) }
            let column = Who.allCases.firstIndex(of: who)!
            for (path, expected) in Self.reads {
                let response = try await browser.get(path)
                #expect(response.status == expected[column], "\(who.rawValue) GET \(path)")
            }
        }
    }

    @Test("Writes", arguments: Who.allCases)
    func writes(who: Who) async throws {
        let (app, archive) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            if who != .anonymous { try await browser.signIn(who.rawValue) } else { browser.csrf = "none" }
            let canEdit = who == .editor || who == .admin
            let json = #"{"id":"inc-api-\#(who.rawValue)","eventType":"fine","summary":"Created through the API","places":[],"persons":[],"organizations":[],"perpetrators":[],"rightsAffected":[],"legalProvisions":[],"sanctions":[],"status":"proposed","confidentiality":"restricted","passages":[],"revision":0}"#
            let create = try await browser.send(.post, "/api/v1/incidents", json: json)
            #expect(create.status == (who == .anonymous ? .unauthorized : canEdit ? .created : .forbidden), "\(who) POST incident")
            let review = try await browser.post("/incidents/inc-aktobe/review", form: [("decision", "reject"), ("revision", "1")])
            #expect(review.status == (who == .anonymous ? .unauthorized : canEdit ? .seeOther : .forbidden), "\(who) review")
            let person = try await browser.post("/persons/per-public/edit", form: [
                ("revision", "1"), ("name", "Aigerim Testova"), ("aliases", "Aygerim Testova\nA. Testova (\(who.rawValue))"),
                ("occupation", "blogger"), ("place", "Almaty"), ("confidentiality", "public")])
            #expect(person.status == (who == .anonymous ? .unauthorized : canEdit ? .seeOther : .forbidden), "\(who) edit person")
            let merge = try await browser.post("/persons/per-secret/merge", form: [("into", "per-public")])
            #expect(merge.status == (who == .anonymous ? .unauthorized : canEdit ? .badRequest : .forbidden), "\(who) merge people of two levels")
            let delete = try await browser.post("/organizations/org-public/delete", form: [("confirm", "yes")])
            #expect(delete.status == (who == .anonymous ? .unauthorized : canEdit ? .seeOther : .forbidden), "\(who) delete organisation")
            let user = try await browser.post("/users", form: [("name", "new-\(who.rawValue)"), ("role", "viewer"), ("password", "a long enough password")])
            #expect(user.status == (who == .anonymous ? .unauthorized : who == .admin ? .seeOther : .forbidden), "\(who) add user")
        }
        let users = try await archive.users().map(\.name)
        #expect(users.contains("new-\(who.rawValue)") == (who == .admin))
        let created = try await archive.fetch(Incident.self, id: Incident.ID("inc-api-\(who.rawValue)"), as: .everything)
        #expect((created != nil) == (who == .editor || who == .admin))
        let person = try await archive.fetch(Person.self, id: "per-public", as: .everything)
        #expect((person?.aliases.contains("A. Testova (\(who.rawValue))") == true) == (who == .editor || who == .admin))
        #expect(try await archive.fetch(Person.self, id: "per-secret", as: .everything) != nil)
        #expect((try await archive.fetch(Organization.self, id: "org-public", as: .everything) == nil) == (who == .editor || who == .admin))
    }

    @Test("Visitors never see confidential or unreviewed records in search, counts, timelines or the API")
    func anonymousLeaks() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            for path in ["/api/v1/incidents", "/api/v1/search?q=witness", "/api/v1/search?q=confidential", "/api/v1/incidents?status=proposed",
                         "/api/v1/persons", "/api/v1/sources", "/api/v1/persons/per-public/timeline", "/api/v1/incidents/inc-public",
                         "/incidents?q=confidential", "/incidents?status=proposed", "/persons?q=hidden", "/places/pla-aktobe-region",
                         "/dashboard", "/api/v1/facets", "/sources/src-public"] {
                let text = try await browser.get(path).text
                for secret in ["Confidential search", "Hidden Witness", "per-secret", "Witness note", "src-secret", "inc-secret",
                               "Restricted surveillance", "Internal note", "Proposed warning"] {
                    #expect(!text.contains(secret), "\(path) reveals '\(secret)'")
                }
            }
            let r6 = try await browser.get("/api/v1/facets")
            let facets = try #require(r6.json as? [String: Any])
            #expect(facets["total"] as? Int == 2)
            #expect((facets["regions"] as? [String: Int])?["pla-aktobe-region"] == 1)
        }
    }
}
