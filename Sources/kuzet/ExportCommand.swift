import Analysis
import Archive
import ArgumentParser
import CivicModel
import Foundation
import LawBook

/// `kuzet export`: incidents as JSONL or CSV, or the whole archive as native JSON.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export incidents (jsonl, csv, xlsx, geojson, acled) or the whole archive (json).",
        discussion: """
        Exports contain public records only unless --clearance says otherwise, so that a file \
        meant for publication cannot carry restricted or confidential records by mistake.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, json, csv, xlsx, geojson, acled }

    @OptionGroup var archiveOptions: ArchiveOptions
    @OptionGroup var filters: IncidentFilterOptions

    @Option(help: "jsonl (one incident a line, the extract shape plus id, summary, status), json (the whole archive, re-importable), csv, xlsx (an Excel workbook; needs --output), geojson (a FeatureCollection), acled (CSV with ACLED codebook columns).")
    var format: Format = .jsonl

    @Option(help: "The highest confidentiality to include: public (default), restricted or confidential.")
    var clearance: String = "public"

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Only incidents whose text matches these words.")
    var search: String?

    func run() async throws {
        let viewer = Clearance(try Confidentiality.parse(clearance))
        let archive = try await archiveOptions.open()
        if format == .xlsx, output == nil { throw CLIError("an Excel workbook is a binary file: name it with --output FILE.xlsx") }
        let text: String
        switch format {
        case .json:
            text = try RecordCoding.encode(try await archive.export(as: viewer)) + "\n"
        case .jsonl, .csv, .xlsx, .geojson, .acled:
            var query = try await filters.query(text: search, in: archive)
            query.sort = .dateAscending
            query.limit = Int.max
            let incidents = try await archive.incidents(matching: query, as: viewer).incidents
            let details = try await archive.details(of: incidents, as: viewer)
            if format == .xlsx, let output {
                do { try IncidentCSV.xlsx(details).write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                    throw CLIError("cannot write \(output): \(error.localizedDescription)")
                }
                return
            }
            switch format {
            case .csv: text = IncidentCSV.csv(details)
            case .geojson: text = try GeoJSONExport.featureCollection(details)
            case .acled: text = ACLEDExport.csv(details)
            default: text = try Self.jsonl(details)
            }
        }
        if let output {
            do {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw CLIError("cannot write \(output): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    static func jsonl(_ details: [IncidentDetails]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return try details.map { String(decoding: try encoder.encode(IncidentLine($0)), as: UTF8.self) + "\n" }.joined()
    }
}
