import CivicModel
import Testing
@testable import ReportReader

/// A trial-monitoring log (round 60, h229), a diaspora activist's numbered thread (h230), a regional review of press
/// freedom (r109) and a Telegram thread (r110). Sentences of our own.
@Suite struct TrialLogsAndThreadsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aBodyRecognisedAsExtremistAndItsActivitiesBanned() {
        let ruling = read("On 2 March 2024 a court in Astana recognised Erkin Tan as an extremist organisation and banned its activities.")
        #expect(ruling.map(\.eventType) == [.organizationBanned])
        #expect(ruling.first?.organizations == ["Erkin Tan"])
        #expect(read("On 2 March 2024 a court in Astana banned the activities of the Taza Zher movement.").map(\.eventType) == [.organizationBanned])
        // Near miss: a person's ban on public activity in a sentence is the sentence's.
        let verdict = read("On 2 March 2026 a court in Oral sentenced Aidos Bekov to two years of restriction of freedom and banned him from public activities for three years.")
        #expect(verdict.map(\.eventType) == [.conviction])
    }

    @Test func theWritersOwnCallIsNoAct() {
        let report = read("On 3 May 2025 police detained Aidos Bekov in Oral.\n\nWe call on the authorities to lift the travel ban on his brother.")
        #expect(report.map(\.eventType) == [.detention])
    }

    @Test func theFourCountedAfterAFifthNamed() {
        let report = read("""
        On 9 November 2025 police detained Asel Nurova, Bolat Serikov, Dana Omarova and Erlan Kasymov in Oral. Gulmira Sapar was placed under house arrest on 12 November.

        In January 2026 the coalition Adildik Alany recognised the four detained defendants as political prisoners.
        """)
        #expect(report.last?.persons == ["Asel Nurova", "Bolat Serikov", "Dana Omarova", "Erlan Kasymov"])
    }

    @Test func aThreadLookingBackKeepsItsDaysAndRetoldSanctions() {
        let thread = read("""
        Posted 3 Nov 2025

        6/9 On 19 October police dragged Dana Omarova into a police bus in Almaty.

        7/9 Next morning the Medeu district court fined her 50 MCI.

        8/9 On Thursday the Esil district court found Bolat Serikov guilty under Art. 405 part 2 of the Criminal Code.

        9/9 He got 3 years of restriction of freedom plus a 3-year ban on public activity.
        """)
        #expect(thread.map(\.eventType) == [.detention, .fine, .conviction])
        #expect(thread.map(\.date) == [day(2025, 10, 19), day(2025, 10, 20), day(2025, 10, 30)])
        #expect(thread.last?.sanctions.map(\.kind) == [.restrictionOfFreedom, .banOnActivity])
    }

    @Test func aLiveThreadsPostIsOfItsDayAndJustNowIsToday() {
        let thread = read("""
        Thread · 14 Mar 2024

        1/3 Last week police detained Aliya Nurova at a picket in Almaty.

        3/3 UPDATE, just now: the Almaty city court rejected Aliya's appeal.
        """)
        #expect(thread.last?.date == day(2024, 3, 14))
    }

    @Test func aSuitAgainstAnOutletTurnedDownAndACountOfSomeOfAllAreNoActs() {
        #expect(read("22.10.2025 – Атырауский городской суд отклонил иск ТОО «Жол Құрылыс» к изданию «Жайық Хабар» о защите деловой репутации.").isEmpty)
        #expect(read("Обзор за октябрь 2025 года.\n\nС начала года акиматы области не согласовали 14 из 17 заявленных мирных собраний.").isEmpty)
        // Near miss: an appeal turned down is still told.
        #expect(read("22.10.2025 суд отклонил апелляционную жалобу Дины Омаровой на штраф.").map(\.eventType) == [.other])
    }

    @Test func aChargeToldAsWhoSomeoneIsInAClause() {
        let closed = read("24.10.2025 суд Семея прекратил производство по делу журналистки Асель Нуровой, которую полиция обвиняла в правонарушении по статье 456-2 КоАП.")
        #expect(closed.map(\.eventType) == [.acquittalOrCaseClosed])
    }
}
