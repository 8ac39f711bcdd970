import Archive
import CivicModel
import Foundation
import PostgresNIO

/// The archive on PostgreSQL, for teams that share one: a connection pool over postgres-nio, versioned migrations,
/// full-text search with prefix `tsquery`s over per-clearance `tsvector`s, foreign keys for referential integrity,
/// and row locks for the revision-number conflict check. Behaves exactly like `MemoryArchive`.
public final class PostgresArchive: Archive {
    public let location: PostgresLocation
    let client: PostgresClient
    private let runner: Task<Void, Never>
    let logger: Logger
    let searchPlan: SearchPlan

    /// When a search's page is read by walking the date index rather than gathering every match (see
    /// `searchedIncidents`).
    struct SearchPlan: Sendable {
        /// Up to this many matches are gathered and sorted; above it, the page is walked. Gathering reads one row
        /// per match, a walk about one row per (page end × incidents ÷ matches), so each way reads few rows where
        /// it is chosen.
        var walkThreshold = 10_000
        /// Rows a walk may read per incident it should find, before it gives up and the matches are gathered.
        var walkRowsPerIncident = 200
        /// Facets of a capped search gather up to this many matches through the search index (about 1.3 µs each)
        /// before they walk the date index for the newest instead (about 5 µs per row passed, as it reads each
        /// row's search vector): past it, matches are thick enough for the walk to pass few rows.
        var facetGatherLimit = 200_000
    }

    /// Connects to the database a `postgres://` URL names and brings its schema up to date.
    public convenience init(url: String) async throws {
        try await self.init(url: url, searchPlan: SearchPlan())
    }

    init(url: String, searchPlan: SearchPlan) async throws {
        self.searchPlan = searchPlan
        location = try PostgresLocation(url: url)
        try await location.probe()
        var logger = Logger(label: "kuzet.archive.postgres")
        logger.logLevel = .critical
        self.logger = logger
        let client = PostgresClient(configuration: location.clientConfiguration, backgroundLogger: logger)
        self.client = client
        runner = Task { await client.run() }
        do {
            try await migrate()
        } catch {
            runner.cancel()
            throw Self.archiveError(error, context: "cannot open \(location.description)")
        }
    }

    /// Closes the pool's connections. The archive cannot be used afterwards.
    public func shutdown() async {
        runner.cancel()
        _ = await runner.value
    }

    deinit { runner.cancel() }

    // MARK: Schema

    /// Applies the migrations the database has not seen, one transaction, serialised by an advisory lock.
    func migrate() async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(7152300101)", logger: self.logger)
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
                """, logger: self.logger)
            var applied = Set<Int>()
            for try await version in try await connection.query("SELECT version FROM schema_migrations", logger: self.logger).decode(Int.self) {
                applied.insert(version)
            }
            for migration in PostgresMigrations.all where !applied.contains(migration.version) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: self.logger)
                }
                if migration.rebuildsSearch {
                    var session = WriteSession(connection: connection, editor: .system, now: Date(), logger: self.logger)
                    session.keepsVocabulary = migration.version > PostgresMigrations.vocabularyVersion
                    try await session.rebuildSearch()
                }
                try await connection.query(
                    "INSERT INTO schema_migrations (version, name) VALUES (\(migration.version), \(migration.name))", logger: self.logger)
            }
        }
    }

    /// The versions of the applied migrations, in order.
    public func schemaVersions() async throws -> [Int] {
        try await reading {
            try await self.client.query("SELECT version FROM schema_migrations ORDER BY version").collect(Int.self)
        }
    }

    // MARK: Reading

    public func fetch<R: ArchiveRecord>(_ type: R.Type, id: R.ID, as viewer: Clearance) async throws -> R? {
        try await reading {
            var sql = SQLBuilder()
            sql.append("SELECT body FROM \(RecordColumns.table(R.recordKind)) WHERE id = \(try sql.bind(id.rawValue))")
            if RecordColumns.hasConfidentiality(R.recordKind) {
                sql.append(" AND confidentiality <= \(try sql.bind(RecordColumns.rank(viewer.level)))")
            }
            guard let body = try await self.client.query(sql.query).collect(String.self).first else { return nil }
            let record = try RecordCoding.decode(R.self, from: body)
            if let incident = record as? Incident {
                return try await self.redact([incident], for: viewer).first as? R
            }
            return record
        }
    }

    public func list<R: ArchiveRecord>(_ type: R.Type, matching text: String?, as viewer: Clearance,
                                       limit: Int, offset: Int) async throws -> [R] {
        try await reading {
            var sql = SQLBuilder()
            sql.append("SELECT body FROM \(RecordColumns.table(R.recordKind)) WHERE true")
            if RecordColumns.hasConfidentiality(R.recordKind) {
                sql.append(" AND confidentiality <= \(try sql.bind(RecordColumns.rank(viewer.level)))")
            }
            let words = SearchText.words(text ?? "")
            if !words.isEmpty {
                sql.append(" AND names @@ \(try sql.bind(RecordColumns.prefixQuery(words)))::tsquery")
            }
            sql.append(" ORDER BY sort_name, id LIMIT \(try sql.bind(max(0, limit))) OFFSET \(try sql.bind(max(0, offset)))")
            let records = try await self.client.query(sql.query).collect(String.self).map { try RecordCoding.decode(R.self, from: $0) }
            if R.recordKind == .incident {
                return try await self.redact(records.map { $0 as! Incident }, for: viewer).map { $0 as! R }
            }
            return records
        }
    }

    public func count<R: ArchiveRecord>(_ type: R.Type, as viewer: Clearance) async throws -> Int {
        try await reading {
            var sql = SQLBuilder()
            sql.append("SELECT count(*) FROM \(RecordColumns.table(R.recordKind))")
            if RecordColumns.hasConfidentiality(R.recordKind) {
                sql.append(" WHERE confidentiality <= \(try sql.bind(RecordColumns.rank(viewer.level)))")
            }
            return try await self.client.query(sql.query).collect(Int.self).first ?? 0
        }
    }

    public func incidents(matching query: IncidentQuery, as viewer: Clearance) async throws -> IncidentPage {
        if !query.searchWords.isEmpty { return try await searchedIncidents(matching: query, as: viewer) }
        return try await reading {
            let total = try await self.count(query, viewer: viewer)

            var page = SQLBuilder()
            page.append("SELECT i.body FROM incidents i WHERE ")
            try IncidentFilter.append(query, viewer: viewer, to: &page)
            switch query.sort {
            case .dateAscending: page.append(" ORDER BY \(Self.dateKey(query.sort)), i.id")
            case .dateDescending: page.append(" ORDER BY \(Self.dateKey(query.sort)) DESC, i.id")
            }
            page.append(" LIMIT \(try page.bind(max(0, query.limit))) OFFSET \(try page.bind(max(0, query.offset)))")
            let incidents = try await self.client.query(page.query).collect(String.self).map { try RecordCoding.decode(Incident.self, from: $0) }
            return IncidentPage.capped(try await self.redact(incidents, for: viewer), total: total, by: query)
        }
    }

    /// A full-text search. The matches are gathered through the search index, counted and sorted in one pass, so
    /// the planner never walks the date index hoping to meet rare matches. With a count limit, at most
    /// `SearchPlan.walkThreshold` of them are gathered; beyond that the page is read by walking the date index and
    /// the matches are counted on their own (unless the limit is reached already), so that a hundred thousand
    /// matches are never sorted to show fifty. An exact count reads every match anyway, and sorting them adds little.
    private func searchedIncidents(matching query: IncidentQuery, as viewer: Clearance) async throws -> IncidentPage {
        try await reading {
            let expansions = try await self.expansions(of: query.searchWords)
            guard let cap = query.countLimit, cap < Int.max else {
                let (all, total) = try await self.gatheredPage(query, viewer: viewer, expansions: expansions, atMost: nil)
                return IncidentPage(incidents: try await self.redact(all, for: viewer), total: total)
            }
            let probe = min(cap, self.searchPlan.walkThreshold)
            let (gathered, seen) = try await self.gatheredPage(query, viewer: viewer, expansions: expansions, atMost: probe)
            if seen <= probe { return IncidentPage.capped(try await self.redact(gathered, for: viewer), total: seen, by: query) }

            // The gathering stopped one past the count limit, or the matches are counted on their own.
            let total = cap < seen ? seen : try await self.count(query, viewer: viewer, expansions: expansions)
            if let walked = try await self.walkedPage(query, viewer: viewer, expansions: expansions, exactTotal: total <= cap ? total : nil) {
                return IncidentPage.capped(try await self.redact(walked, for: viewer), total: total, by: query)
            }
            let (all, _) = try await self.gatheredPage(query, viewer: viewer, expansions: expansions, atMost: nil)
            return IncidentPage.capped(try await self.redact(all, for: viewer), total: total, by: query)
        }
    }

    /// How many incidents match, counting at most the count limit and one.
    private func count(_ query: IncidentQuery, viewer: Clearance, expansions: [String: [String]] = [:]) async throws -> Int {
        var count = SQLBuilder()
        count.append("SELECT count(*) FROM (SELECT 1 FROM incidents i WHERE ")
        try IncidentFilter.append(query, viewer: viewer, expansions: expansions, to: &count)
        if let cap = query.countLimit, cap < Int.max { count.append(" LIMIT \(try count.bind(cap + 1))") }
        count.append(") c")
        return try await client.query(count.query).collect(Int.self).first ?? 0
    }

    /// The day incidents sort by, as the date indexes hold it: the latest day a date can mean, newest first,
    /// undated last; oldest first by the earliest day.
    static func dateKey(_ sort: IncidentQuery.Sort) -> String {
        sort == .dateAscending ? "COALESCE(i.earliest_day, '9999')" : "COALESCE(i.latest_day, '0000')"
    }

    /// The page read in date order from the date index, each row tested against the search: at most
    /// `SearchPlan.walkRowsPerIncident` rows per incident up to the end of the page. Nil when those rows did not hold the
    /// page (the matches lie further back), and the caller gathers instead.
    private func walkedPage(_ query: IncidentQuery, viewer: Clearance, expansions: [String: [String]],
                            exactTotal: Int?) async throws -> [Incident]? {
        let limit = max(0, query.limit), offset = max(0, query.offset)
        guard limit > 0 else { return [] }
        let ascending = query.sort == .dateAscending
        let key = Self.dateKey(query.sort)
        let order = ascending ? "\(key), i.id" : "\(key) DESC, i.id"
        var sql = SQLBuilder()
        let rows = try sql.bind((offset + limit) * searchPlan.walkRowsPerIncident)
        // The date the budget of rows reaches back to bounds the walk; past it the rows are not read. The test is
        // wrapped (IS TRUE) so that the planner reads the date index rather than the search index.
        let bound = "(SELECT \(key) FROM incidents i ORDER BY \(order) OFFSET \(rows) LIMIT 1)"
        sql.append("SELECT i.body FROM incidents i WHERE \(key) \(ascending ? "<=" : ">=") COALESCE(\(bound), \(ascending ? "chr(1114111)" : "''"))")
        sql.append(" AND (")
        try IncidentFilter.append(query, viewer: viewer, expansions: expansions, to: &sql)
        sql.append(") IS TRUE ORDER BY \(order) LIMIT \(try sql.bind(limit)) OFFSET \(try sql.bind(offset))")
        let bodies = try await client.query(sql.query).collect(String.self)
        // A full page, or every match up to an exactly counted end.
        guard bodies.count == limit || exactTotal.map({ bodies.count == max(0, $0 - offset) }) == true else { return nil }
        return try bodies.map { try RecordCoding.decode(Incident.self, from: $0) }
    }

    /// The matches found through the search index (at most `atMost` and one), sorted, and the page of them; with
    /// their count (up to `atMost` and one, or else up to the count limit and one).
    private func gatheredPage(_ query: IncidentQuery, viewer: Clearance, expansions: [String: [String]],
                              atMost: Int?) async throws -> ([Incident], Int) {
        var sql = SQLBuilder()
        let order = query.sort == .dateAscending ? "m.k, m.id" : "m.k DESC, m.id"
        sql.append("WITH m AS MATERIALIZED (SELECT i.id, \(Self.dateKey(query.sort)) AS k FROM incidents i WHERE ")
        try IncidentFilter.append(query, viewer: viewer, expansions: expansions, to: &sql)
        if let atMost { sql.append(" LIMIT \(try sql.bind(atMost + 1))") }
        sql.append("), page AS (SELECT m.id, m.k FROM m ORDER BY \(order)")
        sql.append(" LIMIT \(try sql.bind(max(0, query.limit))) OFFSET \(try sql.bind(max(0, query.offset))))")
        var counted = "m"
        if atMost == nil, let cap = query.countLimit, cap < Int.max { counted = "(SELECT 1 FROM m LIMIT \(try sql.bind(cap + 1))) c" }
        sql.append(" SELECT (SELECT count(*) FROM \(counted)), i.body FROM (SELECT 1) one LEFT JOIN page m ON true")
        sql.append(" LEFT JOIN incidents i ON i.id = m.id ORDER BY \(order)")
        var total = 0
        var incidents: [Incident] = []
        for try await (count, body) in try await client.query(sql.query).decode((Int, String?).self) {
            total = count
            if let body { incidents.append(try RecordCoding.decode(Incident.self, from: body)) }
        }
        return (incidents, total)
    }

    public func facets(matching query: IncidentQuery, as viewer: Clearance) async throws -> IncidentFacets {
        try await reading {
            let expansions = try await self.expansions(of: query.searchWords)
            var sql = SQLBuilder()
            let level = try sql.bind(RecordColumns.rank(viewer.level))
            let cap = query.countLimit.flatMap { $0 < Int.max ? $0 : nil }
            let columns = "i.id, i.event_type, i.status, i.year, i.month, COALESCE(i.latest_day, '0000') AS k"
            // The links of the counted incidents: looked up through the link tables' indexes for a sample of at most
            // `cap` (a hash of the whole link table costs more than 10,000 lookups), joined as sets for all matches.
            let links: (String) -> String = cap == nil ? { "JOIN m ON m.id = \($0).incident_id" }
                                                       : { "WHERE \($0).incident_id = ANY(array(SELECT id FROM m))" }
            if let cap {
                // The newest `cap` matches. They are gathered through the search index and sorted, unless there are
                // more than `SearchPlan.facetGatherLimit`: then they lie thick among the newest incidents, and walking
                // the date index finds them quickly. Gathering reads one row per match; the walk tests each row it
                // passes, and reads its search vector to do so.
                let gather = max(cap, searchPlan.facetGatherLimit)
                sql.append("WITH g AS MATERIALIZED (SELECT \(columns) FROM incidents i WHERE ")
                try IncidentFilter.append(query, viewer: viewer, expansions: expansions, to: &sql)
                sql.append(" LIMIT \(try sql.bind(gather + 1))), dense AS MATERIALIZED (SELECT count(*) > \(try sql.bind(gather)) AS d FROM g),")
                sql.append(" m1 AS MATERIALIZED ((SELECT * FROM g WHERE NOT (SELECT d FROM dense) ORDER BY k DESC, id LIMIT \(try sql.bind(cap + 1)))")
                sql.append(" UNION ALL (SELECT \(columns) FROM incidents i WHERE (SELECT d FROM dense) AND (")
                try IncidentFilter.append(query, viewer: viewer, expansions: expansions, to: &sql)
                sql.append(") IS TRUE ORDER BY k DESC, i.id LIMIT \(try sql.bind(cap + 1)))),")
                sql.append(" m AS MATERIALIZED (SELECT * FROM m1 ORDER BY k DESC, id LIMIT \(try sql.bind(cap)))")
            } else {
                sql.append("WITH m1 AS MATERIALIZED (SELECT \(columns) FROM incidents i WHERE ")
                try IncidentFilter.append(query, viewer: viewer, expansions: expansions, to: &sql)
                sql.append("), m AS (SELECT * FROM m1)")
            }
            sql.append("""

                SELECT 'matched', '', count(*) FROM m1
                UNION ALL SELECT 'total', '', count(*) FROM m
                UNION ALL SELECT 'event', event_type, count(*) FROM m GROUP BY event_type
                UNION ALL SELECT 'status', status, count(*) FROM m GROUP BY status
                UNION ALL SELECT 'year', year, count(*) FROM m WHERE year IS NOT NULL GROUP BY year
                UNION ALL SELECT 'month', month, count(*) FROM m WHERE month IS NOT NULL GROUP BY month
                UNION ALL SELECT 'region', COALESCE(p.region_id, p.id), count(DISTINCT ip.incident_id) FROM incident_places ip
                    JOIN places p ON p.id = ip.place_id \(links("ip")) GROUP BY 2
                UNION ALL SELECT 'provision', pr.provision, count(*) FROM incident_provisions pr \(links("pr")) GROUP BY 2
                UNION ALL SELECT 'person', ip.person_id, count(*) FROM incident_persons ip
                    JOIN persons p ON p.id = ip.person_id AND p.confidentiality <= \(level) \(links("ip")) GROUP BY 2
                UNION ALL SELECT 'organization', io.organization_id, count(*) FROM incident_organizations io
                    JOIN organizations o ON o.id = io.organization_id AND o.confidentiality <= \(level) \(links("io")) GROUP BY 2
                """)
            var facets = IncidentFacets()
            for try await (facet, key, n) in try await self.client.query(sql.query).decode((String, String, Int).self) {
                switch facet {
                case "matched": facets.isSampled = cap.map { n > $0 } ?? false
                case "total": facets.total = n
                case "event": if let v = EventType(rawValue: key) { facets.eventTypes[v] = n }
                case "status": if let v = ReviewStatus(rawValue: key) { facets.statuses[v] = n }
                case "year": facets.years[key] = n
                case "month": facets.months[key] = n
                case "region": facets.regions[Place.ID(key)] = n
                case "provision": if let p = IncidentFilter.provisionKey(key) { facets.provisions[p] = n }
                case "person": facets.persons[Person.ID(key)] = n
                case "organization": facets.organizations[Organization.ID(key)] = n
                default: break
                }
            }
            return facets
        }
    }

    public func auditLog(_ query: AuditQuery) async throws -> [AuditEntry] {
        try await reading {
            var sql = SQLBuilder()
            sql.append("SELECT sequence, at, username, action, record_kind, record_id, revision, before, after FROM audit_log WHERE true")
            if let kind = query.recordKind { sql.append(" AND record_kind = \(try sql.bind(kind))") }
            if let id = query.recordID { sql.append(" AND record_id = \(try sql.bind(id))") }
            if let user = query.user { sql.append(" AND username = \(try sql.bind(user))") }
            sql.append(" ORDER BY sequence DESC LIMIT \(try sql.bind(max(0, query.limit))) OFFSET \(try sql.bind(max(0, query.offset)))")
            var entries: [AuditEntry] = []
            let rows = try await self.client.query(sql.query)
            for try await (sequence, at, user, action, kind, id, revision, before, after)
                in rows.decode((Int64, Date, String, String, String, String, Int?, String?, String?).self) {
                entries.append(AuditEntry(sequence: sequence, at: at, user: user, action: AuditEntry.Action(rawValue: action) ?? .update,
                                          recordKind: kind, recordID: id, revision: revision, before: before, after: after))
            }
            return entries
        }
    }

    public func revisions(of kind: RecordKind, id: String) async throws -> [Revision] {
        try await reading {
            let rows = try await self.client.query("""
                SELECT number, at, username, body FROM revisions WHERE record_kind = \(kind.rawValue) AND record_id = \(id) ORDER BY number
                """)
            var out: [Revision] = []
            for try await (number, at, user, body) in rows.decode((Int, Date, String, String).self) {
                out.append(Revision(recordKind: kind, recordID: id, number: number, at: at, user: user, body: body))
            }
            return out
        }
    }

    // MARK: Attachments

    public func content(sha256: String) async throws -> [UInt8]? {
        try await reading {
            try await self.client.query("SELECT bytes FROM attachment_contents WHERE sha256 = \(sha256)").collect(ByteBuffer.self)
                .first.map { Array($0.readableBytesView) }
        }
    }

    public func incidentsWithAttachments() async throws -> Set<Incident.ID> {
        try await reading {
            Set(try await self.client.query("SELECT DISTINCT incident_id FROM attachments").collect(String.self).map { Incident.ID($0) })
        }
    }

    public func attachments(of incident: Incident.ID, as viewer: Clearance) async throws -> [Attachment] {
        try await reading {
            try await self.client.query("""
                SELECT body FROM attachments WHERE incident_id = \(incident.rawValue)
                AND confidentiality <= \(RecordColumns.rank(viewer.level)) ORDER BY sort_name, id
                """).collect(String.self).map { try RecordCoding.decode(Attachment.self, from: $0) }
        }
    }

    // MARK: Users

    public func user(named name: String) async throws -> UserAccount? {
        try await reading {
            try await self.accounts(PostgresQuery(stringLiteral: "SELECT name, role, password_hash, created_at, disabled, totp_secret, recovery_codes FROM users WHERE name = $1")
                .binding(name)).first
        }
    }

    public func users() async throws -> [UserAccount] {
        try await reading {
            try await self.accounts("SELECT name, role, password_hash, created_at, disabled, totp_secret, recovery_codes FROM users ORDER BY name")
        }
    }

    private func accounts(_ query: PostgresQuery) async throws -> [UserAccount] {
        var out: [UserAccount] = []
        for try await (name, role, hash, created, disabled, secret, codes) in try await client.query(query)
            .decode((String, String, String, Date, Bool, String?, [String]).self) {
            guard let role = UserAccount.Role(rawValue: role) else { throw ArchiveError.storage("user '\(name)' has an unknown role '\(role)'") }
            out.append(UserAccount(name: name, role: role, passwordHash: hash, createdAt: created, disabled: disabled, totpSecret: secret,
                                   recoveryCodes: codes))
        }
        return out
    }

    // MARK: Redaction

    /// Strips links to records above the viewer's clearance, as `Incident.redacted` does.
    func redact(_ incidents: [Incident], for viewer: Clearance) async throws -> [Incident] {
        guard !incidents.isEmpty else { return [] }
        let level = RecordColumns.rank(viewer.level)
        var hidden = HiddenRecords()
        if viewer.level != .confidential {
            let persons = Set(incidents.flatMap { $0.persons.map(\.personID.rawValue) })
            let organizations = Set(incidents.flatMap { $0.organizations.map(\.organizationID.rawValue) })
            let sources = Set(incidents.flatMap { $0.passages.map(\.sourceID.rawValue) })
            if !(persons.isEmpty && organizations.isEmpty && sources.isEmpty) {
                // One round trip for the three kinds: a page of results is otherwise four queries.
                var sql = SQLBuilder()
                let above = try sql.bind(level)
                sql.append("SELECT 'p', id FROM persons WHERE id = ANY(\(try sql.bind(Array(persons)))::text[]) AND confidentiality > \(above)")
                sql.append(" UNION ALL SELECT 'o', id FROM organizations WHERE id = ANY(\(try sql.bind(Array(organizations)))::text[]) AND confidentiality > \(above)")
                sql.append(" UNION ALL SELECT 's', id FROM sources WHERE id = ANY(\(try sql.bind(Array(sources)))::text[]) AND confidentiality > \(above)")
                for try await (kind, id) in try await client.query(sql.query).decode((String, String).self) {
                    switch kind {
                    case "p": hidden.persons.insert(Person.ID(id))
                    case "o": hidden.organizations.insert(Organization.ID(id))
                    default: hidden.sources.insert(Source.ID(id))
                    }
                }
            }
        }
        return incidents.map { $0.redacted(for: viewer, hiding: hidden) }
    }

    /// The exact words of `search_lexemes` each typed word begins (at most `SearchText.maximumPrefixExpansion`), for
    /// `IncidentFilter`: one round trip for all the words of a search.
    func expansions(of words: [String]) async throws -> [String: [String]] {
        guard !words.isEmpty else { return [:] }
        var sql = SQLBuilder()
        let typed = try sql.bind(words)
        let limit = try sql.bind(SearchText.maximumPrefixExpansion + 1)
        // chr(1114111) is the last code point: under the "C" collation every word beginning with p sorts before p || it.
        sql.append("SELECT p, array(SELECT lexeme FROM search_lexemes WHERE lexeme >= p AND lexeme < p || chr(1114111)"
            + " ORDER BY lexeme LIMIT \(limit)) FROM unnest(\(typed)::text[]) AS p")
        var out: [String: [String]] = [:]
        for try await (word, exact) in try await client.query(sql.query).decode((String, [String]).self)
        where exact.count <= SearchText.maximumPrefixExpansion {
            out[word] = exact
        }
        return out
    }

    // MARK: Errors

    /// Runs a read, turning driver errors into one-line `ArchiveError`s.
    func reading<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            throw Self.archiveError(error, context: "PostgreSQL")
        }
    }

    /// An `ArchiveError` for any error: archive errors pass through, driver errors keep the server's message.
    static func archiveError(_ error: any Error, context: String) -> ArchiveError {
        switch error {
        case let e as ArchiveError:
            return e
        case let e as PostgresTransactionError:
            if let inner = e.closureError ?? e.commitError ?? e.beginError { return archiveError(inner, context: context) }
            return .storage("\(context): transaction failed")
        case let e as PSQLError:
            if let message = e.serverInfo?[.message] {
                return .storage("\(context): \(message)")
            }
            return .storage("\(context): \(String(describing: e.code)) \(e.underlying.map { String(describing: $0) } ?? "")")
        case let e as PostgresLocationError:
            return .storage(e.description)
        default:
            return .storage("\(context): \(error)")
        }
    }
}

extension PostgresQuery {
    /// The query with one more bound value (for queries written as plain strings with `$n` placeholders).
    func binding<T: PostgresThrowingDynamicTypeEncodable>(_ value: T) throws -> PostgresQuery {
        var copy = self
        try copy.binds.append(value)
        return copy
    }
}

extension PostgresRowSequence {
    /// Every row's single column.
    func collect<T: PostgresDecodable & Sendable>(_ type: T.Type) async throws -> [T] {
        var out: [T] = []
        for try await value in decode(T.self) { out.append(value) }
        return out
    }
}
