import Analysis
import Archive
import CivicModel
import Foundation
import Testing

@Suite struct ExportTests {
    func demoDetails() async throws -> [IncidentDetails] {
        let archive = try await DemoArchive.load()
        var query = IncidentQuery(sort: .dateAscending)
        query.limit = Int.max
        let incidents = try await archive.incidents(matching: query, as: .anonymous).incidents
        return try await archive.details(of: incidents, as: .anonymous)
    }

    @Test func geoJSONHasAFeatureForEveryIncidentWithLongitudeFirst() async throws {
        let details = try await demoDetails()
        let text = try GeoJSONExport.featureCollection(details)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["type"] as? String == "FeatureCollection")
        let features = try #require(json["features"] as? [[String: Any]])
        #expect(features.count == details.count)
        let shymkent = try #require(features.first { $0["id"] as? String == "inc-002-01" })
        let geometry = try #require(shymkent["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "Point")
        let coordinates = try #require(geometry["coordinates"] as? [Double])
        let place = try #require(details.first { $0.incident.id == "inc-002-01" }?.places.first)
        #expect(coordinates == [place.longitude!, place.latitude!])
    }

    @Test func acledCSVHasTheCodebookColumnsAndLeavesOutUndatedIncidents() async throws {
        let details = try await demoDetails()
        let csv = ACLEDExport.csv(details)
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.first.map(String.init) == ACLEDExport.columns.joined(separator: ","))
        for column in ["event_date", "event_type", "actor1", "admin1", "location", "latitude", "longitude", "source", "notes"] {
            #expect(ACLEDExport.columns.contains(column))
        }
        let dated = details.filter { $0.incident.date != nil }
        #expect(lines.count - 1 == dated.count)
        let dispersal = try #require(lines.first { $0.contains("inc-002-39") })
        #expect(dispersal.contains("Protest with intervention"))
        #expect(dispersal.contains("2021-02-28"))
        #expect(ACLEDExport.acledType(.detention).sub == "Arrests")
    }
}
