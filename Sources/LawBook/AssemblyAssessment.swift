import Foundation
import CivicModel

/// The assembly engine's answer: the law applied, the procedure, the deadlines and every rule checked.
///
/// Encodes to exactly the design's JSON (`kuzet assembly check --json`).
public struct AssemblyAssessment: Codable, Hashable, Sendable {
    /// Title and date of the law applied.
    public let law: String
    /// authorization (1995 law), notification or coordination (2020 law).
    public let procedure: String
    public let filingDeadline: CalendarDay
    public let filedInTime: Bool
    public let decisionDue: CalendarDay
    /// Whether silence until `decisionDue` counts as agreement; null when the answer received governs.
    public let deemedConsent: Bool?
    public let nationalLaw: [RuleCheck]
    public let internationalStandards: [StandardFinding]

    enum CodingKeys: String, CodingKey {
        case law, procedure, filingDeadline = "filing_deadline", filedInTime = "filed_in_time"
        case decisionDue = "decision_due", deemedConsent = "deemed_consent", nationalLaw = "national_law"
        case internationalStandards = "international_standards"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(law, forKey: .law)
        try c.encode(procedure, forKey: .procedure)
        try c.encode(filingDeadline, forKey: .filingDeadline)
        try c.encode(filedInTime, forKey: .filedInTime)
        try c.encode(decisionDue, forKey: .decisionDue)
        try c.encode(deemedConsent, forKey: .deemedConsent)  // null, not absent
        try c.encode(nationalLaw, forKey: .nationalLaw)
        try c.encode(internationalStandards, forKey: .internationalStandards)
    }

    /// The check with this rule id, if the engine made it.
    public func rule(_ id: String) -> RuleCheck? { nationalLaw.first { $0.rule == id } }
    public func standard(_ id: String) -> StandardFinding? { internationalStandards.first { $0.standard == id } }
}

/// One national rule checked against a plan or a registration: whether it holds, why, and on which facts.
public struct RuleCheck: Codable, Hashable, Sendable {
    /// Stable rule id, e.g. `pa2020-picket-one-person`.
    public let rule: String
    /// nil when the input does not say enough to decide.
    public let holds: Bool?
    public let explanation: String
    /// Fact IDs, comma-separated.
    public let source: String

    /// The fact IDs as a list.
    public var factIDs: [String] { source.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }

    public init(rule: String, holds: Bool?, explanation: String, source: [String]) {
        self.rule = rule
        self.holds = holds
        self.explanation = explanation
        self.source = source.uniqued().joined(separator: ", ")
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(holds, forKey: .holds)
        try c.encode(explanation, forKey: .explanation)
        try c.encode(source, forKey: .source)
    }
}

/// One international standard assessed against the law applied.
public struct StandardFinding: Codable, Hashable, Sendable {
    public let standard: String
    public let holds: Bool?
    public let explanation: String
    public let source: String

    public init(standard: String, holds: Bool?, explanation: String, source: [String]) {
        self.standard = standard
        self.holds = holds
        self.explanation = explanation
        self.source = source.uniqued().joined(separator: ", ")
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(standard, forKey: .standard)
        try c.encode(holds, forKey: .holds)
        try c.encode(explanation, forKey: .explanation)
        try c.encode(source, forKey: .source)
    }
}
