import CivicModel
import Testing
@testable import ReportReader

/// Round 53's pair (a lawyer's blog with a timeline; a defender's Telegram channel) and round 54's first pair (a
/// Freedom-House-style country report; a prosecutor's reply letter to an NGO): the rules their misses asked for, in
/// sentences of our own.
@Suite struct BlogsChannelsAndLettersTests {
    // MARK: A lawyer's timeline

    @Test func aTimelineEntryWithAClockTimeIsStillAnEntry() {
        let blog = read("""
        Notes from the defence, 20 June 2025

        3 March. At 7:15 a.m. four officers search his flat and take away a laptop. The same morning Bolat Seitkali is \
        taken to the police and held for six hours.
        """)
        #expect(blog.map(\.eventType) == [.searchOfPremises, .detention])
        #expect(blog.first?.date == (try? PartialDate(year: 2025, month: 3, day: 3)))
        #expect(HistoricalPresent.opensAnEntry(tokens("3 March. At 7:15 a.m. officers search the flat.")))
        // Near miss: a clock time alone is no day.
        #expect(!HistoricalPresent.opensAnEntry(tokens("At 7:15 a.m. officers search the flat.")))
    }

    @Test func aCaseRegisteredAgainstNoOneIsAgainstTheOneNotToldOfIt() {
        let blog = read("""
        Notes from the defence, 20 June 2025

        10 February 2025. Police in Aktobe register a pre-trial investigation under Article 274, part 2. Nobody tells \
        Bolat Seitkali.
        """)
        #expect(blog.map(\.eventType) == [.criminalCaseOpened])
        #expect(blog.first?.persons == ["Bolat Seitkali"])
        // Near miss: two people named after it are not told apart.
        let two = read("""
        Notes, 20 June 2025

        10 February 2025. Police in Aktobe register a pre-trial investigation under Article 274. Nobody tells Bolat \
        Seitkali or Aizhan Omarova.
        """)
        #expect(two.first?.persons == [])
    }

    @Test func aChargeWithNoArticleAfterIt() {
        let entries = read("On 6 March 2025 activist Bolat Seitkali was formally charged and refused to testify. On 9 March 2025 Aizhan Omarova was charged.")
        #expect(entries.map(\.eventType).prefix(2) == [.charged, .charged])
        #expect(entries.first?.persons == ["Bolat Seitkali"])
    }

    @Test func anInvertedConditionTellsNoAct() {
        #expect(read("Had the investigator charged Bolat Seitkali under part 4 on 6 March 2025, he would now face ten years.").isEmpty)
        // Near miss: "had" inside a sentence is a past perfect.
        #expect(read("On 6 March 2025 the investigator had charged Bolat Seitkali under Article 274.").map(\.eventType) == [.charged])
    }

    @Test func theProsecutorsAppealTurnedDownIsNoActAgainstAnyone() {
        #expect(read("On 4 May 2025 the prosecutor's appeal against the sentence of Bolat Seitkali was dismissed.").isEmpty)
        #expect(read("On 5 May 2025 the prosecutor's appeal, which asked for a harsher sentence, was dismissed as well.").isEmpty)
        // Near miss: the person's own appeal, told with a clause between it and its fate, is an act.
        let own = read("On 6 May 2025 the appeal of Bolat Seitkali, which his lawyer filed after the verdict, was dismissed.")
        #expect(own.map(\.eventType) == [.other])
        #expect(own.first?.persons == ["Bolat Seitkali"])
    }

    @Test func takenOffATrainOnTheWayIsADetention() {
        let stopped = read("On 12 October 2024 two pensioners, Gulnar Sadykova and Aliya Nurova, were taken off a train in Shymkent by police.")
        #expect(stopped.map(\.eventType) == [.detention])
        #expect(stopped.first?.persons == ["Gulnar Sadykova", "Aliya Nurova"])
    }

    @Test func aTermOfTheSentenceIsNoTravelBanOfItsOwn() {
        let verdict = read("""
        On 3 July 2025 a court in Oral sentenced blogger Bolat Seitkali to two years of restriction of freedom. Under the \
        terms of his sentence he is barred from leaving the city.
        """)
        #expect(verdict.map(\.eventType) == [.conviction])
        // Near miss: a ban of its own is one.
        #expect(read("On 4 July 2025 border guards barred activist Bolat Seitkali from leaving the country.").map(\.eventType) == [.travelRestriction])
    }

    @Test func anEditionNamedAfterTheYearItComesOutTellsTheYearBefore() {
        let report = read("""
        Freedom in the World 2026 – Country Report

        On February 11, police in Almaty searched the offices of the news site Kala Times.
        """)
        #expect(report.first?.date == (try? PartialDate(year: 2025, month: 2, day: 11)))
        // Near miss: another annual report names the year it tells of.
        let annual = read("Annual Report 2026\n\nOn February 11, police in Almaty searched the offices of the news site Kala Times.")
        #expect(annual.first?.date == (try? PartialDate(year: 2026, month: 2, day: 11)))
    }

    // MARK: A channel's posts

    @Test func aChannelsPostsTakeTheFirstYearTheTextWrites() {
        let channel = read("""
        Канал правозащитницы

        03.06, 09:40
        Утром у акимата Атырау полицейские задержали Ербола Сапарова.

        04.06, 18:10
        Напомню, что в июне прошлого года Ербола уже оштрафовали на 20 МРП.

        05.06, 12:00
        Атырау, 5 июня 2025 г. Сегодня суд арестовал Ербола Сапарова на 10 суток.
        """)
        #expect(channel.map(\.date) == [
            try? PartialDate(year: 2025, month: 6, day: 3), try? PartialDate(year: 2024, month: 6), try? PartialDate(year: 2025, month: 6, day: 5),
        ])
        #expect(YearAhead.firstYear(in: Array("Пост от 03.06. Атырау, 5 июня 2025 г.".unicodeScalars)[...]) == 2025)
        // Near miss: a bare number is no year, nor a year of birth in figures beside no month.
        #expect(YearAhead.firstYear(in: Array("Собрали 2025 подписей.".unicodeScalars)[...]) == nil)
    }

    @Test func aNameBeforeADashAndAnOutcomeIsInTheDative() {
        let outcome = read("""
        12 мая 2025 года суд рассмотрел дела. Ербол Сапаров и Дана Ахметова признаны виновными по ч. 6 ст. 488 КоАП. Ерболу \
        Сапарову — 10 суток административного ареста, Дане Ахметовой — штраф 50 МРП.
        """)
        #expect(outcome.map(\.persons) == [["Ербол Сапаров"], ["Дана Ахметова"]])
        #expect(outcome.allSatisfy { $0.legalProvisions.map(\.article) == ["488"] })
        // Near miss: a name before a dash and a description is as written.
        let defined = read("Гульназ Сейтказиева — инженер-эколог. 3 марта 2025 года её задержали в Атырау.")
        #expect(defined.first?.persons == ["Гульназ Сейтказиева"])
    }

    @Test func aCourtBulletinsCriminalSentenceWithoutAVerb() {
        let bulletin = read("13 мая 2025 года суд вынес приговоры. Ерлану Садыкову — пять лет ограничения свободы.")
        #expect(bulletin.map(\.eventType) == [.conviction])
        #expect(bulletin.first?.persons == ["Ерлан Садыков"])
    }

    @Test func whatTheInvestigatorAskedForIsNoAct() {
        let remand = read("16 мая 2025 года суд поместил Ербола Сапарова под домашний арест. Следователь просил содержание под стражей, суд не согласился.")
        #expect(remand.map(\.eventType) == [.houseArrest])
    }

    // MARK: A prosecutor's letter

    @Test func aLettersAddresseeAndItsSubjectAreNoIncident() {
        let letter = read("""
        Уважаемая Айжан Маратовна!

        Прокуратурой области рассмотрен Ваш запрос о привлечении к административной ответственности участников собраний.
        """)
        #expect(letter.isEmpty)
    }

    @Test func aCitizenAndAYearOfBirthInAnOfficialLetter() {
        let letter = read("""
        Тем же постановлением суда от 12.03.2025 г. гр. Серикова Айжан Маратовна, 1994 г.р., и гр. Оспанова Дана \
        Ериковна, 1999 г.р., привлечены к административной ответственности по ч. 1 ст. 488 КоАП РК в виде штрафа в \
        размере 20 МРП каждая.
        """)
        #expect(letter.count == 1)
        #expect(letter.first?.persons == ["Серикова Айжан Маратовна", "Оспанова Дана Ериковна"])
        #expect(letter.first?.date == (try? PartialDate(year: 2025, month: 3, day: 12)))
    }

    @Test func aCaseRegisteredOverSomeonesPostIsAgainstThem() {
        let letter = read("""
        11.06.2025 г. отделом полиции зарегистрировано в Едином реестре досудебных расследований уголовное дело по ч. 2 \
        ст. 274 УК РК по факту размещения гр. Садыковым Ерланом Болатовичем публикации в социальной сети.
        """)
        #expect(letter.map(\.eventType) == [.criminalCaseOpened])
        #expect(letter.first?.persons == ["Садыков Ерлан Болатович"])
        // Near miss: a case over damage done is about a crime, against no one acted on.
        #expect(read("11.06.2025 г. полицией возбуждено уголовное дело по факту порчи имущества Ерлана Садыкова.").isEmpty)
    }

    @Test func liabilityOfNoKindNamedIsDecidedByWhatItGave() {
        let fine = read("22.07.2025 г. Садыков Е.Б. постановлением суда привлечен к ответственности по ст. 434 КоАП РК в виде штрафа в размере 5 МРП.")
        #expect(fine.map(\.eventType) == [.fine])
        // Near miss: without a sanction it is no act.
        #expect(read("22.07.2025 г. Садыков Е.Б. привлечен к ответственности.").isEmpty)
    }

    @Test func aPlannedCaseAndACountOfCasesAreNoActs() {
        #expect(read("""
        Сведения о том, что в отношении гр. Сапарова Ербола 3 марта 2025 г. планируется возбуждение уголовного дела, не \
        соответствуют действительности.
        """).isEmpty)
        #expect(read("В 2025 году по ст. 174 УК РК зарегистрировано 2 уголовных дела.").isEmpty)
    }

    @Test func aRefusalIsOfThoseWhoFiledTheNoticeJustBefore() {
        let letter = read("""
        1. Уведомление группы граждан в лице Сапаровой Айжан Ериковны о проведении 01.05.2025 г. митинга в г. Уральске \
        рассмотрено в срок. Письмом акимата г. Уральска от 25.04.2025 г. в проведении мероприятия отказано.
        """)
        #expect(letter.map(\.eventType) == [.assemblyRefused])
        #expect(letter.first?.persons == ["Сапарова Айжан Ериковна"])
    }
}

/// Round 53's interview (a Russian Q&A with an activist just released): the rules its misses asked for.
@Suite struct InterviewAnswersTests {
    @Test func anAnswersActsOnNoOneNamedAreTheSpeakers() {
        let interview = read("""
        ИНТЕРВЬЮ

        Ербол Сапаров: «Я ни о чём не жалею»

        Беседовала Дана Омарова
        10.11.2025

        Активист из Атырау Ербол Сапаров вышел на свободу в октябре.

        — Меня выпустили из колонии в Павлодарской области 20 октября, день в день.

        — 5 марта 2024 года, рано утром, в дверь позвонили. Обыск шёл три часа. Потом меня отвезли в полицию.

        — На митингах меня задерживали раз пять, пару раз штрафовали.

        — Через два дня следователь предъявил мне обвинение. А на следующий день следственный судья дал санкцию на арест.
        """)
        #expect(interview.map(\.eventType) == [.release, .searchOfPremises, .detention, .charged, .pretrialDetention])
        #expect(interview.allSatisfy { $0.persons == ["Ербол Сапаров"] })
        #expect(interview.first?.date == (try? PartialDate(year: 2025, month: 10, day: 20)))
        // Near misses: the interviewer's own paragraph, and an answer's act on others, are not the speaker's.
        let others = read("""
        ИНТЕРВЬЮ

        Ербол Сапаров: «Я ни о чём не жалею»

        Беседовала Дана Омарова
        10.11.2025

        Мы говорили в его доме. 5 марта 2024 года, рано утром, в дверь позвонили. Обыск шёл три часа.

        — Я тогда был в Уральске. 6 марта 2024 года в Атырау задержали троих журналистов.
        """)
        #expect(others.count == 2)
        #expect(others.allSatisfy { $0.persons.isEmpty })
    }

    @Test func theNextStepOfTheMorningIsOfItsDay() {
        let story = read("""
        Новости, 10.11.2025

        17 октября 2023 года полиция провела обыск у активиста Ербола Сапарова. Потом его посадили в машину и отвезли в \
        департамент полиции. Затем суд оштрафовал его на 20 МРП.
        """)
        #expect(story.map(\.eventType) == [.searchOfPremises, .detention, .fine])
        #expect(story.map(\.date) == [try? PartialDate(year: 2023, month: 10, day: 17), try? PartialDate(year: 2023, month: 10, day: 17), nil])
    }

    @Test func aStorysTopicIsNoAct() {
        #expect(read("10.11.2025 активист рассказал, как проходили обыск и суд.").isEmpty)
    }

    @Test func aCountOfTimesNearAnActIsAHistory() {
        #expect(RussianParagraphReader.countsTimes(near: 1, in: tokens("меня задерживали раз пять")))
        // Near miss: the last of several refusals, with its day, is an act.
        let refused = read("Фонду «Ана» в Павлодаре было отказано в регистрации трижды, в последний раз — 14 апреля 2025 года.")
        #expect(refused.map(\.eventType) == [.registrationDenied])
    }
}

/// Round 54's second pair (a UN allegation letter; a regional paper's court chronicle): the rules its misses asked for.
@Suite struct AllegationLettersAndChroniclesTests {
    @Test func aWritingsDayIsNoDayTheStoryCountsFrom() {
        let letter = read("""
        Letter of 12 June 2025

        On 21 February 2025, police searched the flat of Aizhan Omarova. The warrant referred to an article of 10 February \
        2025 on a tender. Three days later, Aizhan Omarova was charged under article 274, part 4, of the Criminal Code.
        """)
        #expect(letter.map(\.date) == [try? PartialDate(year: 2025, month: 2, day: 21), try? PartialDate(year: 2025, month: 2, day: 24)])
        // Near miss: a day told of an act, not of a writing, is one the story counts from.
        #expect(!ParagraphReader.datesAWriting(3...5, in: tokens("Police came on 10 February 2025")))
    }

    @Test func criminalProceedingsInitiatedAndARefusalToReRegister() {
        let letter = read("""
        On 3 March 2025, the police initiated criminal proceedings against Mr. Bolat Seitkali under article 405, part 2. In \
        April 2025, the Department of Justice of Shymkent refused to re-register the Adal Bureau.
        """)
        #expect(letter.map(\.eventType) == [.criminalCaseOpened, .registrationDenied])
        #expect(letter.first?.persons == ["Bolat Seitkali"])
    }

    @Test func theDecisionsAfterAHearingTheNextDayAreOfThatDay() {
        let chronicle = read("""
        Газета, четверг, 10 апреля 2025 года

        Во вторник в Екибастузе полицейские задержали Ерболата Жумабаева.

        Уже на следующий день дело рассмотрел суд. Жумабаеву назначили 10 суток административного ареста.
        """)
        #expect(chronicle.map(\.date) == [try? PartialDate(year: 2025, month: 4, day: 8), try? PartialDate(year: 2025, month: 4, day: 9)])
        // Near miss: a sentence about something else heard is no hearing of a case.
        #expect(!RussianParagraphReader.hearsACase(tokens("Суд рассмотрел ходатайство защиты")))
    }

    @Test func anAppealIsNotDatedPastTheDayOfPublication() {
        let chronicle = read("""
        Газета, четверг, 10 апреля 2025 года

        В прошлую пятницу городской суд вынес приговор блогеру Мирасу Абдрахманову и приговорил его к двум годам \
        ограничения свободы.

        Областной суд 3 апреля отменил приговор в отношении пенсионера Ерлана Тасбулатова и оправдал его.
        """)
        #expect(chronicle.map(\.date) == [try? PartialDate(year: 2025, month: 4, day: 4), try? PartialDate(year: 2025, month: 4, day: 3)])
    }
}
