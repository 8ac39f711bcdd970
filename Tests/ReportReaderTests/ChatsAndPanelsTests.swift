import CivicModel
import Testing
@testable import ReportReader

/// A European Parliament question and its answer (round 97, h324), a panel's rapporteur summary (h326), a court's press
/// release (r204), a monitors' group chat (r205); a union's complaint to the ILO (round 98, h328), a year-in-review column
/// (h329), a news agency's feed of flashes (r207) and a columnist's memories (r208). Sentences of our own in those styles.
@Suite struct ChatsAndPanelsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aGroupChatsMessageIsOfTheSeparatorsDay() {
        let chat = read("""
        — 12 марта 2025 —

        Marat_K [08:52]
        Это из-за видео про пикет 9 марта?

        Dina_Almaty [11:02]
        В Таразе с семи утра идёт обыск в квартире Айгерим Тулегеновой.

        — 18 марта 2025 —

        Dina_Almaty [13:47]
        Напомню, в декабре 2024 года суд приговорил Бауыржана Омарова к трём годам лишения свободы.

        — 22 марта —

        Aidana_Oral [08:05]
        Нуржан Сейтказиев сегодня вышел из спецприёмника в Уральске.
        """)
        // (Not the day the message before told; and the sender's header is no part of the message.)
        let search = chat.first { $0.eventType == .searchOfPremises }
        #expect(search?.date == day(2025, 3, 12))
        #expect(search?.quote.hasPrefix("В Таразе") == true)
        // (A day set off without its year is of the year of the day set off before it, not of a year a message told.)
        #expect(chat.first { $0.eventType == .release }?.date == day(2025, 3, 22))
    }

    @Test func yesterdayAfterTheSearchIsYesterday() {
        let told = read("""
        — 13 марта 2025 —

        Вчера после обыска Айгерим Тулегенову увезли в департамент полиции и задержали на 72 часа.
        """)
        #expect(told.first?.date == day(2025, 3, 12))
    }

    @Test func aCaseOpenedWithItsArticleToldFirst() {
        let told = read("Уголовное дело в отношении Айгерим Тулегеновой по ч. 1 ст. 274 УК (распространение заведомо ложной информации) возбудили ещё 4 марта 2025 года.")
        #expect(told.map(\.eventType) == [.criminalCaseOpened])
        // (A clause of time after a comma tells no act: "… до того, как его возбудили".)
        let aside = read("12 марта 2025 года адвокат Айгерим Тулегеновой заявила, что экспертиза по делу была готова ещё до того, как его возбудили.")
        #expect(!aside.contains { $0.eventType == .criminalCaseOpened })
    }

    @Test func aPronounThatSaysWhoTellsIsNoOneActedOn() {
        let told = read("""
        Yerlan Sadvakasov spoke about the case of blogger Asel Nurgaliyeva in Oral.
        On 19 June 2025, he said, an investigating judge in Oral placed her under house arrest for two months.
        """)
        #expect(told.last?.eventType == .houseArrest)
        #expect(told.last?.persons == ["Asel Nurgaliyeva"])
        // (Unless the speaker tells of herself: "'I was charged for talking to people,' she said.")
        let herself = read("""
        Dana Serikbayeva was questioned in Taraz on 3 March 2025.
        "On 5 March 2025 I was charged for talking to people," she said.
        """)
        #expect(herself.last?.persons == ["Dana Serikbayeva"])
    }

    @Test func aNamedSpeakerTellingOfAnotherIsNotTheOneActedOn() {
        let told = read("""
        Kairat Ospanov was sentenced in Shymkent on 28 January 2025.
        Ms Kopbosynova noted that the appellate board had rejected his appeal on 2 April 2025.
        """)
        #expect(told.last?.date == day(2025, 4, 2))
        #expect(told.last?.persons == ["Kairat Ospanov"])
    }

    @Test func aLawyerWhoIsTheSubjectIsActedOn() {
        let told = read("Ms Bekova's lawyer, Saltanat Omarova, was stopped at Astana airport on 2 October 2025 and told that she was barred from leaving the country.")
        #expect(told.first?.eventType == .travelRestriction)
        #expect(told.first?.persons == ["Saltanat Omarova"])
    }

    @Test func aRefusalToComplyAndTheCourseOfATransferAreNoActs() {
        let told = read("22 февраля 2025 года в связи с отказом выполнить законные требования сотрудников полиции 23 участника митинга были доставлены в Управление полиции Уральска.")
        #expect(told.map(\.eventType) == [.detention])
        let finding = read("12 марта 2025 года суд установил, что в ходе доставления участников митинга подсудимый толкнул сотрудника полиции.")
        #expect(!finding.contains { $0.eventType == .detention })
    }

    @Test func placedInCustodyOnTheFifthOfApril() {
        let told = read("On the 5th of April 2025, the investigative court of Aktau placed Nurlan Seitov in custody for two months.")
        #expect(told.map(\.eventType) == [.pretrialDetention])
        #expect(told.first?.date == day(2025, 4, 5))
    }

    @Test func relativeTimesAfterAMonthToldAlone() {
        let week = read("""
        In early March 2025 the Almaty police opened a criminal case against Daniyar Kenzhebekov under Article 274.
        A week later investigators searched his flat in Almaty.
        """)
        #expect(week.last?.eventType == .searchOfPremises)
        #expect(week.last?.date == (try? PartialDate(year: 2025, month: 3)))
        let months = read("""
        In November 2024 Nurlan Abdrakhmanov was sentenced to five years in prison in Turkistan.
        Two months after the verdict, human rights defenders recognised him as a political prisoner.
        """)
        #expect(months.last?.date == (try? PartialDate(year: 2025, month: 1)))
    }

    @Test func aPhotographersRoleIsNoPartOfTheName() {
        let told = read("3 марта 2025 года фотографа Данияра Касымова двое неизвестных избили у подъезда его дома в Алматы.")
        #expect(told.first?.persons == ["Данияр Касымов"])
    }

    @Test func aSearchWarrantToldInPassingIsNoSearch() {
        #expect(read("13 марта 2025 года адвокат заявил: «Кроме постановления об обыске, нам не показали ни одного документа».").isEmpty)
        // (Officers who came with one searched.)
        let searched = read("14 апреля 2025 года в редакцию газеты «Жайык Таймс» пришли сотрудники полиции с постановлением об обыске.")
        #expect(searched.map(\.eventType) == [.searchOfPremises])
    }

    @Test func anAkimatRejectingTheNoticeOfAUnionNamedBefore() {
        let told = read("""
        Miners near Karaganda tried to register an independent union, "Yntymak", on 3 March 2025.
        The union then notified the city authorities of a picket to be held on 1 May 2025.
        On 24 April 2025 the akimat of Karaganda rejected the notice, stating that the site was occupied.
        """)
        #expect(told.last?.eventType == .assemblyRefused)
        #expect(told.last?.organizations == ["Yntymak"])
        let federation = read("""
        The Federation of Independent Trade Unions "Adal Enbek" was fined in Almaty on 3 March 2025.
        On 27 October 2025, police officers searched the Federation's office on Zheltoksan Street.
        """)
        #expect(federation.last?.organizations == ["Federation of Independent Trade Unions \"Adal Enbek\""])
    }
}
