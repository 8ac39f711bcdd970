import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// `/incidents/feed`: the list's search as an Atom feed, always as a visitor sees it.
@Suite("Incident feed")
struct IncidentFeedTests {
    @Test("The feed lists published public incidents only, for whoever asks, with the list's filters and links back")
    func feed() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var admin = Browser(client)
            try await admin.signIn("admin")
            let response = try await admin.get("/incidents/feed", headers: [.init("X-Forwarded-Proto")!: "https"])
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/atom+xml; charset=utf-8")
            let xml = response.text
            #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
            #expect(xml.contains("<title>Blogger fined over a post about water prices</title>"))
            #expect(xml.contains("/incidents/inc-public\"/>"))
            #expect(xml.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://"))
            // Signed in as an admin, still no proposal, restricted or confidential incident, and no internal note.
            for hidden in ["inc-proposed", "inc-restricted", "inc-secret", "Internal note"] { #expect(!xml.contains(hidden), "\(hidden)") }
            // Well-formed XML (the summary and titles are escaped).
            #expect(XMLParser(data: Data(xml.utf8)).parse())
            // The list's filters apply, and a bad one is refused as on the list.
            let fines = try await admin.get("/incidents/feed?type=fine")
            #expect(fines.text.contains("inc-public") && !fines.text.contains("inc-aktobe"))
            #expect(fines.text.contains("<title>Kuzet incidents (type: fine)</title>"))
            #expect(try await admin.get("/incidents/feed?type=picnic").status == .badRequest)
            // The list page offers the feed of its search.
            #expect(try await admin.get("/incidents?type=fine").text.contains(#"<a href="/incidents/feed?type=fine" type="application/atom+xml">Atom feed</a>"#))
        }
    }

    @Test("A forged Host header is not echoed into the feed's links")
    func hostIsChecked() throws {
        #expect(IncidentFeed.base(of: Request(head: .init(method: .get, scheme: "http", authority: "kuzet.example.org:8443", path: "/"), body: .init(buffer: .init())), secure: false)
            == "http://kuzet.example.org:8443")
        #expect(IncidentFeed.base(of: Request(head: .init(method: .get, scheme: "http", authority: "evil\"><script>", path: "/"), body: .init(buffer: .init())), secure: true)
            == "https://localhost")
    }
}
