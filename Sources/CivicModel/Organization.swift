/// A party, movement, union, NGO, media outlet or religious group named in incidents.
public struct Organization: ArchiveRecord {
    public static let recordKind = RecordKind.organization
    public typealias ID = Identifier<Organization>

    public var id: ID
    public var name: String
    public var aliases: [String]
    public var kind: OrganizationKind
    /// Legal status over time, oldest first.
    public var statusHistory: [OrganizationStatusChange]
    public var placeID: Place.ID?
    public var description: String?
    public var confidentiality: Confidentiality
    public var revision: Int

    public init(id: ID = Organization.newID(), name: String, aliases: [String] = [], kind: OrganizationKind = .other,
                statusHistory: [OrganizationStatusChange] = [], placeID: Place.ID? = nil, description: String? = nil,
                confidentiality: Confidentiality = .public, revision: Int = 0) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.statusHistory = statusHistory
        self.placeID = placeID
        self.description = description
        self.confidentiality = confidentiality
        self.revision = revision
    }

    public var allNames: [String] { [name] + aliases }

    /// The legal status on a day: the latest change not after it.
    public func status(on day: PartialDate) -> OrganizationStatus? {
        statusHistory.filter { $0.date.map { $0.earliestDay <= day.latestDay } ?? true }.last?.status
    }
}

public enum OrganizationKind: String, Vocabulary {
    case politicalParty = "political_party"
    case movement
    case tradeUnion = "trade_union"
    case ngo
    case media
    case religious
    case other
    public static let vocabularyName = "organisation kind"
}

public enum OrganizationStatus: String, Vocabulary {
    case registered, unregistered, suspended
    case bannedExtremist = "banned_extremist"
    case banned, liquidated
    case registrationDenied = "registration_denied"
    public static let vocabularyName = "organisation status"
}

/// A change of an organisation's legal status, with the date and where it is reported.
public struct OrganizationStatusChange: Codable, Hashable, Sendable {
    public var date: PartialDate?
    public var status: OrganizationStatus
    public var note: String?
    public var source: String?

    public init(date: PartialDate?, status: OrganizationStatus, note: String? = nil, source: String? = nil) {
        self.date = date
        self.status = status
        self.note = note
        self.source = source
    }
}
