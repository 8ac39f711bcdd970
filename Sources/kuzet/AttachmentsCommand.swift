import Archive
import ArgumentParser
import CivicModel
import Foundation

/// `kuzet attachments add|list|get|delete|verify`: files kept with incidents as evidence.
struct AttachmentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attachments",
        abstract: "Keep files with incidents as evidence (photos, rulings, summonses), each with its SHA-256.",
        subcommands: [Add.self, List.self, Get.self, Delete.self, Verify.self])

    /// Files larger than this are refused, so a mistaken path cannot exhaust memory.
    static let maximumBytes = 256 * 1024 * 1024

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Attach a file to an incident; prints the stored record.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Argument(help: "The incident's id.") var incident: String
        @Argument(help: "The file to attach.") var file: String
        @Option(help: "What the file shows and where it came from.") var description: String?
        @Option(help: "Who may see it: public, restricted (the default) or confidential; never below the incident's level.")
        var confidentiality: Confidentiality?
        @Option(help: "The media type (image/jpeg …); by default guessed from the file name.") var mediaType: String?
        @Flag(help: "Print the stored record as JSON.") var json = false

        func run() async throws {
            let bytes = try AttachmentsCommand.read(file)
            let archive = try await archiveOptions.open()
            guard let target = try await archive.fetch(Incident.self, id: Incident.ID(incident), as: .everything) else {
                throw CLIError("no incident '\(incident)'")
            }
            let level: Confidentiality
            do { level = try Attachment.confidentiality(confidentiality, onIncidentAt: target.confidentiality) } catch { throw CLIError("\(incident): \(error)") }
            let name = URL(fileURLWithPath: file).lastPathComponent
            let type = mediaType ?? Attachment.mediaType(forFileName: name)
            guard Attachment.isMediaType(type) else { throw CLIError("'\(type)' is not a media type such as image/jpeg") }
            let stored = try await archive.attach(
                Attachment(incidentID: target.id, fileName: name, mediaType: type, description: description, confidentiality: level),
                content: bytes, by: .commandLine)
            if json { return try printJSON(stored) }
            print("attached \(stored.fileName) (\(stored.sizeText), \(stored.confidentiality.rawValue)) to \(incident) as \(stored.id)")
            print("sha256 \(stored.sha256)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List an incident's files, or every file in the archive.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Argument(help: "The incident's id; leave out for every file.") var incident: String?
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let archive = try await archiveOptions.open()
            let attachments: [Attachment]
            if let incident {
                guard try await archive.fetch(Incident.self, id: Incident.ID(incident), as: .everything) != nil else {
                    throw CLIError("no incident '\(incident)'")
                }
                attachments = try await archive.attachments(of: Incident.ID(incident), as: .everything)
            } else {
                attachments = try await archive.list(Attachment.self, matching: nil, as: .everything, limit: Int.max, offset: 0)
            }
            if json { return try printJSON(attachments) }
            guard !attachments.isEmpty else { return print("no files") }
            var table = TextTable("ID", "INCIDENT", "FILE", "TYPE", "SIZE", "ACCESS", "SHA-256")
            for a in attachments {
                table.add(a.id.rawValue, a.incidentID.rawValue, a.fileName, a.mediaType, a.sizeText, a.confidentiality.rawValue,
                          String(a.sha256.prefix(16)) + "…")
            }
            print(table.render())
        }
    }

    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a file's bytes out, checked against its SHA-256 first: an attachment's, or a source's original (PDF, web page).")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Argument(help: "The attachment's id, or a source's id for the file its text was read from.") var id: String
        @Option(name: .shortAndLong, help: "Where to write it; - for standard output. By default its own name, in this folder.")
        var output: String?

        func run() async throws {
            let archive = try await archiveOptions.open()
            let file: StoredFile, bytes: [UInt8]
            if id.hasPrefix(Source.recordKind.idPrefix + "-") {
                guard let found = try await archive.original(of: Source.ID(id), as: .everything) else {
                    throw CLIError("no source '\(id)' with an original file")
                }
                (file, bytes) = (found.file, found.bytes)
            } else {
                guard let found = try await archive.content(of: Attachment.ID(id), as: .everything) else { throw CLIError("no attachment '\(id)'") }
                (file, bytes) = (found.attachment.file, found.bytes)
            }
            guard ContentDigest.sha256(bytes) == file.sha256 else {
                throw CLIError("\(id): the stored bytes no longer match their SHA-256; nothing written")
            }
            let path = output ?? file.fileName
            if path == "-" { return FileHandle.standardOutput.write(Data(bytes)) }
            guard !FileManager.default.fileExists(atPath: path) else { throw CLIError("\(path): exists already; name another with --output") }
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { throw CLIError("\(path): cannot be written") }
            print("wrote \(path) (\(file.sizeText), sha256 \(file.sha256))")
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a file; its bytes go too when no other attachment names them.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Argument(help: "The attachment's id.") var id: String

        func run() async throws {
            let archive = try await archiveOptions.open()
            do {
                try await archive.delete(Attachment.self, id: Attachment.ID(id), by: .commandLine)
            } catch let error as ArchiveError where error.kind == .notFound {
                throw CLIError("no attachment '\(id)'")
            }
            print("deleted \(id)")
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Hash every stored file (attachments and sources' originals) again and compare it with its record: evidence that nothing changed since it arrived.")
        @OptionGroup var archiveOptions: ArchiveOptions

        func run() async throws {
            let archive = try await archiveOptions.open()
            let attachments = try await archive.list(Attachment.self, matching: nil, as: .everything, limit: Int.max, offset: 0)
            let sources = try await archive.list(Source.self, matching: nil, as: .everything, limit: Int.max, offset: 0)
            let files = attachments.map { ($0.id.rawValue, $0.file) } + sources.compactMap { source in source.original.map { (source.id.rawValue, $0) } }
            var bad: [String] = []
            for (id, file) in files {
                guard let bytes = try await archive.content(sha256: file.sha256) else {
                    bad.append("\(id) \(file.fileName): its bytes are missing")
                    continue
                }
                if ContentDigest.sha256(bytes) != file.sha256 || bytes.count != file.byteCount {
                    bad.append("\(id) \(file.fileName): the bytes no longer match the SHA-256 recorded")
                }
            }
            for line in bad { print(line) }
            guard bad.isEmpty else { throw CLIError("\(bad.count) of \(files.count) files failed the check") }
            print("\(files.count) file\(files.count == 1 ? "" : "s") checked: every one matches its SHA-256")
        }
    }

    /// Reads a file to attach: it must exist, be a file and be under the size limit; it may be binary.
    static func read(_ path: String) throws -> [UInt8] {
        let data = try InputFile.bytes(at: path, maximumBytes: maximumBytes)
        guard !data.isEmpty else { throw CLIError("\(path): is empty") }
        return [UInt8](data)
    }
}

extension Confidentiality: ExpressibleByArgument {}
