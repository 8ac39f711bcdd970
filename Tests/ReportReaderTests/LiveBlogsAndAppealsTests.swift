import CivicModel
import Testing
@testable import ReportReader

/// The fortieth round of unseen reports (a trial-monitoring report with numbered paragraphs, a written question and its
/// answer, a live blog newest first, a grant report's case list, a web long-read with a table; in Russian an appeal's case
/// history, a regional weekly digest, a list of prosecutions): the rules their misses asked for, in sentences of our own.
@Suite struct LiveBlogsAndAppealsTests {
    @Test func aYearToComeIsNoYearTold() {
        let text = "Report for the second half of 2025\n\nOn 4 December the court in Pavlodar upheld the verdict against Dana Ospan. "
            + "A cassation appeal will be lodged in the first half of 2026.\n\nIn November police detained Marat Dosov in Pavlodar."
        let incidents = read(text)
        #expect(incidents.map(\.date) == [day(2025, 12, 4), try? PartialDate(year: 2025, month: 11)])
    }

    @Test func aRoleWordOpeningTheSentenceIsNoName() {
        #expect(read("Pensioner Bolat Kenzhin was detained in Taraz on 5 May 2024.").first?.persons == ["Bolat Kenzhin"])
        let charged = read("Trade union leader Marat Dosov of the union \"Adal Enbek\" was charged on 6 May 2024 under Article 189 of the Criminal Code.")
        #expect(charged.first?.organizations == ["Adal Enbek"])
    }

    @Test func aLiveBlogsDayHeadingsDateTheEntriesBelowThem() {
        let text = """
        Live blog opened Friday, 3 May 2024. Newest entries first.

        UPDATE 6 May:
        The regional court today rejected the appeal of Bolat Kenzhin.

        SATURDAY, 4 MAY

        Student Marat Dosov was let off with a warning.

        FRIDAY, 3 MAY

        Police detained Dana Ospan near the akimat of Taraz.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.other, .warning, .detention])
        #expect(incidents.map(\.date) == [day(2024, 5, 6), day(2024, 5, 4), day(2024, 5, 3)])
    }

    @Test func aListAfterAColonIsOfItsSentencesDay() {
        let text = """
        On 4 May 2024 the court in Taraz ruled:
        • Bolat Kenzhin, organiser: 10 days of administrative arrest under Part 6 of Article 488 of the Administrative Code.
        • Dana Ospan, reporter for Taraz Today: a fine of 30 MCI.

        Police detained Marat Dosov.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.administrativeArrest, .fine, .detention])
        #expect(incidents.map(\.date) == [day(2024, 5, 4), day(2024, 5, 4), nil])
        #expect(incidents.first?.persons == ["Bolat Kenzhin"])
    }

    @Test func actsToldInOtherWords() {
        let cases: [(String, EventType)] = [
            ("On 5 March 2024, the prosecutor's office in Taraz handed Bolat Kenzhin an official warning.", .warning),
            ("On 6 March 2024, the car of activist Bolat Kenzhin was doused with paint and its tyres were slashed in Taraz.", .propertyAttack),
            ("On 7 March 2024 mobile internet has gone down across the centre of Taraz.", .internetShutdown),
            ("On 7 March 2024 activist Bolat Kenzhin was taken away by officers in Taraz.", .detention),
            ("On 7 March 2024 activist Dana Ospan was carried to a van by three officers in Taraz.", .detention),
            ("On 8 March 2024 the judge in Taraz ordered that Bolat Kenzhin be held on remand.", .pretrialDetention),
            ("On 9 March 2024 the custodial measure of Bolat Kenzhin was prolonged by the court in Taraz.", .pretrialDetention),
            ("On 10 March 2024 the court in Taraz refused the defence's motions in the case of Bolat Kenzhin.", .other),
            ("On 11 March 2024 the website of the news site Taraz Today became unavailable in Kazakhstan.", .other),
        ]
        for (text, type) in cases { #expect(read(text).map(\.eventType) == [type], "\(text)") }
        let released = read("On 7 March 2024 police detained Dana Ospan in Taraz. Officers let her go after four hours.")
        #expect(released.map(\.eventType) == [.detention, .release])
        // A thing handed in to the police is no one detained.
        #expect(read("On 12 March 2024 Dana Ospan found a tracker under her car in Taraz. She took it to the police.").map(\.eventType) == [.surveillance])
    }

    @Test func daysAfterAnActCountFromThatAct() {
        let text = "On 2 April 2024 police in Taraz registered a pre-trial investigation against Bolat Kenzhin. In 2021 he had been fined 50 MCI. "
            + "Two days after the investigation was registered, police detained Kenzhin in Taraz. The same day, officers searched his flat."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.criminalCaseOpened, .fine, .detention, .searchOfPremises])
        #expect(incidents.map(\.date) == [day(2024, 4, 2), try? PartialDate(year: 2021), day(2024, 4, 4), day(2024, 4, 4)])
        // "after their detention": the detention of those the sentence names, not the last act told.
        let theirs = "On 3 May 2024 police in Taraz detained Marat Dosov. On 9 May 2024 police in Taraz detained Dana Ospan. "
            + "On 10 May 2024 a court fined Aidos Serikov. A court heard the case of Marat Dosov two days after his detention and fined him 20 MCI."
        #expect(read(theirs).last?.date == day(2024, 5, 5))
    }

    @Test func theSameJudgeActsOnTheDayOfTheJudgesAct() {
        let text = "On 5 April 2024 the court in Taraz gave Bolat Kenzhin ten days of administrative arrest. Dana Ospan was fined 30 MCI by the same judge."
        #expect(read(text).map(\.date) == [day(2024, 4, 5), day(2024, 4, 5)])
    }

    @Test func anOrdinalDayOfAMonth() {
        #expect(read("On the 3rd of May 2024 police in Taraz detained Bolat Kenzhin.").first?.date == day(2024, 5, 3))
        #expect(read("Police in Taraz detained Bolat Kenzhin on the 1st of June 2024.").first?.date == day(2024, 6, 1))
    }

    @Test func aBylineWithTwoAuthorsAndAReadingTimeDatesTheText() {
        let text = "Pressure on the press\n\nBy Dana Ospan & Marat Dosov · 18 February 2026 · 12 min read\n\nIn 2025 the pressure grew.\n\n"
            + "On 9 November 2025, two men beat cameraman Bolat Kenzhin in Taraz.\n\nIn Taraz, blogger Aidos Serikov found a tracker under his car in October."
        #expect(read(text).map(\.date) == [day(2025, 11, 9), try? PartialDate(year: 2025, month: 10)])
    }

    @Test func aQuotationsFooterIsTextAndAPagesIsNot() {
        let html = "<article><blockquote><p>We keep writing.</p><footer>Dana Ospan, editor of Taraz Today</footer></blockquote>"
            + "<p>Story.</p></article><footer>Contacts and advertising</footer>"
        let text = HTMLText(html).text
        #expect(text.contains("Dana Ospan, editor of Taraz Today"))
        #expect(!text.contains("Contacts"))
    }

    @Test func aTablesDescriptionGivesThePlaceAndTheArticle() {
        let text = "Date\tJournalist\tOutlet\tWhat happened\n3 May 2024\tBolat Kenzhin\tTaraz Today\tFined 30 MCI in Taraz under Article 488 of the Administrative Code\n"
        let incident = read(text).first
        #expect(incident?.eventType == .fine)
        #expect(incident?.locations == ["Taraz"])
        #expect(incident?.legalProvisions.map(\.article) == ["488"])
    }

    @Test func russianHistoriesStatesAndComplaints() {
        // A history of being held liable, a state that goes on, custody one was let out of, a video's content: no acts.
        #expect(read("Ранее Болат Кенжин неоднократно привлекался к административной ответственности за пикеты.").isEmpty)
        #expect(read("5 мая 2025 года Дана Оспан остаётся под запретом на выезд.").isEmpty)
        #expect(read("Марат Досов под стражей не содержится.").isEmpty)
        #expect(read("28 мая 2025 года из следственного изолятора Тараза освобождена активистка Дана Оспан.").map(\.eventType) == [.release])
        #expect(read("В мае 2025 года против Даны Оспан возбудили дело за репост видео, на котором полицейские задерживают участников митинга.")
            .map(\.eventType) == [.criminalCaseOpened])
        // A complaint turned down, a channel blocked.
        #expect(read("21 мая 2025 года областной суд не удовлетворил жалобу защиты на арест Болата Кенжина.").map(\.eventType) == [.other])
        #expect(read("Жалоба Марата Досова на задержание оставлена без удовлетворения 3 июня 2025 года.").map(\.eventType) == [.other])
        #expect(read("2 апреля 2025 года доступ к каналу «Тараз үні» на территории Казахстана был ограничен.").map(\.eventType) == [.other])
        // A house arrest replaced by a ban on leaving: the ban only.
        #expect(read("3 июня 2025 года домашний арест Даны Оспан был заменён запретом на выезд.").map(\.eventType) == [.travelRestriction])
        // A count over a span of time, the culprits sought: no acts.
        #expect(read("За девять месяцев 2025 года по статье 488 КоАП к ответственности привлечены 46 человек, из них 9 арестованы.").isEmpty)
        #expect(read("8 мая 2025 года Дана Оспан подверглась нападению в Таразе. Редакция требует найти виновных.").map(\.eventType) == [.physicalAttack])
        // A strike declared illegal, named by a participle, describes the charge.
        #expect(read("Обвинение — призывы к забастовке, признанной судом незаконной.").isEmpty)
    }

    @Test func russianGuiltFoundThenFinedIsTheFine() {
        let text = "Болата Кенжина суд признал виновным в нарушении порядка проведения мирных собраний. "
            + "Во вторник, 7 октября 2025 года, суд Тараза оштрафовал его на 50 МРП."
        #expect(read(text).map(\.eventType) == [.fine])
        // A body fined and suspended in one sentence: one suspension with both sanctions.
        let body = read("8 октября 2025 года объединению «Тараз жастары» назначен штраф 100 МРП, а его деятельность приостановлена на три месяца.")
        #expect(body.map(\.eventType) == [.organizationSuspended])
        #expect(body.first?.sanctions.map(\.kind) == [.fine, .suspension])
        #expect(body.first?.persons == [])
    }

    @Test func todayUnderALiveBlogsDayHeadingIsThatDay() {
        let text = """
        Live blog opened Friday, 3 May 2024. Newest entries first.

        UPDATE 6 May:
        The regional court today rejected the appeal of Bolat Kenzhin.

        SATURDAY, 4 MAY

        19:40 — The court in Taraz today fined Marat Dosov 20 MCI.

        16:10 — From Shu: the district court fined Aidos Serikov (see yesterday, 17:15) 10 MCI.
        """
        #expect(read(text).map(\.date) == [day(2024, 5, 6), day(2024, 5, 4), day(2024, 5, 4)])
    }

    @Test func allButTheOneNamedWereReleased() {
        let text = "On 8 March 2025 police in Taraz detained twelve women, among them Dana Ospan. All but Ms Ospan were released the same evening."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .release])
        #expect(incidents.last?.persons == [])
    }

    @Test func russianCustodyAndAFineWithABan() {
        // A remand prison ("следственный изолятор") is custody ordered; a police cell is a detention.
        #expect(read("13 сентября 2025 года Марат Досов помещён в следственный изолятор г. Тараза.").map(\.eventType) == [.pretrialDetention])
        #expect(read("13 сентября 2025 года Марат Досов помещён в изолятор временного содержания г. Тараза.").map(\.eventType) == [.detention])
        // A fine with a ban on an activity for years is a criminal sentence.
        let sentenced = read("4 августа 2025 года суд Тараза назначил журналистке Дане Оспан штраф в размере 1 500 МРП и лишил её права заниматься журналистской деятельностью на два года.")
        #expect(sentenced.map(\.eventType) == [.conviction])
        #expect(sentenced.first?.sanctions.map(\.kind) == [.fine, .banOnActivity])
    }

    @Test func russianNumberedEntrysTownIsWhereItsActsHappened() {
        let text = "1. Досов Марат Кайратович, 1990 г.р., г. Тараз.\nАктивист. Задержан 14 февраля 2025 года сотрудниками полиции прямо на работе."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention])
        #expect(incidents.first?.locations == ["Taraz"])
    }
}
