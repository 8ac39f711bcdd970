import Foundation

/// A calendar date known to the day, the month or only the year, as reports give them.
///
/// Written in ISO 8601 at its precision: `2021-02-05`, `2021-02` or `2021`.
public struct PartialDate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public enum Precision: String, Codable, Sendable, CaseIterable { case day, month, year }

    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Creates a date, refusing impossible ones (`2021-02-30`, month 13, a day without a month).
    public init(year: Int, month: Int? = nil, day: Int? = nil) throws {
        guard (1000...9999).contains(year) else { throw ModelError.invalidDate("year \(year) is out of range") }
        if let month, !(1...12).contains(month) { throw ModelError.invalidDate("month \(month) does not exist") }
        if let day {
            guard let month else { throw ModelError.invalidDate("a day needs a month") }
            let last = PartialDate.daysIn(month: month, year: year)
            guard (1...last).contains(day) else {
                throw ModelError.invalidDate(String(format: "%04d-%02d-%02d does not exist", year, month, day))
            }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init(iso text: String) throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let digits = parts.map { Int($0) }
        guard (1...3).contains(parts.count), !digits.contains(nil),
            parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 })
        else { throw ModelError.invalidDate("'\(text)' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)") }
        try self.init(year: digits[0]!, month: parts.count > 1 ? digits[1] : nil, day: parts.count > 2 ? digits[2] : nil)
    }

    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    public var iso: String {
        switch (month, day) {
        case let (m?, d?): PartialDate.isoDay(year, m, d)
        case let (m?, nil): PartialDate.padded(year, 4) + "-" + PartialDate.padded(m, 2)
        default: PartialDate.padded(year, 4)
        }
    }

    /// "2021-02-05". Written by hand: `String(format:)` took 6% of a bulk import's CPU in these three getters.
    static func isoDay(_ year: Int, _ month: Int, _ day: Int) -> String {
        padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    /// A number with leading zeros to `width` digits ("0042", "07"); wider numbers as they are.
    static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    public var description: String { iso }

    /// The first day the date can mean (`2021-02` → 2021-02-01), as a sortable ISO day.
    public var earliestDay: String {
        PartialDate.isoDay(year, month ?? 1, day ?? 1)
    }

    /// The last day the date can mean (`2021-02` → 2021-02-28).
    public var latestDay: String {
        let m = month ?? 12
        return PartialDate.isoDay(year, m, day ?? PartialDate.daysIn(month: m, year: year))
    }

    /// Whether one date may be the other at a finer precision (`2021-02` and `2021-02-05`).
    public func isCompatible(with other: PartialDate) -> Bool {
        iso.hasPrefix(other.iso) || other.iso.hasPrefix(iso)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.earliestDay, lhs.latestDay) < (rhs.earliestDay, rhs.latestDay)
    }

    public init(from decoder: Decoder) throws {
        try self.init(iso: decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
