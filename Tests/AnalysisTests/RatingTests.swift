import Analysis
import Archive
import CivicModel
import Foundation
import LawBook
import Testing

@Suite struct RatingTests {
    /// The weights and thresholds as `docs/rating.md` states them.
    static func documentedMethod() throws -> (severity: [String: Double], numbers: [String: Double], thresholds: [String: Double]) {
        let url = DemoArchive.packageRoot.appendingPathComponent("docs/rating.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        var severity: [String: Double] = [:], thresholds: [String: Double] = [:], numbers: [String: Double] = [:]
        for line in text.split(separator: "\n").map(String.init) {
            if let m = line.wholeMatch(of: /\| ([a-z_]+) \| ([0-9.]+) \|/) {
                let key = String(m.1), value = Double(m.2)!
                if ["open", "narrowed", "obstructed", "repressed"].contains(key) { thresholds[key] = value } else { severity[key] = value }
            }
            if let m = line.wholeMatch(of: /- ([a-z ]+) [A-Za-z]+: ([0-9.]+)/) { numbers[String(m.1)] = Double(m.2)! }
        }
        return (severity, numbers, thresholds)
    }

    @Test func theDocumentationAndTheCodeUseTheSameWeights() throws {
        let doc = try Self.documentedMethod()
        let method = CivicSpaceRating.Method.standard
        #expect(doc.severity == method.severity)
        #expect(Set(doc.severity.keys) == Set(EventType.allCases.map(\.rawValue)), "every event type has a documented weight")
        #expect(doc.thresholds == method.thresholds)
        #expect(doc.numbers["saturation"] == method.saturationPerMonth)
        #expect(doc.numbers["incident weight"] == method.incidentWeight)
        #expect(doc.numbers["law weight"] == method.lawWeight)
    }

    @Test func categoriesFollowTheThresholds() {
        let m = CivicSpaceRating.Method.standard
        #expect(m.category(for: 100) == .open)
        #expect(m.category(for: 79.9) == .narrowed)
        #expect(m.category(for: 40) == .obstructed)
        #expect(m.category(for: 20) == .repressed)
        #expect(m.category(for: 19.9) == .closed)
    }

    @Test func moreSevereIncidentsLowerTheScore() throws {
        let day = try CalendarDay(iso: "2021-03-31"), first = try CalendarDay(iso: "2021-03-01")
        func arrests(_ n: Int) throws -> [Incident] {
            try (0..<n).map { Incident(id: Incident.ID("inc-r\($0)"), date: try PartialDate(iso: "2021-03-1\($0 % 10)"),
                                       eventType: .administrativeArrest, summary: "An arrest written for this test.") }
        }
        let calm = try CivicSpaceRating.compute(incidents: [], from: first, to: day)
        let tense = try CivicSpaceRating.compute(incidents: try arrests(5), from: first, to: day)
        let worst = try CivicSpaceRating.compute(incidents: try arrests(30), from: first, to: day)
        #expect(calm.incidentPressure == 0)
        #expect(tense.score < calm.score)
        #expect(worst.incidentPressure == 1)
        #expect(tense.weightedIncidents == 5 * CivicSpaceRating.Method.standard.severity["administrative_arrest"]!)
        #expect(!calm.lawFindings.isEmpty, "the law in force is assessed")
    }

    @Test func thePageShowsEveryInputAndTheScale() throws {
        let day = try CalendarDay(iso: "2021-03-31"), first = try CalendarDay(iso: "2021-03-01")
        let arrest = Incident(id: "inc-r-page", date: try PartialDate(iso: "2021-03-05"), eventType: .administrativeArrest, summary: "An arrest.")
        let r = try CivicSpaceRating.compute(incidents: [arrest], from: first, to: day)
        let html = r.document().html()
        #expect(html.contains("inc-r-page"))
        #expect(html.contains("<td>administrative_arrest</td>"))
        for f in r.lawFindings { #expect(html.contains("<td>\(f.standard)</td>")) }
        for c in CivicSpaceRating.Category.allCases { #expect(r.scaleSVG().contains(">\(c.rawValue)</text>")) }
    }

    @Test func confidentialAndRejectedIncidentsDoNotCount() throws {
        let day = try CalendarDay(iso: "2021-03-31"), first = try CalendarDay(iso: "2021-03-01")
        let hidden = Incident(date: try PartialDate(iso: "2021-03-02"), eventType: .conviction, summary: "Hidden.", confidentiality: .confidential)
        let rejected = Incident(date: try PartialDate(iso: "2021-03-02"), eventType: .conviction, summary: "Rejected.", status: .rejected)
        let r = try CivicSpaceRating.compute(incidents: [hidden, rejected], from: first, to: day)
        #expect(r.incidentIDs.isEmpty)
    }
}
