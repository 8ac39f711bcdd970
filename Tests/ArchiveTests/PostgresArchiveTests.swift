import Archive
import ArchivePostgres
import CivicModel
import Foundation
import Testing

/// A small deterministic random generator, so a failing comparison can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A made-up archive in English, Russian and Kazakh words, with every confidentiality level, for comparing stores.
struct SampleWorld {
    static let words = [
        "picket", "Picketers", "court", "journalist", "fine", "detained", "Café", "union", "strike", "blogger",
        "митинг", "Суд", "журналист", "штраф", "задержан", "профсоюз", "Ёлка", "пикет",
        "наразылық", "сот", "айыппұл", "жиын", "Қазақ", "ұстады", "Жаңа", "өкімдік",
    ]
    var batch = ArchiveBatch()
    var rng: SeededGenerator

    init(seed: UInt64, incidents count: Int) throws {
        rng = SeededGenerator(state: seed)
        let levels = Confidentiality.allCases
        for r in 0..<3 {
            batch.places.append(Place(id: Place.ID("pla-region\(r)"), name: "Region \(phrase(1))", aliases: [phrase(1)], kind: .region))
        }
        for c in 0..<6 {
            batch.places.append(Place(id: Place.ID("pla-city\(c)"), name: "City \(phrase(1))", kind: .city,
                                      regionID: Place.ID("pla-region\(c % 3)")))
        }
        for s in 0..<4 {
            batch.sources.append(Source(id: Source.ID("src-\(s)"), title: "Report \(phrase(2))", publisher: phrase(1),
                                        confidentiality: levels[s % 3]))
        }
        for p in 0..<10 {
            batch.persons.append(Person(id: Person.ID("per-\(p)"), name: "Person \(phrase(2))", aliases: [phrase(1)],
                                        placeID: p % 2 == 0 ? Place.ID("pla-city\(p % 6)") : nil, confidentiality: levels[p % 3]))
        }
        for o in 0..<5 {
            batch.organizations.append(Organization(id: Organization.ID("org-\(o)"), name: "Group \(phrase(2))",
                                                    confidentiality: levels[(o + 1) % 3]))
        }
        for i in 0..<count {
            let places = pick(batch.places.map(\.id), upTo: 2)
            let persons = pick(batch.persons.map(\.id), upTo: 3).map { PersonLink($0) }
            let organizations = pick(batch.organizations.map(\.id), upTo: 2).map { OrganizationLink($0, role: .perpetrator) }
            let sources = pick(batch.sources.map(\.id), upTo: 2)
            let year = Int.random(in: 2019...2023, using: &rng)
            let precision = Int.random(in: 0..<4, using: &rng)
            let date: PartialDate? = switch precision {
            case 0: nil
            case 1: try PartialDate(year: year)
            case 2: try PartialDate(year: year, month: Int.random(in: 1...12, using: &rng))
            default: try PartialDate(year: year, month: Int.random(in: 1...12, using: &rng), day: Int.random(in: 1...28, using: &rng))
            }
            let provisions = pick([LegalProvisionRef(code: .criminal, article: "174"), LegalProvisionRef(code: .administrative, article: "488", part: "1"),
                                   LegalProvisionRef(code: .administrative, article: "488", part: "2"), LegalProvisionRef(code: .criminal, article: "405")], upTo: 2)
            batch.incidents.append(Incident(
                id: Incident.ID("inc-\(String(format: "%04d", i))"), date: date,
                eventType: [EventType.detention, .fine, .administrativeArrest, .warning].randomElement(using: &rng)!,
                summary: phrase(4), places: places, persons: persons, organizations: organizations, legalProvisions: provisions,
                status: ReviewStatus.allCases.randomElement(using: &rng)!, confidentiality: levels.randomElement(using: &rng)!,
                passages: sources.map { SourcePassage(sourceID: $0, start: 0, end: 5, quote: phrase(2)) },
                notes: Bool.random(using: &rng) ? phrase(2) : nil))
        }
    }

    mutating func phrase(_ count: Int) -> String {
        (0..<count).map { _ in Self.words.randomElement(using: &rng)! }.joined(separator: " ")
    }

    mutating func pick<T: Hashable>(_ items: [T], upTo n: Int) -> [T] {
        Array(items.shuffled(using: &rng).prefix(Int.random(in: 0...n, using: &rng)))
    }

    /// Queries that exercise every filter, alone and together.
    mutating func queries(_ count: Int) -> [IncidentQuery] {
        var out: [IncidentQuery] = [IncidentQuery(limit: 1000)]
        for _ in 0..<count {
            var q = IncidentQuery(limit: Int.random(in: 1...40, using: &rng), offset: Int.random(in: 0...5, using: &rng))
            q.sort = IncidentQuery.Sort.allCases.randomElement(using: &rng)!
            switch Int.random(in: 0..<12, using: &rng) {
            case 0: q.text = String(Self.words.randomElement(using: &rng)!.prefix(Int.random(in: 2...5, using: &rng)))
            case 1: q.text = phrase(2)
            case 2: q.from = "2021-03-01"; q.to = "2022-06-30"
            case 3: q.eventTypes = [.fine, .warning]
            case 4: q.regionIDs = [Place.ID("pla-region\(Int.random(in: 0..<3, using: &rng))")]
            case 5: q.placeIDs = [Place.ID("pla-city\(Int.random(in: 0..<6, using: &rng))")]
            case 6: q.personIDs = [Person.ID("per-\(Int.random(in: 0..<10, using: &rng))")]
            case 7: q.organizationIDs = [Organization.ID("org-\(Int.random(in: 0..<5, using: &rng))")]
            case 8: q.provisions = [LegalProvisionRef(code: .administrative, article: "488")]
            case 9: q.sourceID = Source.ID("src-\(Int.random(in: 0..<4, using: &rng))")
            case 10: q.statuses = [.verified]; q.confidentialities = [.restricted, .confidential]
            default: q.text = "журн"; q.from = "2020"; q.regionIDs = [Place.ID("pla-region1")]
            }
            out.append(q)
        }
        return out
    }
}

/// Runs the same operations on `MemoryArchive` and PostgreSQL and requires the same answers.
@Suite("PostgreSQL archive", .serialized, .enabled(if: PostgresTestDatabase.isAvailable, Comment(rawValue: PostgresTestDatabase.skipMessage)))
struct PostgresArchiveTests {
    static let viewers: [Clearance] = [.anonymous, .restricted, .everything]

    /// Compares what both stores answer to the same reads.
    func expectSameAnswers(_ memory: MemoryArchive, _ postgres: PostgresArchive, world: inout SampleWorld,
                           sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await expectSameSearches(memory, postgres, queries: world.queries(40), viewers: Self.viewers, sourceLocation: sourceLocation)
        for viewer in Self.viewers {
            for text in [nil, "per", "Region", "журн", "Қаз", "cafe", "ёлк", "nothing"] as [String?] {
                #expect(try await memory.list(Person.self, matching: text, as: viewer, limit: 100, offset: 0)
                    == postgres.list(Person.self, matching: text, as: viewer, limit: 100, offset: 0), sourceLocation: sourceLocation)
                #expect(try await memory.list(Place.self, matching: text, as: viewer, limit: 100, offset: 0)
                    == postgres.list(Place.self, matching: text, as: viewer, limit: 100, offset: 0), sourceLocation: sourceLocation)
                #expect(try await memory.list(Source.self, matching: text, as: viewer, limit: 100, offset: 0)
                    == postgres.list(Source.self, matching: text, as: viewer, limit: 100, offset: 0), sourceLocation: sourceLocation)
                #expect(try await memory.list(Organization.self, matching: text, as: viewer, limit: 3, offset: 1)
                    == postgres.list(Organization.self, matching: text, as: viewer, limit: 3, offset: 1), sourceLocation: sourceLocation)
                #expect(try await memory.list(Incident.self, matching: text, as: viewer, limit: 20, offset: 2)
                    == postgres.list(Incident.self, matching: text, as: viewer, limit: 20, offset: 2), sourceLocation: sourceLocation)
            }
            #expect(try await memory.count(Incident.self, as: viewer) == postgres.count(Incident.self, as: viewer), sourceLocation: sourceLocation)
            #expect(try await memory.count(Person.self, as: viewer) == postgres.count(Person.self, as: viewer), sourceLocation: sourceLocation)
            #expect(try await memory.count(Place.self, as: viewer) == postgres.count(Place.self, as: viewer), sourceLocation: sourceLocation)
            for id in ["inc-0000", "inc-0007", "inc-0031", "inc-9999"] {
                #expect(try await memory.fetch(Incident.self, id: Incident.ID(id), as: viewer)
                    == postgres.fetch(Incident.self, id: Incident.ID(id), as: viewer), sourceLocation: sourceLocation)
            }
        }
        // The same entries; the order of the incidents a deletion detaches is unspecified (MemoryArchive walks a dictionary).
        let logA = try await memory.auditLog(AuditQuery(limit: 10_000)).map(Self.comparable)
        let logB = try await postgres.auditLog(AuditQuery(limit: 10_000)).map(Self.comparable)
        #expect(logA.count == logB.count, sourceLocation: sourceLocation)
        #expect(Set(logA).symmetricDifference(logB).isEmpty, "audit entries differ", sourceLocation: sourceLocation)
    }

    /// An audit entry without its time and sequence number, which differ between stores.
    static func comparable(_ entry: AuditEntry) -> String {
        "\(entry.user) \(entry.action) \(entry.recordKind)/\(entry.recordID) r\(entry.revision ?? -1) \(entry.before ?? "-") \(entry.after ?? "-")"
    }

    @Test func answersLikeTheMemoryArchive() async throws {
        try await PostgresTestDatabase.withArchive { postgres in
            var world = try SampleWorld(seed: 6, incidents: 120)
            let memory = MemoryArchive()
            let summaryA = try await memory.write(world.batch, by: .commandLine)
            let summaryB = try await postgres.write(world.batch, by: .commandLine)
            #expect(summaryA == summaryB)
            try await expectSameAnswers(memory, postgres, world: &world)

            // Renames and confidentiality changes of linked records change what finds incidents.
            for archive in [memory, postgres] as [any Archive] {
                var person = try #require(try await archive.fetch(Person.self, id: "per-1", as: .everything))
                person.name = "Renamed Zhanbolat"
                person.confidentiality = .public
                try await archive.save(person, by: Editor("ana"))
                var source = try #require(try await archive.fetch(Source.self, id: "src-0", as: .everything))
                source.confidentiality = .confidential
                try await archive.save(source, by: Editor("ana"))
                var place = try #require(try await archive.fetch(Place.self, id: "pla-city2", as: .everything))
                place.aliases = ["Oral"]
                try await archive.save(place, by: Editor("ana"))
                var incident = try #require(try await archive.fetch(Incident.self, id: "inc-0005", as: .everything))
                incident.summary = "Edited summary about a Zhanbolat picket"
                incident.persons = [PersonLink("per-2")]
                try await archive.save(incident, by: Editor("bek"))
                try await archive.delete(Person.self, id: "per-4", by: Editor("bek"))
                try await archive.delete(Organization.self, id: "org-2", by: Editor("bek"))
                try await archive.delete(Incident.self, id: "inc-0009", by: Editor("bek"))
                try await archive.revert(Incident.self, id: "inc-0005", to: 1, by: Editor("ana"))
            }
            try await expectSameAnswers(memory, postgres, world: &world)
            for query in ["zhanb", "oral"] {
                let hits = try await postgres.incidents(matching: IncidentQuery(text: query), as: .everything).total
                #expect(hits == (try await memory.incidents(matching: IncidentQuery(text: query), as: .everything).total))
            }
            let revisionsA = try await memory.revisions(of: .incident, id: "inc-0005").map { "\($0.number) \($0.user) \($0.body)" }
            let revisionsB = try await postgres.revisions(of: .incident, id: "inc-0005").map { "\($0.number) \($0.user) \($0.body)" }
            #expect(revisionsA == revisionsB)
            #expect(revisionsB.count == 3)
        }
    }

    @Test func refusesWhatTheMemoryArchiveRefuses() async throws {
        try await PostgresTestDatabase.withArchive { postgres in
            let world = try SampleWorld(seed: 9, incidents: 20)
            try await postgres.write(world.batch, by: .commandLine)
            let memory = MemoryArchive()
            try await memory.write(world.batch, by: .commandLine)
            let before = try await postgres.auditLog(AuditQuery(limit: 10_000)).count

            await #expect(throws: ArchiveError.alreadyExists(.person, "per-1")) {
                try await postgres.save(Person(id: "per-1", name: "Twin"), by: .commandLine)
            }
            await #expect(throws: ArchiveError.notFound(.person, "per-77")) {
                try await postgres.save(Person(id: "per-77", name: "Ghost", revision: 3), by: .commandLine)
            }
            let inUse = await #expect(throws: ArchiveError.self) {
                try await memory.delete(Place.self, id: "pla-region0", by: .commandLine)
            }
            #expect(inUse?.kind == .inUse)
            await #expect(throws: try #require(inUse)) {
                try await postgres.delete(Place.self, id: "pla-region0", by: .commandLine)
            }
            let dangling = Incident(id: "inc-new", date: nil, eventType: .fine, summary: "A fine for a post", persons: [PersonLink("per-404")])
            await #expect(throws: ArchiveError.danglingLink(from: "incident inc-new", to: .person, "per-404")) {
                try await postgres.save(dangling, by: .commandLine)
            }
            // A batch with one bad record writes nothing.
            var batch = ArchiveBatch(persons: [Person(id: "per-new", name: "Fresh Name")])
            batch.incidents = [Incident(id: "inc-0001", date: nil, eventType: .fine, summary: "duplicate")]
            await #expect(throws: ArchiveError.alreadyExists(.incident, "inc-0001")) {
                try await postgres.write(batch, by: .commandLine)
            }
            #expect(try await postgres.fetch(Person.self, id: "per-new", as: .everything) == nil)
            await #expect(throws: (any Error).self) {
                try await postgres.save(Incident(date: nil, eventType: .fine, summary: "  "), by: .commandLine)
            }
            #expect(try await postgres.auditLog(AuditQuery(limit: 10_000)).count == before)
        }
    }

    @Test func keepsUsersAndAuditsThemWithoutHashes() async throws {
        try await PostgresTestDatabase.withArchive { postgres in
            let memory = MemoryArchive()
            let created = Date(timeIntervalSince1970: 1_700_000_000)
            for archive in [memory, postgres] as [any Archive] {
                try await archive.save(user: UserAccount(name: "aigerim", role: .editor, passwordHash: "$2b$12$abc", createdAt: created), by: .system)
                try await archive.save(user: UserAccount(name: "dana", role: .viewer, passwordHash: "$2b$12$def", createdAt: created), by: .system)
                try await archive.save(user: UserAccount(name: "dana", role: .admin, passwordHash: "$2b$12$ghi", createdAt: created, disabled: true), by: Editor("aigerim"))
                try await archive.deleteUser(named: "aigerim", by: Editor("dana"))
                await #expect(throws: ArchiveError.invalid("no user 'nobody'")) { try await archive.deleteUser(named: "nobody", by: .system) }
            }
            #expect(try await memory.users() == postgres.users())
            #expect(try await postgres.user(named: "dana")?.passwordHash == "$2b$12$ghi")
            #expect(try await postgres.user(named: "aigerim") == nil)
            let logA = try await memory.auditLog(AuditQuery(recordKind: "user")).map(Self.comparable)
            let logB = try await postgres.auditLog(AuditQuery(recordKind: "user")).map(Self.comparable)
            #expect(logA == logB)
            #expect(!logB.joined().contains("$2b$"))
            #expect(try await postgres.auditLog(AuditQuery(user: "dana", limit: 1)).first?.action == .delete)
        }
    }

    @Test func appliesEachMigrationOnce() async throws {
        try await PostgresTestDatabase.withArchive { postgres in
            #expect(try await postgres.schemaVersions() == [1, 2, 3, 4, 5, 6, 7])
            let second = try await PostgresTestDatabase.reopen(postgres)
            #expect(try await second.schemaVersions() == [1, 2, 3, 4, 5, 6, 7])
            await second.shutdown()
        }
    }

    /// Two editors load the same incident at the same revision and save at the same moment, on separate
    /// connections: exactly one wins, the other is told the revision is stale, and no update is lost.
    @Test func concurrentEditsCannotLoseAnUpdate() async throws {
        try await PostgresTestDatabase.withArchive { postgres in
            let other = try await PostgresTestDatabase.reopen(postgres)
            defer { Task { await other.shutdown() } }
            try await postgres.save(Incident(id: "inc-shared", date: nil, eventType: .detention, summary: "Base summary"), by: .commandLine)
            for round in 1...25 {
                let loaded = try #require(try await postgres.fetch(Incident.self, id: "inc-shared", as: .everything))
                var first = loaded
                first.summary = "First editor, round \(round)"
                var second = loaded
                second.summary = "Second editor, round \(round)"
                async let a: Result<Incident, ArchiveError> = Self.attempt { try await postgres.save(first, by: Editor("first")) }
                async let b: Result<Incident, ArchiveError> = Self.attempt { try await other.save(second, by: Editor("second")) }
                let results = await [a, b]
                let wins = results.compactMap { try? $0.get() }
                let losses = results.compactMap { if case .failure(let e) = $0 { e } else { nil } }
                #expect(wins.count == 1, "round \(round): \(results)")
                #expect(losses.map(\.kind) == [.staleRevision], "round \(round): \(results)")
                let stored = try #require(try await postgres.fetch(Incident.self, id: "inc-shared", as: .everything))
                #expect(stored == wins.first)
                #expect(stored.revision == loaded.revision + 1)
            }
            let history = try await postgres.revisions(of: .incident, id: "inc-shared")
            #expect(history.map(\.number) == Array(1...26))
        }
    }

    static func attempt(_ body: () async throws -> Incident) async -> Result<Incident, ArchiveError> {
        do { return .success(try await body()) } catch let error as ArchiveError { return .failure(error) } catch {
            return .failure(.storage("\(error)"))
        }
    }
}
