import CivicModel
import Testing
@testable import ReportReader

/// An asylum tribunal's determination (round 91, h306), a court reporter's live thread (h307), a monitoring visit's report
/// (h308), a complaint to a UN committee (r186), a hearing's record (r187), a lawyer's memo on new cases (r188); an amicus
/// brief (round 92, h309), researchers' mail thread with corrections (h310), a lawyer's time-sheet (h311), a movement's
/// newsletter (r189), a machine translation from Kazakh (r190) and a half-year summary with a table (r191). Sentences of our
/// own in those styles.
@Suite struct HearingsAndMailTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aDayAndAMonthWithASlashTakeTheYearBeingTold() {
        let english = read("""
        On 4 March 2025 police detained Arman Dosov in Taraz.

        Taraz, 26/03: the city court sentenced activist Arman Dosov to two years of restriction of freedom.
        """)
        #expect(english.map(\.date) == [day(2025, 3, 4), day(2025, 3, 26)])
        let russian = read("""
        12 ноября 2025 года полиция задержала блогера Ерлана Досова в Таразе.

        Уже 14/11 следственный судья санкционировал содержание Ерлана Досова под стражей.
        """)
        #expect(russian.map(\.date) == [day(2025, 11, 12), day(2025, 11, 14)])
        // (Not a fraction, a score or a shift: "24/7", "50/50", "1/2".)
        #expect(DateRecognizer.slashedDayAndMonth(at: 0, in: Tokenizer.tokens(Array("24/7".unicodeScalars)[...], base: 0)[...]) == nil)
        #expect(DateRecognizer.slashedDayAndMonth(at: 0, in: Tokenizer.tokens(Array("50/50".unicodeScalars)[...], base: 0)[...]) == nil)
        #expect(DateRecognizer.slashedDayAndMonth(at: 0, in: Tokenizer.tokens(Array("26/03/2025".unicodeScalars)[...], base: 0)[...]) == nil)
    }

    @Test func aThreadsNumberedPostsAreOfTheDayItCallsToday() {
        let thread = read("""
        THREAD: Taraz City Court, the Dosov case, day 4. Verdict expected today, 18 June 2025. Updates by our reporter.

        3/ 10:05 Some background. On 2 May 2025 police detained Arman Dosov outside his home in Taraz.

        9/ 12:40 His lawyer says that on 14 June unknown men slashed the tyres of her car in Taraz.

        12/ 17:30 VERDICT. The court sentenced Arman Dosov to three years of restriction of freedom.
        """)
        #expect(thread.map(\.eventType) == [.detention, .propertyAttack, .conviction])
        #expect(thread.last?.date == day(2025, 6, 18))
    }

    @Test func aMotionOrARequestIsNoActUnlessGranted() {
        #expect(read("On 3 May 2025 the lawyer renewed her motion to move Arman Dosov to house arrest.").isEmpty)
        let granted = read("On 3 May 2025 the court granted the prosecutor's request to place Arman Dosov under house arrest.")
        #expect(granted.map(\.eventType) == [.houseArrest])
    }

    @Test func aRestrictionLiftedIsNoRestriction() {
        #expect(read("On 3 May 2025 the travel ban on Arman Dosov was lifted.").isEmpty)
        #expect(read("On 3 May 2025 the court acquitted Arman Dosov. The undertaking not to leave Taraz is lifted.").map(\.eventType)
            == [.acquittalOrCaseClosed])
    }

    @Test func aMailsQuotedLinesArePartedByTheirDepthAndACorrectionTakesThePlaceOfTheActItCorrects() {
        let thread = read("""
        From: Researcher
        Date: Mon, 14 Apr 2025 09:12

        Thanks, all fixed.

        > Comments inline.
        >
        >> 3. Taraz, 3 Feb 2025: blogger Arman Dosov fined 10 MCI under Art. 488.
        > Correction: the court fined Dosov 20 MCI, not 10, under Part 3 of Article 488.
        >
        >> 4. Semey, 6 Feb 2025: police searched the Ertis Sozi newsroom.
        > Confirmed.
        """)
        #expect(thread.map(\.eventType) == [.fine, .searchOfPremises])
        #expect(thread.first?.sanctions.compactMap(\.amount) == [20])
        #expect(thread.first?.locations == ["Taraz"])
        #expect(thread.last?.organizations == ["Ertis Sozi"])
    }

    @Test func anActThatDatesAnotherIsNone() {
        let told = read("On 17 February 2025 police searched the office of Dana Ermekova, the same evening the case was opened.")
        #expect(told.map(\.eventType) == [.searchOfPremises])
    }

    @Test func aTimeSheetsCodesAreNoBodiesAndALettersDayDatesItsRow() {
        let sheet = read("""
        DATE        | HRS | CODE | DESCRIPTION
        ----------------------------------------------------------------
        14.01.2025  | 4.0 | ATT  | Police detained our client Arman Dosov at the square in Taraz after the rally against tariffs ended.
        22.01.2025  | 6.0 | SRCH | Present while officers searched the office of PF "Taza Su" in Taraz on the investigator's order.
        11.02.2025  | 1.0 | ADM  | Received the city akimat's letter dated 10.02.2025: the notice of a picket by Taza Su was not approved.
        """)
        #expect(sheet.map(\.eventType) == [.detention, .searchOfPremises, .assemblyRefused])
        #expect(sheet.allSatisfy { !$0.organizations.contains("ATT") && !$0.organizations.contains("SRCH") && !$0.organizations.contains("ADM") })
        #expect(sheet[1].organizations == ["Taza Su"])
        #expect(sheet[2].date == day(2025, 2, 10))
    }

    @Test func aHearingsRecordDatesItsVerdictAndItsPartiesSpeakForThemselves() {
        let record = read("""
        ПРОТОКОЛ СУДЕБНОГО ЗАСЕДАНИЯ

        г. Тараз                                        18 июня 2025 года

        Подсудимые: Досов А.К. (содержится под стражей), Ермекова Д.С. (находится под домашним арестом).

        ЗАЩИТНИК: 4 марта в Таразе полиция задержала Досова Армана Каировича и Ермекову Дану Сериковну. 6-го числа того же месяца следственный судья санкционировал арест Досова.

        ПОДСУДИМЫЙ ДОСОВ: Второго марта прокурор вызвал меня и вынес официальное предостережение. В прошлом году меня уже штрафовали за пикет.

        ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН суд ПРИГОВОРИЛ:
        Досова Армана Каировича признать виновным по ч. 2 ст. 400 УК РК и назначить ему наказание в виде ограничения свободы сроком на 1 год.
        Меру пресечения Досову А.К. в виде содержания под стражей отменить, освободить его из-под стражи в зале суда.
        Меру пресечения Ермековой Д.С. в виде домашнего ареста оставить без изменения.
        """)
        #expect(record.map(\.eventType) == [.detention, .pretrialDetention, .warning, .fine, .conviction, .release])
        // (The brackets after the parties' names tell where they are now, no act.)
        #expect(record[1].date == day(2025, 3, 6))
        // (The party the label names is whom "меня" means.)
        #expect(record[2].persons == ["Досов Арман Каирович"])
        #expect(record[3].date == (try? PartialDate(year: 2024)))
        #expect(record[4].date == day(2025, 6, 18))
        #expect(record[4].organizations.isEmpty)
        #expect(record[5].date == day(2025, 6, 18))
    }

    @Test func aTablesSurnameAndInitialIsWrittenAsItIsAndItsTermsAreAmongTheTextsVerdict() {
        let summary = read("""
        Сводная таблица

        № | Ф.И.О. | Город | Квалификация | Итог | Дата решения
        1 | Ермекова Д. | Тараз | ч. 1 ст. 174 УК | 3 г. ограничения свободы | 28.10.2025

        Комментарии

        Дана Ермекова – координатор инициативной группы жителей. 28 октября 2025 года городской суд Тараза признал Ермекову виновной по ч. 1 ст. 174 УК РК и назначил ей три года ограничения свободы с запретом заниматься общественной деятельностью на три года.
        """)
        #expect(summary.map(\.eventType) == [.conviction])
        #expect(summary.first?.sanctions.count == 2)
        #expect(summary.first.map { $0.persons.allSatisfy { $0.hasSuffix("Ермекова") } } == true)
    }

    @Test func theSameDayAsAnActIsThatActsDay() {
        let story = read("""
        On 4 March 2025 officers searched the flat of Arman Dosov in Taraz. He was shown a ruling of 19 November 2024 banning the Erkin Dala movement. On the same day as the search, the city police registered a pre-trial investigation against him under Article 405.
        """)
        #expect(story.map(\.eventType) == [.searchOfPremises, .criminalCaseOpened])
        #expect(story.last?.date == day(2025, 3, 4))
    }

    @Test func aChargeWithAWantedListingIsTheCharge() {
        let charged = read("On 12 June 2025 an investigator in Taraz charged Arman Dosov in absentia under Article 405 and placed him on the wanted list.")
        #expect(charged.map(\.eventType) == [.charged])
    }

    @Test func aRunningTallyIsNoAct() {
        #expect(read("С тех пор по ст. 405 УК осуждены уже 23 человека.").isEmpty)
        #expect(read("Напомним, что в прошлом году в стране были заблокированы более 30 новостных сайтов.").isEmpty)
    }

    @Test func aTreatysArticlesAsALabelListNoActs() {
        #expect(read("Статьи 21 и 22: санкции против соавторов за мирный пикет, отказ в проведении митинга и обыск в помещении объединения.").isEmpty)
    }

    @Test func aProfilesYearOfBirthLeavesItsPersonTheOneActedOn() {
        let entry = read("""
        Обзор новых дел.

        1. Досов Арман Каирович, 1987 г.р., гражданский активист, г. Тараз.
        07.02.2025 задержан сотрудниками полиции у здания акимата, где проводил одиночный пикет.
        """)
        #expect(entry.map(\.eventType) == [.detention])
        #expect(entry.first?.persons == ["Досов Арман Каирович"])
    }

    @Test func aNewslettersOwnBodyIsWhatItsOurMovementMeans() {
        let letter = read("""
        Тема: «Таза Дала» | Еженедельная рассылка №12 | 3–9 ноября 2025

        Дорогие друзья!

        Напомним, что наше движение в марте 2024 года было признано экстремистским решением суда Астаны, и его деятельность запрещена.
        """)
        #expect(letter.map(\.eventType) == [.organizationBanned])
        #expect(letter.first?.organizations == ["Таза Дала"])
        #expect(letter.first?.persons.isEmpty == true)
    }

    @Test func aGroupSurroundedAndOrderedToLeaveWasDispersed() {
        let told = read("On 22 March 2025 about forty residents gathered in Taraz. At 11:20 police surrounded the group, ordered it to leave within five minutes and pushed the rest towards the buses.")
        #expect(told.map(\.eventType).contains(.assemblyDispersed))
    }

    @Test func aLongPreTrialInvestigationIsStillOpened() {
        let told = read("According to his lawyer, a pre-trial investigation against Arman Dosov under part 2 of Article 274 of the Criminal Code (dissemination of knowingly false information) was registered on 17.01.2025.")
        #expect(told.map(\.eventType) == [.criminalCaseOpened])
        #expect(told.first?.date == day(2025, 1, 17))
    }

    @Test func aSubheadingNamingNoOneTellsNoAct() {
        let item = read("""
        25 марта 2025 года Арман Досов вышел из спецприёмника города Тараз.

        Журналист под домашним арестом

        2 апреля 2025 года полиция начала досудебное расследование в отношении редактора Даны Ермековой.
        """)
        #expect(item.map(\.eventType) == [.release, .criminalCaseOpened])
    }

    @Test func anAppealRejectedInAListsShorthandIsTold() {
        let entry = read("11. Astana, background: blogger Arman Dosov - appeal against his conviction rejected by the Astana city court on 27 November 2024.")
        #expect(entry.map(\.eventType) == [.other])
        #expect(entry.first?.date == day(2024, 11, 27))
    }
}
