extension CivicSpaceRating {
    /// The rating as a page: the score on the CIVICUS scale, then every input and weight that produced it.
    public func document() -> ReportDocument {
        var doc = ReportDocument(title: "Civic-space rating, \(from) – \(to)",
                                 subtitle: "Score \(String(format: "%.1f", score)) of 100: \(category.rawValue). Formula and weights: docs/rating.md.")
        doc.add(.figure(svg: scaleSVG(), caption: "The score beside the five CIVICUS Monitor categories."))
        doc.add(.heading(1, "How the score was computed"))
        doc.add(.table(headers: ["quantity", "value", "how"], rows: [
            ["incidents counted", String(incidentIDs.count), "public, not rejected, date overlapping the period"],
            ["weighted incidents W", Markup.number(weightedIncidents), "sum of severity points (table below)"],
            ["months M", String(months), "calendar months the period touches"],
            ["incident pressure P", String(format: "%.4f", incidentPressure), "min(1, W / M / \(Markup.number(method.saturationPerMonth)))"],
            ["law component L", String(format: "%.4f", lawComponent), "mean of the \(lawFindings.count) findings below (fails 1, unknown 0.5, holds 0)"],
            ["score", String(format: "%.1f", score), "100 × (1 − (\(method.incidentWeight) × P + \(method.lawWeight) × L))"],
        ]))
        doc.add(.heading(2, "Incidents by event type"))
        doc.add(.table(headers: ["event type", "incidents", "points each", "points"],
                       rows: byType.map { [$0.eventType, String($0.incidents), Markup.number($0.weight), Markup.number($0.points)] }))
        doc.add(.heading(2, "The assembly law in force on \(to), against international standards"))
        doc.add(.table(headers: ["form", "standard", "holds", "value", "source"],
                       rows: lawFindings.map { [$0.form, $0.standard, $0.holds.map { $0 ? "yes" : "no" } ?? "unknown", Markup.number($0.value), $0.source] }))
        doc.add(.note("Incidents counted: " + incidentIDs.joined(separator: ", ")))
        return doc
    }

    /// A horizontal 0–100 scale in five bands with a marker at the score.
    public func scaleSVG() -> String {
        let width = 640.0, left = 20.0, bandTop = 44.0, bandHeight = 26.0, plot = width - 2 * left
        var svg = SVGChart.header(title: "Civic-space score \(String(format: "%.1f", score)): \(category.rawValue)",
                                  desc: "Score \(String(format: "%.1f", score)) on a scale from 0 (closed) to 100 (open); category \(category.rawValue).",
                                  width: width, height: 120)
        let bands: [(Category, Double, Double, String)] = {
            let t = method.thresholds
            let open = t["open"] ?? 100, narrowed = t["narrowed"] ?? 100, obstructed = t["obstructed"] ?? 100, repressed = t["repressed"] ?? 100
            return [(.closed, 0, repressed, "#8c2d19"), (.repressed, repressed, obstructed, "#d0582c"),
                    (.obstructed, obstructed, narrowed, "#e8a33d"), (.narrowed, narrowed, open, "#9cc57a"), (.open, open, 100, "#3f8f5a")]
        }()
        for (c, a, b, colour) in bands {
            let x = left + plot * a / 100, w = plot * (b - a) / 100
            svg += "<rect x=\"\(SVGChart.f(x))\" y=\"\(SVGChart.f(bandTop))\" width=\"\(SVGChart.f(w))\" height=\"\(SVGChart.f(bandHeight))\" fill=\"\(colour)\"/>\n"
            svg += SVGChart.text(x: x + w / 2, y: bandTop + bandHeight + 16, c.rawValue, size: 11, anchor: "middle")
        }
        let mx = left + plot * max(0, min(100, score)) / 100
        svg += "<polygon points=\"\(SVGChart.f(mx - 7)),\(SVGChart.f(bandTop - 12)) \(SVGChart.f(mx + 7)),\(SVGChart.f(bandTop - 12)) \(SVGChart.f(mx)),\(SVGChart.f(bandTop - 1))\" fill=\"#1f2933\"/>\n"
        svg += SVGChart.text(x: mx, y: bandTop - 16, String(format: "%.1f", score), size: 12, anchor: "middle", weight: "bold")
        return svg + "</svg>\n"
    }
}
