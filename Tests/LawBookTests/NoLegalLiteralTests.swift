import Foundation
import Testing
@testable import LawBook

/// Numbers from the law live in the data files: none of them appears as a literal in the Swift code.
@Suite struct NoLegalLiteralTests {
    /// Distinctive numbers the data files hold (thresholds, fees, MCI values, sanction maxima, day counts above 10).
    static func legalNumbers(_ book: LawBook) -> Set<String> {
        var numbers: [Double] = book.mciValues.map(\.kzt)
        numbers += book.registrationRules.fees.flatMap { [$0.mci] + $0.reduced.map(\.mci) }
        numbers += book.registrationRules.religiousAssociation.minMembers.values.map(Double.init)
        numbers += book.registrationRules.politicalParty.membership.flatMap { [Double($0.minMembers)] + ($0.perRegion.map { [Double($0)] } ?? []) }
        numbers.append(Double(book.registrationRules.politicalParty.founders.min))
        numbers.append(Double(book.registrationRules.publicAssociation.minMembers))
        numbers.append(Double(book.registrationRules.regions.total))
        numbers += book.assemblyRules.regimes.map { Double($0.eligibility.minAge) }
        numbers += book.articles.flatMap { $0.versions.flatMap { $0.sanctions.flatMap { [$0.minMci, $0.maxMci, $0.maxDays, $0.maxYears].compactMap { $0 } } } }
        // Calendar arithmetic (400-year eras, 12 months) and rounding also use these; they are not legal numbers there.
        let generic: Set<Double> = [1, 2, 3, 4, 5, 6, 7, 10, 12, 100, 400]
        return Set(numbers.filter { !generic.contains($0) }.map { $0 == $0.rounded() ? String(Int($0)) : String($0) })
    }

    @Test func noLegalNumberIsALiteralInTheSwiftCode() throws {
        let numbers = Self.legalNumbers(TestSupport.book)
        #expect(numbers.contains("4325") && numbers.contains("70") && numbers.contains("6.5"))
        let folders = ["Sources/LawBook", "Sources/kuzet"].map { TestSupport.packageRoot.appendingPathComponent($0) }
        var offenders: [String] = []
        for folder in folders {
            guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in files where url.pathExtension == "swift" {
                let text = try String(contentsOf: url, encoding: .utf8)
                for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let code = line.components(separatedBy: "//").first ?? ""
                    for token in code.split(whereSeparator: { !($0.isNumber || $0 == "." || $0 == "_") }) {
                        let literal = token.replacingOccurrences(of: "_", with: "")
                        if numbers.contains(literal) { offenders.append("\(url.lastPathComponent):\(n + 1) \(literal)") }
                    }
                }
            }
        }
        #expect(offenders.isEmpty, "legal numbers as literals: \(offenders.joined(separator: "; "))")
    }
}
