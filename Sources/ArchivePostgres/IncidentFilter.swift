import Archive
import CivicModel

/// The `WHERE` clause of an incident query over `incidents i`, with the same meaning as `MemoryArchive`'s filter.
enum IncidentFilter {
    static func append(_ query: IncidentQuery, viewer: Clearance, to sql: inout SQLBuilder) throws {
        let rank = RecordColumns.rank(viewer.level)
        let level = try sql.bind(rank)
        sql.append("i.confidentiality <= \(level)")
        if !query.confidentialities.isEmpty {
            sql.append(" AND i.confidentiality = ANY(\(try sql.bind(query.confidentialities.map(RecordColumns.rank)))::int8[])")
        }
        if !query.statuses.isEmpty {
            sql.append(" AND i.status = ANY(\(try sql.bind(query.statuses.map(\.rawValue)))::text[])")
        }
        if !query.eventTypes.isEmpty {
            sql.append(" AND i.event_type = ANY(\(try sql.bind(query.eventTypes.map(\.rawValue)))::text[])")
        }
        if let from = query.from { sql.append(" AND i.latest_day >= \(try sql.bind(try IncidentQuery.day(from, latest: false)))") }
        if let to = query.to { sql.append(" AND i.earliest_day <= \(try sql.bind(try IncidentQuery.day(to, latest: true)))") }
        if !query.placeIDs.isEmpty {
            sql.append(" AND EXISTS (SELECT 1 FROM incident_places ip WHERE ip.incident_id = i.id AND ip.place_id = ANY(\(try sql.bind(query.placeIDs.map(\.rawValue)))::text[]))")
        }
        if !query.regionIDs.isEmpty {
            let regions = try sql.bind(query.regionIDs.map(\.rawValue))
            sql.append(" AND EXISTS (SELECT 1 FROM incident_places ip JOIN places p ON p.id = ip.place_id WHERE ip.incident_id = i.id"
                + " AND (ip.place_id = ANY(\(regions)::text[]) OR p.region_id = ANY(\(regions)::text[])))")
        }
        if !query.personIDs.isEmpty {
            sql.append(" AND EXISTS (SELECT 1 FROM incident_persons ip JOIN persons p ON p.id = ip.person_id WHERE ip.incident_id = i.id"
                + " AND ip.person_id = ANY(\(try sql.bind(query.personIDs.map(\.rawValue)))::text[]) AND p.confidentiality <= \(level))")
        }
        if !query.organizationIDs.isEmpty {
            sql.append(" AND EXISTS (SELECT 1 FROM incident_organizations io JOIN organizations o ON o.id = io.organization_id WHERE io.incident_id = i.id"
                + " AND io.organization_id = ANY(\(try sql.bind(query.organizationIDs.map(\.rawValue)))::text[]) AND o.confidentiality <= \(level))")
        }
        if !query.provisionKeys.isEmpty {
            sql.append(" AND EXISTS (SELECT 1 FROM incident_provisions pr WHERE pr.incident_id = i.id"
                + " AND pr.provision = ANY(\(try sql.bind(query.provisionKeys.map(provisionText)))::text[]))")
        }
        if let source = query.sourceID {
            sql.append(" AND EXISTS (SELECT 1 FROM incident_sources s JOIN sources so ON so.id = s.source_id WHERE s.incident_id = i.id"
                + " AND s.source_id = \(try sql.bind(source.rawValue)) AND so.confidentiality <= \(level))")
        }
        let words = query.searchWords
        if !words.isEmpty {
            sql.append(" AND i.\(IncidentSearch.columns[rank]) @@ \(try sql.bind(RecordColumns.prefixQuery(words)))::tsquery")
        }
    }

    /// A provision key as stored: "criminal|174".
    static func provisionText(_ key: ProvisionKey) -> String { "\(key.code.rawValue)|\(key.article)" }

    static func provisionKey(_ text: String) -> ProvisionKey? {
        guard let bar = text.firstIndex(of: "|"), let code = LegalCode(rawValue: String(text[..<bar])) else { return nil }
        return ProvisionKey(LegalProvisionRef(code: code, article: String(text[text.index(after: bar)...])))
    }
}
