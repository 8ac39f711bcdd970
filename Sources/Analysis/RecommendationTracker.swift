import Foundation
import LawBook

/// The UN recommendations on Kazakhstan as tracked records: document symbol, paragraph, ICCPR article,
/// and status assessments over time, each backed by evidence (incidents, laws) with links.
///
/// Records come from `LawBook.recommendations` (Human Rights Committee, with the NGOs' 2016 assessment)
/// and from the Special Rapporteur's Kazakhstan-specific positions in `LawBook.standards`. Later
/// assessments come from the bundled `recommendation-assessments.json`.
public struct RecommendationTracker: Sendable {
    /// A piece of evidence behind an assessment.
    public struct Evidence: Codable, Hashable, Sendable {
        /// `incident` (an archive id) or `law` (a LawBook law id).
        public var kind: String
        public var id: String
        /// Where the web app shows it: `/incidents/ID` or `/law/ID`.
        public var link: String { kind == "incident" ? "/incidents/\(id)" : "/law/\(id)" }
    }

    /// One status assessment at a date.
    public struct Assessment: Codable, Hashable, Sendable {
        public var asOf: String
        /// implemented, partly-implemented, not-implemented, problems-persist.
        public var status: String
        public var by: String
        public var summary: String
        public var evidence: [Evidence]
        /// Fact IDs of `legal-facts.md` for assessments taken from the LawBook.
        public var source: [String]
    }

    /// A tracked recommendation.
    public struct Record: Codable, Hashable, Sendable, Identifiable {
        public var id: String
        public var body: String
        public var document: String
        public var paragraph: String
        public var iccprArticles: [Int]
        public var text: String
        public var source: [String]
        /// Oldest first.
        public var assessments: [Assessment]
        public var currentStatus: String? { assessments.last?.status }
    }

    public static let statuses = ["implemented", "partly-implemented", "not-implemented", "problems-persist"]

    public let records: [Record]

    /// The tracker from the LawBook and the bundled assessments; an assessment naming an unknown
    /// recommendation or status is an error.
    public static func standard(lawBook: LawBook = .standard) throws -> RecommendationTracker {
        guard let url = Bundle.module.url(forResource: "recommendation-assessments", withExtension: "json", subdirectory: "Resources")
        else { throw AnalysisError.badData("recommendation-assessments.json is missing from the module's resources") }
        return try RecommendationTracker(lawBook: lawBook, assessments: Data(contentsOf: url))
    }

    public init(lawBook: LawBook, assessments data: Data) throws {
        var records: [Record] = lawBook.recommendations.map { r in
            Record(id: r.id, body: r.body, document: r.document, paragraph: r.paragraph,
                   iccprArticles: r.iccprArticles, text: r.recommendation, source: r.source,
                   assessments: [Assessment(asOf: r.assessment.asOf, status: r.assessment.status, by: r.assessment.by,
                                            summary: r.assessment.summary, evidence: [], source: r.source)])
        }
        let rightArticle = ["assembly": 21, "association": 22, "expression": 19, "religion": 18]
        for s in lawBook.standards where s.body.contains("Special Rapporteur") && (s.document ?? "").contains("Add.2") {
            records.append(Record(id: s.id, body: s.body, document: s.document ?? "", paragraph: s.paragraph ?? "",
                                  iccprArticles: rightArticle[s.right].map { [$0] } ?? [], text: s.explanation,
                                  source: s.source, assessments: []))
        }
        struct File: Decodable {
            struct Entry: Decodable {
                var recommendation: String
                var asOf: String
                var status: String
                var by: String
                var summary: String
                var evidence: [Evidence]
            }
            var assessments: [Entry]
        }
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) } catch {
            throw AnalysisError.badData("recommendation assessments: \(error)")
        }
        for e in file.assessments {
            guard let index = records.firstIndex(where: { $0.id == e.recommendation }) else {
                throw AnalysisError.badData("an assessment names the unknown recommendation '\(e.recommendation)'")
            }
            guard Self.statuses.contains(e.status) else {
                throw AnalysisError.badData("assessment of \(e.recommendation): unknown status '\(e.status)'")
            }
            for ev in e.evidence where ev.kind == "law" && lawBook.law(ev.id) == nil {
                throw AnalysisError.badData("assessment of \(e.recommendation) cites the unknown law '\(ev.id)'")
            }
            records[index].assessments.append(Assessment(asOf: e.asOf, status: e.status, by: e.by, summary: e.summary,
                                                         evidence: e.evidence, source: []))
            records[index].assessments.sort { $0.asOf < $1.asOf }
        }
        self.records = records
    }

    /// The records protecting one ICCPR article.
    public func records(article: Int) -> [Record] { records.filter { $0.iccprArticles.contains(article) } }
}
