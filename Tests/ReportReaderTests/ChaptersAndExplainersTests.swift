import CivicModel
import Testing
@testable import ReportReader

/// The fifty-second round's last pair (a news explainer with a timeline of cases; a Russian annual report's chapter on
/// association with a table of cases): the rules their misses asked for, in sentences of our own.
@Suite struct ChaptersAndExplainersTests {
    // MARK: Years and places of a report

    @Test func aPublishersImprintPlacesAndDatesNothing() {
        let chapter = read("""
        Доклад о свободе объединений за 2024 год
        Алматы, 2025

        ГЛАВА 2

        В сентябре активиста Ерлана Касымова задержали.
        """)
        #expect(chapter.map(\.date) == [try? PartialDate(year: 2024, month: 9)])
        #expect(chapter.first?.locations == [])
        let english = read("Annual report for 2024\n\nAlmaty, 2025\n\nChapter 2\n\nIn September police detained activist Erlan Kasymov.")
        #expect(english.map(\.date) == [try? PartialDate(year: 2024, month: 9)])
        #expect(english.first?.locations == [])
        // Near miss: a town's dateline with a day still dates and places the story.
        let dateline = read("АКТАУ, 14 мая 2025 — Сегодня полиция задержала активиста Ерлана Касымова.")
        #expect(dateline.first?.locations == ["Aktau"])
    }

    @Test func aYearInAFutureOrParticipleClauseDoesNotMoveTheStory() {
        let chapter = read("""
        Доклад за 2024 год

        17 апреля суд приостановил деятельность фонда «Болашак». Прокуратура просила ликвидировать фонд; это ходатайство \
        будет рассмотрено в 2025 году.

        В сентябре объединение «Ак Жол» получило предупреждение.

        12 декабря суд Шымкента приговорил Бахытжана Оразова к двум годам ограничения свободы за участие в движении \
        «Халык», признанном в 2023 году экстремистским. Оразов был задержан ещё 30 сентября.
        """)
        #expect(chapter.map(\.date) == [
            try? PartialDate(year: 2024, month: 4, day: 17), try? PartialDate(year: 2024, month: 9),
            try? PartialDate(year: 2024, month: 12, day: 12), try? PartialDate(year: 2024, month: 9, day: 30),
        ])
        // Near miss: an adjective of a participle's ending is no clause ("общественного объединения"), and a story whose year
        // is not yet known takes it from a relative clause.
        #expect(!RussianParagraphReader.isAttributiveParticiple(tokens("общественного").first!))
        let story = read("""
        Город после Января

        Мы сидим у здания акимата, у которого в январе 2022 года стояли тысячи людей.

        Вечером 4 января в городе Жанаозен отключили мобильный интернет.
        """)
        #expect(story.first?.date == (try? PartialDate(year: 2022, month: 1, day: 4)))
    }

    @Test func aTitlesTownAndItsRegionAreOnePlace() {
        let feed = read("""
        Новости Уральска и ЗКО

        Сегодня, 14 марта 2024 года, полиция задержала активиста Ерлана Касымова.
        """)
        #expect(feed.first?.locations == ["Uralsk"])
        #expect(PlaceRecognizer.narrowed(["Uralsk", "West Kazakhstan Region"]) == ["Uralsk"])
        #expect(PlaceRecognizer.narrowed(["Uralsk", "Atyrau Region"]) == ["Uralsk", "Atyrau Region"])
    }

    @Test func aRussianLineNamingKazakhBodiesIsRussian() {
        let interview = read("""
        «Приговор пишут до суда»: адвокат о делах своих подзащитных

        Бюллетень «Құқық пен Қоғам», выпуск № 6. Интервью записано в Алматы 20 июня 2024 года.

        — Да, в феврале этого года Тимура Байжанова освободили из колонии.
        """)
        #expect(interview.first?.date == (try? PartialDate(year: 2024, month: 2)))
        #expect(RussianWords.script(of: Array("Фонд «Кеншілер ынтымағы» и Құқық Қоғам подали жалобу в суд.".unicodeScalars)[...]) == .russian)
        // Near miss: Kazakh prose, its letters in words of every kind, stays Kazakh.
        #expect(RussianWords.script(of: Array("Сот белсендіні қамауға алды және оған айыппұл салды, бұл туралы хабарланды.".unicodeScalars)[...]) == .kazakh)
    }

    @Test func aListOfReferencesTellsNoActs() {
        let references = read("""
        Доклад за 2024 год

        Примечания
        4. ↑ Активисту вынесли предостережение // Батыс Хабар. — 2021. (Дата обращения: 12 апреля 2025)
        5. Блогер получил 10 суток // Жайық Таңы. — 2022. — 15 января. (Дата обращения: 12 апреля 2025)
        """)
        #expect(references.isEmpty)
    }

    @Test func anAppealComesAfterItsVerdict() {
        let interview = read("""
        «Я так и не дошла до площади»: интервью с активисткой

        — Чем закончилось дело?

        — 11 декабря 2025 года суд Актобе приговорил меня к двум годам ограничения свободы.

        — Вы обжаловали приговор?

        — Конечно. Но 17 февраля областной суд оставил приговор без изменения.
        """)
        #expect(interview.last?.date == (try? PartialDate(year: 2026, month: 2, day: 17)))
        // Near miss: an appeal that names its verdict's own day may be of another verdict.
        #expect(!RussianParagraphReader.upholdsAVerdict(tokens("18 марта коллегия оставила без изменения приговор суда от 23 января")))
    }

    // MARK: Russian tables of cases

    @Test func aRussianTableOfKazakhBodiesIsRead() {
        let table = read("""
        Доклад за 2024 год

        Таблица 1. Случаи

        № | Дата | Объединение / лицо | Регион | Основание | Мера
        1 | 14.03.2024 | ОО «Жасыл Өлке» | г. Алматы | Закон | отказ в регистрации
        2 | 17.04.2024 | ОФ «Құқық Қорғау» | Карагандинская обл. | ч. 2 ст. 489 КоАП | приостановление на 3 мес.
        3 | 03.06.2024 | ОО «Жасыл Өлке» | г. Алматы | то же | повторный отказ
        4 | 09.2024 | ОО «Ақ Жайық» | ЗКО | ч. 1 ст. 489 КоАП | предупреждение
        """)
        #expect(table.map(\.eventType) == [.registrationDenied, .organizationSuspended, .registrationDenied, .warning])
        #expect(table[1].sanctions.first?.kind == .suspension)
        #expect(table[1].sanctions.first?.months == 3)
        #expect(table[3].date == (try? PartialDate(year: 2024, month: 9)))
        #expect(table[3].locations == ["West Kazakhstan Region"])
        #expect(TableReader.monthInFigures(tokens("09.2024")) == (try? PartialDate(year: 2024, month: 9)))
        // Near miss: a version number is no month.
        #expect(TableReader.monthInFigures(tokens("3.14")) == nil)
    }

    @Test func anActOnABodyToldInTheTextAndInTheTableIsOne() {
        let chapter = read("""
        Доклад за 2024 год

        В сентябре объединение «Ақ Жайық» получило предупреждение по ч. 1 ст. 489 КоАП.

        17 апреля суд оштрафовал директора фонда Гульнар Сейтову на 50 МРП по ч. 1 ст. 489 КоАП.

        № | Дата | Объединение / лицо | Регион | Основание | Мера
        1 | 09.2024 | ОО «Ақ Жайық» | ЗКО | ч. 1 ст. 489 КоАП | предупреждение
        2 | 17.04.2024 | Г. Сейтова | Карагандинская обл. | ч. 1 ст. 489 КоАП | штраф 50 МРП
        """)
        #expect(chapter.map(\.eventType).sorted { $0.rawValue < $1.rawValue } == [.fine, .warning])
        #expect(chapter.first { $0.eventType == .fine }?.persons == ["Гульнар Сейтова"])
        #expect(Retellings.isInitialled("Г. Сейтова", "Гульнар Сейтова"))
        #expect(!Retellings.isInitialled("Б. Сейтова", "Гульнар Сейтова"))
    }

    @Test func aNewRefusalIsOfTheKindToldBefore() {
        let chapter = read("""
        Доклад за 2024 год

        14 марта департамент юстиции отказал в регистрации объединению «Жасыл Өлке». Учредители подали документы повторно, \
        однако 3 июня последовал новый отказ.
        """)
        #expect(chapter.map(\.eventType) == [.registrationDenied, .registrationDenied])
        #expect(chapter.last?.date == (try? PartialDate(year: 2024, month: 6, day: 3)))
        // Near miss: with no refusal told before, "новый отказ" is no act.
        #expect(read("Доклад за 2024 год\n\nОднако 3 июня последовал новый отказ.").isEmpty)
    }

    @Test func suspensionForMonthsIsNoBan() {
        let suspension = read("Доклад за 2024 год\n\n17 апреля суд приостановил на три месяца деятельность фонда «Болашак» по ч. 2 ст. 489 КоАП.")
        #expect(suspension.first?.eventType == .organizationSuspended)
        #expect(suspension.first?.sanctions.map(\.kind) == [.suspension])
        #expect(suspension.first?.sanctions.first?.months == 3)
        // Near miss: a ban on activity stays a ban.
        let ban = read("Доклад за 2024 год\n\n17 апреля суд приговорил Ерлана Касымова к запрету заниматься общественной деятельностью на пять лет.")
        #expect(ban.first?.sanctions.contains { $0.kind == .banOnActivity } == true)
    }

    // MARK: Russian names and bodies

    @Test func aListOfNamesSharesItsCase() {
        let nominative = read("Доклад за 2024 год\n\n5 мая в Атырау Ерболат Кудайбеков, Сабина Ахметова и Нуржан Тлеуов были оштрафованы на 100 МРП.")
        #expect(nominative.first?.persons == ["Ерболат Кудайбеков", "Сабина Ахметова", "Нуржан Тлеуов"])
        let accusative = read("Доклад за 2024 год\n\n5 мая суд в Атырау оштрафовал Ерболата Кудайбекова, Сабину Ахметову и Нуржана Тлеуова на 100 МРП.")
        #expect(accusative.first?.persons == ["Ерболат Кудайбеков", "Сабина Ахметова", "Нуржан Тлеуов"])
        // And "Марию" is "Мария".
        let maria = read("Доклад за 2024 год\n\n5 мая суд Алматы оштрафовал Дину Оспанову и Марию Ли на 20 МРП каждую.")
        #expect(maria.first?.persons == ["Дина Оспанова", "Мария Ли"])
    }

    @Test func aGivenNameTheListDoesNotKnowIsRememberedWithItsSurname() {
        let acts = read("Доклад за 2025 год\n\n5 марта утром в квартиру блогера Сагынбека Абилова пришли с обыском. После обыска Сагынбека увезли в полицию и задержали.")
        #expect(acts.map(\.persons) == [["Сагынбек Абилов"], ["Сагынбек Абилов"]])
    }

    @Test func wordsQuotedInLowerCaseAreNoBody() {
        let found = RussianOrganizationRecognizer.organizations(in: tokens("за то, что фонд «вёл деятельность, не соответствующую уставу»"))
        #expect(found.isEmpty)
        let named = RussianOrganizationRecognizer.organizations(in: tokens("деятельность фонда «Болашак»"))
        #expect(named.map(\.name) == ["Болашак"])
    }

    @Test func givingUpRegistrationIsNoRefusal() {
        let hope = read("Доклад за 2024 год\n\nЛидер группы не исключает, что им придётся отказаться от попыток регистрации.")
        #expect(hope.isEmpty)
        let refusal = read("Доклад за 2024 год\n\nВ августе министерство отказало в регистрации партии «Ел Болашағы».")
        #expect(refusal.map(\.eventType) == [.registrationDenied])
    }

    @Test func othersCountedAreNotThoseNamedBefore() {
        let acts = read("""
        Доклад за 2024 год

        5 мая в Атырау Ерболат Кудайбеков и Нуржан Тлеуов были оштрафованы на 100 МРП. Ещё двое участников группы, по их \
        словам, получили предупреждения.
        """)
        #expect(acts.last?.eventType == .warning)
        #expect(acts.last?.persons == [])
    }

    @Test func aBodysSearchIsNotThePersonsBefore() {
        let acts = read("""
        Доклад за 2024 год

        5 мая в Атырау оштрафовали Ерболата Кудайбекова на 100 МРП.

        25 ноября полиция провела обыск в офисе фонда «Ашық Дала» в рамках проверки его источников финансирования.
        """)
        #expect(acts.last?.eventType == .searchOfPremises)
        #expect(acts.last?.persons == [])
        #expect(acts.last?.organizations == ["Ашық Дала"])
    }

    // MARK: English explainers

    @Test func aHeadlinesActsWithNoOneAreATeaser() {
        let story = read("""
        Posted, fined, charged: what lies behind the new wave of cases

        By Aliya Nurova | The Steppe Post | 18 March 2025

        On Monday a court in Shymkent fined Nurlan Abenov 50 MCI.
        """)
        #expect(story.map(\.eventType) == [.fine])
        #expect(story.first?.persons == ["Nurlan Abenov"])
    }

    @Test func theDateOfTheDeadAnActRemembersIsNotItsOwn() {
        let tracker = read("""
        Press freedom tracker, last updated 30 April 2025

        Streamer held after memorial rally
        4 January 2025
        Almaty
        Police detained blogger Nurlan Kaliyev while he streamed a gathering in memory of those killed in January 2022.
        """)
        #expect(tracker.map(\.date) == [try? PartialDate(year: 2025, month: 1, day: 4)])
        #expect(ParagraphReader.datesTheDead(5...6, in: tokens("flowers for the victims of January 2022 were laid")))
        // Near miss: "victims — on 22 January 2026, border guards …" dates the act.
        #expect(!ParagraphReader.datesTheDead(6...8, in: tokens("lawyer for several victims — on 22 January 2026 , guards")))
    }

    @Test func aTreatysArticleInAChaptersHeadingIsNoCaseArticle() {
        let chapter = read("""
        Shadow report for 2016

        The Criminal Code was amended in 2014.

        Article 19: Freedom of expression

        On 23 December 2015 police in Almaty detained journalist Aigul Nurova.
        """)
        #expect(chapter.first?.legalProvisions == [])
        // Near miss: a case's heading with a code's article still gives it.
        let review = read("""
        Monthly review, October 2025

        In October 2025 the monitors attended hearings.

        1. NURLAN BEKOV (AKTOBE)
        Article 274, part 2, Criminal Code

        On 14 October police in Aktobe detained Nurlan Bekov.
        """)
        #expect(review.first?.legalProvisions.map(\.article) == ["274"])
    }

    @Test func aCasesSuspectsNamedJustAfterAreItsPeople() {
        let story = read("""
        Report of 20 October 2026.

        On 8 October, police in Shymkent opened a criminal case under Article 400 of the Criminal Code over the gathering. \
        According to the lawyer, the movement's treasurer, Zhanar Baimukova, has been questioned as a suspect.
        """)
        #expect(story.first?.persons == ["Zhanar Baimukova"])
        // Near miss: a witness named after the case is not its suspect.
        let witness = read("""
        Report of 20 October 2026.

        On 8 October, police in Shymkent opened a criminal case under Article 400 of the Criminal Code over the gathering. \
        The movement's treasurer, Zhanar Baimukova, was questioned as a witness.
        """)
        #expect(witness.first?.persons == [])
        let outlet = read("Доклад за 2024 год\n\n11 апреля департамент полиции возбудил уголовное дело по ч. 2 ст. 274 УК «по факту» публикации на сайте «Тобол-Инфо».")
        #expect(outlet.first?.organizations == ["Тобол-Инфо"])
    }

    @Test func lastJuneIsTheLastJuneBeforePublication() {
        let interview = read("""
        Recorded in Almaty on 16 January 2026.

        Q: Your client Timur was detained on 12 March 2024. What happened next?

        A: He was fined. It was a long year.

        Q: LAST MAY DAY WAS TENSE IN ALMATY. WERE YOU THERE?

        A: Yes. Police detained my client Ayan Kenzhebayev on 1 May outside the square.
        """)
        #expect(interview.last?.date == (try? PartialDate(year: 2025, month: 5, day: 1)))
        let published = try! PartialDate(year: 2026, month: 1, day: 16)
        #expect(ParagraphReader.yearOfLastMonth(tokens("Last June there were protests."), published: published) == 2025)
        // Near miss: "at last" before a word that is no month.
        #expect(ParagraphReader.yearOfLastMonth(tokens("At last Police arrived."), published: published) == nil)
    }

    @Test func aBlogsTimelineClosesItsDaysWithAStop() {
        let blog = read("""
        Posted on 14 July 2025

        15 May 2025. Verdict. Judge A. Mukhanov finds Yerlan Abdikarov guilty and sentences him to two years of restriction \
        of freedom.
        """)
        #expect(blog.map(\.eventType) == [.conviction])
        #expect(blog.first?.date == (try? PartialDate(year: 2025, month: 5, day: 15)))
        #expect(HistoricalPresent.opensAnEntry(tokens("15 May. Verdict.")))
        // Near miss: a sentence that opens with a word is no entry.
        #expect(!HistoricalPresent.opensAnEntry(tokens("Verdict. Judge A. Mukhanov finds him guilty.")))
    }

    @Test func theDayOfTheMonthNamedIsTheActs() {
        let story = read("""
        By Aliya Nurova | 18 March 2025

        On Monday a court fined Nurlan Abenov 50 MCI. Abenov had already spent a night at a police station in January: \
        officers detained him on 22 January after he posted a video.
        """)
        #expect(story.last?.date == (try? PartialDate(year: 2025, month: 1, day: 22)))
    }

    @Test func aTimelinesPresentTenseAndMonthEntries() {
        let timeline = read("""
        By Aliya Nurova | 18 March 2025

        3 February — Astana. Police open a criminal case under Article 274, part 2, over posts on a Telegram channel. Two \
        days later, a court remands the channel's administrator, Timur Zhaksyev, in custody for two months.

        February — Taraz. Prosecutors issue an official warning to activist Gaukhar Mamyrova over her posts.

        14 March — Aktau. Police close the Article 274 investigation against blogger Bekzat Oraz.
        """)
        #expect(timeline.map(\.eventType) == [.criminalCaseOpened, .pretrialDetention, .warning, .acquittalOrCaseClosed])
        #expect(timeline[1].legalProvisions.map(\.article) == ["274"])
        #expect(timeline[2].date == (try? PartialDate(year: 2025, month: 2)))
        #expect(timeline[3].legalProvisions.map(\.article) == ["274"])
        #expect(timeline[3].legalProvisions.map(\.code) == [.criminal])
    }
}
