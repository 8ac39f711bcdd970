/// One act against people, organisations or assemblies, on one date, as documented.
public struct Incident: ArchiveRecord {
    public static let recordKind = RecordKind.incident
    public typealias ID = Identifier<Incident>

    public var id: ID
    public var date: PartialDate?
    public var eventType: EventType
    /// One line in the project's own words: who did what to whom.
    public var summary: String
    public var places: [Place.ID]
    public var persons: [PersonLink]
    public var organizations: [OrganizationLink]
    public var perpetrators: [PerpetratorKind]
    public var rightsAffected: [AffectedRight]
    public var legalProvisions: [LegalProvisionRef]
    public var sanctions: [Sanction]
    public var status: ReviewStatus
    public var confidentiality: Confidentiality
    public var passages: [SourcePassage]
    /// The extractor's or annotator's confidence, 0…1; `nil` for records entered by hand.
    public var confidence: Double?
    public var notes: String?
    public var revision: Int

    public init(id: ID = Incident.newID(), date: PartialDate?, eventType: EventType, summary: String,
                places: [Place.ID] = [], persons: [PersonLink] = [], organizations: [OrganizationLink] = [],
                perpetrators: [PerpetratorKind] = [], rightsAffected: [AffectedRight] = [],
                legalProvisions: [LegalProvisionRef] = [], sanctions: [Sanction] = [],
                status: ReviewStatus = .proposed, confidentiality: Confidentiality = .public,
                passages: [SourcePassage] = [], confidence: Double? = nil, notes: String? = nil, revision: Int = 0) {
        self.id = id
        self.date = date
        self.eventType = eventType
        self.summary = summary
        self.places = places
        self.persons = persons
        self.organizations = organizations
        self.perpetrators = perpetrators
        self.rightsAffected = rightsAffected
        self.legalProvisions = legalProvisions
        self.sanctions = sanctions
        self.status = status
        self.confidentiality = confidentiality
        self.passages = passages
        self.confidence = confidence
        self.notes = notes
        self.revision = revision
    }

    /// Checks what a type cannot: a summary, confidence in 0…1, well-formed passages, no duplicate links.
    public func validate() throws {
        guard summary.unicodeScalars.contains(where: { !CharacterSet.whitespacesAndNewlines.contains($0) }) else {
            throw ModelError.invalidValue("incident \(id) has no summary")
        }
        if let confidence, !(0...1).contains(confidence) {
            throw ModelError.invalidValue("confidence \(confidence) is outside 0…1")
        }
        for passage in passages { try passage.validate() }
        guard Set(persons.map(\.personID)).count == persons.count,
              Set(organizations.map(\.organizationID)).count == organizations.count,
              Set(places).count == places.count
        else { throw ModelError.invalidValue("incident \(id) links the same record twice") }
    }
}

/// A person's part in an incident.
public struct PersonLink: Codable, Hashable, Sendable {
    public var personID: Person.ID
    public var role: ParticipantRole
    public init(_ personID: Person.ID, role: ParticipantRole = .victim) {
        self.personID = personID
        self.role = role
    }
}

/// An organisation's part in an incident.
public struct OrganizationLink: Codable, Hashable, Sendable {
    public var organizationID: Organization.ID
    public var role: ParticipantRole
    public init(_ organizationID: Organization.ID, role: ParticipantRole = .victim) {
        self.organizationID = organizationID
        self.role = role
    }
}

import Foundation
