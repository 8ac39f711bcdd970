import CivicModel
import Testing

@Suite("Sanctions written as phrases")
struct SanctionPhraseTests {
    @Test("Every phrase the pages write reads back as the same sanction", arguments: [
        Sanction(kind: .administrativeArrest, days: 10),
        Sanction(kind: .fine, amount: 20, currency: .mci),
        Sanction(kind: .fine, amount: 530_250, currency: .kzt),
        Sanction(kind: .imprisonment, months: 6, years: 5),
        Sanction(kind: .imprisonment, years: 7.5),
        Sanction(kind: .restrictionOfFreedom, years: 2),
        Sanction(kind: .banOnActivity, years: 3),
        Sanction(kind: .suspension, months: 3),
        Sanction(kind: .warning),
        Sanction(kind: .other, amount: 1_000, currency: .eur),
    ])
    func roundTrip(_ sanction: Sanction) throws {
        #expect(try Sanction(phrase: sanction.phrase) == sanction)
    }

    @Test("Kinds with underscores, any case and order, and no comma are read too")
    func lenient() throws {
        #expect(try Sanction(phrase: "Administrative_arrest 15 days") == Sanction(kind: .administrativeArrest, days: 15))
        #expect(try Sanction(phrase: "FINE: 100 mci") == Sanction(kind: .fine, amount: 100, currency: .mci))
        #expect(try Sanction(phrase: "imprisonment, 6 months 1 year") == Sanction(kind: .imprisonment, months: 6, years: 1))
    }

    @Test("A line that is not a sanction is refused with what to write instead", arguments: [
        "jail, 5 years", "fine twenty MCI", "fine, 20 apples", "administrative arrest, 10", "imprisonment, 5 years 6 years",
        "fines, 20 MCI", "fine, -5 MCI",
    ])
    func refused(_ line: String) {
        #expect(throws: ModelError.self) { try Sanction(phrase: line) }
    }
}
