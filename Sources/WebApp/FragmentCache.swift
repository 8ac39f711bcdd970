import Synchronization

/// Rendered HTML fragments that depend on fixed data only (the law book), by a key naming their inputs.
///
/// The standards part of an incident's legal check depends on its event type, rights and articles alone,
/// a small set of combinations, yet it is most of the check's text: rendered once per combination, it costs a
/// dictionary lookup afterwards. At `capacity` entries the table starts afresh.
final class FragmentCache: Sendable {
    private let table = Mutex<[String: String]>([:])
    let capacity: Int

    init(capacity: Int = 1_024) {
        self.capacity = capacity
    }

    func fragment(_ key: String, render: () throws -> String) rethrows -> String {
        if let html = table.withLock({ $0[key] }) { return html }
        let html = try render()
        table.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = html
        }
        return html
    }

    var count: Int { table.withLock { $0.count } }
}
