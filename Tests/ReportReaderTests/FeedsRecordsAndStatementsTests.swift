import CivicModel
import Testing
@testable import ReportReader

/// An insurer's claim assessment, a database's changelog and a journalist's affidavit (round 123: h402–h404), a bailiff's
/// order with a debtor's objection, a defender's CV and a news app's push feed (r282–r284); a bar panel's decision, an
/// oral-history catalogue and a sports federation's statement (round 124: h405–h407), a leaflet, an ombudsman's reply and a
/// charity board's minutes (r285–r287); a bank's compliance alert, a digital-rights incident report and a donor's
/// due-diligence memo (round 125: h408–h410), a communication to a UN committee, a crowdfunding spending report and a police
/// protocol with the detainee's statement (r288–r290). Sentences of our own in those styles.
@Suite struct FeedsRecordsAndStatementsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aFeedsEntryHeadedByItsHourAndALabel() {
        // "08:52 · СРОЧНО" under the day's heading: a new entry of that day; its label is not read. An update of the same
        // detention that day is the same detention.
        let feed = read("""
        Архив уведомлений за март.

        ЧЕТВЕРГ, 6 МАРТА 2025

        09:05 · СРОЧНО
        В Таразе задержан активист Бекзат Нурмаганбетов, он стоял у акимата с плакатом.

        09:50 · Обновлено
        Нурмаганбетова доставили в городской отдел полиции.

        13:20 · Кызылорда
        Акимат Кызылорды отказал движению «Ақ Жол Жастары» в проведении митинга 15 марта.

        ПЯТНИЦА, 7 МАРТА

        08:10 · СРОЧНО
        В Семее полиция проводит обыск в редакции газеты «Ертіс Үні».
        """)
        #expect(feed.filter { $0.eventType == .detention }.count == 1)
        #expect(feed.first { $0.eventType == .detention }?.date == day(2025, 3, 6))
        #expect(feed.first { $0.eventType == .assemblyRefused }?.date == day(2025, 3, 6))
        #expect(feed.first { $0.eventType == .searchOfPremises }?.date == day(2025, 3, 7))
        // (A label holds a few words and no sentence's marks: "10:15 · Полиция задержала двоих, сообщили очевидцы." is news.)
        #expect(ReportReader.Session.labelAfterAnHour(Array("10:15 · Обновлено".unicodeScalars)[...]) != nil)
        #expect(ReportReader.Session.labelAfterAnHour(Array("10:15 · Полиция задержала двоих, сообщили очевидцы.".unicodeScalars)[...]) == nil)
    }

    @Test func aRecordUnderItsHeaderLine() {
        // A changelog's record: its header line's day is the day of the acts the lines below tell, however they place them.
        let log = read("""
        REGISTER CHANGES
        Release 2.1

        + TR-2025-0311 | Taraz | 4 Mar 2025 | detention
          Police detained the blogger Kairat Dzhumabayev after he filmed a queue
          outside the district akimat.

        + TR-2025-0312 | Taraz | 06.03.2025 | fine
          The Taraz administrative court fined Dzhumabayev 50 MCI under Article
          488, part 3 of the Administrative Offences Code.
        """)
        #expect(log.first { $0.eventType == .detention }?.date == day(2025, 3, 4))
        #expect(log.first { $0.eventType == .fine }?.date == day(2025, 3, 6))
        // (A table's row whose first cell is its day tells its act in its cells: no record's header.)
        #expect(ReportReader.Session.recordHeader(Array("14.04.2025 | Seitova | Kyzylorda | fine".unicodeScalars)[...]) == nil)
        #expect(ReportReader.Session.recordHeader(Array("* KZ-2025-0101 | Oral | 14.04.2025 | fine".unicodeScalars)[...]) == day(2025, 4, 14))
    }

    @Test func aStatementsWriterAndItsParty() {
        // "I, <name>, …" opens a statement: its "I" and "me"; "the Claimant, Mr …" is the party, in a list of those named too,
        // and still so many paragraphs on.
        var paragraphs = ["IN THE HIGH COURT", "WITNESS STATEMENT OF HANNA BERGSTROM", "",
                          "I, Hanna Bergstrom, photographer, of Bergen, Norway, say as follows:", "",
                          "1. I make this statement in support of the Claimant, Mr Yerbol Tasmagambetov, whom I met in 2021.", "",
                          "2. On 9 February 2025 officers detained the Claimant, the student Madina Serikbayeva and me. I was released the same evening."]
        for n in 3...14 { paragraphs += ["", "\(n). The square was cold and the crowd was small, and I took notes of what I saw."] }
        paragraphs += ["", "15. On 2 April 2025 an investigating judge placed the Claimant under house arrest."]
        let statement = read(paragraphs.joined(separator: "\n"))
        let detention = statement.first { $0.eventType == .detention }
        #expect(Set(detention?.persons ?? []) == ["Yerbol Tasmagambetov", "Madina Serikbayeva", "Hanna Bergstrom"])
        #expect(statement.first { $0.eventType == .release }?.persons == ["Hanna Bergstrom"])
        #expect(statement.first { $0.eventType == .houseArrest }?.persons == ["Yerbol Tasmagambetov"])
    }

    @Test func aPetitionFromItsWriter() {
        // "от должника …" heads an objection: its "я" is the debtor, not the official it is addressed to.
        let objection = read("""
        Частному судебному исполнителю
        Исполнительного округа Жамбылской области Сарсенбаеву К. Т.

        от должника Ибраимова Талгата Муратовича,
        г. Тараз, ул. Абая, д. 3

        ВОЗРАЖЕНИЕ

        Постановление о взыскании я получил 12 февраля 2026 года. 4 июня 2025 года я был задержан сотрудниками полиции у здания акимата.
        """)
        #expect(objection.first { $0.eventType == .detention }?.persons == ["Ибраимов Талгат Муратович"])
    }

    @Test func aSectionHeadedByANameInCapitals() {
        // "■ БЕКЗАТ НУРМАГАНБЕТОВ" heads his section: its "Бекзата" and its "его" are his; the next heading in capitals is
        // another's section, whose "неё" is hers.
        let leaflet = read("""
        Поддержите задержанных земляков!

        ■ БЕКЗАТ НУРМАГАНБЕТОВ
        водитель, 41 год, Тараз

        06.03.2025 Бекзата задержали у акимата. На следующий день суд арестовал его на 10 суток по ч. 6 ст. 488 КоАП РК.

        ■ САУЛЕ ТЕМИРБЕКОВА
        учитель, Кызылорда

        3 апреля 2025 г. полиция возбудила против неё уголовное дело по ч. 2 ст. 274 УК РК.
        """)
        #expect(leaflet.first { $0.eventType == .detention }?.persons == ["Бекзат Нурмаганбетов"])
        #expect(leaflet.first { $0.eventType == .administrativeArrest }?.persons == ["Бекзат Нурмаганбетов"])
        #expect(leaflet.first { $0.eventType == .criminalCaseOpened }?.persons == ["Сауле Темирбекова"])
    }

    @Test func thisYearAbbreviatedIsNoTown() {
        // "т.г." (текущего года) before a surname is no "г." of a town: "3 февраля т.г. Калиев был задержан".
        let minutes = read("""
        Протокол заседания от 14 марта 2025 года.

        Подопечный — Абенов Ержан Серикович, житель Тараза.
        3 февраля т.г. Абенов был задержан сотрудниками полиции.
        """)
        #expect(minutes.first?.persons == ["Абенов Ержан Серикович"])
        #expect(minutes.first?.date == day(2025, 2, 3))
    }

    @Test func aVerdictOfAnotherDayIsNoPartOfAFine() {
        // A fine, then a verdict of another day with terms of its own: two decisions.
        let two = read("""
        В ноябре 2024 года Жанибек Оразбаев был оштрафован на 30 МРП по части 1 статьи 488 КоАП РК. Приговором районного суда от 22 апреля 2025 года он признан виновным по части 1 статьи 174 УК РК и приговорён к ограничению свободы сроком на 2 года.
        """)
        #expect(two.first { $0.eventType == .fine }?.date == (try? PartialDate(year: 2024, month: 11)))
        #expect(two.first { $0.eventType == .fine }?.legalProvisions.map(\.article) == ["488"])
        #expect(two.first { $0.eventType == .conviction }?.date == day(2025, 4, 22))
        // (The day of the gathering a finding names is no other decision's: one fine.)
        let one = read("""
        Сегодня, 4 марта 2025 года, суд оштрафовал на 50 МРП Айдара Кенесова. Его признали виновным в участии в несогласованном собрании 27 февраля.
        """)
        #expect(one.count == 1)
    }

    @Test func aCheckFindsNoSuchAct() {
        // "Сведения о приостановлении … не подтвердились": no suspension. (What the police "не подтвердили" may still have been.)
        #expect(read("Сведения о приостановлении деятельности объединения «Жаңа Өріс», приведённые в жалобе, не подтвердились.").isEmpty)
        #expect(read("12 марта 2025 года полиция задержала активиста Нурлана Абенова, хотя в пресс-службе это не подтвердили.").count == 1)
    }

    @Test func aMeasureLiftedAndReplaced() {
        // "lifted the house arrest and replaced it with an undertaking not to leave": no new house arrest, and the
        // undertaking is the one under house arrest's, not the last person named.
        let steps = read("""
        On 14 February 2025 a court placed the editor Saule Akhmetova under house arrest. On 3 March police fined Arman Bekov in Aktobe. On 11 April 2025 the investigator lifted the house arrest and replaced it with a written undertaking not to leave Oral.
        """)
        #expect(steps.filter { $0.eventType == .houseArrest }.count == 1)
        #expect(steps.first { $0.eventType == .travelRestriction }?.persons == ["Saule Akhmetova"])
    }

    @Test func aDayOfAPostIsNotTheCourtsDay() {
        // "found him guilty … in a Telegram post of 12 September …": the court's day is the one the sentence opens with.
        let ruling = read("""
        On 16 September 2025, the court in Karaganda found Mr Yerlan Abenov guilty for calling on fans, in a Telegram post of 12 September, to march, and sentenced him to 10 days of administrative arrest.
        """)
        #expect(ruling.first?.date == day(2025, 9, 16))
        // "did not approve the union's notice": a refusal.
        #expect(read("In December 2024 the Zhanaozen akimat did not approve the union's notice of a meeting.").first?.eventType == .assemblyRefused)
    }

    @Test func moneyHeldAndListsOfSuspects() {
        // Accounts frozen or arrested, and a name put on the financial monitoring list: acts of the catch-all kind.
        let frozen = read("On 5 May 2025 the bank froze the accounts of the activist Dauren Seitov on the order of a bailiff.")
        #expect(frozen.first?.eventType == .other)
        #expect(frozen.first?.persons == ["Dauren Seitov"])
        #expect(read("On 6 May 2025 a private bailiff in Taraz issued a decree arresting the association's current account.").first?.eventType == .other)
        #expect(read("On 2 June 2025 the Financial Monitoring Agency added Dauren Seitov to the list of persons connected with the financing of terrorism.").first?.eventType == .other)
        #expect(read("7 мая 2025 года судебный исполнитель наложил арест на банковские счета активиста Даурена Сеитова.").first?.eventType == .other)
        // (Money released is no one's release: "the remaining balance is to be released to the liquidators".)
        #expect(read("On 8 May 2025 the bank said the remaining balance would be released to the liquidators only.").isEmpty)
        // A legal form alone before a quoted name is no part of the name; a kind that says more is.
        let named = read("""
        On 9 May 2025 the court of Taraz fined Public Foundation "Zhas Orken" 100 MCI. On 10 May 2025 police detained two members of the Trade Union of Bus Drivers "Zholshy".
        """)
        #expect(named.first { $0.eventType == .fine }?.organizations == ["Zhas Orken"])
        #expect(named.first { $0.eventType == .detention }?.organizations == ["Trade Union of Bus Drivers \"Zholshy\""])
    }
}
