import Archive
import CivicModel
import Foundation
import Testing

/// The audit log and revisions: who changed what when, from what to what, and going back.
@Suite struct AuditTests {
    @Test(arguments: ArchiveKind.allCases)
    func everyWriteIsLoggedWithBeforeAndAfter(kind: ArchiveKind) async throws {
        // Given a person created and then edited by another editor
        let archive = try kind.make()
        let created = try await archive.save(Person(id: "per-a", name: "Aliya Nurova"), by: Editor("dana"))
        var edited = created
        edited.name = "Aliya Nurova-Sadykova"
        try await archive.save(edited, by: Editor("arman"))
        try await archive.delete(Person.self, id: "per-a", by: Editor("dana"))
        // Then the log holds three entries, newest first, with the JSON before and after
        let log = try await archive.auditLog(AuditQuery(recordKind: "person", recordID: "per-a"))
        #expect(log.map(\.action) == [.delete, .update, .create])
        #expect(log.map(\.user) == ["dana", "arman", "dana"])
        #expect(log.map(\.revision) == [nil, 2, 1])
        #expect(log.map(\.sequence) == [3, 2, 1])
        #expect(log[2].before == nil)
        #expect(try log[2].after.map { try RecordCoding.decode(Person.self, from: $0) }?.name == "Aliya Nurova")
        #expect(try log[1].before.map { try RecordCoding.decode(Person.self, from: $0) }?.name == "Aliya Nurova")
        #expect(try log[1].after.map { try RecordCoding.decode(Person.self, from: $0) }?.name == "Aliya Nurova-Sadykova")
        #expect(try log[0].before.map { try RecordCoding.decode(Person.self, from: $0) }?.revision == 2)
        #expect(log[0].after == nil)
        // And the log filters by user and pages
        #expect(try await archive.auditLog(AuditQuery(user: "arman")).map(\.action) == [.update])
        #expect(try await archive.auditLog(AuditQuery(limit: 1, offset: 1)).map(\.action) == [.update])
    }

    @Test(arguments: ArchiveKind.allCases)
    func revisionsKeepEveryVersionAndRevertAddsOne(kind: ArchiveKind) async throws {
        // Given an incident saved three times
        let archive = try await World.stored(in: kind)
        var incident = try #require(try await archive.fetch(Incident.self, id: "inc-3", as: .everything))
        incident.status = .verified
        incident = try await archive.save(incident, by: Editor("dana"))
        incident.summary = "The union leader paid a heavy fine."
        incident = try await archive.save(incident, by: Editor("arman"))
        // Then all three versions are kept, oldest first
        let history = try await archive.revisions(of: .incident, id: "inc-3")
        #expect(history.map(\.number) == [1, 2, 3])
        #expect(history.map(\.user) == ["system", "dana", "arman"])
        #expect(try RecordCoding.decode(Incident.self, from: history[1].body).status == .verified)
        // When it is reverted to revision 1
        let reverted = try await archive.revert(Incident.self, id: "inc-3", to: 1, by: Editor("dana"))
        // Then the old content comes back as revision 4, searchable again
        #expect(reverted.revision == 4)
        #expect(reverted.status == .proposed)
        #expect(reverted.summary == "The union leader paid a fine after a peaceful picket.")
        #expect(try await archive.ids(IncidentQuery(text: "peaceful")) == ["inc-3"])
        #expect(try await archive.ids(IncidentQuery(text: "heavy")) == [])
        #expect(try await archive.revisions(of: .incident, id: "inc-3").count == 4)
        await #expect { try await archive.revert(Incident.self, id: "inc-3", to: 9, by: .system) } throws: { ($0 as? ArchiveError)?.kind == .notFound }
    }

    @Test(arguments: ArchiveKind.allCases)
    func aBatchLogsOneEntryPerRecord(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        let log = try await archive.auditLog(AuditQuery(limit: 100))
        let written = try World.batch.count
        #expect(log.count == written)
        #expect(Set(log.map(\.action)) == [.create])
        let incident = try #require(log.first { $0.recordID == "inc-1" })
        #expect(try incident.after.map { try RecordCoding.decode(Incident.self, from: $0) }?.summary == World.incidents()[0].summary)
    }
}
