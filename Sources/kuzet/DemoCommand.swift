import Archive
import ArgumentParser
import CivicModel
import DemoData
import Foundation

/// `kuzet demo`: loads the curated demo archive from the seed reports.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Load the demo archive: the incidents of the seed reports, with synthetic restricted and confidential records.",
        discussion: """
        The demo incidents cite the seed reports by offsets. When --reports names the folder holding the \
        reports themselves (the default is ../shared/seeds when it exists), their text is stored too, so the \
        incident pages show each passage in context. Loading twice changes nothing.
        """)

    @OptionGroup var archiveOptions: ArchiveOptions

    @Option(help: "A folder holding the seed reports (.txt) to attach to the demo sources.")
    var reports: String?

    func run() async throws {
        let archive = try await archiveOptions.open()
        let summary = try await Self.load(into: archive, reports: reports)
        let incidents = try await archive.count(Incident.self, as: .everything)
        print("demo archive at \(archiveOptions.location): \(incidents) incidents (\(summary.total) records written)")
    }

    /// Loads the demo data and attaches the text of every seed report found.
    static func load(into archive: any Archive, reports: String?) async throws -> ArchiveBatch.Summary {
        let summary = try await DemoData.load(into: archive, by: .system)
        let folder = reports ?? defaultReportsFolder
        guard let folder else { return summary }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        guard reports == nil || !files.isEmpty else { throw CLIError("\(folder): no reports found") }
        for file in files.sorted() where file.hasSuffix(".txt") {
            let report = ReportText(try InputFile(path: (folder as NSString).appendingPathComponent(file)).text)
            if let source = try await report.storedSource(in: archive), source.text == nil {
                _ = try await report.attach(to: source, in: archive, by: .system)
            }
        }
        return summary
    }

    /// `../shared/seeds`, where development and CI machines keep the seed reports.
    static var defaultReportsFolder: String? {
        let folder = "../shared/seeds"
        return FileManager.default.fileExists(atPath: folder) ? folder : nil
    }
}
