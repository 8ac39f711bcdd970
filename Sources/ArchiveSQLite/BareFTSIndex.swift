import Foundation
import GRDB

/// A bare FTS5 table with the archive's tokenizer and nothing else: the floor a full-text query
/// on the archive is measured against in `kuzet bench archive`.
public final class BareFTSIndex: Sendable {
    private let queue: DatabaseQueue

    /// Creates the table in a fresh file at `path`.
    public init(path: String) throws {
        var config = Configuration()
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536") }
        queue = try DatabaseQueue(path: path, configuration: config)
        try queue.write { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE IF NOT EXISTS bare USING fts5(text,
                    tokenize = 'unicode61 remove_diacritics 2', detail = 'column', columnsize = 0)
                """)
        }
    }

    /// Adds documents (row number, text) in one transaction.
    public func insert(_ documents: [(Int64, String)]) throws {
        try queue.write { db in
            let statement = try db.makeStatement(sql: "INSERT INTO bare (rowid, text) VALUES (?, ?)")
            for (rowid, text) in documents { try statement.execute(arguments: [rowid, text]) }
        }
    }

    /// What a bare full-text page costs: how many documents hold every word as a prefix, and the
    /// first `limit` of them in row order.
    public func search(words: [String], limit: Int) throws -> (total: Int, rows: [Int64]) {
        let match = words.map { "\"\($0)\" *" }.joined(separator: " AND ")
        return try queue.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM bare WHERE bare MATCH ?", arguments: [match]) ?? 0
            let rows = try Int64.fetchAll(db, sql: "SELECT rowid FROM bare WHERE bare MATCH ? ORDER BY rowid DESC LIMIT ?", arguments: [match, limit])
            return (total, rows)
        }
    }
}
