import CivicModel
import Testing
@testable import ReportReader

/// A mother's video appeal (round 62, r113), an NGO shadow report with footnotes (r114), a weekly review with its sources in
/// brackets (h233). Sentences of our own.
@Suite struct VideoAppealsAndShadowReportsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }
    func month(_ y: Int, _ m: Int) -> PartialDate? { try? PartialDate(year: y, month: m) }

    @Test func aVideosPublicationDayDatesWhatItLooksBackTo() {
        let appeal = read("""
        Обращение отца из Сатпаева

        Запись опубликована 3 марта 2026 года на канале «Сарыарқа дауысы». Ниже расшифровка обращения Болата Кенесова.

        Двадцатого ноября моего сына Нурлана Кенесова задержали у акимата.

        В прошлом месяце полиция провела обыск в доме Нурлана Кенесова.
        """)
        #expect(appeal.map(\.date) == [day(2025, 11, 20), month(2026, 2)])
        // Near miss: a day told before any publication line keeps the year being told.
        let told = read("Двадцатого ноября 2025 года Нурлана Кенесова задержали у акимата.")
        #expect(told.map(\.date) == [day(2025, 11, 20)])
    }

    @Test func twoGivenNamesSharingASurnameInThePlural() {
        let brothers = read("10 февраля 2026 года полиция Талдыкоргана задержала братьев Асхата и Нурлана Жолдасовых.")
        #expect(brothers.first?.persons == ["Асхат Жолдасов", "Нурлан Жолдасов"])
        let sisters = read("10 февраля 2026 года в Талдыкоргане оштрафованы сёстры Айгуль и Динара Жолдасовы.")
        #expect(sisters.first?.persons == ["Айгуль Жолдасова", "Динара Жолдасова"])
        // The given name alone later is the one of the pair.
        let later = read("""
        Обращение из Талдыкоргана

        Ниже — обращение матери двух активистов, Асхата и Нурлана Жолдасовых.

        11 февраля 2026 года Нурлана суд оштрафовал на 50 МРП.
        """)
        #expect(later.first?.persons == ["Нурлан Жолдасов"])
    }

    @Test func aPartInWordsBeforeOrAfterItsArticle() {
        let before = read("8 января 2026 года Асхата Жолдасова задержали по подозрению по части первой статьи 174 УК.")
        #expect(before.first?.legalProvisions.map(\.part) == ["1"])
        let after = read("9 января 2026 года Асхату Жолдасову дали десять суток ареста по статье 488 КоАП, часть седьмая.")
        #expect(after.first?.legalProvisions.map(\.part) == ["7"])
        // Near miss: a part named after the code that opens the next citation is that one's.
        let next = read("9 января 2026 года Асхату Жолдасову предъявили обвинение по ст. 174 УК, ч. 1 ст. 274 УК.")
        #expect(next.first?.legalProvisions.map(\.part) == [nil, "1"])
    }

    @Test func aCourtForTwoMonthsAfterTwoDaysIsCustody() {
        let custody = read("""
        8 января 2026 года Асхата Жолдасова задержали в Талдыкоргане.

        Через два дня следственный суд арестовал его на два месяца.
        """)
        #expect(custody.map(\.eventType) == [.detention, .pretrialDetention])
        #expect(custody.last?.date == day(2026, 1, 10))
        #expect(custody.last?.sanctions.contains { $0.kind == .administrativeArrest } == false)
    }

    @Test func aWarningHandedOverAfterASummons() {
        let warned = read("20 января 2026 года Динару Жолдасову вызвали в полицию и вручили официальное предостережение.")
        #expect(warned.map(\.eventType) == [.warning])
    }

    @Test func aCourtThatSatDatesTheDecisionsAfterIt() {
        let sat = read("""
        16 декабря 2025 года Асхата Жолдасова задержали в Талдыкоргане.

        На следующий день был суд. Асхату Жолдасову дали десять суток ареста.
        """)
        #expect(sat.map(\.date) == [day(2025, 12, 16), day(2025, 12, 17)])
    }

    @Test func footnotesDateTheActsMarkedWithThemAndAreNoActs() {
        let report = read("""
        п. 12. Пенсионер из Тараза Серик Абенов был оштрафован на 30 МРП по ч. 6 ст. 488 КоАП [7]. В июле 2024 года департамент юстиции отказал в регистрации объединению «Жасыл Тараз» [8].

        ___
        [7] Постановление специализированного административного суда г. Тараза от 14.05.2024.
        [8] Письмо департамента юстиции от 11.07.2024.
        [9] Интервью с Сериком Абеновым, 02.06.2024.
        """)
        #expect(report.map(\.date) == [day(2024, 5, 14), day(2024, 7, 11)])
        #expect(report.map(\.eventType) == [.fine, .registrationDenied])
    }

    @Test func aStepOfTheCaseOfSomeoneNamedWithTheirOutlet() {
        let steps = read("Пример — дело редактора газеты «Тараз үні» Карлыгаш Абеновой. 3 марта 2024 года полиция возбудила в отношении нее уголовное дело. 5 марта в помещении редакции был проведен обыск.")
        #expect(steps.map(\.persons) == [["Карлыгаш Абенова"], ["Карлыгаш Абенова"]])
        // Near miss: a new paragraph's words about journalists in general borrow no one.
        let general = read("""
        3 марта 2024 года полиция возбудила уголовное дело в отношении Карлыгаш Абеновой. Позже производство по делу было прекращено.

        п. 13. Уголовное преследование журналистов, даже завершающееся прекращением дела, сдерживает прессу.
        """)
        #expect(general.count == 2)
    }

    @Test func aTownAbroadBeforeANameAndAQuarterOfACity() {
        let barred = read("27 января 2025 года в аэропорту Алматы пограничная служба не пропустила на рейс в Женеву сопредседателя Коалиции Айгерим Абенову.")
        #expect(barred.map(\.eventType) == [.travelRestriction])
        #expect(barred.first?.persons == ["Айгерим Абенова"])
        let quarter = read("19 октября 2024 года в Алматы неизвестные избили блогера Марата Абенова в микрорайоне Аксай.")
        #expect(quarter.first?.locations == ["Almaty"])
    }

    @Test func anItemsSourceInSquareBracketsEndsItsParagraph() {
        let review = read("""
        **Taraz**
        Police detained activist Serik Abenov on 10 March 2026. His lawyer says they will appeal. [Taraz Today, Qogham Watch]

        **Kokshetau**
        The akimat refused the Taza Kokshe movement's application to hold a rally in the central square on 21 March.
        """)
        #expect(review.count == 2)
        #expect(review.last?.quote.hasPrefix("The akimat") == true)
        #expect(review.last?.date != day(2026, 3, 21))
    }
}
