import Archive
import CivicModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// Evidence files on the incident page and through the API: uploaded by editors, seen by clearance, never run in the page.
@Suite("Evidence files")
struct AttachmentPagesTests {
    static func multipart(_ csrf: String, filename: String, bytes: String, description: String, level: String) -> (String, ByteBuffer) {
        let boundary = "kuzet-attachment-boundary"
        func field(_ name: String, _ value: String) -> String {
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        let body = field("_csrf", csrf) + field("description", description) + field("confidentiality", level)
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: image/jpeg\r\n\r\n\(bytes)\r\n"
            + "--\(boundary)--\r\n"
        return ("multipart/form-data; boundary=\(boundary)", ByteBuffer(string: body))
    }

    @Test("The incident page lists the files a visitor may see, with size and digest, and hands them out as downloads")
    func visitorsSeeOnlyPublicFiles() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var visitor = Browser(client)
            let page = String(buffer: try await visitor.get("/incidents/inc-public").body)
            #expect(page.contains("court-notice.png"))
            #expect(page.contains(ContentDigest.sha256(Array("not really a PNG, bytes written for the tests".utf8))))
            #expect(page.contains(#"src="/attachments/att-public?inline=1""#))
            #expect(!page.contains("lawyer-note.txt"))
            #expect(!page.contains("Attach a file"))
            let file = try await visitor.get("/attachments/att-public")
            #expect(file.status == .ok)
            #expect(String(buffer: file.body) == "not really a PNG, bytes written for the tests")
            #expect(file.headers[.contentType] == "image/png")
            #expect(file.headers[.contentDisposition]?.hasPrefix(#"attachment; filename="court-notice.png""#) == true)
            #expect(file.headers[.xContentTypeOptions] == "nosniff")
            #expect(try await visitor.get("/attachments/att-public?inline=1").headers[.contentDisposition]?.hasPrefix("inline") == true)
        }
    }

    @Test("An uploaded HTML file is never shown inline: it downloads, whatever the query asks")
    func htmlNeverRunsInThePage() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var admin = Browser(client)
            try await admin.signIn("admin")
            let file = try await admin.get("/attachments/att-secret?inline=1")
            #expect(file.status == .ok)
            #expect(file.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            #expect(file.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            let page = String(buffer: try await admin.get("/incidents/inc-secret").body)
            #expect(page.contains("witness.html"))
            #expect(!page.contains(#"src="/attachments/att-secret"#))
        }
    }

    @Test("An editor attaches, describes and deletes a file; the archive keeps its digest; viewers and forged forms are refused")
    func editorsManageFiles() async throws {
        let (app, archive) = try await WebFixture.app(config: WebConfig(maxUploadBytes: 4096))
        try await app.test(.router) { client in
            var editor = Browser(client)
            try await editor.signIn("editor")
            #expect(String(buffer: try await editor.get("/incidents/inc-public").body).contains("Attach a file"))
            let (type, body) = Self.multipart(editor.csrf, filename: #"C:\Users\dana\Пикет у акимата.jpg"#, bytes: "jpeg bytes of a picket",
                                              description: "Photo of the picket, sent by a participant", level: "restricted")
            let upload = try await client.executeRequest(uri: "/incidents/inc-aktobe/attachments", method: .post,
                                                         headers: [.contentType: type, .cookie: editor.cookieHeader], body: body)
            #expect(upload.status == .seeOther)
            #expect(upload.headers[.location] == "/incidents/inc-aktobe#attachments")
            let stored = try #require(try await archive.attachments(of: "inc-aktobe", as: .everything).first)
            // The page shows it at once: the cache of incidents with files is emptied by the write
            #expect(try await editor.get("/incidents/inc-aktobe").text.contains("Пикет у акимата.jpg"))
            #expect(stored.fileName == "Пикет у акимата.jpg")
            #expect(stored.mediaType == "image/jpeg")
            #expect(stored.confidentiality == .restricted)
            #expect(stored.sha256 == ContentDigest.sha256(Array("jpeg bytes of a picket".utf8)))
            #expect(try await archive.auditLog(AuditQuery(recordID: stored.id.rawValue)).first?.user == "editor")
            // A name outside ASCII goes out in RFC 5987 form, with an ASCII stand-in
            let download = try await editor.get("/attachments/\(stored.id.rawValue)")
            #expect(download.headers[.contentDisposition]?.contains("filename*=UTF-8''%D0%9F%D0%B8%D0%BA%D0%B5%D1%82") == true)
            // Describing it and making it public is one audited revision
            let edit = try await editor.post("/attachments/\(stored.id.rawValue)/edit", form: [
                ("revision", "1"), ("description", "Photo of the picket, published with consent"), ("confidentiality", "public")])
            #expect(edit.status == .seeOther)
            #expect(try await archive.fetch(Attachment.self, id: stored.id, as: .anonymous)?.description == "Photo of the picket, published with consent")
            // A stale edit is refused with a message
            let stale = try await editor.post("/attachments/\(stored.id.rawValue)/edit", form: [("revision", "1"), ("confidentiality", "public")])
            #expect(stale.status == .conflict)
            // Too large, no file, a forged token, a viewer: all refused
            let (_, big) = Self.multipart(editor.csrf, filename: "big.jpg", bytes: String(repeating: "z", count: 10_000), description: "", level: "")
            #expect(try await client.executeRequest(uri: "/incidents/inc-aktobe/attachments", method: .post,
                                                    headers: [.contentType: type, .cookie: editor.cookieHeader], body: big).status == .contentTooLarge)
            let (_, forged) = Self.multipart("wrong", filename: "x.jpg", bytes: "x", description: "", level: "")
            #expect(try await client.executeRequest(uri: "/incidents/inc-aktobe/attachments", method: .post,
                                                    headers: [.contentType: type, .cookie: editor.cookieHeader], body: forged).status == .forbidden)
            // A file on a restricted incident cannot be made public
            let (_, lower) = Self.multipart(editor.csrf, filename: "x.jpg", bytes: "x", description: "", level: "public")
            #expect(try await client.executeRequest(uri: "/incidents/inc-restricted/attachments", method: .post,
                                                    headers: [.contentType: type, .cookie: editor.cookieHeader], body: lower).status == .badRequest)
            var viewer = Browser(client)
            try await viewer.signIn("viewer")
            let (_, fromViewer) = Self.multipart(viewer.csrf, filename: "x.jpg", bytes: "x", description: "", level: "")
            #expect(try await client.executeRequest(uri: "/incidents/inc-aktobe/attachments", method: .post,
                                                    headers: [.contentType: type, .cookie: viewer.cookieHeader], body: fromViewer).status == .forbidden)
            #expect(try await viewer.post("/attachments/\(stored.id.rawValue)/delete", form: []).status == .forbidden)
            // Deleting takes the file and its bytes away
            #expect(try await editor.post("/attachments/\(stored.id.rawValue)/delete", form: []).status == .seeOther)
            #expect(try await archive.attachments(of: "inc-aktobe", as: .everything).isEmpty)
            #expect(!(try await editor.get("/incidents/inc-aktobe").text.contains("Пикет у акимата.jpg")))
            #expect(try await archive.content(sha256: stored.sha256) == nil)
        }
    }

    @Test("The API lists, uploads, describes and deletes files; the upload's body is the file")
    func api() async throws {
        let (app, archive) = try await WebFixture.app()
        try await app.test(.router) { client in
            var visitor = Browser(client)
            let listed = try await visitor.get("/api/v1/incidents/inc-public/attachments")
            let list = try JSONSerialization.jsonObject(with: Data(buffer: listed.body)) as! [[String: Any]]
            #expect(list.map { $0["id"] as? String } == ["att-public"])
            #expect(list.first?["content_url"] as? String == "/api/v1/attachments/att-public/content")
            #expect(list.first?["byte_count"] as? Int == "not really a PNG, bytes written for the tests".utf8.count)
            #expect(try await visitor.send(.post, "/api/v1/incidents/inc-public/attachments?file_name=a.txt", json: "x").status == .unauthorized)

            var editor = Browser(client)
            try await editor.signIn("editor")
            let created = try await editor.send(.post, "/api/v1/incidents/inc-public/attachments?file_name=ruling%20scan.pdf&description=First%20page",
                                                json: "%PDF-1.4 a ruling written for the test", contentType: "application/pdf")
            #expect(created.status == .created)
            let json = try JSONSerialization.jsonObject(with: Data(buffer: created.body)) as! [String: Any]
            #expect(json["file_name"] as? String == "ruling scan.pdf")
            #expect(json["media_type"] as? String == "application/pdf")
            #expect(json["confidentiality"] as? String == "restricted")
            #expect(json["description"] as? String == "First page")
            let id = try #require(json["id"] as? String)
            #expect(created.headers[.location] == "/api/v1/attachments/\(id)")
            let content = try await editor.get("/api/v1/attachments/\(id)/content")
            #expect(String(buffer: content.body) == "%PDF-1.4 a ruling written for the test")
            #expect(try await editor.send(.post, "/api/v1/incidents/inc-public/attachments", json: "x").status == .badRequest)
            #expect(try await editor.send(.post, "/api/v1/incidents/inc-public/attachments?file_name=a.txt", json: "").status == .badRequest)
            #expect(try await editor.send(.post, "/api/v1/incidents/inc-nothing/attachments?file_name=a.txt", json: "x").status == .notFound)
            #expect(try await editor.send(.delete, "/api/v1/attachments/\(id)", json: "", token: false).status == .forbidden)
            #expect(try await editor.send(.delete, "/api/v1/attachments/\(id)", json: "").status == .noContent)
            #expect(try await archive.fetch(Attachment.self, id: Attachment.ID(id), as: .everything) == nil)
        }
    }

    @Test("Deleting an incident that holds files is refused with a message")
    func incidentsWithFilesStay() async throws {
        let (_, archive) = try await WebFixture.app()
        await #expect { try await archive.delete(Incident.self, id: "inc-public", by: .system) } throws: {
            ($0 as? ArchiveError)?.kind == .inUse
        }
    }
}

/// The original file a source's text was read from: named on the source page, handed out as a download to those who
/// may see the source.
@Suite("Source originals on the web")
struct SourceOriginalPagesTests {
    static let page = Array("<html><body><script>alert(1)</script><p>A report page written for the tests.</p></body></html>".utf8)

    @Test("The source page names the original with its digest; it downloads whole and never inline; hidden sources' files are not found")
    func originalsDownloadAsFiles() async throws {
        let (app, archive) = try await WebFixture.app()
        for id in ["src-public", "src-secret"] as [Source.ID] {
            var source = try #require(try await archive.fetch(Source.self, id: id, as: .everything))
            source.original = ContentDigest.original(named: "report page «v2».html", mediaType: "text/html", bytes: Self.page)
            try await archive.write(ArchiveBatch(sources: [source], contents: [Self.page]), by: .system)
        }
        try await app.test(.router) { client in
            var visitor = Browser(client)
            let sourcePage = String(buffer: try await visitor.get("/sources/src-public").body)
            #expect(sourcePage.contains("Original file"))
            #expect(sourcePage.contains(#"href="/sources/src-public/original""#))
            #expect(sourcePage.contains(ContentDigest.sha256(Self.page)))
            for path in ["/sources/src-public/original", "/api/v1/sources/src-public/original"] {
                let file = try await visitor.get(path)
                #expect(file.status == .ok)
                #expect(Array(String(buffer: file.body).utf8) == Self.page)
                #expect(file.headers[.contentType] == "text/html")
                #expect(file.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
                #expect(file.headers[.contentDisposition]?.contains("filename*=UTF-8''report%20page%20%C2%ABv2%C2%BB.html") == true)
                #expect(file.headers[HTTPField.Name("X-Content-SHA256")!] == ContentDigest.sha256(Self.page))
                #expect(file.headers[.xContentTypeOptions] == "nosniff")
            }
            // Incident pages and the review queue link the file beside the passage's source
            #expect(String(buffer: try await visitor.get("/incidents/inc-public").body).contains(#"<a href="/sources/src-public/original" download>original HTML</a>"#))
            var reviewer = Browser(client)
            try await reviewer.signIn("editor")
            #expect(try await reviewer.get("/review?source=src-public").text.contains(#"(<a href="/sources/src-public/original" download>original HTML, "#))
            // The API's source record names the file
            let json = try await visitor.get("/api/v1/sources/src-public").json as? [String: Any]
            #expect((json?["original"] as? [String: Any])?["sha256"] as? String == ContentDigest.sha256(Self.page))
            // A confidential source's file is as unseen as the source; a source without one has none
            #expect(try await visitor.get("/sources/src-secret/original").status == .notFound)
            #expect(try await visitor.get("/api/v1/sources/src-secret/original").status == .notFound)
            var editor = Browser(client)
            try await editor.signIn("editor")
            #expect(try await editor.get("/sources/src-secret/original").status == .ok)
            var plain = try #require(try await archive.fetch(Source.self, id: "src-public", as: .everything))
            plain.original = nil
            try await archive.save(plain, by: .system)
            // (A write from outside the web app reaches its cache within a second.)
            try await Task.sleep(for: .milliseconds(1_100))
            #expect(try await visitor.get("/sources/src-public/original").status == .notFound)
            #expect(!String(buffer: try await visitor.get("/sources/src-public").body).contains("Original file"))
        }
    }
}
