/// Entries that remember when each was last used. Past its capacity the caller drops the less recently
/// used half: one sort per `capacity / 2` insertions, so a full table stays cheap. `ArchiveCache` keeps
/// its facet counts, records, sources and pages in these.
struct RecencyTable<Key: Hashable, Value> {
    private var entries: [Key: (value: Value, used: UInt64)] = [:]
    private var tick: UInt64 = 0

    var count: Int { entries.count }

    /// The value at `key`, marked as just used.
    mutating func value(at key: Key) -> Value? {
        guard entries[key] != nil else { return nil }
        tick += 1
        entries[key]!.used = tick
        return entries[key]!.value
    }

    /// Puts `value` at `key`; returns the value it replaced.
    @discardableResult
    mutating func set(_ value: Value, at key: Key) -> Value? {
        tick += 1
        return entries.updateValue((value, tick), forKey: key)?.value
    }

    @discardableResult
    mutating func remove(at key: Key) -> Value? { entries.removeValue(forKey: key)?.value }

    mutating func removeAll() { entries = [:] }

    /// Forgets the less recently used half; returns what it forgot.
    @discardableResult
    mutating func dropOlderHalf() -> [Value] {
        let oldest = entries.map { ($0.key, $0.value.used) }.sorted { $0.1 < $1.1 }.prefix(entries.count / 2 + 1)
        return oldest.compactMap { remove(at: $0.0) }
    }
}
