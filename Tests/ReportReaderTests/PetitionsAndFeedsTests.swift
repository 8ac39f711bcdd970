import CivicModel
import Testing
@testable import ReportReader

/// The thirty-ninth round of unseen reports (a petition to the UN Working Group with numbered facts, an anniversary feature
/// told out of order; in Russian a news site's court-and-police feed and a court's press releases): the rules their misses
/// asked for, in sentences of our own.
@Suite struct PetitionsAndFeedsTests {
    @Test func articlesListedBeforeTheirCodeTakeIt() {
        let refs = LegalProvisionRecognizer.provisions(in: tokens("guilty under Part 2 of Article 405 and Part 1 of Article 174 of the Criminal Code")).map(\.0)
        #expect(refs.map(\.article) == ["405", "174"])
        #expect(refs.map(\.code) == [.criminal, .criminal])
        #expect(refs.map(\.part) == ["2", "1"])
        // "of the same Code" and a bare "under Article 405" take the code named before; an article of another text does not.
        let same = LegalProvisionRecognizer.provisions(in: tokens("under Article 489 of the same Code"), fallbackCode: .administrative).map(\.0)
        #expect(same.map(\.code) == [.administrative])
        #expect(LegalProvisionRecognizer.provisions(in: tokens("charged under Part 2 of Article 405"), fallbackCode: .criminal).map(\.0.article) == ["405"])
        #expect(LegalProvisionRecognizer.provisions(in: tokens("protected by Article 21 of the Constitution"), fallbackCode: .criminal).isEmpty)
        #expect(LegalProvisionRecognizer.provisions(in: tokens("as Article 20 provides"), fallbackCode: .criminal).isEmpty)
    }

    @Test func anInvestigatorChargesSomeoneNamed() {
        let incidents = read("On 4 May 2024, the investigator charged Mr Bolat Kenzhin with inciting discord under Article 174 of the Criminal Code.")
        #expect(incidents.map(\.eventType) == [.charged])
        #expect(incidents.first?.persons == ["Bolat Kenzhin"])
        let opened = read("On 2 May 2024, police in Taraz registered a pre-trial investigation under Article 274 of the Criminal Code against Aidos Serikov.")
        #expect(opened.map(\.eventType) == [.criminalCaseOpened])
        let apprehended = read("On 1 May 2024, Aidos Serikov was apprehended by police officers in Taraz.")
        #expect(apprehended.map(\.eventType) == [.detention])
    }

    @Test func houseArrestAskedForOrEndedIsNone() {
        let text = "On 6 May 2024, a judge in Taraz remanded Aidos Serikov in custody. The judge ignored the defence's request for house arrest."
        #expect(read(text).map(\.eventType) == [.pretrialDetention])
        let freed = read("On 9 May 2024, Dana Ospan was released from house arrest in Taraz.")
        #expect(freed.map(\.eventType) == [.release])
    }

    @Test func theConvictedMenAreNoConviction() {
        let text = "On 3 March 2025 the akimat of Taraz refused to approve a memorial rally that the families of the convicted men had planned."
        #expect(read(text).map(\.eventType) == [.assemblyRefused])
    }

    @Test func aSearchToldAsTheNextStepHasTheDayOfTheAct() {
        let text = "On 8 June 2024, Aidos Serikov was detained in Taraz. His flat was then searched by four officers."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .searchOfPremises])
        #expect(incidents.map(\.date) == [day(2024, 6, 8), day(2024, 6, 8)])
    }

    @Test func aStoryLookingBackCountsItsWeekdaysFromTheWeekItTells() {
        let text = """
        By Dana Ospan, The Steppe Weekly, 20 May 2025

        On Monday, the akimat of Taraz refused to approve a rally planned for Sunday, 25 May.

        The strike began on Monday, 6 May 2024, when drivers stopped work. On Thursday, police detained Bolat Kenzhin in Taraz. \
        The next week, on 14 May, a court fined Aidos Serikov in Taraz. On the same Thursday, police had detained Marat Dosov in Taraz.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.assemblyRefused, .detention, .fine, .detention])
        // Monday before the byline's day; the strike's Thursday; the same Thursday again, not the one after 14 May.
        #expect(incidents.map(\.date) == [day(2025, 5, 19), day(2024, 5, 9), day(2024, 5, 14), day(2024, 5, 9)])
    }

    @Test func aNewsFeedsHeadlineIsNotReadAndItsDatelineDatesTheItem() {
        let text = """
        CITY NEWS
        Updated 18 March 2025

        Activist jailed for ten days
        Today, 10:42

        A court in Taraz this morning sentenced activist Dana Ospan to ten days of administrative arrest.

        Police detain picketers
        TARAZ, 15 March.

        On Saturday, police detained Bolat Kenzhin at a picket in Taraz.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.administrativeArrest, .detention])
        #expect(incidents.map(\.date) == [day(2025, 3, 18), day(2025, 3, 15)])
    }

    @Test func aPressReleasesDateAboveItsHeadline() {
        let text = """
        05.02.2025
        Verdict delivered in a case of inciting discord

        On 3 February 2025 the court of Taraz sentenced Aidos Serikov to two years of restriction of freedom.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.conviction])
        #expect(incidents.first?.date == day(2025, 2, 3))
    }

    @Test func atLeastTenPeopleOnADayAreOneCrowd() {
        let text = "15 марта 2025 года в Таразе полицейские задержали не менее десяти человек. Среди задержанных — активист Болат Кенжин."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention])
        #expect(incidents.first?.persons == ["Болат Кенжин"])
    }

    @Test func aCourtsPressReleaseDatesItsDecisionsByTheHearing() {
        let text = """
        3 мая 2024 года судом г. Тараза рассмотрены дела об административных правонарушениях в отношении трёх граждан.

        Судом установлено, что 1 мая 2024 года они собрались у здания акимата, после чего были доставлены в отдел полиции.

        Постановлением суда Д. Амиров признан виновным и подвергнут административному аресту сроком на 10 суток.

        Производство по делу в отношении С. Досановой, обвинявшейся по статье 488 КоАП, прекращено.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .administrativeArrest, .acquittalOrCaseClosed])
        #expect(incidents.map(\.date) == [day(2024, 5, 1), day(2024, 5, 3), day(2024, 5, 3)])
        // The name after "суда" is the one sentenced, not a judge.
        #expect(incidents[1].persons == ["Д. Амиров"])
    }

    @Test func anAcquittalVerdictAndTheReleaseInTheCourtroom() {
        let text = "22 марта 2024 года суд Тараза вынес оправдательный приговор в отношении Б. Кенесова, обвинявшегося по части 1 статьи 174 УК. "
            + "Мера пресечения отменена, он освобождён из-под домашнего ареста в зале суда."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.acquittalOrCaseClosed, .release])
        #expect(incidents.map(\.date) == [day(2024, 3, 22), day(2024, 3, 22)])
    }

    @Test func anAppealTellsTheVerdictItChangesWithoutRepeatingIt() {
        let text = "10 апреля 2024 года коллегией рассмотрено дело по жалобе Е. Сапарова на приговор от 2 февраля 2024 года, которым он осуждён по части 1 статьи 174 УК. "
            + "Приговор изменён: назначенное Е. Сапарову наказание снижено до одного года ограничения свободы."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.other])
        #expect(incidents.first?.date == day(2024, 4, 10))
    }

    @Test func aReviewMonthByMonthKeepsItsYearThroughLookBacksAndPlans() {
        let text = """
        2025 in review

        By the Steppe Monitor team, 29 December 2025

        March

        On 3 March, the akimat of Taraz refused to approve a march. The group appealed; the hearing is scheduled for 20 January 2026. \
        In 2023 the Taraz Youth Union had already been fined 50 MCI. The fine, imposed in 2024 for a picket, was paid.

        April

        On 8 April, police detained Bolat Kenzhin in Taraz, near the site of the December 2011 shootings.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.assemblyRefused, .fine, .detention])
        #expect(incidents.map(\.date) == [day(2025, 3, 3), try? PartialDate(year: 2023), day(2025, 4, 8)])
    }

    @Test func russianDaysAndArrestsToldOnceMore() {
        let text = "27 мая 2025 года в Таразе задержали активистов Болата Кенжина и Марата Досова. Кенжина отпустили поздно вечером того же дня без предъявления обвинений, "
            + "а Досова на следующий день суд поместил под стражу на два месяца. В 2023 году его уже арестовывали на 10 суток."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .release, .pretrialDetention, .administrativeArrest])
        #expect(incidents.map(\.date) == [day(2025, 5, 27), day(2025, 5, 27), day(2025, 5, 28), try? PartialDate(year: 2023)])
    }

    @Test func anOfficialQuotedInATimelineSpeaksInThePresent() {
        let text = "3 May – Minister Bolat Kenzhin told reporters: \"Nobody is jailed for words. Criminal cases are opened only where the law is broken.\""
        #expect(read(text).isEmpty)
        // The entry's own acts are still read in the past.
        #expect(read("4 May – Police detain Marat Dosov in Taraz.").map(\.eventType) == [.detention])
    }

    @Test func aMonthAfterALookBackIsOfTheYearTold() {
        let text = "On 2 July 2025, police in Taraz detained Aidos Serikov. In 2019 he was fined 20 MCI under Article 488 of the Administrative Code. "
            + "In July, the court in Taraz sentenced Dana Ospan to two years of restriction of freedom."
        let incidents = read(text)
        #expect(incidents.map(\.date) == [day(2025, 7, 2), try? PartialDate(year: 2019), try? PartialDate(year: 2025, month: 7)])
    }

    @Test func russianClausesShareTheirPeopleAndActsAfterASearch() {
        let text = "Болат Кенжин и Марат Досов были задержаны 24 сентября 2024 года в Таразе, а через два дня следственный судья санкционировал их арест. "
            + "13 марта 2025 года полиция провела обыск в квартире Даны Оспан в Таразе. После обыска Оспан доставили в отдел полиции и отпустили вечером."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .pretrialDetention, .searchOfPremises, .detention, .release])
        #expect(incidents[1].persons == ["Болат Кенжин", "Марат Досов"])
    }

    @Test func aGroupAPetitionDefinesIsWhomItsTermMeans() {
        let text = """
        Petition on behalf of Bolat Kenzhin, Dana Ospan and Marat Dosov

        1. Family name: KENZHIN. First name: Bolat Serikovich. Residence: Taraz.

        2. Family name: OSPAN. First name: Dana Aidarovna. Residence: Taraz.

        3. Family name: DOSOV. First name: Marat Kairatuly. Residence: Shymkent.

        (hereinafter "the Petitioners")

        4. On 21 June 2024, the Coalition recognised the three Petitioners as political prisoners. On 3 July 2024, the court in Taraz extended \
        the custody of the Petitioners until October.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.politicalPrisonerRecognized, .pretrialDetention])
        #expect(incidents.map { Set($0.persons) } == [Set(["Bolat Kenzhin", "Dana Ospan", "Marat Dosov"]), Set(["Bolat Kenzhin", "Dana Ospan", "Marat Dosov"])])
    }
}
