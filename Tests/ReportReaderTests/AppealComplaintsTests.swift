import CivicModel
import Testing
@testable import ReportReader

/// A defence lawyer's appeal in the chancery style (round 55, r100): its acts told with names and bodies between verb and
/// noun, the procedure's own word for a charge, a search described after it was told, and the requests and arguments that
/// tell no act. Sentences of our own.
@Suite struct AppealComplaintsTests {
    @Test func theProceduresWordForACharge() {
        let charged = read("5 марта 2025 года Жумабекову А.С. вынесено постановление о квалификации деяния подозреваемого по ст. 274 ч. 2 УК РК.")
        #expect(charged.map(\.eventType) == [.charged])
        // Near miss: the qualification argued, no ruling.
        #expect(read("Защита считает квалификацию деяния по ст. 274 УК РК ошибочной.").isEmpty)
    }

    @Test func aRefusalWithTheLeadersNameBetween() {
        let refused = read("""
        12 мая 2025 года акимат г. Кокшетау отказал инициативной группе во главе с гр. Ахметовым Бауыржаном Серикулы в \
        проведении мирного собрания.
        """)
        #expect(refused.map(\.eventType) == [.assemblyRefused])
    }

    @Test func aSuspensionWithTheBodysNameBetween() {
        let suspended = read("Решением суда от 2 июня 2025 года деятельность общественного фонда «Таза Жер» приостановлена сроком на 6 месяцев.")
        #expect(suspended.map(\.eventType) == [.organizationSuspended])
        #expect(suspended.first?.organizations.isEmpty == false)
    }

    @Test func aSearchDescribedAfterItWasToldIsNoOther() {
        let story = read("""
        10 марта 2025 года в квартире блогера Армана Сеитова провели обыск. Обыск проводился без понятых, а постановление \
        суда о нём поступило только 14 марта 2025 года.
        """)
        #expect(story.map(\.eventType) == [.searchOfPremises])
        // Near miss: told so first, it is the search.
        let first = read("10 марта 2025 года к блогеру Арману Сеитову пришли полицейские. Обыск шёл четыре часа, забрали ноутбук.")
        #expect(first.contains { $0.eventType == .searchOfPremises })
    }

    @Test func aRequestAndAnArgumentTellNoAct() {
        #expect(read("1. Постановление суда от 6 марта 2025 года в отношении Ахметова Бауыржана отменить и вынести оправдательный приговор.").isEmpty)
        #expect(read("Прекращение дела в отношении Асель Токтаровой при той же фабуле свидетельствует о произволе следствия.").isEmpty)
        // Near miss: the court's own acquittal.
        #expect(read("6 марта 2025 года суд вынес оправдательный приговор Бауыржану Ахметову.").map(\.eventType) == [.acquittalOrCaseClosed])
        // Near miss: a ruling's operative part, with its finding of guilt, is the act.
        #expect(!read("6 марта 2025 года суд постановил: Ахметова Бауыржана признать виновным по ч. 1 ст. 174 УК РК и назначить наказание в виде 2 лет ограничения свободы.").isEmpty)
    }
}
