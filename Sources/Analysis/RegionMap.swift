import CivicModel
import Gazetteer

/// A schematic SVG map of Kazakhstan's 20 regions: each region a circle at the gazetteer's coordinates,
/// sized by its count. It shows where incidents happened, not borders; the map says so on its face.
public enum RegionMap {
    /// The map for counts keyed by region id (the keys of `IncidentFacets.regions`); `href` gives where
    /// clicking a region leads (the web app lists its incidents), nil for none.
    public static func svg(counts: [Place.ID: Int], title: String = "Incidents by region",
                           gazetteer: Gazetteer = .kazakhstan, href: (Place.ID) -> String? = { _ in nil }) -> String {
        let regions = gazetteer.regions.filter { $0.latitude != nil && $0.longitude != nil }
        let width = 760.0, height = 430.0, margin = 60.0
        let lons = regions.compactMap(\.longitude), lats = regions.compactMap(\.latitude)
        let minLon = (lons.min() ?? 46) - 1, maxLon = (lons.max() ?? 87) + 1
        let minLat = (lats.min() ?? 40) - 1, maxLat = (lats.max() ?? 56) + 1
        func x(_ lon: Double) -> Double { margin + (lon - minLon) / (maxLon - minLon) * (width - 2 * margin) }
        func y(_ lat: Double) -> Double { 40 + (maxLat - lat) / (maxLat - minLat) * (height - 100) }
        let maximum = Double(max(counts.values.max() ?? 0, 1))
        let desc = regions.map { "\($0.name): \(counts[$0.id] ?? 0)" }.joined(separator: "; ")
        var svg = SVGChart.header(title: title, desc: "Schematic map. " + desc, width: width, height: height)
        svg += SVGChart.text(x: 10, y: 24, title, size: 15, weight: "bold")
        svg += SVGChart.text(x: width - 10, y: 24, "Schematic: regions placed by their centres, not borders", size: 11, anchor: "end")
        var placed: [(x: Double, y: Double, w: Double)] = []
        var labels = ""
        for region in regions.sorted(by: { (counts[$0.id] ?? 0, $1.name) > (counts[$1.id] ?? 0, $0.name) }) {
            let n = counts[region.id] ?? 0
            let cx = x(region.longitude!), cy = y(region.latitude!)
            let r = n == 0 ? 3 : 6 + 22 * (Double(n) / maximum).squareRoot()
            let fill = n == 0 ? "#ffffff" : "#2f6f9f"
            svg += SVGChart.link(href(region.id), "<circle cx=\"\(SVGChart.f(cx))\" cy=\"\(SVGChart.f(cy))\" r=\"\(SVGChart.f(r))\" fill=\"\(fill)\" fill-opacity=\"0.55\" stroke=\"#1f2933\" stroke-width=\"0.8\"><title>\(Markup.escape("\(region.name): \(n)"))</title></circle>") + "\n"
            let short = region.name.replacingOccurrences(of: " Region", with: "")
            let label = n == 0 ? short : "\(short) \(n)"
            let w = Double(label.count) * 5.6
            // Below the circle first, then above, right and left: the first spot no earlier label covers.
            let spots = [(cx, cy + r + 11), (cx, cy - r - 4), (cx + r + 4 + w / 2, cy + 4), (cx - r - 4 - w / 2, cy + 4),
                         (cx, cy + r + 22), (cx, cy - r - 15)]
            let spot = spots.first { s in !placed.contains { abs($0.x - s.0) < ($0.w + w) / 2 + 2 && abs($0.y - s.1) < 11 } } ?? spots[0]
            placed.append((spot.0, spot.1, w))
            labels += SVGChart.text(x: spot.0, y: spot.1, label, size: 10, anchor: "middle")
        }
        svg += labels
        svg += SVGChart.text(x: 10, y: height - 10, "Circle area is proportional to the count; empty circles: none recorded.", size: 10)
        return svg + "</svg>\n"
    }
}
