import Analysis
import Archive
import CivicModel
import Foundation
import Hummingbird

/// The dashboard: the archive's numbers with their counting units, charts by month, type, region and
/// article, and the map of regions, all from `Statistics`, so they are the numbers `kuzet stats` and
/// `/api/v1/stats` give. Every chart is also a download, and every bar and region leads to its incidents.
struct DashboardPage {
    let archive: any Archive
    let renderer: PageRenderer
    let config: WebConfig

    /// The dimensions the dashboard charts, in page order.
    static let charted: [Statistics.Dimension] = [.month, .type, .region, .article]

    func add(to router: Router<WebContext>) {
        router.get("/dashboard", use: show)
        router.get("/dashboard/charts/{file}", use: chartFile)
        router.group("api/v1").get("stats", use: statsAPI)
    }

    /// The statistics of a search for each dimension, honouring what the viewer may see.
    func statistics(_ search: IncidentSearch, by dimensions: [Statistics.Dimension], context: WebContext) async throws -> [Statistics] {
        if search.matchesNothing {
            return (dimensions.isEmpty ? [nil] : dimensions.map(Optional.some)).map {
                Statistics.empty(query: search.query, viewer: context.clearance, by: $0)
            }
        }
        return try await Statistics.compute(archive: archive, viewer: context.clearance, query: search.query, by: dimensions,
                                            measuresUpTo: config.statisticsLimit)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        let search = try IncidentSearch(request.uri, context: context, pageSize: config.pageSize)
        let all = try await statistics(search, by: Self.charted, context: context)
        let total = all[0].total
        let filterQuery = IncidentSearch.link(search.parameters, path: "")
        var charts: [[String: Any]] = []
        for stats in all {
            guard let dimension = stats.dimension else { continue }
            charts.append([
                "title": Self.title(dimension), "svg": Self.chart(stats, search: search),
                "download": "/dashboard/charts/\(dimension.rawValue).svg" + filterQuery,
                "json": Self.statsLink(dimension, search, format: nil), "csv": Self.statsLink(dimension, search, format: "csv"),
                "wide": dimension == .month,
            ])
        }
        let regions = all.first { $0.dimension == .region }
        let tables = all.filter { $0.measured && ($0.dimension == .type || $0.dimension == .region) }.map { stats -> [String: Any] in
            ["title": Self.title(stats.dimension!), "rows": stats.groups.map { Self.measureRow($0.label, $0.measures) }]
        }
        let values: [String: Any] = [
            "total": total.incidents,
            "measured": all[0].measured,
            "limit": config.statisticsLimit,
            "measures": Self.measureRow("", total),
            "charts": charts,
            "tables": tables,
            "map": regions.map { Self.map($0, search: search) } ?? "",
            "mapDownload": "/dashboard/charts/map.svg" + filterQuery,
            "units": Statistics.units.sorted { $0.key < $1.key }.map { ["unit": $0.key, "definition": $0.value] },
            "filters": search.parameters.map { ["label": "\($0.0): \($0.1)"] },
            "listLink": IncidentSearch.link(search.parameters),
        ]
        return try renderer.page("dashboard", title: "Dashboard", values, context: context)
    }

    /// `/dashboard/charts/month.svg` (type, region, article, map): the dashboard's chart as a file.
    @Sendable func chartFile(_ request: Request, context: WebContext) async throws -> Response {
        let file = try context.parameters.require("file")
        guard file.hasSuffix(".svg") else { throw WebError.notFound("chart '\(file)'") }
        let name = String(file.dropLast(4))
        let search = try IncidentSearch(request.uri, context: context, pageSize: config.pageSize)
        let svg: String
        if name == "map" {
            svg = Self.map(try await statistics(search, by: [.region], context: context)[0], search: search, links: false)
        } else if let dimension = Statistics.Dimension(rawValue: name), Self.charted.contains(dimension) {
            svg = Self.chart(try await statistics(search, by: [dimension], context: context)[0], search: search, links: false)
        } else {
            throw WebError.notFound("chart '\(name)' (expected month, type, region, article or map)")
        }
        return Download.response(svg, type: "image/svg+xml; charset=utf-8", name: "kuzet-incidents-by-\(name).svg", inline: true)
    }

    /// `/api/v1/stats?by=region&format=csv` with the incident list's filters: the numbers of `kuzet stats --json`.
    @Sendable func statsAPI(_ request: Request, context: WebContext) async throws -> Response {
        let search = try IncidentSearch(request.uri, context: context, pageSize: config.pageSize)
        let params = request.uri.queryParameters
        var dimensions: [Statistics.Dimension] = []
        if let by = params.get("by"), !by.isEmpty {
            guard let d = Statistics.Dimension(rawValue: by) else {
                throw WebError.badRequest("unknown 'by' '\(by)' (expected one of: \(Statistics.Dimension.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            dimensions = [d]
        }
        let stats = try await statistics(search, by: dimensions, context: context)[0]
        switch params.get("format") ?? "json" {
        case "json": return try JSONBody.response(stats)
        case "csv":
            return Download.response(Self.csv(stats), type: "text/csv; charset=utf-8", name: "kuzet-stats-\(stats.dimension?.rawValue ?? "total").csv")
        case let other: throw WebError.badRequest("unknown format '\(other)' (expected json or csv)")
        }
    }

    // MARK: Pieces

    static func title(_ dimension: Statistics.Dimension) -> String {
        switch dimension {
        case .month: "Incidents by month"
        case .type: "Incidents by event type"
        case .region: "Incidents by region"
        case .article: "Incidents by article applied"
        case .organization: "Incidents by organisation"
        }
    }

    /// The chart of one dimension; bars and points lead to the incident list filtered by them.
    static func chart(_ stats: Statistics, search: IncidentSearch, links: Bool = true) -> String {
        guard let dimension = stats.dimension else { return "" }
        func href(_ key: String) -> String? {
            guard links else { return nil }
            switch dimension {
            case .month: return IncidentSearch.link(search.parameters.filter { $0.0 != "from" && $0.0 != "to" } + [("from", key), ("to", key)])
            case .type: return search.toggling("type", key)
            case .region: return search.toggling("region", key)
            case .article: return search.toggling("article", key)
            case .organization: return search.toggling("org", key)
            }
        }
        if dimension == .month {
            let counts = Dictionary(uniqueKeysWithValues: stats.groups.map { ($0.key, $0.measures.incidents) })
            let data = monthRange(counts).map { SVGChart.Datum($0, Double(counts[$0] ?? 0), href: href($0)) }
            return SVGChart.timeSeries(title: title(dimension), data: data, unit: "incidents")
        }
        let groups = dimension == .article ? Array(stats.groups.prefix(15)) : stats.groups
        return SVGChart.bars(title: title(dimension) + (groups.count < stats.groups.count ? " (first \(groups.count))" : ""),
                             data: groups.map { SVGChart.Datum($0.label, Double($0.measures.incidents), href: href($0.key)) },
                             unit: "incidents")
    }

    /// The schematic map of regions with the counts of `stats` (grouped by region).
    static func map(_ stats: Statistics, search: IncidentSearch, links: Bool = true) -> String {
        let counts = Dictionary(uniqueKeysWithValues: stats.groups.map { (Place.ID($0.key), $0.measures.incidents) })
        return RegionMap.svg(counts: counts, title: "Incidents by region (schematic map)",
                             href: { links ? search.toggling("region", $0.rawValue) : nil })
    }

    static func statsLink(_ dimension: Statistics.Dimension, _ search: IncidentSearch, format: String?) -> String {
        IncidentSearch.link(search.parameters + [("by", dimension.rawValue)] + (format.map { [("format", $0)] } ?? []), path: "/api/v1/stats")
    }

    static func measureRow(_ label: String, _ m: Statistics.Measures) -> [String: Any] {
        ["label": label, "incidents": m.incidents, "persons": m.personsAffected, "prosecutions": m.prosecutions,
         "detentionDays": Markup.number(m.detentionDays), "fines": Markup.number(m.finesKZT),
         "notConverted": m.finesNotConverted > 0 ? "\(m.finesNotConverted) not converted" : ""]
    }

    /// The groups as CSV with one column per measure, the counting units in the header names.
    static func csv(_ stats: Statistics) -> String {
        func line(_ key: String, _ label: String, _ m: Statistics.Measures) -> String {
            [CSVWriter.cell(key), CSVWriter.cell(label), String(m.incidents), String(m.personsAffected), String(m.prosecutions),
             Markup.number(m.detentionDays), Markup.number(m.finesKZT), String(m.finesNotConverted)].joined(separator: ",")
        }
        var out = "key,label,incidents,persons_affected,prosecutions,detention_days,fines_kzt,fines_not_converted\n"
        out += line("total", "All matching incidents", stats.total) + "\n"
        for g in stats.groups { out += line(g.key, g.label, g.measures) + "\n" }
        return out
    }

    /// Every month from the first to the last with incidents, so gaps show as zero.
    static func monthRange(_ months: [String: Int]) -> [String] {
        let keys = months.keys.sorted()
        guard let first = keys.first, let last = keys.last,
              let y0 = Int(first.prefix(4)), let m0 = Int(first.suffix(2)),
              let y1 = Int(last.prefix(4)), let m1 = Int(last.suffix(2)) else { return keys }
        var out: [String] = []
        var (y, m) = (y0, m0)
        while (y, m) <= (y1, m1), out.count < 600 {
            out.append(String(format: "%04d-%02d", y, m))
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return out
    }
}
