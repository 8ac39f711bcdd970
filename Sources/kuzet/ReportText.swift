import Archive
import CivicModel
import DemoData
import Foundation

/// The text of a report about to be stored, with its SHA-256 so the same document is recognised again.
struct ReportText {
    let text: String
    let sha256: String

    init(_ text: String) {
        self.text = text
        sha256 = ContentDigest.sha256(text)
    }

    /// The stored source with the same text, if any.
    func storedSource(in archive: any Archive) async throws -> Source? {
        try await archive.list(Source.self, matching: nil, as: .everything, limit: Int.max, offset: 0)
            .first { $0.sha256?.lowercased() == sha256 }
    }

    /// Gives a stored source that was cited without its text (as the demo data cites the seed reports)
    /// its text, and fills the quotes of every passage that cites it. Returns how many incidents got quotes.
    func attach(to source: Source, in archive: any Archive, by editor: Editor) async throws -> Int {
        var source = source
        source.text = text
        var query = IncidentQuery(sourceID: source.id, sort: .dateAscending)
        query.limit = Int.max
        let citing = try await archive.incidents(matching: query, as: .everything).incidents
        let quoted = DemoData.attachQuotes(to: citing, from: source)
        try await archive.write(ArchiveBatch(sources: [source], incidents: quoted), by: editor)
        return quoted.count
    }
}
