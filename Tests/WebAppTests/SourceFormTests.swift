import Archive
import CivicModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// Sources typed in by editors: a news article or an interview note that incidents cite, with its publisher, address,
/// date, language and access level.
@Suite("Source forms")
struct SourceFormTests {
    @Test("An editor adds a source with its text, edits its details, and cannot delete it while an incident cites it")
    func editorsKeepSources() async throws {
        let (app, archive) = try await WebFixture.app()
        try await app.test(.router) { client in
            var editor = Browser(client)
            try await editor.signIn("editor")
            #expect(try await editor.get("/sources").text.contains(#"href="/sources/new""#))
            #expect(try await editor.get("/sources/new").text.contains("New source"))
            // Bad input comes back with the user's words and one line on what is wrong
            let badURL = try await editor.post("/sources/new", form: [("title", "Court hearing notes"), ("url", "javascript:alert(1)"),
                                                                     ("language", "en"), ("confidentiality", "public")])
            #expect(badURL.status == .badRequest && badURL.text.contains("is not a web address") && badURL.text.contains("Court hearing notes"))
            let badDate = try await editor.post("/sources/new", form: [("title", "Court hearing notes"), ("publishedOn", "March 2021"),
                                                                      ("language", "en"), ("confidentiality", "public")])
            #expect(badDate.status == .badRequest && badDate.text.contains("is not a date"))

            let text = "Notes from the hearing of a fictional activist, written for the tests."
            let created = try await editor.post("/sources/new", form: [
                ("title", "Court hearing notes"), ("publisher", "Test Monitoring Group"), ("url", "https://example.org/hearing"),
                ("publishedOn", "2021-03"), ("language", "ru"), ("confidentiality", "restricted"), ("text", text)])
            #expect(created.status == .seeOther)
            let location = try #require(created.headers[.location])
            let id = Source.ID(String(location.dropFirst("/sources/".count)))
            let stored = try #require(try await archive.fetch(Source.self, id: id, as: .everything))
            #expect(stored.publisher == "Test Monitoring Group" && stored.url == "https://example.org/hearing")
            #expect(stored.publishedOn?.iso == "2021-03" && stored.language == "ru" && stored.confidentiality == .restricted)
            #expect(stored.text == text && stored.sha256 == ContentDigest.sha256(Array(text.utf8)))
            // Visitors do not see a restricted source; the editor's page offers the edit
            var visitor = Browser(client)
            #expect(try await visitor.get(location).status == .notFound)
            #expect(try await editor.get(location).text.contains(#"href="/sources/\#(id.rawValue)/edit""#))

            // An edit changes the details and keeps the text, whatever the form sends
            let edit = try await editor.get("\(location)/edit")
            #expect(edit.text.contains("kept as imported") && !edit.text.contains(#"name="text""#))
            let saved = try await editor.post("\(location)/edit", form: [("revision", "1"), ("title", "Hearing notes, Uralsk"),
                                                                        ("language", "ru"), ("confidentiality", "public"), ("text", "replaced")])
            #expect(saved.status == .seeOther)
            let edited = try #require(try await archive.fetch(Source.self, id: id, as: .everything))
            #expect(edited.title == "Hearing notes, Uralsk" && edited.text == text && edited.publisher == nil && edited.revision == 2)
            // A stale edit is refused and says so
            let stale = try await editor.post("\(location)/edit", form: [("revision", "1"), ("title", "Other title"), ("language", "en"),
                                                                        ("confidentiality", "public")])
            #expect(stale.status == .conflict && stale.text.contains("Other title"))

            // Viewers may not edit; a source that incidents cite is not deleted; an unused one is
            var viewer = Browser(client)
            try await viewer.signIn("viewer")
            #expect(try await viewer.get("/sources/new").status == .forbidden)
            let cited = try await editor.post("/sources/src-public/delete", form: [("confirm", "yes")])
            #expect(cited.status == .conflict)
            #expect(try await archive.fetch(Source.self, id: "src-public", as: .everything) != nil)
            #expect(try await editor.post("\(location)/delete", form: [("confirm", "yes")]).status == .seeOther)
            #expect(try await archive.fetch(Source.self, id: id, as: .everything) == nil)
        }
    }

    @Test("The API creates, replaces and deletes sources; a stored source's text and original file never change through it")
    func sourcesThroughTheAPI() async throws {
        let (app, archive) = try await WebFixture.app()
        let page = Array("<html><body>a page written for the tests</body></html>".utf8)
        var withFile = try #require(try await archive.fetch(Source.self, id: "src-public", as: .everything))
        withFile.original = ContentDigest.original(named: "page.html", mediaType: "text/html", bytes: page)
        try await archive.write(ArchiveBatch(sources: [withFile], contents: [page]), by: .system)
        let secretDigest = ContentDigest.sha256(page)
        let before = withFile
        try await app.test(.router) { client in
            var editor = Browser(client)
            try await editor.signIn("editor")
            let body = #"{"id": "src-api-note", "title": "Interview note", "language": "kk", "confidentiality": "restricted", "revision": 0, "text": "Written for the tests."}"#
            let created = try await editor.send(.post, "/api/v1/sources", json: body)
            #expect(created.status == .created)
            #expect(created.headers[.location] == "/api/v1/sources/src-api-note")
            let stored = try #require(try await archive.fetch(Source.self, id: "src-api-note", as: .everything))
            #expect(stored.language == "kk" && stored.sha256 == ContentDigest.sha256(Array("Written for the tests.".utf8)))
            // A body may not bring a file by naming a digest: the bytes arrive with an import only
            let smuggled = #"{"id": "src-api-2", "title": "T", "language": "en", "confidentiality": "public", "revision": 0, "original": {"fileName": "x.html", "mediaType": "text/html", "byteCount": \#(page.count), "sha256": "\#(secretDigest)"}}"#
            let refused = try await editor.send(.post, "/api/v1/sources", json: smuggled)
            #expect(refused.status == .badRequest && refused.text.contains("comes with an import"))
            // A replacement may leave text and file out (they stay) but not change them
            let keep = #"{"id": "src-public", "title": "Test monitoring report, revised", "language": "en", "confidentiality": "public", "revision": 2}"#
            #expect(try await editor.send(.put, "/api/v1/sources/src-public", json: keep).status == .ok)
            let kept = try #require(try await archive.fetch(Source.self, id: "src-public", as: .everything))
            #expect(kept.title == "Test monitoring report, revised" && kept.text == before.text && kept.original == before.original)
            let rewrite = #"{"id": "src-public", "title": "T", "language": "en", "confidentiality": "public", "revision": 3, "text": "Other words."}"#
            #expect(try await editor.send(.put, "/api/v1/sources/src-public", json: rewrite).status == .badRequest)
            // Deleting: refused while incidents cite the source, done otherwise; viewers may not write
            #expect(try await editor.send(.delete, "/api/v1/sources/src-public", json: "").status == .conflict)
            #expect(try await editor.send(.delete, "/api/v1/sources/src-api-note", json: "").status == .noContent)
            var viewer = Browser(client)
            try await viewer.signIn("viewer")
            #expect(try await viewer.send(.post, "/api/v1/sources", json: body).status == .forbidden)
        }
    }
}
