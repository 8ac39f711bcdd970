import Archive
import CivicModel
import Foundation
import Testing

/// Insert, fetch, update and delete of every record kind, with optimistic concurrency.
@Suite struct RecordLifecycleTests {
    @Test(arguments: ArchiveKind.allCases)
    func eachKindRoundTrips(kind: ArchiveKind) async throws {
        // Given the world stored in an empty archive
        let archive = try await World.stored(in: kind)
        // When each record is fetched back
        // Then it equals what was written, at revision 1
        #expect(try await archive.fetch(Place.self, id: "pla-atyrau", as: .everything) == with(World.atyrau) { $0.revision = 1 })
        #expect(try await archive.fetch(Source.self, id: "src-report", as: .everything) == with(World.report) { $0.revision = 1 })
        #expect(try await archive.fetch(Person.self, id: "per-bokayev", as: .everything) == with(World.bokayev) { $0.revision = 1 })
        #expect(try await archive.fetch(Organization.self, id: "org-union", as: .everything) == with(World.union) { $0.revision = 1 })
        let first = try World.incidents()[0]
        #expect(try await archive.fetch(Incident.self, id: "inc-1", as: .everything) == with(first) { $0.revision = 1 })
        #expect(try await archive.fetch(Incident.self, id: "inc-404", as: .everything) == nil)
        #expect(try await archive.count(Incident.self, as: .everything) == 5)
        #expect(try await archive.count(Place.self, as: .anonymous) == 5)
    }

    @Test(arguments: ArchiveKind.allCases)
    func updateRaisesTheRevisionAndStaleOnesAreRefused(kind: ArchiveKind) async throws {
        // Given a stored person
        let archive = try await World.stored(in: kind)
        var person = try #require(try await archive.fetch(Person.self, id: "per-ayan", as: .everything))
        // When one editor renames them
        person.name = "Talgat Ayanov"
        let saved = try await archive.save(person, by: Editor("aigerim"))
        // Then the revision goes up
        #expect(saved.revision == 2)
        #expect(try await archive.fetch(Person.self, id: "per-ayan", as: .everything)?.name == "Talgat Ayanov")
        // And a second editor still holding revision 1 is refused
        person.name = "T. Ayan"
        await #expect { try await archive.save(person, by: Editor("dana")) } throws: { error in
            (error as? ArchiveError)?.kind == .staleRevision
        }
        #expect(try await archive.fetch(Person.self, id: "per-ayan", as: .everything)?.name == "Talgat Ayanov")
    }

    @Test(arguments: ArchiveKind.allCases)
    func insertingTwiceOrUpdatingNothingIsRefused(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        await #expect { try await archive.save(World.ayan, by: .system) } throws: { ($0 as? ArchiveError)?.kind == .alreadyExists }
        let ghost = Person(id: "per-ghost", name: "Nobody", revision: 3)
        await #expect { try await archive.save(ghost, by: .system) } throws: { ($0 as? ArchiveError)?.kind == .notFound }
        await #expect { try await archive.delete(Person.self, id: "per-ghost", by: .system) } throws: { ($0 as? ArchiveError)?.kind == .notFound }
    }

    @Test(arguments: ArchiveKind.allCases)
    func savingALinkToNothingIsRefused(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        let lost = Incident(date: nil, eventType: .fine, summary: "A fine somewhere.", places: ["pla-nowhere"])
        await #expect { try await archive.save(lost, by: .system) } throws: { ($0 as? ArchiveError)?.kind == .danglingLink }
        let homeless = Person(name: "Someone", placeID: "pla-nowhere")
        await #expect { try await archive.save(homeless, by: .system) } throws: { ($0 as? ArchiveError)?.kind == .danglingLink }
        #expect(try await archive.count(Incident.self, as: .everything) == 5)
    }

    @Test(arguments: ArchiveKind.allCases)
    func incidentsCanBeEditedAndDeleted(kind: ArchiveKind) async throws {
        // Given a stored incident
        let archive = try await World.stored(in: kind)
        var incident = try #require(try await archive.fetch(Incident.self, id: "inc-3", as: .everything))
        // When its date and summary change
        incident.date = try PartialDate(iso: "2019-03-02")
        incident.summary = "The union leader was fined for a solitary picket."
        try await archive.save(incident, by: .system)
        // Then searches see the new text and date, not the old
        #expect(try await archive.ids(IncidentQuery(text: "solitary")) == ["inc-3"])
        #expect(try await archive.ids(IncidentQuery(text: "peaceful")) == [])
        #expect(try await archive.ids(IncidentQuery(from: "2019", to: "2019")) == ["inc-3"])
        // When it is deleted
        try await archive.delete(Incident.self, id: "inc-3", by: .system)
        // Then it is gone from fetches and searches
        #expect(try await archive.fetch(Incident.self, id: "inc-3", as: .everything) == nil)
        #expect(try await archive.ids(IncidentQuery(text: "solitary")) == [])
        #expect(try await archive.count(Incident.self, as: .everything) == 4)
    }

    @Test(arguments: ArchiveKind.allCases)
    func deletingAPersonDetachesThemFromIncidents(kind: ArchiveKind) async throws {
        // Given a person linked to two incidents
        let archive = try await World.stored(in: kind)
        // When the person is deleted
        try await archive.delete(Person.self, id: "per-bokayev", by: Editor("aigerim"))
        // Then the person is gone and each incident lost the link in a new revision
        #expect(try await archive.fetch(Person.self, id: "per-bokayev", as: .everything) == nil)
        let first = try #require(try await archive.fetch(Incident.self, id: "inc-1", as: .everything))
        #expect(first.persons.map(\.personID) == ["per-ayan"])
        #expect(first.revision == 2)
        let second = try #require(try await archive.fetch(Incident.self, id: "inc-2", as: .everything))
        #expect(second.persons.map(\.personID) == ["per-witness"])
        #expect(try await archive.ids(IncidentQuery(personIDs: ["per-bokayev"])) == [])
        #expect(try await archive.ids(IncidentQuery(text: "bokayev")) == [])
        // And the log names the editor for the detachments and the deletion
        let log = try await archive.auditLog(AuditQuery(user: "aigerim"))
        #expect(log.map(\.recordID).sorted() == ["inc-1", "inc-2", "per-bokayev"])
        #expect(log.first?.action == .delete)
    }

    @Test(arguments: ArchiveKind.allCases)
    func deletingAnOrganizationDetachesIt(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        try await archive.delete(Organization.self, id: "org-union", by: .system)
        let incident = try #require(try await archive.fetch(Incident.self, id: "inc-3", as: .everything))
        #expect(incident.organizations.isEmpty)
        #expect(try await archive.facets(matching: IncidentQuery(), as: .everything).organizations["org-union"] == nil)
    }

    @Test(arguments: ArchiveKind.allCases)
    func placesAndSourcesInUseAreKept(kind: ArchiveKind) async throws {
        // Given places used by incidents, a person and another place
        let archive = try await World.stored(in: kind)
        // When one tries to delete them, it is refused
        for id: Place.ID in ["pla-atyrau", "pla-atyrau-region", "pla-almaty"] {
            await #expect { try await archive.delete(Place.self, id: id, by: .system) } throws: { ($0 as? ArchiveError)?.kind == .inUse }
        }
        await #expect { try await archive.delete(Source.self, id: "src-report", by: .system) } throws: { ($0 as? ArchiveError)?.kind == .inUse }
        #expect(try await archive.count(Place.self, as: .everything) == 5)
        // And an unused place can go
        try await archive.save(Place(id: "pla-taraz", name: "Taraz", kind: .city), by: .system)
        try await archive.delete(Place.self, id: "pla-taraz", by: .system)
        #expect(try await archive.fetch(Place.self, id: "pla-taraz", as: .everything) == nil)
    }

    @Test(arguments: ArchiveKind.allCases)
    func aBatchWithADanglingLinkWritesNothing(kind: ArchiveKind) async throws {
        // Given an empty archive and a batch whose last incident links to a person not in it
        let archive = try await kind.make()
        var batch = try World.batch
        batch.incidents.append(Incident(id: "inc-bad", date: nil, eventType: .fine, summary: "A fine.", persons: [PersonLink("per-missing")]))
        // When it is written, it is refused
        await #expect { try await archive.write(batch, by: .system) } throws: { ($0 as? ArchiveError)?.kind == .danglingLink }
        // Then nothing was stored and nothing was logged
        for counted in [try await archive.count(Incident.self, as: .everything), try await archive.count(Place.self, as: .everything),
                        try await archive.count(Person.self, as: .everything)] {
            #expect(counted == 0)
        }
        #expect(try await archive.auditLog(AuditQuery()).isEmpty)
    }

    @Test(arguments: ArchiveKind.allCases)
    func aBatchWithABadRecordWritesNothing(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        let good = Incident(date: nil, eventType: .fine, summary: "A fine for a poster.")
        let empty = Incident(date: nil, eventType: .fine, summary: "  ")
        await #expect(throws: (any Error).self) { try await archive.write(ArchiveBatch(incidents: [good, empty]), by: .system) }
        #expect(try await archive.count(Incident.self, as: .everything) == 5)
    }

    @Test(arguments: ArchiveKind.allCases)
    func aBatchCountsInsertsAndUpdates(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        var ayan = try #require(try await archive.fetch(Person.self, id: "per-ayan", as: .everything))
        ayan.aliases = ["Talgat Ayanuly"]
        let summary = try await archive.write(ArchiveBatch(persons: [ayan, Person(id: "per-new", name: "Aliya Nurova")]), by: .system)
        #expect(summary.inserted[.person] == 1)
        #expect(summary.updated[.person] == 1)
        #expect(summary.total == 2)
        #expect(try await archive.ids(IncidentQuery(text: "ayanuly")) == ["inc-1"])
    }

    @Test(arguments: ArchiveKind.allCases)
    func listsMatchNamesByWordPrefix(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        let persons = try await archive.list(Person.self, matching: "bok", as: .everything, limit: 10, offset: 0)
        #expect(persons.map(\.id) == ["per-bokayev"])
        let places = try await archive.list(Place.self, matching: "atyrau", as: .everything, limit: 10, offset: 0)
        #expect(places.map(\.id) == ["pla-atyrau", "pla-atyrau-region"])
        let paged = try await archive.list(Place.self, matching: nil, as: .everything, limit: 2, offset: 1)
        #expect(paged.map(\.name) == ["Atyrau", "Atyrau Region"])
        #expect(try await archive.list(Place.self, matching: "zhanaoz", as: .everything, limit: 10, offset: 0).map(\.id) == ["pla-zhanaozen"])
        #expect(try await archive.persons(named: "Maks Bokaev", as: .everything).map(\.id) == ["per-bokayev"])
    }

    @Test(arguments: ArchiveKind.allCases)
    func usersAreStoredAndAudited(kind: ArchiveKind) async throws {
        // Given an empty archive
        let archive = try await kind.make()
        let created = Date(timeIntervalSinceReferenceDate: 800_000_000)
        // When two users are added and one changes role
        try await archive.save(user: UserAccount(name: "dana", role: .editor, passwordHash: "$2b$12$abc", createdAt: created), by: .system)
        try await archive.save(user: UserAccount(name: "arman", role: .viewer, passwordHash: "$2b$12$def", createdAt: created), by: .system)
        try await archive.save(user: UserAccount(name: "arman", role: .admin, passwordHash: "$2b$12$def", createdAt: created, disabled: true), by: Editor("dana"))
        // Then they read back in name order
        #expect(try await archive.users().map(\.name) == ["arman", "dana"])
        let arman = try #require(try await archive.user(named: "arman"))
        #expect(arman.role == .admin && arman.disabled && arman.createdAt == created && arman.passwordHash == "$2b$12$def")
        // And the log has the change without the password hash
        let change = try #require(try await archive.auditLog(AuditQuery(recordKind: "user", recordID: "arman")).first)
        #expect(change.action == .update && change.user == "dana")
        #expect(change.before?.contains("viewer") == true && change.after?.contains("admin") == true)
        #expect(change.after?.contains("$2b$") == false)
        // Two-step sign-in's secret and recovery-code digests read back as saved, and go together when it is switched off
        var secured = arman
        secured.totpSecret = "JBSWY3DPEHPK3PXP"
        secured.recoveryCodes = [String(repeating: "a", count: 64), String(repeating: "b", count: 64)]
        try await archive.save(user: secured, by: Editor("arman"))
        #expect(try await archive.user(named: "arman")?.recoveryCodes == secured.recoveryCodes)
        #expect(try await archive.users().first?.totpSecret == "JBSWY3DPEHPK3PXP")
        let logged = try #require(try await archive.auditLog(AuditQuery(recordKind: "user", recordID: "arman")).first)
        #expect(logged.after?.contains("aaaa") == false)
        secured.switchOffTwoStep()
        try await archive.save(user: secured, by: Editor("arman"))
        let off = try #require(try await archive.user(named: "arman"))
        #expect(off.totpSecret == nil && off.recoveryCodes.isEmpty)
        // When one is deleted it is gone; deleting an unknown user is refused
        try await archive.deleteUser(named: "dana", by: .system)
        #expect(try await archive.user(named: "dana") == nil)
        await #expect { try await archive.deleteUser(named: "nobody", by: .system) } throws: { ($0 as? ArchiveError)?.kind == .invalid }
    }
}

/// A copy of a value with a change applied.
func with<T>(_ value: T, _ change: (inout T) -> Void) -> T {
    var copy = value
    change(&copy)
    return copy
}
