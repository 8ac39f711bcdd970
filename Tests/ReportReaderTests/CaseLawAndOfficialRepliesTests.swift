import CivicModel
import Testing
@testable import ReportReader

/// A lawyers' case-law digest (round 56, h221), an exiled reporter's essay told out of order (h222), a speaker's words at a
/// round table (r101) and a prosecutor's official reply (r102): sentences of our own in those styles.
@Suite struct CaseLawAndOfficialRepliesTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aParticipleOpeningTheSentenceIsNoGivenName() {
        let ruling = read("Finding Kassymova responsible as organiser, the court issued Dana Kassymova a warning on 3 May 2026.")
        #expect(ruling.map(\.persons) == [["Dana Kassymova"]])
        // Near miss: a given name opening the sentence stays.
        #expect(read("Ermek Zhaksylykov was detained in Taraz on 3 May 2026.").map(\.persons) == [["Ermek Zhaksylykov"]])
    }

    @Test func anOrderedSuspensionIsTheBodysSuspension() {
        let ruling = read("On 10 June 2026 the court ordered the suspension of the activity of the Zhana Kadam Teachers' Union for three months.")
        #expect(ruling.map(\.eventType) == [.organizationSuspended])
        // Near miss: a suspended sentence is no body's suspension.
        #expect(read("On 10 June 2026 the court ordered the suspension of the sentence of Ermek Zhaksylykov.").map(\.eventType) != [.organizationSuspended])
    }

    @Test func aDayAYearOnIsOfTheNextYear() {
        let essay = read("""
        The strikes in the oil town began in December 2021.

        On 16 December, a year to the day after the strikes began, police detained Murat Ospan in Zhanaozen.
        """)
        #expect(essay.map(\.date) == [day(2022, 12, 16)])
        // Near miss: without the year on, the day is of the year told.
        #expect(read("The strikes began in December 2021.\n\nOn 20 December police detained Murat Ospan in Zhanaozen.").map(\.date) == [day(2021, 12, 20)])
    }

    @Test func monthsCountedIntoANewYearCarryTheStoryOn() {
        let essay = read("""
        On 12 November 2024 police searched the flat of Gaukhar Serikova in Almaty. Three months after the search, a judge placed her under house arrest.

        On 20 May the district court found her guilty and sentenced her to two years of restriction of freedom.
        """)
        #expect(essay.map(\.date) == [day(2024, 11, 12), try? PartialDate(year: 2025, month: 2), day(2025, 5, 20)])
    }

    @Test func takenIntoAVanIsADetentionAndABrokenNoseAnAttack() {
        #expect(read("On 4 March 2026 police seized Nurlan Abdi at the rally and pushed him into a van.").map(\.eventType) == [.detention])
        #expect(read("On 5 March 2026 two strangers stopped Dina Ospanova outside her office and broke her nose.").map(\.eventType) == [.physicalAttack])
    }

    @Test func aCompoundOrdinalOpeningTheSentenceIsADayNotADemand() {
        let speech = read("Итоги 2025 года.\n\nДвадцать пятого октября суд оштрафовал Асель Жумабекову на 50 МРП.")
        #expect(speech.map(\.eventType) == [.fine])
        #expect(speech.first?.date == day(2025, 10, 25))
        // Near miss: a demand opening with an infinitive is still no act.
        #expect(read("Освободить Асель Жумабекову, задержанную 25 октября 2025 года!").isEmpty)
    }

    @Test func aRefusalReachesOverTheBodysNameToRegistration() {
        let told = read("В мае 2025 года департамент юстиции в третий раз отказал «Жас Толқын» в регистрации.")
        #expect(told.map(\.eventType) == [.registrationDenied])
    }

    @Test func blowsStruckAreAnAttack() {
        let reply = read("7 ноября 2025 года неустановленное лицо у подъезда дома в г. Актау нанесло журналисту гр. Сериковой Айгүл Маратқызы несколько ударов.")
        #expect(reply.map(\.eventType) == [.physicalAttack])
        #expect(reply.first?.persons == ["Серикова Айгүл Маратқызы"])
        // Near miss: damage done to property is no blow.
        #expect(read("7 ноября 2025 года неизвестный нанёс ущерб автомобилю Айгүл Сериковой.").map(\.eventType) != [.physicalAttack])
    }

    @Test func aKazakhPatronymicTellsAWomansSurname() {
        let reply = read("Постановлением суда от 3 октября 2025 года гр. Жумабаева Гүлнар Сәкенқызы подвергнута штрафу в размере 20 МРП.")
        #expect(reply.first?.persons == ["Жумабаева Гүлнар Сәкенқызы"])
    }

    @Test func aNameSurnameFirstNamedAgainIsOnePerson() {
        let reply = read("""
        3. По доводам в отношении гр. Сарсенов Ерлан Маратұлы.

        5 ноября 2025 года начато досудебное расследование по ч. 2 ст. 274 УК РК, администратором канала является гр. Сарсенов Ерлан Маратұлы.
        """)
        #expect(reply.map(\.persons) == [["Сарсенов Ерлан Маратұлы"]])
    }

    @Test func aClosedInquiryIsACaseClosed() {
        let reply = read("20 января 2026 года досудебное расследование в отношении Ерлана Сарсенова по ч. 2 ст. 274 УК РК прекращено за отсутствием состава.")
        #expect(reply.map(\.eventType) == [.acquittalOrCaseClosed])
    }

    @Test func theGatheringsDayIsNotTheRefusals() {
        let reply = read("2 декабря 2025 года акиматом г. Жанаозен гр. Сарсенову Ерлану отказано в согласовании проведения 16 декабря 2025 года митинга.")
        #expect(reply.map(\.eventType) == [.assemblyRefused])
        #expect(reply.first?.date == day(2025, 12, 2))
    }

    @Test func aNumberedPostsDayIsTheDayItsWeekdaysCountBackFrom() {
        // A fundraiser's updates, newest first, each under its number and day with no blank line after.
        let page = read("""
        Help for the Atyrau three

        Update #2 · 22 Jan 2026
        On the night of 14 January someone slashed the tyres of the car of Dana Ospan in Atyrau.

        Update #1 · 24 Nov 2025
        On Friday the investigating judge remanded Murat Tasbulatov in custody for two months.
        """)
        #expect(page.map(\.date) == [day(2026, 1, 14), day(2025, 11, 21)])
        #expect(page.allSatisfy { !$0.quote.contains("Update") })
        // Near miss: "UPDATE 11 March, 17:40:" is a day, not the eleventh update.
        let live = read("Live: the Atyrau hearing\n\nUPDATE 11 March 2026, 17:40: the court remanded Murat Tasbulatov in custody for two months.")
        #expect(live.map(\.date) == [day(2026, 3, 11)])
    }

    @Test func aBodysNameInQuotesAloneIsTheBodyNamedBefore() {
        let told = read("Итоги 2025 года.\n\nОбъединение «Жас Толқын» из Павлодара пыталось зарегистрироваться. В мае департамент юстиции в третий раз отказал «Жас Толқын» в регистрации.")
        #expect(told.map(\.organizations) == [["Жас Толқын"]])
        // Near miss: a name in quotes never named as a body stays unread.
        #expect(read("Итоги 2025 года.\n\nВ мае департамент юстиции отказал «Новый Путь» в регистрации.").map(\.organizations) == [[]])
    }

    @Test func aTimeOpeningTheSentenceOpensNoBodysName() {
        // (The group that adds someone to its list of political prisoners acts, and is not listed: round 75.)
        let told = read("Published 9 June 2026\n\nLast Thursday the Qorgau Monitoring Group was suspended by a court for three months.")
        #expect(told.map(\.organizations) == [["Qorgau Monitoring Group"]])
        #expect(told.map(\.date) == [day(2026, 6, 4)])
    }
}
