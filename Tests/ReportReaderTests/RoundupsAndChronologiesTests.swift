import CivicModel
import Testing
@testable import ReportReader

/// The forty-first round of unseen reports (a wire service's regional roundup, an academic case study, a diaspora
/// newsletter, a trial monitor's day-by-day blog, a court reporter's live text, an NGO's alert bulletin; in Russian a
/// prosecutor's press releases and a chronology of one activist's persecution): the rules their misses asked for, in
/// sentences of our own.
@Suite struct RoundupsAndChronologiesTests {
    @Test func aWiresDateLineDatesItsWeekdaysAndItsDeckIsNotRead() {
        let text = """
        STEPPE WEEKLY

        Pavlodar picket broken up; Aktobe editor warned; Uzbek court jails reporter

        Friday, Mar. 7, 2025 | Steppe Weekly desk | 6 min read

        PAVLODAR (Steppe) — Police on Tuesday detained activist Asel Nurova outside the akimat.

        The city court fined her 30 MCI on Thursday.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .fine])
        #expect(incidents.map(\.date) == [day(2025, 3, 4), day(2025, 3, 6)])
    }

    @Test func aRoundupsSectionsAbroadAreNotKazakhstans() {
        let text = """
        Regional roundup

        Friday, Mar. 7, 2025 | Desk | 4 min read

        KAZAKHSTAN

        SEMEY (Steppe) — A court on Monday fined blogger Dana Ospan 50 MCI.

        KYRGYZSTAN

        OSH (Steppe) — Police on Tuesday detained journalist Bakyt Asanov.

        TASHKENT (Steppe) — A court on Wednesday sentenced blogger Rustam Aliev to five years in prison.

        ALMATY (Steppe) — Police on Thursday detained activist Marat Dosov.
        """
        let incidents = read(text)
        #expect(incidents.flatMap(\.persons) == ["Dana Ospan", "Marat Dosov"])
    }

    @Test func anAttributionClosingTheSentenceIsNoParty() {
        let incident = read("Police in Taraz detained activist Aidos Serikov on 4 May 2025, the local news site Taraz Times reported.").first
        #expect(incident?.organizations == [])
        #expect(incident?.persons == ["Aidos Serikov"])
    }

    @Test func theCodeOfAdministrativeOffencesAsCAO() {
        let incident = read("On 3 May 2025 activist Arman Beisov was fined 20 MCI under Article 488 CAO.").first
        #expect(incident?.organizations == [])
        #expect(incident?.legalProvisions.map(\.article) == ["488"])
        let table = read("On 3 May 2025 activist Arman Beisov was fined 20 MCI under CAO 488(10).").first
        #expect(table?.legalProvisions.first?.part == "10")
    }

    @Test func aNewslettersIssueMonthIsThisMonth() {
        let text = """
        Steppe Diaspora
        Monthly newsletter · Issue 12 · November 2025

        Dear friends,

        Also this month, the Ministry of Justice refused to register the party Adal Zhol.

        The journalist Dana Ospan was sentenced last month to two years of restricted freedom.
        """
        let incidents = read(text)
        #expect(incidents.map(\.date) == [try? PartialDate(year: 2025, month: 11), try? PartialDate(year: 2025, month: 10)])
    }

    @Test func aTrialBlogsDayHeadingsDateItsEntries() {
        let text = """
        Trial notes

        Posted 2 June 2025 · updated daily

        Day 1 — Tuesday 3 June

        Shortly before noon police detained two supporters, Bolat Kenzhin and Dana Ospan, outside the court.

        Day 2 — Wednesday 4 June

        The judge had defendant Marat Dosov removed from the courtroom.
        """
        let incidents = read(text)
        #expect(incidents.map(\.date) == [day(2025, 6, 3), day(2025, 6, 4)])
    }

    @Test func aLiveTextsEntriesStayOnItsDayAndAWeekdayToldDatesTheActAfterIt() {
        let text = """
        LIVE FROM THE COURT | District Court, Taraz
        Tuesday, 20 May 2025

        Reporting: our correspondent.

        09:05 — A reminder. On Saturday, members of the group stood with posters outside the akimat. Police detained activist Dana Ospan within minutes.

        09:48 — Her lawyer argues that the group filed a notice on 12 May.

        10:06 — The judge orders Ospan to pay a fine of 30 MCI.

        10:21 — The inspector says Bolat Kenzhin had been fined last October for a similar poster.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .fine, .fine])
        #expect(incidents.map(\.date) == [day(2025, 5, 17), day(2025, 5, 20), try? PartialDate(year: 2024, month: 10)])
    }

    @Test func aStrikeDeclaredIllegalAndACrowdPushedOut() {
        let ruling = read("On 4 March 2025 a court in Aktau declared the strike organised by the union Adal Enbek illegal.").first
        #expect(ruling?.eventType == .other)
        #expect(ruling?.organizations == ["Adal Enbek"])
        #expect(read("On 8 March 2025 police in Taraz pushed everyone out of the square.").first?.eventType == .assemblyDispersed)
    }

    @Test func anAdjournedHearingsDayIsNoEntrysDay() {
        let text = """
        LIVE FROM THE COURT | District Court, Taraz
        Tuesday, 20 May 2025

        Reporting: our correspondent.

        11:52 — The case of Marat Dosov will not be heard today: the hearing is adjourned to 27 May.

        12:10 — The judge gives activist Dana Ospan ten days of administrative arrest.
        """
        #expect(read(text).map(\.date) == [day(2025, 5, 20)])
    }

    @Test func aYearSinceWhichAStateLastedDatesNothing() {
        let incident = read("Bulletin for March 2025\n\nThe association Adal Zhol, which has given legal help since 2011, was suspended for three months in January.").first
        #expect(incident?.date == (try? PartialDate(year: 2025, month: 1)))
    }

    @Test func russianPressReleasesDateLinesAreTheirDays() {
        let text = """
        Сообщения для СМИ

        16.01.2025 | Пресс-служба прокуратуры области

        Сегодня суд г. Павлодара оштрафовал активиста Ерлана Сапарова на 20 МРП.

        05.02.2025 | Департамент полиции области

        Вчера в Павлодаре задержана активистка Динара Омарова.
        """
        let incidents = read(text)
        #expect(incidents.map(\.date) == [day(2025, 1, 16), day(2025, 2, 4)])
    }

    @Test func russianARelativeClausesDayIsItsOwn() {
        let text = "Сообщение\n\n5 февраля 2025 года в Павлодаре задержан активист Ерлан Сапаров. В тот же день Сапаров, который в ноябре прошлого года уже был оштрафован, подвергнут административному аресту сроком на 10 суток."
        let arrest = read(text).first { $0.eventType == .administrativeArrest }
        #expect(arrest?.date == day(2025, 2, 5))
    }

    @Test func russianChronologyEntriesAndTheirSubject() {
        let text = """
        ХРОНОЛОГИЯ ПРЕСЛЕДОВАНИЯ ЕРЛАНА САПАРОВА

        2023 год

        12.01 — Задержан сотрудниками полиции у здания акимата в Костанае.

        Март — Прокуратура вынесла официальное предостережение.

        17.04 — Суд назначил штраф 50 МРП.
        """
        let incidents = read(text)
        #expect(incidents.map(\.persons) == [["Ерлан Сапаров"], ["Ерлан Сапаров"], ["Ерлан Сапаров"]])
        #expect(incidents.map(\.date) == [day(2023, 1, 12), try? PartialDate(year: 2023, month: 3), day(2023, 4, 17)])
    }
}
