import CivicModel
import Foundation

/// An archive held in memory: for tests and for trying things out. Same behaviour as the stored ones.
public actor MemoryArchive: Archive {
    private var records: [RecordKind: [String: any ArchiveRecord]] = [:]
    private var history: [String: [Revision]] = [:]
    private var log: [AuditEntry] = []
    private var accounts: [String: UserAccount] = [:]
    /// Attached files' bytes by SHA-256.
    private var contents: [String: [UInt8]] = [:]
    private let clock: @Sendable () -> Date

    public init(clock: @escaping @Sendable () -> Date = { Date() }) {
        self.clock = clock
    }

    // MARK: Reading

    public func fetch<R: ArchiveRecord>(_ type: R.Type, id: R.ID, as viewer: Clearance) throws -> R? {
        guard let record = records[R.recordKind]?[id.rawValue] as? R, visible(record, to: viewer) else { return nil }
        if let incident = record as? Incident { return incident.redacted(for: viewer, hiding: hidden(for: viewer)) as? R }
        return record
    }

    public func list<R: ArchiveRecord>(_ type: R.Type, matching text: String?, as viewer: Clearance,
                                       limit: Int, offset: Int) throws -> [R] {
        let words = SearchText.words(text ?? "")
        let all = (records[R.recordKind]?.values.compactMap { $0 as? R } ?? [])
            .filter { visible($0, to: viewer) }
            .filter { words.isEmpty || SearchText.matches(queryWords: words, documentWords: Set(RecordListing.nameWords(of: $0))) }
            .sorted { (RecordListing.sortName(of: $0), $0.id) < (RecordListing.sortName(of: $1), $1.id) }
        let page = Array(all.dropFirst(offset).prefix(limit))
        if R.recordKind == .incident {
            let hiddenRecords = hidden(for: viewer)
            return page.map { ($0 as! Incident).redacted(for: viewer, hiding: hiddenRecords) as! R }
        }
        return page
    }

    public func count<R: ArchiveRecord>(_ type: R.Type, as viewer: Clearance) throws -> Int {
        records[R.recordKind]?.values.filter { visible($0, to: viewer) }.count ?? 0
    }

    public func incidents(matching query: IncidentQuery, as viewer: Clearance) throws -> IncidentPage {
        let matching = try filtered(query, viewer)
        let sorted: [Incident]
        switch query.sort {
        case .dateAscending:
            sorted = matching.sorted { ($0.date?.earliestDay ?? "9999", $0.id) < ($1.date?.earliestDay ?? "9999", $1.id) }
        case .dateDescending:
            sorted = matching.sorted { ($0.date?.latestDay ?? "0000", $1.id) > ($1.date?.latestDay ?? "0000", $0.id) }
        }
        let hiddenRecords = hidden(for: viewer)
        let page = sorted.dropFirst(query.offset).prefix(query.limit).map { $0.redacted(for: viewer, hiding: hiddenRecords) }
        return IncidentPage.capped(Array(page), total: matching.count, by: query)
    }

    public func facets(matching query: IncidentQuery, as viewer: Clearance) throws -> IncidentFacets {
        var facets = IncidentFacets()
        let hiddenRecords = hidden(for: viewer)
        var matching = try filtered(query, viewer)
        if let cap = query.countLimit, matching.count > cap {
            // The newest matches, by the latest day their dates can mean; undated last.
            matching = Array(matching.sorted { ($0.date?.latestDay ?? "0000", $1.id) > ($1.date?.latestDay ?? "0000", $0.id) }.prefix(cap))
            facets.isSampled = true
        }
        for incident in matching.map({ $0.redacted(for: viewer, hiding: hiddenRecords) }) {
            facets.total += 1
            facets.eventTypes[incident.eventType, default: 0] += 1
            facets.statuses[incident.status, default: 0] += 1
            if let date = incident.date {
                facets.years[String(date.year), default: 0] += 1
                if date.month != nil { facets.months[String(date.iso.prefix(7)), default: 0] += 1 }
            }
            for region in Set(incident.places.compactMap { place($0)?.countingRegionID }) { facets.regions[region, default: 0] += 1 }
            for key in Set(incident.legalProvisions.map(ProvisionKey.init)) { facets.provisions[key, default: 0] += 1 }
            for p in incident.persons { facets.persons[p.personID, default: 0] += 1 }
            for o in incident.organizations { facets.organizations[o.organizationID, default: 0] += 1 }
        }
        return facets
    }

    public func auditLog(_ query: AuditQuery) throws -> [AuditEntry] {
        let entries = log.reversed().filter {
            (query.recordKind == nil || $0.recordKind == query.recordKind)
                && (query.recordID == nil || $0.recordID == query.recordID)
                && (query.user == nil || $0.user == query.user)
        }
        return Array(entries.dropFirst(query.offset).prefix(query.limit))
    }

    public func revisions(of kind: RecordKind, id: String) throws -> [Revision] {
        history["\(kind.rawValue)/\(id)"] ?? []
    }

    // MARK: Writing

    public func save<R: ArchiveRecord>(_ record: R, by editor: Editor) throws -> R {
        try transaction {
            try $0.put(record, by: editor)
        }
    }

    public func delete<R: ArchiveRecord>(_ type: R.Type, id: R.ID, by editor: Editor) throws {
        try transaction { try $0.delete(R.recordKind, id.rawValue, by: editor) }
    }

    public func write(_ batch: ArchiveBatch, by editor: Editor) throws -> ArchiveBatch.Summary {
        try transaction { archive in
            try batch.checkLinks { kind, id in archive.records[kind]?[id] != nil }
            var summary = ArchiveBatch.Summary()
            func put<R: ArchiveRecord>(_ list: [R]) throws {
                for record in list {
                    let stored = try archive.put(record, by: editor, checkLinks: false)
                    if stored.revision == 1 { summary.inserted[R.recordKind, default: 0] += 1 } else { summary.updated[R.recordKind, default: 0] += 1 }
                }
            }
            // Files first: sources and attachments name them.
            for bytes in batch.contents { archive.contents[ContentDigest.sha256(bytes)] = bytes }
            try put(batch.places)
            try put(batch.sources)
            try put(batch.persons)
            try put(batch.organizations)
            try put(batch.incidents)
            try put(batch.attachments)
            for deletion in batch.deletions {
                try archive.delete(deletion.kind, deletion.id, by: editor)
                summary.deleted[deletion.kind, default: 0] += 1
            }
            return summary
        }
    }

    // MARK: Attachments

    public func attach(_ attachment: Attachment, content: [UInt8], by editor: Editor) throws -> Attachment {
        let prepared = try ContentDigest.prepare(attachment, content: content)
        return try transaction { archive in
            if archive.contents[prepared.sha256] == nil { archive.contents[prepared.sha256] = content }
            return try archive.put(prepared, by: editor)
        }
    }

    public func content(sha256: String) throws -> [UInt8]? { contents[sha256] }

    public func incidentsWithAttachments() throws -> Set<Incident.ID> { Set(all(Attachment.self).map(\.incidentID)) }

    public func attachments(of incident: Incident.ID, as viewer: Clearance) throws -> [Attachment] {
        all(Attachment.self).filter { $0.incidentID == incident && viewer.allows($0.confidentiality) }
            .sorted { ($0.fileName, $0.id) < ($1.fileName, $1.id) }
    }

    // MARK: Users

    public func user(named name: String) throws -> UserAccount? { accounts[name] }
    public func users() throws -> [UserAccount] { accounts.values.sorted { $0.name < $1.name } }

    public func save(user: UserAccount, by editor: Editor) throws {
        let before = try accounts[user.name].map { try RecordCoding.encode(AccountSummary($0)) }
        accounts[user.name] = user
        append(before == nil ? .create : .update, kind: "user", id: user.name, revision: nil,
               before: before, after: try RecordCoding.encode(AccountSummary(user)), by: editor)
    }

    public func deleteUser(named name: String, by editor: Editor) throws {
        guard let old = accounts.removeValue(forKey: name) else { throw ArchiveError.invalid("no user '\(name)'") }
        append(.delete, kind: "user", id: name, revision: nil, before: try RecordCoding.encode(AccountSummary(old)), after: nil, by: editor)
    }

    // MARK: Internals

    /// Runs a write on a copy of the state and keeps it only when nothing threw.
    private func transaction<T>(_ body: (inout State) throws -> T) throws -> T {
        var state = State(records: records, history: history, log: log, contents: contents, clock: clock)
        let result = try body(&state)
        records = state.records
        history = state.history
        log = state.log
        contents = state.contents
        return result
    }

    private func append(_ action: AuditEntry.Action, kind: String, id: String, revision: Int?, before: String?, after: String?, by editor: Editor) {
        var state = State(records: records, history: history, log: log, contents: contents, clock: clock)
        state.append(action, kind: kind, id: id, revision: revision, before: before, after: after, by: editor)
        log = state.log
    }

    private struct State {
        var records: [RecordKind: [String: any ArchiveRecord]]
        var history: [String: [Revision]]
        var log: [AuditEntry]
        var contents: [String: [UInt8]]
        let clock: @Sendable () -> Date

        /// The last attachment or source that keeps some bytes takes them along: a file deleted by mistake or for
        /// safety is gone.
        mutating func dropContentIfUnused(_ digest: String) {
            guard !all(Attachment.self).contains(where: { $0.sha256 == digest }),
                  !all(Source.self).contains(where: { $0.original?.sha256 == digest }) else { return }
            contents[digest] = nil
        }

        func all<R: ArchiveRecord>(_ type: R.Type) -> [R] { records[R.recordKind]?.values.compactMap { $0 as? R } ?? [] }

        @discardableResult
        mutating func put<R: ArchiveRecord>(_ record: R, by editor: Editor, checkLinks: Bool = true) throws -> R {
            if let incident = record as? Incident { try incident.validate() }
            if let attachment = record as? Attachment {
                try ContentDigest.requireStored(attachment, storedByteCount: contents[attachment.sha256]?.count)
            }
            // A source's original must be stored; one it replaces goes unless something else keeps it.
            let replacedOriginal = record is Source ? (records[.source]?[record.id.rawValue] as? Source)?.original : nil
            if let original = (record as? Source)?.original {
                try ContentDigest.requireStored(original, of: "source \(record.id)", storedByteCount: contents[original.sha256]?.count)
            }
            defer { if let replacedOriginal { dropContentIfUnused(replacedOriginal.sha256) } }
            if checkLinks {
                try record.checkLinks { kind, id in
                    if records[kind]?[id] == nil { throw ArchiveError.danglingLink(from: "\(R.recordKind.rawValue) \(record.id)", to: kind, id) }
                }
            }
            let existing = records[R.recordKind]?[record.id.rawValue] as? R
            var stored = record
            if record.revision == 0 {
                if existing != nil { throw ArchiveError.alreadyExists(R.recordKind, record.id.rawValue) }
                stored.revision = 1
            } else {
                guard let existing else { throw ArchiveError.notFound(R.recordKind, record.id.rawValue) }
                guard existing.revision == record.revision else {
                    throw ArchiveError.staleRevision(R.recordKind, record.id.rawValue, yours: record.revision, current: existing.revision)
                }
                stored.revision = existing.revision + 1
            }
            records[R.recordKind, default: [:]][record.id.rawValue] = stored
            let body = try RecordCoding.encode(stored)
            let now = clock()
            history["\(R.recordKind.rawValue)/\(record.id.rawValue)", default: []].append(
                Revision(recordKind: R.recordKind, recordID: record.id.rawValue, number: stored.revision, at: now, user: editor.name, body: body))
            append(existing == nil ? .create : .update, kind: R.recordKind.rawValue, id: record.id.rawValue, revision: stored.revision,
                   before: try existing.map { try RecordCoding.encode($0) }, after: body, by: editor)
            return stored
        }

        /// Deletes a record: a person's or organisation's links go with it; a place or source in use is refused.
        mutating func delete(_ kind: RecordKind, _ id: String, by editor: Editor) throws {
            guard let old = records[kind]?[id] else { throw ArchiveError.notFound(kind, id) }
            let incidents = records[.incident]?.values.compactMap { $0 as? Incident } ?? []
            switch kind {
            case .person:
                for var incident in incidents where incident.persons.contains(where: { $0.personID.rawValue == id }) {
                    incident.persons.removeAll { $0.personID.rawValue == id }
                    try put(incident, by: editor)
                }
            case .organization:
                for var incident in incidents where incident.organizations.contains(where: { $0.organizationID.rawValue == id }) {
                    incident.organizations.removeAll { $0.organizationID.rawValue == id }
                    try put(incident, by: editor)
                }
            case .place:
                let users = incidents.filter { $0.places.contains { $0.rawValue == id } }.count
                    + all(Person.self).filter { $0.placeID?.rawValue == id }.count
                    + all(Organization.self).filter { $0.placeID?.rawValue == id }.count
                    + all(Place.self).filter { $0.regionID?.rawValue == id }.count
                if users > 0 { throw ArchiveError.inUse(.place, id, by: users) }
            case .source:
                let users = incidents.filter { $0.passages.contains { $0.sourceID.rawValue == id } }.count
                if users > 0 { throw ArchiveError.inUse(.source, id, by: users) }
            case .incident:
                let users = all(Attachment.self).filter { $0.incidentID.rawValue == id }.count
                if users > 0 { throw ArchiveError.inUse(.incident, id, by: users) }
            case .attachment:
                break
            }
            records[kind]?[id] = nil
            if let digest = (old as? Attachment)?.sha256 ?? (old as? Source)?.original?.sha256 { dropContentIfUnused(digest) }
            append(.delete, kind: kind.rawValue, id: id, revision: nil, before: try RecordCoding.encode(old), after: nil, by: editor)
        }

        mutating func append(_ action: AuditEntry.Action, kind: String, id: String, revision: Int?, before: String?, after: String?, by editor: Editor) {
            log.append(AuditEntry(sequence: Int64(log.count + 1), at: clock(), user: editor.name, action: action,
                                  recordKind: kind, recordID: id, revision: revision, before: before, after: after))
        }
    }

    private func place(_ id: Place.ID) -> Place? { records[.place]?[id.rawValue] as? Place }

    private func visible(_ record: any ArchiveRecord, to viewer: Clearance) -> Bool {
        switch record {
        case let r as Incident: viewer.allows(r.confidentiality)
        case let r as Person: viewer.allows(r.confidentiality)
        case let r as Organization: viewer.allows(r.confidentiality)
        case let r as Source: viewer.allows(r.confidentiality)
        case let r as Attachment: viewer.allows(r.confidentiality)
        default: true
        }
    }

    private func hidden(for viewer: Clearance) -> HiddenRecords {
        func above<R: ArchiveRecord>(_ type: R.Type) -> Set<R.ID> {
            Set((records[R.recordKind]?.values.compactMap { $0 as? R } ?? []).filter { !visible($0, to: viewer) }.map(\.id))
        }
        return HiddenRecords(persons: above(Person.self), organizations: above(Organization.self), sources: above(Source.self))
    }

    /// The words an incident is found by: its own text and the names of what it links to.
    private func searchWords(of incident: Incident) -> Set<String> {
        var text = [incident.summary, incident.notes ?? ""] + incident.passages.compactMap(\.quote)
        text += incident.persons.compactMap { (records[.person]?[$0.personID.rawValue] as? Person)?.allNames.joined(separator: " ") }
        text += incident.organizations.compactMap { (records[.organization]?[$0.organizationID.rawValue] as? Organization)?.allNames.joined(separator: " ") }
        text += incident.places.compactMap { place($0)?.allNames.joined(separator: " ") }
        return Set(text.flatMap(SearchText.words))
    }

    private func filtered(_ query: IncidentQuery, _ viewer: Clearance) throws -> [Incident] {
        let words = query.searchWords
        let provisionKeys = query.provisionKeys
        let hiddenRecords = hidden(for: viewer)
        let fromDay = try query.from.map { try IncidentQuery.day($0, latest: false) }
        let toDay = try query.to.map { try IncidentQuery.day($0, latest: true) }
        return all(Incident.self).filter { incident in
            guard viewer.allows(incident.confidentiality) else { return false }
            if !query.confidentialities.isEmpty, !query.confidentialities.contains(incident.confidentiality) { return false }
            if !query.statuses.isEmpty, !query.statuses.contains(incident.status) { return false }
            if !query.eventTypes.isEmpty, !query.eventTypes.contains(incident.eventType) { return false }
            if fromDay != nil || toDay != nil {
                guard let date = incident.date else { return false }
                if let fromDay, date.latestDay < fromDay { return false }
                if let toDay, date.earliestDay > toDay { return false }
            }
            if !query.placeIDs.isEmpty, query.placeIDs.isDisjoint(with: incident.places) { return false }
            if !query.regionIDs.isEmpty {
                let regions = Set(incident.places.flatMap { [$0] + (place($0)?.regionID.map { [$0] } ?? []) })
                if query.regionIDs.isDisjoint(with: regions) { return false }
            }
            let visible = incident.redacted(for: viewer, hiding: hiddenRecords)
            if !query.personIDs.isEmpty, query.personIDs.isDisjoint(with: visible.persons.map(\.personID)) { return false }
            if !query.organizationIDs.isEmpty, query.organizationIDs.isDisjoint(with: visible.organizations.map(\.organizationID)) { return false }
            if !provisionKeys.isEmpty, provisionKeys.isDisjoint(with: incident.legalProvisions.map(ProvisionKey.init)) { return false }
            if let source = query.sourceID, !visible.passages.contains(where: { $0.sourceID == source }) { return false }
            if !words.isEmpty, !SearchText.matches(queryWords: words, documentWords: searchWords(of: visible)) { return false }
            return true
        }
    }

    private func all<R: ArchiveRecord>(_ type: R.Type) -> [R] { records[R.recordKind]?.values.compactMap { $0 as? R } ?? [] }
}

/// What the audit log keeps of an account: never the password hash or the two-step secret, only whether there is one.
public struct AccountSummary: Codable, Sendable {
    public var name: String
    public var role: UserAccount.Role
    public var disabled: Bool
    /// `true` while two-step sign-in is on; absent when off.
    public var twoStep: Bool?
    public init(name: String, role: UserAccount.Role, disabled: Bool, twoStep: Bool) {
        self.name = name
        self.role = role
        self.disabled = disabled
        self.twoStep = twoStep ? true : nil
    }
    public init(_ account: UserAccount) {
        self.init(name: account.name, role: account.role, disabled: account.disabled, twoStep: account.totpSecret != nil)
    }
}
