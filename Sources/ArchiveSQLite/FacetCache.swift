import Archive
import Foundation

/// Facet counts already computed for the archive as it stands. The list page and the dashboard ask
/// for the same counts on every request, and over a big match set (the whole archive, say) the
/// counts read every matching link row; they change only when something is written.
///
/// Entries hold for one archive state, named by the newest audit entry: every write, from any
/// process, appends one in its transaction, so a newer entry means the counts may have changed and
/// the cache starts afresh. Counts stay exact; only a repeat of the same search at the same state is
/// answered from memory. The number of entries is capped, so memory stays bounded.
final class FacetCache: @unchecked Sendable {
    struct Key: Hashable {
        var query: IncidentQuery
        var viewer: Clearance

        /// Sorting and paging do not change the counts: pages of one search share an entry.
        init(_ query: IncidentQuery, viewer: Clearance) {
            var query = query
            query.sort = .dateDescending
            query.limit = 0
            query.offset = 0
            self.query = query
            self.viewer = viewer
        }
    }

    private let lock = NSLock()
    private var state: Int64 = -1
    private var entries: [Key: IncidentFacets] = [:]
    let capacity: Int

    init(capacity: Int = 256) {
        self.capacity = capacity
    }

    /// The counts stored for `key` at archive state `state`, if any.
    func counts(for key: Key, at state: Int64) -> IncidentFacets? {
        lock.withLock { self.state == state ? entries[key] : nil }
    }

    /// Remembers counts computed at archive state `state`; counts of an older state than the one
    /// held are dropped, a newer state replaces everything held.
    func store(_ facets: IncidentFacets, for key: Key, at state: Int64) {
        lock.withLock {
            if state > self.state {
                self.state = state
                entries.removeAll(keepingCapacity: true)
            }
            guard state == self.state else { return }
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = facets
        }
    }
}
