/// A person named in incidents: activist, journalist, blogger, human rights defender …
public struct Person: ArchiveRecord {
    public static let recordKind = RecordKind.person
    public typealias ID = Identifier<Person>

    public var id: ID
    public var name: String
    /// Other spellings and transliterations (Bokayev / Bokaev), so one person stays one record.
    public var aliases: [String]
    public var occupation: Occupation?
    /// Where the person lives or works.
    public var placeID: Place.ID?
    public var description: String?
    public var confidentiality: Confidentiality
    public var revision: Int

    public init(id: ID = Person.newID(), name: String, aliases: [String] = [], occupation: Occupation? = nil,
                placeID: Place.ID? = nil, description: String? = nil,
                confidentiality: Confidentiality = .public, revision: Int = 0) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.occupation = occupation
        self.placeID = placeID
        self.description = description
        self.confidentiality = confidentiality
        self.revision = revision
    }

    /// Every written form of the name.
    public var allNames: [String] { [name] + aliases }

    /// Whether a name as written in a report names this person, across transliterations.
    public func isNamed(_ written: String) -> Bool {
        let key = NameKey(written)
        return allNames.contains { NameKey($0).matches(key) }
    }
}
