import CivicModel
import Testing
@testable import ReportReader

/// A grant proposal, a travel risk assessment and a prize nomination (round 115: h378–h380), a training module with numbered
/// cases, a reader's letter and a hotline's shift log (r258–r260); a country-of-origin extract with its sources as notes, a
/// forum thread and a coalition's agenda (round 116: h381–h383), a lesson plan, a discharge summary and a deputy's inquiry
/// (r261–r263). Sentences of our own in those styles.
@Suite struct BriefingsAndTrainingCasesTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aBodyCalledByItsKindAlone() {
        // "the Bureau's office" after "the Qorgau Kukyk Bureau": that bureau.
        let bureau = read("""
        Aisha Temirova founded the Qorgau Kukyk Bureau in 2016 to give free legal help in Atyrau.

        On 9 July 2025, police officers searched the Bureau's office in Atyrau and took three computers.
        """)
        #expect(bureau.first?.eventType == .searchOfPremises)
        #expect(bureau.first?.organizations == ["Qorgau Kukyk Bureau"])
        // In Russian, "издание" after "интернет-издания «Жаркын Жол»": that outlet.
        let outlet = read("""
        10 февраля 2026 года полиция Костаная возбудила уголовное дело в отношении журналиста интернет-издания «Жаркын Жол» Аскара Ибраева. 12.02.2026 в редакции издания прошёл обыск.
        """)
        #expect(outlet.first { $0.eventType == .searchOfPremises }?.organizations == ["Жаркын Жол"])
    }

    @Test func aDayInsideTheMonthJustTold() {
        // A month told with its year, then a day of that month without one: that month, even in a text issued the next
        // year, where a look back would put the day in the year of issue.
        let days = read("""
        Issued: 20 February 2026

        In November 2025 a court in Aktau fined the activist Bolat Yessenov 30 MCI. In March 2025 police in Semey opened a criminal case against the editor Kanat Umarov. Officers searched his flat on 26 March.
        """)
        #expect(days.first { $0.eventType == .searchOfPremises }?.date == day(2025, 3, 26))
        // (A day of another month still counts on from the look back: "In March 2025 … on 23 January" is the next January.)
        let later = read("""
        Issued: 20 February 2026

        In November 2025 a court in Aktau fined the activist Bolat Yessenov 30 MCI. In March 2025 police in Semey opened a criminal case against the editor Kanat Umarov. Officers searched his flat on 23 January.
        """)
        #expect(later.first { $0.eventType == .searchOfPremises }?.date == day(2026, 1, 23))
    }

    @Test func aNoteCitingANewsSourceDoesNotMoveADayCountedInTheText() {
        let extract = read("""
        3.1 On 2 April 2025, police in Taraz detained the activist Nursultan Omarov outside the akimat.[2] Two days later, a court in Taraz sentenced him to 10 days of administrative arrest.[2] Police detained six other protesters that evening.[3]

        SOURCES
        [2] Taraz News, 7 April 2025.
        [3] Aulie Online, 3 April 2025.
        """)
        #expect(extract.first { $0.eventType == .administrativeArrest }?.date == day(2025, 4, 4))
    }

    @Test func numberedCasesAndHeadingsAboveTheirText() {
        // A training module's case heading places the acts below it; its headline words tell no act of their own.
        let cases = read("""
        Кейс 1. Кызылорда: задержание и арест

        18 мая 2025 г. сотрудники полиции задержали активиста Ерболата Нургалиева у здания акимата. На следующий день суд назначил ему 7 суток ареста.

        Кейс 2. Талдыкорган: отказ и вытеснение с площади

        Инициативная группа подала уведомление о митинге. 2 июня 2025 года акимат отказал в согласовании.
        """)
        #expect(cases.first { $0.eventType == .detention }?.locations == ["Kyzylorda"])
        #expect(cases.first { $0.eventType == .assemblyRefused }?.locations == ["Taldykorgan"])
        #expect(cases.allSatisfy { $0.date != nil })
        let english = read("""
        Module 2: practice

        Case 3. Pavlodar: a blogger fined

        On 14 June 2025 a court fined the blogger Dauren Akhmetov 20 MCI.
        """)
        #expect(english.first?.locations == ["Pavlodar"])
        // An agenda item's heading on its own line above its briefing: the briefing tells the act.
        let agenda = read("""
        4.2 Kostanay – editor sentenced over posts
        Briefing: On 3 March 2025 a court in Kostanay sentenced the editor Serik Zhunusov to two years of restriction of freedom.
        """)
        #expect(agenda.count == 1)
        #expect(agenda.first?.date == day(2025, 3, 3))
    }

    @Test func wordsStressedInCapitalsAreNoBodies() {
        let advice = read("""
        On 5 May 2025 police in Almaty detained the blogger Arman Suleimenov. If you are detained, do NOT sign anything and ask for a lawyer.
        """)
        #expect(advice.count == 1)
        #expect(advice.allSatisfy { $0.organizations.isEmpty })
    }
}
