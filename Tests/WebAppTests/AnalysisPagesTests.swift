import Analysis
import Archive
import CivicModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LawBook
import Testing
@testable import WebApp

/// The dashboard, statistics API, reports, rating and recommendation pages: the numbers are the
/// `Statistics` numbers, and nothing a viewer may not see is counted, listed or linked.
@Suite("Dashboard, reports, rating and recommendations")
struct AnalysisPagesTests {
    static func total(_ response: TestResponse) -> Int? {
        ((response.json as? [String: Any])?["total"] as? [String: Any])?["incidents"] as? Int
    }

    @Test("The statistics API counts only what the viewer may see and agrees with Statistics")
    func statisticsAPI() async throws {
        let (app, archive) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            let anonymous = try await browser.get("/api/v1/stats?by=region")
            #expect(anonymous.status == .ok)
            // Visitors: the two verified public incidents only (not the proposed, restricted or confidential ones).
            #expect(Self.total(anonymous) == 2)
            let groups = try #require((anonymous.json as? [String: Any])?["groups"] as? [[String: Any]])
            let aktobe = groups.first { $0["key"] as? String == "pla-aktobe-region" }
            #expect((aktobe?["measures"] as? [String: Any])?["incidents"] as? Int == 1)
            #expect(!anonymous.text.contains("inc-secret"))

            try await browser.signIn("admin")
            let admin = try await browser.get("/api/v1/stats?by=type")
            let expected = try await Statistics.compute(archive: archive, viewer: .everything, by: .type)
            #expect(Self.total(admin) == expected.total.incidents)
            #expect(Self.total(admin) == 5)
            let persons = ((admin.json as? [String: Any])?["total"] as? [String: Any])?["personsAffected"] as? Int
            #expect(persons == expected.total.personsAffected)

            let csv = try await browser.get("/api/v1/stats?by=month&format=csv")
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            let lines = csv.text.split(separator: "\n")
            #expect(lines.first == "key,label,incidents,persons_affected,prosecutions,detention_days,fines_kzt,fines_not_converted")
            #expect(lines.contains { $0.hasPrefix("2022-03,") })

            let bad = try await browser.get("/api/v1/stats?by=colour")
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("colour"))
        }
    }

    @Test("The dashboard shows the measures, linked charts, the map and downloads")
    func dashboard() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            let page = try await browser.get("/dashboard")
            #expect(page.status == .ok)
            #expect(page.text.contains("persons affected"))
            #expect(page.text.contains("Incidents by month"))
            #expect(page.text.contains("Incidents by region"))
            // Bars lead to the incident list filtered by them.
            #expect(page.text.contains("href=\"/incidents?type=fine\""))
            #expect(page.text.contains("/dashboard/charts/map.svg"))
            #expect(!page.text.contains("Confidential search"))

            let chart = try await browser.get("/dashboard/charts/type.svg?from=2022")
            #expect(chart.status == .ok)
            #expect(chart.headers[.contentType]?.hasPrefix("image/svg+xml") == true)
            #expect(chart.text.hasPrefix("<svg"))
            #expect(!chart.text.contains("<a href"), "a downloaded chart has no links into the app")
            #expect(chart.text.contains(EventType.fine.label))
            #expect(!chart.text.contains(EventType.detention.label), "the filter applies to the downloaded chart")
            let missing = try await browser.get("/dashboard/charts/pie.svg")
            #expect(missing.status == .notFound)
        }
    }

    @Test("A periodic update in the page and as downloads, built from what the viewer may see")
    func periodicUpdate() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            let form = try await browser.get("/reports")
            #expect(form.status == .ok && form.text.contains("name=\"kind\""))
            let visitor = try await browser.get("/reports?kind=update&from=2021-01&to=2022-12")
            #expect(visitor.status == .ok)
            #expect(visitor.text.contains("Blogger fined over a post about water prices"))
            #expect(visitor.text.contains("/sources/src-public#chars="))
            #expect(!visitor.text.contains("Confidential search"))
            #expect(!visitor.text.contains("Proposed warning"))
            #expect(visitor.text.contains("format=md"))

            try await browser.signIn("admin")
            let admin = try await browser.get("/reports?kind=update&from=2021-01&to=2022-12")
            #expect(admin.text.contains("Confidential search"))
            let markdown = try await browser.get("/reports?kind=update&from=2021-01&to=2022-12&format=md")
            #expect(markdown.headers[.contentDisposition]?.contains("attachment") == true)
            #expect(markdown.text.hasPrefix("# "))
            let html = try await browser.get("/reports?kind=shadow&from=2021&to=2022&format=html")
            #expect(html.status == .ok && html.text.contains("<html"))
            let profile = try await browser.get("/reports?kind=profile&to=2022-12-31")
            #expect(profile.status == .ok)

            let reversed = try await browser.get("/reports?kind=update&from=2022-12&to=2021-01")
            #expect(reversed.status == .badRequest)
            let unknown = try await browser.get("/reports?kind=novel")
            #expect(unknown.status == .badRequest)
            let badDate = try await browser.get("/reports?kind=update&from=yesterday&to=2022")
            #expect(badDate.status == .badRequest && badDate.text.contains("yesterday"))
        }
    }

    @Test("The rating page and API show the score, its category and its inputs")
    func rating() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            let page = try await browser.get("/rating?from=2021-01&to=2022-12")
            #expect(page.status == .ok)
            #expect(page.text.contains("How the score was computed"))
            let api = try await browser.get("/api/v1/rating?from=2021-01&to=2022-12")
            let json = try #require(api.json as? [String: Any])
            let score = try #require(json["score"] as? Double)
            #expect((0...100).contains(score))
            #expect(CivicSpaceRating.Category(rawValue: json["category"] as? String ?? "") != nil)
            // A visitor's rating counts the reviewed public incidents only.
            #expect((json["incidentIDs"] as? [String])?.sorted() == ["inc-aktobe", "inc-public"])
            let missing = try await browser.get("/api/v1/rating?from=2021")
            #expect(missing.status == .badRequest)
        }
    }

    @Test("The recommendation tracker filters by article and status and exports CSV and JSON")
    func recommendations() async throws {
        let (app, _) = try await WebFixture.app()
        let tracker = try RecommendationTracker.standard()
        try await app.test(.router) { client in
            var browser = Browser(client)
            let all = try await browser.get("/recommendations")
            #expect(all.status == .ok)
            #expect(all.text.contains("id=\"\(tracker.records[0].id)\""))
            let json = try await browser.get("/api/v1/recommendations?article=21")
            let records = try #require(json.json as? [[String: Any]])
            #expect(records.count == tracker.records(article: 21).count)
            #expect(records.allSatisfy { ($0["iccprArticles"] as? [Int])?.contains(21) == true })
            let csv = try await browser.get("/api/v1/recommendations?format=csv")
            #expect(csv.text.split(separator: "\n").count == tracker.records.count + 1)
            let bad = try await browser.get("/recommendations?status=maybe")
            #expect(bad.status == .badRequest)
        }
    }

    @Test("A law has its own page, and the tracker's law evidence leads there")
    func lawPage() async throws {
        let (app, _) = try await WebFixture.app()
        let tracker = try RecommendationTracker.standard()
        let evidence = try #require(tracker.records.flatMap(\.assessments).flatMap(\.evidence).first { $0.kind == "law" })
        try await app.test(.router) { client in
            var browser = Browser(client)
            let page = try await browser.get(evidence.link)
            #expect(page.status == .ok)
            #expect(page.text.contains("<dd>\(try #require(LawBook.standard.law(evidence.id)).date.iso)</dd>"))
            #expect(page.text.contains("UN recommendations citing this law"))
            let missing = try await browser.get("/law/no-such-law")
            #expect(missing.status == .notFound)
        }
    }
}
