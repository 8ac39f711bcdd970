import Foundation

/// The shared folder next to the package (`../shared`), read at run time; tests skip when it is absent.
enum SeedFiles {
    static let shared = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static func seed(_ name: String) -> String? {
        try? String(contentsOf: shared.appendingPathComponent("seeds/\(name)"), encoding: .utf8)
    }

    static var seedNames: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: shared.appendingPathComponent("seeds").path))?
            .filter { $0.hasSuffix(".txt") }.sorted() ?? []
    }

    /// The hand-annotated incidents, one JSON object per line.
    static var gold: [GoldIncident]? {
        guard let text = try? String(contentsOf: shared.appendingPathComponent("eval/dev/gold.jsonl"), encoding: .utf8) else {
            return nil
        }
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(GoldIncident.self, from: Data($0.utf8)) }
    }

    struct GoldIncident: Decodable {
        var doc: String
        var id: String
        var date: String?
        var event_type: String
        var quote: String
        var start: Int
        var end: Int
    }
}
