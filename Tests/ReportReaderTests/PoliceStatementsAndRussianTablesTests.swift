import CivicModel
import Testing
@testable import ReportReader

/// A police statement naming people by an initial and a monitor's comment naming them in full (round 61, r111), a Russian
/// chronology table with shortened terms (r112), a union's newsletter (h231) and a parliament's question (h232). Sentences
/// of our own.
@Suite struct PoliceStatementsAndRussianTablesTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func initialsNamedInFullByALaterParagraph() {
        let text = read("""
        Пресс-служба полиции, 20 апреля 2025 года

        Постановлением суда от 18 апреля 2025 года гражданин Т. подвергнут административному аресту сроком на 5 суток. Гражданке О. назначен штраф в размере 10 МРП.

        Комментарий правозащитников. Полиция пишет о «гражданах Т. и О.». Назовём их: 17 апреля в Таразе были задержаны Арман Тулегенов и Дана Омарова.
        """)
        #expect(text.map(\.persons) == [["Арман Тулегенов"], ["Дана Омарова"], ["Арман Тулегенов", "Дана Омарова"]])
    }

    @Test func oneInitialNamedOnlyWhereTheTextSaysWhoItIs() {
        let said = read("""
        Пресс-служба полиции, 20 апреля 2025 года

        18 апреля 2025 года в отношении гражданина К. начато досудебное расследование по ч. 2 ст. 274 УК РК.

        «Гражданин К.» — это блогер Дархан Кенжебаев. 19 апреля в его доме в Таразе провели обыск.
        """)
        #expect(said.map(\.persons) == [["Дархан Кенжебаев"], ["Дархан Кенжебаев"]])
        // Near miss: someone else of that letter named in full is not the initial.
        let other = read("""
        Пресс-служба полиции, 20 апреля 2025 года

        18 апреля 2025 года в отношении гражданина К. начато досудебное расследование по ч. 2 ст. 274 УК РК.

        19 апреля в Таразе задержан адвокат Кайрат Кенесов, защищающий гражданина К.
        """)
        #expect(other.first?.persons == ["К."])
    }

    @Test func aDayToldBeforeTheActsOfAPoliceStatement() {
        let statement = read("""
        Пресс-служба полиции

        18 марта 2025 года

        15 марта 2025 года около 12:00 на площади группа граждан предприняла попытку проведения несогласованного собрания.

        Гражданин Аслан Серіков на законные требования не реагировал, в связи с чем был доставлен в УП г. Актобе.
        """)
        #expect(statement.map(\.date) == [day(2025, 3, 15)])
    }

    @Test func anAllegedActInAPostIsNoAct() {
        let claimed = read("18 марта 2025 года блогер Дархан Кенжебаев разместил видеозапись о якобы применении силы сотрудниками полиции в Таразе.")
        #expect(!claimed.contains { $0.eventType == .physicalAttack })
    }

    @Test func shortenedTermsAndSameDayInARussianTable() {
        let table = read("""
        Хроника, первое полугодие 2026 года

        Дата | Город | ФИО | Статья | Решение / мера
        14.01.2026 | Тараз | Арман Тулегенов | ч.3 ст.488 КоАП | адм. арест 10 сут.
        тот же день | Тараз | Арман Тулегенов | ч.2 ст.274 УК | обыск по месту жительства
        27.03.2026 | Тараз | Дана Омарова | ч.2 ст.405 УК | приговор: огр. своб. 2 г. + запрет на общественную деятельность 5 лет
        """)
        #expect(table.map(\.eventType) == [.administrativeArrest, .searchOfPremises, .conviction])
        #expect(table.map(\.date) == [day(2026, 1, 14), day(2026, 1, 14), day(2026, 3, 27)])
        #expect(table[0].sanctions == [Sanction(kind: .administrativeArrest, days: 10)])
        #expect(table[2].sanctions.map(\.kind) == [.restrictionOfFreedom, .banOnActivity])
        #expect(table[2].sanctions.first?.years == 2)
    }

    @Test func whatTheWritersMakeOfAnActIsNoAct() {
        let text = read("16.06.2026 суд Атырау прекратил уголовное дело против Айгерим Сейітовой.\n\nПрекращение дела против А. Сейітовой мы расцениваем как позитивный сигнал.")
        #expect(text.count == 1)
    }
}
