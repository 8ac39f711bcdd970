import CivicModel
import Testing
@testable import ReportReader

/// A bar association's news item (round 85, h289), an exile's blog post (h290), an NGO's "individuals at risk" sidebar (h291),
/// a video address's transcript (r169), an akimat's official reply to a rally notice (r170) and a journalist's post on
/// surveillance (r171). Sentences of our own in those styles.
@Suite struct LettersAndTranscriptsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aLettersPoliteYouIsItsAddressee() {
        let letter = read("""
        АКИМАТ ГОРОДА ТАРАЗА

        Исх. № ТР-2026-00101
        от 12.03.2026 г.

        На вх. № ТР-2026-00101 от 05.03.2026 г.

        Гр. Досову А.К.

        Уважаемый Арман Кайратович!

        Акимат города Тараза отказывает в согласовании проведения пикета, заявленного Вами на 20 марта 2026 года.

        10 октября 2025 года прокуратурой города Тараза Вам объявлено официальное предостережение.
        """)
        #expect(letter.map(\.eventType) == [.assemblyRefused, .warning])
        // (The letter's own refusal is of the day it went out, not of the request's, nor of the picket's.)
        #expect(letter.map(\.date) == [day(2026, 3, 12), day(2025, 10, 10)])
        #expect(letter.allSatisfy { $0.persons.count == 1 && $0.persons[0].hasSuffix("Досов") })
        // (Not the acronym of a body: the paper's number.)
        #expect(letter.allSatisfy { !$0.organizations.contains("ТР") })
    }

    @Test func aRefusalsDayIsThatOfItsPaper() {
        let list = read("Также напоминаем, что ранее Вами направлялись уведомления, по которым были приняты решения об отказе в согласовании:\n1) уведомление вх. № 1187 от 12.04.2024 г. о проведении митинга 26.04.2024 г. – отказано письмом исх. № 1187 от 19.04.2024 г.;\n2) уведомление вх. № 3352 от 30.08.2024 г. о проведении пикета 13.09.2024 г. – отказано письмом исх. № 3352 от 05.09.2024 г.")
        // (The lead-in sums up what the items tell one by one.)
        #expect(list.map(\.eventType) == [.assemblyRefused, .assemblyRefused])
        #expect(list.map(\.date) == [day(2024, 4, 19), day(2024, 9, 5)])
    }

    @Test func aWarningsOwnConditionIsNoCondition() {
        let warned = read("Вчера, 16 февраля 2025 года, к моему брату Асхату Досову пришли полицейские и вручили ему официальное предостережение: мол, если будет выходить на митинги, его арестуют.")
        #expect(warned.map(\.eventType) == [.warning])
        // (A condition before the act still makes it one that may be: "Если акимат откажет, мы выйдем на площадь".)
        #expect(read("Если акимат 20 марта 2025 года откажет в согласовании митинга, мы выйдем на площадь.").isEmpty)
    }

    @Test func whatPeopleWentAheadDespiteIsNoAct() {
        let told = read("16 октября 2025 года, несмотря на отказ в согласовании, у здания акимата собралась группа членов объединения; активистку Айгерим Досову доставили в отдел полиции.")
        #expect(told.map(\.eventType) == [.detention])
    }

    @Test func aPlacedSectionLabelIsAHeading() {
        let item = read("""
        Taraz: a licence suspended

        On 14.03.2025 the qualification commission suspended the licence of Taraz advocate Zhanar Temirbekova for six months.
        """)
        #expect(item.count == 1)
        #expect(item.first?.persons == ["Zhanar Temirbekova"])
    }

    @Test func countsOfHowOftenAreNoActs() {
        #expect(read("According to the Commission, in 2024 advocates were summoned for questioning at least nine times.").isEmpty)
        #expect(read("Of more than 6,000 licensed advocates, only 12 had their licences suspended in 2024.").isEmpty)
        // (The last of a few told is an act; so is an act on someone whose videos were viewed many times.)
        #expect(read("The Justice Department has refused to register Jasyl Qala three times, most recently in August 2023.").map(\.eventType) == [.registrationDenied])
        #expect(read("Blogger Arman Dosov, whose videos have been viewed more than 200,000 times, was detained in Taraz on 3 May 2025.").map(\.eventType) == [.detention])
    }

    @Test func themAfterACrowdCountedInWordsIsTheCrowd() {
        let story = read("""
        Zhanar Temirbekova runs Jasyl Qala in Taraz. In August 2025 a court in Taraz fined Zhanar Temirbekova 100 MCI.

        On 8 March 2026 about twenty women from the Jasyl Qala initiative gathered at the monument in Taraz. Police surrounded them and forced them to disperse within fifteen minutes.
        """)
        let dispersal = story.first { $0.eventType == .assemblyDispersed }
        #expect(dispersal?.persons == [])
        // (Someone with a crowd is still "her": "she went to the square with about forty workers".)
        let arrest = read("""
        On 11 April 2026 Zhanar Temirbekova went to the square in Taraz with about forty workers. The next morning the Taraz court gave her fifteen days of administrative arrest.
        """)
        #expect(arrest.first { $0.eventType == .administrativeArrest }?.persons == ["Zhanar Temirbekova"])
    }

    @Test func aNameEndsWithItsShortLine() {
        let post = read("""
        Notes from exile

        By Zhanar Temirbekova
        Vilnius, 21 March 2026

        At 11:40 on 8 March 2024 police detained me, Zhanar Temirbekova, at the monument in Taraz.
        """)
        #expect(post.first?.persons == ["Zhanar Temirbekova"])
        // (A long line wrapped, as a PDF's text is, does not end a name.)
        let wrapped = read("On 13 November 2015 the Taraz court fined the editor of the Jasyl Qala newspaper, its journalist Zhanar\nTemirbekova, 100 MCI for an article about land sales.")
        #expect(wrapped.first?.persons == ["Zhanar Temirbekova"])
    }

    @Test func theYearSaidOutweighsTheYearsCounted() {
        let post = read("""
        Vilnius, 21 March 2026

        On 8 March 2024 police in Taraz detained me. Two years after my first detention, on 8 March this year, police in Taraz detained activist Zhanar Temirbekova.
        """)
        #expect(post.map(\.date) == [day(2024, 3, 8), day(2026, 3, 8)])
    }

    @Test func aColumnOfNamesHoldsPeopleOrBodies() {
        let table = read("""
        Дата; Город; Ф.И.О. / организация; Что произошло; Статья; Итог
        11.01.2025; Тараз; Досов Арман Кайратович, гражданский активист; задержан полицией у здания акимата во время одиночного пикета; ч. 6 ст. 488 КоАП РК; 10 суток ареста
        03.03.2025; Тараз; инициативная группа «Жасыл Қала»; акимат отказал в согласовании марша; —; отказ
        """)
        #expect(table.first?.persons == ["Досов Арман Кайратович"])
        #expect(table.first?.organizations == [])
        #expect(table.contains { $0.eventType == .assemblyRefused && $0.organizations == ["Жасыл Қала"] })
    }

    @Test func aDayWithItsYearInTwoFigures() {
        let search = read("22.02.25 в Таразе полиция провела обыск в квартире журналистки Айгуль Досовой.")
        #expect(search.first?.date == day(2025, 2, 22))
    }

    @Test func anOrdinalDayAfterADayToldIsOfItsMonth() {
        let refusal = read("The documents were submitted to the Justice Department in Taraz on Jan. 6, 2025; on the 21st the department refused to register Jasyl Qala.")
        #expect(refusal.first?.date == day(2025, 1, 21))
        // (Without a day of publication, a spoken ordinal with a capital names a court, no day: "the Second City Court".)
        let court = read("On 18 February 2021 the Second City Court of Taraz fined activist Arman Dosov 50 MCI.")
        #expect(court.first?.date == day(2021, 2, 18))
    }

    @Test func aReasonsDayIsNotTheActs() {
        let told = read("TARAZ, June 2, 2025 – A court in Taraz on May 30 fined activist Zhanar Temirbekova 196,600 tenge. The same court sentenced the group's coordinator, Arman Dosov, to 15 days of administrative arrest, as he had already been fined in January for a picket.")
        #expect(told.first { $0.eventType == .administrativeArrest }?.date == day(2025, 5, 30))
    }

    @Test func aPetitionsNumberedDemandIsNoAct() {
        #expect(read("3. Дать правовую оценку действиям полиции при разгоне собрания 14 марта 2025 года в Таразе.").isEmpty)
    }

    @Test func aHabitsAdjectiveIsNoHabit() {
        let suspended = read("15 января 2026 г. — суд приостановил выпуск газеты «Жасыл Қала» на три месяца за «систематические нарушения».")
        #expect(suspended.map(\.eventType) == [.organizationSuspended])
    }
}
