import Foundation
import Testing

/// `kuzet incidents check`: an incident against the law of its day, as text and as JSON.
@Suite struct IncidentCheckCommandTests {
    @Test func aDemoConvictionIsCheckedAgainstItsArticles() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        let db = dir.appendingPathComponent("demo.sqlite").path
        #expect(try KuzetProcess.run(["demo", "--database", db]).status == 0)
        // The demo's 2016 conviction under CC 174, 274 and 400 with a prison term.
        let text = try KuzetProcess.run(["incidents", "check", "inc-002-57", "--database", db])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("CC 274: Dissemination of knowingly false information"))
        #expect(text.stdout.contains("within the stated range"))
        #expect(text.stdout.contains("International standards"))

        let json = try KuzetProcess.run(["incidents", "check", "inc-002-57", "--json", "--database", db])
        let body = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let verdicts = (body["sanctions"] as? [[String: Any]])?.compactMap { $0["verdict"] as? String } ?? []
        #expect(verdicts.contains("within_range"))
        #expect((body["provisions"] as? [[String: Any]])?.count == 3)

        let missing = try KuzetProcess.run(["incidents", "check", "inc-does-not-exist", "--database", db])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no incident 'inc-does-not-exist'"))
    }
}
