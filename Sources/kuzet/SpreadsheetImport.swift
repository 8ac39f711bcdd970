import Analysis
import Archive
import CivicModel
import Foundation

/// Incidents from a spreadsheet (CSV, or the first sheet of an Excel workbook), one row each: how a monitor brings years of hand-kept records into
/// Kuzet. The header names the columns (in any order, any case; spaces and hyphens as underscores); lists inside a
/// cell are separated by semicolons ("CC 174; CC 274"), or by line breaks. The file `kuzet export --format csv` writes
/// is read back the same way. A `source` cell (a link or a title, with no passage to cite) is kept in the incident's
/// internal notes as "Source: …".
///
/// Rows become incident lines and go through `LineImporter`, as JSONL does: names link to the people, organisations
/// and places the archive holds across spellings, the rest become records, and the whole file is one write. Every
/// bad row is reported with its line and reason, and then nothing is imported.
struct SpreadsheetImport {
    enum Column: String, CaseIterable {
        case id, date, eventType = "event_type", summary, persons, organizations, places, legalProvisions = "legal_provisions"
        case sanctions, status, confidentiality, source, notes
    }

    /// Other names spreadsheets give the columns.
    static let aliases: [String: Column] = [
        "type": .eventType, "event": .eventType, "description": .summary, "people": .persons, "person": .persons,
        "victims": .persons, "organisations": .organizations, "organization": .organizations, "organisation": .organizations,
        "locations": .places, "location": .places, "place": .places, "articles": .legalProvisions, "article": .legalProvisions,
        "provisions": .legalProvisions, "sanction": .sanctions, "source_title": .source, "source_url": .source, "url": .source, "link": .source,
        "internal_notes": .notes,
    ]
    /// Columns of Kuzet's own CSV export that are worked out from the others, so they are not read back.
    static let derived: Set<String> = ["date_precision", "regions", "legal_check", "sources"]

    struct Result {
        var lines: [(line: Int, incident: IncidentLine, notes: String?)] = []
        var ignored: [String] = []
        /// Rows that could not be read, each as "path:line: reason".
        var problems: [String] = []
    }

    /// Whether a file name is a spreadsheet's: CSV, or an Excel workbook.
    static func isSpreadsheet(_ path: String) -> Bool { ["csv", "xlsx"].contains((path as NSString).pathExtension.lowercased()) }

    /// The rows of a CSV file or of the first sheet of an Excel workbook (.xlsx), numbered as the file or the sheet
    /// numbers them.
    static func rows(_ data: Data, path: String) throws -> [CSVReader.Row] {
        if (path as NSString).pathExtension.lowercased() == "xlsx" || XLSXReader.looksLikeWorkbook(data) {
            do { return try XLSXReader.rows(data) } catch let failure as XLSXReader.Failure {
                throw CLIError("\(path): \(failure.reason); nothing was imported")
            }
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError("\(path): not UTF-8 text; save the spreadsheet as CSV UTF-8, or upload the .xlsx workbook itself")
        }
        do { return try CSVReader.rows(text) } catch let failure as CSVReader.Failure {
            throw CLIError("\(path):\(failure.line): \(failure.reason); nothing was imported")
        }
    }

    /// Reads the rows of a CSV text; see `read(rows:path:)`.
    static func read(_ text: String, path: String) throws -> Result { try read(rows: try rows(Data(text.utf8), path: path), path: path) }

    /// Reads the rows; a header without the columns needed throws, a bad row joins `problems`.
    static func read(rows: [CSVReader.Row], path: String) throws -> Result {
        guard let header = rows.first else { throw CLIError("\(path): the file is empty") }
        var columns: [Int: Column] = [:]
        var result = Result()
        for (index, raw) in header.fields.enumerated() {
            let name = raw.lowercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
            guard !name.isEmpty else { continue }
            if let column = Column(rawValue: name) ?? aliases[name] {
                guard !columns.values.contains(column) else { throw CLIError("\(path):\(header.line): two columns give \(column.rawValue) ('\(raw)')") }
                columns[index] = column
            } else if !derived.contains(name) {
                result.ignored.append(raw)
            }
        }
        guard columns.values.contains(.eventType) else {
            throw CLIError("\(path):\(header.line): no event_type column (the columns Kuzet reads: \(Column.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        for row in rows.dropFirst() {
            var cells: [Column: String] = [:]
            for (index, value) in row.fields.enumerated() where !value.isEmpty {
                if let column = columns[index] { cells[column] = value }
            }
            // A source without a passage to cite (a spreadsheet names a link or a title) is kept in the notes.
            let notes = [cells[.notes], cells[.source].map { "Source: \($0)" }].compactMap { $0 }.joined(separator: "\n")
            do {
                result.lines.append((row.line, try line(cells), notes.isEmpty ? nil : notes))
            } catch {
                result.problems.append("\(path):\(row.line): \(ImportCommand.reason(error))")
            }
        }
        guard !result.lines.isEmpty || !result.problems.isEmpty else { throw CLIError("\(path): no incidents below the header") }
        return result
    }

    /// One row as an incident line; dates may also be written day first ("05.02.2021").
    static func line(_ cells: [Column: String]) throws -> IncidentLine {
        func list(_ column: Column) -> [String]? {
            cells[column].map { $0.split(whereSeparator: { $0 == ";" || $0 == "\n" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        }
        guard let type = cells[.eventType] else { throw CLIError("no event type") }
        return IncidentLine(
            id: cells[.id], source: nil, date: try cells[.date].map(isoDate),
            eventType: type.lowercased().replacingOccurrences(of: " ", with: "_"), summary: cells[.summary],
            persons: list(.persons), organizations: list(.organizations), locations: list(.places),
            legalProvisions: try list(.legalProvisions)?.map(LegalProvisionRef.parse),
            sanctions: try list(.sanctions)?.map { try Sanction(phrase: $0) },
            status: cells[.status]?.lowercased(), confidentiality: cells[.confidentiality]?.lowercased())
    }

    /// "2021-02-05", "2021-02", "2021", or day first as "05.02.2021" and "5/2/2021" (never month first).
    static func isoDate(_ text: String) throws -> String {
        let parts = text.split(whereSeparator: { $0 == "." || $0 == "/" })
        guard parts.count == 3, !text.contains("-") else { return text }
        guard let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]), parts[2].count == 4 else {
            throw CLIError("'\(text)' is not a date (write YYYY-MM-DD, YYYY-MM, YYYY or DD.MM.YYYY)")
        }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// What a file would add: for a check before importing, where a misspelt name shows as a new person.
    struct Preview {
        var incidents: Int
        var newPersons: [String]
        var newOrganizations: [String]
        var newPlaces: [String]

        init(_ batch: ArchiveBatch) {
            incidents = batch.incidents.count
            newPersons = batch.persons.map(\.name)
            newOrganizations = batch.organizations.map(\.name)
            newPlaces = batch.places.map(\.name)
        }

        var message: String {
            func list(_ one: String, _ many: String, _ names: [String]) -> String {
                names.isEmpty ? "no new \(many)" : "\(names.count) new \(names.count == 1 ? one : many): \(names.joined(separator: ", "))"
            }
            return "would import \(incidents) incident\(incidents == 1 ? "" : "s"); " + [list("person", "people", newPersons),
                list("organisation", "organisations", newOrganizations), list("place", "places", newPlaces)].joined(separator: "; ")
        }
    }

    /// Checks every row and links every name as an import would, and writes nothing.
    static func preview(_ data: Data, path: String, in archive: any Archive) async throws -> (Preview, [String]) {
        let (importer, ignored) = try await prepare(data, path: path, archive: archive)
        return (Preview(importer.batch), ignored)
    }

    /// Imports the rows in one write; the summary and the columns left unread.
    static func importRows(_ data: Data, path: String, into archive: any Archive, by editor: Editor) async throws -> (ArchiveBatch.Summary, [String]) {
        let (importer, ignored) = try await prepare(data, path: path, archive: archive)
        return (try await archive.write(importer.batch, by: editor), ignored)
    }

    /// Reads and links every row; throws `BadRows` naming each bad one.
    private static func prepare(_ data: Data, path: String, archive: any Archive) async throws -> (LineImporter, [String]) {
        let result = try read(rows: try rows(data, path: path), path: path)
        var importer = try await LineImporter(archive: archive)
        var problems: [(Int, String)] = result.problems.map { (0, $0) }
        for (line, incident, notes) in result.lines {
            do { try importer.add(incident, notes: notes) } catch { problems.append((line, "\(path):\(line): \(ImportCommand.reason(error))")) }
        }
        // In the order of the file, whichever step found them.
        let ordered = (result.problems.map { problem in (Int(problem.dropFirst(path.count + 1).prefix { $0.isNumber }) ?? 0, problem) }
            + problems.filter { $0.0 > 0 }).sorted { $0.0 < $1.0 }.map(\.1)
        guard ordered.isEmpty else { throw BadRows(path: path, problems: ordered) }
        return (importer, result.ignored)
    }

    /// Every bad row of a file, each as "path:line: reason". The command line prints them all; a web page shows the
    /// first few. Nothing was imported.
    struct BadRows: Error, CustomStringConvertible {
        let path: String
        let problems: [String]
        static let shown = 5

        var description: String {
            let first = problems.prefix(Self.shown).joined(separator: "; ")
            return "\(problems.count) bad row\(problems.count == 1 ? "" : "s") in \(path); nothing was imported: \(first)"
                + (problems.count > Self.shown ? "; …" : "")
        }
    }
}
