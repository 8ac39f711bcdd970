import Archive
import ArgumentParser
import CivicModel
import Foundation

/// `kuzet incidents list|search|show`.
struct IncidentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incidents",
        abstract: "List, search and show incidents.",
        subcommands: [List.self, Search.self, Show.self, Check.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List incidents, newest first, with facet filters.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @OptionGroup var filters: IncidentFilterOptions
        @OptionGroup var page: PageOptions

        func run() async throws {
            let archive = try await archiveOptions.open()
            let query = try await filters.query(text: nil, in: archive)
            try await IncidentsCommand.printPage(query, page: page, archive: archive)
        }
    }

    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Full-text search over summaries, quotes and the names of persons, organisations and places.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Argument(help: "Words that must all occur (each as a word prefix).")
        var words: [String]
        @OptionGroup var filters: IncidentFilterOptions
        @OptionGroup var page: PageOptions

        func run() async throws {
            let archive = try await archiveOptions.open()
            let query = try await filters.query(text: words.joined(separator: " "), in: archive)
            try await IncidentsCommand.printPage(query, page: page, archive: archive)
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one incident with its source passages.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Argument(help: "The incident id.") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let archive = try await archiveOptions.open()
            let incident = try await IncidentsCommand.incident(id, in: archive)
            if json { return try printJSON(incident) }
            let d = try await archive.details(of: [incident], as: .everything)[0]
            var lines = [
                "\(incident.id)  \(incident.date?.iso ?? "date unknown")  \(incident.eventType.rawValue)",
                incident.summary,
                "",
            ]
            func field(_ name: String, _ values: [String]) {
                if !values.isEmpty { lines.append("\(name): \(values.joined(separator: "; "))") }
            }
            field("persons", d.persons.map { "\($0.person.name) (\($0.link.role.rawValue))" })
            field("organisations", d.organizations.map { "\($0.organization.name) (\($0.link.role.rawValue))" })
            field("places", d.places.map(\.name))
            field("regions", d.regions.map(\.name))
            field("perpetrators", incident.perpetrators.map(\.label))
            field("rights", incident.rightsAffected.map { "\($0.label) (ICCPR \($0.iccprArticle))" })
            field("provisions", incident.legalProvisions.map(\.citation))
            field("sanctions", incident.sanctions.map(\.phrase))
            lines.append("status: \(incident.status.rawValue), confidentiality: \(incident.confidentiality.rawValue), revision \(incident.revision)")
            if let notes = incident.notes { lines.append("notes: \(notes)") }
            for (passage, source) in d.passages {
                lines.append("")
                lines.append("source: \(source.title)\(source.publisher.map { ", \($0)" } ?? "")\(source.publishedOn.map { ", \($0.iso)" } ?? "") [\(passage.start)–\(passage.end)]")
                if let url = source.url { lines.append("  \(url)") }
                if let quote = passage.quote ?? source.excerpt(start: passage.start, end: passage.end) {
                    lines.append("  “\(quote)”")
                }
            }
            for file in try await archive.attachments(of: incident.id, as: .everything) {
                lines.append("")
                lines.append("file: \(file.fileName) (\(file.mediaType), \(file.sizeText), \(file.confidentiality.rawValue))  \(file.id)")
                if let description = file.description { lines.append("  \(description)") }
                lines.append("  sha256 \(file.sha256)")
            }
            lines.append("")
            lines.append("legal check: kuzet incidents check \(incident.id)")
            print(lines.joined(separator: "\n"))
        }
    }

    /// The incident with an id, or the one-line error that names it.
    static func incident(_ id: String, in archive: any Archive) async throws -> Incident {
        guard let incident = try await archive.fetch(Incident.self, id: Incident.ID(id), as: .everything) else {
            throw CLIError("no incident '\(id)'")
        }
        return incident
    }

    /// Prints one page of incidents as a table, or as JSON.
    static func printPage(_ query: IncidentQuery, page: PageOptions, archive: any Archive) async throws {
        var query = query
        query.limit = page.limit
        query.offset = page.offset
        let result = try await archive.incidents(matching: query, as: .everything)
        let details = try await archive.details(of: result.incidents, as: .everything)
        if page.json {
            struct Page: Encodable { var total: Int; var offset: Int; var incidents: [Incident] }
            return try printJSON(Page(total: result.total, offset: query.offset, incidents: result.incidents))
        }
        var table = TextTable("ID", "DATE", "TYPE", "PLACE", "SUMMARY")
        for d in details {
            table.add(d.incident.id.rawValue, d.incident.date?.iso ?? "—", d.incident.eventType.rawValue,
                      d.placeNames.first ?? "", d.incident.summary)
        }
        print(table.render())
        let shown = result.incidents.isEmpty ? "0" : "\(query.offset + 1)–\(query.offset + result.incidents.count)"
        print("\(shown) of \(result.total) incident\(result.total == 1 ? "" : "s")")
    }
}

/// Paging and output options for listings.
struct PageOptions: ParsableArguments {
    @Option(help: "How many rows to show.") var limit = 50
    @Option(help: "How many rows to skip.") var offset = 0
    @Flag(help: "Print JSON for scripts.") var json = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
        guard offset >= 0 else { throw ValidationError("--offset must not be negative") }
    }
}
