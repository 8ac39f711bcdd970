/// The registration rules for associations, as `registration.yaml` records them.
public struct RegistrationRules: Codable, Hashable, Sendable {
    public struct Regions: Codable, Hashable, Sendable {
        public let total: Int
        public let totalNote: String
        public let source: [String]
    }

    public struct ReducedFee: Codable, Hashable, Sendable {
        public let id: String
        public let mci: Double
        public let label: String
    }

    public struct Fee: Codable, Hashable, Sendable {
        public let id: String
        public let from: CalendarDay
        public let mci: Double
        public let reduced: [ReducedFee]
        public let branchFeeSame: Bool
        public let note: String
        public let source: [String]
    }

    public struct RegisteringBody: Codable, Hashable, Sendable {
        public let explanation: String
        public let processingWorkingDays: Int
        public let source: [String]
    }

    public struct LevelRule: Codable, Hashable, Sendable {
        public let maxRegions: Int?
        public let minRegions: Int?
        public let moreThanHalf: Bool?
        public let cities: [String]?
        public let rule: String?
    }

    public struct AlternativeReading: Codable, Hashable, Sendable {
        public let regionalRule: String
        public let nationalRule: String
        public let note: String
        public let source: [String]
    }

    /// The territorial thresholds as one source states them for a period.
    public struct Levels: Codable, Hashable, Sendable {
        public let from: CalendarDay
        public let statedAsOf: String
        public let local: LevelRule
        public let regional: LevelRule
        public let national: LevelRule
        public let alternative: AlternativeReading?
        public let note: String?
        public let source: [String]
    }

    public struct PublicAssociation: Codable, Hashable, Sendable {
        public let minMembers: Int
        public let minMembersSource: [String]
        public let filingWithinMonths: Int
        public let filingSource: [String]
        public let documents: [String]
        public let documentsSource: [String]
        public let foundersCitizensOnly: Bool
        public let foundersSource: [String]
        public let unregisteredProhibited: Bool
        public let unregisteredSource: [String]
        public let branchesWithinMonths: Int
        public let branchesSource: [String]
        public let levels: [Levels]
        public let territoryNote: String
        public let territorySource: [String]

        public func levels(on day: CalendarDay) -> Levels? { levels.filter { $0.from <= day }.max { $0.from < $1.from } }
    }

    public struct ReligiousAssociation: Codable, Hashable, Sendable {
        public let from: CalendarDay
        public let mandatory: Bool
        public let minMembers: [String: Int]
        public let note: String
        public let source: [String]
    }

    public struct Fraction: Codable, Hashable, Sendable {
        public let numerator: Int
        public let denominator: Int
        /// The smallest whole number of regions that is at least this fraction of `total`.
        public func atLeast(of total: Int) -> Int { (total * numerator + denominator - 1) / denominator }
    }

    public struct PartyFounders: Codable, Hashable, Sendable {
        public let min: Int
        public let regionsFraction: Fraction
        public let plusCities: [String]
        public let source: [String]
    }

    public struct Minimum: Codable, Hashable, Sendable {
        public let min: Int
        public let source: [String]
    }

    public struct PartyDeadlines: Codable, Hashable, Sendable {
        public let congressWithinMonths: Int
        public let membersListWithinMonths: Int
        public let source: [String]
    }

    public struct PartyMembership: Codable, Hashable, Sendable {
        public let from: CalendarDay?
        public let until: CalendarDay?
        public let minMembers: Int
        public let perRegion: Int?
        public let source: [String]

        public var period: Period { Period(from: from, until: until) }
    }

    public struct PoliticalParty: Codable, Hashable, Sendable {
        public let founders: PartyFounders
        public let organisingCommittee: Minimum
        public let deadlines: PartyDeadlines
        public let membership: [PartyMembership]
        public let foreignersMayNotBeMembers: Bool
        public let foreignersSource: [String]
        public let source: [String]
    }

    public struct MonthDay: Codable, Hashable, Sendable {
        public let month: Int
        public let day: Int
    }

    public struct NGODatabase: Codable, Hashable, Sendable {
        public let deadline: MonthDay
        public let explanation: String
        public let source: [String]
    }

    public let regions: Regions
    public let fees: [Fee]
    public let registeringBody: RegisteringBody
    public let publicAssociation: PublicAssociation
    public let religiousAssociation: ReligiousAssociation
    public let politicalParty: PoliticalParty
    public let ngoDatabase: NGODatabase

    /// The registration fee in force on a day, if the sources state one.
    public func fee(on day: CalendarDay) -> Fee? { fees.filter { $0.from <= day }.max { $0.from < $1.from } }
}
