import ArchivePostgres
import Foundation
import Testing

/// `kuzet migrate` between SQLite files and, when `KUZET_TEST_POSTGRES_URL` names a server, through PostgreSQL.
@Suite("kuzet migrate", .serialized)
struct MigrateCommandTests {
    /// Lines written for this test, in the import's line shape.
    static let lines = [
        #"{"id":"m-1","source":"memo.txt","date":"2022-01-05","event_type":"detention","summary":"Two volunteers were held after handing out leaflets","persons":["Aruzhan Testova","Bolat Examplov"],"locations":["Almaty"],"legal_provisions":[{"code":"administrative","article":"488","part":"6"}],"quote":"volunteers were held","start":0,"end":20}"#,
        #"{"id":"m-2","source":"memo.txt","date":"2022-03","event_type":"fine","summary":"A blogger was fined for a post about a court hearing","persons":["Bolat Examplov"],"organizations":["Steppe Voices"],"locations":["Shymkent"],"confidentiality":"restricted"}"#,
        #"{"id":"m-3","source":"memo.txt","event_type":"warning","summary":"Organisers received a written warning before a march","organizations":["Steppe Voices"],"confidentiality":"confidential"}"#,
    ].joined(separator: "\n")

    /// Bytes of a made-up image, with a zero and high bytes in them.
    static let photo: [UInt8] = [0xFF, 0xD8, 0xFF, 0x00, 0x10] + Array("a leaflet, photographed".utf8) + [0xFF, 0xD9]

    /// The archive's files as `attachments list --json` prints them.
    func files(_ database: String, in dir: URL) throws -> String {
        let result = try KuzetProcess.run(["attachments", "list", "--json", "--database", database], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        // Records start again at revision 1 in a copy; everything else must be the same.
        let records = (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? [])
            .map { $0.filter { $0.key != "revision" } }
        return String(decoding: try JSONSerialization.data(withJSONObject: records, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Imports the lines into a fresh SQLite file and returns its folder.
    func seeded() throws -> URL {
        let dir = try KuzetProcess.temporaryDirectory()
        try Self.lines.write(to: dir.appendingPathComponent("incidents.jsonl"), atomically: true, encoding: .utf8)
        let result = try KuzetProcess.run(["import", "incidents.jsonl", "--database", "a.sqlite"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        // A binary evidence file goes along with the records.
        try Data(Self.photo).write(to: dir.appendingPathComponent("leaflet.jpg"))
        let attached = try KuzetProcess.run(["attachments", "add", "m-1", "leaflet.jpg", "--database", "a.sqlite"], in: dir)
        #expect(attached.status == 0, "\(attached.stderr)")
        return dir
    }

    func export(_ database: String, in dir: URL) throws -> String {
        let result = try KuzetProcess.run(["export", "--format", "json", "--database", database], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        // The export's header carries the time; the records follow it.
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
        let records = object.filter { $0.key != "exportedAt" }
        return String(decoding: try JSONSerialization.data(withJSONObject: records, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func copiesAndVerifiesBetweenFiles() throws {
        let dir = try seeded()
        let result = try KuzetProcess.run(["migrate", "--from", "a.sqlite", "--to", "b.sqlite"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("incident      3 → 3"))
        #expect(result.stdout.contains("attachment    1 → 1"))
        #expect(result.stdout.contains("file          1 → 1"))
        #expect(result.stdout.contains("verified"))
        #expect(try files("a.sqlite", in: dir) == files("b.sqlite", in: dir))
        #expect(try KuzetProcess.run(["attachments", "verify", "--database", "b.sqlite"], in: dir).status == 0)
        #expect(!result.stdout.contains("MISMATCH"))
        #expect(try export("a.sqlite", in: dir) == export("b.sqlite", in: dir))
    }

    @Test func refusesANonEmptyDestinationAndWritesNothing() throws {
        let dir = try seeded()
        let first = try KuzetProcess.run(["migrate", "--from", "a.sqlite", "--to", "b.sqlite"], in: dir)
        #expect(first.status == 0)
        let before = try export("b.sqlite", in: dir)
        let again = try KuzetProcess.run(["migrate", "--from", "a.sqlite", "--to", "b.sqlite"], in: dir)
        #expect(again.status != 0)
        #expect(again.stderr.contains("not empty"))
        #expect(try export("b.sqlite", in: dir) == before)
    }

    @Test func refusesABadURLInOneLine() throws {
        let dir = try seeded()
        let result = try KuzetProcess.run(["migrate", "--from", "a.sqlite", "--to", "postgres://nobody@/x"], in: dir)
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["KUZET_TEST_POSTGRES_URL"] != nil,
                   "set KUZET_TEST_POSTGRES_URL to migrate through PostgreSQL"))
    func roundTripsThroughPostgres() async throws {
        let server = try #require(ProcessInfo.processInfo.environment["KUZET_TEST_POSTGRES_URL"])
        let dir = try seeded()
        let name = "kuzet_cli_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
        let url = try await PostgresServer.createDatabase(named: String(name), besides: server)
        let create = try KuzetProcess.run(["migrate", "--from", "a.sqlite", "--to", url], in: dir)
        #expect(create.status == 0, "\(create.stderr)")
        let back = try KuzetProcess.run(["migrate", "--from", url, "--to", "c.sqlite"], in: dir)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(try export("a.sqlite", in: dir) == export("c.sqlite", in: dir))
        #expect(try export("a.sqlite", in: dir) == export(url, in: dir))
        #expect(try files("a.sqlite", in: dir) == files(url, in: dir))
        #expect(try files("a.sqlite", in: dir) == files("c.sqlite", in: dir))
        let id = try #require(try (JSONSerialization.jsonObject(with: Data(files(url, in: dir).utf8)) as? [[String: Any]])?.first?["id"] as? String)
        #expect(try KuzetProcess.run(["attachments", "get", id, "-o", "back.jpg", "--database", url], in: dir).status == 0)
        #expect(try Data(contentsOf: dir.appendingPathComponent("back.jpg")) == Data(Self.photo))
        let list = try KuzetProcess.run(["incidents", "search", "blogger", "--database", url], in: dir)
        #expect(list.status == 0)
        #expect(list.stdout.contains("m-2"))
        try await PostgresServer.dropDatabase(named: String(name), besides: server)
    }
}
