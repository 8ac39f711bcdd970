import Foundation
import GRDB
import Testing

/// `kuzet attachments`: evidence files added, listed, written out, checked and deleted from the command line.
@Suite struct AttachmentsCommandTests {
    @Test func aFileIsAttachedWrittenOutCheckedAndDeleted() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        #expect(try KuzetProcess.run(["demo", "--database", "d.sqlite"], in: dir).status == 0)
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0xFE] + Array("a summons, scanned for this test".utf8)
        try Data(bytes).write(to: dir.appendingPathComponent("Повестка.png"))

        let added = try KuzetProcess.run(["attachments", "add", "inc-002-26", "Повестка.png", "--description", "Summons (test file)",
                                          "--json", "--database", "d.sqlite"], in: dir)
        #expect(added.status == 0, "\(added.stderr)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(added.stdout.utf8)) as? [String: Any])
        let id = try #require(record["id"] as? String)
        #expect(record["mediaType"] as? String == "image/png")
        #expect(record["confidentiality"] as? String == "restricted")
        #expect(record["byteCount"] as? Int == bytes.count)

        let shown = try KuzetProcess.run(["incidents", "show", "inc-002-26", "--database", "d.sqlite"], in: dir)
        #expect(shown.stdout.contains("file: Повестка.png (image/png, \(bytes.count) bytes, restricted)  \(id)"))
        #expect(shown.stdout.contains("sha256 \(record["sha256"] as? String ?? "?")"))
        let listed = try KuzetProcess.run(["attachments", "list", "inc-002-26", "--database", "d.sqlite"], in: dir)
        #expect(listed.stdout.contains("Повестка.png"))
        #expect(listed.stdout.contains("restricted"))

        let written = try KuzetProcess.run(["attachments", "get", id, "-o", "copy.png", "--database", "d.sqlite"], in: dir)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try Data(contentsOf: dir.appendingPathComponent("copy.png")) == Data(bytes))
        let again = try KuzetProcess.run(["attachments", "get", id, "-o", "copy.png", "--database", "d.sqlite"], in: dir)
        #expect(again.status != 0)
        #expect(again.stderr.contains("exists already"))
        // The demo's two synthetic files and this one
        #expect(try KuzetProcess.run(["attachments", "verify", "--database", "d.sqlite"], in: dir).stdout.contains("3 files checked"))

        // Bytes altered behind Kuzet's back are found by verify and never written out
        let queue = try DatabaseQueue(path: dir.appendingPathComponent("d.sqlite").path)
        let digest = try #require(record["sha256"] as? String)
        try queue.write { try $0.execute(sql: "UPDATE attachment_content SET bytes = X'00' WHERE sha256 = ?", arguments: [digest]) }
        let verified = try KuzetProcess.run(["attachments", "verify", "--database", "d.sqlite"], in: dir)
        #expect(verified.status != 0)
        #expect(verified.stdout.contains("no longer match"))
        #expect(verified.stderr.contains("1 of 3 files failed the check"))
        #expect(try KuzetProcess.run(["attachments", "get", id, "-o", "tampered.png", "--database", "d.sqlite"], in: dir).status != 0)

        #expect(try KuzetProcess.run(["attachments", "delete", id, "--database", "d.sqlite"], in: dir).status == 0)
        #expect(!(try KuzetProcess.run(["attachments", "list", "--database", "d.sqlite"], in: dir).stdout.contains("Повестка.png")))
        #expect(try KuzetProcess.run(["attachments", "list", "inc-002-26", "--database", "d.sqlite"], in: dir).stdout.contains("no files"))
    }

    @Test func aReportReadFromAWebPageKeepsThePageWhichCanBeWrittenOutAndChecked() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        let page = "<html><head><title>Field digest (test)</title></head><body><p>On 3rd May 2023, activist Aidos Tleubayev "
            + "was detained by police in Aktobe.</p></body></html>"
        try page.write(to: dir.appendingPathComponent("digest.html"), atomically: true, encoding: .utf8)
        let imported = try KuzetProcess.run(["import", "digest.html", "--database", "d.sqlite"], in: dir)
        #expect(imported.status == 0, "\(imported.stderr)")
        let source = try #require(imported.stdout.firstMatch(of: /(src-[0-9a-f]+)/)?.1).description
        // Written out under its own name, which the page it came from holds already here: refused, then elsewhere
        let clash = try KuzetProcess.run(["attachments", "get", source, "--database", "d.sqlite"], in: dir)
        #expect(clash.status != 0 && clash.stderr.contains("exists already"))
        let written = try KuzetProcess.run(["attachments", "get", source, "-o", "back.html", "--database", "d.sqlite"], in: dir)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("back.html"), encoding: .utf8) == page)
        #expect(try KuzetProcess.run(["attachments", "get", source, "-o", "-", "--database", "d.sqlite"], in: dir).stdout == page)
        #expect(try KuzetProcess.run(["attachments", "verify", "--database", "d.sqlite"], in: dir).stdout.contains("1 file checked"))
        // The source commands name the file and the incidents citing the source
        let listed = try KuzetProcess.run(["sources", "list", "--database", "d.sqlite"], in: dir).stdout
        #expect(listed.contains(source) && listed.contains("text/html"))
        // As JSON for scripts: the sources' details without their texts, which can run to megabytes
        let listedJSON = try KuzetProcess.run(["sources", "list", "--json", "--database", "d.sqlite"], in: dir).stdout
        #expect(listedJSON.contains(source) && listedJSON.contains("Field digest (test)") && !listedJSON.contains("Tleubayev"))
        let shown = try KuzetProcess.run(["sources", "show", source, "--database", "d.sqlite"], in: dir)
        #expect(shown.stdout.contains("original: digest.html (text/html") && shown.stdout.contains("detention"))
        let json = try KuzetProcess.run(["sources", "show", source, "--json", "--database", "d.sqlite"], in: dir).stdout
        #expect(json.contains(#""fileName" : "digest.html""#) || json.contains(#""fileName":"digest.html""#))
        let missing = try KuzetProcess.run(["sources", "show", "src-none", "--database", "d.sqlite"], in: dir)
        #expect(missing.status != 0 && missing.stderr.contains("no source 'src-none'"))
        // Copied to another archive with its file, checked there
        #expect(try KuzetProcess.run(["migrate", "--from", "d.sqlite", "--to", "e.sqlite"], in: dir).status == 0)
        #expect(try KuzetProcess.run(["attachments", "get", source, "-o", "copy.html", "--database", "e.sqlite"], in: dir).status == 0)
        #expect(try String(contentsOf: dir.appendingPathComponent("copy.html"), encoding: .utf8) == page)
        #expect(try KuzetProcess.run(["attachments", "get", "src-none", "--database", "d.sqlite"], in: dir).stderr.contains("no source 'src-none'"))
    }

    @Test func theNativeExportCarriesFilesAndRestoresThem() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        #expect(try KuzetProcess.run(["demo", "--database", "d.sqlite"], in: dir).status == 0)
        let bytes: [UInt8] = [0x25, 0x50, 0x44, 0x46, 0x00, 0xFF] + Array("a ruling, written for this test".utf8)
        try Data(bytes).write(to: dir.appendingPathComponent("ruling.pdf"))
        #expect(try KuzetProcess.run(["attachments", "add", "inc-002-26", "ruling.pdf", "--database", "d.sqlite"], in: dir).status == 0)

        // A full export holds the file; importing it into an empty archive restores it byte for byte
        let full = try KuzetProcess.run(["export", "--format", "json", "--clearance", "confidential", "--output", "all.json", "--database", "d.sqlite"], in: dir)
        #expect(full.status == 0, "\(full.stderr)")
        let imported = try KuzetProcess.run(["import", "all.json", "--database", "copy.sqlite"], in: dir)
        #expect(imported.status == 0, "\(imported.stderr)")
        let listed = try KuzetProcess.run(["attachments", "list", "inc-002-26", "--json", "--database", "copy.sqlite"], in: dir)
        let id = try #require((try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])?.first?["id"] as? String)
        #expect(try KuzetProcess.run(["attachments", "get", id, "-o", "back.pdf", "--database", "copy.sqlite"], in: dir).status == 0)
        #expect(try Data(contentsOf: dir.appendingPathComponent("back.pdf")) == Data(bytes))

        // A public export leaves the restricted file out
        let open = try KuzetProcess.run(["export", "--format", "json", "--clearance", "public", "--database", "d.sqlite"], in: dir)
        #expect(open.status == 0)
        #expect(!open.stdout.contains("ruling.pdf"))
        #expect(!open.stdout.contains("\"files\""))

        // An export whose file was altered is refused whole
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("all.json"))) as? [String: Any])
        var files = try #require(document["files"] as? [[String: Any]])
        files[0]["base64"] = Data("altered".utf8).base64EncodedString()
        document["files"] = files
        try JSONSerialization.data(withJSONObject: document).write(to: dir.appendingPathComponent("altered.json"))
        let refused = try KuzetProcess.run(["import", "altered.json", "--database", "other.sqlite"], in: dir)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("do not match their SHA-256"))
    }

    @Test func badInputGetsOneLine() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        #expect(try KuzetProcess.run(["demo", "--database", "d.sqlite"], in: dir).status == 0)
        try Data("x".utf8).write(to: dir.appendingPathComponent("x.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        for (arguments, message) in [
            (["attachments", "add", "inc-002-26", "missing.jpg"], "missing.jpg: no such file"),
            (["attachments", "add", "inc-002-26", "empty.txt"], "empty.txt: is empty"),
            (["attachments", "add", "inc-nothing", "x.txt"], "no incident 'inc-nothing'"),
            (["attachments", "add", "inc-002-26", "x.txt", "--media-type", "not a type"], "is not a media type"),
            (["attachments", "get", "att-nothing"], "no attachment 'att-nothing'"),
            (["attachments", "delete", "att-nothing"], "no attachment 'att-nothing'"),
        ] {
            let result = try KuzetProcess.run(arguments + ["--database", "d.sqlite"], in: dir)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1, "\(arguments)")
        }
    }
}
