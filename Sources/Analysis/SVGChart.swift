/// Self-contained SVG charts: horizontal bars and a monthly time series, with a `viewBox`, an accessible
/// `<title>` and `<desc>`, and every text escaped.
public enum SVGChart {
    /// One labelled value.
    public struct Datum: Hashable, Sendable {
        public var label: String
        public var value: Double
        /// Where clicking the datum's mark leads (the web app lists its incidents); nil in files and reports.
        public var href: String?
        public init(_ label: String, _ value: Double, href: String? = nil) {
            self.label = label
            self.value = value
            self.href = href
        }
    }

    static let ink = "#1f2933", bar = "#2f6f9f", grid = "#d9dee3"

    /// Horizontal bars, one row per datum, largest first as given; the value is printed at the end of each bar.
    public static func bars(title: String, data: [Datum], unit: String) -> String {
        let rowHeight = 22.0, labelWidth = 220.0, plotWidth = 420.0, top = 40.0
        let height = top + Double(max(data.count, 1)) * rowHeight + 20
        let width = labelWidth + plotWidth + 80
        let maximum = max(data.map(\.value).max() ?? 0, 1)
        var svg = header(title: title, desc: describe(data, unit: unit), width: width, height: height)
        svg += text(x: 10, y: 24, title, size: 15, weight: "bold")
        if data.isEmpty { svg += text(x: 10, y: top + 16, "No data for this selection.", size: 12) }
        for (i, d) in data.enumerated() {
            let y = top + Double(i) * rowHeight
            let w = plotWidth * d.value / maximum
            svg += text(x: labelWidth - 8, y: y + 15, clip(d.label, 34), size: 12, anchor: "end")
            svg += link(d.href, "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 3))\" width=\"\(f(max(w, 1)))\" height=\"\(f(rowHeight - 6))\" fill=\"\(bar)\"><title>\(Markup.escape("\(d.label): \(Markup.number(d.value)) \(unit)"))</title></rect>") + "\n"
            svg += text(x: labelWidth + w + 6, y: y + 15, Markup.number(d.value), size: 12)
        }
        return svg + "</svg>\n"
    }

    /// A line over time with a dot per point; the labels (months, "2021-02") run along the bottom.
    public static func timeSeries(title: String, data: [Datum], unit: String) -> String {
        let width = 720.0, height = 300.0, left = 50.0, right = 20.0, top = 40.0, bottom = 60.0
        let plotW = width - left - right, plotH = height - top - bottom
        let scale = AxisScale(maximum: data.map(\.value).max() ?? 0, whole: data.allSatisfy { $0.value.rounded() == $0.value })
        let maximum = scale.top
        var svg = header(title: title, desc: describe(data, unit: unit), width: width, height: height)
        svg += text(x: 10, y: 24, title, size: 15, weight: "bold")
        for value in scale.ticks {
            let y = top + plotH - plotH * value / maximum
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - right))\" y2=\"\(f(y))\" stroke=\"\(grid)\"/>\n"
            svg += text(x: left - 6, y: y + 4, Markup.number(value), size: 10, anchor: "end")
        }
        if data.isEmpty { svg += text(x: left + 10, y: top + 20, "No data for this selection.", size: 12) }
        let step = data.count > 1 ? plotW / Double(data.count - 1) : 0
        let points = data.enumerated().map { i, d in
            (x: left + (data.count > 1 ? Double(i) * step : plotW / 2), y: top + plotH - plotH * d.value / maximum, d: d)
        }
        if points.count > 1 {
            svg += "<polyline fill=\"none\" stroke=\"\(bar)\" stroke-width=\"2\" points=\"\(points.map { "\(f($0.x)),\(f($0.y))" }.joined(separator: " "))\"/>\n"
        }
        let labelEvery = max(1, data.count / 12)
        for (i, p) in points.enumerated() {
            svg += link(p.d.href, "<circle cx=\"\(f(p.x))\" cy=\"\(f(p.y))\" r=\"\(p.d.href == nil ? "3.5" : "5")\" fill=\"\(bar)\"><title>\(Markup.escape("\(p.d.label): \(Markup.number(p.d.value)) \(unit)"))</title></circle>") + "\n"
            if i % labelEvery == 0 {
                svg += "<text x=\"\(f(p.x))\" y=\"\(f(height - bottom + 16))\" font-size=\"10\" fill=\"\(ink)\" text-anchor=\"end\" transform=\"rotate(-40 \(f(p.x)) \(f(height - bottom + 16)))\">\(Markup.escape(p.d.label))</text>\n"
            }
        }
        svg += text(x: left, y: height - 6, "Unit: \(unit)", size: 10)
        return svg + "</svg>\n"
    }

    // MARK: Pieces

    static func header(title: String, desc: String, width: Double, height: Double) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(f(width)) \(f(height))" width="\(f(width))" height="\(f(height))" role="img" font-family="Helvetica, Arial, sans-serif">
        <title>\(Markup.escape(title))</title>
        <desc>\(Markup.escape(desc))</desc>
        <rect width="100%" height="100%" fill="#ffffff"/>

        """
    }

    static func text(x: Double, y: Double, _ s: String, size: Int, anchor: String = "start", weight: String = "normal") -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(size)\" font-weight=\"\(weight)\" fill=\"\(ink)\" text-anchor=\"\(anchor)\">\(Markup.escape(s))</text>\n"
    }

    static func describe(_ data: [Datum], unit: String) -> String {
        data.isEmpty ? "No data." : data.map { "\($0.label): \(Markup.number($0.value)) \(unit)" }.joined(separator: "; ")
    }

    /// The mark wrapped in an SVG link when it has somewhere to go.
    static func link(_ href: String?, _ mark: String) -> String {
        guard let href else { return mark }
        return "<a href=\"\(Markup.escape(href))\">\(mark)</a>"
    }

    static func clip(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n - 1)) + "…" : s }

    static func f(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(format: "%.1f", x)
    }
}
