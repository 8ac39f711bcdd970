import CivicModel
import Testing
@testable import ReportReader

/// A coalition's chronology table (round 59, h227), a podcast's transcript (h228), a prisoner's letter (r107) and a lawyer's
/// interview (r108). Sentences of our own.
@Suite struct ChronologiesAndPrisonLettersTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }
    func month(_ y: Int, _ m: Int) -> PartialDate? { try? PartialDate(year: y, month: m) }

    @Test func aTableRowsDayInFiguresAndSameDay() {
        let table = read("""
        Chronology, third quarter of 2026

        Date | Place | Who | What happened
        14.08 | Kostanay | Dana Serikova | Police detained Serikova outside the akimat.
        same day | Kostanay | Dana Serikova | The court sentenced Serikova to 7 d. arrest.
        """)
        #expect(table.map(\.eventType) == [.detention, .administrativeArrest])
        #expect(table.map(\.date) == [day(2026, 8, 14), day(2026, 8, 14)])
        #expect(table.last?.sanctions == [Sanction(kind: .administrativeArrest, days: 7)])
    }

    @Test func aDayInFiguresOnlyWhereADayIsTold() {
        let told = read("Report for 2026.\n\nOn 21.05 police detained Arman Ospanov in Taraz.")
        #expect(told.map(\.date) == [day(2026, 5, 21)])
        // Near miss: an amount in figures is no day.
        let amount = read("Report for 2026.\n\nOn 3 March 2026 the court fined Arman Ospanov in Taraz; the fund had raised 12.05 million tenge for him.")
        #expect(amount.map(\.date) == [day(2026, 3, 3)])
    }

    @Test func aDaySpokenWithACompoundOrdinal() {
        let spoken = read("""
        Recorded on 10 February 2026.

        Then on the twenty-third of September 2025 police searched the flat of Arman Ospanov in Taraz.
        """)
        #expect(spoken.map(\.date) == [day(2025, 9, 23)])
    }

    @Test func aKindsAbbreviationBeforeAQuotedName() {
        let refused = read("On 9 July 2026 the Taraz justice department refused to register PF \"Aq Bulaq\".")
        #expect(refused.map(\.organizations) == [["Aq Bulaq"]])
    }

    @Test func policeGrabbingSomeoneIsADetentionAndAClassOfArrestsIsNoAct() {
        #expect(read("On 5 May 2025 the police grabbed Arman Ospanov outside the bus station in Taraz.").map(\.eventType) == [.detention])
        #expect(read("On 2 September 2026 the coalition called on prosecutors to review all administrative arrests imposed since January.").isEmpty)
    }

    @Test func aPunishmentCellIsAPrisonsOwnPenalty() {
        let english = read("On 11 August 2025 Arman Ospanov was placed in a punishment cell for 12 days.")
        #expect(english.map(\.eventType) == [.other])
        #expect(english.first?.sanctions == [Sanction(kind: .other, days: 12)])
        let russian = read("11 августа 2025 года Армана Оспанова на 12 суток водворили в штрафной изолятор.\n\n2 сентября 2025 года его снова поместили в ШИЗО на 7 суток.")
        #expect(russian.map(\.eventType) == [.other, .other])
        #expect(russian.map(\.sanctions) == [[Sanction(kind: .other, days: 12)], [Sanction(kind: .other, days: 7)]])
        #expect(russian.allSatisfy { $0.organizations.isEmpty })
    }

    @Test func lastMonthInRussianAndTheEveningAfterIt() {
        let letter = read("""
        Письмо Аслана Оспанова из колонии

        Письмо опубликовано 20 августа 2025 года.

        В прошлом октябре меня задержали у дома в Таразе. В тот же вечер к моему брату Ерлану Оспанову пришли с обыском.
        На следующий день суд санкционировал мой арест на два месяца.
        """)
        #expect(letter.map(\.eventType) == [.detention, .searchOfPremises, .pretrialDetention])
        #expect(letter.map(\.date) == [month(2024, 10), month(2024, 10), month(2024, 10)])
        // (A brother's home is not the writer's; the writer's arrest is his own.)
        #expect(letter[1].persons == ["Ерлан Оспанов"])
        #expect(letter[2].persons == ["Аслан Оспанов"])
    }

    @Test func aMonthLookedBackToLeavesTheDayItFollows() {
        let item = read("""
        12 мая 2025 года

        8 апреля Аслана Серикова задержали в Таразе. Дело против него возбудили ещё в марте. В тот же день суд арестовал его на 10 суток.
        """)
        #expect(item.map(\.date).last == day(2025, 4, 8))
    }

    @Test func aDayAfterALookBackToAnEarlierYearGoesOnWithTheStory() {
        let interview = read("""
        14 мая 2026 года

        18 марта акимат Тараза отказал Дане Сериковой в согласовании митинга.

        В декабре 2025 года департамент юстиции отказал в регистрации объединению «Ақ Бұлақ».

        2 апреля Дану Серикову оштрафовали на 30 МРП.
        """)
        #expect(interview.map(\.date) == [day(2026, 3, 18), month(2025, 12), day(2026, 4, 2)])
    }

    @Test func aBanAfterTheSentencesTermIsABan() {
        let verdict = read("28 апреля 2026 года суд приговорил Аслана Серикова к двум годам ограничения свободы с запретом заниматься общественной деятельностью на три года.")
        #expect(verdict.first?.sanctions.map(\.kind) == [.restrictionOfFreedom, .banOnActivity])
    }

    @Test func anArticleNamedBareAndWithItsPartIsOneProvision() {
        let search = read("On 9 September 2026 police searched the flat of Arman Ospanov in Taraz in a case under CC 274, a charge the warrant gave as CC 274(4).")
        #expect(search.first?.legalProvisions.map(\.part) == ["4"])
    }
}
