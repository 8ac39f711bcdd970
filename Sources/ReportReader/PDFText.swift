import Foundation

/// Text from a PDF through `pdftotext` (Debian's poppler-utils), which must be on the PATH.
enum PDFText {
    static func extract(_ data: Data, name: String) throws -> String {
        guard let tool = executable(named: "pdftotext") else {
            throw ReportReaderError.conversionFailed(name, "pdftotext is not installed (apt-get install poppler-utils)")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kuzet-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.pdf"), output = directory.appendingPathComponent("out.txt")
        try data.write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", "-q", input.path, output.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let text = FileManager.default.contents(atPath: output.path) else {
            let reason = message.split(whereSeparator: \.isNewline).first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw ReportReaderError.conversionFailed(name, "pdftotext failed: \(reason)")
        }
        // pdftotext ends pages with form feeds; they are whitespace to the reader.
        return try ReportDocument.decodeText(text, name: name).replacingOccurrences(of: "\u{0C}", with: "\n")
    }

    static func executable(named tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
