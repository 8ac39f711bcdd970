import Analysis
import Archive
import CivicModel
import Foundation
import LawBook
import Testing

@Suite struct RecommendationTrackerTests {
    @Test func everyLawBookRecommendationIsTrackedWithItsArticleAndFirstAssessment() throws {
        let tracker = try RecommendationTracker.standard()
        let book = LawBook.standard
        for r in book.recommendations {
            let record = try #require(tracker.records.first { $0.id == r.id })
            #expect(record.document == r.document)
            #expect(!record.iccprArticles.isEmpty)
            #expect(record.assessments.first?.status == r.assessment.status)
        }
        #expect(tracker.records.contains { $0.body.contains("Special Rapporteur") && $0.document.contains("A/HRC/29/25/Add.2") })
        #expect(tracker.records(article: 21).contains { $0.id == "hrc-2011-17" })
    }

    @Test func laterAssessmentsRestOnEvidenceThatExists() async throws {
        let tracker = try RecommendationTracker.standard()
        let archive = try await DemoArchive.load()
        let assessed = tracker.records.flatMap(\.assessments).filter { !$0.evidence.isEmpty }
        #expect(assessed.count >= 3)
        for a in assessed {
            for e in a.evidence {
                switch e.kind {
                case "incident":
                    #expect(try await archive.fetch(Incident.self, id: Incident.ID(e.id), as: .anonymous) != nil, "\(e.id)")
                    #expect(e.link == "/incidents/\(e.id)")
                case "law": #expect(LawBook.standard.law(e.id) != nil, "\(e.id)")
                default: Issue.record("unknown evidence kind \(e.kind)")
                }
            }
        }
        let art21 = try #require(tracker.records.first { $0.id == "hrc-2011-17" })
        #expect(art21.assessments.map(\.asOf) == art21.assessments.map(\.asOf).sorted())
        #expect(art21.currentStatus == "partly-implemented")
    }

    @Test func thePageLinksEveryAssessmentToItsEvidence() throws {
        let tracker = try RecommendationTracker.standard()
        let html = tracker.document().html()
        for r in tracker.records {
            #expect(html.contains(r.id))
            for e in r.assessments.flatMap(\.evidence) { #expect(html.contains("href=\"\(e.link)\""), "\(e.id)") }
        }
    }

    @Test func anAssessmentOfAnUnknownRecommendationOrStatusIsRefused() throws {
        let unknown = #"{"assessments":[{"recommendation":"hrc-9999","asOf":"2021","status":"not-implemented","by":"t","summary":"s","evidence":[]}]}"#
        #expect(throws: AnalysisError.self) { _ = try RecommendationTracker(lawBook: .standard, assessments: Data(unknown.utf8)) }
        let status = #"{"assessments":[{"recommendation":"hrc-2011-17","asOf":"2021","status":"done","by":"t","summary":"s","evidence":[]}]}"#
        #expect(throws: AnalysisError.self) { _ = try RecommendationTracker(lawBook: .standard, assessments: Data(status.utf8)) }
        let law = #"{"assessments":[{"recommendation":"hrc-2011-17","asOf":"2021","status":"implemented","by":"t","summary":"s","evidence":[{"kind":"law","id":"no-such-law"}]}]}"#
        #expect(throws: AnalysisError.self) { _ = try RecommendationTracker(lawBook: .standard, assessments: Data(law.utf8)) }
    }
}
