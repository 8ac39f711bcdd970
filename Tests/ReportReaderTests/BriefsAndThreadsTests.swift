import CivicModel
import Testing
@testable import ReportReader

/// The forty-seventh round of unseen reports (an advocate's appeal brief, a journal article's case study with footnotes,
/// a union's newsletter, a legal-aid FAQ, a forwarded e-mail thread; in Russian a police release with an NGO's
/// rebuttal, a Telegram channel's posts and an appeal complaint): the rules their misses asked for, in sentences of our own.
@Suite struct BriefsAndThreadsTests {
    @Test func theSentenceAfterACountedGroupNamesItsPeople() {
        let named = read("Police detained three activists in Aktobe on 5 May 2025. They were Aru Bekova, Madi Serikov and Dana Omarova.")
        #expect(named.map(\.persons) == [["Aru Bekova", "Madi Serikov", "Dana Omarova"]])
        let included = read("Police detained five activists in Oral on 5 May 2025. Those detained included Aru Bekova and Madi Serikov.")
        #expect(included.map(\.persons) == [["Aru Bekova", "Madi Serikov"]])
        // Near miss: a sentence that goes on with the group ("They were taken …") names nobody for it.
        let taken = read("Police detained five activists in Oral on 5 May 2025. They were taken to a police station.")
        #expect(taken.map(\.persons) == [[]])
    }

    @Test func russianSentenceAfterACountedGroupNamesItsPeople() {
        let named = read("Полиция задержала троих активистов в Уральске 5 мая 2025 года. Это Айгуль Нурова, Берик Сапаров и Тимур Ахметов.")
        #expect(named.map(\.persons) == [["Айгуль Нурова", "Берик Сапаров", "Тимур Ахметов"]])
        let were = read("Полиция задержала пятерых активистов в Уральске 5 мая 2025 года. Среди них были Айгуль Нурова и Берик Сапаров.")
        #expect(were.map(\.persons) == [["Айгуль Нурова", "Берик Сапаров"]])
        // Near miss: "Это решение …" names nobody.
        let decision = read("Полиция задержала пятерых активистов в Уральске 5 мая 2025 года. Это решение обжаловал адвокат Ерлан Сапаров.")
        #expect(decision.map(\.persons) == [[]])
    }

    @Test func aContractedOrInnerNegationDeniesTheAct() {
        #expect(read("Astana, 3 June 2025. Activist Madi Serikov wasn't detained at the rally.").isEmpty)
        #expect(read("Astana, 3 June 2025. Police didn’t detain activist Madi Serikov at the rally.").isEmpty)
        #expect(read("Astana, 3 June 2025. The trial of journalist Aru Bekova has not yet started.").isEmpty)
        // Near misses: a phrase whose negation is the act, and an act with no negation.
        #expect(read("Astana, 3 June 2025. The investigator ordered activist Madi Serikov not to leave Astana.").map(\.eventType) == [.travelRestriction])
        #expect(read("Astana, 3 June 2025. The trial of journalist Aru Bekova started.").map(\.eventType) == [.other])
    }

    @Test func russianTakenAndDrivenToThePolice() {
        let taken = read("Уральск, 26 марта 2025 года.\n\nУтром 25 марта нас взяли у акимата. Меня и Берика Сапарова отвезли в отдел полиции.")
        #expect(taken.map(\.eventType) == [.detention])
        #expect(taken.map(\.date) == [day(2025, 3, 25)])
        // "взяли под стражу" is custody; "взяли подписку" an undertaking, not a detention.
        #expect(read("Уральск, 26 марта 2025 года. 25 марта активиста Берика Сапарова взяли под стражу.").map(\.eventType) == [.pretrialDetention])
        #expect(read("Уральск, 26 марта 2025 года. 25 марта у активиста Берика Сапарова взяли подписку о невыезде.").map(\.eventType)
                == [.travelRestriction])
    }

    @Test func russianTitleWordIsNoPartOfTheWritersName() {
        let diary = read("Дневник Айгуль Нуровой\n\n25 марта 2025 года, понедельник\n\nУтром меня задержали у акимата Уральска.")
        #expect(diary.map(\.persons) == [["Айгуль Нурова"]])
    }

    @Test func aLawyersClientIsWhomMyClientMeans() {
        let appeal = read("""
        From: advocate Serik Zhumabekov, acting as defence counsel for Madi Serikov

        On 9 September 2024 officers searched the flat in Oral where my client lives.
        """)
        #expect(appeal.map(\.persons) == [["Madi Serikov"]])
        // The client's name on the line after the lawyer's, and a "his" in the act's sentence.
        let brief = read("""
        From: advocate Serik Zhumabekov,
        acting as defence counsel for the convicted person
        Madi Serikov, born 14 June 1987

        On 9 September 2024 officers searched the flat in Oral where my client lives with his wife.
        """)
        #expect(brief.map(\.persons) == [["Madi Serikov"]])
        // Near miss: without a client named, the writer's own "my flat" is the writer's.
        let own = read("From: Serik Zhumabekov\n\nOn 9 September 2024 officers searched my flat in Oral.")
        #expect(own.map(\.persons) == [["Serik Zhumabekov"]])
    }

    @Test func aBirthdayDatesNothing() {
        #expect(read("Oral, 3 March 2025. Activist Madi Serikov, born 14 June 1987, was detained on 2 March.").map(\.date) == [day(2025, 3, 2)])
        #expect(read("Oral, 3 March 2025. Activist Madi Serikov (b. 1987) was detained yesterday.").map(\.date) == [day(2025, 3, 2)])
        #expect(read("Уральск, 3 марта 2025 года. Активист Данияр Касымбеков, 1987 г.р., был задержан вчера.").map(\.date) == [day(2025, 3, 2)])
        #expect(read("Уральск, 3 марта 2025 года. Активист Данияр Касымбеков (родился 14 июня 1987 года) задержан вчера.").map(\.date)
                == [day(2025, 3, 2)])
    }

    @Test func theNextDayMovesTheStoryOnAndTheSameArticleIsTheLastOneCited() {
        let incidents = read("""
        Police detained activist Madi Serikov in Zhanaozen on 10 February 2025. The next day a judge gave him ten days of \
        administrative arrest under Article 488 of the Administrative Code. Aru Bekova was fined 50 MCI under the same article.
        """)
        #expect(incidents.map(\.date) == [day(2025, 2, 10), day(2025, 2, 11), day(2025, 2, 11)])
        #expect(incidents.last?.legalProvisions.map(\.article) == ["488"])
        // A part named of the same article.
        let part = read("On 3 March 2025 a court in Oral fined Madi Serikov under Article 488 of the Administrative Code. Aru Bekova was fined under part 2 of the same article.")
        #expect(part.last?.legalProvisions.map(\.part) == ["2"])
    }

    @Test func aGroupsActToldWithoutAndThenWithItsPeopleIsOneAct() {
        let twice = read("""
        Aktobe, 14 September 2025

        Police statement: on 13 September twelve participants were detained in Aktobe under Article 488 of the Administrative Code.

        Our monitors saw it differently: on 13 September police in Aktobe detained 19 people, among them activists Aru Bekova and Madi Serikov.
        """)
        #expect(twice.map(\.eventType) == [.detention])
        #expect(twice.first?.persons == ["Aru Bekova", "Madi Serikov"])
        #expect(twice.first?.legalProvisions.map(\.article) == ["488"])
        // Near miss: a crowd's detention and one activist's, the same day, are two acts.
        let two = read("Aktau, 6 January 2026\n\nAt least 20 people were detained in Aktau today.\n\nPolice in Aktau also detained activist Madi Serikov today.")
        #expect(two.count == 2)
    }

    @Test func aChannelsDaySeparatorDatesItsPostsAndTheirToday() {
        let russian = read("""
        Канал новостей

        ——— 17 марта 2025 ———

        [10:05]
        Полиция задержала активиста Нурлана Бекова у акимата Актобе.

        [10:06]
        [Видео]

        [18:32]
        Нурлана Бекова отпустили около пяти вечера.

        ——— 20 марта 2025 ———

        [09:10]
        Вчера суд Актобе оштрафовал Нурлана Бекова на 20 МРП. Прокурор просил 50 МРП.
        """)
        #expect(russian.map(\.date) == [day(2025, 3, 17), day(2025, 3, 17), day(2025, 3, 19)])
        // A term asked for is no sanction given.
        #expect(russian.last?.sanctions.map(\.amount) == [20])
        let english = read("Channel\n\n——— 17 March 2025 ———\n\n[10:05]\nPolice detained activist Madi Serikov in Aktobe.\n")
        #expect(english.map(\.date) == [day(2025, 3, 17)])
    }

    @Test func takenByOfficersToAStationAndSentToADetentionCentre() {
        let taken = read("On 16 December 2024, Aru Bekova and Madi Serikov were taken by plain-clothes officers to the district police station in Oral.")
        #expect(taken.map(\.eventType) == [.detention])
        let sent = read("On 9 January 2025, the court in Semey sent activist Madi Serikov to a detention centre for 15 days.")
        #expect(sent.map(\.eventType) == [.administrativeArrest])
        #expect(sent.first?.sanctions == [Sanction(kind: .administrativeArrest, days: 15)])
        // Near miss: a pre-trial detention centre for months is custody.
        #expect(read("On 9 January 2025, the court in Semey sent activist Madi Serikov to a pre-trial detention centre for two months.").map(\.eventType)
                == [.pretrialDetention])
    }

    @Test func theSceneOfAPersonsDayIsWhereTheActsOnThemHappened() {
        let scene = read("On 3 June 2024, pensioner Aru Bekova stood outside the akimat in Atyrau. Two officers put her into a car and drove her to the police station.")
        #expect(scene.map(\.locations) == [["Atyrau"]])
        // Near miss: a place someone set off for is not where they were detained.
        let away = read("On 3 February 2021, Madi Serikov tried to leave for Atyrau. He was detained by police and taken to the police station.")
        #expect(away.map(\.locations) == [[]])
    }

    @Test func aRefusalOfPermissionToABodyWithALongName() {
        let refused = read("On 7 October 2024, the Almaty city akimat refused the Taza Su Pensioners' Council permission to hold a rally.")
        #expect(refused.map(\.eventType) == [.assemblyRefused])
    }

    @Test func reportsOfAnActThatWereDeniedTellNoAct() {
        #expect(read("Taraz, 3 March 2025. Reports on social media that nurse Aru Bekova was beaten during questioning were denied by the police.").isEmpty)
        #expect(read("Taraz, 3 March 2025. Witnesses reported that nurse Aru Bekova was beaten during questioning.").map(\.eventType) == [.physicalAttack])
    }

    @Test func aDayInAClauseAboutEvidenceIsNotTheStorysDay() {
        let incidents = read("""
        On 18 March 2025 police in Zhanaozen opened a criminal case against activist Madi Serikov. The investigators rely on a video \
        in which Serikov, on 9 February, speaks to the crews. The same evening, officers spent four hours searching his home.
        """)
        #expect(incidents.map(\.eventType) == [.criminalCaseOpened, .searchOfPremises])
        #expect(incidents.map(\.date) == [day(2025, 3, 18), day(2025, 3, 18)])
    }

    @Test func aFootnoteDatesTheActsMarkedWithIt() {
        let article = read("""
        The union notified the akimat of a meeting. The akimat of Zhanaozen refused the notification, saying another event was planned.³

        In July the court in Aktau suspended the union for three months.⁴ Its chairman Madi Serikov received an official warning.[5]

        ___
        ³ Letter of the Zhanaozen city akimat No. 14 of 29 April 2024.
        ⁴ Known from the union's statement of 30 July 2024.
        [5] Interview with M. Serikov, 14 June 2024. The warning was dated 26 April 2024.
        """)
        #expect(article.map(\.eventType) == [.assemblyRefused, .organizationSuspended, .warning])
        // The letter's day; not the day of a statement the note cites; the day of the note's act, not of its interview.
        #expect(article.map(\.date?.iso) == ["2024-04-29", nil, "2024-04-26"])
    }

    @Test func aSentenceThatGivesItsOwnDayKeepsIt() {
        let own = read("On 8 March 2024 police in Almaty detained activist Madi Serikov.²\n\n² Interview with his lawyer; the protocol is of 9 March 2024.")
        #expect(own.map(\.date) == [day(2024, 3, 8)])
        #expect(Footnotes.marks(in: "was refused.³⁴ Then [12] and text[7].") == [34, 7])
    }
}
