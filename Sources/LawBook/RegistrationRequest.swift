/// What an association's founders plan to register: the registration engine's input.
public struct RegistrationRequest: Codable, Hashable, Sendable {
    public enum Form: String, Codable, Hashable, Sendable, CaseIterable {
        case publicAssociation = "public-association"
        case religiousAssociation = "religious-association"
        case politicalParty = "political-party"
        case ncoOther = "nco-other"

        public static func parse(_ text: String) throws -> Form {
            guard let form = Form(rawValue: text.lowercased()) else {
                throw LawBookError.invalidInput("unknown form '\(text)' (expected one of: \(allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return form
        }
    }

    public enum Level: String, Codable, Hashable, Sendable, CaseIterable {
        case local, regional, national

        public static func parse(_ text: String) throws -> Level {
            guard let level = Level(rawValue: text.lowercased()) else {
                throw LawBookError.invalidInput("unknown level '\(text)' (expected one of: \(allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return level
        }
    }

    public let form: Form
    public let level: Level
    /// Regions with branches (associations) or represented among the founders (parties).
    public let regions: Int?
    public let members: Int?
    public let founders: Int?
    /// Branches or representative offices to register, each paying the fee; defaults to `regions` above local level.
    public let branches: Int?
    /// The id of a reduced fee (youth, disability), if the association qualifies.
    public let reducedFee: String?
    /// The day the rules are read on: 31 December of the year asked about.
    public let day: CalendarDay

    public init(form: Form, level: Level, regions: Int? = nil, members: Int? = nil, founders: Int? = nil,
                branches: Int? = nil, reducedFee: String? = nil, year: Int) throws {
        for (name, value) in [("regions", regions), ("members", members), ("founders", founders), ("branches", branches)] {
            if let value, value < 0 { throw LawBookError.invalidInput("\(name) cannot be negative (got \(value))") }
        }
        guard let lastDay = try? CalendarDay(year: year, month: 12, day: 31) else {
            throw LawBookError.invalidInput("\(year) is not a year")
        }
        self.form = form
        self.level = level
        self.regions = regions
        self.members = members
        self.founders = founders
        self.branches = branches
        self.reducedFee = reducedFee
        self.day = lastDay
    }
}

/// The registration engine's answer: whether every checked requirement holds, the fee, and each requirement.
///
/// Encodes to exactly the design's JSON (`kuzet registration check --json`).
public struct RegistrationAssessment: Codable, Hashable, Sendable {
    public let holds: Bool
    /// The registration fee in MCI for the year, null when the sources state none.
    public let feeMci: Double?
    public let feeKzt: Double?
    public let requirements: [RuleCheck]

    enum CodingKeys: String, CodingKey {
        case holds, feeMci = "fee_mci", feeKzt = "fee_kzt", requirements
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(holds, forKey: .holds)
        try c.encode(feeMci, forKey: .feeMci)
        try c.encode(feeKzt, forKey: .feeKzt)
        try c.encode(requirements, forKey: .requirements)
    }

    public func requirement(_ id: String) -> RuleCheck? { requirements.first { $0.rule == id } }
}
