import CivicModel
import Foundation
import Testing
@testable import ReportReader

/// Added 2 Dec 2026, thirtieth round (h107–h111 and r28–r30, written by helpers unseen): a government country report, a
/// civic-space update, a defender's case page with a timeline, a news page in HTML with a script, a month's assembly
/// monitoring; in Russian a media-freedom month, political prisoners' cards of labelled fields, a trial day's story. Every
/// text here is written for the test.
@Suite struct CasePagesAndContrastsTests {
    @Test func aScriptsLessThanSignDoesNotHideThePage() throws {
        let html = """
        <html><head><script>for (var i = 0; i < items.length; i++) { go(items[i]); }</script>
        <style>p { color: #222; }</style></head>
        <body><p>On 4 March 2025, police in Aktobe detained the activist Gulzhan Temirova.</p></body></html>
        """
        let document = try ReportDocument.from(data: Data(html.utf8), format: .html, name: "page.html")
        #expect(document.text.contains("detained the activist Gulzhan Temirova"))
        #expect(!document.text.contains("items.length"))
        #expect(ReportReader().read(document).map(\.persons) == [["Gulzhan Temirova"]])
        // A "<" before a space or a figure is text.
        let plain = try ReportDocument.from(data: Data("<html><body><p>Turnout was < 5% and <3 polls.</p></body></html>".utf8), format: .html, name: "page.html")
        #expect(plain.text.contains("Turnout was < 5% and <3 polls."))
    }

    @Test func aLawsDateSetsNoYear() {
        let text = """
        Monthly monitoring: September 2024

        Under the Law "On peaceful assemblies" of 25 May 2020, organisers must notify the akimat in advance.

        On 3 September, the akimat of Taraz refused to agree the notification of the initiative group Taza Su.
        """
        #expect(read(text).map(\.date) == [day(2024, 9, 3)])
    }

    @Test func proceedingsTerminatedAreACaseClosed() {
        let incidents = read("On 9 October 2024, a court in Semey terminated proceedings against the blogger Arman Kassenov.")
        #expect(incidents.map(\.eventType) == [.acquittalOrCaseClosed])
        let dropped = read("On 2 May 2025, a court in Taraz terminated the criminal case against the journalist Dana Ibrayeva, more than a year after the case was opened.")
        #expect(dropped.map(\.eventType) == [.acquittalOrCaseClosed])
    }

    @Test func anInternetCutOrUnavailableIsAShutdown() {
        #expect(read("On 6 May 2024, during a strike in Kulsary, mobile internet service in the whole town was cut for five hours.").map(\.eventType) == [.internetShutdown])
        #expect(read("On 6 May 2024, mobile internet was unavailable in central Aktau for three hours.").map(\.eventType) == [.internetShutdown])
    }

    @Test func preventedFromBoardingIsATravelRestriction() {
        #expect(read("On 2 April 2025, border guards in Atyrau prevented the activist Yerlan Sadykov from boarding a flight to Vilnius.").map(\.eventType) == [.travelRestriction])
    }

    @Test func anAdministrativeOffenceFoundAndFinedIsAFine() {
        let incidents = read("On 5 June 2024, a court in Pavlodar found the blogger Asem Kaliyeva guilty under Article 456-2 of the Code of Administrative Offences and ordered her to pay a fine of 50 MCI.")
        #expect(incidents.map(\.eventType) == [.fine])
        #expect(read("On 5 June 2024, the court ordered four of the picketers to pay fines of 15 MCI each.").map(\.eventType) == [.fine])
    }

    @Test func aCasePageHeadedByANameAloneFollowsThatPersonsCase() {
        let text = """
        CASE HISTORY

        Saltanat Yermekova
        Kazakhstan

        Timeline

        3 March 2024: Police in Taraz registered a criminal case against the human rights defender under Article 274 of the Criminal Code.
        """
        let incidents = read(text)
        #expect(incidents.map(\.persons) == [["Saltanat Yermekova"]])
        #expect(incidents.map(\.eventType) == [.criminalCaseOpened])
    }

    @Test func aPrepositionIsNoGivenName() {
        let text = """
        About Saltanat Yermekova

        On 3 March 2024, police detained her in Taraz.
        """
        #expect(read(text).map(\.persons) == [["Saltanat Yermekova"]])
    }

    @Test func aPrisonerWhoHadDiedIsNoActOfTheSentence() {
        let incidents = read("In 2022, Rauan Temirov was fined 20 MCI for a picket in memory of a prisoner who had died in custody.")
        #expect(incidents.map(\.eventType) == [.fine])
    }

    @Test func aContrastWithWhileKeepsEachActsPeopleAfterAnEarlierSentence() {
        let text = """
        On 3 May 2024, courts in Aktau sentenced nine workers to 10 days of administrative arrest, while the other three received warnings.

        On 14 June 2024, police detained Aruzhan Bekova and two friends in Almaty. The following day, the court sentenced Bekova to 7 days of administrative arrest, while her two companions were each fined 25 MCI.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.administrativeArrest, .warning, .detention, .administrativeArrest, .fine])
        #expect(incidents.last?.persons == [])
        #expect(incidents.last?.date == day(2024, 6, 15))
    }

    @Test func aTimeOfAClauseAboutSomethingElseKeepsTheParagraphsDay() {
        let text = "Police dispersed a rally in Oral on 8 March 2025. At least 15 people were taken to police stations in vans that had stood near the square since the morning."
        #expect(read(text).map(\.date) == [day(2025, 3, 8), day(2025, 3, 8)])
    }

    @Test func sinceADateIsNotTheDayOfAJudgement() {
        let text = """
        Courts in Almaty have handed down jail terms to more than a dozen people over a weekend rally, the harshest response since early 2023.

        On 18 November 2024, the court sentenced the organiser Berik Tulenov to 15 days of administrative arrest.
        """
        #expect(read(text).map(\.date) == [day(2024, 11, 18)])
        // A state begun on the day is of that day.
        #expect(read("Nurbek Saparov has been held under house arrest since 20 February 2026.").map(\.date) == [day(2026, 2, 20)])
    }

    @Test func aNamedMovementWithADescribingWordBeforeItsKind() {
        let incidents = read("On 30 September 2024, the akimat of Atyrau refused to agree a rally planned by the Zhasyl Dala environmental movement.")
        #expect(incidents.map(\.organizations) == [["Zhasyl Dala"]])
    }

    @Test func alsoLetOffWithAWarningAndForcedToDisperse() {
        #expect(read("On 19 November 2024, Raushan Abenova was let off with a warning by the same judge.").map(\.eventType) == [.warning])
        #expect(read("On 14 September 2024, police in Aktobe arrived and forced the residents to disperse.").map(\.eventType) == [.assemblyDispersed])
    }
}

/// The Russian side of the thirtieth round.
@Suite struct CardsAndTrialDaysTests {
    @Test func aCardsFieldsAreSentencesOfItsPersonAndTown() {
        let text = """
        КАРТОЧКА № 1

        ФИО: Жумабеков Арман Серикович
        Город: Костанай
        Статья: ч. 2 ст. 405 УК РК
        Задержан: 3 февраля 2023 года
        Мера пресечения: содержание под стражей в СИЗО г. Костаная
        Приговор: 10 августа 2023 года Костанайский городской суд приговорил Жумабекова к 4 годам лишения свободы
        Освобождён: 5 мая 2024 года по амнистии

        Арман Жумабеков был задержан рано утром у себя дома.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .pretrialDetention, .conviction, .release])
        #expect(incidents.allSatisfy { $0.persons == ["Жумабеков Арман Серикович"] })
        #expect(incidents.allSatisfy { $0.locations.first == "Kostanay" })
        #expect(incidents.map(\.date) == [day(2023, 2, 3), nil, day(2023, 8, 10), day(2024, 5, 5)])
    }

    @Test func lastYearsMonthIsTheYearBeforePublication() {
        let text = """
        15.04.2024, 10:00

        Журналист Олжас Берикбаев был задержан ещё в ноябре прошлого года.
        """
        #expect(read(text).map(\.date) == [try? PartialDate(year: 2023, month: 11)])
    }

    @Test func aDayBeforeTheStorysLastDayIsOfTheNextYearUntilPublication() {
        let text = """
        15.05.2024, 19:10

        Активист Берик Сапаров был задержан 9 декабря 2023 года в аэропорту Алматы. 26 февраля суд изменил Сапарову меру пресечения на домашний арест. 14 марта его сторонник Ержан Оспанов был задержан у акимата.
        """
        let incidents = read(text)
        #expect(incidents.map(\.date) == [day(2023, 12, 9), day(2024, 2, 26), day(2024, 3, 14)])
        #expect(incidents.last?.persons == ["Ержан Оспанов"])
    }

    @Test func aCaseFollowedByPoDeluOwnsItsCaseSentences() {
        let text = """
        АЛМАТЫ, 15 мая 2024. В суде прошло заседание по делу гражданского активиста Дархана Сагындыкова. Свидетель рассказал о видеороликах.

        Уголовное дело по ч. 2 ст. 274 УК РК было возбуждено в октябре прошлого года по заявлению застройщика.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.criminalCaseOpened])
        #expect(incidents.map(\.persons) == [["Дархан Сагындыков"]])
        #expect(incidents.map(\.date) == [try? PartialDate(year: 2023, month: 10)])
    }

    @Test func aRequestAStateAndACountAreNoActs() {
        #expect(read("15 мая 2024 года прокурор попросил признать активиста Ержана Касымова виновным по ч. 3 ст. 274 УК РК и назначить семь лет лишения свободы.").isEmpty)
        #expect(read("15 мая 2024 года Ержан Касымов, находящийся под домашним арестом, дал интервью.").isEmpty)
        #expect(read("По состоянию на 1 июля 2024 года в списке значатся 38 человек, из них 22 осуждены к лишению свободы.").isEmpty)
        #expect(read("Большинство дел возбуждено по статьям 174 и 274 Уголовного кодекса.").isEmpty)
    }

    @Test func aSloganAndAnAccreditationAndAPoliceStationAfterwards() {
        #expect(read("5 марта 2024 года полиция задержала трёх человек с плакатами «Свободу Талгату».").map(\.persons) == [[]])
        #expect(read("2 апреля 2024 года акимат отказал корреспонденту газеты «Каспий» Дине Есеновой в аккредитации на сессию маслихата.").map(\.eventType) == [.other])
        #expect(read("10.04.2024 в Уральске журналистку Айгерим Нуржанову доставили в отдел полиции после того, как она сняла пикет.").map(\.eventType) == [.detention])
    }

    @Test func termsAndArticlesOfTheRound() {
        let suspended = read("В 2011 году Ержан Касымов был приговорён к 3 годам лишения свободы условно.")
        #expect(suspended.first?.sanctions == [Sanction(kind: .other, years: 3)])
        let banned = read("22 апреля 2024 года суд приговорил блогера Олжаса Туребаева к ограничению свободы сроком на два года. Кроме того, суд запретил ему заниматься журналистской деятельностью в течение трёх лет.")
        #expect(banned.first?.sanctions.contains(Sanction(kind: .banOnActivity, years: 3)) == true)
        let chained = read("21 марта 2023 года суд признал Ержана Касымова виновным (ч. 1 ст. 174, ст. 400 УК РК) и приговорил к 4 годам лишения свободы.")
        #expect(chained.first?.legalProvisions.map(\.article) == ["174", "400"])
        #expect(read("В 2024 году Ержан Касымов оштрафован на 30 МРП по ст. 5, которая устарела, и ст. 488 КоАП.").first?.legalProvisions.map(\.article) == ["488"])
        #expect(read("Общественное объединение «Жаңа қадам» 12 января 2024 года включило Сагындыкова в свой список политических заключённых.").map(\.eventType) == [.politicalPrisonerRecognized])
    }
}

/// The thirty-first round in Russian (r31–r33): a lawyer's channel of stamped posts, a quarterly review by region, a police
/// press release answered by an NGO. Every text here is written for the test.
@Suite struct StampedPostsAndPressReleasesTests {
    @Test func aPostsStampDatesItsTodayAndEndsThePostBefore() {
        let text = """
        3 марта 2025, 09:12
        Доброе утро. Сегодня пишу коротко.

        4 марта, 16:30
        Сегодня суд Алматы арестовал Армана Жаксыбекова на десять суток.
        #суд #Алматы

        5 марта, 20:15
        После обыска блогера Ерлана Тасова увезли в департамент полиции и задержали на 72 часа.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.administrativeArrest, .detention])
        #expect(incidents.map(\.date) == [day(2025, 3, 4), day(2025, 3, 5)])
    }

    @Test func aStampNeedsAClockAndNothingElse() {
        #expect(ReportReader.Session.stamp(ArraySlice("12 марта, 18:40".unicodeScalars), year: 2025) == day(2025, 3, 12))
        #expect(ReportReader.Session.stamp(ArraySlice("12 March 2025, 14:05".unicodeScalars), year: nil) == day(2025, 3, 12))
        #expect(ReportReader.Session.stamp(ArraySlice("12 марта".unicodeScalars), year: 2025) == nil)
        #expect(ReportReader.Session.stamp(ArraySlice("12 марта в 18:40 задержали".unicodeScalars), year: 2025) == nil)
    }

    @Test func eachShareOfADecisionIsToldOnce() {
        let incidents = read("22 апреля 2024 года суд признал всех троих виновными. Сейдалиев арестован на пять суток, Нуржанова и Ким оштрафованы на 30 МРП каждый.")
        #expect(incidents.filter { $0.eventType == .administrativeArrest }.count == 1)
        #expect(incidents.filter { $0.eventType == .fine }.count == 1)
    }

    @Test func refusalsDispersalsAndShutdownsOfTheRound() {
        let refused = read("Повторное уведомление Жумабаева о митинге 18 мая 2024 года было отклонено 10 мая.")
        #expect(refused.map(\.eventType) == [.assemblyRefused])
        #expect(refused.map(\.date) == [day(2024, 5, 10)])
        #expect(read("12 сентября 2024 года акимат Актау отказал Нуржану Бекову в согласовании митинга.").map(\.eventType) == [.assemblyRefused])
        #expect(read("14 сентября 2024 года в Актау незаконная акция была пресечена сотрудниками полиции.").map(\.eventType) == [.assemblyDispersed])
        #expect(read("14 сентября 2024 года в центре Актау не работал мобильный интернет.").map(\.eventType) == [.internetShutdown])
        #expect(read("18 сентября 2024 года центр «Адилет» признаёт Кайрата Жаксылыкова политическим заключённым.").map(\.eventType) == [.politicalPrisonerRecognized])
    }

    @Test func describingsAndNegationsOfTheRound() {
        // A gathering "не согласованного с акиматом" is described, not refused.
        #expect(read("14 сентября 2024 года в Актау группа граждан провела собрание, не согласованное с акиматом, и была задержана.").map(\.eventType) == [.detention])
        #expect(read("18 мая 2024 года в Уральске задержаний мониторы не зафиксировали.").isEmpty)
        #expect(read("В обзоре за 2024 год собраны сведения об уведомлениях, штрафах и задержаниях.").isEmpty)
        let term = read("5 марта 2025 года суд санкционировал арест блогера Ерлана Тасова на два месяца. Содержание под стражей — до 5 мая.")
        #expect(term.map(\.date) == [day(2025, 3, 5)])
    }
}

/// The thirty-first round in English (h112–h116): an annual country chapter, UN communications, a weekly digest with
/// capitals headlines and weekdays, a Markdown incident log, a long feature. Every text here is written for the test.
@Suite struct DigestsAndLogsTests {
    @Test func anOccasionsYearAndALawsYearSetNoYear() {
        let text = """
        Events of 2024

        Accountability for the deaths during the January 2022 unrest, and for torture from that period, remained elusive. The country's 2020 law on assemblies still applies.

        In March, police in Oral detained the blogger Nurlan Abenov.
        """
        #expect(read(text).map(\.date) == [try? PartialDate(year: 2024, month: 3)])
    }

    @Test func aDescriptionsYearIsNotTheActs() {
        let text = """
        Events of 2024

        Rauan Temirov, a Taraz activist sentenced in December 2021 to four years in prison, was released on parole in June.

        In February, a court in Shymkent suspended the union Kurylys for six months.
        """
        let incidents = read(text)
        #expect(incidents.first { $0.eventType == .release }?.date == (try? PartialDate(year: 2024, month: 6)))
        #expect(incidents.last?.date == (try? PartialDate(year: 2024, month: 2)))
    }

    @Test func aLogsEntryHeadingDatesAndPlacesItsFields() {
        let text = """
        # Incident log, 2024

        ### 2024-01-16 — Astana
        - **Type:** detention
        - **Description:** Police detained three members of the youth group Zhas Dauys as they unfurled a banner.
        """
        let incidents = read(text)
        #expect(incidents.map(\.date) == [day(2024, 1, 16)])
        #expect(incidents.map(\.locations) == [["Astana"]])
        #expect(read("On 2024-03-05 police in Aktobe detained the activist Marat Seitov.").map(\.date) == [day(2024, 3, 5)])
    }

    @Test func aDigestsWeekDatesItsWeekdaysAndACapitalsHeadlineStandsApart() {
        let text = """
        WEEKLY DIGEST
        Digest for 4–10 March 2024

        KOSTANAY ACTIVIST JAILED OVER PICKET
        On Monday, the court in Kostanay sentenced the activist Berik Nurov to 10 days of administrative arrest.
        Source: Tobyl News

        DETAINED SINCE NOVEMBER
        Zhanat Kuanov has been held in pre-trial detention since November.
        """
        let incidents = read(text)
        #expect(incidents.map(\.date) == [day(2024, 3, 4), try? PartialDate(year: 2023, month: 11)])
        #expect(incidents.first?.persons == ["Berik Nurov"])
        #expect(incidents.first?.organizations == [])
    }

    @Test func aSummonsToAppearIsNotOfTheDayItNames() {
        let text = """
        WEEKLY: 9–15 March 2026

        Monday, 9 March

        Reporter Dmitry Orlov received a summons to appear on Friday before the court in Almaty.
        """
        #expect(read(text).first?.date != day(2026, 3, 13))
    }

    @Test func aMeasureChangedToHouseArrestAndASurnameAfterACourtesyTitle() {
        let incidents = read("On 29 May 2024, the measure of restraint imposed on Mr. Nurpeisov was changed to house arrest.")
        #expect(incidents.map(\.eventType) == [.houseArrest])
        #expect(incidents.map(\.persons) == [["Nurpeisov"]])
        // Out of house arrest is no house arrest.
        #expect(read("On 29 May 2024, the court changed Ms Akhmetova's house arrest to a travel ban.").allSatisfy { $0.eventType != .houseArrest })
    }

    @Test func aCountryWideCountIsNoAct() {
        #expect(read("According to the bureau, at least 27 people were detained across the country in February 2024.").isEmpty)
    }

    @Test func phrasingsOfTheFeature() {
        #expect(read("In March 2022, two men threw green dye in the face of the journalist Aruzhan Kemelova in Oral.").map(\.eventType) == [.physicalAttack])
        #expect(read("In February 2024, a border officer told the journalist Aruzhan Kemelova she could not leave the country.").map(\.eventType) == [.travelRestriction])
        #expect(read("In September 2023, a court in Oral ordered the journalist Aruzhan Kemelova to pay 100 MCI for libel.").map(\.eventType) == [.fine])
        #expect(read("The kettle in Daniyar Abenov's kitchen in Zhanaozen has a broken handle.").isEmpty)
        let union = read("In 2019, a court in Aktau liquidated Munai Birligi, the union he had co-founded.")
        #expect(union.map(\.persons) == [[]])
    }
}

/// The thirty-second round (h117–h120, r34–r36): a Nations in Transit chapter, a shadow report, a PDF's text, a lawyers'
/// release of cases; a news agency's feed of bold headlines and datelines, an activist's post with comments, an
/// analytical article. Every text here is written for the test.
@Suite struct FeedsPostsAndShadowReportsTests {
    @Test func aFeedsBoldHeadlinesTellNoActAndEachDatelineDatesItsNote() {
        let text = """
        Лента за 3–16 марта 2024 года

        **Суд арестовал пикетчицу на 10 суток**
        АСТАНА, 4 марта. KazTAG – Суд сегодня арестовал Айгерим Сабитову на 10 суток.

        **В Караганде прошёл обыск у журналиста**
        КАРАГАНДА, 12 марта. KazTAG – Накануне полицейские провели обыск в квартире журналиста Виктора Панова. Редакция связывает обыск с публикациями.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.administrativeArrest, .searchOfPremises])
        #expect(incidents.map(\.date) == [day(2024, 3, 4), day(2024, 3, 11)])
        let english = read("**Police detain activist in Taraz**\nTARAZ, 4 March 2024 – Police detained the activist Berik Sapar on Monday.")
        #expect(english.count == 1)
    }

    @Test func aPostsHeaderACommentersFirstPersonAndAFutureYear() {
        let text = """
        Динара Есенова
        2 мая 2024 г. · Алматы · Доступно всем

        6 апреля меня задержали у акимата. Школу нам обещают «рассмотреть в бюджете 2026 года».

        Гульмира Абенова
        Держись! У нас в Уральске 6 апреля тоже задержали меня.
        """
        let incidents = read(text)
        #expect(incidents.map(\.persons) == [["Динара Есенова"], ["Гульмира Абенова"]])
        #expect(incidents.map(\.date) == [day(2024, 4, 6), day(2024, 4, 6)])
    }

    @Test func sharesGivenInTheFirstPersonAndByTheirNouns() {
        let text = """
        Динара Есенова
        2 мая 2024 г.

        Со мной задержали Асель Нурбекову, Жанар Толеубаеву и Тимура Кима. 7 апреля всех судили по статье 488 КоАП: мне и Асель дали штраф по 20 МРП, Жанар – 5 суток ареста, а Тимуру – предупреждение.
        """
        let court = read(text).filter { $0.date == day(2024, 4, 7) }
        #expect(court.map(\.eventType) == [.fine, .administrativeArrest, .warning])
        #expect(court.first?.persons == ["Динара Есенова", "Асель Нурбекова"])
    }

    @Test func aCriminalArticleNamedAgainWithoutItsCodeAndAFineUnderIt() {
        let text = "Дела по статье 274 УК РК множатся. 15 сентября 2021 года суд Шымкента признал пенсионерку Кульпан Абдуллаеву виновной по части 1 статьи 274 и назначил ей штраф в размере 300 МРП."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.conviction])
        #expect(incidents.first?.legalProvisions.map(\.code) == [.criminal])
    }

    @Test func leftTheReceiverAndLeftWithoutInternet() {
        #expect(read("14 марта 2024 года активистка Айгерим Сабитова вышла из специального приёмника.").map(\.eventType) == [.release])
        #expect(read("ЖАНАОЗЕН, 7 марта 2024. Около 10:00 жители Жанаозена остались без мобильного интернета.").map(\.eventType) == [.internetShutdown])
        // Going out to a picket is no release.
        #expect(read("14 марта 2024 года активистка Айгерим Сабитова вышла на одиночный пикет в Астане.").isEmpty)
    }

    @Test func questionsAttemptsAndAcquittalsUpheld() {
        #expect(read("Please provide statistics on notifications of assemblies rejected in 2023 and 2024.").isEmpty)
        #expect(read("On 11 April 2024, the prosecutor had initially sought to open a criminal case against the journalist Asel Nurova.").isEmpty)
        #expect(read("В июне 2023 года Костанайский областной суд оставил оправдание Дениса Гуляева в силе.").allSatisfy { $0.eventType != .acquittalOrCaseClosed })
        #expect(read("In April 2024, the Ministry of Justice rejected, for the sixth time, the application of the opposition Zhana Tolkyn party.").map(\.eventType) == [.registrationDenied])
        #expect(read("On 8 August 2024, the Taraz City Court convicted Bauyrzhan Kossymov and fined him 1,000 MCI.").map(\.eventType) == [.conviction])
        #expect(read("On 9 March 2024, police officers in Astana forced the women onto buses and drove them to district police stations.").map(\.eventType) == [.detention])
    }
}

/// The thirty-third round (h121–h124, r37–r39): an annual chapter on association, appeal-decision notes, a TV transcript,
/// an e-mail alert; an ombudsman's report of complaints, a verdict day's live text, an interview with a lawyer. Every text
/// here is written for the test.
@Suite struct ComplaintsAndAppealsTests {
    @Test func anAppellantLabelledOnACaseNoteIsWhomHisActsMean() {
        let text = """
        CASE 1. Yesenov (appeal against conviction)

        Appellant: Marat Yesenov, born 1979, civic activist, resident of Taraz

        On 9 April 2024, the appellant was detained at his home in Taraz. The same day, investigators searched his flat.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .searchOfPremises])
        #expect(incidents.allSatisfy { $0.persons == ["Marat Yesenov"] })
    }

    @Test func aBroadcastsLabelDatesItsDaysAndItsSpeakersAreNoBodies() {
        let text = """
        EVENING NEWS
        Broadcast: Monday, 18 November 2024, 20:00

        REPORTER (voice-over): Last Friday the city akimat of Aktobe refused to agree the rally of the initiative Taza Su.

        LAWYER KANAT SEITOV: They detained my client Yerbol Dauletov this morning in Almaty.
        """
        let incidents = read(text)
        #expect(incidents.map(\.date) == [day(2024, 11, 15), day(2024, 11, 18)])
        #expect(incidents.allSatisfy { !$0.organizations.contains("REPORTER") && !$0.organizations.contains("LAWYER") })
    }

    @Test func aQuotedNameBeforeItsKindIsABody() {
        let incidents = read("On 12 February 2024, the Ministry of Justice in Astana refused to register the \"Halyk Uni\" party.")
        #expect(incidents.map(\.organizations) == [["Halyk Uni"]])
        #expect(read("On 30 January 2024, the Justice Department refused to register the Protestant community \"Zhana Omir\" in Kokshetau.").first?.organizations == ["Zhana Omir"])
    }

    @Test func aComplaintsHeadingNamesWhomTheComplainantMeans() {
        let text = """
        Обращение Сейтовой А.М. (г. Уральск). Журналист Сейтова А.М. сообщила, что 6 июня 2023 года в отношении неё начато досудебное расследование. 14 июня 2023 года по месту жительства заявительницы проведён обыск.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.criminalCaseOpened, .searchOfPremises])
        #expect(incidents.allSatisfy { $0.persons == ["А. М. Сейтова"] })
        #expect(incidents.allSatisfy { $0.locations.first == "Uralsk" })
    }

    @Test func aSurnameWithInitialsIsNotAGivenNameAndAsFollowsIsNoModal() {
        let incidents = read("12 января 2023 года в Актобе задержали Ахметова Дархана Нурлановича. Как следует из материалов, 13 января 2023 года Ахметов Д.Н. был арестован на 10 суток.")
        #expect(incidents.map(\.persons) == [["Ахметов Дархан Нурланович"], ["Ахметов Дархан Нурланович"]])
    }

    @Test func aLiveTextsEntriesAndAVanAreDetentions() {
        let text = """
        14 ноября 2024 года

        09:40
        Полиция начала задерживать людей у входа в суд. В автозак посадили блогера Данияра Ермекова.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention])
        #expect(incidents.first?.persons == ["Данияр Ермеков"])
        #expect(ReportReader.Session.isClockLine(ArraySlice("09:40".unicodeScalars)))
        #expect(!ReportReader.Session.isClockLine(ArraySlice("09:40 суд".unicodeScalars)))
    }
}

/// The thirty-fourth round (h125–h127, r40–r41): a media-freedom representative's release, a wiki-style timeline, a trial
/// observer's blog; a newspaper's court chronicle, an NGO's channel of numbered digests. Every text here is written for the test.
@Suite struct ChroniclesAndDigestsTests {
    @Test func aNumberedDigestsHeaderDatesItsItems() {
        let text = """
        📌 Дайджест №45, 12 марта 2024

        🔹 Сегодня суд Павлодара оштрафовал журналистку Елену Корнееву на 75 МРП.

        📌 Дайджест №46, 13 марта 2024

        🔹 Сегодня суд Актобе арестовал Серика Байжигитова на 10 суток.
        """
        #expect(read(text).map(\.date) == [day(2024, 3, 12), day(2024, 3, 13)])
        #expect(ReportReader.Session.digestHeader(ArraySlice("Digest No. 14, 3 May 2025".unicodeScalars)) == day(2025, 5, 3))
        #expect(ReportReader.Session.digestHeader(ArraySlice("### 2024-01-05 — Almaty".unicodeScalars)) == nil)
    }

    @Test func aWikiTimelinesBulletedEntriesInThePresent() {
        let text = """
        Human rights in Kazakhstan in 2024

        == January ==
        * 12 January – The court of Shymkent sentences Marat Yessenov to 15 days of administrative arrest.
        * 24 January – A court in Kostanay acquits the activist Bolat Zhunussov.
        * 30 January – Police in Oral disperse a picket of about 30 residents.

        Police routinely detain participants in unsanctioned gatherings, according to the monitors.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.administrativeArrest, .acquittalOrCaseClosed, .assemblyDispersed])
        #expect(incidents.map(\.date) == [day(2024, 1, 12), day(2024, 1, 24), day(2024, 1, 30)])
    }

    @Test func aDatelinesTownInCapitalsIsNoBody() {
        let incidents = read("VIENNA, 14 November 2024 – Police in Almaty detained the journalist Arman Sadykov.")
        #expect(incidents.map(\.organizations) == [[]])
        // The day it was filed is not the day of an act the sentence dates: "… detained … on 10 November".
        let later = read("VIENNA, 14 November 2024 – Police in Almaty detained the journalist Arman Sadykov on 10 November.")
        #expect(later.map(\.date) == [day(2024, 11, 10)])
    }

    @Test func aDayOneIsDueToAppearOnIsNotTheActs() {
        let text = "On 18 September 2024, police detained Rysgul Baimukhanova outside the court in Aktobe. She was released about three hours later, and on 20 September she is due to appear before an administrative court."
        #expect(read(text).map(\.date) == [day(2024, 9, 18), day(2024, 9, 18)])
    }

    @Test func aColumnsRecentDayIsOfItsYearAfterALookBack() {
        let text = """
        СУДЕБНАЯ ХРОНИКА
        Пятница, 15 марта 2024 года

        В декабре 2023 года суд приговорил блогера Марата Сеитова к двум годам ограничения свободы.

        13 марта суд Кандыагаша оштрафовал блогера Асхата Нурлыбаева на 50 МРП.
        """
        #expect(read(text).last?.date == day(2024, 3, 13))
    }
}

