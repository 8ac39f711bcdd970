import Archive
import CivicModel
import RecordLinking
import Testing

/// A proposal read from a second report is put beside the incident that already records its event, on every archive.
@Suite("Incidents that may record the same event")
struct IncidentMatcherTests {
    /// A proposal of the world's detention of 17 May 2016 (inc-1), as another report would give it.
    static func proposal(_ date: String?, _ type: EventType = .detention, persons: [PersonLink] = [PersonLink("per-ayan")],
                         places: [Place.ID] = [], sanctions: [Sanction] = []) throws -> Incident {
        Incident(id: "inc-new", date: try date.map { try PartialDate(iso: $0) }, eventType: type, summary: "A second account.",
                 places: places, persons: persons, sanctions: sanctions, status: .proposed)
    }

    @Test(arguments: ArchiveKind.allCases)
    func theSameActOnTheSameDayWithTheSamePersonMatches(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        let matcher = IncidentMatcher(archive: archive)
        let matches = try await matcher.candidates(for: try Self.proposal("2016-05-17", places: ["pla-atyrau"]), as: .everything)
        #expect(matches.map(\.incident.id) == ["inc-1"])
        #expect(matches.first?.reasons == [.sameDay, .samePerson, .samePlace])
        #expect(matches.first?.score == 100)
        // A day apart still fits (reports date an arrest and its report differently); a week apart does not.
        #expect(try await matcher.candidates(for: try Self.proposal("2016-05-18"), as: .everything).first?.reasons.contains(.closeDay) == true)
        #expect(try await matcher.candidates(for: try Self.proposal("2016-05-24"), as: .everything).isEmpty)
        // A detention and the sentence after it are two incidents.
        #expect(try await matcher.candidates(for: try Self.proposal("2016-05-17", .conviction), as: .everything).isEmpty)
        // A year alone, or no date, is tied by the person named in both, and by nothing else.
        #expect(try await matcher.candidates(for: try Self.proposal("2016"), as: .everything).first?.reasons == [.sameYear, .samePerson])
        #expect(try await matcher.candidates(for: try Self.proposal(nil), as: .everything).first?.reasons == [.undated, .samePerson])
        #expect(try await matcher.candidates(for: try Self.proposal(nil, persons: [], places: ["pla-atyrau"]), as: .everything).isEmpty)
        #expect(try await matcher.candidates(for: try Self.proposal("2016", persons: [], places: ["pla-atyrau"]), as: .everything).isEmpty)
    }

    @Test(arguments: ArchiveKind.allCases)
    func withoutPeopleThePlaceAndTheDayMustAgree(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        let matcher = IncidentMatcher(archive: archive)
        // The world's dispersal in Zhanaozen (inc-4, restricted) and an account naming no one.
        let sameDay = try Self.proposal("2021-12-16", .assemblyDispersed, persons: [], places: ["pla-zhanaozen"])
        #expect(try await matcher.candidates(for: sameDay, as: .everything).map(\.incident.id) == ["inc-4"])
        // A visitor's matcher does not see the restricted incident.
        #expect(try await matcher.candidates(for: sameDay, as: .anonymous).isEmpty)
        let nextDay = try Self.proposal("2021-12-17", .assemblyDispersed, persons: [], places: ["pla-zhanaozen"])
        #expect(try await matcher.candidates(for: nextDay, as: .everything).isEmpty)
    }

    @Test(arguments: ArchiveKind.allCases)
    func twoFinesInOneMonthWithDifferentAmountsAreTwoEvents(kind: ArchiveKind) async throws {
        let archive = try await World.stored(in: kind)
        let fine = Sanction(kind: .fine, amount: 100_000, currency: .kzt)
        try await archive.save(Incident(id: "inc-fine", date: try PartialDate(iso: "2022-03"), eventType: .fine, summary: "A fine after a picket.",
                                        persons: [PersonLink("per-bokayev")], sanctions: [fine], status: .verified), by: .system)
        let matcher = IncidentMatcher(archive: archive)
        let other = try Self.proposal("2022-03-10", .fine, persons: [PersonLink("per-bokayev")], sanctions: [Sanction(kind: .fine, amount: 250_000, currency: .kzt)])
        #expect(try await matcher.candidates(for: other, as: .everything).isEmpty)
        let same = try Self.proposal("2022-03-10", .fine, persons: [PersonLink("per-bokayev")], sanctions: [fine])
        #expect(try await matcher.candidates(for: same, as: .everything).first?.reasons == [.sameMonth, .samePerson, .sameSanction])
        // A rejected incident is never put forward.
        var rejected = try #require(try await archive.fetch(Incident.self, id: "inc-fine", as: .everything))
        rejected.status = .rejected
        try await archive.save(rejected, by: .system)
        #expect(try await matcher.candidates(for: same, as: .everything).isEmpty)
    }
}
