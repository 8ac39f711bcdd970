import Foundation
import Testing

@Suite struct ExtractCommandTests {
    let sentence = "On 11th May 2021, a court in Kostanay sentenced activist Beibit Orazbaev to nine days of administrative detention."

    @Test func printsOneJSONObjectPerIncident() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        try sentence.write(to: dir.appendingPathComponent("report.txt"), atomically: true, encoding: .utf8)
        let result = try KuzetProcess.run(["extract", "report.txt"], in: dir)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["source"] as? String == "report.txt")
        #expect(object["date"] as? String == "2021-05-11")
        #expect(object["date_precision"] as? String == "day")
        #expect(object["event_type"] as? String == "administrative_arrest")
        #expect(object["persons"] as? [String] == ["Beibit Orazbaev"])
        #expect(object["locations"] as? [String] == ["Kostanay"])
        #expect(object["start"] as? Int == 0)
        #expect(object["end"] as? Int == sentence.unicodeScalars.count)
        #expect(object["quote"] as? String == sentence)
        let sanctions = try #require(object["sanctions"] as? [[String: Any]])
        #expect(sanctions.first?["kind"] as? String == "administrative_arrest")
        #expect(sanctions.first?["days"] as? Int == 9)
        #expect(lines[0].hasPrefix("{\"source\":"))
    }

    @Test func readsStandardInputAndPrintsJSONOrATable() throws {
        let json = try KuzetProcess.run(["extract", "-", "--format", "json"], input: sentence)
        #expect(json.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 1)
        let table = try KuzetProcess.run(["extract", "-", "--format", "table"], input: sentence)
        #expect(table.status == 0)
        #expect(table.stdout.contains("administrative_arrest"))
        #expect(table.stdout.contains("Beibit Orazbaev"))
    }

    @Test func badInputGetsAOneLineErrorAndNoOutput() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        try sentence.write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data([0x41, 0xFF, 0xFE, 0x42]).write(to: dir.appendingPathComponent("bad.txt"))
        let result = try KuzetProcess.run(["extract", "good.txt", "bad.txt"], in: dir)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("bad.txt is not valid UTF-8"))
        #expect(result.stderr.split(separator: "\n").count == 1)

        let missing = try KuzetProcess.run(["extract", "nowhere.txt"], in: dir)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("cannot read nowhere.txt"))

        let format = try KuzetProcess.run(["extract", "good.txt", "--format", "xml"], in: dir)
        #expect(format.status != 0)
    }

    @Test func theExplainerSeedGivesNoIncidents() throws {
        let seeds = KuzetProcess.shared.appendingPathComponent("seeds")
        guard let name = try? FileManager.default.contentsOfDirectory(atPath: seeds.path).first(where: { $0.hasPrefix("000_") }) else {
            print("skipping: ../shared/seeds is absent")
            return
        }
        let result = try KuzetProcess.run(["extract", seeds.appendingPathComponent(name).path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test func theBenchmarkNamesAMissingCorpusFolderInOneLine() throws {
        let result = try KuzetProcess.run(["bench", "extract", "--corpus", "/no/such/kuzet/corpus", "--size-mb", "1"])
        #expect(result.status != 0)
        #expect(result.stderr == "Error: no folder at /no/such/kuzet/corpus (--corpus names a folder of .txt reports)\n")
    }
}
