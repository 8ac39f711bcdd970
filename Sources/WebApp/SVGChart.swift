import Foundation

/// Small SVG charts drawn on the server: no script, no external assets, readable without colour.
enum SVGChart {
    /// One bar: its label, its count and where clicking it leads.
    struct Bar {
        var label: String
        var count: Int
        var href: String?
    }

    /// Vertical bars in order (months), labelled every few bars so labels never overlap.
    static func columns(_ bars: [Bar], title: String, width: Int = 720, height: Int = 220) -> String {
        guard !bars.isEmpty else { return empty(title) }
        let top = max(1, bars.map(\.count).max() ?? 1)
        let left = 36, bottom = 36, plotH = height - bottom - 12
        let step = Double(width - left - 8) / Double(bars.count)
        let every = max(1, Int((Double(bars.count) / 12).rounded(.up)))
        var svg = open(title, width, height)
        svg += "<line class=\"axis\" x1=\"\(left)\" y1=\"\(12 + plotH)\" x2=\"\(width - 4)\" y2=\"\(12 + plotH)\"/>"
        svg += "<text class=\"tick\" x=\"\(left - 6)\" y=\"16\" text-anchor=\"end\">\(top)</text><text class=\"tick\" x=\"\(left - 6)\" y=\"\(12 + plotH)\" text-anchor=\"end\">0</text>"
        for (i, bar) in bars.enumerated() {
            let h = Double(plotH) * Double(bar.count) / Double(top)
            let x = Double(left) + Double(i) * step
            let rect = String(format: "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%@: %d</title></rect>",
                              x + 1, Double(12 + plotH) - h, max(1, step - 2), h, HTML.escape(bar.label), bar.count)
            svg += link(bar.href, rect)
            if i % every == 0 {
                svg += String(format: "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%@</text>", x + step / 2, height - 14, HTML.escape(bar.label))
            }
        }
        return svg + "</svg>"
    }

    /// Horizontal bars, largest first, each with its label and count.
    static func rows(_ bars: [Bar], title: String, width: Int = 520) -> String {
        guard !bars.isEmpty else { return empty(title) }
        let rowH = 22, labelW = 200
        let height = bars.count * rowH + 8
        let top = max(1, bars.map(\.count).max() ?? 1)
        var svg = open(title, width, height)
        for (i, bar) in bars.enumerated() {
            let y = 4 + i * rowH
            let w = Double(width - labelW - 50) * Double(bar.count) / Double(top)
            svg += "<text class=\"label\" x=\"\(labelW - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTML.escape(bar.label))</text>"
            svg += link(bar.href, String(format: "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\"><title>%@: %d</title></rect>",
                                         labelW, y + 3, max(1, w), rowH - 6, HTML.escape(bar.label), bar.count))
            svg += String(format: "<text class=\"count\" x=\"%.1f\" y=\"%d\">%d</text>", Double(labelW) + max(1, w) + 6, y + 15, bar.count)
        }
        return svg + "</svg>"
    }

    /// A point on the schematic map: a region's centre and its count.
    struct MapPoint {
        var name: String
        var latitude: Double
        var longitude: Double
        var count: Int
        var href: String
    }

    /// Kazakhstan's regions as circles at their centres, sized by count: a schematic, not a border map.
    static func map(_ points: [MapPoint], title: String, width: Int = 720, height: Int = 400) -> String {
        // The country's extent, in degrees, with a margin.
        let west = 45.5, east = 88.0, south = 40.0, north = 56.0
        let top = max(1, points.map(\.count).max() ?? 1)
        func x(_ lon: Double) -> Double { 20 + (lon - west) / (east - west) * Double(width - 40) }
        func y(_ lat: Double) -> Double { 20 + (north - lat) / (north - south) * Double(height - 60) }
        var svg = open(title, width, height)
        svg += "<rect class=\"frame\" x=\"1\" y=\"1\" width=\"\(width - 2)\" height=\"\(height - 2)\"/>"
        for p in points.sorted(by: { $0.count > $1.count }) {
            let r = p.count == 0 ? 3 : 6 + 22 * (Double(p.count) / Double(top)).squareRoot()
            let cx = x(p.longitude), cy = y(p.latitude)
            var item = String(format: "<circle class=\"%@\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"><title>%@: %d</title></circle>",
                              p.count == 0 ? "region empty" : "region", cx, cy, r, HTML.escape(p.name), p.count)
            item += String(format: "<text class=\"maplabel\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%@</text>", cx, cy + r + 11, HTML.escape(p.name))
            if p.count > 0 { item += String(format: "<text class=\"mapcount\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>", cx, cy + 4, p.count) }
            svg += link(p.href, item)
        }
        svg += "<text class=\"note\" x=\"12\" y=\"\(height - 10)\">Schematic map: each circle is a region at its administrative centre, sized by incident count; borders are not drawn.</text>"
        return svg + "</svg>"
    }

    private static func open(_ title: String, _ width: Int, _ height: Int) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(HTML.escape(title))\"><title>\(HTML.escape(title))</title>"
    }

    private static func empty(_ title: String) -> String {
        open(title, 400, 40) + "<text class=\"label\" x=\"8\" y=\"24\">No incidents to chart.</text></svg>"
    }

    private static func link(_ href: String?, _ body: String) -> String {
        guard let href else { return body }
        return "<a href=\"\(HTML.escape(href))\">\(body)</a>"
    }
}
