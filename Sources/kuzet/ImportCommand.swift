import Archive
import ArgumentParser
import CivicModel
import Foundation

/// `kuzet import FILE`: incidents in the line shape (JSONL), a native JSON export, or a report.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a report (.txt, .html, .pdf), incidents (a .csv or .xlsx spreadsheet, JSONL in the extract shape) or a native JSON export.",
        discussion: """
        A report is stored as a source with the incidents the reader proposes, for `kuzet review`. \
        Incident files are one transaction: if any line is bad, every bad line is reported with its \
        number and reason, and nothing is imported. Use - to read JSONL from standard input. A spreadsheet (.csv, or the first sheet of an .xlsx workbook) has a header \
        row naming its columns: event_type (required), id, date (YYYY-MM-DD, YYYY-MM, YYYY or DD.MM.YYYY), summary, \
        persons, organizations, places, legal_provisions ("CC 174; CoAO 488 part 2"), sanctions ("fine, 20 MCI"), \
        status, confidentiality, source, notes; lists are separated by semicolons. `kuzet export --format csv` reads back.
        """)

    /// File endings read as reports rather than incident lines.
    static let reportExtensions: Set<String> = ["txt", "text", "html", "htm", "pdf", "md"]

    @OptionGroup var archiveOptions: ArchiveOptions

    @Argument(help: "The file to import (.csv, .xlsx, .jsonl, .json, or a report: .txt, .html, .pdf), or - for JSONL on standard input.")
    var file: String

    @Option(help: "Who is recorded in the audit log as having made the import.")
    var user: String = Editor.commandLine.name

    @Flag(name: .customLong("dry-run"), help: "For a spreadsheet: check every row and list the people, organisations and places it would add, without saving.")
    var dryRun = false

    func run() async throws {
        let editor = Editor(user)
        if dryRun, !SpreadsheetImport.isSpreadsheet(file) { throw CLIError("--dry-run checks spreadsheets (.csv, .xlsx) only") }
        if Self.reportExtensions.contains((file as NSString).pathExtension.lowercased()) {
            let archive = try await archiveOptions.open()
            print(try await importReport(at: file, into: archive, by: editor).message)
            return
        }
        if SpreadsheetImport.isSpreadsheet(file) {
            let data = try InputFile.bytes(at: file, maximumBytes: InputFile.maximumBytes)
            let archive = try await archiveOptions.open()
            let summary: ArchiveBatch.Summary, ignored: [String]
            do {
                if dryRun {
                    let (preview, unread) = try await SpreadsheetImport.preview(data, path: file, in: archive)
                    print("\(file): \(preview.message)" + (unread.isEmpty ? "" : "; columns not read: \(unread.joined(separator: ", "))") + ". Nothing was saved.")
                    return
                }
                (summary, ignored) = try await SpreadsheetImport.importRows(data, path: file, into: archive, by: editor)
            } catch let bad as SpreadsheetImport.BadRows {
                for problem in bad.problems { FileHandle.standardError.write(Data((problem + "\n").utf8)) }
                throw CLIError("\(bad.problems.count) bad row\(bad.problems.count == 1 ? "" : "s") in \(file); nothing was imported")
            }
            print("imported \(Self.describe(summary)) from \(file)" + (ignored.isEmpty ? "" : "; columns not read: \(ignored.joined(separator: ", "))"))
            return
        }
        let input = try InputFile(path: file)
        let archive = try await archiveOptions.open()
        let summary: ArchiveBatch.Summary
        // A native export is one JSON document (.json); anything else is read line by line.
        let isDocument = file.hasSuffix(".json") || (file == "-" && input.text.prefix(200).contains("\"\(ArchiveDocument.formatName)\""))
        if isDocument {
            summary = try await importDocument(input, into: archive, by: editor)
        } else {
            summary = try await importLines(input, into: archive, by: editor)
        }
        print("imported \(Self.describe(summary)) from \(file)")
    }

    /// "3 incidents, 2 persons", or "nothing".
    static func describe(_ summary: ArchiveBatch.Summary) -> String {
        let parts = RecordKind.allCases.compactMap { kind -> String? in
            let n = (summary.inserted[kind] ?? 0) + (summary.updated[kind] ?? 0)
            return n == 0 ? nil : "\(n) \(kind.rawValue)\(n == 1 ? "" : "s")"
        }
        return parts.isEmpty ? "nothing" : parts.joined(separator: ", ")
    }

    /// A JSONL file: every line checked first; all or nothing.
    private func importLines(_ input: InputFile, into archive: any Archive, by editor: Editor) async throws -> ArchiveBatch.Summary {
        var importer = try await LineImporter(archive: archive)
        var problems: [String] = []
        let lines = input.text.split(separator: "\n", omittingEmptySubsequences: false)
        var progress = ProgressBar(total: lines.count, label: "checking")
        let decoder = JSONDecoder()
        for (index, raw) in lines.enumerated() {
            progress.update(index + 1)
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            do {
                let line = try decoder.decode(IncidentLine.self, from: Data(text.utf8))
                try importer.add(line)
            } catch {
                problems.append("\(input.path):\(index + 1): \(Self.reason(error))")
            }
        }
        progress.finish()
        guard problems.isEmpty else {
            for problem in problems { FileHandle.standardError.write(Data((problem + "\n").utf8)) }
            throw CLIError("\(problems.count) bad line\(problems.count == 1 ? "" : "s") in \(input.path); nothing was imported")
        }
        guard !importer.batch.incidents.isEmpty else { throw CLIError("\(input.path): no incidents to import") }
        return try await archive.write(importer.batch, by: editor)
    }

    /// A native export: records kept whole; a record already stored is replaced by the exported one.
    private func importDocument(_ input: InputFile, into archive: any Archive, by editor: Editor) async throws -> ArchiveBatch.Summary {
        let document: ArchiveDocument
        do {
            document = try RecordCoding.decode(ArchiveDocument.self, from: input.text)
            try document.validate()
        } catch {
            throw CLIError("\(input.path): \(Self.reason(error))")
        }
        var batch = document.batch
        func restamp<R: ArchiveRecord>(_ records: inout [R]) async throws {
            for i in records.indices {
                records[i].revision = try await archive.fetch(R.self, id: records[i].id, as: .everything)?.revision ?? 0
            }
        }
        try await restamp(&batch.sources)
        try await restamp(&batch.places)
        try await restamp(&batch.persons)
        try await restamp(&batch.organizations)
        try await restamp(&batch.incidents)
        try await restamp(&batch.attachments)
        return try await archive.write(batch, by: editor)
    }

    /// A one-line reason for a decoding or validation error.
    static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            if context.codingPath.isEmpty { return "malformed JSON" + (underlying.map { " (\($0))" } ?? "") }
            return "\(path): \(context.debugDescription)"
        case DecodingError.keyNotFound(let key, let context):
            let path = (context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: ".")
            return "missing field '\(path)'"
        case DecodingError.typeMismatch(let type, let context):
            return "field '\(context.codingPath.map(\.stringValue).joined(separator: "."))' should be \(type)"
        case DecodingError.valueNotFound(_, let context):
            return "field '\(context.codingPath.map(\.stringValue).joined(separator: "."))' is null"
        default:
            return "\(error)"
        }
    }
}
