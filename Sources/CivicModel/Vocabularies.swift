/// Where a record sits in the review workflow.
public enum ReviewStatus: String, Vocabulary {
    case proposed, verified, rejected
    public static let vocabularyName = "status"
}

/// Who may see a record. Anonymous visitors see only `public` records.
public enum Confidentiality: String, Vocabulary, Comparable {
    case `public`, restricted, confidential
    public static let vocabularyName = "confidentiality"

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// The part a person or organisation played in an incident.
public enum ParticipantRole: String, Vocabulary {
    case victim, perpetrator, witness
    public static let vocabularyName = "role"
}

/// Who acted against the victims.
public enum PerpetratorKind: String, Vocabulary {
    case police, court, akimat, prosecutor
    case nationalSecurityCommittee = "national_security_committee"
    case unknownPersons = "unknown_persons"
    case company
    case taxAuthority = "tax_authority"
    case ministry
    case penitentiary
    case other
    public static let vocabularyName = "perpetrator kind"
}

/// The rights an incident affects, each with its article of the ICCPR.
public enum AffectedRight: String, Vocabulary {
    case assembly, association, expression
    case fairTrial = "fair_trial"
    case liberty, privacy, religion, movement
    case freedomFromTorture = "freedom_from_torture"
    public static let vocabularyName = "right"

    /// The ICCPR article that protects the right.
    public var iccprArticle: Int {
        switch self {
        case .assembly: 21
        case .association: 22
        case .expression: 19
        case .fairTrial: 14
        case .liberty: 9
        case .privacy: 17
        case .religion: 18
        case .movement: 12
        case .freedomFromTorture: 7
        }
    }

}

/// What a person does that makes them a target: the roles reports name.
public enum Occupation: String, Vocabulary {
    case activist, journalist, blogger
    case humanRightsDefender = "human_rights_defender"
    case lawyer, politician
    case tradeUnionist = "trade_unionist"
    case religiousBeliever = "religious_believer"
    case other
    public static let vocabularyName = "occupation"
}
