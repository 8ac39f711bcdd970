import Archive
import CivicModel
import Foundation

/// An incident of the archive that may record the same event as another, with why it was put forward.
public struct IncidentMatch: Sendable {
    public enum Reason: String, Sendable, CaseIterable {
        case samePerson = "same person", sameOrganization = "same organisation", samePlace = "same place"
        case sameDay = "same day", closeDay = "within days", sameMonth = "same month", sameYear = "same year"
        /// One of the two has no date: only who and where can tie them.
        case undated
        case sameArticle = "same article", sameSanction = "same sanction"
    }

    public let incident: Incident
    /// 0–100: how much of what identifies an event the two share.
    public let score: Int
    public let reasons: [Reason]
}

/// Finds incidents already in the archive that may record the event a new one records: the same act, reported
/// twice by one report or by two (a KIBHR bulletin and a CIVICUS update name the same detention).
///
/// A candidate has the same event type (a detention and the sentence after it are two incidents) and a date that
/// fits: the same day or up to `dayWindow` days apart for dates given to the day, else the same month or year at the
/// coarser of the two precisions. It must then share enough of the rest (`threshold`): a person named in both is
/// enough at any of those; a place alone needs the same day. Different sanctions on both sides count against it.
/// When one of the two is undated, only a person named in both ties them. Rejected incidents are never candidates.
public struct IncidentMatcher: Sendable {
    public let archive: any Archive
    /// Days apart that dates given to the day may be and still match (reports date an arrest and its report a day apart).
    public var dayWindow = 2
    /// The least score to be put forward.
    public var threshold = 60

    public init(archive: any Archive) {
        self.archive = archive
    }

    /// The candidates for `incident` the viewer may see, best first.
    public func candidates(for incident: Incident, as viewer: Clearance, limit: Int = 3) async throws -> [IncidentMatch] {
        var base = IncidentQuery(eventTypes: [incident.eventType], statuses: [.proposed, .verified], limit: 25)
        base.countLimit = 25
        // Who or where the event touched narrows the search; the scoring below looks at everything.
        var queries: [IncidentQuery] = []
        let persons = incident.persons.map(\.personID).uniqued().prefix(6)
        // Undated records of the same act against the same person: the person must tie them.
        for person in persons { var q = base; q.personIDs = [person]; queries.append(q) }
        if let date = incident.date, let (from, to) = window(date) {
            base.from = from
            base.to = to
            for person in persons { var q = base; q.personIDs = [person]; queries.append(q) }
            for organization in incident.organizations.map(\.organizationID).uniqued().prefix(3) { var q = base; q.organizationIDs = [organization]; queries.append(q) }
            if !incident.places.isEmpty { var q = base; q.placeIDs = Set(incident.places); queries.append(q) }
        }
        var seen: Set<Incident.ID> = [incident.id]
        var matches: [IncidentMatch] = []
        for query in queries {
            for other in try await archive.incidents(matching: query, as: viewer).incidents where seen.insert(other.id).inserted {
                if let match = Self.match(incident, other, dayWindow: dayWindow), match.score >= threshold { matches.append(match) }
            }
        }
        return Array(matches.sorted { ($0.score, $1.incident.id.rawValue) > ($1.score, $0.incident.id.rawValue) }.prefix(limit))
    }

    /// How well `other` fits as a record of the same event as `incident`, or nil when it cannot be one.
    static func match(_ incident: Incident, _ other: Incident, dayWindow: Int) -> IncidentMatch? {
        guard other.eventType == incident.eventType, other.status != .rejected else { return nil }
        var reasons: [IncidentMatch.Reason] = []
        var score = 10  // the same event type
        switch (incident.date, other.date) {
        case let (a?, b?) where a.precision == .day && b.precision == .day:
            guard let apart = Self.daysApart(a, b), apart <= dayWindow else { return nil }
            reasons.append(apart == 0 ? .sameDay : .closeDay)
            score += apart == 0 ? 30 : 15
        case let (a?, b?):
            // The coarser of the two says how close they are: the same month, or only the same year.
            guard a.isCompatible(with: b) else { return nil }
            let month = a.precision != .year && b.precision != .year
            reasons.append(month ? .sameMonth : .sameYear)
            score += month ? 15 : 10
        case (nil, nil):
            return nil
        default:
            reasons.append(.undated)
            score += 10
        }
        let persons = Set(incident.persons.map(\.personID)).intersection(other.persons.map(\.personID))
        if !persons.isEmpty {
            reasons.append(.samePerson)
            score += 40 + 5 * (persons.count - 1)
        } else if reasons.contains(.undated) {
            return nil  // without a date, only a person named in both ties two records
        }
        if !Set(incident.organizations.map(\.organizationID)).isDisjoint(with: other.organizations.map(\.organizationID)) {
            reasons.append(.sameOrganization); score += 25
        }
        if !Set(incident.places).isDisjoint(with: other.places) { reasons.append(.samePlace); score += 20 }
        if !Set(incident.legalProvisions.map(ProvisionKey.init)).isDisjoint(with: other.legalProvisions.map(ProvisionKey.init)) {
            reasons.append(.sameArticle); score += 10
        }
        if !incident.sanctions.isEmpty, !other.sanctions.isEmpty {
            if Set(incident.sanctions).isDisjoint(with: other.sanctions) { score -= 20 } else { reasons.append(.sameSanction); score += 10 }
        }
        return IncidentMatch(incident: other, score: min(100, max(0, score)), reasons: reasons)
    }

    /// The days to search: the day widened by the window, or the month.
    private func window(_ date: PartialDate) -> (String, String)? {
        guard date.precision == .day else { return (date.earliestDay, date.latestDay) }
        guard let day = Self.day(date.earliestDay) else { return nil }
        let width = TimeInterval(dayWindow * 86_400)
        return (Self.iso(day - width), Self.iso(day + width))
    }

    private static let utc: TimeZone = TimeZone(identifier: "UTC")!

    private static func day(_ iso: String) -> Date? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    private static func iso(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    private static func daysApart(_ a: PartialDate, _ b: PartialDate) -> Int? {
        guard let x = day(a.earliestDay), let y = day(b.earliestDay) else { return nil }
        return Int((abs(x.timeIntervalSince(y)) / 86_400).rounded())
    }
}
