import CivicModel
import Testing
@testable import ReportReader

@Suite struct DateRecognizerTests {
    func isoDates(_ text: String, year: Int? = nil) -> [String] {
        DateRecognizer.dates(in: tokens(text), contextYear: year).compactMap { $0.date?.iso }
    }

    @Test func dayMonthYearWithOrdinal() {
        #expect(isoDates("On 7th April 2022, the court in Taraz heard the case.") == ["2022-04-07"])
        #expect(isoDates("They met on 1st June 2019 and on 22nd June 2019.") == ["2019-06-01", "2019-06-22"])
    }

    @Test func relativeDatesCountFromTheDayBefore() throws {
        func offsets(_ text: String) -> [DateMention.Kind] { DateRecognizer.dates(in: tokens(text), contextYear: nil).map(\.kind) }
        #expect(offsets("Two days later, the court fined her.") == [.relative(days: 2, months: 0)])
        #expect(offsets("A week later she was detained again.") == [.relative(days: 7, months: 0)])
        #expect(offsets("He had been questioned a month earlier.") == [.relative(days: 0, months: -1)])
        #expect(offsets("The next day police searched the office.") == [.relative(days: 1, months: 0)])
        #expect(offsets("Three days after that, he was released.") == [.relative(days: 3, months: 0)])
        // Lengths of time and days counted from something else are not dates.
        #expect(offsets("He was held for 20 days after being found guilty.").isEmpty)
        #expect(offsets("Two days before the rally, the organisers were warned.").isEmpty)
        let day = try PartialDate(year: 2020, month: 12, day: 30)
        #expect(DateRecognizer.offset(day, days: 3, months: 0)?.iso == "2021-01-02")
        #expect(DateRecognizer.offset(try PartialDate(year: 2024, month: 3, day: 1), days: -1, months: 0)?.iso == "2024-02-29")
        #expect(DateRecognizer.offset(try PartialDate(year: 2021, month: 1, day: 15), days: 0, months: -1)?.iso == "2020-12")
    }

    @Test func numericDayMonthYear() {
        #expect(isoDates("On 06.06.2021 police detained the marchers.") == ["2021-06-06"])
        #expect(isoDates("Hearings on 5.3.2019 and 15.11.2019 were closed.") == ["2019-03-05", "2019-11-15"])
        // Amounts and impossible days are not dates.
        #expect(isoDates("He was fined 145.850 tenge; the file 31.02.2020 is misdated.") == [])
    }

    @Test func aMonthAloneTakesTheContextYear() {
        #expect(isoDates("In mid-February, officers searched the office.", year: 2024) == ["2024-02"])
        #expect(isoDates("At the end of March the paper closed.", year: 2019) == ["2019-03"])
        #expect(isoDates("In February the court fined him.") == [])
        // "May" the verb, and a month named without a lead, are no dates.
        #expect(isoDates("Organisers May request a site; the March rally was calm.", year: 2020) == [])
    }

    @Test func dayWithoutYearTakesTheContextYear() {
        #expect(isoDates("On the night of 14th March the shop burned.", year: 2020) == ["2020-03-14"])
        #expect(isoDates("On 14th March the shop burned.") == [])
    }

    @Test func digitsStuckToAWord() {
        #expect(isoDates("The hearing took place on9 October 2017.") == ["2017-10-09"])
    }

    @Test func monthFirstForm() {
        #expect(isoDates("The rally was held on March 3, 2018 in the square.") == ["2018-03-03"])
    }

    @Test func monthAndYearIsMonthPrecision() throws {
        let found = DateRecognizer.dates(in: tokens("He was arrested in October 2020 near the station."), contextYear: nil)
        #expect(found.first?.date?.iso == "2020-10")
        #expect(found.first?.date?.precision == .month)
    }

    @Test func aRangeOfDaysBecomesItsMonth() {
        #expect(isoDates("Police held dozens of people on 3-5 July 2014.") == ["2014-07"])
    }

    @Test func bareYearAfterAPreposition() {
        #expect(isoDates("In 2017, the activist was sentenced.") == ["2017"])
        #expect(isoDates("She has lived abroad since 2012.") == ["2012"])
    }

    @Test func sameDayIsRelative() {
        let found = DateRecognizer.dates(in: tokens("Later that day he was released."), contextYear: 2021)
        #expect(found.map(\.kind) == [.sameDay])
    }

    @Test func daysBetweenTwoDaysAreTheirMonth() {
        #expect(isoDates("Between 1 and 5 March 2024, police detained dozens of people.") == ["2024-03"])
        #expect(isoDates("From 10 to 14 June 2023 the site was blocked.") == ["2023-06"])
    }

    @Test func aYearBeforeOfIsADate() {
        #expect(isoDates("She was convicted in 2022 of taking part in riots.") == ["2022"])
        // A year before a noun is not: "in 2019 elections".
        #expect(isoDates("Observers criticised irregularities in 2019 elections.") == [])
    }

    @Test func sameMonthIsTheMonthOfTheDayBefore() {
        let found = DateRecognizer.dates(in: tokens("Later that month the foundation was suspended."), contextYear: 2021)
        #expect(found.map(\.kind) == [.sameMonth])
        #expect(DateRecognizer.dates(in: tokens("In the same month of the campaign, nothing changed."), contextYear: 2021).isEmpty)
        let incidents = read("On 11th November 2022, police detained activist Rauan Dosov. The same month, the ministry suspended the union Birlik Zhol for three months.")
        #expect(incidents.map { $0.date?.iso } == ["2022-11-11", "2022-11"])
    }

    @Test func nearMissesAreNotDates() {
        #expect(isoDates("Organisers may be fined for a late notice.") == [])
        #expect(isoDates("About 2500 people marched through the centre.") == [])
        #expect(isoDates("In 2016 cases were opened against many.") == [])
        #expect(isoDates("Article 45 of the law sets out 12 rules.") == [])
    }
}
