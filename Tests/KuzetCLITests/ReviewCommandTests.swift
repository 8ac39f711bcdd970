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
}
