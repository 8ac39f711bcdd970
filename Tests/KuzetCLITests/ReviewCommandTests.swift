import Foundation
import Testing

@Suite struct ReviewCommandTests {
    @Test func anEmptyQueueSaysSo() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        let result = try KuzetProcess.run(["review", "list", "--database", dir.appendingPathComponent("k.sqlite").path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("no proposed incidents"))
    }

    @Test func anUnknownIncidentIsAnError() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        let result = try KuzetProcess.run(["review", "accept", "inc-000000000000", "--database", dir.appendingPathComponent("k.sqlite").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no incident inc-000000000000"))
    }

    @Test func anEditWithoutChangesOrWithABadValueIsRefused() throws {
        let nothing = try KuzetProcess.run(["review", "edit", "inc-000000000000"])
        #expect(nothing.status != 0)
        #expect(nothing.stderr.contains("nothing to change"))
        let badType = try KuzetProcess.run(["review", "edit", "inc-000000000000", "--event-type", "picnic"])
        #expect(badType.status != 0)
        #expect(badType.stderr.contains("unknown event type 'picnic'"))
    }

    /// A report of our own, imported, then its proposals decided by source or by name.
    @Test func decidesEveryProposalOfASourceOrSeveralNamedOnesInOneWrite() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        try """
        Spring notes

        On 4th April 2022, a court in Oral sentenced activist Bakhyt Zhumabayev to ten days of administrative detention.

        On 6th April 2022, blogger Dana Seitova was detained by police in Aktobe.

        On 9th April 2022, a court in Aktobe fined blogger Dana Seitova 100,000 KZT.
        """.write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        #expect(try KuzetProcess.run(["import", "notes.txt", "--database", "k.sqlite"], in: dir).status == 0)
        let listed = try KuzetProcess.run(["review", "list", "--json", "--database", "k.sqlite"], in: dir)
        let proposals = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]] ?? []
        let ids = proposals.compactMap { $0["id"] as? String }
        #expect(ids.count == 3)
        let source = try #require((proposals.first?["passages"] as? [[String: Any]])?.first?["sourceID"] as? String)

        // A missing name stops the whole decision.
        let missing = try KuzetProcess.run(["review", "reject", ids[0], "inc-000000000000", "--database", "k.sqlite"], in: dir)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("nothing was changed"))
        #expect(try KuzetProcess.run(["review", "list", "--database", "k.sqlite"], in: dir).stdout.contains("3 of 3 proposed"))

        let rejected = try KuzetProcess.run(["review", "reject", ids[0], "--database", "k.sqlite"], in: dir)
        #expect(rejected.stdout.contains("rejected 1 incident: \(ids[0])"), "\(rejected.stderr)")
        let accepted = try KuzetProcess.run(["review", "accept", "--source", source, "--database", "k.sqlite"], in: dir)
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stdout.contains("verified 2 incidents"))
        #expect(!accepted.stdout.contains(ids[0]))
        #expect(try KuzetProcess.run(["review", "list", "--database", "k.sqlite"], in: dir).stdout.contains("no proposed incidents"))

        let nothing = try KuzetProcess.run(["review", "accept", "--database", "k.sqlite"], in: dir)
        #expect(nothing.status != 0)
        #expect(nothing.stderr.contains("--source"))
    }

    /// Two notes of our own on one event: the second's proposal is named beside the first and merged into it.
    @Test func aSecondAccountOfAnEventIsNamedAndMergedIntoTheFirst() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        try "On 4th April 2022, a court in Oral sentenced activist Bakhyt Zhumabayev to ten days of administrative detention.\n"
            .write(to: dir.appendingPathComponent("first.txt"), atomically: true, encoding: .utf8)
        try "Weekly digest\n\nOn 4 April 2022 activist Bakhyt Zhumabayev was given ten days of administrative detention by a court in Oral.\n"
            .write(to: dir.appendingPathComponent("second.txt"), atomically: true, encoding: .utf8)
        #expect(try KuzetProcess.run(["import", "first.txt", "--database", "k.sqlite"], in: dir).status == 0)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(KuzetProcess.run(["review", "list", "--json", "--database", "k.sqlite"], in: dir).stdout.utf8)) as? [[String: Any]])
        let firstID = try #require(first.first?["id"] as? String)
        #expect(try KuzetProcess.run(["review", "accept", firstID, "--database", "k.sqlite"], in: dir).status == 0)
        #expect(try KuzetProcess.run(["import", "second.txt", "--database", "k.sqlite"], in: dir).status == 0)
        let listed = try KuzetProcess.run(["review", "list", "--database", "k.sqlite"], in: dir)
        #expect(listed.stdout.contains("possibly recorded already: \(firstID) (same day, same person, same place"), "\(listed.stdout)")
        let second = try #require(try JSONSerialization.jsonObject(with: Data(KuzetProcess.run(["review", "list", "--json", "--database", "k.sqlite"], in: dir).stdout.utf8)) as? [[String: Any]])
        let secondID = try #require(second.first?["id"] as? String)
        let merged = try KuzetProcess.run(["review", "merge", secondID, "--into", firstID, "--database", "k.sqlite"], in: dir)
        #expect(merged.stdout.contains("merged \(secondID) into \(firstID)"), "\(merged.stderr)")
        #expect(merged.stdout.contains("2 source passages"))
        #expect(try KuzetProcess.run(["review", "list", "--database", "k.sqlite"], in: dir).stdout.contains("no proposed incidents"))
        let again = try KuzetProcess.run(["review", "merge", secondID, "--into", firstID, "--database", "k.sqlite"], in: dir)
        #expect(again.status != 0 && again.stderr.contains("rejected already"))
    }
}
