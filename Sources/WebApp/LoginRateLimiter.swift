import Foundation

/// Counts failed sign-ins per key (account name, client address) and refuses more than `limit` in a window.
actor LoginRateLimiter {
    private let limit: Int
    private let window: TimeInterval
    private var failures: [String: [Date]] = [:]
    private let clock: @Sendable () -> Date

    init(limit: Int, window: Duration, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.limit = limit
        self.window = TimeInterval(window.components.seconds)
        self.clock = clock
    }

    /// Whether another attempt under each of `keys` is allowed now.
    func allows(_ keys: [String]) -> Bool {
        let now = clock()
        return keys.allSatisfy { key in
            let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
            failures[key] = recent.isEmpty ? nil : recent
            return recent.count < limit
        }
    }

    func recordFailure(_ keys: [String]) {
        for key in keys { failures[key, default: []].append(clock()) }
    }

    func reset(_ keys: [String]) {
        for key in keys { failures[key] = nil }
    }
}
