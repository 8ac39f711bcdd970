import Archive
import CivicModel
import Foundation
import GRDB
import GRDBSQLite

extension SQLiteArchive {
    public func incidents(matching query: IncidentQuery, as viewer: Clearance) async throws -> IncidentPage {
        try await read { db in
            guard let filter = try IncidentFilter(query, viewer: viewer, statuses: self.statusTally, in: db) else { return IncidentPage(incidents: [], total: 0) }
            let total: Int
            let capped: Bool
            let keys: [Int64]
            if filter.isFullText && query.sort != .dateAscending {
                (total, capped, keys) = try Self.newestFirstCounting(filter, offset: query.offset, limit: query.limit,
                                                                     countLimit: query.countLimit, in: db)
            } else {
                (total, capped) = try Self.count(filter, upTo: query.countLimit, in: db)
                switch query.sort {
                case .dateDescending: keys = try Self.newestFirst(filter, offset: query.offset, limit: query.limit, in: db).keys
                case .dateAscending: keys = try Self.oldestFirst(filter, offset: query.offset, limit: query.limit, in: db)
                }
            }
            let found = try Self.incidents(keys, in: db)
            let hidden = try Self.hiddenRecords(for: viewer, linkedFrom: found, in: db)
            return IncidentPage(incidents: found.map { $0.redacted(for: viewer, hiding: hidden) }, total: total, isTotalCapped: capped)
        }
    }

    /// How many incidents the filter matches, counting at most `cap` (and whether more match).
    static func count(_ filter: IncidentFilter, upTo cap: Int?, in db: Database) throws -> (total: Int, capped: Bool) {
        guard let cap, cap < Int.max else {
            return (try Int.fetchOne(db, sql: "SELECT count(*) \(filter.from)", arguments: filter.arguments) ?? 0, false)
        }
        let n = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 \(filter.from) LIMIT ?)", arguments: filter.arguments + [cap + 1]) ?? 0
        return n > cap ? (cap, true) : (n, false)
    }

    public func facets(matching query: IncidentQuery, as viewer: Clearance) async throws -> IncidentFacets {
        try await read { db in try Self.countFacets(query, as: viewer, statuses: self.statusTally, in: db) }
    }

    /// Counts the matching incidents by facet.
    static func countFacets(_ query: IncidentQuery, as viewer: Clearance, statuses tally: StatusTally? = nil,
                            in db: Database) throws -> IncidentFacets {
        var facets = IncidentFacets()
        guard let filter = try IncidentFilter(query, viewer: viewer, statuses: tally, in: db) else { return facets }
        var matching = "WITH m(seq) AS MATERIALIZED (SELECT \(filter.key) \(filter.from))"
        var arguments = filter.arguments
        if let cap = query.countLimit, cap < Int.max {
            // The newest `cap` matches (ties by identifier, as pages go), found once; each count below then reads only those.
            let (keys, more) = try Self.newestFirst(filter, offset: 0, limit: cap, inOrder: false, in: db)
            facets.isSampled = more
            matching = "WITH m(seq) AS MATERIALIZED (SELECT value FROM json_each(?))"
            arguments = ["[" + keys.map(String.init).joined(separator: ",") + "]"]
        }
        func counts(_ sql: String, _ extra: StatementArguments = []) throws -> [Row] {
            try Row.fetchAll(db, sql: matching + " " + sql, arguments: arguments + extra)
        }
        for row in try counts("""
            SELECT i.event_type, i.status, i.year, i.month, count(*) FROM m JOIN incident i ON i.seq = m.seq
            GROUP BY 1, 2, 3, 4
            """) {
            let n: Int = row[4]
            facets.total += n
            facets.eventTypes[try EventType.parse(row[0]), default: 0] += n
            facets.statuses[try ReviewStatus.parse(row[1]), default: 0] += n
            if let year: Int = row[2] { facets.years[String(year), default: 0] += n }
            if let month: String = row[3] { facets.months[month, default: 0] += n }
        }
        for row in try counts("""
            SELECT COALESCE(p.region_id, p.id), count(DISTINCT ip.incident_seq)
            FROM m JOIN incident_place ip ON ip.incident_seq = m.seq JOIN place p ON p.id = ip.place_id GROUP BY 1
            """) {
            facets.regions[Place.ID(row[0] as String)] = row[1]
        }
        for row in try counts("""
            SELECT code, article, count(DISTINCT ip.incident_seq)
            FROM m JOIN incident_provision ip ON ip.incident_seq = m.seq GROUP BY 1, 2
            """) {
            let ref = LegalProvisionRef(code: try LegalCode.parse(row[0]), article: row[1])
            facets.provisions[ProvisionKey(ref)] = row[2]
        }
        for row in try counts("""
            SELECT ip.person_id, count(*) FROM m JOIN incident_person ip ON ip.incident_seq = m.seq
            JOIN person p ON p.id = ip.person_id WHERE p.confidentiality <= ? GROUP BY 1
            """, [viewer.level.rank]) {
            facets.persons[Person.ID(row[0] as String)] = row[1]
        }
        for row in try counts("""
            SELECT io.organization_id, count(*) FROM m JOIN incident_organization io ON io.incident_seq = m.seq
            JOIN organization o ON o.id = io.organization_id WHERE o.confidentiality <= ? GROUP BY 1
            """, [viewer.level.rank]) {
            facets.organizations[Organization.ID(row[0] as String)] = row[1]
        }
        return facets
    }

    /// Keys of a page in date order, newest first, ties by identifier. Keys are in date order
    /// already, so the index hands over the first rows; only the last day on the page is fetched
    /// whole and sorted by identifier.
    /// `more` tells whether matches go on past the page. Unless `inOrder`, the keys are those of the
    /// page but not in its order (for counting them).
    static func newestFirst(_ filter: IncidentFilter, offset: Int, limit: Int, inOrder: Bool = true,
                            in db: Database) throws -> (keys: [Int64], more: Bool) {
        guard limit > 0 else { return ([], false) }
        let needed = offset.addingReportingOverflow(limit)
        let wanted = needed.overflow ? Int.max : needed.partialValue
        // One row past the page tells whether the page ends between two days.
        var keys = try Int64.fetchAll(db, sql: "SELECT \(filter.key) \(filter.from) ORDER BY \(filter.key) DESC LIMIT ?",
                                      arguments: filter.arguments + [wanted == Int.max ? wanted : wanted + 1])
        let more = keys.count > wanted
        if more, let last = keys.dropLast().last, IncidentKey.day(of: last) == IncidentKey.day(of: keys.last!) {
            let day = IncidentKey.range(ofDay: IncidentKey.day(of: last))
            let sameDay = try Int64.fetchAll(db, sql: "SELECT \(filter.key) \(filter.from) AND \(filter.key) BETWEEN ? AND ? ",
                                             arguments: filter.arguments + [day.lowerBound, day.upperBound])
            keys = Array(Set(keys + sameDay))
        }
        return (try page(keys, offset: offset, limit: limit, inOrder: inOrder, in: db), more)
    }

    /// The total and the keys of a page, newest first, from one pass over a full-text match: the
    /// index hands its matches over newest first, so the pass counts them all and keeps the first
    /// `offset + limit` and the rest of the day the page ends in. Counting and paging separately
    /// would look the words up twice, and a prefix's matches are gathered in full each time.
    /// With a `countLimit`, the pass stops once it has the page and has counted past the limit.
    static func newestFirstCounting(_ filter: IncidentFilter, offset: Int, limit: Int, countLimit: Int?,
                                    in db: Database) throws -> (total: Int, capped: Bool, keys: [Int64]) {
        let cap = countLimit ?? Int.max
        let needed = offset.addingReportingOverflow(limit)
        let wanted = limit > 0 ? (needed.overflow ? Int.max : needed.partialValue) : 0
        let statement = try db.makeStatement(sql: "SELECT \(filter.key) \(filter.from) ORDER BY \(filter.key) DESC")
        try statement.setArguments(filter.arguments)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        var total = 0
        var keys: [Int64] = []
        var lastDay: Int64?
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: sqlite3_extended_errcode(db.sqliteConnection)),
                                    message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
            }
            total += 1
            let key = sqlite3_column_int64(handle, 0)
            if keys.count < wanted {
                keys.append(key)
                if keys.count == wanted { lastDay = IncidentKey.day(of: key) }
            } else if let lastDay, IncidentKey.day(of: key) == lastDay {
                keys.append(key)
            } else if total > cap {
                break
            }
        }
        let capped = total > cap
        return (capped ? cap : total, capped, try page(keys, offset: offset, limit: limit, in: db))
    }

    /// Keys (every key of each day they reach into) put in date order, newest first, ties by
    /// identifier, and cut to a page. Only the days the page reaches into are sorted by identifier:
    /// days before it are counted, and a crowded day (every year-only date shares the year's last
    /// day) reads its identifiers by key range rather than through a list of thousands of keys.
    private static func page(_ keys: [Int64], offset: Int, limit: Int, inOrder: Bool = true, in db: Database) throws -> [Int64] {
        guard !keys.isEmpty, limit > 0 else { return [] }
        let sorted = keys.sorted(by: >)
        var days: [ArraySlice<Int64>] = []  // the days the page reaches into, newest first
        var skipped = 0                      // keys on the days before them
        var reached = 0                      // keys up to the end of the last day taken
        var start = sorted.startIndex
        while start < sorted.endIndex, reached < offset + limit {
            let day = IncidentKey.day(of: sorted[start])
            let end = sorted[start...].firstIndex { IncidentKey.day(of: $0) != day } ?? sorted.endIndex
            reached += end - start
            if reached <= offset { skipped = reached } else { days.append(sorted[start..<end]) }
            start = end
        }
        guard !days.isEmpty else { return [] }
        // Out of order, only the days the page begins and ends in are sorted, to cut them where the page does.
        let sortedDays: Set<Int> = inOrder ? Set(days.indices) : [days.startIndex, days.endIndex - 1]
        var ids: [Int64: String] = [:]
        let few = sortedDays.map { days[$0] }.filter { $0.count <= crowdedDay }.flatMap { $0 }
        if !few.isEmpty {
            try identifiers(try db.makeStatement(sql: "SELECT seq, id FROM incident WHERE seq IN (\(few.map(String.init).joined(separator: ",")))"),
                            keeping: nil, into: &ids)
        }
        for day in sortedDays.map({ days[$0] }) where day.count > crowdedDay {
            let range = IncidentKey.range(ofDay: IncidentKey.day(of: day.first!))
            let statement = try db.cachedStatement(sql: "SELECT seq, id FROM incident WHERE seq BETWEEN ? AND ?")
            try statement.setArguments([range.lowerBound, range.upperBound])
            try identifiers(statement, keeping: Set(day), into: &ids)
        }
        // Each key's identifier is looked up once, not at every comparison of the sort.
        let ordered = days.indices.flatMap { n in
            sortedDays.contains(n) ? days[n].map { (ids[$0, default: ""], $0) }.sorted { $0.0 < $1.0 }.map(\.1) : Array(days[n])
        }
        return Array(ordered.dropFirst(offset - skipped).prefix(limit))
    }

    /// Reads (seq, id) rows straight off the statement into `ids`, keeping only the `keeping` keys when given.
    /// A crowded day is thousands of rows: GRDB's `Row`s copied and decoded each one generically, which cost
    /// more than the full-text search itself on a search API request that ended in such a day.
    private static func identifiers(_ statement: Statement, keeping wanted: Set<Int64>?, into ids: inout [Int64: String]) throws {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                let connection = sqlite3_db_handle(handle)
                throw DatabaseError(resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
                                    message: String(cString: sqlite3_errmsg(connection)), sql: statement.sql)
            }
            let key = sqlite3_column_int64(handle, 0)
            if let wanted, !wanted.contains(key) { continue }
            guard let text = sqlite3_column_text(handle, 1) else { continue }
            ids[key] = String(cString: text)
        }
    }

    /// More keys on one day than this are looked up by the day's key range.
    static let crowdedDay = 256

    /// Keys of a page in date order, oldest first (by the earliest day the date can mean), undated last.
    static func oldestFirst(_ filter: IncidentFilter, offset: Int, limit: Int, in db: Database) throws -> [Int64] {
        try Int64.fetchAll(db, sql: """
            SELECT seq FROM incident WHERE seq IN (SELECT \(filter.key) \(filter.from))
            ORDER BY earliest_day IS NULL, earliest_day, id LIMIT ? OFFSET ?
            """, arguments: filter.arguments + [limit, offset])
    }

    /// The incidents with these keys, in the order given.
    static func incidents(_ keys: [Int64], in db: Database) throws -> [Incident] {
        guard !keys.isEmpty else { return [] }
        var bodies: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT i.seq, r.body FROM incident i JOIN revision r ON r.seq = i.revision_seq
            WHERE i.seq IN (\(keys.map(String.init).joined(separator: ",")))
            """) {
            bodies[row[0]] = row[1]
        }
        return try keys.compactMap { key in try bodies[key].map { try IncidentJSON.decode($0) } }
    }
}

/// An incident query as SQL: a full-text expression over the folded words and facet tokens, a
/// key range for the dates, and the one condition the index cannot answer alone.
struct IncidentFilter {
    /// `FROM … WHERE …`, selecting `key`.
    var from: String
    var key: String
    var arguments: StatementArguments
    /// Whether the filter runs on the full-text index (rather than the incident table's keys).
    var isFullText: Bool { key == "rowid" }

    /// The filter for a query, or `nil` when nothing can match (a person above the viewer's clearance, say).
    /// With a status tally, a status filter is written as the statuses left out when they are fewer.
    init?(_ query: IncidentQuery, viewer: Clearance, statuses tally: StatusTally? = nil, in db: Database) throws {
        var clauses: [String] = []
        func anyOf(_ tokens: [String]) -> String { "facets : (\(tokens.sorted().joined(separator: " OR ")))" }

        var levels = viewer.visibleLevels
        if !query.confidentialities.isEmpty { levels = levels.filter(query.confidentialities.contains) }
        if levels.isEmpty { return nil }
        let hiddenLevels = Confidentiality.allCases.filter { !levels.contains($0) }
        // Tokens no match may hold: the levels the viewer may not see, and perhaps the statuses not asked for.
        var excluded = hiddenLevels.map(FacetToken.confidentiality)
        var excludesStatuses = false
        let otherStatuses = ReviewStatus.allCases.filter { !query.statuses.contains($0) }
        if !query.statuses.isEmpty, !otherStatuses.isEmpty {
            let counts = try tally?.counts(in: db)
            func total(_ statuses: some Sequence<ReviewStatus>) -> Int { statuses.reduce(0) { $0 + (counts?[$1] ?? 0) } }
            if counts != nil, total(otherStatuses) < total(query.statuses) {
                excluded += otherStatuses.map(FacetToken.status)
                excludesStatuses = true
            } else {
                clauses.append(anyOf(query.statuses.map(FacetToken.status)))
            }
        }
        if !query.eventTypes.isEmpty { clauses.append(anyOf(query.eventTypes.map(FacetToken.eventType))) }
        if !query.placeIDs.isEmpty { clauses.append(anyOf(query.placeIDs.map(FacetToken.place))) }
        if !query.regionIDs.isEmpty { clauses.append(anyOf(query.regionIDs.map(FacetToken.region))) }
        if !query.provisionKeys.isEmpty { clauses.append(anyOf(query.provisionKeys.map(FacetToken.provision))) }

        /// Links count only to records the viewer may see.
        func visible(_ table: String, _ ids: [String]) throws -> [String] {
            try String.fetchAll(db, sql: """
                SELECT id FROM \(table) WHERE confidentiality <= ? AND id IN (\(ids.map { _ in "?" }.joined(separator: ",")))
                """, arguments: StatementArguments([viewer.level.rank]) + StatementArguments(ids))
        }
        if !query.personIDs.isEmpty {
            let ids = try visible("person", query.personIDs.map(\.rawValue))
            if ids.isEmpty { return nil }
            clauses.append(anyOf(ids.map { FacetToken.person(Person.ID($0)) }))
        }
        if !query.organizationIDs.isEmpty {
            let ids = try visible("organization", query.organizationIDs.map(\.rawValue))
            if ids.isEmpty { return nil }
            clauses.append(anyOf(ids.map { FacetToken.organization(Organization.ID($0)) }))
        }
        if let source = query.sourceID {
            if try visible("source", [source.rawValue]).isEmpty { return nil }
            clauses.append(anyOf([FacetToken.source(source)]))
        }

        // Each word, as the terms it begins (or as a prefix when it begins too many), in a column the viewer may read.
        var columns = ["summary", "public_text"]
        if viewer != .anonymous { columns.append("notes") }
        if viewer.allows(.restricted) { columns.append("restricted_text") }
        if viewer.allows(.confidential) { columns.append("confidential_text") }
        for word in query.searchWords {
            let terms: String
            if let expansion = try SearchVocabulary.expansion(of: word, in: db) {
                if expansion.isEmpty { return nil }
                terms = "(" + expansion.map { "\"\($0)\"" }.joined(separator: " OR ") + ")"
            } else {
                terms = "\"\(word)\" *"
            }
            clauses.append("{\(columns.joined(separator: " "))} : \(terms)")
        }

        // Dates: an incident counts when its date overlaps [from, to]. Keys order by the latest day,
        // and a date spans at most a year, so the range narrows the keys and the earliest day is
        // checked only for incidents that end after `to`.
        var lower = IncidentKey.range(ofDay: 0).lowerBound
        var upper = Int64.max
        var residual: (Int64, String)?
        if let from = query.from {
            let day = try IncidentQuery.day(from, latest: false)
            lower = IncidentKey.range(ofDay: IncidentKey.dayNumber(day)).lowerBound
        }
        if let to = query.to {
            let day = try IncidentQuery.day(to, latest: true)
            let number = IncidentKey.dayNumber(day)
            lower = max(lower, IncidentKey.range(ofDay: 1).lowerBound)
            upper = IncidentKey.range(ofDay: number + 366).upperBound
            residual = (IncidentKey.range(ofDay: number).upperBound, day)
        }
        if query.from != nil { lower = max(lower, IncidentKey.range(ofDay: 1).lowerBound) }

        // Levels the viewer may not see are few: excluding them is cheaper than requiring the rest,
        // when there is anything to exclude them from (else the visible levels are what is required).
        var match = clauses.joined(separator: " AND ")
        if !excluded.isEmpty {
            if clauses.isEmpty, !excludesStatuses {
                match = anyOf(levels.map(FacetToken.confidentiality))
            } else {
                let required = clauses.isEmpty ? anyOf(levels.map(FacetToken.confidentiality)) : match
                match = "(\(required)) NOT \(anyOf(excluded))"
            }
        }

        if match.isEmpty {
            key = "seq"
            from = "FROM incident WHERE seq BETWEEN ? AND ?"
            arguments = [lower, upper]
            if let (bound, day) = residual {
                from += " AND (seq <= ? OR earliest_day <= ?)"
                arguments += [bound, day]
            }
        } else {
            key = "rowid"
            from = "FROM incident_fts WHERE incident_fts MATCH ? AND rowid BETWEEN ? AND ?"
            arguments = [match, lower, upper]
            if let (bound, day) = residual {
                from += " AND (rowid <= ? OR (SELECT earliest_day FROM incident WHERE seq = incident_fts.rowid) <= ?)"
                arguments += [bound, day]
            }
        }
    }
}
