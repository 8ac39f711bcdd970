/// Kazakhstan's working days: weekends, public holidays, days off moved from a weekend, and decreed transfers.
///
/// Built from `calendar.yaml`; used wherever a period is counted in working days.
public struct WorkingDayCalendar: Sendable {
    /// The data file's content.
    public struct Rules: Codable, Hashable, Sendable {
        public struct Fixed: Codable, Hashable, Sendable {
            public let month: Int
            public let day: Int
            public let name: String
            public let religious: Bool?
            public let from: Int?
            public let until: Int?
        }
        public struct Movable: Codable, Hashable, Sendable {
            public let date: CalendarDay
            public let name: String
            public let religious: Bool?
        }
        /// A day off moved by decree, with the working day (often a Saturday) given in exchange.
        public struct Transfer: Codable, Hashable, Sendable {
            public let dayOff: CalendarDay
            public let workingDay: CalendarDay?
            public let decree: String
        }
        public struct Covers: Codable, Hashable, Sendable {
            public let from: Int
            public let until: Int
        }

        public let sourceNote: String
        public let source: [String]
        public let covers: Covers
        /// ISO weekdays that are days off (6, 7).
        public let weekend: [Int]
        public let fixed: [Fixed]
        public let movable: [Movable]
        public let transfers: [Transfer]
    }

    /// Why a day is not a working day.
    public enum DayOff: Hashable, Sendable {
        case weekend
        case holiday(String)
        /// A holiday fell on a weekend and was moved to this day.
        case movedHoliday(String)
        case decreedTransfer(String)
    }

    public let rules: Rules
    private let daysOff: [CalendarDay: DayOff]
    private let workingWeekendDays: Set<CalendarDay>

    public init(rules: Rules) {
        self.rules = rules
        var daysOff: [CalendarDay: DayOff] = [:]
        var working: Set<CalendarDay> = []
        let weekend = Set(rules.weekend)
        for year in rules.covers.from...rules.covers.until {
            var holidays: [(CalendarDay, String, Bool)] = []
            for f in rules.fixed where (f.from ?? Int.min) <= year && year <= (f.until ?? Int.max) {
                guard let day = try? CalendarDay(year: year, month: f.month, day: f.day) else { continue }
                holidays.append((day, f.name, f.religious ?? false))
            }
            for m in rules.movable where m.date.year == year {
                holidays.append((m.date, m.name, m.religious ?? false))
            }
            holidays.sort { $0.0 < $1.0 }
            for (day, name, _) in holidays { daysOff[day] = .holiday(name) }
            // A non-religious holiday on a weekend moves to the next day that is neither a weekend nor already off.
            for (day, name, religious) in holidays where !religious && weekend.contains(day.isoWeekday) {
                var next = day.adding(days: 1)
                while weekend.contains(next.isoWeekday) || daysOff[next] != nil { next = next.adding(days: 1) }
                daysOff[next] = .movedHoliday(name)
            }
        }
        for t in rules.transfers {
            daysOff[t.dayOff] = .decreedTransfer(t.decree)
            if let w = t.workingDay { working.insert(w) }
        }
        self.daysOff = daysOff
        self.workingWeekendDays = working
    }

    /// The years whose holidays the calendar knows.
    public var coveredYears: ClosedRange<Int> { rules.covers.from...rules.covers.until }

    /// Why the day is off, or nil for a working day.
    public func dayOff(_ day: CalendarDay) -> DayOff? {
        if workingWeekendDays.contains(day) { return nil }
        if let off = daysOff[day] { return off }
        return Set(rules.weekend).contains(day.isoWeekday) ? .weekend : nil
    }

    public func isWorkingDay(_ day: CalendarDay) -> Bool { dayOff(day) == nil }

    /// The `count`-th working day after `day` (not counting `day` itself).
    public func working(days count: Int, after day: CalendarDay) -> CalendarDay {
        var current = day, found = 0
        while found < count {
            current = current.adding(days: 1)
            if isWorkingDay(current) { found += 1 }
        }
        return current
    }

    /// The `count`-th working day before `day` (not counting `day` itself).
    public func working(days count: Int, before day: CalendarDay) -> CalendarDay {
        var current = day, found = 0
        while found < count {
            current = current.adding(days: -1)
            if isWorkingDay(current) { found += 1 }
        }
        return current
    }

    /// Working days strictly between two days.
    public func workingDays(between start: CalendarDay, and end: CalendarDay) -> Int {
        guard start < end else { return 0 }
        var count = 0, current = start.adding(days: 1)
        while current < end {
            if isWorkingDay(current) { count += 1 }
            current = current.adding(days: 1)
        }
        return count
    }

    /// Whether the calendar knows the holidays of the day's year.
    public func covers(_ day: CalendarDay) -> Bool { coveredYears.contains(day.year) }
}
