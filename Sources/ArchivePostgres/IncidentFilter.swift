import Archive
import CivicModel

/// The `WHERE` clause of an incident query over `incidents i`, with the same meaning as `MemoryArchive`'s filter:
/// searches (queries with words) through the search vectors alone, browsing through the columns.
enum IncidentFilter {
    /// `expansions` holds the exact words each typed prefix begins (`PostgresArchive.expansions(of:)`); a word
    /// without one is matched as a prefix.
    static func append(_ query: IncidentQuery, viewer: Clearance, expansions: [String: [String]] = [:], to sql: inout SQLBuilder) throws {
        if !query.searchWords.isEmpty { return try appendSearch(query, viewer: viewer, expansions: expansions, to: &sql) }
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
    }

    /// The `WHERE` clause of a query with search words: one `tsquery` over the viewer's search vector holding the words
    /// and every facet filter as tokens (`SearchToken`), so the GIN index alone finds the matches. Only dates that are
    /// not whole years are checked on the rows as well. Same meaning as `append`.
    static func appendSearch(_ query: IncidentQuery, viewer: Clearance, expansions: [String: [String]] = [:], to sql: inout SQLBuilder) throws {
        precondition(!query.searchWords.isEmpty, "a search needs words")
        var parts: [String] = []
        func anyOf(_ tokens: [String]) { parts.append(SearchToken.anyOf(tokens)) }
        if !query.confidentialities.isEmpty { anyOf(query.confidentialities.map { SearchToken.confidentiality(RecordColumns.rank($0)) }) }
        if !query.statuses.isEmpty { anyOf(query.statuses.map { SearchToken.status($0.rawValue) }) }
        if !query.eventTypes.isEmpty { anyOf(query.eventTypes.map { SearchToken.eventType($0.rawValue) }) }
        if !query.placeIDs.isEmpty { anyOf(query.placeIDs.map { SearchToken.place($0.rawValue) }) }
        if !query.regionIDs.isEmpty { anyOf(query.regionIDs.map { SearchToken.region($0.rawValue) }) }
        if !query.personIDs.isEmpty { anyOf(query.personIDs.map { SearchToken.person($0.rawValue) }) }
        if !query.organizationIDs.isEmpty { anyOf(query.organizationIDs.map { SearchToken.organization($0.rawValue) }) }
        if !query.provisionKeys.isEmpty { anyOf(query.provisionKeys.map { SearchToken.provision(provisionText($0)) }) }
        if let source = query.sourceID { anyOf([SearchToken.source(source.rawValue)]) }

        // A date spans at most one year, so year tokens find the dates in a range of whole years exactly; other
        // bounds are checked on the rows the tokens narrow down.
        let fromDay = try query.from.map { try IncidentQuery.day($0, latest: false) }
        let toDay = try query.to.map { try IncidentQuery.day($0, latest: true) }
        var rowChecks: [String] = []
        if let fromDay, let toDay, let first = Int(fromDay.prefix(4)), let last = Int(toDay.prefix(4)), first <= last, last - first < 100 {
            anyOf((first...last).map(SearchToken.year))
            if !fromDay.hasSuffix("-01-01") { rowChecks.append(" AND i.latest_day >= \(try sql.bind(fromDay))") }
            if !toDay.hasSuffix("-12-31") { rowChecks.append(" AND i.earliest_day <= \(try sql.bind(toDay))") }
        } else {
            if let fromDay { rowChecks.append(" AND i.latest_day >= \(try sql.bind(fromDay))") }
            if let toDay { rowChecks.append(" AND i.earliest_day <= \(try sql.bind(toDay))") }
        }
        parts += query.searchWords.map { word in
            guard let exact = expansions[word], !exact.isEmpty else { return SearchToken.prefixOperand(word) }
            return SearchToken.anyOf(exact)
        }
        let column = IncidentSearch.columns[RecordColumns.rank(viewer.level)]
        sql.append("i.\(column) @@ \(try sql.bind(parts.joined(separator: " & ")))::tsquery")
        sql.append(rowChecks.joined())
    }

    /// A provision key as stored: "criminal|174".
    static func provisionText(_ key: ProvisionKey) -> String { "\(key.code.rawValue)|\(key.article)" }

    static func provisionKey(_ text: String) -> ProvisionKey? {
        guard let bar = text.firstIndex(of: "|"), let code = LegalCode(rawValue: String(text[..<bar])) else { return nil }
        return ProvisionKey(LegalProvisionRef(code: code, article: String(text[text.index(after: bar)...])))
    }
}
