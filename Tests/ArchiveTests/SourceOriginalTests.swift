import Archive
import CivicModel
import Foundation
import Testing

/// The original file a source's text was read from (a PDF, a web page), kept beside the source on every archive: stored
/// once by digest, seen with the source, carried by exports, gone with the last record that keeps it.
@Suite("Source originals")
struct SourceOriginalTests {
    static let pdf = Array("%PDF-1.7 a monitoring digest, as the publisher released it".utf8)
    static let page = Array("<html><body><p>A web page of the same digest.</p></body></html>".utf8)

    static func digest(_ id: Source.ID, confidentiality: Confidentiality = .public, bytes: [UInt8] = pdf) -> Source {
        Source(id: id, title: "Monitoring digest \(id)", text: "The text read from the file.",
               original: ContentDigest.original(named: "digest.pdf", mediaType: "application/pdf", bytes: bytes),
               confidentiality: confidentiality)
    }

    @Test(arguments: ArchiveKind.allCases)
    func aSourceKeepsItsOriginalSeenWithTheSource(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        // Given a source written with its original's bytes, and a confidential one
        try await archive.write(ArchiveBatch(sources: [Self.digest("src-digest"), Self.digest("src-inner", confidentiality: .confidential, bytes: Self.page)],
                                             contents: [Self.pdf, Self.page]), by: Editor("dana"))
        // Then the original reads back whole, with its name, type, size and digest
        let read = try #require(try await archive.original(of: "src-digest", as: .anonymous))
        #expect(read.bytes == Self.pdf)
        #expect(read.file == StoredFile(fileName: "digest.pdf", mediaType: "application/pdf", byteCount: Self.pdf.count, sha256: ContentDigest.sha256(Self.pdf)))
        // And only those who may see the source get its file
        #expect(try await archive.original(of: "src-inner", as: .restricted) == nil)
        #expect(try await archive.original(of: "src-inner", as: .everything)?.bytes == Self.page)
        // A source without one has none
        #expect(try await archive.original(of: "src-report", as: .everything) == nil)
    }

    @Test(arguments: ArchiveKind.allCases)
    func aSourceNamingBytesNotStoredIsRefusedWhole(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        await #expect(throws: (any Error).self) {
            try await archive.write(ArchiveBatch(sources: [Self.digest("src-digest")]), by: .system)
        }
        #expect(try await archive.fetch(Source.self, id: "src-digest", as: .everything) == nil)
        // Bytes of another size under the same name are refused too
        var wrongSize = Self.digest("src-digest")
        wrongSize.original?.byteCount += 1
        await #expect(throws: (any Error).self) {
            try await archive.write(ArchiveBatch(sources: [wrongSize], contents: [Self.pdf]), by: .system)
        }
        #expect(try await archive.content(sha256: ContentDigest.sha256(Self.pdf)) == nil)
    }

    @Test(arguments: ArchiveKind.allCases)
    func theBytesGoWithTheLastRecordThatKeepsThem(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        let digest = ContentDigest.sha256(Self.pdf)
        try await archive.write(ArchiveBatch(sources: [Self.digest("src-digest"), Self.digest("src-copy")], contents: [Self.pdf]), by: .system)
        // An edit that keeps the original keeps the bytes
        var edited = try #require(try await archive.fetch(Source.self, id: "src-digest", as: .everything))
        edited.title = "Monitoring digest, second edition"
        edited = try await archive.save(edited, by: .system)
        #expect(try await archive.content(sha256: digest) == Self.pdf)
        // Deleting one source keeps the bytes the other still names; an attachment of the same bytes keeps them too
        try await archive.delete(Source.self, id: "src-copy", by: .system)
        #expect(try await archive.content(sha256: digest) == Self.pdf)
        let attachment = try await archive.attach(Attachment(incidentID: "inc-1", fileName: "digest.pdf"), content: Self.pdf, by: .system)
        // An edit that drops the original leaves the bytes to the attachment; deleting that takes them along
        edited.original = nil
        edited = try await archive.save(edited, by: .system)
        #expect(try await archive.content(sha256: digest) == Self.pdf)
        try await archive.delete(Attachment.self, id: attachment.id, by: .system)
        #expect(try await archive.content(sha256: digest) == nil)
        // A source deleted takes its own original along
        try await archive.write(ArchiveBatch(sources: [Self.digest("src-last", bytes: Self.page)], contents: [Self.page]), by: .system)
        try await archive.delete(Source.self, id: "src-last", by: .system)
        #expect(try await archive.content(sha256: ContentDigest.sha256(Self.page)) == nil)
    }

    @Test(arguments: ArchiveKind.allCases)
    func anExportCarriesTheOriginalsOfTheSourcesItHolds(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        try await archive.write(ArchiveBatch(sources: [Self.digest("src-digest"), Self.digest("src-inner", confidentiality: .confidential, bytes: Self.page)],
                                             contents: [Self.pdf, Self.page]), by: .system)
        // A public export carries the public source's file only
        let open = try await archive.export(as: .anonymous)
        #expect(open.files?.map(\.sha256) == [ContentDigest.sha256(Self.pdf)])
        // A whole export carries both, and its sources restore with them into an empty archive
        let whole = try await archive.export(as: .everything)
        let json = try JSONEncoder().encode(whole)
        let read = try JSONDecoder().decode(ArchiveDocument.self, from: json)
        try read.validate()
        let copy = try await ArchiveKind.memory.make()
        try await copy.write(ArchiveBatch(sources: read.batch.sources.map { with($0) { $0.revision = 0 } }, contents: read.batch.contents), by: .system)
        #expect(try await copy.original(of: "src-inner", as: .everything)?.bytes == Self.page)
        // An export that lacks a source's file is refused
        var broken = read
        broken.files = broken.files?.filter { $0.sha256 != ContentDigest.sha256(Self.page) }
        #expect(throws: ArchiveError.self) { try broken.validate() }
    }
}
