import Archive
import CivicModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LawBook
import Testing
@testable import WebApp

/// The legal check on the incident page, in the JSON API and in the review queue.
@Suite("Legal check of an incident")
struct LegalCheckPageTests {
    /// A fictional arrest under CoAO 488, longer than the most the law book states, with the right it restricts.
    static func overlongArrest(status: ReviewStatus = .verified) throws -> Incident {
        let ref = LegalProvisionRef(code: .administrative, article: "488")
        let day = try CalendarDay(iso: "2021-03-10")
        let most = LawBook.standard.article(ref, on: day)?.sanctions.compactMap(\.maxDays).max() ?? 0
        return Incident(id: Incident.ID("inc-test-arrest-\(status.rawValue)"), date: day.partialDate, eventType: .administrativeArrest,
                        summary: "Organiser of a fictional rally jailed longer than the code allows",
                        places: ["pla-almaty"], persons: [PersonLink("per-public")], rightsAffected: [.assembly],
                        legalProvisions: [ref], sanctions: [Sanction(kind: .administrativeArrest, days: most + 10)], status: status)
    }

    /// The fixture app with one more incident.
    static func app(with incident: Incident) async throws -> some ApplicationProtocol {
        let archive = try await WebFixture.makeArchive()
        _ = try await archive.save(incident, by: .system)
        return try await WebFixture.app(archive).0
    }

    @Test("The incident page shows each article in force, each sanction against its range, and the standards")
    func page() async throws {
        let incident = try Self.overlongArrest()
        let app = try await Self.app(with: incident)
        try await app.test(.router) { client in
            var browser = Browser(client)
            let page = try await browser.get("/incidents/\(incident.id.rawValue)")
            #expect(page.status == .ok)
            #expect(page.text.contains("Legal check"))
            #expect(page.text.contains("href=\"/law/articles/coao-2014-488\""))
            #expect(page.text.contains("class=\"verdict above_maximum\""))
            #expect(page.text.contains("above the stated maximum"))
            #expect(page.text.contains("Restrictions on assembly must meet Art. 21"))
            #expect(page.text.contains("href=\"/law?on=2021-03-10\""))
            // The list flags it beside its article, and only it.
            let list = try await browser.get("/incidents")
            #expect(list.text.components(separatedBy: "outside stated range</a>").count == 2)
            #expect(list.text.contains("href=\"/incidents/\(incident.id.rawValue)#legal-check\""))
            // So does the person's case history, with what each incident imposed.
            let person = try await browser.get("/persons/per-public")
            #expect(person.text.contains("href=\"/incidents/\(incident.id.rawValue)#legal-check\""))
            #expect(person.text.contains("administrative arrest, "))
            // An article Kuzet's data lacks is named as missing, not left out.
            let unknown = try await browser.get("/incidents/inc-public")
            #expect(unknown.text.contains("has no article 456-2"))
            // An editor sees the incident's internal note once: never in place of a sanction's notes from the sources.
            try await browser.signIn("editor")
            let edited = try await browser.get("/incidents/inc-public")
            #expect(edited.text.components(separatedBy: "Internal note: lawyer").count == 2)
        }
    }

    @Test("The API answers the same check, and only for incidents the caller may see")
    func api() async throws {
        let incident = try Self.overlongArrest()
        let app = try await Self.app(with: incident)
        try await app.test(.router) { client in
            var browser = Browser(client)
            let response = try await browser.get("/api/v1/incidents/\(incident.id.rawValue)/check")
            #expect(response.status == .ok)
            let body = try #require(response.json as? [String: Any])
            let sanctions = try #require(body["sanctions"] as? [[String: Any]])
            #expect(sanctions.first?["verdict"] as? String == "above_maximum")
            #expect((sanctions.first?["source"] as? [String])?.isEmpty == false)
            let standards = try #require(body["standards"] as? [[String: Any]])
            #expect(standards.contains { ($0["standard"] as? [String: Any])?["id"] as? String == "iccpr-21" })
            let hidden = try await browser.get("/api/v1/incidents/inc-secret/check")
            #expect(hidden.status == .notFound)
        }
    }

    @Test("The review queue flags a proposal whose sanction departs from the stated range")
    func review() async throws {
        let app = try await Self.app(with: try Self.overlongArrest(status: .proposed))
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("editor")
            let page = try await browser.get("/review")
            #expect(page.status == .ok)
            #expect(page.text.contains("legal check</span>"))
            #expect(page.text.contains("is above the most the sources state"))
        }
    }
}

@Suite("Fragment cache")
struct FragmentCacheTests {
    @Test("A fragment is rendered once per key, and the table starts afresh when full")
    func renderedOnce() throws {
        let cache = FragmentCache(capacity: 2)
        var renders = 0
        func get(_ key: String) -> String { cache.fragment(key) { renders += 1; return "<p>\(key)</p>" } }
        #expect(get("fine expression") == "<p>fine expression</p>")
        #expect(get("fine expression") == "<p>fine expression</p>")
        #expect(renders == 1)
        _ = get("detention assembly")
        #expect(cache.count == 2)
        _ = get("warning")
        #expect(cache.count == 1, "full: emptied before the new entry")
        _ = get("fine expression")
        #expect(renders == 4)
    }
}
