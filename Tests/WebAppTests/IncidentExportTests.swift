import Analysis
import Archive
import CivicModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// The incident list, as filtered, downloads as CSV, an Excel workbook, GeoJSON or ACLED CSV, with what the viewer may see only.
@Suite("Downloading the incident list")
struct IncidentExportTests {
    @Test("A visitor's CSV holds the published public incidents only, never notes or hidden people")
    func visitor() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var visitor = Browser(client)
            let list = try await visitor.get("/incidents?type=fine")
            #expect(list.text.contains("/incidents/export?type=fine&amp;format=csv"))
            let csv = try await visitor.get("/incidents/export?format=csv")
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            #expect(csv.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"kuzet-incidents-") == true)
            #expect(csv.text.hasPrefix("id,date,date_precision,event_type,summary,persons"))
            #expect(csv.text.contains("inc-public"))
            #expect(csv.text.contains("inc-aktobe"))
            #expect(csv.text.contains("fine, 50 MCI"))
            for hidden in ["inc-secret", "inc-restricted", "inc-proposed", "Internal note", "Hidden Witness", "Witness note"] {
                #expect(!csv.text.contains(hidden), "the visitor's export shows \(hidden)")
            }
            let geojson = try await visitor.get("/incidents/export?format=geojson&type=fine")
            let doc = try #require(geojson.json as? [String: Any])
            #expect(doc["type"] as? String == "FeatureCollection")
            #expect((doc["features"] as? [Any])?.count == 1)
            #expect(try await visitor.get("/incidents/export?format=docx").status == .badRequest)
            // The same as an Excel workbook, offered beside the CSV
            #expect(list.text.contains("/incidents/export?type=fine&amp;format=xlsx"))
            let workbook = try await visitor.get("/incidents/export?format=xlsx")
            #expect(workbook.status == .ok)
            #expect(workbook.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            #expect(workbook.headers[.contentDisposition]?.hasSuffix(".xlsx\"") == true)
            let rows = try XLSXReader.rows(Data(buffer: workbook.body))
            #expect(rows.first?.fields.prefix(3) == ["id", "date", "date_precision"])
            let cells = rows.flatMap(\.fields).joined(separator: "|")
            #expect(cells.contains("inc-public") && cells.contains("fine, 50 MCI"))
            for hidden in ["inc-secret", "inc-restricted", "inc-proposed", "Internal note", "Hidden Witness", "Witness note"] {
                #expect(!cells.contains(hidden), "the visitor's workbook shows \(hidden)")
            }
        }
    }

    @Test("An editor's download follows the filters and sees every level; too many matches is refused with the way out")
    func editorAndLimit() async throws {
        let (app, _) = try await WebFixture.app(config: WebConfig(loginAttempts: 3, exportLimit: 2))
        try await app.test(.router) { client in
            var editor = Browser(client)
            try await editor.signIn("editor")
            let searches = try await editor.get("/incidents/export?format=csv&place=pla-aktobe")
            #expect(searches.status == .ok)
            #expect(searches.text.contains("inc-secret"))
            #expect(!searches.text.contains("inc-public"))
            let everything = try await editor.get("/incidents/export?format=acled")
            #expect(everything.status == .badRequest)
            #expect(everything.text.contains("more than 2 incidents match"))
        }
    }

    @Test("A person's timeline downloads as CSV, oldest first")
    func timeline() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var visitor = Browser(client)
            let page = try await visitor.get("/persons/per-public")
            #expect(page.text.contains("/incidents/export?person=per-public&amp;format=csv&amp;sort=date_asc"))
            let csv = try await visitor.get("/incidents/export?person=per-public&format=csv&sort=date_asc")
            #expect(csv.status == .ok)
            #expect(csv.text.split(separator: "\r\n").count == 2)
            #expect(csv.text.contains("inc-public"))
        }
    }
}
