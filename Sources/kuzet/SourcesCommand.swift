import Archive
import ArgumentParser
import CivicModel
import Foundation

/// `kuzet sources list|show`: the documents incidents are cited from.
struct SourcesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources", abstract: "List the sources (reports, articles, notes) and show one with the incidents that cite it.",
        subcommands: [List.self, Show.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List sources by title.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Option(help: "Only titles and publishers matching these words.") var search: String?
        @OptionGroup var page: PageOptions

        func run() async throws {
            let archive = try await archiveOptions.open()
            let sources = try await archive.list(Source.self, matching: search, as: .everything, limit: page.limit, offset: page.offset)
            // The texts can run to megabytes each; `kuzet export` carries them.
            if page.json { return try printJSON(sources.map { source in var listed = source; listed.text = nil; return listed }) }
            var table = TextTable("ID", "TITLE", "PUBLISHER", "PUBLISHED", "LANG", "ACCESS", "TEXT", "ORIGINAL", "INCIDENTS")
            for source in sources {
                let count = try await archive.incidents(matching: IncidentQuery(sourceID: source.id, limit: 0), as: .everything).total
                table.add(source.id.rawValue, source.title, source.publisher ?? "", source.publishedOn?.iso ?? "", source.language,
                          source.confidentiality.rawValue, source.text.map { "\($0.unicodeScalars.count) chars" } ?? "",
                          source.original.map { "\($0.mediaType), \($0.sizeText)" } ?? "", String(count))
            }
            print(table.render())
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a source and the incidents that cite it.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Argument(help: "The source's id.") var source: String
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let archive = try await archiveOptions.open()
            guard let record = try await archive.fetch(Source.self, id: Source.ID(source), as: .everything) else { throw CLIError("no source '\(source)'") }
            var query = IncidentQuery(sourceID: record.id, sort: .dateAscending)
            query.limit = Int.max
            let incidents = try await archive.incidents(matching: query, as: .everything).incidents
            if json {
                struct Output: Encodable { var source: Source; var incidents: [Incident] }
                var shown = record
                shown.text = nil  // the text can run to megabytes; `kuzet export` carries it
                return try printJSON(Output(source: shown, incidents: incidents))
            }
            let details: [String?] = [
                record.publisher, record.publishedOn.map { "published \($0.iso)" }, record.url, "language \(record.language), \(record.confidentiality.rawValue)",
                record.text.map { "text: \($0.unicodeScalars.count) characters, sha256 \(record.sha256 ?? ContentDigest.sha256($0))" },
                record.original.map { "original: \($0.fileName) (\($0.mediaType), \($0.sizeText)), sha256 \($0.sha256); kuzet attachments get \(record.id) writes it out" },
            ]
            try await printRecordTimeline(title: record.title, subtitle: details.compactMap { $0 }, timeline: incidents, archive: archive)
        }
    }
}
