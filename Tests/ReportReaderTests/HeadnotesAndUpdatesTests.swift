import CivicModel
import Testing
@testable import ReportReader

/// A legal database's headnotes (round 88, h299), a radio bulletin's transcript (r178), a Telegram channel's posts with
/// forwarded messages (r177), a deputy's speech (r179); a media-monitoring alert e-mail (round 89, h300), a family's letter
/// (h301), an observation mission's report (h302) and a news item updated through the day (r180); a legal-aid project's case
/// digest (round 90, h303), a press-freedom index's narrative (h304), a forum thread (h305), a lawyer's chronology in a
/// tab-separated table (r183) and a bureau's monthly report with footnotes (r185). Sentences of our own in those styles.
@Suite struct HeadnotesAndUpdatesTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aHeadnotesRulingIsOfTheJudgmentsDayAndTheCourtsTown() {
        let entry = read("""
        [KZ-ADM-2026-004]
        Case No.: 5521-26-00-4/210
        Court: Specialised Inter-district Administrative Court of Taraz, Zhambyl Region
        Date of judgment: 9 April 2026
        Parties: Police Department (applicant) v. Dana Serikova (respondent), activist
        Background: On 7 April 2026 officers detained Serikova at a single picket outside the akimat in Taraz.
        Held: Serikova was found liable under Article 488, Part 6 of the Administrative Offences Code and fined 30 MCI.
        """)
        #expect(entry.map(\.eventType) == [.detention, .fine])
        // (Not the day the background told last.)
        #expect(entry.map(\.date) == [day(2026, 4, 7), day(2026, 4, 9)])
        #expect(entry[1].locations.contains("Taraz"))
        // (A body's case names no place of its own: the court's town.)
        let body = read("""
        Court: Specialised Inter-district Economic Court of Pavlodar
        Date of judgment: 3 February 2026
        Held: The court fined Public Foundation "Kokzhiek" 50 MCI and suspended its activities for three months.
        """)
        #expect(body.map(\.date) == [day(2026, 2, 3)])
        #expect(body.first?.locations == ["Pavlodar"])
    }

    @Test func theDefendantsAreThosePartiesNamedAbove() {
        let entry = read("""
        Parties: State Prosecution v. Kanat Oralov and Serik Baimenov, bus drivers
        Background: On 2 March 2026 the Ekibastuz akimat declined to approve the defendants' notice of a rally over fares.
        """)
        #expect(entry.map(\.eventType) == [.assemblyRefused])
        #expect(entry.first?.persons == ["Kanat Oralov", "Serik Baimenov"])
    }

    @Test func anUpdateHeadedByItsHourIsOfTheDayOfPublication() {
        let item = read("""
        В Таразе задержан блогер Арман Досов

        14.04.2026, 10:15 | Тараз | Редакция | 2 731 просмотр

        Утром 14 апреля полиция задержала в Таразе блогера Армана Досова.

        Ранее, 2 марта, прокуратура вынесла ему предостережение.

        UPD 18:20

        Следственный суд санкционировал арест Досова на два месяца.

        У здания суда полицейские задержали активистку Дану Ержанову.
        """)
        #expect(item.map(\.eventType) == [.detention, .warning, .pretrialDetention, .detention])
        // (The byline set apart by bars is no table's row: it gives the day; the heading's act is the one told below.)
        #expect(item.map(\.date) == [day(2026, 4, 14), day(2026, 3, 2), day(2026, 4, 14), day(2026, 4, 14)])
    }

    @Test func aLinkToAnEarlierItemTellsNoAct() {
        let item = read("""
        14.04.2026, 10:15 | Тараз | Редакция

        Утром 14 апреля полиция задержала в Таразе блогера Армана Досова. Арману Досову 40 лет. Он ведёт канал о городе. Канал часто публикует жалобы жителей района. Интерес полиции к блогеру возник не вчера. 20 ноября прошлого года суд Тараза оштрафовал его на 50 МРП [21.11.2025 — «Блогера оштрафовали за пикет»].

        Читайте также:
        [21.11.2025] Блогера оштрафовали за пикет
        [02.03.2026] Прокуратура предостерегла блогера
        """)
        #expect(item.map(\.eventType) == [.detention, .fine])
        #expect(item.map(\.date) == [day(2026, 4, 14), day(2025, 11, 20)])
        // ("Он ведёт канал" keeps him the one spoken of; "его" past a sentence on the residents is still him.)
        #expect(item.last?.persons == ["Арман Досов"])
    }

    @Test func aBulletinsTopicsAreToldBelow() {
        let bulletin = read("ВЕДУЩИЙ: Добрый вечер. В выпуске: арест активиста в Таразе, штраф блогеру в Актобе и отказ в митинге в Костанае. Начнём с Тараза. Сегодня, 14 апреля 2026 года, суд арестовал активиста Армана Досова на 10 суток.")
        #expect(bulletin.map(\.eventType) == [.administrativeArrest])
        let notes = read("Coming up: a blogger fined in Aktobe and a rally refused in Kostanay. On 14 April 2026 a court in Aktobe fined blogger Yerlan Kasenov 30 MCI.")
        #expect(notes.map(\.eventType) == [.fine])
    }

    @Test func aForwardedMessageSpeaksForItsChannel() {
        let posts = read("""
        Канал. Подборка постов.

        [15.04.2026, 12:10]
        Переслано из «Костанай Жаршысы» (14.04.2026)

        Друзья, сегодня сотрудники полиции провели обыск в нашей редакции в Костанае и изъяли два ноутбука.
        """)
        #expect(posts.map(\.eventType) == [.searchOfPremises])
        // (The message's "сегодня" is the day it was written; its newsroom is the channel's, no narrator's home.)
        #expect(posts.first?.date == day(2026, 4, 14))
        #expect(posts.first?.organizations == ["Костанай Жаршысы"])
        #expect(posts.first?.persons == [])
    }

    @Test func anIntentionIsNoAct() {
        #expect(read("Адвокат Ерлан Сапаров намерен добиваться прекращения уголовного дела.").isEmpty)
        // (The noun is no intention of the act: "заявил о намерении обжаловать".)
        let released = read("Отбыв арест, активист Ерлан Сапаров 25.01.2026 вышел на свободу и заявил о намерении обжаловать постановление.")
        #expect(released.map(\.eventType) == [.release])
    }

    @Test func aGivenNameIsNotCutToAnother() {
        let released = read("В Жанаозене 14 апреля 2026 года вышел на свободу нефтяник Максат Досжанов.")
        #expect(released.first?.persons == ["Максат Досжанов"])
    }

    @Test func anAlertsSubjectLineAndARequestAreNoActs() {
        let alert = read("""
        Subject: [Monitor Alert] Daily digest: 4 new matches for "detained", "fined"

        On 12 March 2026 the Almaly district court of Almaty placed journalist Dana Serikova under house arrest for two months. Prosecutors had asked for her to be held in custody.
        """)
        #expect(alert.map(\.eventType) == [.houseArrest])
    }

    @Test func aReleaseFromTheCourtroomIsOfTheVerdictsDay() {
        let told = read("On 7 April 2026 the Kazybek Bi district court sentenced blogger Yerlan Kasenov to two years of restriction of freedom. Kasenov had been taken into custody in November 2025 and was released from the courtroom.")
        #expect(told.map(\.eventType) == [.conviction, .pretrialDetention, .release])
        #expect(told.map(\.date) == [day(2026, 4, 7), try? PartialDate(year: 2025, month: 11), day(2026, 4, 7)])
    }

    @Test func aRefusalLettersDayGivenAfterIt() {
        let told = read("The Taraz city akimat has refused to approve a rally planned for 20 April 2026 by the Ata-Ana Union. The refusal letter, dated 11 April 2026, was shared with our newsroom.")
        #expect(told.map(\.eventType) == [.assemblyRefused])
        #expect(told.map(\.date) == [day(2026, 4, 11)])
    }

    @Test func aPartysNameMayHoldAPossessive() {
        let denied = read("On 19 December 2025 the Ministry of Justice refused to register the Adal People's Party.")
        #expect(denied.first?.organizations == ["Adal People's Party"])
    }

    @Test func anAdverbOpeningASentenceIsNoPartOfAName() {
        let told = read("Our son Arman Zhaksybekov is a teacher. On 14 March 2026 officers searched our flat. Afterwards Arman was detained.")
        #expect(told.last?.eventType == .detention)
        #expect(told.last?.persons == ["Arman Zhaksybekov"])
    }

    @Test func aChronologyTablesDescriptionsNameItsPeople() {
        let table = read("""
        ХРОНОЛОГИЯ

        Дата	Событие	Документ
        12.03.2026	Активист Ерлан Сапаров задержан полицией у здания акимата Тараза	Протокол о доставлении
        13.03.2026	Специализированный административный суд г. Тараза назначил Сапарову арест на 10 суток по ч. 6 ст. 488 КоАП РК	Постановление суда
        11.06.2026	Апелляционная коллегия оставила постановление без изменения, жалобу защиты – без удовлетворения	Постановление
        """)
        #expect(table.map(\.eventType) == [.detention, .administrativeArrest, .other])
        // (A later step that names no one is of the one the chronology is about.)
        #expect(table.allSatisfy { $0.persons == ["Ерлан Сапаров"] })
        #expect(table.map(\.date) == [day(2026, 3, 12), day(2026, 3, 13), day(2026, 6, 11)])
    }

    @Test func aClientNamedByInitialsIsAPerson() {
        let digest = read("""
        Case LA-26-014 | Client: A.Zh. | Taraz
        What happened: A.Zh., a retired nurse, held a one-person picket. On 11 March 2026 she was detained by police officers.
        """)
        #expect(digest.map(\.eventType) == [.detention])
        #expect(digest.first?.persons == ["A.Zh."])
    }

    @Test func aForumPostsHeaderDatesItsTodayAndQuotedRepliesAreNotRetold() {
        let thread = read("""
        #1  kairat_taraz  |  Posted 06.03.2026, 21:40

        Today the akimat refused the notice for the rally on the square.

        -----
        #2  steppe_fox  |  Posted 07.03.2026, 11:52

        Riot police detained activist Dauren Sarsenov on the square this morning.

        -----
        #3  aru_zh  |  Posted 07.03.2026, 12:20

        > steppe_fox wrote: Riot police detained activist Dauren Sarsenov on the square this morning.

        RUMOUR, not confirmed: people say Dauren was beaten in the bus.
        """)
        #expect(thread.map(\.eventType) == [.assemblyRefused, .detention])
        #expect(thread.map(\.date) == [day(2026, 3, 6), day(2026, 3, 7)])
    }

    @Test func aNotesDayOfPublicationDatesNoAct() {
        let told = read("""
        Октябрь 2026 года

        12 октября полиция Тараза возбудила уголовное дело по ч. 2 ст. 274 УК РК в отношении журналиста Данияра Жумабаева[4].

        [4] Материал вышел на сайте издания 2 октября 2026 года.
        """)
        #expect(told.map(\.eventType) == [.criminalCaseOpened])
        #expect(told.first?.date == day(2026, 10, 12))
    }

    @Test func aBodyNamedByItsKindAfterItIsNoPerson() {
        let searched = read("On 11 November 2025 officers searched the Taraz office of the Erkin Soz media foundation and seized laptops.")
        #expect(searched.first?.persons == [])
        #expect(searched.first?.organizations == ["Erkin Soz"])
    }
}
