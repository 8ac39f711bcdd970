import Archive
import CivicModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LawBook
import Testing
@testable import WebApp

@Suite("Legal framework, assembly planner and report import")
struct LawAndImportTests {
    /// An importer for tests: stores the upload as a source and proposes one incident quoting its first line.
    static let importer: ReportImporting = { _, _ in ReportImportResult(sourceID: "src-public", message: "imported", location: "/review?source=src-public") }

    static func app(importer: ReportImporting? = LawAndImportTests.importer, config: WebConfig = WebConfig()) async throws -> some ApplicationProtocol {
        let archive = try await WebFixture.makeArchive()
        return Application(router: try await buildRouter(config, archive: archive, importer: importer, hasher: WebFixture.hasher))
    }

    /// Whether a page links every fact ID of a rule's sources ("PA-40, PA-41") to where it comes from.
    static func cites(_ page: String, _ sources: String) -> Bool {
        let ids = sources.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return !ids.isEmpty && ids.allSatisfy { page.contains("href=\"/law/sources#\($0)\"") }
    }

    @Test("Fact IDs link to the page of the law data's sources, which names each fact's documents and the entries citing it")
    func factSources() async throws {
        let app = try await Self.app()
        let book = LawBook.standard
        let fee = try #require(book.registrationRules.fees.first)
        let id = try #require(fee.source.first)
        let fact = try #require(book.factIndex.fact(id))
        try await app.test(.router) { client in
            var browser = Browser(client)
            let page = try await browser.get("/law/sources")
            #expect(page.status == .ok)
            #expect(page.text.contains("<tr id=\"\(id)\">"))
            for file in fact.documents { #expect(page.text.contains(HTML.escape(try #require(book.factIndex.document(file)).label))) }
            #expect(page.text.contains("registration.yaml · \(fee.id)"))
            // Only cited facts by default; all of the digest on request.
            let uncited = try #require(book.factIndex.facts.first { book.factUses[$0.id] == nil })
            #expect(!page.text.contains("<tr id=\"\(uncited.id)\">"))
            #expect(try await browser.get("/law/sources?all=1").text.contains("<tr id=\"\(uncited.id)\">"))
            let api = try #require(try await browser.get("/api/v1/law/sources").json as? [String: Any])
            let facts = try #require(api["facts"] as? [[String: Any]])
            #expect(facts.count == book.factIndex.facts.count)
            #expect((facts.first { $0["id"] as? String == id }?["cited_by"] as? [String])?.contains("registration.yaml · \(fee.id)") == true)
        }
        // The links carry the document as their title; ID-shaped words the index lacks, and markup, stay text.
        let links = FactLinks("budget law <b>; \(id), XQ-999")
        #expect(links.html.contains("<a class=\"fact\" href=\"/law/sources#\(id)\" title=\""))
        #expect(links.html.hasPrefix("budget law &lt;b&gt;; "))
        #expect(links.html.hasSuffix(", XQ-999"))
        // Only whole words: an ID inside a longer word or number stays text; one before a full stop links.
        #expect(!FactLinks("x\(id)").html.contains("<a") && !FactLinks("\(id)0").html.contains("<a"))
        #expect(FactLinks("(\(id)).").html.hasSuffix("</a>)."))
    }

    @Test("The law page lists the articles in force on the chosen date, each with its sources")
    func lawPage() async throws {
        let app = try await Self.app()
        let lawBook = LawBook.standard
        try await app.test(.router) { client in
            var browser = Browser(client)
            let page = try await browser.get("/law?on=2021-03-01")
            #expect(page.status == .ok)
            let expected = lawBook.article(LegalProvisionRef(code: .administrative, article: "488"), on: try CalendarDay(iso: "2021-03-01"))
            if let expected {
                #expect(page.text.contains(HTML.escape(expected.title)))
                #expect(Self.cites(page.text, expected.source.joined(separator: ", ")))
            }
            #expect(page.text.contains("Assembly rules in force"))
            let q1 = try await browser.get("/law?on=yesterday")
            #expect(q1.status == .badRequest)
            let q2 = try await browser.get("/api/v1/law/articles?on=2021-03-01")
            let articles = try #require(q2.json as? [[String: Any]])
            #expect(!articles.isEmpty)
            #expect(articles.allSatisfy { !(($0["source"] as? [String]) ?? []).isEmpty })
        }
    }

    @Test("The planner answers a plan in plain words with a source for every rule, and refuses bad input with a message")
    func planner() async throws {
        let app = try await Self.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            let query = "form=picket&date=2026-12-16&start=12:00&end=13:00&filed=2026-12-01&place=Almaty&participants=1&age=30&citizen=yes"
            let page = try await browser.get("/assembly?" + query)
            #expect(page.status == .ok)
            #expect(page.text.contains("File by"))
            let q3 = try await browser.get("/api/v1/assembly/check?" + query)
            let json = try #require(q3.json as? [String: Any])
            let rules = try #require(json["national_law"] as? [[String: Any]])
            #expect(!rules.isEmpty)
            #expect(rules.allSatisfy { !(($0["source"] as? String) ?? "").isEmpty })
            for rule in rules { #expect(Self.cites(page.text, rule["source"] as? String ?? "?")) }
            // The authority's answer, given in the page's two fields, is judged against its deadline.
            let answered = try await browser.get("/assembly?" + query + "&outcome=refused&decided=2026-12-03")
            #expect(answered.status == .ok)
            #expect(answered.text.contains("refused on 2026-12-03"))
            #expect(answered.text.contains("<option value=\"refused\" selected>"))
            let undated = try await browser.get("/assembly?" + query + "&outcome=refused")
            #expect(undated.status == .badRequest)
            #expect(undated.text.contains("give the day the authority answered"))
            let bad = try await browser.get("/assembly?form=party&date=2026-12-16")
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("unknown form"))
            let late = try await browser.get("/api/v1/assembly/check?form=picket&date=2026-12-16&filed=2026-12-20")
            #expect(late.status == .badRequest)
        }
    }

    @Test("The registration planner answers with the verdict, the fee in MCI and tenge and every requirement's source, in the page and the API")
    func registrationPlanner() async throws {
        let app = try await Self.app()
        let engine = RegistrationEngine(lawBook: .standard)
        let total = LawBook.standard.registrationRules.regions.total
        // A national association with branches in too few regions: one requirement fails.
        let plan = try RegistrationRequest(form: .publicAssociation, level: .national, regions: 2, members: 50, year: 2026)
        let expected = try engine.check(plan)
        let fees = try #require(engine.fees(for: plan))
        try await app.test(.router) { client in
            var browser = Browser(client)
            let blank = try await browser.get("/registration")
            #expect(blank.status == .ok)
            #expect(blank.text.contains("Regions (of \(total))"))
            #expect(!blank.text.contains("class=\"answer"))
            let page = try await browser.get("/registration?form=public-association&level=national&regions=2&members=50&year=2026")
            #expect(page.status == .ok)
            #expect(page.text.contains("Not as planned: 1 requirement"))
            #expect(page.text.contains("\(RegistrationPages.number(fees.feeMci)) MCI"))
            #expect(page.text.contains("\(RegistrationPages.number(fees.totalMci)) MCI"))
            for rule in expected.requirements {
                #expect(page.text.contains(rule.rule))
                #expect(Self.cites(page.text, rule.source))
            }
            // What was asked stays in the form.
            #expect(page.text.contains("<option value=\"national\" selected>"))
            let ok = try await browser.get("/registration?form=public-association&level=local&regions=1&members=50&year=2026")
            #expect(ok.text.contains("meets every requirement Kuzet can check"))
            let bad = try await browser.get("/registration?form=club&level=local")
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("unknown form &#39;club&#39;"))
            let negative = try await browser.get("/registration?form=public-association&level=local&members=-3")
            #expect(negative.status == .badRequest)
            #expect(negative.text.contains("&#39;members&#39; must be a whole number"))

            let api = try await browser.get("/api/v1/registration/check?form=public-association&level=national&regions=2&members=50&year=2026&branches=1&reduced_fee=youth")
            let json = try #require(api.json as? [String: Any])
            let reduced = try RegistrationRequest(form: .publicAssociation, level: .national, regions: 2, members: 50, branches: 1, reducedFee: "youth", year: 2026)
            #expect(json["fee_mci"] as? Double == engine.fees(for: reduced)?.feeMci)
            #expect((json["requirements"] as? [[String: Any]])?.count == expected.requirements.count)
            #expect(try await browser.get("/api/v1/registration/check?form=club&level=local").status == .badRequest)
            #expect(try await browser.get("/api/v1/registration/check").status == .badRequest)
            #expect(try await browser.get("/api/v1/registration/check?form=public-association&level=local&reduced_fee=students").status == .badRequest)
        }
    }

    @Test("Foreign funds: the planner and the API say whether reporting applies, with each duty's source; an unknown activity is refused")
    func foreignFunding() async throws {
        let app = try await Self.app()
        let engine = RegistrationEngine(lawBook: .standard)
        let day = try CalendarDay(iso: "2026-03-01")
        let regime = try #require(LawBook.standard.foreignFundingRules.regime(on: day))
        let activity = try #require(regime.triggerActivities?.first { $0.commercial == false })
        let duties = try engine.foreignFundingDuties(.init(activity: activity.id, amountKzt: 500_000, received: day))
        #expect(duties.first?.holds == true)
        try await app.test(.router) { client in
            var browser = Browser(client)
            let page = try await browser.get("/registration?activity=\(activity.id)&amount=500000&received=2026-03-01")
            #expect(page.status == .ok)
            #expect(page.text.contains("Yes: receiving 500,000 KZT on 2026-03-01"))
            for duty in duties { #expect(Self.cites(page.text, duty.source)) }
            // Done for commercial purposes, this activity is no trigger.
            let commercial = try await browser.get("/registration?activity=\(activity.id)&amount=500000&received=2026-03-01&commercial=yes")
            #expect(commercial.text.contains("No reporting duty"))
            let api = try await browser.get("/api/v1/registration/foreign-funding?activity=\(activity.id)&amount=500000&received=2026-03-01&commercial=yes")
            let json = try #require(api.json as? [String: Any])
            #expect(json["reporting_required"] as? Bool == false)
            let unknown = try await browser.get("/registration?activity=knitting&amount=5&received=2026-03-01")
            #expect(unknown.status == .badRequest)
            #expect(unknown.text.contains("unknown activity"))
            #expect(try await browser.get("/api/v1/registration/foreign-funding?amount=lots&received=2026-03-01").status == .badRequest)
            #expect(try await browser.get("/api/v1/registration/foreign-funding?amount=1e999&received=2026-03-01").status == .badRequest)
            #expect(try await browser.get("/registration?form=public-association&level=local&year=0").status == .badRequest)
            #expect(try await browser.get("/api/v1/registration/foreign-funding?amount=5&received=2026-02-30").status == .badRequest)
        }
    }

    static func multipart(_ csrf: String, filename: String, content: String) -> (String, ByteBuffer) {
        let boundary = "kuzet-test-boundary"
        let body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrf)\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"report\"; filename=\"\(filename)\"\r\nContent-Type: text/plain\r\n\r\n\(content)\r\n"
            + "--\(boundary)--\r\n"
        return ("multipart/form-data; boundary=\(boundary)", ByteBuffer(string: body))
    }

    @Test("An editor uploads a report and lands on its review queue; viewers may not; oversized uploads are refused")
    func upload() async throws {
        let received = UploadBox()
        let importer: ReportImporting = { upload, editor in
            await received.set(upload.filename, String(decoding: upload.bytes, as: UTF8.self), editor.name)
            // A spreadsheet's rows need no review of passages: the importer says so and the page shows what it did.
            if upload.filename.hasSuffix(".csv") { return ReportImportResult(sourceID: "", message: "Imported 2 incidents <b>from</b> a sheet.") }
            return ReportImportResult(sourceID: "src-public", message: "imported", location: "/review?source=src-public")
        }
        let app = try await Self.app(importer: importer, config: WebConfig(maxUploadBytes: 4096))
        try await app.test(.router) { client in
            var editor = Browser(client)
            try await editor.signIn("editor")
            let q5 = try await editor.get("/import")
            #expect(q5.status == .ok)
            let (type, body) = Self.multipart(editor.csrf, filename: "report.txt", content: "A line written for this test.")
            let response = try await client.executeRequest(uri: "/import", method: .post, headers: [.contentType: type, .cookie: editor.cookieHeader], body: body)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/review?source=src-public")
            let (_, sheet) = Self.multipart(editor.csrf, filename: "sheet.csv", content: "event_type,date\nfine,2021-02-05\n")
            let sheetResponse = try await client.executeRequest(uri: "/import", method: .post, headers: [.contentType: type, .cookie: editor.cookieHeader], body: sheet)
            #expect(sheetResponse.status == .ok)
            let sheetPage = String(buffer: sheetResponse.body)
            #expect(sheetPage.contains("Imported 2 incidents &lt;b&gt;from&lt;/b&gt; a sheet."))
            #expect(sheetPage.contains(#"href="/review">Review the proposed incidents"#))
            let (_, big) = Self.multipart(editor.csrf, filename: "big.txt", content: String(repeating: "z", count: 10_000))
            let tooBig = try await client.executeRequest(uri: "/import", method: .post, headers: [.contentType: type, .cookie: editor.cookieHeader], body: big)
            #expect(tooBig.status == .contentTooLarge)
            let (_, forged) = Self.multipart("wrong", filename: "report.txt", content: "x")
            #expect(try await client.executeRequest(uri: "/import", method: .post, headers: [.contentType: type, .cookie: editor.cookieHeader], body: forged).status == .forbidden)

            var viewer = Browser(client)
            try await viewer.signIn("viewer")
            let q6 = try await viewer.get("/import")
            #expect(q6.status == .forbidden)
        }
        let got = await received.value
        #expect(got?.0 == "sheet.csv")
        #expect(got?.1 == "event_type,date\nfine,2021-02-05\n")
        #expect(got?.2 == "editor")
    }

    @Test("Without a report reader the import page says so")
    func noImporter() async throws {
        let app = try await Self.app(importer: nil)
        try await app.test(.router) { client in
            var editor = Browser(client)
            try await editor.signIn("editor")
            let q7 = try await editor.get("/import")
            #expect(q7.text.contains("without the report reader"))
        }
    }

    @Test("Multipart forms are parsed into fields and files")
    func multipartParsing() throws {
        let (type, buffer) = Self.multipart("tok", filename: "a.html", content: "<p>hi</p>\r\nsecond line")
        let boundary = String(type.split(separator: "=")[1])
        let form = try FormData.multipart(Array(buffer.readableBytesView), boundary: boundary)
        #expect(form["_csrf"] == "tok")
        #expect(form.files["report"]?.filename == "a.html")
        #expect(String(decoding: form.files["report"]?.bytes ?? [], as: UTF8.self) == "<p>hi</p>\r\nsecond line")
        #expect(throws: WebError.self) { try FormData.multipart(Array("garbage".utf8), boundary: boundary) }
    }
}

actor UploadBox {
    var value: (String, String, String)?
    func set(_ a: String, _ b: String, _ c: String) { value = (a, b, c) }
}
