import Analysis
import Archive
import ArgumentParser
import CivicModel
import Foundation
import LawBook

/// `kuzet rating`: the civic-space rating for a period, with every input and weight.
struct RatingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rating",
        abstract: "Rate civic space for a period (0 closed … 100 open) beside the CIVICUS scale.",
        discussion: "The formula, inputs, weights and thresholds are in docs/rating.md; --json prints every input so anyone can recompute it.")

    enum Per: String, ExpressibleByArgument, CaseIterable { case whole, month, quarter, year }

    @OptionGroup var archiveOptions: ArchiveOptions

    @Option(help: "First day of the period (YYYY-MM-DD, YYYY-MM or YYYY).")
    var from: String
    @Option(help: "Last day of the period (YYYY-MM-DD, YYYY-MM or YYYY).")
    var to: String
    @Option(help: "Rate the whole period (default) or each month, quarter or year in it.")
    var per: Per = .whole
    @Flag(help: "Print JSON.")
    var json = false
    @Option(help: "Write the rating with every input as a print-friendly HTML page to this file (whole period only).")
    var html: String?

    func run() async throws {
        let start = try CalendarDay(iso: PartialDate(iso: from).earliestDay)
        let end = try CalendarDay(iso: PartialDate(iso: to).latestDay)
        guard start <= end else { throw CLIError("--from \(from) is after --to \(to)") }
        let archive = try await archiveOptions.open()
        let periods = per == .whole ? [(start, end)]
            : try CivicSpaceRating.periods(from: start, to: end, monthsEach: per == .month ? 1 : per == .quarter ? 3 : 12)
        var ratings: [CivicSpaceRating] = []
        for (a, b) in periods { ratings.append(try await CivicSpaceRating.compute(archive: archive, from: a, to: b)) }
        if let html {
            guard per == .whole else { throw CLIError("--html writes one rating; leave out --per") }
            try writeFile(ratings[0].document().html(), to: html)
        }
        if json {
            if per == .whole { try printJSON(ratings[0]) } else { try printJSON(ratings) }
            return
        }
        var table = TextTable("period", "incidents", "weighted", "pressure", "law", "score", "category")
        for r in ratings {
            table.add("\(r.from) – \(r.to)", String(r.incidentIDs.count), Markup.number(r.weightedIncidents),
                      String(format: "%.3f", r.incidentPressure), String(format: "%.3f", r.lawComponent),
                      String(format: "%.1f", r.score), r.category.rawValue)
        }
        print(table.render())
        print("score = 100 × (1 − (\(ratings[0].method.incidentWeight) × pressure + \(ratings[0].method.lawWeight) × law)); see docs/rating.md")
    }
}
