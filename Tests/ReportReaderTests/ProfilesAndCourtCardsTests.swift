import CivicModel
import Testing
@testable import ReportReader

/// A prisoner database's profiles (round 70, h249: "Name:" lines over case histories of subjectless steps), a coalition's
/// spreadsheet exported as CSV (h250), a court database's case cards (r129) and a columnist's essay (r130: a date in
/// brackets, history before independence). Sentences and rows of our own.
@Suite struct ProfilesAndSpreadsheetsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aProfilesStepsAreItsPersons() {
        let profiles = read("""
        PROFILE 0101
        Name: Serik Amanov
        Region: Pavlodar

        Case history:
        - Detained 4 Mar 2024 (Pavlodar); remanded in custody 6 Mar 2024 on charges under Art. 174(1) and 274(2) CC.
        - Sentenced 9 Sep 2024 by Pavlodar city court to 4 yrs in a colony.
        - Released on parole in 2025 from a colony in Kostanay region.

        PROFILE 0102
        Name: Aliya Dauletova
        Region: Aktobe

        Case history:
        - 2024-05-14: Justice Department refused to register the Aktobe Civic Forum.
        - 2024-06-02: fined 50 MCI by the administrative court of Aktobe.
        """)
        #expect(profiles.map(\.eventType) == [.detention, .pretrialDetention, .conviction, .release, .registrationDenied, .fine])
        #expect(profiles.prefix(4).allSatisfy { $0.persons == ["Serik Amanov"] })
        // (The remand's two articles, each with its part, and the conviction that names none takes them.)
        #expect(profiles[1].legalProvisions.map { [$0.article, $0.part ?? "-"] } == [["174", "1"], ["274", "2"]])
        #expect(profiles[2].legalProvisions.map(\.article) == ["174", "274"])
        #expect(profiles[3].date == (try? PartialDate(year: 2025)))
        // A body's refusal stays the body's; the next profile's fine is its own person's.
        #expect(profiles[4].persons.isEmpty && profiles[4].organizations == ["Aktobe Civic Forum"])
        #expect(profiles[5].persons == ["Aliya Dauletova"])
    }

    @Test func aYearBeforeAPrepositionIsStillAYear() {
        let released = read("Serik Amanov was released in 2025 from a colony in Kostanay region.")
        #expect(released.first?.date == (try? PartialDate(year: 2025)))
        let parts = read("On 3 May 2026 police fined Arman Serikov 10 MCI under CoAO 488 pt.6. He will appeal.")
        #expect(parts.first?.legalProvisions.map { [$0.article, $0.part ?? "-"] } == [["488", "6"]])
        #expect(parts.first?.quote.hasSuffix("pt.6.") == true)
    }

    @Test func aCSVExportIsReadRowByRow() {
        let csv = read("""
        id,date,region,city,name,role,event,legal_basis,sanction,notes
        1,2026-02-02,Almaty city,Almaty,Nurlan Abenov,activist,detained,,,"Police held him near the akimat, then let him go."
        2,03.02.2026,Almaty city,Almaty,Nurlan Abenov,activist,admin arrest,"CoAO 488 pt.6",12 days,"Ruling seen, appeal pending."
        3,2026-02-10,Astana city,Astana,Taza Qala (public foundation),NGO,registration refused,,,"Founders Asel Omarova and Daniyar Bek say they will sue."
        4,2026-02-12,Aktobe region,Aktobe,Marat Serikov,organiser,assembly refused,,,"Third refusal, the site was 'booked'."
        """)
        #expect(csv.map(\.eventType) == [.detention, .administrativeArrest, .registrationDenied, .assemblyRefused])
        #expect(csv.map(\.date) == [day(2026, 2, 2), day(2026, 2, 3), day(2026, 2, 10), day(2026, 2, 12)])
        #expect(csv[1].sanctions.map { [$0.kind.rawValue, "\(Int($0.days ?? 0))"] } == [["administrative_arrest", "12"]])
        #expect(csv[1].legalProvisions.map { [$0.article, $0.part ?? "-"] } == [["488", "6"]])
        // (The body in the names' column, not the founders a note names; the city, not its region.)
        #expect(csv[2].organizations == ["Taza Qala"] && csv[2].persons.isEmpty)
        #expect(csv[3].locations == ["Aktobe"])
        // Near miss: prose with commas is no CSV, whatever its words.
        let prose = read("On 2 March 2026, two unidentified men attacked Aidos Serikov, a reporter, outside his home in Taraz, according to the outlet and Serikov, who spoke to us.")
        #expect(prose.map(\.eventType) == [.physicalAttack])
    }
}

@Suite struct CourtCardsAndColumnsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aCourtCardsDecisionIsOfItsDecisionDay() {
        let cards = read("""
        Номер дела: 7594-26-00-4/101
        Суд: Специализированный межрайонный суд по административным правонарушениям города Алматы
        Дата поступления: 10.02.2026
        Категория: Административные правонарушения
        Статья: ч. 10 ст. 488 КоАП РК
        Стороны: Сапаров Ерлан Маратович – лицо, в отношении которого ведется производство
        Результат рассмотрения: Арест 7 суток
        Дата решения: 11.02.2026
        Выдержка из постановления: Сапаров Е.М. 9 февраля 2026 года принял участие в собрании. Суд постановил подвергнуть Сапарова Ерлана Маратовича административному аресту сроком на 7 суток.

        Номер дела: 7199-26-00-2/202
        Суд: Районный суд №2 города Алматы
        Дата поступления: 12.02.2026
        Категория: Гражданские дела
        Стороны: Истец – ТОО «Кредит Плюс»; ответчик – Омарова Г.К.
        Результат рассмотрения: Иск удовлетворен
        Дата решения: 20.02.2026

        Номер дела: 3510-26-00-1/19
        Суд: Районный суд города Караганды
        Дата поступления: 01.03.2026
        Категория: Уголовные дела
        Статья: ч. 2 ст. 274 УК РК
        Стороны: Подсудимый – Ахметов Бауыржан Нурланович
        Результат рассмотрения: Оправдательный приговор
        Дата решения: 27.03.2026
        Выдержка из приговора: Ахметова Бауыржана Нурлановича по предъявленному обвинению по ч. 2 ст. 274 УК РК оправдать за отсутствием состава.
        """)
        #expect(cards.map(\.eventType) == [.administrativeArrest, .acquittalOrCaseClosed])
        #expect(cards.map(\.date) == [day(2026, 2, 11), day(2026, 3, 27)])
        #expect(cards.first?.persons == ["Сапаров Ерлан Маратович"])
        // Near miss: a complaint asking for an acquittal decides nothing.
        let asked = read("27 марта 2026 года адвокат попросила суд Бауыржана Ахметова оправдать.")
        #expect(asked.isEmpty)
    }

    @Test func aColumnsHistoryAndADayInBrackets() {
        let column = read("""
        Колонка, 9 апреля 2026 года.

        В декабре 1986-го студентов, вышедших на площадь, разгоняли дубинками.

        Начну с Алматы. Айгерим Нурову задержали через семь минут (это было 14 января, стоял мороз).

        В Караганде дело против пенсионерки Меруерт Сапиевой, обвинённой по статье 174 УК в «разжигании розни», в феврале прекратили за отсутствием состава преступления.
        """)
        #expect(column.map(\.eventType) == [.detention, .acquittalOrCaseClosed])
        #expect(column.first?.date == day(2026, 1, 14))
        #expect(column.last?.date == (try? PartialDate(year: 2026, month: 2)))
    }
}
