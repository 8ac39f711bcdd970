import Foundation

/// Answers already worked out for a word, shared by every reading thread: a Russian report names the same people
/// and places again and again, and each answer takes a dozen gazetteer or name-list lookups of inflected forms.
/// Keyed by the word's bytes (hashing a `String` normalises it first); bounded, so memory stays flat.
final class WordMemo<Value: Sendable>: @unchecked Sendable {
    private var table: [[UInt8]: Value?] = [:]
    private let lock = NSLock()
    private let limit: Int

    init(limit: Int = 20_000) { self.limit = limit }

    func value(for word: String, _ work: () -> Value?) -> Value? {
        let key = Array(word.utf8)
        if let known = lock.withLock({ table[key] }) { return known }
        let found = work()
        lock.withLock {
            if table.count >= limit { table.removeAll(keepingCapacity: true) }
            table[key] = .some(found)
        }
        return found
    }
}
