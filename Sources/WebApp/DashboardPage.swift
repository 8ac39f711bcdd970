import Archive
import CivicModel
import Hummingbird

/// Counts by month, by type and by region, and the schematic map, for what the viewer may see.
struct DashboardPage {
    let archive: any Archive
    let renderer: PageRenderer
    let config: WebConfig

    func add(to router: Router<WebContext>) {
        router.get("/dashboard", use: show)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        let search = try IncidentSearch(request.uri, context: context, pageSize: config.pageSize)
        let (_, facets) = try await search.run(in: archive, as: context.clearance)
        let months = Self.monthRange(facets.months).map {
            SVGChart.Bar(label: $0, count: facets.months[$0] ?? 0, href: IncidentSearch.link(search.parameters + [("from", $0), ("to", $0)]))
        }
        let types = facets.eventTypes.sorted { ($1.value, $0.key.rawValue) < ($0.value, $1.key.rawValue) }.map {
            SVGChart.Bar(label: $0.key.label, count: $0.value, href: search.toggling("type", $0.key.rawValue))
        }
        let regions = try await Self.regions(archive, context.clearance)
        let regionBars = facets.regions.sorted { ($1.value, $0.key.rawValue) < ($0.value, $1.key.rawValue) }.map {
            SVGChart.Bar(label: regions[$0.key]?.name ?? $0.key.rawValue, count: $0.value, href: search.toggling("region", $0.key.rawValue))
        }
        let points = regions.values.compactMap { place -> SVGChart.MapPoint? in
            guard let lat = place.latitude, let lon = place.longitude else { return nil }
            return .init(name: place.name, latitude: lat, longitude: lon, count: facets.regions[place.id] ?? 0,
                         href: search.toggling("region", place.id.rawValue))
        }
        let values: [String: Any] = [
            "total": facets.total,
            "months": SVGChart.columns(months, title: "Incidents by month"),
            "types": SVGChart.rows(types, title: "Incidents by event type"),
            "regions": SVGChart.rows(regionBars, title: "Incidents by region"),
            "map": SVGChart.map(points, title: "Schematic map of Kazakhstan's regions with incident counts"),
            "hasMap": !points.isEmpty,
            "filters": search.parameters.map { ["label": "\($0.0): \($0.1)"] },
        ]
        return try renderer.page("dashboard", title: "Dashboard", values, context: context)
    }

    /// Regions and cities of republican significance, by identifier.
    static func regions(_ archive: any Archive, _ viewer: Clearance) async throws -> [Place.ID: Place] {
        let places = try await archive.list(Place.self, matching: nil, as: viewer, limit: 10_000, offset: 0)
        return Dictionary(places.filter { $0.regionID == nil }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Every month from the first to the last with incidents, so gaps show as empty bars.
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
