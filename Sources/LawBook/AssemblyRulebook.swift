/// The assembly rules of each regime, with their numbers and sources, as `assembly.yaml` records them.
public struct AssemblyRulebook: Codable, Hashable, Sendable {
    /// How a period is counted.
    public enum DayUnit: String, Codable, Hashable, Sendable {
        case calendar, working
        public var words: String { self == .calendar ? "days" : "working days" }
    }

    /// What a decision period counts from.
    public enum Anchor: String, Codable, Hashable, Sendable { case filing, assembly }

    public struct DayCount: Codable, Hashable, Sendable {
        public let days: Int
        public let unit: DayUnit
        public let anchor: Anchor?
    }

    /// One reading of the deadlines; where the sources disagree there are several, one `primary`.
    public struct Reading: Codable, Hashable, Sendable {
        public let id: String
        public let primary: Bool?
        public let label: String
        public let why: String
        public let filing: DayCount
        public let decision: DayCount
        public let source: [String]
    }

    public struct Procedure: Codable, Hashable, Sendable {
        public let procedure: String
        public let forms: [String]
        public let deemedConsent: Bool
        public let deemedConsentNote: String
        public let readings: [Reading]
        public let source: [String]

        public var primaryReading: Reading { readings.first { $0.primary == true } ?? readings[0] }
    }

    public struct Eligibility: Codable, Hashable, Sendable {
        public let minAge: Int
        public let citizenshipRequired: Bool
        public let appliesToParticipants: Bool?
        public let citizenshipNote: String
        public let source: [String]
    }

    public struct ApplicationItems: Codable, Hashable, Sendable {
        public let count: Int?
        public let items: [String]
        public let checked: [String]
        public let note: String?
        public let source: [String]
    }

    public struct Picket: Codable, Hashable, Sendable {
        public let maxParticipants: Int
        public let maxHoursPerDay: Double
        public let place: String
        public let source: [String]
    }

    public struct Places: Codable, Hashable, Sendable {
        /// designated (1995) or specialized (2020).
        public let rule: String
        public let exceptForms: [String]?
        public let explanation: String
        public let source: [String]
    }

    public struct Refusal: Codable, Hashable, Sendable {
        public let groundsCount: Int?
        public let namedGrounds: [String]?
        public let explanation: String
        public let source: [String]
    }

    public struct Note: Codable, Hashable, Sendable {
        public let prohibited: Bool?
        public let distinguished: Bool?
        public let explanation: String
        public let source: [String]
    }

    public struct OtherRule: Codable, Hashable, Sendable {
        public let id: String
        public let title: String
        public let explanation: String
        public let source: [String]
    }

    public struct Regime: Codable, Hashable, Sendable {
        /// The law's id in `laws.yaml`.
        public let law: String
        /// The prefix of this regime's rule ids (`pa2020`).
        public let rulePrefix: String
        public let forms: [String]
        public let formsSource: [String]
        public let procedures: [Procedure]
        public let eligibility: Eligibility
        public let applicationItems: ApplicationItems
        public let picket: Picket?
        public let places: Places
        public let refusal: Refusal
        public let spontaneousAllowed: Bool
        public let spontaneousSource: [String]
        public let bystanders: Note?
        public let nightTime: Note?
        public let timeOfDay: Note?
        public let indoor: Note?
        public let otherRules: [OtherRule]

        public func procedure(for form: String) -> Procedure? { procedures.first { $0.forms.contains(form) } }
    }

    /// An international standard the engine assesses the regime against.
    public struct StandardCheck: Codable, Hashable, Sendable {
        public let id: String
        public let title: String
        public let explanationHolds: String
        public let explanationFails: String
        public let explanationUnknown: String?
        public let source: [String]
    }

    public let regimes: [Regime]
    /// Rule id suffix (or full id) → title, for showing rules by name.
    public let ruleTitles: [String: String]
    public let standards: [StandardCheck]

    /// The title of a rule id the engine reports (`pa2020-picket-one-person` → "A picket is one person").
    public func title(ofRule id: String) -> String? {
        if let t = ruleTitles[id] { return t }
        guard let dash = id.firstIndex(of: "-") else { return nil }
        return ruleTitles[String(id[id.index(after: dash)...])]
    }

    public func standard(_ id: String) -> StandardCheck? { standards.first { $0.id == id } }
}
