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

        let listed = try KuzetProcess.run(["attachments", "list", "inc-002-26", "--database", "d.sqlite"], in: dir)
        #expect(listed.stdout.contains("Повестка.png"))
        #expect(listed.stdout.contains("restricted"))

        let written = try KuzetProcess.run(["attachments", "get", id, "-o", "copy.png", "--database", "d.sqlite"], in: dir)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try Data(contentsOf: dir.appendingPathComponent("copy.png")) == Data(bytes))
        let again = try KuzetProcess.run(["attachments", "get", id, "-o", "copy.png", "--database", "d.sqlite"], in: dir)
        #expect(again.status != 0)
        #expect(again.stderr.contains("exists already"))
        #expect(try KuzetProcess.run(["attachments", "verify", "--database", "d.sqlite"], in: dir).stdout.contains("1 file checked"))

        // Bytes altered behind Kuzet's back are found by verify and never written out
        let queue = try DatabaseQueue(path: dir.appendingPathComponent("d.sqlite").path)
        try queue.write { try $0.execute(sql: "UPDATE attachment_content SET bytes = X'00'") }
        let verified = try KuzetProcess.run(["attachments", "verify", "--database", "d.sqlite"], in: dir)
        #expect(verified.status != 0)
        #expect(verified.stdout.contains("no longer match"))
        #expect(verified.stderr.contains("1 of 1 files failed the check"))
        #expect(try KuzetProcess.run(["attachments", "get", id, "-o", "tampered.png", "--database", "d.sqlite"], in: dir).status != 0)

        #expect(try KuzetProcess.run(["attachments", "delete", id, "--database", "d.sqlite"], in: dir).status == 0)
        #expect(try KuzetProcess.run(["attachments", "list", "--database", "d.sqlite"], in: dir).stdout.contains("no files"))
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
