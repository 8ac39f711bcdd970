import Archive
import CivicModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// `/persons/{id}/casefile`: all the viewer may see on one person, as a document to hand over.
@Suite("Case files")
struct CaseFileTests {
    @Test("A visitor's case file holds public records only; an editor's marks the confidential ones and says so at the top")
    func clearance() async throws {
        let (app, archive) = try await WebFixture.app()
        try await app.test(.router) { client in
            var visitor = Browser(client)
            let record = try await visitor.get("/persons/per-public")
            #expect(record.text.contains(#"<a href="/persons/per-public/casefile">Case file</a>"#))
            let page = try await visitor.get("/persons/per-public/casefile")
            #expect(page.status == .ok)
            #expect(page.headers[.cacheControl] == "no-store")
            #expect(page.text.contains("Case file: Aigerim Testova"))
            #expect(page.text.contains("Blogger fined over a post about water prices"))
            #expect(page.text.contains("fine, 50 MCI (5 March 2022)"))
            for hidden in ["Hidden Witness", "Witness note", "Internal note", "restricted records", "confidential records"] {
                #expect(!page.text.contains(hidden), "\(hidden)")
            }
            #expect(try await visitor.get("/persons/per-secret/casefile").status == .notFound)
            // Evidence files the visitor may see are listed with their digests; the restricted note is not
            #expect(page.text.contains("Evidence files"))
            #expect(page.text.contains(#"<a href="/attachments/att-public">court-notice.png</a>"#))
            #expect(page.text.contains(ContentDigest.sha256(Array("not really a PNG, bytes written for the tests".utf8))))
            #expect(!page.text.contains("lawyer-note.txt"))
            // The sources cited, once each, with publisher; the confidential witness note is not among them for a visitor
            #expect(page.text.contains("Sources cited"))
            #expect(page.text.contains("Test monitoring report (Test Bureau)"))
            #expect(!page.text.contains("Witness note"))

            var editor = Browser(client)
            try await editor.signIn("editor")
            let secret = try await editor.get("/persons/per-secret/casefile")
            #expect(secret.status == .ok)
            #expect(secret.text.contains("This file holds confidential records, marked below."))
            #expect(secret.text.contains("[verified, confidential]"))
            #expect(secret.text.contains("Confidential search at the home of a witness"))
            #expect(secret.text.contains("witness.html</a> [confidential]"))
            let restricted = try await editor.get("/persons/per-public/casefile")
            #expect(restricted.text.contains("lawyer-note.txt</a> [restricted]"))
            let markdown = try await editor.get("/persons/per-secret/casefile?format=md")
            #expect(markdown.headers[.contentType] == "text/markdown; charset=utf-8")
            #expect(markdown.headers[.contentDisposition] == #"attachment; filename="kuzet-casefile-per-secret.md""#)
            #expect(markdown.text.hasPrefix("# Case file: Hidden Witness"))
            #expect(try await editor.get("/persons/per-public/casefile?format=docx").status == .badRequest)
            // A source read from a file names it with its digest and where to fetch it
            let page2 = Array("<html><body>page</body></html>".utf8)
            var withFile = try #require(try await archive.fetch(Source.self, id: "src-public", as: .everything))
            withFile.original = ContentDigest.original(named: "report.html", mediaType: "text/html", bytes: page2)
            try await archive.write(ArchiveBatch(sources: [withFile], contents: [page2]), by: .system)
            try await Task.sleep(for: .milliseconds(1_100))  // a write from outside the web app reaches its cache within a second
            let withOriginal = try await editor.get("/persons/per-public/casefile")
            #expect(withOriginal.text.contains(#"Read from <a href="/sources/src-public/original">report.html</a> (text/html, 30 bytes), SHA-256 \#(ContentDigest.sha256(page2))"#))
            let organisation = try await editor.get("/organizations/org-public/casefile?format=html")
            #expect(organisation.text.contains("Activists detained on the way to a rally"))
        }
    }
}
