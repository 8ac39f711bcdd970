import CivicModel
import Testing
@testable import ReportReader

/// The forty-eighth round of unseen reports (an NGO's statement on a trial, a bureau's quarterly assembly monitoring, a
/// civic-space country update, a summary of UN communications, a democracy rating's chapter; in Russian a freedom-of-speech
/// monthly, a court story and a weekly bulletin of cases): the rules their misses asked for, in sentences of our own.
@Suite struct BulletinsAndSeasonsTests {
    // MARK: Days

    @Test func aStatementIssuedInTwoCitiesIsDatedByItsDateline() {
        let statement = read("""
        PARIS / ASTANA, 12 March 2025 – Press Freedom Watch condemns the verdict.

        On Monday, a court in Astana sentenced journalist Aru Bekova to four years in prison.
        """)
        #expect(statement.map(\.date) == [day(2025, 3, 10)])
        #expect(statement.flatMap(\.organizations).contains("PARIS") == false)
    }

    @Test func aLookBackWithoutAnActDoesNotMoveTheStory() {
        let story = read("""
        Report for 2025.

        In mid-May, police in Aktobe opened a criminal case against blogger Madi Serikov. Serikov had posted the film a week earlier. \
        Officers searched his flat the same day.
        """)
        #expect(story.map(\.eventType) == [.criminalCaseOpened, .searchOfPremises])
        #expect(story.map(\.date) == [try? PartialDate(year: 2025, month: 5), try? PartialDate(year: 2025, month: 5)])
    }

    @Test func theNumberedDayOfAProtestCountsFromItsFirst() {
        let strike = read("""
        Report for 2025.

        On 3 June about a hundred drivers gathered outside the akimat in Aktau. The akimat left them alone for two days. \
        On the third day of the protest, police dispersed the drivers.
        """)
        #expect(strike.map(\.date) == [day(2025, 6, 5)])
        // Near miss: a day written beside it is the day.
        let written = read("Report for 2025.\n\nOn 7 June, the fifth day of the strike, police in Aktau detained driver Madi Serikov.")
        #expect(written.map(\.date) == [day(2025, 6, 7)])
    }

    @Test func aSeasonDatesAnActToItsYear() {
        let spring = read("Report for 2024.\n\nIn late spring, the justice department in Taraz refused to register the Women of the Steppe foundation.")
        #expect(spring.map(\.date) == [try? PartialDate(year: 2024)])
        let written = read("Report for 2024.\n\nIn the autumn of 2022, police in Oral detained activist Madi Serikov.")
        #expect(written.map(\.date) == [try? PartialDate(year: 2022)])
        let russian = read("Отчёт за 2024 год.\n\n10 марта полиция задержала Асель Нурову. Весной суд оштрафовал Дану Серикову на 20 МРП.")
        #expect(russian.map(\.date) == [day(2024, 3, 10), try? PartialDate(year: 2024)])
        // Near misses: a season told by what happened in it, and a season that is a name.
        let referendum = read("Report for 2024.\n\nIn the summer of the referendum, a court in Oral fined activist Madi Serikov.")
        #expect(referendum.map(\.date) != [try? PartialDate(year: 2024)])
        #expect(!DateRecognizer.dates(in: tokens("the Arab Spring of protests"), contextYear: 2024).contains { $0.kind == .explicit })
    }

    @Test func aDayInALookBackClauseDoesNotDateTheSentencesAct() {
        let court = read("""
        Report for 2025.

        On 6 July police in Almaty detained Aru Bekova and Madi Serikov. Two days later the court fined Bekova 50 MCI. \
        Serikov, who had already been fined for a picket in 2024, was sentenced by the same court on the same day to 15 days of \
        administrative arrest.
        """)
        let arrest = court.first { $0.eventType == .administrativeArrest }
        #expect(arrest?.date == day(2025, 7, 8))
        #expect(arrest?.locations == ["Almaty"])
    }

    @Test func yearsOfClausesAboutSomethingElseAreNotTheStorys() {
        let report = read("""
        Kazakhstan in 2024.

        The register of foreign funding, introduced by the State Revenue Committee in 2023, listed hundreds of groups. \
        Activists say they have been fined every year since the movement was founded in 2021. A march for the victims of \
        January 2022 was dropped.

        In April, the akimat of Shymkent turned down a notification from Aru Bekova.
        """)
        #expect(report.map(\.date) == [try? PartialDate(year: 2024, month: 4)])
        #expect(report.map(\.eventType) == [.assemblyRefused])
        // Near miss: a refusal of every notification is no one act.
        #expect(read("Kazakhstan in 2024.\n\nIn April, akimats turned down every notification they received.").isEmpty)
    }

    // MARK: Acts and sanctions

    @Test func whatSomeoneMaySeekToDoIsNoAct() {
        let feared = read("Astana, 3 June 2025. His lawyer fears investigators may seek to place blogger Madi Serikov under house arrest.")
        #expect(feared.isEmpty)
        let draft = read("Astana, 3 June 2025. Under the draft, groups that fail to register could be suspended and their leaders fined.")
        #expect(draft.isEmpty)
        // Near miss: the act itself.
        #expect(read("Astana, 3 June 2025. A judge placed blogger Madi Serikov under house arrest.").map(\.eventType) == [.houseArrest])
    }

    @Test func anAmountConvertingTheFineIsNoSecondFine() {
        let fine = read("Oral, 3 June 2025. The court fined activist Madi Serikov 100 monthly calculation indices (MCI), or roughly 393,000 tenge.")
        #expect(fine.flatMap(\.sanctions).map(\.amount) == [100])
    }

    @Test func aFollowUpOnTheSamePeopleHappenedWhereTheFirstDid() {
        let court = read("Report for 2025.\n\nOn 20 February, police in Almaty detained Madi Serikov. Two days later, the Medeu District Court fined him 100 MCI.")
        #expect(court.map(\.locations) == [["Almaty"], ["Almaty"]])
        // Near miss: an act of years before may have been elsewhere.
        let earlier = read("Report for 2025.\n\nOn 20 February 2025, police in Almaty detained Madi Serikov. In 2018, Serikov was sentenced to two years in prison.")
        #expect(earlier.last?.locations == [])
    }

    // MARK: Russian

    @Test func russianBulletinInCapitalsAndItsItems() {
        let bulletin = read("""
        ХРОНИКА ПРЕСЛЕДОВАНИЙ: 3–9 МАРТА 2025

        В этом выпуске: арест в Уральске, обыск у блогера в Актобе и освобождение активистки.

        УРАЛЬСК, 3 марта. Суд арестовал на 10 суток активиста Берика Сапарова. По версии обвинения, в 2024 году он раздавал листовки.

        АКТОБЕ, 5 марта. Полиция провела обыск в квартире блогера Тимура Ахметова.

        ТАРАЗ, 9 марта. [ОБНОВЛЕНИЕ] В воскресенье вышла на свободу Айгуль Нурова. Её приговорили в декабре 2022 года к трём годам лишения свободы.
        """)
        #expect(bulletin.map(\.eventType) == [.administrativeArrest, .searchOfPremises, .release, .conviction])
        #expect(bulletin.map(\.date) == [day(2025, 3, 3), day(2025, 3, 5), day(2025, 3, 9), try? PartialDate(year: 2022, month: 12)])
        #expect(bulletin.last?.sanctions.map(\.years) == [3])
    }

    @Test func russianTheNextDayAfterTheDetentionCountsFromIt() {
        let story = read("""
        Новости.

        Утром 5 ноября 2024 года полиция задержала Берика Сапарова и Тимура Ахметова. Ахметова отпустили через трое суток, так и не \
        предъявив обвинения. На следующий день после задержания суд санкционировал арест Сапарова на два месяца.
        """)
        #expect(story.map(\.eventType) == [.detention, .release, .pretrialDetention])
        #expect(story.map(\.date) == [day(2024, 11, 5), day(2024, 11, 8), day(2024, 11, 6)])
    }

    @Test func russianJudgeAndHerselfAreNoPartOfANamedTarget() {
        let verdict = read("Актобе, 11 ноября 2025 года. Судья Марат Жумабаев признал Берика Сапарова виновным по части 1 статьи 405 УК.")
        #expect(verdict.map(\.persons) == [["Берик Сапаров"]])
        let mother = read("Актобе, 11 ноября 2025 года. Саму Сауле Сапарову в марте оштрафовали на 20 МРП.")
        #expect(mother.map(\.persons) == [["Сауле Сапарова"]])
    }

    // MARK: The late pair (an election weekend's press release, a Russian interview)

    @Test func electionDayAndItsEveAreTheDaysOfTheElectionNamed() {
        let release = read("""
        ALMATY, 22 March 2023

        We documented detentions around the 19 March elections to the Mazhilis.

        Police officers grabbed activist Madi Serikov outside a polling station in Almaty on election day. Activist Aru Bekova \
        was taken to a police station in Oral on the eve of the vote.
        """)
        #expect(release.map(\.eventType) == [.detention, .detention])
        #expect(release.map(\.date) == [day(2023, 3, 19), day(2023, 3, 18)])
        // Near miss: with no election named with its day, "election day" dates nothing.
        #expect(read("Report.\n\nPolice detained activist Madi Serikov in Almaty on election day.").map(\.date) == [nil])
    }

    @Test func unconfirmedReportsAndQuotedRemarksTellNoAct() {
        #expect(read("Astana, 3 June 2025. Reports on social media that activist Madi Serikov had been detained have not been confirmed.").isEmpty)
        let remark = read("Astana, 3 June 2025.\n\n\"A four-year term for a post tells every blogger to keep quiet,\" said Aru Bekova of the Press Desk.")
        #expect(remark.isEmpty)
        // Near miss: a remark that tells its speaker's own detention.
        let own = read("Astana, 3 June 2025.\n\n\"Police detained me on 1 June in Oral,\" said activist Aru Bekova.")
        #expect(own.map(\.eventType) == [.detention])
    }

    @Test func aParagraphsOpeningPlaceIsWhereItsUnplacedActsHappened() {
        let report = read("Report for 2025.\n\nThe largest protest took place in Zhanaozen. On 15 July about 200 workers gathered. On the third day of the protest, police dispersed the gathering.")
        #expect(report.map(\.locations) == [["Zhanaozen"]])
    }

    @Test func russianInterviewsQuestionsAndYearsInWords() {
        let interview = read("""
        Бывший политзаключённый Берик Сапаров — о суде и колонии

        20 января 2026 г. | Интервью

        — Вас задержали?

        — Да. Осенью двадцать третьего меня задержали у акимата Актобе. Через два дня после задержания суд отправил меня в СИЗО на два месяца. \
        В мае двадцать четвёртого судья дал мне три года лишения свободы.
        """)
        #expect(interview.map(\.eventType) == [.detention, .pretrialDetention, .conviction])
        // (The days after an act known to its year only are not known.)
        #expect(interview.map(\.date) == [try? PartialDate(year: 2023), nil, try? PartialDate(year: 2024, month: 5)])
        #expect(interview.map(\.persons) == [["Берик Сапаров"], ["Берик Сапаров"], ["Берик Сапаров"]])
        // Near miss: "двадцать третьего мая" is a day.
        let day23 = read("Отчёт за 2024 год.\n\nДвадцать третьего мая полиция задержала Асель Нурову.")
        #expect(day23.map(\.date) != [try? PartialDate(year: 2023)])
    }

    @Test func russianTheNextDaysOfAnActNamedAndAWeekdayToldBeforeIt() {
        let story = read("""
        Новости, 27 октября 2025 г.

        Последний случай произошёл в минувшую пятницу. Берика Сапарова задержали у акимата Актобе. Его не задерживали раньше: \
        полицейские переписали данные и отпустили.
        """)
        #expect(story.map(\.eventType) == [.detention])
        #expect(story.map(\.date) == [day(2025, 10, 24)])
        let counted = read("Новости.\n\n5 ноября 2024 года полиция задержала Берика Сапарова. 7 ноября его оштрафовали. Через два дня после задержания суд отправил его в СИЗО.")
        #expect(counted.last?.date == day(2024, 11, 7))
        let engineer = read("Актобе, 11 ноября 2025 года. Инженер Ерлан Сатыбалдиев оштрафован на 20 МРП.")
        #expect(engineer.map(\.persons) == [["Ерлан Сатыбалдиев"]])
    }

    // MARK: The fiftieth round (a press-freedom digest, a trial monitoring report, a follow-up to the UN, a wire story;
    // in Russian an annual chapter, a channel's roundup, a lawyer's post and a portal's story)

    @Test func theSourceALawyerAndABodyAreNoTargets() {
        let court = read("Report 2025.\n\nOn 16 April a court in Aktau sentenced Aru Bekova to 15 days of administrative arrest, her lawyer Madi Serikov said.")
        #expect(court.map(\.persons) == [["Aru Bekova"]])
        let cut = read("Report 2025.\n\nOn 15 April mobile internet in Aktau was cut, according to residents and Ashyq Tor, a digital rights group.")
        #expect(cut.map(\.persons) == [[]])
        let custody = read("""
        Report 2025.

        On 11 February police in Aktobe detained Aru Bekova and Dana Omarova. Bekova's lawyer, Gulnar Sadykova, said that \
        officers had pushed her client. Two days later, a judge in Aktobe remanded both activists in custody for two months.
        """)
        #expect(custody.last?.persons.sorted() == ["Aru Bekova", "Dana Omarova"])
        // Near misses: a reporter for an outlet is a person; so is one the source speaks of after "according to the inspector,".
        let reporter = read("Report 2025.\n\nOn 15 April police in Aktau detained Aru Bekova, a reporter for the news site Kaspiy Times.")
        #expect(reporter.map(\.persons) == [["Aru Bekova"]])
        let inspector = read("Report 2025.\n\nAccording to the inspector, Aru Bekova was fined 20 MCI in Aktau on 15 April.")
        #expect(inspector.map(\.persons) == [["Aru Bekova"]])
    }

    @Test func whatInvestigatorsAskedACourtForIsNoAct() {
        #expect(read("Report 2025.\n\nOn 15 April investigators asked a court to place Aru Bekova in pre-trial detention.").isEmpty)
    }

    @Test func aYearTheStoryCountsSinceDoesNotDateItsDateline() {
        let wire = read("AKTAU, April 16 (Wire) - Police broke up a rally in Zhanaozen on Tuesday, the worst unrest since deadly riots in January 2022.")
        #expect(wire.map(\.date) == [nil])
    }

    @Test func aTableOfRefusalsByTheirDay() {
        let table = read("""
        Report 2025.

        Association | City | Date of refusal | Ground
        Steppe Youth Initiative | Shymkent | 14.10.2024 | the charter
        """)
        #expect(table.map(\.eventType) == [.registrationDenied])
        #expect(table.map(\.date) == [day(2024, 10, 14)])
        let rallies = read("Report 2025.\n\nOrganiser | City | Date of refusal | Ground\nAru Bekova | Oral | 14.10.2024 | repairs\n")
        #expect(rallies.map(\.eventType) == [.assemblyRefused])
    }

    @Test func russianLawyersPostIsAboutHerClient() {
        let post = read("""
        Салтанат Жумабекова
        20 мая 2025 г. · Атырау

        Мой подзащитный Ержан Калиев — инженер из Атырау.

        Только вчера я узнала, что уголовное дело по ч. 2 ст. 274 УК было возбуждено ещё 28 апреля. В октябре 2023 года его \
        оштрафовали на 50 МРП.
        """)
        #expect(post.map(\.persons) == [["Ержан Калиев"], ["Ержан Калиев"]])
        // Near miss: a complaint against house arrest is no house arrest.
        #expect(read("Атырау, 20 мая 2025 года. Суд отложил рассмотрение жалобы на домашний арест Ержана Калиева.").isEmpty)
    }

    @Test func russianLiveChronicleByItsTitleDayAndWeekdayHeadings() {
        let chronicle = read("""
        ХРОНИКА ДНЯ
        Пикет у акимата, Уральск, 21.09.2025
        Пост обновляется. Время местное.

        1) 09:30 — В среду акимат Уральска отказал группе «Жаңа Толқын» в согласовании митинга.

        4) 12:40 — У акимата задержаны Асель Жумабаева и Ерлан Касымов.

        6) 13:25 — Журналиста Тимура Бекова ударил в лицо мужчина в штатском.

        Понедельник, 22 сентября

        13) 15:10 — Асель Жумабаева: 10 суток ареста по ч. 3 ст. 488 КоАП.

        Вторник

        16) 10:05 — Ерлан Касымов — штраф 50 МРП.
        """)
        #expect(chronicle.map(\.eventType) == [.assemblyRefused, .detention, .physicalAttack, .administrativeArrest, .fine])
        #expect(chronicle.map(\.date) == [day(2025, 9, 17), day(2025, 9, 21), day(2025, 9, 21), day(2025, 9, 22), day(2025, 9, 23)])
        // Near miss: a sentence that only names a blow's words elsewhere ("удар по репутации") is no attack.
        #expect(read("Уральск, 22 сентября 2025 года. Это решение ударило по репутации суда.").isEmpty)
    }

    @Test func anAlertsDatelineBeforeItsHeadlineOnOneLine() {
        let digest = read("""
        Monthly digest, April 2025

        AKTOBE, 22 APRIL | FOLLOW-UP: Blogger gets restricted freedom

        A city court on Tuesday sentenced blogger Madi Serikov to two years of restricted freedom.
        """)
        #expect(digest.map(\.date) == [day(2025, 4, 22)])
        // Near miss: a table's row of bars is no dateline.
        #expect(NewsItemDateline.beforeAHeadline(Array("Name | City | Date".unicodeScalars)[...]) == nil)
    }

    // MARK: The fifty-first round (a bureau's monthly report in English and in Russian)

    @Test func theSentenceAfterAnActNamesItsOnePerson() {
        let fine = read("Report 2025.\n\nOn 16 April a court in Aktau fined a third protester, a retired nurse, 50 MCI. The woman, Dana Omarova, said she had brought tea.")
        #expect(fine.map(\.persons) == [["Dana Omarova"]])
        let refused = read("Report 2025.\n\nOn 14 April the akimat of Atyrau refused permission for a rally. The organiser, local activist Madi Serikov, said he would apply again.")
        #expect(refused.map(\.persons) == [["Madi Serikov"]])
        // Near miss: an act that named its person keeps it.
        let named = read("Report 2025.\n\nOn 16 April a court in Aktau fined Aru Bekova 50 MCI. The judge, Madi Serikov, said the fine was lawful.")
        #expect(named.map(\.persons) == [["Aru Bekova"]])
    }

    @Test func russianBanOnLeavingAndAYearALongSentenceLooksBackTo() {
        let review = read("""
        ОБЗОР ЗА МАРТ 2025 ГОДА

        Алматы, 7 апреля 2025 года

        11 марта полиция провела обыск в квартире редактора Асель Нурлановой в Талдыкоргане. На следующий день следователь вынес \
        постановление о запрете Нурлановой выезжать за пределы Казахстана.

        Бюро напоминает, что в 2024 году аналогичные санкции были применены как минимум к нескольким десяткам организаций по всей стране.

        20 марта — коалиция «Еркін сөз» признала политическим заключённым нефтяника Бауыржана Темирова.
        """)
        #expect(review.map(\.eventType) == [.searchOfPremises, .travelRestriction, .politicalPrisonerRecognized])
        #expect(review.map(\.date) == [day(2025, 3, 11), day(2025, 3, 12), day(2025, 3, 20)])
    }
}
