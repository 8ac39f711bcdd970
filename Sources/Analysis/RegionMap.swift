import CivicModel
import Gazetteer

/// A schematic SVG map of Kazakhstan's 20 regions: each region a circle at the gazetteer's coordinates,
/// sized by its count. It shows where incidents happened, not borders; the map says so on its face.
public enum RegionMap {
    /// The map for counts keyed by region id (the keys of `IncidentFacets.regions`).
    public static func svg(counts: [Place.ID: Int], title: String = "Incidents by region",
                           gazetteer: Gazetteer = .kazakhstan) -> String {
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
        for region in regions.sorted(by: { (counts[$0.id] ?? 0) > (counts[$1.id] ?? 0) }) {
            let n = counts[region.id] ?? 0
            let cx = x(region.longitude!), cy = y(region.latitude!)
            let r = n == 0 ? 3 : 6 + 22 * (Double(n) / maximum).squareRoot()
            let fill = n == 0 ? "#ffffff" : "#2f6f9f"
            svg += "<circle cx=\"\(SVGChart.f(cx))\" cy=\"\(SVGChart.f(cy))\" r=\"\(SVGChart.f(r))\" fill=\"\(fill)\" fill-opacity=\"0.55\" stroke=\"#1f2933\" stroke-width=\"0.8\"><title>\(Markup.escape("\(region.name): \(n)"))</title></circle>\n"
            let short = region.name.replacingOccurrences(of: " Region", with: "")
            svg += SVGChart.text(x: cx, y: cy + r + 11, n == 0 ? short : "\(short) \(n)", size: 10, anchor: "middle")
        }
        svg += SVGChart.text(x: 10, y: height - 10, "Circle area is proportional to the count; empty circles: none recorded.", size: 10)
        return svg + "</svg>\n"
    }
}
