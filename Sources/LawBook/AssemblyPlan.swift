import Foundation

/// A planned assembly as an organiser describes it: what the assembly engine checks.
public struct AssemblyPlan: Codable, Hashable, Sendable {
    /// The forms of assembly both assembly laws name.
    public enum Form: String, Codable, Hashable, Sendable, CaseIterable {
        case picket, meeting, rally, demonstration, march

        public static func parse(_ text: String) throws -> Form {
            guard let form = Form(rawValue: text.lowercased()) else {
                throw LawBookError.invalidInput("unknown form '\(text)' (expected one of: \(allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return form
        }
    }

    public let form: Form
    public let date: CalendarDay
    public let start: TimeOfDay
    public let end: TimeOfDay
    public let place: String?
    public let participants: Int?
    public let organizerAge: Int?
    public let organizerCitizen: Bool?
    /// The day the notification or application was filed (registered by the authority).
    public let filed: CalendarDay
    /// The authority's answer, if one has been received.
    public let decision: AuthorityDecision?

    /// Creates a plan, refusing ones that cannot happen: end before start, filing after the date, a decision before the filing.
    public init(form: Form, date: CalendarDay, start: TimeOfDay, end: TimeOfDay, place: String? = nil,
                participants: Int? = nil, organizerAge: Int? = nil, organizerCitizen: Bool? = nil,
                filed: CalendarDay, decision: AuthorityDecision? = nil) throws {
        guard start < end else {
            throw LawBookError.invalidInput("end time \(end) is not after start time \(start)")
        }
        guard filed <= date else {
            throw LawBookError.invalidInput("filing date \(filed) is after the assembly date \(date)")
        }
        if let participants, participants < 1 {
            throw LawBookError.invalidInput("participants must be at least 1 (got \(participants))")
        }
        if let organizerAge, !(0...150).contains(organizerAge) {
            throw LawBookError.invalidInput("organizer age \(organizerAge) is not a person's age")
        }
        if let decision, decision.date < filed {
            throw LawBookError.invalidInput("decision date \(decision.date) is before the filing date \(filed)")
        }
        if let place, place.trimmingCharacters(in: .whitespaces).isEmpty {
            throw LawBookError.invalidInput("place is empty")
        }
        self.form = form
        self.date = date
        self.start = start
        self.end = end
        self.place = place
        self.participants = participants
        self.organizerAge = organizerAge
        self.organizerCitizen = organizerCitizen
        self.filed = filed
        self.decision = decision
    }
}

/// A time of day, `HH:MM`.
public struct TimeOfDay: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    public init(hour: Int, minute: Int) throws {
        guard (0...23).contains(hour), (0...59).contains(minute) else {
            throw LawBookError.invalidInput("\(hour):\(minute) is not a time of day")
        }
        self.hour = hour
        self.minute = minute
    }

    /// Parses `HH:MM` (24-hour).
    public init(_ text: String) throws {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, (1...2).contains(parts[0].count),
              let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m)
        else { throw LawBookError.invalidInput("'\(text)' is not a time (expected HH:MM)") }
        self.hour = h
        self.minute = m
    }

    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutesSinceMidnight < rhs.minutesSinceMidnight }

    public init(from decoder: Decoder) throws { try self.init(decoder.singleValueContainer().decode(String.self)) }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// The authority's answer to a notification or application.
public struct AuthorityDecision: Codable, Hashable, Sendable {
    public enum Outcome: String, Codable, Hashable, Sendable, CaseIterable {
        case approved, refused
        /// Another place, route or time was proposed.
        case alternative
    }

    public let date: CalendarDay
    public let outcome: Outcome

    public init(date: CalendarDay, outcome: Outcome) {
        self.date = date
        self.outcome = outcome
    }

    /// Parses `YYYY-MM-DD:OUTCOME`, e.g. `2021-03-11:refused`.
    public init(parsing text: String) throws {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            throw LawBookError.invalidInput("'\(text)' is not a decision (expected DATE:OUTCOME, e.g. 2021-03-11:refused)")
        }
        guard let outcome = Outcome(rawValue: parts[1].lowercased()) else {
            throw LawBookError.invalidInput("unknown decision outcome '\(parts[1])' (expected one of: \(Outcome.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        self.init(date: try CalendarDay(iso: parts[0]), outcome: outcome)
    }
}
