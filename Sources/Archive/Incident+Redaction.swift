import CivicModel

/// The records a viewer may not see, used to strip links to them from visible incidents.
public struct HiddenRecords: Sendable {
    public var persons: Set<Person.ID> = []
    public var organizations: Set<Organization.ID> = []
    public var sources: Set<Source.ID> = []
    public init(persons: Set<Person.ID> = [], organizations: Set<Organization.ID> = [], sources: Set<Source.ID> = []) {
        self.persons = persons
        self.organizations = organizations
        self.sources = sources
    }
    public var isEmpty: Bool { persons.isEmpty && organizations.isEmpty && sources.isEmpty }
}

extension Incident {
    /// The incident as a viewer may see it: links to persons, organisations and sources above the
    /// viewer's clearance are removed, and internal notes are shown only to signed-in users.
    public func redacted(for viewer: Clearance, hiding hidden: HiddenRecords) -> Incident {
        var copy = self
        copy.persons.removeAll { hidden.persons.contains($0.personID) }
        copy.organizations.removeAll { hidden.organizations.contains($0.organizationID) }
        copy.passages.removeAll { hidden.sources.contains($0.sourceID) }
        if viewer == .anonymous { copy.notes = nil }
        return copy
    }
}
