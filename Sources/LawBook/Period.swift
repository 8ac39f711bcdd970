/// The days an act, a code or an article version applies: from its first day to its last, either end open.
public struct Period: Codable, Hashable, Sendable, CustomStringConvertible {
    public var from: CalendarDay?
    public var until: CalendarDay?

    public init(from: CalendarDay?, until: CalendarDay?) {
        self.from = from
        self.until = until
    }

    public func contains(_ day: CalendarDay) -> Bool {
        if let from, day < from { return false }
        if let until, day > until { return false }
        return true
    }

    /// "1995-03-17 – 2020-05-24", "from 2020-05-25".
    public var description: String {
        switch (from, until) {
        case let (f?, u?): "\(f) – \(u)"
        case let (f?, nil): "from \(f)"
        case let (nil, u?): "until \(u)"
        default: "always"
        }
    }
}
