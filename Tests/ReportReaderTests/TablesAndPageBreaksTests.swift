import CivicModel
import Foundation
import Testing
@testable import ReportReader

/// Added 2 Dec 2026 (second session), thirty-fifth round (h128–h133 and r42–r46, written by helpers unseen): a European
/// Parliament resolution, a trial monitors' case table, an urgent action, a journalist's thread, a podcast's show notes, a
/// country narrative of scored indicators; in Russian court rulings, a long read, an NGO's table, a news story with a
/// background box, an open letter. Every text here is written for the test.
@Suite struct TablesAndPageBreaksTests {
    // MARK: Tables of cases

    private let caseTable = """
    | # | Name | City | Date of detention | Article | Outcome | Notes |
    |---|---|---|---|---|---|---|
    | 1 | Dauren Sapargaliyev | Taraz | 14.02.2024 | CAO 488(6) | 15 days' administrative arrest, ordered the next day | Held at a bus stop |
    | 2 | Aliya Zhunusova | Kostanay | 03.05.2024 | CC 274(2) | Case closed 20.09.2024; released from custody the same day | Remanded in custody on 05.05.2024 |
    | 3 | Yerbol Akhmetov | Semey | 11.06.2024 | CC 405(2) | 02.12.2024: 1 yr 6 mo restriction of freedom + 2-yr ban on public activity | Beaten during the arrest |
    | 4 | Saule Beisenova | Oral | not detained | CAO 489(10) | Fined 20 MCI, 17.07.2024 | Chaired a founding meeting |
    """

    @Test func aRowTellsItsDetentionAndEachOutcomeClause() {
        let incidents = read(caseTable)
        let sapargaliyev = incidents.filter { $0.persons == ["Dauren Sapargaliyev"] }
        #expect(sapargaliyev.map(\.eventType) == [.detention, .administrativeArrest])
        #expect(sapargaliyev.map(\.date) == [day(2024, 2, 14), day(2024, 2, 15)])
        #expect(sapargaliyev.last?.sanctions == [Sanction(kind: .administrativeArrest, days: 15)])
        let zhunusova = incidents.filter { $0.persons == ["Aliya Zhunusova"] }
        #expect(zhunusova.map(\.eventType) == [.detention, .acquittalOrCaseClosed, .release, .pretrialDetention])
        #expect(zhunusova.map(\.date) == [day(2024, 5, 3), day(2024, 9, 20), day(2024, 9, 20), day(2024, 5, 5)])
        // A release is of no article.
        #expect(zhunusova[2].legalProvisions.isEmpty && zhunusova[1].legalProvisions.map(\.article) == ["274"])
    }

    @Test func aTablesAbbreviatedTermIsOneTerm() {
        let akhmetov = read(caseTable).filter { $0.persons == ["Yerbol Akhmetov"] }
        #expect(akhmetov.map(\.eventType) == [.detention, .conviction])
        #expect(akhmetov.last?.date == day(2024, 12, 2))
        #expect(akhmetov.last?.sanctions.first == Sanction(kind: .restrictionOfFreedom, years: 1.5))
        // An undated note ("Beaten during the arrest") retells the row's detention.
        #expect(!akhmetov.contains { $0.eventType == .physicalAttack })
    }

    @Test func anOutcomesDayDatesARowWithoutADetention() {
        let beisenova = read(caseTable).filter { $0.persons == ["Saule Beisenova"] }
        #expect(beisenova.map(\.eventType) == [.fine])
        #expect(beisenova.map(\.date) == [day(2024, 7, 17)])
    }

    @Test func aFineUnderTheCriminalCodeIsASentence() {
        let table = """
        | № | ФИО | Город | Дата | Статья | Решение суда |
        |---|---|---|---|---|---|
        | 1 | Сейткали Нурлан Ерланович | Актобе | 12.03.2024 | ч. 1 ст. 274 УК | штраф 400 МРП |
        | 2 | Ахметова Дана Сериковна | Актобе | 13.03.2024 | ч. 6 ст. 488 КоАП | штраф 20 МРП |
        """
        #expect(read(table).map(\.eventType) == [.conviction, .fine])
    }

    // MARK: Page breaks

    @Test func aSentenceReadsOnAcrossAPagesRunningHeads() {
        let text = """
        On 6 March 2024, police in Atyrau detained nine people who had gathered on the

        Civic Freedom Report 2024 | page 4

        Saryarka Rights Monitor

        square outside the regional akimat to protest against gas prices. All of them were released that night.

        Saryarka Rights Monitor

        Civic Freedom Report 2024 | page 5

        Saryarka Rights Monitor

        On 9 March 2024, a court in Atyrau fined the activist Beibit Nurlanov 30 MCI for organising the gathering.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .release, .fine])
        // The running head's "Saryarka" (a district of Astana) places nothing; the passage still spans the page break.
        #expect(incidents.allSatisfy { $0.locations == ["Atyrau"] })
        #expect(incidents[0].quote.contains("page 4") && incidents[0].quote.hasSuffix("gas prices."))
    }

    @Test func pageNumbersAndRunningHeadsAreToldApart() {
        #expect(PageFurniture.isPageMarker(ArraySlice("12".unicodeScalars)))
        #expect(PageFurniture.isPageMarker(ArraySlice("- 7 -".unicodeScalars)))
        #expect(PageFurniture.isPageMarker(ArraySlice("Page 3 of 40".unicodeScalars)))
        #expect(PageFurniture.isPageMarker(ArraySlice("Стр. 5".unicodeScalars)))
        // A year alone is a heading, a count in a sentence is not a page.
        #expect(!PageFurniture.isPageMarker(ArraySlice("2024".unicodeScalars)))
        #expect(!PageFurniture.isPageMarker(ArraySlice("The report has 40 pages".unicodeScalars)))
        // A chronicle's day headings differ in their figures: no running head.
        let chronicle = "15 января\n\nТекст.\n\n16 января\n\nТекст.\n\n17 января\n\nТекст.\n"
        #expect(PageFurniture.lineStarts(in: ArraySlice(chronicle.unicodeScalars)).isEmpty)
    }

    // MARK: Acts and names

    @Test func aPunchAndABreakInAreAttacks() {
        let incidents = read("""
        On 21 September 2024, in Aktobe, a man in plain clothes punched the activist Raushan Dzhumabayeva while she filmed a picket.

        In May 2024, unknown persons broke into the office of the NGO Adal Zhol in Taraz and took the case files of its clients.
        """)
        #expect(incidents.map(\.eventType) == [.physicalAttack, .propertyAttack])
        // "the case files" are things, not the case of the woman named before.
        #expect(incidents[1].persons.isEmpty)
    }

    @Test func anAvenueNamedAfterAPersonIsNoPerson() {
        #expect(read("On 5 May 2024, police detained two people on Abai Avenue in Almaty.").map(\.persons) == [[]])
    }

    @Test func aWeekdayBesideADayNamesThatDay() {
        let text = """
        г. Алматы, 10 марта 2025 года

        25 января, в субботу, активисты Марат Жаксылыков и Асылбек Тлеубаев были задержаны у своих домов.
        """
        #expect(read(text).map(\.date) == [day(2025, 1, 25)])
    }

    // MARK: Threads, show notes, shorthand

    @Test func aThreadsPostsAndShortWeekdaysCountFromItsDay() {
        let thread = """
        Thread · 14 Mar 2024

        5/9 Both were questioned at the station until late at night and then let go, says @some_reporter

        6/9 Mon: a court in Almaty gave the activist Aliya Nurmagambetova 10 days admin arrest under Art 488 pt 6.

        7/9 Tues morning police searched the flat of the coordinator Madina Ospanova. Yday a court in Atyrau sentenced the blogger Nurlan Tasbolatov under УК 274 pt 2 for FB posts.
        """
        let incidents = read(thread)
        let arrest = incidents.first { $0.eventType == .administrativeArrest }
        #expect(arrest?.date == day(2024, 3, 11))
        #expect(arrest?.sanctions == [Sanction(kind: .administrativeArrest, days: 10)])
        #expect(incidents.first { $0.eventType == .searchOfPremises }?.date == day(2024, 3, 12))
        let conviction = incidents.first { $0.eventType == .conviction }
        #expect(conviction?.date == day(2024, 3, 13))
        #expect(conviction?.legalProvisions.map(\.article) == ["274"] && conviction?.legalProvisions.first?.code == .criminal)
        // Shorthand and Russian codes' letters are no organisations.
        #expect(incidents.allSatisfy { $0.organizations.isEmpty })
        // "a Sunday morning meeting" names no day.
        #expect(read("19 June 2024\n\nPolice raided a Sunday morning meeting of Baptists in a home in Kentau on 14 May.").map(\.date) == [day(2024, 5, 14)])
    }

    @Test func aShowsTimestampedChaptersAreEntriesOfTheirOwn() {
        let notes = """
        [18:40] On 14 June 2024 police in Zhanaozen detained four oil workers, among them Serik Bazarbayev, at a sit-in.
        [22:20] Two days later the Zhanaozen City Court gave each of the four fifteen days of administrative arrest.
        [27:05] Travel bans: the lawyer Aigerim Bekova on the people stopped at airports.
        """
        let incidents = read(notes)
        #expect(incidents.map(\.eventType) == [.detention, .administrativeArrest])
        #expect(incidents.map(\.date) == [day(2024, 6, 14), day(2024, 6, 16)])
        #expect(ReportReader.Session.opensWithATimestamp(ArraySlice("1:04:12 The verdict".unicodeScalars)))
        #expect(!ReportReader.Session.opensWithATimestamp(ArraySlice("12:30".unicodeScalars)))
    }

    @Test func newlyToldActs() {
        let text = """
        On 2 October 2024, the human rights defender Galym Ismagulov was turned back at passport control at Almaty airport.

        In March 2024, the activist Roza Temirova found a GPS tracker under her car in Uralsk.

        In January 2022, the activist Timur Zhakenov spent ten days in administrative detention in Aktau.

        In February 2024, the outlet Tergeu Media had its website blocked for three weeks.

        On 27 February 2024, the Almaty akimat turned down the notice from the group Qyzdar Dauysy for an 8 March march.

        On 3 June 2024, unknown men beat the activist Serik Mukhamediyarov in Aktobe; the investigation was suspended in August.
        """
        #expect(read(text).map(\.eventType) == [.travelRestriction, .surveillance, .administrativeArrest, .other, .assemblyRefused, .physicalAttack])
    }

    // MARK: Russian rulings, letters and kin

    @Test func aRulingsOperativePartIsItsActOnTheHeadersDayAndTown() {
        let text = """
        3. Дело № 0000-24-00-4/101
        Суд: Специализированный межрайонный административный суд г. Актобе
        Дата: 5 апреля 2024 года

        УСТАНОВИЛ:
        02.04.2024 г. Ахметов Б.С. провёл одиночный пикет у здания акимата без уведомления.

        ПОСТАНОВИЛ:
        Признать Ахметова Бауыржана Серикбаевича виновным в совершении административного правонарушения, предусмотренного ч. 6 ст. 488 КоАП РК, и подвергнуть административному аресту сроком на 7 (семь) суток.
        """
        let arrest = read(text).first { $0.eventType == .administrativeArrest }
        #expect(arrest?.date == day(2024, 4, 5))
        #expect(arrest?.locations == ["Aktobe"])
        #expect(arrest?.persons.count == 1 && arrest?.persons.first?.hasPrefix("Признать") == false)
        // A demand opening with an infinitive is still no act.
        #expect(read("Освободить Бауыржана Ахметова и пересмотреть все приговоры по статье 405.").isEmpty)
    }

    @Test func aLettersItemHeadedByANameIsThatPersons() {
        let text = """
        2. Ерлан Сапаров, сварщик, г. Жанаозен.
        Задержан 6 января 2022 года в Жанаозене; 20 мая 2022 года Актауский городской суд приговорил его к трём годам лишения свободы.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .conviction])
        #expect(incidents.allSatisfy { $0.persons == ["Ерлан Сапаров"] })
    }

    @Test func russianActsNewlyTold() {
        let text = """
        20 июня 2024 года активисту Бауыржану Есенгелдиеву предъявили обвинение и взяли с него подписку о невыезде.

        3 апреля 2023 года Департамент полиции г. Алматы возбудил в отношении блогера А. Тулеуова уголовное дело по части 1 статьи 174 УК РК.
        """
        let types = read(text).map(\.eventType)
        #expect(types.contains(.travelRestriction) && types.contains(.criminalCaseOpened))
    }

    @Test func twoGivenNamesInARowAreTwoPeople() {
        let incidents = read("Полицейские задержали пятерых, в том числе сестру Нурлана Гульнару Сейткалиеву и пенсионера Ерлана Жумагалиева.")
        #expect(incidents.first?.persons.contains("Гульнара Сейткалиева") == true)
        #expect(incidents.first?.persons.contains { $0.contains("Гульнару") } == false)
    }

    // MARK: Resolutions and appeals

    @Test func aResolutionsCitationsStateNoAct() {
        let text = """
        (3) having regard to the statement of its spokesperson of 10 January 2025 on the sentencing of Marat Kenzhebekov,

        A. whereas on 9 January 2025 a court in Astana sentenced the journalist Marat Kenzhebekov to five years in prison; whereas on the day of the verdict mobile internet was disrupted across central Astana;
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.conviction, .internetShutdown])
        #expect(incidents.map(\.date) == [day(2025, 1, 9), day(2025, 1, 9)])
    }

    @Test func weekdaysWithoutADayOfPublicationFollowTheStory() {
        let text = """
        On 4 June 2024 a court in Temirtau sentenced the activist Anuar Sarsenov to two years of restriction of freedom.

        On Wednesday, police detained his wife, Dinara Sarsenova, at a solo picket outside the akimat; on Thursday a judge issued her a formal warning.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.conviction, .detention, .warning])
        #expect(incidents.map(\.date) == [day(2024, 6, 4), day(2024, 6, 5), day(2024, 6, 6)])
    }

    @Test func whatHasActivitiesIsABody() {
        let incidents = read("In February 2024, a specialised economic court in Karaganda suspended the activities of Taza Aua for three months.")
        #expect(incidents.map(\.organizations) == [["Taza Aua"]])
        let refused = read("On 6 December 2024, the Almaty akimat had rejected, four days earlier, a notification of journalists to hold a rally.")
        #expect(refused.map(\.eventType) == [.assemblyRefused])
    }

    @Test func aWeekdayAfterAStorysDayIsOfThatStory() {
        let text = """
        г. Алматы, 10 марта 2025 года

        25 января, в субботу, активисты Марат Жаксылыков и Асылбек Тлеубаев были задержаны у своих домов. В понедельник суд г. Астаны подверг каждого из них аресту на пятнадцать суток.
        """
        #expect(read(text).map(\.date) == [day(2025, 1, 25), day(2025, 1, 27)])
        // Within three weeks of the day the text came out, a weekday is of that week.
        #expect(ParagraphReader.weekdayInAStory(5, after: day(2026, 8, 28), published: day(2026, 9, 14)) == nil)
    }

    @Test func theVerdictsDayIsRememberedHoweverLongAfter() {
        let text = """
        Суд в Актобе 14 ноября 2024 года приговорил активиста Нурлана Сейткалиева к двум годам ограничения свободы.

        Сейткалиева задержали 3 июня. Через два дня суд санкционировал его арест. 20 июня ему предъявили обвинение.

        В день оглашения приговора у суда собрались сторонники. Полицейские задержали пятерых, в том числе его сестру Гульнару Сейткалиеву.
        """
        let detentions = read(text).filter { $0.eventType == .detention }
        #expect(detentions.last?.date == day(2024, 11, 14))
        #expect(detentions.last?.locations == ["Aktobe"])
    }

    @Test func kinThenTheirOwnName() {
        let incidents = read("«Он просто писал в Facebook», — говорит мать Нурлана Сейткалиева Райхан. 3 июня 2024 года Нурлана Сейткалиева задержали в Актобе.")
        #expect(incidents.first?.persons == ["Нурлан Сейткалиев"])
    }

    @Test func aWomansPatronymicInAnyCaseTellsHerGender() {
        let incidents = read("Признать Сейтказиеву Гульнару Маратовну виновной в совершении административного правонарушения и подвергнуть административному штрафу в размере 10 (десяти) МРП.")
        #expect(incidents.map(\.persons) == [["Сейтказиева Гульнара Маратовна"]])
    }

    @Test func aClauseSayingHisIsOfTheOneNamed() {
        let incidents = read("В сентябре 2023 года двое неизвестных избили активиста Руслана Ермекова у подъезда дома в Актау, а в ночь на 3 октября сожгли его машину.")
        #expect(incidents.map(\.eventType) == [.physicalAttack, .propertyAttack])
        #expect(incidents.allSatisfy { $0.persons == ["Руслан Ермеков"] })
    }

    @Test func comparisonsAndRemindersSetNoYear() {
        let text = """
        БЮЛЛЕТЕНЬ МОНИТОРИНГА
        I квартал 2025 года (январь – март)

        • зафиксировано 46 нарушений (в IV квартале 2024 г. — 39);

        КАРАГАНДА. 6 февраля суд приговорил блогера Галыма Нуркенова к трём годам лишения свободы. Нуркенов был задержан ещё в октябре 2024 года. Напомним, 11 декабря 2024 года суд Актобе оштрафовал активистку Жанну Мукашеву.

        АКТОБЕ. 27 февраля полиция задержала активиста Ерлана Бекова.
        """
        let incidents = read(text)
        #expect(incidents.first { $0.eventType == .conviction }?.date == day(2025, 2, 6))
        #expect(incidents.last?.date == day(2025, 2, 27))
    }

    @Test func aMonthAfterTheDayOfPublicationIsOfTheYearBefore() {
        let text = """
        📌 Лента канала за четверг, 14 марта 2024 года

        С ноября активист Ербол Утегенов находился под домашним арестом. Сегодня суд приговорил Утегенова к двум годам ограничения свободы.
        """
        #expect(read(text).first { $0.eventType == .houseArrest }?.date == (try? PartialDate(year: 2023, month: 11)))
    }

    @Test func stillInAMonthIsTheNearerOfTheTwo() {
        let interview = """
        Опубликовано 9 июля 2024 г.

        Ответ: 14 марта 2022 года меня, активиста Нуржана Сейтказина, задержали в Актобе. Уже там я узнал, что уголовное дело против Нуржана Сейтказина возбудили ещё в феврале, почти за месяц до этого.
        """
        #expect(read(interview).first { $0.eventType == .criminalCaseOpened }?.date == (try? PartialDate(year: 2022, month: 2)))
    }

    @Test func aGivenNameAloneIsOfThePersonNamedWithItWhateverItsSpelling() {
        let text = """
        Daniyar Abilov, Zhuldyz Sadykova, Ruslan Kim and Yerbol Nurpeisov are members of a residents' group in Temirtau.

        On 4 May 2025, Daniyar got ten days of administrative arrest. The same day Zhuldyz was fined 20 MCI.
        """
        let incidents = read(text)
        #expect(incidents.first { $0.eventType == .administrativeArrest }?.persons == ["Daniyar Abilov"])
        #expect(incidents.first { $0.eventType == .fine }?.persons == ["Zhuldyz Sadykova"])
    }

    @Test func aVerdictUpheldIsOfThoseItWasGivenTo() {
        let text = """
        28 ноября 2022 года суд приговорил активиста Нуржана Сейтказина к пяти годам лишения свободы. У суда задержали его жену Гульнару Сейтказину.

        В феврале 2023 года Актюбинский областной суд оставил приговор без изменений.
        """
        #expect(read(text).first { $0.eventType == .other }?.persons == ["Нуржан Сейтказин"])
    }

    @Test func eachUndergoesTheActAfterTheirName() {
        let text = """
        Daniyar Abilov, Zhuldyz Sadykova, Ruslan Kim and Yerbol Nurpeisov are members of a residents' group in Temirtau.

        On 4 May 2025 Daniyar and Ruslan got ten days of administrative arrest each, Zhuldyz was fined 20 MCI and Yerbol got off with a warning.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.administrativeArrest, .fine, .warning])
        #expect(incidents.map(\.persons) == [["Daniyar Abilov", "Ruslan Kim"], ["Zhuldyz Sadykova"], ["Yerbol Nurpeisov"]])
    }
}
