import Testing
@testable import LawBook

@Suite struct WorkingDayCalendarTests {
    let calendar = TestSupport.book.calendar
    func day(_ s: String) -> CalendarDay { TestSupport.day(s) }

    @Test func weekdaysAreComputedFromTheDate() {
        #expect(day("2026-03-27").isoWeekday == 5)  // a Friday
        #expect(day("2015-03-21").isoWeekday == 6)  // a Saturday
        #expect(day("2019-08-11").isoWeekday == 7)  // a Sunday
        #expect(day("1970-01-01").isoWeekday == 4)
        #expect(CalendarDay(dayNumber: day("2024-02-29").dayNumber) == day("2024-02-29"))
    }

    @Test func weekendsAreDaysOffAndOrdinaryWeekdaysAreNot() {
        #expect(calendar.dayOff(day("2026-11-21")) == .weekend)
        #expect(calendar.isWorkingDay(day("2026-11-23")))
    }

    @Test func fixedHolidaysAreDaysOff() {
        #expect(calendar.dayOff(day("2026-01-01")) == .holiday("New Year"))
        #expect(calendar.dayOff(day("2026-12-16")) == .holiday("Independence Day"))
        #expect(calendar.dayOff(day("2026-07-06")) == .holiday("Capital Day"))
    }

    @Test func aHolidayOnAWeekendMovesToTheNextWorkingDay() {
        // 8 March 2026 is a Sunday: Monday 9 March is off instead.
        #expect(calendar.dayOff(day("2026-03-09")) == .movedHoliday("International Women's Day"))
        #expect(calendar.isWorkingDay(day("2026-03-10")))
    }

    @Test func nauryzOnAWeekendPushesTwoDaysPastTheThirdHoliday() {
        // 21-23 March 2015: Saturday, Sunday, Monday. The two weekend days move to Tuesday and Wednesday.
        for d in ["2015-03-21", "2015-03-22", "2015-03-23", "2015-03-24", "2015-03-25"] { #expect(!calendar.isWorkingDay(day(d)), "\(d)") }
        #expect(calendar.isWorkingDay(day("2015-03-26")))
    }

    @Test func religiousHolidaysAreNotMoved() {
        // 7 January 2017 (Orthodox Christmas) is a Saturday; Monday 9 January stays a working day.
        #expect(calendar.isWorkingDay(day("2017-01-09")))
        // Kurban Ait 11 August 2019 is a Sunday; Monday 12 August stays a working day.
        #expect(calendar.isWorkingDay(day("2019-08-12")))
    }

    @Test func holidaysAddedAndAbolishedFollowTheirYears() {
        #expect(calendar.dayOff(day("2021-12-01")) == .holiday("Day of the First President"))
        #expect(calendar.isWorkingDay(day("2022-12-01")))
        #expect(calendar.dayOff(day("2023-10-25")) == .holiday("Republic Day"))
        #expect(calendar.isWorkingDay(day("2021-10-25")))
    }

    @Test func countingWorkingDaysSkipsHolidays() {
        // Five working days before Friday 27 March 2026: 26, 20, 19, 18, 17 (23-25 March are off).
        #expect(calendar.working(days: 5, before: day("2026-03-27")) == day("2026-03-17"))
        // Three working days after Friday 20 March 2026: 26, 27, 30.
        #expect(calendar.working(days: 3, after: day("2026-03-20")) == day("2026-03-30"))
        #expect(calendar.workingDays(between: day("2026-03-20"), and: day("2026-03-27")) == 1)
    }

    @Test func aDecreedTransferMakesADayOffAndASaturdayWorking() throws {
        let base = calendar.rules
        let rules = WorkingDayCalendar.Rules(
            sourceNote: base.sourceNote, source: base.source, covers: base.covers, weekend: base.weekend,
            fixed: base.fixed, movable: base.movable,
            transfers: [.init(dayOff: day("2026-11-23"), workingDay: day("2026-11-21"), decree: "test decree")])
        let withTransfer = WorkingDayCalendar(rules: rules)
        #expect(withTransfer.dayOff(day("2026-11-23")) == .decreedTransfer("test decree"))
        #expect(withTransfer.isWorkingDay(day("2026-11-21")))
        #expect(withTransfer.working(days: 1, before: day("2026-11-24")) == day("2026-11-21"))
    }

    @Test func theCalendarSaysWhichYearsItCovers() {
        #expect(calendar.covers(day("2015-01-01")) && calendar.covers(day("2027-12-31")))
        #expect(!calendar.covers(day("2030-01-01")))
    }
}
