/// The duties of recipients of foreign funds or property, per regime (`foreign-funding.yaml`).
public struct ForeignFundingRules: Codable, Hashable, Sendable {
    public struct Activity: Codable, Hashable, Sendable {
        public let id: String
        public let label: String
        /// false: the activity triggers reporting only when not done for commercial purposes.
        public let commercial: Bool?
    }

    public struct Frequency: Codable, Hashable, Sendable {
        public let from: CalendarDay?
        public let until: CalendarDay?
        public let every: String
    }

    public struct Register: Codable, Hashable, Sendable {
        public let publishedEveryMonths: Int
        public let since: String
        public let contents: [String]
        public let removalBusinessDays: Int
        public let source: [String]
    }

    public struct Regime: Codable, Hashable, Sendable, Identifiable {
        public let id: String
        public let law: String
        public let from: CalendarDay
        public let until: CalendarDay?
        public let duties: [String]
        public let triggerActivities: [Activity]?
        public let thresholdKzt: Double?
        public let thresholdSource: [String]?
        public let scope: String?
        public let exemption: String?
        public let labellingRequired: Bool?
        public let labellingNote: String?
        public let forms: [String: String]?
        public let formsNote: String?
        public let paperFiling: String?
        public let register: Register?
        public let frequency: [Frequency]
        public let deadlinesNote: String?
        public let penaltyArticle: String
        public let publicationArticle: String?
        public let source: [String]

        public var period: Period { Period(from: from, until: until) }

        /// How often reports are due on a day ("quarter", "half-year").
        public func frequency(on day: CalendarDay) -> String? {
            frequency.first { Period(from: $0.from, until: $0.until).contains(day) }?.every
        }
    }

    public let regimes: [Regime]

    public func regime(on day: CalendarDay) -> Regime? { regimes.first { $0.period.contains(day) } }
}
