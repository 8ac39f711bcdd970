import Archive
import CivicModel

/// Incidents as CSV with the columns of the ACLED codebook where they map (event date, type, actors,
/// admin1, location, coordinates, source, notes), so the data can be combined with ACLED's; plus the
/// Kuzet id and event type so nothing is lost. ACLED rows need a date: undated incidents are left out.
public enum ACLEDExport {
    public static let columns = [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "civilian_targeting", "iso", "region", "country",
        "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
        "kuzet_id", "kuzet_event_type",
    ]

    /// ACLED's ISO 3166 numeric code and region for Kazakhstan.
    static let iso = "398", country = "Kazakhstan", acledRegion = "Caucasus and Central Asia"

    /// ACLED event type and sub-event type for a Kuzet event type; state actions without an ACLED
    /// counterpart are strategic developments of the sub-type "Other".
    public static func acledType(_ t: EventType) -> (disorder: String, type: String, sub: String) {
        switch t {
        case .assemblyDispersed: ("Demonstrations", "Protests", "Protest with intervention")
        case .detention, .administrativeArrest, .pretrialDetention, .houseArrest:
            ("Strategic developments", "Strategic developments", "Arrests")
        case .physicalAttack: ("Political violence", "Violence against civilians", "Attack")
        case .propertyAttack: ("Strategic developments", "Strategic developments", "Looting/property destruction")
        default: ("Strategic developments", "Strategic developments", "Other")
        }
    }

    static func actor(_ kind: PerpetratorKind) -> String {
        switch kind {
        case .police: "Police Forces of Kazakhstan"
        case .court: "Judiciary of Kazakhstan"
        case .nationalSecurityCommittee: "National Security Committee of Kazakhstan"
        case .unknownPersons: "Unidentified individuals"
        case .company: "Private company (Kazakhstan)"
        default: "Government of Kazakhstan (\(kind.label))"
        }
    }

    public static func csv(_ details: [IncidentDetails]) -> String {
        var lines = [columns.joined(separator: ",")]
        for (n, d) in details.enumerated() {
            let i = d.incident
            guard let date = i.date else { continue }
            let type = acledType(i.eventType)
            let place = d.places.first { $0.latitude != nil } ?? d.places.first
            let victims = i.rightsAffected.contains(.assembly) ? "Protesters (Kazakhstan)" : "Civilians (Kazakhstan)"
            let precision = switch date.precision { case .day: "1"; case .month: "3"; case .year: "3" }
            let geo = place.map { $0.kind == .region ? "3" : "1" } ?? ""
            let row: [String] = [
                "KAZ\(n + 1)", date.earliestDay, String(date.year), precision, type.disorder, type.type, type.sub,
                i.perpetrators.first.map(actor) ?? "", i.perpetrators.dropFirst().map(actor).joined(separator: "; "),
                d.persons.isEmpty && d.organizations.isEmpty ? "" : victims,
                (d.personNames + d.organizationNames).joined(separator: "; "),
                i.eventType == .physicalAttack ? "Civilian targeting" : "",
                iso, acledRegion, country,
                d.regions.first?.name ?? "", place?.name ?? "",
                place?.latitude.map { String($0) } ?? "", place?.longitude.map { String($0) } ?? "", geo,
                Array(Set(d.passages.map(\.source.title))).sorted().joined(separator: "; "),
                i.summary + (date.precision == .day ? "" : " (date known to the \(date.precision.rawValue): \(date.iso))"),
                "0", i.id.rawValue, i.eventType.rawValue,
            ]
            lines.append(row.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    static func field(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
