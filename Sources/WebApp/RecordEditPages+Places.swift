import Archive
import CivicModel
import Foundation
import Gazetteer
import Hummingbird
import RecordLinking

extension RecordEditPages {
    // MARK: Places

    func placeValues(_ place: Place, context: WebContext) async throws -> [String: Any] {
        [
            "kind": "place", "kindPath": "places", "kindTitle": "Places", "isPlace": true, "isNew": place.revision == 0,
            "id": place.id.rawValue, "name": place.name, "aliases": place.aliases.joined(separator: "\n"), "revision": place.revision,
            "placeKinds": PlaceKind.allCases.map { ["value": $0.rawValue, "label": $0.label,
                                                    "selected": $0 == place.kind] },
            "regions": [["value": "", "label": "none (a region itself)", "selected": place.regionID == nil]]
                + Gazetteer.kazakhstan.regions.map { ["value": $0.id.rawValue, "label": $0.name, "selected": $0.id == place.regionID] },
            "latitude": place.latitude.map { String($0) } ?? "", "longitude": place.longitude.map { String($0) } ?? "",
            "extent": Self.extentText, "csrf": context.sessions.session?.csrf ?? "",
            "incidentCount": place.revision > 0 ? try await archive.incidents(matching: IncidentQuery(placeIDs: [place.id], limit: 0), as: .everything).total : 0,
        ]
    }

    func applyPlace(_ form: FormData, _ place: inout Place, _ linker: inout RecordLinker) throws {
        guard let written = form.text("name") else { throw WebError.badRequest("a name is required") }
        if place.revision == 0 {
            // A readable identifier from the name, as imports mint them: "pla-saryagash".
            let slug = NameKey(written).words.joined(separator: "-")
            guard !slug.isEmpty else { throw WebError.badRequest("'\(written)' is not a place's name") }
            place.id = Place.ID("pla-\(slug)")
            if linker.places.contains(where: { $0.id == place.id }) || Gazetteer.kazakhstan.place(id: place.id) != nil {
                throw WebError.badRequest("a place '\(place.id)' exists already: edit it, or give the new place a fuller name")
            }
        }
        place.name = written
        place.aliases = (form["aliases"] ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0 != written }.uniqued()
        place.kind = try PlaceKind.parse(form["kind"] ?? "")
        place.regionID = try form.text("region").map { try linker.resolvePlace($0) }
        if place.kind == .region || place.kind == .republicanCity { place.regionID = nil }
        guard place.regionID != nil || place.kind == .region || place.kind == .republicanCity else {
            throw WebError.badRequest("choose the region a \(place.kind.rawValue) lies in")
        }
        place.latitude = try Self.coordinate(form.text("latitude"), "latitude", Self.extent.latitudes)
        place.longitude = try Self.coordinate(form.text("longitude"), "longitude", Self.extent.longitudes)
        guard (place.latitude == nil) == (place.longitude == nil) else { throw WebError.badRequest("give both the latitude and the longitude, or neither") }
    }

    /// Where the gazetteer's places lie, widened by a degree: coordinates outside it are a slip of the keyboard.
    static let extent: (latitudes: ClosedRange<Double>, longitudes: ClosedRange<Double>) = {
        let places = Gazetteer.kazakhstan.places
        let lats = places.compactMap(\.latitude), lons = places.compactMap(\.longitude)
        let margin = 1.0
        return ((lats.min() ?? 0) - margin...(lats.max() ?? 0) + margin, (lons.min() ?? 0) - margin...(lons.max() ?? 0) + margin)
    }()

    static var extentText: String {
        func f(_ x: Double) -> String { String(format: "%.1f", x) }
        return "latitude \(f(extent.latitudes.lowerBound))–\(f(extent.latitudes.upperBound)), longitude \(f(extent.longitudes.lowerBound))–\(f(extent.longitudes.upperBound))"
    }

    static func coordinate(_ text: String?, _ name: String, _ range: ClosedRange<Double>) throws -> Double? {
        guard let text else { return nil }
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), range.contains(value) else {
            throw WebError.badRequest("the \(name) '\(text)' is not a point in Kazakhstan (\(extentText), in decimal degrees)")
        }
        return value
    }
}
