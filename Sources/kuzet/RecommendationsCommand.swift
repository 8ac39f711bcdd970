import Analysis
import ArgumentParser
import Foundation

/// `kuzet recommendations`: the UN recommendation tracker.
struct RecommendationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommendations",
        abstract: "List the UN recommendations on Kazakhstan with their status assessments and evidence.")

    @Option(help: "Only recommendations on this ICCPR article (e.g. 21).")
    var article: Int?
    @Option(help: "Only recommendations whose latest status is this (implemented, partly-implemented, not-implemented, problems-persist).")
    var status: String?
    @Flag(help: "Print JSON (the export of the tracker).")
    var json = false
    @Option(help: "Write the tracker as a print-friendly HTML page to this file.")
    var html: String?

    func run() async throws {
        let tracker = try RecommendationTracker.standard()
        if let status, !RecommendationTracker.statuses.contains(status) {
            throw CLIError("unknown status '\(status)' (expected one of \(RecommendationTracker.statuses.joined(separator: ", ")))")
        }
        var records = article.map { tracker.records(article: $0) } ?? tracker.records
        if let status { records = records.filter { $0.currentStatus == status } }
        if let html { try writeFile(tracker.document(records: records).html(), to: html) }
        if json {
            try printJSON(records)
            return
        }
        var table = TextTable("id", "body", "paragraph", "ICCPR", "status", "as of", "evidence")
        for r in records {
            let last = r.assessments.last
            table.add(r.id, r.body, r.paragraph, r.iccprArticles.map(String.init).joined(separator: ", "),
                      last?.status ?? "not assessed", last?.asOf ?? "", String(last?.evidence.count ?? 0))
        }
        print(table.render())
    }
}
