import CivicModel
import Testing
@testable import ReportReader

/// The fifty-second round of unseen reports (a bureau's monthly court review, a civic-space country update, an NGO's
/// briefing on Article 405 with a table of sentences; in Russian a portal's picket story, a joint NGO statement and a
/// channel's weekly round-up of hearings): the rules their misses asked for, in sentences of our own.
@Suite struct CodesAndRoundUpsTests {
    // MARK: Codes

    @Test func aBareArticleTakesTheCodeItIsKnownIn() {
        let fines = read("""
        Report for 2025.

        On 3 March police in Astana charged Dana Serikova under Article 174 of the Criminal Code. On 5 March a court in Astana \
        fined Madi Serikov 20 MCI under Article 488.
        """)
        #expect(fines.map(\.eventType) == [.charged, .fine])
        #expect(fines.last?.legalProvisions.map(\.code) == [.administrative])
        // Near miss: an article the list does not know keeps the code named last.
        let unknown = LegalProvisionRecognizer.provisions(in: tokens("He was tried under Article 123."), fallbackCode: .criminal).map(\.0)
        #expect(unknown.map(\.code) == [.criminal])
        // And a code written out is never overruled.
        let written = LegalProvisionRecognizer.provisions(in: tokens("under Article 488 of the Criminal Code")).map(\.0)
        #expect(written.map(\.code) == [.criminal])
    }

    @Test func anArticleCitedInBracketsAfterTheOffenceIsRead() {
        let detention = read("""
        Report for 2025. The cases below were brought under the Criminal Code.

        On 4 February police in Aktau detained Aidos Bekov on suspicion of membership of a banned group (Article 405(2)).
        """)
        #expect(detention.first?.legalProvisions.map(\.article) == ["405"])
        #expect(detention.first?.legalProvisions.map(\.part) == ["2"])
    }

    @Test func aFineUnderTheCriminalCodeIsAConviction() {
        let fine = read("Report for 2025.\n\nOn 14 April a court in Kyzylorda fined Marat Ospanov 500 MCI under Article 405(2) of the Criminal Code.")
        #expect(fine.map(\.eventType) == [.conviction])
        // Near miss: under an administrative article it stays a fine, also after the Criminal Code was named.
        let administrative = read("""
        Report for 2025.

        On 3 March police in Astana charged Dana Serikova under Article 174 of the Criminal Code. On 5 March a court in Astana \
        fined Madi Serikov 20 MCI under Article 123.
        """)
        #expect(administrative.map(\.eventType) == [.charged, .fine])
    }

    @Test func aCasesHeadingGivesItsArticleToTheActsBelow() {
        let review = read("""
        MONTHLY REVIEW
        October 2025

        In October 2025 the monitors attended eleven hearings.

        1. NURLAN BEKOV (AKTOBE)
        Article 274, part 2, Criminal Code

        On 2 October 2025, a court in Aktobe found blogger Nurlan Bekov guilty and sentenced him to three years of restriction of freedom.

        2. DANA SERIKOVA (ALMATY)

        On 9 October police in Almaty detained activist Dana Serikova.
        """)
        #expect(review.first?.legalProvisions == [LegalProvisionRef(code: .criminal, article: "274", part: "2", text: "Article 274, part 2")])
        // Near miss: the next case's heading names no article, and its acts take none.
        #expect(review.last?.legalProvisions == [])
    }

    // MARK: Tables

    @Test func aRuleRowWithoutOuterBarsKeepsTheTableItsHeader() {
        let table = read("""
        Table 2. Sentences in 2025

        Date        | Defendant       | City      | Article(s) | Sentence
        ------------|-----------------|-----------|------------|----------------------
        14.04.2025  | Marat Ospanov   | Kyzylorda | 405(2)     | fine of 500 MCI
        22.05.2025  | Aidos Bekov     | Shymkent  | 488(2), 174 | two years' restriction of freedom
        """)
        #expect(table.map(\.eventType) == [.conviction, .conviction])
        #expect(table.first?.legalProvisions == [LegalProvisionRef(code: .criminal, article: "405", part: "2", text: "405(2)")])
        #expect(table.last?.legalProvisions.map(\.code) == [.administrative, .criminal])
    }

    @Test func aVerdictToldAgainInATableIsOneIncident() {
        let report = read("""
        Report for 2025.

        On 22 May the Shymkent City Court sentenced Aidos Bekov to two years' restriction of freedom.

        Date        | Defendant   | City      | Sentence
        22.05.2025  | Aidos Bekov | Shymkent  | 2 years' restriction of freedom
        """)
        #expect(report.map(\.eventType) == [.conviction])
        // Near miss: an act whose day is only carried over from the one before may be another one; only tellings that both
        // write the day are one.
        #expect(Retellings.writesTheDay(day(2025, 5, 22)!, in: "22.05.2025  | Aidos Bekov"))
        #expect(Retellings.writesTheDay(day(2025, 3, 2)!, in: "Напомним, что его задержали 2 марта."))
        #expect(!Retellings.writesTheDay(day(2021, 2, 18)!, in: "Before his release, the court also sentenced him to three years."))
        #expect(!Retellings.writesTheDay(day(2021, 2, 18)!, in: "He was fined 180,000 tenge."))
    }

    // MARK: Days

    @Test func aRoundUpsWeekDatesItsWeekdays() {
        let week = read("""
        Протокол
        ИТОГИ НЕДЕЛИ | 10–16 марта 2025

        Во вторник суд Алматы арестовал на 10 суток активиста Данияра Серикова.
        """)
        #expect(week.map(\.date) == [day(2025, 3, 11)])
        #expect(ParagraphReader.lastDayOfARange(tokens("Итоги: с 10 по 16 марта 2025"), month: RussianWords.month(of:)) == day(2025, 3, 16))
    }

    @Test func theDayBeforeStandsAloneBeforeAPlace() {
        let story = read("▪️ 21.02.2025, пятница\n\nСуд арестовал Данияра Серикова на 10 суток. Задержали его накануне у здания суда.")
        #expect(story.map(\.date) == [day(2025, 2, 21), day(2025, 2, 20)])
        // Near miss: before an occasion it names another day.
        let occasion = RussianDateRecognizer.dates(in: tokens("задержали накануне выборов"), contextYear: 2025)
        #expect(!occasion.contains { if case .relative = $0.kind { true } else { false } })
    }

    @Test func aWeekdaysHearingDatesTheActsAfterIt() {
        let report = read("Published 11 March 2025.\n\nMonday's hearings at the court in Oral went badly. Aru Bekova was fined 20 MCI under Article 488.")
        #expect(report.map(\.date) == [day(2025, 3, 10)])
        // Near miss: "Friday's detainees" are people of that day, in a sentence of another.
        let results = read("Published 11 March 2025.\n\nResults for Friday's detainees, heard today. Aru Bekova was fined 20 MCI under Article 488.")
        #expect(results.map(\.date) != [day(2025, 3, 7)])
    }

    // MARK: Bullet cards

    @Test func aBulletCardWithoutVerbsIsOneAct() {
        let week = read("""
        СУДЫ НЕДЕЛИ | 17–23 февраля 2025

        ▪️ 17.02, понедельник

        • Алматы — Ерлан Серикбаев, 34 года
        • ч. 6 ст. 488 КоАП (повторное нарушение)
        • 15 суток ареста
        Он стоял с плакатом у акимата.

        • Уральск — Ерболат Мукашев
        • ч. 2 ст. 405 УК (участие в деятельности организации «Азат Жол»)
        • 5 лет лишения свободы
        Задержали его накануне у здания суда.
        """)
        #expect(week.map(\.eventType) == [.administrativeArrest, .conviction, .detention])
        #expect(week.map(\.date) == [day(2025, 2, 17), day(2025, 2, 17), day(2025, 2, 16)])
        #expect(week.map(\.persons) == [["Ерлан Серикбаев"], ["Ерболат Мукашев"], ["Ерболат Мукашев"]])
        #expect(week.first?.locations == ["Almaty"])
        #expect(week.first?.legalProvisions.map(\.article) == ["488"])
        #expect(week[1].organizations == ["Азат Жол"])
        // Near miss: a town and a name on a bullet, with no outcome below, is no act.
        let list = read("Участники:\n\n• Алматы — Ерлан Серикбаев\n• Астана — Айжан Тлеубаева\n")
        #expect(list.isEmpty)
    }

    @Test func aYearInAClauseAboutAnEarlierActLeavesTheStorysYear() {
        let story = read("""
        АЛМАТЫ, 14 мая 2025 г. — Агентство «Степь».

        Речь идёт о штрафе в 100 МРП, который суд Алматы назначил Дархану Серикову в октябре 2024 года. 18 февраля полиция \
        провела обыск в квартире Дархана Серикова.
        """)
        #expect(story.map(\.date) == [try? PartialDate(year: 2024, month: 10), day(2025, 2, 18)])
    }

    @Test func peopleNamedByAnInitialInACourtsSummary() {
        let summary = read("""
        Пресс-служба суда Актобе, 14 марта 2025 года.

        Гражданка Б. и гражданин В. были доставлены в управление полиции 9 марта. Суд, рассмотрев дело 7 марта, признал \
        гражданина К. виновным. С учетом того, что К. ранее не привлекался, ему вынесено предупреждение.
        """)
        #expect(summary.first?.persons == ["Б.", "В."])
        #expect(summary.last?.persons == ["К."])
        // Near miss: a name's own initial is part of the name.
        #expect(read("Д. Сапаров был задержан 3 марта 2025 года.").first?.persons == ["Д. Сапаров"])
    }

    // MARK: Acts and bodies

    @Test func whatARefusalToRegisterNamesIsABody() {
        let refusal = read("Report for 2024.\n\nOn 3 May the justice department in Taraz refused to register Taza Dala, a youth group.")
        #expect(refusal.first?.eventType == .registrationDenied)
        #expect(refusal.first?.organizations == ["Taza Dala"])
        #expect(refusal.first?.persons == [])
        // Near miss: a person told to register at the police is no body.
        let told = read("Report for 2024.\n\nOn 5 May police in Oral detained Aigul Serikova and told her to register at the station.")
        #expect(told.flatMap(\.organizations).isEmpty)
    }

    @Test func aYearsCountOfDetentionsIsAStatistic() {
        let count = read("""
        Report for 2024.

        According to a legal bureau in Almaty, authorities detained at least 140 persons during the year for taking part in protests.
        """)
        #expect(count.isEmpty)
        // Near miss: one person's detentions over the year are acts.
        let one = read("Report for 2024.\n\nDuring the year police in Almaty detained activist Aigul Serikova three times.")
        #expect(one.map(\.eventType) == [.detention])
    }

    @Test func aTravelBanAtTheAirportInRussian() {
        let story = read("""
        АЛМАТЫ, 14 мая 2025 г. — Информационное агентство «Степь».

        Активиста Дархана Серикова в понедельник вечером не выпустили из Казахстана. Во вторник пограничники сняли блогера \
        Ерлана Касенова с рейса на Стамбул.
        """)
        #expect(story.map(\.eventType) == [.travelRestriction, .travelRestriction])
        #expect(story.map(\.date) == [day(2025, 5, 12), day(2025, 5, 13)])
        // Near miss: not let out of a detention centre is no travel ban.
        #expect(read("Суд не выпустил Айгуль Серикову из СИЗО 3 марта 2025 года.").allSatisfy { $0.eventType != .travelRestriction })
    }

    @Test func anInvestigationOpenedFarFromItsNoun() {
        let opened = read("""
        Отчёт за 2025 год.

        Досудебное расследование по части 2 статьи 274 Уголовного кодекса («Распространение ложной информации») было начато в \
        январе против блогера Дархана Серикова.
        """)
        #expect(opened.map(\.eventType) == [.criminalCaseOpened])
        #expect(opened.first?.legalProvisions.map(\.article) == ["274"])
    }

    @Test func aCaseOpenedAgainstNoOneNamedIsOfTheStorysPerson() {
        let story = read("""
        Report for 2023.

        Aru Bekova has edited a news site in Aktau for six years. On 1 July she published an article on the city's water. Two \
        days later, on 3 July, the regional police opened a criminal case for the dissemination of false information.
        """)
        #expect(story.map(\.eventType) == [.criminalCaseOpened])
        #expect(story.first?.persons == ["Aru Bekova"])
        // Near miss: a case over a crime she suffered is not against her.
        let attack = read("""
        Report for 2023.

        On 3 July unknown men beat journalist Aru Bekova in Aktau. Police opened a criminal case for hooliganism, but no suspects \
        have been found.
        """)
        #expect(!attack.contains { $0.eventType == .criminalCaseOpened && $0.persons == ["Aru Bekova"] })
    }

    @Test func aBodyBannedByItsKindAndQuotedName() {
        let ban = read("On 4 March 2024 a court in Astana banned the opposition movement \"Jana Tynys\".")
        #expect(ban.map(\.eventType) == [.organizationBanned])
        #expect(ban.first?.organizations == ["Jana Tynys"])
        // Near misses: members banned from leaving; a ban of a body told about a person, the body unnamed.
        #expect(read("On 4 March 2024 police banned the party's members from leaving Astana.").allSatisfy { $0.eventType != .organizationBanned })
        let told = read("Report for 2024.\n\nSerik Bekov shared posts of an opposition movement that a court had earlier banned as extremist.")
        #expect(told.isEmpty)
    }

    @Test func aBodysKindAfterItsNameWithTheArticle() {
        let liquidated = read("In 2019 a court in Aktau liquidated Munai Kenesi, the independent oil workers' union.")
        #expect(liquidated.first?.organizations == ["Munai Kenesi"])
        // Near miss: "the union's chairman" names a person of the body, not the word before the comma.
        let warned = read("On 3 May 2024 police in Aktau warned the strikers. Instead, the union's chairman, Marat Bekov, was summoned.")
        #expect(!warned.flatMap(\.organizations).contains("Instead"))
    }

    // MARK: Not acts

    @Test func aMeasureNotAppliedIsNone() {
        let charge = read("Отчёт за 2025 год.\n\n20 марта следователь предъявил Дархану Серикову обвинение. Мера пресечения в виде содержания под стражей к нему не применялась.")
        #expect(charge.map(\.eventType) == [.charged])
        // Near miss: the measure chosen is the act.
        let custody = read("Отчёт за 2025 год.\n\n21 марта суд избрал Айгуль Сериковой меру пресечения в виде содержания под стражей.")
        #expect(custody.map(\.eventType) == [.pretrialDetention])
    }

    @Test func peopleDescribedByTheirDetentionAreNoDetention() {
        #expect(read("Report for 2024.\n\nMadi Bekov says he only reposted material about detained activists.").isEmpty)
        // Near miss: detained for something is the act.
        #expect(read("On 4 May 2024 Madi Bekov was detained for protests in Almaty.").map(\.eventType) == [.detention])
    }

    @Test func anActOnlyIntendedThroughACourtIsNone() {
        let plan = read("Report for 2025.\n\nInvestigators in Astana intend to ask a court to place Dana Serikova under house arrest.")
        #expect(plan.isEmpty)
    }

    @Test func thingsSeizedBeforeAreNoSeizure() {
        let search = read("""
        Report for 2025.

        On 3 October police in Taraz searched the flat of Rysbek Bekov. The seized laptops were never returned to him.
        """)
        #expect(search.map(\.eventType) == [.searchOfPremises])
        // Near miss: the taking itself.
        let taken = read("Report for 2025.\n\nOn 5 October police in Taraz seized the phone of journalist Aigul Bekova.")
        #expect(taken.map(\.eventType) == [.other])
    }
}
