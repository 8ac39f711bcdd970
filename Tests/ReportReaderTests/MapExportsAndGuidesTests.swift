import CivicModel
import Testing
@testable import ReportReader

/// An incident map's markers exported as text (round 78, h271), a fundraiser's dated updates (h270), a hotline's call log
/// (h269), a lawyer's guide in the second person (r150) and a journalist's numbered thread (r151). Sentences of our own.
@Suite struct MapExportsAndGuidesTests {
    @Test func aMarkersDateFieldDatesItsDescription() {
        let markers = read("""
        [Marker 01] Activist detained at a picket
        Location: Taraz
        Date: 12 March 2025
        Description: Police detained activist Arman Dosov minutes after he unfolded a poster outside the akimat in Taraz. Two days later a court gave him 10 days of administrative arrest.

        [Marker 02] Reporter fined
        Location: Aktobe
        Date: February 2025
        Description: A court in Aktobe fined reporter Zhanar Temirbekova 30 MCI.
        """)
        #expect(markers.map(\.eventType) == [.detention, .administrativeArrest, .fine])
        // ("minutes after" is the same day; a field's month alone dates what the description tells without a day.)
        #expect(markers.map(\.date) == [day(2025, 3, 12), day(2025, 3, 14), try? PartialDate(year: 2025, month: 2)])
        // Not a month the field line gives beside other words.
        #expect(ParagraphReader.labelledMonth(tokens("Date: February 2025"), DateRecognizer.dates(in: tokens("Date: February 2025"), contextYear: nil)) != nil)
        let noted = tokens("Note: the court met in February 2025")
        #expect(ParagraphReader.labelledMonth(noted, DateRecognizer.dates(in: noted, contextYear: nil)) == nil)
    }

    @Test func aDuplicateMarkerTellsNothingNew() {
        let markers = read("""
        [Marker 01] Activist detained
        Date: 12 March 2025
        Description: Police detained activist Arman Dosov outside the akimat in Taraz.

        [Marker 02] DUPLICATE of Marker 01
        Date: 12.03.2025
        Description: Dosov was detained after his picket; see Marker 01.
        """)
        #expect(markers.count == 1)
        // A copy of a decision is no duplicate record.
        #expect(!ParagraphReader.marksADuplicate(tokens("The court refused to issue a duplicate of the decision.")))
    }

    @Test func aHeadlinesDescribingWordIsNoName() {
        let marker = read("""
        [Marker 06] Online outlet suspended
        Date: 5 May 2025
        Description: A court in Astana suspended the news site Dala Times for three months.
        """)
        #expect(marker.map(\.organizations) == [["Dala Times"]])
    }

    @Test func anUpdatesYesterdayCountsFromItsNumberedHeading() {
        let page = read("""
        Help us pay for Arman's lawyer

        UPDATE #1 — 3 April 2025
        Yesterday police searched my flat in Taraz for four hours.

        UPDATE #2 — 11.06.2025
        The trial of Arman Dosov began yesterday at the Taraz city court.
        """)
        #expect(page.map(\.date) == [day(2025, 4, 2), day(2025, 6, 10)])
    }

    @Test func theirAfterAGroupIsTheGroups() {
        let log = read("""
        Call 1 | 11.02.2025 | Taraz
        Arman Dosov stood alone with a placard in Taraz on 26 January. On 4 February a court fined him 50 MCI.

        Call 2 | 14.02.2025 | Astana
        A member of the initiative group "Jasyl Qala" told us that on 10 February the akimat refused to agree their rally.
        """)
        #expect(log.map(\.eventType) == [.fine, .assemblyRefused])
        #expect(log.last?.persons == [])
        #expect(log.last?.organizations == ["Jasyl Qala"])
    }

    @Test func aStoryOpeningOnAMorningInAMonthIsOfThatMonth() {
        let story = read("""
        Borrowers who will not keep quiet

        Apr 22, 2025
        Aliya Sarsenova

        On a cold morning in February 2025, Zhanar Temirbekova held a banner outside the akimat in Taraz. She held it for ten minutes before police put her in a van.
        """)
        #expect(story.first?.date == (try? PartialDate(year: 2025, month: 2)))
    }

    @Test func aGuidesSecondPersonIsEveryReader() {
        let guide = read("""
        Памятка для активистов
        Подготовила: адвокат Жанар Темирбекова

        Совет 1. Сохраняйте спокойствие и спросите, на каком основании вас задерживают.

        Запреты на выезд часто остаются в базе, и вы узнаете о них только в аэропорту.

        Из практики. 9 января 2025 года Армана Досова задержали у акимата в Таразе.
        """)
        #expect(guide.map(\.persons) == [["Арман Досов"]])
        // An interviewer's turn still speaks of the one interviewed.
        let interview = read("""
        Интервью с активистом Арманом Досовым

        Корр.: В декабре 2024 года правозащитники признали вас политзаключённым.
        """)
        #expect(interview.first?.persons == ["Арман Досов"])
    }

    @Test func aThreadsComparisonAndASpeakersWords() {
        let thread = read("""
        1/6
        Тред. Что было с активистами за первые три недели марта 2025-го.

        2/6
        С 1 января по 20 марта не менее 46 задержаний. За весь первый квартал 2024-го было 31.

        3/6
        #Тараз. 3 марта полиция задержала активиста Армана Досова у акимата.

        4/6
        13 марта акимат Астаны отказал группе «Жасыл Қала» в митинге. Координатор группы Жанар Темирбекова: «Это уже третий отказ подряд».
        """)
        #expect(thread.map(\.eventType) == [.detention, .assemblyRefused])
        // (The earlier quarter a figure is set beside moves no story back a year.)
        #expect(thread.first?.date == day(2025, 3, 3))
    }
}

/// A foreign parliament's written answer (round 79, h272), an urgent action (h273), a year's highlights page (h274), a weekly
/// press review (r152), a movement's press release (r153) and a carousel's slides (r154). Sentences of our own.
@Suite struct AnswersReviewsAndCarouselsTests {
    @Test func aDecisionToAcquitAndASearchOfItsPremises() {
        let acquitted = read("We note the decision of the Taraz City Court of 4 June 2025 to acquit Mrs Zhanar Temirbekova, who had been charged under Article 174 of the Criminal Code.")
        #expect(acquitted.map(\.eventType) == [.acquittalOrCaseClosed])
        let searched = read("Police officers arrived at Arman Dosov's flat in Taraz at 6am on 14 January 2026 and spent four hours searching it.")
        #expect(searched.map(\.eventType) == [.searchOfPremises])
    }

    @Test func aReviewsIssueYearInBracketsAndAnEarlierReportingYear() {
        let review = read("""
        ОБЗОР ПРЕССЫ
        Выпуск № 11 (2025): неделя с 10 по 16 марта

        1. ТАРАЗ
        Как сообщает издание «Жер Ньюс», 5 марта суд Тараза приостановил деятельность объединения «Жасыл Қала». Основанием стало непредставление отчётности за 2023 год.

        2. ШЫМКЕНТ
        14 марта полиция задержала активиста Армана Досова в Шымкенте.
        """)
        #expect(review.map(\.date) == [day(2025, 3, 5), day(2025, 3, 14)])
    }
}
