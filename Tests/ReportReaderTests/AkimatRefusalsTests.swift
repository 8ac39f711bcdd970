import CivicModel
import Testing
@testable import ReportReader

/// An akimat's refusal told without naming what it refused ("the city akimat refused it", "the akimat said no to residents")
/// or with the notice turned down: from the misses of the whole eval/own set, in sentences of our own.
@Suite struct AkimatRefusalsTests {
    @Test func anAkimatRefusingIsAGatheringRefused() {
        let refused = read("On 12 March 2025 the Taraz city akimat refused it, pointing to road works on the square.")
        #expect(refused.map(\.eventType) == [.assemblyRefused])
        #expect(refused.first?.date == (try? PartialDate(year: 2025, month: 3, day: 12)))
        #expect(read("In May 2025 the Oral akimat said no to pensioners who wished to gather outside it.").map(\.eventType) == [.assemblyRefused])
        #expect(read("The akimat turned the notice down on 4 June 2025, pointing to a concert set for that day.").map(\.eventType) == [.assemblyRefused])
    }

    // MARK: Near misses

    @Test func anAkimatRefusingSomethingElseIsNoRefusedGathering() {
        #expect(read("On 12 March 2025 the Taraz akimat refused to meet the residents' delegation.").isEmpty)
        #expect(read("On 12 March 2025 the Taraz akimat refused to allot a plot of land to the school.").isEmpty)
    }

    @Test func aCountOfRefusalsIsAFigure() {
        #expect(read("Between March and June 2025 the Taraz akimat refused 12 of the 15 notices it received.").isEmpty)
        #expect(read("In 2025 akimats refused at least thirty notices, most often pointing to road works.").isEmpty)
    }
}
