import Analysis
import Archive
import CivicModel
import LawBook
import Testing

/// The February–March 2021 update over the demo archive against the incidents the archive holds.
@Suite struct PeriodicUpdateTests {
    static let from = try! CalendarDay(iso: "2021-02-01")
    static let to = try! CalendarDay(iso: "2021-03-31")
    static let civicus: Source.ID = "src-seed-002"

    @Test func followingTheCIVICUSUpdateReproducesEveryIncidentInOrderWithItsSourceLink() async throws {
        let archive = try await DemoArchive.load()
        var query = IncidentQuery(sourceID: Self.civicus)
        query.limit = Int.max
        let held = try await archive.incidents(matching: query, as: .anonymous).incidents
        #expect(held.count > 60, "the demo archive holds the update's incidents")
        let update = try await PeriodicUpdate.build(archive: archive, viewer: .anonymous, from: Self.from, to: Self.to,
                                                    sourceID: Self.civicus)
        #expect(Set(update.incidentIDs) == Set(held.map(\.id)))
        #expect(update.incidentIDs.count == held.count, "each incident once")
        for section in update.sections {
            let starts = section.entries.map { e in e.details.incident.passages.first { $0.sourceID == Self.civicus }!.start }
            #expect(starts == starts.sorted(), "\(section.title) follows the order of the report")
        }
        #expect(update.sections.map(\.title).prefix(3) == ["Association", "Peaceful assembly", "Expression"])
        let markdown = update.markdown()
        for incident in held {
            let passage = incident.passages.first { $0.sourceID == Self.civicus }!
            #expect(markdown.contains("characters \(passage.start)–\(passage.end)](/sources/src-seed-002#chars=\(passage.start)-\(passage.end))"),
                    "\(incident.id) cites its passage with a link")
            #expect(markdown.contains(Markup.markdown(incident.summary)), "\(incident.id) is summarised by its own line")
        }
        // Reading order in the text: the first incident of each section comes before the second.
        let positions = update.incidentIDs.map { markdown.range(of: Markup.markdown("[\($0.rawValue)]"))!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func theUpdateCountsMatchTheArchive() async throws {
        let archive = try await DemoArchive.load()
        let update = try await PeriodicUpdate.build(archive: archive, viewer: .anonymous, from: Self.from, to: Self.to)
        var query = IncidentQuery(from: Self.from.description, to: Self.to.description)
        query.statuses = [.proposed, .verified]
        query.limit = Int.max
        let inPeriod = try await archive.incidents(matching: query, as: .anonymous).incidents
        #expect(update.statistics.total.incidents == inPeriod.count)
        #expect(Set(update.incidentIDs) == Set(inPeriod.map(\.id)))
        // Every incident dated in the period in the demo is one the seed update documents or a synthetic one.
        let byType = Dictionary(grouping: inPeriod, by: \.eventType.rawValue).mapValues(\.count)
        for group in update.statistics.groups { #expect(byType[group.key] == group.measures.incidents) }
        let expectedDays = inPeriod.flatMap(\.sanctions).filter { $0.kind == .administrativeArrest }.compactMap(\.days).reduce(0, +)
        #expect(update.statistics.total.detentionDays == expectedDays)
        let html = update.html()
        #expect(html.contains("@media print"))
        #expect(html.contains("Schematic"))
        #expect(!html.contains("SYNTHETIC: a fictional witness"), "a confidential record stays out of a public update")
    }

    @Test func aViewerClearedForEverythingSeesTheConfidentialRecord() async throws {
        let archive = try await DemoArchive.load()
        let update = try await PeriodicUpdate.build(archive: archive, viewer: .everything, from: Self.from, to: Self.to)
        #expect(update.incidentIDs.contains("inc-synthetic-01"))
    }

    @Test func aPeriodBackwardsIsRefused() async throws {
        let archive = try await DemoArchive.load()
        await #expect(throws: AnalysisError.self) {
            _ = try await PeriodicUpdate.build(archive: archive, viewer: .anonymous, from: Self.to, to: Self.from)
        }
    }

    @Test func theProfileAndShadowReportAreBuiltFromTheLawBookAndTheTracker() async throws {
        let profile = try CountryProfile(asOf: try CalendarDay(iso: "2021-03-31"))
        let assembly = try #require(profile.rows.first { $0.topic == "Assembly procedure" })
        #expect(assembly.value.contains("notification"))
        #expect(profile.rows.allSatisfy { !$0.source.isEmpty })
        #expect(profile.rows.contains { $0.topic.hasPrefix("Treaty: International Covenant on Civil and Political Rights") })
        let archive = try await DemoArchive.load()
        let shadow = try await ShadowReport.build(archive: archive, viewer: .anonymous, from: Self.from, to: Self.to,
                                                  tracker: try RecommendationTracker.standard())
        let art21 = try #require(shadow.chapters.first { $0.article == 21 })
        #expect(art21.recommendations.contains { $0.id == "hrc-2011-17" })
        #expect(art21.entries.allSatisfy { $0.details.incident.rightsAffected.contains(.assembly) })
        #expect(!art21.entries.isEmpty)
        #expect(shadow.markdown().contains("## Article 21"))
    }
}

extension PeriodicUpdateTests {
    @Test func theUpdateChecksItsIncidentsAgainstTheLaw() async throws {
        let archive = try await DemoArchive.load()
        let update = try await PeriodicUpdate.build(archive: archive, viewer: .anonymous, from: Self.from, to: Self.to)
        let markdown = update.markdown()
        #expect(markdown.contains("Checked against the law and international standards"))
        // Every verdict row counts what LawBook.check says of the same incidents.
        let incidents = update.sections.flatMap { $0.entries.map(\.details.incident) }
        let sanctions = incidents.flatMap { LawBook.standard.check($0).sanctions }
        let noArticle = sanctions.filter { $0.verdict == .noArticle }.count
        #expect(noArticle > 0)
        #expect(markdown.contains("| \(IncidentCheck.Verdict.noArticle.label) | \(noArticle) |"))
        #expect(markdown.contains("Standards the incidents engage"))
        #expect(markdown.contains("Restrictions on assembly must meet Art. 21"))
    }
}
