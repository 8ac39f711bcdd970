import Archive
import CivicModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

@Suite("Incident list, incident page, editing")
struct IncidentPageTests {
    @Test("The list shows verified public incidents to visitors, with facets")
    func anonymousList() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            let page = try await browser.get("/incidents")
            #expect(page.status == .ok)
            #expect(page.text.contains("Blogger fined over a post about water prices"))
            #expect(page.text.contains("Activists detained"))
            #expect(!page.text.contains("Proposed warning"))
            #expect(!page.text.contains("Restricted surveillance"))
            #expect(!page.text.contains("Confidential search"))
            #expect(page.text.contains("Event type"))
            #expect(page.text.contains("<span class=\"count\">2</span>"))
        }
    }

    @Test("Full-text search and facet filters narrow the list")
    func searchAndFilter() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            let byWord = try await browser.get("/incidents?q=water")
            #expect(byWord.text.contains("Blogger fined") && !byWord.text.contains("Activists detained"))
            let byName = try await browser.get("/incidents?q=aygerim")
            #expect(byName.text.contains("Blogger fined"))
            let byRegion = try await browser.get("/incidents?region=pla-aktobe-region")
            #expect(byRegion.text.contains("Activists detained") && !byRegion.text.contains("Blogger fined"))
            let byType = try await browser.get("/incidents?type=fine")
            #expect(byType.text.contains("Blogger fined") && !byType.text.contains("Activists detained"))
            let byArticle = try await browser.get("/incidents?article=CoAO%20456-2")
            #expect(byArticle.text.contains("Blogger fined") && !byArticle.text.contains("Activists detained"))
            let byDate = try await browser.get("/incidents?from=2022-01-01&to=2022-12-31")
            #expect(byDate.text.contains("Blogger fined") && !byDate.text.contains("Activists detained"))
            let byOrg = try await browser.get("/incidents?org=org-public")
            #expect(byOrg.text.contains("Activists detained") && !byOrg.text.contains("Blogger fined"))
        }
    }

    /// The fixture archive and nine more verified public incidents, one a day in January 2020.
    static func archiveWithNineMore() async throws -> MemoryArchive {
        let archive = try await WebFixture.makeArchive()
        for day in 1...9 {
            _ = try await archive.save(Incident(id: Incident.ID("inc-extra-\(day)"), date: try PartialDate(iso: "2020-01-0\(day)"), eventType: .fine,
                                            summary: "Extra test incident number \(day)", status: .verified), by: .system)
        }
        return archive
    }

    @Test("Pagination splits the list and links to the next page")
    func pagination() async throws {
        let archive = try await Self.archiveWithNineMore()
        let (app, _) = try await WebFixture.app(archive, config: WebConfig(pageSize: 5))
        try await app.test(.router) { client in
            var browser = Browser(client)
            let first = try await browser.get("/incidents")
            #expect(first.text.contains("Page 1 of 3"))
            #expect(first.text.contains("href=\"/incidents?page=2\""))
            let third = try await browser.get("/incidents?page=3")
            #expect(third.text.contains("Extra test incident number 1"))
        }
    }

    @Test("Beyond the count limit the list says 'more than', samples its facets and still pages on")
    func countLimit() async throws {
        let archive = try await Self.archiveWithNineMore()
        let (app, _) = try await WebFixture.app(archive, config: WebConfig(pageSize: 5, countLimit: 6))
        try await app.test(.router) { client in
            var browser = Browser(client)
            let first = try await browser.get("/incidents")
            #expect(first.text.contains("more than 6"))
            #expect(first.text.contains("Counts among the newest 6 matches"))
            #expect(first.text.contains("href=\"/incidents?page=2\""))
            let second = try await browser.get("/incidents?page=2")
            #expect(second.text.contains("href=\"/incidents?page=3\""))
            let api = try await browser.get("/api/v1/incidents?limit=2")
            #expect(api.text.contains("\"totalIsCapped\":true") && api.text.contains("\"total\":6"))
            let narrow = try await browser.get("/api/v1/incidents?q=extra+number+3")
            #expect(narrow.text.contains("\"totalIsCapped\":false") && narrow.text.contains("\"total\":1"))
        }
    }

    @Test("Bad filter values get a 400 page with a message, not a crash")
    func badFilters() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            let date = try await browser.get("/incidents?from=yesterday")
            #expect(date.status == .badRequest)
            #expect(date.text.contains("must be a date"))
            let r11 = try await browser.get("/incidents?type=party")
            #expect(r11.status == .badRequest)
            let r12 = try await browser.get("/incidents?page=0")
            #expect(r12.status == .badRequest)
            let r13 = try await browser.get("/api/v1/incidents?article=Article%20five")
            #expect(r13.status == .badRequest)
        }
    }

    @Test("The incident page highlights its passage in context and hides confidential links from visitors")
    func incidentPage() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            let page = try await browser.get("/incidents/inc-public")
            #expect(page.status == .ok)
            #expect(page.text.contains("<mark>\(WebFixture.publicPassage)</mark>"))
            #expect(page.text.contains("Opening words of the test report."))
            #expect(page.text.contains("Aigerim Testova"))
            #expect(!page.text.contains("Hidden Witness"))
            #expect(!page.text.contains("Witness note"))
            #expect(!page.text.contains("Internal note"))
            try await browser.signIn("editor")
            let full = try await browser.get("/incidents/inc-public")
            #expect(full.text.contains("Hidden Witness"))
            #expect(full.text.contains("Internal note"))
        }
    }

    @Test("Script in a record is shown as text")
    func scriptEscaped() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("editor")
            let page = try await browser.get("/incidents/inc-proposed")
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!page.text.contains("<script>alert(1)"))
            let queue = try await browser.get("/review")
            #expect(queue.text.contains("&lt;script&gt;"))
            #expect(!queue.text.contains("<script>alert"))
        }
    }

    @Test("An editor saves an edit; a second edit from the same stale form is refused with a clear message")
    func staleEdit() async throws {
        let (app, archive) = try await WebFixture.app()
        try await app.test(.router) { client in
            var alice = Browser(client)
            try await alice.signIn("editor")
            var bob = Browser(client)
            try await bob.signIn("admin")
            let fields: (String) -> [(String, String)] = { summary in
                [("revision", "1"), ("summary", summary), ("date", "2022-03-05"), ("type", "fine"), ("status", "verified"),
                 ("confidentiality", "public"), ("articles", "CoAO 456-2"), ("places", "pla-almaty")]
            }
            let first = try await alice.post("/incidents/inc-public/edit", form: fields("Blogger fined over a post (edited by Alice)"))
            #expect(first.status == .seeOther)
            let second = try await bob.post("/incidents/inc-public/edit", form: fields("Blogger fined (edited by Bob from a stale form)"))
            #expect(second.status == .conflict)
            #expect(second.text.contains("was changed by someone else"))
            #expect(second.text.contains("edited by Bob from a stale form"))
        }
        let stored = try #require(try await archive.fetch(Incident.self, id: "inc-public", as: .everything))
        #expect(stored.summary == "Blogger fined over a post (edited by Alice)")
        #expect(stored.revision == 2)
        let log = try await archive.auditLog(AuditQuery(recordKind: "incident", recordID: "inc-public"))
        #expect(log.first?.user == "editor")
    }

    @Test("Accepting from the review queue verifies the incident and is audited")
    func review() async throws {
        let (app, archive) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("editor")
            let queue = try await browser.get("/review")
            #expect(queue.text.contains("Proposed warning"))
            #expect(queue.text.contains("<mark>Opening words</mark>"))
            let response = try await browser.post("/incidents/inc-proposed/review", form: [("decision", "accept"), ("revision", "1"), ("back", "/review")])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/review")
            let r14 = try await browser.get("/review")
            #expect(!(r14).text.contains("Proposed warning"))
        }
        #expect(try await archive.fetch(Incident.self, id: "inc-proposed", as: .everything)?.status == .verified)
        #expect(try await archive.auditLog(AuditQuery(recordID: "inc-proposed")).first?.user == "editor")
    }

    @Test("Proposals ticked in the queue are decided together in one audited write; a stale one stops them all")
    func reviewSeveral() async throws {
        let (app, archive) = try await WebFixture.app()
        let second = Incident(id: "inc-proposed-2", date: try PartialDate(iso: "2022-04-02"), eventType: .fine,
                              summary: "Proposed fine for a second picket", places: ["pla-almaty"], status: .proposed)
        try await archive.save(second, by: .system)
        try await app.test(.router) { client in
            var viewer = Browser(client)
            try await viewer.signIn("viewer")
            #expect(try await viewer.post("/review", form: [("decision", "accept"), ("pick", "inc-proposed@1")]).status == .forbidden)

            var browser = Browser(client)
            try await browser.signIn("editor")
            let queue = try await browser.get("/review")
            #expect(queue.text.contains(#"value="inc-proposed@1" form="bulk""#))
            #expect(queue.text.contains("Accept selected"))
            #expect(try await browser.post("/review", form: [("decision", "accept")]).status == .badRequest)
            #expect(try await browser.post("/review", form: [("decision", "accept"), ("pick", "inc-proposed@1")], withToken: false).status == .forbidden)

            // One of the two was decided elsewhere since the queue was shown: neither changes.
            let stale = try await browser.post("/review", form: [("decision", "reject"), ("pick", "inc-proposed@1"), ("pick", "inc-proposed-2@7")])
            #expect(stale.status == .conflict)
            #expect(try await archive.fetch(Incident.self, id: "inc-proposed", as: .everything)?.status == .proposed)

            let both = try await browser.post("/review", form: [("decision", "reject"), ("pick", "inc-proposed@1"), ("pick", "inc-proposed-2@1"),
                                                                ("back", "/review")])
            #expect(both.status == .seeOther)
            #expect(both.headers[.location] == "/review")
            #expect(try await browser.get("/review").text.contains("Nothing to review"))
        }
        for id in ["inc-proposed", "inc-proposed-2"] {
            #expect(try await archive.fetch(Incident.self, id: Incident.ID(id), as: .everything)?.status == .rejected)
            #expect(try await archive.auditLog(AuditQuery(recordID: id)).first?.user == "editor")
        }
    }

    @Test("A new incident from the form is saved; a bad date keeps the form with a message")
    func create() async throws {
        let (app, archive) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("editor")
            let bad = try await browser.post("/incidents/new", form: [("summary", "A new test incident"), ("date", "2022-02-30"), ("type", "fine"),
                                                                     ("status", "proposed"), ("confidentiality", "restricted")])
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("does not exist"))
            #expect(bad.text.contains("A new test incident"))
            let good = try await browser.post("/incidents/new", form: [("summary", "A new test incident"), ("date", "2022-02-28"), ("type", "fine"),
                                                                      ("status", "proposed"), ("confidentiality", "restricted")])
            #expect(good.status == .seeOther)
        }
        #expect(try await archive.count(Incident.self, as: .everything) == 6)
    }

    @Test("History shows each revision's changes")
    func history() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("editor")
            try await browser.post("/incidents/inc-aktobe/review", form: [("decision", "reject"), ("revision", "1")])
            let page = try await browser.get("/history/incident/inc-aktobe")
            #expect(page.status == .ok)
            #expect(page.text.contains("Revision 2"))
            #expect(page.text.contains("<span class=\"removed\">−   &quot;status&quot; : &quot;verified&quot;,</span>\n<span class=\"added\">+   &quot;status&quot; : &quot;rejected&quot;,</span>"))
            let audit = try await browser.get("/audit")
            #expect(audit.text.contains("inc-aktobe"))
        }
    }

    @Test("Person, organisation and place pages show timelines; the dashboard draws SVG charts and the map")
    func recordPages() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            let person = try await browser.get("/persons/per-public")
            #expect(person.status == .ok && person.text.contains("Blogger fined"))
            let org = try await browser.get("/organizations/org-public")
            #expect(org.text.contains("Activists detained"))
            let region = try await browser.get("/places/pla-aktobe-region")
            #expect(region.text.contains("Activists detained"))
            #expect(!region.text.contains("Confidential search"))
            let people = try await browser.get("/persons?q=aigerim")
            #expect(people.text.contains("Aigerim Testova") && !people.text.contains("Hidden Witness"))
            let dashboard = try await browser.get("/dashboard")
            #expect(dashboard.status == .ok)
            #expect(dashboard.text.contains("<svg"))
            #expect(dashboard.text.contains("Schematic map"))
            #expect(dashboard.text.contains("2 incidents"))
        }
    }

    @Test("Record lists count each record's incidents as the viewer may see them and link to them; sources have a list too")
    func recordListsCountIncidents() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var visitor = Browser(client)
            // A visitor counts published public incidents only: the proposed and restricted ones in Almaty are not counted.
            let people = try await visitor.get("/persons")
            #expect(people.text.contains(#"<a href="/incidents?person=per-public">1</a>"#))
            let places = try await visitor.get("/places")
            #expect(places.text.contains(#"<a href="/incidents?region=pla-almaty">1</a>"#), "\(places.text)")
            let sources = try await visitor.get("/sources")
            #expect(sources.status == .ok)
            #expect(sources.text.contains("Test monitoring report") && !sources.text.contains("Witness note"))
            #expect(sources.text.contains(#"<a href="/incidents?source=src-public">1</a>"#))
            #expect(sources.text.contains(#"<a href="/sources" aria-current="page">Sources</a>"#))
            let person = try await visitor.get("/persons/per-public")
            #expect(person.text.contains(#"<a href="/persons">People</a> › Aigerim Testova"#))
            // The main navigation marks "Records" on every list and page of people, organisations, places and sources.
            let recordsTab = #"title="People, organisations, places and sources" aria-current="page">Records</a>"#
            for page in [people, places, sources, person, try await visitor.get("/sources/src-public")] {
                #expect(page.text.contains(recordsTab))
                #expect(!page.text.contains(#"aria-current="page">Incidents</a>"#))
            }
            #expect(person.text.contains(#"<dt>Incidents</dt><dd><a href="/incidents?person=per-public">1</a>"#))

            var admin = Browser(client)
            _ = try await admin.signIn("admin")
            let all = try await admin.get("/places")
            #expect(all.text.contains(#"<a href="/incidents?region=pla-almaty">3</a>"#))
            let allSources = try await admin.get("/sources")
            #expect(allSources.text.contains("Witness note"))
            #expect(allSources.text.contains(#"<a href="/incidents?source=src-public">2</a>"#))
            // Editors see what each report still has in the review queue, and the queue says which report it shows.
            #expect(allSources.text.contains(#"<a class="tag" href="/review?source=src-public">1 to review</a>"#))
            #expect(!sources.text.contains("to review"))
            let fromOne = try await admin.get("/review?source=src-public")
            #expect(fromOne.text.contains(#"From <a href="/sources/src-public">Test monitoring report</a> only"#))
            #expect(!(try await admin.get("/review")).text.contains("the whole queue"))
        }
    }

    @Test("Only editors are offered the new-incident form from the list")
    func newIncidentButton() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var viewer = Browser(client)
            try await viewer.signIn("viewer")
            #expect(!(try await viewer.get("/incidents").text.contains(#"href="/incidents/new""#)))
            var editor = Browser(client)
            try await editor.signIn("editor")
            #expect(try await editor.get("/incidents").text.contains(#"href="/incidents/new""#))
        }
    }
}
