import Foundation
import Testing

/// `kuzet persons duplicates|merge`: the same person entered twice is found and joined.
@Suite struct MergeCommandTests {
    @Test func aPersonEnteredTwiceIsFoundAndMerged() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        let demo = dir.appendingPathComponent("demo.sqlite").path
        #expect(try KuzetProcess.run(["demo", "--database", demo]).status == 0)
        // The demo's archive, exported, with one activist entered a second time under another spelling.
        let exported = try KuzetProcess.run(["export", "--format", "json", "--clearance", "confidential", "--database", demo])
        var document = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
        var persons = try #require(document["persons"] as? [[String: Any]])
        var twin = try #require(persons.first { $0["id"] as? String == "per-abzal-kanaliev" })
        twin["id"] = "per-abzal-twin"
        twin["name"] = "Abzal Kanaliyev"
        twin["aliases"] = ["A. Kanaliyev"]
        persons.append(twin)
        document["persons"] = persons
        let file = dir.appendingPathComponent("twin.json")
        try JSONSerialization.data(withJSONObject: document).write(to: file)
        let db = dir.appendingPathComponent("twin.sqlite").path
        let imported = try KuzetProcess.run(["import", file.path, "--database", db])
        #expect(imported.status == 0, "\(imported.stderr)")

        let found = try KuzetProcess.run(["persons", "duplicates", "--json", "--database", db])
        let groups = try #require(try JSONSerialization.jsonObject(with: Data(found.stdout.utf8)) as? [[[String: String]]])
        #expect(groups.map { Set($0.compactMap { $0["id"] }) } == [["per-abzal-kanaliev", "per-abzal-twin"]])

        let merged = try KuzetProcess.run(["persons", "merge", "per-abzal-twin", "--into", "per-abzal-kanaliev", "--database", db])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout.contains("merged per-abzal-twin into Abzal Kanaliev (per-abzal-kanaliev)"))
        #expect(merged.stdout.contains("A. Kanaliyev"))
        #expect(try KuzetProcess.run(["persons", "duplicates", "--database", db]).stdout.contains("0 groups"))

        let unknown = try KuzetProcess.run(["persons", "merge", "Nobody Atall", "--into", "per-abzal-kanaliev", "--database", db])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.trimmingCharacters(in: .whitespacesAndNewlines) == "Error: no person 'Nobody Atall' in the archive")
    }
}
