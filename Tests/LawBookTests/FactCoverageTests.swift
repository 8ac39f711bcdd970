import Foundation
import Testing
@testable import LawBook

/// Every fact of sections 1, 2, 4 and 5 of legal-facts.md is either cited by a data file or listed as not encoded.
@Suite struct FactCoverageTests {
    /// Fact IDs of the given sections, read from the table rows of legal-facts.md.
    static func factIDs(in text: String, sections: Set<Int>) -> [String] {
        var section: Int?
        var ids: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                let number = line.dropFirst(3).prefix { $0.isNumber }
                section = Int(number)
                continue
            }
            guard let section, sections.contains(section), line.hasPrefix("| ") else { continue }
            let cell = line.dropFirst(2).prefix { $0 != " " && $0 != "|" }
            if LawBook.isFactID(String(cell)) { ids.append(String(cell)) }
        }
        return ids
    }

    /// Fact IDs docs/lawbook.md lists as "not encoded".
    static func notEncoded(in docs: String) -> Set<String> {
        var ids: Set<String> = []
        for line in docs.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.count >= 2, LawBook.isFactID(cells[0]), cells[1].hasPrefix("not encoded") { ids.insert(cells[0]) }
        }
        return ids
    }

    @Test func everyRuleFactIsEncodedOrListedAsNotEncoded() throws {
        guard let url = TestSupport.legalFacts else {
            print("skipped: ../shared/docs/legal-facts.md is absent")
            return
        }
        let facts = try String(contentsOf: url, encoding: .utf8)
        let ids = Self.factIDs(in: facts, sections: [1, 2, 4, 5])
        #expect(ids.count > 200, "parsed only \(ids.count) fact IDs")
        let docs = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/lawbook.md"), encoding: .utf8)
        let listed = Self.notEncoded(in: docs)
        let cited = TestSupport.book.citedFactIDs
        let missing = ids.filter { !cited.contains($0) && !listed.contains($0) }
        #expect(missing.isEmpty, "neither encoded nor listed as not encoded: \(missing.joined(separator: ", "))")
        // A fact listed as not encoded must really be absent from the data, or the table lies.
        let both = listed.filter { cited.contains($0) }.sorted()
        #expect(both.isEmpty, "listed as not encoded but cited by data: \(both.joined(separator: ", "))")
    }

    @Test func theDocsTableNamesEveryFactOfTheSections() throws {
        guard let url = TestSupport.legalFacts else {
            print("skipped: ../shared/docs/legal-facts.md is absent")
            return
        }
        let ids = Self.factIDs(in: try String(contentsOf: url, encoding: .utf8), sections: [1, 2, 4, 5])
        let docs = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/lawbook.md"), encoding: .utf8)
        let rows = Set(docs.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| ") else { return nil }
            let first = line.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            return LawBook.isFactID(first) ? first : nil
        })
        let absent = ids.filter { !rows.contains($0) }
        #expect(absent.isEmpty, "docs/lawbook.md has no row for: \(absent.joined(separator: ", "))")
    }

    @Test func theParserReadsSectionsAndSkipsOthers() {
        let text = """
        ## 1. One
        | PA-01 | a |
        ## 3. Three
        | EX-01 | b |
        ## 4. Four
        | SX-01 | c |
        """
        #expect(Self.factIDs(in: text, sections: [1, 4]) == ["PA-01", "SX-01"])
    }
}
