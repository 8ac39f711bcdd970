import Analysis
import Archive
import ArgumentParser
import CivicModel
import Foundation

/// `kuzet stats`: counts with explicit units, overall and by month, region, type, article or organisation.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count incidents, persons affected, prosecutions, detention days and fines (KZT).",
        discussion: """
        Incident counts per group come from the archive's facets, the same numbers the incident list and \
        the dashboard show. Counting units are printed with --json and defined in docs/analysis.md. Only \
        records up to --clearance are counted (public by default).
        """)

    @OptionGroup var archiveOptions: ArchiveOptions
    @OptionGroup var filters: IncidentFilterOptions

    @Option(help: "Group by month, region, type, article or organization.")
    var by: Statistics.Dimension?

    @Option(help: "The highest confidentiality to count: public (default), restricted or confidential.")
    var clearance: String = "public"

    @Option(help: "Only incidents whose text matches these words.")
    var search: String?

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: "Count incidents only, from the facets (fast on very large archives).")
    var incidentsOnly = false

    @Option(help: "Write an SVG chart of the groups to this file (a time series by month, bars otherwise).")
    var chart: String?

    func run() async throws {
        let viewer = Clearance(try Confidentiality.parse(clearance))
        let archive = try await archiveOptions.open()
        let query = try await filters.query(text: search, in: archive)
        let stats = try await Statistics.compute(archive: archive, viewer: viewer, query: query, by: by, measures: !incidentsOnly)
        if let chart {
            guard let by else { throw CLIError("--chart needs --by to say what to chart") }
            let data = stats.groups.map { SVGChart.Datum($0.label, Double($0.measures.incidents)) }
            let svg = by == .month
                ? SVGChart.timeSeries(title: "Incidents by month", data: data, unit: "incidents")
                : SVGChart.bars(title: "Incidents by \(by.rawValue)", data: data, unit: "incidents")
            try writeFile(svg, to: chart)
        }
        if json {
            try printJSON(stats)
            return
        }
        let t = stats.total
        print("incidents \(t.incidents), persons affected \(t.personsAffected), prosecutions \(t.prosecutions), "
              + "detention days \(Markup.number(t.detentionDays)), fines \(Markup.number(t.finesKZT)) KZT"
              + (t.finesNotConverted > 0 ? " (+\(t.finesNotConverted) not converted)" : ""))
        guard by != nil else { return }
        var table = TextTable("group", "incidents", "persons", "prosecutions", "detention days", "fines KZT")
        for g in stats.groups {
            let m = g.measures
            table.add(g.label, String(m.incidents), String(m.personsAffected), String(m.prosecutions),
                      Markup.number(m.detentionDays), Markup.number(m.finesKZT))
        }
        print(table.render())
    }
}

extension Statistics.Dimension: ExpressibleByArgument {}

/// Writes text to a file whole, or fails with a one-line error.
func writeFile(_ text: String, to path: String) throws {
    do {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
        throw CLIError("cannot write \(path): \(error.localizedDescription)")
    }
}
