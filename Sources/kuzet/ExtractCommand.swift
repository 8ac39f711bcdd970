import ArgumentParser
import Foundation
import ReportReader

/// `kuzet extract FILE... [--format jsonl|json|table]`: the incidents a report states, each with its passage.
struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read reports (text, HTML or PDF) and print the incidents found.",
        discussion: """
        Prints one JSON object a line (jsonl, the default), a JSON array (json) or a table. Each record has \
        source, date, date_precision, event_type, persons, organizations, locations, legal_provisions, \
        sanctions, quote, start, end (Unicode scalar offsets, end exclusive) and confidence. Use - to read \
        standard input. PDF needs pdftotext (Debian package poppler-utils).
        """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case jsonl, json, table }

    @Argument(help: "Report files: .txt, .html/.htm or .pdf; - for standard input.")
    var files: [String]

    @Option(help: "Output format: jsonl, json or table.")
    var format: OutputFormat = .jsonl

    @Option(help: "Read every file as this format instead of guessing: text, html or pdf.")
    var input: String?

    func run() async throws {
        let forced: ReportDocument.Format?
        if let input {
            guard let f = ReportDocument.Format(rawValue: input) else {
                throw ValidationError("unknown input format '\(input)' (expected text, html or pdf)")
            }
            forced = f
        } else { forced = nil }
        // Every file is read before anything is printed, so a bad file leaves no partial output.
        var documents: [ReportDocument] = []
        for file in files {
            do { documents.append(try ReportDocument.load(path: file, format: forced)) } catch let error as ReportReaderError {
                FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
                throw ExitCode(1)
            }
        }
        let reader = ReportReader()
        var incidents: [ProposedIncident] = []
        for document in documents { incidents += reader.read(document) }
        var out = ""
        switch format {
        case .jsonl:
            for incident in incidents { out += incident.json() + "\n" }
        case .json:
            out = "[" + incidents.map { $0.json() }.joined(separator: ",\n") + "]\n"
        case .table:
            out = IncidentTable.render(incidents)
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

/// A plain-text table of proposed incidents for reading in a terminal.
enum IncidentTable {
    static func render(_ incidents: [ProposedIncident]) -> String {
        let header = ["date", "event", "persons / organisations", "places", "sanctions", "span"]
        var rows = [header]
        for i in incidents {
            let who = (i.persons + i.organizations).joined(separator: "; ")
            rows.append([i.date?.iso ?? "-", i.eventType.rawValue, who.isEmpty ? "-" : who,
                         i.locations.isEmpty ? "-" : i.locations.joined(separator: "; "),
                         i.sanctions.isEmpty ? "-" : i.sanctions.map(\.phrase).joined(separator: "; "), "\(i.start)-\(i.end)"])
        }
        let widths = header.indices.map { c in min(40, rows.map { $0[c].count }.max() ?? 0) }
        return rows.map { row in
            row.indices.map { c in
                let cell = row[c].count > widths[c] ? String(row[c].prefix(widths[c] - 1)) + "…" : row[c]
                return cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n"
    }
}
