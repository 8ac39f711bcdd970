import Archive
import CivicModel
import Foundation
import Testing

/// Files kept with incidents as evidence, on every archive: stored once by digest, seen by clearance, never orphaned.
@Suite("Attachments")
struct AttachmentTests {
    static let photo = Array("a photograph of the square, as bytes".utf8)
    static let ruling = Array("%PDF-1.4 a court ruling, scanned".utf8)

    @Test(arguments: ArchiveKind.allCases)
    func aFileIsStoredWithItsDigestAndReadBackWhole(kind: ArchiveKind) async throws {
        // Given an incident in the archive
        let archive = try await World.stored(in: kind)
        // When an editor attaches a photograph to it
        let stored = try await archive.attach(
            Attachment(id: "att-photo", incidentID: "inc-1", fileName: "square.jpg", mediaType: "image/jpeg",
                       description: "Taken by a bystander.", confidentiality: .public),
            content: Self.photo, by: Editor("dana"))
        // Then the archive sets its size and SHA-256 from the bytes, at revision 1
        #expect(stored.revision == 1)
        #expect(stored.byteCount == Self.photo.count)
        #expect(stored.sha256 == ContentDigest.sha256(Self.photo))
        #expect(stored.sha256.count == 64)
        // And the bytes come back whole, to a viewer who may see the incident
        let read = try #require(try await archive.content(of: "att-photo", as: .anonymous))
        #expect(read.bytes == Self.photo)
        #expect(read.attachment == stored)
        #expect(try await archive.attachments(of: "inc-1", as: .anonymous).map(\.id) == ["att-photo"])
        #expect(try await archive.incidentsWithAttachments() == ["inc-1"])
        // And the write is audited with the editor's name
        #expect(try await archive.auditLog(AuditQuery(recordID: "att-photo")).map(\.user) == ["dana"])
    }

    @Test(arguments: ArchiveKind.allCases)
    func aRestrictedFileOrOneOnAHiddenIncidentIsNotSeen(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        // A restricted attachment on a public incident, and a public one on a restricted incident
        try await archive.attach(Attachment(id: "att-memo", incidentID: "inc-1", fileName: "witness.txt", confidentiality: .restricted),
                                 content: Self.ruling, by: .system)
        try await archive.attach(Attachment(id: "att-open", incidentID: "inc-4", fileName: "crowd.png", confidentiality: .public),
                                 content: Self.photo, by: .system)
        #expect(try await archive.attachments(of: "inc-1", as: .anonymous).isEmpty)
        #expect(try await archive.content(of: "att-memo", as: .anonymous) == nil)
        #expect(try await archive.content(of: "att-open", as: .anonymous) == nil)
        #expect(try await archive.content(of: "att-memo", as: .restricted)?.bytes == Self.ruling)
        #expect(try await archive.attachments(of: "inc-1", as: .restricted).map(\.fileName) == ["witness.txt"])
    }

    @Test(arguments: ArchiveKind.allCases)
    func theSameBytesAreStoredOnceAndGoWithTheirLastAttachment(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        let first = try await archive.attach(Attachment(incidentID: "inc-1", fileName: "a.jpg"), content: Self.photo, by: .system)
        let second = try await archive.attach(Attachment(incidentID: "inc-2", fileName: "b.jpg"), content: Self.photo, by: .system)
        #expect(first.sha256 == second.sha256)
        // Deleting one attachment keeps the bytes the other still names
        try await archive.delete(Attachment.self, id: first.id, by: .system)
        #expect(try await archive.content(sha256: first.sha256) == Self.photo)
        // Deleting the last takes them along: a file removed for someone's safety is gone
        try await archive.delete(Attachment.self, id: second.id, by: .system)
        #expect(try await archive.content(sha256: first.sha256) == nil)
        #expect(try await archive.count(Attachment.self, as: .everything) == 0)
    }

    @Test(arguments: ArchiveKind.allCases)
    func anIncidentWithFilesIsNotDeletedAndAFileNeedsAnIncident(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        try await archive.attach(Attachment(id: "att-1", incidentID: "inc-3", fileName: "receipt.pdf"), content: Self.ruling, by: .system)
        await #expect { try await archive.delete(Incident.self, id: "inc-3", by: .system) } throws: {
            ($0 as? ArchiveError)?.kind == .inUse
        }
        #expect(try await archive.fetch(Incident.self, id: "inc-3", as: .everything) != nil)
        // A file for an incident that does not exist is refused, and its bytes are not kept
        await #expect { try await archive.attach(Attachment(incidentID: "inc-none", fileName: "x.jpg"), content: Self.photo, by: .system) } throws: {
            ($0 as? ArchiveError)?.kind == .danglingLink
        }
        #expect(try await archive.content(sha256: ContentDigest.sha256(Self.photo)) == nil)
        // So is an empty file, and a name with a folder in it
        await #expect(throws: (any Error).self) {
            try await archive.attach(Attachment(incidentID: "inc-3", fileName: "empty.txt"), content: [], by: .system)
        }
        await #expect(throws: (any Error).self) {
            try await archive.attach(Attachment(incidentID: "inc-3", fileName: "../etc/passwd"), content: Self.photo, by: .system)
        }
    }

    @Test(arguments: ArchiveKind.allCases)
    func editsKeepTheFileAndAreCheckedByRevision(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        var attachment = try await archive.attach(Attachment(id: "att-1", incidentID: "inc-1", fileName: "summons.jpg"), content: Self.photo, by: .system)
        attachment.description = "Summons served on the organiser."
        attachment.confidentiality = .public
        let edited = try await archive.save(attachment, by: Editor("dana"))
        #expect(edited.revision == 2)
        #expect(try await archive.content(of: "att-1", as: .anonymous)?.bytes == Self.photo)
        // A stale edit is refused
        await #expect { try await archive.save(attachment, by: .system) } throws: { ($0 as? ArchiveError)?.kind == .staleRevision }
        // An edit that claims other bytes than those stored is refused
        var forged = edited
        forged.sha256 = ContentDigest.sha256(Self.ruling)
        await #expect { try await archive.save(forged, by: .system) } throws: { ($0 as? ArchiveError)?.kind == .invalid }
        #expect(try await archive.revisions(of: .attachment, id: "att-1").count == 2)
    }

    @Test(arguments: ArchiveKind.allCases)
    func mergingADuplicateIncidentMovesItsFiles(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        try await archive.write(ArchiveBatch(incidents: [
            Incident(id: "inc-dup", date: try PartialDate(iso: "2016-05-17"), eventType: .detention,
                     summary: "Two activists held before the rally.", places: ["pla-atyrau"], status: .proposed),
        ]), by: .system)
        try await archive.attach(Attachment(id: "att-dup", incidentID: "inc-dup", fileName: "van.jpg"), content: Self.photo, by: .system)
        try await archive.merge(incident: "inc-dup", into: "inc-1", by: Editor("dana"))
        #expect(try await archive.attachments(of: "inc-1", as: .everything).map(\.id) == ["att-dup"])
        #expect(try await archive.attachments(of: "inc-dup", as: .everything).isEmpty)
        #expect(try await archive.fetch(Incident.self, id: "inc-dup", as: .everything)?.notes?.contains("attachments") == true)
    }

    @Test(arguments: ArchiveKind.allCases)
    func aBatchCopiesFilesWithTheirAttachmentsOrNothing(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        let digest = ContentDigest.sha256(Self.ruling)
        let copied = Attachment(id: "att-copy", incidentID: "inc-2", fileName: "ruling.pdf", mediaType: "application/pdf",
                                byteCount: Self.ruling.count, sha256: digest)
        // Without its bytes the batch is refused, and nothing of it is written
        await #expect(throws: ArchiveError.self) {
            try await archive.write(ArchiveBatch(attachments: [copied]), by: .system)
        }
        #expect(try await archive.count(Attachment.self, as: .everything) == 0)
        // With them it is stored
        try await archive.write(ArchiveBatch(attachments: [copied], contents: [Self.ruling]), by: .system)
        #expect(try await archive.content(of: "att-copy", as: .everything)?.bytes == Self.ruling)
        #expect(try await archive.snapshot(as: .everything).attachments.map(\.id) == ["att-copy"])
    }
}
