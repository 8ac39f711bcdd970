import CivicModel

/// Merging two records that name the same person or organisation (two transliterations entered apart,
/// one proposal's new record beside the curated one): one write moves every link of the duplicate to the
/// record kept, keeps the duplicate's names as aliases, and deletes the duplicate.
extension Archive {
    /// Merges `duplicate` into `kept` and returns the record kept, as stored.
    ///
    /// The duplicate's name and aliases become aliases; its occupation, place and description fill what the
    /// record kept lacks. An incident that links both keeps one link, with the kept record's role. Records of
    /// different access levels are not merged: the merged names would show at the lower level.
    @discardableResult
    public func merge(person duplicate: Person.ID, into kept: Person.ID, by editor: Editor) async throws -> Person {
        guard duplicate != kept else { throw ArchiveError.invalid("a person cannot be merged into itself") }
        guard let old = try await fetch(Person.self, id: duplicate, as: .everything) else { throw ArchiveError.notFound(.person, duplicate.rawValue) }
        guard var person = try await fetch(Person.self, id: kept, as: .everything) else { throw ArchiveError.notFound(.person, kept.rawValue) }
        try Self.requireSameLevel(old.confidentiality, person.confidentiality, "people")
        person.aliases = Self.mergedAliases(person.name, person.aliases, old.allNames)
        person.occupation = person.occupation ?? old.occupation
        person.placeID = person.placeID ?? old.placeID
        person.description = Self.mergedText(person.description, old.description)
        var incidents: [Incident] = []
        for var incident in try await timeline(person: duplicate, as: .everything) {
            let hasKept = incident.persons.contains { $0.personID == kept }
            incident.persons = incident.persons.compactMap { link in
                guard link.personID == duplicate else { return link }
                return hasKept ? nil : PersonLink(kept, role: link.role)
            }
            incidents.append(incident)
        }
        try await write(ArchiveBatch(persons: [person], incidents: incidents, deletions: [RecordDeletion(Person.self, id: duplicate)]), by: editor)
        return try await fetch(Person.self, id: kept, as: .everything) ?? person
    }

    /// Merges `duplicate` into `kept` as `merge(person:into:by:)` does; status histories are joined, oldest first.
    @discardableResult
    public func merge(organization duplicate: Organization.ID, into kept: Organization.ID, by editor: Editor) async throws -> Organization {
        guard duplicate != kept else { throw ArchiveError.invalid("an organisation cannot be merged into itself") }
        guard let old = try await fetch(Organization.self, id: duplicate, as: .everything) else {
            throw ArchiveError.notFound(.organization, duplicate.rawValue)
        }
        guard var organization = try await fetch(Organization.self, id: kept, as: .everything) else {
            throw ArchiveError.notFound(.organization, kept.rawValue)
        }
        try Self.requireSameLevel(old.confidentiality, organization.confidentiality, "organisations")
        organization.aliases = Self.mergedAliases(organization.name, organization.aliases, old.allNames)
        if organization.kind == .other { organization.kind = old.kind }
        organization.placeID = organization.placeID ?? old.placeID
        organization.description = Self.mergedText(organization.description, old.description)
        organization.statusHistory = (organization.statusHistory + old.statusHistory).uniqued()
            .enumerated().sorted { ($0.element.date?.earliestDay ?? "", $0.offset) < ($1.element.date?.earliestDay ?? "", $1.offset) }.map(\.element)
        var incidents: [Incident] = []
        for var incident in try await timeline(organization: duplicate, as: .everything) {
            let hasKept = incident.organizations.contains { $0.organizationID == kept }
            incident.organizations = incident.organizations.compactMap { link in
                guard link.organizationID == duplicate else { return link }
                return hasKept ? nil : OrganizationLink(kept, role: link.role)
            }
            incidents.append(incident)
        }
        try await write(ArchiveBatch(organizations: [organization], incidents: incidents,
                                     deletions: [RecordDeletion(Organization.self, id: duplicate)]), by: editor)
        return try await fetch(Organization.self, id: kept, as: .everything) ?? organization
    }

    /// Records `duplicate` as a second account of the event `kept` records, in one write: the record kept gains the
    /// duplicate's source passages (each once) and its attachments, and the duplicate is rejected with a note naming the record kept, so
    /// that the audit log and its history say where it went. Returns the record kept, as stored.
    ///
    /// `revisions`, when given, are the revisions the editor saw: a change made meanwhile to either record refuses
    /// the merge as a stale edit. A duplicate more restricted than the record kept is refused: its passages would
    /// show at the lower level.
    @discardableResult
    public func merge(incident duplicate: Incident.ID, into kept: Incident.ID, revisions: (duplicate: Int, kept: Int)? = nil,
                      by editor: Editor) async throws -> Incident {
        guard duplicate != kept else { throw ArchiveError.invalid("an incident cannot be merged into itself") }
        guard var old = try await fetch(Incident.self, id: duplicate, as: .everything) else { throw ArchiveError.notFound(.incident, duplicate.rawValue) }
        guard var incident = try await fetch(Incident.self, id: kept, as: .everything) else { throw ArchiveError.notFound(.incident, kept.rawValue) }
        guard old.status != .rejected else { throw ArchiveError.invalid("\(duplicate) is rejected already") }
        guard incident.status != .rejected else { throw ArchiveError.invalid("\(kept) is rejected: merge into a proposed or verified incident") }
        guard old.confidentiality <= incident.confidentiality else {
            throw ArchiveError.invalid("\(duplicate) is \(old.confidentiality.rawValue) and \(kept) is \(incident.confidentiality.rawValue): its passages would show at the lower level; restrict \(kept) first")
        }
        if let revisions {
            old.revision = revisions.duplicate
            incident.revision = revisions.kept
        }
        for passage in old.passages where !incident.passages.contains(where: {
            $0.sourceID == passage.sourceID && $0.start == passage.start && $0.end == passage.end
        }) {
            incident.passages.append(passage)
        }
        old.status = .rejected
        let moved = try await attachments(of: duplicate, as: .everything).map { attachment in
            var moved = attachment
            moved.incidentID = kept
            return moved
        }
        let note = "Duplicate of \(kept): its source passages\(moved.isEmpty ? "" : " and attachments") were added there."
        old.notes = [old.notes, note].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n")
        try await write(ArchiveBatch(incidents: [incident, old], attachments: moved), by: editor)
        return try await fetch(Incident.self, id: kept, as: .everything) ?? incident
    }

    private static func requireSameLevel(_ a: Confidentiality, _ b: Confidentiality, _ kind: String) throws {
        guard a == b else {
            throw ArchiveError.invalid("only \(kind) of the same access level are merged (\(a.rawValue) and \(b.rawValue)): give both the same level first")
        }
    }

    /// The aliases of the record kept, then the duplicate's names, each once and never the kept name itself.
    private static func mergedAliases(_ name: String, _ aliases: [String], _ more: [String]) -> [String] {
        (aliases + more).filter { $0 != name }.uniqued()
    }

    private static func mergedText(_ kept: String?, _ other: String?) -> String? {
        guard let other, !other.isEmpty, other != kept else { return kept }
        guard let kept, !kept.isEmpty else { return other }
        return kept + "\n\n" + other
    }
}
