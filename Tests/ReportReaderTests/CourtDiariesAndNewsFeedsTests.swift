import CivicModel
import Testing
@testable import ReportReader

/// A court-watch diary (round 63, h235), a rights centre's news feed with a day and a headline over each item (r115), and a
/// lawyer's appeal with its dates in quotes (r116). Sentences of our own.
@Suite struct CourtDiariesAndNewsFeedsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }
    func month(_ y: Int, _ m: Int) -> PartialDate? { try? PartialDate(year: y, month: m) }

    @Test func aDiaryOfTodayDatesItsUndatedActs() {
        let diary = read("""
        Tuesday, 14 April 2026

        Notes from the appeal

        Today was the appeal of Serik Abenov at the Kostanay regional court.

        **Morning**

        At 10:15, while we queued, I heard shouting outside. Later I found out the police had detained Aruzhan Tokenova.

        **Afternoon**

        The judge gave Aruzhan Tokenova five days of administrative arrest.
        """)
        #expect(diary.map(\.date) == [day(2026, 4, 14), day(2026, 4, 14)])
        // Near miss: without "Today was", a diary's undated acts stay undated.
        let undated = read("""
        Tuesday, 14 April 2026

        Notes from the appeal

        **Afternoon**

        The judge gave Aruzhan Tokenova five days of administrative arrest.
        """)
        #expect(undated.first?.date == nil)
    }

    @Test func aWordInQuotesIsNoAct() {
        let word = read("On 3 March 2026 I had still not heard the word \"acquitted\" in any court that tried Serik Abenov.")
        #expect(word.isEmpty)
        let russian = read("3 марта 2026 года суд по делу Серика Абенова так и не произнёс слово «оправдан».")
        #expect(russian.isEmpty)
        // Near miss: an acquittal told is one.
        let told = read("On 3 March 2026 the Kostanay court acquitted Serik Abenov.")
        #expect(told.map(\.eventType) == [.acquittalOrCaseClosed])
    }

    @Test func aFeedsItemTakesItsDayAndNotItsHeadline() {
        let feed = read("""
        Новости центра

        14.05.2025 | Костанай
        Активистку оштрафовали за пикет
        Специализированный административный суд Костаная признал Аружан Токенову виновной по ч. 1 ст. 488 КоАП и назначил ей штраф 20 МРП.

        12.05.2025 | Костанай
        Задержана активистка
        Сегодня утром полицейские задержали Аружан Токенову у здания акимата.
        """)
        #expect(feed.map(\.date) == [day(2025, 5, 14), day(2025, 5, 12)])
        #expect(feed.map(\.eventType) == [.fine, .detention])
        #expect(feed.first?.quote.hasPrefix("Специализированный") == true)
        #expect(feed.first?.persons == ["Аружан Токенова"])
    }

    @Test func aPointerToAnotherItemIsNoDay() {
        let pointer = read("""
        14.05.2025 | Костанай
        Задержана активистка
        Сегодня утром полицейские задержали Аружан Токенову. Ранее акимат отказал её группе в проведении митинга (см. заметку от 9 мая).
        """)
        #expect(!pointer.contains { $0.date == day(2025, 5, 9) })
    }

    @Test func aLegalPapersDaysInQuotesAndTheSameVerdict() {
        let brief = read("""
        Приговором Костанайского городского суда от «12» февраля 2026 г. Абенов Серик Маратович осужден по ч. 2 ст. 174 УК РК к 3 годам лишения свободы.

        Этим же приговором Токенова Аружан Сериковна осуждена по ч. 2 ст. 405 УК РК к ограничению свободы сроком на 2 года.

        «16» июня 2025 г. следственный судья санкционировал в отношении Абенова С.М. содержание под стражей. Ходатайство защиты об избрании домашнего ареста было отклонено.
        """)
        #expect(brief.map(\.date) == [day(2026, 2, 12), day(2026, 2, 12), day(2025, 6, 16)])
        #expect(!brief.contains { $0.eventType == .houseArrest })
        // Near miss: a house arrest ordered on the investigator's motion is one.
        let granted = read("20 июня 2025 года следственный суд по ходатайству следователя поместил Аружан Токенову под домашний арест.")
        #expect(granted.map(\.eventType) == [.houseArrest])
    }

    @Test func aLawyerDisputingTheVerdictTellsNoAct() {
        let disputed = read("С приговором в части осуждения моего подзащитного Серика Абенова не согласна.")
        #expect(disputed.isEmpty)
    }

    @Test func aSpanOfMonthsIsOfItsFirstMonth() {
        let span = read("С апреля по июнь 2025 г. в отношении Серика Абенова осуществлялось прослушивание телефонных переговоров.")
        #expect(span.map(\.date) == [month(2025, 4)])
    }
}
