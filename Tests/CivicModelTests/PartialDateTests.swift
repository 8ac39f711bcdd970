import Testing
@testable import CivicModel

@Suite struct PartialDateTests {
    @Test func parsesTheThreePrecisions() throws {
        #expect(try PartialDate(iso: "2021-02-05").precision == .day)
        #expect(try PartialDate(iso: "2021-02").precision == .month)
        #expect(try PartialDate(iso: "2021").precision == .year)
        #expect(try PartialDate(iso: "2021-02").latestDay == "2021-02-28")
        #expect(try PartialDate(iso: "2020-02").latestDay == "2020-02-29")
        // Months and days below ten keep their leading zero in every ISO form.
        #expect(try PartialDate(year: 2021, month: 3, day: 7).iso == "2021-03-07")
        #expect(try PartialDate(year: 2021, month: 3).iso == "2021-03")
        #expect(try PartialDate(year: 2021, month: 3).earliestDay == "2021-03-01")
        #expect(try PartialDate(year: 2021).latestDay == "2021-12-31")
        #expect(try PartialDate(year: 2021, month: 11, day: 30).earliestDay == "2021-11-30")
    }

    @Test(arguments: ["2021-02-30", "2021-13", "2021-2-5", "21-02-05", "", "2021-02-05T10:00", "abcd"])
    func refusesImpossibleOrMalformedDates(_ text: String) {
        #expect(throws: ModelError.self) { try PartialDate(iso: text) }
    }

    @Test func ordersByEarliestDay() throws {
        let dates = try ["2021-03", "2019", "2021-02-05"].map(PartialDate.init(iso:)).sorted()
        #expect(dates.map(\.iso) == ["2019", "2021-02-05", "2021-03"])
    }

    @Test func coarseDatesAreCompatibleWithFinerOnes() throws {
        #expect(try PartialDate(iso: "2021-02").isCompatible(with: PartialDate(iso: "2021-02-05")))
        #expect(try !PartialDate(iso: "2021-03").isCompatible(with: PartialDate(iso: "2021-02-05")))
    }

    @Test func roundTripsThroughJSON() throws {
        let date = try PartialDate(iso: "2016-05")
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2016-05\"]")
        #expect(try JSONDecoder().decode([PartialDate].self, from: data) == [date])
    }
}

import Foundation
