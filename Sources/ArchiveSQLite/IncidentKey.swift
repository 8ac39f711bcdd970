import Archive
import CivicModel
import GRDB

/// The row key of an incident: its latest possible day in the high bits and a counter below, so
/// that key order is date order and full-text matches come back newest first without a sort.
///
/// Undated incidents get day 0 and so sort last, as they do in `MemoryArchive`.
enum IncidentKey {
    /// Room for this many incidents on one day.
    static let perDay: Int64 = 1 << 20

    /// The day number of an ISO day (`YYYY-MM-DD`), or 0 for none; later days have larger numbers.
    static func dayNumber(_ isoDay: String?) -> Int64 {
        guard let isoDay else { return 0 }
        let parts = isoDay.split(separator: "-").compactMap { Int64($0) }
        guard parts.count == 3 else { return 0 }
        // Days from the civil calendar (Howard Hinnant's algorithm), shifted to stay positive.
        let (y0, m, d) = (parts[0], parts[1], parts[2])
        let y = m <= 2 ? y0 - 1 : y0
        let era = y / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe + 1
    }

    /// The smallest and largest key of a day.
    static func range(ofDay day: Int64) -> ClosedRange<Int64> { (day * perDay)...(day * perDay + perDay - 1) }

    static func day(of key: Int64) -> Int64 { key / perDay }

    /// A free key on a day: after the last one stored, or after the last one handed out in this write
    /// (`handedOut` remembers those, day by day, for the rest of the write).
    static func free(onDay day: Int64, in db: Database, handedOut: inout [Int64: Int64]) throws -> Int64 {
        let range = range(ofDay: day)
        let next: Int64
        if let known = handedOut[day] {
            next = known
        } else {
            let last = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(seq) FROM incident WHERE seq BETWEEN ? AND ?"),
                                          arguments: [range.lowerBound, range.upperBound])
            next = last.map { $0 + 1 } ?? range.lowerBound
        }
        guard next <= range.upperBound else { throw ArchiveError.storage("too many incidents on one day") }
        handedOut[day] = next + 1
        return next
    }
}
