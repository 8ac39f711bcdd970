import CivicModel
import Testing
@testable import ReportReader

/// A court's weekly hearing list with a monitor's notes (round 111, h366), a monitor's text messages and the office's summary
/// (r246), a student union's statement with a timeline (round 112, h370), a journalist's numbered thread (r249), an initiative
/// group's minutes (r251). Sentences of our own in those styles.
@Suite struct DocketsAndThreadsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    /// A court list: days as headings set off by rules, a hearing's line and its case line (surname first), a note below.
    let docket = """
    Hearing list of the Oral city court, with our observers' notes

    Our observers followed cases of public interest. One. Two. Three. Four. Five. Six. Seven. Eight. Nine.

    ----------------------------------------
    MONDAY, 11.05.2026
    ----------------------------------------

    10:00 | No. 5-301/2026 | Judge B.K. Sultanova | Courtroom 3
    Abenov Marat Serikovich - AOC, Art. 488 Part 6

    NOTE: Abenov was detained by police on 6 May outside the akimat with a poster. Judge Sultanova ordered 5 days of administrative arrest.

    11:30 | No. 5-305/2026 | Judge B.K. Sultanova | Courtroom 3
    Kairatov Nurlan - AOC, Art. 488 Part 1

    NOTE: Kairatov had called for a gathering in a chat. The judge issued him a warning.

    ----------------------------------------
    TUESDAY, 12.05.2026
    ----------------------------------------

    09:00 | No. 1a-77/2026 | Regional Court, Appellate Panel | Hall 2
    Tulegenova Aigerim Maratovna - CC, Art. 405 Part 2

    NOTE: Tulegenova was convicted by the Zhanibek District Court on 3 February 2026. On Tuesday the panel acquitted her. She was released in the courtroom.

    15:00 | No. 4-12/2026 | Investigating Judge A.S. Omarov | closed hearing
    Serikbayev Dauren - CC, Art. 174 Part 1

    NOTE: Investigating Judge Omarov authorised two months of pre-trial detention for blogger Dauren Serikbayev.
    """

    @Test func aCourtListsDaysCasesAndDefendants() {
        let told = read(docket)
        // A case line's name, surname first with a patronymic or a given name, is the surname's person in the note below.
        #expect(told.first { $0.eventType == .detention }?.persons == ["Abenov Marat Serikovich"])
        #expect(told.first { $0.eventType == .warning }?.persons == ["Kairatov Nurlan"])
        // The ruling told after the arrest it judges is of the hearing's day, not the arrest's.
        let arrest = told.first { $0.eventType == .administrativeArrest }
        #expect(arrest?.persons == ["Abenov Marat Serikovich"])
        #expect(arrest?.date == day(2026, 5, 11))
        #expect(told.first { $0.eventType == .warning }?.date == day(2026, 5, 11))
        // "On Tuesday" under Tuesday's heading is that day; "released in the courtroom" after the acquittal is of its day.
        #expect(told.first { $0.eventType == .acquittalOrCaseClosed }?.date == day(2026, 5, 12))
        #expect(told.first { $0.eventType == .release }?.date == day(2026, 5, 12))
        #expect(told.first { $0.eventType == .release }?.persons == ["Tulegenova Aigerim Maratovna"])
        // "Investigating Judge Omarov" is the one who decides, not whom the remand befell.
        #expect(told.first { $0.eventType == .pretrialDetention }?.persons == ["Dauren Serikbayev"])
    }

    @Test func aTitleBeforeAPostAndMinutesLater() {
        let titled = read("On 3 June 2025 Senior Investigator Kaliyev searched the flat of blogger Arman Dosov in Taraz.")
        #expect(titled.first?.persons == ["Arman Dosov"])
        let later = read("On 12 March 2025, about 150 students gathered in Karaganda for a sit-in. About forty minutes later police detained Aruzhan Tolegenova.")
        #expect(later.first?.date == day(2025, 3, 12))
    }

    @Test func aTimelineRecapsTheActsToldAbove() {
        let told = read("""
        On 14 April 2025 police detained Yerlan Mukhametov, the union's chair, at the march in Karaganda. On 18 April the investigating court placed Yerlan Mukhametov under house arrest for two months in Karaganda.

        Timeline

        14.04.2025 – March; Mukhametov detained.
        18.04.2025 – House arrest for Mukhametov.
        02.05.2025 – Karaganda Regional Court rejects Mukhametov's appeal against the house arrest.
        """)
        #expect(told.filter { $0.eventType == .detention }.count == 1)
        #expect(told.filter { $0.eventType == .houseArrest }.count == 1)
        // (What only the timeline tells stays.)
        #expect(told.contains { $0.eventType == .other && $0.date == day(2025, 5, 2) })
    }

    @Test func aNumberedThread() {
        let told = read("""
        1/5
        Тред о том, что было в марте 2025-го в регионах. Коротко. #Казахстан #KZ

        2/5
        #Тараз. 4 марта полиция задержала активиста Ерлана Жумабаева у акимата.
        6.03 Районный суд дал ему 10 сут. адм. ареста по ч.3 ст.488 КоАП.

        3/5
        #Семей. 12-го — обыск в редакции издания «Ertis Ünі» в рамках УД по ст. 274 УК.

        4/5
        #Актобе. В декабре 2024-го горсуд дал Самату Ахметову 2 года лишения свободы по ч.2 ст.405 УК за «участие» в ДВК (запрещена в РК как экстремистская). 26 марта облсуд оставил приговор в силе.

        5/5
        #Уральск. Группа «Жайык» подала заявку на митинг 23 марта. 19 марта акимат отказал: «на площади ремонт».
        """)
        // A post's tags end its paragraph: the next post's place is its own.
        #expect(told.first { $0.eventType == .detention }?.locations == ["Taraz"])
        // A day of one figure opening a line; a day "12-го" of the month being told; the post numbers "3/5" no days.
        #expect(told.first { $0.eventType == .administrativeArrest }?.date == day(2025, 3, 6))
        let search = told.first { $0.eventType == .searchOfPremises }
        #expect(search?.date == day(2025, 3, 12))
        // ("УД", a criminal case, is no organisation; "(запрещена …)" after a body's name is what it is, no ban told.)
        #expect(search?.organizations.contains("УД") == false)
        #expect(!told.contains { $0.eventType == .organizationBanned })
        // An appeal after a verdict told by its month is of the year after it.
        #expect(told.first { $0.eventType == .other }?.date == day(2025, 3, 26))
        // The akimat's refusal with nothing named after it.
        #expect(told.first { $0.eventType == .assemblyRefused }?.date == day(2025, 3, 19))
    }

    @Test func aTownsNameIsNoInfinitive() {
        #expect(read("Усть-Каменогорск: 5 марта 2025 года суд приостановил деятельность ОО «Жасыл Өлке» на 3 месяца.").first?.locations == ["Oskemen"])
        #expect(!RussianParagraphReader.opensWithAnInfinitive(Tokenizer.tokens(Array("Усть-Каменогорск: суд".unicodeScalars)[...], base: 0)[...]))
    }

    @Test func aMonitorsMessagesAndTheEveningsSummary() {
        let told = read("""
        Мониторинг митинга, г. Уральск

        I. Сообщения монитора

        10:41 Пропал моб. интернет у всех операторов.
        10:50 Подошёл майор, требует разойтись, акция «не согласована».

        II. Итоговая сводка офиса за 14 марта 2025 г.

        Предыстория. Группа 5 марта подала уведомление о митинге. Письмом от 11.03.2025 акимат отказал в согласовании.

        На площади. С 10:40 до 12:30 у ДК в Уральске не работал мобильный интернет всех операторов. Около 11:07 двое в штатском толкнули корреспондента издания «Орал Таймс» Динару Сейтову.

        Что с кем.
        1. Ерлан Беков (47 лет). Суд назначил ему 15 суток ареста по ч. 6 ст. 488 КоАП.
        2. Асхат Нуров (студент, 20 лет). Судья ограничился предупреждением по ч. 1 ст. 488 КоАП.
        """)
        // The internet cut told twice the same day is one act; the major's order to disperse is no refusal of the notice.
        #expect(told.filter { $0.eventType == .internetShutdown }.count == 1)
        #expect(told.filter { $0.eventType == .assemblyRefused }.map(\.date) == [day(2025, 3, 11)])
        // The summary's day, not the background's; a push at a reporter; a line's item headed by its person.
        #expect(told.first { $0.eventType == .physicalAttack }?.persons == ["Динара Сейтова"])
        #expect(told.first { $0.eventType == .physicalAttack }?.date == day(2025, 3, 14))
        let warning = told.first { $0.eventType == .warning }
        #expect(warning?.persons == ["Асхат Нуров"])
        #expect(warning?.date == day(2025, 3, 14))
        #expect(ParagraphReader.isANumberAlone(Tokenizer.tokens(Array("II.".unicodeScalars)[...], base: 0)[...]))
        // (Not "толкнул полицейского", what a protester is accused of.)
        #expect(read("Судом установлено, что 12 марта 2025 года в Уральске подсудимый толкнул сотрудника полиции.").allSatisfy { $0.eventType != .physicalAttack })
    }
}
