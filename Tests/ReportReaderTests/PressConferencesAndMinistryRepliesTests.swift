import CivicModel
import Testing
@testable import ReportReader

/// A press conference's transcript with speakers' labels (round 64, r117), a ministry's reply to a deputy (r118), a
/// researcher's dispatch (h237), the public holidays reports date acts by; a UN committee's views on a communication
/// (round 65, r119) and a radio phone-in (r120). Sentences of our own.
@Suite struct PressConferencesAndMinistryRepliesTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aSpeakersLabelIsNoOneActedOn() {
        let transcript = read("""
        Стенограмма пресс-конференции, Алматы, 12 февраля 2026 года

        Айгерим Сапарова: Мой муж Нуржан Сапаров сейчас под арестом. 6 февраля 2026 года суд Алматы арестовал Нуржана на 10 суток. А в ночь на 8 февраля неизвестные разбили стёкла моей машины.
        """)
        #expect(transcript.map(\.persons) == [["Нуржан Сапаров"], ["Айгерим Сапарова"]])
    }

    @Test func theFamiliesOfThoseDetainedAreNoAct() {
        let families = read("12 февраля 2026 года мы пригласили семьи тех, кого задержали, арестовали или судят за мирные собрания.")
        #expect(families.isEmpty)
        // Near miss: a manner of speaking ("если можно так сказать") is no condition.
        let manner = read("6 февраля 2026 года Дархану Сапарову повезло больше, если можно так сказать: его оштрафовали на 50 МРП.")
        #expect(manner.map(\.eventType) == [.fine])
    }

    @Test func aMinistrysFiguresAndALawAreNoActs() {
        let law = read("С 1 июля 2024 года введен в действие Закон «О масс-медиа», которым уточнены основания приостановления выпуска СМИ и ограничения доступа к интернет-ресурсам.")
        #expect(law.isEmpty)
        let figures = read("В 2024 году ограничен доступ к 1 284 интернет-ресурсам.")
        #expect(figures.isEmpty)
        // Near miss: a decision that became final ("вступило в законную силу") is no law, and three posts are one case's.
        let final = read("Постановление суда, которым Айгерим Сапарова подвергнута штрафу в размере 50 МРП, вступило в законную силу 20.12.2023.")
        #expect(final.map(\.eventType) == [.fine])
        let posts = read("02.05.2024 г. зарегистрировано уголовное дело по ч. 1 ст. 174 УК РК по факту размещения Нуржаном Сапаровым трёх публикаций.")
        #expect(posts.map(\.eventType) == [.criminalCaseOpened])
    }

    @Test func aCaseClosedFarFromItsNameAndAnOutletsRegistration() {
        let closed = read("Досудебное расследование по статье 274 УК РК, зарегистрированное в ноябре 2024 года в г. Атырау по заявлению ТОО «Каспий Сервис» в отношении журналиста Сапарова Нуржана Ерболовича, 3 мая 2025 года прекращено за отсутствием состава уголовного правонарушения.")
        #expect(closed.map(\.eventType) == [.acquittalOrCaseClosed])
        #expect(closed.first?.date == day(2025, 5, 3))
        let outlet = read("17 февраля 2025 года Министерством отказано в постановке на учет сетевого издания «Ертіс Жаңалықтары».")
        #expect(outlet.map(\.eventType) == [.registrationDenied])
    }

    @Test func aHouseArrestOrderedInsteadOfCustodyOrLivedThrough() {
        let instead = read("17 мая 2024 года следственный судья избрал в отношении Нуржана Сапарова не содержание под стражей, о котором просил следователь, а меру пресечения в виде домашнего ареста.")
        #expect(instead.map(\.eventType) == [.houseArrest])
        let during = read("Суд не оценил доводы Нуржана Сапарова о том, что в период домашнего ареста к нему приходили полицейские.")
        #expect(!during.contains { $0.eventType == .houseArrest })
    }

    @Test func stoppedAtPassportControlAndAnAsideAfterADash() {
        let stopped = read("Marat Iskakov was stopped at passport control at Astana airport on 12 February 2026. Border guards told him that bailiffs had barred him from leaving the country over a fine – a fine he says he paid in November.")
        #expect(stopped.map(\.eventType) == [.travelRestriction])
        #expect(stopped.first?.date == day(2026, 2, 12))
    }

    @Test func holidaysAreDaysOfTheYearBeingTold() {
        let russian = read("""
        Видео опубликовано 12 февраля 2026 года.

        На Рождество Даурена Сапарова не выпустили из аэропорта Актау: пограничник сказал, что у него запрет на выезд.
        """)
        #expect(russian.map(\.date) == [day(2026, 1, 7)])
        let english = read("Police in Zhanaozen detained Yerlan Saparov on Independence Day 2025.")
        #expect(english.map(\.date) == [day(2025, 12, 16)])
        // Near miss: a holiday named without a preposition ("Nauryz festivities") dates nothing.
        let named = read("On 10 March 2026 the akimat refused the Ar-Namys movement a rally, saying the square was reserved for Nauryz festivities.")
        #expect(named.map(\.date) == [day(2026, 3, 10)])
    }

    @Test func aCommunicationsAuthorIsWhomItsFactsName() {
        let views = read("""
        Соображения Комитета по правам человека относительно сообщения № 1234/2024

        1. Автором сообщения является Нуржан Сапаров, гражданин Казахстана.

        2.3 6 марта 2022 года полиция задержала автора у здания акимата Уральска. 2.4 7 марта 2022 года суд назначил автору 10 суток административного ареста.

        3. Автор утверждает, что его задержание и арест нарушили статьи 19 и 21 Пакта.
        """)
        #expect(views.map(\.persons) == [["Нуржан Сапаров"], ["Нуржан Сапаров"]])
        #expect(views.map(\.eventType) == [.detention, .administrativeArrest])
    }

    @Test func aBroadcastsDayAndACallersTurn() {
        let phoneIn = read("""
        Эфир 24 марта 2026 года, 19:00–20:00. Ведущий — Талгат Оспанов.

        ВЕДУЩИЙ: Добрый вечер. Слушаем первый звонок.

        СВЕТЛАНА (Усть-Каменогорск): В четверг к нам пришли с обыском по делу моего брата Дмитрия Колесникова.
        """)
        #expect(phoneIn.map(\.date) == [day(2026, 3, 19)])
        #expect(phoneIn.first?.persons.contains("Талгат Оспанов") == false)
    }

    @Test func aMonthAndYearOpeningASentenceSetsTheStorysTime() {
        let obituary = read("""
        Marat Saparov, who died on 3 February 2026, spent twenty years in court rooms.

        In December 2011, as news of the strike spread, he set off by bus. Police detained Marat Saparov at the bus station in Aktau on 18 December.
        """)
        #expect(obituary.map(\.date) == [day(2011, 12, 18)])
        // Near miss: a look back with "had" leaves the story's own year to come back.
        let lookBack = read("""
        12 March 2025

        Police detained Marat Saparov in Aktau on 10 March 2025. In December 2023 he had been fined for a picket.

        On 11 March the court sentenced Marat Saparov to ten days of administrative arrest.
        """)
        #expect(lookBack.last?.date == day(2025, 3, 11))
    }
}

