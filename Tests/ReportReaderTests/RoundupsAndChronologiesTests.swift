import CivicModel
import Testing
@testable import ReportReader

/// The forty-first round of unseen reports (a wire service's regional roundup, an academic case study, a diaspora
/// newsletter, a trial monitor's day-by-day blog, a court reporter's live text, an NGO's alert bulletin; in Russian a
/// prosecutor's press releases and a chronology of one activist's persecution): the rules their misses asked for, in
/// sentences of our own.
@Suite struct RoundupsAndChronologiesTests {
    @Test func aWiresDateLineDatesItsWeekdaysAndItsDeckIsNotRead() {
        let text = """
        STEPPE WEEKLY

        Pavlodar picket broken up; Aktobe editor warned; Uzbek court jails reporter

        Friday, Mar. 7, 2025 | Steppe Weekly desk | 6 min read

        PAVLODAR (Steppe) — Police on Tuesday detained activist Asel Nurova outside the akimat.

        The city court fined her 30 MCI on Thursday.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .fine])
        #expect(incidents.map(\.date) == [day(2025, 3, 4), day(2025, 3, 6)])
    }

    @Test func aRoundupsSectionsAbroadAreNotKazakhstans() {
        let text = """
        Regional roundup

        Friday, Mar. 7, 2025 | Desk | 4 min read

        KAZAKHSTAN

        SEMEY (Steppe) — A court on Monday fined blogger Dana Ospan 50 MCI.

        KYRGYZSTAN

        OSH (Steppe) — Police on Tuesday detained journalist Bakyt Asanov.

        TASHKENT (Steppe) — A court on Wednesday sentenced blogger Rustam Aliev to five years in prison.

        ALMATY (Steppe) — Police on Thursday detained activist Marat Dosov.
        """
        let incidents = read(text)
        #expect(incidents.flatMap(\.persons) == ["Dana Ospan", "Marat Dosov"])
    }

    @Test func anAttributionClosingTheSentenceIsNoParty() {
        let incident = read("Police in Taraz detained activist Aidos Serikov on 4 May 2025, the local news site Taraz Times reported.").first
        #expect(incident?.organizations == [])
        #expect(incident?.persons == ["Aidos Serikov"])
    }

    @Test func theCodeOfAdministrativeOffencesAsCAO() {
        let incident = read("On 3 May 2025 activist Arman Beisov was fined 20 MCI under Article 488 CAO.").first
        #expect(incident?.organizations == [])
        #expect(incident?.legalProvisions.map(\.article) == ["488"])
        let table = read("On 3 May 2025 activist Arman Beisov was fined 20 MCI under CAO 488(10).").first
        #expect(table?.legalProvisions.first?.part == "10")
    }

    @Test func aNewslettersIssueMonthIsThisMonth() {
        let text = """
        Steppe Diaspora
        Monthly newsletter · Issue 12 · November 2025

        Dear friends,

        Also this month, the Ministry of Justice refused to register the party Adal Zhol.

        The journalist Dana Ospan was sentenced last month to two years of restricted freedom.
        """
        let incidents = read(text)
        #expect(incidents.map(\.date) == [try? PartialDate(year: 2025, month: 11), try? PartialDate(year: 2025, month: 10)])
    }

    @Test func aTrialBlogsDayHeadingsDateItsEntries() {
        let text = """
        Trial notes

        Posted 2 June 2025 · updated daily

        Day 1 — Tuesday 3 June

        Shortly before noon police detained two supporters, Bolat Kenzhin and Dana Ospan, outside the court.

        Day 2 — Wednesday 4 June

        The judge had defendant Marat Dosov removed from the courtroom.
        """
        let incidents = read(text)
        #expect(incidents.map(\.date) == [day(2025, 6, 3), day(2025, 6, 4)])
    }

    @Test func aLiveTextsEntriesStayOnItsDayAndAWeekdayToldDatesTheActAfterIt() {
        let text = """
        LIVE FROM THE COURT | District Court, Taraz
        Tuesday, 20 May 2025

        Reporting: our correspondent.

        09:05 — A reminder. On Saturday, members of the group stood with posters outside the akimat. Police detained activist Dana Ospan within minutes.

        09:48 — Her lawyer argues that the group filed a notice on 12 May.

        10:06 — The judge orders Ospan to pay a fine of 30 MCI.

        10:21 — The inspector says Bolat Kenzhin had been fined last October for a similar poster.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .fine, .fine])
        #expect(incidents.map(\.date) == [day(2025, 5, 17), day(2025, 5, 20), try? PartialDate(year: 2024, month: 10)])
    }

    @Test func aStrikeDeclaredIllegalAndACrowdPushedOut() {
        let ruling = read("On 4 March 2025 a court in Aktau declared the strike organised by the union Adal Enbek illegal.").first
        #expect(ruling?.eventType == .other)
        #expect(ruling?.organizations == ["Adal Enbek"])
        #expect(read("On 8 March 2025 police in Taraz pushed everyone out of the square.").first?.eventType == .assemblyDispersed)
    }

    @Test func anAdjournedHearingsDayIsNoEntrysDay() {
        let text = """
        LIVE FROM THE COURT | District Court, Taraz
        Tuesday, 20 May 2025

        Reporting: our correspondent.

        11:52 — The case of Marat Dosov will not be heard today: the hearing is adjourned to 27 May.

        12:10 — The judge gives activist Dana Ospan ten days of administrative arrest.
        """
        #expect(read(text).map(\.date) == [day(2025, 5, 20)])
    }

    @Test func aReportsImprintAndAVerdictExpectedSetNoYear() {
        let text = """
        # Chapter 2. Assemblies

        *Annual Report 2025. Steppe Watch, Almaty, February 2026.*

        On 16 December police in Almaty detained activist Dana Ospan.

        A verdict in the case of Bolat Kenzhin is expected in late January 2026.

        On 4 March the court in Taraz fined activist Marat Dosov 20 MCI.
        """
        #expect(read(text).map(\.date) == [day(2025, 12, 16), day(2025, 3, 4)])
    }

    @Test func aYearInARelativeClauseIsTheClauses() {
        let text = "Chapter on parties, 2025\n\nThe party Adal Zhol, which first applied in 2023, filed its papers again in April. On 22 May the Ministry of Justice refused to register the party Adal Zhol."
        #expect(read(text).first?.date == day(2025, 5, 22))
    }

    @Test func aPronounResolvedKeepsItsPersonForTheNext() {
        let text = """
        Interview

        A: Take Timur. Timur Saparbekov is an activist from Oskemen. He was detained on 12 March 2024 outside the akimat. Nothing else happened that day. The next morning the court gave him ten days of administrative arrest.

        Q: And then?

        A: Far from it. That spring the police came back. On 6 May they opened a criminal case against him under Article 274 of the Criminal Code.
        """
        #expect(read(text).map(\.persons) == [["Timur Saparbekov"], ["Timur Saparbekov"], ["Timur Saparbekov"]])
    }

    @Test func actsALettersAndANewslettersWordsTell() {
        let text = """
        Letter

        A pre-trial investigation against Mr. Bolat Kenzhin was registered on 2 May 2024 under article 274 of the Criminal Code.

        An investigator ordered on 5 May 2024 that Mr. Bolat Kenzhin must not leave Taraz.

        Since June 2024, Ms. Dana Ospan has been followed by men in plain clothes.

        On 3 March 2025, the prosecutor's office issued Ms. Asel Nurova an official warning.
        """
        #expect(read(text).map(\.eventType) == [.criminalCaseOpened, .travelRestriction, .surveillance, .warning])
    }

    @Test func aChannelsActsToldPlainly() {
        let text = """
        Channel

        On 13 April 2025 police came to Bolat Kenzhin's flat in Aktobe with a search warrant.

        On 20 April 2025 police cordoned the square off and pushed everyone out towards the avenue.

        On 25 April 2025 the Aktobe City Court sanctioned Bolat Kenzhin's arrest for two months.

        On 20 May 2025 activist Asel Nurova receives a warning under Article 488.
        """
        #expect(read(text).map(\.eventType) == [.searchOfPremises, .assemblyDispersed, .pretrialDetention, .warning])
    }

    @Test func moreRoleWordsOpeningASentenceAreNoNames() {
        let incident = read("Schoolteacher Dana Ospan and her son Marat Ospanov were detained in Aktobe on 28 August 2025.").first
        #expect(incident?.persons == ["Dana Ospan", "Marat Ospanov"])
        #expect(read("Accountant Asel Nurova was fined 20 MCI in Taraz on 3 May 2025.").first?.persons == ["Asel Nurova"])
    }

    @Test func entriesOpenedByADashAreAList() {
        let text = """
        Channel

        On 12 April 2025 the court ruled:
        — Dana Ospan: 15 days of administrative arrest under Article 488.
        — Marat Dosov: fined 100 MCI under Article 488.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.administrativeArrest, .fine])
        #expect(incidents.map(\.persons) == [["Dana Ospan"], ["Marat Dosov"]])
    }

    @Test func aFirstPersonTextsActsAreItsNarrators() {
        let text = """
        Notes from the courtroom

        Dana Ospan, advocate | 13 March 2026

        On 12 March 2026 the bar association issued me an official warning.

        Let me remind you how this year has gone so far:
        — 12 January: fined 70 MCI for a picket at the akimat.
        — end of February: somebody slashed all four tyres of my car.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.warning, .fine, .propertyAttack])
        #expect(incidents.map(\.persons) == [["Dana Ospan"], ["Dana Ospan"], ["Dana Ospan"]])
        // (Someone quoted in the first person is not the narrator.)
        let quoted = read("Report on Taraz\n\nActivist Bolat Kenzhin was detained on 5 May 2025. \"They fined me for nothing,\" said Marat Dosov.")
        #expect(!quoted.contains { $0.persons.contains("Bolat Kenzhin") && $0.eventType == .fine })
    }

    @Test func theEveOfADayIsTheDayBefore() {
        let incident = read("On the eve of our forum (held on 22 November 2025), border guards at Almaty airport stopped Asel Nurova from boarding her flight.").first
        #expect(incident?.date == day(2025, 11, 21))
    }

    @Test func refusedEntryToACourtIsNoTravelBan() {
        #expect(read("On 18 June 2025 journalist Dana Ospan was again refused entry to the court by bailiffs.").first?.eventType == .other)
        #expect(read("On 19 June 2025 activist Dana Ospan was refused entry at the border with Russia.").first?.eventType == .travelRestriction)
    }

    @Test func aRecordingsDayIsWhenTheTextCameOut() {
        let text = "Interview\n\nRecorded in Almaty on 16 January 2026 for a podcast.\n\nA: On 2 February last year the prosecutor handed my colleague Gaukhar Sadykova an official warning."
        #expect(read(text).first?.date == day(2025, 2, 2))
    }

    @Test func aYearSinceWhichAStateLastedDatesNothing() {
        let incident = read("Bulletin for March 2025\n\nThe association Adal Zhol, which has given legal help since 2011, was suspended for three months in January.").first
        #expect(incident?.date == (try? PartialDate(year: 2025, month: 1)))
    }

    @Test func russianPressReleasesDateLinesAreTheirDays() {
        let text = """
        Сообщения для СМИ

        16.01.2025 | Пресс-служба прокуратуры области

        Сегодня суд г. Павлодара оштрафовал активиста Ерлана Сапарова на 20 МРП.

        05.02.2025 | Департамент полиции области

        Вчера в Павлодаре задержана активистка Динара Омарова.
        """
        let incidents = read(text)
        #expect(incidents.map(\.date) == [day(2025, 1, 16), day(2025, 2, 4)])
    }

    @Test func russianARelativeClausesDayIsItsOwn() {
        let text = "Сообщение\n\n5 февраля 2025 года в Павлодаре задержан активист Ерлан Сапаров. В тот же день Сапаров, который в ноябре прошлого года уже был оштрафован, подвергнут административному аресту сроком на 10 суток."
        let arrest = read(text).first { $0.eventType == .administrativeArrest }
        #expect(arrest?.date == day(2025, 2, 5))
    }

    @Test func russianActsOfPressReleases() {
        let text = """
        Сообщение

        14 января 2025 года двум жителям Экибастуза вынесены постановления о наложении административного штрафа в размере 20 МРП.

        Собрание было прекращено 4 февраля 2025 года.

        Уведомление группы «Адал» 17 февраля 2025 года оставлено без согласования.

        Областной суд 27 марта 2025 года отменил постановления о наложении штрафов на двух жителей Экибастуза.

        21 августа 2025 года суд отказал Ерлану Сапарову в условно-досрочном освобождении.
        """
        #expect(read(text).map(\.eventType) == [.fine, .assemblyDispersed, .assemblyRefused, .acquittalOrCaseClosed, .other])
    }

    @Test func russianAParticipleWithItsDayTellsTheDetention() {
        let text = "Сообщение\n\nЖитель Аксу Тимур Жакупов, задержанный 19 марта 2025 года у здания акимата, признан виновным в мелком хулиганстве."
        let detention = read(text).first { $0.eventType == .detention }
        #expect(detention?.date == day(2025, 3, 19))
        #expect(detention?.persons == ["Тимур Жакупов"])
        // (Of someone sentenced, in another case, it re-mentions a detention told before.)
        let verdict = "Сообщение\n\nСуд 12 марта 2025 года приговорил Ерлана Сапарова, задержанного 11 марта, к 10 суткам административного ареста."
        #expect(!read(verdict).contains { $0.eventType == .detention })
    }

    @Test func russianWordsOfAHeadingInCapitalsAreNoAcronyms() {
        let incident = read("О СИТУАЦИИ У ЗДАНИЯ АКИМАТА г. ПАВЛОДАРА\n\nВ Павлодаре 4 февраля 2025 года полиция задержала активиста Ерлана Сапарова.").first
        #expect(incident?.organizations == [])
    }

    @Test func aChannelsStampInFiguresDatesItsPost() {
        let text = "Канал\n\n[01.04.2025 10:15]\nСегодня полицейские задержали активиста Марата Есенова.\n\n[03.04.2025 16:22]\nВчера суд оштрафовал активистку Дину Калиеву на 30 МРП."
        #expect(read(text).map(\.date) == [day(2025, 4, 1), day(2025, 4, 2)])
    }

    @Test func russianAHashtagIsNoGatheringsDay() {
        let text = "Канал\n\n[06.04.2025 11:00]\n#Актобе #митинг\nВчера акимат Актобе отказал группе «Жас Толқын» в согласовании митинга."
        #expect(read(text).first?.date == day(2025, 4, 5))
    }

    @Test func russianYearsWithTheirEndingsAndTheYearAfter() {
        let text = "Интервью\n\nВ 2023-м Армана Бекова оштрафовали на 20 МРП.\n\nЛетом 2023-го Ерболата Нуржанова задержали в Аркалыке.\n\nВ декабре 2023 года суд оштрафовал Динару Сейткали. В феврале следующего года апелляционная коллегия оставила решение без изменения."
        #expect(read(text).map(\.date) == [try? PartialDate(year: 2023), try? PartialDate(year: 2023), try? PartialDate(year: 2023, month: 12),
                                           try? PartialDate(year: 2024, month: 2)])
    }

    @Test func russianActsOfAComplaint() {
        let text = """
        Жалоба

        15 марта 2025 года с 11 до 15 часов в районе площади в г. Атырау отсутствовал мобильный интернет.

        10 июня 2024 года департамент полиции зарегистрировал в ЕРДР уголовное дело в отношении Бекзата Нурланова.

        12 марта 2024 года Нурлан Жумагалиев доставлен в УП г. Уральска.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.internetShutdown, .criminalCaseOpened, .detention])
        // (The register and the police department are no bodies an act befell.)
        #expect(incidents.allSatisfy { $0.organizations.isEmpty })
    }

    @Test func russianChronologyEntriesAndTheirSubject() {
        let text = """
        ХРОНОЛОГИЯ ПРЕСЛЕДОВАНИЯ ЕРЛАНА САПАРОВА

        2023 год

        12.01 — Задержан сотрудниками полиции у здания акимата в Костанае.

        Март — Прокуратура вынесла официальное предостережение.

        17.04 — Суд назначил штраф 50 МРП.
        """
        let incidents = read(text)
        #expect(incidents.map(\.persons) == [["Ерлан Сапаров"], ["Ерлан Сапаров"], ["Ерлан Сапаров"]])
        #expect(incidents.map(\.date) == [day(2023, 1, 12), try? PartialDate(year: 2023, month: 3), day(2023, 4, 17)])
    }
}
