import Archive
import ArchivePostgres
import ArgumentParser
import CivicModel
import Crypto
import Foundation

/// `kuzet migrate --from A --to B`: copies a whole archive between SQLite and PostgreSQL, then verifies the copy.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Copy an archive between SQLite and PostgreSQL (either direction) and verify the copy.",
        discussion: """
        Every record (incidents, persons, organisations, places, sources, attachments with their files) is written to the destination in one \
        transaction: all of it or none, so an interrupted run leaves the destination empty and can simply be \
        run again. User accounts follow. The copy is then verified: counts and a SHA-256 checksum per record \
        kind and for the accounts must match. Records start again at revision 1 in the destination, whose audit \
        log records the copy; earlier revisions and the source's audit log stay in the source.
        """)

    @Option(help: "The archive to copy from: a SQLite file path or a postgres:// URL.")
    var from: String

    @Option(help: "The archive to copy to (must be empty): a SQLite file path or a postgres:// URL.")
    var to: String

    @Option(help: "Who is recorded in the destination's audit log as having made the copy.")
    var user: String = "migrate"

    func validate() throws {
        guard from != to else { throw ValidationError("--from and --to name the same archive") }
    }

    func run() async throws {
        let source = try await ArchiveOptions.open(from)
        let destination = try await ArchiveOptions.open(to)
        let editor = Editor(user)
        var progress = ProgressBar(total: 4, label: "migrating")

        let existing = try await ArchiveDigest.counts(of: destination)
        let accountsThere = try await destination.users()
        guard existing.values.allSatisfy({ $0 == 0 }), accountsThere.isEmpty else {
            throw CLIError("the destination \(PostgresLocation.redacted(to)) is not empty; migrate copies into an empty archive only")
        }

        let snapshot = try await source.snapshot(as: .everything)
        let accounts = try await source.users()
        progress.update(1)

        var batch = snapshot
        batch.sources = batch.sources.map(ArchiveDigest.fresh)
        batch.places = batch.places.map(ArchiveDigest.fresh)
        batch.persons = batch.persons.map(ArchiveDigest.fresh)
        batch.organizations = batch.organizations.map(ArchiveDigest.fresh)
        batch.incidents = batch.incidents.map(ArchiveDigest.fresh)
        batch.attachments = batch.attachments.map(ArchiveDigest.fresh)
        do { batch.contents = try await source.contents(of: batch) } catch { throw CLIError("nothing was copied: \(error)") }
        do {
            try await destination.write(batch, by: editor)
        } catch {
            throw CLIError("nothing was copied: \(error)")
        }
        progress.update(2)
        for account in accounts { try await destination.save(user: account, by: editor) }
        progress.update(3)

        let expected = try await ArchiveDigest(of: source)
        let copied = try await ArchiveDigest(of: destination)
        progress.update(4)
        progress.finish()
        for line in expected.lines(against: copied) { print(line) }
        guard expected == copied else {
            throw CLIError("verification failed: the copy in \(PostgresLocation.redacted(to)) differs from the source (see above)")
        }
        print("copied \(snapshot.count) records and \(accounts.count) accounts from \(PostgresLocation.redacted(from)) to \(PostgresLocation.redacted(to)); verified")
    }
}

/// Counts and SHA-256 checksums of an archive's contents per record kind, for comparing two copies.
struct ArchiveDigest: Equatable {
    var counts: [String: Int] = [:]
    var checksums: [String: String] = [:]

    static let kinds = ["source", "place", "person", "organization", "incident", "attachment", "file", "user"]

    init(of archive: any Archive) async throws {
        let all = try await archive.snapshot(as: .everything)
        add("source", all.sources.map(Self.fresh))
        add("place", all.places.map(Self.fresh))
        add("person", all.persons.map(Self.fresh))
        add("organization", all.organizations.map(Self.fresh))
        add("incident", all.incidents.map(Self.fresh))
        add("attachment", all.attachments.map(Self.fresh))
        // The files themselves, hashed again from the stored bytes: a copy that lost or altered one fails here.
        var files: [String] = []
        for digest in all.fileDigests.sorted() {
            files.append(try await archive.content(sha256: digest).map(ContentDigest.sha256) ?? "missing \(digest)")
        }
        add("file", files)
        add("user", try await archive.users())
    }

    /// The record as copied: the same in every way but its revision, which starts again at the destination.
    static func fresh<R: ArchiveRecord>(_ record: R) -> R {
        var copy = record
        copy.revision = 0
        return copy
    }

    static func counts(of archive: any Archive) async throws -> [RecordKind: Int] {
        [.source: try await archive.count(Source.self, as: .everything), .place: try await archive.count(Place.self, as: .everything),
         .person: try await archive.count(Person.self, as: .everything),
         .organization: try await archive.count(Organization.self, as: .everything),
         .incident: try await archive.count(Incident.self, as: .everything),
         .attachment: try await archive.count(Attachment.self, as: .everything)]
    }

    /// Hashes the records' JSON (sorted keys), sorted, one per line.
    private mutating func add<T: Encodable>(_ kind: String, _ values: [T]) {
        let lines = values.compactMap { try? RecordCoding.encode($0) }.sorted()
        counts[kind] = values.count
        var hasher = SHA256()
        for line in lines { hasher.update(data: Data((line + "\n").utf8)) }
        checksums[kind] = hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// One line per kind: count, checksum prefix and whether the copy matches.
    func lines(against copy: ArchiveDigest) -> [String] {
        Self.kinds.map { kind in
            let same = counts[kind] == copy.counts[kind] && checksums[kind] == copy.checksums[kind]
            return "\(kind.padding(toLength: 13, withPad: " ", startingAt: 0)) \(counts[kind] ?? 0) → \(copy.counts[kind] ?? 0)  "
                + "sha256 \(checksums[kind]?.prefix(16) ?? "-")  \(same ? "ok" : "MISMATCH")"
        }
    }
}
