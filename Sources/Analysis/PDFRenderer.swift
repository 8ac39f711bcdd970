import Foundation

/// Prints an HTML page to PDF with headless Chromium.
public enum PDFRenderer {
    /// The Chromium binary on PATH (`chromium`, `chromium-browser`, `google-chrome`), or nil.
    public static func chromium(searchPath: String? = nil) -> String? {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for dir in path.split(separator: ":") {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Writes `html` as a PDF to `output`. Nothing is left at `output` when printing fails.
    public static func render(html: String, to output: String, searchPath: String? = nil) throws {
        guard let chromium = chromium(searchPath: searchPath) else {
            throw AnalysisError.missingTool("PDF output needs Chromium, which is not installed (apt-get install chromium), or use --format html")
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kuzet-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("report.html")
        let pdf = dir.appendingPathComponent("report.pdf")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                             "--user-data-dir=\(dir.appendingPathComponent("profile").path)",
                             "--print-to-pdf=\(pdf.path)", page.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            throw AnalysisError.missingTool("Chromium could not print the PDF (exit status \(process.terminationStatus))")
        }
        let target = URL(fileURLWithPath: output)
        if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
        try FileManager.default.copyItem(at: pdf, to: target)
    }
}
