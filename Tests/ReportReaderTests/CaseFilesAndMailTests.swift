import CivicModel
import Testing
@testable import ReportReader

/// The forty-fourth round of unseen reports (an encyclopedia article, an NGO's questions and answers, a joint statement, a
/// fact check, an obituary, an editorial, a plain-text mail bulletin, a report's annex of case files; in Russian an
/// encyclopedia article and a legal-aid group's questions and answers): the rules their misses asked for, in sentences of
/// our own.
@Suite struct CaseFilesAndMailTests {
    @Test func aCaseFilesHeadingNamesWhoseActsItsLinesTell() {
        let text = """
        ANNEX 3. CASES

        Case 1. Serik Temirbayev, 41, Taraz.
        Occupation: driver.
        Date of detention: 4 May 2024, at his home.
        Pre-trial measure: remanded in custody two days later by an investigating judge.
        Outcome: sentenced on 20 June 2024 by the city court to three years' imprisonment.

        Case 2. Aliya Nurova, 30, Kostanay.
        Date of detention: not detained.
        Outcome: fined 100 MCI on 3 June 2024.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .pretrialDetention, .conviction, .fine])
        #expect(incidents.map(\.persons) == [["Serik Temirbayev"], ["Serik Temirbayev"], ["Serik Temirbayev"], ["Aliya Nurova"]])
        #expect(incidents.map(\.locations) == [["Taraz"], ["Taraz"], ["Taraz"], ["Kostanay"]])
        #expect(incidents.first?.date == day(2024, 5, 4))
    }

    @Test func aPlainTextMailsRulesEndItsSectionsAndItsContentsAreNotRead() {
        let text = """
        Subject: Monitoring bulletin #12
        Date: Mon, 3 Nov 2025 10:00:00 +0500

        Dear readers,

        ----------------------------------------
        IN THIS ISSUE
        ----------------------------------------
        1. Aktobe: teacher fined for a picket
        2. Semey: blogger detained

        ----------------------------------------
        1. AKTOBE: TEACHER FINED FOR A PICKET
        ----------------------------------------
        A court fined teacher Dana Ospan 20 MCI on 14 October.

        Read more: https://example.org/aktobe

        ----------------------------------------
        2. SEMEY: BLOGGER DETAINED
        ----------------------------------------
        Police detained blogger Arman Beisov on 20 October.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.fine, .detention])
        #expect(incidents.map(\.locations) == [["Aktobe"], ["Semey"]])
        #expect(incidents.map(\.date) == [day(2025, 10, 14), day(2025, 10, 20)])
    }

    @Test func aMarkdownRuleStandingAloneChangesNothing() {
        let text = """
        Incident log, 2025

        ---

        On 3 March 2025 police detained activist Dana Ospan in Oral.
        """
        #expect(read(text).map(\.persons) == [["Dana Ospan"]])
    }

    @Test func aCourtAbroadActsAbroad() {
        let text = "On 14 October 2025 a court in Bishkek sentenced two journalists to prison. A Tashkent court jailed blogger Aziz Karimov on 16 October 2025. "
            + "On 17 October 2025 the Almaty city court fined activist Serik Abenov 50 MCI."
        #expect(read(text).map(\.persons) == [["Serik Abenov"]])
    }

    @Test func aPronounFitsOnlyAPersonOfItsGender() {
        let text = """
        Marat Zhaksylykov, the Taraz activist, died on 3 May 2025. He was detained in Taraz on 5 March 2019. His lawyer, \
        Saule Dzhangaliyeva, had her licence suspended for six months in November 2020. In 2021 the Taraz probation service \
        issued him a written warning.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .other, .warning])
        #expect(incidents.last?.persons == ["Marat Zhaksylykov"])
        // (Pronouns of both genders leave it open: "He fined her" is the woman's.)
        let both = read("Police detained activist Gaukhar Temirova in Oral on 3 May 2025. Two days later a judge heard her case. He fined her 20 MCI.")
        #expect(both.last?.persons == ["Gaukhar Temirova"])
    }

    @Test func russianStressMarksAndAnotherSpellingNameOnePerson() {
        let text = """
        Бекза́т Ерла́нович Нурмаганбе́тов (каз. Бекзат Ерланұлы Нұрмағанбетов; род. 1989, Актобе) — гражданский активист.

        Впервые активист был задержан 6 января 2022 года в Актобе. 28 ноября 2023 года суд наложил на Нурмаганбетова штраф в размере 30 МРП.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .fine])
        #expect(incidents.map(\.persons) == [["Бекзат Ерланович Нурмаганбетов"], ["Бекзат Ерланович Нурмаганбетов"]])
    }

    @Test func russianNounsOpeningASentenceAreNoGivenNames() {
        let text = "Активист Бекзат Нурмаганбетов был задержан 6 января 2022 года. Соратница Нурмаганбетова Гульнар Аманжолова в ноябре 2023 года "
            + "обнаружила в своём автомобиле устройство слежения. Атыраусец Бауыржан Калиев был задержан в декабре 2024 года."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .surveillance, .detention])
        #expect(incidents.map(\.persons) == [["Бекзат Нурмаганбетов"], ["Гульнар Аманжолова"], ["Бауыржан Калиев"]])
    }

    @Test func russianEveOfADayAndALawsYear() {
        let text = """
        Материал обновлён 20 мая 2025 года

        Закон «О мирных собраниях» 2020 года требует уведомления. Накануне 1 мая прокуратура Алматы вынесла предостережение активисту \
        Ерлану Абенову. 8 марта в Астане полиция прекратила согласованный марш.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.warning, .assemblyDispersed])
        #expect(incidents.map(\.date) == [day(2025, 4, 30), day(2025, 3, 8)])
        // (A decision that lifts fines imposes none.)
        #expect(read("27 марта 2025 года суд отменил постановления о наложении штрафов на двух жителей Экибастуза.").allSatisfy { $0.eventType != .fine })
    }

    @Test func aRussianTagIsNoName() {
        let text = "#Абдрахманов\nАбдрахманову 5 марта 2025 года предъявлено обвинение."
        #expect(read(text).first?.persons.contains { $0.hasPrefix("Абдрахманов ") } != true)
    }

    @Test func aStatementWelcomesReleasesAndAcquittalsAndCallsForNone() {
        let text = """
        Astana, 14 November 2025.

        We welcome the release on parole of activist Kairat Omarov on 1 September. We also welcome the acquittal on 17 June by \
        the district court of Astana of blogger Gulnara Ospanova, who had been charged under Article 274. We call for the release \
        of Serik Abenov. Mr Nurlan Kasymov, a blogger, became the subject of a criminal investigation under Article 174 of the \
        Criminal Code in January.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.release, .acquittalOrCaseClosed, .criminalCaseOpened])
        #expect(incidents.map(\.persons) == [["Kairat Omarov"], ["Gulnara Ospanova"], ["Nurlan Kasymov"]])
    }

    @Test func aFactChecksClaimIsNoActAndItsBylineDatesTheText() {
        let text = """
        Fact check

        By the verification desk
        Published 24 October 2025 · Reading time: 8 min

        CLAIM 2: "All of the fourteen detained were released the same evening." (Police statement, 12 May)

        VERDICT: FALSE

        On 12 May, a court sentenced activist Serik Yermekov to 15 days of administrative arrest.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.administrativeArrest])
        #expect(incidents.first?.date == day(2025, 5, 12))
    }

    @Test func anObituarysHeIsItsSubjectLongAfterHisName() {
        let text = """
        Obituary: Marat Zhaksylykov, 1950–2025

        Marat Zhaksylykov, the Taraz activist, died on 3 May 2025. Colleagues remember his humour. They remember his patience. \
        Friends speak of his garden. Neighbours speak of his dog. His books filled two rooms. The city will miss him. In \
        September 2018 he was turned back at the border on his way to a conference.
        """
        #expect(read(text).first?.persons == ["Marat Zhaksylykov"])
    }

    @Test func aQuestionAsksAndItsAnswerTells() {
        let text = """
        Questions and answers, 20 October 2025

        Is it true she was detained again in October?
        No. Police took her statement at home and left.

        Why was he detained?
        He was taken from a café by police on 5 October 2025 after a video about the akim.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention])
        #expect(incidents.first?.date == day(2025, 10, 5))
    }

    @Test func moreActsTheirOwnWay() {
        #expect(read("On 30 July 2025 a man punched journalist Dina Akhmetova in the face in her stairwell.").map(\.eventType) == [.physicalAttack])
        #expect(read("On 12 June 2025 riot police cleared the square outside the akimat in Kyzylorda.").map(\.eventType) == [.assemblyDispersed])
        #expect(read("From 14 August 2025 an unmarked car was parked outside the house of activist Gulnar Seitkali in Kazaly.").map(\.eventType) == [.surveillance])
        let search = read("On 9 June 2025 police searched the flat of blogger Daniyar Zhaksylykov, acting under a criminal case opened on 2 June 2025 under Article 274.")
        #expect(Set(search.map(\.eventType)) == [.searchOfPremises, .criminalCaseOpened])
        // (A demand to close a case opened before is no opening.)
        #expect(read("We urge the authorities, on 3 June 2025, to close the criminal case opened under Article 400 against Beibit Sarsenov.").isEmpty)
    }

    @Test func roundFortyFivesActs() {
        let refusal = read("The city akimat of Oskemen refused on 12 February 2025 to agree the notification of a rally by the initiative Taza Ertis.")
        #expect(refusal.map(\.eventType) == [.assemblyRefused])
        let opened = read("On 31 January 2025 the police department of East Kazakhstan Region registered a criminal case under Article 174 of the Criminal Code against activist Sanzhar Mukanov.")
        #expect(opened.map(\.eventType) == [.criminalCaseOpened])
        // (A case named by its opening, "the criminal case opened against him in January", was told before.)
        let again = read("On 8 February 2025 officers detained activist Sanzhar Mukanov as a suspect in the criminal case opened against him in January.")
        #expect(again.map(\.eventType) == [.detention])
    }

    @Test func russianDayAndMonthInFigures() {
        let text = """
        4 октября 2025 года Армана Касымова задержали в Алматы. В понедельник, 06.10, суд дал Арману 10 суток ареста.

        25.10 Ерлану Куанышеву запретили выезд за границу. Штраф составил 12.50 тенге.
        """
        let incidents = read(text)
        #expect(incidents.map(\.date) == [day(2025, 10, 4), day(2025, 10, 6), day(2025, 10, 25)])
    }

    @Test func aTrackersEntryIsDatedUnderItsHeadlineWhichIsNotRead() {
        let text = """
        Incident tracker: Kazakhstan

        Editor placed under travel ban
        5 March 2025
        Uralsk
        Police searched the office of the weekly Zhaik Times on 5 March and questioned its editor Dana Ospan.

        Streamer jailed
        4 January 2025
        Almaty
        Police detained blogger Nurzhan Kaliyev on 3 January. He was allowed to go home at about 11 p.m.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.searchOfPremises, .detention, .release])
        #expect(incidents.allSatisfy { !$0.quote.contains("jailed") && !$0.quote.contains("travel ban") })
    }

    @Test func aNotificationRejectedOnADayAndNotACount() {
        #expect(read("In Almaty, the akimat rejected on 6 March 2024 the notification submitted by the initiative Qyzdar Birligi.").map(\.eventType) == [.assemblyRefused])
        #expect(read("Between January and May 2024 the Astana city akimat refused 17 of the 19 notifications filed by independent groups.").isEmpty)
    }

    @Test func aFeaturesActsInOtherWords() {
        let text = """
        On 14 January 2025 police detained blogger Daniyar Abdrakhmanov in Atyrau. The same afternoon investigators went through \
        his flat room by room. On 20 May 2022 police detained activist Serik Abdrakhmanov at a rally. The next day the court in \
        Atyrau sent him to 15 days of administrative arrest. On 3 June 2022 someone poured petrol over Serik Abdrakhmanov's car \
        and set it alight.
        """
        #expect(read(text).map(\.eventType) == [.detention, .searchOfPremises, .detention, .administrativeArrest, .propertyAttack])
    }

    @Test func aRussianBodyNamedByItsKindIsSuspendedNotConvicted() {
        let text = "Объединение «Ақжайық әділеті» 10 апреля 2025 года провело собрание. Постановлением суда от 16 апреля 2025 года объединение "
            + "признано виновным по части 2 статьи 489 КоАП, ему назначен штраф 100 МРП с приостановлением деятельности на три месяца."
        #expect(read(text).map(\.eventType) == [.organizationSuspended])
    }

    @Test func aFootnotesNumberGluedToAStopAfterFiguresEndsTheSentence() {
        let text = "Activist Marat Zhylkybayev was taken into custody in Taraz on 9 October 2024 under Article 174, part 1.10 The city court "
            + "sentenced him to five years' imprisonment on 27 January 2025. On 3 May 2025 activist Dana Ospan was fined 2.5 MCI."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.pretrialDetention, .conviction, .fine])
        #expect(incidents[1].quote.hasPrefix("The city court"))
        #expect(incidents.last?.sanctions.first?.amount == 2.5)
    }
}
