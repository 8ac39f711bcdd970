import Archive
import DemoData
import Foundation

/// The demo archive in memory, loaded once per test that asks.
enum DemoArchive {
    static func load() async throws -> MemoryArchive {
        let archive = MemoryArchive()
        try await DemoData.load(into: archive, by: .system)
        return archive
    }

    /// The package root: the folder holding Package.swift, found from this file's path.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()
}
