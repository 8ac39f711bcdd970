import Archive
import ArgumentParser
import Foundation
import ReportReader
import WebApp

/// `kuzet serve`: the web application on the archive.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web application (HTML pages and the JSON API under /api/v1).")

    @OptionGroup var archiveOptions: ArchiveOptions

    @Flag(help: "Load the demo records from the seed reports if the archive is empty, and make a demo administrator if there is no account.")
    var demo = false

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("the port must be between 1 and 65535, not \(port)") }
    }

    func run() async throws {
        let archive = try await archiveOptions.open()
        if demo { try await DemoSetup.prepare(archive) }
        let config = WebConfig(host: host, port: port)
        let app = try await buildApplication(config, archive: archive, importer: Self.importer(archive, limit: config.maxUploadBytes))
        DemoSetup.say("Kuzet is serving on http://\(host):\(port)/")
        try await app.runService()
    }

    /// Uploads go through the same importer as `kuzet import`.
    static func importer(_ archive: any Archive, limit: Int) -> ReportImporting {
        { upload, editor in
            if SpreadsheetImport.isSpreadsheet(upload.filename) {
                do {
                    if upload.checkOnly {
                        let (preview, ignored) = try await SpreadsheetImport.preview(upload.bytes, path: upload.filename, in: archive)
                        return ReportImportResult(sourceID: "", message: "\(upload.filename) \(preview.message)"
                                                  + (ignored.isEmpty ? "" : "; columns not read: \(ignored.joined(separator: ", "))") + ". Nothing was saved.")
                    }
                    let (summary, ignored) = try await SpreadsheetImport.importRows(upload.bytes, path: upload.filename, into: archive, by: editor)
                    return ReportImportResult(sourceID: "", message: "Imported \(ImportCommand.describe(summary)) from \(upload.filename)."
                                                  + (ignored.isEmpty ? "" : " Columns not read: \(ignored.joined(separator: ", ")).") + " Rows without a status are proposed.")
                } catch let error as SpreadsheetImport.BadRows {
                    throw WebError.badRequest(error.description)
                } catch let error as CLIError {
                    throw WebError.badRequest(error.description)
                }
            }
            let document: ReportDocument
            do {
                document = try ReportDocument.from(data: upload.bytes, format: ReportDocument.Format.guess(fromName: upload.filename),
                                                   name: upload.filename, sizeLimit: limit)
            } catch {
                throw WebError.badRequest("\(error)")
            }
            let summary = try await importReport(document, into: archive, by: editor)
            return ReportImportResult(sourceID: summary.sourceID.rawValue, message: summary.message, location: "/review?source=\(summary.sourceID.rawValue)")
        }
    }
}
