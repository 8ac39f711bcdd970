import Foundation
import Testing

/// `kuzet stats`, `rating`, `report`, `recommendations` and the new export formats on the demo archive,
/// run on the built binary.
@Suite(.serialized) struct AnalysisCommandTests {
    func demo() throws -> (dir: URL, db: String) {
        let dir = try KuzetProcess.temporaryDirectory()
        let db = dir.appendingPathComponent("demo.sqlite").path
        let result = try KuzetProcess.run(["demo", "--database", db], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return (dir, db)
    }

    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    /// What a reader does with docs/rating.md and a public export, without Kuzet's rating code.
    @Test func aReaderRecomputesTheRatingFromThePublicExport() throws {
        let (dir, db) = try demo()
        let exportPath = dir.appendingPathComponent("export.json").path
        let export = try KuzetProcess.run(["export", "--format", "json", "--database", db, "-o", exportPath])
        #expect(export.status == 0, "\(export.stderr)")
        let rating = try KuzetProcess.run(["rating", "--from", "2021-02", "--to", "2021-03", "--json", "--database", db])
        #expect(rating.status == 0, "\(rating.stderr)")
        let published = try #require(try json(rating.stdout) as? [String: Any])

        // The documented weights.
        let doc = try String(contentsOf: KuzetProcess.packageRoot.appendingPathComponent("docs/rating.md"), encoding: .utf8)
        var points: [String: Double] = [:], thresholds: [(String, Double)] = [], numbers: [String: Double] = [:]
        for line in doc.split(separator: "\n").map(String.init) {
            if let m = line.wholeMatch(of: /\| ([a-z_]+) \| ([0-9.]+) \|/) {
                if ["open", "narrowed", "obstructed", "repressed"].contains(String(m.1)) { thresholds.append((String(m.1), Double(m.2)!)) }
                else { points[String(m.1)] = Double(m.2)! }
            }
            if let m = line.wholeMatch(of: /- ([a-z ]+) [A-Za-z]+: ([0-9.]+)/) { numbers[String(m.1)] = Double(m.2)! }
        }
        let saturation = try #require(numbers["saturation"]), wI = try #require(numbers["incident weight"]), wL = try #require(numbers["law weight"])

        // The incidents of the export that count.
        let archive = try #require(try json(String(contentsOfFile: exportPath, encoding: .utf8)) as? [String: Any])
        let incidents = try #require(archive["incidents"] as? [[String: Any]])
        var weighted = 0.0
        for i in incidents {
            guard let date = i["date"] as? String, i["status"] as? String != "rejected", i["confidentiality"] as? String == "public" else { continue }
            let earliest = date.count == 4 ? date + "-01-01" : date.count == 7 ? date + "-01" : date
            let latest = date.count == 4 ? date + "-12-31" : date.count == 7 ? date + "-31" : date
            guard earliest <= "2021-03-31", latest >= "2021-02-01" else { continue }
            weighted += try #require(points[i["eventType"] as! String])
        }
        let pressure = min(1, weighted / 2 / saturation)

        // The law in force on the last day, as the assembly check states it.
        var values: [Double] = []
        for form in ["picket", "meeting", "rally", "demonstration", "march"] {
            let check = try KuzetProcess.run(["assembly", "check", "--form", form, "--date", "2021-03-31", "--start", "12:00",
                                              "--end", "13:00", "--filed", "2021-03-31", "--json"])
            #expect(check.status == 0, "\(check.stderr)")
            let findings = try #require((try json(check.stdout) as? [String: Any])?["international_standards"] as? [[String: Any]])
            for f in findings { values.append((f["holds"] as? Bool).map { $0 ? 0 : 1 } ?? 0.5) }
        }
        let law = values.reduce(0, +) / Double(values.count)
        let score = ((100 * (1 - (wI * pressure + wL * law))) * 10).rounded() / 10
        let category = thresholds.first { score >= $0.1 }?.0 ?? "closed"

        #expect(published["weightedIncidents"] as? Double == weighted)
        #expect(published["score"] as? Double == score)
        #expect(published["category"] as? String == category)
        #expect(weighted > 0)
    }

    @Test func statsPrintsUnitsAndAgreesWithTheIncidentList() throws {
        let (_, db) = try demo()
        let stats = try KuzetProcess.run(["stats", "--from", "2021-02", "--to", "2021-03", "--by", "type", "--json", "--database", db])
        #expect(stats.status == 0, "\(stats.stderr)")
        let object = try #require(try json(stats.stdout) as? [String: Any])
        let total = try #require(object["total"] as? [String: Any])
        // `incidents list` is the owner's view: every record, as stats shows with --clearance confidential.
        let list = try KuzetProcess.run(["incidents", "list", "--from", "2021-02", "--to", "2021-03", "--json", "--database", db])
        let listed = try #require(try json(list.stdout) as? [String: Any])
        #expect((object["units"] as? [String: String])?["prosecutions"] != nil)
        let owner = try KuzetProcess.run(["stats", "--from", "2021-02", "--to", "2021-03", "--json", "--clearance", "confidential", "--database", db])
        let all = try #require((try json(owner.stdout) as? [String: Any])?["total"] as? [String: Any])
        #expect(all["incidents"] as? Int == listed["total"] as? Int)
        #expect((all["incidents"] as! Int) > (total["incidents"] as! Int), "the public count leaves the confidential record out")
        let groups = try #require(object["groups"] as? [[String: Any]])
        let summed = groups.compactMap { ($0["measures"] as? [String: Any])?["incidents"] as? Int }.reduce(0, +)
        #expect(summed == total["incidents"] as? Int, "each incident has one type")
        let bad = try KuzetProcess.run(["stats", "--by", "colour", "--database", db])
        #expect(bad.status != 0)
    }

    @Test func reportsAreWrittenAsMarkdownHTMLAndPDF() throws {
        let (dir, db) = try demo()
        let md = try KuzetProcess.run(["report", "update", "--from", "2021-02-01", "--to", "2021-03-31", "--source", "src-seed-002", "--database", db])
        #expect(md.status == 0, "\(md.stderr)")
        #expect(md.stdout.contains("## Association"))
        let html = dir.appendingPathComponent("shadow.html").path
        let shadow = try KuzetProcess.run(["report", "shadow", "--from", "2021-02", "--to", "2021-03", "--format", "html", "-o", html, "--database", db])
        #expect(shadow.status == 0, "\(shadow.stderr)")
        #expect(try String(contentsOfFile: html, encoding: .utf8).contains("<h2>Article 21"))
        let pdf = dir.appendingPathComponent("profile.pdf").path
        let missing = try KuzetProcess.run(["report", "profile", "--to", "2021-03-31", "--format", "pdf", "-o", pdf],
                                           environment: ["PATH": "/nonexistent"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("Chromium"))
        #expect(!FileManager.default.fileExists(atPath: pdf))
        let backwards = try KuzetProcess.run(["report", "update", "--from", "2021-03", "--to", "2021-02", "--database", db])
        #expect(backwards.status != 0)
    }

    @Test func exportsGeoJSONAndACLED() throws {
        let (_, db) = try demo()
        let geo = try KuzetProcess.run(["export", "--format", "geojson", "--database", db])
        #expect(geo.status == 0, "\(geo.stderr)")
        #expect((try json(geo.stdout) as? [String: Any])?["type"] as? String == "FeatureCollection")
        let acled = try KuzetProcess.run(["export", "--format", "acled", "--database", db])
        #expect(acled.stdout.hasPrefix("event_id_cnty,event_date,"))
        let recs = try KuzetProcess.run(["recommendations", "--article", "21", "--json"])
        #expect(recs.status == 0, "\(recs.stderr)")
        #expect(recs.stdout.contains("hrc-2011-17"))
    }
}
