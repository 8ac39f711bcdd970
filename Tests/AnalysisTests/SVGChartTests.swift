@testable import Analysis
import CivicModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Gazetteer
import Testing

@Suite struct SVGChartTests {
    @Test func barsEscapeTheirTextAndCarryATitleAndViewBox() throws {
        let svg = SVGChart.bars(title: "Fines <by> type & \"court\"", data: [.init("A<script>", 3), .init("B", 1)], unit: "incidents")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "))
        #expect(svg.contains("<title>Fines &lt;by&gt; type &amp; &quot;court&quot;</title>"))
        #expect(!svg.contains("<script>"))
        #expect(svg.components(separatedBy: "<rect x=").count - 1 == 2)
        #expect(try XMLDocument(xmlString: svg).rootElement()?.name == "svg")
    }

    @Test func barLengthsAreProportionalToTheValues() throws {
        let svg = SVGChart.bars(title: "t", data: [.init("a", 4), .init("b", 2)], unit: "u")
        let widths = svg.matches(of: /<rect x="[0-9.]+" y="[0-9.]+" width="([0-9.]+)"/).map { Double($0.1)! }
        #expect(widths.count == 2)
        #expect(abs(widths[0] - 2 * widths[1]) < 0.2)
    }

    @Test func aTimeSeriesHasAPointPerMonthAndParsesAsXML() throws {
        let svg = SVGChart.timeSeries(title: "By month", data: [.init("2021-01", 1), .init("2021-02", 5), .init("2021-03", 2)], unit: "incidents")
        #expect(svg.components(separatedBy: "<circle").count - 1 == 3)
        #expect(svg.contains("<polyline"))
        #expect(svg.contains("2021-02: 5 incidents"))
        _ = try XMLDocument(xmlString: svg)
    }

    @Test func theMapDrawsTheTwentyRegionsAndSaysItIsSchematic() throws {
        let almaty = try #require(Gazetteer.kazakhstan.regions.first { $0.name == "Almaty" })
        let svg = RegionMap.svg(counts: [almaty.id: 7])
        #expect(svg.components(separatedBy: "<circle").count - 1 == 20)
        #expect(svg.contains("Schematic"))
        #expect(svg.contains("<title>Almaty: 7</title>"))
        _ = try XMLDocument(xmlString: svg)
    }
}

@Suite struct AxisScaleTests {
    @Test func countsGetRoundGridlinesThatCoverTheLargestValue() {
        #expect(AxisScale(maximum: 26).ticks == [0, 10, 20, 30])
        #expect(AxisScale(maximum: 7).ticks == [0, 2, 4, 6, 8])
        #expect(AxisScale(maximum: 1).ticks == [0, 1])
        #expect(AxisScale(maximum: 0).ticks == [0, 1])
        #expect(AxisScale(maximum: 40).ticks == [0, 10, 20, 30, 40])
        #expect(AxisScale(maximum: 1_593_310).ticks == [0, 500_000, 1_000_000, 1_500_000, 2_000_000])
    }

    @Test func fractionsMayUseQuarterSteps() {
        #expect(AxisScale(maximum: 0.9, whole: false).ticks == [0, 0.25, 0.5, 0.75, 1])
        #expect(AxisScale(maximum: 9, whole: false).ticks == [0, 2.5, 5, 7.5, 10])
    }

    @Test func aTimeSeriesLabelsEachGridlineWithItsOwnValue() {
        let svg = SVGChart.timeSeries(title: "By month", data: [.init("2021-01", 26), .init("2021-02", 3)], unit: "incidents")
        for label in [">0<", ">10<", ">20<", ">30<"] { #expect(svg.contains(label)) }
        #expect(!svg.contains(">7<") && !svg.contains(">13<"))
    }
}
