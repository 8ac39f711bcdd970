import Foundation
import Testing

/// Scenarios for `kuzet import` and `kuzet export`, run on the built binary with a fresh archive file.
@Suite struct ImportExportTests {
    /// Lines in the extract shape, written for these tests.
    static let goodLines = """
    {"source":"test-report.txt","date":"2023-04-12","date_precision":"day","event_type":"detention","persons":["Aigerim Testova"],"organizations":[],"locations":["Almaty"],"legal_provisions":[],"sanctions":[],"quote":"Police detained Aigerim Testova at a picket.","start":0,"end":44,"confidence":0.8}
    {"source":"test-report.txt","date":"2023-04-14","date_precision":"day","event_type":"administrative_arrest","persons":["Aigerim Testova"],"organizations":[],"locations":["Almaty"],"legal_provisions":[{"code":"administrative","article":"488","part":"6","text":"Article 488"}],"sanctions":[{"kind":"administrative_arrest","days":10,"months":null,"years":null,"amount":null,"currency":null}],"quote":"A court gave her ten days.","start":45,"end":71,"confidence":0.9,"confidentiality":"confidential"}
    {"source":"test-report.txt","date":"2023-05","date_precision":"month","event_type":"fine","persons":["Aigerim Testova"],"organizations":["Free Speech Circle"],"locations":["Uralsk"],"legal_provisions":[],"sanctions":[{"kind":"fine","days":null,"months":null,"years":null,"amount":50,"currency":"MCI"}],"quote":null,"start":null,"end":null,"confidence":null}

    """

    func archive() throws -> (dir: URL, db: String) {
        let dir = try KuzetProcess.temporaryDirectory()
        return (dir, dir.appendingPathComponent("test.sqlite").path)
    }

    func write(_ text: String, to name: String, in dir: URL) throws -> String {
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func total(_ db: String, _ extra: [String] = []) throws -> Int {
        let result = try KuzetProcess.run(["incidents", "list", "--json", "--database", db] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return json?["total"] as? Int ?? -1
    }

    @Test func goodLinesImportAndOnePersonStaysOneRecord() throws {
        let (dir, db) = try archive()
        let file = try write(Self.goodLines, to: "good.jsonl", in: dir)
        let result = try KuzetProcess.run(["import", file, "--database", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("3 incidents"))
        #expect(try total(db) == 3)
        let persons = try KuzetProcess.run(["persons", "list", "--json", "--database", db])
        #expect(persons.stdout.components(separatedBy: "Aigerim Testova").count == 2, "one person record for three mentions")
        let show = try KuzetProcess.run(["persons", "show", "Testova", "--database", db])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("3 incidents"))
    }

    @Test func aFileWithBadLinesImportsNothingAndNamesEachLine() throws {
        let (dir, db) = try archive()
        let lines = Self.goodLines.split(separator: "\n").map(String.init)
        let bad = [
            lines[0],
            #"{"source":"x","date":"2023-04-12","event_type":"detention""#,
            lines[1].replacingOccurrences(of: "administrative_arrest\",\"persons", with: "kidnapping\",\"persons"),
            lines[2].replacingOccurrences(of: "2023-05", with: "2023-02-30").replacingOccurrences(of: "\"month\"", with: "\"day\""),
        ].joined(separator: "\n")
        let file = try write(bad, to: "bad.jsonl", in: dir)
        let result = try KuzetProcess.run(["import", file, "--database", db])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.jsonl:2: malformed JSON"))
        #expect(result.stderr.contains("bad.jsonl:3:") && result.stderr.contains("kidnapping"))
        #expect(result.stderr.contains("bad.jsonl:4:") && result.stderr.contains("2023-02-30"))
        #expect(result.stderr.contains("3 bad lines"))
        #expect(!result.stderr.contains("bad.jsonl:1:"))
        #expect(try total(db) == 0, "nothing imported")
    }

    @Test(arguments: ["missing", "binary", "invalid-utf8", "directory"])
    func badFilesGetOneLineErrors(_ kind: String) throws {
        let (dir, db) = try archive()
        var path = dir.appendingPathComponent("input.jsonl").path
        switch kind {
        case "binary": try Data([0x7B, 0x00, 0x01, 0x02]).write(to: URL(fileURLWithPath: path))
        case "invalid-utf8": try Data([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x7D]).write(to: URL(fileURLWithPath: path))
        case "directory": path = dir.path
        default: break
        }
        let result = try KuzetProcess.run(["import", path, "--database", db])
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "one line: \(result.stderr)")
        let expected = ["missing": "no such file", "binary": "binary", "invalid-utf8": "not valid UTF-8", "directory": "directory"][kind]!
        #expect(result.stderr.contains(expected))
    }

    @Test func exportsLeaveOutConfidentialRecordsUnlessAsked() throws {
        let (dir, db) = try archive()
        _ = try KuzetProcess.run(["import", try write(Self.goodLines, to: "good.jsonl", in: dir), "--database", db])
        let publicCSV = try KuzetProcess.run(["export", "--format", "csv", "--database", db])
        #expect(publicCSV.status == 0, "\(publicCSV.stderr)")
        let rows = publicCSV.stdout.split(separator: "\r\n")
        #expect(rows.first?.hasPrefix("id,date,date_precision,event_type,summary") == true)
        #expect(rows.count == 3, "header and the two public incidents")
        #expect(rows.first?.contains(",sanctions,legal_check,status,") == true)
        #expect(!publicCSV.stdout.contains("administrative_arrest"))
        let everything = try KuzetProcess.run(["export", "--format", "jsonl", "--clearance", "confidential", "--database", db])
        #expect(everything.stdout.split(separator: "\n").count == 3)
        #expect(everything.stdout.contains("\"article\":\"488\""))
    }

    @Test func aNativeExportRestoresIntoAFreshArchive() throws {
        let (dir, db) = try archive()
        _ = try KuzetProcess.run(["import", try write(Self.goodLines, to: "good.jsonl", in: dir), "--database", db])
        let exported = dir.appendingPathComponent("all.json").path
        let export = try KuzetProcess.run(["export", "--format", "json", "--clearance", "confidential", "-o", exported, "--database", db])
        #expect(export.status == 0, "\(export.stderr)")
        let fresh = dir.appendingPathComponent("fresh.sqlite").path
        let restore = try KuzetProcess.run(["import", exported, "--database", fresh])
        #expect(restore.status == 0, "\(restore.stderr)")
        #expect(try total(fresh) == 3)
        #expect(try total(fresh, ["--person", "Testova", "--type", "fine"]) == 1)
        // Importing the same export again replaces records instead of duplicating them.
        _ = try KuzetProcess.run(["import", exported, "--database", fresh])
        #expect(try total(fresh) == 3)
    }

    @Test func searchAndFiltersNarrowTheList() throws {
        let (dir, db) = try archive()
        _ = try KuzetProcess.run(["import", try write(Self.goodLines, to: "good.jsonl", in: dir), "--database", db])
        let search = try KuzetProcess.run(["incidents", "search", "picket", "--database", db])
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.stdout.contains("1–1 of 1 incident"))
        #expect(try total(db, ["--article", "CoAO 488"]) == 1)
        #expect(try total(db, ["--from", "2023-05-01"]) == 1)
        let unknown = try KuzetProcess.run(["incidents", "list", "--type", "arrested", "--database", db])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("unknown event type 'arrested'"))
    }
}
