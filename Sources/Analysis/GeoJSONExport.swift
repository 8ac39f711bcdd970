import Archive
import CivicModel
import Foundation

/// Incidents as a GeoJSON FeatureCollection: a point per place with coordinates (a MultiPoint for
/// several), `null` geometry when no place has them, and the incident's facts as properties.
public enum GeoJSONExport {
    public static func featureCollection(_ details: [IncidentDetails]) throws -> String {
        let features: [[String: Any]] = details.map { d in
            let i = d.incident
            let points = d.places.compactMap { p -> [Double]? in
                guard let lat = p.latitude, let lon = p.longitude else { return nil }
                return [lon, lat]
            }
            let geometry: Any = switch points.count {
            case 0: NSNull()
            case 1: ["type": "Point", "coordinates": points[0]] as [String: Any]
            default: ["type": "MultiPoint", "coordinates": points] as [String: Any]
            }
            let properties: [String: Any] = [
                "id": i.id.rawValue,
                "date": i.date?.iso ?? NSNull(),
                "date_precision": i.date?.precision.rawValue ?? NSNull(),
                "event_type": i.eventType.rawValue,
                "summary": i.summary,
                "places": d.placeNames,
                "regions": d.regions.map(\.name),
                "persons": d.personNames,
                "organizations": d.organizationNames,
                "legal_provisions": i.legalProvisions.map(\.citation),
                "sanctions": i.sanctions.map(\.phrase),
                "rights": i.rightsAffected.map(\.rawValue),
                "status": i.status.rawValue,
                "confidentiality": i.confidentiality.rawValue,
                "sources": d.passages.map { ["source_id": $0.source.id.rawValue, "title": $0.source.title,
                                             "url": $0.source.url ?? NSNull(), "start": $0.passage.start,
                                             "end": $0.passage.end] as [String: Any] },
            ]
            return ["type": "Feature", "id": i.id.rawValue, "geometry": geometry, "properties": properties]
        }
        let collection: [String: Any] = ["type": "FeatureCollection", "features": features]
        let data = try JSONSerialization.data(withJSONObject: collection, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
