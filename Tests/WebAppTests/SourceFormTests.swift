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
}
