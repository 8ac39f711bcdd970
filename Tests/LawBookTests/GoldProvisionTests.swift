import Foundation
import Testing
import CivicModel
@testable import LawBook

/// Every article the hand-annotated incidents cite resolves to an article in force on the incident's date.
@Suite struct GoldProvisionTests {
    @Test func everyGoldProvisionResolvesOnItsDate() throws {
        let url = TestSupport.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/dev/gold.jsonl")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            print("skipped: ../shared/eval/dev/gold.jsonl is absent")
            return
        }
        var checked = 0
        var unresolved: [String] = []
        for line in text.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let iso = object["date"] as? String, let date = try? PartialDate(iso: iso),
                  let provisions = object["legal_provisions"] as? [[String: Any]] else { continue }
            for p in provisions {
                guard let code = (p["code"] as? String).flatMap(LegalCode.init(rawValue:)), let article = p["article"] as? String else { continue }
                let ref = LegalProvisionRef(code: code, article: article)
                checked += 1
                if TestSupport.book.article(ref, on: date) == nil { unresolved.append("\(ref.citation) on \(iso)") }
            }
        }
        #expect(checked > 0)
        #expect(unresolved.isEmpty, "not in the law book: \(unresolved.joined(separator: "; "))")
    }
}
