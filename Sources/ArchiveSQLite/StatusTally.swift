import CivicModel
import Foundation
import GRDB

/// How many incidents hold each review status, read from the full-text index's status tokens and kept
/// until the audit log moves (every write appends to it, in this process or another).
///
/// A status filter is written into a search whichever way reads less: "verified" as itself, or as "not
/// proposed and not rejected". In a working archive nearly every incident is verified, so the token
/// for it is as long as the archive; visitors, who see verified incidents only, then paid for reading
/// it on every search (at 1M incidents, 13 ms to count a person's 400 incidents instead of 1 ms).
final class StatusTally: @unchecked Sendable {
    private let lock = NSLock()
    private var marker: Int64?
    private var counts: [ReviewStatus: Int] = [:]

    /// The counts as of the archive's current change marker, counted again when it has moved.
    func counts(in db: Database) throws -> [ReviewStatus: Int] {
        // Asked on every status-filtered search: a compiled statement, and one B-tree step to the newest entry.
        let current = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(seq) FROM audit_log")) ?? 0
        if let known = lock.withLock({ marker == current ? counts : nil }) { return known }
        var fresh: [ReviewStatus: Int] = [:]
        for status in ReviewStatus.allCases {
            fresh[status] = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM incident_fts WHERE incident_fts MATCH ?"),
                                             arguments: ["facets : \(FacetToken.status(status))"]) ?? 0
        }
        lock.withLock {
            marker = current
            counts = fresh
        }
        return fresh
    }
}
