import CivicModel

/// A day of the Gregorian calendar, the unit every legal period and deadline is counted in.
///
/// Written as ISO 8601 (`2026-07-01`). Arithmetic is done on a day number, so no time zone is involved.
public struct CalendarDay: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day, refusing impossible ones (`2021-02-30`).
    public init(year: Int, month: Int, day: Int) throws {
        let checked = try PartialDate(year: year, month: month, day: day)
        self.year = checked.year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; anything else (a month, a year, an impossible day) is an error.
    public init(iso text: String) throws {
        let partial: PartialDate
        let shaped = text.count == 10 && text.split(separator: "-").map(\.count) == [4, 2, 2]
        do { partial = try PartialDate(iso: text) } catch {
            // A well-shaped but impossible day ("2021-02-30") gets the model's reason; anything else the expected shape.
            throw LawBookError.invalidInput(shaped ? "\(error)" : "'\(text)' is not a date (expected YYYY-MM-DD)")
        }
        guard let month = partial.month, let day = partial.day else {
            throw LawBookError.invalidInput("'\(text)' is not a full date (expected YYYY-MM-DD)")
        }
        self.year = partial.year
        self.month = month
        self.day = day
    }

    /// The first day a partial date can mean (`2021-02` → 2021-02-01).
    public init(earliest date: PartialDate) {
        self.init(dayNumber: CalendarDay.dayNumber(year: date.year, month: date.month ?? 1, day: date.day ?? 1))
    }

    /// The day with the given number of days since 1970-01-01.
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int { CalendarDay.dayNumber(year: year, month: month, day: day) }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var isoWeekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// Whole days from this day to another (positive when `other` is later).
    public func days(until other: CalendarDay) -> Int { other.dayNumber - dayNumber }

    /// The same day a number of months later, clamped to the month's last day.
    public func adding(months: Int) -> CalendarDay {
        let total = year * 12 + (month - 1) + months
        let y = total / 12, m = total % 12 + 1
        let d = min(day, PartialDate.daysIn(month: m, year: y))
        return CalendarDay(dayNumber: CalendarDay.dayNumber(year: y, month: m, day: d))
    }

    public var iso: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public var partialDate: PartialDate {
        // A CalendarDay is always a valid day, so this cannot fail.
        (try? PartialDate(year: year, month: month, day: day)) ?? (try! PartialDate(year: year))
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.dayNumber < rhs.dayNumber }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(iso: text)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
