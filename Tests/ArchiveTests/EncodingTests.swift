import Archive
@testable import ArchiveSQLite
import CivicModel
import Foundation
import Testing

/// The direct encoders the SQLite archive uses for speed write what the general ones write.
@Suite struct EncodingTests {
    @Test func incidentJSONEqualsTheGeneralEncoder() throws {
        var odd = Incident(id: "inc-odd/1", date: try PartialDate(iso: "2019-07"), eventType: .fine,
                           summary: "A \"quoted\" back\\slash, a tab\there,\na new line, a bell \u{07}, Қазақ café / slash.",
                           persons: [PersonLink("per-1", role: .witness)], organizations: [OrganizationLink("org-1", role: .perpetrator)],
                           perpetrators: [.police, .court], rightsAffected: [.assembly],
                           legalProvisions: [LegalProvisionRef(code: .administrative, article: "488", part: "6", text: "Article 488 of the Code")],
                           sanctions: [Sanction(kind: .fine, amount: 538_000, currency: .kzt), Sanction(kind: .imprisonment, years: 7.5),
                                       Sanction(kind: .administrativeArrest, days: 1e-5)],
                           passages: [SourcePassage(sourceID: "src-1", start: 3, end: 90)], confidence: 0.87, notes: "Ok.", revision: 12)
        for incident in try World.incidents() + [odd] {
            #expect(IncidentJSON.encode(incident) == (try RecordCoding.encode(incident)))
        }
        odd.confidence = 1
        odd.date = nil
        #expect(IncidentJSON.encode(odd) == (try RecordCoding.encode(odd)))
    }

    @Test(arguments: ["Police held two activists.", "  spaced   out  ", "", "Zhanaözen, Қазақстан!", "a-b_c 12.5%", "ÉCOLE Öskemen"])
    func foldedTextEqualsTheWordsJoined(_ text: String) {
        #expect(SearchText.folded(text) == SearchText.words(text).joined(separator: " "))
    }
}
