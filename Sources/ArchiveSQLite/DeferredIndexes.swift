import GRDB

/// The secondary indexes a bulk load of new incidents writes into, dropped before a load bigger
/// than the archive and built again, each in one sorted pass, after it.
///
/// Inserting a million rows in key order into an index ordered by something else touches pages all
/// over it; sorting the finished table once is cheaper. The indexes are created again from the SQL
/// `sqlite_master` holds for them, so the migrations stay their only definition. Unique
/// constraints' own indexes are not touched: they are what reports an identifier used twice.
struct DeferredIndexes {
    /// The tables a bulk load of incidents writes.
    static let tables = ["revision", "incident_person", "incident_organization", "incident_place",
                         "incident_provision", "incident_passage", "audit_log"]

    private let definitions: [(name: String, sql: String)]

    /// Drops the tables' declared indexes, remembering how they were made.
    static func drop(in db: Database) throws -> DeferredIndexes {
        let marks = tables.map { _ in "?" }.joined(separator: ",")
        let rows = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master
            WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(marks)) ORDER BY name
            """, arguments: StatementArguments(tables))
        let definitions = rows.map { (name: $0["name"] as String, sql: $0["sql"] as String) }
        for index in definitions { try db.execute(sql: "DROP INDEX \(index.name.quotedDatabaseIdentifier)") }
        return DeferredIndexes(definitions: definitions)
    }

    /// Builds the dropped indexes again.
    func rebuild(in db: Database) throws {
        for index in definitions { try db.execute(sql: index.sql) }
    }
}
